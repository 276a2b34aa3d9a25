"""manifest.csv typed by people: every bad cell, row or file becomes a warning, never an aborted build."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys

import duckdb
import pytest

from etl.build import run_build
from etl.config import ROOT
from etl.manifest import load
from tests.conftest import RAW
from tests.test_read import cp1258

HEADER = "source_file,locality,year,doc_type,issuer,number,issued_date,signer,title\n"


@pytest.fixture
def raw(tmp_path):
    folder = tmp_path / "raw"
    shutil.copytree(RAW, folder)
    return folder


def _warnings(db) -> list[tuple[str, str, str]]:
    con = duckdb.connect(str(db), read_only=True)
    rows = con.execute("SELECT source_file, field, message FROM warnings WHERE source_file = 'manifest.csv' "
                       "OR message LIKE '%manifest.csv%' ORDER BY ALL").fetchall()
    con.close()
    return rows


@pytest.mark.parametrize("cells, field, message", [
    ("Hải Phòng,abc,,,,,,", "year", "manifest.csv: the year 'abc' is not a number; the cell was ignored"),
    ("Hải Phòng,1099511627776,,,,,,", "year", "manifest.csv: the year 1099511627776 is outside 1945–2100"),
    ("Hải Phòng,99999,,,,,,", "year", "manifest.csv: the year 99999 is outside 1945–2100; the cell was ignored"),
    ("Hải Phòng,,,,,31/02/2024,,", "issued_date", "manifest.csv: the date '31/02/2024' is not a real date"),
    ("Hải Phòng,2024,,,,,,,surplus,cells", "manifest", "has 2 cells more than the header; they were ignored"),
], ids=["year-abc", "year-2^40", "year-99999", "31-february", "extra-fields"])
def test_a_bad_cell_is_a_warning_on_its_row_and_the_build_goes_on(raw, tmp_path, cells, field, message):
    (raw / "manifest.csv").write_text(HEADER + f"001_1ddb42c3f288f769.txt,{cells}\n", encoding="utf-8")
    db = tmp_path / "m.duckdb"
    report = run_build(raw, db)
    assert report.counts["documents"] == 5
    con = duckdb.connect(str(db), read_only=True)
    doc = con.execute("SELECT locality, year FROM documents WHERE source_file = '001_1ddb42c3f288f769.txt'").fetchone()
    warned = con.execute("SELECT field, message FROM warnings WHERE source_file = '001_1ddb42c3f288f769.txt' "
                         "AND message LIKE '%manifest.csv%'").fetchall()
    con.close()
    assert doc == ("Hải Phòng", 2024)  # the good cell is used; the year is the text's
    assert len(warned) == 1 and warned[0][0] == field and message in warned[0][1]
    assert _in_vietnamese(warned[0][1])  # what the Vietnamese Data page shows


def _in_vietnamese(text: str) -> bool:
    """The sentence the Vietnamese pages show for a warning is Vietnamese, not the English the table keeps."""
    from dashboard.i18n import message

    shown = message(text, "vi")
    return shown != text and " the " not in shown and "ignored" not in shown


@pytest.mark.parametrize("written, proper", [
    ("TP Hồ Chí Minh", "Hồ Chí Minh"), ("TP.HCM", "Hồ Chí Minh"), ("Thành phố Hồ Chí Minh", "Hồ Chí Minh"),
    ("Tỉnh Lạng Sơn", "Lạng Sơn"), ("thành phố  Hải Phòng", "Hải Phòng"), ("Thừa Thiên Huế", "Thừa Thiên Huế"),
])
def test_a_locality_written_another_way_is_its_proper_name(raw, written, proper):
    # one city under two names would be two rows of Coverage and two sides nobody can compare on Changes
    (raw / "manifest.csv").write_text(HEADER + f"001_1ddb42c3f288f769.txt,{written},2024,,,,,,\n", encoding="utf-8")
    assert load(raw).rows["001_1ddb42c3f288f769.txt"]["locality"] == proper


def test_a_good_date_in_day_month_year_is_used(raw, tmp_path):
    (raw / "manifest.csv").write_text(HEADER + "001_1ddb42c3f288f769.txt,Hải Phòng,,,,,05/06/2024,,\n", encoding="utf-8")
    assert load(raw).rows["001_1ddb42c3f288f769.txt"] == {"locality": "Hải Phòng", "issued_date": "2024-06-05"}


def test_a_manifest_saved_in_a_legacy_encoding_is_read_with_a_warning(raw, tmp_path):
    text = HEADER + "001_1ddb42c3f288f769.txt,Hải Phòng,,,,,,,\n003_760cdea5629ea940.txt,Hải Phòng,,,,,,,\n"
    (raw / "manifest.csv").write_bytes(cp1258(text))  # as Excel saves CSV on a Vietnamese Windows
    db = tmp_path / "m.duckdb"
    run_build(raw, db)
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*) FROM documents WHERE locality = 'Hải Phòng'").fetchone()[0] == 2
    con.close()
    assert any("not saved as UTF-8" in m for _, _, m in _warnings(db))


def test_a_latin1_manifest_is_not_an_aborted_build(raw, tmp_path):
    """The attack: a manifest exported as Latin-1 with letters Latin-1 cannot hold ('?' in their place)."""
    (raw / "manifest.csv").write_bytes((HEADER + "001_1ddb42c3f288f769.txt,Hải Phòng,,,,,,,\n")
                                       .encode("latin-1", errors="replace"))  # "H?i Phòng", not UTF-8
    db = tmp_path / "m.duckdb"
    out = subprocess.run([sys.executable, "-m", "etl", "build", "--input", str(raw), "--db", str(db)],
                         capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0 and "Traceback" not in out.stderr
    assert "5 documents" in out.stdout and "warning: manifest.csv không lưu ở dạng UTF-8" in out.stdout
    assert "(manifest.csv is not saved as UTF-8" in out.stdout  # the English the table keeps, after it
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT locality FROM documents WHERE source_file = '001_1ddb42c3f288f769.txt'").fetchone() == (None,)
    assert "manifest.csv: the locality 'H?i P" in con.execute(
        "SELECT string_agg(message, ' | ') FROM warnings WHERE source_file = '001_1ddb42c3f288f769.txt'").fetchone()[0]
    con.close()


def test_a_row_for_a_missing_file_and_unknown_columns_are_reported(raw, tmp_path):
    (raw / "manifest.csv").write_text("source_file,locality,colour\ngone.txt,Lạng Sơn,red\n", encoding="utf-8")
    db = tmp_path / "m.duckdb"
    run_build(raw, db)
    messages = [m for _, _, m in _warnings(db)]
    assert "manifest.csv has unknown columns (colour); they were ignored" in messages
    assert "manifest.csv has a row for gone.txt, which is not in the folder; the row is not used" in messages
    assert all(_in_vietnamese(m) for m in messages), messages


def test_a_manifest_without_a_file_name_column_is_ignored_with_a_warning(raw):
    (raw / "manifest.csv").write_text("file,locality\n001_1ddb42c3f288f769.txt,Hải Phòng\n", encoding="utf-8")
    m = load(raw)
    assert m.rows == {} and m.notes == ["manifest.csv has no 'source_file' column naming the files; it was ignored"]


def test_manifest_warnings_are_shown_on_the_data_page(raw, tmp_path, monkeypatch):
    from streamlit.testing.v1 import AppTest

    (raw / "manifest.csv").write_text(HEADER + "001_1ddb42c3f288f769.txt,Hải Phòng,abc,,,,,,\n", encoding="utf-8")
    db = tmp_path / "m.duckdb"
    run_build(raw, db)
    monkeypatch.setenv("DIRECTIVES_DB", str(db))
    at = AppTest.from_file(str(ROOT / "dashboard" / "app.py"), default_timeout=30).run()
    at.switch_page("app_pages/quality.py").run()
    assert not at.exception
    shown = [" | ".join(map(str, row)) for df in at.dataframe for row in df.value.astype(str).values]
    assert "001_1ddb42c3f288f769.txt | Năm | manifest.csv: năm 'abc' không phải là số; ô này bị bỏ qua" in shown, shown
    # where each field came from, named in Vietnamese too (not "locality | … | manifest", "year | … | inferred")
    assert "001_1ddb42c3f288f769.txt | Địa phương | Hải Phòng | manifest" in shown, shown
    assert not [row for row in shown if " | year | " in row or row.endswith(" | inferred")], shown


@pytest.mark.parametrize("written", ["toàn quốc", "Toàn quốc", "TOÀN QUỐC"])
def test_a_national_document_can_be_declared_in_the_manifest(tmp_path, written):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "cv.txt").write_text("Bộ Y tế đề nghị các địa phương bố trí tổ cấp cứu tại mỗi điểm thi năm 2025.\n",
                                   encoding="utf-8")
    (folder / "manifest.csv").write_text(f"source_file,locality,year\ncv.txt,{written},2025\n", encoding="utf-8")
    db = tmp_path / "x.duckdb"
    report = run_build(folder, db)
    assert not report.rejected
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT locality FROM documents").fetchall() == [("Toàn quốc",)]
        roles = {r for (r,) in con.execute("SELECT DISTINCT ag.role FROM agency_mentions m JOIN agencies ag USING "
                                            "(agency_id) WHERE m.part = 'doer'").fetchall()}
    assert roles == {"provincial_pc"}  # in a national text "các địa phương" are the provinces


def test_every_warning_and_refusal_of_a_mixed_folder_reads_in_vietnamese(tmp_path):
    # our own fixtures of every layout (news without a header, telegrams, a legacy encoding, the two halves of the
    # attribution fixtures), a file of each kind the build refuses and a manifest with bad cells: whatever the
    # build writes about them, the Vietnamese Data page and the printed report say in a Vietnamese sentence
    folder = tmp_path / "in"
    folder.mkdir()
    for f in [*(ROOT / "tests" / "fixtures" / "extra").glob("*.txt"), *(ROOT / "tests" / "fixtures" / "attr").rglob("*.txt")]:
        shutil.copy(f, folder / f.name)
    (folder / "rong.txt").write_bytes(b"")
    (folder / "cu.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")
    (folder / "nga.txt").write_text("Министерство образования и науки объявляет экзамены.", encoding="utf-8")
    (folder / "manifest.csv").write_text(
        "source_file,locality,year,issued_date,colour\n"
        "binhdinh_2024_web.txt,Bình Đinh,hai nghìn,31/02/2024,red\nkhong_co.txt,Hà Nội,2024,,\n", encoding="utf-8")
    db = tmp_path / "m.duckdb"
    out = subprocess.run([sys.executable, "-m", "etl", "build", "--input", str(folder), "--db", str(db)],
                         capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    con = duckdb.connect(str(db), read_only=True)
    written = [m for (m,) in con.execute("SELECT message FROM warnings UNION ALL SELECT reason FROM rejected_files").fetchall()]
    con.close()
    assert len(written) >= 8 and [m for m in written if not _in_vietnamese(m)] == []
    printed = [line for line in out.stdout.splitlines() if line.startswith(("  warning:", "  rejected"))]
    # each printed line gives the Vietnamese sentence first and the English in brackets after it
    assert len(printed) >= 6 and all(re.search(r": [^(]*[ăâđêôơưạảấầẩậắằẳặẹẻếềểệịỉọỏốồổộớờởợụủứừửự][^(]* \(", line)
                                     for line in printed), printed
