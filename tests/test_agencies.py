"""Agency attribution on real sentences: subjects, lists, "giao", coordination; mentions are not assignments."""

import pytest

from etl.agencies import matcher, subjects, supports


@pytest.fixture(scope="module")
def ls():
    return matcher("Lạng Sơn", 2024)


@pytest.fixture(scope="module")
def hp():
    return matcher("Hải Phòng", 2024)


def roles(found):
    return [m.role for m in found[0]] if isinstance(found, tuple) else [m.role for m in found]


def test_subject_and_coordination(ls):
    text = "Thanh tra tỉnh phối hợp với Sở Giáo dục và Đào tạo, UBND các huyện, thành phố thực hiện tốt công tác thanh tra"
    assert roles(subjects(text, ls)) == ["inspection"]
    assert roles(supports(text, ls)) == ["education", "district_pc"]


def test_list_members_are_each_a_lead(ls):
    text = ("Các sở, ngành, cơ quan: Tài chính, Giao thông vận tải, Thông tin và Truyền thông, Đoàn TNCS Hồ Chí Minh tỉnh, "
            "Công ty Điện lực Lạng Sơn và các cơ quan liên quan trên cơ sở chức năng nhiệm vụ được giao chủ động phối hợp")
    assert roles(subjects(text, ls)) == ["finance", "transport", "information", "youth_union", "electricity"]


def test_giao_names_the_lead(hp):
    found, how = subjects("Chỉ thị giao Sở Giáo dục và Đào tạo chịu trách nhiệm toàn diện trước UBND thành phố", hp)
    assert [m.role for m in found] == ["education"] and how in ("subject", "giao")


def test_locality_specific_names(hp, ls):
    assert roles(subjects("Công an thành phố chỉ đạo các đơn vị nghiệp vụ", hp)) == ["police"]
    assert roles(subjects("UBND các quận, huyện xây dựng kế hoạch", hp)) == ["district_pc"]
    found, _ = subjects("Thành đoàn Hải Phòng chỉ đạo các cấp bộ Đoàn", hp)
    assert found[0].role == "youth_union"
    assert subjects("Công an tỉnh rà soát Kế hoạch", ls)[0][0].name == "Công an tỉnh"
    assert subjects("Công an thành phố chỉ đạo", hp)[0][0].name == "Công an thành phố"


def test_reported_to_is_a_mention_not_an_assignment(ls):
    text = "Bố trí bộ phận trực thi, báo cáo Bộ Giáo dục và Đào tạo, Thường trực Tỉnh uỷ và UBND tỉnh đúng thời gian quy định."
    assert subjects(text, ls) == ([], "")
    assert supports(text, ls) == []


def test_verb_lanh_dao_does_not_extend_a_list(hp):
    text = "Ban cán sự đảng Ủy ban nhân dân thành phố lãnh đạo Ủy ban nhân dân thành phố chỉ đạo, triển khai"
    assert roles(subjects(text, hp)) == ["party_caucus"]


def test_misspelt_agency_matches_through_rapidfuzz(ls):
    found, how = subjects("Sở Giáo duc và Đào tao phối hợp với Công an tỉnh rà soát", ls)
    assert [m.role for m in found] == ["education"] and how == "fuzzy"


def test_unknown_agency_is_kept_as_other(ls):
    found, how = subjects("Bộ Chỉ huy Quân sự tỉnh chủ động bố trí lực lượng hỗ trợ", ls)
    assert how == "unknown" and found[0].role == "other" and found[0].name == "Bộ Chỉ huy Quân sự tỉnh"


def test_2025_successor_department_takes_the_role():
    m25 = matcher("Lạng Sơn", 2025)
    assert roles(subjects("Sở Khoa học và Công nghệ chỉ đạo các doanh nghiệp viễn thông", m25)) == ["information"]
    assert roles(subjects("Sở Xây dựng chỉ đạo bảo đảm giao thông", m25)) == ["transport"]
    assert roles(subjects("Sở Xây dựng chỉ đạo", matcher("Lạng Sơn", 2023))) == ["other"]
