"""Themes of duty statements, from reviewed keywords (etl/themes.csv).

Keywords are matched on `matching.theme_text`: the stock phrases every directive repeats ("Kỳ thi tốt
nghiệp THPT và tuyển sinh đại học, giáo dục nghề nghiệp năm …") are removed first, so they cannot pull a
statement into admissions. A keyword counts once per occurrence, weighted by its number of syllables (a
longer keyword is more specific); the theme with the most weight wins, ties go to the earlier row of the
file (more specific themes are listed first). "general" only when no keyword occurs at all."""

from __future__ import annotations

import csv
import re
from functools import lru_cache

from etl.config import PACKAGE
from etl.matching import basic, theme_text

GENERAL = "general"


@lru_cache(maxsize=1)
def themes() -> tuple[tuple[str, str, str, tuple[str, ...]], ...]:
    """(theme, label_vi, label_en, keywords normalised like the text) in file order."""
    with open(PACKAGE / "themes.csv", encoding="utf-8") as f:
        return tuple(
            (r["theme"], r["label_vi"], r["label_en"],
             tuple(" ".join(re.sub(r"[^\w\s]", " ", basic(k)).split()) for k in r["keywords"].split("|") if k.strip()))
            for r in csv.DictReader(f)
        )


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[str, re.Pattern], ...]:
    out = []
    for theme, _, _, keywords in themes():
        if keywords:
            alternatives = "|".join(re.escape(k) for k in sorted(set(keywords), key=len, reverse=True))
            out.append((theme, re.compile(r"(?<!\w)(?:" + alternatives + r")(?!\w)")))
    return tuple(out)


def scores(text: str) -> dict[str, int]:
    """Keyword weight per theme found in the statement (empty when none)."""
    t = theme_text(text)
    found = {}
    for theme, pattern in _patterns():
        weight = sum(len(m.group(0).split()) for m in pattern.finditer(t))
        if weight:
            found[theme] = weight
    return found


@lru_cache(maxsize=1)
def _topic_patterns() -> tuple[tuple[str, re.Pattern], ...]:
    """etl/topics.csv: finer duty topics (power supply, jamming, food safety …) whose keywords include the
    wordings real documents use for one thing ("chế áp sóng", "phá sóng", "gây nhiễu"). A feature of the
    pair score, not shown to users."""
    with open(PACKAGE / "topics.csv", encoding="utf-8") as f:
        rows = [(r["topic"], {" ".join(re.sub(r"[^\w\s]", " ", basic(k)).split()) for k in r["keywords"].split("|") if k.strip()})
                for r in csv.DictReader(f)]
    return tuple((t, re.compile(r"(?<!\w)(?:" + "|".join(re.escape(k) for k in sorted(ks, key=len, reverse=True)) + r")(?!\w)"))
                 for t, ks in rows)


@lru_cache(maxsize=65_536)
def topics_of(text: str) -> tuple[tuple[str, int], ...]:
    """(topic, keyword weight) pairs found in a statement, weight = syllables of the keywords found."""
    t = theme_text(text)
    out = []
    for topic, pattern in _topic_patterns():
        weight = sum(len(m.group(0).split()) for m in pattern.finditer(t))
        if weight:
            out.append((topic, weight))
    return tuple(out)


@lru_cache(maxsize=65_536)
def theme_of(text: str) -> str:
    found = scores(text)
    return max(found, key=found.get) if found else GENERAL
