"""Those asked before a ";" also do what the part after it says, when that part opens with its own subject
(etl.agencies, `_opens_with_subject`, rule "asked_across"). Our own words."""

import pytest

from tests.attr_helpers import attribute_text

ASK = "Sở Thông tin và Truyền thông đề nghị UBND các huyện, thành phố; "


def _doers_of_second_part(text: str) -> set[tuple[str, str]]:
    _, att = attribute_text(text, "Gia Lai", 2024)
    return {(f.role, f.how) for found in att.mentions.values() for f in found if f.statement == 1 and f.kind == "doer"}


@pytest.mark.parametrize("second, rule", [
    ("Đài Phát thanh và Truyền hình tỉnh đưa tin đầy đủ về kỳ thi.", "subject"),
    ("Đài Phát thanh và Truyền hình tỉnh cần đưa tin đầy đủ về kỳ thi.", "subject_aux"),
    ("các cơ quan báo chí trong tỉnh đưa tin đầy đủ về kỳ thi.", "lead_position"),
])
def test_a_part_that_opens_with_its_subject_is_done_by_those_asked_too(second, rule):
    assert _doers_of_second_part(ASK + second) == {("press", rule), ("district_pc", "asked_across")}


def test_a_part_whose_subject_comes_after_other_words_is_its_subjects_alone():
    # "trong đó" (among them) names one of those asked: the committees asked before do not share its task
    doers = _doers_of_second_part(ASK + "trong đó, Đài Phát thanh và Truyền hình tỉnh đưa tin đầy đủ về kỳ thi.")
    assert ("district_pc", "asked_across") not in doers
    assert {role for role, _ in doers} == {"press"}


def _mentions(text: str) -> set[tuple[int, str, str, str, int, int]]:
    _, att = attribute_text(text, "Gia Lai", 2024)
    return {(f.statement, f.role, f.kind, f.how, f.start, f.end) for found in att.mentions.values() for f in found}


def test_the_tasks_after_a_semicolon_keep_the_lead_and_its_helpers_with_no_words_to_highlight():
    # the Document page highlights a mention by its characters; a carried agency is not written in that statement
    text = ("Sở Giáo dục và Đào tạo chủ trì, phối hợp với Công an tỉnh kiểm tra điều kiện an ninh nơi in sao đề thi của "
            "tỉnh; bảo đảm an toàn tuyệt đối khi vận chuyển đề thi, bài thi đến các điểm thi.")
    assert {m for m in _mentions(text) if m[0] == 1} == {
        (1, "education", "doer", "previous_statement", -1, -1), (1, "police", "helper", "previous_statement", -1, -1)}


def test_the_agency_a_paragraph_goes_on_about_helps_the_one_it_supports():
    text = ("Đoàn Thanh niên tổ chức các đội tiếp sức mùa thi.\n\n"
            "Đơn vị này hỗ trợ ngành giáo dục hướng dẫn thí sinh vào phòng thi.")
    tree, att = attribute_text(text, "Gia Lai", 2024)
    second = next(c for c in tree if c.text.startswith("Đơn vị này"))
    found = {(f.statement, f.role, f.name, f.kind, f.how) for f in att.found[second.seq]}
    assert found == {(0, "education", "Sở Giáo dục và Đào tạo", "lead", "supported_to_act"),
                     (0, "youth_union", "Đoàn TNCS Hồ Chí Minh tỉnh", "support", "supports")}
    carried = [f for f in att.mentions[second.seq] if f.how == "supports"]
    assert [(f.statement, f.role, f.name, f.kind) for f in carried] == [
        (0, "youth_union", "Đoàn TNCS Hồ Chí Minh tỉnh", "helper")]
