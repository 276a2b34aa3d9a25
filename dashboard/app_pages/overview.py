import streamlit as st

from dashboard import queries

mtime = queries.db_mtime()
st.title("Tổng quan")
docs = queries.documents(mtime)
st.dataframe(docs, hide_index=True)
choice = st.selectbox("Văn bản", docs["doc_id"], format_func=lambda d: docs.set_index("doc_id").loc[d, "source_file"])
st.dataframe(queries.clauses(mtime, choice), hide_index=True)
