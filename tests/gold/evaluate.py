"""Score a built database against a labelled gold file: metadata per field, lead/support roles, chosen clauses.

    python -m tests.gold.evaluate [FOLDER] [GOLD.json]  # builds FOLDER, prints the report used in the README
    python -m tests.gold.evaluate --attr                 # issue 9 fixtures: tuning and held-out halves, per layout

Lead and support are scored twice: as role sets per document, and per labelled clause (each clause's own lead
and support, the union over its statements). A gold document may also name agencies that must never be a lead
(`not_lead`: requesters), that must not be assigned at all (`not_assigned`), and unknown agencies that must be
kept (`kept`), and its `layout` (directive, conclusion, plan, dispatch, news, district, steering).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import duckdb

META_FIELDS = ("locality", "year", "doc_type", "issuer", "number", "issued_date", "signer", "title", "implements")


def _pr(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return {"precision": round(p, 4), "recall": round(r, 4), "tp": tp, "fp": fp, "fn": fn}


def _missing(value) -> bool:
    """NaN or pandas NA (a column of whole numbers with a gap): no value."""
    try:
        return bool(value != value)
    except TypeError:  # NA refuses to be a bool
        return True


def _same_place(a: str | None, b: str | None) -> bool:
    """Two spellings of one locality ("TP Hồ Chí Minh", "Thành phố Hồ Chí Minh", "Hồ Chí Minh"): readers write the
    city's name either way."""
    from etl.metadata import localities

    names = localities()
    return a is not None and b is not None and names.get(a, a) == names.get(b, b)


def _same_body(a: str | None, b: str | None) -> bool:
    """Two spellings of one issuer: "UBND tỉnh Sơn La" and "Ủy ban nhân dân tỉnh Sơn La" (the parser writes the
    short form; readers copy the header's long one)."""
    def short(s: str) -> str:
        return re.sub(r"(?:Ủy|Uỷ)\s+ban\s+nhân\s+dân", "UBND", " ".join(s.split()), flags=re.IGNORECASE).casefold()
    return a is not None and b is not None and short(a) == short(b)


