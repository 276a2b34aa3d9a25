"""etl.align.align() grouping, checked against average linkage written the plain way on many small scored
graphs: which statements end up as one duty (what the Duties and Coverage pages count), the repeat rule for
two statements of one document, near-duplicates joined first, and each statement's score (its best link
inside its duty). Pair scores are given here (a stand-in for etl/scoring.Scorer), so the graphs can have
the shapes real text seldom gives in a small test: chains, stars, several merges in a row."""

from __future__ import annotations

import random

import numpy as np
import pytest

from etl import align as al
from tests.test_align_unit import DUTY, only, prepared


class GivenScores:
    """Scores pairs of distinct texts "s0", "s1", … from a table, like Scorer.score_pairs."""

    table: dict[tuple[int, int], float] = {}

    def __init__(self, keys, *args, **kwargs):
        self.index = [int(k[1:]) for k in keys]

    def score_pairs(self, pairs, **kwargs):
        return np.array([self.table[(min(self.index[a], self.index[b]), max(self.index[a], self.index[b]))]
                         for a, b in pairs], np.float32)


def grouped(scores, docs, monkeypatch, **kw):
    n = len(docs)
    GivenScores.table = scores
    monkeypatch.setattr(al, "Scorer", GivenScores)
    pairs = sorted(scores)
    res = al.align([f"s{k}" for k in range(n)], docs, ["x"] * n, candidates=only(pairs), **kw)
    out: dict[int, set[int]] = {}
    for k, d in enumerate(res.duty_of):
        out.setdefault(d, set()).add(k)
    return sorted(map(sorted, out.values())), res


def reference(n, scores, docs, threshold, unscored, repeat, near) -> list[list[int]]:
    """The docstring of align(), the plain way: pairs scoring `near` or more are one group from the start;
    then, each round, the two groups with the highest mean over all their statement pairs (a pair never
    scored counts `unscored`) join, if that mean reaches `threshold`, and `repeat` when both groups hold a
    statement of the same document."""
    groups = [{k} for k in range(n)]
    for (a, b), s in scores.items():
        if s >= near:
            ga = next(g for g in groups if a in g)
            gb = next(g for g in groups if b in g)
            if ga is not gb:
                groups.remove(gb)
                ga |= gb
    def mean(x: set[int], y: set[int]) -> float:
        return sum(scores.get((min(a, b), max(a, b)), unscored) for a in x for b in y) / (len(x) * len(y))

    def needed(x: set[int], y: set[int]) -> float:
        return repeat if {docs[a] for a in x} & {docs[b] for b in y} else threshold

    while True:
        joinable = [(mean(x, y), i, j) for i, x in enumerate(groups) for j, y in enumerate(groups)
                    if i < j and mean(x, y) >= needed(x, y)]
        if not joinable:
            return sorted(sorted(g) for g in groups)
        _, i, j = max(joinable)
        groups[i] |= groups.pop(j)


def random_graph(seed: int, threshold: float):
    """10 statements from 5 documents; about a third of the pairs scored, each at or above the threshold (a
    pair below it is no link); a few near-duplicates."""
    rng = random.Random(seed)
    n = 10
    docs = [f"d{rng.randrange(5)}" for _ in range(n)]
    scores = {}
    for a in range(n):
        for b in range(a + 1, n):
            if rng.random() < 0.35:
                scores[(a, b)] = rng.choice([rng.uniform(threshold, 80), rng.uniform(threshold, 80),
                                             rng.uniform(90, 99.9)])
    return docs, scores


@pytest.mark.parametrize("seed", range(40))
def test_duties_are_those_of_plain_average_linkage(seed, monkeypatch):
    threshold, unscored, repeat, near = 46.0, 30.0, 60.0, 95.0
    docs, scores = random_graph(seed, threshold)
    got, res = grouped(scores, docs, monkeypatch, threshold=threshold, unscored=unscored,
                       repeat_threshold=repeat, near_duplicate=near)
    assert got == reference(len(docs), scores, docs, threshold, unscored, repeat, near)
    # each statement's score is its best link inside its duty, 100 when it has none
    for k in range(len(docs)):
        inside = [s for (a, b), s in scores.items() if k in (a, b) and res.duty_of[a] == res.duty_of[b]]
        assert res.score[k] == pytest.approx(max(inside, default=100.0), abs=1e-3)
    assert {(min(a, b), max(a, b)) for a, b, _ in res.links} == {
        p for p in scores if res.duty_of[p[0]] == res.duty_of[p[1]]}


def test_the_random_graphs_have_the_shapes_that_matter(monkeypatch):
    """The graphs above are not trivial: many have chains of merges, refused repeats and near-duplicates."""
    chains = repeats = nears = 0
    for seed in range(40):
        docs, scores = random_graph(seed, 46.0)
        groups = reference(len(docs), scores, docs, 46.0, 30.0, 60.0, 95.0)
        chains += any(len(g) >= 3 for g in groups)
        repeats += reference(len(docs), scores, docs, 46.0, 30.0, 46.0, 95.0) != groups
        nears += any(s >= 95.0 for s in scores.values())
    assert chains >= 20 and repeats >= 5 and nears >= 20


def test_a_group_whose_mean_lands_exactly_on_the_threshold_joins(monkeypatch):
    # 0-1 join at 90; then {0, 1} - 2 has mean (80 + 0) / 2 = 40, exactly the threshold
    got, _ = grouped({(0, 1): 90.0, (0, 2): 80.0}, ["a", "b", "c"], monkeypatch, threshold=40.0, unscored=0.0,
                     near_duplicate=101)
    assert got == [[0, 1, 2]]
    got, _ = grouped({(0, 1): 90.0, (0, 2): 80.0}, ["a", "b", "c"], monkeypatch, threshold=40.5, unscored=0.0,
                     near_duplicate=101)
    assert got == [[0, 1], [2]]


def test_a_refused_repeat_does_not_stop_other_merges(monkeypatch):
    # 0 and 1 are of one document and score below the repeat threshold; 2-3 still join after them
    got, _ = grouped({(0, 1): 70.0, (2, 3): 50.0}, ["a", "a", "b", "c"], monkeypatch, threshold=46.0,
                     unscored=30.0, repeat_threshold=80.0, near_duplicate=101)
    assert got == [[0], [1], [2, 3]]


def test_lead_roles_that_clash_lower_a_pair_score():
    texts, themes = prepared(DUTY[:2])
    kw = {"threshold": 0.0, "near_duplicate": 101}
    same = al.align(texts, ["a", "b"], themes, roles=[["police"], ["police"]], **kw).links[0][2]
    clash = al.align(texts, ["a", "b"], themes, roles=[["police"], ["education"]], **kw).links[0][2]
    assert clash < same


def test_topics_given_by_the_build_are_the_ones_scored():
    texts, themes = prepared(DUTY[:2])
    kw = {"threshold": 0.0, "near_duplicate": 101}
    same = al.align(texts, ["a", "b"], themes, topics=[[("security", 3)], [("security", 3)]], **kw).links[0][2]
    other = al.align(texts, ["a", "b"], themes, topics=[[("security", 3)], [("weather", 3)]], **kw).links[0][2]
    assert other < same


def test_a_quick_alignment_prints_no_progress():
    texts, themes = prepared(DUTY)
    said: list[str] = []
    al.align(texts, list("abcde"), themes, progress=said.append)
    assert said == []
