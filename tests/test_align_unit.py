"""etl/align.py: how statements become duties, on duty statements written for this test. Thresholds are
set relative to the pair scores the build's own scorer gives these texts (never tuned numbers), so each
test checks a rule of the docstring: identical texts are one node, a pair joins at the threshold, two
statements of one document only at the repeat threshold, groups by their average score with a pair never
scored counting `unscored`, near-duplicates joined first."""

from __future__ import annotations

import numpy as np
import pytest

from etl import align as al
from etl.matching import match_text
from etl.scoring import Scorer
from etl.themes import theme_of

DUTY = [  # one duty in three wordings, then two other duties
    "Công an tỉnh bảo vệ an toàn tuyệt đối đề thi trong quá trình in sao, vận chuyển và bảo quản",
    "Bảo vệ tuyệt đối an toàn đề thi khi in sao, vận chuyển, bảo quản tại các điểm thi",
    "Bảo đảm an toàn đề thi khi vận chuyển và bảo quản tại điểm thi",
    "Theo dõi thời tiết, chủ động ứng phó mưa bão, sạt lở trong những ngày thi",
    "Tổ chức ôn tập cho học sinh lớp 12 theo định dạng đề thi",
]


def prepared(raw: list[str]) -> tuple[list[str], list[str]]:
    return [match_text(t) for t in raw], [theme_of(t) for t in raw]


def pair_score(texts, themes, i, j) -> float:
    """The score align gives a pair: the build's scorer over the same distinct texts."""
    keys = list(dict.fromkeys(zip(texts, themes)))
    return Scorer([k for k, _ in keys], [t for _, t in keys]).score(keys.index((texts[i], themes[i])),
                                                                       keys.index((texts[j], themes[j])))


def only(pairs):
    """A candidate search that proposes exactly these node pairs."""
    return lambda keys: (np.array([p[0] for p in pairs], np.int64), np.array([p[1] for p in pairs], np.int64))


def test_rewordings_from_several_documents_are_one_duty_and_other_duties_stay_apart():
    texts, themes = prepared(DUTY)
    res = al.align(texts, ["a", "b", "c", "d", "e"], themes)
    d = res.duty_of
    assert d[0] == d[1] == d[2]
    assert len({d[0], d[3], d[4]}) == 3
    assert res.compared >= 3
    for u, v, s in res.links:  # links are kept inside duties only, at or above the threshold
        assert d[u] == d[v] and s >= 46.0
    assert {frozenset((u, v)) for u, v, _ in res.links} >= {frozenset((0, 1))}
    assert res.score[3] == res.score[4] == 100.0  # alone in its duty
    assert 46.0 <= res.score[0] < 100.0


def test_identical_texts_are_one_node_and_the_repeat_scores_100():
    texts, themes = prepared([DUTY[0], DUTY[3], DUTY[0], DUTY[1]])
    res = al.align(texts, ["a", "a", "b", "c"], themes)
    assert res.duty_of[0] == res.duty_of[2] == res.duty_of[3] != res.duty_of[1]
    assert res.score[2] == 100.0 and res.score[0] < 100.0
    assert all(2 not in (u, v) for u, v, _ in res.links)  # the repeat is the first statement's node
    assert res.node_of == [0, 1, 0, 3]  # the statement whose links stand for each (pages look pairs up through it)
    # the same text under another theme is another node
    res2 = al.align([texts[0], texts[0]], ["a", "b"], ["security", "exam_papers"], threshold=101)
    assert res2.duty_of[0] != res2.duty_of[1]
    assert al.align([texts[0], texts[0]], ["a", "b"], ["x", "x"], threshold=101).duty_of == [0, 0]


def test_a_pair_joins_at_the_threshold_and_not_above_its_score():
    texts, themes = prepared(DUTY[:2])
    s = pair_score(texts, themes, 0, 1)
    assert al.align(texts, ["a", "b"], themes, threshold=s).duty_of == [0, 0]
    apart = al.align(texts, ["a", "b"], themes, threshold=s + 0.5)
    assert apart.duty_of[0] != apart.duty_of[1] and apart.links == [] and apart.score == [100.0, 100.0]


def test_two_statements_of_one_document_join_only_at_the_repeat_threshold():
    texts, themes = prepared(DUTY[:2])
    s = pair_score(texts, themes, 0, 1)
    low, high = s - 10, s + 10
    kw = {"threshold": low, "near_duplicate": 101}
    assert al.align(texts, ["a", "b"], themes, repeat_threshold=high, **kw).duty_of == [0, 0]  # two documents
    same_doc = al.align(texts, ["a", "a"], themes, repeat_threshold=high, **kw).duty_of
    assert same_doc[0] != same_doc[1]
    assert al.align(texts, ["a", "a"], themes, repeat_threshold=s, **kw).duty_of == [0, 0]


