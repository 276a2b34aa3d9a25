"""Theme accuracy on the labelled statements (tests/gold/themes.csv).

    python -m tests.gold.themes [DB]    (default: a build of the seeds and the extra fixtures)

Each row names a document (file-name prefix), the start of one of its duty statements and its theme; the
statement's theme in the database is compared with it, per split (dev: the seeds, held_out: the fixtures)."""

from __future__ import annotations

import csv
import sys
from collections import Counter
from pathlib import Path

import duckdb

THEMES = Path(__file__).with_name("themes.csv")
HELD_OUT = Path(__file__).with_name("themes_heldout.csv")


def load(con: duckdb.DuckDBPyConnection, path: Path = THEMES) -> tuple[list[dict], list[str]]:
    """Labelled rows with the statement's theme from the build (`got`), and the rows that match no single
    statement."""
    stmts = con.execute("SELECT d.source_file, s.text, s.theme FROM statements s JOIN clauses c USING (clause_id) "
                        "JOIN documents d USING (doc_id)").fetchall()
    rows, problems = [], []
    with open(path, encoding="utf-8", newline="") as f:
        for r in csv.DictReader(line for line in f if not line.startswith("#")):
            hits = [s for s in stmts if s[0].startswith(r["file"]) and s[1].startswith(r["snippet"])]
            if len(hits) != 1:
                problems.append(f"{r['file']}: {r['snippet']!r} matches {len(hits)} statements")
                continue
            rows.append(r | {"got": hits[0][2], "text": hits[0][1]})
    return rows, problems


def accuracy(rows: list[dict]) -> dict:
    out = {}
    for split in sorted({r["split"] for r in rows}) + ["all"]:
        part = [r for r in rows if split in (r["split"], "all")]
        out[split] = {"n": len(part), "accuracy": round(sum(r["got"] == r["theme"] for r in part) / max(len(part), 1), 3),
                      "general_predicted": sum(r["got"] == "general" for r in part)}
    return out


def free_rows(path: Path = HELD_OUT) -> list[dict]:
    """The own-words held-out statements (tests/gold/pairs_roles.csv) with their labelled and found themes."""
    from tests.gold.pairs import free_forms, role_pairs

    texts = list(dict.fromkeys(t for r in role_pairs() for t in (r["text_a"], r["text_b"])))
    with open(path, encoding="utf-8", newline="") as f:
        labels = list(csv.DictReader(line for line in f if not line.startswith("#")))
    got = dict(zip(texts, free_forms(texts)[1]))
    rows = []
    for r in labels:
        (text,) = [t for t in texts if t.startswith(r["snippet"])]
        rows.append({"split": "own_words", "theme": r["theme"], "got": got[text], "text": text})
    return rows


def main(argv: list[str]) -> int:
    from tests.gold.pairs import build_gold_corpus

    db = Path(argv[0]) if argv else build_gold_corpus()
    with duckdb.connect(str(db), read_only=True) as con:
        rows, problems = load(con)
    rows += free_rows()
    for split, m in accuracy(rows).items():
        print(split, m)
    confusions = Counter((r["theme"], r["got"]) for r in rows if r["got"] != r["theme"])
    for (gold, got), n in confusions.most_common():
        print(f"  {n} x gold {gold} -> {got}")
    print("\n".join(problems))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
