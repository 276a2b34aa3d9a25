"""A news report that never says where or when (the provincial paper's readers know): the file's name, when it spells
one province and one year, fills the gap, says so in a warning, and never overrides what the text or the manifest
says. Short texts written for these tests, in our own words."""

from __future__ import annotations

import duckdb
import pytest

from etl.build import run_build
from etl.metadata import file_name_facts

REPORT = ("Sáng 25/6, Công an tỉnh bố trí lực lượng canh gác khu vực in sao đề thi suốt ngày đêm.\n\n"
          "Sở Y tế cử cán bộ trực ở mọi điểm thi trong hai ngày thi.\n")


@pytest.mark.parametrize(("name", "facts"), [
    ("hagiang-baove-2021.txt", ("Hà Giang", 2021)),
    ("Quang_Nam 2024 chi thi.docx", ("Quảng Nam", 2024)),
    ("Hà Tĩnh-2023.pdf", ("Hà Tĩnh", 2023)),
    ("tphcm-tiepsuc-2024.txt", ("Hồ Chí Minh", 2024)),
    ("01_hatinh-kyanh-bcd.txt", ("Hà Tĩnh", None)),
    # a hash, a dispatch number, a date written as one number: nothing
    ("000_8f861f167f9d767e.txt", (None, None)),
    ("7619-UBND-VP.pdf", (None, None)),
    ("cong-van-12052023.pdf", (None, None)),
    # two places or two years: the name does not decide
    ("hanoi-haiphong-2023.txt", (None, 2023)),
    ("kehoach_2023_2024.txt", (None, None)),
    # a province's name inside a longer word is no province
    ("thuehue-2024.txt", (None, 2024)),
])
def test_a_file_name_spells_a_province_and_a_year_only_when_it_spells_one_of_each(name, facts):
    assert file_name_facts(name) == facts


def _fields(tmp_path, files: dict[str, str]) -> dict[str, dict]:
    raw = tmp_path / "raw"
    raw.mkdir()
    for name, text in files.items():
        (raw / name).write_text(text, encoding="utf-8")
    db = tmp_path / "x.duckdb"
    run_build(raw, db)
    con = duckdb.connect(str(db), read_only=True)
    try:
        rows = con.execute("SELECT d.source_file, d.locality, d.year, f.field, f.source FROM documents d "
                           "LEFT JOIN document_fields f ON f.doc_id = d.doc_id AND f.field IN ('locality', 'year')").fetchall()
        warned = con.execute("SELECT source_file, field, message FROM warnings").fetchall()
    finally:
        con.close()
    out: dict[str, dict] = {}
    for f, loc, year, field, source in rows:
        out.setdefault(f, {"locality": loc, "year": year, "sources": {}, "warnings": {}})
        if field:
            out[f]["sources"][field] = source
    for f, field, message in warned:
        if f in out:
            out[f]["warnings"].setdefault(field, message)
    return out


def test_a_report_that_never_says_where_or_when_takes_both_from_its_file_name(tmp_path):
    got = _fields(tmp_path, {"quangtri-baove-dethi-2024.txt": REPORT, "a1b2c3d4.txt": REPORT.replace("25/6", "26/6")})
    named = got["quangtri-baove-dethi-2024.txt"]
    assert (named["locality"], named["year"]) == ("Quảng Trị", 2024)
    assert named["sources"] == {"locality": "file name", "year": "file name"}
    assert "file's name" in named["warnings"]["year"] and "file's name" in named["warnings"]["locality"]
    hashed = got["a1b2c3d4.txt"]
    assert (hashed["locality"], hashed["year"]) == (None, None)
    assert "left empty" in hashed["warnings"]["year"]


def test_what_the_text_says_wins_over_the_file_name(tmp_path):
    text = "Kỳ thi tốt nghiệp THPT năm 2022 của tỉnh Nghệ An: " + REPORT
    got = _fields(tmp_path, {"quangtri-2024.txt": text})["quangtri-2024.txt"]
    assert (got["locality"], got["year"]) == ("Nghệ An", 2022)
    assert "file name" not in got["sources"].values()


def test_a_candidates_year_of_birth_is_not_the_exam_year(tmp_path):
    # a report that tells one candidate's story names her birth year as often as the exam's
    text = ("Em H. sinh năm 2006, thí sinh của huyện miền núi, được công an đưa đến điểm thi kịp giờ.\n\n"
            "Kỳ thi tốt nghiệp THPT năm 2024, tỉnh Quảng Bình có hơn 12.000 thí sinh dự thi.\n")
    got = _fields(tmp_path, {"a1b2.txt": text})["a1b2.txt"]
    assert got["year"] == 2024


def test_admissions_of_a_year_name_that_year(tmp_path):
    # "tuyển sinh năm 2023" is the admissions of 2023, not somebody born in 2023
    text = ("Theo bà Lê Thu Trang, mỗi quận, huyện phải có kế hoạch riêng cho mùa tuyển sinh năm 2023 và báo cáo "
            "thành phố trước cuối tháng.\n")
    assert _fields(tmp_path, {"f00d.txt": text})["f00d.txt"]["year"] == 2023


def test_the_exam_spelled_out_names_its_year(tmp_path):
    # "kỳ thi tốt nghiệp Trung học phổ thông 2022", without "năm" and without the abbreviation
    text = ("Để đưa thí sinh vùng đảo vào đất liền, ngành giáo dục chuẩn bị cả tàu lẫn xe cho kỳ thi tốt nghiệp Trung "
            "học phổ thông 2022.\n")
    assert _fields(tmp_path, {"beef.txt": text})["beef.txt"]["year"] == 2022


def test_a_ministrys_visit_under_a_provincial_papers_byline_is_that_provinces_news(tmp_path):
    text = ("BHG - Sáng qua, đoàn công tác của Bộ Giáo dục và Đào tạo đề nghị các điểm thi vùng cao giữ nghiêm kỷ luật "
            "phòng thi.\n")
    assert _fields(tmp_path, {"cafe.txt": text})["cafe.txt"]["locality"] == "Hà Giang"


def test_a_district_that_shares_its_name_with_its_town_names_its_province(tmp_path):
    # the district list tells "Kỳ Anh (Huyện)" from "Kỳ Anh (Thị xã)"; the text says "huyện Kỳ Anh"
    text = ("UBND huyện Kỳ Anh họp Ban Chỉ đạo thi cấp huyện, giao các xã bố trí xe đưa đón thí sinh ở xa đến điểm "
            "thi.\n")
    assert _fields(tmp_path, {"d00d.txt": text})["d00d.txt"]["locality"] == "Hà Tĩnh"
