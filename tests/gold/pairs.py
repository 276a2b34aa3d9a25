"""Alignment quality on the labelled same / not-same statement pairs (tests/gold/pairs.csv).

    python -m tests.gold.pairs [--plot docs/alignment_pr.png]

Each pair names two documents (file-name prefix) and an exact snippet of a statement in each.
Prediction = the two statements were put in the same duty by the build (a statement the duty filter calls context
is in no duty, so it is predicted apart from everything); the curve sweeps the threshold over the scorer's value
for the pair.
"""

from __future__ import annotations

import csv
import sys
from dataclasses import dataclass
from pathlib import Path

import duckdb

from etl import align as al

PAIRS = Path(__file__).with_name("pairs.csv")
ROLE_PAIRS = Path(__file__).with_name("pairs_roles.csv")


@dataclass(frozen=True)
class Pair:
    a: dict
    b: dict
    same: bool
    note: str

    @property
    def linked(self) -> bool:
        """The build put both statements in one duty (a context statement is in none)."""
        return self.a["duty"] is not None and self.a["duty"] == self.b["duty"]


def load_pairs(con: duckdb.DuckDBPyConnection, path: Path = PAIRS) -> tuple[list[Pair], list[str]]:
    rows = con.execute(
        "SELECT d.source_file, s.statement_id, s.text, s.match_text, dc.duty_id FROM statements s "
        "JOIN clauses c USING (clause_id) JOIN documents d USING (doc_id) LEFT JOIN duty_clauses dc USING (statement_id)"
    ).fetchall()
    stmts = [dict(zip(("file", "id", "text", "match", "duty"), r)) for r in rows]
    problems, pairs = [], []

    def find(prefix, snippet):
        hits = [s for s in stmts if s["file"].startswith(prefix) and snippet in s["text"]]
        if len(hits) != 1:
            problems.append(f"{prefix}: {snippet!r} matches {len(hits)} statements")
            return None
        return hits[0]

    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            a, b = find(row["file_a"], row["snippet_a"]), find(row["file_b"], row["snippet_b"])
            if a and b:
                pairs.append(Pair(a, b, row["same"] == "1", row["note"]))
    return pairs, problems


def prf(pred: list[bool], gold: list[bool]) -> dict:
    tp = sum(p and g for p, g in zip(pred, gold))
    fp = sum(p and not g for p, g in zip(pred, gold))
    fn = sum(g and not p for p, g in zip(pred, gold))
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f1, 3), "tp": tp, "fp": fp, "fn": fn}


def curve(pairs: list[Pair], con_rows: list[tuple[str, str, str, str]]) -> list[tuple[float, dict]]:
    """Precision and recall when a pair counts as same above each threshold of the build's scorer (topics
    from the statement's text, agency names included: close to, not exactly, what the build used)."""
    scorer = al.corpus_scorer([m for _, m, _, _ in con_rows], [t for _, _, t, _ in con_rows],
                              topics=[al.topics_of(x) for _, _, _, x in con_rows])
    ids = {t: k for k, t in enumerate(scorer.texts)}
    scores = [scorer.score(ids[p.a["match"]], ids[p.b["match"]]) for p in pairs]
    gold = [p.same for p in pairs]
    return [(t, prf([s >= t for s in scores], gold)) for t in range(30, 101, 2)]


def free_forms(texts: list[str]) -> tuple[list[str], list[str], list[tuple]]:
    """Matching text, theme and topics of free-standing statements, prepared as a build prepares them
    (agency names found by the gazetteer are not matched on)."""
    from etl.gazetteer import matcher

    m = matcher(None, None)
    out = [al.forms(t, tuple(x.surface for x in m.mentions(t))) for t in texts]
    return [mt for _, mt in out], [al.theme_from(th) for th, _ in out], [al.topics_from(th) for th, _ in out]


def free_scorer(texts: list[str], roles: list[set] | None = None, *, extra: tuple = ((), (), (), ())) -> tuple:
    """A scorer over free-standing statements (plus `extra` prepared rows: match texts, themes, topics, roles),
    and the row of each input text."""
    match, themes, topics = free_forms(texts)
    keys = [*match, *extra[0]]
    rows: dict[str, int] = {}
    for k in keys:
        rows.setdefault(k, len(rows))
    first = {}
    for n, k in enumerate(keys):
        first.setdefault(k, n)
    all_themes, all_topics = [*themes, *extra[1]], [*topics, *extra[2]]
    all_roles = None if roles is None else [set(r) for r in [*roles, *extra[3]]]
    order = sorted(first, key=rows.get)
    scorer = al.Scorer(order, [all_themes[first[k]] for k in order],
                       None if all_roles is None else [all_roles[first[k]] for k in order],
                       topics=[all_topics[first[k]] for k in order])
    return scorer, [rows[k] for k in match]


def role_pairs(path: Path = ROLE_PAIRS) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(line for line in f if not line.startswith("#")))


