"""Pair score of two duty statements, built to survive paraphrase (weights chosen on labelled pairs).

Features of a pair (all 0-100):
- `token_set`: rapidfuzz token_set_ratio of the matching texts, scored with `process.cpdist` on all cores,
  credited in full only when the shorter text has FULL_WORDS distinct words (`coverage`);
- `word`: cosine of word and word-pair TF-IDF vectors (IDF over the build's distinct statements, so the
  national directive's stock vocabulary weighs little);
- `topic`: cosine of the statements' duty-topic weights (etl/topics.csv), which catches paraphrases that
  share no words ("chế áp sóng" / "phá sóng"); left out of the mean when either statement has no topic;
- theme agreement (same non-general theme), as a bonus;
- lead roles (per statement, from attribution) by sector (etl/topics_roles.csv): a bonus when the two
  share a sector, a penalty when both name sectors and none is shared ("rà soát … khu vực in sao đề thi"
  of the police and of the power company are two duties). Collective and directing doers (all
  departments, the districts, the party caucus) say nothing about the duty, and a missing role set means
  "unknown", never disagreement. The penalty is smaller than what a close rewording scores, so a duty
  moved to another agency stays one duty ("reassigned" on the Changes page)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from rapidfuzz import fuzz, process
from scipy import sparse

from etl.retrieve import word_vectors
from etl.themes import sectors, topics_of  # noqa: F401  (sectors: re-exported for the aligner)

# Chosen on the development pairs (tests/gold/pairs.csv without the "extra" rows) and the tuning half of the
# real-text pairs: best mean F1 of a grid over these weights and the threshold, among the settings that keep
# the synthetic national corpus's pairwise precision and recall against its plan from dropping (0.2/0.2/0.4
# at 42 tied on F1 but cost 3 points of that precision). An agreement bonus added nothing over the clash
# penalty. A character 2-4-gram TF-IDF cosine was measured in an earlier session: F1 0.889 with it, 0.885
# without, at three times the cost, so it is left out.
WEIGHTS = {"token_set": 0.2, "word": 0.4, "topic": 0.6, "theme": 8.0, "role": 0.0, "role_clash": 30.0}
# token_set_ratio is 100 whenever one text's words are all in the other: a matching text of two or three words
# ("chấm thi ngày" of "Chỉ đạo công tác chấm thi từ 9/7 đến 22/7") would be "the same" as any duty that names marking.
# Its credit grows with the shorter text's distinct words, in full from FULL_WORDS on.
FULL_WORDS = 4
LEXICAL = ("token_set", "word")


def _rowdot(x: sparse.csr_matrix, i: np.ndarray, j: np.ndarray, chunk: int = 100_000) -> np.ndarray:
    """Cosine of rows i[k] and j[k] for every k (rows are L2-normalised), a chunk of pairs at a time."""
    out = np.zeros(len(i), dtype=np.float32)
    for s in range(0, len(i), chunk):
        a, b = x[i[s : s + chunk]], x[j[s : s + chunk]]
        out[s : s + chunk] = np.asarray(a.multiply(b).sum(axis=1)).ravel()
    return out


def _role_agreement(roles: Sequence[set], i: np.ndarray, j: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(share, clash) per pair: both statements name sectors and share one / share none. A build has a few
    hundred distinct sector sets, so each pair is looked up in a table of set-against-set answers instead of
    comparing two Python sets per pair (0.9 s of CPU per 700,000 pairs)."""
    sector = sectors()
    ids: dict[frozenset, int] = {}
    sid = np.fromiter((ids.setdefault(frozenset(sector.get(r, r) for r in rs) - {""}, len(ids)) for rs in roles),
                      np.int64, len(roles))
    sets = list(ids)
    named = np.array([bool(x) for x in sets])
    share = np.array([[not a.isdisjoint(b) for b in sets] for a in sets], dtype=bool).reshape(len(sets), len(sets))
    a, b = sid[i], sid[j]
    both = named[a] & named[b]
    shared = share[a, b]
    return both & shared, both & ~shared


