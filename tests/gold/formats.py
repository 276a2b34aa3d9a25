"""`python -m tests.gold.formats`: Word and PDF files in our own words (tests/fixtures/formats, session 30), each
item's lead and support roles and four metadata fields against gold.json, written before the parser first read
them. Two PDF plans with task tables (one over a page break, one with its deadline column before the agencies), a
PDF directive printed from a browser with its header and footer, a Word directive with automatic multi-level
numbering and a tracked insertion."""

from __future__ import annotations

import contextlib
import io
import json
import sys
import tempfile
from pathlib import Path

import duckdb

from etl.build import run_build
from tests.gold.evaluate import _add, _pr

FOLDER = Path(__file__).parents[1] / "fixtures" / "formats"


def evaluate() -> dict:
    gold = json.loads((FOLDER / "gold.json").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        raw = Path(tmp) / "raw"
        raw.mkdir()
        for name in gold:
            (raw / name).write_bytes((FOLDER / name).read_bytes())
        db = Path(tmp) / "formats.duckdb"
        with contextlib.redirect_stdout(io.StringIO()):
            run_build(raw, db)
        con = duckdb.connect(str(db), read_only=True)
        counts = {"lead": [0, 0, 0], "support": [0, 0, 0]}
        meta, misses = [0, 0], []
        for name, g in gold.items():
            doc_id = con.execute("SELECT doc_id FROM documents WHERE source_file = ?", [name]).fetchone()[0]
            fields = dict(con.execute("SELECT field, value FROM document_fields WHERE doc_id = ?", [doc_id]).fetchall())
            for field, value in g["meta"].items():
                meta[0] += str(fields.get(field)) == value
                meta[1] += 1
            clauses = con.execute("SELECT clause_id, text FROM clauses WHERE doc_id = ? ORDER BY clause_id",
                                  [doc_id]).fetchall()
            items = [(f"row {k}", [c for c, t in clauses if t.split(" | ")[0] == k], v) for k, v in g["rows"].items()]
            items += [(k, [c for c, t in clauses if k in t], v) for k, v in g["paras"].items()]
            for item, found, (lead, support) in items:
                got = con.execute("SELECT a.kind, g.role FROM assignments a JOIN agencies g USING (agency_id) "
                                  "WHERE a.clause_id = ?", [found[0]]).fetchall() if found else []
                for kind, want in (("lead", set(lead)), ("support", set(support))):
                    have = {role for k, role in got if k == kind}
                    _add(counts[kind], have, want)
                    if want != have:
                        misses.append(f"{name} {item}: {kind} {sorted(have)}, gold {sorted(want)}")
        con.close()
    out = {kind: _pr(*c) for kind, c in counts.items()}
    return out | {"metadata": {"right": meta[0], "of": meta[1]}, "misses": misses}


if __name__ == "__main__":
    json.dump(evaluate(), sys.stdout, ensure_ascii=False, indent=1)
    print()
