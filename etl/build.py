"""Run a whole build and summarise it: the library entry point behind `python -m etl build`."""

from __future__ import annotations

import contextlib
import fcntl
import os
import platform
import resource
import sys
import time
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path

import duckdb

from etl import __version__, load
from etl.config import Settings
from etl.frames import base_frames, duty_frames
from etl.messages import with_english
from etl.pipeline import Progress, parse_folder


class BuildError(Exception):
    """Nothing usable could be built; the message says why in one sentence."""


@dataclass
class Report:
    counts: dict[str, int]
    rejected: list[tuple[str, str, str | None]]
    seconds: float
    db_path: Path

    def summary(self) -> str:
        c = self.counts
        lines = [
            f"built {self.db_path} in {self.seconds:.1f} s: {c['documents']} documents, {c['clauses']} clauses, "
            f"{c['agencies']} agencies, {c['assignments']} assignments, {c['duties']} duties "
            f"({c['recurring']} in two or more documents), {len(self.rejected)} files rejected"
        ]
        # each in one Vietnamese sentence for the person who runs the build, the English the table keeps after it
        lines += [f"  rejected {name}: {with_english(reason)}" for name, reason, _ in self.rejected]
        return "\n".join(lines)


def _holder(f) -> str:
    f.seek(0)
    return f.read().strip() or "another process"


@contextlib.contextmanager
def build_lock(db_path: Path, wait: float = 300.0, progress: Progress = lambda s: None):
    """One build per database at a time. A second one (an upload while `make run` rebuilds) says that it
    waits, for whom, and gives up after `wait` seconds with a BuildError instead of blocking silently.

    The descriptor is opened close-on-exec and worker processes come from a fork server, so no child
    of a build holds the lock after the build is killed (see pipeline._pool)."""
    lock_path = Path(db_path).with_name(Path(db_path).name + ".lock")
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    with open(lock_path, "a+") as f:
        deadline = time.monotonic() + wait
        said = False
        while True:
            try:
                fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if not said:
                    progress(f"waiting for another build of {db_path} to finish ({_holder(f)}); "
                             f"giving up after {wait:g} s")
                    said = True
                if time.monotonic() >= deadline:
                    raise BuildError(f"another build of {db_path} ({_holder(f)}) still held its lock after "
                                     f"{wait:g} s; try again when it has finished, or stop that process") from None
                time.sleep(0.2)
        try:
            f.seek(0)
            f.truncate()
            f.write(f"build process {os.getpid()} started {time.strftime('%H:%M:%S')}")
            f.flush()
            yield
        finally:
            fcntl.flock(f, fcntl.LOCK_UN)


def run_build(input_dir: Path, db_path: Path, settings: Settings | None = None, progress: Progress = lambda s: None) -> Report:
    settings = settings or Settings.from_env()
    with build_lock(db_path, settings.lock_wait, progress):
        return _run_build(input_dir, db_path, settings, progress)


def _run_build(input_dir: Path, db_path: Path, settings: Settings | None, progress: Progress) -> Report:
    settings = settings or Settings.from_env()
    input_dir = Path(input_dir)
    if not input_dir.is_dir():
        raise BuildError(f"the input folder {input_dir} does not exist")
    t0 = time.perf_counter()
    progress(f"reading {input_dir}")
    try:
        build = parse_folder(input_dir, settings, progress)
    except OSError as exc:  # the folder itself (not one file) cannot be listed
        raise BuildError(f"the input folder {input_dir} cannot be read ({exc.strerror}); the database was left "
                         "as it was") from None
    if not build.docs:
        reasons = "; ".join(f"{n}: {r}" for n, r, _ in build.rejected) or "the folder has no documents"
        raise BuildError(f"no usable document in {input_dir} ({reasons}); the database was left as it was")
    base, rows = base_frames(build)
    try:
        with load.Writer(db_path) as writer:
            # The tables that need no alignment are stored on a thread while the alignment runs.
            writer.start(base)
            frames = {**base, **duty_frames(build, rows, settings, progress)}
            seconds = time.perf_counter() - t0
            info = {
                "built_at": time.strftime("%Y-%m-%d %H:%M:%S"),
                "input_dir": str(input_dir),
                "seconds": f"{seconds:.2f}",
                "parse_seconds": f"{build.timings.get('parse_s', 0):.2f}",
                "align_seconds": f"{build.timings.get('align_s', 0):.2f}",
                "frames_seconds": f"{build.timings.get('frames_s', 0):.2f}",
                "peak_rss_mb": f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f}",
                "etl_version": __version__,
                "python": sys.version.split()[0],
                "platform": platform.platform(),
                **{pkg: version(pkg) for pkg in ("duckdb", "rapidfuzz", "streamlit", "pandas", "plotly")},
            }
            progress(f"writing {db_path}")
            t_load = time.perf_counter()
            writer.finish({k: frames[k] for k in frames if k not in base}, info, settings.thresholds())
    except (OSError, duckdb.Error) as exc:
        reason = getattr(exc, "strerror", None) or str(exc).splitlines()[0][:160]
        raise BuildError(f"the new database could not be written next to {db_path} ({reason}); the old one "
                         "was kept: free some disk space or fix the folder's permissions and build again") from None
    progress(f"  wrote {db_path} in {time.perf_counter() - t_load:.1f} s")
    duties = frames["duties"]
    counts = {
        "documents": len(frames["documents"]), "clauses": len(frames["clauses"]),
        "agencies": len(frames["agencies"]), "assignments": len(frames["assignments"]),
        "duties": len(duties), "recurring": int((duties["n_docs"] >= 2).sum()) if len(duties) else 0,
    }
    return Report(counts, build.rejected, time.perf_counter() - t0, Path(db_path))
