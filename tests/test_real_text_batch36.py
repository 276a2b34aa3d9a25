"""Session 34: patterns met on real texts read this session (interagency food-safety teams, member lists, police units
named by their work), written again in our own words."""

from __future__ import annotations

from tests.attr_helpers import leads_by_paragraph, mention_names, mention_parts, meta_of


def test_an_interagency_team_is_a_body_that_does_its_inspections():
    # a team drawn from several agencies belongs to none of them: it is kept under its own name and does the work,
    # also where the text goes on calling it "đoàn"
    text = ("Đoàn kiểm tra liên ngành thị xã Hương Trà kiểm tra các quán ăn quanh hai điểm thi trong ba ngày.\n"
            "Sau buổi đầu, đoàn xử phạt một cơ sở bán nước uống không rõ nguồn gốc.\n")
    assert leads_by_paragraph(text, "Thừa Thiên Huế", 2023) == [{"other"}, {"other"}]
    assert any(n.startswith("Đoàn kiểm tra liên ngành") for n in mention_names(text, "Thừa Thiên Huế", 2023))
    # named by its head alone
    text = "Trong hai ngày thi, Đoàn liên ngành kiểm tra bếp ăn của các trường có thí sinh ở lại.\n"
    assert leads_by_paragraph(text, "Thừa Thiên Huế", 2023) == [{"other"}]


def test_the_members_a_body_is_made_of_each_do_its_duty():
    # (the committee only says who its members are; in the next sentence it acts again)
    text = ("Ban Chỉ đạo liên ngành của huyện gồm các lực lượng như: Phòng Y tế, Công an, Đội Quản lý thị trường số 4 "
            "và Ủy ban MTTQ huyện.\nBan Chỉ đạo liên ngành kiểm tra bếp ăn gần các điểm thi.\n")
    assert leads_by_paragraph(text, "Bắc Kạn", 2023) == [{"health", "police", "other", "fatherland_front"}, {"other"}]
    # a list of places the exam is held in is no list of members
    parts = mention_parts("Thí sinh trong tỉnh làm bài ở bốn nơi gồm TP Tam Kỳ, thị xã Điện Bàn, huyện Núi Thành và huyện "
                          "Thăng Bình.\n", "Quảng Nam", 2019)
    assert ("doer", "district_pc") not in parts


def test_a_place_right_after_an_agency_says_whose_it_is():
    # "… MTTQ Việt Nam thị xã A" is the town's Front committee; the town's people's committee does nothing here
    parts = mention_parts("Ủy ban MTTQ Việt Nam thị xã Bỉm Sơn vận động các hội đoàn thể nấu cơm miễn phí cho thí sinh.\n",
                          "Thanh Hóa", 2023)
    assert ("doer", "fatherland_front") in parts and ("doer", "district_pc") not in parts


def test_a_police_unit_named_by_its_work_is_the_police():
    text = "Phòng Bảo vệ an ninh chính trị nội bộ chủ trì rà soát lý lịch cán bộ làm nhiệm vụ in sao đề thi.\n"
    assert leads_by_paragraph(text, "Thừa Thiên Huế", 2019) == [{"police"}]


def test_a_report_that_names_no_place_is_from_the_home_of_its_paper():
    # "BTNO" is Báo Tây Ninh Online (it was read as Bình Thuận's); "TTH.VN" Thừa Thiên Huế's paper, in capitals
    meta = meta_of("BTNO - Sáng 20/6, Trung tâm Y tế kiểm tra bếp ăn tập thể ở các điểm thi.\n"
                   "Đoàn nhắc các cơ sở giữ vệ sinh trong những ngày thi.\n")
    assert meta.values.get("locality") == "Tây Ninh"
    meta = meta_of("TTH.VN - Công an tỉnh đã sẵn sàng lực lượng bảo vệ các điểm thi tốt nghiệp THPT.\n")
    assert meta.values.get("locality") == "Thừa Thiên Huế"


def test_a_photo_credit_at_the_end_of_a_line_closes_its_caption():
    # a web page copied as text: the caption ends on its credit without a full stop, and the next line is the article
    text = ("Anh Lê Văn Hòa, Phó Bí thư Tỉnh đoàn, trao nước uống cho các đội tình nguyện ở điểm thi. Ảnh: Thu Hà\n"
            "Chương trình năm nay do Tỉnh đoàn Quảng Trị tổ chức với các hoạt động hướng dẫn và đưa đón thí sinh.\n")
    assert leads_by_paragraph(text, "Quảng Trị", 2022)[-1] == {"youth_union"}


def test_a_document_that_gives_a_task_to_the_departments_makes_them_act():
    # "đã có văn bản chỉ đạo, giao X + verb": the assignment is made, not only named (as in the title of a decision)
    text = "UBND tỉnh Lào Cai đã có văn bản chỉ đạo, giao các sở, ngành, địa phương rà soát đường dễ sạt lở trước ngày thi.\n"
    assert leads_by_paragraph(text, "Lào Cai", 2025) == [{"departments", "district_pc"}]


def test_a_company_named_by_the_grid_it_runs_is_the_power_company():
    text = "Công ty Lưới điện cao thế miền Trung cử người trực ở các trạm biến áp cấp điện cho nơi chấm thi.\n"
    assert leads_by_paragraph(text, "Hà Nội", 2022) == [{"electricity"}]


def test_a_task_after_a_setting_and_phai_goes_on_with_the_agency_before_it():
    # no comma after the setting: "Trong thời gian … phải …" still opens a task of the agency the text is about
    text = ("Điện lực huyện Yên Thành bố trí hai tổ trực sửa chữa điện trong các ngày thi.\n"
            "Suốt thời gian làm nhiệm vụ phải có thợ điện túc trực ở trạm biến áp gần điểm thi.\n")
    assert leads_by_paragraph(text, "Nghệ An", 2022) == [{"electricity"}, {"electricity"}]


def test_a_meeting_an_agency_holds_is_its_act_and_one_it_attends_is_not():
    # readers of news and district reports read "X tổ chức hội nghị / họp triển khai …" as X at work for the exam
    assert leads_by_paragraph("Sáng 18/6, Tỉnh đoàn Quảng Trị tổ chức hội nghị triển khai các đội tình nguyện ở điểm thi.\n",
                              "Quảng Trị", 2022) == [{"youth_union"}]
    assert leads_by_paragraph("Chiều 2/6, UBND huyện Cam Lộ họp với các ngành bàn việc đưa đón thí sinh.\n",
                              "Quảng Trị", 2022) == [{"district_pc"}]
    # attending or speaking is no act of the agency's own
    assert leads_by_paragraph("Sáng 18/6, lãnh đạo Công an tỉnh dự hội nghị triển khai kỳ thi tại điểm cầu của tỉnh.\n",
                              "Quảng Trị", 2022) == [set()]


def test_a_sector_that_is_called_up_acts():
    # "X (từ tỉnh đến cơ sở) đã được huy động / điều động …": the passive names who works, as "X được giao …" does
    assert leads_by_paragraph("Toàn lực lượng công an từ tỉnh đến xã đã được điều động giữ trật tự ở các điểm thi.\n",
                              "Quảng Nam", 2023) == [{"police"}]
