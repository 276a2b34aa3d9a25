"""Issue 10: a news report's headline and its statements of work done are no duties, so the Changes and Gaps pages do
not list them (own-words report next to the Thái Bình 2023 directive)."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest

from etl.build import run_build
from etl.config import Settings

HERE = Path(__file__).parent

NEWS = """Bảo đảm an toàn cho kỳ thi tốt nghiệp THPT năm 2024 tại Thái Bình

Công an tỉnh bố trí lực lượng bảo vệ đề thi, bài thi suốt các khâu in sao, vận chuyển và bảo quản.

Ông Trần Văn Nam, Phó Giám đốc Sở GD&ĐT cho biết đến nay mọi công tác chuẩn bị cho kỳ thi đã hoàn tất.

Lãnh đạo các sở, ngành và địa phương có điểm thi là thành viên.
"""


@pytest.fixture(scope="module")
def con(tmp_path_factory):
    folder = tmp_path_factory.mktemp("headlines")
    shutil.copy(HERE / "fixtures" / "duty" / "thaibinh_2023_chithi.txt", folder)
    (folder / "thaibinh_2024_tin.txt").write_text(NEWS, encoding="utf-8")
    (folder / "manifest.csv").write_text("source_file,locality,year,doc_type\nthaibinh_2024_tin.txt,Thái Bình,2024,Tin bài\n",
                                         encoding="utf-8")
    db = folder / "h.duckdb"
    run_build(folder, db, Settings.from_env())
    c = duckdb.connect(str(db), read_only=True)
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
