"""Results as Markdown tables, and each target of the issue checked against them."""

from __future__ import annotations

# The targets on this 2-core machine.
BUILD_SECONDS, BUILD_GIB, EXPONENT = 60.0, 2.0, 1.2
PLAN_PRECISION, PLAN_RECALL, DISTINCT = 0.90, 0.85, 0.90
QUERY_P95_MS, PAGE_SECONDS = 300.0, 1.5


def table(headers: list[str], rows: list[list]) -> str:
    def cell(v) -> str:
        if v is None:
            return "–"
        if isinstance(v, float):
            return f"{v:,.3g}" if abs(v) < 10 else f"{v:,.1f}"
        return str(v).replace("|", "\\|")
    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    lines += ["| " + " | ".join(cell(v) for v in r) + " |" for r in rows]
    return "\n".join(lines)


def _pct(x: float | None) -> str:
    return "–" if x is None else f"{100 * x:.1f} %"


def _ok(met: bool | None) -> str:
    return "n/a" if met is None else ("**met**" if met else "**not met**")


def targets(r: dict) -> list[list]:
    rows = []
    builds = r.get("builds") or []
    if builds:
        top = builds[-1]
        rows.append([f"build of {top['documents']} documents ≤ {BUILD_SECONDS:.0f} s", f"{top['wall_s']:.1f} s",
                     _ok(top["wall_s"] <= BUILD_SECONDS)])
        peak = max(top["peak_rss_mib"], top.get("peak_tree_mib") or 0)
        rows.append([f"peak memory ≤ {BUILD_GIB:.0f} GiB", f"{peak:.0f} MiB (largest of process RSS and the "
                     "whole process tree's sampled PSS)", _ok(peak <= BUILD_GIB * 1024)])
        g = r["growth"]["wall time, all sizes"]
        seg = r["growth"]["wall time, top segment"]
        rows.append([f"growth exponent ≤ {EXPONENT} (wall time, fit over all sizes)",
                     f"{g:.2f} (top segment {seg:.2f})" if g is not None and seg is not None else "–",
                     _ok(None if g is None else g <= EXPONENT)])
        during = top.get("align_progress_lines", 0)
        rows.append(["a long build shows progress (documents read, pairs scored, time left)",
                     f"{top['progress_lines']} lines while reading (time left: {top['progress_has_eta']}); "
                     f"{during} lines while aligning", "**met**" if top["progress_has_eta"] and during
                     else ("**partly met**" if top["progress_has_eta"] else "**not met**")])
    a = r.get("align")
    if a:
        q = a["quality"][0]
        old = next((x for x in a["quality"] if x["method"].startswith("old")), None)
        rows.append(["alignment: agreement with scoring every pair (same scorer and grouping)",
                     f"pairwise P {_pct(q['vs_exact_precision'])}, R {_pct(q['vs_exact_recall'])}; "
                     f"{q['speedup_vs_all_pairs']:.0f}× faster; candidate recall {_pct(q['candidate_recall'])}"
                     + (f" (old narrowing: P {_pct(old['vs_exact_precision'])}, R {_pct(old['vs_exact_recall'])}, "
                        f"candidate recall {_pct(old['candidate_recall'])})" if old else ""), "n/a"])
    t = r.get("truth")
    if t:
        rows.append([f"≥ {100 * DISTINCT:.0f} % of the statements distinct", _pct(t["distinct_statements"]),
                     _ok(t["distinct_statements"] >= DISTINCT)])
        rows.append([f"duties against the plan: pairwise P ≥ {PLAN_PRECISION:.2f}, R ≥ {PLAN_RECALL:.2f}",
                     f"P {_pct(t['precision'])} against planned duties, R {_pct(t['recall_unit'])} over the pairs "
                     f"of one bank sentence rewritten by two documents (R {_pct(t['recall'])} over every pair "
                     f"of one planned duty); {_pct(t['mapped_share'])} of the statements mapped",
                     _ok(t["precision"] >= PLAN_PRECISION and t["recall_unit"] >= PLAN_RECALL)])
    qs = r.get("queries")
    if qs:
        worst = max(qs, key=lambda x: x["p95_ms"])
        slow = [x["query"] for x in qs if x["p95_ms"] > QUERY_P95_MS]
        rows.append([f"every dashboard query p95 ≤ {QUERY_P95_MS:.0f} ms",
                     f"worst {worst['query']}: {worst['p95_ms']:.0f} ms; over: {', '.join(slow) or 'none'}",
                     _ok(not slow)])
    ps = r.get("pages")
    if ps:
        worst = max(ps, key=lambda x: x["first_s"])
        slow = [x["page"] for x in ps if x["first_s"] > PAGE_SECONDS]
        rows.append([f"every page render ≤ {PAGE_SECONDS} s (first render, caches empty)",
                     f"worst {worst['page']}: {worst['first_s']:.2f} s; over: {', '.join(slow) or 'none'}",
                     _ok(not slow and not any(p["errors"] for p in ps))])
    return rows


