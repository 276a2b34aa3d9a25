"""Issue 9, session 20: a news report sets the scene before its subject ("Sáng 27/6, …", "Tại điểm thi …, từ sáng sớm,
…"), and a leader may sign a document on another's behalf ("… thay mặt Thủ tướng ký Công điện số …"). Our own words."""

import pytest

from tests.attr_helpers import meta_of, parts, roles


@pytest.mark.parametrize("text, lead", [
    # when, then the subject with words of its own before the verb
    ("Cũng trong sáng 26.6, các huyện, thành phố trên địa bàn tỉnh đồng loạt ra quân giúp thí sinh.", {"district_pc"}),
    ("Trong ba ngày thi 26, 27 và 28/6, đoàn viên thanh niên của hai chi đoàn gồm 20 người trực ở cổng trường.",
     {"youth_union"}),
    # where, then when
    ("Tại điểm thi Trường THPT Lê Lợi (huyện Đông Sơn), từ 6 giờ sáng, đoàn viên thanh niên trong đội tình nguyện "
     "đã có mặt phát nước cho thí sinh.", {"youth_union"}),
    # an opener, then a time
    ("Trước đó, tối 24/6, lực lượng tình nguyện của chương trình đã chở 60 thí sinh vùng đảo vào đất liền.",
     {"youth_union"}),
    # a setting that ends at the list's own name is no setting: the committee that visits still only visits
    ("Sáng 26/6, UBND tỉnh đã đi kiểm tra công tác chuẩn bị thi tại các điểm thi.", set()),
])
def test_the_subject_after_a_time_or_a_place_acts(text, lead):
    assert roles(text, "Thanh Hóa", 2024)["lead"] == lead


@pytest.mark.parametrize("text", [
    "Ngày 5/5, Phó Thủ tướng Trần Văn A thay mặt người đứng đầu Chính phủ ký ban hành Công điện 41/CĐ-TTg về kỳ thi.",
    "Chủ tịch UBND tỉnh ký Công điện số 7 về việc bảo đảm an toàn cho kỳ thi.",
    "Chủ tịch UBND tỉnh vừa ký ban hành Kế hoạch số 90/KH-UBND về kỳ thi.",
])
def test_the_one_who_signs_a_document_does_not_do_its_duties(text):
    assert roles(text, "Thanh Hóa", 2024)["lead"] == set()


def test_the_owner_after_truc_thuoc_is_not_asked():
    # "các bệnh viện trực thuộc Bộ …": the ministry owns the hospitals it asks; it is no second one asked
    text = "Bộ Y tế yêu cầu các bệnh viện trực thuộc Bộ Y tế ở miền Trung bố trí giường cho thí sinh bị say nắng."
    assert parts(text, "Thanh Hóa", 2024)["requester"] == {"Bộ Y tế"}
    assert "Bộ Y tế" not in parts(text, "Thanh Hóa", 2024)["doer"]
    # a unit word between two members still joins them into one list of those asked
    text = "UBND tỉnh yêu cầu Sở Y tế, các đơn vị trực thuộc và Công an tỉnh trực cấp cứu, bảo vệ 24/24 giờ."
    assert roles(text, "Thanh Hóa", 2024)["lead"] == {"health", "police"}


def test_a_place_after_an_agency_and_its_short_name_says_whose_it_is():
    # the city named bare after "Công an thành phố (TP)" is the force's city, not the city's committee acting
    text = "Đúng 6 giờ sáng 27/6, để giữ trật tự quanh các điểm thi, Công an thành phố (TP) Đà Nẵng đã bố trí 300 cán bộ."
    assert roles(text, "Đà Nẵng", 2024)["lead"] == {"police"}
    # the city named bare and acting on its own is still its committee
    assert roles("Đà Nẵng đã chuẩn bị 40 điểm thi cho kỳ thi năm nay.", "Đà Nẵng", 2024)["lead"] == {"provincial_pc"}


