"""Session 45: duties the development readers paired across provinces, written again in our own words."""

from __future__ import annotations

from etl.config import Settings
from tests.gold.pairs import free_scorer

TEXTS = [
    "Sở Giáo dục và Đào tạo thuê máy bay trực thăng để vận chuyển đề thi tới huyện đảo trước ngày thi.",
    "Cán bộ của Sở cùng công an vượt biển đưa đề thi ra đảo để kịp phát cho các điểm thi.",
    "Sở chỉ đạo các trường nội trú bố trí chỗ ăn, ở và nấu ăn cho học sinh trong những ngày thi.",
    "Huyện lo nơi ăn, chỗ ngủ không mất tiền cho thí sinh nhà xa tại khu bán trú.",
    "Sở Giáo dục và Đào tạo lo chỗ ăn, ở cho thí sinh ở xa trong những ngày thi.",
]
ROLES = [{"education"}, {"education"}, {"education"}, {"district_pc"}, {"education"}]


def test_carrying_the_papers_and_lodging_candidates_are_duties_in_any_wording():
    # taking the papers to an island by helicopter or by boat is one duty (topic printing: the papers' handling);
    # so is giving candidates a place to eat and sleep, whoever does it; the two duties stay apart
    scorer, idx = free_scorer(TEXTS, ROLES)
    papers, lodging, apart = scorer.score_pairs([(idx[0], idx[1]), (idx[2], idx[3]), (idx[0], idx[4])])
    threshold = Settings().link_threshold
    assert papers >= threshold
    assert lodging >= threshold
    assert apart < threshold
