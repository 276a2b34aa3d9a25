"""Session 64, from the development batches 65A, 65C, 65E, 65G, 65I, 65K and 65M (real pages on youth volunteers,
district texts, the northern mountains, the 2015-2019 exams and their university-run clusters, the central coast and the
2025-2026 exams): each behaviour in our own words, as a user sees it."""

from __future__ import annotations

import pytest

from etl.clean import clean
from tests.attr_helpers import attribute_text, doers_of, first_paragraph_doers, meta_of, parts_and_roles

# -- page furniture ---------------------------------------------------------------------------------------------------


def test_a_rating_widget_and_a_section_with_its_posting_time_are_no_part_of_the_headline():
    text = ("Thanh niên tình nguyện giúp thí sinh qua đường tại các điểm thi\n\nsao sao sao sao sao\n"
            "Giao thông 03/07/2016 07:12\n\nSáng 2/7, Tỉnh đoàn ra quân 40 đội thanh niên tình nguyện.\n")
    assert meta_of(text).values.get("title") == "Thanh niên tình nguyện giúp thí sinh qua đường tại các điểm thi"


def test_an_image_files_name_with_a_space_is_no_part_of_the_caption_below_it():
    text = "Các điểm thi đã sẵn sàng.\n12 anh chup.jpg\nCảnh sát giao thông hướng dẫn thí sinh tại cổng trường.\n"
    paragraphs = [p.text for p in clean(text).paragraphs]
    assert "Cảnh sát giao thông hướng dẫn thí sinh tại cổng trường." in paragraphs
    assert not any("jpg" in p for p in paragraphs)


# -- metadata ---------------------------------------------------------------------------------------------------------


def test_a_leaders_conclusions_given_in_a_numbered_notice_give_its_type_number_and_day():
    text = ("Kết luận của Phó Chủ tịch UBND tỉnh về kỳ thi năm 2017\n"
            "Ngày 2/6/2017, Phó Chủ tịch UBND tỉnh Trần Văn B đã chủ trì họp Ban Chỉ đạo thi và đã kết luận tại Thông báo "
            "88/TB-UBND ngày 6/6/2017.\nUBND tỉnh yêu cầu Sở Y tế bố trí cán bộ y tế tại các điểm thi.\n")
    values = meta_of(text).values
    assert (values["doc_type"], values["number"], str(values["issued_date"])) == ("Thông báo", "88/TB-UBND", "2017-06-06")


def test_a_number_with_a_space_typed_after_its_slash_is_read_whole():
    text = ("Sở GD&ĐT tỉnh Phú Thọ vừa có công văn số 912/ SGDĐT-QLT gửi Chủ tịch UBND các huyện về kỳ thi năm 2022.\n"
            "Theo đó, UBND các huyện bố trí lực lượng bảo vệ các điểm thi.\n")
    assert meta_of(text).values["number"] == "912/SGDĐT-QLT"


def test_a_decisions_title_in_capitals_under_its_date_line_is_its_title_without_the_type_line():
    text = ("ỦY BAN NHÂN DÂN\nSố: 412/QĐ-UBND\nYên Bái, ngày 3 tháng 5 năm 2024\n"
            "PHÊ DUYỆT PHƯƠNG ÁN BẢO ĐẢM AN NINH KỲ THI TỐT NGHIỆP THPT NĂM 2024\nỦY BAN NHÂN DÂN TỈNH YÊN BÁI\n"
            "Căn cứ Luật Tổ chức chính quyền địa phương;\nQUYẾT ĐỊNH:\nĐiều 1. Phê duyệt phương án kèm theo Quyết định này.\n")
    values = meta_of(text).values
    assert values["title"] == "PHÊ DUYỆT PHƯƠNG ÁN BẢO ĐẢM AN NINH KỲ THI TỐT NGHIỆP THPT NĂM 2024"
    assert (values["number"], values["issuer"]) == ("412/QĐ-UBND", "UBND tỉnh Yên Bái")


# -- who acts ---------------------------------------------------------------------------------------------------------

# (text, locality, year, the doers' roles of each statement in reading order)
DOERS = [
    # the traffic police named with their second duty after a dash are the police, whatever comes before them
    ("Còn một tuần nữa là đến ngày thi, lúc này, lực lượng cảnh sát giao thông – trật tự các huyện đang chốt chặn ở "
     "những nút giao đông xe.", "Yên Bái", 2023, [{"police"}]),
    # the place a name is given in brackets and then by a bare "TP" says whose body it is: the city's committee does nothing
    ("Theo kế hoạch, Cảnh sát phòng cháy và chữa cháy (PCCC) TP rà soát bình chữa cháy ở từng phòng in sao đề.",
     "Đà Nẵng", 2018, [{"police"}]),
    # "Sở GD&ĐT tỉnh này" after a setting is the department of the province just named, and it acts
    ("Còn tại cụm thi Lai Châu, Sở GD&ĐT tỉnh này sẽ cử thêm cán bộ giám sát khâu in sao đề.", "Toàn quốc",
     2019, [{"education"}]),
    # the bodies named as those that chair a task act, each member of the list
    ("Đơn vị chủ trì việc chấm phúc khảo năm nay gồm Trường Đại học Vinh và Trường Đại học Hồng Đức.",
     "Toàn quốc", 2017,
     [{"other"}]),
    # the volunteers a programme drew, those who attended its launch, and how they were split are counts, no duty;
    # volunteers who eagerly guide candidates act
    ("Mùa thi này, chiến dịch thu hút gần 6.000 lượt đoàn viên thanh niên tham gia. Khoảng 1.500 đoàn viên thanh niên "
     "đã tham gia lễ ra quân sáng thứ bảy. Các đội tình nguyện được chia thành 40 nhóm nhỏ. Những tình nguyện viên ấy "
     "đều tận tình chỉ đường cho thí sinh đến phòng thi.", "Cần Thơ", 2021,
     [set(), set(), set(), {"youth_union"}]),
    # a department that tells its schools what they must not do keeps the duty, as when it tells them what to do
    ("Sở GD&ĐT yêu cầu các trường tuyệt đối không được thu thêm khoản tiền nào của thí sinh dự thi.", "Quảng Trị", 2019,
     [{"education"}]),
    # a committee reported setting up a counted number of inspection teams steers; the same in a plan's item is its task
    ("Trong tháng 6, Ban Chỉ đạo thi tỉnh thành lập 9 đoàn kiểm tra đi các huyện. Ban Chỉ đạo thành lập các đoàn "
     "kiểm tra công tác thi.", "Điện Biên", 2019, [set(), {"steering_committee"}]),
    # a letter whose number has a space after its slash still asks the ones it is sent to
    ("Sở GD&ĐT đã có công văn số 77/ SGDĐT-QLT gửi Chủ tịch UBND các huyện đề nghị bố trí lực lượng.", "Hà Giang", 2022,
     [{"district_pc"}]),
    # a province that set up one exam council acts; the council it set up is its object
    ("Để chuẩn bị, tỉnh Hà Nam đã thành lập một hội đồng thi, mở thêm hai điểm thi ở vùng xa.", "Hà Nam", 2023,
     [{"provincial_pc"}]),
    # a committee that hands a task to units or schools it does not name only asks
    ("UBND tỉnh giao nhiệm vụ trông giữ xe cho thí sinh cho các đơn vị, trường học trên địa bàn.", "Phú Yên", 2018,
     [set()]),
]


