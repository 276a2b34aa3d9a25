"""So sánh: two documents side by side, matching clauses on one row with their score."""

import streamlit as st

from dashboard import queries, render, side_by_side, ui, url_state
from dashboard.i18n import lang, t

mtime = ui.mtime()
ui.css()
st.title(t("nav_compare"))
st.caption(t("compare_intro"))

docs = queries.documents(mtime)
ids, names = ui.doc_options(docs)
# Default: the two most recent documents of the locality with the most documents.
pool = docs[docs["locality"] == docs["locality"].value_counts().idxmax()].sort_values(["year", "source_file"])
default_a, default_b = pool["doc_id"].iloc[max(len(pool) - 2, 0)], pool["doc_id"].iloc[-1]

c1, c2 = st.columns(2)
doc_a = url_state.single(c1.selectbox, t("side_a"), ids, key="cmp_a", default=default_a, format_func=names.get)
doc_b = url_state.single(c2.selectbox, t("side_b"), ids, key="cmp_b", default=default_b, format_func=names.get)
only_items = st.toggle(t("only_items"), value=True, key="cmp_items", bind="query-params")

if doc_a == doc_b:
    st.warning(t("same_side"), icon=":material/warning:")
    st.stop()

a, b = queries.clauses(mtime, doc_a), queries.clauses(mtime, doc_b)
if only_items:
    a, b = a[a["kind"] == "item"], b[b["kind"] == "item"]
pairs = queries.clause_pairs(mtime, doc_a, doc_b)
pairs = pairs[pairs["clause_a"].isin(a["clause_id"]) & pairs["clause_b"].isin(b["clause_id"])]
rows = side_by_side.align_rows(a, b, pairs)
if rows.empty:
    ui.empty()
    st.stop()

st.caption(t("aligned", n=int(rows["score"].notna().sum())))
st.markdown(render.compare_html(rows, doc_a, doc_b, head=(names[doc_a], t("score"), names[doc_b]),
                                none_text=t("unmatched"), lang=lang()), unsafe_allow_html=True)
st.divider()
ui.table(rows, "so-sanh", "cmp_table", column_config={
    "text_a": st.column_config.TextColumn(width="large"), "text_b": st.column_config.TextColumn(width="large")})
