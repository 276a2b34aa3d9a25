"""etl/load.write when the disk fills up mid-build: the half-built temporary file and its WAL are cleared, the
error reaches the caller, and the live database a reader has open stays as it was."""

from __future__ import annotations

import hashlib

import duckdb
import pandas as pd
import pytest

from etl import load


def _docs(locality: str) -> dict[str, pd.DataFrame]:
    return {"documents": pd.DataFrame({"doc_id": ["d1"], "source_file": ["chi-thi.txt"], "content_sha256": ["x"],
                                       "year": [2025], "locality": [locality], "source_text": ["CHỈ THỊ"]})}


@pytest.mark.parametrize("error", [OSError(28, "No space left on device"), KeyboardInterrupt()])
def test_a_build_stopped_half_way_leaves_only_the_live_database(tmp_path, monkeypatch, error):
    db = tmp_path / "directives.duckdb"
    load.write(db, _docs("Cao Bằng"), {"built_at": "2025-05-01"}, {})
    before = hashlib.sha256(db.read_bytes()).hexdigest()

    def full_disk(con, frames):
        # what a build stopped mid-write leaves: part of the new file (open in DuckDB) and of its WAL
        (tmp_path / "directives.duckdb.tmp.wal").write_bytes(b"half a log")
        raise error

    monkeypatch.setattr(load, "_insert", full_disk)
    with pytest.raises(type(error)):
        load.write(db, _docs("Bắc Kạn"), {"built_at": "2025-06-01"}, {})
    assert sorted(p.name for p in tmp_path.iterdir()) == ["directives.duckdb"]
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
    con = duckdb.connect(str(db), read_only=True)
    try:
        assert con.execute("SELECT locality FROM documents").fetchall() == [("Cao Bằng",)]
    finally:
        con.close()


def test_an_error_before_any_table_is_written_reaches_the_caller_as_it_was(tmp_path):
    """The parse fails after the writer was opened (before `start`): the reader's database stays, nothing is
    left beside it, and the build reports the parse's own error, not one of the clean-up."""
    db = tmp_path / "directives.duckdb"
    load.write(db, _docs("Cao Bằng"), {"built_at": "2025-05-01"}, {})
    with pytest.raises(ValueError, match="manifest"):
        with load.Writer(db):
            raise ValueError("the manifest names a year that is no number")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["directives.duckdb"]
    con = duckdb.connect(str(db), read_only=True)
    try:
        assert con.execute("SELECT locality FROM documents").fetchall() == [("Cao Bằng",)]
    finally:
        con.close()


def test_the_first_tables_are_written_while_the_build_goes_on(tmp_path, monkeypatch):
    """A build stores its documents while it aligns (the Speed section's overlap): `start` hands the writing
    to a thread and returns; `finish` waits for it, so the database holds both steps' tables."""
    import threading

    insert, go, returned = load._insert, threading.Event(), []

    def slow_insert(con, frames):
        if "documents" in frames:  # the first step: held until the caller has gone on
            returned.append(go.wait(timeout=10))
        insert(con, frames)

    monkeypatch.setattr(load, "_insert", slow_insert)
    db = tmp_path / "directives.duckdb"
    with load.Writer(db) as w:
        w.start(_docs("Lạng Sơn"))
        go.set()  # reached only if start() did not wait for the writing
        w.finish({}, {"built_at": "2025-06-01"}, {"link_threshold": 38.0})
    assert returned == [True]
    con = duckdb.connect(str(db), read_only=True)
    try:
        assert con.execute("SELECT locality FROM documents").fetchall() == [("Lạng Sơn",)]
        assert con.execute("SELECT value FROM build_info WHERE key = 'built_at'").fetchall() == [("2025-06-01",)]
    finally:
        con.close()
