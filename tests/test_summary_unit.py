"""The sentences of the Changes page and the reports (dashboard/summary.py), in both languages, on duties written
for this test: what a reader is told before the list, and the short lines under it."""

from __future__ import annotations

from collections import namedtuple

import pandas as pd

from dashboard import summary

LONG = ("Sở Giáo dục và Đào tạo chủ trì, phối hợp với các sở, ngành liên quan tổ chức kỳ thi an toàn, nghiêm túc, "
        "đúng quy chế; bảo đảm quyền lợi của thí sinh.")


def test_counts_in_a_sentence_in_either_language():
    counts = {"new": 2, "dropped": 1, "reworded": 0}
    assert summary.counts_sentence(counts, "năm 2023", "năm 2024", "vi") == (
        "So với năm 2023, năm 2024 có 2 nhiệm vụ mới và 1 nhiệm vụ không còn.")
    assert summary.counts_sentence({"new": 2, "reassigned": 3, "dropped": 1}, "2023", "2024", "en") == (
        "Compared with 2023, 2024 has 2 new duties, 3 duties moved to another lead agency and 1 no longer there.")
    assert summary.counts_sentence({"unchanged": 0}, "năm 2023", "năm 2024", "vi") == (
        "năm 2024 không có thay đổi nào so với năm 2023.")
    assert summary.counts_sentence({}, "2023", "2024", "en") == "2024 has no change from 2023."


def test_one_or_two_parts_read_without_a_list_comma():
    assert summary.counts_sentence({"reworded": 5}, "A", "B", "vi") == "So với A, B có 5 nhiệm vụ sửa lời."
    assert summary.counts_sentence({"reworded": 5, "unchanged": 4}, "A", "B", "en") == (
        "Compared with A, B has 5 reworded and 4 unchanged.")


def test_a_long_duty_is_cut_at_a_word_with_an_ellipsis():
    short = summary.shorten(LONG)
    assert short.endswith("…") and len(short) <= 111 and LONG.startswith(short[:-1])
    assert short[:-1] == short[:-1].rstrip(",;: ") and LONG[len(short) - 1] in " ,;"  # ends on a whole word
    assert summary.shorten("Sở Y tế bố trí cán bộ y tế tại các điểm thi.", limit=20) == "Sở Y tế bố trí cán…"
    assert summary.shorten("Công an tỉnh, Sở Y tế, Sở Tài chính", limit=14) == "Công an tỉnh…"  # no comma left
    assert summary.shorten("Bảo đảm\nan ninh   trật tự. ") == "Bảo đảm an ninh trật tự."
    exact = "x" * 110
    assert summary.shorten(exact) == exact and summary.shorten(exact + "y") == exact + "…"
    assert summary.shorten("a " * 60).endswith("a…")
    assert summary.shorten(None) == "" and summary.shorten(float("nan")) == ""


def test_similarity_in_words_at_the_boundaries():
    assert summary.similarity_key(60.0, 97.0) == "minor" and summary.similarity_key(59.99, 97.0) == "major"
    assert summary.similarity_key(float("nan"), 97.0) is None and summary.similarity_key(pd.NA, 97.0) is None


def test_file_names_are_plain_ascii_words():
    assert summary.slug(None, "Lạng Sơn", "", 2024) == "lang-son-2024"
    assert summary.slug("  (Đắk Lắk)  ") == "dak-lak"
    assert summary.slug("Hà Nộ\u1dc4i") == "ha-noi"  # a combining mark outside the Vietnamese range
    assert summary.slug("") == "bao-cao" and summary.slug("…") == "bao-cao"


Row = namedtuple("Row", "status roles_a roles_b")


def test_a_duty_is_listed_under_the_lead_of_the_newer_year_unless_it_was_dropped():
    assert summary.role_of_row(Row("dropped", "police", "health")) == "police"
    assert summary.role_of_row(Row("new", None, "health")) == "health"
    assert summary.role_of_row(Row("reassigned", "police", "health")) == "health"
    assert summary.role_of_row(Row("reworded", "police", float("nan"))) == "police"
    assert summary.role_of_row(Row("dropped", float("nan"), "health")) == ""
    assert summary.role_of_row(Row("new", None, None)) == ""


