"""`python -m etl build | synth`: argument parsing only; user errors become one line on stderr."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from etl.config import Settings


def _build(args: argparse.Namespace) -> int:
    return _rebuild(Settings.from_env(raw_dir=args.input, db_path=args.db))


def _rebuild(settings: Settings) -> int:
    from etl.pool import start_early

    start_early(settings.raw_dir, settings.workers)  # a large folder's workers get ready while etl.build imports
    from etl.build import BuildError, run_build

    try:
        # Flushed: the dashboard shows this log while the build runs ("waiting for another build …").
        report = run_build(settings.raw_dir, settings.db_path, settings, progress=lambda s: print(s, flush=True))
    except BuildError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(report.summary())
    return 0


def _add(args: argparse.Namespace) -> int:
    from etl.add import StoreError, existing_hashes, preview_all, store

    settings = Settings.from_env(raw_dir=args.input, db_path=args.db)
    corrections = {k: v for k, v in (("locality", args.locality), ("year", args.year), ("doc_type", args.type)) if v}
    files = []
    for path in args.files:
        try:
            files.append((Path(path), Path(path).read_bytes()))
        except OSError as exc:
            print(f"skipped {path}: it cannot be read ({exc.strerror})", file=sys.stderr)
    previews = preview_all([(p.name, data) for p, data in files], settings.raw_dir, settings,
                           existing_hashes(settings.raw_dir, settings))
    added = 0
    for (path, _), p in zip(files, previews):
        if not p.ok:
            print(f"skipped {path}: {p.problem}", file=sys.stderr)
            continue
        shown = {**p.metadata, **corrections}
        print(f"{p.name}: {p.clauses} clauses; " + "; ".join(f"{k} = {v}" for k, v in shown.items() if v is not None))
        for w in filter(None, [p.renamed_note(), *p.warnings]):
            print(f"  warning: {w}")
        try:
            store(p, settings.raw_dir, corrections)
        except StoreError as exc:
            print(f"error: {exc}", file=sys.stderr)
            continue
        added += 1
    if not added:
        print("error: no file was added", file=sys.stderr)
        return 1
    return 0 if args.no_build else _rebuild(settings)


def _synth(args: argparse.Namespace) -> int:
    from benchmarks.synth import synthesize  # the generator lives with the benchmarks (a dev tool)

    try:
        first, last = (int(x) for x in args.years.split("-"))
    except ValueError:
        print(f"error: --years must look like 2022-2024, not {args.years!r}", file=sys.stderr)
        return 2
    t0 = time.perf_counter()
    paths = synthesize(Path(args.out), localities=args.localities, years=(first, last), seed=args.seed,
                       docs_per_year=args.docs_per_year)
    print(f"wrote {len(paths)} documents to {args.out} in {time.perf_counter() - t0:.1f} s")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m etl", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="parse every document in a folder into a new DuckDB file")
    b.add_argument("--input", type=Path, default=None, help="folder of documents (default: data/raw)")
    b.add_argument("--db", type=Path, default=None, help="database file (default: data/directives.duckdb)")
    b.set_defaults(func=_build)
    a = sub.add_parser("add", help="check documents, store them in the input folder and rebuild")
    a.add_argument("files", nargs="+", help=".txt, .docx, .pdf or saved web page (.html) files")
    a.add_argument("--input", type=Path, default=None, help="input folder (default: data/raw)")
    a.add_argument("--db", type=Path, default=None, help="database file (default: data/directives.duckdb)")
    a.add_argument("--locality", help="correct the locality (e.g. 'Lạng Sơn')")
    a.add_argument("--year", type=int, help="correct the year")
    a.add_argument("--type", help="correct the document type (e.g. 'Chỉ thị')")
    a.add_argument("--no-build", action="store_true", help="store only; rebuild later")
    a.set_defaults(func=_add)
    s = sub.add_parser("synth", help="write a synthetic national corpus for benchmarks")
    s.add_argument("--localities", type=int, default=10)
    s.add_argument("--years", default="2022-2024")
    s.add_argument("--out", required=True)
    s.add_argument("--seed", type=int, default=0)
    s.add_argument("--docs-per-year", type=int, default=1)
    s.set_defaults(func=_synth)
    args = parser.parse_args(argv)
    return args.func(args)
