"""etl/names.mentions(): the words the Document page marks for each agency, and the name it is listed under, where
a statement is written loosely: a name broken over two lines, a comma or a number right after a name, a committee
whose name is capitalised oddly, an abbreviation with a dot inside, two names with nothing between them. Sentences
written for this test (from the survivors of the mutation run on etl/names.py)."""

from __future__ import annotations

import pytest

from etl.gazetteer import matcher
from etl.names import abbreviations, mentions


def marked(text: str, locality: str | None = "Bình Định") -> list[tuple[str, str, str]]:
    """(words marked, name listed, role) per agency, in reading order."""
    return [(text[x.start : x.end], x.name, x.role) for x in mentions(text, matcher(locality, 2024))]


def test_the_provinces_named_over_a_line_break_in_a_national_text_are_their_committees():
    text = "Bộ Giáo dục và Đào tạo đề nghị các địa\nphương rà soát các điểm thi có nguy cơ ngập."
    assert marked(text, "toàn quốc")[-1] == ("các địa\nphương", "UBND các tỉnh, thành phố", "provincial_pc")


def test_another_provinces_unit_broken_over_two_lines_is_listed_under_one_line_name():
    got = marked("Tỉnh đoàn Bình Định phối hợp với Tỉnh đoàn Quảng\nNgãi đón thí sinh ở bến xe.")
    assert got[-1][:2] == ("Tỉnh đoàn Quảng\nNgãi", "Tỉnh đoàn Quảng Ngãi")


def test_an_abbreviation_with_a_dot_inside_stays_whole_in_the_name():
    assert [w for w, _, _ in marked("Hội Sinh viên T.Ư cử tình nguyện viên hỗ trợ thí sinh.")] == ["Hội Sinh viên T.Ư"]


def test_a_number_after_a_comma_ends_the_name():
    got = marked("Trung tâm Văn hóa huyện, 2 xe cứu thương và Công an huyện trực tại điểm thi.")
    assert [w for w, _, _ in got] == ["Trung tâm Văn hóa huyện", "Công an huyện"]


@pytest.mark.parametrize(("sentence", "others"), [
    # a verb right after the comma ends the name even when the name ends with a capitalised word
    ("Trung tâm Văn hóa Hoài Nhơn, phối hợp với Công an huyện giữ trật tự.", ["Công an huyện"]),
    # a known agency after the comma is the next item of a list, and the comma is no part of the first name
    ("Trung tâm Văn hóa Hoài Nhơn, Tỉnh đoàn phối hợp tổ chức tiếp sức mùa thi.", ["Tỉnh đoàn"]),
    # so do words that only join or describe ("đơn vị", "cán bộ"): the name is not "… Hoài Nhơn, đơn vị"
    ("Trung tâm Văn hóa Hoài Nhơn, đơn vị đã chuẩn bị loa đài cho các điểm thi.", []),
    ("Trung tâm Văn hóa Hoài Nhơn, như đã giao, chuẩn bị loa đài cho các điểm thi.", []),
])
def test_a_name_that_ends_with_a_place_stops_at_its_comma(sentence, others):
    assert [w for w, _, _ in marked(sentence)] == ["Trung tâm Văn hóa Hoài Nhơn", *others]


def test_a_name_the_gazetteer_does_not_know_stops_where_a_known_one_starts():
    got = marked("Trung tâm Văn hóa Thông tin Công an huyện phối hợp giữ trật tự.")
    assert [(w, r) for w, _, r in got] == [("Trung tâm Văn hóa Thông tin", "other"), ("Công an huyện", "police")]


@pytest.mark.parametrize("between", [" - ", " – ", "/"], ids=["hyphen", "en_dash", "slash"])
def test_a_dash_or_slash_between_two_names_belongs_to_neither(between):
    # Found by the eleventh mutation round (a strict xfail there), fixed in names._unknown.
    got = marked(f"Trung tâm Văn hóa Thông tin{between}Công an huyện phối hợp giữ trật tự.")
    assert [w for w, _, _ in got] == ["Trung tâm Văn hóa Thông tin", "Công an huyện"]


def test_a_steering_committee_for_the_exam_written_with_a_capital_thi_keeps_the_exams_name():
    text = "Ban Chỉ đạo Thi tốt nghiệp THPT năm 2024 (BCĐ) họp triển khai kế hoạch."
    assert marked(text)[0][:2] == ("Ban Chỉ đạo Thi tốt nghiệp THPT năm 2024", "Ban Chỉ đạo thi cấp tỉnh")
    assert "BCĐ" in abbreviations([text], matcher("Bình Định", 2024))


def test_a_year_after_a_board_that_is_not_the_exams_committee_is_no_part_of_its_name():
    got = marked("Ban Tuyên giáo Tỉnh ủy năm 2024 tiếp tục chỉ đạo báo chí đưa tin về kỳ thi.")
    assert got[0] == ("Ban Tuyên giáo Tỉnh ủy", "Ban Tuyên giáo Tỉnh ủy", "party_propaganda")


