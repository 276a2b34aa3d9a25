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
from dashboard.i18n import t
from etl.metadata import locality_kinds

PER_DUTY = 8  # distinct wordings of a missing duty scored against the checked document
CARDS = 100  # cards the page shows at first (a national target misses about a thousand duties)
CARD_PLACES = 12  # places named on a card
COLUMNS = ["text", "suggested", "theme", "n_docs", "where", "where_first", "more_places", "source", "closest_text", "closest_score",
           "closest_source", "lead_roles", "link", "doc_id", "clause_id"]


def _wordings(occ: pd.DataFrame) -> np.ndarray:
    """Rows of occ to score: the first PER_DUTY distinct wordings of each duty, each by its first statement
    (a national corpus repeats a duty in hundreds of documents; its first wordings are enough to show
    whether the checked document has it). occ is sorted by duty, most recent first."""
    duty = pd.factorize(occ["duty_id"])[0]
    wording = pd.factorize(occ["wording_key"])[0]
    _, first = np.unique(duty.astype(np.int64) * (wording.max() + 1) + wording, return_index=True)
    first = np.sort(first)
    start = np.searchsorted(duty[first], duty[first], side="left")  # where each duty's wordings begin
    return first[np.arange(len(first)) - start < PER_DUTY]


def _closest(part: pd.DataFrame, mine: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """The row of `mine` closest to each row of `part` (statement_texts rows), and the score."""
    return closest.closest(mine["match_text"].tolist(), mine["theme"].tolist(), part["match_text"].tolist(),
                           part["theme"].fillna("general").tolist(), draft_topics=mine["topics"].tolist(),
                           pool_topics=part["topics"].tolist())


def _line_order(occ: pd.DataFrame, score: np.ndarray, texts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(rows in reading order, line of each row). Rows go by closeness, then statement id, so a duty's first
    row is its best statement and duties come in the order of their best; a line is a duty's readable
    sentence (the best statement's), and duties whose lines would read the same share one line."""
    duty = pd.factorize(occ["duty_id"])[0]
    sid = pd.factorize(occ["statement_id"], sort=True)[0]
    pos = np.empty(len(occ), dtype=np.int64)
    pos[np.lexsort((sid, -score))] = np.arange(len(occ))
    first = np.full(duty.max() + 1, len(occ))
    np.minimum.at(first, duty, pos)  # each duty's best row, as a position in that order
    by_rank = np.argsort(first)
    best_row = np.empty(len(occ), dtype=np.int64)
    best_row[pos] = np.arange(len(occ))
    line_of = np.empty(len(first), dtype=np.int64)
    line_of[by_rank] = pd.factorize(np.array([summary.slug(texts[best_row[first[k]]]) for k in by_rank], dtype=object))[0]
    rank = np.empty(len(first), dtype=np.int64)
    rank[by_rank] = np.arange(len(first))
    return np.lexsort((pos, rank[duty], line_of[duty])), line_of[duty]


def _entry(locality, year, names, roles_text: str) -> str:
    """'Cao Bằng 2025 (Sở Y tế)': a place that assigns the duty, with who it gives it to."""
    agency = names if isinstance(names, str) and names else roles_text
    place = ui.place_label(locality, year) or t("unknown")
    # "(chưa rõ cơ quan)" comes in brackets already: not "Cao Bằng 2025 ((chưa rõ cơ quan))"
    return (f"{place} {agency}" if agency.startswith("(") else f"{place} ({agency})") if agency else place


def _places(occ: pd.DataFrame, order: np.ndarray, line: np.ndarray) -> tuple[list[list[str]], np.ndarray]:
    """(each line's places in reading order, each once; each line's number of documents), lines by number.
    Codes and numpy rather than a pandas grouping of 40,000 strings: a place's words are made once per
    distinct (locality, year, names, roles), and two such that read the same are one place."""
    keys: dict = {}
    of_row = np.fromiter((keys.setdefault(k, len(keys)) for k in zip(
        occ["locality"].tolist(), occ["year"].tolist(), occ["lead_names"].fillna("").tolist(), occ["lead_roles"].tolist())),
        dtype=np.int64, count=len(occ))
    role_text = {r: ui.roles_text(r) for r in {k[3] for k in keys}}
    entries = [_entry(loc, yr, names, role_text[roles]) for loc, yr, names, roles in keys]
    entry_code, entry_text = pd.factorize(np.asarray(entries, dtype=object))
    lines, places = line[order], entry_code[of_row[order]]
    first = np.sort(np.unique(lines * (len(entry_text) + 1) + places, return_index=True)[1])  # each once
    first = first[np.argsort(lines[first], kind="stable")]  # by line, each line's places in reading order
    bounds = np.searchsorted(lines[first], np.arange(lines.max() + 2))
    where = [entry_text[places[first[a:b]]].tolist() for a, b in zip(bounds[:-1], bounds[1:])]
    docs = pd.factorize(occ["doc_id"].to_numpy(dtype=object)[order])[0]
    pairs = np.unique(lines * (docs.max() + 1) + docs)
    return where, np.bincount(pairs // (docs.max() + 1), minlength=len(where))


@st.cache_data(show_spinner=False, max_entries=32)
def table(mtime: int, locality: str | None, year: int | None, scope: str, doc_id: str | None, t_loc: str,
          language: str) -> pd.DataFrame:
    """The page's table (COLUMNS), most widespread duties first, the least covered first among equals.
    Arrays and lists rather than pandas groupings: 40,000 occurrences at national scale."""
    occ = queries.gap_occurrences(mtime, locality, year, scope, doc_id)
    if occ.empty:
        return pd.DataFrame(columns=COLUMNS)
    mine = queries.side_statements(mtime, locality, year, doc_id)
    at = _wordings(occ)
    texts = queries.statement_texts(occ["statement_id"].to_numpy()[at].tolist())
    best, score = np.full(len(occ), -1), np.full(len(occ), -1.0)  # -1: not scored
    best[at], score[at] = _closest(texts, mine)
    text = np.full(len(occ), None, dtype=object)
    text[at] = texts["text"].to_numpy(dtype=object)  # a line is shown by a scored row, which has its text
    theme = np.full(len(occ), "general", dtype=object)
    theme[at] = texts["theme"].fillna("general").to_numpy(dtype=object)
    order, line = _line_order(occ, score, text)
    where, n_docs = _places(occ, order, line)
    firsts = np.unique(line[order], return_index=True)[1]  # each line's first row in reading order
    rows = order[firsts]
    top = occ.iloc[rows]
    near = best[rows]
    found = near >= 0
    mine_text, mine_clause = mine["text"].to_numpy(dtype=object), mine["clause_id"].to_numpy(dtype=object)
    closest_clause = np.where(found, mine_clause[np.maximum(near, 0)] if len(mine) else None, None)
    source = evidence.source_texts(mtime, [*top["clause_id"], *closest_clause])
    out = pd.DataFrame({
        "text": text[rows],
        "suggested": [summary.for_locality(x, loc, t_loc, locality_kinds())
                      for x, loc in zip(text[rows].tolist(), top["locality"].tolist())],
        "theme": theme[rows], "n_docs": n_docs,
        "where": ["; ".join(w) for w in where],
        # a card names the first places only (a national duty is assigned in hundreds); the table, all
        "where_first": ["; ".join(w[:CARD_PLACES]) for w in where],
        "more_places": [max(0, len(w) - CARD_PLACES) for w in where],
        "source": source[: len(rows)],
        "closest_text": np.where(found, mine_text[np.maximum(near, 0)] if len(mine) else "", ""),
        "closest_score": np.round(score[rows], 0),
        "closest_source": source[len(rows):],
        "lead_roles": top["lead_roles"].to_numpy(), "link": ui.doc_urls(top["doc_id"], top["clause_id"]),
        "doc_id": top["doc_id"].to_numpy(), "clause_id": top["clause_id"].to_numpy(),
    })
    return out.sort_values(["n_docs", "closest_score"], ascending=[False, True], kind="stable",
                           ignore_index=True)
