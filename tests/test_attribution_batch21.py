"""Issue 9, session 19: how two agencies work together may stand between "phối hợp" and the partner ("phối hợp chặt
chẽ, hiệu quả với …"); the partner still only helps. Our own words."""

import pytest

from tests.attr_helpers import roles


@pytest.mark.parametrize("text, lead, support", [
    # two manner words joined by a comma, or by "và"
    ("Công an tỉnh phối hợp chặt chẽ, hiệu quả với Sở Giáo dục và Đào tạo bảo vệ đề thi.", {"police"}, {"education"}),
    ("Sở Y tế phối hợp thường xuyên và kịp thời với Sở Giáo dục và Đào tạo kiểm tra bếp ăn.", {"health"}, {"education"}),
    # "có hiệu quả", and a sector named by "ngành"
    ("Các địa phương phối hợp có hiệu quả với ngành giáo dục lo chỗ nghỉ cho thí sinh.", {"district_pc"}, {"education"}),
    ("Các cấp, ngành, địa phương phối hợp nhịp nhàng, đồng bộ với ngành Giáo dục trong mùa thi.",
     {"departments", "district_pc"}, {"education"}),
    # the one-word form keeps working
    ("Sở Y tế phối hợp chặt chẽ với Sở Giáo dục và Đào tạo kiểm tra bếp ăn.", {"health"}, {"education"}),
])
def test_the_partner_after_a_manner_of_working_together_helps(text, lead, support):
    got = roles(text, "Quảng Nam", 2024)
    assert got["lead"] == lead and got["support"] == support, got


def test_acting_together_between_two_agencies_still_makes_both_lead():
    text = "Cần sự phối hợp nhịp nhàng, chặt chẽ giữa Sở Y tế và Công an tỉnh tại nơi in sao đề thi."
    assert roles(text, "Quảng Nam", 2024)["lead"] == {"health", "police"}


def test_a_partner_after_an_unnamed_one_joined_by_va_helps_too():
    # a partner the gazetteer cannot name ("nhà trường", "gia đình thí sinh") may be followed by "và" and an agency,
    # which helps, as after a comma
    text = "Sở Y tế phối hợp với nhà trường và Trung tâm Y tế huyện kiểm tra bếp ăn."
    assert roles(text, "Vĩnh Phúc", 2022) == {"lead": {"health"}, "support": {"health"}}
    text = "Công an tỉnh phối hợp với gia đình thí sinh và Đoàn Thanh niên đưa thí sinh qua đoạn đường ngập."
    assert roles(text, "Vĩnh Phúc", 2022) == {"lead": {"police"}, "support": {"youth_union"}}
