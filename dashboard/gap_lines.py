"""The lines of the Gaps page: one per missing duty, with its evidence, computed once per target.

Each missing duty is shown by its sentence closest to the checked document (the strongest hint of a false
gap), with every place that assigns it; duties whose lines would read the same are one line. The whole
table is cached per target and language, so only the first visitor after a build waits for it.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import streamlit as st

from dashboard import closest, evidence, queries, summary, ui
from etl.metadata import locality_kinds

PER_DUTY = 8  # distinct wordings of a missing duty scored against the checked document
COLUMNS = ["text", "suggested", "theme", "n_docs", "where", "source", "closest_text", "closest_score",
           "closest_source", "lead_roles", "link", "doc_id", "clause_id"]


def _scored(occ: pd.DataFrame, mine: pd.DataFrame) -> pd.DataFrame:
    """occ with closest, closest_score (-1 when not scored) and closest_clause: the best sentence of `mine`
    for the first PER_DUTY distinct wordings of each duty (a national corpus repeats a duty in hundreds of
    documents; its first wordings are enough to show whether the checked document has it)."""
    scored = occ.drop_duplicates(["duty_id", "match_text"]).groupby("duty_id").head(PER_DUTY)
    topics = queries.statement_topics(scored["statement_id"].tolist())
    best, score = closest.closest(mine["match_text"].tolist(), mine["theme"].tolist(),
                                  scored["match_text"].tolist(), scored["theme"].tolist(),
                                  draft_topics=mine["topics"].tolist(),
                                  pool_topics=[topics.get(i) for i in scored["statement_id"].tolist()])
    texts, clauses = mine["text"].to_numpy(dtype=object), mine["clause_id"].to_numpy(dtype=object)
    found = best >= 0
    at = np.maximum(best, 0)
    by_id = pd.DataFrame({"statement_id": scored["statement_id"].to_numpy(),
                          "closest": np.where(found, texts[at] if len(texts) else "", ""),
                          "closest_score": score,
                          "closest_clause": np.where(found, clauses[at] if len(clauses) else None, None)})
    out = occ.merge(by_id, on="statement_id", how="left")
    out["closest_score"] = out["closest_score"].fillna(-1.0)
    return out


@st.cache_data(show_spinner=False, max_entries=32)
def table(mtime: int, locality: str | None, year: int | None, scope: str, doc_id: str | None, t_loc: str,
          language: str) -> pd.DataFrame:
    """The page's table (COLUMNS), most widespread duties first, the least covered first among equals."""
    occ = queries.gap_occurrences(mtime, locality, year, scope, doc_id)
    if occ.empty:
        return pd.DataFrame(columns=COLUMNS)
    occ = occ.assign(match_text=occ["match_text"].fillna(""), theme=occ["theme"].fillna("general"))
    occ = _scored(occ, queries.side_statements(mtime, locality, year, doc_id))
    occ = occ.sort_values(["closest_score", "statement_id"], ascending=[False, True], kind="stable")
    # one line per readable sentence: a duty's best statement names it, duties reading the same share it
    firsts = occ.drop_duplicates("duty_id")
    line_of_duty = dict(zip(firsts["duty_id"], pd.factorize(firsts["text"].map(summary.slug))[0]))
    duty_rank = {d: k for k, d in enumerate(firsts["duty_id"])}
    occ = occ.assign(line=occ["duty_id"].map(line_of_duty), rank=occ["duty_id"].map(duty_rank),
                     pos=np.arange(len(occ)))
    occ = occ.sort_values(["line", "rank", "pos"], kind="stable")
    role_text = {r: ui.roles_text(r) for r in occ["lead_roles"].unique()}
    where: dict[int, dict] = {}
    for line, loc, y, names, roles in zip(occ["line"].tolist(), occ["locality"].tolist(), occ["year"].tolist(),
                                          occ["lead_names"].tolist(), occ["lead_roles"].tolist()):
        agency = names if isinstance(names, str) and names else role_text[roles]
        place = f"{loc} {int(y)}"
        where.setdefault(line, {})[f"{place} ({agency})" if agency else place] = None
    n_docs = occ.groupby("line")["doc_id"].nunique()
    best = occ.drop_duplicates("line")
    info = evidence.describe(mtime, [*best["clause_id"], *best["closest_clause"]])
    out = pd.DataFrame({
        "text": best["text"].to_numpy(),
        "suggested": [summary.for_locality(x, loc, t_loc, locality_kinds()) for x, loc in zip(best["text"], best["locality"])],
        "theme": best["theme"].to_numpy(), "n_docs": best["line"].map(n_docs).to_numpy(),
        "where": ["; ".join(where[line]) for line in best["line"]],
        "source": evidence.sources(info, best["clause_id"]),
        "closest_text": best["closest"].fillna("").to_numpy(),
        "closest_score": best["closest_score"].astype(float).round(0).to_numpy(),
        "closest_source": evidence.sources(info, best["closest_clause"]),
        "lead_roles": best["lead_roles"].to_numpy(), "link": ui.doc_urls(best["doc_id"], best["clause_id"]),
        "doc_id": best["doc_id"].to_numpy(), "clause_id": best["clause_id"].to_numpy(),
    })
    return out.sort_values(["n_docs", "closest_score"], ascending=[False, True], kind="stable",
                           ignore_index=True)
