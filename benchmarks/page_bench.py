"""Each dashboard page rendered by streamlit.testing.v1.AppTest over a given database: the first render
(query caches empty, as after a rebuild or for the first visitor) and a second one (caches warm)."""

from __future__ import annotations

import gc
import os
import statistics
import time
from pathlib import Path

from benchmarks import ROOT

APP = ROOT / "dashboard" / "app.py"
# Every page file (the entry script registers them all); opening one never uploads or builds anything.
PAGES = tuple(sorted((p.stem for p in (ROOT / "dashboard" / "app_pages").glob("*.py") if p.stem != "__init__"),
                     key=lambda n: (n != "overview", n)))


def bench(db: Path, raw: Path | None, *, pages=PAGES, timeout: float = 300, repeats: int = 1) -> list[dict]:
    """Each page's first render `repeats` times (caches cleared before each), reported by the median, with
    the fastest and slowest and the CPU seconds of the whole process (all threads: DuckDB and rapidfuzz
    run on several), which a busy machine inflates far less than wall time."""
    os.environ["DIRECTIVES_DB"] = str(db)
    if raw is not None:
        os.environ["DIRECTIVES_RAW"] = str(raw)
    import streamlit as st
    from streamlit.testing.v1 import AppTest

    out = []
    for page in pages:
        firsts, cpus, seconds = [], [], []
        for _ in range(max(1, repeats)):
            at = AppTest.from_file(str(APP), default_timeout=timeout)
            at.run()  # the entry page, so that switch_page knows the registered pages
            st.cache_data.clear()
            at.switch_page(f"app_pages/{page}.py")
            # The garbage of the runs before (an AppTest, the entry page) is collected now, not by a full
            # collection that happens to fall inside the timed render (0.6 s of collections in all over two
            # repeats of the Gaps page at 2,016 documents).
            gc.collect()
            t0, c0 = time.perf_counter(), time.process_time()
            at.run()
            firsts.append(time.perf_counter() - t0)
            cpus.append(time.process_time() - c0)
            t0 = time.perf_counter()
            at.run()
            seconds.append(time.perf_counter() - t0)
        errors = [str(e.value).splitlines()[0] for e in at.exception] + [str(e.value) for e in at.error]
        out.append({"page": page, "first_s": statistics.median(firsts), "first_min_s": min(firsts),
                    "first_max_s": max(firsts), "first_cpu_s": statistics.median(cpus),
                    "second_s": statistics.median(seconds), "runs": len(firsts),
                    "title": at.title[0].value if at.title else "", "dataframes": len(at.dataframe), "errors": errors})
    return out
