"""etl/statements.py: where one duty statement ends and the next begins, on clause texts written for this
test. The contract of its docstring: split at ";" and at sentence ends, a piece too short to be a duty
stays with its neighbour, every character of the body lies in exactly one span, and a piece keeps the
lead-in ("…: ") it depends on for matching."""

from __future__ import annotations

import pytest

from etl import statements as stm

A = "Sở Y tế bố trí cán bộ y tế trực tại tất cả các điểm thi trong suốt những ngày thi"
B = "phối hợp với ngành giáo dục kiểm tra an toàn thực phẩm tại các bếp ăn phục vụ thí sinh"
C = "Công an tỉnh bảo vệ tuyệt đối an toàn đề thi từ khi in sao cho tới khi thi xong"


def covered(text: str, spans: list[tuple[int, int]]) -> None:
    """Every non-space character lies in exactly one span; spans are ordered and trimmed."""
    owner = [0] * len(text)
    for a, b in spans:
        assert a < b and not text[a].isspace() and not text[b - 1].isspace()
        for k in range(a, b):
            owner[k] += 1
    assert all(n == 1 for ch, n in zip(text, owner) if not ch.isspace())
    assert all(n <= 1 for n in owner)
    assert spans == sorted(spans)


def test_a_semicolon_list_is_one_statement_per_duty():
    text = f"{A}; {B}; {C}."
    got = stm.split(text)
    assert got == [f"{A};", f"{B};", f"{C}."]
    covered(text, stm.spans(text))


def test_sentence_ends_split_only_before_a_capital():
    text = f"{A}. {C}. Đồng thời {B}."
    assert stm.split(text) == [f"{A}.", f"{C}.", f"Đồng thời {B}."]
    # "v.v. các" or a number like "29/5. năm" is not a new sentence: no capital after the stop
    joined = f"{A} v.v. các đơn vị {B}."
    assert stm.split(joined) == [joined]
    assert stm.split(f"{A}! {C}? {B.capitalize()}") == [f"{A}!", f"{C}?", B.capitalize()]


def test_a_short_piece_stays_with_its_neighbour():
    text = f"{A}; báo cáo kết quả; {C}"
    assert stm.split(text) == [f"{A}; báo cáo kết quả;", C]
    first_short = f"Thực hiện tốt việc sau; {A}; {C}"
    assert stm.split(first_short) == [f"Thực hiện tốt việc sau; {A};", C]
    assert stm.split(f"Thực hiện tốt việc sau; {A}") == [f"Thực hiện tốt việc sau; {A}"]  # two pieces only
    for text in (f"{A}; báo cáo kết quả; {C}", first_short):
        covered(text, stm.spans(text))
    # the bar is `min_words`: at 5 words the short piece is a statement of its own
    assert stm.split(f"{A}; báo cáo kết quả thi ngay; {C}", min_words=5)[1] == "báo cáo kết quả thi ngay;"
    assert len(stm.split(f"{A}; kiểm tra {'từ ' * 7}cuối; {C}")) == 3  # exactly 10 words: long enough
    assert len(stm.split(f"{A}; kiểm tra {'từ ' * 6}cuối; {C}")) == 2  # 9 words: too short


def test_one_short_clause_is_one_statement_and_empty_pieces_are_dropped():
    assert stm.split("Báo cáo kết quả.") == ["Báo cáo kết quả."]
    assert stm.spans("") == []
    text = f"  {A};   ;  {C}  "
    spans = stm.spans(text)
    assert [text[a:b] for a, b in spans] == [f"{A};   ;", C]
    covered(text, spans)


def test_line_breaks_inside_a_statement_become_single_spaces():
    text = f"{A[:30]}\n   {A[30:]}; {C}"
    assert stm.split(text) == [f"{A[:30]} {A[30:]};", C]
    assert stm.split(f"{A};  {C}") == [f"{A};", C]  # no line break: the text as written
    assert stm.split(f"{A[:30]}  {A[30:]}") == [f"{A[:30]}  {A[30:]}"]


@pytest.mark.parametrize("text", [
    f"{A}; {B}; {C}.",
    f"{A}. {C}.\n{B}",
    f"{A}; ngắn; ngắn nữa; {C}",
    f"Tóm tắt. {A}",
    f" {A}; {C}   ",
    f"   {A}.  Đồng thời {B}",
])
def test_every_character_lies_in_exactly_one_statement(text):
    covered(text, stm.spans(text))


def test_a_piece_keeps_the_lead_in_it_depends_on():
    lead = "Sở Y tế chỉ đạo các bệnh viện trên địa bàn"
    text = f"{lead}: chuẩn bị đủ thuốc, trang thiết bị và xe cứu thương; {A}; {C}"
    pieces = stm.spans(text)
    assert stm.heads(text, pieces) == ["", lead, lead]
    assert stm.heads(text, pieces, max_words=3) == ["", "trên địa bàn", "trên địa bàn"]
    long_lead = "Ủy ban nhân dân tỉnh giao Sở Y tế chủ trì chỉ đạo các bệnh viện trên địa bàn"
    text5 = f"{long_lead}: chuẩn bị đủ thuốc, trang thiết bị và xe cứu thương; {A}"
    head = stm.heads(text5, stm.spans(text5))[1]  # its last words only (how many is a tuned default)
    assert long_lead.endswith(head) and 3 <= len(head.split()) < len(long_lead.split())
    # only the last sentence before the colon is the lead-in
    text2 = f"Tăng cường phối hợp. {lead}: {A}; {C}"
    assert stm.heads(text2, stm.spans(text2))[-1] == lead
    text3 = f"{B}; {lead}: {A}; {C}"
    assert stm.heads(text3, stm.spans(text3))[-1] == lead
    # a colon not followed by a space (a time, a ratio) is not a lead-in; no colon, no lead-in
    text4 = f"{A} lúc 7:30; {C}"
    assert stm.heads(text4, stm.spans(text4)) == ["", ""]
    assert stm.heads(f"{A}; {C}", stm.spans(f"{A}; {C}")) == ["", ""]
    # a lead-in governs its own sentence only: a news paragraph goes on after it ends (session 22, a portal article
    # in one paragraph lent a count's "(gồm: …)" to every duty after it)
    text6 = f"{lead}: {A}; {C}. Tỉnh có 12 điểm thi (gồm: 9 trường THPT, 3 trường THCS) cho năm nay. {B}; {C}"
    assert stm.heads(text6, stm.spans(text6)) == ["", lead, "", ""]


def test_an_ellipsis_before_a_capital_ends_a_sentence_even_without_a_space():
    """Batch J (session 8): a web page's "…" glued to the next sentence kept two duties in one statement."""
    from etl.statements import split

    text = ("Các sở, ngành chuẩn bị đầy đủ các điều kiện phục vụ kỳ thi và công tác phòng, chống dịch…Ban Chỉ đạo "
            "kỳ thi xây dựng phương án dự phòng cho mọi tình huống có thể xảy ra.")
    assert [s[:12] for s in split(text)] == ["Các sở, ngàn", "Ban Chỉ đạo "]
    assert len(split(text.replace("…", "..."))) == 2
    # before a small letter the sentence goes on
    assert len(split("Sở Thông tin và Truyền thông chỉ đạo tuyên truyền kịp thời tới người dân…tạo điều kiện "
                     "thuận lợi để kỳ thi diễn ra an toàn.")) == 1
