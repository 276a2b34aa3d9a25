"""The scorer of reader batches (tests/gold/batches.py) on a batch made of our own fixtures: its counts are those a
direct evaluation of the same texts gives, and its pairs count what the build linked."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import duckdb

from etl.build import run_build
from tests.gold import batches
from tests.gold.evaluate import evaluate

HERE = Path(__file__).parent
FIXTURES = HERE / "fixtures" / "attr" / "heldout"


def test_a_batch_is_scored_per_statement_with_its_pairs(tmp_path, capsys):
    gold = json.loads((HERE / "gold" / "attr_heldout.json").read_text(encoding="utf-8"))
    batch = tmp_path / "batch"
    batch.mkdir()
    for name in gold:
        shutil.copy(FIXTURES / name, batch / name)
    (batch / "gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    (batch / "notes.txt").write_text("scratch notes of the reader, not a text of the batch", encoding="utf-8")

    # the reference: the same texts built and evaluated directly
    db = tmp_path / "direct.duckdb"
    run_build(FIXTURES, db)
    direct = evaluate(db, gold)
    con = duckdb.connect(str(db), read_only=True)
    rows = con.execute(
        "SELECT d.source_file, s.text, dc.duty_id FROM statements s JOIN clauses c USING (clause_id) "
        "JOIN documents d USING (doc_id) LEFT JOIN duty_clauses dc USING (statement_id)").fetchall()
    con.close()

    # one pair the build linked (two documents' statements in one duty) and one it did not, both labelled "same"
    def unique(file, text):
        return sum(1 for f, t, _ in rows if f == file and text in t) == 1

    by_duty: dict = {}
    for f, t, duty in rows:
        if duty is not None and unique(f, t):
            by_duty.setdefault(duty, {}).setdefault(f, t)
    duty_a, members = next((d, v) for d, v in by_duty.items() if len(v) >= 2)
    (fa, ta), (fb, tb) = list(members.items())[:2]
    other = next((f, t) for f, t, duty in rows if f != fa and duty != duty_a and unique(f, t))
    with open(batch / "pairs.csv", "w", encoding="utf-8", newline="") as out:
        w = csv.writer(out)
        w.writerow(["file_a", "snippet_a", "file_b", "snippet_b", "same", "note"])
        w.writerow([fa, ta, fb, tb, "1", "linked by the build"])
        w.writerow([fa, ta, other[0], other[1], "1", "not linked by the build"])

    got = batches.score_batch(batch)
    s = direct["statement_lead"]
    assert got["lead"] == [s["tp"], s["fp"], s["fn"]]
    s = direct["statement_support"]
    assert got["support"] == [s["tp"], s["fp"], s["fn"]]
    assert got["texts"] == len(gold) and got["requester_as_lead"] == direct["requester_as_lead"]
    assert got["metadata"]["year"] == round(direct["metadata_accuracy"]["year"] * len(gold))
    assert got["pairs"] == [1, 0, 1, 0] and got["pairs_not_found"] == 0

    assert batches.main([str(batch)]) == 0
    printed = capsys.readouterr().out
    assert f"lead {got['lead'][0]} / {got['lead'][1]} / {got['lead'][2]}" in printed
