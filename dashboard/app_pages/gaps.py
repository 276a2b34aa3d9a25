"""Khoảng trống: the planner's checklist of duties that the comparison set assigns and the target lacks.

Each missing duty comes with its evidence: where it is assigned (locality, year, agency, the sentence) and
the closest sentence in the checked document with its score, so a false gap (the same duty in other
words) can be seen for what it is.
"""

import pandas as pd
import streamlit as st

from dashboard import gap_lines, queries, render, reports, summary, ui, url_state
from dashboard.i18n import lang, t
from etl.config import Settings

SCOPES = ["previous_year", "same_year", "all"]

mtime = ui.mtime()
ui.css()
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
    target = docs[docs["doc_id"] == doc_id]
else:
    pairs = (docs.dropna(subset=["locality", "year"])[["locality", "year"]].drop_duplicates()
             .sort_values(["locality", "year"], key=ui.vi_key))
    options = [f"{r.locality} {int(r.year)}" for r in pairs.itertuples()]
    if not options:  # no document says both where and when: only documents can be checked
        st.info(t("no_locality_year"), icon=":material/info:")
        st.stop()
    # Default: the most recent year of the first locality, the one a planner is drafting after.
    latest = pairs.groupby("locality")["year"].max()
    default = options.index(f"{latest.index[0]} {int(latest.iloc[0])}") if len(options) else 0
    ly = c1.selectbox(t("locality_year"), options, index=default, key="gap_ly", bind="query-params")
    locality, year = ly.rsplit(" ", 1)[0], int(ly.rsplit(" ", 1)[1])
    label = ly
    target = docs[(docs["locality"] == locality) & (docs["year"] == year)]
scope = url_state.single(c2.selectbox, t("scope"), SCOPES, key="gap_scope", default="all",
                         format_func=lambda s: t(f"scope_{s}"))

# The comparison set, named before anything is compared: an empty one is not "nothing missing".
t_loc, t_year = target["locality"].iloc[0], target["year"].iloc[0]
# The year before needs the document's year and locality, the same year its year.
needs = {"previous_year": ("year", "locality"), "same_year": ("year",)}.get(scope, ())
unknown = [w for w in needs if pd.isna({"year": t_year, "locality": t_loc}[w])]
if unknown:  # a document whose text and manifest give no year (or place) has no "year before" to compare with
    st.warning(t("gap_unplaced", what=t(f"what_{unknown[0]}")), icon=":material/event_busy:")
    st.stop()
others = docs[~docs["doc_id"].isin(target["doc_id"])]
if scope == "previous_year":
    pool_docs = others[(others["locality"] == t_loc) & (others["year"] == t_year - 1)]
elif scope == "same_year":
    pool_docs = others[(others["locality"] != t_loc) & (others["year"] == t_year)]
else:
    pool_docs = others
if pool_docs.empty:
    message = {"previous_year": t("gap_none_prev", loc=t_loc, year=int(t_year) - 1),
               "same_year": t("gap_none_same", year=int(t_year)), "all": t("gap_none_all")}[scope]
    st.warning(message, icon=":material/search_off:")
    st.stop()

# The missing duties (as the gaps() macro finds them) with their evidence: where each is assigned, the
# closest sentence here; cached per target.
table = gap_lines.table(mtime, locality, year, scope, doc_id, t_loc, lang())
if table.empty:
    st.success(t("no_gaps"), icon=":material/check_circle:")
    st.stop()

threshold = Settings.from_env().link_threshold
maybe = int((table["closest_score"] >= threshold).sum())
head = t("gap_summary", target=label, n=len(table), scope=t(f"gap_scope_{scope}"), k=maybe, t=f"{threshold:.0f}")
ui.summary_box(head, [])

st.subheader(f"{label}: {t('gaps_found', n=len(table))}")
# The first cards, most widespread duties first; the table below and the downloads hold every line.
cards = st.session_state.get("gap_cards_shown", gap_lines.CARDS)
ui.html(render.gap_cards_html(table.head(cards), threshold=threshold, lang=lang(), labels={
    "where": t("col_where"), "closest": t("gap_closest"), "no_closest": t("gap_no_closest"),
    "maybe": t("gap_maybe"), "more_places": t("gap_more_places")}))
if len(table) > cards:
    st.caption(t("gap_cards_first", n=cards, total=len(table)))
    st.button(t("gap_cards_more", n=min(gap_lines.CARDS, len(table) - cards)), key="gap_cards_more",
              icon=":material/expand_more:", on_click=lambda: st.session_state.update(gap_cards_shown=cards + gap_lines.CARDS))
st.subheader(t("gap_table"))
# evidence first (where it is assigned, how close this document comes), the original wording after it
ui.table(table[["link", "suggested", "where", "closest_score", "closest_text", "n_docs", "text", "source", "theme"]],
         "khoang-trong-" + summary.slug(label, t(f"scope_{scope}")), f"gap_table_{target_kind}", column_config={
    "link": st.column_config.LinkColumn(display_text=t("open_document"), width="small"),
    "suggested": st.column_config.TextColumn(width="large"),
    "closest_text": st.column_config.TextColumn(width="medium"),
    "where": st.column_config.TextColumn(width="medium"),
    "closest_score": st.column_config.ProgressColumn(format="%d", min_value=0, max_value=100, width="small"),
    "n_docs": st.column_config.NumberColumn(format="%d"),
})



def report() -> bytes:
    """The Word checklist, built when its button is clicked (a thousand lines at national scale)."""
    groups = []
    for roles, part in table.groupby(table["lead_roles"].fillna(""), sort=False):
        groups.append(reports.Group(ui.roles_text(roles), [
            [r.suggested, r.where, (t("gap_closest", score=f"{r.closest_score:.0f}",
                                      text=summary.shorten(r.closest_text, 160))
                                    if r.closest_text else t("gap_no_closest"))] for r in part.itertuples()]))
    return reports.build(
        t("report_gaps", target=label), ui.report_subtitle(), [head], [t("col_duty"), t("col_where"), t("col_closest")],
        sorted(groups, key=lambda g: -len(g.lines)), widths_cm=[7.0, 4.5, 5.5])


ui.docx_button(report, "khoang-trong-" + summary.slug(label), "gap_docx")
