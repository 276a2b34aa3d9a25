"""Every query function of dashboard/queries.py, uncached, with the arguments its page passes by default
(and a few heavier filters a user can choose), timed over repeated runs: p50 and p95."""

from __future__ import annotations

import os
import statistics
import time
from pathlib import Path

import pandas as pd


def _percentile(xs: list[float], q: float) -> float:
    xs = sorted(xs)
    if len(xs) == 1:
        return xs[0]
    k = (len(xs) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(xs) - 1)
    return xs[lo] + (xs[hi] - xs[lo]) * (k - lo)


def _rows(result) -> int:
    if isinstance(result, pd.DataFrame):
        return len(result)
    if isinstance(result, dict) and all(isinstance(v, pd.DataFrame) for v in result.values()):
        return sum(len(v) for v in result.values())
    if isinstance(result, (list, tuple, dict)):
        return len(result)
    return 1


def cases(q, mtime: int) -> list[tuple[str, str, object, tuple, dict]]:
    """(name, page, function, args, kwargs) with realistic arguments taken from the database itself."""
    docs = q.documents.__wrapped__(mtime)
    per_loc = docs.dropna(subset=["year"]).groupby("locality")["year"].nunique().sort_values(ascending=False)
    loc = per_loc.index[0]
    years = sorted(int(y) for y in docs.loc[docs["locality"] == loc, "year"].dropna().unique())
    ya, yb = (years[-2], years[-1]) if len(years) > 1 else (years[0], years[0])
    pool = docs[docs["locality"] == docs["locality"].value_counts().idxmax()].sort_values(["year", "source_file"])
    da, db = pool["doc_id"].iloc[max(len(pool) - 2, 0)], pool["doc_id"].iloc[-1]
    first_doc = docs["doc_id"].iloc[0]
    theme = q.query("SELECT theme FROM statements GROUP BY 1 ORDER BY count(*) DESC LIMIT 1").iloc[0, 0]
    lead, both = ("lead",), ("lead", "support")
    # the evidence queries of the Changes, Gaps, Document and draft-check pages, on that page's own inputs
    clause_ids = tuple(q.clauses.__wrapped__(mtime, db)["clause_id"])
    target = tuple(docs.loc[(docs["locality"] == loc) & (docs["year"] == yb), "doc_id"])
    missing = tuple(q.gaps.__wrapped__(mtime, loc, yb, "all", None)["duty_id"])
    statement_ids = tuple(q.occurrences.__wrapped__(mtime, missing, target)["statement_id"])
    directive = next((d for d in docs["implements"] if isinstance(d, str) and d), "")
    return [
        ("schema_problems", "all (app.py)", q.schema_problems, (mtime,), {}),
        ("build_info", "all (app.py)", q.build_info, (mtime,), {}),
        ("raw_newer_than_db", "all (app.py, uncached)", q.raw_newer_than_db, (), {}),
        ("labels roles", "all", q.labels, (mtime, "roles"), {}),
        ("labels themes", "all", q.labels, (mtime, "themes"), {}),
        ("counts", "overview, quality", q.counts, (mtime,), {}),
        ("documents", "most pages", q.documents, (mtime,), {}),
        ("loaded_hashes", "add", q.loaded_hashes, (mtime,), {}),
        ("coverage_role lead", "coverage", q.coverage_role, (mtime, lead), {}),
        ("coverage_role lead+support", "coverage", q.coverage_role, (mtime, both), {}),
        ("coverage_theme lead", "coverage", q.coverage_theme, (mtime, lead), {}),
        ("cell_clauses police, locality-year", "coverage", q.cell_clauses, (mtime, "police", lead),
         {"locality": loc, "year": yb}),
        ("cell_clauses police, theme", "coverage", q.cell_clauses, (mtime, "police", lead), {"theme": theme}),
        ("changes two years", "changes", q.changes, (mtime, loc, ya, loc, yb), {}),
        ("changes two documents", "changes", q.changes, (mtime, None, None, None, None),
         {"doc_a": da, "doc_b": db}),
        ("gaps all", "gaps", q.gaps, (mtime, loc, yb, "all", None), {}),
        ("gaps previous_year", "gaps", q.gaps, (mtime, loc, yb, "previous_year", None), {}),
        ("gaps same_year", "gaps", q.gaps, (mtime, loc, yb, "same_year", None), {}),
        ("gaps document", "gaps", q.gaps, (mtime, None, None, "all", db), {}),
        ("gap_occurrences all", "gaps", q.gap_occurrences, (mtime, loc, yb, "all", None), {}),
        ("clauses", "compare, document", q.clauses, (mtime, db), {}),
        ("clause_pairs", "compare", q.clause_pairs, (mtime, da, db), {}),
        ("filter_options", "explore", q.filter_options, (mtime,), {}),
        ("explore no filter", "explore", q.explore, (mtime,), {}),
        ("explore first 1000 rows", "explore", q.explore, (mtime,), {"limit": 1000}),
        ("explore_count no filter", "explore", q.explore_count, (mtime,), {}),
        ("explore search 'dien luc'", "explore", q.explore, (mtime,), {"search": "dien luc"}),
        ("explore locality+role+theme", "explore", q.explore, (mtime,),
         {"localities": (loc,), "roles": ("police",), "themes": (theme,)}),
        ("document", "document", q.document, (mtime, first_doc), {}),
        ("agency_spans", "document", q.agency_spans, (mtime, first_doc), {}),
        ("dropped", "document", q.dropped, (mtime, first_doc), {}),
        ("thresholds", "quality", q.thresholds, (mtime,), {}),
        ("quality", "quality", q.quality, (mtime,), {}),
        ("clause_tree", "changes, gaps, draft", q.clause_tree, (mtime, clause_ids), {}),
        ("clause_levels", "changes, gaps, draft", q.clause_levels, (mtime, clause_ids), {}),
        ("occurrences", "gaps", q.occurrences, (mtime, missing, target), {}),
        ("occurrences_match_text", "gaps", q.occurrences_match_text, (mtime, statement_ids), {}),
        ("side_statements", "gaps", q.side_statements, (mtime, loc, yb, None), {}),
        ("draft_pool", "draft", q.draft_pool, (mtime, loc, yb), {}),
        ("facets", "explore", q.facets, (mtime,), {}),
        ("implementing", "document", q.implementing, (mtime, directive), {}),
    ]


def bench(db: Path, raw: Path | None, *, repeats: int) -> list[dict]:
    """Call each function's undecorated body (`__wrapped__`, so st.cache_data never answers), through
    the module's own connection: the same SQL and code path as the pages."""
    os.environ["DIRECTIVES_DB"] = str(db)
    if raw is not None:
        os.environ["DIRECTIVES_RAW"] = str(raw)
    from dashboard import queries as q

    mtime = q.db_mtime()
    out = []
    for name, page, fn, args, kwargs in cases(q, mtime):
        body = getattr(fn, "__wrapped__", fn)
        result = body(*args, **kwargs)  # warm-up: connection, DuckDB's first plan
        times, cpu = [], []
        for _ in range(repeats):
            t0, c0 = time.perf_counter(), time.process_time()
            body(*args, **kwargs)
            times.append((time.perf_counter() - t0) * 1000)
            cpu.append((time.process_time() - c0) * 1000)  # every thread of this process, DuckDB's too
        out.append({"query": name, "page": page, "rows": _rows(result), "p50_ms": statistics.median(times),
                    "p95_ms": _percentile(times, 0.95), "max_ms": max(times), "cpu_p50_ms": statistics.median(cpu),
                    "runs": repeats})
    return out
