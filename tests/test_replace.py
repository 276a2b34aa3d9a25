"""The load/replace step: a rebuild is written beside the live database and moved onto it in one step.

What a reader (the dashboard) must see: the old database, whole, until the move; the new one, whole, after
it; never a half-written file, never the new bytes poured into the file it has open. Two builds of one
database wait for each other.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import threading
import time

import duckdb
import pandas as pd
import pytest

from etl import load
from etl.build import build_lock, run_build
from tests.conftest import RAW

SMALL = "004_e65e262914ab729d.txt"  # the Lạng Sơn 2022 Công văn: one small document builds fast
OTHER = "001_1ddb42c3f288f769.txt"


def _folder(tmp_path, name: str, *files: str):
    folder = tmp_path / name
    folder.mkdir()
    for f in files:
        shutil.copy(RAW / f, folder)
    shutil.copy(RAW / "manifest.csv", folder)
    return folder


def _state(db) -> tuple:
    """What a reader sees: documents and the clause count of each, read the way the dashboard reads."""
    con = duckdb.connect()
    try:
        con.execute(f"ATTACH '{db}' AS db (READ_ONLY)")
        return tuple(con.execute(
            "SELECT d.source_file, count(c.clause_id) FROM db.documents d LEFT JOIN db.clauses c USING (doc_id) "
            "GROUP BY ALL ORDER BY 1").fetchall())
    finally:
        con.close()


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@pytest.fixture
def live(tmp_path):
    db = tmp_path / "live.duckdb"
    run_build(_folder(tmp_path, "old", SMALL), db)
    return db


def test_rebuild_is_a_move_and_a_reader_keeps_the_old_file_whole(tmp_path, live):
    old_state = _state(live)
    held = open(live, "rb")  # a reader that opened the file before the rebuild
    try:
        old_bytes = held.read()
        old_inode = os.stat(live).st_ino
        run_build(_folder(tmp_path, "new", SMALL, OTHER), live)
        # a move gives the path a new file; a byte copy onto the live file would keep the inode
        assert os.stat(live).st_ino != old_inode
        held.seek(0)
        assert _sha(held.read()) == _sha(old_bytes)  # what the reader holds was not written over
    finally:
        held.close()
    new_state = _state(live)
    assert [f for f, _ in new_state] == sorted([SMALL, OTHER]) and [f for f, _ in old_state] == [SMALL]
    assert dict(new_state)[SMALL] == dict(old_state)[SMALL]
    assert sorted(p.name for p in live.parent.iterdir()) == ["live.duckdb", "live.duckdb.lock", "new", "old"]


def test_the_live_file_is_untouched_until_the_move(tmp_path, live, monkeypatch):
    old_state, seen = _state(live), []
    real_replace = os.replace

    def watching_replace(src, dst):
        # the moment before the move: the new database is complete elsewhere, the live one still old
        seen.append((os.fspath(dst) == os.fspath(live), _state(live), _state(src)))
        return real_replace(src, dst)

    monkeypatch.setattr(load.os, "replace", watching_replace)
    run_build(_folder(tmp_path, "new", SMALL, OTHER), live)
    assert len(seen) == 1
    onto_live, before_move, moved = seen[0]
    assert onto_live and before_move == old_state
    assert moved == _state(live) and len(moved) == 2


def test_a_failed_write_leaves_the_old_database(live):
    before = _sha(live.read_bytes())
    frames = {"documents": pd.DataFrame({"no_such_column": ["x"]})}  # the insert fails half-way
    with pytest.raises(duckdb.Error):
        load.write(live, frames, {"built_at": "now"}, {})
    assert _sha(live.read_bytes()) == before
    assert [f for f, _ in _state(live)] == [SMALL]


def test_readers_during_rebuilds_see_the_old_or_the_new_database_never_a_mix(tmp_path, live):
    one = _folder(tmp_path, "one", SMALL)
    two = _folder(tmp_path, "two", SMALL, OTHER)
    run_build(two, tmp_path / "two.duckdb")
    states = {_state(live), _state(tmp_path / "two.duckdb")}
    assert len(states) == 2
    seen, errors, stop = [], [], threading.Event()

    def reader():
        while not stop.is_set():
            try:
                seen.append(_state(live))
            except Exception as exc:  # a torn or half-written file
                errors.append(repr(exc))

    threads = [threading.Thread(target=reader) for _ in range(2)]
    for th in threads:
        th.start()
    try:
        for folder in (two, one, two, one):
            run_build(folder, live)
    finally:
        stop.set()
        for th in threads:
            th.join()
    assert errors == []
    assert len(seen) > 10 and set(seen) <= states


def test_a_second_build_waits_for_the_first(tmp_path, live):
    before = _sha(live.read_bytes())
    done = threading.Event()

    def second_build():
        run_build(_folder(tmp_path, "new", SMALL, OTHER), live)
        done.set()

    with build_lock(live):  # a first build is running
        th = threading.Thread(target=second_build)
        th.start()
        assert not done.wait(3.0)  # one document builds in well under a second: it is waiting
        assert _sha(live.read_bytes()) == before
    th.join(timeout=60)
    assert done.is_set() and len(_state(live)) == 2


def test_two_builds_at_once_both_finish_and_leave_one_whole_database(tmp_path, live):
    folder = _folder(tmp_path, "new", SMALL, OTHER)
    errors: list[str] = []

    def build():
        try:
            run_build(folder, live)
        except Exception as exc:
            errors.append(repr(exc))

    threads = [threading.Thread(target=build) for _ in range(2)]
    started = time.monotonic()
    for th in threads:
        th.start()
    for th in threads:
        th.join(timeout=120)
    assert errors == [] and time.monotonic() - started < 120
    assert [f for f, _ in _state(live)] == sorted([SMALL, OTHER])
    assert not live.with_name("live.duckdb.tmp").exists()


def test_leftovers_of_a_crashed_build_are_cleared_first(tmp_path, live):
    # a build killed mid-way leaves its half-written temporary file (and WAL) behind, and a WAL beside the
    # live file would not match the new file ("WAL does not match") once it is moved into place
    for leftover in ("live.duckdb.tmp", "live.duckdb.tmp.wal", "live.duckdb.wal"):
        (live.parent / leftover).write_bytes(b"half a database")
    run_build(_folder(tmp_path, "new", SMALL, OTHER), live)
    assert len(_state(live)) == 2
    assert not any((live.parent / n).exists() for n in ("live.duckdb.tmp", "live.duckdb.tmp.wal", "live.duckdb.wal"))


def test_first_build_creates_the_folder_of_the_database(tmp_path):
    db = tmp_path / "a" / "b" / "directives.duckdb"
    run_build(_folder(tmp_path, "raw", SMALL), db)
    assert [f for f, _ in _state(db)] == [SMALL]


def test_label_tables_and_build_facts_are_written(live):
    import csv

    from etl.config import PACKAGE

    con = duckdb.connect(str(live), read_only=True)
    try:
        for table, key in (("themes", "theme"), ("roles", "role")):
            with open(PACKAGE / f"{table}.csv", encoding="utf-8") as f:
                want = sorted((r[key], r["label_vi"], r["label_en"]) for r in csv.DictReader(f))
            assert len(want) > 5
            assert sorted(con.execute(f"SELECT {key}, label_vi, label_en FROM {table}").fetchall()) == want
        info = dict(con.execute("SELECT key, value FROM build_info").fetchall())
        assert {"built_at", "etl_version", "seconds", "duckdb", "rapidfuzz"} <= set(info)
        assert float(info["seconds"]) > 0
        settings = dict(con.execute("SELECT name, value FROM settings").fetchall())
        from etl.config import Settings

        assert settings == pytest.approx(Settings().thresholds())  # the build's named thresholds, as configured
    finally:
        con.close()


def test_write_stores_exactly_the_frames_given(tmp_path):
    db = tmp_path / "a" / "b" / "w.duckdb"  # folders that do not exist yet
    docs = pd.DataFrame({"doc_id": ["d1"], "source_file": ["a.txt"], "content_sha256": ["x"], "year": [2026],
                         "locality": ["Cao Bằng"], "source_text": ["CHỈ THỊ"]})
    load.write(db, {"documents": docs, "rejected_files": pd.DataFrame(columns=["source_file", "reason"])},
               {"built_at": "2026-05-01 08:00:00"}, {"link_threshold": 50.0})
    con = duckdb.connect(str(db), read_only=True)
    try:
        assert con.execute("SELECT doc_id, locality, year FROM documents").fetchall() == [("d1", "Cao Bằng", 2026)]
        assert con.execute("SELECT count(*) FROM rejected_files").fetchone() == (0,)
        assert con.execute("SELECT key, value FROM build_info").fetchall() == [("built_at", "2026-05-01 08:00:00")]
        assert con.execute("SELECT name, value FROM settings").fetchall() == [("link_threshold", 50.0)]
        assert con.execute("SELECT count(*) FROM explore_rows").fetchone() == (0,)  # the views are there
    finally:
        con.close()
    assert sorted(p.name for p in db.parent.iterdir()) == ["w.duckdb"]
