"""Session 56: patterns met on real texts (session 55's held-out batches, development now), in our own words."""

from __future__ import annotations

from etl.clean import clean
from etl.metadata import extract
from etl.segment import kinds
from tests.attr_helpers import meta_of, roles


def test_the_youth_volunteers_abbreviations_are_the_youth_union():
    # "ĐVTN" (đoàn viên thanh niên), "ĐVTV" (đoàn viên tình nguyện), "Đội TNTN" (thanh niên tình nguyện) in news
    assert roles("ĐVTN giúp thí sinh gửi xe và tìm phòng thi ngay từ sáng sớm.", "Hà Tĩnh", 2025)["lead"] == {"youth_union"}
    assert roles("Tại Can Lộc, nhiều ĐVTV đã có mặt ở điểm thi để đón thí sinh.", "Hà Tĩnh", 2025)["lead"] == {"youth_union"}
    assert roles("Các Đội TNTN đã phát nước uống và hướng dẫn người nhà thí sinh chỗ chờ.", "Tuyên Quang",
                 2024)["lead"] == {"youth_union"}


def test_a_unit_of_an_agency_that_acts_is_the_agency_at_work():
    # "các phòng nghiệp vụ của Công an …", "các đơn vị thành viên thuộc Tổng công ty …" + verb
    text = "Các phòng nghiệp vụ của Công an thành phố đã kiểm tra thiết bị in sao tại khu vực làm đề."
    assert roles(text, "Hà Nội", 2024)["lead"] == {"police"}
    text = "Các đơn vị thành viên thuộc Công ty Điện lực tỉnh đã kiểm tra trạm biến áp gần các điểm thi."
    assert roles(text, "Cần Thơ", 2022)["lead"] == {"electricity"}
    # guard: the unit only named, nothing done by it, leaves the agency a mention
    text = "Thí sinh được phát bút tại phòng nghiệp vụ của Công an thành phố."
    assert roles(text, "Hà Nội", 2024)["lead"] == set()


def test_exam_sites_after_until_now_or_most_of_them_act():
    assert roles("Đến nay các điểm thi đã bố trí đủ bàn ghế và tủ giữ bài thi.", "Đồng Tháp", 2023)["lead"] == {"other"}
    assert roles("Hầu hết các điểm thi đã sắp xếp xong bàn ghế cho thí sinh.", "Gia Lai", 2023)["lead"] == {"other"}
    # guard: where they only are, or what they have, they are places
    assert roles("Thí sinh đến các điểm thi từ sáng sớm.", "Gia Lai", 2023)["lead"] == set()


def test_a_sentence_that_only_says_what_a_place_is_names_no_doer():
    # (development readers: 5 of 5 such sentences name no doer)
    assert roles("Thành phố Cần Thơ là địa phương có nhiều thí sinh tự do nhất vùng.", "Cần Thơ", 2024)["lead"] == set()
    assert roles("Trường THPT Lê Lợi là điểm thi có đông thí sinh nhất huyện.", "Kon Tum", 2022)["lead"] == set()
    assert roles("Thành phố Hải Phòng có lượng thí sinh dự thi tăng so với năm trước.", "Hải Phòng", 2024)["lead"] == set()
    # guards: the first or only one to do something did it; what it is with a duty after it still acts
    assert roles("Thành phố Cần Thơ là địa phương đầu tiên bố trí xe đưa đón thí sinh ở xa.", "Cần Thơ",
                 2024)["lead"] == {"provincial_pc"}
    assert roles("Sở Giáo dục và Đào tạo là cơ quan đầu mối, lo mọi khâu của kỳ thi năm nay.", "Cà Mau",
                 2024)["lead"] == {"education"}


def test_a_report_already_sent_up_is_no_duty():
    # (development readers: 5 of 5 "X đã (có) báo cáo (gửi) Bộ …" name no doer there)
    text = "Ngày 2/7, Sở Giáo dục và Đào tạo tỉnh đã có báo cáo gửi Bộ xin đặt một điểm thi trên đảo."
    assert roles(text, "Kiên Giang", 2021)["lead"] == set()
    assert roles("Sở cũng đã báo cáo UBND tỉnh việc chở đề thi bằng tàu riêng.", "Kiên Giang", 2021)["lead"] == set()
    # guard: a directive's "tổng hợp, báo cáo" is a duty of the one who reports
    text = "Sở Giáo dục và Đào tạo tổng hợp tình hình, báo cáo UBND tỉnh sau mỗi buổi thi."
    assert roles(text, "Kiên Giang", 2021)["lead"] == {"education"}