def evaluate(db: Path, gold: dict) -> dict:
    con = duckdb.connect(str(db), read_only=True)
    try:
        docs = con.execute(f"SELECT source_file, {', '.join(META_FIELDS)} FROM documents").df()
        roles = con.execute(
            "SELECT d.source_file, a.kind, ag.role, ag.name, c.text FROM assignments a JOIN agencies ag USING (agency_id) "
            "JOIN clauses c USING (clause_id) JOIN documents d USING (doc_id)"
        ).df()
        clauses = con.execute("SELECT d.source_file, c.clause_id, c.text FROM clauses c JOIN documents d USING (doc_id)").df()
        clause_roles = con.execute(
            "SELECT a.clause_id, a.kind, ag.role FROM assignments a JOIN agencies ag USING (agency_id)"
        ).df()
        rule_hits = dict(con.execute("SELECT rule, count(*) FROM agency_mentions GROUP BY rule ORDER BY 2 DESC").fetchall())
        stmts = con.execute("SELECT d.source_file, s.statement_id, s.text FROM statements s JOIN clauses c USING (clause_id) "
                            "JOIN documents d USING (doc_id)").df()
        stmt_parts = con.execute("SELECT statement_id, part, ag.role, ag.name FROM agency_mentions JOIN agencies ag "
                                 "USING (agency_id) WHERE part IN ('doer', 'helper')").df()
        named = con.execute(
            "SELECT DISTINCT d.source_file, ag.name, substr(c.text, m.start_char + 1, m.end_char - m.start_char) AS surface, "
            "m.part "
            "FROM agency_mentions m JOIN agencies ag USING (agency_id) "
            "JOIN clauses c USING (clause_id) JOIN documents d USING (doc_id)"
        ).df()
    finally:
        con.close()
    by_file = docs.set_index("source_file")
    field_hits = {f: 0 for f in META_FIELDS}
    misses: list[str] = []
    statement_misses: list[str] = []
    counts = {"lead": [0, 0, 0], "support": [0, 0, 0]}
    per_clause = {"lead": [0, 0, 0], "support": [0, 0, 0]}
    per_statement = {"lead": [0, 0, 0], "support": [0, 0, 0]}  # the statement that holds the labelled words
    layouts: dict[str, dict[str, list[int]]] = {}
    clause_ok, clause_total = 0, 0
    requester_as_lead, kept, kept_loosely, to_keep = 0, 0, 0, 0
    for name, g in gold.items():
        if name not in by_file.index:
            misses.append(f"{name}: not loaded")
            continue
        row = by_file.loc[name]
        for f in META_FIELDS:
            got = row[f]
            got = None if got is None or (not isinstance(got, str) and _missing(got)) else got
            if f == "issued_date" and got is not None:
                got = str(got)[:10]
            if f == "year" and got is not None:
                got = int(got)
            if got == g.get(f) or (f == "locality" and _same_place(got, g.get(f))) or (f == "issuer" and _same_body(got, g.get(f))):
                field_hits[f] += 1
            else:
                misses.append(f"{name}: {f} = {got!r}, gold {g.get(f)!r}")
        mine = roles[roles.source_file == name]
        lay = layouts.setdefault(g.get("layout", "other"), {k: [0, 0, 0] for k in ("lead", "support", "clause_lead", "clause_support", "statement_lead", "statement_support")})
        for kind in ("lead", "support"):
            pred = set(mine[mine.kind == kind].role)
            want = set(g[f"{kind}_roles"])
            _add(counts[kind], pred, want)
            _add(lay[kind], pred, want)
            for extra in sorted(pred - want):
                misses.append(f"{name}: {kind} role {extra} not in gold")
            for lost in sorted(want - pred):
                misses.append(f"{name}: {kind} role {lost} missed")
        for bad in g.get("not_assigned", []):
            if bad in set(mine.name):
                misses.append(f"{name}: {bad} is only mentioned but was assigned")
        # (by name, or as written: a place that acts, "huyện Nam Giang", goes by its committee's name)
        doers_as_written = set(named[(named.source_file == name) & (named.part == "doer")].surface.dropna())
        for bad in g.get("not_lead", []):
            if bad in set(mine[mine.kind == "lead"].name) | doers_as_written:
                requester_as_lead += 1
                misses.append(f"{name}: {bad} only asks but was made a lead")
        mine_named = named[named.source_file == name]
        have = set(mine_named.name)
        for keep in g.get("kept", []):
            to_keep += 1
            if keep in have:
                kept += 1
            elif _kept_in_other_words(keep, have | set(mine_named.surface.dropna())):
                kept_loosely += 1
                misses.append(f"{name}: unknown agency {keep!r} was kept under other bounds or another name")
            else:
                misses.append(f"{name}: unknown agency {keep!r} was dropped")
        doc_clauses = clauses[clauses.source_file == name]
        for cg in g.get("clauses", []):
            clause_total += 1
            hit = doc_clauses[doc_clauses.text.str.contains(cg["contains"], regex=False)]
            if len(hit) != 1:
                misses.append(f"{name}: clause {cg['contains']!r} found {len(hit)} times")
                continue
            cr = clause_roles[clause_roles.clause_id == hit.iloc[0].clause_id]
            lead, support = set(cr[cr.kind == "lead"].role), set(cr[cr.kind == "support"].role)
            for kind, pred in (("lead", lead), ("support", support)):
                _add(per_clause[kind], pred, set(cg[kind]))
                _add(lay[f"clause_{kind}"], pred, set(cg[kind]))
            own = stmts[(stmts.source_file == name) & stmts.text.str.contains(cg["contains"], regex=False)]
            if len(own) == 1:  # the statement's own doers and helpers (a clause's roles are the union over them)
                sp = stmt_parts[stmt_parts.statement_id == own.iloc[0].statement_id]
                s_lead = set(sp[sp.part == "doer"].role)
                s_support = set(sp[(sp.part == "helper") & ~sp.name.isin(set(sp[sp.part == "doer"].name))].role)
            else:  # the words run over two statements, or the clause has none: the clause decides
                s_lead, s_support = lead, support
            if s_lead != set(cg["lead"]) or s_support != set(cg["support"]):
                statement_misses.append(f"{name}: statement {cg['contains']!r} lead {sorted(s_lead)} support "
                                        f"{sorted(s_support)}, gold {sorted(cg['lead'])} {sorted(cg['support'])}")
            for kind, pred in (("lead", s_lead), ("support", s_support)):
                _add(per_statement[kind], pred, set(cg[kind]))
                _add(lay[f"statement_{kind}"], pred, set(cg[kind]))
            if lead == set(cg["lead"]) and support == set(cg["support"]):
                clause_ok += 1
            else:
                misses.append(f"{name}: clause {cg['contains']!r} lead {sorted(lead)} support {sorted(support)}")
    n = len(gold)
    return {
        "documents": n,
        "metadata_accuracy": {f: round(field_hits[f] / n, 4) for f in META_FIELDS},
        "lead": _pr(*counts["lead"]),
        "support": _pr(*counts["support"]),
        "clauses": {"correct": clause_ok, "total": clause_total},
        "clause_lead": _pr(*per_clause["lead"]),
        "clause_support": _pr(*per_clause["support"]),
        "statement_lead": _pr(*per_statement["lead"]),
        "statement_support": _pr(*per_statement["support"]),
        "by_layout": {k: {m: _pr(*c) for m, c in v.items()} for k, v in sorted(layouts.items())},
        "requester_as_lead": requester_as_lead,
        # "kept": by the exact name the gold writes; "kept_loosely": not so, but a mention's own words or its agency's name
        # holds that name or most of it (_kept_in_other_words)
        "unknown_kept": {"kept": kept, "kept_loosely": kept_loosely, "total": to_keep},
        "rule_hits": rule_hits,  # how often each rule of etl/rules.csv decided a mention: a wrong rule shows by its count
        "misses": misses,
        "statement_misses": statement_misses,
    }


