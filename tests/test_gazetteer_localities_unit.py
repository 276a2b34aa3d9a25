"""A locality's own forms in agency names (etl/gazetteer.py): "thành phố" in a province is a city under it, a
name may carry the bare place name ("Công an Lạng Sơn"), and a misspelt name is still recognised with or without
a known locality. The cases the thirteenth round's mutation run found unchecked; sentences invented for them."""

from __future__ import annotations

from etl import gazetteer as gz


def found(locality, text, year=2024):
    return [(m.surface, m.role, m.name) for m in gz.matcher(locality, year).mentions(text)]


def test_in_a_province_the_inspectorate_of_a_city_under_it_is_not_the_provinces():
    assert found("Lạng Sơn", "Thanh tra thành phố Lạng Sơn kiểm tra các điểm thi.") == []
    assert found("Lạng Sơn", "Thanh tra tỉnh Lạng Sơn kiểm tra các điểm thi.") == [
        ("Thanh tra tỉnh Lạng Sơn", "inspection", "Thanh tra tỉnh")]


def test_in_a_centrally_run_city_thanh_pho_is_the_city_itself():
    assert found("Hải Phòng", "Thanh tra thành phố kiểm tra các điểm thi.") == [
        ("Thanh tra thành phố", "inspection", "Thanh tra thành phố")]


def test_in_a_province_the_committee_of_a_city_under_it_is_a_district_committee():
    assert found("Lạng Sơn", "UBND thành phố Lạng Sơn bố trí xe đưa đón thí sinh.")[0][1] == "district_pc"


def test_a_name_with_the_bare_place_name_is_the_agency_of_that_place():
    assert found("Lạng Sơn", "Công an Lạng Sơn bảo vệ đề thi.") == [("Công an Lạng Sơn", "police", "Công an tỉnh")]
    assert found("Lạng Sơn", "Bưu điện Lạng Sơn chuyển đề thi.")[0][:2] == ("Bưu điện Lạng Sơn", "postal")


def test_a_misspelt_provincial_name_is_found_when_the_locality_is_unknown():
    entry, surface, length = gz.matcher(None, 2024).fuzzy("Công an tinh bảo vệ đề thi")
    assert (entry.role, surface, length) == ("police", "Công an tinh", len("Công an tinh"))


def test_a_misspelt_name_with_the_place_name_is_found_whole():
    entry, surface, length = gz.matcher("Lạng Sơn", 2024).fuzzy("Cong an Lạng Sơn bảo vệ đề thi")
    assert (entry.role, surface, length) == ("police", "Cong an Lạng Sơn", len("Cong an Lạng Sơn"))
