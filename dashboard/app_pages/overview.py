"""Tổng quan: how much was loaded, when documents were issued, and the documents themselves."""

import html

import streamlit as st

from dashboard import charts, queries, render, ui
from dashboard.i18n import column, lang, t

mtime = ui.mtime()
ui.css()
st.title(t("nav_overview"))
st.caption(t("overview_intro"))

n = queries.counts(mtime)
ui.metrics([
    (t("m_documents"), n["documents"], None), (t("m_localities"), n["localities"], None),
    (t("m_years"), n["years"], None), (t("m_clauses"), n["clauses"], None),
    (t("m_agencies"), n["agencies"], None), (t("m_recurring"), n["recurring"], t("m_recurring_help")),
], width=118)

docs = queries.documents(mtime)
localities = ui.vi_sorted(docs["locality"])
chosen = st.multiselect(t("locality"), localities, key="ov_loc", bind="query-params", placeholder=t("all"))
shown = docs[docs["locality"].isin(chosen)] if chosen else docs

if shown.empty:
    ui.empty()
    st.stop()

# plotly reads a few HTML tags in hover text: document titles are escaped like everywhere else
labels = (shown["title"].fillna("").str.slice(0, 90) + " (" + shown["source_file"] + ")").map(html.escape)
timeline = shown.assign(label=labels)
st.plotly_chart(
    charts.timeline(timeline, title=t("timeline"), x_title=t("year"), y_title=t("locality"),
                    hover=[t("locality"), t("year"), t("doc_type"), t("title")]),
    config={"displaylogo": False},
)

# Which national directive each document implements, with every document that implements the same one.
national = shown.dropna(subset=["implements"])
if not national.empty:
    st.subheader(t("national_title"))
    _, names = ui.doc_options(docs)
    items = []
    for directive, group in national.groupby("implements", sort=True):
        links = ", ".join(render.doc_link(r.doc_id, None, lang(), names.get(r.doc_id)) for r in group.itertuples())
        items.append(f"<li><b>{render.esc(t('implements_line', directive=directive))}</b>: {links}</li>")
    ui.html(f'<ul class="dd-national">{"".join(items)}</ul>')

st.subheader(t("doc_table"))
table = shown.assign(link=ui.doc_urls(shown["doc_id"]))
table = table[["link", "locality", "year", "doc_type", "number", "issued_date", "signer", "issuer", "title",
               "implements", "n_clauses", "source_file", "doc_id"]]
ui.table(table, "van-ban", "ov_docs", column_config={
    "link": st.column_config.LinkColumn(column("link"), display_text=t("open_document"), width="small"),
    "year": st.column_config.NumberColumn(format="%d"),
    "title": st.column_config.TextColumn(width="large"),
})
