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


def _only_the_old_database(folder, db) -> None:
    """Nothing is left beside the reader's database, and it still holds the earlier build (Cao Bằng)."""
    assert sorted(p.name for p in folder.iterdir()) == ["directives.duckdb"]
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
    _only_the_old_database(tmp_path, db)


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


def test_a_build_in_a_shell_without_a_utf8_locale_keeps_the_vietnamese_labels(tmp_path):
    """A build started from cron or a bare container (LANG=C, no UTF-8 mode) reads the schema, the views and
    the label tables as UTF-8 all the same: the Vietnamese theme and role names are stored as written."""
    import csv
    import os
    import subprocess
    import sys

    from etl.config import PACKAGE

    db = tmp_path / "directives.duckdb"
    env = {**os.environ, "LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "0", "PYTHONCOERCECLOCALE": "0",
           "PYTHONPATH": os.pathsep.join(sys.path)}
    code = ("import sys, pandas as pd; from etl import load; "
            "load.write(sys.argv[1], {'documents': pd.DataFrame({'doc_id': ['d1'], 'source_file': ['a.txt'], "
            "'content_sha256': ['x'], 'year': [2025], 'locality': ['Cao B\\u1eb1ng'], 'source_text': ['x']})}, "
            "{'built_at': '2025-05-01'}, {})")  # the command line itself in ASCII: the shell's locale cannot carry more
    done = subprocess.run([sys.executable, "-c", code, str(db)], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    with open(PACKAGE / "themes.csv", encoding="utf-8") as f:
        themes = sorted((r["theme"], r["label_vi"]) for r in csv.DictReader(f))
    with open(PACKAGE / "roles.csv", encoding="utf-8") as f:
        roles = sorted((r["role"], r["label_vi"]) for r in csv.DictReader(f))
    plain = tmp_path / "plain.duckdb"  # the same build in this process (a UTF-8 locale): the same rows
    load.write(plain, _docs("Cao Bằng"), {"built_at": "2025-05-01"}, {})
    views = []
    for path in (db, plain):
        con = duckdb.connect(str(path), read_only=True)
        try:
            assert con.execute("SELECT theme, label_vi FROM themes ORDER BY 1").fetchall() == themes
            assert con.execute("SELECT role, label_vi FROM roles ORDER BY 1").fetchall() == roles
            assert con.execute("SELECT locality FROM documents").fetchall() == [("Cao Bằng",)]
            views.append({r[0] for r in con.execute("SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall()})
        finally:
            con.close()
    assert views[0] == views[1] and {"clause_roles", "duty_recurrence"} <= views[0]  # both parts of views.sql


@pytest.mark.parametrize("step", ["documents", "build_info"])
def test_a_disk_full_in_either_step_of_a_threaded_build_reaches_the_caller(tmp_path, monkeypatch, step):
    """The first tables are written on a thread while the build aligns, the rest when it finishes: a write that
    fails in either step stops the build with that error (not another one raised while cleaning up), and the
    database a reader has stays as it was, with nothing left beside it."""
    db = tmp_path / "directives.duckdb"
    load.write(db, _docs("Cao Bằng"), {"built_at": "2025-05-01"}, {})
    insert = load._insert

    def full_disk(con, frames):
        if step in frames:
            raise OSError(28, "No space left on device")
        insert(con, frames)

    monkeypatch.setattr(load, "_insert", full_disk)
    with pytest.raises(OSError, match="No space left"):
        with load.Writer(db) as w:
            w.start(_docs("Bắc Kạn"))
            w.finish({}, {"built_at": "2025-06-01"}, {})
    _only_the_old_database(tmp_path, db)
