"""Session 57: patterns met on real texts (session 56's held-out batches, development now), in our own words."""

from __future__ import annotations

import datetime as dt

from tests.attr_helpers import meta_of, roles


def test_the_youth_unions_name_is_no_city():
    # "Đoàn TNCS Hồ Chí Minh" bears the president's name: a national letter to the Youth Union and to every province's
    # traffic-safety board is the whole country's, not Hồ Chí Minh City's
    text = ("Ngày 12-4, Ủy ban An toàn giao thông Quốc gia vừa có công văn nhắc Ban An toàn giao thông các tỉnh và Trung "
            "ương Đoàn TNCS Hồ Chí Minh giữ đường thông thoáng quanh các điểm thi năm 2019.\n\n"
            "Theo công văn, mỗi tỉnh đoàn lập đội thanh niên dẫn đường cho thí sinh; Đoàn TNCS Hồ Chí Minh các cấp "
            "vận động đoàn viên tham gia.\n")
    meta = meta_of(text)
    assert meta.values.get("locality") != "Hồ Chí Minh"
    # the letter is reported on the day it went out: its type and that day (the year is the document's)
    assert meta.values.get("doc_type") == "Công văn"
    assert meta.values.get("issued_date") == dt.date(2019, 4, 12)
    # guard: a day that dates the news, not the document ("Ngày 20/5, Sở … cho biết, Sở vừa ban hành kế hoạch …")
    text = ("Ngày 20/5, Sở Y tế tỉnh cho biết, Sở vừa ban hành kế hoạch bảo đảm y tế cho kỳ thi tốt nghiệp THPT năm "
            "2025.\n\nTrung tâm Y tế các huyện bố trí cán bộ trực tại điểm thi.\n")
    meta = meta_of(text)
    assert meta.values.get("doc_type") == "Kế hoạch" and "issued_date" not in meta.values
    # guard: the city itself is still the city
    text = ("Ngày 3-6, UBND Thành phố Hồ Chí Minh có công văn về phân luồng giao thông quanh các điểm thi tốt nghiệp "
            "THPT năm 2024.\n\nSở Giao thông vận tải bố trí lực lượng điều tiết tại các nút giao gần điểm thi.\n")
    assert meta_of(text).values.get("locality") == "Hồ Chí Minh"


def test_a_papers_masthead_and_a_photo_caption_above_the_headline():
    # the paper's masthead line ("Cơ quan của …"), a "Mới nhất" box, then a photo's caption with its credit, then the
    # headline: the masthead is no issuer and the headline is the title
    text = ("MỚI NHẤT\nCƠ QUAN CỦA HỘI NÔNG DÂN VIỆT NAM\n"
            "Bữa cơm trưa miễn phí tại nhà ăn của một trường vùng cao. Ảnh: H.T.\n\n"
            "Gia Lai: Nấu cơm miễn phí cho thí sinh khó khăn dự kỳ thi tốt nghiệp THPT 2023\n\n"
            "Để giúp thí sinh ở xa có bữa ăn trong những ngày thi, nhiều điểm thi ở Gia Lai đã mở bếp ăn miễn phí.\n\n"
            "Đoàn trường vận động phụ huynh góp gạo, rau để nấu cơm trưa cho thí sinh.\n")
    meta = meta_of(text)
    assert meta.values.get("title") == "Gia Lai: Nấu cơm miễn phí cho thí sinh khó khăn dự kỳ thi tốt nghiệp THPT 2023"
    assert "issuer" not in meta.values


def test_exam_sites_after_a_purpose_and_its_qualifiers_act():
    # "Để …, …, …, các điểm thi đều lắp …": a purpose and what qualifies it say why; the exam sites do it
    text = "Để bảo đảm kỳ thi an toàn, khách quan, đúng quy chế, các điểm thi đều lắp camera giám sát phòng để đề thi."
    assert roles(text, "Quảng Nam", 2020)["lead"] == {"other"}
    # guard: after a purpose, someone directing them: the exam sites are only directed ones, not the subject
    text = "Để phòng dịch, Sở GD&ĐT chỉ đạo các trường, các điểm thi bố trí sẵn một phòng cách ly."
    assert roles(text, "Quảng Nam", 2020)["lead"] == {"education"}


def test_the_force_under_whose_escort_the_papers_travel_does_the_escorting():
    # "… được chở … dưới sự hộ tống / giám sát và bảo vệ của X" with no other agency at work: X escorts (readers 6 of 6)
    text = "Sau buổi thi, túi bài thi được đưa về kho của Sở trên xuồng máy dưới sự hộ tống của Công an tỉnh."
    assert roles(text, "Cà Mau", 2022)["lead"] == {"police"}
    text = ("Đề thi được giao cho các điểm thi ngoài đảo dưới sự giám sát và bảo vệ suốt ngày đêm của lực lượng công an "
            "huyện.")
    assert roles(text, "Kiên Giang", 2023)["lead"] == {"police"}
    # guard: beside an agency that does the work, the escort helps it
    text = "Bưu điện tỉnh chuyển bài thi về Hội đồng thi dưới sự hộ tống của Công an tỉnh."
    assert roles(text, "Cà Mau", 2022) == {"lead": {"postal"}, "support": {"police"}}


