"""Full builds in fresh subprocesses: wall time, peak memory, stage times, and the growth exponent."""

from __future__ import annotations

import math
import os
import re
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

import duckdb

from benchmarks import ROOT

_ALIGNED = re.compile(r"aligned (\d+) duty statements: (\d+) pairs scored")


def _tree_pss_kib(pid: int, cpu: dict[int, float] | None = None) -> int:
    """Proportional set size of a process and all its descendants (shared pages split between them, so a
    pool of forked workers is not counted twice); 0 where /proc does not tell. `cpu` collects the user +
    system seconds so far of each process of the tree (the pool's workers are children of a fork server,
    which the build need not wait for, so wait4 may not count them)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", "rb") as f:
                    ppid = int(f.read().rsplit(b")", 1)[1].split()[1])
                children.setdefault(ppid, []).append(int(entry))
            except (OSError, ValueError, IndexError):
                pass
    total, stack = 0, [pid]
    while stack:
        p = stack.pop()
        stack.extend(children.get(p, ()))
        try:
            with open(f"/proc/{p}/smaps_rollup") as f:
                total += next((int(ln.split()[1]) for ln in f if ln.startswith("Pss:")), 0)
            if cpu is not None:
                with open(f"/proc/{p}/stat", "rb") as f:
                    fields = f.read().rsplit(b")", 1)[1].split()
                cpu[p] = (int(fields[11]) + int(fields[12])) / _TICKS
        except (OSError, ValueError, IndexError):
            pass
    return total


_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


class _TreeMemory(threading.Thread):
    """Samples the build's process tree every `every` seconds; `peak_kib` is the largest total seen."""

    def __init__(self, pid: int, every: float = 0.2):
        super().__init__(daemon=True)
        self.pid, self.every, self.peak_kib, self.done = pid, every, 0, threading.Event()
        self.cpu: dict[int, float] = {}  # descendant pid -> CPU seconds when last seen

    def run(self) -> None:
        while not self.done.wait(self.every):
            self.peak_kib = max(self.peak_kib, _tree_pss_kib(self.pid, self.cpu))


def build_once(corpus: Path, db: Path, log: Path) -> dict:
    """`python -m etl build` in a child process. Peak RSS is the largest of that process and its own
    children (os.wait4), not the maximum over every child this process ever waited for (RUSAGE_CHILDREN);
    a sampler adds the peak of the whole tree (build plus any worker processes) at once."""
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    with open(log, "wb") as out:
        t0 = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-m", "etl", "build", "--input", str(corpus), "--db", str(db)],
                                cwd=ROOT, stdout=out, stderr=subprocess.STDOUT, env=env)
        sampler = _TreeMemory(proc.pid)
        sampler.start()
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t0
        sampler.done.set()
        sampler.join()
    proc.returncode = os.waitstatus_to_exitcode(status)
    text = log.read_text(encoding="utf-8", errors="replace")
    if proc.returncode != 0:
        raise RuntimeError(f"build of {corpus} failed ({proc.returncode}):\n{text[-2000:]}")
    m = _ALIGNED.search(text)
    lines = text.splitlines()
    progress = [ln for ln in lines if ln.startswith("  read ")]
    # Lines between the last file read and the final "aligned …" line: progress of the alignment itself.
    last_read = max((i for i, ln in enumerate(lines) if ln.startswith("  read ")), default=-1)
    aligned = next((i for i, ln in enumerate(lines) if _ALIGNED.search(ln)), len(lines))
    with duckdb.connect(str(db), read_only=True) as con:
        info = dict(con.execute("SELECT key, value FROM build_info").fetchall())
        n_docs, n_clauses, n_duties = con.execute(
            "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM clauses), (SELECT count(*) FROM duties)"
        ).fetchone()
    return {
        "wall_s": wall,
        "cpu_s": usage.ru_utime + usage.ru_stime,
        # The whole tree's CPU, sampled every 0.2 s (pool workers included); wait4's figure when larger.
        "tree_cpu_s": max(usage.ru_utime + usage.ru_stime, sum(sampler.cpu.values())),
        "peak_rss_mib": usage.ru_maxrss / 1024,  # Linux reports KiB
        "peak_tree_mib": sampler.peak_kib / 1024 or None,
        "parse_s": float(info.get("parse_seconds", "nan")),
        "align_s": float(info.get("align_seconds", "nan")),
        "documents": n_docs, "clauses": n_clauses, "duties": n_duties,
        "statements": int(m.group(1)) if m else None, "pairs_scored": int(m.group(2)) if m else None,
        "progress_lines": len(progress),
        "progress_has_eta": any("left" in ln for ln in progress),
        "align_progress_lines": max(0, aligned - last_read - 1),
    }


def bench(corpus: Path, db: Path, log: Path, repeats: int) -> dict:
    """The run with the median wall time of `repeats` builds, with every wall time kept."""
    runs = [build_once(corpus, db, log) for _ in range(repeats)]
    walls = [r["wall_s"] for r in runs]
    best = sorted(runs, key=lambda r: r["wall_s"])[len(runs) // 2]
    return best | {"walls_s": walls, "peak_rss_mib": max(r["peak_rss_mib"] for r in runs),
                   "peak_tree_mib": max((r["peak_tree_mib"] or 0 for r in runs), default=0) or None,
                   "wall_spread_s": (max(walls) - min(walls)) if len(walls) > 1 else 0.0,
                   "wall_median_s": statistics.median(walls)}


def slope(xs: list[float], ys: list[float]) -> float | None:
    """Least-squares slope of log(y) on log(x): cost ∝ n^slope."""
    pts = [(math.log(x), math.log(y)) for x, y in zip(xs, ys) if x > 0 and y and y > 0]
    if len(pts) < 2:
        return None
    mx = sum(p[0] for p in pts) / len(pts)
    my = sum(p[1] for p in pts) / len(pts)
    den = sum((p[0] - mx) ** 2 for p in pts)
    return sum((p[0] - mx) * (p[1] - my) for p in pts) / den if den else None


def growth(rows: list[dict]) -> dict[str, float | None]:
    """Exponents of wall time, CPU time, peak memory and stage times against the number of documents.
    'top segment' is the slope between the two largest sizes only, where start-up cost no longer hides
    the growth."""
    docs = [r["documents"] for r in rows]
    out = {
        "wall time, all sizes": slope(docs, [r["wall_s"] for r in rows]),
        "wall time, top segment": slope(docs[-2:], [r["wall_s"] for r in rows[-2:]]),
        "parse stage, all sizes": slope(docs, [r["parse_s"] for r in rows]),
        "align stage, all sizes": slope(docs, [r["align_s"] for r in rows]),
        "pairs scored, all sizes": slope(docs, [r["pairs_scored"] or 0 for r in rows]),
        "peak memory, all sizes": slope(docs, [r["peak_rss_mib"] for r in rows]),
    }
    return out
