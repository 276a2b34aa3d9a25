"""cProfile of one benchmarked operation, to find where the time goes when a target is missed.

    python -m benchmarks.profiling build --input benchmarks/out/corpus_2016
    python -m benchmarks.profiling query "gaps all" --db benchmarks/out/db_2016.duckdb
    python -m benchmarks.profiling page explore --db benchmarks/out/db_2016.duckdb
    python -m benchmarks.profiling align --db benchmarks/out/db_2016.duckdb --statements 2000
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import tempfile
from pathlib import Path

from benchmarks import OUT


def _report(prof: cProfile.Profile, top: int, name: str) -> str:
    folder = OUT / "profiles"
    folder.mkdir(parents=True, exist_ok=True)
    prof.dump_stats(folder / f"{name}.pstats")
    buf = io.StringIO()
    for key in ("cumulative", "tottime"):
        buf.write(f"--- by {key}\n")
        pstats.Stats(prof, stream=buf).strip_dirs().sort_stats(key).print_stats(top)
    return buf.getvalue()


def _build(args) -> cProfile.Profile:
    from etl.build import run_build

    with tempfile.TemporaryDirectory() as tmp, cProfile.Profile() as prof:
        run_build(Path(args.input), Path(tmp) / "p.duckdb")
    return prof


def _query(args) -> cProfile.Profile:
    os.environ["DIRECTIVES_DB"] = str(args.db)
    from benchmarks.query_bench import cases
    from dashboard import queries as q

    mtime = q.db_mtime()
    case = next(c for c in cases(q, mtime) if c[0] == args.name)
    body = getattr(case[2], "__wrapped__", case[2])
    body(*case[3], **case[4])
    with cProfile.Profile() as prof:
        for _ in range(args.repeats):
            body(*case[3], **case[4])
    return prof


def _page(args) -> cProfile.Profile:
    os.environ["DIRECTIVES_DB"] = str(args.db)
    import streamlit as st
    from streamlit.runtime.scriptrunner.script_runner import ScriptRunner
    from streamlit.testing.v1 import AppTest

    from benchmarks.page_bench import APP

    at = AppTest.from_file(str(APP), default_timeout=300)
    at.run()
    st.cache_data.clear()
    at.switch_page(f"app_pages/{args.name}.py")
    # AppTest runs the script in its own thread, and a profiler sees only the thread that enabled it.
    prof, original = cProfile.Profile(), ScriptRunner._run_script

    def profiled(self, *a, **kw):
        prof.enable()
        try:
            return original(self, *a, **kw)
        finally:
            prof.disable()

    ScriptRunner._run_script = profiled
    try:
        at.run()
    finally:
        ScriptRunner._run_script = original
    return prof


def _align(args) -> cProfile.Profile:
    from benchmarks.align_bench import load_statements, sample_documents
    from etl import align as al

    rows = sample_documents(load_statements(Path(args.db)), args.statements, 1)
    with cProfile.Profile() as prof:
        al.align([r[2] for r in rows], [r[1] for r in rows], [r[3] for r in rows])
    return prof


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks.profiling", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("what", choices=("build", "query", "page", "align"))
    p.add_argument("name", nargs="?", default="", help="query case or page name")
    p.add_argument("--input", type=Path, default=OUT / "corpus_2016")
    p.add_argument("--db", type=Path, default=OUT / "db_2016.duckdb")
    p.add_argument("--repeats", type=int, default=5)
    p.add_argument("--statements", type=int, default=2000)
    p.add_argument("--top", type=int, default=25)
    args = p.parse_args(argv)
    from benchmarks.cli import _quiet_streamlit

    _quiet_streamlit()
    prof = {"build": _build, "query": _query, "page": _page, "align": _align}[args.what](args)
    print(_report(prof, args.top, f"{args.what}-{args.name or 'all'}".replace(" ", "_").replace("'", "")))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