def test_the_press_steered_to_report_acts_too():
    # "định hướng" the press + a verb: the press carries the work out, the department that steers it keeps its duty;
    # "của tỉnh" after the press only says whose it is
    text = "Sở Thông tin và Truyền thông định hướng các cơ quan báo chí của tỉnh đưa tin đúng, đủ về kỳ thi."
    assert roles(text, "Gia Lai", 2023)["lead"] == {"information", "press"}


@pytest.mark.parametrize("text", [
    # a force's own units and localities are the force, not the departments and the districts
    "Từ sáng 26/6, lực lượng Công an các đơn vị, địa phương trong tỉnh đồng loạt ra quân giữ trật tự quanh điểm thi.",
    # the force named bare at the start of a sentence
    "Công an tăng cường tuần tra ở các tuyến đường dẫn vào điểm thi.",
])
def test_the_police_and_its_units_are_the_police(text):
    assert roles(text, "Quảng Ninh", 2022)["lead"] == {"police"}


def test_a_verb_after_a_comma_is_the_helpers_own():
    # "hỗ trợ ngành Giáo dục, cử cán bộ …": the department that helps also sends its staff; education does not act
    text = "Sở Y tế có phương án hỗ trợ ngành Giáo dục, cử bác sĩ trực tại các điểm thi để cấp cứu thí sinh."
    assert roles(text, "Nam Định", 2021) == {"lead": {"health"}, "support": set()}
    # with the verb right after it, the one helped does the duty
    assert roles("Sở Y tế hỗ trợ ngành Giáo dục kiểm tra bếp ăn các trường.", "Nam Định", 2021) == {
        "lead": {"education"}, "support": {"health"}}


def test_a_report_that_a_committee_issued_a_directive_gives_its_type_and_issuer():
    # a portal piece: "… đã ra chỉ thị khẩn về …" names the document's type and who issued it, with no number
    text = ("TP Cần Thơ siết công tác thi\n\nChiều 20-5, UBND TP Cần Thơ đã ra chỉ thị khẩn về việc tổ chức kỳ thi "
            "tốt nghiệp THPT, giao các sở, ngành bảo đảm an toàn cho thí sinh.")
    meta = meta_of(text).values
    assert meta["doc_type"] == "Chỉ thị"
    assert meta["issuer"] == "UBND thành phố Cần Thơ"


def test_a_post_after_a_comma_ends_an_unknown_name():
    # a school named where a visit happens, then the visitor's post: the post is no part of the school's name
    text = "Tại điểm thi Trường THPT Lê Quý Đôn, Phó Giám đốc Sở GD&ĐT kiểm tra việc coi thi."
    names = set().union(*parts(text, "Hà Nội", 2024).values())
    assert "Trường THPT Lê Quý Đôn" in names and not any("Giám đốc" in n for n in names)
    # two capitalised words after a comma still join a name the gazetteer does not know
    text = "Trung tâm Văn hóa, Thông tin và Thể thao huyện tăng cường tuyên truyền về kỳ thi."
    assert "Trung tâm Văn hóa, Thông tin và Thể thao huyện" in parts(text, "Hà Nội", 2024)["doer"]


@pytest.mark.parametrize("text, lead", [
    # where it happens, then who does it: the school is a place, not a second doer
    ("Tại điểm thi Trường THPT Lê Quý Đôn, Công an huyện bố trí 12 cán bộ giữ trật tự.", {"police"}),
    ("Tại Trường THPT Lê Quý Đôn, Trường THPT Nguyễn Trãi, Công an huyện bố trí 12 cán bộ.", {"police"}),
    # a post after the place: the place does not take the post's part
    ("Tại điểm thi Trường THPT Lê Quý Đôn, Phó Giám đốc Sở GD&ĐT kiểm tra việc coi thi.", {"education"}),
    # places listed after "tại" stay places
    ("Công an huyện tuần tra tại Trường THPT Lê Quý Đôn, Trường THPT Nguyễn Trãi và Trường THPT Lý Thường Kiệt.",
     {"police"}),
])
def test_a_school_named_where_something_happens_does_not_do_it(text, lead):
    assert roles(text, "Hà Nội", 2024)["lead"] == lead