def _topic_vectors(topics: Sequence[Sequence[tuple[str, int]]]) -> sparse.csr_matrix:
    names = sorted({t for ts in topics for t, _ in ts})
    col = {t: k for k, t in enumerate(names)}
    rows = [r for r, ts in enumerate(topics) for _ in ts]
    cols = [col[t] for ts in topics for t, _ in ts]
    vals = [float(w) for ts in topics for _, w in ts]
    m = sparse.csr_matrix((vals, (rows, cols)), shape=(len(topics), max(len(names), 1)), dtype=np.float32)
    # A topic most statements touch (reporting, steering: generic tails) says less than a rare one.
    df = np.bincount(m.indices, minlength=m.shape[1]).astype(np.float32)
    m = m.dot(sparse.diags(np.log1p(len(topics) / np.maximum(df, 1.0)))).tocsr()
    norms = np.sqrt(np.asarray(m.multiply(m).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sparse.diags(1.0 / norms).dot(m).tocsr()


def corpus_scorer(texts: list[str], themes: list[str], roles: Sequence[Sequence[str]] | None = None,
                  topics: Sequence[Sequence[tuple[str, int]]] | None = None) -> Scorer:
    """The scorer of a build over the distinct matching texts, in first-seen order."""
    seen: dict[str, int] = {}
    for k, t in enumerate(texts):
        seen.setdefault(t, k)
    idx = list(seen.values())
    return Scorer(list(seen), [themes[k] for k in idx], None if roles is None else [set(roles[k]) for k in idx],
                  topics=None if topics is None else [topics[k] for k in idx])


class Scorer:
    def __init__(self, texts: list[str], themes: list[str], roles: Sequence[set] | None = None,
                 *, topics: Sequence[Sequence[tuple[str, int]]] | None = None, weights: dict | None = None,
                 word: sparse.csr_matrix | None = None):
        self.texts, self.themes, self.roles = texts, themes, roles
        self.weights = {**WEIGHTS, **(weights or {})}
        self.word = word if word is not None else word_vectors(texts)
        self.topic = _topic_vectors(topics if topics is not None else [topics_of(t) for t in texts])
        self.has_topic = np.asarray(self.topic.getnnz(axis=1) > 0)
        self.words = np.fromiter((len(set(t.split())) for t in texts), np.int64, len(texts))

    def features(self, pairs: Sequence[tuple[int, int]], *, workers: int = -1) -> dict[str, np.ndarray]:
        if isinstance(pairs, np.ndarray):  # an (n, 2) array from the build: no Python tuple per pair
            i, j = pairs[:, 0].astype(np.int64), pairs[:, 1].astype(np.int64)
        else:
            i = np.fromiter((p[0] for p in pairs), np.int64, len(pairs))
            j = np.fromiter((p[1] for p in pairs), np.int64, len(pairs))
        texts = self.texts
        token_set = process.cpdist([texts[k] for k in i.tolist()], [texts[k] for k in j.tolist()],
                                   scorer=fuzz.token_set_ratio, workers=workers, dtype=np.float32)
        themes = np.array(self.themes, dtype=object)
        same_theme = (themes[i] == themes[j]) & (themes[i] != "general")
        role, clash = np.zeros(len(pairs), bool), np.zeros(len(pairs), bool)
        if self.roles is not None:
            role, clash = _role_agreement(self.roles, i, j)
        token_set = np.asarray(token_set, np.float32) * self.coverage(i, j)
        return {"token_set": token_set, "word": 100 * _rowdot(self.word, i, j),
                "topic": 100 * _rowdot(self.topic, i, j),
                "has_topic": (self.has_topic[i] & self.has_topic[j]).astype(np.float32),
                "theme": same_theme.astype(np.float32), "role": role.astype(np.float32),
                "role_clash": clash.astype(np.float32)}

    def coverage(self, i: np.ndarray, j: np.ndarray) -> np.ndarray:
        """The share of its token_set_ratio a pair is credited: the shorter text's distinct words over FULL_WORDS,
        at most 1."""
        return np.minimum(np.minimum(self.words[i], self.words[j]) / FULL_WORDS, 1.0).astype(np.float32)

    def combine(self, f: dict[str, np.ndarray]) -> np.ndarray:
        w = self.weights
        wt = w["topic"] * f["has_topic"]
        base = (sum(w[k] * f[k] for k in LEXICAL) + wt * f["topic"]) / np.maximum(sum(w[k] for k in LEXICAL) + wt, 1e-9)
        return np.round(np.minimum(base + w["theme"] * f["theme"] + w["role"] * f["role"] - w["role_clash"] * f["role_clash"], 100.0), 2)

    def score_pairs(self, pairs: Sequence[tuple[int, int]], *, workers: int = -1) -> np.ndarray:
        if not len(pairs):
            return np.empty(0, np.float32)
        return self.combine(self.features(pairs, workers=workers))

    def score(self, i: int, j: int) -> float:
        return float(self.score_pairs([(i, j)])[0])
