"""etl/matching.py: the text two duty statements are compared on. What its docstring promises, on short
sentences written for this test: two wordings that differ only in spelling convention, abbreviation,
year, citation, stock phrase or generic word compare as equal; what the duty asks for is kept."""

from __future__ import annotations

import csv
import unicodedata

import pytest

from etl import matching as mt
from etl.config import PACKAGE


def test_old_tone_placement_becomes_the_new_one_only_at_a_syllable_end():
    assert mt.unify_tones("hoà giải") == "hòa giải"
    assert mt.unify_tones("thuỷ lợi, khoẻ mạnh, tuỳ ý") == "thủy lợi, khỏe mạnh, tùy ý"
    assert mt.unify_tones("hoàn thành") == "hoàn thành"  # "oà" inside a syllable stays
    assert mt.unify_tones("quý vị") == "quý vị"  # "qu" is one consonant: "uý" after q is not moved
    assert mt.unify_tones("hòa") == "hòa"


def test_basic_unifies_unicode_case_tones_and_years():
    nfd = unicodedata.normalize("NFD", "Bảo đảm AN TOÀN kỳ thi năm 2024 tại Hoà Bình")
    assert mt.basic(nfd) == "bảo đảm an toàn kỳ thi năm tại hòa bình"
    assert mt.basic("  kế hoạch   năm 1999\n và 20245 ") == "kế hoạch năm và 20245"  # 5 digits: not a year


@pytest.mark.parametrize("variant,canonical", [
    ("THPT", "trung học phổ thông"),
    ("Sở GD&ĐT", "sở giáo dục và đào tạo"),
    ("UBND huyện", "ủy ban nhân dân huyện"),
    ("đảm bảo an toàn", "bảo đảm an toàn"),
    ("kì thi", "kỳ thi"),
    # abbreviations of news and district texts: one duty is found under both wordings
    ("lực lượng CSGT", "lực lượng cảnh sát giao thông"),
    ("bảo đảm TTATGT", "bảo đảm trật tự an toàn giao thông"),
    ("Sở GT-VT", "sở giao thông vận tải"),
    ("kiểm tra vệ sinh an toàn thực phẩm", "kiểm tra an toàn thực phẩm"),
    ("kiểm tra VSATTP", "kiểm tra an toàn thực phẩm"),
    ("học sinh THCS", "học sinh trung học cơ sở"),
])
def test_abbreviations_and_variants_become_their_canonical_form(variant, canonical):
    assert mt.basic(variant) == canonical


def test_every_reviewed_synonym_is_replaced_as_a_whole_word():
    with open(PACKAGE / "synonyms.csv", encoding="utf-8") as f:
        table = list(csv.DictReader(row for row in f if not row.startswith("#")))
    assert len(table) > 20
    for r in table:
        canonical = mt.basic(r["canonical"])
        # the canonical form is stable, and the variant inside a sentence becomes it
        assert mt.basic(f"yêu cầu {r['variant']} ngay") == f"yêu cầu {canonical} ngay", r
    assert mt.basic("cung cấp điện") == "cung cấp điện"  # longest variant first: not "cung cung cấp điện"
    assert mt.basic("thptx ubndy") == "thptx ubndy"  # inside a longer word: not an abbreviation


def test_matching_text_drops_citations_stock_phrases_and_generic_words():
    plain = "Sở Y tế bố trí cán bộ y tế trực tại các điểm thi"
    cited = ("Thực hiện Chỉ thị số 17/CT-TTg ngày 29/5/2023 của Thủ tướng Chính phủ, "
             "Sở Y tế bố trí cán bộ y tế trực tại các điểm thi Kỳ thi tốt nghiệp THPT năm 2024")
    assert mt.match_text(cited) == mt.match_text(plain)
    assert "17" not in mt.match_text(cited) and "thủ tướng" not in mt.match_text(cited)
    assert "kỳ thi tốt nghiệp" not in mt.theme_text(cited)
    assert mt.match_text("triển khai thực hiện phương án bảo vệ đề thi") == mt.match_text("phương án bảo vệ đề thi")


def test_theme_text_keeps_generic_words_that_matching_drops():
    text = "Triển khai thực hiện phương án bảo vệ đề thi, bài thi (100%)."
    themed, matched = mt.forms(text)
    assert themed == mt.theme_text(text) and matched == mt.match_text(text)
    assert "triển khai" in themed and "triển khai" not in matched
    assert "phương án bảo vệ đề thi bài thi" in themed
    assert matched.endswith("phương án bảo vệ đề thi bài thi")
    for form in (themed, matched):  # no punctuation, double or outer spaces
        assert not any(ch in ",.()%_" for ch in form)
        assert form == " ".join(form.split())
    # numbers: dropped for matching, kept in the theme text (a keyword such as "lớp 10" must be able to match)
    assert not any(ch.isdigit() for ch in matched) and "100" in themed


def test_every_stock_phrase_and_stopword_line_is_data_not_a_comment():
    phrases = mt.stock_phrases()
    assert phrases and not any(p.startswith("#") or not p for p in phrases)
    assert list(phrases) == sorted(phrases, key=len, reverse=True)  # longest removed first
    # each stock phrase disappears from a sentence that holds it
    for p in phrases:
        assert p not in mt.theme_text(f"chuẩn bị {p} chu đáo"), p
    with open(PACKAGE / "stopwords.txt", encoding="utf-8") as f:
        words = [w.strip() for w in f if w.strip() and not w.startswith("#")]
    # where one generic phrase begins another ("thực hiện" / "thực hiện tốt"), the longer goes whole
    assert any(b.startswith(a + " ") for a in words for b in words)
    for w in words:
        assert mt.match_text(f"lắp đặt camera {w} giám sát") == mt.match_text("lắp đặt camera giám sát"), w


def test_agency_names_and_place_are_removed_longest_first():
    text = "Công an tỉnh Lạng Sơn chủ trì bảo vệ đề thi"
    assert mt.without(text, ("Công an", "Công an tỉnh Lạng Sơn")).split() == "chủ trì bảo vệ đề thi".split()
    assert mt.without(text, ("",)) == text  # an empty surface removes nothing
    # longest first, not in alphabetical order: the committee named after the department goes whole
    board = "Ban Chỉ đạo Sở Y tế tỉnh họp"
    assert mt.without(board, ("Sở Y tế", "Ban Chỉ đạo Sở Y tế")).split() == ["tỉnh", "họp"]
    assert mt.without(board, ("Ban Chỉ đạo Sở Y tế", "Sở Y tế")).split() == ["tỉnh", "họp"]
    assert mt.match_text(text, ("Công an tỉnh Lạng Sơn",)) == mt.match_text("chủ trì bảo vệ đề thi")
    assert "công an" in mt.match_text(text)
    # the theme text keeps the names removed for matching ("Báo …, Đài …: mở chuyên mục" is about the media)
    assert mt.forms(text, ("Lạng Sơn",))[0] == mt.theme_text("Công an tỉnh Lạng Sơn chủ trì bảo vệ đề thi")
    assert "lạng sơn" not in mt.forms(text, ("Lạng Sơn",))[1]
