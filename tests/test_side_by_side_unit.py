"""The Compare page's two documents on aligned rows (dashboard/side_by_side.py): what a reader sees on each row,
with clauses written for this test."""

from __future__ import annotations

import pandas as pd

from dashboard import side_by_side

A = pd.DataFrame({"clause_id": ["a1", "a2", "a3"], "seq": [2, 0, 1], "label": ["3", "1", "2"],
                  "text": ["3. Sở Y tế bố trí cán bộ y tế tại điểm thi.", "1. Sở GD&ĐT chủ trì kỳ thi.",
                           "2. Công an tỉnh bảo vệ đề thi."]})
B = pd.DataFrame({"clause_id": ["b1", "b2", "b3"], "seq": [0, 1, 2], "label": ["1", "2", "3"],
                  "text": ["1. Sở GD&ĐT chủ trì tổ chức kỳ thi.", "2. Sở Tài chính cấp kinh phí.",
                           "3. Sở Y tế bố trí nhân viên y tế ở điểm thi."]})
NO_PAIRS = pd.DataFrame(columns=["clause_a", "clause_b", "score", "duties"])


def test_each_row_shows_both_labels_and_texts_and_the_shared_duty():
    pairs = pd.DataFrame({"clause_a": ["a2", "a1"], "clause_b": ["b1", "b3"], "score": [88.0, 71.5],
                          "duties": ["D00001", "D00007"]})
    rows = side_by_side.align_rows(A, B, pairs)
    assert list(rows.columns) == side_by_side.COLUMNS
    got = rows.astype(object).where(rows.notna(), None).to_dict("records")
    assert got == [
        {"clause_a": "a2", "label_a": "1", "text_a": "1. Sở GD&ĐT chủ trì kỳ thi.", "score": 88.0,
         "clause_b": "b1", "label_b": "1", "text_b": "1. Sở GD&ĐT chủ trì tổ chức kỳ thi.", "duties": "D00001"},
        {"clause_a": "a3", "label_a": "2", "text_a": "2. Công an tỉnh bảo vệ đề thi.", "score": None,
         "clause_b": None, "label_b": None, "text_b": None, "duties": None},
        {"clause_a": None, "label_a": None, "text_a": None, "score": None,  # B's clause 2 has no partner
         "clause_b": "b2", "label_b": "2", "text_b": "2. Sở Tài chính cấp kinh phí.", "duties": None},
        {"clause_a": "a1", "label_a": "3", "text_a": "3. Sở Y tế bố trí cán bộ y tế tại điểm thi.", "score": 71.5,
         "clause_b": "b3", "label_b": "3", "text_b": "3. Sở Y tế bố trí nhân viên y tế ở điểm thi.",
         "duties": "D00007"},
    ]


def test_without_pairs_b_follows_a_in_its_own_order():
    rows = side_by_side.align_rows(A, B, NO_PAIRS)
    assert rows["clause_a"].tolist()[:3] == ["a2", "a3", "a1"]
    assert rows["clause_b"].tolist()[3:] == ["b1", "b2", "b3"] and rows["text_b"].notna().sum() == 3
    assert rows["label_b"].tolist()[3:] == ["1", "2", "3"]


def test_a_pair_whose_b_clause_is_not_shown_keeps_a_alone():
    pairs = pd.DataFrame({"clause_a": ["a2"], "clause_b": ["b9"], "score": [90.0], "duties": ["D1"]})
    rows = side_by_side.align_rows(A, B, pairs)
    assert rows["clause_b"].dropna().tolist() == ["b1", "b2", "b3"] and rows["score"].isna().all()


def test_the_best_pair_wins_and_ties_go_to_the_earlier_clauses():
    pairs = pd.DataFrame({"clause_a": ["a1", "a2", "a2", "a3"], "clause_b": ["b1", "b1", "b2", "b2"],
                          "score": [80.0, 80.0, 60.0, 60.0], "duties": ["D1", "D1", "D2", "D2"]})
    kept = side_by_side.one_to_one(pairs)
    assert sorted(zip(kept["clause_a"], kept["clause_b"])) == [("a1", "b1"), ("a2", "b2")]
    pairs = pd.DataFrame({"clause_a": ["a1", "a1"], "clause_b": ["b2", "b1"], "score": [75.0, 75.0],
                          "duties": ["D1", "D1"]})
    assert side_by_side.one_to_one(pairs)["clause_b"].tolist() == ["b1"]
    pairs = pd.DataFrame({"clause_a": ["a1", "a2", "a3"], "clause_b": ["b1", "b1", "b3"], "score": [90.0, 85.0, 50.0],
                          "duties": ["D1", "D1", "D3"]})
    assert sorted(side_by_side.one_to_one(pairs)["clause_a"]) == ["a1", "a3"]  # a lost tie does not end the list


def _heads(rows):
    return pd.DataFrame(rows, columns=["clause_id", "seq", "text", "lead", "duties"])


def test_headings_pair_only_when_both_sides_have_them_unpaired():
    a = _heads([("a1", 0, "1. Sở Y tế", "health", None), ("a2", 1, "2. Công an tỉnh:", "police", None),
                ("a3", 2, "3. Sở Y tế và Công an", "police, health", None)])
    b = _heads([("b1", 0, "1. Công an tỉnh", "police", None), ("b2", 1, "2. Công an, Sở Y tế", "health, police", None),
                ("b3", 2, "3. Sở Y tế", "health", None)])
    heads = side_by_side.heading_pairs(a, b, NO_PAIRS)
    assert list(heads.columns) == ["clause_a", "clause_b", "score", "duties"] and heads["duties"].isna().all()
    got = {(r.clause_a, r.clause_b): r.score for r in heads.itertuples()}
    assert set(got) == {("a1", "b3"), ("a2", "b1"), ("a3", "b2")}  # roles in any order name the same agencies
    assert got[("a1", "b3")] == 90.0  # one character of ten differs: the edit similarity, to one decimal
    assert got[("a2", "b1")] == round(got[("a2", "b1")], 1) < 90
    paired = pd.DataFrame({"clause_a": ["a1"], "clause_b": ["b1"], "score": [90.0], "duties": ["D1"]})
    heads = side_by_side.heading_pairs(a, b, paired)
    assert set(zip(heads["clause_a"], heads["clause_b"])) == {("a3", "b2")}  # a1 and b1 are paired already


def test_a_clause_with_a_duty_or_no_lead_is_no_heading():
    a = _heads([("a1", 0, "1. Sở Y tế", "health", "D1"), ("a2", 1, "2. Về công tác y tế", None, None),
                ("a3", 2, "3. Sở Y tế", "", None)])
    b = _heads([("b1", 0, "1. Sở Y tế", "health", None), ("b2", 1, "2. Về công tác y tế", None, None)])
    assert side_by_side.heading_pairs(a, b, NO_PAIRS).empty
    near = _heads([("b1", 0, "1. Sở Y tế tỉnh", "health", None)])
    score = side_by_side.heading_pairs(_heads([("a1", 0, "1. Sở Y tế", "health", None)]), near, NO_PAIRS)["score"]
    assert score.tolist() == [round(100 * 10 / 15, 1)]  # 5 characters added to 15: two thirds alike
