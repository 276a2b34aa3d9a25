"""Session 52: patterns met on real texts (session 51's batches, all development now), written again in our own words."""

from __future__ import annotations

from etl.read import decode
from tests.attr_helpers import leads_by_paragraph, leads_by_statement, meta_of, parts, roles


def test_a_centre_listed_among_the_schools_a_department_directs_is_one_of_its_units():
    text = ("UBND tỉnh đề nghị Sở GD&ĐT chỉ đạo, kiểm tra các trường THPT, PTDTNT, Trung tâm GDTX tỉnh hoàn tất chương "
            "trình học kỳ II; mở lớp phụ đạo cho học sinh yếu.")
    assert roles(text, "Quảng Nam", 2024)["lead"] == {"education"}
    # guard: a centre named as a subject of its own still acts
    assert roles("Trung tâm Giáo dục thường xuyên tỉnh tổ chức ôn tập cho học viên.", "Quảng Nam", 2024)["lead"] == {
        "other"}


def test_a_body_asking_its_own_teams_or_units_keeps_the_duty():
    assert roles("Đội CSGT đề nghị các tổ tuần tra có mặt ở các nút giao từ 6 giờ sáng.", "Vĩnh Phúc",
                 2021)["lead"] == {"police"}
    assert roles("PC Hà Nam đã chỉ đạo tới các đơn vị trực thuộc rà soát đường dây cấp điện cho điểm thi.", "Hà Nam",
                 2025)["lead"] == {"electricity"}
    assert "requester" not in parts("Giám đốc Công an tỉnh yêu cầu cán bộ, chiến sĩ giữ trật tự quanh điểm thi.",
                                    "Vĩnh Phúc", 2021)


def test_a_patrol_team_of_a_police_office_acts_for_the_police():
    text = ("Bên cạnh lực lượng giao thông các huyện, Đội tuần tra kiểm soát thuộc Phòng CSGT Công an tỉnh đã cử thêm "
            "30 cán bộ phân luồng ở các điểm thi.")
    assert roles(text, "Vĩnh Phúc", 2021)["lead"] == {"police"}


def test_a_province_named_after_a_ministrys_advice_and_a_comma_acts():
    # a ministry has no province for an address: after "… của Bộ Y tế," the province is the next subject
    text = "Theo khuyến nghị của Bộ Y tế, tỉnh Bến Tre đang tiêm vắc xin cho cán bộ coi thi."
    assert roles(text, "Bến Tre", 2021)["lead"] == {"provincial_pc"}
    text = "Theo khuyến nghị của Bộ Y tế, Sở Y tế đang tiêm vắc xin cho cán bộ coi thi."
    assert roles(text, "Tiền Giang", 2021)["lead"] == {"health"}
    assert parts(text, "Tiền Giang", 2021)["mention"] == {"Bộ Y tế"}
    # guard: a district police named with its province stays one agency
    assert roles("Công an huyện Cái Bè, tỉnh Tiền Giang bố trí lực lượng ở điểm thi.", "Tiền Giang",
                 2021)["lead"] == {"police"}


def test_a_numbered_picture_place_after_a_headline_is_a_caption():
    text = ("Bộ Giao thông vận tải tăng cường phân luồng giao thông trên các quốc lộ trong những ngày thi.\n"
            "Vận chuyển đề thi an toàn cho kỳ thi năm nay - Ảnh 1.\n")
    assert leads_by_paragraph(text, "Toàn quốc", 2023) == [{"transport"}, set()]


def test_a_text_file_holding_a_pages_markup_is_read_as_the_page():
    data = ("<div> <div> <p>Sáng nay, Sở GD&amp;ĐT tỉnh Sơn La kiểm tra 12 điểm thi.</p> <p>Công an tỉnh bố trí lực "
            "lượng bảo vệ ở mọi điểm thi.</p> <p>Điện lực Sơn La trực 24/24 giờ.</p></div></div>").encode()
    text = decode(data, "trang.txt").text
    assert "<p>" not in text and "&amp;" not in text
    assert text.splitlines() == ["Sáng nay, Sở GD&ĐT tỉnh Sơn La kiểm tra 12 điểm thi.",
                                 "Công an tỉnh bố trí lực lượng bảo vệ ở mọi điểm thi.", "Điện lực Sơn La trực 24/24 giờ."]
    # guard: prose that names one tag is prose
    assert decode("Thẻ <p> đánh dấu một đoạn văn.".encode(), "ghi-chu.txt").text == "Thẻ <p> đánh dấu một đoạn văn."