@pytest.mark.parametrize("text, locality, year, want", DOERS, ids=[d[0][:40] for d in DOERS])
def test_who_acts_in_each_statement(text, locality, year, want):
    assert first_paragraph_doers(text, locality, year, len(want)) == want


def test_a_body_named_inside_the_purpose_a_statement_opens_with_is_only_named():
    got = parts_and_roles("Để cụm thi do Trường Đại học Tây Nguyên chủ trì diễn ra an toàn; UBND tỉnh yêu cầu Công an tỉnh "
                          "bảo vệ các điểm thi.", "Đắk Lắk", 2016)
    assert got["doer"] == {"police", "Công an tỉnh"}
    assert "Trường Đại học Tây Nguyên" in got["mention"]


def test_a_sector_body_handing_tasks_to_its_own_units_keeps_the_duty():
    # (a guard for the rule above: the department and the police keep their duty when they pass it to their units)
    assert doers_of("Sở GD&ĐT giao các trường THPT tổ chức ôn tập cho học sinh.", "Phú Yên", 2018)[(0, 0)] == {"education"}
    assert doers_of("Công an tỉnh giao nhiệm vụ cho các đơn vị bảo vệ điểm thi.", "Phú Yên", 2018)[(0, 0)] == {"police"}


def test_a_joint_stock_company_and_a_business_group_are_kept_as_partners():
    got = parts_and_roles("Tỉnh đoàn phối hợp với CTCP Xe khách An Phú và Tập đoàn Hoa Sen đưa đón thí sinh.", "Bình Dương",
                          2022)
    assert {"CTCP Xe khách An Phú", "Tập đoàn Hoa Sen"} <= got["helper"]


def test_a_body_that_signs_a_decision_handing_out_tasks_only_asks():
    got = parts_and_roles("Ngày 20/4, Bộ GD&ĐT ký quyết định giao nhiệm vụ chủ trì các cụm thi năm 2017.", "Toàn quốc", 2017)
    assert "education" in got.get("requester", set()) and "doer" not in got


def test_a_leader_handing_over_a_flag_at_a_ceremony_does_no_duty():
    got = parts_and_roles("Phó Chủ tịch UBND tỉnh trao cờ xuất quân cho các đội thanh niên tình nguyện.", "Quảng Ngãi", 2019)
    assert "doer" not in got


def test_a_named_partner_helps_every_piece_of_its_sentence_after_a_semicolon():
    text = ("UBND tỉnh giao Công an tỉnh phối hợp với Trường Đại học Phạm Văn Đồng giữ trật tự quanh khu ký túc xá "
            "của thí sinh ở xa đến thi; canh gác nơi cất giữ đề thi suốt đêm trước mỗi buổi thi; bố trí người dẫn đường "
            "cho thí sinh lạc đường vào sáng thi.")
    tree, att = attribute_text(text, "Quảng Ngãi", 2016)
    helpers = {(f.statement, f.name) for f in att.mentions[tree[0].seq] if f.kind == "helper"}
    assert helpers == {(k, "Trường Đại học Phạm Văn Đồng") for k in range(3)}


def test_a_company_officer_who_sits_on_the_provinces_committee_speaks_for_his_company():
    text = ("Ông Lê Văn C, Phó Giám đốc Công ty Điện lực Hòa Bình, đồng thời là thành viên Ban Chỉ đạo thi tỉnh Hòa bình, "
            "cho biết: \"Chúng tôi đã kiểm tra toàn bộ các trạm biến áp cấp điện cho điểm thi.\"")
    assert doers_of(text, "Hòa Bình", 2024)[(0, 0)] == {"electricity"}


def test_a_leader_who_shares_the_volunteers_hardships_only_speaks():
    got = parts_and_roles("Trong chuyến thăm, bà Lê Thị H, Chủ tịch Hội Liên hiệp Thanh niên Việt Nam tỉnh chia sẻ những "
                          "khó khăn mà đội tình nguyện gặp phải.", "Hà Tĩnh", 2016)
    assert "doer" not in got
