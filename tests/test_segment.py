"""Segmentation: clause tree from numbered, lettered and bulleted items; every body word in one clause."""

from etl.clean import clean
from etl.segment import clauses, kinds, marker
from tests.conftest import RAW


def _tree(name):
    cleaned = clean((RAW / name).read_text(encoding="utf-8"))
    return clauses(cleaned.paragraphs, kinds(cleaned.paragraphs))


def test_vietnamese_letter_order_and_parents():
    tree = _tree("002_ad9a6a1738b618d2.txt")
    letters = [c.label for c in tree if len(c.label) == 1 and c.label.isalpha()]
    assert letters == ["a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l"]
    by_seq = {c.seq: c for c in tree}
    police = next(c for c in tree if c.text == "a) Công an tỉnh")
    assert by_seq[police.parent_seq].label == "2"
    child = next(c for c in tree if c.text.startswith("Chỉ đạo các đơn vị nghiệp vụ, Công an các huyện"))
    assert child.parent_seq == police.seq and child.label == "¶"


def test_decimal_numbering_nests_under_its_parent():
    tree = _tree("001_1ddb42c3f288f769.txt")
    by_label = {c.label: c for c in tree}
    assert by_label["2.3"].parent_seq == by_label["2"].seq
    assert by_label["3"].parent_seq is None


def test_dashes_sit_under_their_numbered_agency():
    tree = _tree("000_8f861f167f9d767e.txt")
    heading = next(c for c in tree if c.text == "1. Sở Giáo dục và Đào tạo")
    assert [c.label for c in tree if c.parent_seq == heading.seq] == ["-"] * 5


def test_title_preamble_closing_are_marked_and_signature_is_not_a_clause():
    tree = _tree("002_ad9a6a1738b618d2.txt")
    assert [c.kind for c in tree[:4]] == ["title", "title", "preamble", "preamble"]
    assert tree[-1].kind == "closing" and tree[-1].text.endswith("Chỉ thị này./.")
    assert not any("Hồ Tiến Thiệu" in c.text or c.text.startswith("Nơi nhận") for c in tree)


def test_recipients_of_a_letter_are_header_not_clauses():
    tree = _tree("004_e65e262914ab729d.txt")
    assert tree[0].text.startswith("V/v tăng cường tuyên truyền") and tree[0].kind == "title"
    assert not any(c.text.startswith("- Báo Lạng Sơn") for c in tree)


def test_markers():
    assert marker("2.1. Chỉ đạo") == ("2.1", 2)
    assert marker("đ) Sở Thông tin") == ("đ", 50)
    assert marker("2024 là năm") is None
    assert marker("1.2.3.4.5.6.7.8.9.10. Sâu") == ("1.2.3.4.5.6.7.8.9.10", 10)
    assert marker("+ Rà soát") == ("+", 70)
