"""etl/agencies.attribute() on what a statement carries over from the one before it (mutation round twelve): the
helpers a task after ";" keeps, a committee that only steers, bullets under a lead-in, numbered items that do not
continue each other, a short name defined in another item, a list that goes on after ";", and why a caption or a
reported event names its agencies only. Each case is a short text written for this test; each assertion is what the
Document page shows of a clause: who is named, in which part, by which rule, on which words, in which statement."""

from __future__ import annotations

import pytest

from tests.attr_helpers import attribute_text

MARKED_NOTHING = None  # carried over: the page marks no words for it


def shown(text: str, which: str = "", *, found: bool = False) -> list[tuple]:
    """(name, part, rule, marked words, statement) of each agency the clause containing `which` names (its lead and
    support list when `found`), in the order the page lists them."""
    tree, att = attribute_text(text, "Lạng Sơn", 2024)
    clause = next(c for c in tree if which in c.text)
    rows = (att.found if found else att.mentions).get(clause.seq, [])
    return [(f.name, f.kind, f.how, clause.text[f.start : f.end] if f.start >= 0 else MARKED_NOTHING, f.statement)
            for f in rows]


def leads(text: str, which: str = "") -> list[str]:
    return [name for name, kind, *_ in shown(text, which, found=True) if kind == "lead"]


EDUCATION, POLICE, HEALTH = "Sở Giáo dục và Đào tạo", "Công an tỉnh", "Sở Y tế"
CHAIRS = "Sở Giáo dục và Đào tạo chủ trì, phối hợp với Công an tỉnh rà soát các điểm thi"


def test_a_task_after_a_semicolon_keeps_the_helpers_of_the_task_before():
    got = shown(CHAIRS + "; chuẩn bị đầy đủ hồ sơ, tài liệu cho các hội đồng thi.")
    carried = [row for row in got if row[2] == "previous_statement"]
    assert carried == [(EDUCATION, "doer", "previous_statement", MARKED_NOTHING, 1),
                       (POLICE, "helper", "previous_statement", MARKED_NOTHING, 1)]


def test_a_new_sentence_keeps_the_doer_but_not_the_helpers():
    got = shown(CHAIRS + ". Tổ chức tập huấn cho cán bộ coi thi trước ngày thi.")
    assert [row for row in got if row[4] == 1] == [(EDUCATION, "doer", "previous_statement", MARKED_NOTHING, 1)]


def test_a_steering_committee_over_a_bullet_only_asks_and_the_one_it_directs_acts():
    text = "1. Ban Chỉ đạo thi cấp tỉnh:\n- Chỉ đạo Sở Y tế bố trí cán bộ y tế trực tại các điểm thi."
    assert shown(text, "- Chỉ đạo") == [(HEALTH, "doer", "directed_to_act", HEALTH, 0),
                                        ("Ban Chỉ đạo thi cấp tỉnh", "requester", "steers", MARKED_NOTHING, 0)]
    assert leads(text, "- Chỉ đạo") == [HEALTH]


@pytest.mark.parametrize("bullet", ["-", "+"])
def test_bullets_under_a_lead_in_paragraph_work_for_the_agency_it_names(bullet):
    text = (f"Nhiệm vụ của Sở Y tế như sau:\n\n{bullet} Bố trí xe cấp cứu tại điểm thi xa bệnh viện.\n\n"
            f"{bullet} Kiểm tra an toàn thực phẩm tại các bếp ăn phục vụ thi.")
    for which in ("Bố trí xe", "Kiểm tra an toàn"):
        assert shown(text, which, found=True) == [(HEALTH, "lead", "heading", MARKED_NOTHING, 0)]


def test_a_numbered_item_does_not_continue_the_agency_of_the_item_before():
    text = "1. Công an tỉnh bảo vệ an toàn khu vực in sao đề thi.\n\n2. Bố trí cán bộ canh gác kho đề thi suốt ngày đêm."
    assert leads(text, "1. Công an") == [POLICE]
    assert shown(text, "2. Bố trí") == []


