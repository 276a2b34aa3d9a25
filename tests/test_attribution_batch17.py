"""Issue 9, session 14: patterns seen in batch AE (studied once its held-out figure was recorded) and the batches
after it. Our own words."""

from tests.attr_helpers import attribute_text, roles

NESTED = """Theo đó, Thủ tướng yêu cầu các bộ, ngành và UBND các tỉnh làm tốt phần việc của mình, trong đó:

- Bộ Y tế:

+ Hướng dẫn các bệnh viện sẵn sàng tiếp nhận thí sinh bị ốm;

+ Kiểm tra bếp ăn của các trường có thí sinh ở lại.

- UBND các tỉnh, thành phố:

+ Lo chỗ ở cho thí sinh ở xa.
"""


def test_bullets_under_an_agencys_own_line_are_its_duties_not_the_opening_requests():
    assert roles(NESTED, "toàn quốc", 2024, which="Hướng dẫn các bệnh viện") == {"lead": {"health"}, "support": set()}
    assert roles(NESTED, "toàn quốc", 2024, which="Kiểm tra bếp ăn")["lead"] == {"health"}
    assert roles(NESTED, "toàn quốc", 2024, which="Lo chỗ ở")["lead"] == {"provincial_pc"}


def test_a_plan_cited_in_an_opening_phrase_is_not_one_list_with_the_subject_after_its_comma():
    text = "Căn cứ phương án giữ trật tự của Công an huyện, đội CSGT đã chủ động phân luồng quanh điểm thi."
    assert roles(text, "Kon Tum", 2024)["lead"] == {"police"}


def test_a_province_asked_bare_by_a_visitor_is_its_committee():
    text = "Trưởng đoàn đề nghị tỉnh rà lại phương án phòng cháy ở khu in sao đề."
    assert roles(text, "Bến Tre", 2024)["lead"] == {"provincial_pc"}
    text = "Thứ trưởng nhắc nhở tỉnh chú trọng khâu vận chuyển bài thi."
    assert roles(text, "Bến Tre", 2024)["lead"] == {"provincial_pc"}
    # a bare province word that is no one asked stays a place
    assert roles("Trên địa bàn tỉnh tổ chức 12 điểm thi.", "Bến Tre", 2024)["lead"] == set()


CAPTIONED = """Công an huyện Ea Súp bố trí lực lượng giữ trật tự ở hai điểm thi của huyện.

Cán bộ làm nhiệm vụ trước cổng điểm thi

Ngoài ra, đơn vị còn cử người trực đêm tại nơi cất giữ đề thi.
"""


def test_the_unit_a_paragraph_refers_back_to_is_found_past_a_photo_caption():
    assert roles(CAPTIONED, "Đắk Lắk", 2024, which="trực đêm")["lead"] == {"police"}


def test_transport_operators_asked_by_the_transport_department_are_kept_under_their_own_name():
    text = "Sở Giao thông vận tải yêu cầu các đơn vị kinh doanh vận tải tăng chuyến xe phục vụ thí sinh."
    got = roles(text, "Bình Định", 2024)
    assert got == {"lead": {"other"}, "support": set()}
    text = "Đội thanh tra GT-VT phối hợp giữ thông suốt các tuyến đường dẫn vào điểm thi."
    assert roles(text, "Bình Định", 2024)["lead"] == {"transport"}
    # a school's bicycle shed is no operator
    assert roles("Nhà trường dọn nhà xe để làm chỗ gửi đồ cho thí sinh.", "Bình Định", 2024)["lead"] == set()


def test_the_department_directed_to_guide_the_press_acts():
    text = "Sở Y tế chỉ đạo Sở Thông tin và Truyền thông định hướng báo chí đưa tin về kỳ thi."
    assert "information" in roles(text, "Gia Lai", 2023)["lead"]


def test_a_list_of_those_asked_goes_on_past_a_semicolon_and_all_of_them_act():
    text = ("Sở Thông tin và Truyền thông vừa đề nghị UBND các huyện, thành phố; các cơ quan báo chí trong tỉnh đưa tin "
            "đầy đủ về kỳ thi.\n\nTheo đó, tiếp tục nhắc thí sinh không mang điện thoại vào phòng thi.")
    assert roles(text, "Gia Lai", 2024, which="báo chí")["lead"] == {"district_pc", "press"}
    assert roles(text, "Gia Lai", 2024, which="điện thoại")["lead"] == {"district_pc", "press"}
    # a second part with a subject of its own after a request that already says what to do stays that subject's
    text = "Sở Y tế đề nghị Trung tâm Y tế các huyện trực cấp cứu; Công an tỉnh bảo vệ khu in sao đề thi suốt đợt thi."
    _, att = attribute_text(text, "Gia Lai", 2024)
    assert not any(f.how == "asked_across" for found in att.mentions.values() for f in found)


