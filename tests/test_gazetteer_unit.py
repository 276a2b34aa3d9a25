"""Which names are agencies, and of which role, in a given year (etl/gazetteer.py): the 2025 merger of
departments, a document whose locality is unknown, misspelt names, and the ids the tables key agencies by."""

from __future__ import annotations

import hashlib
import re

import pytest

from etl import gazetteer as gz

SENTENCE = ("Sở Xây dựng, Sở Giao thông vận tải, Sở Nội vụ và Sở Khoa học và Công nghệ phối hợp với "
            "Công an tỉnh Lạng Sơn bảo đảm an toàn kỳ thi.")


def roles(locality, year, text=SENTENCE):
    return [(m.surface, m.role, m.name) for m in gz.matcher(locality, year).mentions(text)]


@pytest.mark.parametrize("year", [2019, 2024, None])
def test_before_the_2025_merger_each_department_keeps_its_old_role(year):
    assert roles("Lạng Sơn", year) == [
        ("Sở Xây dựng", "other", "Sở Xây dựng"), ("Sở Giao thông vận tải", "transport", "Sở Giao thông vận tải"),
        ("Sở Nội vụ", "other", "Sở Nội vụ"), ("Sở Khoa học và Công nghệ", "other", "Sở Khoa học và Công nghệ"),
        ("Công an tỉnh Lạng Sơn", "police", "Công an tỉnh")]


@pytest.mark.parametrize("year", [2025, 2026])
def test_from_2025_the_merged_departments_take_over_the_duties(year):
    # the transport department no longer exists, but a text that still names it (a plan written before the merger
    # took effect) names the transport sector: its duty is compared with Sở Xây dựng's, not lost as an unknown body
    assert roles("Lạng Sơn", year) == [
        ("Sở Xây dựng", "transport", "Sở Xây dựng"), ("Sở Giao thông vận tải", "transport", "Sở Giao thông vận tải"),
        ("Sở Nội vụ", "labour", "Sở Nội vụ"), ("Sở Khoa học và Công nghệ", "information", "Sở Khoa học và Công nghệ"),
        ("Công an tỉnh Lạng Sơn", "police", "Công an tỉnh")]
    assert roles("Lạng Sơn", year, "Sở TT&TT chỉ đạo các doanh nghiệp viễn thông bảo đảm thông tin liên lạc.") == [
        ("Sở TT&TT", "information", "Sở Thông tin và Truyền thông"),
        ("các doanh nghiệp viễn thông", "telecom", "Doanh nghiệp viễn thông")]


def test_years_of_one_gazetteer_share_a_matcher():
    assert gz.matcher("Lạng Sơn", 2021) is gz.matcher("Lạng Sơn", 2024)
    assert gz.matcher("Lạng Sơn", 2024) is not gz.matcher("Lạng Sơn", 2025)
    # 2025: the merged departments; 2026 on: also no district level (the commune committees are the local government)
    assert gz.matcher("Lạng Sơn", 2025) is not gz.matcher("Lạng Sơn", 2026)
    assert gz.matcher("Lạng Sơn", 2026) is gz.matcher("Lạng Sơn", 2030)


def test_without_a_locality_a_local_name_is_kept_as_written_and_a_plain_one_is_canonical():
    got = roles(None, 2024, "sở y tế và Công an tỉnh Cao Bằng hỗ trợ UBND các huyện.")
    assert got == [("sở y tế", "health", "Sở Y tế"), ("Công an tỉnh Cao Bằng", "police", "Công an tỉnh Cao Bằng"),
                   ("UBND các huyện", "district_pc", "UBND các huyện")]


def test_a_misspelt_name_is_found_at_the_start_of_a_phrase():
    m = gz.matcher("Lạng Sơn", 2024)
    entry, surface, length = m.fuzzy("Sở Giáo dục và Đào tao tổ chức thi")
    assert (entry.role, surface, length) == ("education", "Sở Giáo dục và Đào tao", 22)  # the longest name
    entry, surface, _ = m.fuzzy("Sở Tài chinh")  # the phrase is the name, no word after it
    assert (entry.role, surface) == ("finance", "Sở Tài chinh")
    entry, surface, _ = m.fuzzy("SỞ TÀI CHINH cấp kinh phí")  # capitals do not matter
    assert (entry.role, surface) == ("finance", "SỞ TÀI CHINH")
    assert m.fuzzy("Hôm nay trời mưa rất to") is None and m.fuzzy("Sở Y") is None
    assert m.fuzzy("Sở Tài nguyên tổ chức") is None  # another department, not a misspelling of one


def test_agency_ids_are_short_stable_and_differ_by_locality():
    ids = {loc: gz.agency_id("police", "Công an tỉnh", loc) for loc in ("Lạng Sơn", "Cao Bằng", None, "")}
    assert all(re.fullmatch(r"a[0-9a-f]{10}", i) for i in ids.values())
    assert len({ids["Lạng Sơn"], ids["Cao Bằng"], ids[None]}) == 3 and ids[None] == ids[""]
    # the key the tables use: a hash of role, name and locality (DESIGN: agencies.agency_id)
    assert ids["Lạng Sơn"] == "a" + hashlib.sha1("police|Công an tỉnh|Lạng Sơn".encode()).hexdigest()[:10]
    assert ids[None] == "a" + hashlib.sha1("police|Công an tỉnh|".encode()).hexdigest()[:10]
    assert gz.agency_id("health", "Công an tỉnh", "Lạng Sơn") != ids["Lạng Sơn"]


