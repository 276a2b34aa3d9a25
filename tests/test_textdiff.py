"""Word-level highlighting on the Changes and Compare pages: exactly which words are marked, on duty texts."""

from __future__ import annotations

import pytest

from dashboard.textdiff import diff_html, tokens, word_diff

OLD = "Sở Giáo dục và Đào tạo chủ trì tổ chức ôn tập cho học sinh lớp 12 trước kỳ thi."
NEW = "UBND các huyện chủ trì tổ chức ôn tập cho học sinh lớp 12 và thí sinh tự do trước kỳ thi."


@pytest.mark.parametrize("text", [OLD, "  hai  dấu cách\nvà xuống dòng  ", "", "một"])
def test_tokens_give_the_text_back_word_by_word(text):
    assert "".join(tokens(text)) == text
    assert [t.strip() for t in tokens(text) if t.strip()] == text.split()


def test_tokens_keep_leading_whitespace_as_its_own_piece():
    assert tokens("  Sở Y tế") == ["  ", "Sở ", "Y ", "tế"]
    assert tokens(None) == []


def test_word_diff_of_a_reassigned_duty():
    assert word_diff(OLD, NEW) == [
        ("delete", "Sở Giáo dục và Đào tạo "),
        ("insert", "UBND các huyện "),
        ("equal", "chủ trì tổ chức ôn tập cho học sinh lớp 12 "),
        ("insert", "và thí sinh tự do "),
        ("equal", "trước kỳ thi."),
    ]


def test_word_diff_of_pure_deletions_and_insertions():
    assert word_diff("bảo đảm an ninh, an toàn tuyệt đối", "bảo đảm an toàn") == [
        ("equal", "bảo đảm an "), ("delete", "ninh, an "), ("equal", "toàn"), ("delete", "tuyệt đối")]
    assert word_diff("cấp điện", "cấp điện ổn định") == [("equal", "cấp điện "), ("insert", "ổn định")]


def test_a_dropped_last_word_stays_apart_from_the_word_before():
    # regression: the unchanged words were taken from the new text on both sides, so the old side read
    # "an toàn<del>tuyệt đối</del>" with no space
    left, right = diff_html("bảo đảm an ninh, an toàn tuyệt đối", "bảo đảm an toàn")
    assert left == "bảo đảm an <del>ninh, an</del> toàn <del>tuyệt đối</del>"
    assert right == "bảo đảm an toàn"
    left, right = diff_html("cấp điện", "cấp điện ổn định")
    assert (left, right) == ("cấp điện", "cấp điện <ins>ổn định</ins>")


def test_line_breaks_and_double_spaces_are_not_changes():
    ops = word_diff("Công an tỉnh  bảo vệ\nđề thi", "Công an tỉnh bảo vệ đề thi")
    assert ops == [("equal", "Công an tỉnh bảo vệ đề thi")]  # the new text's spacing is shown


def test_a_long_list_with_one_item_dropped_marks_only_that_item():
    # a list of 60 exam sites (360 words): every word but the numbers is "popular", and difflib's autojunk
    # would match only the numbers and mark almost every word as changed
    sites = [f"điểm thi số {n} trường THPT," for n in range(1, 61)]
    ops = word_diff(" ".join(sites), " ".join(sites[:30] + sites[31:]))
    assert [op for op, _ in ops] == ["equal", "delete", "equal"]
    deleted = ops[1][1].split()  # which six words of the repeat is difflib's choice
    assert len(deleted) == 6 and "31" in deleted and "30" not in deleted and "32" not in deleted


def test_diff_html_marks_whole_words_with_spaces_outside_the_marks():
    left, right = diff_html(OLD, NEW)
    assert left == ("<del>Sở Giáo dục và Đào tạo</del> chủ trì tổ chức ôn tập cho học sinh lớp 12 trước kỳ thi.")
    assert right == ("<ins>UBND các huyện</ins> chủ trì tổ chức ôn tập cho học sinh lớp 12 "
                     "<ins>và thí sinh tự do</ins> trước kỳ thi.")


def test_diff_html_mark_after_leading_space():
    left, right = diff_html("kiểm tra điểm thi", "kiểm tra kỹ điểm thi")
    assert left == "kiểm tra điểm thi"
    assert right == "kiểm tra <ins>kỹ</ins> điểm thi"


def test_diff_html_of_identical_texts_marks_nothing():
    assert diff_html(OLD, OLD) == (OLD, OLD)


@pytest.mark.parametrize(("a", "b", "expected"), [
    (None, None, ("", "")),
    ("", "", ("", "")),
    (None, "a & b", ("", "<ins>a &amp; b</ins>")),
    ("", "mới", ("", "<ins>mới</ins>")),
    ("x < y", None, ("<del>x &lt; y</del>", "")),
    ("cũ", "", ("<del>cũ</del>", "")),
])
def test_diff_html_when_one_side_is_missing(a, b, expected):
    assert diff_html(a, b) == expected


def test_diff_html_escapes_inside_and_outside_marks():
    left, right = diff_html('Sở "A" <i>chủ trì</i>', 'Sở "B" <i>chủ trì</i>')
    assert left == "Sở <del>&quot;A&quot;</del> &lt;i&gt;chủ trì&lt;/i&gt;"
    assert right == "Sở <ins>&quot;B&quot;</ins> &lt;i&gt;chủ trì&lt;/i&gt;"
