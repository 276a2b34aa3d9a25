"""Duties of a build against the synthetic ground truth: the planned duty of every duty text of every
document, written by the generator to <corpus>/_truth/duties.csv (with the sentence-bank wording it
rewrites).

A statement is mapped to the part (a "; "-piece or a sentence) of a planned duty text of the same document whose words
share the most word triples with it (case and punctuation ignored), when that is at least half of the
statement's triples and no other part shares as many: the layouts put agency names and "Giao …" before a
duty, so a statement is not always a substring of its duty's text. Statements of no duty (objectives,
closings, headings) are left out and counted.

Two levels of truth, because a planned duty of the sentence bank is not one thing a reader would match:
- *planned duty* (duty id): every part of every wording of the duty. A duty "X; Y" holds two different
  tasks (police: "bảo đảm an ninh … các khâu" and "phòng, chống … công nghệ cao"), and its two or three
  wordings in the bank are often different sentences on one subject ("Rà soát dự toán kinh phí …" /
  "Lập dự toán kinh phí …, gửi Sở Tài chính thẩm định"). Joining them is not wrong: precision is measured
  here.
- *same sentence* (duty, wording, part): one sentence of the bank as each document rewrites it (synonyms,
  deletions, local additions, openers, list items dropped or swapped, items merged or split). Every such
  pair is the same duty to any reader: recall is measured here.
Both levels' precision and recall are reported; benchmarks/realism.py compares the pair scores of each
level with those of labelled real-wording pairs."""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from pathlib import Path

import duckdb

from benchmarks.align_bench import agreement

# Where a bank wording's statements end: "; " and a sentence end (the build splits there too, and a
# document states each part once, so two parts of one document must not be one unit).
_PARTS = re.compile(r"(?<=;)\s+|(?<=\.)\s+(?=[A-ZĐÀ-Ỹ])")


def _triples(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return set(zip(words, words[1:], words[2:]))


def plan(corpus: Path) -> dict[str, list[tuple[str, set]]]:
    """source_file -> [(unit "duty/wording/part", word triples of that part's text)]."""
    out: dict[str, list[tuple[str, set]]] = defaultdict(list)
    with open(Path(corpus) / "_truth" / "duties.csv", encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            for k, part in enumerate(_PARTS.split(r["text"])):
                out[r["source_file"]].append((f"{r['duty_id']}/{r.get('wording', '0')}/{k}", _triples(part)))
    return out


def unit_of(text: str, units: list[tuple[str, set]]) -> str | None:
    """The planned part a statement renders, or None (no duty, or two parts equally likely)."""
    mine = _triples(text)
    if not mine or not units:
        return None
    scored = sorted(((len(mine & t), u) for u, t in units), reverse=True)
    best, unit = scored[0]
    if best < 0.5 * len(mine) or (len(scored) > 1 and scored[1][0] == best
                                   and scored[1][1].split("/")[0] != unit.split("/")[0]):
        return None
    return unit


def mapped_statements(db: Path, corpus: Path) -> tuple[list[tuple], int, float]:
    """[(statement_id, build duty, unit, match_text, theme, doc_id)] of the mapped statements, the number
    of statements, and the share of distinct statement texts."""
    planned = plan(corpus)
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute(
            "SELECT s.statement_id, dc.duty_id, s.text, d.source_file, s.match_text, s.theme, d.doc_id "
            "FROM duty_clauses dc JOIN statements s USING (statement_id) "
            "JOIN clauses c ON c.clause_id = dc.clause_id JOIN documents d ON d.doc_id = c.doc_id "
            "ORDER BY s.statement_id"
        ).fetchall()
        distinct = con.execute("SELECT count(DISTINCT text) / count(*) FROM statements").fetchone()[0]
    out = []
    for sid, duty, text, source, match, theme, doc in rows:
        unit = unit_of(text, planned.get(source, []))
        if unit is not None:
            out.append((sid, duty, unit, match, theme, doc))
    return out, len(rows), float(distinct or 0.0)


def evaluate(db: Path, corpus: Path) -> dict:
    mapped, n, distinct = mapped_statements(db, corpus)
    predicted = [m[1] for m in mapped]
    units = [m[2] for m in mapped]
    duties = [u.split("/")[0] for u in units]
    p_duty, r_duty = agreement(duties, predicted)
    p_unit, r_unit = agreement(units, predicted)
    return {"statements": n, "mapped": len(mapped), "mapped_share": len(mapped) / n if n else 0.0,
            "distinct_statements": distinct, "planned_duties": len(set(duties)), "planned_units": len(set(units)),
            "build_duties": len(set(predicted)),
            "precision": p_duty, "recall": r_duty, "precision_unit": p_unit, "recall_unit": r_unit}
