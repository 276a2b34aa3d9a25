"""Adding documents: checks, preview of what was read, corrections kept in the manifest, rebuild."""

import io
import shutil
import subprocess
import sys

import duckdb
import pytest
from docx import Document

from etl.add import preview, safe_name, store
from etl.config import ROOT, Settings
from etl.metadata import read_manifest
from tests.conftest import FIXTURES, RAW


@pytest.fixture
def raw(tmp_path):
    folder = tmp_path / "raw"
    shutil.copytree(RAW, folder)
    return folder


def _docx(text: str) -> bytes:
    doc = Document()
    for para in text.split("\n\n"):
        doc.add_paragraph(para)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def test_preview_reads_metadata_of_a_new_document(raw):
    data = (FIXTURES / "extra" / "quangninh_2023_kehoach.txt").read_bytes()
    p = preview("quangninh_2023_kehoach.txt", data, raw, Settings.from_env())
    assert p.ok and p.clauses > 10
    assert p.metadata["locality"] == "Quảng Ninh" and p.metadata["year"] == 2023 and p.metadata["doc_type"] == "Kế hoạch"


def test_word_file_is_read(raw):
    text = (FIXTURES / "extra" / "binhdinh_2024_web.txt").read_text(encoding="utf-8").split("Tài liệu đính kèm")[0]
    p = preview("binhdinh.docx", _docx(text), raw, Settings.from_env())
    assert p.ok, p.problem
    assert p.metadata["locality"] == "Bình Định"


def test_duplicates_and_name_clashes_are_refused(raw):
    settings = Settings.from_env()
    same = (RAW / "000_8f861f167f9d767e.txt").read_text(encoding="utf-8").encode("utf-16")
    assert "already loaded as 000_8f861f167f9d767e.txt" in preview("copy.txt", same, raw, settings).problem
    other = (FIXTURES / "extra" / "quangninh_2023_kehoach.txt").read_bytes()
    assert "a different file named" in preview("000_8f861f167f9d767e.txt", other, raw, settings).problem


def test_scanned_pdf_without_text_is_refused(raw):
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)  # what a scan looks like to a text extractor
    buf = io.BytesIO()
    writer.write(buf)
    p = preview("scan.pdf", buf.getvalue(), raw, Settings.from_env())
    assert "no text layer" in p.problem


def test_file_names_cannot_escape_the_folder():
    assert safe_name("../../etc/passwd") == "passwd"
    assert safe_name("..\\..\\x.txt") == "x.txt"
    assert safe_name(".hidden.txt") == "hidden.txt"


def test_corrections_go_to_the_manifest_and_the_rebuild_uses_them(raw, tmp_path):
    text = (RAW / "001_1ddb42c3f288f769.txt").read_text(encoding="utf-8").replace("năm 2024", "năm 2025")
    p = preview("haiphong_2025.txt", text.encode("utf-8"), raw, Settings.from_env())
    assert p.ok and p.metadata["locality"] is None  # the text never names the city
    store(p, raw, {"locality": "Hải Phòng"})
    assert read_manifest(raw)["haiphong_2025.txt"] == {"locality": "Hải Phòng"}
    assert read_manifest(raw)["001_1ddb42c3f288f769.txt"] == {"locality": "Hải Phòng"}  # other rows kept


def test_cli_add_stores_and_rebuilds(raw, tmp_path):
    db = tmp_path / "a.duckdb"
    src = FIXTURES / "extra" / "danang_2024_congdien.txt"
    out = subprocess.run([sys.executable, "-m", "etl", "add", str(src), "--input", str(raw), "--db", str(db)],
                         capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    assert "danang_2024_congdien.txt:" in out.stdout and "locality = Đà Nẵng" in out.stdout
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 6
    con.close()
    again = subprocess.run([sys.executable, "-m", "etl", "add", str(src), "--input", str(raw), "--db", str(db)],
                           capture_output=True, text=True, cwd=ROOT)
    assert again.returncode == 1 and "already loaded" in again.stderr
