"""The whole build: contract tables, bad input reported and skipped, duplicates once, stable IDs, atomic swap."""

import shutil
import subprocess
import sys

import duckdb
import pytest

from etl.build import BuildError, run_build
from etl.config import ROOT
from tests.conftest import RAW

CONTRACT = {
    "documents": ["doc_id", "source_file", "content_sha256", "locality", "year", "doc_type", "issuer", "number",
                  "issued_date", "signer", "title"],
    "clauses": ["clause_id", "doc_id", "seq", "label", "parent_id", "text", "start_char", "end_char"],
    "agencies": ["agency_id", "name", "role", "locality"],
    "assignments": ["clause_id", "agency_id", "kind"],
    "duties": ["duty_id", "label", "theme"],
    "duty_clauses": ["duty_id", "clause_id", "score"],
    "rejected_files": ["source_file", "reason"],
}
ROLES = {"education", "police", "health", "inspection", "information", "transport", "finance", "labour", "electricity",
         "youth_union", "fatherland_front", "district_pc", "press", "postal", "telecom", "district_culture",
         "party_propaganda", "party_caucus", "district_party", "departments", "provincial_pc", "steering_committee",
         "other"}


def test_contract_tables_and_columns(seed_con):
    for table, columns in CONTRACT.items():
        have = [r[0] for r in seed_con.execute(f"DESCRIBE {table}").fetchall()]
        assert set(columns) <= set(have), table
    assert seed_con.execute("SELECT column_type FROM (DESCRIBE documents) WHERE column_name = 'year'").fetchone()[0] == "INTEGER"
    assert seed_con.execute("SELECT column_type FROM (DESCRIBE documents) WHERE column_name = 'issued_date'").fetchone()[0] == "DATE"
    assert {r[0] for r in seed_con.execute("SELECT DISTINCT role FROM agencies").fetchall()} <= ROLES
    assert {r[0] for r in seed_con.execute("SELECT DISTINCT kind FROM assignments").fetchall()} == {"lead", "support"}


def test_every_body_character_lands_in_a_clause(seed_con):
    assert seed_con.execute("SELECT min(body_coverage) FROM documents").fetchone()[0] == 1.0


def test_clause_offsets_point_at_their_text(seed_con):
    rows = seed_con.execute(
        "SELECT c.text, d.source_text, c.start_char, c.end_char FROM clauses c JOIN documents d USING (doc_id)"
    ).fetchall()
    for text, source, start, end in rows:
        assert source[start:end].replace("**", "")[:8].split()[0] == text[:8].split()[0]


def test_no_mojibake_or_replacement_character(seed_con):
    bad = seed_con.execute(
        "SELECT count(*) FROM clauses WHERE text LIKE '%\ufffd%' OR text LIKE '%Ã%' OR text LIKE '%áº%'"
    ).fetchone()[0]
    assert bad == 0


@pytest.fixture
def messy(tmp_path):
    folder = tmp_path / "raw"
    shutil.copytree(RAW, folder)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "scan.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (folder / "copy_of_000.txt").write_text((RAW / "000_8f861f167f9d767e.txt").read_text(encoding="utf-8"), encoding="utf-16")
    (folder / "notes.xls").write_bytes(b"\xd0\xcf\x11\xe0")
    (folder / "tcvn3.txt").write_bytes("Së Gi¸o dôc vµ §µo t¹o tØnh L¹ng S¬n chØ ®¹o c¸c tr­êng".encode("cp1252"))
    return folder


def test_bad_files_are_reported_and_the_rest_loaded(messy, tmp_path):
    db = tmp_path / "m.duckdb"
    report = run_build(messy, db)
    assert report.counts["documents"] == 5
    con = duckdb.connect(str(db), read_only=True)
    rejected = dict(con.execute("SELECT source_file, reason FROM rejected_files").fetchall())
    con.close()
    assert set(rejected) == {"empty.txt", "scan.txt", "copy_of_000.txt", "notes.xls", "tcvn3.txt"}
    assert "empty" in rejected["empty.txt"]
    assert "binary" in rejected["scan.txt"]
    assert "same content as 000_8f861f167f9d767e.txt" in rejected["copy_of_000.txt"]
    assert "legacy font encoding" in rejected["tcvn3.txt"]
    assert "'.xls'" in rejected["notes.xls"]


def test_same_input_same_ids(tmp_path, seed_con):
    db = tmp_path / "again.duckdb"
    run_build(RAW, db)
    con = duckdb.connect(str(db), read_only=True)
    q = "SELECT clause_id, text FROM clauses ORDER BY clause_id"
    assert con.execute(q).fetchall() == seed_con.execute(q).fetchall()
    q = "SELECT duty_id, clause_id FROM duty_clauses ORDER BY ALL"
    assert con.execute(q).fetchall() == seed_con.execute(q).fetchall()
    con.close()


def test_missing_locality_is_loaded_empty_with_a_warning(tmp_path):
    folder = tmp_path / "raw"
    folder.mkdir()
    shutil.copy(RAW / "001_1ddb42c3f288f769.txt", folder)  # no manifest: the text never names the city
    db = tmp_path / "w.duckdb"
    run_build(folder, db)
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT locality, year FROM documents").fetchone() == (None, 2024)
    assert con.execute("SELECT count(*) FROM warnings WHERE field = 'locality'").fetchone()[0] == 1
    con.close()


def test_nothing_usable_leaves_the_old_database(tmp_path):
    folder = tmp_path / "raw"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    db = tmp_path / "keep.duckdb"
    db.write_bytes(b"old")
    with pytest.raises(BuildError, match="no usable document"):
        run_build(folder, db)
    assert db.read_bytes() == b"old"


def test_cli_exit_codes_and_summary(tmp_path, messy):
    ok = subprocess.run([sys.executable, "-m", "etl", "build", "--input", str(messy), "--db", str(tmp_path / "c.duckdb")],
                        capture_output=True, text=True, cwd=ROOT)
    assert ok.returncode == 0
    assert "5 documents" in ok.stdout and "rejected empty.txt: tệp rỗng (the file is empty)" in ok.stdout
    empty = tmp_path / "none"
    empty.mkdir()
    bad = subprocess.run([sys.executable, "-m", "etl", "build", "--input", str(empty), "--db", str(tmp_path / "n.duckdb")],
                         capture_output=True, text=True, cwd=ROOT)
    assert bad.returncode == 1 and bad.stderr.startswith("error: no usable document") and "Traceback" not in bad.stderr


def test_rebuild_replaces_the_file_while_a_reader_holds_it(tmp_path):
    db = tmp_path / "live.duckdb"
    run_build(RAW, db)
    reader = duckdb.connect()
    reader.execute(f"ATTACH '{db}' AS db (READ_ONLY)")
    before = reader.execute("SELECT count(*) FROM db.documents").fetchone()[0]
    folder = tmp_path / "raw"
    folder.mkdir()
    shutil.copy(RAW / "002_ad9a6a1738b618d2.txt", folder)
    run_build(folder, db)  # must not fail on a lock held by the reader
    assert reader.execute("SELECT count(*) FROM db.documents").fetchone()[0] == before  # old snapshot still readable
    reader.close()
    fresh = duckdb.connect(str(db), read_only=True)
    assert fresh.execute("SELECT count(*) FROM documents").fetchone()[0] == 1
    fresh.close()
    assert not (tmp_path / "live.duckdb.tmp").exists()
