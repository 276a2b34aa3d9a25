"""The build stores the tables that need no alignment on a thread while it aligns (etl/load.Writer), and joins
Explore's rows and the duty occurrences in two steps around the alignment (etl/sql/views.sql, split at
"@needs-duties"). What a reader sees must not change: the same rows, in the same order where the order is
defined, as the one-step definitions gave; and a build that fails half-way still leaves the old database."""

from __future__ import annotations

import shutil

import duckdb
import pytest

from etl import frames, load
from etl import pipeline as pl
from etl.build import run_build
from etl.config import Settings
from tests.conftest import RAW

# The one-step definitions the two-step ones replaced, as they were (session 4).
EXPLORE_ONE_STEP = """
WITH th AS (SELECT clause_id, list(DISTINCT theme ORDER BY theme) AS themes FROM statements GROUP BY 1),
du AS (SELECT clause_id, list(DISTINCT duty_id ORDER BY duty_id) AS duties FROM duty_clauses GROUP BY 1)
SELECT ca.*, coalesce(th.themes, []::VARCHAR[]) AS theme_list,
       coalesce(du.duties, []::VARCHAR[]) AS duty_list,
       array_to_string(th.themes, ', ') AS themes, array_to_string(du.duties, ', ') AS duties,
       replace(strip_accents(lower(ca.text)), 'đ', 'd') AS text_folded,
       row_number() OVER (ORDER BY ca.locality COLLATE vi, ca.locality, ca.year, ca.doc_id, ca.seq, ca.kind, ca.agency)
           AS row_order
FROM clause_assignments ca LEFT JOIN th USING (clause_id) LEFT JOIN du USING (clause_id)
ORDER BY row_order"""

OCCURRENCES_ONE_STEP = """
SELECT dc.duty_id, dc.statement_id, dc.clause_id, c.doc_id, d.locality, d.year, d.doc_type, d.source_file,
       st.text, st.match_text, st.theme, st.topics, dc.score,
       coalesce(sr.lead_roles, CASE WHEN c.label <> '¶' THEN cr.lead_roles END, '') AS lead_roles,
       coalesce(sr.roles, CASE WHEN c.label <> '¶' THEN cr.roles END, []::VARCHAR[]) AS roles,
       dc.node_id, coalesce(sr.lead_names, CASE WHEN c.label <> '¶' THEN cn.lead_names END) AS lead_names
FROM duty_clauses dc
JOIN statements st USING (statement_id)
JOIN clauses c ON c.clause_id = dc.clause_id
JOIN documents d ON d.doc_id = c.doc_id
LEFT JOIN clause_roles cr ON cr.clause_id = dc.clause_id
LEFT JOIN statement_roles sr ON sr.statement_id = dc.statement_id
LEFT JOIN clause_doer_names cn ON cn.clause_id = dc.clause_id
ORDER BY d.locality, d.year, c.doc_id"""


def _columns(con, sql: str) -> list[str]:
    return [d[0] for d in con.execute(sql + " LIMIT 0").description]


def test_explore_rows_are_the_one_step_join_row_for_row_in_its_order(seed_con):
    got = seed_con.execute("SELECT * FROM explore_rows").fetchall()
    want = seed_con.execute(EXPLORE_ONE_STEP).fetchall()
    assert len(got) > 100 and any(r[-2] for r in got)  # clauses with duties: the second step joined them
    assert _columns(seed_con, "SELECT * FROM explore_rows") == _columns(seed_con, EXPLORE_ONE_STEP)
    assert got == want  # the order too: Explore's first page is its first rows


def test_duty_occurrences_are_the_one_step_join(seed_con):
    got = seed_con.execute("SELECT * FROM duty_occurrences").fetchall()
    want = seed_con.execute(OCCURRENCES_ONE_STEP).fetchall()
    assert len(got) > 100 and {r[0] for r in got} and all(r[0] for r in got)
    assert _columns(seed_con, "SELECT * FROM duty_occurrences") == _columns(seed_con, OCCURRENCES_ONE_STEP)
    assert sorted(map(repr, got)) == sorted(map(repr, want))
    # the defined order (locality, year, document) holds; within a document no order was ever defined
    keys = [(r[4], r[5], r[3]) for r in got]
    assert keys == sorted(keys)


def test_the_helper_tables_of_the_first_step_are_not_in_the_database(seed_con):
    names = {n for (n,) in seed_con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    assert {"explore_rows", "duty_occurrences", "clause_assignments"} <= names
    assert not names & {"explore_base", "occurrence_base"}


def test_a_build_with_the_tables_written_while_aligning_equals_one_written_after(tmp_path):
    folder = tmp_path / "raw"
    shutil.copytree(RAW, folder)
    overlapped, serial = tmp_path / "overlapped.duckdb", tmp_path / "serial.duckdb"
    run_build(folder, overlapped)
    build = pl.parse_folder(folder, Settings.from_env())
    load.write(serial, frames.build_frames(build, Settings.from_env()), {}, {})
    a, b = duckdb.connect(str(overlapped), read_only=True), duckdb.connect(str(serial), read_only=True)
    try:
        tables = [n for (n,) in a.execute("SELECT table_name FROM information_schema.tables ORDER BY 1").fetchall()]
        assert len(tables) >= 20
        for t in tables:
            if t in ("build_info", "settings"):
                continue
            rows_a = sorted(map(repr, a.execute(f'SELECT * FROM "{t}"').fetchall()))
            assert rows_a == sorted(map(repr, b.execute(f'SELECT * FROM "{t}"').fetchall())), t
    finally:
        a.close()
        b.close()


def test_a_failed_alignment_leaves_the_old_database_and_no_half_written_file(tmp_path, monkeypatch):
    folder = tmp_path / "raw"
    shutil.copytree(RAW, folder)
    db = tmp_path / "live.duckdb"
    run_build(folder, db)
    before = db.read_bytes()

    def broken(*args, **kwargs):
        raise RuntimeError("alignment failed")

    monkeypatch.setattr("etl.build.duty_frames", broken)  # the first tables are being written meanwhile
    with pytest.raises(RuntimeError, match="alignment failed"):
        run_build(folder, db)
    assert db.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["live.duckdb", "live.duckdb.lock", "raw"]


def test_rows_made_in_the_parsing_workers_are_those_of_a_one_process_build(tmp_path):
    import dataclasses

    from benchmarks.synth import synthesize

    synthesize(tmp_path, localities=6, years=(2020, 2025), seed=7, docs_per_year=2)  # 72 files: a pool
    settings = Settings.from_env()
    pooled = pl.parse_folder(tmp_path, dataclasses.replace(settings, workers=2))
    serial = pl.parse_folder(tmp_path, dataclasses.replace(settings, workers=1))
    for d in serial.docs:
        d.rows = {}  # made here, after parsing, as every build did before
    got, _ = frames.base_frames(pooled)
    want, _ = frames.base_frames(serial)
    assert len(got["documents"]) == 72 and len(got["agency_mentions"]) > 72 * 5
    for name, frame in want.items():
        assert got[name].equals(frame), name
    # agencies in order of first mention over the documents, each once
    assert got["agencies"]["agency_id"].is_unique
