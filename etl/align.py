"""Grouping duty statements into duties across documents.

Statements are compared on their matching text (etl/matching.py). Candidates come from a sparse TF-IDF
top-k search (etl/retrieve.py), so cost grows with the corpus, not with its square; each candidate pair is
scored exactly (etl/scoring.py, rapidfuzz `process.cpdist` for the token part); groups form by average
linkage over the scored pairs."""

from __future__ import annotations

import heapq
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from etl import retrieve
from etl.matching import forms, match_text, stock_phrases, unify_tones, without  # noqa: F401  (public names of this stage)
from etl.scoring import Scorer, corpus_scorer, sectors  # noqa: F401
from etl.themes import theme_from, theme_of, topics_from, topics_of  # noqa: F401


@dataclass(frozen=True)
class Alignment:
    duty_of: list[int]  # duty index per statement
    score: list[float]  # score of a statement's best link inside its duty (100 for identical text or alone)
    links: list[tuple[int, int, float]]  # (statement, statement, score) of the links kept inside duties
    compared: int  # pairs scored
    # per statement, the statement that stands for it in `links`: the first one with the same matching text and
    # theme (one node of the alignment), which may be itself
    node_of: list[int] = ()


def align(
    texts: list[str], docs: list[str], themes: list[str], *, roles: Sequence[Sequence[str]] | None = None,
    topics: Sequence[Sequence[tuple[str, int]]] | None = None,
    threshold: float = 38.0, unscored: float = 34.0, repeat_threshold: float = 60.0, restate_threshold: float = 101.0,
    max_candidates: int = 20,
    near_duplicate: float = 95.0, separate_sectors: bool = False, restating: set | frozenset = frozenset(),
    workers: int = -1, progress: Callable[[str], None] | None = None,
    candidates: Callable[[list[str]], tuple] | None = None,
) -> Alignment:
    """Group statements into duties.

    1. Statements with the same matching text (and theme) are one node: a national corpus repeats itself.
    2. Each node is scored against its nearest nodes by word TF-IDF (retrieve.candidates): `max_candidates` at
       national scale, more in a smaller corpus, within one budget of scored pairs (retrieve.neighbours).
    3. Groups merge by average linkage: two groups join while the mean score over all their node pairs (a
       pair never scored counts `unscored`) is at least `threshold`. Two groups that hold statements of
       one document join only at `repeat_threshold`: a document states a duty once, so two different
       statements of it are two duties unless they truly repeat. They also join when their best link reaches
       `restate_threshold` (the build's setting: 75, a close rewording of one sentence): a statement of one
       group restates one of the other, so the two are one duty that the document said in two parts ("bảo vệ
       an toàn nơi in sao đề thi" and "phòng chống gian lận công nghệ cao" beside another document's single
       security statement). With `separate_sectors`, so do two groups whose doers all work in different
       sectors (`roles`, etl/topics_roles.csv); the build leaves it off: it gained precision on the
       development pairs but lost recall on held-out and independent real pairs, and it hides a duty moved
       to an agency of another sector (finance -> education), which the Changes page exists to show
       (README, "Lạng Sơn 2023 → 2024"). Pairs scoring `near_duplicate` or more
       (the same sentence with a word changed) are joined first, all at once, which keeps the clustering
       fast on a national corpus where each duty has hundreds of wordings.
    `restating`: documents written as running prose (a news report, a portal summary: etl.frames.prose_documents),
    which restate a duty in another sentence; their statements never keep two groups apart.
    `candidates`: another candidate search over the distinct texts (benchmarks compare all pairs and the
    old inverted index through it); it returns two arrays of node indices.
    `roles`: lead roles per statement (optional), an agreement feature of the score; `topics`: the
    (topic, weight) pairs of each statement (themes.topics_of; computed from the matching text if omitted)."""
    t0 = time.perf_counter()
    node_index: dict[tuple, int] = {}
    first: list[int] = []
    node = [0] * len(texts)
    for i, t in enumerate(texts):
        key = (t, themes[i])
        if key not in node_index:
            node_index[key] = len(first)
            first.append(i)
        node[i] = node_index[key]
    n = len(first)
    node_docs: list[set] = [set() for _ in range(n)]
    node_roles: list[set] = [set() for _ in range(n)]
    for i, u in enumerate(node):
        if docs[i] not in restating:
            node_docs[u].add(docs[i])
        if roles is not None:
            node_roles[u].update(roles[i])
    keys = [texts[i] for i in first]
    words = retrieve.word_vectors(keys)
    k = retrieve.neighbours(n, max_candidates)
    ci, cj = (candidates or (lambda ks: retrieve.candidates(ks, k=k, max_df=retrieve.SMALL_MAX_DF, x=words)))(keys)
    ci, cj = np.asarray(ci, dtype=np.int64), np.asarray(cj, dtype=np.int64)
    if progress and time.perf_counter() - t0 > 2.0:
        progress(f"  aligning: {n} distinct statements, {len(ci)} candidate pairs found in {time.perf_counter() - t0:.0f} s")
    node_topics = [topics[i] for i in first] if topics is not None else None
    scorer = Scorer(keys, [themes[i] for i in first], node_roles if roles is not None else None, topics=node_topics,
                    word=words)
    # Pairs as one (n, 2) array and edges as arrays: no Python tuple per pair (770,000 at national scale).
    pair_scores = scorer.score_pairs(np.column_stack((ci, cj)), workers=workers)
    keep = pair_scores >= threshold
    es, eu, ev = pair_scores[keep].astype(np.float64), ci[keep], cj[keep]
    # The sectors of each node's doers (etl/topics_roles.csv): two groups whose doers work in different sectors
    # join only as a true repeat, like two statements of one document ("rà soát …" of the police and of the
    # education department stay two duties however many steps of the exam both list).
    sector = sectors()
    node_sectors = ([{sector.get(r, r) for r in rs} - {""} for rs in node_roles]
                    if roles is not None and separate_sectors else None)
    groups = _grouped(n, (es, eu, ev), threshold, unscored, node_docs, repeat_threshold, near_duplicate, node_sectors,
                      restate_threshold)
    # Links inside duties, best first (then by node), and each node's best link: sorted and taken with numpy.
    g = np.asarray(groups, dtype=np.int64)
    inside = g[eu] == g[ev] if len(es) else np.zeros(0, bool)
    order = np.lexsort((ev, eu, -es))
    order = order[inside[order]]
    first_of = np.asarray(first, dtype=np.int64)
    links = list(zip(first_of[eu[order]].tolist(), first_of[ev[order]].tolist(), es[order].tolist()))
    best = np.full(n, np.nan)
    for ends in (eu[inside], ev[inside]):
        np.fmax.at(best, ends, es[inside])
    best_of = best.tolist()
    duty_of = [groups[u] for u in node]
    scores = [100.0 if i != first[u] or best_of[u] != best_of[u] else best_of[u] for i, u in enumerate(node)]
    return Alignment(duty_of, scores, links, len(ci), [first[u] for u in node])