def test_two_statements_of_one_document_also_join_when_the_other_side_restates_one_closely():
    # 0 and 1: two statements of document d1 (securing the exam sites; catching high-tech cheating); 2: document
    # d2's one statement saying both. 2 restates 1 (82) and is close to 0 (50): {1, 2} and {0} share d1, their
    # average (50 + 34) / 2 = 42 is under the repeat threshold, so only their best link (50) can join them.
    edges = [(82.0, 1, 2), (50.0, 0, 2)]
    docs = [{"d1"}, {"d1"}, {"d2"}]
    kept_apart = al._average_linkage(3, edges, 38.0, 34.0, docs, 60.0, restate_threshold=101.0)
    assert kept_apart[1] == kept_apart[2] != kept_apart[0]
    assert len(set(al._average_linkage(3, edges, 38.0, 34.0, docs, 60.0, restate_threshold=50.0))) == 1
    assert len(set(al._average_linkage(3, edges, 38.0, 34.0, docs, 60.0, restate_threshold=75.0))) == 2  # 50 < 75
    # the best link counts between the groups, not inside one: 0 joins {1, 2} when 0 restates 2 (80)
    closer = al._average_linkage(3, [(82.0, 1, 2), (80.0, 0, 2)], 38.0, 34.0, docs, 95.0, restate_threshold=75.0)
    assert len(set(closer)) == 1
    # through the near-duplicate components too (scores >= near_duplicate form components first)
    es, eu, ev = (np.array(x) for x in ([97.0, 80.0], [1, 0], [2, 2]))
    assert len(set(al._grouped(3, (es, eu, ev), 38.0, 34.0, docs, 95.0, 95.0, restate_threshold=75.0))) == 1
    assert len(set(al._grouped(3, (es, eu, ev), 38.0, 34.0, docs, 95.0, 95.0, restate_threshold=101.0))) == 2


def test_a_group_joins_by_its_average_with_unscored_pairs_counted():
    """0-1 and 1-2 are scored, 0-2 never is: whether 2 joins {0, 1} depends on what an unscored pair counts."""
    texts, themes = prepared(DUTY[:3])
    s01, s12 = pair_score(texts, themes, 0, 1), pair_score(texts, themes, 1, 2)
    threshold = min(s01, s12) - 1
    assert threshold > 30
    kw = {"threshold": threshold, "near_duplicate": 101, "candidates": only([(0, 1), (1, 2)])}
    chained = al.align(texts, ["a", "b", "c"], themes, unscored=100.0, **kw)
    assert len(set(chained.duty_of)) == 1 and chained.compared == 2
    strict = al.align(texts, ["a", "b", "c"], themes, unscored=0.0, **kw)  # average (s + 0) / 2 < threshold
    assert len(set(strict.duty_of)) == 2
    assert strict.duty_of[0] == strict.duty_of[1] if s01 >= s12 else strict.duty_of[1] == strict.duty_of[2]


def test_near_duplicates_are_joined_whatever_the_average():
    texts, themes = prepared(DUTY[:3])
    s01, s12 = pair_score(texts, themes, 0, 1), pair_score(texts, themes, 1, 2)
    near = min(s01, s12)
    res = al.align(texts, ["a", "b", "c"], themes, unscored=0.0, threshold=near - 1, near_duplicate=near,
                   candidates=only([(0, 1), (1, 2)]))
    assert len(set(res.duty_of)) == 1  # both pairs are near-duplicates: one component
    # one near-duplicate pair, the other pair below the threshold: the third stays apart
    res2 = al.align(texts, ["a", "b", "c"], themes, unscored=0.0, threshold=max(s01, s12) - 0.5,
                    near_duplicate=max(s01, s12), candidates=only([(0, 1), (1, 2)]))
    assert len(set(res2.duty_of)) == 2


def test_a_near_duplicate_component_keeps_the_average_over_its_statements():
    """The closer of the pairs 0-1 and 1-2 is joined as near-duplicates; the third statement is scored
    against statement 1 only: it joins when the average over the component's two statements
    ((score + unscored) / 2) reaches the threshold, not on its one score alone."""
    texts, themes = prepared(DUTY[:3])
    s01, s12 = pair_score(texts, themes, 0, 1), pair_score(texts, themes, 1, 2)
    unscored = 20.0
    avg = (min(s01, s12) + unscored) / 2
    kw = {"unscored": unscored, "near_duplicate": max(s01, s12), "candidates": only([(0, 1), (1, 2)])}
    assert max(s01, s12) > min(s01, s12) > avg + 0.5
    assert len(set(al.align(texts, ["a", "b", "c"], themes, threshold=avg - 0.5, **kw).duty_of)) == 1
    assert len(set(al.align(texts, ["a", "b", "c"], themes, threshold=avg + 0.5, **kw).duty_of)) == 2


def test_duty_ids_cover_every_statement_and_nothing_is_compared_for_one_text():
    res = al.align([match_text(DUTY[0])], ["a"], ["security"])
    assert res.duty_of == [0] and res.links == [] and res.compared == 0 and res.score == [100.0]
    empty = al.align([], [], [])
    assert empty.duty_of == [] and empty.compared == 0


