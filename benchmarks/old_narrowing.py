"""The candidate search the build used before the TF-IDF top-k (kept here as a benchmark baseline only):
an inverted index of syllables and syllable pairs, walked in a Python loop per statement, keeping the
`k` statements that share the most IDF weight (and at least `min_shared` grams)."""

from __future__ import annotations

import math
from collections import Counter, defaultdict

import numpy as np


def _grams(text: str) -> list[str]:
    words = text.split()
    return words + [f"{a} {b}" for a, b in zip(words, words[1:])]


def candidates(texts: list[str], *, k: int = 30, min_shared: int = 2) -> tuple[np.ndarray, np.ndarray]:
    grams = [set(_grams(t)) for t in texts]
    df = Counter(g for gs in grams for g in gs)
    n = max(len(texts), 1)
    idf = {g: math.log(1 + n / c) for g, c in df.items()}
    index: dict[str, list[int]] = defaultdict(list)
    for u, gs in enumerate(grams):
        for g in gs:
            index[g].append(u)
    cap = max(50, int(0.2 * len(texts)))  # grams in (nearly) every text narrow nothing
    rows, cols = [], []
    for u, gs in enumerate(grams):
        weight: dict[int, float] = defaultdict(float)
        shared: Counter = Counter()
        for g in gs:
            posting = index[g]
            if len(posting) > cap:
                continue
            for v in posting:
                if v > u:
                    weight[v] += idf[g]
                    shared[v] += 1
        best = sorted((v for v in weight if shared[v] >= min_shared), key=lambda v: (-weight[v], v))[:k]
        rows += [u] * len(best)
        cols += best
    return np.asarray(rows, dtype=np.int64), np.asarray(cols, dtype=np.int64)