def test_a_short_form_with_a_dot_does_not_end_the_sentence():
    from etl.statements import split

    text = ("Đoàn kiểm tra liên ngành của tỉnh về an toàn vệ sinh thực phẩm TP. Pleiku đang kiểm tra các quán ăn quanh "
            "điểm thi trong tuần này.")
    assert split(text) == [text]


def test_a_text_whose_locality_is_unknown_is_no_national_text():
    text = "Sở Thông tin và Truyền thông đề nghị các địa phương treo băng rôn cổ vũ thí sinh trên địa bàn tỉnh."
    assert roles(text, None, 2024)["lead"] == {"district_pc"}
    assert roles(text, "toàn quốc", 2024)["lead"] == {"provincial_pc"}


def test_a_force_deployed_to_do_a_task_does_it_with_the_one_who_deploys_it():
    text = "UBND huyện bố trí lực lượng công an hộ tống xe chở đề thi về điểm thi."
    assert roles(text, "Quảng Ninh", 2025)["lead"] == {"district_pc", "police"}
    # deployed with no task of its own, the force is only named
    text = "Sở Y tế bố trí Trung tâm Y tế huyện tại các điểm thi."
    assert roles(text, "Quảng Ninh", 2025)["lead"] == {"health"}


def test_the_levels_listed_after_a_force_are_its_name():
    text = "Công an các xã, phường, huyện, thị xã đã bố trí người đứng ở cổng trường thi từ 6 giờ sáng."
    assert roles(text, "Phú Thọ", 2023)["lead"] == {"police"}


def test_a_province_named_bare_that_goes_on_acts():
    assert roles("Bình Phước tiếp tục lo xe đưa đón thí sinh vùng sâu.", "Bình Phước", 2024)["lead"] == {"provincial_pc"}


UNMARKED_FIRST = """Sở Thông tin và Truyền thông đề nghị các doanh nghiệp bưu chính của tỉnh lưu ý mấy việc dưới đây:

Giữ thông suốt mạng lưới bưu cục trong những ngày thi.

- Chuyển phát trước hết các công văn, tài liệu về kỳ thi giữa Sở Giáo dục và Đào tạo và các trường.
"""


def test_bullets_after_an_unmarked_first_item_still_belong_to_the_request():
    assert roles(UNMARKED_FIRST, "Hà Giang", 2024, which="Chuyển phát")["lead"] == {"postal"}


def test_a_statement_that_opens_with_exchanging_information_goes_on_with_its_agency():
    text = ("Ngành Giáo dục lo phương tiện chở đề thi.\n\nTrao đổi sớm với công an về giờ xuất phát và tuyến đường chở "
            "đề thi.")
    assert roles(text, "Hà Giang", 2024, which="Trao đổi")["lead"] == {"education"}


def test_a_topic_named_first_with_a_list_of_places_does_not_swallow_the_subject():
    text = ("Đối với công tác canh gác khu in sao, nơi chấm bài, các phòng làm việc của Ban Chấm thi, Công an tỉnh "
            "cử cán bộ trực suốt đợt thi.")
    assert roles(text, "Cà Mau", 2024)["lead"] == {"police"}


def test_the_ministries_as_a_group_in_a_national_text():
    text = ("Thủ tướng giao các bộ, cơ quan ngang bộ và UBND các tỉnh, thành phố làm tốt phần việc của mình trong "
            "kỳ thi.")
    assert roles(text, "Toàn quốc", 2023)["lead"] == {"departments", "provincial_pc"}


def test_the_traffic_and_order_police_named_together_are_the_police():
    text = "Bên ngoài cổng trường, lực lượng cảnh sát giao thông, trật tự đã dựng barie và hướng dẫn phụ huynh chờ."
    assert roles(text, "Nam Định", 2024)["lead"] == {"police"}
    assert roles("Đội Cảnh sát giao thông - Trật tự phân luồng xe quanh điểm thi.", "Nam Định", 2024)["lead"] == {"police"}
