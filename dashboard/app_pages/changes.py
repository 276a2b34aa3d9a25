"""Thay đổi: what changed between two years of one locality, or between any two documents."""

import streamlit as st

from dashboard import charts, queries, render, ui, url_state
from dashboard.i18n import lang, t

STATUSES = ["reassigned", "reworded", "new", "dropped", "unchanged"]

mtime = ui.mtime()
ui.css()
st.title(t("nav_changes"))
st.caption(t("changes_intro"))

docs = queries.documents(mtime)
mode = url_state.single(st.segmented_control, t("mode"), ["years", "docs"], key="chg_mode", required=True,
                        format_func=lambda m: t(f"mode_{m}"))
args = dict(loc_a=None, year_a=None, loc_b=None, year_b=None, doc_a=None, doc_b=None)
if mode == "docs":
    ids, names = ui.doc_options(docs)
    c1, c2 = st.columns(2)
    doc_a = url_state.single(c1.selectbox, t("side_a"), ids, key="chg_da", format_func=names.get)
    doc_b = url_state.single(c2.selectbox, t("side_b"), ids, key="chg_db", default=ids[min(1, len(ids) - 1)],
                             format_func=names.get)
    args |= dict(doc_a=doc_a, doc_b=doc_b)
    same = doc_a == doc_b
else:
    years_by_loc = docs.dropna(subset=["year"]).groupby("locality")["year"].apply(lambda s: sorted(set(s)))
    localities = sorted(years_by_loc.index, key=lambda loc: (len(years_by_loc[loc]) < 2, loc))
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

if same:
    st.warning(t("same_side"), icon=":material/warning:")
    st.stop()

changes = queries.changes(mtime, **args)
if changes.empty:
    ui.empty()
    st.stop()

counts = changes["status"].value_counts()
ui.metrics([(ui.status_label(s), int(counts.get(s, 0)), None) for s in STATUSES], width=150)

# One bar segment per role that leads the duty on the side where it exists (B, or A when dropped).
per_role = changes.assign(role=[(a if s == "dropped" else (b or a)) or ""
                                for a, b, s in zip(changes["roles_a"].fillna(""), changes["roles_b"].fillna(""),
                                                   changes["status"])])
per_role = per_role.assign(role=per_role["role"].str.split(", ")).explode("role")
bars = per_role.groupby(["role", "status"]).size().rename("n").reset_index()
bars["role_label"] = bars["role"].map(ui.role_label)
st.plotly_chart(
    charts.status_bars(bars, title=t("changes_chart"), x_title=t("n_duties"), y_title=t("role"),
                       status_labels={s: ui.status_label(s) for s in STATUSES}, legend_title=t("status")),
    config={"displaylogo": False},
)

picked = url_state.multi(st.pills, t("status"), STATUSES, key="chg_st", default=STATUSES, selection_mode="multi",
                         format_func=ui.status_label)
rows = changes[changes["status"].isin(picked or [])].copy()
rows["order"] = rows["status"].map(STATUSES.index)
rows = rows.sort_values(["order", "theme", "duty_id"]).drop(columns="order")
if rows.empty:
    ui.empty()
    st.stop()

st.markdown(render.changes_html(
    rows, status_label=ui.status_label, roles_text=ui.roles_text,
    head=(t("status"), t("side_a"), t("side_b")), lang=lang(),
), unsafe_allow_html=True)

st.divider()
export = rows[["duty_id", "status", "theme", "roles_a", "roles_b", "similarity", "text_a", "text_b",
               "clause_a", "clause_b"]]
ui.table(export, "thay-doi", "chg_table", column_config={
    "text_a": st.column_config.TextColumn(width="large"), "text_b": st.column_config.TextColumn(width="large"),
})
