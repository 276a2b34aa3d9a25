"""The machine a run was measured on."""

from __future__ import annotations

import hashlib
import os
import platform
import sys
import time
from importlib.metadata import version
from pathlib import Path


def _proc(path: str, key: str) -> str | None:
    try:
        for line in Path(path).read_text().splitlines():
            if line.startswith(key):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return None


def code_fingerprint(root: Path) -> str:
    """A short hash of the ETL and dashboard sources, so a result names the code it measured."""
    h = hashlib.sha256()
    for path in sorted(p for d in ("etl", "dashboard") for p in (root / d).rglob("*")
                       if p.suffix in (".py", ".sql", ".csv", ".txt") and "__pycache__" not in p.parts):
        h.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes())
    return h.hexdigest()[:12]


def describe() -> dict[str, str]:
    mem_kb = _proc("/proc/meminfo", "MemTotal")
    ram = f"{int(mem_kb.split()[0]) / 1024 / 1024:.1f} GiB" if mem_kb else "?"
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    info = {
        "date": time.strftime("%Y-%m-%d %H:%M %Z"),
        "cpu": _proc("/proc/cpuinfo", "model name") or platform.processor() or "?",
        "cores (nproc)": str(cores),
        "ram": ram,
        "platform": platform.platform(),
        "python": sys.version.split()[0],
    }
    for pkg in ("duckdb", "rapidfuzz", "streamlit", "pandas", "numpy"):
        try:
            info[pkg] = version(pkg)
        except Exception:  # noqa: BLE001 - a missing package is reported, not fatal
            info[pkg] = "not installed"
    return info
