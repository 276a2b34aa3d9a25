"""Văn bản: the source text with clause boundaries and agencies marked, and the document's details."""

import pandas as pd
import streamlit as st

from dashboard import queries, render, ui, url_state
from dashboard.i18n import t

mtime = ui.mtime()
ui.css()
st.title(t("nav_document"))
st.caption(t("doc_intro"))

docs = queries.documents(mtime)
ids, names = ui.doc_options(docs)
doc_id = url_state.single(st.selectbox, t("document"), ids, key="doc", format_func=names.get)
doc = queries.document(mtime, doc_id).iloc[0]
clauses = queries.clauses(mtime, doc_id)
focus = st.query_params.get("clause")
if focus is not None and focus not in set(clauses["clause_id"]):
    del st.query_params["clause"]  # a clause of the previously shown document
    focus = None


def when(value) -> str:
    return "" if pd.isna(value) else pd.Timestamp(value).strftime("%d/%m/%Y")


signer = " — ".join(v for v in (doc["signer"], doc["signer_title"]) if isinstance(v, str) and v)
meta, text = st.columns([2, 3], gap="large")
with meta:
    st.subheader(t("metadata"))
    st.markdown(render.metadata_html([
        (t("number"), doc["number"]), (t("issued_date"), when(doc["issued_date"])), (t("signer"), signer),
        (t("issuer"), doc["issuer"]), (t("doc_type"), doc["doc_type"]), (t("title"), doc["title"]),
        (t("implements"), doc["implements"]), (t("locality"), doc["locality"]),
        (t("year"), "" if pd.isna(doc["year"]) else int(doc["year"])), (t("recipients"), doc["recipients"]),
        (t("source_file"), doc["source_file"]),
    ], unknown=t("unknown")), unsafe_allow_html=True)
    st.caption(f"**{t('legend')}:** {t('legend_text')}")

with text:
    if focus is not None:
        row = clauses.set_index("clause_id").loc[focus]
        st.info(t("focus_clause", label=row["label"], roles=ui.roles_text(row["lead"])), icon=":material/my_location:")
        st.markdown(f'<div class="dd-clause k-item focus">{render.esc(row["text"])}</div>', unsafe_allow_html=True)
    st.subheader(t("source_text"))
    with st.container(height=900, border=True):
        st.markdown(render.document_html(
            doc["source_text"], clauses, queries.agency_spans(mtime, doc_id), queries.dropped(mtime, doc_id),
            focus=focus, role_label=ui.role_label,
        ), unsafe_allow_html=True)

st.subheader(t("clause_table"))
ui.table(clauses[["label", "kind", "text", "lead", "support", "duties", "clause_id"]].rename(
    columns={"kind": "clause_kind"}), f"van-ban-{doc['source_file']}", "doc_clauses",
    column_config={"text": st.column_config.TextColumn(width="large")})
