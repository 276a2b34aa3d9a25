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


@lru_cache(maxsize=1)
def _stopword_re() -> re.Pattern:
    lines = (PACKAGE / "stopwords.txt").read_text(encoding="utf-8").splitlines()
    words = sorted({_basic(w) for w in lines if w.strip() and not w.startswith("#")}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)")


# "Chỉ thị số 17/CT-TTg ngày 29/5/2023 của Thủ tướng Chính phủ": a citation, not a duty.
_CITATION = re.compile(r"(?:chỉ thị|quyết định|công điện|kế hoạch|văn bản)?\s*số\s+\S*/\S+(?:\s+ngày\s+\S+)?"
                       r"(?:\s+của\s+thủ tướng chính phủ)?")


def match_text(text: str, remove: tuple[str, ...] = ()) -> str:
    """Normalised text for comparison. `remove`: surfaces to drop first (agency names, locality)."""
    for surface in sorted(remove, key=len, reverse=True):
        if surface:
            text = text.replace(surface, " ")
    text = _CITATION.sub(" ", _basic(text))
    for phrase in stock_phrases():
        text = text.replace(phrase, " ")
    text = _PUNCT.sub(" ", text)
    text = _stopword_re().sub(" ", text)
    return re.sub(r"\s+", " ", text).strip()


def split_statements(text: str, *, min_words: int = 10) -> list[str]:
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


def grams(text: str) -> list[str]:
    """Syllables and syllable pairs: a Vietnamese word is often two syllables ("công nghệ", "gian lận")."""
    words = text.split()
    return words + [f"{a} {b}" for a, b in zip(words, words[1:])]


class Scorer:
    """Pair score = mean of rapidfuzz token_set_ratio and an IDF-weighted cosine of grams, plus a bonus
    when both statements have the same theme; capped at 100. Chosen on the labelled pairs (README)."""

    def __init__(self, texts: list[str], themes: list[str], *, theme_bonus: float = 10.0):
        self.texts, self.themes, self.theme_bonus = texts, themes, theme_bonus
        self.grams = [grams(t) for t in texts]
        df = Counter(g for gs in self.grams for g in set(gs))
        n = max(len(texts), 1)
        self.idf = {g: math.log(1 + n / c) for g, c in df.items()}
        self.vectors = [self._vector(gs) for gs in self.grams]

    def _vector(self, gs: list[str]) -> dict[str, float]:
        weights = Counter()
        for g in gs:
            weights[g] += self.idf.get(g, math.log(2))
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        return {g: w / norm for g, w in weights.items()}

    def cosine(self, i: int, j: int) -> float:
        a, b = self.vectors[i], self.vectors[j]
        if len(a) > len(b):
            a, b = b, a
        return 100.0 * sum(w * b.get(g, 0.0) for g, w in a.items())

    def score(self, i: int, j: int) -> float:
        base = 0.5 * fuzz.token_set_ratio(self.texts[i], self.texts[j]) + 0.5 * self.cosine(i, j)
        if self.themes[i] == self.themes[j] and self.themes[i] != "general":
            base += self.theme_bonus
        return round(min(base, 100.0), 2)


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
    texts: list[str], docs: list[str], themes: list[str], *, threshold: float = 53.0, keep_rep_below: float = 90.0,
    max_reps: int = 8, max_candidates: int = 24, min_shared: int = 2,
) -> Alignment:
    """Group statements (in the order given) into duties; at most one statement of a document per duty.

    Each statement is compared only with the representatives of existing duties that share at least
    `min_shared` grams with it (the `max_candidates` with the most IDF weight in common), so the cost per
    statement is bounded by the number of duties, not by the size of the corpus."""
    n = len(texts)
    scorer = Scorer(texts, themes)
    index: dict[str, list[int]] = defaultdict(list)  # gram -> representative statements
    duties: list[Duty] = []
    rep_duty: dict[int, int] = {}
    duty_of, scores, links = [-1] * n, [0.0] * n, []
    compared = 0
    for i in range(n):
        weight: dict[int, float] = defaultdict(float)
        shared: Counter = Counter()
        for g in set(scorer.grams[i]):
            for r in index.get(g, ()):
                weight[r] += scorer.idf[g]
                shared[r] += 1
        cands = [r for r in weight if shared[r] >= min_shared and docs[i] not in duties[rep_duty[r]].docs]
        cands = sorted(cands, key=lambda r: (-weight[r], r))[:max_candidates]
        compared += len(cands)
        best_score, best_rep = max(((scorer.score(i, r), -r) for r in cands), default=(0.0, 1))
        if best_score >= threshold:
            best_duty = rep_duty[-best_rep]
            links.append((i, -best_rep, best_score))
        else:
            best_duty, best_score = len(duties), 100.0
            duties.append(Duty())
        duty = duties[best_duty]
        duty.members.append(i)
        duty.docs.add(docs[i])
        duty_of[i], scores[i] = best_duty, best_score
        if (not duty.reps or best_score < keep_rep_below) and len(duty.reps) < max_reps:
            duty.reps.append(i)
            rep_duty[i] = best_duty
            for g in set(scorer.grams[i]):
                index[g].append(i)
    return Alignment(duty_of, scores, links, compared)