def test_a_source_named_by_its_board_ends_the_opening_clause_and_its_staff_act_for_it():
    text = ("Dưới sự chỉ đạo của Ban Giám đốc Trung tâm Y tế huyện Thanh Ba, các cán bộ Y tế của Trung tâm đã đưa một em "
            "vừa mổ ruột thừa tới phòng thi.")
    assert roles(text, "Phú Thọ", 2025)["lead"] == {"health"}


def test_a_bodys_vehicles_at_work_are_the_body_at_work():
    assert roles("Xe cứu thương của Trung tâm Y tế huyện túc trực ở cổng trường suốt buổi thi.", "Phú Thọ",
                 2025)["lead"] == {"health"}
    assert roles("Từ 5 giờ sáng, hai xe đặc chủng của Công an thành phố đã có mặt để nhận đề thi.", "Cần Thơ",
                 2022)["lead"] == {"police"}


def test_exam_staff_and_a_second_actor_as_subject_take_no_doer_from_before():
    text = ("Trung tâm Y tế huyện đã cử xe chở em tới điểm thi. Suốt buổi làm bài, cán bộ coi thi và giám sát phòng "
            "thi luôn hỏi han em.")
    assert leads_by_statement(text, "Phú Thọ", 2025) == [{"health"}]  # (the second names and takes no one)


def test_an_articles_headline_naming_its_place_or_agency_before_a_colon_assigns_no_one():
    text = ("Gia Lai: 40 đội thanh niên tình nguyện tiếp sức mùa thi\n\n"
            "Sáng 5/7, Tỉnh đoàn Gia Lai cho biết đã lập 40 đội tình nguyện ở các điểm thi.\n")
    assert leads_by_paragraph(text, "Gia Lai", 2022) == [set(), {"youth_union"}]
    text = ("Công an tỉnh: Tập huấn bảo vệ bí mật đề thi cho cán bộ làm nhiệm vụ tại kỳ thi năm 2023.\n\n"
            "Chiều 2/6, Công an tỉnh đã mở lớp tập huấn cho 200 cán bộ.\n")
    assert leads_by_paragraph(text, "Gia Lai", 2023)[0] == set()
    # guard: in a directive's list, "X: duty" is X's duty
    text = ("Ủy ban nhân dân tỉnh yêu cầu các cơ quan thực hiện các nhiệm vụ sau:\n1. Công an tỉnh: Bảo vệ đề thi.\n"
            "2. Sở Y tế: Bảo đảm y tế tại các điểm thi.\n")
    assert leads_by_paragraph(text, "Gia Lai", 2023)[1:] == [{"police"}, {"health"}]


def test_working_a_task_out_directly_with_an_office_makes_it_a_helper():
    text = "Điện lực thành phố đã làm việc trực tiếp với các phòng GD&ĐT để nắm lịch thi ở từng điểm thi."
    assert roles(text, "Quảng Ninh", 2024) == {"lead": {"electricity"}, "support": {"education"}}


def test_a_bare_department_word_after_a_date_acts_officially():
    text = ("Sở GD&ĐT Hà Nội cho biết đã sẵn sàng cho kỳ thi. Ngày 5/7, Sở sẽ chính thức công bố danh sách các điểm "
            "thi.")
    assert leads_by_statement(text, "Hà Nội", 2020) == [{"education"}, {"education"}]


def test_a_preliminary_report_at_a_meeting_assigns_no_one():
    text = ("Tại cuộc họp, ông Lê Văn Hai, Phó Giám đốc Sở GD&ĐT, Phó ban Chỉ đạo, báo cáo sơ bộ tình hình sẵn sàng ở "
            "các điểm thi của thành phố.")
    assert roles(text, "Cần Thơ", 2020)["lead"] == set()
    # guard: a directive's "báo cáo kết quả về …" is a duty
    assert roles("Sở GD&ĐT báo cáo kết quả kỳ thi về UBND thành phố.", "Cần Thơ", 2020)["lead"] == {"education"}


def test_a_letterhead_copied_as_a_table_row_gives_the_documents_fields():
    text = ("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
            "Số: 1234/KH-UBND | Yên Bái, ngày 9 tháng 6 năm 2021 |\n"
            "KẾ HOẠCH\nTổ chức kỳ thi tốt nghiệp trung học phổ thông năm 2021\n"
            "1. Sở Giáo dục và Đào tạo chủ trì tổ chức kỳ thi.\n")
    meta = meta_of(text)
    assert meta.values["number"] == "1234/KH-UBND"
    assert meta.values["issuer"] == "UBND tỉnh Yên Bái"
    assert meta.values["doc_type"] == "Kế hoạch"
    assert str(meta.values["issued_date"]) == "2021-06-09"


