"""etl.align.align against all-pairs baselines on one sample of a build's duty statements.

Baselines, all on the same sample in the same run:
- loop, statements: every statement pair scored with the build's own pair score (Scorer.score) in a
  plain Python loop; the baseline the issue names, and the one links are counted against;
- loop, distinct texts: the same loop over distinct matching texts only, which separates the gain from
  merging identical texts (the synthetic corpus repeats itself a lot) from the gain of narrowing;
- cdist: rapidfuzz.process.cdist over all pairs, token_set_ratio, every core (a cheaper, different score:
  its time is the comparison, not its links).
Quality: of the pairs the baseline scores at or above the link threshold, the share align puts in one
duty ("links kept"), the same share for an exact all-pairs average linkage (the ceiling the grouping rule
allows), and the share align's candidate search scores at all ("candidate recall").
"""

from __future__ import annotations

import random
import statistics
import time
from collections import Counter
from contextlib import contextmanager
from pathlib import Path

import duckdb
import numpy as np
from rapidfuzz import fuzz, process

from etl import align as al
from etl.config import Settings

MIN_WORDS = 3  # statements whose matching text is shorter are mostly leftovers ("tổ chức") that match anything


def load_statements(db: Path) -> list[tuple[str, str, str, str]]:
    """(statement_id, doc_id, match_text, theme) in the build's order."""
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(
            "SELECT s.statement_id, c.doc_id, s.match_text, s.theme FROM statements s "
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


@contextmanager
def recording_scorer(seen: set):
    """Make align's scorer note every pair it scores (for candidate recall; never in a timed run)."""
    original = al.corpus_scorer

    class Recording(al.Scorer):
        def score(self, i, j):
            seen.add((min(i, j), max(i, j)))
            return super().score(i, j)

        def score_pairs(self, pairs, *, workers=-1):
            seen.update((min(i, j), max(i, j)) for i, j in pairs)
            return super().score_pairs(pairs, workers=workers)

    def factory(texts, themes):
        plain = original(texts, themes)
        return Recording(plain.texts, plain.themes)

    al.corpus_scorer = factory
    try:
        yield
    finally:
        al.corpus_scorer = original


def _pairs_together(labels_a: list, labels_b: list | None = None) -> int:
    keys = labels_a if labels_b is None else list(zip(labels_a, labels_b))
    return sum(c * (c - 1) // 2 for c in Counter(keys).values())


def agreement(reference: list, other: list) -> tuple[float, float]:
    """Pairwise (precision, recall) of `other`'s grouping against `reference`'s."""
    both = _pairs_together(reference, other)
    ref, oth = _pairs_together(reference), _pairs_together(other)
    return (both / oth if oth else 1.0), (both / ref if ref else 1.0)


def _share(hits: int, total: int) -> float:
    return hits / total if total else 1.0


def _timed(fn, repeats: int) -> tuple[float, list[float], object]:
    times, out = [], None
    for _ in range(repeats):
        t0 = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), times, out


def bench(db: Path, *, n_statements: int, seed: int = 1, repeats: int = 5, settings: Settings | None = None,
          variants: dict[str, dict] | None = None) -> dict:
    """`variants`: extra align keyword sets to measure beside the build's (e.g. a proposed max_candidates)."""
    s = settings or Settings.from_env()
    kw = dict(threshold=s.link_threshold, unscored=s.unscored_pair_score, min_shared=s.candidate_min_shared)
    rows = sample_documents(load_statements(db), n_statements, seed)
    texts, docs, themes = [r[2] for r in rows], [r[1] for r in rows], [r[3] for r in rows]
    n, pairs = len(texts), len(texts) * (len(texts) - 1) // 2
    configs = {"etl.align.align, build settings": kw} | {k: kw | v for k, v in (variants or {}).items()}
    runs = {name: _timed(lambda c=c: al.align(texts, docs, themes, **c), repeats) for name, c in configs.items()}

    # Plain all-pairs loop over statements, with the build's pair score (scorer construction included,
    # as it is in align).
    t0 = time.perf_counter()
    scorer = al.corpus_scorer(texts, themes)
    t_scorer = time.perf_counter() - t0
    node = {t: u for u, t in enumerate(scorer.texts)}
    idx = [node[t] for t in texts]
    base_links = []
    for i in range(n):
        ui = idx[i]
        for j in range(i + 1, n):
            if scorer.score(ui, idx[j]) >= s.link_threshold:
                base_links.append((i, j))
    t_loop = time.perf_counter() - t0
    # The same loop over distinct matching texts; every score is kept for the exact clustering below.
    m = len(scorer.texts)
    t0 = time.perf_counter()
    node_edges = [(scorer.score(u, v), u, v) for u in range(m) for v in range(u + 1, m)]
    t_loop_nodes = time.perf_counter() - t0 + t_scorer
    t0 = time.perf_counter()
    matrix = process.cdist(texts, texts, scorer=fuzz.token_set_ratio, workers=-1, dtype=np.uint8)
    t_cdist = time.perf_counter() - t0
    cdist_links = int((np.triu(matrix, 1) >= s.link_threshold).sum())
    del matrix
    t0 = time.perf_counter()
    process.cdist(scorer.texts, scorer.texts, scorer=fuzz.token_set_ratio, workers=-1, dtype=np.uint8)
    t_cdist_nodes = time.perf_counter() - t0

    node_links = [(u, v) for sc, u, v in node_edges if sc >= s.link_threshold]
    long_ = [len(t.split()) >= MIN_WORDS for t in scorer.texts]
    node_links_long = [(u, v) for u, v in node_links if long_[u] and long_[v]]
    exact = al._average_linkage(m, node_edges, s.link_threshold, s.unscored_pair_score)
    exact_of = [exact[u] for u in idx]

    methods, quality = [], []
    for name, (t_med, times, result) in runs.items():
        seen: set = set()
        with recording_scorer(seen):
            al.align(texts, docs, themes, **configs[name])
        duty = result.duty_of
        precision, recall = agreement(exact_of, duty)
        methods.append({"method": name, "pairs": result.compared, "seconds": t_med, "seconds_all": times,
                        "links": len(result.links)})
        quality.append({
            "method": name,
            "links_kept": _share(sum(duty[i] == duty[j] for i, j in base_links), len(base_links)),
            "candidate_recall": _share(sum(p in seen for p in node_links), len(node_links)),
            "candidate_recall_long": _share(sum(p in seen for p in node_links_long), len(node_links_long)),
            "vs_exact_precision": precision, "vs_exact_recall": recall, "duties": len(set(duty)),
            "speedup_vs_loop": t_loop / t_med, "speedup_vs_loop_distinct": t_loop_nodes / t_med,
            "speedup_vs_cdist": t_cdist / t_med, "speedup_vs_cdist_distinct": t_cdist_nodes / t_med,
        })
    methods += [
        {"method": "plain loop, all statement pairs (Scorer.score)", "pairs": pairs, "seconds": t_loop,
         "links": len(base_links)},
        {"method": "plain loop, all distinct-text pairs (Scorer.score)", "pairs": m * (m - 1) // 2,
         "seconds": t_loop_nodes, "links": len(node_links)},
        {"method": "rapidfuzz cdist token_set_ratio, all statement pairs, workers=-1", "pairs": n * n,
         "seconds": t_cdist, "links": cdist_links},
        {"method": "rapidfuzz cdist token_set_ratio, all distinct-text pairs, workers=-1", "pairs": m * m,
         "seconds": t_cdist_nodes, "links": None},
    ]
    return {
        "statements": n, "documents": len(set(docs)), "distinct_texts": m, "threshold": s.link_threshold,
        "methods": methods, "quality": quality,
        "exact_links_kept": _share(sum(exact_of[i] == exact_of[j] for i, j in base_links), len(base_links)),
        "exact_duties": len(set(exact)),
    }