def test_a_speaker_whose_words_follow_a_colon_speaks_of_his_unit():
    # "X, Trưởng phòng …, cho biết: Ngay từ …, đơn vị đã …": after the colon, "đơn vị" is the speaker's own unit
    text = ("Trung tá Hoàng Văn Bình, người đứng đầu Phòng CSGT tỉnh, cho biết: Từ 5 giờ sáng, đơn vị đã phân luồng "
            "các ngả đường dẫn vào điểm thi.")
    assert roles(text, "Điện Biên", 2024)["lead"] == {"police"}
    # guard: what he says is counted, not done
    text = "Bà Lò Thị Mai, Giám đốc Sở Y tế, cho biết: năm nay có 25 tổ y tế ở các điểm thi."
    assert roles(text, "Điện Biên", 2024)["lead"] == set()


def test_schools_named_as_partners_help():
    # the cluster exams up to 2019: a department ran them with universities; power companies check schools' wiring
    text = "Sở GD&ĐT lo cụm thi của tỉnh, phối hợp với các trường được Bộ phân công để coi thi và chấm thi."
    assert roles(text, "Bình Định", 2018) == {"lead": {"education"}, "support": {"other"}}
    text = "Năm nay Sở chủ trì, phối hợp với 3 trường đại học cử giảng viên đi chấm thi."
    assert roles(text, "Lâm Đồng", 2019)["support"] == {"other"}
    text = "Các điện lực đã phối hợp với các trường học rà soát đường dây cấp cho phòng thi."
    assert roles(text, "Đắk Lắk", 2022)["support"] == {"other"}
    # guard: schools directed by the department are no partners
    assert roles("Sở GD&ĐT yêu cầu các trường THPT mở lớp ôn tập buổi chiều.", "Đắk Lắk", 2022)["support"] == set()


def test_the_ministrys_exam_department_is_the_education_sector():
    text = "Cục Quản lý chất lượng chịu trách nhiệm chuyển tài liệu hướng dẫn đến các hội đồng thi."
    assert roles(text, "Toàn quốc", 2019)["lead"] == {"education"}
    text = "Cục Khảo thí và Kiểm định chất lượng giáo dục đã kiểm tra các cụm thi phía Nam."
    assert roles(text, "Toàn quốc", 2016)["lead"] == {"education"}


def test_a_caption_whose_credit_the_page_cut_or_a_lone_word_is_no_headline():
    # "… năm 2023. |": a photo's caption with its credit cut after the separator; the page kept no headline
    text = ("Lễ ra quân đội hình tình nguyện tại sân trường. |\n"
            "Năm 2023 tỉnh có 12 điểm thi tốt nghiệp THPT, thi trong ba ngày.\n"
            "Các đội tình nguyện sẽ dọn vệ sinh quanh điểm thi và hướng dẫn thí sinh.\n")
    assert "title" not in meta_of(text).values
    # a place's name alone, a dash, "Ảnh minh họa" above the lead
    for first in ("Kon Tum", "-", "Ảnh minh họa"):
        text = (f"{first}\nSáng nay, hơn 3.000 học sinh lớp 12 của tỉnh làm bài thi đầu tiên (năm 2020).\n"
                "Công an tỉnh bố trí lực lượng bảo vệ tại các điểm thi.\n")
        assert "title" not in meta_of(text).values, first


def test_a_pages_phone_line_and_welcome_banner_are_furniture():
    # the paper's phone number above the headline, a portal's welcome banner: neither is an issuer, the headline stays
    for first in ("ĐT: 0290.3821234", "Chào mừng các bạn đến với trang thông tin điện tử huyện Năm Căn"):
        text = (f"{first}\n\nCông an tỉnh lên ba phương án giữ an ninh cho mùa thi 2021\n\n"
                "Sáng 5/7, lực lượng Công an tỉnh có mặt ở 14 điểm thi trên địa bàn.\n")
        meta = meta_of(text)
        assert "issuer" not in meta.values, first
        assert meta.values.get("title") == "Công an tỉnh lên ba phương án giữ an ninh cho mùa thi 2021", first


