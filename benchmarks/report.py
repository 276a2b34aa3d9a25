"""Results as Markdown tables, and each target of the issue checked against them."""

from __future__ import annotations

# The targets on this 2-core machine.
BUILD_SECONDS, BUILD_GIB, EXPONENT = 60.0, 2.0, 1.3
ALIGN_SPEEDUP, LINKS_KEPT = 50.0, 0.99
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
        rows.append([f"alignment ≥ {ALIGN_SPEEDUP:.0f}× faster than the plain all-pairs loop",
                     f"{q['speedup_vs_loop']:.0f}× (statement pairs); {q['speedup_vs_loop_distinct']:.1f}× "
                     "against the loop over distinct texts", _ok(q["speedup_vs_loop"] >= ALIGN_SPEEDUP)])
        rows.append([f"keeps ≥ {100 * LINKS_KEPT:.0f} % of the links the baseline finds at/above the threshold",
                     f"{_pct(q['links_kept'])} (exact all-pairs average linkage: {_pct(a['exact_links_kept'])}; "
                     f"candidate recall {_pct(q['candidate_recall'])})", _ok(q["links_kept"] >= LINKS_KEPT)])
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
             "CPU s", "parse s", "align s", "peak RSS MiB", "peak tree PSS MiB", "runs (wall s)"],
            [[b["documents"], b["shape"], b["statements"], b["pairs_scored"], b["wall_s"], b["cpu_s"], b["parse_s"],
              b["align_s"], b["peak_rss_mib"], b.get("peak_tree_mib"), ", ".join(f"{w:.1f}" for w in b["walls_s"])]
             for b in r["builds"]]),
            "", "CPU s: the build process and the workers it waited for (user + system). Peak RSS: the largest "
            "single process (wait4). Peak tree PSS: the build and all its worker processes together, sampled "
            "every 0.2 s (proportional set size, so pages shared after fork are not counted twice).",
            "", "Growth exponents (cost ∝ documents^k, least squares on log-log):", "",
            table(["quantity", "k"], [[k, v] for k, v in r["growth"].items()]), ""]
    a = r.get("align")
    if a:
        out += [f"## Alignment on {a['statements']} statements of {a['documents']} documents "
                f"({a['distinct_texts']} distinct matching texts), threshold {a['threshold']:g}", "",
                table(["method", "pairs scored", "seconds", "links ≥ threshold"],
                      [[m["method"], m["pairs"], m["seconds"], m["links"]] for m in a["methods"]]), "",
                table(["align run", "× plain loop", "× loop, distinct texts", "× cdist", "× cdist, distinct",
                       "links kept", "candidate recall", "cand. recall, ≥3 words", "vs exact P", "vs exact R",
                       "duties"],
                      [[q["method"], q["speedup_vs_loop"], q["speedup_vs_loop_distinct"], q["speedup_vs_cdist"],
                        q["speedup_vs_cdist_distinct"], _pct(q["links_kept"]), _pct(q["candidate_recall"]),
                        _pct(q["candidate_recall_long"]), _pct(q["vs_exact_precision"]),
                        _pct(q["vs_exact_recall"]), q["duties"]] for q in a["quality"]]), "",
                f"Exact all-pairs average linkage (every pair scored, the build's grouping rule) keeps "
                f"{_pct(a['exact_links_kept'])} of the baseline's links in {a['exact_duties']} groups: average "
                "linkage splits pairs above the threshold whenever their groups disagree as a whole, so no "
                "candidate narrowing can reach 99 % on that measure. *Candidate recall* is the share of "
                "above-threshold pairs of distinct texts that align scores at all; *vs exact P/R* compares "
                "align's grouping with the exact one, pair by pair over statements.", ""]
    t = r.get("truth")
    if t:
        out += ["## Duties of the largest build against the synthetic plan (`benchmarks.synth.duty_plan`)", "",
                table(["statements", "mapped to a planned duty", "planned duties", "build duties",
                       "pairwise precision", "pairwise recall"],
                      [[t["statements"], _pct(t["mapped_share"]), t["planned_duties"], t["build_duties"],
                        _pct(t["precision"]), _pct(t["recall"])]]), "",
                "A statement is mapped when one planned duty's wordings cover ≥ 80 % of its matching words, "
                "10 points ahead of the next. Recall is a lower bound: a duty written as two statements is "
                "two duties in the build.", ""]
    if r.get("queries"):
        out += [f"## Dashboard queries at {r['query_docs']} documents (uncached, `__wrapped__`)", "", table(
            ["query", "page", "rows", "p50 ms", "p95 ms", "max ms", "CPU p50 ms", "runs", "≤ 300 ms"],
            [[q["query"], q["page"], q["rows"], q["p50_ms"], q["p95_ms"], q["max_ms"], q.get("cpu_p50_ms"), q["runs"],
              "yes" if q["p95_ms"] <= QUERY_P95_MS else "**no**"] for q in r["queries"]]), ""]
    if r.get("pages"):
        out += [f"## Page renders at {r['query_docs']} documents (AppTest)", "", table(
            ["page", "first render s", "second render s", "tables", "errors", "≤ 1.5 s"],
            [[p["page"], p["first_s"], p["second_s"], p["dataframes"], "; ".join(p["errors"]) or "none",
              "yes" if p["first_s"] <= PAGE_SECONDS else "**no**"] for p in r["pages"]]), "",
            "First render: `st.cache_data` cleared, then the page opened (its queries run). Second: the same "
            "session run again (cached queries; the page's own pandas and element work remain).", ""]
    return "\n".join(out)