def test_a_pages_follow_line_tagline_clock_weather_hotline_and_tags_are_no_title():
    for furniture in ("Theo dõi Báo Bình Phước trên", "Báo Bình Phước điện tử - Tin tức cập nhật trong ngày",
                      "45 phút trước", "Hotline: 0271.3879.123", "Bình Phước, 31°C/ 29°C - 34°C", "Analytic",
                      "(TTXVN) -", "Thứ sáu, 21-6-24 08:05:11", "Trang chủ", "Nhịp sống",
                      "Việt Nam vươn mình trong kỷ nguyên mới"):
        text = (f"{furniture}\n\nBình Phước sẵn sàng cho kỳ thi tốt nghiệp THPT năm 2024\n\n"
                "Sáng 20/6, Sở GD&ĐT tỉnh cho biết các điểm thi đã chuẩn bị xong.\n")
        assert meta_of(text).values.get("title") == "Bình Phước sẵn sàng cho kỳ thi tốt nghiệp THPT năm 2024", furniture


def test_a_markdown_image_and_its_empty_cell_leave_the_headline():
    text = ("Tỉnh đoàn Bình Phước ra quân tiếp sức mùa thi năm 2024 ![]() |\n\n"
            "Sáng 24/6, Tỉnh đoàn đã ra quân với 20 đội tình nguyện.\n")
    assert meta_of(text).values.get("title") == "Tỉnh đoàn Bình Phước ra quân tiếp sức mùa thi năm 2024"


def test_the_whole_province_at_work_is_the_province_and_its_counts_are_no_ones():
    assert roles("Toàn tỉnh Yên Bái cũng đã chuẩn bị thêm 40 phòng thi dự phòng.", "Yên Bái", 2020)["lead"] == {
        "provincial_pc"}
    assert roles("Năm nay, toàn tỉnh Yên Bái có 7.400 thí sinh dự thi.", "Yên Bái", 2020)["lead"] == set()
    assert roles("Đến trưa nay, toàn tỉnh Yên Bái chưa có thí sinh nào vắng thi.", "Yên Bái", 2020)["lead"] == set()


def test_a_volunteer_campaigns_command_board_is_the_youth_union_at_work():
    assert roles("Ban chỉ huy chiến dịch đã vận động 3.000 suất ăn cho thí sinh.", "Cần Thơ", 2024)["lead"] == {
        "youth_union"}


def test_a_unit_named_as_a_bodys_own_is_that_bodys_sector_at_work():
    assert roles("Phòng Hậu cần của Công an tỉnh đã bố trí xe chở đề thi ra đảo.", "Kiên Giang", 2024)["lead"] == {
        "police"}
    assert roles("Cục Cảnh sát giao thông thuộc Bộ Công an đang phối hợp với các địa phương phân luồng.", "Toàn quốc",
                 2023)["lead"] == {"police"}


def test_religious_bodies_running_volunteer_kitchens_are_kept():
    text = "Bếp cơm miễn phí cho thí sinh do Giáo hội Phật giáo tỉnh phối hợp với Tỉnh đoàn mở."
    assert roles(text, "Tuyên Quang", 2022) == {"lead": {"other"}, "support": {"youth_union"}}


def test_a_province_that_decides_acts():
    assert roles("Để bảo đảm an toàn, tỉnh Quảng Ninh quyết định xét nghiệm cho toàn bộ thí sinh.", "Quảng Ninh",
                 2021)["lead"] == {"provincial_pc"}
    assert roles("Huế cũng đã quyết định lùi lịch thi vào lớp 10.", "Huế", 2025)["lead"] == {"provincial_pc"}


def test_the_education_department_asking_its_exam_sites_keeps_the_duty_and_the_sites_act():
    assert roles("Sở GD&ĐT đã có công văn yêu cầu các điểm thi kiểm tra máy phát điện.", "Sơn La",
                 2022)["lead"] == {"education", "other"}


def test_a_districts_name_with_an_apostrophe_is_whole_and_its_counts_are_no_ones():
    assert roles("Huyện Ea H'leo đã bố trí xe đưa thí sinh ở xa đến điểm thi.", "Đắk Lắk", 2024)["lead"] == {
        "district_pc"}
    text = ("Công an huyện bố trí lực lượng ở các điểm thi. Sau hai ngày thi, huyện Ea H'leo không có thí sinh đến muộn "
            "do ùn tắc.")
    assert leads_by_statement(text, "Đắk Lắk", 2024) == [{"police"}, set()]


