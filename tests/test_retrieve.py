"""etl/retrieve.py: the sparse top-k candidate search gives each statement its most similar others, the
same pairs whatever the number of threads or the block size."""

from __future__ import annotations

import numpy as np

from etl import retrieve
from etl.align import match_text

# Own-words duty statements of the kind directives repeat with small changes, in several groups.
BASE = [
    "Bảo đảm cung cấp điện liên tục cho các điểm thi và nơi in sao đề thi",
    "Bố trí lực lượng bảo vệ an toàn khu vực in sao đề thi suốt ngày đêm",
    "Kiểm tra vệ sinh an toàn thực phẩm tại các bếp ăn phục vụ cán bộ coi thi",
    "Tăng cường xe buýt đưa đón thí sinh ở xa đến điểm thi đúng giờ",
    "Tuyên truyền để phụ huynh và học sinh nắm rõ quy chế thi",
    "Ngăn chặn việc dùng thiết bị công nghệ cao để gian lận trong phòng thi",
]
EXTRA = ["", " trên địa bàn huyện", ", kịp thời báo cáo khi có vấn đề", " trong những ngày thi", ", nhất là vùng sâu"]
TEXTS = [match_text(b + e + ".") for b in BASE for e in EXTRA]


def _best(x, i, k):
    sims = (x[i] @ x.T).toarray().ravel()
    sims[i] = -1
    return set(np.argsort(-sims, kind="stable")[:k])


def test_each_statement_gets_its_rewordings_as_candidates():
    x = retrieve.search_matrix(retrieve.word_vectors(TEXTS), min_rows=10)
    i, j, _ = retrieve.top_k(x, k=4, min_sim=0.05)
    pairs = set(zip(i.tolist(), j.tolist()))
    n = len(EXTRA)
    for a in range(len(TEXTS)):
        own = {b for b in range(len(TEXTS)) if b // n == a // n and b != a}
        found = {b for b in own if (min(a, b), max(a, b)) in pairs}
        assert found == own, TEXTS[a]  # the four other wordings of the same duty, nothing hides them


def test_threads_and_blocks_do_not_change_the_pairs():
    x = retrieve.search_matrix(retrieve.word_vectors(TEXTS), min_rows=10)
    one = retrieve.top_k(x, k=3, min_sim=0.05, block=7, threads=1)
    two = retrieve.top_k(x, k=3, min_sim=0.05, block=5, threads=2)
    whole = retrieve.top_k(x, k=3, min_sim=0.05, block=1000, threads=1)
    for a, b in ((one, two), (one, whole)):
        assert all(np.array_equal(p, q) for p, q in zip(a, b))
    # Every row keeps its k most similar rows (the pair may be recorded from either side).
    pairs = set(zip(one[0].tolist(), one[1].tolist()))
    for r in range(len(TEXTS)):
        for c in _best(x, r, 3):
            assert (min(r, c), max(r, c)) in pairs
