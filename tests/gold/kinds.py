"""Duty or context, measured (etl.statements.kind_of, cues in etl/duty_cues.toml).

    python -m tests.gold.kinds

1. Own-words fixtures (tests/fixtures/duty, gold tests/gold/duty_kinds.csv, written before the first run):
   duty precision and recall per half and layout (formal: a directive or plan; news: an article).
2. Real published texts (news articles and formal texts from the search corpus, kept outside the repository;
   every statement labelled duty/context before the filter existed, split into halves before tuning): their
   figures only, from tests/gold/real_kinds.json, with the effect on real-wording pairs.
"""

from __future__ import annotations

import csv
import json
import tempfile
from collections import defaultdict
from pathlib import Path

import duckdb

from etl.build import run_build
from etl.config import Settings

HERE = Path(__file__).parent
DOCS = HERE.parent / "fixtures" / "duty"


def _prf(tp: int, fp: int, fn: int) -> str:
    p = tp / (tp + fp) if tp + fp else float("nan")
    r = tp / (tp + fn) if tp + fn else float("nan")
    return f"duty P {p:.3f} R {r:.3f} (tp {tp}, fp {fp}, fn {fn})"


def own_words() -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "kinds.duckdb"
        run_build(DOCS, db, Settings.from_env())
        con = duckdb.connect(str(db), read_only=True)
        rows = con.execute("SELECT d.source_file, s.text, s.kind FROM statements s JOIN clauses USING (clause_id) "
                           "JOIN documents d USING (doc_id)").fetchall()
        con.close()
    counts: dict[tuple, list[int]] = defaultdict(lambda: [0, 0, 0])
    for g in csv.DictReader(open(HERE / "duty_kinds.csv", encoding="utf-8")):
        layout = "news" if "tintuc" in g["file"] else "formal"
        pred = next(k for f, t, k in rows if f == g["file"] and g["snippet"] in t)
        c = counts[(g["half"], layout)]
        c[0] += pred == "duty" and g["kind"] == "duty"
        c[1] += pred == "duty" and g["kind"] != "duty"
        c[2] += pred != "duty" and g["kind"] == "duty"
    return {f"{half} {layout}": _prf(*c) for (half, layout), c in sorted(counts.items())}


if __name__ == "__main__":
    for key, line in own_words().items():
        print(f"own words, {key}: {line}")
    real = json.loads((HERE / "real_kinds.json").read_text(encoding="utf-8"))
    print(f"real texts ({real['about']}):")
    for row in real["kinds"]:
        print(f"  {row['half']} {row['layout']}: {row['texts']} texts, {row['statements']} statements: "
              f"{_prf(row['tp'], row['fp'], row['fn'])}; {row['note']}")
    for row in real["pairs"]:
        print(f"  pairs, {row['set']}: {row['pairs']} ({row['same']} same): {row['result']}")
