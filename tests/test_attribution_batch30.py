"""Session 28: layouts of plans and decisions in our own words. A plan's section headed "Trách nhiệm của X" (no
colon, no task of its own) hands its bullets to X; a decision's articles ("Điều 1.", "Điều 2.") are the outermost
items, so the numbered clauses under "Điều 2. Nhiệm vụ của Ban Chỉ đạo" are the committee's."""

from __future__ import annotations

import pytest

from etl.clean import clean
from etl.segment import clauses, kinds
from tests.attr_helpers import attribute_text, leads_by_paragraph

PLAN = """II. TỔ CHỨC THỰC HIỆN
1. Trách nhiệm của Công an tỉnh
- Bố trí lực lượng canh gác nơi in sao đề thi suốt thời gian làm đề.
- Theo dõi, ngăn chặn việc dùng thiết bị thu phát để gian lận.
2. Nhiệm vụ của Sở Y tế.
- Cử nhân viên y tế trực ở mỗi điểm thi.
3. Trách nhiệm của UBND các huyện, thành phố
- Hỗ trợ chỗ ở cho thí sinh vùng sâu đến dự thi.
"""

DECISION = """QUYẾT ĐỊNH:
Điều 1. Thành lập Ban Chỉ đạo Kỳ thi tốt nghiệp THPT năm 2023 của tỉnh, gồm các ông, bà có tên sau:
1. Ông Hồ Văn Lâm, Phó Chủ tịch UBND tỉnh - Trưởng ban;
2. Bà Đinh Thị Mai, Phó Giám đốc Sở Y tế - Ủy viên;
Điều 2. Nhiệm vụ của Ban Chỉ đạo
1. Giúp Chủ tịch UBND tỉnh điều hành, đôn đốc mọi khâu của Kỳ thi trong tỉnh.
2. Kịp thời xử lý những việc bất thường phát sinh trong những ngày thi.
Điều 3. Quyết định này có hiệu lực kể từ ngày ký.
"""


def test_a_plans_section_headed_by_whose_responsibility_it_is_gives_its_bullets_to_that_agency():
    leads = leads_by_paragraph(PLAN, "Phú Yên", 2024)
    assert leads[1:4] == [{"police"}, {"police"}, {"police"}]  # the heading and its two bullets
    assert leads[5] == {"health"}  # a heading that ends with a full stop too
    assert leads[7] == {"district_pc"}


@pytest.mark.parametrize("line", ["1. Trách nhiệm của Công an tỉnh", "Nhiệm vụ của Công an tỉnh:"])
def test_the_heading_alone_names_the_doer(line):
    assert leads_by_paragraph(line + "\n- Canh gác nơi in sao đề thi.", "Phú Yên", 2024)[1] == {"police"}


def test_a_sentence_that_only_mentions_whose_duty_something_is_does_not_hand_it_on():
    # "theo nhiệm vụ của X" in the middle of a task: X is only named (rule place_or_owner), the subject acts
    leads = leads_by_paragraph("UBND huyện hỗ trợ thí sinh theo nhiệm vụ của Sở Y tế và Sở GD&ĐT giao.", "Phú Yên", 2024)
    assert leads == [{"district_pc"}]


def test_a_decisions_articles_are_the_outermost_items():
    cleaned = clean(DECISION)
    tree = clauses(cleaned.paragraphs, kinds(cleaned.paragraphs))
    labels = [(c.label, tree[c.parent_seq].label if c.parent_seq is not None else None) for c in tree]
    assert labels == [("Điều 1", None), ("1", "Điều 1"), ("2", "Điều 1"), ("Điều 2", None), ("1", "Điều 2"),
                      ("2", "Điều 2"), ("Điều 3", None)]


def test_the_duties_of_a_steering_committee_listed_under_its_article_are_its_own():
    leads = leads_by_paragraph(DECISION, "Phú Yên", 2023)
    assert leads[1:3] == [set(), set()]  # the members named in article 1 do nothing there
    assert leads[3:6] == [{"steering_committee"}] * 3


@pytest.mark.parametrize("year,role", [(2023, "other"), (2026, "district_pc")])
def test_the_communes_named_without_their_committee_are_the_commune_committees(year, role):
    # "các xã, phường, thị trấn" directed to act are the commune committees (role other while districts existed, the
    # local government from 2026); named as a place they are only mentioned
    text = "UBND huyện chỉ đạo các xã, phường, thị trấn bố trí chỗ nghỉ trưa cho thí sinh ở xa."
    assert (role, "UBND cấp xã", "doer") in {(f.role, f.name, f.kind) for f in _mentions(text, year)}
    text = "Sở Y tế cử xe cứu thương túc trực tại các xã, thị trấn có điểm thi."
    assert {(f.name, f.kind) for f in _mentions(text, year) if f.name == "UBND cấp xã"} == {("UBND cấp xã", "mention")}


def _mentions(text: str, year: int):
    _, att = attribute_text(text, "Phú Yên", year)
    return [f for found in att.mentions.values() for f in found]


@pytest.mark.parametrize("text,name", [
    ("Các trường gửi danh sách cán bộ coi thi về Phòng Quản lý chất lượng trước ngày 5/6/2024.", "Phòng Quản lý chất lượng"),
    ("Các trường nộp hồ sơ về Phòng Khảo thí chậm nhất ngày 10/6.", "Phòng Khảo thí"),
])
def test_an_unknown_office_ends_before_a_deadline(text, name):
    # a department's dispatch names its own offices; "trước ngày …", "chậm nhất ngày …" is a deadline, not their name
    assert name in {f.name for f in _mentions(text, 2024)}