def test_a_page_stamp_with_its_weekday_is_no_place_and_date_of_issue():
    text = ("Thứ Năm, ngày 22 tháng 08 năm 2019, 10:15:02\n\n"
            "Kiên Giang: Chở đề thi tốt nghiệp THPT năm 2021 ra Phú Quốc bằng tàu cao tốc riêng\n\n"
            "Minh Anh - 09:40, 05/07/2021\n\n"
            "Sở Giáo dục và Đào tạo nói sẽ thuê một tàu riêng chở đề thi ra đảo.\n")
    meta = meta_of(text)
    assert meta.values.get("title") == "Kiên Giang: Chở đề thi tốt nghiệp THPT năm 2021 ra Phú Quốc bằng tàu cao tốc riêng"
    assert (meta.values.get("year"), meta.values.get("issued_date")) == (2021, None)
    text = ("Đồng hành cùng thí sinh\n\nThứ bảy, ngày 08 Tháng 8 năm 2020 lúc 08:30 |\n\n"
            "Chiều 4/8, UBND tỉnh họp báo về kỳ thi tốt nghiệp THPT năm 2020.\n")
    assert meta_of(text).values.get("issued_date") is None
    # guard: a document's own place-and-date line still gives its date
    text = "ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG\nSố: 12/CT-UBND\nKiên Giang, ngày 22 tháng 5 năm 2024\nCHỈ THỊ\nVề kỳ thi\n"
    assert str(meta_of(text).values.get("issued_date")) == "2024-05-22"


def test_a_reported_documents_number_after_co_or_ra():
    text = "Chiều ngày 5/8, Chủ tịch UBND tỉnh có Công văn hoả tốc số 4512/UBND-KGVX về phòng dịch trong kỳ thi năm 2020."
    meta = meta_of(text)
    assert (meta.values.get("doc_type"), meta.values.get("number")) == ("Công văn", "4512/UBND-KGVX")
    text = "UBND tỉnh Thái Bình vừa có công văn hỏa tốc số 4001/UBND-VX về xét nghiệm cho thí sinh năm 2021."
    meta = meta_of(text)
    assert (meta.values.get("doc_type"), meta.values.get("number")) == ("Công văn", "4001/UBND-VX")
    # guard: a national number named is not the report's own
    text = "UBND tỉnh vừa có văn bản triển khai Chỉ thị số 17/CT-TTg về kỳ thi năm 2023."
    assert meta_of(text).values.get("number") is None


def test_the_exam_boards_of_the_regulation_are_agencies_of_their_own():
    # the boards the exam regulation sets up ("Ban In sao", "Ban Vận chuyển …", "Ban Coi thi"), in any letter case
    assert roles("Chìa khóa hòm đề do trưởng ban vận chuyển đề thi giữ suốt đường đi.", "Quảng Nam", 2023)["lead"] == {"other"}
    assert roles("Ban in sao làm việc cách ly cho đến khi môn thi cuối kết thúc.", "Quảng Nam", 2023)["lead"] == {"other"}
    # guard: a board counted ("ban coi thi là khoảng 1.300 người") is a count, no doer
    text = "Tỉnh huy động gần 1.900 người làm thi, riêng ban coi thi là khoảng 1.300 người."
    assert roles(text, "Điện Biên", 2025)["lead"] == {"provincial_pc"}


def test_grassroots_police_and_the_forces_word_for_working_together():
    # "công an cơ sở" (the commune police), "hiệp đồng với" (the forces' "phối hợp với"), "cha mẹ HS" (parents' board)
    text = "Phòng Cảnh sát giao thông hiệp đồng với công an cơ sở để phân luồng quanh các điểm thi."
    assert roles(text, "Hà Nội", 2024) == {"lead": {"police"}, "support": {"police"}}
    text = "Trường phối hợp cùng ban đại diện cha mẹ HS lo chỗ nghỉ trưa cho thí sinh."
    assert roles(text, "Quảng Nam", 2024)["support"] == {"other"}
    # guard: a contract ("hợp đồng") is no partner
    text = "Sở Giáo dục và Đào tạo ký hợp đồng với Công ty Điện lực về cấp điện dự phòng."
    assert roles(text, "Quảng Nam", 2024)["support"] == set()


def test_an_abbreviation_in_brackets_after_the_words_it_stands_for_is_read_over():
    # "ủy ban nhân dân (UBND) các xã …", "Ban Chỉ đạo (BCĐ) thi …": the bracket repeats the words before it
    text = "Công an huyện làm việc với ủy ban nhân dân (UBND) các xã để giữ trật tự ở điểm thi."
    assert roles(text, "Hà Nội", 2022) == {"lead": {"police"}, "support": {"other"}}
    # guard: a bracket that is no abbreviation of the words before it stays ("Công an tỉnh (PC06) …")
    text = "Phòng Cảnh sát giao thông (PC08) phối hợp với Công an các huyện phân luồng giao thông."
    assert roles(text, "Hà Nội", 2022)["lead"] == {"police"}


