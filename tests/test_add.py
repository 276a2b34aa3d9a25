"""Adding documents: checks, preview of what was read, corrections kept in the manifest, rebuild."""

import io
import shutil
import subprocess
import sys

import duckdb
import pytest
from docx import Document

from etl.add import preview, preview_all, safe_name, store
from etl.build import run_build
from etl.config import ROOT, Settings
from etl.manifest import read_manifest
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


def test_duplicates_are_refused_and_a_name_taken_on_disk_is_renamed_visibly(raw):
    settings = Settings.from_env()
    same = (RAW / "000_8f861f167f9d767e.txt").read_text(encoding="utf-8").encode("utf-16")
    assert "already loaded as 000_8f861f167f9d767e.txt" in preview("copy.txt", same, raw, settings).problem
    other = (FIXTURES / "extra" / "quangninh_2023_kehoach.txt").read_bytes()
    [p] = preview_all([("000_8f861f167f9d767e.txt", other)], raw, settings)
    assert p.ok and p.name == "000_8f861f167f9d767e_2.txt"
    assert p.renamed_note() == ("000_8f861f167f9d767e.txt will be stored as 000_8f861f167f9d767e_2.txt: "
                                "the name 000_8f861f167f9d767e.txt is already used in the folder")
    old = (raw / "000_8f861f167f9d767e.txt").read_bytes()
    store(p, raw)
    assert (raw / "000_8f861f167f9d767e.txt").read_bytes() == old
    assert (raw / "000_8f861f167f9d767e_2.txt").read_bytes() == other


def _variant(text: str, n: int) -> bytes:
    return text.replace("năm 2023", f"năm 20{20 + n}").encode("utf-8")


def test_two_names_that_clean_alike_in_one_upload_are_both_kept(raw, tmp_path):
    """The attack: 'báo cáo.txt' and 'báo_cáo.txt' (and NFD 'báo cáo.txt') used to overwrite one another."""
    text = (FIXTURES / "extra" / "quangninh_2023_kehoach.txt").read_text(encoding="utf-8-sig")
    import unicodedata

    files = [("báo cáo.txt", _variant(text, 1)), ("báo_cáo.txt", _variant(text, 2)),
             (unicodedata.normalize("NFD", "báo cáo.txt"), _variant(text, 3))]
    previews = preview_all(files, raw, Settings.from_env())
    assert [p.name for p in previews] == ["báo_cáo.txt", "báo_cáo_2.txt", "báo_cáo_3.txt"]
    assert previews[0].renamed is None
    assert previews[1].renamed == ("báo_cáo.txt", "báo_cáo.txt", "upload")
    for p in previews:
        store(p, raw)
    assert [(raw / p.name).read_bytes() for p in previews] == [data for _, data in files]
    report = run_build(raw, tmp_path / "u.duckdb")
    assert report.counts["documents"] == 8


def test_long_names_keep_their_extension_and_stay_distinct(raw):
    long = "Chỉ thị về tăng cường công tác tổ chức kỳ thi tốt nghiệp trung học phổ thông năm 2024 của tỉnh " * 3
    assert safe_name(long + ".pdf").endswith(".pdf") and len(safe_name(long + ".pdf")) == 120
    assert safe_name(long + ".docx").endswith(".docx")
    text = (FIXTURES / "extra" / "quangninh_2023_kehoach.txt").read_text(encoding="utf-8-sig")
    previews = preview_all([(long + "a.txt", _variant(text, 1)), (long + "b.txt", _variant(text, 2))], raw,
                           Settings.from_env())
    assert all(p.ok for p in previews), [p.problem for p in previews]
    assert previews[0].name != previews[1].name and all(p.name.endswith(".txt") for p in previews)


