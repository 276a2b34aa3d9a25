"""etl/scoring.py: the pair score that decides which duties are one duty across documents. Checked on
statement pairs written for this test by ordering and by the build's link threshold (never exact floats):
a rewording of one duty scores above the threshold, two different duties below, and each feature pushes
the score the way the module's docstring says."""

from __future__ import annotations

import numpy as np
import pytest

from etl import scoring as sc
from etl.config import Settings
from etl.matching import match_text
from etl.themes import theme_of, topics_of

# (duty, the same duty reworded by another province)
SAME = [
    ("Công an tỉnh bảo vệ an toàn tuyệt đối đề thi trong quá trình in sao, vận chuyển và bảo quản",
     "Bảo vệ tuyệt đối an toàn đề thi khi in sao, vận chuyển, bảo quản tại các điểm thi"),
    ("Điện lực tỉnh bảo đảm cung cấp điện ổn định cho các điểm thi và nơi in sao đề thi",
     "Cung cấp điện ổn định, liên tục cho khu vực in sao đề thi và các điểm thi"),
    ("Sở Y tế bố trí cán bộ y tế trực tại các điểm thi, sẵn sàng sơ cấp cứu cho thí sinh",
     "Bố trí nhân viên y tế trực tại điểm thi để sơ cấp cứu thí sinh khi cần"),
    ("Sở Tài chính thẩm định dự toán, bố trí kinh phí tổ chức kỳ thi",
     "Bố trí kinh phí và thẩm định dự toán kinh phí tổ chức kỳ thi"),
]
# two duties that share nothing but the exam
OTHER = [
    ("Theo dõi thời tiết, chủ động ứng phó mưa bão, sạt lở trong những ngày thi",
     "Tổ chức ôn tập cho học sinh lớp 12 theo định dạng đề thi"),
    ("Tuyên truyền trên báo chí để tạo đồng thuận trong xã hội",
     "Kiểm tra việc bố trí phòng thi, phòng bảo quản đề thi"),
]


def scorer(texts: list[str], **kw) -> sc.Scorer:
    return sc.Scorer([match_text(t) for t in texts], [theme_of(t) for t in texts], **kw)


@pytest.fixture(scope="module")
def pairs_scored() -> tuple[np.ndarray, np.ndarray]:
    texts = [t for pair in SAME + OTHER for t in pair]
    s = scorer(texts)
    idx = [(2 * k, 2 * k + 1) for k in range(len(SAME) + len(OTHER))]
    scores = s.score_pairs(idx)
    return scores[: len(SAME)], scores[len(SAME):]


def test_rewordings_link_and_different_duties_do_not(pairs_scored):
    same, other = pairs_scored
    threshold = Settings().link_threshold
    assert (same >= threshold).all(), same
    assert (other < threshold).all(), other
    assert same.min() > other.max() + 10


def test_scores_are_between_0_and_100_and_a_text_with_itself_is_100():
    texts = [SAME[0][0], SAME[0][0], SAME[1][0], OTHER[0][1]]
    s = scorer(texts)
    got = s.score_pairs([(0, 1), (0, 2), (2, 3), (0, 0)])
    assert got[0] == 100 and got[3] == 100  # capped at 100 with the theme bonus on top
    assert ((got >= 0) & (got <= 100)).all()
    assert s.score(0, 2) == pytest.approx(float(got[1])) and isinstance(s.score(0, 2), float)
    assert s.score_pairs([]).shape == (0,)


def test_same_theme_adds_a_bonus_and_general_does_not():
    a, b = match_text(SAME[3][0]), match_text(SAME[3][1])
    plain = sc.Scorer([a, b], ["funding", "inspection"]).score(0, 1)
    same = sc.Scorer([a, b], ["funding", "funding"]).score(0, 1)
    general = sc.Scorer([a, b], ["general", "general"]).score(0, 1)
    assert same > plain and general == plain
    assert same - plain == pytest.approx(min(sc.WEIGHTS["theme"], 100 - plain), abs=0.05)


