"""etl/attribution.py on short statements written for this test: the words the Document page marks as one
agency (a name with its place, a name for every province), and the part each rule's note in etl/rules.csv
gives the agency, checked on sentences other than those of tests/test_agencies.py."""

from __future__ import annotations

import pytest

from etl.agencies import attribute, matcher, roles_of
from etl.attribution import mentions, parts, starts_with_verb
from etl.clean import clean
from etl.segment import clauses, kinds


@pytest.fixture(scope="module")
def m():
    return matcher("Lạng Sơn", 2024)


def marked(text: str, m) -> list[tuple[str, str]]:
    """(the words marked, the agency's canonical name) for each mention, in reading order."""
    return [(text[x.start : x.end], x.name) for x in mentions(text, m)]


def test_a_name_for_every_province_is_marked_whole(m):
    text = "Đề nghị Sở Giáo dục và Đào tạo các tỉnh, thành phố trực thuộc Trung ương chủ trì tổ chức thi."
    assert marked(text, m) == [("Sở Giáo dục và Đào tạo các tỉnh, thành phố trực thuộc Trung ương",
                                "Sở Giáo dục và Đào tạo")]
    got = parts(text, m)
    assert [(p.role, p.part) for p in got] == [("education", "doer")]
    assert text[got[0].start : got[0].end].endswith("Trung ương")
    local = "Sở Y tế các địa phương bố trí cán bộ y tế tại điểm thi."
    assert marked(local, m) == [("Sở Y tế các địa phương", "Sở Y tế")]


def test_the_place_after_a_name_belongs_to_it(m):
    text = "Sở Giáo dục và Đào tạo tỉnh Lạng Sơn chủ trì tổ chức thi."
    assert marked(text, m) == [("Sở Giáo dục và Đào tạo tỉnh Lạng Sơn", "Sở Giáo dục và Đào tạo")]
    # lower-case words after the place are the duty, not the name; a bare level word ("tỉnh", "thành phố") is the name's
    assert marked("Công an tỉnh bảo vệ đề thi.", m) == [("Công an tỉnh", "Công an tỉnh")]
    assert [w for w, _ in marked("Sở Giáo dục và Đào tạo tỉnh bố trí điểm thi.", m)] == ["Sở Giáo dục và Đào tạo tỉnh"]
    assert [w for w, _ in marked("Sau đó, lực lượng công an thành phố tuần tra quanh trường.", m)] == [
        "lực lượng công an thành phố"]


@pytest.mark.parametrize("text,words", [
    ("Sở Giáo dục và Đào tạo thành phố Hà Nội bố trí điểm thi.", ["Sở Giáo dục và Đào tạo thành phố Hà Nội"]),
    ("Công an TP. Lạng Sơn bảo vệ điểm thi.", ["Công an TP. Lạng Sơn"]),
    ("Sở Y tế, Công an tỉnh Lạng Sơn phối hợp kiểm tra.", ["Sở Y tế", "Công an tỉnh Lạng Sơn"]),
    # the next agency's name starts where the tail would go on: two agencies, not one long name
    ("Công an tỉnh Sở Y tế cùng kiểm tra.", ["Công an tỉnh", "Sở Y tế"]),
    ("Phối hợp với Sở Y tế Trung tâm Kiểm soát bệnh tật tỉnh kiểm tra.", ["Sở Y tế", "Trung tâm Kiểm soát bệnh tật tỉnh"]),
])
def test_each_agency_is_marked_with_its_own_words(m, text, words):
    assert [w for w, _ in marked(text, m)] == words


@pytest.mark.parametrize("text,verb", [
    ("Phối hợp với các đơn vị kiểm tra điểm thi.", True),
    ("Đồng thời chỉ đạo các trường rà soát hồ sơ.", True),
    ("Kỳ thi năm nay có nhiều điểm mới", False),
    ("Ngày 5/6/2024", False),
])
def test_a_statement_continues_the_agency_before_it_only_when_it_opens_with_a_duty(text, verb):
    assert starts_with_verb(text) is verb