def test_a_manifest_row_of_a_deleted_file_does_not_apply_to_a_new_upload(raw, tmp_path):
    # An old row says Hải Phòng for a file that has since been deleted from the folder.
    with open(raw / "manifest.csv", "a", encoding="utf-8") as f:
        f.write("chi_thi_moi.txt,Hải Phòng,2019,,,,,,\n")
    data = (FIXTURES / "extra" / "quangninh_2023_kehoach.txt").read_bytes()
    [p] = preview_all([("chi_thi_moi.txt", data)], raw, Settings.from_env())
    assert p.metadata["locality"] == "Quảng Ninh"  # what the preview shows ...
    store(p, raw)
    assert "chi_thi_moi.txt" not in read_manifest(raw)
    run_build(raw, tmp_path / "m.duckdb")
    con = duckdb.connect(str(tmp_path / "m.duckdb"), read_only=True)
    row = con.execute("SELECT locality, year FROM documents WHERE source_file = 'chi_thi_moi.txt'").fetchone()
    con.close()
    assert row == ("Quảng Ninh", 2023)  # ... is what the build loads


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
    # the text never names the city, nor does the file's name (one that did would give it: test_metadata_file_name.py)
    p = preview("chi_thi_moi_2025.txt", text.encode("utf-8"), raw, Settings.from_env())
    assert p.ok and p.metadata["locality"] is None
    store(p, raw, {"locality": "Hải Phòng"})
    assert read_manifest(raw)["chi_thi_moi_2025.txt"] == {"locality": "Hải Phòng"}
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
    assert again.returncode == 1 and "it is already saved in the folder as danang_2024_congdien.txt" in again.stderr


def test_storing_keeps_every_other_manifest_cell_as_written(raw):
    """A bad cell elsewhere (ignored by the build, with a warning) is the user's to fix, not ours to drop."""
    (raw / "manifest.csv").write_text("source_file,locality,year,ghi_chu\n001_1ddb42c3f288f769.txt,Hải Phòng,"
                                      "abc,xem lại\n", encoding="utf-8")
    data = (FIXTURES / "extra" / "danang_2024_congdien.txt").read_bytes()
    [p] = preview_all([("moi.txt", data)], raw, Settings.from_env())
    store(p, raw, {"year": 2024})
    assert (raw / "manifest.csv").read_text(encoding="utf-8").splitlines() == [
        "source_file,locality,year,ghi_chu", "001_1ddb42c3f288f769.txt,Hải Phòng,abc,xem lại", "moi.txt,,2024,"]


def test_corrections_that_cannot_be_recorded_store_nothing(raw):
    (raw / "manifest.csv").write_text("ten_tep,locality\n001_1ddb42c3f288f769.txt,Hải Phòng\n", encoding="utf-8")
    data = (FIXTURES / "extra" / "danang_2024_congdien.txt").read_bytes()
    [p] = preview_all([("moi.txt", data)], raw, Settings.from_env())
    from etl.add import StoreError

    with pytest.raises(StoreError, match="moi.txt was not saved: manifest.csv has no 'source_file' column"):
        store(p, raw, {"year": 2024})
    assert not (raw / "moi.txt").exists() and not list(raw.glob(".*.tmp"))


def test_a_correction_the_build_would_ignore_is_refused_before_storing(raw, tmp_path):
    src = FIXTURES / "extra" / "danang_2024_congdien.txt"
    out = subprocess.run([sys.executable, "-m", "etl", "add", str(src), "--year", "99999", "--input", str(raw),
                          "--no-build"], capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 1
    assert "error: danang_2024_congdien.txt was not saved: the year 99999 is outside 1945–2100\n" in out.stderr
    assert not (raw / "danang_2024_congdien.txt").exists()


def test_the_same_upload_seen_again_after_saving_is_not_stored_twice(raw):
    """The upload box keeps its files after "Lưu": the next preview must not offer them again under _2."""
    data = (FIXTURES / "extra" / "danang_2024_congdien.txt").read_bytes()
    [p] = preview_all([("moi.txt", data)], raw, Settings.from_env())
    store(p, raw)
    [again] = preview_all([("moi.txt", data)], raw, Settings.from_env())
    assert again.problem == "it is already saved in the folder as moi.txt"
    assert not (raw / "moi_2.txt").exists()


def test_a_renamed_upload_seen_again_after_saving_is_not_stored_twice(raw):
    text = (FIXTURES / "extra" / "quangninh_2023_kehoach.txt").read_text(encoding="utf-8-sig")
    files = [("báo cáo.txt", _variant(text, 1)), ("báo_cáo.txt", _variant(text, 2))]
    for p in preview_all(files, raw, Settings.from_env()):
        store(p, raw)
    again = preview_all(files, raw, Settings.from_env())
    assert [p.problem for p in again] == ["it is already saved in the folder as báo_cáo.txt",
                                          "it is already saved in the folder as báo_cáo_2.txt"]