def test_a_headline_that_runs_into_its_lead_ends_at_the_papers_tag():
    text = ("Quốc phòng - An ninh Công an tỉnh phân luồng giao thông quanh các điểm thi (QNO) - Sáng 26/6, Phòng Cảnh sát "
            "giao thông Công an tỉnh bố trí lực lượng tại các điểm thi năm 2024.\n\nCác tổ tuần tra túc trực suốt hai ngày thi.\n")
    assert meta_of(text).values.get("title") == "Công an tỉnh phân luồng giao thông quanh các điểm thi"
    # guard: a lead with no headline before its tag has no title from it
    text = "(QNO) - Sáng 26/6, Công an tỉnh bố trí lực lượng tại các điểm thi năm 2024.\n\nCác tổ tuần tra túc trực.\n"
    assert meta_of(text).values.get("title") is None


def test_hue_before_2025_is_thua_thien_hue_when_only_the_file_name_gives_the_year():
    text = ("Tiếp sức thí sinh ở Huế\n\nĐoàn thanh niên Công an thành phố Huế đưa đón thí sinh ở xa.\n\n"
            "Các chiến sĩ trẻ ở Huế còn phát nước uống tại cổng trường.\n")
    cleaned = clean(text)
    meta = extract(cleaned.paragraphs, kinds(cleaned.paragraphs), None, "hue-tiepsuc-2023.txt")
    assert (meta.values.get("locality"), meta.values.get("year")) == ("Thừa Thiên Huế", 2023)
    # guard: from 2025 Huế is a centrally-run city of its own
    meta = extract(cleaned.paragraphs, kinds(cleaned.paragraphs), None, "hue-tiepsuc-2025.txt")
    assert meta.values.get("locality") == "Huế"


def test_of_two_exam_years_named_alike_the_later_is_the_texts():
    # a report names this year's exam and, as often, last year's one (no "so với" before it)
    text = ("Lãnh đạo tỉnh kiểm tra công tác chuẩn bị thi\n\n"
            "Kỳ thi năm 2018, tỉnh có ba điểm thi bị ảnh hưởng mưa lũ.\n\n"
            "Ban Chỉ đạo thi tỉnh yêu cầu các điểm thi chuẩn bị chu đáo cho kỳ thi năm 2019.\n")
    assert meta_of(text).values.get("year") == 2019
    # guard: the year named most still wins
    text = ("Lãnh đạo tỉnh kiểm tra công tác chuẩn bị thi\n\n"
            "Kỳ thi năm 2018 diễn ra trong hai ngày; kỳ thi năm 2018 có 9.000 thí sinh.\n\n"
            "Sở Giáo dục và Đào tạo đã rút kinh nghiệm từ kỳ thi năm 2017.\n")
    assert meta_of(text).values.get("year") == 2018


def test_a_reported_documents_number_after_the_pages_byline_and_photo_credits():
    text = ("Thi đợt hai vào ngày 6 và 7/8\n\nNDO -\n\nĐợt hai của kỳ thi năm 2021 dành cho thí sinh chưa thi đợt một.\n\n"
            "Ảnh: MINH AN\n\nẢnh: MINH AN\n\nThi đợt hai vào ngày 6 và 7/8 -0\n\n"
            "Một Thứ trưởng của Bộ vừa ký ban hành công văn số 3001/BGDĐT-QLCL về thi đợt hai.\n")
    meta = meta_of(text)
    assert (meta.values.get("doc_type"), meta.values.get("number")) == ("Công văn", "3001/BGDĐT-QLCL")


def test_a_news_report_of_no_document_implements_nothing():
    # the Prime Minister's directive named as the background of news is not what the report implements
    text = ("Ngành điện sẵn sàng cho kỳ thi năm 2023\n\n"
            "Thực hiện Chỉ thị số 17/CT-TTg của Thủ tướng Chính phủ, Tập đoàn Điện lực yêu cầu các đơn vị bảo đảm điện.\n")
    assert meta_of(text).values.get("implements") is None
    # guard: a document reported by its number implements what it names
    text = ("UBND tỉnh vừa ban hành Công văn số 1201/UBND-VX ngày 2/6/2023 thực hiện Chỉ thị số 17/CT-TTg của Thủ tướng "
            "Chính phủ về kỳ thi năm 2023.\n")
    assert meta_of(text).values.get("implements") == "17/CT-TTg"


def test_a_districts_youth_and_young_volunteers_at_work():
    # "tuổi trẻ huyện X" (the district's youth union at work), "bạn trẻ tình nguyện", "X lại + verb" (again each year)
    text = "Hằng năm, tuổi trẻ huyện Kỳ Sơn lại mở bếp ăn không lấy tiền cho thí sinh ở xa."
    assert roles(text, "Nghệ An", 2023)["lead"] == {"youth_union"}
    assert roles("Hàng chục bạn trẻ tình nguyện túc trực ở các điểm thi.", "Lâm Đồng", 2022)["lead"] == {"youth_union"}
