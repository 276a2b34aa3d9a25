"""Issue 10: a news report states a duty by reporting the work done ("đề thi được … canh giữ", "hỗ trợ 20 triệu
đồng …"). In running prose such a statement joins the alignment (etl.statements.aligned), so the Changes page shows
last year's duty as kept in other words, not as dropped. Own-words article next to the Thái Bình 2023 directive."""

from __future__ import annotations

import pytest

from etl import statements as stm
from tests.build_helpers import report_beside

NEWS = """Thái Bình: mọi khâu của Kỳ thi đã sẵn sàng

Sáng 20/6, lãnh đạo tỉnh họp với các ngành để rà lại việc chuẩn bị cho Kỳ thi năm 2024.

Đề thi, bài thi được bảo vệ an toàn trong suốt các khâu in sao, vận chuyển, bảo quản.

Tỉnh đoàn hỗ trợ 20 triệu đồng cho các đội thanh niên tình nguyện lo chỗ ở, đi lại cho thí sinh ở xa trong những ngày thi.

Năm nay toàn tỉnh có 20.900 thí sinh đăng ký dự thi.
"""


@pytest.fixture(scope="module")
def con(tmp_path_factory):
    c = report_beside(tmp_path_factory.mktemp("reported"), "thaibinh_2023_chithi.txt", "thaibinh_2024_baocao.txt", NEWS, "Thái Bình", 2024)
    yield c
    c.close()


def test_work_a_news_report_says_was_done_keeps_last_years_duty(con):
    rows = con.execute("SELECT status, text_a, text_b FROM changes(?, ?, ?, ?)", ["Thái Bình", 2023, "Thái Bình", 2024]).fetchall()
    by_new = {b[:30]: (s, a) for s, a, b in rows if b}
    guarded = next(v for k, v in by_new.items() if k.startswith("Đề thi, bài thi được bảo vệ"))
    assert guarded[0] in ("kept", "reworded") and guarded[1].startswith("Công an tỉnh bảo vệ an toàn đề thi"), guarded
    helped = next(v for k, v in by_new.items() if k.startswith("Tỉnh đoàn hỗ trợ 20 triệu"))
    assert helped[0] in ("kept", "reworded") and helped[1].startswith("Tỉnh đoàn tổ chức các đội"), helped
    # the meeting, the headline and the count are still no duty of 2024
    shown = " ".join(b for _, _, b in rows if b)
    for sentence in ("Sáng 20/6", "mọi khâu của Kỳ thi", "20.900 thí sinh"):
        assert sentence not in shown, sentence


def test_only_prose_reports_work_done_into_a_duty(con):
    # a formal directive's own passive or sum stays context, as kind_of says; so does a count in the news
    assert stm.aligned("context", "narrative: passive (được … niêm phong)", prose=True)
    assert not stm.aligned("context", "narrative: passive (được … niêm phong)", prose=False)
    assert not stm.aligned("context", "narrative: count (20.900 thí sinh)", prose=True)
    in_duty = {s for (s,) in con.execute("SELECT statement_id FROM duty_clauses").fetchall()}
    kinds = con.execute("SELECT s.statement_id, s.kind, s.kind_reason, s.text FROM statements s").fetchall()
    reported = [t for sid, kind, why, t in kinds if kind == "context" and sid in in_duty]
    assert len(reported) == 2 and all(why for _, _, why, _ in kinds), reported