def test_a_misspelt_name_before_another_unknown_name_leaves_both_marked():
    got = marked("Sở Giáo duc và Đào tạo phối hợp với Trung tâm Văn hóa huyện rà soát thí sinh.")
    assert got == [("Sở Giáo duc và Đào tạo", "Sở Giáo dục và Đào tạo", "education"),
                   ("Trung tâm Văn hóa huyện", "Trung tâm Văn hóa huyện", "other")]


def test_a_name_typed_without_accents_in_a_national_text_is_found_and_listed_as_written():
    # a text of no locality has no province to put in "Thanh tra {tỉnh}": the words written are the name
    assert marked("Thanh tra tinh kiểm tra các điểm thi.", None) == [("Thanh tra tinh", "Thanh tra tinh", "inspection")]


def test_two_names_with_nothing_between_are_two_agencies():
    assert marked("Sở Y tế UBND huyện phối hợp bố trí xe cấp cứu.") == [
        ("Sở Y tế", "Sở Y tế", "health"), ("UBND huyện", "UBND các huyện, thành phố", "district_pc")]


def test_two_sector_lists_in_one_statement_both_name_their_members():
    got = marked("Các sở, ngành: Y tế, Tài chính bố trí kinh phí; các ngành điện lực, viễn thông bảo đảm điện và mạng.")
    assert [(w, r) for w, _, r in got] == [("Y tế", "health"), ("Tài chính", "finance"),
                                           ("các ngành điện lực", "electricity"), ("viễn thông", "telecom")]


def test_a_sector_word_broken_over_two_lines_is_still_a_member():
    got = marked("Các ngành y\ntế, điện lực bảo đảm phục vụ kỳ thi.")
    assert [(n, r) for _, n, r in got] == [("Sở Y tế", "health"), ("Công ty Điện lực Bình Định", "electricity")]


def test_a_sector_of_a_city_is_named_as_the_citys():
    got = marked("Các ngành Thanh tra, Nội vụ phối hợp kiểm tra hồ sơ.", "Hải Phòng")
    assert got[0] == ("Các ngành Thanh tra", "Thanh tra thành phố", "inspection")


def test_a_sector_a_merger_retired_that_year_still_names_its_sector():
    # in 2025 the transport department had merged into construction; a text that still lists it names the transport
    # sector (its duties are Sở Xây dựng's now), not some other body
    got = mentions("Các sở, ngành: Giao thông vận tải, Y tế phối hợp đưa đón thí sinh.", matcher("Bình Định", 2025))
    assert [(x.name, x.role) for x in got] == [("Sở Giao thông vận tải", "transport"), ("Sở Y tế", "health")]


def test_a_head_word_that_names_nothing_does_not_hide_a_later_name():
    got = marked("Các Trung tâm phối hợp với Trung tâm Văn hóa huyện bố trí phòng chờ.")
    assert [w for w, _, _ in got] == ["Trung tâm Văn hóa huyện"]


def test_a_province_after_a_lower_agency_and_a_comma_is_its_address_and_later_names_still_count():
    got = marked("Công an thị xã An Nhơn, tỉnh Bình Định huy động lực lượng bảo vệ điểm thi, Sở Y tế cử cán bộ trực.")
    assert [(w, r) for w, _, r in got] == [("Công an thị xã An Nhơn, tỉnh Bình Định", "police"), ("Sở Y tế", "health")]


@pytest.mark.parametrize("sentence", [
    "Trên địa bàn tỉnh tổ chức 3 điểm thi; tỉnh đã huy động 200 tình nguyện viên.",
    "Năm nay: tỉnh đã huy động 200 tình nguyện viên.",
    "tỉnh đã huy động 200 tình nguyện viên.",
])
def test_a_lower_case_tinh_acts_only_where_a_subject_can_stand(sentence):
    # after ";" or ":" or at the start a subject may stand; "trên địa bàn tỉnh" is a place, not the province acting
    assert marked(sentence) == [("tỉnh", "UBND tỉnh", "provincial_pc")]


def test_a_bare_tinh_in_a_citys_document_names_no_one():
    assert marked("Tỉnh đã huy động lực lượng hỗ trợ thí sinh.", "Hải Phòng") == []


def test_a_name_that_takes_in_every_province_does_not_hide_the_next_agency():
    got = marked("Sở Y tế các tỉnh, thành phố trực thuộc Trung ương phối hợp với Công an tỉnh.", None)
    assert [w for w, _, _ in got] == ["Sở Y tế các tỉnh, thành phố trực thuộc Trung ương", "Công an tỉnh"]


@pytest.mark.parametrize("unit", ["Huyện đoàn An Lão", "Đoàn Thanh niên Trường Trần Phú"])
def test_a_name_ending_the_sentence_in_capitalised_words_leaves_the_full_stop_out(unit):
    got = marked(f"Các trường phối hợp với {unit}.")
    assert [w for w, _, _ in got] == [unit]
