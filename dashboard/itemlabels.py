"""Item labels as officials write them ("mục 2, điểm a, đoạn 3") instead of clause ids.

A clause's label is its own marker ("2", "2.1", "a", "-", "¶" for a plain paragraph); an official cites
the whole path from the top item down, and counts bullets and paragraphs by their place under the parent.
"""

from __future__ import annotations

import re

import pandas as pd

_ROMAN = re.compile(r"^[IVXLC]+$")
_NUMBER = re.compile(r"^\d+(?:\.\d+)*$")
_LETTER = re.compile(r"^[a-zđ]$", re.IGNORECASE)
WORDS = {
    "vi": {"part": "phần", "item": "mục", "point": "điểm", "bullet": "gạch đầu dòng", "para": "đoạn",
           "title": "tiêu đề", "preamble": "phần mở đầu", "closing": "phần kết thúc"},
    "en": {"part": "part", "item": "item", "point": "point", "bullet": "bullet", "para": "paragraph",
           "title": "title", "preamble": "preamble", "closing": "closing"},
}


def _piece(label: str, nth: int, words: dict[str, str]) -> str:
    label = (label or "").strip().rstrip(".)")
    if _ROMAN.match(label):
        return f"{words['part']} {label}"
    if _NUMBER.match(label):
        return f"{words['item']} {label}"
    if _LETTER.match(label):
        return f"{words['point']} {label}"
    if label in ("-", "+", "•", "*", "–"):
        return f"{words['bullet']} {nth}"
    return f"{words['para']} {nth}"


def item_labels(clauses: pd.DataFrame, lang: str = "vi") -> dict[str, str]:
    """clause_id -> "mục 2, điểm a, đoạn 1" for every clause of `clauses` (clause_id, doc_id, seq, label,
    parent_id, kind). Titles, preambles and closings are named as such, with their paragraph number."""
    words = WORDS.get(lang, WORDS["vi"])
    rows = clauses.sort_values(["doc_id", "seq"]) if "doc_id" in clauses else clauses.sort_values("seq")
    parent = dict(zip(rows["clause_id"], rows["parent_id"]))
    own: dict[str, str] = {}
    counter: dict[tuple, int] = {}
    # plain lists, not itertuples: a national corpus asks for tens of thousands of clauses at once
    docs = rows["doc_id"].tolist() if "doc_id" in rows else [""] * len(rows)
    for doc, cid, kind, label, parent_id in zip(docs, rows["clause_id"].tolist(), rows["kind"].tolist(),
                                                rows["label"].tolist(), rows["parent_id"].tolist()):
        if kind in ("title", "preamble", "closing"):
            key = (doc, kind)
            counter[key] = counter.get(key, 0) + 1
            own[cid] = f"{words[kind]} ({words['para']} {counter[key]})" if kind != "title" else words["title"]
            continue
        # bullets and paragraphs are counted among the siblings of the same kind of marker
        marker = "bullet" if label in ("-", "+", "•", "*", "–") else label
        key = (doc, parent_id if isinstance(parent_id, str) else None, marker)
        counter[key] = counter.get(key, 0) + 1
        own[cid] = _piece(label, counter[key], words)
    out = {}
    for cid in own:
        path, p, depth = [own[cid]], parent.get(cid), 0
        while isinstance(p, str) and p in own and depth < 12:
            path.append(own[p])
            p, depth = parent.get(p), depth + 1
        out[cid] = ", ".join(reversed(path))
    return out
