"""Score a built database against a labelled gold file: metadata per field, lead/support roles, chosen clauses.

    python -m tests.gold.evaluate [DB] [GOLD.json]     # prints the report used in the README
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import duckdb

META_FIELDS = ("locality", "year", "doc_type", "issuer", "number", "issued_date", "signer", "title", "implements")


def _pr(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return {"precision": round(p, 4), "recall": round(r, 4), "tp": tp, "fp": fp, "fn": fn}


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
    finally:
        con.close()
    by_file = docs.set_index("source_file")
    field_hits = {f: 0 for f in META_FIELDS}
    misses: list[str] = []
    counts = {"lead": [0, 0, 0], "support": [0, 0, 0]}
    clause_ok, clause_total = 0, 0
    for name, g in gold.items():
        if name not in by_file.index:
            misses.append(f"{name}: not loaded")
            continue
        row = by_file.loc[name]
        for f in META_FIELDS:
            got = row[f]
            got = None if got is None or (not isinstance(got, str) and got != got) else got
            if f == "issued_date" and got is not None:
                got = str(got)[:10]
            if f == "year" and got is not None:
                got = int(got)
            if got == g.get(f):
                field_hits[f] += 1
            else:
                misses.append(f"{name}: {f} = {got!r}, gold {g.get(f)!r}")
        mine = roles[roles.source_file == name]
        for kind in ("lead", "support"):
            pred = set(mine[mine.kind == kind].role)
            want = set(g[f"{kind}_roles"])
            counts[kind][0] += len(pred & want)
            counts[kind][1] += len(pred - want)
            counts[kind][2] += len(want - pred)
            for extra in sorted(pred - want):
                misses.append(f"{name}: {kind} role {extra} not in gold")
            for lost in sorted(want - pred):
                misses.append(f"{name}: {kind} role {lost} missed")
        for bad in g.get("not_assigned", []):
            if bad in set(mine.name):
                misses.append(f"{name}: {bad} is only mentioned but was assigned")
        doc_clauses = clauses[clauses.source_file == name]
        for cg in g.get("clauses", []):
            clause_total += 1
            hit = doc_clauses[doc_clauses.text.str.contains(cg["contains"], regex=False)]
            if len(hit) != 1:
                misses.append(f"{name}: clause {cg['contains']!r} found {len(hit)} times")
                continue
            cr = clause_roles[clause_roles.clause_id == hit.iloc[0].clause_id]
            lead, support = set(cr[cr.kind == "lead"].role), set(cr[cr.kind == "support"].role)
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
        "misses": misses,
    }


def main(argv: list[str]) -> int:
    from etl.build import run_build
    from etl.config import ROOT

    gold_path = Path(argv[1]) if len(argv) > 1 else Path(__file__).with_name("seeds.json")
    folder = Path(argv[0]) if argv else ROOT / "data" / "raw"
    db = Path("/tmp/evaluate.duckdb")
    run_build(folder, db)
    report = evaluate(db, json.loads(gold_path.read_text(encoding="utf-8")))
    print(json.dumps(report, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
