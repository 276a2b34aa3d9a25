"""Tra cứu & xuất: every filter an analyst needs, accent-insensitive search, and the rows as files."""

import streamlit as st

from dashboard import queries, ui, url_state
from dashboard.i18n import column, t

mtime = ui.mtime()
st.title(t("nav_explore"))
st.caption(t("explore_intro"))

docs = queries.documents(mtime)
opts = queries.filter_options(mtime)
ids, names = ui.doc_options(docs)
roles = queries.labels(mtime, "roles")["code"].tolist()
themes = queries.labels(mtime, "themes")["code"].tolist() + ["general"]
duty_names = dict(zip(opts["duty"], opts["duty_label"]))

search = st.text_input(t("search"), key="ex_q", bind="query-params", placeholder=t("search_ph"),
                       icon=":material/search:")
counts = queries.facets(mtime)


def counted(facet: str, label=str):
    """An option shown with its number of clauses, as Datasette shows facet counts: 'Lạng Sơn (37)'."""
    return lambda v: f"{label(v)} ({counts.get(facet, {}).get(str(v), 0)})"


# Every filter keeps its option itself (not the label with its count) in the URL.
with st.expander(t("filters"), expanded=True):
    coded = dict(placeholder=t("all"))
    c = st.columns(3)
    localities = url_state.multi(c[0].multiselect, t("locality"), ui.vi_sorted(docs["locality"]),
                                 key="ex_loc", format_func=counted("locality"), **coded)
    years = url_state.multi(c[1].multiselect, t("year"), sorted(int(y) for y in docs["year"].dropna().unique()),
                            key="ex_year", format_func=counted("year"), **coded)
    doc_types = url_state.multi(c[2].multiselect, t("doc_type"), opts["doc_type"], key="ex_type",
                                format_func=counted("doc_type"), **coded)
    c = st.columns(3)
    chosen_docs = url_state.multi(c[0].multiselect, t("document"), ids, format_func=counted("doc", names.get),
                                  key="ex_doc", **coded)
    chosen_roles = url_state.multi(c[1].multiselect, t("role"), roles, format_func=counted("role", ui.role_label),
                                   key="ex_role", **coded)
    agencies = url_state.multi(c[2].multiselect, t("agency"), opts["agency"], key="ex_agency",
                               format_func=counted("agency"), **coded)
    c = st.columns(3)
    kinds = url_state.multi(c[0].multiselect, t("kind"), ["lead", "support"], format_func=counted("kind", ui.kind_label),
                            key="ex_kind", **coded)
    chosen_themes = url_state.multi(c[1].multiselect, t("theme"), themes, format_func=counted("theme", ui.theme_label),
                                    key="ex_theme", **coded)
    duties = url_state.multi(c[2].multiselect, t("duty"), opts["duty"], key="ex_duty", **coded,
                             format_func=counted("duty", lambda d: f"{d} · {duty_names.get(d, '')[:70]}"))

filters = dict(localities=tuple(localities), years=tuple(years), doc_types=tuple(doc_types), docs=tuple(chosen_docs),
               roles=tuple(chosen_roles), agencies=tuple(agencies), kinds=tuple(kinds), themes=tuple(chosen_themes),
               duties=tuple(duties), search=search or "")
n_rows, n_clauses = queries.explore_count(mtime, **filters)
st.subheader(t("matches", n=n_rows, c=n_clauses))
if not n_rows:
    ui.empty()
    st.stop()


def linked(rows):
    """The rows as shown: a link to each clause; a clause that assigns no agency (title, preamble…) shows an
    empty cell, not "None"."""
    shown = rows.assign(link=ui.doc_urls(rows["doc_id"], rows["clause_id"]), agency=rows["agency"].fillna(""))
    return shown[["link", "locality", "year", "doc_type", "label", "text", "agency", "role", "kind", "themes",
                  "duties", "clause_id", "doc_id"]]


# A screenful of rows is fetched and sent; the downloads fetch every row when clicked.
rows = queries.explore(mtime, **filters, limit=ui.shown_rows("ex_table"))
ui.table(linked(rows), "tra-cuu", "ex_table", formats=("csv", "xlsx", "parquet"), total=n_rows,
         everything=lambda: linked(queries.explore(mtime, **filters)), column_config={
    "link": st.column_config.LinkColumn(column("link"), display_text=t("open_document"), width="small"),
    "year": st.column_config.NumberColumn(format="%d"),
    "text": st.column_config.TextColumn(width="large"),
})
