"""etl/names.mentions(): a bare word that stands for an agency ("Hiện Sở đang hướng dẫn …", "Tỉnh đã huy động …",
"Hải Phòng đã chuẩn bị …") names the agency a reader understands, so the Document page marks it and attribution
can make it the doer. Sentences are written for this test, in the shape of portal news."""

from __future__ import annotations

from etl.gazetteer import matcher
from etl.names import mentions


def marked(text: str, locality: str = "Bình Định", last=None) -> list[tuple[str, str, str]]:
    """(words marked, canonical name, role) per agency, in reading order."""
    return [(text[x.start : x.end], x.name, x.role) for x in mentions(text, matcher(locality, 2024), None, last)]


def test_a_bare_so_is_the_department_the_text_named_last():
    assert marked("Sở Y tế đã triển khai kế hoạch. Hiện Sở đang hướng dẫn các trường cử cán bộ trực.") == [
        ("Sở Y tế", "Sở Y tế", "health"), ("Sở", "Sở Y tế", "health")]
    assert marked("Sở Y tế và Sở Giáo dục và Đào tạo đã họp. Sở đang hướng dẫn các trường rà soát thí sinh.")[-1] == \
        ("Sở", "Sở Giáo dục và Đào tạo", "education")


def test_a_bare_cong_ty_is_the_company_named_before_it():
    got = marked("Công ty Điện lực Bình Định kiểm tra đường dây. Công ty đã bố trí máy phát điện dự phòng.")
    assert got[-1] == ("Công ty", "Công ty Điện lực Bình Định", "electricity")


def test_a_bare_so_takes_what_an_earlier_statement_named_when_this_one_names_none():
    assert marked("Hiện Sở đang hướng dẫn các trường cử cán bộ trực.", last={"Sở": ("health", "Sở Y tế")}) == [
        ("Sở", "Sở Y tế", "health")]
    # a department named in the sentence itself wins over the earlier statement's
    assert marked("Sở Tài chính đã thẩm định dự toán. Sở đang cấp kinh phí.", last={"Sở": ("health", "Sở Y tế")})[-1] \
        == ("Sở", "Sở Tài chính", "finance")


def test_a_bare_so_that_stands_for_nothing_known_names_no_one():
    assert marked("Hiện Sở đang hướng dẫn các trường cử cán bộ trực.") == []
    assert marked("Hiện Sở đang hướng dẫn các trường.", last={"Bộ": ("ministry", "Bộ Giáo dục và Đào tạo")}) == []


def test_a_bare_word_not_before_a_duty_verb_names_no_one():
    assert marked("Công tác của Sở trong năm nay rất nặng nề.", last={"Sở": ("health", "Sở Y tế")}) == []


def test_the_province_and_the_city_named_bare_act_as_their_peoples_committee():
    assert marked("Tỉnh đã huy động lực lượng hỗ trợ thí sinh.") == [("Tỉnh", "UBND tỉnh", "provincial_pc")]
    assert marked("Thành phố đã huy động lực lượng hỗ trợ thí sinh.", "Hải Phòng") == [
        ("Thành phố", "UBND thành phố", "provincial_pc")]


def test_the_documents_own_place_before_a_helper_verb_is_its_committee_a_city_too():
    assert marked("Bình Định đã chuẩn bị đủ phòng thi dự phòng.") == [("Bình Định", "UBND tỉnh", "provincial_pc")]
    assert marked("Hải Phòng đã chuẩn bị đủ phòng thi dự phòng.", "Hải Phòng") == [
        ("Hải Phòng", "UBND thành phố", "provincial_pc")]


def test_the_own_place_without_a_helper_verb_acts_only_as_the_opening_subject():
    # session 53: news reports name their province bare as the one at work ("Bình Định tổ chức …")
    got = marked("Bình Định tổ chức 1 cụm thi, Sở Giáo dục và Đào tạo chủ trì.")
    assert [w for w, _, _ in got] == ["Bình Định", "Sở Giáo dục và Đào tạo"]
    # inside the sentence, without a helper verb, it is only a place
    assert marked("Các trường ở Bình Định tổ chức ôn tập cho học sinh.") == []
    # and a later place before a helper verb in the same sentence is still read
    got = marked("Kỳ thi ở Bình Định tổ chức 1 cụm thi; Bình Định đã bố trí 40 điểm thi.")
    assert got == [("Bình Định", "UBND tỉnh", "provincial_pc")]


def test_a_word_inside_a_name_already_marked_is_not_marked_again():
    got = marked("UBND tỉnh chỉ đạo các ngành. Tỉnh đã huy động lực lượng hỗ trợ thí sinh.")
    assert got == [("UBND tỉnh", "UBND tỉnh", "provincial_pc"), ("các ngành", "Các sở, ban, ngành", "departments"),
                   ("Tỉnh", "UBND tỉnh", "provincial_pc")]
    got = marked("Sở Y tế đang hướng dẫn các trường cử cán bộ trực.", last={"Sở": ("finance", "Sở Tài chính")})
    assert got == [("Sở Y tế", "Sở Y tế", "health")]


def test_a_bare_word_that_is_not_a_doer_does_not_stop_a_later_one():
    assert marked("Theo Sở, năm nay Sở đang hướng dẫn các trường rà soát thí sinh.",
                  last={"Sở": ("education", "Sở Giáo dục và Đào tạo")}) == [
        ("Sở", "Sở Giáo dục và Đào tạo", "education")]
