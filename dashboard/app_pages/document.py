"""Văn bản: the source text with clause boundaries and agencies marked, and the document's details.

A link from another page (?clause=…) opens the text at that clause: it is highlighted and scrolled into
view. Document text is shown through st.html after escaping, never through Markdown.
"""

from pathlib import Path

import pandas as pd
import streamlit as st

from dashboard import evidence, queries, render, ui, url_state
from dashboard.i18n import lang, t
from dashboard.itemlabels import item_labels
from etl.config import Settings

mtime = ui.mtime()
ui.css()
st.title(t("nav_document"))
st.caption(t("doc_intro"))

docs = queries.documents(mtime)
ids, names = ui.doc_options(docs)
doc_id = url_state.single(st.selectbox, t("document"), ids, key="doc", format_func=names.get)
doc = queries.document(mtime, doc_id).iloc[0]
clauses = queries.clauses(mtime, doc_id)
items = item_labels(clauses.assign(doc_id=doc_id), lang())
focus = st.query_params.get("clause")
if focus is not None and focus not in set(clauses["clause_id"]):
    del st.query_params["clause"]  # a clause of the previously shown document
    focus = None


def when(value) -> str:
    return "" if pd.isna(value) else pd.Timestamp(value).strftime("%d/%m/%Y")


def original() -> tuple[str, bytes]:
    """The file as it was added when it is still in the input folder, else the text that was read."""
    raw = Settings.from_env().raw_dir
    path = raw / Path(str(doc["source_file"])).name  # a bare name: never a path from the database
    if path.is_file() and path.resolve().parent == raw.resolve():
        return path.name, path.read_bytes()
    return Path(str(doc["source_file"])).stem + ".txt", str(doc["source_text"]).encode("utf-8")


signer = " — ".join(v for v in (doc["signer"], doc["signer_title"]) if isinstance(v, str) and v)
meta, text = st.columns([2, 3], gap="large")
with meta:
    st.subheader(t("metadata"))
    ui.html(render.metadata_html([
        (t("number"), doc["number"]), (t("issued_date"), when(doc["issued_date"])), (t("signer"), signer),
        (t("issuer"), doc["issuer"]), (t("doc_type"), doc["doc_type"]), (t("title"), doc["title"]),
        (t("implements"), doc["implements"]), (t("locality"), doc["locality"]),
        (t("year"), "" if pd.isna(doc["year"]) else int(doc["year"])), (t("recipients"), doc["recipients"]),
        (t("source_file"), doc["source_file"]),
    ], unknown=t("unknown")))
    file_name, data = original()
    st.download_button(t("download_original"), data=data, file_name=file_name, key="doc_original",
                       icon=":material/download:", on_click="ignore")
    if isinstance(doc["implements"], str) and doc["implements"]:
        same = queries.implementing(mtime, doc["implements"])
        same = same[same["doc_id"] != doc_id]
        st.markdown(f"**{t('same_directive', directive=render.esc(doc['implements']))}**")
        if same.empty:
            st.caption(t("same_directive_none"))
        else:
            ui.html("<ul>" + "".join(f"<li>{render.doc_link(r.doc_id, None, lang(), names.get(r.doc_id))}</li>"
                                     for r in same.itertuples()) + "</ul>")
    ui.html(f'<p class="dd-sub"><b>{render.esc(t("legend"))}:</b> {render.esc(t("legend_text"))}</p>')

with text:
    if focus is not None:
        row = clauses.set_index("clause_id").loc[focus]
        st.info(t("focus_clause", label=items.get(focus, ""), roles=ui.roles_text(row["lead"])),
                icon=":material/my_location:")
    st.subheader(t("source_text"))
    with st.container(height=900, border=True):
        ui.html(render.document_html(
            doc["source_text"], clauses, queries.agency_spans(mtime, doc_id), queries.dropped(mtime, doc_id),
            focus=focus, role_label=ui.role_label, part_label=lambda p: t(f"part_{p}"), items=items,
            why=evidence.rule_reason,
        ))
    if focus is not None:
        ui.scroll_into_view(f"c-{focus}")  # the linked clause, inside the scrolling box

st.subheader(t("clause_table"))
table = clauses.assign(item=clauses["clause_id"].map(items))
ui.table(table[["item", "kind", "text", "lead", "support"]].rename(columns={"kind": "clause_kind"}),
         "van-ban-" + Path(str(doc["source_file"])).stem, "doc_clauses",
         column_config={"text": st.column_config.TextColumn(width="large")})
