"""Duty statements, matching text, themes, and grouping of statements into duties across documents.

Matching is on normalised text (NFC, lower case, one tone-mark convention, abbreviations expanded, years,
stock phrases and agency names removed), never on the displayed text. Candidates are narrowed through an
inverted index of weighted word pairs, so each statement is scored only against the few duty
representatives it shares rare words with: cost grows with the corpus, not with its square.
"""

from __future__ import annotations

import csv
import math
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz, process

from etl.config import PACKAGE

# Old-style tone placement -> new style, only at the end of a syllable ("hoà" -> "hòa", "hoàn" unchanged).
_TONES = {
    "oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
    "oè": "òe", "oé": "óe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
    "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy",
}
_TONE_RE = re.compile(r"(?<![qQ])(" + "|".join(_TONES) + r")(?!\w)")
_ABBREVIATIONS = {
    "thpt": "trung học phổ thông", "gd&đt": "giáo dục và đào tạo", "gdđt": "giáo dục và đào tạo",
    "cntt": "công nghệ thông tin", "tt&tt": "thông tin và truyền thông", "ubnd": "ủy ban nhân dân",
    "gtvt": "giao thông vận tải", "attp": "an toàn thực phẩm", "antt": "an ninh trật tự",
    "pccc": "phòng cháy chữa cháy", "hđnd": "hội đồng nhân dân", "bcđ": "ban chỉ đạo",
    "đảm bảo": "bảo đảm", "kì thi": "kỳ thi", "ptth": "phát thanh truyền hình", "ct-xh": "chính trị - xã hội",
}
_ABBR_RE = re.compile(r"(?<!\w)(" + "|".join(re.escape(k) for k in sorted(_ABBREVIATIONS, key=len, reverse=True)) + r")(?!\w)")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_PUNCT = re.compile(r"[^\w\s]|_|\d")
_SENTENCE = re.compile(r"(?<=[;])\s+|(?<=[.!?])\s+(?=[A-ZĐÀ-Ỹ])")


def unify_tones(text: str) -> str:
    return _TONE_RE.sub(lambda m: _TONES[m.group(1)], text)


@lru_cache(maxsize=1)
def stock_phrases() -> tuple[str, ...]:
    lines = (PACKAGE / "stock_phrases.txt").read_text(encoding="utf-8").splitlines()
    phrases = [_basic(line) for line in lines if line.strip() and not line.startswith("#")]
    return tuple(sorted(phrases, key=len, reverse=True))


def _basic(text: str) -> str:
    text = unicodedata.normalize("NFC", text).lower()
    text = unify_tones(text)
    text = _ABBR_RE.sub(lambda m: _ABBREVIATIONS[m.group(1)], text)
    text = _YEAR.sub(" ", text)
    return re.sub(r"\s+", " ", text).strip()


def match_text(text: str, remove: tuple[str, ...] = ()) -> str:
    """Normalised text for comparison. `remove`: surfaces to drop first (agency names, locality)."""
    for surface in sorted(remove, key=len, reverse=True):
        if surface:
            text = text.replace(surface, " ")
    text = _basic(text)
    for phrase in stock_phrases():
        text = text.replace(phrase, " ")
    text = _PUNCT.sub(" ", text)
    return re.sub(r"\s+", " ", text).strip()


def split_statements(text: str, *, min_words: int = 6) -> list[str]:
    """A clause's duty statements: split at ";" and at sentence ends; short pieces stay with the previous."""
    pieces: list[str] = []
    for piece in _SENTENCE.split(text):
        piece = piece.strip()
        if not piece:
            continue
        if pieces and len(piece.split()) < min_words:
            pieces[-1] = f"{pieces[-1]} {piece}"
        else:
            pieces.append(piece)
    if len(pieces) > 1 and len(pieces[0].split()) < min_words:
        pieces[1] = f"{pieces[0]} {pieces[1]}"
        pieces.pop(0)
    return pieces


@lru_cache(maxsize=1)
def themes() -> tuple[tuple[str, str, str, tuple[str, ...]], ...]:
    with open(PACKAGE / "themes.csv", encoding="utf-8") as f:
        return tuple(
            (r["theme"], r["label_vi"], r["label_en"], tuple(_basic(k) for k in r["keywords"].split("|") if k))
            for r in csv.DictReader(f)
        )


def theme_of(text: str) -> str:
    """The theme whose keywords the text names most (longer keywords weigh more); 'general' if none."""
    basic = _basic(text)
    best, best_score = "general", 0.0
    for theme, _, _, keywords in themes():
        score = sum(basic.count(k) * len(k.split()) for k in keywords)
        if score > best_score:
            best, best_score = theme, score
    return best


def tokens(text: str) -> set[str]:
    """Word pairs of the matching text: single syllables are too common in Vietnamese to narrow anything."""
    words = text.split()
    return {f"{a} {b}" for a, b in zip(words, words[1:])} or set(words)


@dataclass
class Duty:
    members: list[int] = field(default_factory=list)  # statement indexes
    reps: list[int] = field(default_factory=list)  # representatives new statements are compared with
    docs: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class Alignment:
    duty_of: list[int]  # duty index per statement
    score: list[float]  # score against the representative it joined (100 for a duty's first statement)
    links: list[tuple[int, int, float]]  # (statement, representative, score) above the threshold
    compared: int  # pairs scored


def align(
    texts: list[str], docs: list[str], *, threshold: float = 80.0, keep_rep_below: float = 95.0,
    max_reps: int = 6, max_candidates: int = 24, min_shared: int = 2,
) -> Alignment:
    """Group statements (in the order given) into duties; at most one statement of a document per duty."""
    n = len(texts)
    toks = [tokens(t) for t in texts]
    df = Counter(t for ts in toks for t in ts)
    idf = {t: math.log(1 + n / c) for t, c in df.items()}
    index: dict[str, list[int]] = defaultdict(list)  # token -> representative statements
    duties: list[Duty] = []
    rep_duty: dict[int, int] = {}
    duty_of, scores, links = [-1] * n, [0.0] * n, []
    compared = 0
    for i in range(n):
        weight: dict[int, float] = defaultdict(float)
        shared: Counter = Counter()
        for t in toks[i]:
            for r in index.get(t, ()):
                weight[r] += idf[t]
                shared[r] += 1
        cands = [r for r in weight if shared[r] >= min_shared and docs[i] not in duties[rep_duty[r]].docs]
        cands = sorted(cands, key=lambda r: (-weight[r], r))[:max_candidates]
        best_duty, best_score, best_rep = -1, 0.0, -1
        if cands:
            compared += len(cands)
            results = process.extract(
                texts[i], {r: texts[r] for r in cands}, scorer=fuzz.token_set_ratio,
                score_cutoff=threshold, limit=None,
            )
            for _, score, r in sorted(results, key=lambda x: (-x[1], x[2])):
                best_duty, best_score, best_rep = rep_duty[r], score, r
                break
        if best_duty < 0:
            best_duty, best_score = len(duties), 100.0
            duties.append(Duty())
        else:
            links.append((i, best_rep, best_score))
        duty = duties[best_duty]
        duty.members.append(i)
        duty.docs.add(docs[i])
        duty_of[i], scores[i] = best_duty, best_score
        if (not duty.reps or best_score < keep_rep_below) and len(duty.reps) < max_reps:
            duty.reps.append(i)
            rep_duty[i] = best_duty
            for t in toks[i]:
                index[t].append(i)
    return Alignment(duty_of, scores, links, compared)