def _code_line(code: dict) -> str:
    start, end = code.get("start", "?"), code.get("end", "?")
    if start == end:
        return f"Code measured (hash of etl/ and dashboard/ sources): `{start}`, unchanged during the run."
    return (f"Code measured (hash of etl/ and dashboard/ sources): `{start}` at the start, `{end}` at the end: "
            "others edited the code during the run, so sections may have measured different versions.")


def markdown(r: dict) -> str:
    out = [f"# Benchmarks{' (smoke run)' if r['smoke'] else ''}", "",
           f"Command: `{r['command']}` · total {r['seconds']:.0f} s · seed {r['seed']}", "", "## Machine", "",
           table(["", ""], [[k, v] for k, v in r["machine"].items()]), "",
           "Load average (1 min) when each section started: "
           + ", ".join(f"{k} {v:.2f}" for k, v in r["load"].items())
           + ". Other work on the machine (tests, browsers) runs at the same time and inflates wall times; "
           "CPU times are given where they help tell the two apart.", "",
           _code_line(r.get("code", {})), "",
           "## Targets", "", table(["target", "measured", ""], targets(r)), ""]
    if r.get("builds"):
        out += ["## Build (`python -m etl build`, one fresh process per run)", "", table(
            ["documents", "corpus (localities × years × per year)", "statements", "pairs scored", "wall s",
             "CPU s", "tree CPU s", "parse s", "align s", "peak RSS MiB", "peak tree PSS MiB", "runs (wall s)"],
            [[b["documents"], b["shape"], b["statements"], b["pairs_scored"], b["wall_s"], b["cpu_s"],
              b.get("tree_cpu_s"), b["parse_s"],
              b["align_s"], b["peak_rss_mib"], b.get("peak_tree_mib"), ", ".join(f"{w:.1f}" for w in b["walls_s"])]
             for b in r["builds"]]),
            "", "CPU s: the build process and the workers it waited for (user + system). Tree CPU s: every "
            "process of the build (the pool's workers are children of a fork server, which wait4 may not "
            "count), sampled every 0.2 s; on a shared machine it tells the work from the waiting. Peak RSS: the largest "
            "single process (wait4). Peak tree PSS: the build and all its worker processes together, sampled "
            "every 0.2 s (proportional set size, so pages shared after fork are not counted twice).",
            "", "Growth exponents (cost ∝ documents^k, least squares on log-log):", "",
            table(["quantity", "k"], [[k, v] for k, v in r["growth"].items()]), ""]
    a = r.get("align")
    if a:
        out += [f"## Alignment on {a['statements']} statements of {a['documents']} documents "
                f"({a['distinct_texts']} distinct matching texts), threshold {a['threshold']:g}", "",
                table(["method", "pairs scored", "seconds", "links kept in duties"],
                      [[m["method"], m["pairs"], m["seconds"], m["links"]] for m in a["methods"]]), "",
                table(["run", "× all pairs", "× cdist", "vs all pairs P", "vs all pairs R", "candidate recall",
                       "duties"],
                      [[q["method"], q["speedup_vs_all_pairs"], q["speedup_vs_cdist"], _pct(q["vs_exact_precision"]),
                        _pct(q["vs_exact_recall"]), _pct(q["candidate_recall"]), q["duties"]]
                       for q in a["quality"]]), "",
                "Every run uses the build's scorer and grouping; only the candidate search differs. *vs all "
                "pairs P/R*: the run's duties against those of scoring every pair, pair by pair over "
                "statements. *Candidate recall*: the share of the pairs that end up linked inside a duty when "
                "every pair is scored that the run's search proposes at all.", ""]
    t = r.get("truth")
    if t:
        out += ["## Duties of the largest build against the synthetic plan (`<corpus>/_truth/duties.csv`)", "",
                table(["statements", "distinct", "mapped", "planned duties", "bank sentences", "build duties",
                       "P / R against planned duties", "P / R against bank sentences"],
                      [[t["statements"], _pct(t["distinct_statements"]), _pct(t["mapped_share"]),
                        t["planned_duties"], t.get("planned_units"), t["build_duties"],
                        f"{_pct(t['precision'])} / {_pct(t['recall'])}",
                        f"{_pct(t.get('precision_unit'))} / {_pct(t.get('recall_unit'))}"]]), "",
                "The generator writes the planned duty and the bank wording of every duty text it renders; a "
                "statement is mapped to the part (\"; \"-piece or sentence) of a duty text of its document that shares most "
                "of its word triples (objectives, closings and headings map to none). A planned duty holds "
                "different tasks (\"X; Y\") and two or three different bank wordings, so its recall counts "
                "pairs no reader would call one duty; one bank sentence rewritten by two documents (synonyms, "
                "deletions, local additions, openers, list changes, merged or split items) is one duty to any "
                "reader. Precision is measured against planned duties (joining two wordings of one duty is "
                "not an error), recall against bank sentences (`benchmarks/truth.py`).", ""]
    rz = r.get("realism")
    if rz:
        out += [f"## Pair scores: synthetic plan levels next to labelled real wording (threshold {rz['threshold']:g})",
                "", table(["pairs", "n", "p10", "p25", "median", "p75", "p90", "≥ threshold"],
                          [[x["pairs"], x["n"], x["p10"], x["p25"], x["median"], x["p75"], x["p90"],
                            _pct(x["at_or_above_threshold"])] for x in rz["rows"]]), "",
                "One scorer (the build's, word IDF over the largest corpus's statements and the labelled texts) "
                "scores pairs of statements of different documents (`python -m benchmarks.realism`).", ""]
    if r.get("queries"):
        out += [f"## Dashboard queries at {r['query_docs']} documents (uncached, `__wrapped__`)", "", table(
            ["query", "page", "rows", "p50 ms", "p95 ms", "max ms", "CPU p50 ms", "runs", "≤ 300 ms"],
            [[q["query"], q["page"], q["rows"], q["p50_ms"], q["p95_ms"], q["max_ms"], q.get("cpu_p50_ms"), q["runs"],
              "yes" if q["p95_ms"] <= QUERY_P95_MS else "**no**"] for q in r["queries"]]), ""]
    if r.get("pages"):
        out += [f"## Page renders at {r['query_docs']} documents (AppTest)", "", table(
            ["page", "first render s (median)", "min-max s", "CPU s", "runs", "second render s", "tables", "errors",
             "≤ 1.5 s"],
            [[p["page"], p["first_s"], f"{p.get('first_min_s', p['first_s']):.2f}-{p.get('first_max_s', p['first_s']):.2f}",
              p.get("first_cpu_s"), p.get("runs", 1), p["second_s"], p["dataframes"], "; ".join(p["errors"]) or "none",
              "yes" if p["first_s"] <= PAGE_SECONDS else "**no**"] for p in r["pages"]]), "",
            "First render: `st.cache_data` cleared, then the page opened (its queries run); the median of the runs, "
            "with the fastest and slowest, and the CPU seconds of the process (every thread). Second: the same "
            "session run again (cached queries; the page's own pandas and element work remain).", ""]
    return "\n".join(out)