def test_a_shared_topic_lifts_a_paraphrase_that_shares_few_words():
    a = "Bố trí thiết bị chế áp sóng tại khu vực in sao đề thi"
    b = "Lắp máy phá sóng, gây nhiễu ở nơi làm đề"
    c = "Tổ chức ôn tập cho học sinh theo lịch của trường"
    assert dict(topics_of(a)).keys() & dict(topics_of(b)).keys()
    s = sc.Scorer([match_text(t) for t in (a, b, c)], ["general"] * 3)
    f = s.features([(0, 1), (0, 2)])
    assert f["topic"][0] > 50 and f["has_topic"][0] == 1
    assert s.score(0, 1) > s.score(0, 2) and f["topic"][1] < 50
    no_topic = sc.Scorer(s.texts, s.themes, topics=[(), (), ()])
    assert no_topic.score(0, 1) < s.score(0, 1)


def test_without_a_topic_on_one_side_only_the_words_count():
    a, b = match_text(SAME[3][0]), match_text(SAME[3][1])
    with_topics = sc.Scorer([a, b], ["general"] * 2, topics=[[("funding", 2)], []])
    f = with_topics.features([(0, 1)])
    assert f["has_topic"][0] == 0 and f["topic"][0] == 0
    lexical = (sc.WEIGHTS["token_set"] * f["token_set"][0] + sc.WEIGHTS["word"] * f["word"][0]) / \
        (sc.WEIGHTS["token_set"] + sc.WEIGHTS["word"])
    assert with_topics.score(0, 1) == pytest.approx(lexical, abs=0.01)
    both = sc.Scorer([a, b], ["general"] * 2, topics=[[("funding", 2)], [("funding", 1)]])
    assert both.features([(0, 1)])["topic"][0] == pytest.approx(100, abs=0.01)
    assert both.score(0, 1) > with_topics.score(0, 1)


def test_a_role_in_common_is_a_bonus_only_when_weighted_and_unknown_roles_never_disagree():
    a, b = match_text(SAME[2][0]), match_text(SAME[2][1])
    base = sc.Scorer([a, b], ["health", "health"]).score(0, 1)
    weighted = {"role": 5.0, "theme": 0.0}
    shared = sc.Scorer([a, b], ["x", "y"], [{"health"}, {"health", "police"}], weights=weighted).score(0, 1)
    apart = sc.Scorer([a, b], ["x", "y"], [{"health"}, {"police"}], weights=weighted).score(0, 1)
    unknown = sc.Scorer([a, b], ["x", "y"], None, weights=weighted).score(0, 1)
    # a role in common adds its weight; two sectors that differ (health, police) cost the clash weight
    assert shared == pytest.approx(unknown + 5, abs=0.01)
    assert apart == pytest.approx(unknown - sc.WEIGHTS["role_clash"], abs=0.01)
    assert sc.Scorer([a, b], ["x", "y"], [{"health"}, set()], weights=weighted).score(0, 1) == unknown
    assert sc.Scorer([a, b], ["health", "health"], [{"health"}, {"health"}]).score(0, 1) == base  # weight 0


def test_the_corpus_scorer_scores_each_distinct_text_once_with_its_first_theme():
    texts = [match_text(t) for t in (SAME[0][0], SAME[1][0], SAME[0][0], SAME[1][1])]
    s = sc.corpus_scorer(texts, ["security", "power", "other", "power"], roles=[["police"], [], ["x"], ["electricity"]])
    assert s.texts == [texts[0], texts[1], texts[3]]
    assert s.themes == ["security", "power", "power"]
    assert s.roles == [{"police"}, set(), {"electricity"}]
    t = sc.corpus_scorer(texts, ["a", "b", "c", "d"], topics=[[("x", 1)], [], [("y", 1)], [("x", 1)]])
    assert t.roles is None and t.has_topic.tolist() == [True, False, True]
    assert t.features([(0, 2)])["topic"][0] == pytest.approx(100, abs=0.01)


