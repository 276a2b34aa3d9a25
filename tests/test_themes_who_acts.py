"""A statement's theme is what the duty is about, not who steers it (session 21: real news texts read as "direction
and organisation" whenever a steering committee acted or asked), and the agency that does it counts (session 28:
`doers` in etl/themes.csv). Our own words, built through the real pipeline."""

import duckdb

from etl.build import run_build

TEXT = """Ban Chỉ đạo thi tỉnh kiểm tra công tác thi tại hai điểm thi của huyện Đắk Mil.

Ban Chỉ đạo thi tỉnh cũng đề nghị Tỉnh đoàn lập đội tình nguyện đưa đón thí sinh ở xa.

Phó Chủ tịch UBND tỉnh giao Sở Giáo dục và Đào tạo thành lập Ban Chỉ đạo thi cấp tỉnh và phân công nhiệm vụ cho các thành viên.
"""


def _themes(tmp_path, text: str = TEXT, name: str = "daknong_2024_tin.txt") -> dict[str, str]:
    """Statement text -> theme, after a build of `text` alone."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / name).write_text(text, encoding="utf-8")
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
    themes = _themes(tmp_path, MANY)
    assert next(th for t, th in themes.items() if "giữ xe" in t) == "youth", themes


DIRECTIVE = """ỦY BAN NHÂN DÂN
TỈNH CAO BẰNG
Số: 05/CT-UBND
Cao Bằng, ngày 10 tháng 5 năm 2024
CHỈ THỊ
Về việc tổ chức Kỳ thi tốt nghiệp trung học phổ thông năm 2024
Để Kỳ thi diễn ra an toàn, nghiêm túc, Chủ tịch UBND tỉnh yêu cầu:
1. Công an tỉnh tăng cường tuần tra, kiểm tra tại các điểm thi trước và trong kỳ thi.
2. Sở Giáo dục và Đào tạo kiểm tra công tác chuẩn bị tại các điểm thi.
3. Công ty Điện lực Cao Bằng bố trí lực lượng trực tại các điểm thi để xử lý sự cố.
4. Sở Y tế chuẩn bị giường bệnh, cơ số thuốc sẵn sàng tiếp nhận thí sinh bị ốm.
"""


def test_a_statement_takes_the_theme_of_what_its_doer_does(tmp_path):
    theme = {t.split()[0] + " " + t.split()[1]: th for t, th in _themes(tmp_path, DIRECTIVE, "cao_bang_2024.txt").items()}
    assert theme["Công an"] == "security"  # patrols and checks by the police: not "inspection"
    assert theme["Sở Giáo"] == "inspection"  # the same checks by the education department stay inspection
    assert theme["Công ty"] == "power"  # the power company's crew on duty
    assert theme["Sở Y"] == "health"


UNIVERSITY = """Năm nay việc chấm thi trắc nghiệm của tỉnh do Trường Đại học Tây Nguyên chủ trì.

Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện Krông Pắc bố trí phòng chờ cho thí sinh tự do.

Trường Cao đẳng Y tế tỉnh cử sinh viên tình nguyện giữ xe cho thí sinh tại các điểm thi.
"""


def test_a_universitys_name_does_not_make_its_duty_about_admissions(tmp_path):
    # "đại học" and "giáo dục nghề nghiệp" are admissions words in a duty ("xét tuyển đại học"), not in the name of the
    # body that acts
    themes = _themes(tmp_path, UNIVERSITY, "daklak_2024_tin.txt")
    assert "admissions" not in themes.values(), themes
    assert next(th for t, th in themes.items() if "giữ xe" in t) == "youth", themes


GROUP = DIRECTIVE + """5. Các sở, ngành: Tài chính, Giao thông vận tải, Y tế và Công ty Điện lực Cao Bằng theo chức năng, nhiệm vụ \
được giao chủ động phối hợp, triển khai thực hiện kịp thời các nội dung của Chỉ thị này.
"""


def test_a_group_of_sectors_told_to_work_together_is_no_one_sectors_theme(tmp_path):
    # Four sectors listed as doers of one generic task: their votes cancel, so the task's own words decide (direction
    # and organisation), not whichever sector's theme comes first in the file (it used to be health, or traffic)
    themes = _themes(tmp_path, GROUP, "cao_bang_2024.txt")
    assert next(th for t, th in themes.items() if t.startswith("Các sở, ngành")) == "steering", themes
    # each sector alone still gives its own item its theme
    assert next(th for t, th in themes.items() if t.startswith("Sở Y tế")) == "health", themes
