"""Session 35: patterns met on real texts read this session, written again in our own words."""

from __future__ import annotations

import duckdb

from etl.build import run_build

INSPECTION = ("Theo kế hoạch, đoàn kiểm tra của Sở Y tế sẽ kiểm tra các bếp ăn tập thể gần điểm thi, xem xét nguồn gốc rau, "
              "thịt, cá; các điều kiện bảo quản thực phẩm; sổ ghi chép kiểm thực ba bước và mẫu thức ăn của từng bếp "
              "trong suốt những ngày thi.\n"
              "Trung tâm Y tế huyện chuẩn bị xe cứu thương ở hai điểm thi xa nhất; bố trí bác sĩ trực tại mỗi điểm thi "
              "trong cả ba buổi thi của kỳ thi năm nay.\n")


def _statements(tmp_path, text: str) -> list[tuple[str, list[str]]]:
    """(statement text, its doers' roles) in reading order, after a build of `text` alone."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "quangbinh_2024_tin.txt").write_text(text, encoding="utf-8")
    run_build(tmp_path / "in", tmp_path / "t.duckdb")
    with duckdb.connect(str(tmp_path / "t.duckdb"), read_only=True) as con:
        return con.execute(
            "SELECT s.text, list_sort(list_distinct(list(ag.role) FILTER (WHERE m.part = 'doer'))) FROM statements s "
            "JOIN clauses c USING (clause_id) LEFT JOIN agency_mentions m USING (statement_id) "
            "LEFT JOIN agencies ag USING (agency_id) GROUP BY s.text, c.seq, s.part ORDER BY c.seq, s.part").fetchall()


def test_what_an_inspection_checks_after_a_semicolon_is_no_statement_of_its_own(tmp_path):
    # the things the team checks, listed after ";", have no verb: they go on with the check that names them, so no
    # statement reads "sổ ghi chép …" without the team and its verb; a piece with a verb of its own is a statement
    got = _statements(tmp_path, INSPECTION)
    assert [t.split()[0] for t, _ in got] == ["Theo", "Trung", "bố"], got
    assert got[0][0].endswith("trong suốt những ngày thi.") and got[0][1] == ["health"], got
    assert got[2][1] == ["health"], got


def test_sector_words_listed_after_units_or_agencies_each_act():
    # "các đơn vị / cơ quan" + lower-case sector words is a list of doers, as "các ngành …" and "các lực lượng …"
    # are; the army among them is kept as the province's military command (role other)
    from tests.attr_helpers import mention_parts

    parts = mention_parts("Các đơn vị y tế, công an, điện lực túc trực tại các điểm thi trong cả ba ngày.\n",
                          "Quảng Trị", 2024)
    assert {r for part, r in parts if part == "doer"} == {"health", "police", "electricity"}, parts
    parts = mention_parts("Các cơ quan công an, y tế, quân đội cử người canh gác nơi cất giữ đề thi.\n", "Quảng Trị", 2024)
    assert {r for part, r in parts if part == "doer"} == {"police", "health", "other"}, parts


def test_a_text_that_opens_with_ve_phia_is_read_not_taken_for_a_subject_line(tmp_path):
    # "Về việc …" under a document's type is its subject line; a sentence that opens with "Về phía X," and ends with a
    # full stop is the text itself (a pasted paragraph, an article's first line): its duties are statements
    got = _statements(tmp_path, "Về phía ngành y tế, Trung tâm Y tế huyện Quan Hóa bố trí hai xe cấp cứu và sáu nhân "
                                "viên trực tại các điểm thi trong suốt ba ngày thi.\n")
    assert [roles for _, roles in got] == [["health"]], got
