"""What the Document page shows of a directive's header (etl/metadata.py): its number, place, year, day of issue,
type, title, issuer, signer and recipients, where each came from (the text or the manifest), and the warning a
reader gets when the header says something impossible or leaves a blank. Short documents written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from etl.clean import clean
from etl.metadata import extract
from etl.segment import kinds


def _meta(text: str, manifest: dict | None = None):
    """The metadata a build reads: cleaned paragraphs, their kinds, then the header (etl.pipeline's order)."""
    cleaned = clean(text)
    return extract(cleaned.paragraphs, kinds(cleaned.paragraphs), manifest)


DIRECTIVE = """ỦY BAN NHÂN DÂN
TỈNH CAO BẰNG
Số: 12 / CT-UBND
Cao Bằng, ngày {day} tháng 4 năm 2024

CHỈ THỊ
Về việc tổ chức Kỳ thi tốt nghiệp trung học phổ thông năm 2024

Thực hiện Chỉ thị số 15/CT-TTg của Thủ tướng Chính phủ về tổ chức kỳ thi năm nay.

Để kỳ thi diễn ra an toàn, nghiêm túc, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:

1. Sở Giáo dục và Đào tạo chủ trì tổ chức kỳ thi.
2. Công an tỉnh bảo vệ đề thi; Ủy ban nhân dân huyện Bảo Lạc bố trí nơi ở cho thí sinh ở xa.

Nơi nhận:
- Bộ Giáo dục và Đào tạo (để báo cáo);
- Sở Y tế; | KT. CHỦ TỊCH
- Lưu: VT.

CHỦ TỊCH
Lê Văn An
"""


def test_a_headed_directive_gives_every_field_from_its_own_text():
    meta = _meta(DIRECTIVE.format(day=10))
    assert meta.values == {
        "locality": "Cao Bằng", "year": 2024, "issued_date": dt.date(2024, 4, 10),
        "number": "12/CT-UBND",  # typed with spaces around the slash
        "doc_type": "Chỉ thị", "title": "Về việc tổ chức Kỳ thi tốt nghiệp trung học phổ thông năm 2024",
        "issuer": "Chủ tịch UBND tỉnh Cao Bằng",  # from the second opening sentence, not the header's committee
        "signer_title": "CHỦ TỊCH", "signer": "Lê Văn An", "implements": "15/CT-TTg",
    }
    assert set(meta.sources.values()) == {"text"} and meta.warnings == []
    # a Word table puts the signature beside the list: " | KT. CHỦ TỊCH" is not part of a recipient
    assert meta.recipients == ["Bộ Giáo dục và Đào tạo (để báo cáo)", "Sở Y tế"]


def test_an_impossible_day_of_issue_is_a_warning_that_quotes_the_header():
    meta = _meta(DIRECTIVE.format(day=31))  # 31 April
    assert "issued_date" not in meta.values and meta.values["year"] == 2024
    assert [f for f, _ in meta.warnings] == ["issued_date"]
    assert meta.warnings[0][1].startswith("the date in the header is impossible: ")
    assert meta.warnings[0][1].endswith("Cao Bằng, ngày 31 tháng 4 năm 2024")


def test_the_manifest_overrides_the_header_and_says_so():
    manifest = {"year": "2025", "issued_date": "2025-05-20", "locality": "Hà Giang", "signer": "Nguyễn Thị Hoa"}
    meta = _meta(DIRECTIVE.format(day=10), manifest)
    assert (meta.values["year"], meta.values["issued_date"]) == (2025, dt.date(2025, 5, 20))
    assert (meta.values["locality"], meta.values["signer"]) == ("Hà Giang", "Nguyễn Thị Hoa")
    assert meta.values["issuer"] == "Chủ tịch UBND tỉnh Hà Giang"  # the issuer is of the manifest's place
    assert {f: s for f, s in meta.sources.items() if s == "manifest"} == dict.fromkeys(manifest, "manifest")
    assert meta.sources["number"] == meta.sources["title"] == "text"


def test_a_district_date_line_and_a_blank_day_of_issue():
    """A department's notice: the number has no digits yet, the date line names a district (Bảo Lạc, Cao Bằng)
    on the number's line, and the day is left blank for the signer to fill in."""
    meta = _meta("""SỞ GIÁO DỤC VÀ ĐÀO TẠO
Số: /SGDĐT-QLT Bảo Lạc, ngày    tháng 5 năm 2023

THÔNG BÁO
Về lịch thi của Kỳ thi tốt nghiệp trung học phổ thông

1. Thí sinh có mặt tại điểm thi trước 7 giờ.
2. Cán bộ coi thi nhận nhiệm vụ lúc 6 giờ 30.
""")
    assert (meta.values["locality"], meta.values["year"], meta.values["doc_type"]) == ("Cao Bằng", 2023, "Thông báo")
    assert meta.sources["locality"] == meta.sources["year"] == "text"
    assert meta.warnings == [("issued_date", "the day of issue is left blank in the header")]


def test_the_type_is_read_from_the_number_when_no_title_line_gives_it():
    meta = _meta("""ỦY BAN NHÂN DÂN
TỈNH HÀ GIANG
Số: 7/TB-UBND
Hà Giang, ngày 2 tháng 6 năm 2022

KẾT LUẬN CỦA CHỦ TỊCH UBND TỈNH
TẠI CUỘC HỌP BAN CHỈ ĐẠO KỲ THI

1. Sở Giáo dục và Đào tạo hoàn thành việc in sao đề thi đúng kế hoạch.
2. Công an tỉnh bảo vệ khu vực in sao đề thi.
""")
    assert (meta.values["number"], meta.values["doc_type"]) == ("7/TB-UBND", "Thông báo")


def test_a_title_in_capitals_over_two_lines_is_one_title():
    meta = _meta("""ỦY BAN NHÂN DÂN
TỈNH CAO BẰNG

CHỈ THỊ
VỀ VIỆC TỔ CHỨC KỲ THI
TỐT NGHIỆP THPT NĂM 2024

1. Sở Giáo dục và Đào tạo chủ trì tổ chức kỳ thi.
2. Công an tỉnh bảo vệ đề thi.
""")
    assert meta.values["title"] == "VỀ VIỆC TỔ CHỨC KỲ THI TỐT NGHIỆP THPT NĂM 2024"


def test_an_official_letter_takes_its_title_from_the_subject_on_the_number_line():
    meta = _meta("""SỞ Y TẾ
Số: 45/SYT V/v bảo đảm y tế cho kỳ thi tốt nghiệp THPT tại tỉnh Bến Tre

Kính gửi: Các bệnh viện trên địa bàn tỉnh

1. Các bệnh viện bố trí xe cấp cứu trực tại điểm thi trong những ngày thi năm 2024.
2. Trung tâm Y tế các huyện cử cán bộ trực.
""")
    assert meta.values["title"] == "V/v bảo đảm y tế cho kỳ thi tốt nghiệp THPT tại tỉnh Bến Tre"
    assert (meta.values["number"], meta.values["doc_type"]) == ("45/SYT", "Công văn")
    assert (meta.values["locality"], meta.sources["locality"]) == ("Bến Tre", "text")  # the subject names it


def test_a_subject_and_date_on_one_line_keep_the_whole_subject():
    meta = _meta("""SỞ Y TẾ
Số: 45/SYT V/v bảo đảm y tế cho kỳ thi tốt nghiệp THPT Bến Tre, ngày 5 tháng 6 năm 2024

Kính gửi: Các bệnh viện trên địa bàn tỉnh

1. Các bệnh viện bố trí xe cấp cứu trực tại điểm thi.
2. Trung tâm Y tế các huyện cử cán bộ trực.
""")
    assert (meta.values["locality"], meta.values["issued_date"]) == ("Bến Tre", dt.date(2024, 6, 5))
    assert meta.values["title"] == "V/v bảo đảm y tế cho kỳ thi tốt nghiệp THPT"


@pytest.mark.parametrize(("line", "title"), [
    # a district the locality list cannot know: the place is the last run of capitalised words, not "THPT"
    ("Số: 12/PGDĐT V/v trực bảo vệ điểm thi tốt nghiệp THPT Châu Thành, ngày 2 tháng 6 năm 2024",
     "V/v trực bảo vệ điểm thi tốt nghiệp THPT"),
    ("Số: 7/SGDĐT V/v cử cán bộ coi thi TP. Hồ Chí Minh, ngày 2 tháng 6 năm 2024", "V/v cử cán bộ coi thi"),
])
def test_the_subject_stops_where_the_date_lines_place_starts(line, title):
    meta = _meta(f"SỞ GIÁO DỤC VÀ ĐÀO TẠO\n{line}\n\nKính gửi: Các trường THPT\n\n1. Các trường cử cán bộ coi thi.\n")
    assert meta.values["title"] == title
    assert meta.values["issued_date"] == dt.date(2024, 6, 2)


def test_the_issuer_named_only_in_the_closing_request():
    meta = _meta("""ỦY BAN NHÂN DÂN
TỈNH CAO BẰNG
Số: 9/CT-UBND
Cao Bằng, ngày 3 tháng 3 năm 2024

CHỈ THỊ
Về việc chuẩn bị Kỳ thi tốt nghiệp trung học phổ thông năm 2024

Để chuẩn bị tốt kỳ thi năm nay, các cơ quan, đơn vị thực hiện những việc sau:

1. Sở Giáo dục và Đào tạo chủ trì tổ chức kỳ thi.
2. Công an tỉnh bảo vệ đề thi.

Chủ tịch Ủy ban nhân dân tỉnh yêu cầu Thủ trưởng các sở, ban, ngành nghiêm túc thực hiện Chỉ thị này./.
""")
    assert meta.values["issuer"] == "Chủ tịch UBND tỉnh Cao Bằng"  # the header alone would give "UBND tỉnh …"


NOTICE = """ỦY BAN NHÂN DÂN
{unit}
Số: 30/TB-UBND
{place}, ngày 8 tháng 5 năm 2024

THÔNG BÁO
Ý kiến kết luận về công tác chuẩn bị Kỳ thi tốt nghiệp THPT năm 2024

Ngày 6 tháng 5 năm 2024, Chủ tịch Ủy ban nhân dân chủ trì cuộc họp về công tác chuẩn bị kỳ thi.

1. Sở Giáo dục và Đào tạo hoàn thành việc rà soát cơ sở vật chất các điểm thi.
2. Công an xây dựng phương án bảo vệ đề thi.

Nơi nhận:
- Như trên;
- Lưu: VT.

TL. CHỦ TỊCH
KT. CHÁNH VĂN PHÒNG
PHÓ CHÁNH VĂN PHÒNG
Hoàng Thị Mai
"""


@pytest.mark.parametrize(("unit", "place", "issuer"), [
    ("TỈNH CAO BẰNG", "Cao Bằng", "Văn phòng UBND tỉnh Cao Bằng"),
    ("THÀNH PHỐ ĐÀ NẴNG", "Đà Nẵng", "Văn phòng UBND thành phố Đà Nẵng"),
])
def test_a_notice_signed_for_the_chairman_by_the_office_is_the_offices(unit, place, issuer):
    meta = _meta(NOTICE.format(unit=unit, place=place))
    assert (meta.values["issuer"], meta.sources["issuer"]) == (issuer, "text")
    assert (meta.values["signer_title"], meta.values["signer"]) == ("PHÓ CHÁNH VĂN PHÒNG", "Hoàng Thị Mai")
    assert meta.warnings == []


def test_the_manifest_issuer_is_kept_under_an_office_signature():
    # kept as typed: the place is not added to a manifest's issuer
    meta = _meta(NOTICE.format(unit="TỈNH CAO BẰNG", place="Cao Bằng"), {"issuer": "Văn phòng UBND tỉnh"})
    assert (meta.values["issuer"], meta.sources["issuer"]) == ("Văn phòng UBND tỉnh", "manifest")


def test_a_news_report_gives_type_number_and_day_in_its_opening_sentence():
    """A portal's report has no header: the type and number come from "vừa ban hành Chỉ thị số …", the day and
    month from "Ngày 7/6", the year from the exam it names; each inferred value says so."""
    meta = _meta("Ngày 7/6, Chủ tịch UBND tỉnh Cao Bằng vừa ban hành Chỉ thị số 05/CT-UBND về tăng cường công tác "
                 "tổ chức Kỳ thi tốt nghiệp THPT năm 2024.\n\n"
                 "Theo đó, Sở Giáo dục và Đào tạo chủ trì tổ chức kỳ thi, bảo đảm an toàn, nghiêm túc.\n\n"
                 "Công an tỉnh bảo vệ tuyệt đối an toàn đề thi.\n")
    assert meta.values == {"doc_type": "Chỉ thị", "number": "05/CT-UBND", "issuer": "Chủ tịch UBND tỉnh Cao Bằng",
                           "locality": "Cao Bằng", "year": 2024, "issued_date": dt.date(2024, 6, 7)}
    assert {f for f, s in meta.sources.items() if s == "inferred"} == {"doc_type", "year", "issued_date"}
    assert meta.warnings == [
        ("doc_type", "no header: the type is read from the opening sentence ('Chỉ thị')"),
        ("year", "no dated header: the year 2024 is the exam year the text names most"),
        ("issued_date", "the sentence gives the day and month of issue; the year is the document's"),
        ("title", "title is not stated in the text nor in the manifest: left empty"),
    ]


def test_a_news_report_with_the_full_date_of_issue_states_the_year():
    meta = _meta("UBND tỉnh Hà Giang vừa ban hành Kế hoạch số 88/KH-UBND ngày 12/5/2023 về tổ chức Kỳ thi tốt "
                 "nghiệp THPT trên địa bàn tỉnh.\n\nTheo kế hoạch, Sở Giáo dục và Đào tạo chủ trì tổ chức kỳ thi.\n")
    assert (meta.values["number"], meta.values["year"], meta.values["issued_date"]) == \
           ("88/KH-UBND", 2023, dt.date(2023, 5, 12))
    assert meta.sources["year"] == meta.sources["issued_date"] == "text"
    assert [f for f, _ in meta.warnings] == ["doc_type", "title"]


def test_a_directive_without_header_takes_its_province_from_the_title():
    meta = _meta("CHỈ THỊ\nVề việc tổ chức Kỳ thi tốt nghiệp THPT năm 2024 trên địa bàn tỉnh Hà Giang\n\n"
                 "1. Sở Giáo dục và Đào tạo chủ trì tổ chức kỳ thi.\n2. Công an tỉnh bảo vệ đề thi.\n")
    assert (meta.values["locality"], meta.sources["locality"]) == ("Hà Giang", "text")
    assert [f for f, _ in meta.warnings] == ["year", "issuer"]


def test_an_official_letter_lists_whom_it_is_sent_to_with_any_bullet_and_wrapped_lines():
    meta = _meta("""SỞ GIÁO DỤC VÀ ĐÀO TẠO
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 210/SGDĐT-QLT
V/v phối hợp bảo đảm an ninh kỳ thi

Hà Giang, ngày 15 tháng 5 năm 2023

Kính gửi: Công an tỉnh Hà Giang
– Sở Y tế;
+ Công ty Điện lực Hà Giang;
• Ủy ban nhân dân các huyện, thành phố
trên địa bàn tỉnh.

Sở Giáo dục và Đào tạo đề nghị các đơn vị phối hợp thực hiện các việc sau:
1. Bảo vệ an toàn các điểm thi.
2. Bảo đảm điện liên tục trong những ngày thi.

Nơi nhận:
- Như trên;
- Ban Giám đốc Sở.

TL. GIÁM ĐỐC
TRƯỞNG PHÒNG QUẢN LÝ THI
Nguyễn Văn Bình
""")
    assert meta.recipients == ["Công an tỉnh Hà Giang", "Sở Y tế", "Công ty Điện lực Hà Giang",
                               "Ủy ban nhân dân các huyện, thành phố trên địa bàn tỉnh", "Như trên", "Ban Giám đốc Sở"]
    # signed for the director by a section head, not by the committee's office: the department stays the issuer
    assert (meta.values["signer_title"], meta.values["signer"]) == ("TRƯỞNG PHÒNG QUẢN LÝ THI", "Nguyễn Văn Bình")
    assert (meta.values["title"], meta.values["doc_type"]) == ("V/v phối hợp bảo đảm an ninh kỳ thi", "Công văn")
    assert (meta.values["issuer"], meta.values["locality"]) == ("Sở Giáo dục và Đào tạo", "Hà Giang")
    assert meta.warnings == []


def test_a_district_report_without_province_or_exam_year_says_how_both_were_found():
    meta = _meta("Phòng Giáo dục và Đào tạo huyện Bảo Lạc tổ chức cho thí sinh làm thủ tục dự thi từ ngày 27 đến "
                 "28/6/2023.\n\nCác trường trung học phổ thông trên địa bàn huyện cử giáo viên hướng dẫn thí sinh.\n")
    assert (meta.values["locality"], meta.values["year"]) == ("Cao Bằng", 2023)
    assert meta.sources == {"locality": "inferred", "year": "inferred"}
    assert meta.warnings[:2] == [
        ("locality", "no province named: Cao Bằng is the province of the district the text names"),
        ("year", "no dated header and no exam year: the year 2023 is the one its dates give"),
    ]


def test_a_party_committee_directive_names_its_province_after_the_committee():
    meta = _meta("""TỈNH ỦY CAO BẰNG
Số: 40/CT-TU
Cao Bằng, ngày 3 tháng 3 năm 2024

CHỈ THỊ
Về tăng cường sự lãnh đạo đối với Kỳ thi tốt nghiệp THPT năm 2024

Ban Thường vụ Tỉnh ủy yêu cầu:

1. Ban cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo tổ chức kỳ thi.
2. Các huyện ủy, thành ủy chỉ đạo cấp ủy cơ sở tuyên truyền về kỳ thi.
""")
    assert meta.values["issuer"] == "Ban Thường vụ Tỉnh ủy Cao Bằng"


def test_a_party_committee_number_with_a_dash_is_read():
    meta = _meta("TỈNH ỦY CAO BẰNG\nSố: 40-CT/TU\nCao Bằng, ngày 3 tháng 3 năm 2024\n\nCHỈ THỊ\n"
                 "Về tăng cường sự lãnh đạo đối với Kỳ thi tốt nghiệp THPT năm 2024\n\n"
                 "1. Các huyện ủy chỉ đạo tuyên truyền về kỳ thi.\n2. Các cấp ủy kiểm tra việc tổ chức kỳ thi.\n")
    assert meta.values.get("number") == "40-CT/TU"


@pytest.mark.parametrize(("opening", "number", "issued"), [
    ("UBND tỉnh Hà Giang vừa ban hành Chỉ thị số 07/CT-UBND về tổ chức Kỳ thi tốt nghiệp THPT năm 2023.",
     "07/CT-UBND", None),  # no day at all
    ("UBND tỉnh Hà Giang vừa ban hành Chỉ thị số 07/CT-UBND ngày 31/4/2023 về tổ chức Kỳ thi tốt nghiệp THPT.",
     "07/CT-UBND", None),  # a day that does not exist: no day of issue, no crash
    ("Ngày 31/4, UBND tỉnh Hà Giang vừa ban hành Chỉ thị số 07/CT-UBND về tổ chức Kỳ thi tốt nghiệp THPT năm 2023.",
     "07/CT-UBND", None),
])
def test_a_news_report_without_a_real_day_of_issue_has_none(opening, number, issued):
    meta = _meta(opening + "\n\nSở Giáo dục và Đào tạo chủ trì tổ chức kỳ thi.\n")
    assert (meta.values["number"], meta.values["year"], meta.values.get("issued_date")) == (number, 2023, issued)
    assert meta.values["doc_type"] == "Chỉ thị"


def test_a_report_opening_with_the_type_reads_it_but_not_a_later_paragraphs_number_or_issuer():
    """The type from "Chỉ thị … yêu cầu" at the start of the first paragraph; the plan a fourth paragraph
    recalls, and the department that asks something there, are not this document's number and issuer."""
    meta = _meta("Chỉ thị về tổ chức Kỳ thi tốt nghiệp THPT năm 2023 của tỉnh Hà Giang nêu rõ các nhiệm vụ trọng tâm.\n\n"
                 "Các trường phổ thông tổ chức ôn tập cho học sinh lớp 12.\n\n"
                 "Các điểm thi bố trí đủ phòng thi dự phòng.\n\n"
                 "Trước đó, Sở Giáo dục và Đào tạo đề nghị các trường rà soát hồ sơ; UBND tỉnh đã ban hành "
                 "Kế hoạch số 45/KH-UBND ngày 3/3/2023 về công tác tuyển sinh.\n")
    assert (meta.values["doc_type"], meta.sources["doc_type"]) == ("Chỉ thị", "inferred")
    assert "number" not in meta.values and "issuer" not in meta.values


def test_a_committee_that_asks_in_its_own_name_is_written_ubnd():
    meta = _meta(DIRECTIVE.format(day=10).replace("Chủ tịch Ủy ban nhân dân tỉnh yêu cầu", "Ủy ban nhân dân tỉnh yêu cầu"))
    assert meta.values["issuer"] == "UBND tỉnh Cao Bằng"
