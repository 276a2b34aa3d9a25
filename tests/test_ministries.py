"""Session 14: a national ministry has its sector's role, as the contract says of an agency the role list does not
name ("the role its head word implies"), and as every reader of a national text since session 12 labelled it. A local
text mostly only cites a ministry; then it is a mention whatever its role. Our own words."""

import pytest

from tests.attr_helpers import parts, roles


@pytest.mark.parametrize("ministry, role", [
    ("Bộ Giáo dục và Đào tạo", "education"),
    ("Bộ GD&ĐT", "education"),
    ("Bộ Y tế", "health"),
    ("Bộ Tài chính", "finance"),
    ("Bộ Công an", "police"),
    ("Bộ Thông tin và Truyền thông", "information"),
    ("Bộ Giao thông vận tải", "transport"),
    ("Bộ Lao động - Thương binh và Xã hội", "labour"),
    ("Thanh tra Chính phủ", "inspection"),
])
def test_a_ministry_that_must_act_leads_in_its_sectors_role(ministry, role):
    text = f"{ministry} cử cán bộ theo dõi việc tổ chức thi tại các tỉnh miền núi."
    assert roles(text, "toàn quốc", 2024) == {"lead": {role}, "support": set()}


def test_a_ministry_the_ministry_of_education_works_with_is_support_in_its_role():
    text = "Bộ Giáo dục và Đào tạo phối hợp với Bộ Y tế hướng dẫn phòng bệnh cho thí sinh."
    assert roles(text, "toàn quốc", 2024) == {"lead": {"education"}, "support": {"health"}}


@pytest.mark.parametrize("year, role", [(2024, "other"), (2025, "information")])
def test_the_ministry_that_took_over_information_has_its_role_from_2025(year, role):
    text = "Bộ Khoa học và Công nghệ chỉ đạo bảo đảm mạng lưới thông tin trong những ngày thi."
    assert roles(text, "toàn quốc", year)["lead"] == {role}


def test_a_ministry_cited_by_a_province_is_only_named():
    text = "Sở Giáo dục và Đào tạo tổ chức coi thi theo hướng dẫn của Bộ Giáo dục và Đào tạo."
    assert roles(text, "Quảng Trị", 2024) == {"lead": {"education"}, "support": set()}
    assert "Bộ Giáo dục và Đào tạo" not in parts(text, "Quảng Trị", 2024).get("doer", set())


@pytest.mark.parametrize("text", [
    "Sở Y tế bố trí cán bộ y tế trực tại mỗi điểm thi.",
    "Sở Tài chính cử cán bộ tài chính kiểm tra việc chi tiêu của các hội đồng thi.",
])
def test_staff_of_a_sector_written_in_lower_case_are_no_ministry(text):
    got = parts(text, "Quảng Trị", 2024)
    assert not any(name.startswith("Bộ ") for names in got.values() for name in names)
    assert len(roles(text, "Quảng Trị", 2024)["lead"]) == 1
