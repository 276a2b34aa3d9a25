"""From July 2025 Viet Nam has no district level: a 2026 directive gives the districts' duties to the commune
committees ("UBND các xã, phường, đặc khu"). The gazetteer records this like the department mergers, so a comparison
of 2025 with 2026 follows the duty, not the name. Our own words."""

import duckdb

from etl.build import run_build
from tests.attr_helpers import parts, roles

SENTENCE = "UBND các xã, phường bố trí phương tiện đưa đón thí sinh ở vùng sâu, vùng xa đến điểm thi."


def test_from_2026_the_commune_committees_are_the_local_government():
    assert roles(SENTENCE, "Tuyên Quang", 2026)["lead"] == {"district_pc"}
    assert roles("Chủ tịch UBND các xã, phường, đặc khu chịu trách nhiệm bảo đảm an ninh tại địa bàn.",
                 "Tuyên Quang", 2026)["lead"] == {"district_pc"}
    # while districts existed the communes were a lower level, kept under their own name
    assert roles(SENTENCE, "Tuyên Quang", 2024)["lead"] == {"other"}
    assert parts(SENTENCE, "Tuyên Quang", 2024)["doer"] == {"UBND cấp xã"}


def test_from_2026_the_commune_party_committees_lead_locally():
    text = "Đảng ủy các xã, phường lãnh đạo, chỉ đạo công tác tuyên truyền về kỳ thi."
    assert roles(text, "Tuyên Quang", 2026)["lead"] == {"district_party"}


DOC = """CHỈ THỊ
Về việc tổ chức Kỳ thi tốt nghiệp THPT năm {year}

1. Sở Giáo dục và Đào tạo chủ trì tổ chức kỳ thi bảo đảm nghiêm túc, đúng quy chế.
2. {local} bố trí phương tiện đưa đón thí sinh ở vùng sâu, vùng xa đến điểm thi.
"""


def test_a_duty_of_the_districts_that_the_communes_take_over_is_not_reassigned(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(DOC.format(year=2025, local="UBND các huyện"), encoding="utf-8")
    (folder / "b.txt").write_text(DOC.format(year=2026, local="UBND các xã, phường"), encoding="utf-8")
    (folder / "manifest.csv").write_text("source_file,locality,year\na.txt,Tuyên Quang,2025\nb.txt,Tuyên Quang,2026\n",
                                         encoding="utf-8")
    db = tmp_path / "x.duckdb"
    run_build(folder, db)
    con = duckdb.connect(str(db), read_only=True)
    try:
        rows = con.execute("SELECT text_a, text_b, status FROM changes('Tuyên Quang', 2025, 'Tuyên Quang', 2026)").fetchall()
    finally:
        con.close()
    transport = [r for r in rows if "phương tiện" in (r[0] or r[1])]
    assert len(transport) == 1, rows  # one duty on both sides, not "dropped" and "new"
    assert transport[0][2] in ("unchanged", "reworded"), transport
