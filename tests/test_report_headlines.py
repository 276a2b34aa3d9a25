"""Issue 10: a news report's headline and its statements of work done are no duties, so the Changes and Gaps pages do
not list them (own-words report next to the Thái Bình 2023 directive)."""

from __future__ import annotations

import pytest

from tests.build_helpers import report_beside

NEWS = """Bảo đảm an toàn cho kỳ thi tốt nghiệp THPT năm 2024 tại Thái Bình

Công an tỉnh bố trí lực lượng bảo vệ đề thi, bài thi suốt các khâu in sao, vận chuyển và bảo quản.

Ông Trần Văn Nam, Phó Giám đốc Sở GD&ĐT cho biết đến nay mọi công tác chuẩn bị cho kỳ thi đã hoàn tất.

Lãnh đạo các sở, ngành và địa phương có điểm thi là thành viên.
"""


@pytest.fixture(scope="module")
def con(tmp_path_factory):
    c = report_beside(tmp_path_factory.mktemp("headlines"), "thaibinh_2023_chithi.txt", "thaibinh_2024_tin.txt", NEWS, "Thái Bình", 2024)
    yield c
    c.close()


def test_a_reports_headline_and_its_work_done_are_not_new_duties(con):
    rows = con.execute("SELECT status, text_b FROM changes(?, ?, ?, ?)", ["Thái Bình", 2023, "Thái Bình", 2024]).fetchall()
    shown = " ".join(b for _, b in rows if b)
    assert "Công an tỉnh bố trí lực lượng bảo vệ đề thi" in shown  # the report's one duty is on the page
    for sentence in ("Bảo đảm an toàn cho kỳ thi tốt nghiệp THPT năm 2024", "đã hoàn tất", "là thành viên"):
        assert sentence not in shown, sentence


def test_why_each_is_context_is_recorded(con):
    why = dict(con.execute("SELECT text, kind_reason FROM statements WHERE kind = 'context'").fetchall())
    assert why["Bảo đảm an toàn cho kỳ thi tốt nghiệp THPT năm 2024 tại Thái Bình"].startswith("shape: a report's headline")
    assert any(w == "narrative: state (đã hoàn tất)" for w in why.values())
