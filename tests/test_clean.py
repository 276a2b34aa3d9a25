"""Cleaning on the seeds' own shapes: hard-wrapped PDF text, split numbers, page breaks, web noise."""

from etl.clean import clean
from tests.conftest import RAW


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


def test_offsets_point_into_the_source():
    source = (RAW / "000_8f861f167f9d767e.txt").read_text(encoding="utf-8")
    for p in clean(source).paragraphs:
        assert source[p.start : p.start + 12].replace("**", "")[:5] == p.text[:5]