def _kept_in_other_words(gold_name: str, names: set[str]) -> bool:
    """A gold unknown agency the database keeps with other bounds ("Trung tâm Văn hóa huyện" for the gold's "Trung tâm
    Văn hóa huyện, thị xã, thành phố") or under its gazetteer name when a mention's own words are the gold's ("các nhà
    xe", kept as "Các đơn vị vận tải"): one of the two, in lower case, holds the other, and the shorter has two words
    or more and at least half the longer's words."""
    want = " ".join(gold_name.casefold().split())
    for have in names:
        have = " ".join(str(have).casefold().split())
        short, long_ = sorted((want, have), key=len)
        if short and short in long_ and len(short.split()) >= 2 and 2 * len(short.split()) >= len(long_.split()):
            return True
    return False


def _add(c: list[int], pred: set, want: set) -> None:
    c[0] += len(pred & want)
    c[1] += len(pred - want)
    c[2] += len(want - pred)


def layout_table(report: dict) -> str:
    """Per-layout lead/support precision and recall, per labelled clause and per labelled statement, as the Markdown
    rows of the README."""
    rows = ["| layout | lead P | lead R | support P | support R | statement lead P | statement lead R | "
            "statement support P | statement support R |", "|---|---|---|---|---|---|---|---|---|"]
    for lay, m in report["by_layout"].items():
        rows.append("| " + " | ".join([lay] + [f"{m[k][pr]:.2f}" for k in ("clause_lead", "clause_support",
                                                                           "statement_lead", "statement_support")
                                               for pr in ("precision", "recall")]) + " |")
    return "\n".join(rows)


def real_text_table(real: dict) -> str:
    """The counts measured on real texts (kept outside the repository) as P/R rows: before this parser, on the
    first run over a batch not yet read, and after the batch was used."""
    rows = ["## real texts (counts only; the texts are not in the repository)",
            "| batch | texts | run | lead P | lead R | support P | support R | requesters as lead |", "|---|---|---|---|---|---|---|---|"]
    for b in real["batches"]:
        for run in ("before", "first_run", "after"):
            if run in b:
                r = b[run]
                lead, sup = _pr(*r["lead"]), _pr(*r["support"])
                rows.append(f"| {b['name']} | {b['texts']} | {run} | {lead['precision']:.2f} | {lead['recall']:.2f} | "
                            f"{sup['precision']:.2f} | {sup['recall']:.2f} | {r['requester_as_lead']} |")
    return "\n".join(rows)


def main(argv: list[str]) -> int:
    from etl.build import run_build
    from etl.config import ROOT

    if argv[:1] == ["--attr"]:
        here = Path(__file__).parent
        for half in ("tuning", "heldout"):
            db = Path(f"/tmp/evaluate_{half}.duckdb")
            run_build(here.parent / "fixtures" / "attr" / half, db)
            report = evaluate(db, json.loads((here / f"attr_{half}.json").read_text(encoding="utf-8")))
            print(f"## {half}")
            print(json.dumps({k: v for k, v in report.items() if k != "by_layout"}, ensure_ascii=False, indent=1))
            print(layout_table(report))
        print(real_text_table(json.loads((here / "real_texts.json").read_text(encoding="utf-8"))))
        return 0

    gold_path = Path(argv[1]) if len(argv) > 1 else Path(__file__).with_name("seeds.json")
    folder = Path(argv[0]) if argv else ROOT / "data" / "raw"
    db = Path("/tmp/evaluate.duckdb")
    run_build(folder, db)
    report = evaluate(db, json.loads(gold_path.read_text(encoding="utf-8")))
    print(json.dumps(report, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
