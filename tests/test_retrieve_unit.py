"""etl/retrieve.py: candidate pairs for alignment. The contract: the k most similar other rows of each
row (cosine at least min_sim), as unique pairs i < j, the same as a brute-force search over the dense
cosine matrix, whatever the block size; common and one-row terms left out of the search; a rewording of
a duty is found among the candidates of statements written for this test."""

from __future__ import annotations

import numpy as np
import pytest
from scipy import sparse

from etl import retrieve as rt
from etl.matching import match_text

DUTIES = [
    "Bảo vệ an toàn tuyệt đối đề thi trong quá trình in sao, vận chuyển, bảo quản",
    "Bảo đảm cung cấp điện ổn định cho các điểm thi và khu vực in sao đề thi",
    "Bố trí cán bộ y tế trực tại các điểm thi để sơ cấp cứu cho thí sinh",
    "Thẩm định dự toán, bố trí kinh phí tổ chức kỳ thi",
    "Theo dõi thời tiết, chủ động ứng phó mưa bão, sạt lở trong những ngày thi",
    "Tổ chức ôn tập cho học sinh lớp 12 theo định dạng đề thi",
    "Phân luồng giao thông, chống ùn tắc quanh các điểm thi",
    "Huy động đoàn viên thanh niên tham gia tiếp sức mùa thi",
    "Kiểm soát an toàn thực phẩm tại các bếp ăn phục vụ thí sinh",
    "Phát hiện, xử lý việc dùng thiết bị công nghệ cao để gian lận",
]
REWORDED = [
    "Bảo quản, vận chuyển và in sao đề thi bảo đảm an toàn tuyệt đối",
    "Cung cấp điện ổn định cho điểm thi, khu vực in sao đề thi",
    "Cử cán bộ y tế trực sơ cấp cứu thí sinh tại điểm thi",
    "Bố trí kinh phí tổ chức kỳ thi và thẩm định dự toán",
    "Chủ động ứng phó mưa bão, sạt lở; theo dõi thời tiết ngày thi",
    "Ôn tập cho học sinh lớp 12 theo định dạng đề thi mới",
    "Chống ùn tắc, phân luồng giao thông tại điểm thi",
    "Đoàn viên thanh niên tham gia tiếp sức mùa thi",
    "Kiểm soát an toàn thực phẩm bếp ăn phục vụ thí sinh",
    "Xử lý thiết bị công nghệ cao dùng để gian lận",
]


def brute_force(x: sparse.csr_matrix, k: int, min_sim: float) -> set[tuple[int, int]]:
    sims = (x @ x.T).toarray()
    out = set()
    for i in range(x.shape[0]):
        others = [(s, j) for j, s in enumerate(sims[i]) if j != i and s >= min_sim and s > 0]  # no shared term: no pair
        for _s, j in sorted(others, key=lambda t: (-t[0], t[1]))[:k]:
            out.add((min(i, j), max(i, j)))
    return out


def normalised(rows: int, cols: int, seed: int) -> sparse.csr_matrix:
    rng = np.random.default_rng(seed)
    x = sparse.random(rows, cols, density=0.3, random_state=rng, dtype=np.float64).tocsr()
    norms = np.sqrt(np.asarray(x.multiply(x).sum(axis=1)).ravel())
    norms[norms == 0] = 1
    return sparse.diags(1 / norms).dot(x).tocsr()


@pytest.mark.parametrize("k,min_sim,block", [(1, 0.0, 500), (3, 0.0, 7), (3, 0.2, 4), (50, 0.0, 1)])
def test_top_k_equals_a_brute_force_search(k, min_sim, block):
    x = normalised(23, 15, seed=k + block)
    i, j, d = rt.top_k(x, k=k, min_sim=min_sim, block=block)
    got = set(zip(i.tolist(), j.tolist()))
    assert got == brute_force(x, k, min_sim)
    assert len(got) == len(i) and (i < j).all()  # unique pairs, smaller index first
    dense = (x @ x.T).toarray()
    assert np.allclose(d, dense[i, j], atol=1e-6) and (d >= min_sim).all()