def test_a_bare_province_or_district_as_the_agent_of_a_passive_acts():
    assert roles("Mọi khâu của kỳ thi đang được tỉnh triển khai gấp.", "Quảng Ninh", 2020)["lead"] == {
        "provincial_pc"}
    assert roles("Xe đưa thí sinh vùng cao xuống điểm thi do huyện bố trí.", "Quảng Ninh", 2020)["lead"] == {
        "district_pc"}


def test_exam_sites_a_department_directs_act_with_it():
    assert roles("Sở GD&ĐT đã chỉ đạo các điểm thi chuẩn bị phương án phòng, chống mưa lũ.", "Sơn La",
                 2022)["lead"] == {"education", "other"}


def test_now_before_the_subject_and_maintenance_and_drills_as_duties():
    assert roles("Hiện Cục Cảnh sát giao thông của Bộ Công an đang phối hợp với các tỉnh phân luồng.", "Toàn quốc",
                 2023)["lead"] == {"police"}
    assert roles("Điện lực huyện Cư Jút đã bảo dưỡng các trạm biến áp cấp điện cho điểm thi.", "Đắk Nông",
                 2022)["lead"] == {"electricity"}
    assert roles("Công ty Điện lực Đắk Nông diễn tập phương án xử lý sự cố mất điện trong giờ thi.", "Đắk Nông",
                 2022)["lead"] == {"electricity"}


def test_the_transport_sector_and_localities_after_related_departments_are_partners():
    text = "Phòng CSGT phối hợp với ngành Giao thông vận tải theo dõi các tuyến đường tới điểm thi."
    assert roles(text, "Hà Giang", 2020) == {"lead": {"police"}, "support": {"transport"}}
    text = "Sở GD&ĐT chủ động phối hợp với các sở, ban, ngành liên quan và địa phương lo cơ sở vật chất cho kỳ thi."
    assert roles(text, "Bình Thuận", 2025)["support"] == {"departments", "district_pc"}


def test_news_naming_no_place_about_a_national_body_at_work_is_the_whole_countrys():
    text = ("EVN sẵn sàng cấp điện cho kỳ thi tốt nghiệp THPT năm 2025\n\n"
            "Tập đoàn Điện lực Việt Nam đã chỉ đạo các tổng công ty trực ban suốt những ngày thi.\n")
    assert meta_of(text).values.get("locality") == "Toàn quốc"
    # guard: a provincial office's letter that cites the Prime Minister stays its province's (or unknown), never national
    text = ("Văn phòng UBND tỉnh có Công văn số 12/VP-KGVX gửi các sở về ý kiến của Thủ tướng Chính phủ đối với kỳ thi.\n")
    assert meta_of(text).values.get("locality") != "Toàn quốc"


def test_volunteer_motorbike_teams_are_the_youth_union_and_whom_they_ask_for_help_acts():
    assert roles("Đội hình xe ôm miễn phí túc trực ở cổng trường để chở thí sinh.", "Bình Dương", 2024)["lead"] == {
        "youth_union"}
    assert parts("Đội tình nguyện nhờ lực lượng CSGT đưa thí sinh bị hỏng xe đến điểm thi.", "Bạc Liêu",
                 2024)["doer"] == {"Công an tỉnh"}  # (the team only asks)


def test_an_epidemic_steering_committee_is_not_the_exams_and_a_companys_team_is_the_company():
    text = "Thí sinh F1 đã được Ban chỉ đạo phòng chống COVID-19 huyện Yên Dũng đưa đi cách ly."
    assert roles(text, "Bắc Giang", 2021)["lead"] == {"other"}
    text = ("Công ty Điện lực Đắk Lắk đã rà soát lưới điện cấp cho các điểm thi. Đội Hotline 1 của Công ty cũng tạm dừng "
            "mọi việc cắt điện trong ba ngày thi.")
    assert leads_by_statement(text, "Đắk Lắk", 2022) == [{"electricity"}, {"electricity"}]


def test_a_leader_with_a_ministrys_delegation_inspecting_only_visits():
    text = ("Thứ trưởng Bộ Y tế Nguyễn Văn Nam cùng đoàn công tác của Bộ Y tế kiểm tra việc chuẩn bị y tế cho kỳ thi tại "
            "tỉnh Hòa Bình.")
    assert roles(text, "Hòa Bình", 2025)["lead"] == set()