def test_a_short_name_only_another_item_defines_names_the_same_agency():
    text = ("1. Ban An toàn giao thông tỉnh (BATGT) phân luồng giao thông quanh các điểm thi.\n\n"
            "2. BATGT phối hợp với Công an tỉnh bố trí lực lượng hướng dẫn thí sinh qua đường.")
    assert shown(text, "2. BATGT", found=True) == [("Ban An toàn giao thông tỉnh", "lead", "subject", "BATGT", 0),
                                                    (POLICE, "support", "coordination", POLICE, 0)]


LIST_HEAD = "Sở Giáo dục và Đào tạo chủ trì tổ chức Kỳ thi, phối hợp với Công an tỉnh và Sở Y tế; "


@pytest.mark.parametrize("rest, listed", [
    ("Công ty Điện lực Lạng Sơn, Bưu điện tỉnh Lạng Sơn và Viễn thông Lạng Sơn trong suốt thời gian thi.",
     ["Công ty Điện lực Lạng Sơn", "Doanh nghiệp bưu chính", "Doanh nghiệp viễn thông"]),
    # a verb inside a name ("Kiểm soát") is not the statement's own verb
    ("Công ty Điện lực Lạng Sơn, Trung tâm Kiểm soát bệnh tật tỉnh và Bưu điện tỉnh Lạng Sơn.",
     ["Công ty Điện lực Lạng Sơn", "Trung tâm Kiểm soát bệnh tật tỉnh", "Doanh nghiệp bưu chính"]),
    ("Bưu điện tỉnh Lạng Sơn, Công ty Điện lực Lạng Sơn và Trung tâm Kiểm soát bệnh tật tỉnh trong những ngày thi.",
     ["Doanh nghiệp bưu chính", "Công ty Điện lực Lạng Sơn", "Trung tâm Kiểm soát bệnh tật tỉnh"]),
], ids=["plain-names", "a-verb-inside-a-name", "a-verb-inside-the-last-name"])
def test_names_after_a_semicolon_without_a_verb_go_on_with_the_helpers(rest, listed):
    # (a piece after ";" without a verb is no statement of its own: the names go on with the partners before it)
    got = shown(LIST_HEAD + rest, found=True)
    assert [name for name, kind, *_ in got if kind == "lead"] == [EDUCATION]
    assert [(name, statement) for name, kind, how, _, statement in got if kind == "support"] == [
        (POLICE, 0), (HEALTH, 0), *((n, 0) for n in listed)]


def test_a_photo_caption_names_its_agency_as_a_caption():
    text = ("Sở Y tế bố trí cán bộ trực tại các điểm thi.\n\n"
            "Phó Chủ tịch UBND tỉnh kiểm tra công tác chuẩn bị tại điểm thi Trường THPT Việt Bắc (Ảnh: Minh Anh)")
    assert shown(text, "Ảnh:")[0] == ("UBND tỉnh", "mention", "caption", "Chủ tịch UBND tỉnh", 0)
    assert shown(text, "Ảnh:", found=True) == []


# a meeting the department attends (one it holds is its own act, session 34)
MEETING = "Chiều 12/6, Giám đốc Sở Y tế dự hội nghị triển khai công tác y tế phục vụ Kỳ thi"
ON_DUTY = "bố trí cán bộ trực tại tất cả các điểm thi trong tỉnh."


