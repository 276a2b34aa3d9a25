"""A portal report of a letter: "Chiều 4/8, UBND tỉnh X có văn bản số … gửi các sở, ngành …" names its issuer (with
no number it names none, session 63); a report that gives the number opens with the day of issue, also after a paper's
byline. Short texts written for these tests, in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from etl.clean import clean
from tests.test_metadata_fields_unit import _meta


def test_a_report_of_a_letter_sent_names_its_issuer_only_with_its_number():
    # whether the report is the letter itself is not said: no type is inferred from it, and with no number it names
    # no document a user could look up, so no issuer either (session 63)
    meta = _meta("Chiều 4/8, UBND tỉnh Quảng Bình có văn bản gửi các sở, ngành về việc chuẩn bị kỳ thi tốt nghiệp THPT "
                 "năm 2024.\n\nTheo đó, Sở Y tế bố trí cán bộ trực tại điểm thi.")
    assert (meta.values.get("issuer"), meta.values.get("doc_type"), meta.values["locality"]) == (None, None, "Quảng Bình")
    meta = _meta("Chiều 4/8, UBND tỉnh Quảng Bình có văn bản số 2310/UBND-KGVX gửi các sở, ngành về việc chuẩn bị kỳ thi "
                 "tốt nghiệp THPT năm 2024.\n\nTheo đó, Sở Y tế bố trí cán bộ trực tại điểm thi.")
    assert (meta.values["issuer"], meta.values["number"]) == ("UBND tỉnh Quảng Bình", "2310/UBND-KGVX")


def test_the_day_of_issue_opens_the_report_after_a_papers_byline_or_a_time_of_day():
    meta = _meta("Baoquangbinh - Chiều 4/8, UBND tỉnh Quảng Bình ban hành Công văn số 2150/UBND-KGVX về kỳ thi năm 2024.")
    assert meta.values["issued_date"] == dt.date(2024, 8, 4)
    assert meta.values["number"] == "2150/UBND-KGVX"


def test_a_department_that_is_asked_issues_nothing():
    meta = _meta("Phó Chủ tịch UBND tỉnh chủ trì cuộc họp trực tuyến về kỳ thi năm 2023. Sở GD&ĐT được yêu cầu nhanh chóng "
                 "hoàn thành kế hoạch triển khai, trình UBND tỉnh phê duyệt.")
    assert not str(meta.values.get("issuer", "")).startswith("Sở")


def test_a_telegrams_place_and_date_below_its_title_stay_out_of_the_title():
    # a Công điện puts "Nghệ An, ngày …" under its subject line; a long subject line must not swallow it
    meta = _meta("ỦY BAN NHÂN DÂN TỈNH NGHỆ AN\nSố: 12/CĐ-UBND\nCÔNG ĐIỆN\n"
                 "Về việc tập trung bảo đảm an toàn cho thí sinh trong Kỳ thi tốt nghiệp THPT năm 2024\n"
                 "Nghệ An, ngày 24 tháng 6 năm 2024\n\n"
                 "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:\n- Giám đốc các sở;\n- Chủ tịch UBND các huyện.\n\n"
                 "Để kỳ thi diễn ra an toàn trong mùa mưa, Chủ tịch UBND tỉnh yêu cầu các đơn vị theo dõi sát thời tiết.")
    assert meta.values["issued_date"] == dt.date(2024, 6, 24)
    assert meta.values["title"].endswith("năm 2024") and "ngày" not in meta.values["title"]


def test_an_issuer_that_goes_on_asking_is_named_without_the_adverb():
    # "Sở Y tế tỉnh Bình Định tiếp tục đề nghị …", "UBND tỉnh cũng yêu cầu …": the adverb is no part of the name
    # (each names its letter's number: a report that names no document has no issuer)
    meta = _meta("Sở Y tế tỉnh Bình Định tiếp tục đề nghị các bệnh viện bố trí xe cấp cứu tại điểm thi năm 2024 "
                 "(Công văn số 88/SYT-NV, ngày 3/6/2024).")
    assert meta.values["issuer"] == "Sở Y tế tỉnh Bình Định"
    meta = _meta("UBND tỉnh Bình Định cũng yêu cầu các huyện rà soát điểm thi năm 2024 (Công văn số 1234/UBND-VX, "
                 "ngày 3/6/2024).")
    assert meta.values["issuer"] == "UBND tỉnh Bình Định"


def test_a_news_report_that_names_no_document_has_no_issuer():
    # those its sentences say ask for something are news, not the text's author; its place is still theirs (session 63)
    meta = _meta("Bình Định sẵn sàng cho kỳ thi\n\nSở Y tế tỉnh Bình Định đề nghị các bệnh viện bố trí xe cấp cứu tại "
                 "điểm thi năm 2024.\n\nCác bệnh viện đã lên danh sách cán bộ trực.")
    assert (meta.values.get("issuer"), meta.values.get("doc_type"), meta.values["locality"]) == (None, None, "Bình Định")


@pytest.mark.parametrize("text, issuer", [
    # "Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện" closes a notice headed by the committee
    ("ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH\nSố: 215/TB-UBND\nTHÔNG BÁO\nKết luận của Phó Chủ tịch UBND tỉnh về kỳ thi "
     "năm 2024\n\n1. Sở Giáo dục và Đào tạo hoàn thiện phương án tổ chức thi.\n\n2. Công an tỉnh bảo vệ đề thi."
     "\n\nVăn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.", "UBND tỉnh Hà Tĩnh"),
    # the grounds a decision cites ("Căn cứ Quyết định … của Bộ … ban hành Quy chế …") name who issued those (session 63)
    ("ỦY BAN NHÂN DÂN TỈNH LONG AN\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
     "Tân An, ngày 5 tháng 5 năm 2008\n\nQUYẾT ĐỊNH\n\nVề việc phê duyệt phương án tổ chức thi tốt nghiệp năm 2008\n\n"
     "ỦY BAN NHÂN DÂN TỈNH LONG AN\n\nCăn cứ Quyết định số 08/2008/QĐ-BGDĐT ngày 06/3/2008 của Bộ Giáo dục và Đào tạo "
     "ban hành Quy chế thi tốt nghiệp;\n\nTheo đề nghị của Sở Giáo dục và Đào tạo,\n\nQUYẾT ĐỊNH:\n\n"
     "Điều 1. Phê duyệt phương án tổ chức thi tốt nghiệp năm 2008.\n", "UBND tỉnh Long An"),
], ids=["closing formula", "grounds cited"])
def test_a_documents_header_names_its_issuer_whatever_its_text_cites(text, issuer):
    assert _meta(text).values["issuer"] == issuer


def test_a_national_bodys_document_signed_in_hanoi_is_the_whole_countrys():
    # "THỦ TƯỚNG CHÍNH PHỦ … Hà Nội, ngày …": Hà Nội is where it was signed, not the locality it is about
    text = ("THỦ TƯỚNG CHÍNH PHỦ\nSố: 60/CĐ-TTg\nCÔNG ĐIỆN\nVề việc tổ chức Kỳ thi tốt nghiệp THPT năm 2025\n"
            "Hà Nội, ngày 12 tháng 5 năm 2025\n\n1. Bộ Giáo dục và Đào tạo kiểm tra công tác chuẩn bị kỳ thi.")
    meta = _meta(text)
    assert (meta.values["locality"], meta.values["issued_date"]) == ("Toàn quốc", dt.date(2025, 5, 12))
    # a province's document signed in Hà Nội keeps its header's province
    text = ("ỦY BAN NHÂN DÂN TỈNH HÀ GIANG\nSố: 11/CĐ-UBND\nCÔNG ĐIỆN\nVề kỳ thi năm 2025\nHà Nội, ngày 12 tháng 5 năm 2025"
            "\n\n1. Sở Giáo dục và Đào tạo kiểm tra công tác chuẩn bị kỳ thi.")
    assert _meta(text).values["locality"] == "Hà Giang"


def test_hue_before_2025_is_thua_thien_hue():
    # Huế is a centrally-run city from 2025; in 2024 the city and its towns were Thừa Thiên Huế's
    text = "Kỳ thi tốt nghiệp THPT năm 2024: Đội CSGT Công an thị xã Hương Thủy bố trí lực lượng phân luồng quanh điểm thi."
    assert _meta(text).values["locality"] == "Thừa Thiên Huế"
    text = ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HUẾ\n\nSố: 07/CĐ-UBND\nHuế, ngày 21 tháng 6 năm 2024\n\nCÔNG ĐIỆN\nVề kỳ thi\n\n"
            "1. Phòng Giáo dục và Đào tạo rà soát điểm thi.")
    assert _meta(text).values["locality"] == "Thừa Thiên Huế"
    text = "Kỳ thi tốt nghiệp THPT năm 2025: Đội CSGT Công an thị xã Hương Thủy bố trí lực lượng phân luồng quanh điểm thi."
    assert _meta(text).values["locality"] == "Huế"


def test_a_report_of_a_letter_that_asks_is_a_dispatch_of_the_day_it_opens_with():
    # "ngày …, Sở X đã có văn bản đề nghị …": a letter that asks is a Công văn, as "vừa có công văn đề nghị" is
    meta = _meta("Để chăm lo sức khỏe thí sinh dự thi năm 2024; ngày 3/6/2024, Sở Y tế tỉnh Đồng Nai đã có văn bản "
                 "đề nghị các bệnh viện bố trí kíp trực cấp cứu tại các điểm thi.")
    assert meta.values["doc_type"] == "Công văn"
    assert meta.values["issued_date"] == dt.date(2024, 6, 3)


def test_a_headline_run_into_the_lead_still_gives_the_day_of_issue():
    # a headline without its full stop joins the next line; the "Ngày …" that opens the lead is still the day of issue
    meta = _meta("Kiện toàn Ban Chỉ đạo thi trung học phổ thông quốc gia năm 2019 của tỉnh Bến Tre\nNgày 12/4/2019, UBND tỉnh Bến Tre ban hành Quyết định số 815/QĐ-UBND "
                 "về việc kiện toàn Ban Chỉ đạo thi.")
    assert meta.values["issued_date"] == dt.date(2019, 4, 12)
    assert meta.values["number"] == "815/QĐ-UBND"


def test_the_government_offices_conclusion_notice_is_a_national_notice():
    # "Văn phòng Chính phủ vừa thông báo kết luận của Thủ tướng …": a conclusion notice of a national body
    meta = _meta("Không được lơ là\nVăn phòng Chính phủ vừa thông báo kết luận của Phó Thủ tướng về việc "
                 "chuẩn bị kỳ thi tốt nghiệp THPT năm 2025.\nTheo đó, Thủ tướng yêu cầu các bộ, ngành và địa phương chuẩn bị chu đáo.")
    assert (meta.values["doc_type"], meta.values["issuer"], meta.values["locality"]) == (
        "Thông báo", "Văn phòng Chính phủ", "Toàn quốc")


def test_a_ministry_written_short_issues_under_its_full_name():
    # the issuer is the ministry the agencies table names ("Bộ GD&ĐT" is "Bộ Giáo dục và Đào tạo")
    meta = _meta("Bộ GD&ĐT vừa có công văn đề nghị các sở GD&ĐT rà soát điều kiện tổ chức kỳ thi năm 2024.")
    assert meta.values["issuer"] == "Bộ Giáo dục và Đào tạo"


def test_a_city_in_a_universitys_name_is_not_the_place_of_the_report():
    # "phối hợp với Trường Đại học … Hà Nội, Đại học … Hà Nội": the report is about the province it names itself
    meta = _meta("Năm 2019, cán bộ chấm thi ở tỉnh Thanh Hóa đến từ Trường Đại học Bách khoa Hà Nội, Đại học Mỏ Hà Nội và "
                 "Đại học Xây dựng Hà Nội.")
    assert meta.values["locality"] == "Thanh Hóa"


def test_a_telegram_reported_from_the_prime_minister_names_the_office_in_full():
    # the report names "Thủ tướng Chính phủ" once, with the person's name, then only "Thủ tướng yêu cầu …": the issuer is
    # the Government's office
    text = ("Thủ tướng Chính phủ Lê Văn An đã ký công điện về an toàn của kỳ thi tốt nghiệp THPT năm 2024 và của học sinh dịp hè.\n"
            "Thủ tướng yêu cầu các địa phương lo đủ điều kiện cho từng điểm thi.")
    assert _meta(text).values.get("issuer") == "Thủ tướng Chính phủ"


def test_a_web_reports_headline_is_its_title_and_its_time_stamp_is_not_part_of_it():
    # a portal's headline, then its time stamp on a line of its own, then the lead: the headline is the title; the
    # stamp neither joins the headline nor opens the lead's paragraph: it is page furniture (session 50)
    text = ("Điện lực huyện sẵn sàng cấp điện cho hai điểm thi tốt nghiệp THPT\n"
            "Thứ năm, 22/06/2023 09:15\n"
            "Để phục vụ kỳ thi, Điện lực huyện đã kiểm tra toàn bộ đường dây cấp điện cho hai điểm thi của huyện.")
    meta = _meta(text)
    assert meta.values.get("title") == "Điện lực huyện sẵn sàng cấp điện cho hai điểm thi tốt nghiệp THPT"
    cleaned = clean(text)
    assert [p.text[:9] for p in cleaned.paragraphs] == ["Điện lực ", "Để phục v"]
    assert [p.text for p in cleaned.dropped] == ["Thứ năm, 22/06/2023 09:15"]


def test_a_headline_keeps_no_update_stamp_in_brackets():
    text = ("Bưu điện tỉnh bảo đảm chuyển phát đề thi an toàn ( Cập nhật lúc: 12/06/2025 )\n"
            "Bưu điện tỉnh đã bố trí xe chuyên dùng và người áp tải để đưa đề thi đến từng điểm thi trong tỉnh, đồng "
            "thời cử cán bộ trực tại trung tâm khai thác suốt những ngày diễn ra kỳ thi.")
    assert _meta(text).values.get("title") == "Bưu điện tỉnh bảo đảm chuyển phát đề thi an toàn"


def test_a_report_whose_first_line_is_a_sentence_has_no_headline_title():
    text = ("Sở Y tế đã bố trí cán bộ y tế trực tại mỗi điểm thi trong hai ngày thi.\n"
            "Các trung tâm y tế huyện chuẩn bị xe cấp cứu.")
    assert _meta(text).values.get("title") is None


def test_a_report_of_a_plan_the_police_already_have_is_a_plan():
    # "… Công an tỉnh đã có kế hoạch chỉ đạo …": the report is of a plan, as "vừa có kế hoạch" is
    meta = _meta("Giữ trật tự giao thông quanh các điểm thi\nĐể bảo vệ kỳ thi tốt nghiệp THPT năm 2024 trên địa bàn tỉnh, "
                 "Công an tỉnh Tây Ninh đã có kế hoạch cho lực lượng cảnh sát giao thông tuần tra trên các tuyến đường dẫn tới điểm thi.")
    assert meta.values["doc_type"] == "Kế hoạch"


def test_a_report_that_opens_with_the_day_a_ministry_sent_a_telegram_is_of_a_telegram():
    # "Ngày 4/8, Bộ Y tế có công điện gửi …": the day, who, and "có" + the type, without "vừa"
    meta = _meta("Ngày 2/7, Bộ Y tế có công điện gửi các sở y tế về phòng bệnh cho thí sinh dự kỳ thi tốt nghiệp THPT năm 2024.\n"
                 "Bộ Y tế yêu cầu các sở y tế bố trí người trực tại các điểm thi.")
    assert meta.values["doc_type"] == "Công điện"
