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
