"""etl/names.mentions(): which agencies a statement names and the words the Document page marks for each,
on short sentences written for this test (names the gazetteer does not know, lists joined by "và" or commas,
another province's unit, short names a document defines in brackets)."""

from __future__ import annotations

import pytest

from etl.gazetteer import matcher
from etl.names import abbreviations, mentions


def marked(text: str, locality: str = "Bình Định", short=None) -> list[tuple[str, str, str]]:
    """(words marked, canonical name, role) per agency, in reading order."""
    return [(text[x.start : x.end], x.name, x.role) for x in mentions(text, matcher(locality, 2024), short)]


@pytest.mark.parametrize("name", ["Trung tâm Văn hóa, Thông tin và Thể thao huyện Hoài Nhơn",
                                  "Trung tâm Văn hóa Thông tin và Thể thao huyện",
                                  "Trung tâm Bồi dưỡng, Tư vấn và Hỗ trợ học sinh"])
def test_an_unknown_name_joined_by_va_or_a_comma_is_one_agency(name):
    got = marked(f"{name} phối hợp bảo đảm an ninh tại điểm thi.")
    assert [words for words, _, _ in got] == [name]
    assert got[0][1] == name


def test_va_before_another_agency_separates_two_agencies():
    got = marked("Trung tâm Văn hóa huyện và Công an tỉnh phối hợp bảo vệ điểm thi.")
    assert [(w, r) for w, _, r in got] == [("Trung tâm Văn hóa huyện", "other"), ("Công an tỉnh", "police")]
    got = marked("Trung tâm Văn hóa huyện và Trung tâm Bồi dưỡng chính trị huyện cử người trực điểm thi.")
    assert [w for w, _, _ in got] == ["Trung tâm Văn hóa huyện", "Trung tâm Bồi dưỡng chính trị huyện"]


def test_va_before_lower_case_words_ends_the_name():
    got = marked("Trung tâm Văn hóa huyện và các trường học bố trí phòng chờ cho thí sinh.")
    assert [w for w, _, _ in got] == ["Trung tâm Văn hóa huyện"]


def test_another_provinces_unit_keeps_its_own_name():
    got = marked("Tỉnh đoàn Bình Định phối hợp với Tỉnh đoàn Quảng Ngãi đón thí sinh.")
    assert [w for w, _, _ in got] == ["Tỉnh đoàn Bình Định", "Tỉnh đoàn Quảng Ngãi"]
    own, other = got
    assert own[1] != other[1] and other[1] == "Tỉnh đoàn Quảng Ngãi" and own[2] == other[2] == "youth_union"
    # the same words in the province's own document are its own union
    assert marked("Tỉnh đoàn Quảng Ngãi bố trí tình nguyện viên.", "Quảng Ngãi")[0][1] != "Tỉnh đoàn Quảng Ngãi"


def test_a_short_name_defined_in_brackets_names_the_agency_every_time():
    m = matcher("Quảng Nam", 2024)
    texts = ["Công ty Điện lực Quảng Nam (QNPC) bảo đảm cấp điện cho các điểm thi.",
             "QNPC phối hợp với Công an tỉnh kiểm tra máy phát điện; QNPC báo cáo kết quả."]
    short = abbreviations(texts, m)
    assert short == {"QNPC": ("electricity", "Công ty Điện lực Quảng Nam")}
    got = marked(texts[1], "Quảng Nam", short)
    assert [(w, n) for w, n, _ in got] == [("QNPC", "Công ty Điện lực Quảng Nam"),
                                          ("Công an tỉnh", "Công an tỉnh"),
                                          ("QNPC", "Công ty Điện lực Quảng Nam")]
    # without the document's definitions the short name is no agency
    assert [w for w, _, _ in marked(texts[1], "Quảng Nam")] == ["Công an tỉnh"]


def test_a_short_name_is_found_as_a_whole_word_only():
    m = matcher("Quảng Nam", 2024)
    short = abbreviations(["Ban Chỉ đạo kỳ thi tốt nghiệp THPT năm 2024 (BCĐ) họp triển khai."], m)
    assert short == {"BCĐ": ("steering_committee", "Ban Chỉ đạo thi cấp tỉnh")}
    assert [w for w, _, _ in marked("BCĐ kiểm tra các điểm thi.", "Quảng Nam", short)] == ["BCĐ"]
    assert marked("Các BCĐT kiểm tra các điểm thi.", "Quảng Nam", short) == []


def test_a_committee_named_thi_tot_nghiep_defines_its_short_name():
    # found by the mutation tests: the gazetteer's "Ban Chỉ đạo thi" ended the name before "tốt nghiệp THPT …"
    m = matcher("Quảng Nam", 2024)
    assert "BCĐ" in abbreviations(["Ban Chỉ đạo thi tốt nghiệp THPT năm 2024 (BCĐ) họp triển khai."], m)


@pytest.mark.parametrize("after", ["vừa có văn bản gửi các tỉnh.", "hướng dẫn các phòng khám trực cấp cứu."])
def test_lower_case_words_after_a_comma_inside_a_name_stay_in_it(after):
    assert [w for w, _, _ in marked(f"Cục Quản lý Khám, chữa bệnh {after}")] == ["Cục Quản lý Khám, chữa bệnh"]


@pytest.mark.parametrize("after", ["phối hợp với Công an tỉnh bảo vệ điểm thi.", "các trường học bố trí phòng chờ.",
                                   "thị trấn bố trí phòng chờ."])
def test_a_comma_after_a_name_ends_it_before_a_duty_or_another_subject(after):
    got = marked(f"Trung tâm Văn hóa huyện, {after}")
    assert got[0][0] == "Trung tâm Văn hóa huyện"


def test_a_place_of_several_words_marks_another_provinces_unit():
    got = marked("Tỉnh đoàn Thừa Thiên Huế phối hợp với Tỉnh đoàn Bình Định đón thí sinh.")
    assert [(w, n) for w, n, _ in got][0] == ("Tỉnh đoàn Thừa Thiên Huế", "Tỉnh đoàn Thừa Thiên Huế")
    assert got[1][1] != "Tỉnh đoàn Bình Định"


def test_a_name_that_ends_a_sentence_is_marked_without_the_full_stop():
    got = marked("Tỉnh đoàn Bình Định phối hợp với Tỉnh đoàn Quảng Ngãi.")
    assert [w for w, _, _ in got] == ["Tỉnh đoàn Bình Định", "Tỉnh đoàn Quảng Ngãi"]
    assert got[1][1] == "Tỉnh đoàn Quảng Ngãi"  # another province's unit, not the document's own


@pytest.mark.parametrize("name", ["Công an TP. Hồ Chí Minh", "Sở Giáo dục và Đào tạo thành phố Hồ Chí Minh"])
def test_a_place_of_three_words_after_its_place_word_is_marked_whole(name):
    got = marked(f"{name} phối hợp với Công an tỉnh truy vết đối tượng.")
    assert [w for w, _, _ in got] == [name, "Công an tỉnh"]
    assert got[0][1] == name  # another city's unit keeps its name


def test_short_names_are_learned_from_any_paragraph_of_the_document():
    m = matcher("Quảng Nam", 2024)
    texts = ["Sở Y tế họp triển khai công tác y tế phục vụ kỳ thi.",
             "Công ty Điện lực Quảng Nam (PC Quảng Nam) bảo đảm cấp điện."]
    assert abbreviations(texts, m) == {"PC Quảng Nam": ("electricity", "Công ty Điện lực Quảng Nam")}