def _grouped(n: int, edges: tuple[np.ndarray, np.ndarray, np.ndarray], threshold: float, unscored: float,
             docs: list[set], repeat_threshold: float, near_duplicate: float, sectors: list[set] | None = None,
             restate_threshold: float = 101.0) -> list[int]:
    """Near-duplicates joined as connected components, then average linkage over the components (each
    keeps its size and the score sums of its members' pairs, so averages are those over statements).
    `edges`: (scores, first nodes, second nodes) as arrays, in the order the pairs were scored."""
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    es, eu, ev = edges
    near = es >= near_duplicate
    if not near.any():
        return _average_linkage(n, list(zip(es.tolist(), eu.tolist(), ev.tolist())), threshold, unscored, docs,
                                repeat_threshold, sectors=sectors, restate_threshold=restate_threshold)
    _, comp = connected_components(coo_matrix((np.ones(int(near.sum())), (eu[near], ev[near])), shape=(n, n)),
                                   directed=False)
    m = int(comp.max()) + 1
    size = np.bincount(comp, minlength=m)
    comp_docs: list[set] = [set() for _ in range(m)]
    comp_sectors: list[set] | None = [set() for _ in range(m)] if sectors is not None else None
    comp_of = comp.tolist()
    for u in range(n):
        comp_docs[comp_of[u]] |= docs[u]
        if comp_sectors is not None:
            comp_sectors[comp_of[u]] |= sectors[u]
    # Each pair of components: the sum of (score - unscored) over its members' edges, added in edge order
    # (bincount adds in input order, as a running sum per pair would), pairs in order of first appearance.
    a, b = comp[eu], comp[ev]
    across = a != b
    lo, hi = np.minimum(a, b)[across], np.maximum(a, b)[across]
    keys, first_at, which = np.unique(lo * m + hi, return_index=True, return_inverse=True)
    sums = np.bincount(which, weights=es[across] - unscored, minlength=len(keys))
    tops = np.zeros(len(keys))
    np.maximum.at(tops, which, es[across])  # each pair of components' best link
    order = np.argsort(first_at, kind="stable")
    ra, rb, rt = lo[first_at[order]], hi[first_at[order]], sums[order]
    # An edge of the reduced graph carries its members' summed excess; _average_linkage divides by sizes.
    ravg = unscored + rt / (size[ra] * size[rb])
    ra_, rb_, rt_ = ra.tolist(), rb.tolist(), rt.tolist()
    groups = _average_linkage(m, list(zip(ravg.tolist(), ra_, rb_)), threshold, unscored, comp_docs,
                              repeat_threshold, size=size.tolist(), excess=dict(zip(zip(ra_, rb_), rt_)),
                              sectors=comp_sectors, restate_threshold=restate_threshold,
                              top=dict(zip(zip(ra_, rb_), tops[order].tolist())))
    return [groups[c] for c in comp_of]


