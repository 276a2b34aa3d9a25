"""Issue 9, session 10: a numbered document's opening request names who carries out the items below it, and a
request paragraph inside an item names who carries out the bullets under it. Our own words."""

from tests.attr_helpers import parts, roles

PLAN = """KẾ HOẠCH
Phối hợp tổ chức Kỳ thi tốt nghiệp THPT năm 2024

Để kỳ thi diễn ra an toàn, UBND tỉnh yêu cầu Sở Giáo dục và Đào tạo, Công an tỉnh và UBND các huyện, thành phố thực hiện tốt các nội dung sau:
1. Kiểm tra lại phòng thi, phòng bảo quản đề thi ở từng điểm thi trước ngày 20/6.
2. Sở Y tế bố trí tổ cấp cứu tại mỗi điểm thi.
3. Tuyên truyền để thí sinh và cha mẹ học sinh hiểu rõ quy chế thi.
Đề nghị các sở, ban, ngành thực hiện thêm một số việc sau:
- Cử cán bộ tham gia các đoàn kiểm tra khi được mời.
- Giữ liên lạc thông suốt với Ban Chỉ đạo thi trong những ngày thi.
"""


def test_the_items_of_an_opening_request_are_the_addressees_duties():
    assert roles(PLAN, "Thanh Hóa", 2024, which="Kiểm tra lại phòng thi") == {
        "lead": {"education", "police", "district_pc"}, "support": set()}
    # An item with a subject of its own keeps it.
    assert roles(PLAN, "Thanh Hóa", 2024, which="bố trí tổ cấp cứu")["lead"] == {"health"}
    # The one who asks stays a requester; the opening request itself names its addressees as the ones who act.
    assert "UBND tỉnh" in parts(PLAN, "Thanh Hóa", 2024)["requester"]
    assert roles(PLAN, "Thanh Hóa", 2024, which="Để kỳ thi diễn ra an toàn")["lead"] == {"education", "police",
                                                                                   "district_pc"}


def test_a_request_paragraph_inside_an_item_names_who_does_the_bullets_under_it():
    # The bullets follow the paragraph that asks the departments, not the opening request of the document.
    assert roles(PLAN, "Thanh Hóa", 2024, which="Cử cán bộ tham gia") == {"lead": {"departments"}, "support": set()}
    assert roles(PLAN, "Thanh Hóa", 2024, which="Giữ liên lạc thông suốt")["lead"] == {"departments"}


def test_a_request_to_every_level_names_no_one_in_particular():
    text = PLAN.replace("Sở Giáo dục và Đào tạo, Công an tỉnh và UBND các huyện, thành phố", "các cấp, các ngành")
    assert roles(text, "Thanh Hóa", 2024, which="Kiểm tra lại phòng thi")["lead"] == set()
    assert roles(text, "Thanh Hóa", 2024, which="Để kỳ thi diễn ra an toàn")["lead"] == set()
    text = PLAN.replace("Sở Giáo dục và Đào tạo, Công an tỉnh và UBND các huyện, thành phố",
                        "các cấp ủy đảng, chính quyền và đoàn thể")
    assert roles(text, "Thanh Hóa", 2024, which="Kiểm tra lại phòng thi")["lead"] == set()


def test_an_opening_that_only_announces_the_plan_hands_nothing_down():
    text = PLAN.replace("UBND tỉnh yêu cầu Sở Giáo dục và Đào tạo, Công an tỉnh và UBND các huyện, thành phố thực hiện "
                        "tốt các nội dung sau:", "Sở Giáo dục và Đào tạo ban hành kế hoạch như sau:")
    assert roles(text, "Thanh Hóa", 2024, which="Kiểm tra lại phòng thi")["lead"] == set()


