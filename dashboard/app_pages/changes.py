"""Thay đổi: what changed between two years of one locality, or between any two documents.

A plain summary first (counts and a few concrete lines), then the duties grouped by lead agency, each
with its status, similarity in words, and the document and item it comes from; downloads at the end.
"""

import pandas as pd
import streamlit as st

from dashboard import evidence, queries, render, reports, summary, ui, url_state
from dashboard.i18n import lang, t

STATUSES = summary.STATUSES

mtime = ui.mtime()
ui.css()
st.title(t("nav_changes"))
st.caption(t("changes_intro"))

docs = queries.documents(mtime)
mode = url_state.single(st.segmented_control, t("mode"), ["years", "docs"], key="chg_mode", required=True,
                        format_func=lambda m: t(f"mode_{m}"))
args = dict(loc_a=None, year_a=None, loc_b=None, year_b=None, doc_a=None, doc_b=None)
ids, names = ui.doc_options(docs)
if mode == "docs":
    c1, c2 = st.columns(2)
    doc_a = url_state.single(c1.selectbox, t("side_a"), ids, key="chg_da", format_func=names.get)
    doc_b = url_state.single(c2.selectbox, t("side_b"), ids, key="chg_db", default=ids[min(1, len(ids) - 1)],
                             format_func=names.get)
    args |= dict(doc_a=doc_a, doc_b=doc_b)
    same = doc_a == doc_b
    before, after = names.get(doc_a, ""), names.get(doc_b, "")
    file_name = "thay-doi-" + summary.slug(before, "va", after)
else:
    years_by_loc = docs.dropna(subset=["year"]).groupby("locality")["year"].apply(lambda s: sorted(set(s)))
    order = ui.vi_sorted(years_by_loc.index)
    localities = sorted(order, key=lambda loc: len(years_by_loc[loc]) < 2)  # stable: Vietnamese order within
    if not localities:  # no document says both where and when
        st.info(t("no_locality_year"), icon=":material/info:")
        st.stop()
    c1, c2, c3 = st.columns([2, 1, 1])
    loc = c1.selectbox(t("locality"), localities, key="chg_loc", bind="query-params")
    years = [int(y) for y in years_by_loc[loc]]
    if len(years) < 2:
        st.warning(t("need_two_years"), icon=":material/warning:")
        st.stop()
    year_a = c2.selectbox(t("side_a"), years, index=len(years) - 2, key="chg_ya", bind="query-params")
    year_b = c3.selectbox(t("side_b"), years, index=len(years) - 1, key="chg_yb", bind="query-params")
    args |= dict(loc_a=loc, year_a=year_a, loc_b=loc, year_b=year_b)
    same = year_a == year_b
    before, after = t("year_side", year=year_a), t("year_side", year=year_b)
    file_name = "thay-doi-" + summary.slug(loc, year_a, year_b)

if same:
    st.warning(t("same_side"), icon=":material/warning:")
    st.stop()

changes = queries.changes(mtime, **args)
if changes.empty:
    ui.empty()
    st.stop()

# Words a reader uses: agencies by name, document and item label, similarity as words (number on hover).
info = evidence.describe(mtime, pd.concat([changes["clause_a"], changes["clause_b"]]))
identical_at = float(queries.thresholds(mtime).set_index("name")["value"].get("reword_threshold", 97.0))


def who(row, side: str) -> str:
    """The statement's own doers by name (its clause's when it names none: changes() names_a / names_b), else the
    duty's roles on that side."""
    names_ = getattr(row, f"names_{side}")
    names_ = names_ if isinstance(names_, str) else ""
    if names_:
        return names_
    roles = getattr(row, f"roles_{side}")
    return ui.roles_text(roles) if isinstance(roles, str) and roles else t("no_agency_named")


changes = changes.assign(
    who_a=[who(r, "a") if isinstance(r.clause_a, str) else "" for r in changes.itertuples()],
    who_b=[who(r, "b") if isinstance(r.clause_b, str) else "" for r in changes.itertuples()],
    src_a=evidence.sources(info, changes["clause_a"]),
    src_b=evidence.sources(info, changes["clause_b"]),
    sim_word=[t(f"sim_{k}") if k else "" for k in
              (summary.similarity_key(s, identical_at) for s in changes["similarity"])],
    sim_hover=["" if pd.isna(s) else t("sim_hover", n=f"{float(s):.0f}") for s in changes["similarity"]],
    group=[summary.role_of_row(r) for r in changes.itertuples()],
)
changes["order"] = changes["status"].map(STATUSES.index)
changes = changes.sort_values(["order", "theme", "duty_id"]).drop(columns="order")

counts = changes["status"].value_counts()
lines = summary.highlights(changes, lang(), lambda r, side: getattr(r, f"who_{side}"))
head_line = summary.counts_sentence(counts.to_dict(), before, after, lang())
ui.summary_box(head_line, lines)

picked = url_state.multi(st.pills, t("status"), STATUSES, key="chg_st", default=STATUSES, selection_mode="multi",
                         format_func=lambda s: f"{ui.status_label(s)} ({int(counts.get(s, 0))})")
st.caption(t("shown_status", list=", ".join(ui.status_label(s) for s in picked)) if picked else t("shown_none"))
rows = changes[changes["status"].isin(picked or [])]
if rows.empty:
    ui.empty()
    st.stop()

st.subheader(t("chg_groups"))
groups = sorted(rows.groupby("group", sort=False), key=lambda g: (-len(g[1]), ui.roles_text(g[0])))
report_groups = []
for i, (roles, part) in enumerate(groups):
    title = ui.roles_text(roles)
    with st.expander(t("chg_group", role=title, n=len(part), counts=summary.group_counts(part, lang())),
                     expanded=i < 3):
        ui.html(render.changes_html(part, status_label=ui.status_label, head=(t("status"), before, after),
                                    lang=lang()))
    report_groups.append(reports.Group(title, [
        [ui.status_label(r.status) + (f" ({r.sim_word})" if r.sim_word else "")
         + (f": {r.who_a} → {r.who_b}" if r.status == "reassigned" else ""),
         r.text_b if isinstance(r.text_b, str) else r.text_a,
         r.src_b or r.src_a] for r in part.itertuples()]))

st.divider()
export = rows.assign(similarity_word=rows["sim_word"])[
    ["status", "who_a", "who_b", "similarity_word", "similarity", "text_a", "text_b", "src_a", "src_b", "roles_a",
     "roles_b", "theme"]]
ui.table(export, file_name, "chg_table", column_config={
    "text_a": st.column_config.TextColumn(width="large"), "text_b": st.column_config.TextColumn(width="large"),
})
ui.docx_button(lambda: reports.build(
    t("report_changes", before=before, after=after), ui.report_subtitle(), [head_line, *lines],
    [t("col_change"), t("col_duty"), t("col_source")], report_groups, widths_cm=[3.5, 9.0, 4.5]),
    file_name, "chg_docx")
