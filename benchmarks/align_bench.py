"""etl.align.align against all-pairs baselines and the old narrowing, on one sample of a build's statements.

Every method groups with the same scorer and the same rule (etl.align); only the candidate search differs:
- align: the build's sparse TF-IDF top-k search (etl.retrieve);
- all pairs: every pair of distinct matching texts scored (exact: the reference grouping);
- old narrowing: the inverted index walked per statement that the build used before (old_narrowing.py);
- cdist: rapidfuzz.process.cdist token_set_ratio over all statement pairs, every core (time only: the
  price of scoring everything with the cheapest part of the score).
Quality: pairwise precision and recall of each grouping against the exact one, and the share of the
above-threshold pairs of the exact run that each candidate search scores at all ("candidate recall").
"""

from __future__ import annotations

import random
import statistics
import time
from collections import Counter
from pathlib import Path

import duckdb
import numpy as np
from rapidfuzz import fuzz, process

from benchmarks import old_narrowing
from etl import align as al
from etl.config import Settings

MIN_WORDS = 3  # statements whose matching text is shorter are mostly leftovers that match anything


def load_statements(db: Path) -> list[tuple]:
    """(statement_id, doc_id, match_text, theme, text) in the build's order."""
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(
            "SELECT s.statement_id, c.doc_id, s.match_text, s.theme, s.text FROM statements s "
            "JOIN clauses c USING (clause_id) ORDER BY s.statement_id"
        ).fetchall()


def sample_documents(rows: list, target: int, seed: int) -> list:
    """Whole documents, drawn at random, until about `target` statements: align sees real documents."""
    by_doc: dict[str, list] = {}
    for r in rows:
        by_doc.setdefault(r[1], []).append(r)
    docs = sorted(by_doc)
    random.Random(seed).shuffle(docs)
    out: list = []
    for d in docs:
        if len(out) >= target:
            break
        out.extend(by_doc[d])
    return out


def _pairs_together(labels_a: list, labels_b: list | None = None) -> int:
    keys = labels_a if labels_b is None else list(zip(labels_a, labels_b))
    return sum(c * (c - 1) // 2 for c in Counter(keys).values())


def agreement(reference: list, other: list) -> tuple[float, float]:
    """Pairwise (precision, recall) of `other`'s grouping against `reference`'s."""
    both = _pairs_together(reference, other)
    ref, oth = _pairs_together(reference), _pairs_together(other)
    return (both / oth if oth else 1.0), (both / ref if ref else 1.0)


def _all_pairs(texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
    i, j = np.triu_indices(len(texts), 1)
    return i.astype(np.int64), j.astype(np.int64)


def _timed(fn, repeats: int) -> tuple[float, list[float], object]:
    times, out = [], None
    for _ in range(repeats):
        t0 = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), times, out


def bench(db: Path, *, n_statements: int, seed: int = 1, repeats: int = 3, settings: Settings | None = None,
          variants: dict[str, dict] | None = None) -> dict:
    """`variants`: extra align keyword sets to measure beside the build's (e.g. another max_candidates)."""
    s = settings or Settings.from_env()
    kw = dict(threshold=s.link_threshold, unscored=s.unscored_pair_score, repeat_threshold=s.repeat_threshold,
              restate_threshold=s.restate_threshold, max_candidates=s.max_candidates)
    rows = sample_documents(load_statements(db), n_statements, seed)
    texts, docs, themes = [r[2] for r in rows], [r[1] for r in rows], [r[3] for r in rows]
    topics = [al.topics_of(r[4]) for r in rows]
    distinct = list(dict.fromkeys(texts))
    n, m = len(texts), len(distinct)
    seen: dict[str, set] = {}

    def recording(name, search):
        def run(keys):
            i, j = search(keys)
            seen[name] = set(zip(np.minimum(i, j).tolist(), np.maximum(i, j).tolist()))
            return i, j
        return run

    configs = {"etl.align.align (TF-IDF top-k), build settings": kw}
    configs |= {k: kw | v for k, v in (variants or {}).items()}
    configs |= {"all pairs scored (exact reference)": kw | {"candidates": _all_pairs},
                "old narrowing (inverted index, Python loop)": kw | {"candidates": old_narrowing.candidates}}
    runs = {}
    for name, c in configs.items():
        reps = 1 if "all pairs" in name or "old" in name else repeats
        runs[name] = _timed(lambda c=c: al.align(texts, docs, themes, topics=topics, **c), reps)
    for name, c in configs.items():  # once more, recording the pairs each search proposes (not timed)
        search = c.get("candidates") or (lambda keys, k=c["max_candidates"]: al.retrieve.candidates(keys, k=k))
        al.align(texts, docs, themes, topics=topics, **(c | {"candidates": recording(name, search)}))
    exact_name = "all pairs scored (exact reference)"
    exact = runs[exact_name][2]
    node = {t: u for u, t in enumerate(distinct)}
    above = {(min(node[texts[a]], node[texts[b]]), max(node[texts[a]], node[texts[b]])) for a, b, _ in exact.links}
    t0 = time.perf_counter()
    matrix = process.cdist(texts, texts, scorer=fuzz.token_set_ratio, workers=-1, dtype=np.uint8)
    t_cdist = time.perf_counter() - t0
    del matrix
    methods, quality = [], []
    for name, (t_med, times, result) in runs.items():
        precision, recall = agreement(exact.duty_of, result.duty_of)
        methods.append({"method": name, "pairs": result.compared, "seconds": t_med, "seconds_all": times,
                        "links": len(result.links)})
        quality.append({"method": name, "vs_exact_precision": precision, "vs_exact_recall": recall,
                        "candidate_recall": len(above & seen[name]) / len(above) if above else 1.0,
                        "duties": len(set(result.duty_of)), "speedup_vs_all_pairs": runs[exact_name][0] / t_med,
                        "speedup_vs_cdist": t_cdist / t_med})
    methods.append({"method": "rapidfuzz cdist token_set_ratio, all statement pairs, workers=-1", "pairs": n * n,
                    "seconds": t_cdist, "links": None})
    return {"statements": n, "documents": len(set(docs)), "distinct_texts": m, "threshold": s.link_threshold,
            "methods": methods, "quality": quality}
