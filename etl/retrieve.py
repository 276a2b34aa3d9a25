"""Candidate pairs for alignment: a sparse TF-IDF top-k search, vectorised (no loop over statements).

Each distinct matching text is a row of a word 1-2-gram TF-IDF matrix. Terms in more than `max_df` rows
(the national directive's stock vocabulary) are left out of the search: they narrow nothing, and they
make the product dense (without the cap a 2,000-row block exhausted 23 GiB; RECIPES.md). The product is
taken one block of rows at a time against the transposed matrix (transposed once), and only the k
largest entries of each row are kept, selected on the sparse result (no dense row is ever built)."""

from __future__ import annotations

import os
import re
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pandas as pd
from scipy import sparse
from sklearn.feature_extraction import text as _sk_text
from sklearn.feature_extraction.text import TfidfVectorizer


class _CountedTfidf(TfidfVectorizer):
    """TfidfVectorizer whose counting of words and word pairs is vectorised: scikit-learn counts term by term
    in Python (2.9 s of CPU for the 53,000 distinct statements of a national build); here each text is
    split once and the terms are numbered and counted with numpy. The vocabulary (terms numbered in order of
    first appearance) and the count matrix are those scikit-learn makes, so every later step (sorting the
    vocabulary, max_df, idf, normalisation) is its own and the TF-IDF rows are identical, bit for bit
    (tests/test_speed_same_output.py). 2.9 -> 2.3 s of CPU on those texts (median of three)."""

    def _count_vocab(self, raw_documents, fixed_vocab):
        align_api = getattr(_sk_text, "_align_api_if_sparse", None)
        if (fixed_vocab or align_api is None or self.analyzer != "word" or self.ngram_range != (1, 2)
                or self.lowercase or self.preprocessor or self.tokenizer or self.stop_words):
            return super()._count_vocab(raw_documents, fixed_vocab)
        find = re.compile(self.token_pattern).findall
        terms: list[str] = []
        lengths: list[int] = []
        for doc in raw_documents:
            words = find(doc)
            terms += words  # sklearn's order within a text: its words, then its word pairs
            terms += map(" ".join, zip(words, words[1:]))
            lengths.append(max(2 * len(words) - 1, 0))
        if not terms:
            raise ValueError("empty vocabulary; perhaps the documents only contain stop words")
        codes, uniques = pd.factorize(np.array(terms, dtype=object))  # numbered in order of first appearance
        vocabulary = dict(zip(uniques.tolist(), range(len(uniques))))
        n, v = len(lengths), len(vocabulary)
        key = np.repeat(np.arange(n, dtype=np.int64), lengths) * v + codes.astype(np.int64)
        cells, counts = np.unique(key, return_counts=True)  # by text, then term number: sorted indices
        indptr = np.concatenate(([0], np.cumsum(np.bincount(cells // v, minlength=n))))
        index = np.int32 if indptr[-1] <= np.iinfo(np.int32).max else np.int64
        x = sparse.csr_array((counts.astype(np.intc), (cells % v).astype(index), indptr.astype(index)),
                             shape=(n, v), dtype=self.dtype)
        x.sort_indices()
        return vocabulary, align_api(x)


def word_vectors(texts: list[str], *, max_df: float | int = 1.0, dtype=np.float32) -> sparse.csr_matrix:
    """L2-normalised word and word-pair TF-IDF rows (sublinear tf); an all-empty corpus gives zero rows."""
    vec = _CountedTfidf(analyzer="word", ngram_range=(1, 2), token_pattern=r"\w+", lowercase=False,
                          min_df=1, max_df=max_df, sublinear_tf=True, dtype=dtype)
    try:
        return vec.fit_transform(texts).tocsr()
    except ValueError:  # no term left (empty texts, or every term above max_df)
        return sparse.csr_matrix((len(texts), 1), dtype=dtype)


def _block_top_k(x: sparse.csr_matrix, xt: sparse.csr_matrix, start: int, block: int, k: int,
                 min_sim: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The k best other rows of rows start .. start + block, as (row, column, cosine)."""
    prod = (x[start : start + block] @ xt).tocoo()
    r, c, d = prod.row.astype(np.int64) + start, prod.col.astype(np.int64), prod.data
    keep = (c != r) & (d >= min_sim)
    r, c, d = r[keep], c[keep], d[keep]
    # One sort key: by row, then best first (cosines are in [0, 1]); stable, so ties keep column order.
    order = np.argsort(r.astype(np.float64) * 2.0 - d, kind="stable")
    r, c, d = r[order], c[order], d[order]
    # Rank inside a row: position minus where the row starts (rows are sorted; counts, not a search).
    starts = np.concatenate(([0], np.cumsum(np.bincount(r - start, minlength=block))))
    keep = np.arange(len(r)) - starts[r - start] < k
    return r[keep], c[keep], d[keep]


def top_k(x: sparse.csr_matrix, *, k: int, min_sim: float, block: int = 500,
          threads: int | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Each row's k most similar other rows (cosine ≥ min_sim), as unique pairs (i < j) with their cosine.

    Blocks run on `threads` threads (default: the cores): the sparse product and the sort release the
    GIL, and the build has nothing else to do meanwhile. Results are taken in block order, so the pairs
    do not depend on the number of threads."""
    xt = x.T.tocsr()
    starts = range(0, x.shape[0], block)
    threads = threads or min(os.cpu_count() or 1, 4)
    if threads > 1 and len(starts) > 1:
        with ThreadPoolExecutor(threads) as pool:
            parts = list(pool.map(lambda s: _block_top_k(x, xt, s, block, k, min_sim), starts))
    else:
        parts = [_block_top_k(x, xt, s, block, k, min_sim) for s in starts]
    if not parts:
        return np.empty(0, np.int64), np.empty(0, np.int64), np.empty(0, np.float32)
    r, c, d = (np.concatenate(col) for col in zip(*parts))
    lo, hi = np.minimum(r, c), np.maximum(r, c)
    key = lo * x.shape[0] + hi
    _, first = np.unique(key, return_index=True)
    return lo[first], hi[first], d[first]


def search_matrix(x: sparse.csr_matrix, *, max_df: float = 0.05, min_rows: int = 30, max_rows: int = 400) -> sparse.csr_matrix:
    """The TF-IDF rows without the terms of more than `max_df` of the rows (but at least `min_rows` and at
    most `max_rows` rows) and without terms of one row (they match nothing else), re-normalised. Taken
    from the scorer's matrix, so the corpus is vectorised once.

    The cap on rows matters at scale: the product costs about (rows x terms per row x cap), so a fixed cap
    keeps the search linear in the corpus. Measured on 21,377 distinct statements of the synthetic
    national corpus: a cap of 5 % of the rows took 14.7 s of CPU, 2 % 4.2 s, 1 % 1.7 s. Keeping common
    terms in a small corpus made candidates worse (labelled pairs: recall 0.83 with the 30-row floor,
    0.81 without any cap)."""
    df = np.bincount(x.indices, minlength=x.shape[1])
    cap = min(max(int(max_df * x.shape[0]), min_rows), max_rows)
    keep = np.flatnonzero((df <= cap) & (df >= 2))
    y = x[:, keep].tocsr()
    norms = np.sqrt(np.asarray(y.multiply(y).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sparse.diags((1.0 / norms).astype(np.float32)).dot(y).tocsr()


# A corpus of a few hundred or thousand statements (what one province and its neighbours publish) can afford
# to score more neighbours per statement than the national corpus: up to PAIR_BUDGET scored pairs, spread over
# its statements (the national corpus scores about 420,000 at 20 each). Real paraphrases ("rà sóng lạ" /
# "thiết bị thu phát") share few rare words: on a build of 120 real development texts, 29 of the 86 same-duty
# pairs that score above the link threshold were never among each other's 20 nearest, and at 100 neighbours
# with SMALL_MAX_DF 3 were. From 5,000 distinct statements on, k = max_candidates as before, and from 8,000 on
# the row cap of search_matrix (400) binds before SMALL_MAX_DF does: the national corpus is searched as before.
PAIR_BUDGET = 100_000
MAX_NEIGHBOURS = 100
SMALL_MAX_DF = 0.2


def neighbours(n: int, floor: int) -> int:
    """Nearest statements to score per statement: `floor` (Settings.max_candidates) at national scale, up to
    MAX_NEIGHBOURS when PAIR_BUDGET allows it."""
    return max(floor, min(MAX_NEIGHBOURS, PAIR_BUDGET // max(n, 1)))


def candidates(texts: list[str], *, k: int = 10, max_df: float = 0.05, min_sim: float = 0.05,
               x: sparse.csr_matrix | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Candidate pairs (i, j), i < j, over distinct texts (`x`: their word TF-IDF rows, if already made)."""
    if len(texts) < 2:
        return np.empty(0, np.int64), np.empty(0, np.int64)
    y = search_matrix(word_vectors(texts) if x is None else x, max_df=max_df)
    i, j, _ = top_k(y, k=k, min_sim=min_sim)
    return i, j
