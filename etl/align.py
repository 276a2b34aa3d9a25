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
import time
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process

from etl import statements
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


@lru_cache(maxsize=65_536)  # a national corpus repeats its clauses: most calls are repeats
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
    """Kept for callers of the old name: see etl/statements.py."""
    return statements.split(text, min_words=min_words)


@lru_cache(maxsize=1)
def themes() -> tuple[tuple[str, str, str, tuple[str, ...]], ...]:
    with open(PACKAGE / "themes.csv", encoding="utf-8") as f:
        return tuple(
            (r["theme"], r["label_vi"], r["label_en"], tuple(_basic(k) for k in r["keywords"].split("|") if k))
            for r in csv.DictReader(f)
        )


@lru_cache(maxsize=65_536)
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


def corpus_scorer(texts: list[str], themes: list[str]) -> Scorer:
    """The scorer of a build: IDF over the distinct matching texts, in first-seen order."""
    seen: dict[str, str] = {}
    for t, th in zip(texts, themes):
        seen.setdefault(t, th)
    return Scorer(list(seen), list(seen.values()))


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
        return self._combine(fuzz.token_set_ratio(self.texts[i], self.texts[j]), i, j)

    def score_pairs(self, pairs: list[tuple[int, int]], *, workers: int = -1) -> list[float]:
        """score() for many pairs at once, the rapidfuzz part vectorised over `workers` cores."""
        if not pairs:
            return []
        token_set = process.cpdist([self.texts[i] for i, _ in pairs], [self.texts[j] for _, j in pairs],
                                   scorer=fuzz.token_set_ratio, workers=workers)
        return [self._combine(float(ts), i, j) for ts, (i, j) in zip(token_set, pairs)]

    def _combine(self, token_set: float, i: int, j: int) -> float:
        base = 0.5 * token_set + 0.5 * self.cosine(i, j)
        if self.themes[i] == self.themes[j] and self.themes[i] != "general":
            base += self.theme_bonus
        return round(min(base, 100.0), 2)


@dataclass(frozen=True)
class Alignment:
    duty_of: list[int]  # duty index per statement
    score: list[float]  # score against the representative it joined (100 for a duty's first statement)
    links: list[tuple[int, int, float]]  # (statement, representative, score) above the threshold
    compared: int  # pairs scored


def align(
    texts: list[str], docs: list[str], themes: list[str], *, threshold: float = 48.0, unscored: float = 40.0,
    max_candidates: int = 30, min_shared: int = 2, workers: int = -1, progress: Callable[[str], None] | None = None,
) -> Alignment:
    """Group statements into duties.

    1. Statements with the same matching text are one node (a national corpus repeats itself a lot).
    2. Each node is scored against the `max_candidates` nodes that share the most IDF weight of grams
       with it (at least `min_shared` grams), found through an inverted index: no all-pairs scoring.
    3. Groups merge by average linkage: two groups join while the mean score over all their node pairs
       (a pair the candidate search did not score counts `unscored`) is at least `threshold`. Single
       linkage chained unrelated duties (printing, security, power) into one group on eleven documents;
       the average needs a group to agree as a whole.
    The candidate pairs are scored together: rapidfuzz `process.cpdist` over `workers` cores for the
    token_set_ratio part.
    Every statement keeps the score of its best link inside its duty (100 for identical text or alone)."""
    nodes: dict[str, list[int]] = {}
    for i, t in enumerate(texts):
        nodes.setdefault(t, []).append(i)
    keys = list(nodes)
    first = [nodes[k][0] for k in keys]
    scorer = corpus_scorer(texts, themes)
    index: dict[str, list[int]] = defaultdict(list)
    for u, gs in enumerate(scorer.grams):
        for g in set(gs):
            index[g].append(u)
    # Grams in (nearly) every node narrow nothing and make the index quadratic: leave them out.
    cap = max(50, int(0.2 * len(keys)))
    pairs: list[tuple[int, int]] = []
    t0 = last = time.perf_counter()
    for u, gs in enumerate(scorer.grams):
        if progress and u and time.perf_counter() - last > 2.0:  # a line every two seconds, not per statement
            last = time.perf_counter()
            progress(f"  aligning: {u}/{len(keys)} distinct statements, {len(pairs)} candidate pairs, "
                     f"about {(last - t0) / u * (len(keys) - u):.0f} s left")
        weight: dict[int, float] = defaultdict(float)
        shared: Counter = Counter()
        for g in set(gs):
            posting = index[g]
            if len(posting) > cap:
                continue
            for v in posting:
                if v > u:
                    weight[v] += scorer.idf[g]
                    shared[v] += 1
        cands = sorted((v for v in weight if shared[v] >= min_shared), key=lambda v: (-weight[v], v))[:max_candidates]
        pairs += [(u, v) for v in cands]
    pair_scores = scorer.score_pairs(pairs, workers=workers)
    edges = [(sc, u, v) for sc, (u, v) in zip(pair_scores, pairs) if sc >= threshold]
    groups = _average_linkage(len(keys), edges, threshold, unscored)
    best: dict[int, float] = {}  # a node's score: its best link inside its duty
    links = []
    for sc, u, v in sorted(edges, key=lambda e: (-e[0], e[1], e[2])):
        if groups[u] == groups[v]:
            links.append((first[u], first[v], sc))
            best.setdefault(u, sc)
            best.setdefault(v, sc)
    duty_of, scores = [0] * len(texts), [100.0] * len(texts)
    for u, k in enumerate(keys):
        for i in nodes[k]:
            duty_of[i] = groups[u]
            if i == first[u]:
                scores[i] = best.get(u, 100.0)
    return Alignment(duty_of, scores, links, len(pairs))


def _average_linkage(n: int, edges: list[tuple[float, int, int]], threshold: float, unscored: float) -> list[int]:
    """Agglomerative clustering of n nodes over sparse scored edges (missing pairs score 0).

    A pair the candidate search did not score counts `unscored`. Returns a group id per node; uses a lazy
    max-heap of group pairs keyed by their average score."""
    import heapq

    size = [1] * n
    total: list[dict[int, float]] = [defaultdict(float) for _ in range(n)]  # group -> neighbour -> score sum
    for sc, u, v in edges:
        total[u][v] += sc - unscored
        total[v][u] += sc - unscored
    alive = [True] * n
    version = [0] * n
    heap = [(-sc, min(u, v), max(u, v), 0, 0) for sc, u, v in edges]
    heapq.heapify(heap)
    owner = list(range(n))
    while heap:
        neg, a, b, va, vb = heapq.heappop(heap)
        if not (alive[a] and alive[b]) or version[a] != va or version[b] != vb:
            continue
        if -neg < threshold:
            break
        # Merge b into a.
        alive[b] = False
        size[a] += size[b]
        for c, sc in total[b].items():
            if c == a:
                continue
            total[a][c] += sc
            total[c][a] = total[c].get(a, 0.0) + sc
            total[c].pop(b, None)
        total[a].pop(b, None)
        total[b] = {}
        owner[b] = a
        version[a] += 1
        for c, sc in total[a].items():
            if alive[c]:
                avg = unscored + sc / (size[a] * size[c])
                if avg >= threshold:
                    heapq.heappush(heap, (-avg, min(a, c), max(a, c), version[min(a, c)], version[max(a, c)]))

    def find(u: int) -> int:
        while owner[u] != u:
            owner[u] = owner[owner[u]]
            u = owner[u]
        return u

    return [find(u) for u in range(n)]