def test_a_reported_lower_case_department_is_the_one_its_director_speaks_for():
    text = ("Ông Lê Văn Bình, Giám đốc Sở Giáo dục và Đào tạo cho biết, sở đã chỉ đạo các hội đồng thi "
            "thay khóa mới cho phòng cất đề.")
    assert "education" in roles(text, "Thanh Hóa", 2024)["lead"]
    # Lower case "sở" inside a list is no subject: "các sở, ngành" is the departments as a group.
    text = "Các sở, ngành phối hợp với Sở Y tế bố trí cán bộ trực ở các điểm thi."
    assert roles(text, "Thanh Hóa", 2024) == {"lead": {"departments"}, "support": {"health"}}


def test_a_sector_that_commits_to_a_duty_acts():
    text = "Tổ y tế sẽ trực ở mỗi điểm thi. Ngoài ra, ngành điện cam kết không cắt điện trong những ngày thi."
    assert roles(text, "Thanh Hóa", 2024)["lead"] == {"electricity"}


def test_a_unit_of_every_locality_is_that_unit_not_the_district_committees():
    text = ("Sở Y tế yêu cầu Chi cục An toàn vệ sinh thực phẩm, Trung tâm Y tế các địa phương cử người túc "
            "trực ở từng điểm thi.")
    assert roles(text, "Nghệ An", 2024)["lead"] == {"health", "other"}
    assert roles("Công an các địa phương bố trí lực lượng bảo vệ điểm thi.", "Nghệ An", 2024)["lead"] == {"police"}


def test_an_abbreviation_in_brackets_after_the_one_who_asks_does_not_make_it_the_doer():
    text = "Sở Giáo dục và Đào tạo (GD&ĐT) yêu cầu Công an tỉnh bố trí lực lượng bảo vệ nơi in sao đề thi."
    assert roles(text, "Hà Nam", 2023)["lead"] == {"police"}
    assert "Sở Giáo dục và Đào tạo" in parts(text, "Hà Nam", 2023)["requester"]
    text = ("Sở Thông tin và Truyền thông (TT&TT) vừa chỉ đạo các doanh nghiệp viễn thông, bưu chính giữ sóng và "
            "chuyển bì đề thi đúng giờ.")
    assert roles(text, "Hà Nam", 2023)["lead"] == {"postal", "telecom"}


def test_police_officers_named_as_the_subject_are_the_police():
    text = "Các cán bộ, chiến sĩ công an thực hiện việc do trưởng điểm thi phân công mỗi sáng."
    assert roles(text, "Vĩnh Phúc", 2022)["lead"] == {"police"}
    text = "Mỗi trường thi đều được bố trí 3 cán bộ, chiến sĩ công an canh gác cổng."
    assert roles(text, "Vĩnh Phúc", 2022)["lead"] == {"police"}


def test_an_inspection_team_named_for_its_subject_acts_for_its_agencies():
    text = ("Hôm 19/6, Sở Y tế cho hay, Đoàn giám sát vệ sinh ăn uống của Sở Y tế và Trung tâm Y tế các huyện sẽ "
            "kiểm tra các quán cơm gần điểm thi.")
    assert roles(text, "Tuyên Quang", 2025)["lead"] == {"health"}
    assert "Trung tâm Y tế các huyện, thành phố" in parts(text, "Tuyên Quang", 2025)["doer"]


def test_the_team_named_again_acts_for_the_agency_that_sent_it():
    text = ("Hôm 19/6, Sở Y tế cho hay, Đoàn kiểm tra vệ sinh ăn uống của Sở Y tế sẽ kiểm tra 12 điểm thi.\n"
            "Theo kế hoạch, Đoàn sẽ kiểm tra hóa đơn nhập hàng của các quán cơm quanh trường.")
    assert roles(text, "Tuyên Quang", 2025, which="Theo kế hoạch")["lead"] == {"health"}
    # With no team named before it, a bare "Đoàn" stands for no one.
    assert roles("Theo kế hoạch, Đoàn sẽ kiểm tra hóa đơn nhập hàng.", "Tuyên Quang", 2025)["lead"] == set()