@pytest.mark.parametrize("locality, cap, districts, party", [
    ("Hải Phòng", "thành phố", "các quận, huyện", "Thành ủy"),  # a centrally-run city
    ("Lạng Sơn", "tỉnh", "các huyện, thành phố", "Tỉnh ủy"),
    (None, "tỉnh", "các huyện, thành phố", "Tỉnh ủy"),  # unknown: a province, the commonest kind
])
def test_canonical_names_follow_the_kind_of_locality(locality, cap, districts, party):
    assert gz.canonical("Công an {cap}", locality) == f"Công an {cap}"
    assert gz.canonical("UBND {dist}", locality) == f"UBND {districts}"
    assert gz.canonical("Ban Tuyên giáo {party}", locality) == f"Ban Tuyên giáo {party}"
    assert gz.canonical("Công an {cap}  {loc}", locality) == f"Công an {cap} {locality or ''}".strip()
    assert gz.canonical("Sở Y tế", locality) == "Sở Y tế"


def test_a_city_names_itself_with_thanh_pho_or_tp_and_its_own_districts():
    got = roles("Hải Phòng", 2024, "Công an thành phố Hải Phòng, Công an TP.Hải Phòng và UBND các quận, huyện; "
                                   "đảng ủy trực thuộc Thành ủy.")
    assert got == [("Công an thành phố Hải Phòng", "police", "Công an thành phố"),
                   ("Công an TP.Hải Phòng", "police", "Công an thành phố"),  # "TP." with no space before the name
                   ("UBND các quận, huyện", "district_pc", "UBND các quận, huyện"),
                   ("đảng ủy trực thuộc Thành ủy", "district_party", "Các quận ủy, huyện ủy, đảng ủy trực thuộc")]


def test_in_a_province_thanh_pho_is_a_city_under_it():
    got = roles("Lạng Sơn", 2024, "UBND thành phố Lạng Sơn, UBND tỉnh Lạng Sơn và đảng ủy trực thuộc Tỉnh ủy.")
    assert [(s, r) for s, r, _ in got] == [("UBND thành phố", "district_pc"), ("UBND tỉnh Lạng Sơn", "provincial_pc"),
                                          ("đảng ủy trực thuộc Tỉnh ủy", "district_party")]


def test_names_written_with_dashes_ampersands_or_without_list_commas():
    got = roles("Lạng Sơn", 2024, "Sở Lao động-Thương binh và Xã hội, Sở Lao động – Thương binh và Xã hội, "
                                  "Sở TT & TT và các sở ban ngành.")
    assert got == [("Sở Lao động-Thương binh và Xã hội", "labour", "Sở Lao động - Thương binh và Xã hội"),
                   ("Sở Lao động – Thương binh và Xã hội", "labour", "Sở Lao động - Thương binh và Xã hội"),
                   ("Sở TT & TT", "information", "Sở Thông tin và Truyền thông"),
                   ("các sở ban ngành", "departments", "Các sở, ban, ngành")]


def test_without_a_locality_any_localitys_police_is_found_whole():
    got = roles(None, 2024, "Công an tỉnh Bà Rịa - Vũng Tàu, Công an thành phố Hồ Chí Minh và Công an TP.HCM.")
    assert [s for s, _, _ in got] == ["Công an tỉnh Bà Rịa - Vũng Tàu", "Công an thành phố Hồ Chí Minh", "Công an TP.HCM"]
    assert {r for _, r, _ in got} == {"police"}


def test_another_localitys_bodies_are_not_read_as_the_documents_own():
    # the names with a locality in them read only the document's own locality: a Hải Phòng text sees no "UBND tỉnh" in
    # Lạng Sơn's committee, and a text of no known locality keeps each body with its place
    text = ("UBND tỉnh Lạng Sơn và UBND thành phố Hải Phòng, Công an TP Hải Phòng cùng Công an tỉnh Lạng Sơn "
            "bảo đảm an ninh.")
    assert roles("Hải Phòng", 2024, text) == [
        ("UBND thành phố Hải Phòng", "provincial_pc", "UBND thành phố"),
        ("Công an TP Hải Phòng", "police", "Công an thành phố")]
    assert roles("Lạng Sơn", 2024, text) == [
        ("UBND tỉnh Lạng Sơn", "provincial_pc", "UBND tỉnh"),
        ("UBND thành phố", "district_pc", "UBND các huyện, thành phố"),
        ("Công an TP", "police", "Công an các huyện, thành phố"),
        ("Công an tỉnh Lạng Sơn", "police", "Công an tỉnh")]
    assert [name for _, _, name in roles(None, 2024, text)] == [
        "UBND tỉnh Lạng Sơn", "UBND thành phố Hải Phòng", "Công an TP Hải Phòng", "Công an tỉnh Lạng Sơn"]