def test_a_cosine_equal_to_the_floor_counts():
    # cosine exactly 0.5 between the two rows: kept at min_sim 0.5
    y = sparse.csr_matrix(np.array([[1.0, 0.0], [0.5, 0.75 ** 0.5]]))
    assert rt.top_k(y, k=1, min_sim=0.5)[0].tolist() == [0]
    assert rt.top_k(y, k=1, min_sim=0.51)[0].tolist() == []


def test_top_k_of_nothing():
    i, j, d = rt.top_k(sparse.csr_matrix((0, 3)), k=3, min_sim=0.0)
    assert len(i) == len(j) == len(d) == 0
    assert i.dtype == j.dtype == np.int64 and d.dtype == np.float32  # index arrays, even when empty
    i, j, _ = rt.top_k(normalised(1, 4, 0), k=3, min_sim=0.0)
    assert len(i) == 0  # a row is never its own candidate


def test_word_vectors_are_unit_rows_of_words_and_word_pairs():
    texts = [match_text(t) for t in DUTIES[:4]] + [""]
    x = rt.word_vectors(texts)
    norms = np.sqrt(np.asarray(x.multiply(x).sum(axis=1)).ravel())
    assert np.allclose(norms[:4], 1, atol=1e-5) and norms[4] == 0
    assert x.dtype == np.float32 and rt.word_vectors(texts, dtype=np.float64).dtype == np.float64
    # word order matters through word pairs: the same words in another order are not the same row
    y = rt.word_vectors(["in sao đề thi", "đề thi in sao", "kinh phí"])
    assert 0 < (y[0] @ y[1].T).toarray()[0, 0] < 0.99
    assert rt.word_vectors(["", ""]).shape == (2, 1)
    assert rt.word_vectors(["a b", "a c"], max_df=1).nnz > 0


def test_search_matrix_leaves_out_common_and_single_row_terms():
    # "chung" is in every row; "riêng" in one row only; the rest in two rows each
    texts = ["chung alpha riêng", "chung alpha beta", "chung beta gamma", "chung gamma delta",
             "chung delta alpha"]
    x = rt.word_vectors(texts)
    y = rt.search_matrix(x, max_df=0.5, min_rows=1, max_rows=400)
    df = np.bincount(x.indices, minlength=x.shape[1])
    kept = lambda lo, hi: int(((df >= lo) & (df <= hi)).sum())  # noqa: E731
    assert y.shape == (5, kept(2, 2))  # cap = max(0.5 * 5 rows, 1) = 2: "chung" (5 rows) and "riêng" (1) left out
    assert 0 < y.shape[1] < x.shape[1]
    norms = np.sqrt(np.asarray(y.multiply(y).sum(axis=1)).ravel())
    assert np.allclose(norms[norms > 0], 1, atol=1e-5) and (norms > 0).all()
    # the floor: a term of up to 30 rows stays however small max_df is; the ceiling: max_rows
    assert rt.search_matrix(x, max_df=0.01).shape[1] == kept(2, 30)
    assert rt.search_matrix(x, max_df=0.9, min_rows=1, max_rows=3).shape[1] == kept(2, 3)
    assert rt.search_matrix(x, max_df=0.9, min_rows=1).shape[1] == kept(2, 4)
    assert rt.search_matrix(x, max_df=0.1, min_rows=4).shape[1] == kept(2, 4)
    empty = rt.search_matrix(rt.word_vectors(["một", "hai"]))
    assert empty.nnz == 0 and empty.shape[0] == 2