def test_a_department_that_will_issue_or_advised_issuing_is_no_issuer():
    # "Giám đốc Sở … sẽ ban hành quyết định …" is to come; "Sở … đã tham mưu UBND tỉnh ban hành …" names an adviser
    text = ("Theo hướng dẫn của Bộ, tới đây Sở GD-ĐT sẽ ban hành ngay văn bản lập hội đồng thi riêng của tỉnh.\n\n"
            "Hội đồng thi bố trí các điểm thi tại trường THPT.\n")
    assert "issuer" not in meta_of(text).values
    text = ("Trước đó, Sở GD&ĐT đã tham mưu Ủy ban nhân dân tỉnh ban hành Quyết định về Ban Chỉ đạo kỳ thi năm nay.\n\n"
            "Các sở, ngành đã được phân công nhiệm vụ cụ thể.\n")
    assert not str(meta_of(text).values.get("issuer", "")).startswith("Sở")


def test_the_texts_own_words_date_it_before_a_stamp_or_a_caption():
    # a page printed in 2019 (its stamp) that carries a 2021 report, dated only in its byline
    text = ("Thứ Ba, ngày 17 tháng 09 năm 2019, 14:02:51\n\n"
            "Kon Tum: Hỗ trợ thí sinh vùng sâu, vùng xa dự thi tốt nghiệp THPT\n\n"
            "Minh Anh - 15:12, 01/07/2021\n\n"
            "Để hỗ trợ thí sinh ở xa, tỉnh đã cấp tiền ăn, ở cho hơn 800 em trong những ngày thi.\n")
    assert meta_of(text).values.get("year") == 2021
    # a related story's photo caption names another year; the text names its exam once
    text = ("Lai Châu: Hơn 800 cán bộ sẵn sàng cho kỳ thi\n\n"
            "Theo Sở GD&ĐT, tỉnh đã xong mọi khâu của kỳ thi THPT quốc gia 2019.\n\n"
            "Thí sinh làm bài thi đánh giá năng lực năm 2024. Ảnh: Minh Hà\n")
    assert meta_of(text).values.get("year") == 2019
    # the curriculum's year is no exam year ("thi theo Chương trình năm 2006"); the caption names the exam's
    text = ("Lãnh đạo tỉnh thăm một điểm thi tốt nghiệp THPT năm 2025 ở thành phố. Ảnh: Ksor H\n\n"
            "Trong 40 điểm thi, một điểm thi dành riêng cho 500 thí sinh tự do thi theo Chương trình năm 2006.\n\n"
            "Sáng 25/6/2025, bà yêu cầu các điểm thi bảo đảm an toàn.\n")
    assert meta_of(text).values.get("year") == 2025


def test_items_numbered_in_brackets_head_their_duties():
    # a telegram's tasks numbered "(1)", "(2)", "(3)", each heading naming who, its lines below saying what
    text = ("Thủ tướng chỉ đạo các nhóm nhiệm vụ sau:\n"
            "(1) Thanh tra tỉnh lo phương án thanh tra các khâu\n"
            "– Kiểm tra toàn diện các khâu coi thi, chấm thi;\n"
            "(2) Sở Y tế bảo đảm công tác y tế\n"
            "– Bố trí cán bộ y tế trực tại các điểm thi.\n")
    assert roles(text, "Toàn quốc", 2025, which="Kiểm tra toàn diện")["lead"] == {"inspection"}
    assert roles(text, "Toàn quốc", 2025, which="Bố trí cán bộ y tế")["lead"] == {"health"}


def test_a_report_given_at_a_meeting_is_no_duty():
    # "Giám đốc Sở … báo cáo về công tác chuẩn bị …" at a meeting or to a delegation reports, nobody is assigned
    text = "Tại buổi làm việc, Giám đốc Sở GD&ĐT báo cáo về công tác chuẩn bị thi ở các huyện miền núi."
    assert roles(text, "Hải Phòng", 2022)["lead"] == set()
    text = "Lãnh đạo Trường THPT Bình Liêu báo cáo công tác chuẩn bị và phương án bố trí phòng thi."
    assert roles(text, "Quảng Ninh", 2024)["lead"] == set()
    # guard: a directive's report to be sent up is the duty itself
    text = "Sở Giáo dục và Đào tạo tổng hợp, báo cáo kết quả tổ chức kỳ thi về UBND tỉnh trước ngày 15/7."
    assert roles(text, "Quảng Ninh", 2024)["lead"] == {"education"}


def test_a_leader_with_two_posts_who_inspects_is_visiting():
    # one person holding a party post and the committee's chair, inspecting: neither committee is assigned anything
    text = "Ông Trần Văn Long, Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Hậu Giang kiểm tra phòng chờ của thí sinh ở trường A."
    assert roles(text, "Hậu Giang", 2021)["lead"] == set()
    text = "Phó Chủ tịch UBND tỉnh cũng đã trực tiếp đi kiểm tra các điểm thi ở vùng lũ."
    assert roles(text, "Hà Giang", 2019)["lead"] == set()
