"""The build's reasons and warnings, written in English, as one Vietnamese sentence each, from the reviewed table
etl/messages.csv (a regular expression over the English text, and its Vietnamese with the expression's named
groups). The build's report prints them, and the dashboard shows them."""

from __future__ import annotations

import csv
import re
from collections.abc import Mapping
from functools import cache

from etl.config import PACKAGE


@cache
def _table() -> tuple[tuple[re.Pattern, str], ...]:
    with open(PACKAGE / "messages.csv", encoding="utf-8") as f:
        return tuple((re.compile(r["pattern"]), r["vi"]) for r in csv.DictReader(f))


def vietnamese(text: str, fields: Mapping[str, str] | None = None) -> str:
    """`text` in Vietnamese, or as it is when the table does not know it. `fields`: the words a field's name is
    shown as ("issued_date" -> "ngày ban hành")."""
    for pattern, vi in _table():
        if m := pattern.match(text):
            return vi.format(**{k: (fields or {}).get(v, v) if k == "field" else v for k, v in m.groupdict().items()})
    return text


def with_english(text: str) -> str:
    """The Vietnamese sentence with the English it stands for in brackets (the build's printed report), or the
    English alone when the table does not know it."""
    vi = vietnamese(text)
    return text if vi == text else f"{vi} ({text})"
