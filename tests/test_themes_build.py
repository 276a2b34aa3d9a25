"""The theme a user sees next to each statement after a real build: the doer's sector counts (etl/themes.py,
`doers` in etl/themes.csv). A short directive in our own words."""

from __future__ import annotations

import duckdb

from etl.build import run_build

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
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "cao_bang_2024.txt").write_text(DIRECTIVE, encoding="utf-8")
    db = tmp_path / "d.duckdb"
    run_build(folder, db)
    with duckdb.connect(str(db), read_only=True) as con:
        got = dict(con.execute("SELECT text, theme FROM statements").fetchall())
    theme = {t.split()[0] + " " + t.split()[1]: th for t, th in got.items()}
    assert theme["Công an"] == "security"  # patrols and checks by the police: not "inspection"
    assert theme["Sở Giáo"] == "inspection"  # the same checks by the education department stay inspection
    assert theme["Công ty"] == "power"  # the power company's crew on duty
    assert theme["Sở Y"] == "health"
