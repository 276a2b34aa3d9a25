"""Duties of a build against the synthetic ground truth (benchmarks.synth.duty_plan).

Each duty statement is mapped to the planned duty of its document's locality-year whose wordings cover
most of its matching words (templates with their {fields} removed, normalised like the statements).
A statement is mapped only when the best duty covers at least COVER of its words and beats the runner-up
by MARGIN; the rest (preambles, closings, leftovers of a few words) are left out and counted.
Caveat: one planned duty can be written as several statements ("…; …"), which align rightly keeps as
separate duties, so recall against the plan is a lower bound.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import duckdb

from benchmarks.align_bench import MIN_WORDS, agreement
from etl import align as al
from benchmarks.synth import DUTIES, duty_plan

COVER, MARGIN = 0.8, 0.1
_FIELD = re.compile(r"\{\w+\}")


@cache
def _words(duty_id: str) -> tuple[frozenset, ...]:
    duty = next(d for d in DUTIES if d.id == duty_id)
    return tuple(frozenset(al.match_text(_FIELD.sub(" ", w)).split()) for w in duty.wordings)


def _best(words: frozenset, planned: tuple[str, ...]) -> str | None:
    scores = sorted(((max(len(words & w) for w in _words(d)) / len(words), d) for d in planned), reverse=True)
    if not scores or scores[0][0] < COVER:
        return None
    if len(scores) > 1 and scores[0][0] - scores[1][0] < MARGIN:
        return None
    return scores[0][1]


def evaluate(db: Path, seed: int) -> dict:
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute(
            "SELECT dc.duty_id, s.match_text, d.locality, d.year FROM duty_clauses dc "
            "JOIN statements s USING (statement_id) JOIN clauses c ON c.clause_id = dc.clause_id "
            "JOIN documents d ON d.doc_id = c.doc_id"
        ).fetchall()
    plans: dict[tuple, tuple[str, ...]] = {}
    cache: dict[tuple, str | None] = {}
    truth, predicted = [], []
    for duty, text, loc, year in rows:
        key = (loc, year)
        if key not in plans:
            try:
                plans[key] = tuple(p.duty_id for p in duty_plan(loc, int(year), seed))
            except (ValueError, TypeError):
                plans[key] = ()
        words = frozenset(text.split())
        if len(words) < MIN_WORDS:
            continue
        ck = (words, plans[key])
        if ck not in cache:
            cache[ck] = _best(words, plans[key])
        if cache[ck] is not None:
            truth.append(cache[ck])
            predicted.append(duty)
    precision, recall = agreement(truth, predicted)
    return {"statements": len(rows), "mapped": len(truth), "mapped_share": len(truth) / len(rows) if rows else 0.0,
            "planned_duties": len(set(truth)), "build_duties": len(set(predicted)),
            "precision": precision, "recall": recall}
