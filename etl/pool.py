"""The process pool that parses a large folder, with workers that never outlive the build nor hold its lock.

A `kill -9` of a build used to leave its workers running for ever, and with the default fork start method
they kept the build lock's file open, so every later build, from the command line or the dashboard,
waited for them without a word. Two things prevent it: workers come from a fork server (a clean process
started by exec, so they inherit no descriptor of the build), and each worker watches the build and
exits as soon as it is gone.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

PARALLEL_FROM = 64  # files; below this a process pool costs more than it saves


def _gone(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return True
    except OSError:  # no /proc: ask the kernel (a zombie then still counts as alive)
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        return False
    return stat[stat.rindex(")") + 2] in "ZX"  # killed but not yet reaped is gone too


def _worker_start(build_pid: int) -> None:
    """Worker start-up: exit as soon as the build that started the pool is gone. Watching the parent is not
    enough: a worker's parent is the fork server, and the server and its workers keep one another alive
    (each worker holds the server's liveness pipe)."""

    def watch() -> None:
        while not _gone(build_pid):
            time.sleep(0.2)
        os._exit(1)

    threading.Thread(target=watch, name="die-with-build", daemon=True).start()


def parsing_pool(workers: int) -> ProcessPoolExecutor:
    # forkserver: workers are forked from a clean server process, so they inherit no descriptor of the
    # build (its lock above all); the parsers are imported once in the server, not once per worker.
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["etl.pipeline"])
    return ProcessPoolExecutor(workers, mp_context=ctx, initializer=_worker_start, initargs=(os.getpid(),))


def pool_size(workers: int, n_files: int) -> int:
    """Worker processes for a folder of `n_files` (`workers`: the setting, -1 for every core); 1 means no pool."""
    if n_files < PARALLEL_FROM:
        return 1
    return (os.cpu_count() or 1) if workers < 0 else max(1, workers)


def start_early(folder: Path, workers: int) -> None:
    """Start the fork server at once when the folder will be parsed by a pool. It imports the parsers (about
    2.5 s of CPU) while this process still imports the build, on the other core, instead of after it while
    every core but one waits. A folder that cannot be listed is left to the build to report."""
    try:
        n_files = sum(1 for p in Path(folder).iterdir() if not p.name.startswith("."))
    except OSError:
        return
    if pool_size(workers, n_files) > 1:
        from multiprocessing import forkserver

        multiprocessing.get_context("forkserver").set_forkserver_preload(["etl.pipeline"])
        forkserver.ensure_running()
