"""So sánh: two documents side by side, matching clauses on one row with their score and word-level
differences, and a change list that jumps to each row that differs (as diff tools do)."""

import pandas as pd
import streamlit as st

from dashboard import queries, render, side_by_side, summary, ui, url_state
from dashboard.i18n import lang, t
from dashboard.itemlabels import item_labels

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
items_a = item_labels(a.assign(doc_id=doc_a), lang())
items_b = item_labels(b.assign(doc_id=doc_b), lang())
if only_items:
    a, b = a[a["kind"] == "item"], b[b["kind"] == "item"]
pairs = queries.clause_pairs(mtime, doc_a, doc_b)
pairs = pairs[pairs["clause_a"].isin(a["clause_id"]) & pairs["clause_b"].isin(b["clause_id"])]
heads = side_by_side.heading_pairs(a, b, pairs)
rows = side_by_side.align_rows(a, b, pd.concat([pairs, heads], ignore_index=True) if len(heads) else pairs)
if rows.empty:
    ui.empty()
    st.stop()

only_a = int((rows["clause_a"].notna() & rows["clause_b"].isna()).sum())
only_b = int((rows["clause_a"].isna() & rows["clause_b"].notna()).sum())
changed = [(n, r) for n, r in enumerate(rows.itertuples())
           if not (isinstance(r.clause_a, str) and isinstance(r.clause_b, str) and r.text_a == r.text_b)]
ui.summary_box(t("cmp_summary", n=int(rows["score"].notna().sum()), a=only_a, b=only_b, k=len(changed)), [])
with st.expander(t("cmp_changes", n=len(changed)), expanded=True):
    entries = []
    for n, r in changed:
        if not isinstance(r.clause_b, str):
            what, text = t("cmp_only_a", item=items_a.get(r.clause_a, "")), r.text_a
        elif not isinstance(r.clause_a, str):
            what, text = t("cmp_only_b", item=items_b.get(r.clause_b, "")), r.text_b
        else:
            what, text = t("cmp_reworded", a=items_a.get(r.clause_a, ""), b=items_b.get(r.clause_b, "")), r.text_b
        entries.append((n, what, summary.shorten(text, 90)))
    ui.html(render.change_list_html(entries))

ui.html(render.compare_html(rows, doc_a, doc_b, head=(names[doc_a], t("score"), names[doc_b]),
                            none_text=t("unmatched"), lang=lang(), items_a=items_a, items_b=items_b))
st.divider()
export = rows.assign(label_a=rows["clause_a"].map(items_a), label_b=rows["clause_b"].map(items_b))
ui.table(export[["label_a", "text_a", "score", "label_b", "text_b"]],
         "so-sanh-" + summary.slug(names[doc_a], "va", names[doc_b]), "cmp_table", column_config={
    "text_a": st.column_config.TextColumn(width="large"), "text_b": st.column_config.TextColumn(width="large")})