@pytest.mark.parametrize("text", [
    "Các sở, ngành: Tài chính, Y tế, Công an tỉnh theo chức năng nhiệm vụ bảo đảm điều kiện tổ chức thi.",
    "Các sở, ngành: Công an tỉnh, Y tế, Tài chính bảo đảm điều kiện tổ chức thi.",
])
def test_every_member_of_a_sector_list_acts(m, text):
    got = parts(text, m)
    assert {(p.name, p.part) for p in got} == {("Sở Tài chính", "doer"), ("Sở Y tế", "doer"), ("Công an tỉnh", "doer")}
    assert {text[p.start : p.end] for p in got} == {"Tài chính", "Y tế", "Công an tỉnh"}


def test_sector_words_after_cac_nganh_name_their_agencies(m):
    got = parts("Các ngành y tế, điện lực, giao thông bảo đảm điều kiện phục vụ kỳ thi.", m)
    assert [(p.role, p.part) for p in got] == [("health", "doer"), ("electricity", "doer"), ("transport", "doer")]


def test_a_head_word_owns_the_known_name_after_it(m):
    text = "Văn phòng UBND tỉnh theo dõi, tổng hợp tình hình."
    assert marked(text, m) == [("Văn phòng UBND tỉnh", "Văn phòng UBND tỉnh")]  # not the committee itself
    assert [(p.name, p.part) for p in parts(text, m)] == [("Văn phòng UBND tỉnh", "doer")]


def test_a_misspelt_name_is_marked_as_written_and_named_as_known(m):
    text = "Sở Giáo duc và Đào tao chủ trì tổ chức kỳ thi."
    assert marked(text, m) == [("Sở Giáo duc và Đào tao", "Sở Giáo dục và Đào tạo")]
    assert [(p.role, p.part) for p in parts(text, m)] == [("education", "doer")]


def test_two_unknown_names_side_by_side_are_two_agencies(m):
    text = "Trung tâm Văn hóa tỉnh, Trung tâm Y tế huyện Văn Lãng phối hợp tuyên truyền."
    assert [w for w, _ in marked(text, m)] == ["Trung tâm Văn hóa tỉnh", "Trung tâm Y tế huyện Văn Lãng"]
    assert {p.part for p in parts(text, m)} == {"doer"}


def test_roles_of_a_free_standing_statement_by_part(m):
    got = roles_of("Công an tỉnh chủ trì,\n phối hợp với   Sở Y tế bảo vệ điểm thi; báo cáo UBND tỉnh.", m)
    assert got == {"doer": ["police"], "helper": ["health"], "recipient": ["provincial_pc"]}
    assert roles_of("Tổ chức tốt kỳ thi.", m) == {}


def paragraph_leads(text: str, which: str) -> set[str]:
    """Lead roles of the plain paragraph that contains `which`, attributed as a document body."""
    cleaned = clean(text)
    tree = clauses(cleaned.paragraphs, kinds(cleaned.paragraphs))
    att = attribute(tree, matcher("Lạng Sơn", 2024))
    clause = next(c for c in tree if which in c.text)
    return {f.role for f in att.found.get(clause.seq, []) if f.kind == "lead"}


OPENING = "Sở Y tế bố trí cán bộ y tế tại từng điểm thi trong suốt thời gian diễn ra kỳ thi năm nay.\n\n"


@pytest.mark.parametrize("second,inherits", [
    # a sentence that goes on about the same duty, with its full stop: the health department still acts
    ("Kiểm tra an toàn thực phẩm tại các bếp ăn phục vụ thí sinh.", True),
    ("Kiểm tra an toàn thực phẩm tại các bếp ăn phục vụ thí sinh;", True),
    # fourteen words and no closing stop: a headline, which does not inherit
    ("Kiểm tra an toàn thực phẩm tại các bếp ăn phục vụ thí sinh", False),
    # fifteen words without a stop is long enough to be a sentence
    ("Kiểm tra kỹ an toàn thực phẩm tại các bếp ăn phục vụ thí sinh", True),
])
def test_a_paragraph_inherits_the_doer_only_as_a_sentence(second, inherits):
    assert paragraph_leads(OPENING + second, "Kiểm tra") == ({"health"} if inherits else set())


def test_the_body_in_brackets_after_a_committee_takes_the_committees_part(m):
    got = parts("Ban Chỉ đạo thi tỉnh (Sở Giáo dục và Đào tạo) chủ trì rà soát các điểm thi.", m)
    assert [(p.role, p.part) for p in got] == [("steering_committee", "doer"), ("education", "doer")]