def role_pair_scores(rows: list[dict], *, weights: dict | None = None) -> list[float]:
    """The build's score of each labelled pair of pairs_roles.csv, with each side's lead role."""
    texts = [t for r in rows for t in (r["text_a"], r["text_b"])]
    roles = [{x} for r in rows for x in (r["role_a"], r["role_b"])]
    scorer, idx = free_scorer(texts, roles)
    if weights:
        scorer.weights = {**scorer.weights, **weights}
    return scorer.score_pairs([(idx[2 * k], idx[2 * k + 1]) for k in range(len(rows))]).tolist()


def report(db: Path) -> dict:
    con = duckdb.connect(str(db), read_only=True)
    try:
        pairs, problems = load_pairs(con)
        thresholds = dict(con.execute("SELECT name, value FROM settings").fetchall())
        rows = con.execute("SELECT statement_id, match_text, theme, text FROM statements").fetchall()
    finally:
        con.close()
    aligned = prf([p.linked for p in pairs], [p.same for p in pairs])
    held_out = [p for p in pairs if p.note.startswith("extra")]  # the unseen fixtures, never tuned on
    aligned_held_out = prf([p.linked for p in held_out], [p.same for p in held_out])
    errors = [f"{'FN' if p.same else 'FP'} {p.note}: {p.a['text'][:60]!r} / {p.b['text'][:60]!r}"
              for p in pairs if (p.linked) != p.same]
    return {"pairs": len(pairs), "positives": sum(p.same for p in pairs), "threshold": thresholds.get("link_threshold"),
            "aligner": aligned, "held_out": {"pairs": len(held_out), **aligned_held_out}, "curve": curve(pairs, rows), "errors": errors, "problems": problems}


def role_pairs_curve() -> list[tuple[float, dict]]:
    rows = role_pairs()
    scores, gold = role_pair_scores(rows), [r["same"] == "1" for r in rows]
    return [(t, prf([x >= t for x in scores], gold)) for t in range(30, 101, 2)]


def plot(points: list[tuple[float, dict]], chosen: float, aligner: dict, out: Path) -> None:
    """Precision-recall by pair-score threshold: the development pairs, the held-out own-words pairs and the
    held-out half of the real-text pairs (figures from real_pairs.json, first contact and final)."""
    import json

    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    real = json.loads(Path(__file__).with_name("real_pairs.json").read_text(encoding="utf-8"))
    curves = [("pairs of the seeds and fixtures (266)", [(t, m["recall"], m["precision"]) for t, m in points], "-"),
              ("held out: own-words pairs with roles", [(t, m["recall"], m["precision"]) for t, m in role_pairs_curve()], "-"),
              ("held out: real-text pairs, final", [(t, r, p) for t, p, r in real["curve_held_out_final"]], "-"),
              ("held out: real-text pairs, first contact", [(t, r, p) for t, p, r in real["curve_held_out_first_contact"]], ":")]
    fig, ax = plt.subplots(figsize=(6.4, 4.8), dpi=110)
    for label, pts, style in curves:
        ax.plot([r for _, r, _ in pts], [p for _, _, p in pts], style, marker="o", ms=2.5, label=label)
        for t, r, p in pts:
            if t == chosen:
                ax.annotate(f"{t:g}", (r, p), fontsize=7, xytext=(3, 3), textcoords="offset points")
    ax.plot([aligner["recall"]], [aligner["precision"]], marker="*", ms=14, color="#b3261e", linestyle="none",
            label=f"duties built, the same 266 pairs (threshold {chosen:g})")
    ax.legend(loc="lower left", fontsize=7)
    ax.set_xlabel("recall")
    ax.set_ylabel("precision")
    ax.set_title("Labelled statement pairs: precision-recall by pair-score threshold", fontsize=10)
    ax.set_xlim(0, 1.02)
    ax.set_ylim(0, 1.02)
    ax.grid(alpha=0.3)
    fig.tight_layout()
    fig.savefig(out)


def build_gold_corpus(folder: Path = Path("/tmp/pairs_corpus"), db: Path = Path("/tmp/pairs.duckdb")) -> Path:
    """Build the seeds and the extra fixtures (the documents the gold files label) into `db`."""
    from etl.build import run_build
    from etl.config import ROOT

    folder.mkdir(exist_ok=True)
    for src in [*(ROOT / "data" / "raw").iterdir(), *(ROOT / "tests" / "fixtures" / "extra").glob("*.txt")]:
        (folder / src.name).write_bytes(src.read_bytes())
    run_build(folder, db)
    return db


def main(argv: list[str]) -> int:
    db = build_gold_corpus()
    rep = report(db)
    for key in ("pairs", "positives", "threshold", "aligner", "held_out"):
        print(key, rep[key])
    rows = role_pairs()
    at = prf([x >= rep["threshold"] for x in role_pair_scores(rows)], [r["same"] == "1" for r in rows])
    print("held-out own-words pairs with roles", len(rows), at)
    for t, m in rep["curve"]:
        print(f"  threshold {t:5.1f}  P {m['precision']:.3f}  R {m['recall']:.3f}  F1 {m['f1']:.3f}")
    print("\n".join(rep["errors"] + rep["problems"]))
    if "--plot" in argv:
        plot(rep["curve"], rep["threshold"], rep["aligner"], Path(argv[argv.index("--plot") + 1]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
