"""Score reader batches kept outside the repository: each a folder of real texts (.txt), its readers' `gold.json`
(the format of tests/gold/attr_*.json) and, if any, `pairs.csv` (the format of tests/gold/pairs.csv).

    python -m tests.gold.batches BATCH [BATCH ...] [--misses]

Each batch is built alone, as a user loads one province's texts, and scored per labelled statement (the doers and
helpers of the statement that holds the labelled words: `statement_lead`, `statement_support` of tests.gold.evaluate),
per layout, with requesters made lead, unknown agencies kept, metadata per field and same-duty pairs (a pair is linked
when both statements lie in one duty). `--misses` prints what disagrees with the gold: for development batches only,
since a held-out batch is read as counts. docs/readers.md is the brief that makes such batches.
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
from pathlib import Path

import duckdb

from tests.gold.evaluate import META_FIELDS, evaluate
from tests.gold.evaluate import _pr as pr
from tests.gold.pairs import load_pairs


def score_batch(folder: Path, *, misses: bool = False) -> dict:
    """Counts of one batch: lead, support and pairs as [TP, FP, FN] (pairs also TN), by layout, metadata hits."""
    from etl.build import run_build

    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory(prefix="batch_") as tmp:
        texts = Path(tmp) / "texts"
        texts.mkdir()
        for name in gold:  # only the labelled texts: a folder may hold notes or scratch files
            shutil.copy(folder / name, texts / name)
        db = Path(tmp) / "batch.duckdb"
        run_build(texts, db)
        report = evaluate(db, gold)
        pairs = [0, 0, 0, 0]
        unfound: list[str] = []
        wrong_pairs: list[str] = []
        if (folder / "pairs.csv").exists():
            con = duckdb.connect(str(db), read_only=True)
            try:
                labelled, unfound = load_pairs(con, folder / "pairs.csv")
            finally:
                con.close()
            for p in labelled:
                pairs[(0 if p.same else 1) if p.linked else (2 if p.same else 3)] += 1
                if p.linked != p.same:
                    wrong_pairs.append(f"{'missed' if p.same else 'linked'}: {p.a['text'][:90]} || {p.b['text'][:90]}")
    out = {
        "texts": len(gold),
        "lead": _counts(report["statement_lead"]),
        "support": _counts(report["statement_support"]),
        "by_layout": {k: _counts(v["statement_lead"]) for k, v in report["by_layout"].items()},
        "requester_as_lead": report["requester_as_lead"],
        "unknown_kept": report["unknown_kept"],
        "metadata": {f: round(report["metadata_accuracy"][f] * len(gold)) for f in META_FIELDS},
        "pairs": pairs,
        "pairs_not_found": len(unfound),
    }
    if misses:
        out["misses"] = (report["statement_misses"] + [m for m in report["misses"] if " = " in m or "only asks" in m]
                         + wrong_pairs + unfound)
    return out


def _counts(pr: dict) -> list[int]:
    return [pr["tp"], pr["fp"], pr["fn"]]


def _add(total: list[int], more: list[int]) -> None:
    for k, v in enumerate(more):
        total[k] += v


def _pr(c: list[int]) -> str:
    m = pr(*c[:3])
    return f"{c[0]} / {c[1]} / {c[2]} (P {m['precision']:.3f} R {m['recall']:.3f})"


def main(argv: list[str]) -> int:
    folders = [Path(a) for a in argv if not a.startswith("--")]
    if not folders:
        print(__doc__)
        return 2
    total = {"lead": [0, 0, 0], "support": [0, 0, 0], "pairs": [0, 0, 0, 0]}
    layouts: dict[str, list[int]] = {}
    for folder in folders:
        s = score_batch(folder, misses="--misses" in argv)
        for k in total:
            _add(total[k], s[k])
        for lay, c in s["by_layout"].items():
            _add(layouts.setdefault(lay, [0, 0, 0]), c)
        print(f"{folder.name} ({s['texts']} texts): lead {_pr(s['lead'])}, support {_pr(s['support'])}, "
              f"requesters made lead {s['requester_as_lead']}, pairs {_pr(s['pairs'][:3])} with {s['pairs'][3]} true "
              f"negatives ({s['pairs_not_found']} not found), metadata {s['metadata']}")
        for m in s.get("misses", []):
            print("   ", m)
    print(f"all: lead {_pr(total['lead'])}, support {_pr(total['support'])}, pairs {_pr(total['pairs'][:3])} with "
          f"{total['pairs'][3]} true negatives")
    print("lead by layout: " + "; ".join(f"{k} {_pr(v)}" for k, v in sorted(layouts.items())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
