"""Session 29: a school's parents' board ("Ban đại diện cha mẹ học sinh") is an agency the gazetteer cannot know, and real
text writes its name in lower case after "Ban". It is kept under its own name (role `other`), as the doer that is asked
and as the helper a department works with, never dropped."""

from __future__ import annotations

from tests.attr_helpers import attribute_text


def _parts(text: str) -> list[tuple[str, str, str]]:
    tree, att = attribute_text(text, "Quảng Trị", 2024)
    return [(m.kind, m.role, m.name) for c in tree for m in att.mentions.get(c.seq, [])]


def test_the_parents_board_that_is_asked_is_the_doer():
    parts = _parts("Đề nghị Ban đại diện cha mẹ học sinh các trường động viên con em ôn tập và dự thi đầy đủ.\n")
    assert ("doer", "other", "Ban đại diện cha mẹ học sinh") in parts


def test_the_parents_board_a_department_works_with_is_a_helper():
    parts = _parts("Phòng Giáo dục và Đào tạo phối hợp với Ban đại diện cha mẹ học sinh chuẩn bị nước uống cho thí sinh.\n")
    assert ("helper", "other", "Ban đại diện cha mẹ học sinh") in parts
    assert [p for p in parts if p[0] == "doer"] and all(p[1] == "education" for p in parts if p[0] == "doer")