@pytest.mark.parametrize("roles", [None, [["police"], ["police"], ["education"], [], []]])
def test_roles_and_topics_may_be_given(roles):
    texts, themes = prepared(DUTY)
    from etl.themes import topics_of
    res = al.align(texts, list("abcde"), themes, roles=roles, topics=[topics_of(t) for t in DUTY])
    assert res.duty_of[0] == res.duty_of[1] and res.duty_of[3] != res.duty_of[4]


def test_each_statement_is_compared_with_at_most_max_candidates_others_once_the_budget_is_spent(monkeypatch):
    from tests.test_retrieve_unit import DUTIES, REWORDED

    texts, themes = prepared(DUTIES + REWORDED)
    docs = [f"d{k}" for k in range(len(texts))]
    budgeted = al.align(texts, docs, themes, max_candidates=1)  # a small corpus: up to 100 neighbours each
    monkeypatch.setattr(al.retrieve, "PAIR_BUDGET", 0)  # as in a national corpus: max_candidates decides
    few = al.align(texts, docs, themes, max_candidates=1)
    many = al.align(texts, docs, themes, max_candidates=20)
    assert few.compared <= len(texts) < many.compared <= budgeted.compared
    # one candidate each is still enough for a rewording to find its duty
    assert sum(few.duty_of[k] == few.duty_of[k + len(DUTIES)] for k in range(len(DUTIES))) >= len(DUTIES) - 1


def reference_average_linkage(n: int, scores: dict[tuple[int, int], float], threshold: float,
                              unscored: float) -> list[set[int]]:
    """Average linkage written the plain way (every group pair, every round): the groups align must form."""
    groups = [{k} for k in range(n)]
    while True:
        best = None
        for x in range(len(groups)):
            for y in range(x + 1, len(groups)):
                pairs = [(min(a, b), max(a, b)) for a in groups[x] for b in groups[y]]
                avg = sum(scores.get(p, unscored) for p in pairs) / len(pairs)
                if avg >= threshold and (best is None or avg > best[0]):
                    best = (avg, x, y)
        if best is None:
            return groups
        _, x, y = best
        groups[x] |= groups.pop(y)


@pytest.mark.parametrize("threshold,unscored,reach", [(46.0, 44.0, 3), (40.0, 20.0, 2), (55.0, 50.0, 4),
                                                      (35.0, 0.0, 12)])
def test_groups_are_those_of_average_linkage_over_the_scored_pairs(threshold, unscored, reach):
    from tests.test_retrieve_unit import DUTIES, REWORDED

    raw = [t for pair in zip(DUTIES[:6], REWORDED[:6]) for t in pair]
    texts, themes = prepared(raw)
    scorer = Scorer(texts, themes)
    pairs = [(i, j) for i in range(len(texts)) for j in range(i + 1, len(texts)) if j - i <= reach]
    scores = dict(zip(pairs, scorer.score_pairs(pairs).tolist()))
    res = al.align(texts, [f"d{k}" for k in range(len(texts))], themes, threshold=threshold, unscored=unscored,
                   near_duplicate=101, candidates=only(pairs))
    got = {}
    for k, d in enumerate(res.duty_of):
        got.setdefault(d, set()).add(k)
    # the docstring's rule: the mean over all member pairs, a pair never scored counting `unscored`. (The code
    # also counts a scored pair below the threshold as `unscored`; on these settings both give the same groups.)
    want = reference_average_linkage(len(texts), scores, threshold, unscored)
    assert sorted(map(sorted, got.values())) == sorted(map(sorted, want))
    assert 1 < len(want) < len(texts)


def test_groups_of_doers_in_different_sectors_join_only_as_a_true_repeat():
    # A and B: the education department's stages of the exam; C: the police's review of the same stages. B ~ C
    # scores above the link threshold, so without the sector rule average linkage chains C onto A and B.
    edges = [(80.0, 0, 1), (50.0, 1, 2)]
    docs = [{"d1"}, {"d2"}, {"d3"}]
    plain = al._average_linkage(3, edges, 38.0, 34.0, docs, 60.0)
    assert plain[0] == plain[1] == plain[2]  # (50 + 34) / 2 = 42 >= 38
    split = al._average_linkage(3, edges, 38.0, 34.0, docs, 60.0, sectors=[{"education"}, {"education"}, {"security"}])
    assert split[0] == split[1] != split[2]
    # a doer of no sector (the districts, the party caucus) never blocks; a true repeat (>= 60) still joins
    assert len(set(al._average_linkage(3, edges, 38.0, 34.0, docs, 60.0, sectors=[{"education"}, set(), {"security"}]))) < 3
    assert len(set(al._average_linkage(3, [(80.0, 0, 1), (90.0, 1, 2)], 38.0, 34.0, docs, 60.0,  # (90 + 34) / 2
                                       sectors=[{"education"}, {"education"}, {"security"}]))) == 1
