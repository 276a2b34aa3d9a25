"""Session 41: patterns met on real texts, written again in our own words."""

from __future__ import annotations

import pytest

from tests.attr_helpers import roles

# One paragraph each: its text, the document's locality and year, and the lead and support roles a reader sees.
ONE_PARAGRAPH = {
    # "chỉ đạo Y trong tỉnh + verb": where Y works comes before the verb, and Y acts (the department only asks)
    "directed-press-in-the-province": ("Sở Thông tin và Truyền thông chỉ đạo các cơ quan báo, đài trong tỉnh tăng "
                                       "cường đưa tin về lịch thi và quy chế thi.", "Hà Nam", 2023,
                                       {"lead": {"press"}, "support": set()}),
    # guard: a department directing another sector's body only asks
    "education-asks-the-power-company": ("Sở Giáo dục và Đào tạo đề nghị Công ty Điện lực tỉnh bảo đảm cấp điện liên "
                                         "tục cho nơi in sao đề thi.", "Thanh Hóa", 2023,
                                         {"lead": {"electricity"}, "support": set()}),
}


@pytest.mark.parametrize("case", sorted(ONE_PARAGRAPH))
def test_one_paragraph_is_read_as_a_reader_reads_it(case):
    text, locality, year, want = ONE_PARAGRAPH[case]
    assert roles(text, locality, year) == want