def test_an_opening_request_whose_addressees_are_cut_by_semicolons_names_them_all():
    text = ("CHỈ THỊ\nVề việc tổ chức Kỳ thi tốt nghiệp THPT năm 2024\n\nChủ tịch UBND tỉnh yêu cầu Giám đốc các sở; Thủ "
            "trưởng các ban, ngành; Chủ tịch UBND các huyện, thị xã, thành phố thực hiện tốt các nội dung sau:\n"
            "1. Chuẩn bị đủ phòng thi dự phòng.\n")
    assert roles(text, "Thanh Hóa", 2024, which="Chủ tịch UBND tỉnh yêu cầu")["lead"] == {"departments", "district_pc"}
    assert roles(text, "Thanh Hóa", 2024, which="phòng thi dự phòng")["lead"] == {"departments", "district_pc"}


def test_a_time_phrase_before_the_verb_still_continues_the_ones_asked():
    text = ("Đầu tháng 6, Sở Thông tin và Truyền thông đề nghị Phòng Văn hóa và Thông tin các huyện mở chuyên mục "
            "về Kỳ thi.\nTheo đó, trước Kỳ thi đăng tải lịch làm bài và những điều thí sinh cần mang theo.\n"
            "Trong Kỳ thi cập nhật mỗi ngày những việc các điểm thi đã làm.")
    assert roles(text, "An Giang", 2024, which="trước Kỳ thi")["lead"] == {"district_culture"}
    assert roles(text, "An Giang", 2024, which="Trong Kỳ thi cập nhật")["lead"] == {"district_culture"}


def test_police_on_duty_at_a_site_act_even_in_lower_case():
    assert roles("Ở từng phòng bảo quản bài thi luôn có công an canh gác suốt ngày đêm.", "Thanh Hóa", 2022)["lead"] == {
        "police"}
    # "công an" inside a phrase that is no subject stays unnamed as a doer
    assert roles("Sở Giáo dục và Đào tạo phối hợp với lực lượng công an bảo vệ đề thi.", "Thanh Hóa", 2022)["lead"] == {
        "education"}


def test_the_national_power_corporations_are_the_power_sector():
    text = ("Các Tổng công ty Điện lực và Tổng công ty Truyền tải điện Quốc gia phải giữ nguồn điện ổn định cho nơi "
            "in đề trong những ngày thi.")
    assert roles(text, None, 2025)["lead"] == {"electricity"}


def test_the_one_helped_is_not_a_helper():
    text = "Công an thành phố giúp đỡ và hỗ trợ Sở Giáo dục và Đào tạo khâu nhận các thùng đề từ Hà Nội về."
    assert roles(text, "Hồ Chí Minh", 2019) == {"lead": {"police"}, "support": set()}
    # Working with someone is still help: "phối hợp với", "với sự hỗ trợ của".
    text = "Sở Y tế bố trí tổ cấp cứu tại các điểm thi với sự hỗ trợ của Đoàn Thanh niên."
    assert roles(text, "Hồ Chí Minh", 2019) == {"lead": {"health"}, "support": {"youth_union"}}


def test_as_well_as_is_no_subject_after_a_school_name():
    text = ("UBND thành phố chỉ đạo các cơ quan, địa phương chuẩn bị chu đáo kỳ xét tuyển vào Trường THPT chuyên Lê Hồng "
            "Phong, cũng như chi đúng, đủ tiền bồi dưỡng cho người coi thi.")
    # "các cơ quan, địa phương": the localities (offices named by no sector are no one, session 53)
    assert roles(text, "Hồ Chí Minh", 2019)["lead"] == {"district_pc"}


def test_a_district_text_names_its_own_district_bare_before_a_helper_verb():
    assert roles("Theo báo cáo mới nhất, quận đã chuẩn bị xong chỗ chờ cho phụ huynh.", "Hà Nội", 2022)["lead"] == {
        "district_pc"}
    # a list of levels is no subject
    text = "Thành đoàn chỉ đạo các cấp bộ Đoàn quận, huyện triển khai tiếp sức mùa thi."
    assert roles(text, "Hải Phòng", 2024)["lead"] == {"youth_union"}


