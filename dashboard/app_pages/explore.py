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
with st.expander(t("filters"), expanded=True):
    c = st.columns(3)
    kw = dict(bind="query-params", placeholder=t("all"))
    localities = c[0].multiselect(t("locality"), sorted(docs["locality"].dropna().unique()), key="ex_loc", **kw)
    years = c[1].multiselect(t("year"), sorted(int(y) for y in docs["year"].dropna().unique()), key="ex_year", **kw)
    doc_types = c[2].multiselect(t("doc_type"), opts["doc_type"], key="ex_type", **kw)
    c = st.columns(3)
    coded = dict(placeholder=t("all"))
    chosen_docs = url_state.multi(c[0].multiselect, t("document"), ids, format_func=names.get, key="ex_doc", **coded)
    chosen_roles = url_state.multi(c[1].multiselect, t("role"), roles, format_func=ui.role_label, key="ex_role",
                                   **coded)
    agencies = c[2].multiselect(t("agency"), opts["agency"], key="ex_agency", **kw)
    c = st.columns(3)
    kinds = url_state.multi(c[0].multiselect, t("kind"), ["lead", "support"], format_func=ui.kind_label,
                            key="ex_kind", **coded)
    chosen_themes = url_state.multi(c[1].multiselect, t("theme"), themes, format_func=ui.theme_label,
                                    key="ex_theme", **coded)
    duties = url_state.multi(c[2].multiselect, t("duty"), opts["duty"], key="ex_duty", **coded,
                             format_func=lambda d: f"{d} · {duty_names.get(d, '')[:70]}")

rows = queries.explore(mtime, localities=tuple(localities), years=tuple(years), doc_types=tuple(doc_types),
                       docs=tuple(chosen_docs), roles=tuple(chosen_roles), agencies=tuple(agencies),
                       kinds=tuple(kinds), themes=tuple(chosen_themes), duties=tuple(duties), search=search or "")
st.subheader(t("matches", n=len(rows), c=rows["clause_id"].nunique()))
if rows.empty:
    ui.empty()
    st.stop()
# A clause that assigns no agency (title, preamble…) shows an empty cell, not "None".
shown = rows.assign(link=ui.doc_urls(rows["doc_id"], rows["clause_id"]), agency=rows["agency"].fillna(""))
shown = shown[["link", "locality", "year", "doc_type", "label", "text", "agency", "role", "kind", "themes",
               "duties", "clause_id", "doc_id"]]
ui.table(shown, "tra-cuu", "ex_table", formats=("csv", "xlsx", "parquet"), column_config={
    "link": st.column_config.LinkColumn(column("link"), display_text=t("open_document"), width="small"),
    "year": st.column_config.NumberColumn(format="%d"),
    "text": st.column_config.TextColumn(width="large"),
})
