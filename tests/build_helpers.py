"""Build a small database the way users do: a directive from our fixtures and a report written for the test beside it."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb

from etl.build import run_build
from etl.config import Settings

FIXTURES = Path(__file__).parent / "fixtures"


def report_beside(folder: Path, directive: str, name: str, text: str, locality: str, year: int,
                  doc_type: str = "Tin bài") -> duckdb.DuckDBPyConnection:
    """`directive` (tests/fixtures/duty) and a report `name` holding `text`, with its locality, year and type in the
    manifest; built into `folder`, opened read-only."""
    shutil.copy(FIXTURES / "duty" / directive, folder)
    (folder / name).write_text(text, encoding="utf-8")
    (folder / "manifest.csv").write_text(f"source_file,locality,year,doc_type\n{name},{locality},{year},{doc_type}\n",
                                         encoding="utf-8")
    db = folder / "report.duckdb"
    run_build(folder, db, Settings.from_env())
    return duckdb.connect(str(db), read_only=True)
