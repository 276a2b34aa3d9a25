"""A large folder is parsed in a process pool, and each document's statement rows are made there: the
rows (ids, matching text, theme, roles) must be those of a one-process build of the same folder."""

from __future__ import annotations

import dataclasses

from benchmarks.synth import synthesize
from etl import frames, pipeline
from etl.config import Settings


def test_statement_rows_made_in_the_workers_equal_a_serial_build(tmp_path):
    synthesize(tmp_path, localities=6, years=(2020, 2025), seed=5, docs_per_year=2)  # 72 files: a pool
    settings = Settings.from_env()
    pooled = pipeline.parse_folder(tmp_path, dataclasses.replace(settings, workers=2))
    serial = pipeline.parse_folder(tmp_path, dataclasses.replace(settings, workers=1))
    assert len(pooled.docs) == len(serial.docs) == 72
    keys = ("statement_id", "text", "match_text", "theme", "topics", "roles")
    rows_p = [tuple(r[k] for k in keys) for r in frames._statement_rows(pooled)]
    rows_s = [tuple(r[k] for k in keys) for r in frames._statement_rows(serial)]
    assert rows_p == rows_s
    assert len(rows_p) > 72 * 10  # every document has its duties as statements
    assert sum(bool(r[2]) for r in rows_p) >= 0.95 * len(rows_p)  # nearly all with a matching text