@pytest.mark.parametrize("text, named, leads_", [
    # the meeting first, then a task after ";": the task is the department's duty, the meeting only names it
    (f"{MEETING}; {ON_DUTY}", [(HEALTH, "mention", "event", HEALTH, 0), (HEALTH, "doer", "previous_statement", MARKED_NOTHING, 1)],
     [(HEALTH, "lead", "previous_statement", MARKED_NOTHING, 1)]),
    # a duty, then the meeting in the next sentence: the duty keeps its doer
    (f"Sở Y tế {ON_DUTY} {MEETING}.", [(HEALTH, "doer", "subject", HEALTH, 0), (HEALTH, "mention", "event", HEALTH, 1)],
     [(HEALTH, "lead", "subject", HEALTH, 0)]),
], ids=["meeting-then-duty", "duty-then-meeting"])
def test_a_reported_meeting_only_names_its_agency_and_a_duty_beside_it_keeps_its_doer(text, named, leads_):
    assert shown(text) == named
    assert shown(text, found=True) == leads_


def test_names_after_a_semicolon_with_a_verb_of_their_own_lead():
    got = shown(LIST_HEAD + "Công ty Điện lực Lạng Sơn bảo đảm cấp điện liên tục tại các điểm thi.", found=True)
    assert [(name, how, statement) for name, kind, how, _, statement in got if kind == "lead"] == [
        (EDUCATION, "chairs", 0), ("Công ty Điện lực Lạng Sơn", "subject", 1)]


def test_an_owner_named_in_a_list_that_goes_on_stays_a_mention():
    got = shown(LIST_HEAD + "Công ty Điện lực Lạng Sơn và các bệnh viện của Sở Y tế trong suốt thời gian thi.")
    assert (HEALTH, "mention", "place_or_owner", HEALTH, 0) in got
    assert [(name, part) for name, part, _, surface, _ in got if surface == "Công ty Điện lực Lạng Sơn"] == [
        ("Công ty Điện lực Lạng Sơn", "helper")]


def test_a_bare_so_names_the_department_named_last_not_the_agency_named_last():
    text = ("Sở Y tế chủ trì kiểm tra bếp ăn phục vụ thi, phối hợp với Công an tỉnh.\n\n"
            "Sở bố trí cán bộ trực tại tất cả các điểm thi trong tỉnh.")
    assert shown(text, "Sở bố trí") == [(HEALTH, "doer", "subject", "Sở", 0)]


def test_the_next_paragraph_continues_the_agency_the_paragraph_ended_with():
    text = ("Sở Y tế bố trí cán bộ trực tại các điểm thi; Công an tỉnh bảo vệ an toàn khu vực in sao đề thi trong suốt "
            "Kỳ thi.\n\nTuần tra quanh các điểm thi, không để người không có nhiệm vụ vào khu vực thi.")
    assert shown(text, "Tuần tra", found=True) == [(POLICE, "lead", "previous_paragraph", MARKED_NOTHING, 0)]


def test_the_task_after_a_directed_one_is_the_directing_department_s():
    # Under its heading the department keeps its task, so the task after ";" is the department's again ...
    text = ("2. Sở Thông tin và Truyền thông:\n- Chỉ đạo các doanh nghiệp viễn thông bảo đảm thông tin liên lạc; kiểm "
            "tra việc phủ sóng di động tại tất cả các điểm thi trong tỉnh.")
    assert [row for row in shown(text, "Chỉ đạo") if row[4] == 1] == [
        ("Sở Thông tin và Truyền thông", "doer", "previous_statement", MARKED_NOTHING, 1)]
    # ... while a department that only directs as a sentence's subject asks (rule directs): the ones directed go on.
    text = text.split("\n- ")[1].replace("Chỉ đạo", "Sở Thông tin và Truyền thông chỉ đạo")
    assert [row[:3] for row in shown(text) if row[4] == 1] == [
        ("Doanh nghiệp viễn thông", "doer", "previous_statement")]


def test_a_bullet_after_a_full_sentence_does_not_take_its_agency():
    text = "Sở Y tế bố trí cán bộ trực tại các điểm thi.\n\n- Kiểm tra an toàn thực phẩm tại các bếp ăn phục vụ thi."
    assert shown(text, "- Kiểm tra") == []