def test_group_counts_in_both_languages():
    rows = pd.DataFrame({"status": ["dropped", "new", "new", "unchanged"]})
    assert summary.group_counts(rows, "vi") == "2 mới, 1 giữ nguyên, 1 bỏ"
    assert summary.group_counts(rows, "en") == "2 new, 1 unchanged, 1 dropped"


def _changes(status, n):
    return pd.DataFrame({"status": [status] * n, "text_a": [f"Việc cũ số {k}." for k in range(n)],
                         "text_b": [f"Việc mới số {k}." for k in range(n)],
                         "who_a": ["Sở Y tế"] * n, "who_b": ["Công an tỉnh"] * n})


def _who(r, side):
    return getattr(r, f"who_{side}")


def test_highlights_name_who_gains_loses_or_hands_over_each_duty():
    rows = pd.concat([_changes("new", 1), _changes("dropped", 1), _changes("reassigned", 1), _changes("reworded", 2)])
    rows.loc[rows["status"] == "new", "text_b"] = LONG
    vi = summary.highlights(rows, "vi", _who)
    assert vi == [f"Công an tỉnh thêm: “{summary.shorten(LONG)}”", "“Việc mới số 0.”: chuyển từ Sở Y tế sang Công an tỉnh",
                  "Sở Y tế không còn: “Việc cũ số 0.”"]
    assert summary.highlights(rows, "en", _who) == [
        f"Công an tỉnh gains: “{summary.shorten(LONG)}”", "“Việc mới số 0.”: moved from Sở Y tế to Công an tỉnh",
        "Sở Y tế no longer: “Việc cũ số 0.”"]


def test_three_lines_per_kind_then_how_many_more():
    three = summary.highlights(_changes("new", 3), "vi", _who)
    assert len(three) == 3 and not any(line.startswith("…") for line in three)
    five = summary.highlights(_changes("new", 5), "en", _who)
    assert five[:3] == ["Công an tỉnh gains: “Việc mới số 0.”", "Công an tỉnh gains: “Việc mới số 1.”",
                        "Công an tỉnh gains: “Việc mới số 2.”"]
    assert five[3:] == ["… and 2 more new duties"]
    gone = summary.highlights(_changes("dropped", 4), "en", _who, per_status=2)
    assert gone[2:] == ["… and 2 more duties no longer there"]


def test_another_localitys_sentence_in_the_planners_words():
    kinds = {"Lạng Sơn": "tỉnh", "Hải Phòng": "thành phố"}
    assert summary.for_locality("Các điểm thi của tỉnh Lạng Sơn.", "Lạng Sơn", "Hải Phòng", {"Lạng Sơn": "tỉnh"}) == (
        "Các điểm thi của tỉnh Hải Phòng.")  # the target's kind unknown: only the name changes
    assert summary.for_locality("Các điểm thi của tỉnh Lạng Sơn.", "Lạng Sơn", "Hải Phòng", {"Hải Phòng": "thành phố"}) == (
        "Các điểm thi của tỉnh Hải Phòng.")
    assert summary.for_locality("Huyện Lạng Sơnx và Lạng Sơn.", "Lạng Sơn", "Hải Phòng", kinds) == (
        "Huyện Lạng Sơnx và Hải Phòng.")  # a whole name only
    assert summary.for_locality(None, "Lạng Sơn", "Hải Phòng", kinds) == ""
    assert summary.for_locality(12, "Lạng Sơn", "Hải Phòng", kinds) == ""
    assert summary.for_locality("Tỉnh Lạng Sơn.", "Lạng Sơn", None, kinds) == "Tỉnh Lạng Sơn."
    assert summary.for_locality("Tỉnh Lạng Sơn.", None, "Hải Phòng", kinds) == "Tỉnh Lạng Sơn."
