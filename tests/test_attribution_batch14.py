"""Issue 9, session 11: names that run on past where the parser stopped them. Our own words, each reproducing a pattern
seen in real news reports (a force's unit named after it, a region after a force's name, a carrier's brand name)."""

import pytest

from tests.attr_helpers import parts, roles


def test_a_unit_named_after_the_police_is_the_police():
    text = "Ban Thanh niên Công an tỉnh Cà Mau phối hợp với Tỉnh đoàn chở thí sinh vùng sâu đến điểm thi."
    assert roles(text, "Cà Mau", 2024) == {"lead": {"police"}, "support": {"youth_union"}}
    # one agency, not "Ban Thanh niên" (a body of no role) beside the provincial police
    assert parts(text, "Cà Mau", 2024)["doer"] == {"Ban Thanh niên Công an tỉnh Cà Mau"}


def test_a_unit_of_another_body_stays_a_body_of_its_own():
    # The office of the committee is not the committee: its own head decides (role other, kept).
    text = "Văn phòng UBND tỉnh tổng hợp kết quả thi, báo cáo trước ngày 15/7."
    assert roles(text, "Cà Mau", 2024) == {"lead": {"other"}, "support": set()}
    # Two capitalised words make a name of its own: a centre and the district police, both acting.
    text = "Trung tâm Văn hóa Thông tin Công an huyện cùng giữ trật tự quanh điểm thi."
    assert roles(text, "Cà Mau", 2024)["lead"] == {"other", "police"}


@pytest.mark.parametrize("opening", ["", "Ngay khi thí sinh bị ngã ở cổng trường, "])
def test_a_region_after_a_force_belongs_to_its_name(opening):
    # "Bộ" ends a regional name here ("Bắc Trung Bộ"); it starts no ministry, as no capitalised word follows it.
    text = f"{opening}Cảnh sát cơ động Bắc Trung Bộ đã kịp thời đưa em vào phòng thi."
    assert roles(text, "Nghệ An", 2024) == {"lead": {"police"}, "support": set()}


def test_a_ministry_after_a_name_still_starts_a_name_of_its_own():
    text = "Cảnh sát cơ động, Bộ Y tế cử người trực tại các điểm thi."
    assert "Bộ Y tế" in parts(text, "Nghệ An", 2024)["doer"]


@pytest.mark.parametrize("brand", ["Viettel", "VNPT", "MobiFone"])
def test_a_carrier_named_by_its_brand_is_a_telecom_company(brand):
    text = f"Bộ Giáo dục và Đào tạo đề nghị {brand} bảo đảm đường truyền cho các điểm thi trong hai ngày thi."
    assert roles(text, None, 2024) == {"lead": {"telecom"}, "support": set()}
    assert roles(f"Phía {brand} sẽ bố trí thêm trạm phát sóng lưu động.", None, 2024)["lead"] == {"telecom"}