def test_each_rewording_is_among_the_candidates_of_its_duty():
    texts = [match_text(t) for t in DUTIES + REWORDED]
    i, j = rt.candidates(texts, k=3)
    pairs = set(zip(i.tolist(), j.tolist()))
    n = len(DUTIES)
    found = [(d, d + n) in pairs for d in range(n)]
    assert sum(found) >= n - 1, found
    assert len(pairs) <= 3 * len(texts)
    assert all(a < b for a, b in pairs)
    same = rt.candidates(texts, k=3, x=rt.word_vectors(texts))
    assert set(zip(*same)) == pairs
    stricter = set(zip(*rt.candidates(texts, k=3, min_sim=0.5)))
    assert stricter < pairs


def test_fewer_than_two_texts_have_no_pairs_and_two_rewordings_are_a_pair():
    for texts in ([], ["bảo vệ đề thi"]):
        i, j = rt.candidates(texts)
        assert len(i) == len(j) == 0 and i.dtype == j.dtype == np.int64
    two = [match_text(DUTIES[3]), match_text(REWORDED[3])]
    assert [p for p in zip(*rt.candidates(two))] == [(0, 1)]


def test_candidates_search_the_rows_given():
    texts = [match_text(t) for t in DUTIES[:4]]
    # rows given by the caller (the scorer's matrix): 0 and 3 the same, the others alone
    x = sparse.csr_matrix(np.array([[1.0, 0, 0], [0, 1.0, 0], [0, 0, 1.0], [1.0, 0, 0]]))
    x = sparse.hstack([x, x]).tocsr()  # each term in two rows at most
    x = sparse.diags(1 / np.sqrt(np.asarray(x.multiply(x).sum(axis=1)).ravel())).dot(x).tocsr()
    assert [p for p in zip(*rt.candidates(texts, x=x))] == [(0, 3)]


def test_a_small_corpus_scores_more_neighbours_and_the_national_one_as_many_as_before():
    # the same budget of scored pairs: a province's few hundred statements compare each with up to 100 others,
    # the national corpus (21,000 distinct statements) with its floor of 20, as before
    assert rt.neighbours(21_000, 20) == 20
    assert rt.neighbours(900, 20) == rt.MAX_NEIGHBOURS == 100
    assert rt.neighbours(2_000, 20) == rt.PAIR_BUDGET // 2_000 == 50
    assert rt.neighbours(3_000, 20) == 33 and isinstance(rt.neighbours(3_000, 20), int)  # a count of neighbours
    assert rt.neighbours(0, 20) == 100 and rt.neighbours(900, 150) == 150  # the floor wins
    # at national size the row cap binds before the small-corpus max_df: the same search matrix
    rng = np.random.default_rng(1)
    rows = np.concatenate([rng.choice(21_000, df, replace=False) for df in (2, 50, 399, 400, 401, 1_000, 1_100, 4_000)])
    cols = np.repeat(np.arange(8), [2, 50, 399, 400, 401, 1_000, 1_100, 4_000])
    x = sparse.csr_matrix((np.ones(len(rows), np.float32), (rows, cols)), shape=(21_000, 8))
    small, before = rt.search_matrix(x, max_df=rt.SMALL_MAX_DF), rt.search_matrix(x, max_df=0.05)
    assert small.shape == before.shape == (21_000, 4) and (small != before).nnz == 0  # terms of 2 to 400 rows


def test_align_asks_the_search_for_the_budgeted_neighbours(monkeypatch):
    from etl import align as al

    asked = {}

    def search(texts, *, k, max_df, x):
        asked.update(k=k, max_df=max_df, n=len(texts))
        return np.empty(0, np.int64), np.empty(0, np.int64)

    monkeypatch.setattr(al.retrieve, "candidates", search)
    texts = [match_text(t) for t in DUTIES + REWORDED]
    al.align(texts, [f"d{i}" for i in range(len(texts))], ["general"] * len(texts), max_candidates=20)
    assert asked == {"k": rt.neighbours(len(texts), 20), "max_df": rt.SMALL_MAX_DF, "n": len(set(texts))}
    assert asked["k"] == 100