def _average_linkage(n: int, edges: list[tuple[float, int, int]], threshold: float, unscored: float,
                     docs: list[set], repeat_threshold: float, *, size: list[int] | None = None,
                     excess: dict[tuple[int, int], float] | None = None, sectors: list[set] | None = None,
                     restate_threshold: float = 101.0, top: dict[tuple[int, int], float] | None = None) -> list[int]:
    """Agglomerative clustering of n nodes over sparse scored edges, with a lazy max-heap of group pairs
    keyed by their average score (a pair never scored counts `unscored`). Returns a group id per node.
    `size` and `excess` start from groups already formed (sizes, and per edge the sum of score - unscored);
    `sectors`: the sectors of each node's doers; groups with known, disjoint sectors join only at `repeat_threshold`.
    Groups sharing a document also join when their best link reaches `restate_threshold` (`top`: the best link
    of each edge's groups already formed)."""
    size = list(size) if size is not None else [1] * n
    total: list[dict[int, float]] = [defaultdict(float) for _ in range(n)]  # neighbour -> sum of (score - unscored)
    best: list[dict[int, float]] = [{} for _ in range(n)]  # neighbour -> best link between the two groups
    for sc, u, v in edges:
        t = excess[(u, v)] if excess is not None else sc - unscored
        total[u][v] += t
        total[v][u] += t
        b = top[(u, v)] if top is not None else sc
        best[u][v] = best[v][u] = max(best[u].get(v, b), b)
    docs = [set(d) for d in docs]
    sect = [set(x) for x in sectors] if sectors is not None else None
    alive, version, owner = [True] * n, [0] * n, list(range(n))
    heap = [(-sc, min(u, v), max(u, v), 0, 0) for sc, u, v in edges]
    heapq.heapify(heap)
    while heap:
        neg, a, b, va, vb = heapq.heappop(heap)
        if not (alive[a] and alive[b]) or version[a] != va or version[b] != vb:
            continue
        if -neg < threshold:
            break
        if -neg < repeat_threshold and not docs[a].isdisjoint(docs[b]) and best[a][b] < restate_threshold:
            continue  # same document on both sides: only a true repeat, or a close restatement, joins
        if -neg < repeat_threshold and sect is not None and sect[a] and sect[b] and sect[a].isdisjoint(sect[b]):
            continue  # doers of different sectors on the two sides: only a true repeat joins
        if len(docs[a]) < len(docs[b]):
            docs[a], docs[b] = docs[b], docs[a]
        docs[a] |= docs[b]
        docs[b] = set()
        if sect is not None:
            sect[a] |= sect[b]
        alive[b] = False
        size[a] += size[b]
        for c, sc in total[b].items():
            if c == a:
                continue
            total[a][c] += sc
            total[c][a] = total[c].get(a, 0.0) + sc
            total[c].pop(b, None)
        total[a].pop(b, None)
        total[b] = {}
        for c, top_c in best[b].items():
            if c != a:
                best[a][c] = best[c][a] = max(best[a].get(c, top_c), top_c)
                best[c].pop(b, None)
        best[a].pop(b, None)
        best[b] = {}
        owner[b] = a
        version[a] += 1
        for c, sc in total[a].items():
            if alive[c]:
                avg = unscored + sc / (size[a] * size[c])
                if avg >= threshold:
                    lo, hi = min(a, c), max(a, c)
                    heapq.heappush(heap, (-avg, lo, hi, version[lo], version[hi]))

    def find(u: int) -> int:
        while owner[u] != u:
            owner[u] = owner[owner[u]]
            u = owner[u]
        return u

    return [find(u) for u in range(n)]
