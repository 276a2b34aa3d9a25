"""A statement's theme is what the duty is about, not who steers it (session 21: real news texts read as "direction
and organisation" whenever a steering committee acted or asked). Our own words, built through the real pipeline."""

import duckdb

from etl.build import run_build

TEXT = """Ban Chỉ đạo thi tỉnh kiểm tra công tác thi tại hai điểm thi của huyện Đắk Mil.

Ban Chỉ đạo thi tỉnh cũng đề nghị Tỉnh đoàn lập đội tình nguyện đưa đón thí sinh ở xa.

Phó Chủ tịch UBND tỉnh giao Sở Giáo dục và Đào tạo thành lập Ban Chỉ đạo thi cấp tỉnh và phân công nhiệm vụ cho các thành viên.
"""


def _themes(tmp_path) -> dict[str, str]:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "daknong_2024_tin.txt").write_text(TEXT, encoding="utf-8")
    run_build(tmp_path / "in", tmp_path / "t.duckdb")
    with duckdb.connect(str(tmp_path / "t.duckdb"), read_only=True) as con:
        return dict(con.execute("SELECT text, theme FROM statements").fetchall())


def test_the_committee_that_acts_or_asks_does_not_make_the_duty_about_steering(tmp_path):
    themes = _themes(tmp_path)
    theme = {key: next(th for t, th in themes.items() if key in t)
             for key in ("kiểm tra công tác thi", "đội tình nguyện", "thành lập Ban Chỉ đạo")}
    assert theme["kiểm tra công tác thi"] == "inspection", theme  # the committee acts: the duty is an inspection
    assert theme["đội tình nguyện"] == "youth", theme  # the committee only asks: the duty is the volunteers'
    # where the committee is what is set up, the duty is still about direction and organisation
    assert theme["thành lập Ban Chỉ đạo"] == "steering", theme


MANY = """Các trường đã chuẩn bị xong cơ sở vật chất cho kỳ thi tốt nghiệp THPT năm 2024. Các sở, ban, ngành liên quan \
bố trí lực lượng bảo vệ điểm thi. Ngành y tế lo công tác chăm sóc sức khỏe cho thí sinh. Công an tỉnh phân luồng \
ở cổng trường. Các đội thanh niên tình nguyện cũng đã phân công người giữ xe cho thí sinh ở mỗi trường.
"""


def test_a_statement_keeps_its_own_agencys_words_in_a_paragraph_that_names_many(tmp_path):
    # The paragraph names five agencies, each sentence one: the volunteers' sentence is about the volunteers (only a
    # statement that itself lists more than three agencies is a group assignment whose names say nothing)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "daknong_2024_tin.txt").write_text(MANY, encoding="utf-8")
    run_build(tmp_path / "in", tmp_path / "t.duckdb")
    with duckdb.connect(str(tmp_path / "t.duckdb"), read_only=True) as con:
        themes = dict(con.execute("SELECT text, theme FROM statements").fetchall())
    assert next(th for t, th in themes.items() if "giữ xe" in t) == "youth", themes
