"""The benchmarks' smoke run (`python -m benchmarks --smoke`) at its tiny sizes: every table has rows and
every share is a share. Structure only; timings are not asserted."""

from __future__ import annotations

import json
import math

import pytest

from benchmarks import HERE, ROOT, cli, report


@pytest.fixture(scope="module")
def smoke(tmp_path_factory):
    out = tmp_path_factory.mktemp("bench")
    record = HERE / "results.md"
    before = record.stat().st_mtime_ns if record.exists() else None
    with pytest.MonkeyPatch.context() as mp:  # the page and query runs point the dashboard at their database
        mp.setenv("DIRECTIVES_DB", "unset")
        mp.setenv("DIRECTIVES_RAW", "unset")
        assert cli.main(["--smoke", "--out", str(out)]) == 0
    after = record.stat().st_mtime_ns if record.exists() else None
    return out, json.loads((out / "results.json").read_text(encoding="utf-8")), before, after


def test_smoke_writes_its_own_results_and_leaves_the_record_alone(smoke):
    out, _, before, after = smoke
    assert (out / "results.md").read_text(encoding="utf-8").startswith("# Benchmarks (smoke run)")
    assert before == after


def test_builds_grow_and_have_a_growth_exponent(smoke):
    _, r, _, _ = smoke
    builds = r["builds"]
    assert len(builds) >= 2
    assert [b["documents"] for b in builds] == sorted(b["documents"] for b in builds)
    for b in builds:
        assert b["documents"] > 0 and b["statements"] > 0 and b["pairs_scored"] > 0
        assert b["wall_s"] > 0 and b["peak_rss_mib"] > 0
    assert isinstance(r["growth"]["wall time, all sizes"], float)


def test_alignment_compares_with_all_pairs_cdist_and_the_old_narrowing(smoke):
    _, r, _, _ = smoke
    a = r["align"]
    methods = [m["method"] for m in a["methods"]]
    assert any(m.startswith("all pairs") for m in methods)
    assert any(m.startswith("old narrowing") for m in methods)
    assert any("cdist" in m for m in methods)
    for q in a["quality"]:
        for key in ("candidate_recall", "vs_exact_precision", "vs_exact_recall"):
            assert 0.0 <= q[key] <= 1.0, key
        assert q["speedup_vs_all_pairs"] > 0 and math.isfinite(q["speedup_vs_all_pairs"])
    exact = next(q for q in a["quality"] if q["method"].startswith("all pairs"))
    assert exact["vs_exact_precision"] == exact["vs_exact_recall"] == exact["candidate_recall"] == 1.0
    # The candidate search proposes fewer pairs than scoring every pair.
    build = next(m for m in a["methods"] if m["method"].startswith("etl.align"))
    every = next(m for m in a["methods"] if m["method"].startswith("all pairs"))
    assert build["pairs"] < every["pairs"]


def test_truth_maps_statements_to_the_plan(smoke):
    _, r, _, _ = smoke
    t = r["truth"]
    assert 0.5 <= t["mapped_share"] <= 1.0 and t["planned_duties"] > 10
    assert 0.0 <= t["precision"] <= 1.0 and 0.0 <= t["recall"] <= 1.0
    assert t["distinct_statements"] >= 0.9
    # A bank sentence is a finer unit than a planned duty: more of them, and its pairs are a subset.
    assert t["planned_units"] > t["planned_duties"]
    assert 0.0 <= t["precision_unit"] <= t["precision"] and 0.0 <= t["recall"] <= t["recall_unit"] <= 1.0


def test_pair_scores_separate_the_plan_levels_as_labelled_real_pairs_are_separated(smoke):
    _, r, _, _ = smoke
    rows = {x["pairs"]: x for x in r["realism"]["rows"]}
    same, other = rows["same sentence, rewritten by each document"], rows["different planned duties"]
    real_same, real_not = rows["real documents, labelled same"], rows["real documents, labelled not the same"]
    assert same["n"] > 0 and other["n"] > 0 and real_same["n"] >= 100 and real_not["n"] >= 50
    assert same["median"] > r["realism"]["threshold"] > other["median"]
    assert real_same["median"] > r["realism"]["threshold"] > real_not["median"]
    assert all(0.0 <= x["at_or_above_threshold"] <= 1.0 for x in rows.values())


def test_every_query_function_and_page_is_measured(smoke):
    _, r, _, _ = smoke
    from dashboard import queries

    cached = {n for n in vars(queries) if not n.startswith("_") and hasattr(getattr(queries, n), "__wrapped__")}
    measured = {q["query"].split()[0] for q in r["queries"]}
    assert cached <= measured, cached - measured
    assert all(q["p95_ms"] >= q["p50_ms"] > 0 for q in r["queries"])
    pages = {p.stem for p in (ROOT / "dashboard" / "app_pages").glob("*.py")} - {"__init__"}
    assert {p["page"] for p in r["pages"]} == pages
    assert not [p for p in r["pages"] if p["errors"]]


def test_targets_table_names_every_target(smoke):
    _, r, _, _ = smoke
    rows = report.targets(r)
    assert len(rows) == 9
    assert all(row[2] in ("**met**", "**partly met**", "**not met**", "n/a") for row in rows)
