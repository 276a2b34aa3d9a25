"""Builds and their lock, with real processes: a killed build leaves nothing behind that blocks the next
one, and a build that has to wait says so and gives up after the stated time."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from etl.config import ROOT
from tests.conftest import RAW

BUILD = [sys.executable, "-m", "etl", "build"]


def _descendants(pid: int) -> set[int]:
    """Every living process below pid, read from /proc (no psutil here)."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            fields = stat[stat.rindex(")") + 2 :].split()
            if fields[0] != "Z":
                parents[int(entry.name)] = int(fields[1])
    found, frontier = set(), {pid}
    while frontier:
        frontier = {p for p, pp in parents.items() if pp in frontier} - found
        found |= frontier
    return found


def _alive(pids: set[int]) -> set[int]:
    out = set()
    for pid in pids:
        try:
            state = Path(f"/proc/{pid}/stat").read_text()
        except OSError:
            continue
        if state[state.rindex(")") + 2] != "Z":
            out.add(pid)
    return out


def _large_folder(folder: Path, files: int = 80, lines: int = 1200) -> Path:
    """Enough distinct documents for the build to use its process pool, each slow enough to kill it mid-way."""
    folder.mkdir()
    for k in range(files):
        body = "\n".join(f"{i}. Công an tỉnh chỉ đạo bảo đảm an ninh trật tự tại điểm thi số {i} của đợt {k}."
                         for i in range(1, lines + 1))
        (folder / f"{k:03d}.txt").write_text(f"Lạng Sơn, ngày 1 tháng 6 năm 2024\nCHỈ THỊ\nVề việc thử số {k}\n{body}",
                                             encoding="utf-8")
    return folder


def test_kill_9_during_parallel_parsing_leaves_no_worker_and_no_lock(tmp_path):
    folder = _large_folder(tmp_path / "raw")
    db = tmp_path / "big.duckdb"
    build = subprocess.Popen([*BUILD, "--input", str(folder), "--db", str(db)], cwd=ROOT,
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    workers: set[int] = set()
    try:
        assert build.stdout.readline().startswith("reading")
        deadline = time.monotonic() + 30
        while len(_descendants(build.pid)) < 2 and time.monotonic() < deadline:
            time.sleep(0.1)  # wait until the pool's workers are parsing
        workers = _descendants(build.pid)
        assert len(workers) >= 2, "the build did not start a process pool"
        os.kill(build.pid, signal.SIGKILL)
        build.wait()
        deadline = time.monotonic() + 5
        while _alive(workers) and time.monotonic() < deadline:
            time.sleep(0.1)
        left = _alive(workers)
        assert not left, f"worker processes outlived the killed build: {sorted(left)}"
    finally:
        for pid in _alive(workers | _descendants(build.pid)) | ({build.pid} if build.poll() is None else set()):
            os.kill(pid, signal.SIGKILL)  # only processes this test started
    t0 = time.monotonic()
    again = subprocess.run([*BUILD, "--input", str(RAW), "--db", str(db)], cwd=ROOT, capture_output=True, text=True,
                           env=dict(os.environ, DIRECTIVES_LOCK_WAIT="20"), timeout=120)
    assert again.returncode == 0, again.stderr
    assert "waiting for another build" not in again.stdout
    assert time.monotonic() - t0 < 20
    assert not db.with_name(db.name + ".tmp").exists()


HOLDER = """
import sys, time
from pathlib import Path
from etl.build import build_lock
with build_lock(Path(sys.argv[1])):
    print("held", flush=True)
    time.sleep(120)
"""


@pytest.fixture
def held_lock(tmp_path):
    db = tmp_path / "x.duckdb"
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(db)], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "held"
    yield db, holder
    if holder.poll() is None:
        holder.kill()
    holder.wait()


def test_a_build_that_waits_says_so_and_gives_up_after_the_stated_time(held_lock):
    db, holder = held_lock
    t0 = time.monotonic()
    out = subprocess.run([*BUILD, "--input", str(RAW), "--db", str(db)], cwd=ROOT, capture_output=True, text=True,
                         env=dict(os.environ, DIRECTIVES_LOCK_WAIT="2"), timeout=60)
    waited = time.monotonic() - t0
    assert out.returncode == 1
    assert f"waiting for another build of {db} to finish (build process {holder.pid}" in out.stdout
    assert "giving up after 2 s" in out.stdout
    assert out.stderr.startswith("error: another build of") and "still held its lock after 2 s" in out.stderr
    assert "Traceback" not in out.stderr and out.stderr.count("\n") == 1
    assert 2 <= waited < 15
    assert not db.exists()


def test_a_waiting_build_goes_ahead_once_the_other_ends(held_lock):
    db, holder = held_lock
    waiting = subprocess.Popen([*BUILD, "--input", str(RAW), "--db", str(db)], cwd=ROOT, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, env=dict(os.environ, DIRECTIVES_LOCK_WAIT="60"))
    assert "waiting for another build" in waiting.stdout.readline()
    holder.kill()
    out, err = waiting.communicate(timeout=60)
    assert waiting.returncode == 0, err
    assert "5 documents" in out


def test_a_rebuild_asked_for_while_one_runs_is_queued_not_dropped(held_lock, tmp_path):
    """The dashboard's background rebuilds: a save while a build runs queues one more build behind the lock
    (that one lists the folder after the files were stored); a third adds nothing."""
    import shutil

    from dashboard import rebuild

    db, holder = held_lock
    raw = tmp_path / "raw"
    shutil.copytree(RAW, raw)
    rebuild.start(raw, db)
    shutil.copy(ROOT / "tests" / "fixtures" / "extra" / "danang_2024_congdien.txt", raw)  # saved meanwhile
    rebuild.start(raw, db)
    rebuild.start(raw, db)
    procs = rebuild._RUNNING[str(db)]
    assert len(procs) == 2
    deadline = time.monotonic() + 30
    while not (rebuild.status(db).waiting or time.monotonic() > deadline):
        time.sleep(0.1)
    assert rebuild.status(db).waiting
    holder.kill()
    assert [p.wait(timeout=120) for p in procs] == [0, 0]
    s = rebuild.status(db)
    assert not s.running and s.returncode == 0 and "6 documents" in s.lines[-1]


def test_a_build_still_waits_when_the_other_build_has_just_written_a_blank_line():
    from dashboard.rebuild import Status

    line = "waiting for another build of x.duckdb to finish (build process 1 started 02:04:48); giving up after 300 s"
    assert Status(True, None, [line, ""]).waiting and Status(True, None, [line]).waiting
    assert not Status(True, None, [line, "read 5 documents"]).waiting and not Status(False, 0, [line, ""]).waiting
