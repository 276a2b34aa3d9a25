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
_RUNNING: dict[str, subprocess.Popen] = {}  # one per database, shared by every session of this server


@dataclass(frozen=True)
class Status:
    running: bool
    returncode: int | None
    lines: list[str]

    @property
    def waiting(self) -> bool:
        """Still waiting for another build of the same database (etl.build.build_lock says so in the log)."""
        return self.running and len(self.lines) >= 1 and self.lines[-1].startswith("waiting for another build")


def log_path(db_path: Path) -> Path:
    return Path(db_path).with_name(Path(db_path).name + ".build.log")


def start(raw_dir: Path, db_path: Path) -> None:
    key = str(db_path)
    proc = _RUNNING.get(key)
    if proc is not None and proc.poll() is None:
        return  # already rebuilding: the files just stored will be read by the next build anyway
    # OSError (a read-only or full data folder) goes to the caller, which says so in one sentence.
    with open(log_path(db_path), "w", encoding="utf-8") as log:
        _RUNNING[key] = subprocess.Popen(
            [sys.executable, "-m", "etl", "build", "--input", str(raw_dir), "--db", str(db_path)],
            cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
        )


def status(db_path: Path) -> Status | None:
    proc = _RUNNING.get(str(db_path))
    if proc is None:
        return None
    code = proc.poll()
    try:
        lines = log_path(db_path).read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        lines = []
    return Status(code is None, code, lines)
