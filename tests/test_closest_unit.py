"""dashboard/closest.py: the Gaps page's "closest sentence of the checked document" is the best of scoring
every pair with the build's scorer, however the bounded search gets there.

The sentences are written for this test: duties of an exam plan, many of them close to one another (same
agency, same verb, a different object), so that the search needs several rounds before it may stop.
"""

from __future__ import annotations

import numpy as np
import pytest

from dashboard import closest
from etl.scoring import Scorer
from etl.themes import topics_of

AGENCIES = ["công an tỉnh", "sở y tế", "công ty điện lực", "sở thông tin và truyền thông", "sở giao thông vận tải",
            "đài phát thanh và truyền hình tỉnh"]
DUTIES = [
    ("bảo vệ an toàn đề thi trong suốt quá trình in sao và vận chuyển đề thi", "exam_papers"),
    ("bảo đảm an ninh trật tự tại các điểm thi và khu vực in sao", "security"),
    ("bố trí cán bộ y tế trực tại các điểm thi để sơ cấp cứu thí sinh", "health"),
    ("bảo đảm cung cấp điện liên tục, không để mất điện trong những ngày thi", "power"),
    ("phối hợp chế áp sóng điện thoại, phòng chống gian lận bằng công nghệ cao", "cheating"),
    ("tuyên truyền về kỳ thi trên báo chí và mạng xã hội", "media"),
    ("tổ chức phân luồng giao thông, hỗ trợ thí sinh đi lại thuận tiện", "traffic"),
]
# the checked document: every agency with a few duties, some worded twice
DRAFT = [(f"{a} {d}", t) for k, a in enumerate(AGENCIES) for j, (d, t) in enumerate(DUTIES) if (k + j) % 3 != 1]
# other documents: the same duties reworded, new ones, one duty repeated word for word in two places
POOL = [
    ("công an tỉnh chủ trì bảo vệ tuyệt đối an toàn đề thi khi vận chuyển từ nơi in sao đến các điểm thi", "exam_papers"),
    ("ngành điện bảo đảm nguồn điện ổn định, có máy phát điện dự phòng tại nơi in sao đề thi", "power"),
    ("sở y tế cử nhân viên y tế trực tại điểm thi, kiểm tra vệ sinh an toàn thực phẩm", "health"),
    ("sở thông tin và truyền thông chỉ đạo phá sóng, gây nhiễu thiết bị thu phát tại các điểm thi", "cheating"),
    ("các cơ quan báo chí đưa tin kịp thời, chính xác về kỳ thi", "media"),
    ("sở giao thông vận tải bố trí xe đưa đón thí sinh ở vùng sâu, vùng xa", "traffic"),
    ("ủy ban nhân dân các huyện hỗ trợ chỗ ăn ở cho thí sinh có hoàn cảnh khó khăn", "candidate_support"),
    ("thanh tra sở kiểm tra công tác coi thi, chấm thi theo đúng quy chế", "inspection"),
    ("sở tài chính bố trí kinh phí tổ chức kỳ thi", "funding"),
    ("công an tỉnh bảo vệ an toàn đề thi trong suốt quá trình in sao và vận chuyển đề thi", "exam_papers"),
    ("công an tỉnh bảo vệ an toàn đề thi trong suốt quá trình in sao và vận chuyển đề thi", "exam_papers"),
    ("đài phát thanh và truyền hình tỉnh tuyên truyền về kỳ thi", "media"),
    ("tỉnh đoàn huy động đoàn viên thanh niên tình nguyện tiếp sức mùa thi", "youth"),
    ("các trường ôn tập cho học sinh lớp 12 trước kỳ thi", "revision"),
    ("công ty điện lực không cắt điện trong những ngày thi", "power"),
    ("sở y tế phòng chống dịch bệnh tại các điểm thi", "health"),
    ("tổ chức thực hiện nghiêm túc, an toàn kỳ thi", "general"),
]


def brute_force(draft, pool, topics=None):
    """Every pair scored by the scorer the module promises (the IDF over the draft and the distinct pool
    texts): the best draft index and the best score of each pool statement."""
    keys = list(dict.fromkeys(pool))
    nd = len(draft)
    scorer = Scorer([t for t, _ in draft] + [k[0] for k in keys], [h for _, h in draft] + [k[1] for k in keys],
                    topics=topics)
    every = np.asarray(scorer.score_pairs([(i, nd + j) for j in range(len(keys)) for i in range(nd)]))
    every = every.reshape(len(keys), nd)
    row = {k: r for r, k in enumerate(keys)}
    return [every[row[p]] for p in pool]


def run(draft, pool, **kw):
    return closest.closest([t for t, _ in draft], [h for _, h in draft], [t for t, _ in pool], [h for _, h in pool],
                           **kw)


def assert_best(draft, pool, best, score, topics=None):
    assert len(best) == len(score) == len(pool)
    for p, scores, b, s in zip(pool, brute_force(draft, pool, topics), best, score, strict=True):
        assert 0 <= b < len(draft)
        assert s == pytest.approx(scores.max(), abs=0.01), p[0]
        assert scores[b] == pytest.approx(scores.max(), abs=0.01), (p[0], draft[b][0])


