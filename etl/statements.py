"""Clause text -> duty statements, as character spans of the clause body.

The one place that decides where a statement starts and ends: attribution (etl/agencies.py) decides the
agencies of each statement, alignment (etl/align.py) groups statements into duties. Every character of
the body belongs to exactly one span (whitespace between spans excepted)."""

from __future__ import annotations

import re

_SENTENCE = re.compile(r"(?<=[;])\s+|(?<=[.!?])\s+(?=[A-ZĐÀ-Ỹ])")


def spans(text: str, *, min_words: int = 10) -> list[tuple[int, int]]:
    """Split at ";" and at sentence ends; a piece shorter than `min_words` stays with its neighbour."""
    pieces: list[list[int]] = []
    pos = 0
    for cut in [*_SENTENCE.finditer(text), None]:
        end = cut.start() if cut else len(text)
        start, stop = pos, end
        while start < stop and text[start].isspace():
            start += 1
        while stop > start and text[stop - 1].isspace():
            stop -= 1
        pos = cut.end() if cut else len(text)
        if start == stop:
            continue
        if pieces and len(text[start:stop].split()) < min_words:
            pieces[-1][1] = stop
        else:
            pieces.append([start, stop])
    if len(pieces) > 1 and len(text[pieces[0][0] : pieces[0][1]].split()) < min_words:
        pieces[1][0] = pieces[0][0]
        pieces.pop(0)
    return [(a, b) for a, b in pieces]


def split(text: str, *, min_words: int = 10) -> list[str]:
    """The statements' texts (whitespace between joined pieces normalised to one space)."""
    return [re.sub(r"\s+", " ", text[a:b]) if "\n" in text[a:b] else text[a:b] for a, b in spans(text, min_words=min_words)]


_LEAD_IN = re.compile(r":\s")


def heads(text: str, pieces: list[tuple[int, int]], *, max_words: int = 12) -> list[str]:
    """For each span, the governing lead-in it depends on for its meaning ("" when none).

    "Sở Y tế chỉ đạo các bệnh viện: chuẩn bị …; bố trí …" -> the second piece is read as
    "Sở Y tế chỉ đạo các bệnh viện: bố trí …" when matching. Only a lead-in ending in ":" inside an
    earlier span counts (its last `max_words` words); the displayed statement text never changes."""
    out = []
    for k, (start, _) in enumerate(pieces):
        head = ""
        if k:
            lead = text[pieces[0][0] : start]
            colons = [m.start() for m in _LEAD_IN.finditer(lead)]
            if colons:
                before = re.split(r"[;.]\s", lead[: colons[-1]])[-1]
                head = " ".join(before.split()[-max_words:])
        out.append(head)
    return out
