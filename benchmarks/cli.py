"""`python -m benchmarks [--smoke] [--only build,align,truth,query,page]`: run, print, write results."""

from __future__ import annotations

import argparse
import json
import os
import shlex
import sys
import time
import warnings
from pathlib import Path

from benchmarks import (
    HERE,
    OUT,
    ROOT,
    align_bench,
    build_bench,
    corpus,
    machine,
    page_bench,
    query_bench,
    realism,
    report,
    truth,
)

SECTIONS = ("build", "align", "truth", "query", "page")


def _quiet_streamlit() -> None:
    """Bare-mode Streamlit warns on every cached call outside `streamlit run`; the numbers are the output."""
    from streamlit import config, logger

    config.set_option("logger.level", "error")
    logger.set_log_level("error")
    warnings.filterwarnings("ignore", module="streamlit")


def _load() -> float:
    return os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")


def run(*, smoke: bool, out: Path, sections=SECTIONS, align_statements: int | None = None,
        query_repeats: int | None = None, seed: int = corpus.SEED, log=print) -> dict:
    """Run the chosen sections and return every number (the caller writes them)."""
    _quiet_streamlit()
    t_start = time.perf_counter()
    out.mkdir(parents=True, exist_ok=True)
    sizes = corpus.SMOKE if smoke else corpus.FULL
    results: dict = {"smoke": smoke, "seed": seed, "machine": machine.describe(), "load": {},
                     "code": {"start": machine.code_fingerprint(ROOT)}}
    largest = sizes[-1]
    folder = out / f"corpus_{largest.docs}"
    db = out / f"db_{largest.docs}.duckdb"

    if "build" in sections:
        results["load"]["build"] = _load()
        rows = []
        for size in sizes:
            log(f"corpus {size.shape} = {size.docs} documents")
            folder = corpus.make(size, out, seed)
            db = out / f"db_{size.docs}.duckdb"
            repeats = 1 if smoke or size.docs > 200 else 3
            b = build_bench.bench(folder, db, out / f"build_{size.docs}.log", repeats)
            rows.append(b | {"shape": size.shape})
            log(f"  built in {b['wall_s']:.1f} s (CPU {b['cpu_s']:.1f} s), peak {b['peak_rss_mib']:.0f} MiB, "
                f"{b['statements']} statements, {b['pairs_scored']} pairs scored")
        results["builds"] = rows
        results["growth"] = build_bench.growth(rows)
    elif not db.exists():
        log(f"building the {largest.docs}-document database once")
        folder = corpus.make(largest, out, seed)
        build_bench.build_once(folder, db, out / f"build_{largest.docs}.log")
    results["query_docs"] = largest.docs

    if "align" in sections:
        results["load"]["align"] = _load()
        n = align_statements or (150 if smoke else 2000)
        log(f"alignment against all-pairs baselines on about {n} statements")
        results["align"] = align_bench.bench(db, n_statements=n, repeats=3 if smoke else 5,
                                             variants={"align, max_candidates=10 (variant)": {"max_candidates": 10}})
    if "truth" in sections:
        log("duties against the synthetic plan")
        results["truth"] = truth.evaluate(db, folder)
        log("pair scores at each level of the plan, and of labelled real wording")
        results["realism"] = realism.evaluate(db, folder, per_level=60 if smoke else 400)
    if "query" in sections:
        results["load"]["query"] = _load()
        log("dashboard queries")
        results["queries"] = query_bench.bench(db, folder, repeats=query_repeats or (3 if smoke else 30))
    if "page" in sections:
        results["load"]["page"] = _load()
        log("page renders")
        results["pages"] = page_bench.bench(db, folder, repeats=1 if smoke else 3)
    results["code"]["end"] = machine.code_fingerprint(ROOT)
    results["seconds"] = time.perf_counter() - t_start
    return results


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    p.add_argument("--smoke", action="store_true", help="tiny sizes, a few seconds; writes only under benchmarks/out/")
    p.add_argument("--only", default=",".join(SECTIONS), help=f"comma-separated sections of {', '.join(SECTIONS)}")
    p.add_argument("--align-statements", type=int, default=None, help="statements in the alignment sample")
    p.add_argument("--query-repeats", type=int, default=None, help="runs of each query (p50/p95 over them)")
    p.add_argument("--out", type=Path, default=None, help="work folder (default benchmarks/out[/smoke])")
    args = p.parse_args(argv)
    sections = tuple(s.strip() for s in args.only.split(",") if s.strip())
    unknown = [s for s in sections if s not in SECTIONS]
    if unknown:
        print(f"error: unknown section {', '.join(unknown)}; choose from {', '.join(SECTIONS)}", file=sys.stderr)
        return 2
    out = args.out or (OUT / "smoke" if args.smoke else OUT)
    results = run(smoke=args.smoke, out=out, sections=sections, align_statements=args.align_statements,
                  query_repeats=args.query_repeats)
    results["command"] = "python -m benchmarks " + " ".join(shlex.quote(a) for a in (argv or sys.argv[1:]))
    text = report.markdown(results)
    print(text)
    (out / "results.json").write_text(json.dumps(results, indent=1, default=str), encoding="utf-8")
    # Only a full run of every section is the record; smoke and partial runs stay in the work folder.
    target = HERE / "results.md" if not args.smoke and set(sections) == set(SECTIONS) and args.out is None \
        else out / "results.md"
    target.write_text(text + "\n", encoding="utf-8")
    print(f"\nwrote {target}", file=sys.stderr)
    return 0
