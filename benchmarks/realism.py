"""Is the synthetic plan's notion of "the same duty" the one real documents show? Pair scores of the build's
scorer for synthetic pairs at each level of the plan (benchmarks/truth.py) next to labelled pairs of real
wording: the seed documents and unseen fixtures (tests/gold/pairs.csv: statements of different real
documents, judged same or not) and own-words paraphrases of real variation (tests/gold/paraphrases.csv).

    python -m benchmarks.realism --db benchmarks/out/db_2016.duckdb --corpus benchmarks/out/corpus_2016

One scorer (word IDF over every text involved) scores every pair, so the levels compare on one scale."""

from __future__ import annotations

import argparse
import csv
import tempfile
from pathlib import Path
from random import Random

import duckdb
import numpy as np

from benchmarks import ROOT
from benchmarks.truth import mapped_statements
from etl import align as al
from etl.config import Settings

LEVELS = ("same sentence, rewritten by each document", "same planned duty, other part of one wording",
          "same planned duty, another wording", "different planned duties")


def synthetic_pairs(db: Path, corpus: Path, per_level: int, seed: int = 7) -> dict[str, list[tuple]]:
    """Up to `per_level` pairs of statements of different documents at each level, as (text, theme) pairs."""
    mapped, _, _ = mapped_statements(db, corpus)
    rng = Random(seed)
    out: dict[str, list[tuple]] = {lv: [] for lv in LEVELS}
    tries = 0
    while min(len(v) for v in out.values()) < per_level and tries < 200 * per_level:
        tries += 1
        a, b = rng.sample(mapped, 2)
        if a[5] == b[5]:
            continue  # pairs across documents only, as alignment across documents is what is measured
        (da, wa, pa), (db_, wb, pb) = a[2].split("/"), b[2].split("/")
        if da != db_:
            level = LEVELS[3]
        elif wa != wb:
            level = LEVELS[2]
        elif pa != pb:
            level = LEVELS[1]
        else:
            level = LEVELS[0]
        if len(out[level]) < per_level:
            out[level].append(((a[3], a[4]), (b[3], b[4])))
        if level != LEVELS[3] and tries % 3 == 0:  # the first three levels are rare among random pairs
            same = [m for m in mapped if m[2].split("/")[0] == da and m[5] != a[5]]
            if same:
                c = rng.choice(same)
                (_, wc, pc) = c[2].split("/")
                lv = LEVELS[0] if (wc, pc) == (wa, pa) else LEVELS[1] if wc == wa else LEVELS[2]
                if len(out[lv]) < per_level:
                    out[lv].append(((a[3], a[4]), (c[3], c[4])))
    return out


def real_pairs() -> dict[str, list[tuple]]:
    """Labelled pairs of real wording: (text, theme) pairs, same and not the same."""
    from etl.build import run_build
    from tests.gold.pairs import load_pairs

    out: dict[str, list[tuple]] = {"real documents, labelled same": [], "real documents, labelled not the same": [],
                                   "own-words paraphrases, labelled same": [],
                                   "own-words paraphrases, labelled not the same": []}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "gold"
        folder.mkdir()
        for src in [*(ROOT / "data" / "raw").iterdir(), *(ROOT / "tests" / "fixtures" / "extra").glob("*.txt")]:
            (folder / src.name).write_bytes(src.read_bytes())
        db = Path(tmp) / "gold.duckdb"
        run_build(folder, db)
        with duckdb.connect(str(db), read_only=True) as con:
            pairs, _ = load_pairs(con)
            themes = dict(con.execute("SELECT statement_id, theme FROM statements").fetchall())
    for p in pairs:
        key = "real documents, labelled same" if p.same else "real documents, labelled not the same"
        out[key].append(((p.a["match"], themes[p.a["id"]]), (p.b["match"], themes[p.b["id"]])))
    with open(ROOT / "tests" / "gold" / "paraphrases.csv", encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            sides = []
            for t in (r["text_a"], r["text_b"]):
                themed, matched = al.forms(t)
                sides.append((matched, al.theme_from(themed)))
            key = "own-words paraphrases, labelled " + ("same" if r["same"] == "1" else "not the same")
            out[key].append(tuple(sides))
    return out


def scores(groups: dict[str, list[tuple]], background: list[tuple[str, str]]) -> dict[str, np.ndarray]:
    """The build's pair score of every pair, with one scorer over the pairs' texts and `background`."""
    index: dict[str, int] = {}
    texts, themes = [], []
    for t, th in [*background, *(side for pairs in groups.values() for pair in pairs for side in pair)]:
        if t not in index:
            index[t] = len(texts)
            texts.append(t)
            themes.append(th)
    scorer = al.Scorer(texts, themes)
    return {name: scorer.score_pairs([(index[a[0]], index[b[0]]) for a, b in pairs]) if pairs else np.empty(0)
            for name, pairs in groups.items()}


def summary(values: dict[str, np.ndarray], threshold: float) -> list[dict]:
    rows = []
    for name, v in values.items():
        q = np.percentile(v, [10, 25, 50, 75, 90]) if len(v) else [float("nan")] * 5
        rows.append({"pairs": name, "n": len(v), "p10": q[0], "p25": q[1], "median": q[2], "p75": q[3], "p90": q[4],
                     "at_or_above_threshold": float(np.mean(v >= threshold)) if len(v) else float("nan")})
    return rows


def evaluate(db: Path, corpus: Path, per_level: int = 400) -> dict:
    synthetic = synthetic_pairs(db, corpus, per_level)
    real = real_pairs()
    with duckdb.connect(str(db), read_only=True) as con:
        background = con.execute("SELECT DISTINCT match_text, theme FROM statements").fetchall()
    threshold = Settings.from_env().link_threshold
    return {"threshold": threshold, "rows": summary(scores({**synthetic, **real}, background), threshold)}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks.realism", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--db", type=Path, required=True)
    p.add_argument("--corpus", type=Path, required=True)
    p.add_argument("--pairs", type=int, default=400, help="synthetic pairs per level")
    args = p.parse_args(argv)
    res = evaluate(args.db, args.corpus, args.pairs)
    print(f"pair scores (link threshold {res['threshold']:g})")
    for r in res["rows"]:
        print(f"  {r['pairs']:<50} n={r['n']:<4} p10 {r['p10']:5.1f} p25 {r['p25']:5.1f} median {r['median']:5.1f} "
              f"p75 {r['p75']:5.1f} p90 {r['p90']:5.1f}  >= threshold {r['at_or_above_threshold']:.0%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
