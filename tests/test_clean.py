"""Cleaning on the seeds' own shapes: hard-wrapped PDF text, split numbers, page breaks, web noise."""

import re
import textwrap

import pytest

from etl.clean import clean, strip_emphasis
from etl.read import read_file
from tests.conftest import FIXTURES, RAW


def _texts(name):
    return [p.text for p in clean((RAW / name).read_text(encoding="utf-8")).paragraphs]


def test_hard_wrapped_pdf_text_becomes_paragraphs():
    texts = _texts("002_ad9a6a1738b618d2.txt")
    assert any(t.startswith("Làm tốt công tác xã hội hoá, tạo điều kiện thuận lợi về đi lại, ăn, nghỉ cho thí sinh và người thân")
               and t.endswith("bảo đảm quyền lợi tối đa cho thí sinh.") for t in texts)
    assert "b) Sở Y tế" in texts  # a short heading stays its own paragraph


def test_number_split_across_lines_is_joined():
    assert any("Chỉ thị số 17/CT-TTg ngày 29/5/2023 của Thủ tướng" in t and "Chủ tịch UBND các huyện" in t
               for t in _texts("002_ad9a6a1738b618d2.txt"))


def test_a_wrapped_line_that_starts_with_a_large_number_is_no_new_item():
    # a PDF's lines wrap anywhere: "15.000 thí sinh" and "2.500 phòng thi" at a line's start are counts, not items 15
    # and 2; "1.1." and "2)" still start items
    text = ("Kỳ thi diễn ra trong hai ngày. Toàn tỉnh có trên\n15.000 thí sinh dự thi tại 35 điểm thi với gần\n"
            "2.500 phòng thi được bố trí.\n1.1. Sở Y tế bố trí cán bộ y tế tại các điểm thi.\n")
    texts = [p.text for p in clean(text).paragraphs]
    assert texts[0].endswith("Toàn tỉnh có trên 15.000 thí sinh dự thi tại 35 điểm thi với gần 2.500 phòng thi được bố trí.")
    assert texts[1] == "1.1. Sở Y tế bố trí cán bộ y tế tại các điểm thi."
    from etl.segment import ITEM

    assert not ITEM.match("15.000 thí sinh dự thi") and ITEM.match("1.1. Sở Y tế") and ITEM.match("2) Công an tỉnh")


def test_page_break_inside_a_sentence_is_joined():
    assert any("nắm được thông tin về Kỳ thi để cùng đồng hành" in t for t in _texts("000_8f861f167f9d767e.txt"))


def test_markdown_emphasis_is_removed():
    texts = _texts("000_8f861f167f9d767e.txt")
    assert any(t.endswith("trình Ban chỉ đạo trước ngày 24/5/2024.") for t in texts)
    assert not any("**" in t for t in texts)


def test_web_page_noise_after_the_directive_is_dropped():
    cleaned = clean((RAW / "003_760cdea5629ea940.txt").read_text(encoding="utf-8"))
    texts = [p.text for p in cleaned.paragraphs]
    assert texts[-1].startswith("Thành đoàn Hải Phòng chỉ đạo")
    dropped = " ".join(p.text for p in cleaned.dropped)
    assert "cookies" in dropped and "Tài liệu đính kèm" in dropped and "Diễn đàn Chuyển đổi số" in dropped


# Paragraphs written for these tests (not copied from any document): every one holds capitalised words
# (agency names, "Kỳ thi", "THPT") that a wrap can put at the start of a line, where only the width of the
# line before tells a continuation from a new paragraph. (A title line without final punctuation followed by
# a long capitalised line is ambiguous in wrapped text, and so is a line ending in ";" before a capital;
# those are left out, not asserted either way.)
WRITTEN = [
    "CHỈ THỊ",
    "Để Kỳ thi tốt nghiệp trung học phổ thông năm 2026 diễn ra an toàn, đúng quy chế, Chủ tịch Ủy ban nhân "
    "dân tỉnh yêu cầu các cơ quan, đơn vị thực hiện tốt những việc sau đây:",
    "1. Sở Giáo dục và Đào tạo",
    "Hướng dẫn các trường rà soát hồ sơ đăng ký dự thi của học sinh lớp 12 và thí sinh tự do; phối hợp với "
    "Công an tỉnh Bắc Kạn chọn địa điểm in sao đề thi biệt lập, có camera giám sát suốt ngày đêm và lực "
    "lượng bảo vệ thường trực; báo cáo Ban Chỉ đạo Kỳ thi THPT cấp tỉnh trước ngày 15 tháng 5.",
    "2. Công an tỉnh",
    "Bảo vệ tuyệt đối an toàn khâu vận chuyển đề thi, bài thi từ Hội đồng thi đến các điểm thi ở vùng sâu; "
    "Phòng An ninh chính trị nội bộ theo dõi, ngăn chặn việc dùng thiết bị công nghệ cao để gian lận trong "
    "Kỳ thi tốt nghiệp THPT.",
    "3. Sở Y tế chỉ đạo Trung tâm Kiểm soát bệnh tật tỉnh cử cán bộ trực tại mỗi điểm thi, chuẩn bị thuốc "
    "và phương tiện cấp cứu; yêu cầu Bệnh viện Đa khoa tỉnh sẵn sàng tiếp nhận thí sinh bị ốm trong những ngày thi.",
]


def _hard_wrap(paragraphs: list[str], width: int, blank_lines: bool) -> str:
    """Every paragraph cut into lines of at most `width` characters. blank_lines: a blank line after every
    line (what PDF extraction gives); otherwise a blank line between paragraphs only (an e-mailed text)."""
    if blank_lines:
        return "\n\n".join(line + " " for p in paragraphs for line in textwrap.wrap(p, width))
    return "\n\n".join("\n".join(textwrap.wrap(p, width)) for p in paragraphs)


