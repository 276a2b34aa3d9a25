"""Session 31: patterns met on real texts read this session, written again in our own words."""

from __future__ import annotations

from tests.attr_helpers import attribute_text, leads_by_paragraph


def _parts(text: str, locality: str = "Điện Biên", year: int = 2024) -> list[tuple[str, str]]:
    tree, att = attribute_text(text, locality, year)
    return [(m.kind, m.role) for c in tree for m in att.mentions.get(c.seq, [])]


def test_an_agency_that_uses_something_after_a_long_setting_acts():
    # "sử dụng" is a duty verb: the agency before it, after a setting of several commas, is the one that acts
    parts = _parts("Khi lưới điện gặp sự cố, ở những điểm thi ở xa, Công ty Điện lực Điện Biên sử dụng máy phát điện "
                   "dự phòng để cấp điện ngay.\n")
    assert ("doer", "electricity") in parts


def test_the_company_named_before_is_the_one_that_uses_the_generators():
    leads = leads_by_paragraph("Công ty Điện lực Điện Biên đã lập phương án cấp điện cho các điểm thi.\n"
                               "Khi có sự cố trên đường dây, công ty sử dụng máy phát điện lưu động.\n", "Điện Biên", 2024)
    assert leads == [{"electricity"}, {"electricity"}]