def test_a_report_of_someone_is_no_continuation_of_the_last_subject():
    text = ("Sáng 8/7, Phó Chủ tịch UBND thành phố Hà Nội đi xem việc coi thi ở ba trường.\n"
            "Báo cáo của Ban Chỉ đạo thi quận Hoàn Kiếm cho biết quận có hơn 3.000 em dự thi.")
    assert roles(text, "Hà Nội", 2022, which="Báo cáo của")["lead"] == set()


def test_whom_a_report_quotes_ends_at_its_comma():
    text = "Theo lãnh đạo Ban Chỉ đạo thi quận Tây Hồ, quận đã chuẩn bị xong chỗ chờ cho phụ huynh."
    assert roles(text, "Hà Nội", 2022)["lead"] == {"district_pc"}


def test_what_a_ministry_says_names_the_ones_who_act_after_its_comma():
    text = "Bộ GD&ĐT nêu rõ, Sở GD&ĐT làm việc cùng các sở, ngành để không ai vi phạm quy chế."
    assert roles(text, None, 2023) == {"lead": {"education"}, "support": {"departments"}}
    assert "Bộ Giáo dục và Đào tạo" in parts("Theo Bộ GD-ĐT, các địa phương đã sẵn sàng cho ngày thi.", None,
                                             2023)["mention"]


def test_a_force_of_the_whole_province_is_directed_to_act():
    text = ("Công an thành phố vừa có kế hoạch chỉ đạo lực lượng Cảnh sát giao thông toàn thành phố bố trí người ở các "
            "ngã tư gần trường thi vào giờ tan buổi.")
    assert roles(text, "Cần Thơ", 2019)["lead"] == {"police"}
    assert parts(text, "Cần Thơ", 2019).get("doer")  # the force itself (its name is the police's in this province)
    text = "Tổ tuần tra của Công an huyện Thuận Bắc túc trực ở các đoạn đường đông xe gần trường."
    assert roles(text, "Ninh Thuận", 2023)["lead"] == {"police"}


def test_where_a_subject_works_stands_between_it_and_its_verb():
    text = "Ngay từ 6 giờ, Công an các phường trên địa bàn Thủ đô đã đưa người đứng ở cổng mọi trường thi."
    assert roles(text, "Hà Nội", 2023)["lead"] == {"police"}
    # ... but an object of "chỉ đạo" stays an object when the place follows it
    text = "2. UBND các huyện, thành phố\n- Chỉ đạo các Hội đồng thi trên địa bàn rà soát cơ sở vật chất."
    assert roles(text, "Lạng Sơn", 2024, which="Chỉ đạo các Hội đồng")["lead"] == {"district_pc"}


def test_a_deputy_prime_minister_inspecting_with_a_delegation_visits():
    text = "Sáng 25/6, Phó Thủ tướng Chính phủ cùng đoàn công tác đã trực tiếp kiểm tra nơi in đề của tỉnh."
    assert roles(text, "Nghệ An", 2024)["lead"] == set()


def test_a_duty_to_inform_is_no_notice_passed_on():
    text = "Sở GD&ĐT có trách nhiệm thông báo đến các trường giờ thi đã đổi."
    assert roles(text, "Đà Nẵng", 2020)["lead"] == {"education"}
    text = "Vì mưa bão, UBND thành phố đã chỉ đạo Sở GD&ĐT hoãn buổi thi chiều."
    assert roles(text, "Đà Nẵng", 2020)["lead"] == {"education"}


def test_an_object_followed_by_its_area_stays_an_object():
    text = "3. Sở Thông tin và Truyền thông\n- Định hướng các cơ quan báo chí trên địa bàn tỉnh tuyên truyền về Kỳ thi."
    assert roles(text, "Quảng Ninh", 2023, which="Định hướng")["lead"] == {"information"}
