"""Session 46: a news report states a duty by counting the work an agency did ("Sở Y tế đã bố trí 48 cán bộ y tế …").
Development readers paired such sentences with the same duty in other documents; they join the alignment in running
prose (etl.statements.aligned, REPORTED_ACT). A count with no agency at work stays out. Own-words article next to the
Thái Bình 2023 directive (tests/fixtures/duty)."""

from __future__ import annotations

import pytest

from etl import statements as stm
from tests.build_helpers import report_beside

NEWS = """Thái Bình sẵn sàng cho ngày thi

Sở Y tế đã bố trí 48 cán bộ y tế trực ở 24 điểm thi và kiểm tra các bếp ăn nấu cho thí sinh.

Năm nay toàn tỉnh có 20.900 thí sinh đăng ký, chia về 24 điểm thi.
"""


@pytest.fixture(scope="module")
def con(tmp_path_factory):
    c = report_beside(tmp_path_factory.mktemp("counted"), "thaibinh_2023_chithi.txt", "thaibinh_2024_tin.txt", NEWS,
                      "Thái Bình", 2024)
    yield c
    c.close()


def test_work_counted_in_the_news_keeps_last_years_duty(con):
    rows = con.execute("SELECT status, text_a, text_b FROM changes(?, ?, ?, ?)", ["Thái Bình", 2023, "Thái Bình", 2024]).fetchall()
    health = [(s, a) for s, a, b in rows if b and b.startswith("Sở Y tế đã bố trí 48")]
    assert len(health) == 1 and health[0][0] in ("kept", "reworded"), rows
    assert health[0][1].startswith("Sở Y tế bố trí cán bộ y tế thường trực")
    # the count of candidates names no agency at work: no duty of 2024
    assert not any(b and "20.900 thí sinh" in b for _, _, b in rows)


def test_a_count_joins_only_with_an_agency_at_work_and_in_prose():
    text = "Sở Y tế đã bố trí 48 cán bộ y tế trực ở 24 điểm thi."
    kind, why = stm.kind_of(text, has_doer=True)
    assert kind == "context" and stm.aligned(kind, why, prose=True) and not stm.aligned(kind, why, prose=False)
    kind, why = stm.kind_of(text, has_doer=False)
    assert not stm.aligned(kind, why, prose=True)
