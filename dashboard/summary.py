"""Plain-language summaries of a comparison: the sentence a reader needs before the list.

Pure functions over the DataFrames of dashboard/queries.py; the language is passed in, so reports built
outside a Streamlit session say the same thing as the page.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

import pandas as pd

from dashboard.i18n import tl

STATUSES = ["new", "reassigned", "reworded", "unchanged", "dropped"]
# Word-set similarity below this is a heavy rewording; from the reword threshold up it is the same text.
MINOR_REWORD = 60.0


def similarity_key(similarity, identical_at: float) -> str | None:
    """'identical' | 'minor' | 'major' for a pair's word similarity (0-100); None when one side is missing."""
    if similarity is None or pd.isna(similarity):
        return None
    if similarity >= identical_at:
        return "identical"
    return "minor" if similarity >= MINOR_REWORD else "major"


def shorten(text, limit: int = 110) -> str:
    """One line, cut at a word boundary with an ellipsis."""
    text = re.sub(r"\s+", " ", text if isinstance(text, str) else "").strip()
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + "…"


# The combining diacritical marks (U+0300-036F) but the grapheme joiner U+034F, which is not combining:
# Vietnamese tone and vowel marks, removed by one regex instead of a test per character (the Gaps page
# keys a thousand sentences by their slug).
_MARKS = re.compile("[\u0300-\u034e\u0350-\u036f]")


def slug(*parts) -> str:
    """'Lạng Sơn', 2023 -> 'lang-son-2023': a file name that says what it holds, in plain ASCII."""
    text = " ".join(str(p) for p in parts if p is not None and str(p) != "")
    text = _MARKS.sub("", unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D")))
    if not text.isascii():  # other combining marks, wherever they are
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-") or "bao-cao"


def _join(items: list[str], lang: str) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + tl("and", lang) + items[-1]


def counts_sentence(counts: dict[str, int], before: str, after: str, lang: str) -> str:
    """'So với năm 2023, năm 2024 có 7 nhiệm vụ mới, 4 nhiệm vụ chuyển cơ quan chủ trì … .'"""
    parts = [tl(f"sum_{s}", lang, n=counts[s]) for s in STATUSES if counts.get(s)]
    if not parts:
        return tl("sum_nothing", lang, before=before, after=after)
    return tl("sum_head", lang, before=before, after=after, parts=_join(parts, lang))


def role_of_row(row) -> str:
    """The lead roles a duty is listed under: those of side B, or of side A when it was dropped."""
    a = row.roles_a if isinstance(row.roles_a, str) else ""
    b = row.roles_b if isinstance(row.roles_b, str) else ""
    return (a if row.status == "dropped" else (b or a)) or ""


def highlights(rows: pd.DataFrame, lang: str, who: Callable[[object, str], str], *, per_status: int = 3) -> list[str]:
    """A few concrete lines per kind of change: who gains, loses or hands over which duty.

    rows: changes with status, text_a, text_b, clause_a, clause_b, roles_a, roles_b. who(row, side) names the
    lead agency of one side of a row ('a' or 'b')."""
    out = []
    for status in ("new", "reassigned", "dropped"):
        lines = []
        for r in rows[rows["status"] == status].itertuples():
            if status == "new":
                line = tl("hl_new", lang, who=who(r, "b"), text=shorten(r.text_b))
            elif status == "dropped":
                line = tl("hl_dropped", lang, who=who(r, "a"), text=shorten(r.text_a))
            else:
                line = tl("hl_reassigned", lang, text=shorten(r.text_b), a=who(r, "a"), b=who(r, "b"))
            # Two statements of one side in one duty give two rows that read the same here (one 2024 sentence
            # taking over two 2023 ones): the reader is told each change once.
            if line not in lines:
                lines.append(line)
        out += lines[:per_status]
        if len(lines) > per_status:
            out.append(tl(f"hl_more_{status}", lang, n=len(lines) - per_status))
    return out


def group_counts(rows: pd.DataFrame, lang: str) -> str:
    """'2 mới, 1 bỏ' for the rows of one group."""
    counts = rows["status"].value_counts()
    return ", ".join(f"{int(counts[s])} {tl(f'status_{s}', lang).lower()}" for s in STATUSES if counts.get(s))


def for_locality(text, source: str | None, target: str | None, kinds: dict[str, str]) -> str:
    """A sentence from another locality's document in the target's words: "tỉnh Lạng Sơn" becomes
    "thành phố Hải Phòng", "Công ty Điện lực Lạng Sơn" becomes "Công ty Điện lực Hải Phòng", so a planner's
    checklist line does not carry another locality's specifics. kinds: locality -> "tỉnh" | "thành phố"."""
    text = text if isinstance(text, str) else ""
    if not isinstance(source, str) or not isinstance(target, str) or not source or not target or source == target:
        return text
    src_kind, dst_kind = kinds.get(source, ""), kinds.get(target, "")
    if src_kind and dst_kind:
        for case in (str.lower, str.capitalize):
            text = re.sub(rf"(?<!\w){re.escape(case(src_kind))} {re.escape(source)}(?!\w)",
                          f"{case(dst_kind)} {target}", text)
    return re.sub(rf"(?<!\w){re.escape(source)}(?!\w)", target, text)
