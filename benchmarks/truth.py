"""Duties of a build against the synthetic ground truth: the planned duty of every duty text of every
document, written by the generator to <corpus>/_truth/duties.csv.

A statement is mapped to the planned duty of the same document whose text shares the most word triples
with it (case and punctuation ignored), when that is at least half of the statement's triples and no other
duty shares as many: the layouts put agency names and "Giao …" before a duty, so a statement is not always
a substring of its duty's text. Statements of no duty (objectives, closings, headings) are left out and
counted. Pairwise precision and recall compare the build's duties with the planned ones over the mapped
statements: recall is a lower bound, since a duty written as two statements in one document and as one
in another can rightly be split."""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from pathlib import Path

import duckdb

from benchmarks.align_bench import agreement


def _triples(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return set(zip(words, words[1:], words[2:]))


def plan(corpus: Path) -> dict[str, list[tuple[str, set]]]:
    """source_file -> [(duty_id, word triples of its text)]."""
    out: dict[str, list[tuple[str, set]]] = defaultdict(list)
    with open(Path(corpus) / "_truth" / "duties.csv", encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            out[r["source_file"]].append((r["duty_id"], _triples(r["text"])))
    return out


def _duty_of(text: str, duties: list[tuple[str, set]]) -> str | None:
    mine = _triples(text)
    if not mine or not duties:
        return None
    scored = sorted(((len(mine & t), d) for d, t in duties), reverse=True)
    best, duty = scored[0]
    if best < 0.5 * len(mine) or (len(scored) > 1 and scored[1][0] == best):
        return None
    return duty


def evaluate(db: Path, corpus: Path) -> dict:
    planned = plan(corpus)
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute(
            "SELECT dc.duty_id, s.text, d.source_file FROM duty_clauses dc JOIN statements s USING (statement_id) "
            "JOIN clauses c ON c.clause_id = dc.clause_id JOIN documents d ON d.doc_id = c.doc_id"
        ).fetchall()
        distinct = con.execute("SELECT count(DISTINCT text) / count(*) FROM statements").fetchone()[0]
    truth, predicted = [], []
    for duty, text, source in rows:
        planned_duty = _duty_of(text, planned.get(source, []))
        if planned_duty is not None:
            truth.append(planned_duty)
            predicted.append(duty)
    precision, recall = agreement(truth, predicted)
    return {"statements": len(rows), "mapped": len(truth), "mapped_share": len(truth) / len(rows) if rows else 0.0,
            "distinct_statements": float(distinct or 0.0), "planned_duties": len(set(truth)),
            "build_duties": len(set(predicted)), "precision": precision, "recall": recall}
