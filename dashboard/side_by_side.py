"""Two documents on aligned rows: matched clauses share a row, unmatched ones stay where they are."""

from __future__ import annotations

import pandas as pd
from rapidfuzz.distance import Levenshtein

COLUMNS = ["clause_a", "label_a", "text_a", "score", "clause_b", "label_b", "text_b", "duties"]


def one_to_one(pairs: pd.DataFrame) -> pd.DataFrame:
    """Keep the best-scoring pair for each clause: a clause sits on one row only."""
    used_a, used_b, keep = set(), set(), []
    for row in pairs.sort_values(["score", "clause_a", "clause_b"], ascending=[False, True, True]).itertuples():
        if row.clause_a in used_a or row.clause_b in used_b:
            continue
        used_a.add(row.clause_a)
        used_b.add(row.clause_b)
        keep.append(row.Index)
    return pairs.loc[keep]


def heading_pairs(a: pd.DataFrame, b: pd.DataFrame, pairs: pd.DataFrame) -> pd.DataFrame:
    """Pairs for the clauses that hold no duty but name who the items under them are for ("1. Sở Giáo dục và
    Đào tạo", "2. Công an tỉnh:"): the k-th such clause of A with the k-th of B that names the same lead
    agencies, so the two documents' sections face each other instead of both showing as missing.

    Their score is the texts' edit similarity, as for clause pairs no statement link scored.
    a, b: clause_id, seq, lead (roles), duties, text. pairs: clause pairs that share a duty (left as they are)."""
    paired_a = set(pairs["clause_a"]) if len(pairs) else set()
    paired_b = set(pairs["clause_b"]) if len(pairs) else set()

    def heads(side: pd.DataFrame, paired: set) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for r in side.sort_values("seq").itertuples():
            if isinstance(r.lead, str) and r.lead and not isinstance(r.duties, str) and r.clause_id not in paired:
                out.setdefault(", ".join(sorted(r.lead.split(", "))), []).append(r.clause_id)
        return out

    heads_a, heads_b = heads(a, paired_a), heads(b, paired_b)
    text_a, text_b = dict(zip(a["clause_id"], a["text"])), dict(zip(b["clause_id"], b["text"]))
    rows = [{"clause_a": ca, "clause_b": cb, "duties": None,
             "score": round(100 * Levenshtein.normalized_similarity(text_a[ca], text_b[cb]), 1)}
            for roles, ids in heads_a.items() for ca, cb in zip(ids, heads_b.get(roles, []))]
    return pd.DataFrame(rows, columns=["clause_a", "clause_b", "score", "duties"])


def align_rows(a: pd.DataFrame, b: pd.DataFrame, pairs: pd.DataFrame) -> pd.DataFrame:
    """Rows in the reading order of A; a clause of B with no partner is placed before the next B clause
    that has one (or at the end), so both documents read top to bottom.

    a, b: clause_id, seq, label, text. pairs: clause_a, clause_b, score, duties.
    """
    a, b = a.sort_values("seq"), b.sort_values("seq")
    best = one_to_one(pairs) if len(pairs) else pairs
    partner = {r.clause_a: r for r in best.itertuples()}
    b_rows = {r.clause_id: r for r in b.itertuples()}
    b_order = list(b["clause_id"])
    b_pos = {cid: i for i, cid in enumerate(b_order)}
    placed_b: set[str] = set()
    out: list[dict] = []

    def emit_b_before(limit: int) -> None:
        for cid in b_order[:limit]:
            if cid not in placed_b and cid not in matched_b:
                r = b_rows[cid]
                out.append({"clause_b": cid, "label_b": r.label, "text_b": r.text})
                placed_b.add(cid)

    matched_b = {p.clause_b for p in best.itertuples()}
    for r in a.itertuples():
        p = partner.get(r.clause_id)
        row = {"clause_a": r.clause_id, "label_a": r.label, "text_a": r.text}
        if p is not None and p.clause_b in b_rows:
            emit_b_before(b_pos[p.clause_b])
            rb = b_rows[p.clause_b]
            row |= {"score": p.score, "clause_b": rb.clause_id, "label_b": rb.label, "text_b": rb.text,
                    "duties": p.duties}
            placed_b.add(rb.clause_id)
        out.append(row)
    emit_b_before(len(b_order))
    return pd.DataFrame(out, columns=COLUMNS)
