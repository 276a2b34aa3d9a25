"""Khoảng trống: the planner's checklist of duties that the comparison set assigns and the target lacks.

Each missing duty comes with its evidence: where it is assigned (locality, year, agency, the sentence) and
the closest sentence in the checked document with its score, so a false gap (the same duty in other
words) can be seen for what it is.
"""

import pandas as pd
import streamlit as st

from dashboard import evidence, queries, render, reports, summary, ui, url_state
from dashboard.i18n import lang, t
from etl import draft as dr
from etl.config import Settings
from etl.metadata import locality_kinds

SCOPES = ["previous_year", "same_year", "all"]
KINDS = locality_kinds()
PER_DUTY = 8  # distinct wordings of a missing duty scored against the checked document

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
    pairs = docs.dropna(subset=["year"])[["locality", "year"]].drop_duplicates().sort_values(["locality", "year"])
    options = [f"{r.locality} {int(r.year)}" for r in pairs.itertuples()]
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

gaps = queries.gaps(mtime, locality, year, scope, doc_id)
if gaps.empty:
    st.success(t("no_gaps"), icon=":material/check_circle:")
    st.stop()

# Evidence: every statement of each missing duty in the comparison set, and the closest one here.
occ = queries.occurrences(mtime, tuple(gaps["duty_id"]), tuple(target["doc_id"]))
occ = occ[occ["doc_id"].isin(pool_docs["doc_id"])]
mine = queries.side_statements(mtime, locality, year, doc_id)
occ_match = queries.occurrences_match_text(mtime, tuple(occ["statement_id"]))
occ = occ.merge(occ_match, on="statement_id", how="left")
occ[["match_text", "theme"]] = occ[["match_text", "theme"]].fillna({"match_text": "", "theme": "general"})
# The closest sentence here, for a few distinct wordings of each duty (a national corpus repeats a duty in
# hundreds of documents; its first wordings are enough to show whether the checked document has it).
scored = occ.drop_duplicates(["duty_id", "match_text"]).groupby("duty_id").head(PER_DUTY)
_, _, p_best, p_score = dr.match(mine["match_text"].tolist(), mine["theme"].tolist(),
                                 scored["match_text"].tolist(), scored["theme"].tolist())
scored = scored.assign(closest=[mine["text"].iloc[i] if i >= 0 else "" for i in p_best], closest_score=p_score,
                       closest_clause=[mine["clause_id"].iloc[i] if i >= 0 else None for i in p_best])
occ = occ.merge(scored[["statement_id", "closest", "closest_score", "closest_clause"]], on="statement_id",
                how="left")
occ["closest_score"] = occ["closest_score"].fillna(-1.0)
leads = queries.clause_agencies(mtime, tuple(occ["clause_id"])).set_index("clause_id")["lead_names"]
occ["agency"] = [leads.get(c) or ui.roles_text(r) for c, r in zip(occ["clause_id"], occ["lead_roles"])]
occ["place"] = [f"{loc} {int(y)}" for loc, y in zip(occ["locality"], occ["year"])]

# One line per missing duty, shown by the sentence closest to the checked document (the strongest hint of a
# false gap); duties whose lines would read the same are merged into one line with every place.
lines: dict[str, list] = {}
for _, g in occ.sort_values(["closest_score", "statement_id"], ascending=[False, True]).groupby("duty_id", sort=False):
    lines.setdefault(summary.slug(g["text"].iloc[0]), []).append(g)
firsts = [parts[0].iloc[0] for parts in lines.values()]
# documents and items named only for the lines shown (a national corpus has thousands of occurrences)
info = evidence.describe(mtime, [c for b in firsts for c in (b["clause_id"], b["closest_clause"])])
rows = []
for best, parts in zip(firsts, lines.values()):
    g = pd.concat(parts)
    rows.append({
        "text": best["text"], "suggested": summary.for_locality(best["text"], best["locality"], t_loc, KINDS),
        "theme": best["theme"], "n_docs": g["doc_id"].nunique(),
        "where": "; ".join(dict.fromkeys(f"{p} ({a})" if a else p for p, a in zip(g["place"], g["agency"]))),
        "source": evidence.source_text(info, best["clause_id"]),
        "closest_text": best["closest"], "closest_score": round(float(best["closest_score"]), 0),
        "closest_source": evidence.source_text(info, best["closest_clause"]),
        "lead_roles": best["lead_roles"], "link": ui.doc_url(best["doc_id"], best["clause_id"]),
        "doc_id": best["doc_id"], "clause_id": best["clause_id"],
    })
table = pd.DataFrame(rows).sort_values(["n_docs", "closest_score"], ascending=[False, True])

threshold = Settings.from_env().link_threshold
maybe = int((table["closest_score"] >= threshold).sum())
head = t("gap_summary", target=label, n=len(table), scope=t(f"gap_scope_{scope}"), k=maybe, t=f"{threshold:.0f}")
ui.summary_box(head, [])

st.subheader(f"{label}: {t('gaps_found', n=len(table))}")
ui.html(render.gap_cards_html(table, threshold=threshold, lang=lang(), labels={
    "where": t("col_where"), "closest": t("gap_closest"), "no_closest": t("gap_no_closest"),
    "maybe": t("gap_maybe")}))
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

groups = []
for roles, part in table.groupby(table["lead_roles"].fillna(""), sort=False):
    groups.append(reports.Group(ui.roles_text(roles), [
        [r.suggested, r.where, (t("gap_closest", score=f"{r.closest_score:.0f}", text=summary.shorten(r.closest_text, 160))
                           if r.closest_text else t("gap_no_closest"))] for r in part.itertuples()]))
ui.docx_button(lambda: reports.build(
    t("report_gaps", target=label), ui.report_subtitle(), [head], [t("col_duty"), t("col_where"), t("col_closest")],
    sorted(groups, key=lambda g: -len(g.lines)), widths_cm=[7.0, 4.5, 5.5]),
    "khoang-trong-" + summary.slug(label), "gap_docx")
