"""Kiểm tra dự thảo: a planner's draft checked against last year's directive of the same locality and other
localities' current ones, without storing it. The draft is read exactly as a build would read it."""

import hashlib
import time

import pandas as pd
import streamlit as st

from dashboard import evidence, queries, reports, summary, ui
from dashboard.i18n import lang, message, t
from dashboard.itemlabels import item_labels
from etl import draft as dr
from etl.config import Settings
from etl.metadata import locality_kinds
from etl.read import RejectedFile

mtime = ui.mtime()
ui.css()
st.title(t("nav_draft"))
st.caption(t("draft_intro"))
settings = Settings.from_env()
KINDS = locality_kinds()


@st.cache_data(show_spinner=False, max_entries=8)
def read(name: str, data: bytes, locality: str | None, year: int | None, digest: str) -> dr.Draft:
    return dr.read_draft(name, data, settings, locality=locality, year=year)


c1, c2 = st.columns([3, 2])
upload = c1.file_uploader(t("draft_file"), type=["txt", "docx", "pdf", "html", "htm"], key="draft_file")
pasted = c2.text_area(t("draft_paste"), key="draft_text", height=140)
if upload is not None:
    name, data = upload.name, upload.getvalue()
    shown_name = name
elif pasted and pasted.strip():
    name, data = "du-thao.txt", pasted.encode("utf-8")  # read as plain text
    shown_name = t("pasted")
else:
    ui.empty(t("draft_wait"))
    st.stop()

docs = queries.documents(mtime)
localities = ui.vi_sorted(docs["locality"])
c1, c2 = st.columns(2)
# What the draft says about itself comes first; the pickers correct it (or fill it in when it says nothing).
chosen_loc = c1.selectbox(t("draft_for"), [""] + localities, key="draft_loc",
                          format_func=lambda v: v or t("add_choose"))
chosen_year = c2.number_input(t("draft_year"), 2000, 2100, value=None, step=1, key="draft_year",
                              placeholder=t("add_choose"))
digest = hashlib.sha256(data).hexdigest()
started = time.perf_counter()
try:
    d = read(name, data, chosen_loc or None, int(chosen_year) if chosen_year else None, digest)
except RejectedFile as exc:
    st.error(t("draft_refused", reason=message(str(exc))), icon=":material/block:")
    st.stop()
loc, year = d.meta.get("locality"), d.meta.get("year")
if not loc or not year:
    st.warning(t("draft_need_place"), icon=":material/edit_location:")
    st.stop()
year = int(year)
if not chosen_loc or not chosen_year:
    st.caption(t("draft_detected", loc=loc, year=year))
pool = queries.draft_pool(mtime, loc, year)
result = dr.compare(d, pool, settings)
seconds = time.perf_counter() - started
statements = d.statements
st.caption(t("draft_read", n=len(d.clauses), s=len(statements), sec=f"{seconds:.1f}"))

prev_name = t("year_side", year=year - 1) + f" ({loc})"
notes = []
if not (pool["side"] == "previous_year").any():
    notes.append(t("draft_no_prev", loc=loc, year=year - 1))
if not (pool["side"] == "same_year").any():
    notes.append(t("draft_no_other", year=year))
head = t("draft_summary", prev=prev_name, kept=len(result["kept"]) + len(result["moved"]),
         moved=len(result["moved"]), dropped=len(result["dropped"]), year=year, shared=len(result["shared"]),
         lacks=len(result["lacks"]))
ui.summary_box(head, notes)

# documents and items named only for the rows shown: one per duty and side, not every stored statement
info = evidence.describe(mtime, pd.concat([result[k]["clause_id"] for k in ("kept", "moved", "dropped", "shared",
                                                                           "lacks")]))


def stored(df: pd.DataFrame, *, with_draft: bool) -> pd.DataFrame:
    """Rows of one result set in words: the stored sentence, who leads it there, where, and the draft's."""
    out = pd.DataFrame({
        "suggested": [summary.for_locality(x, src, loc, KINDS) for x, src in zip(df["text"], df["locality"])],
        "text": df["text"], "lead_names": [n if isinstance(n, str) and n else ui.roles_text(r)
                                           for n, r in zip(df["lead_names"], df["lead_roles"])],
        "where": df["where"], "source": evidence.sources(info, df["clause_id"]),
    })
    if with_draft:
        out["match_text_shown"] = df["draft_text"].fillna("")
        out["draft_lead"] = [ui.roles_text(r) if r else "" for r in df["draft_roles"]]
        out["match_score"] = df["score"].round(0)
    return out


labels = item_labels(d.clauses.assign(doc_id="draft"), lang())
clauses = d.clauses[d.clauses["kind"] == "item"]
tabs = st.tabs([f"{t('draft_clauses')} ({len(clauses)})", f"{t('draft_moved')} ({len(result['moved'])})",
                f"{t('draft_dropped')} ({len(result['dropped'])})", f"{t('draft_lacks')} ({len(result['lacks'])})",
                f"{t('draft_kept')} ({len(result['kept'])})", f"{t('draft_shared')} ({len(result['shared'])})"])
wide = {"text": st.column_config.TextColumn(width="large"), "suggested": st.column_config.TextColumn(width="large"),
        "match_text_shown": st.column_config.TextColumn(width="large")}
base = "kiem-tra-du-thao-" + summary.slug(loc, year)
with tabs[0]:
    ui.table(pd.DataFrame({"item": clauses["clause_id"].map(labels), "text": clauses["text"],
                           "lead_names": clauses["lead_names"], "support_names": clauses["support_names"]}),
             base + "-cac-khoan", "draft_clauses", column_config=wide)
for tab, key, with_draft in ((tabs[1], "moved", True), (tabs[2], "dropped", False), (tabs[3], "lacks", False),
                             (tabs[4], "kept", True), (tabs[5], "shared", True)):
    with tab:
        ui.table(stored(result[key], with_draft=with_draft), f"{base}-{key}", f"draft_{key}", column_config=wide)

# The report lists what the planner must act on, grouped by the agency that leads it elsewhere.
todo = pd.concat([result[k].assign(what=t(f"draft_{k}")) for k in ("moved", "dropped", "lacks")])
groups = []
for roles, part in todo.groupby(todo["lead_roles"].fillna(""), sort=True):
    groups.append(reports.Group(ui.roles_text(roles), [
        [r.what, summary.for_locality(r.text, r.locality, loc, KINDS), "; ".join(p for p in (evidence.source_text(info, r.clause_id), r.where) if p)]
        for r in part.itertuples()]))
ui.docx_button(lambda: reports.build(
    t("report_draft", name=shown_name), ui.report_subtitle(), [head, *notes],
    [t("col_change"), t("col_duty"), t("col_source")], sorted(groups, key=lambda g: -len(g.lines)),
    widths_cm=[3.5, 9.0, 4.5]), base, "draft_docx")