def test_a_rare_topic_counts_more_than_one_most_statements_share():
    # rows 0 and 1 share a rare topic and a common one; the common one is in every row
    topics = [[("rare", 1), ("common", 1)], [("rare", 1), ("common", 1)], [("common", 1)], [("common", 1)],
              [("common", 1), ("other", 1)]]
    m = sc._topic_vectors(topics)
    dense = m.toarray()
    assert np.allclose(np.linalg.norm(dense, axis=1), 1, atol=1e-5)
    names = sorted({"rare", "common", "other"})
    assert dense[0, names.index("rare")] > dense[0, names.index("common")] > 0
    assert sc._topic_vectors([[], []]).shape == (2, 1)


def test_a_topic_of_one_statement_weighs_more_than_one_of_two():
    m = sc._topic_vectors([[("jamming", 1), ("printing", 1)], [("printing", 1)], [("weather", 1)]]).toarray()
    jamming, printing = 0, 1  # columns in name order
    assert m[0, jamming] > m[0, printing] > 0


def test_the_word_feature_is_a_token_set_match_and_uses_the_matrix_given():
    short, long = match_text("Bảo vệ đề thi"), match_text("Bảo vệ đề thi tại các điểm thi trong những ngày thi")
    s = sc.Scorer([short, long], ["general", "general"])
    assert s.features([(0, 1)])["token_set"][0] == 100  # every word of one is in the other
    # the build passes its word matrix once; the scorer uses it instead of vectorising again
    from scipy import sparse
    same = sparse.csr_matrix(np.array([[1.0, 0.0], [1.0, 0.0]], dtype=np.float32))
    given = sc.Scorer([short, long], ["general", "general"], word=same)
    assert given.features([(0, 1)])["word"][0] == pytest.approx(100)
    assert s.features([(0, 1)])["word"][0] < 99


def test_a_matching_text_of_two_or_three_words_is_not_the_same_as_every_duty_that_holds_them(monkeypatch):
    # "Chỉ đạo công tác chấm thi từ … đến …" keeps only "chấm thi ngày" for matching: every word of it is in the
    # power company's duty below, which token_set_ratio alone calls identical (100)
    brief = "Chỉ đạo công tác chấm thi từ ngày 9/7 đến ngày 20/7;"
    power = "Bố trí máy phát điện dự phòng và người vận hành cho khu vực chấm thi trong các ngày thi"
    s = scorer([brief, power])
    assert len(set(s.texts[0].split())) == 3 < sc.FULL_WORDS == 4
    assert s.features([(0, 1)])["token_set"][0] == pytest.approx(75)  # 3 of the 4 words a full match needs
    capped = s.score(0, 1)
    monkeypatch.setattr(sc, "FULL_WORDS", 1)
    assert s.features([(0, 1)])["token_set"][0] == 100 and s.score(0, 1) > capped + 5
    # from FULL_WORDS distinct words on, every word of one in the other is still a full match
    assert scorer(["Bảo vệ đề thi", "Bảo vệ đề thi tại các điểm thi"]).features([(0, 1)])["token_set"][0] == 100


@pytest.mark.parametrize("a, b", [
    # an epidemic year's wordings: masks and hand sanitiser, a temperature check (session 22, real news of 2020-2021)
    ("Chuẩn bị đủ khẩu trang và nước rửa tay cho cán bộ coi thi", "Đo thân nhiệt thí sinh trước khi vào phòng thi"),
    # the abbreviation news writes for ethnic-minority pupils, and a study-promotion society's help
    ("Hội khuyến học tặng quà cho thí sinh nghèo", "Hỗ trợ tiền ăn cho học sinh DTTS ở xa điểm thi"),
])
def test_a_domain_paraphrase_shares_a_topic(a, b):
    assert dict(topics_of(a)).keys() & dict(topics_of(b)).keys(), (topics_of(a), topics_of(b))


def test_the_power_companys_duty_links_in_its_own_words():
    """Power companies write "trực điện", "ưu tiên điện", "sự cố điện" rather than "cung cấp điện"."""
    a = "Bảo đảm điện cho các điểm thi, có máy phát dự phòng khi có sự cố điện"
    b = "Bố trí người trực điện tại các điểm thi trong những ngày thi"
    assert dict(topics_of(a)).keys() & dict(topics_of(b)).keys() == {"power_supply"}
    assert scorer([a, b]).score(0, 1) >= Settings().link_threshold
