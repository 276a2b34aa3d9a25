"""A rebuild in the background: `python -m etl build` in its own process, its output in a log file.

The build writes a new file and swaps it in atomically (etl/load.py), so every page keeps serving the
previous database until the swap and reads the new one on its next query (queries.py keys on mtime).
"""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_RUNNING: dict[str, list[subprocess.Popen]] = {}  # per database, shared by every session of this server


@dataclass(frozen=True)
class Status:
    running: bool
    returncode: int | None
    lines: list[str]

    @property
    def waiting(self) -> bool:
        """Still waiting for another build of the same database (etl.build.build_lock says so in the log)."""
        # (the last line that says something: two builds share the log, and one may just have written a blank line)
        said = [ln for ln in self.lines if ln.strip()]
        return self.running and bool(said) and "waiting for another build" in said[-1]


def log_path(db_path: Path) -> Path:
    return Path(db_path).with_name(Path(db_path).name + ".build.log")


def start(raw_dir: Path, db_path: Path) -> None:
    """Start a rebuild. One already running may have listed the folder before the files just stored, so a
    second one queues behind it on the build lock (it says so in the log) rather than being dropped; more
    than one waiting would add nothing."""
    key = str(db_path)
    alive = [p for p in _RUNNING.get(key, []) if p.poll() is None]
    if len(alive) >= 2:
        return
    # OSError (a read-only or full data folder) goes to the caller, which says so in one sentence.
    if not alive:
        log_path(db_path).write_text("", encoding="utf-8")
    # Append mode for every build: two builds writing one log must not overwrite each other's lines.
    with open(log_path(db_path), "a", encoding="utf-8") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "etl", "build", "--input", str(raw_dir), "--db", str(db_path)],
            cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
        )
    _RUNNING[key] = [*alive, proc]


def status(db_path: Path) -> Status | None:
    procs = _RUNNING.get(str(db_path))
    if not procs:
        return None
    codes = [p.poll() for p in procs]
    running = any(c is None for c in codes)
    try:
        lines = log_path(db_path).read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        lines = []
    return Status(running, None if running else codes[-1], lines)
