"""Khoảng trống: the planner's checklist of duties that the comparison set assigns and the target lacks."""

import streamlit as st

from dashboard import queries, ui, url_state
from dashboard.i18n import t

SCOPES = ["previous_year", "same_year", "all"]

mtime = ui.mtime()
st.title(t("nav_gaps"))
st.caption(t("gaps_intro"))

docs = queries.documents(mtime)
target_kind = url_state.single(st.segmented_control, t("target_kind"), ["ly", "doc"], key="gap_kind", required=True,
                               format_func=lambda k: t("locality_year") if k == "ly" else t("document"))
c1, c2 = st.columns([2, 1])
locality = year = doc_id = None
if target_kind == "doc":
    ids, names = ui.doc_options(docs)
    doc_id = url_state.single(c1.selectbox, t("document"), ids, key="gap_doc", default=ids[-1],
                              format_func=names.get)
    label = names[doc_id]
else:
    pairs = docs.dropna(subset=["year"])[["locality", "year"]].drop_duplicates().sort_values(["locality", "year"])
    options = [f"{r.locality} {int(r.year)}" for r in pairs.itertuples()]
    # Default: the most recent year of the first locality, the one a planner is drafting after.
    latest = pairs.groupby("locality")["year"].max()
    default = options.index(f"{latest.index[0]} {int(latest.iloc[0])}") if len(options) else 0
    ly = c1.selectbox(t("locality_year"), options, index=default, key="gap_ly", bind="query-params")
    locality, year = ly.rsplit(" ", 1)[0], int(ly.rsplit(" ", 1)[1])
    label = ly
scope = url_state.single(c2.selectbox, t("scope"), SCOPES, key="gap_scope", default="all",
                         format_func=lambda s: t(f"scope_{s}"))

gaps = queries.gaps(mtime, locality, year, scope, doc_id)
if gaps.empty:
    st.success(t("no_gaps"), icon=":material/check_circle:")
    st.stop()

st.subheader(f"{label}: {t('gaps_found', n=len(gaps))}")
table = gaps.assign(link=ui.doc_urls(gaps["example_doc"], gaps["example_clause"]))
table = table[["link", "theme", "label", "n_docs", "seen_in", "roles", "example_text", "duty_id", "example_clause"]]
table = table.rename(columns={"label": "duty"})
ui.table(table, "khoang-trong", f"gap_table_{target_kind}", column_config={
    "link": st.column_config.LinkColumn(display_text=t("open_document"), width="small"),
    "duty": st.column_config.TextColumn(width="large"),
    "example_text": st.column_config.TextColumn(width="large"),
    "n_docs": st.column_config.ProgressColumn(format="%d", min_value=0, max_value=int(gaps["n_docs"].max())),
})