@pytest.mark.parametrize("width", [58, 70, 84])
def test_hard_wrapped_lines_join_back_into_their_paragraphs(width):
    # PDF extraction puts a blank line after every line, so blank lines say nothing: only width does
    cleaned = clean(_hard_wrap(WRITTEN, width, blank_lines=True))
    assert cleaned.wrapped
    assert [p.text for p in cleaned.paragraphs] == WRITTEN


def test_wrapped_lines_of_one_block_join_and_blank_lines_separate_blocks():
    cleaned = clean(_hard_wrap(WRITTEN, 64, blank_lines=False))
    assert not cleaned.wrapped
    assert [p.text for p in cleaned.paragraphs] == WRITTEN


def test_blank_lines_between_paragraphs_of_unwrapped_text_keep_them_apart():
    assert [p.text for p in clean("\n\n".join(WRITTEN)).paragraphs] == WRITTEN


def test_seed_continuation_starting_with_a_capital_is_joined():
    # "…hướng dẫn của" / "Bộ Giáo dục và Đào tạo về Kỳ thi" in the hard-wrapped seed: the second line starts
    # with a capital, so only the wrap width says it continues the first
    texts = _texts("002_ad9a6a1738b618d2.txt")
    assert any("chỉ đạo, hướng dẫn của Bộ Giáo dục và Đào tạo về Kỳ thi, cụ thể hoá bằng văn bản" in t for t in texts)
    assert any("năm 2023 (Kỳ thi) trên địa bàn tỉnh bảo đảm an toàn" in t for t in texts)


def _without_dropped(source: str, start: int, end: int, dropped) -> str:
    chars = list(source[start:end])
    for d in dropped:  # a page number inside a paragraph's span is not part of its text
        for i in range(max(d.start, start), min(d.end, end)):
            chars[i - start] = " "
    return "".join(chars)


SOURCES = [RAW / n for n in sorted(p.name for p in RAW.glob("*.txt"))] + sorted((FIXTURES / "extra").glob("*.txt"))


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.name)
def test_every_paragraph_is_exactly_its_source_span(path):
    source = read_file(path).text
    cleaned = clean(source)
    assert cleaned.paragraphs
    previous_end = 0
    for p in cleaned.paragraphs:
        span = strip_emphasis(_without_dropped(source, p.start, p.end, cleaned.dropped))
        # same characters in the same order; only line breaks and runs of spaces differ
        assert re.sub(r"\s+", "", span) == re.sub(r"\s+", "", p.text), p.text[:60]
        assert p.text == p.text.strip() and source[p.start] == p.text[0] or source[p.start] == "*"
        assert p.start >= previous_end  # in reading order, never overlapping
        previous_end = p.end


def test_page_number_between_two_halves_of_a_sentence_is_dropped_not_kept():
    source = ("Sở Giáo dục và Đào tạo chủ trì rà soát các điểm thi, bảo đảm đủ phòng thi dự phòng và\n"
              "- 3 -\n"
              "nguồn điện dự phòng cho mọi điểm thi.")
    cleaned = clean(source)
    assert [p.text for p in cleaned.paragraphs] == [
        "Sở Giáo dục và Đào tạo chủ trì rà soát các điểm thi, bảo đảm đủ phòng thi dự phòng và "
        "nguồn điện dự phòng cho mọi điểm thi."]
    assert [d.text for d in cleaned.dropped] == ["- 3 -"]


def test_signature_after_the_closing_mark_is_kept_and_the_web_page_around_it_dropped():
    source = "\n".join([
        "1. Sở Y tế bố trí cán bộ trực tại các điểm thi.",
        "Yêu cầu các cơ quan triển khai thực hiện./.",
        "TM. ỦY BAN NHÂN DÂN",
        "CHỦ TỊCH",
        "Nguyễn Văn An",
        "Tin liên quan",
        "Lượt xem: 125",
        "Hội nghị tổng kết năm học tại huyện miền núi",
    ])
    cleaned = clean(source)
    assert [p.text for p in cleaned.paragraphs] == [
        "1. Sở Y tế bố trí cán bộ trực tại các điểm thi.", "Yêu cầu các cơ quan triển khai thực hiện./.",
        "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn An"]
    assert [d.text for d in cleaned.dropped] == ["Tin liên quan", "Lượt xem: 125",
                                                 "Hội nghị tổng kết năm học tại huyện miền núi"]


def test_recipients_after_the_closing_mark_mean_the_document_goes_on():
    source = "Yêu cầu các cơ quan triển khai thực hiện./.\nNơi nhận:\n- Như trên;\nTin liên quan"
    cleaned = clean(source)
    assert [d.text for d in cleaned.dropped] == ["Tin liên quan"]  # only the web furniture itself
    assert [p.text for p in cleaned.paragraphs][-2:] == ["Nơi nhận:", "- Như trên;"]


def test_a_short_text_with_blank_lines_is_not_taken_for_a_hard_wrapped_one():
    lines = ["Sở Y tế bố trí cán bộ trực tại các điểm thi trong những ngày thi", "Công an tỉnh",
             "bảo vệ đề thi.", "Sở Tài chính", "bảo đảm kinh phí.", "Sở Xây dựng", "bảo đảm giao thông."]
    assert not clean("\n\n".join(lines)).wrapped  # seven lines: too few to say
    assert clean("\n\n".join(lines + ["Điện lực bảo đảm cấp điện."])).wrapped


def test_no_break_spaces_and_tabs_become_one_space():
    assert [p.text for p in clean("Sở\u00a0Y tế\t\tchủ trì  việc trực.").paragraphs] == ["Sở Y tế chủ trì việc trực."]