def test_each_sentence_gets_the_best_of_every_pair():
    assert len(DRAFT) > 16  # more than the first rounds of the search (4, 8): the later ones must run too
    best, score = run(DRAFT, POOL)
    assert_best(DRAFT, POOL, best, score)


def test_a_small_document_is_searched_whole():
    draft = DRAFT[:3]
    best, score = run(draft, POOL)
    assert_best(draft, POOL, best, score)


@pytest.mark.parametrize("order", [1, -1])
def test_the_best_does_not_depend_on_the_order_of_the_document(order):
    draft = DRAFT[::order]
    best, score = run(draft, POOL)
    assert_best(draft, POOL, best, score)


def test_stored_topics_are_used_as_they_are():
    """The build stores each statement's topics; given for both sides they are what the pairs are scored
    with (here: each pool statement told it has the topic of the police's duty, which its words lack)."""
    draft_topics = [[{"topic": t, "weight": w} for t, w in topics_of(text)] for text, _ in DRAFT]
    forced = [{"topic": "paper_security", "weight": 3}]
    pool_topics = [forced for _ in POOL]
    best, score = run(DRAFT, POOL, draft_topics=draft_topics, pool_topics=pool_topics)
    keys = list(dict.fromkeys(POOL))
    topics = [closest.topic_pairs(x) for x in draft_topics] + [[("paper_security", 3.0)] for _ in keys]
    assert_best(DRAFT, POOL, best, score, topics)
    # with its words' own topics the answer differs somewhere: the stored ones were really used
    plain_best, plain_score = run(DRAFT, POOL)
    assert not np.allclose(plain_score, score)


def test_topics_given_for_one_side_only_are_derived_from_the_words():
    draft_topics = [[{"topic": "paper_security", "weight": 3}] for _ in DRAFT]
    best, score = run(DRAFT, POOL, draft_topics=draft_topics)
    assert_best(DRAFT, POOL, best, score)


def test_a_reworded_duty_finds_its_own_wording():
    """What the page shows: for another place's wording of a duty, the checked document's sentence of that
    duty, not one of the same agency about something else."""
    draft = [("công an tỉnh bảo vệ an toàn đề thi khi vận chuyển", "exam_papers"),
             ("công an tỉnh bảo đảm an ninh trật tự tại các điểm thi", "security"),
             ("sở y tế bố trí cán bộ y tế trực tại các điểm thi", "health"),
             ("công ty điện lực bảo đảm cung cấp điện liên tục", "power")]
    pool = [("ngành điện không cắt điện, bảo đảm cung cấp điện trong những ngày thi", "power"),
            ("sở y tế cử cán bộ y tế trực tại điểm thi", "health"),
            ("công an tỉnh hộ tống, bảo vệ an toàn đề thi trên đường vận chuyển", "exam_papers")]
    best, score = run(draft, pool)
    assert best.tolist() == [3, 2, 0]
    assert (score > 40).all() and (score <= 100).all()


def test_the_same_wording_twice_gets_the_same_answer_and_an_identical_sentence_scores_100():
    best, score = run(DRAFT, POOL)
    twice = [k for k, p in enumerate(POOL) if POOL.count(p) == 2]
    assert len(twice) == 2 and best[twice[0]] == best[twice[1]] and score[twice[0]] == score[twice[1]]
    same = [k for k, p in enumerate(POOL) if p in DRAFT]
    assert same
    for k in same:
        assert DRAFT[best[k]] == POOL[k] and score[k] == pytest.approx(100.0, abs=0.01)


def test_an_empty_document_or_pool():
    best, score = run([], POOL)
    assert best.tolist() == [-1] * len(POOL) and score.tolist() == [0.0] * len(POOL)
    best, score = run(DRAFT, [])
    assert len(best) == 0 and len(score) == 0


def test_stored_topics_read_as_pairs():
    assert closest.topic_pairs(None) == []
    assert closest.topic_pairs([{"topic": "jamming", "weight": 2}, {"topic": "printing", "weight": 1.5}]) == [
        ("jamming", 2.0), ("printing", 1.5)]
    assert all(isinstance(w, float) for _, w in closest.topic_pairs([{"topic": "jamming", "weight": 2}]))


# Words of an exam plan put together at random: word overlap and word order disagree far more often than in
# real sentences, so the true best is often not among the first candidates the search looks at.
WORDS = ("bảo đảm an toàn kỳ thi điểm thi đề thi in sao vận chuyển công an y tế điện lực cung cấp điện thí sinh "
         "hỗ trợ tuyên truyền phối hợp kiểm tra giám sát chỉ đạo bố trí lực lượng trực nghiêm túc").split()


@pytest.mark.parametrize("seed", range(6))
def test_the_search_stops_only_when_no_other_sentence_can_win(seed):
    rng = np.random.default_rng(seed)
    themes = ["general", "security", "exam_papers"]

    def sentences(n):
        return [(" ".join(rng.choice(WORDS, rng.integers(2, 14))), themes[rng.integers(3)]) for _ in range(n)]
    draft, pool = sentences(40), sentences(30)
    best, score = run(draft, pool)
    assert_best(draft, pool, best, score)
