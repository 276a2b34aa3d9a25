"""A news report that names neither its province nor its year (and has no manifest row) beside the seeds: every
page that lists or compares documents still opens, says what is unknown in words, and never shows "nan"."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest
from streamlit.testing.v1 import AppTest

from etl.build import run_build
from etl.config import Settings

APP = str(Path(__file__).resolve().parent.parent / "dashboard" / "app.py")
RAW = Path(__file__).resolve().parent.parent / "data" / "raw"

# Our own words: a short report with no place name and no year anywhere in it.
REPORT = """Chuẩn bị chu đáo cho kỳ thi tốt nghiệp THPT
Sở Giáo dục và Đào tạo đã họp với các trường về công tác chuẩn bị kỳ thi.
Theo kế hoạch, Công an tỉnh bố trí lực lượng bảo vệ an toàn tại các điểm thi và nơi in sao đề thi.
Sở Y tế chuẩn bị đủ cán bộ y tế, thuốc và phương tiện cấp cứu tại mỗi điểm thi.
Công ty Điện lực bảo đảm cấp điện liên tục cho các điểm thi trong những ngày thi.
"""


@pytest.fixture(scope="module")
def unplaced_db(tmp_path_factory) -> tuple[Path, str]:
    raw = tmp_path_factory.mktemp("unplaced_raw")
    for f in RAW.iterdir():
        shutil.copy(f, raw / f.name)
    (raw / "tin_chuan_bi.txt").write_text(REPORT, encoding="utf-8")
    db = tmp_path_factory.mktemp("unplaced_db") / "d.duckdb"
    run_build(raw, db, Settings.from_env())
    con = duckdb.connect(str(db), read_only=True)
    doc_id, loc, year = con.execute("select doc_id, locality, year from documents where source_file = 'tin_chuan_bi.txt'").fetchone()
    con.close()
    assert loc is None and year is None  # the premise: nothing in the text says where or when
    return db, doc_id


def _open(db: Path, monkeypatch, page: str, query: dict) -> AppTest:
    monkeypatch.setenv("DIRECTIVES_DB", str(db))
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params.update(query)
    at.run()
    at.switch_page(f"app_pages/{page}.py")
    at.query_params.update(query)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _shown(at: AppTest) -> str:
    parts = [m.value for m in at.markdown] + [h.value for h in at.html] + [w.value for w in at.warning]
    parts += [i.value for i in at.info] + [str(df.value) for df in at.dataframe]
    parts += [str(o) for s in at.selectbox for o in s.options]
    return "\n".join(parts)


@pytest.mark.parametrize("scope", ["previous_year", "same_year"])
def test_gaps_of_a_document_of_no_year_say_what_is_missing(unplaced_db, monkeypatch, scope):
    db, doc_id = unplaced_db
    at = _open(db, monkeypatch, "gaps", {"gap_kind": "doc", "gap_doc": doc_id, "gap_scope": scope})
    assert at.warning and "chưa rõ năm" in at.warning[0].value and "manifest.csv" in at.warning[0].value


def test_gaps_of_a_document_of_no_year_against_all_others_list_places_without_nan(unplaced_db, monkeypatch):
    db, doc_id = unplaced_db
    at = _open(db, monkeypatch, "gaps", {"gap_kind": "doc", "gap_doc": doc_id, "gap_scope": "all"})
    shown = _shown(at)
    assert "Lạng Sơn 2023" in shown  # the places that assign what the report lacks
    assert "nan" not in shown.lower().split()


def test_a_locality_year_check_lists_the_report_without_nan(unplaced_db, monkeypatch):
    db, _ = unplaced_db
    at = _open(db, monkeypatch, "gaps", {"gap_kind": "ly", "gap_ly": "Lạng Sơn 2024", "gap_scope": "all"})
    shown = _shown(at)
    assert "Lạng Sơn 2024" in shown and "nan" not in shown.lower().split()


def test_changes_and_compare_name_the_report_without_nan(unplaced_db, monkeypatch):
    db, doc_id = unplaced_db
    con = duckdb.connect(str(db), read_only=True)
    other = con.execute("select doc_id from documents where source_file like '002%'").fetchone()[0]
    con.close()
    for page, query in (("changes", {"chg_mode": "docs", "chg_da": other, "chg_db": doc_id}),
                        ("compare", {"cmp_a": other, "cmp_b": doc_id})):
        shown = _shown(_open(db, monkeypatch, page, query))
        assert "Chuẩn bị chu đáo" in shown  # the report, named by its headline
        assert "nan" not in shown.lower().split()
