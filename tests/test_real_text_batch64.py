"""Session 62: patterns met on real texts (development batches), in our own words."""

from __future__ import annotations

import pytest

from tests.attr_helpers import meta_of, roles
from tests.attr_helpers import parts_and_roles as parts_of


def test_an_agency_told_to_step_in_vao_cuoc_is_the_one_who_acts():
    # "X chỉ đạo (cho) Y vào cuộc xác minh": "vào cuộc" (step in) is Y's act, so Y is the doer and X only steers
    got = parts_of("Ngay trong đêm, UBND tỉnh Bình Định đã chỉ đạo cho Sở Giáo dục và Đào tạo vào cuộc làm rõ vụ việc.\n",
                   "Bình Định", 2024)
    assert "education" in got["doer"] and "provincial_pc" in got["requester"]
    assert "provincial_pc" not in got["doer"]
    # and "vào cuộc" ends a name: the police step in, no body called "Công an vào cuộc"
    got = parts_of("Công an vào cuộc điều tra việc đề thi môn Sử bị phát tán.\n", "Bình Định", 2024)
    assert got["doer"] == {"police", "Công an tỉnh"}


def test_the_one_a_partner_list_singles_out_after_its_owner_is_a_helper_too():
    # "phối hợp với các sở, ngành liên quan của địa phương, nhất là sở y tế triển khai …": the owner "của địa phương"
    # does not end the list, so the health department singled out is a partner, not a second subject
    got = roles("Bộ Giáo dục và Đào tạo đề nghị các tỉnh chỉ đạo Sở Giáo dục và Đào tạo phối hợp với các sở, ban, "
                "ngành của địa phương, nhất là sở y tế triển khai các biện pháp phòng dịch tại điểm thi.\n",
                "Toàn quốc", 2021)
    assert "health" not in got["lead"] and "health" in got["support"]
    assert "education" in got["lead"]


def test_a_member_organisation_of_the_front_keeps_its_own_name():
    # the Women's Union, the veterans, the farmers and the labour federation share the Front's role, but a reader of the
    # Document page must see the body the text names, not the Front's committee
    got = parts_of("Hội Liên hiệp Phụ nữ tỉnh phối hợp với Hội Cựu chiến binh tỉnh nấu cơm cho thí sinh ở xa.\n",
                   "Trà Vinh", 2023)
    assert got["doer"] == {"fatherland_front", "Hội Liên hiệp Phụ nữ tỉnh"}
    assert got["helper"] == {"fatherland_front", "Hội Cựu chiến binh tỉnh"}
    # … also by its short form ("Hội CCB"), which its head word alone would keep as a body of no role
    got = parts_of("Hội CCB tỉnh cử 20 hội viên giữ xe cho phụ huynh tại các điểm thi.\n", "Trà Vinh", 2023)
    assert got["doer"] == {"fatherland_front", "Hội Cựu chiến binh tỉnh"}
    # guard: the Front itself, and the mass organisations as a group, are still the Front's committee
    got = parts_of("Ủy ban MTTQ tỉnh và các đoàn thể vận động các nhà hảo tâm hỗ trợ thí sinh.\n", "Trà Vinh", 2023)
    assert got["doer"] == {"fatherland_front", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"}


def test_a_body_there_is_also_to_do_something_does_it():
    # "…, đồng thời có X đi cùng …", "(đồng hành cùng thí sinh) còn có X hỗ trợ …": X is there and acts
    got = parts_of("Thùng đề thi được đưa lên xuồng trước, đồng thời có lực lượng công an đi cùng suốt chặng đường.\n",
                   "Cà Mau", 2022)
    assert got["doer"] == {"police", "Công an tỉnh"}
    got = parts_of("Sát cánh với sĩ tử năm nay còn có Câu lạc bộ Xe ôm 0 đồng chở miễn phí thí sinh đến điểm thi.\n",
                   "Cà Mau", 2022)
    assert got["doer"] == {"other", "Câu lạc bộ Xe ôm 0 đồng"}
    # guards: after a plain comma the force helps the one who leads; an oversight named after "sự" only helps
    got = parts_of("Sở Giáo dục và Đào tạo chủ trì in sao đề thi, có lực lượng công an bảo vệ.\n", "Cà Mau", 2022)
    assert "police" in got["helper"] and "police" not in got["doer"]
    got = parts_of("Kỳ thi năm nay còn có sự giám sát của Thanh tra tỉnh.\n", "Cà Mau", 2022)
    assert "doer" not in got


def test_an_adverb_between_a_team_and_its_verb_keeps_the_team_acting():
    # "X đồng loạt triển khai …", "X đã tất bật chuẩn bị …", "X sớm lên phương án …": the adverb stands between the
    # subject and its verb as a helper verb does
    got = parts_of("Sáng 26/6, tất cả các Đội tiếp sức mùa thi tại Bến Tre đồng loạt triển khai hỗ trợ thí sinh.\n",
                   "Bến Tre", 2020)
    assert got["doer"] >= {"youth_union"}
    # guard: "Ngay lập tức," opening a sentence is no helper verb of anyone's
    assert parts_of("Ngay lập tức, thí sinh được đưa vào phòng chờ.\n", "Bến Tre", 2020).get("doer") is None


def test_a_negation_ends_an_unknown_name_and_the_grid_dispatch_centre_is_power():
    # "… Trung tâm Điều độ hệ thống điện miền Bắc không cắt điện …": "không" is no word of the name, and a centre named
    # by the power system's work is the power sector's; "Cty" is a company's short form
    got = parts_of("Điện lực tỉnh phối hợp với Cty Truyền tải điện 1, Trung tâm Điều độ hệ thống điện miền Bắc không "
                   "cắt điện trong những ngày thi.\n", "Nam Định", 2022)
    assert got["helper"] == {"electricity", "Cty Truyền tải điện 1", "Trung tâm Điều độ hệ thống điện miền Bắc"}
    # guard: a capitalised head followed by a negation names nobody ("Đại học không …" is a sentence about universities)
    assert parts_of("Theo quy chế mới, Đại học không phải tổ chức cụm thi như trước.\n", "Toàn quốc", 2020).get("doer") is None
    # guard: "hàng không" (aviation) is a noun inside a name, no negation
    got = parts_of("Công ty Cổ phần Hàng không Tre Xanh giảm giá vé cho thí sinh.\n", "Toàn quốc", 2020)
    assert got["doer"] == {"other", "Công ty Cổ phần Hàng không Tre Xanh"}



def test_a_strip_of_related_headlines_does_not_run_into_the_headline():
    # a copied web page: the headline, then the page's strip of other articles' headlines between its separators
    text = ("Bình Phước sẵn sàng cho kỳ thi tốt nghiệp THPT năm 2023\n"
            "Bình Phước: hơn 200 tình nguyện viên tiếp sức mùa thi Thí sinh cần lưu ý gì trước ngày thi |\n"
            "Sáng 20/6, Sở Giáo dục và Đào tạo tỉnh Bình Phước tổ chức họp báo về công tác chuẩn bị kỳ thi. "
            "Toàn tỉnh có 10.500 thí sinh đăng ký dự thi.\n")
    values = meta_of(text).values
    assert values["title"] == "Bình Phước sẵn sàng cho kỳ thi tốt nghiệp THPT năm 2023"
    text = ("Hà Nam bảo đảm an toàn tuyệt đối khâu in sao đề thi\n"
            "| Lịch thi tốt nghiệp THPT năm 2023 Hướng dẫn thí sinh làm thủ tục dự thi |\n"
            "Công an tỉnh Hà Nam đã bố trí lực lượng bảo vệ khu vực in sao đề thi 24/24 giờ.\n")
    assert meta_of(text).values["title"] == "Hà Nam bảo đảm an toàn tuyệt đối khâu in sao đề thi"


def test_a_city_of_a_province_that_issues_a_plan_is_named_as_itself():
    # "UBND TP.Buôn Ma Thuột: Triển khai …": the city is a place (a district-level city of Đắk Lắk), not a person's name
    # to be cut, so the issuer is that city's committee, not "UBND thành phố" of the province
    values = meta_of("UBND TP.Buôn Ma Thuột: Triển khai công tác phục vụ Kỳ thi tốt nghiệp THPT năm 2023\n"
                     "Ngày 10/6/2023, UBND thành phố Buôn Ma Thuột ban hành Kế hoạch số 512/KH-UBND về công tác phục vụ "
                     "kỳ thi trên địa bàn thành phố. Theo đó, UBND thành phố yêu cầu các phòng, ban bảo đảm an toàn cho "
                     "các điểm thi.\n").values
    assert values["issuer"] == "UBND thành phố Buôn Ma Thuột"
    assert values["locality"] == "Đắk Lắk"


def test_a_document_signed_by_its_number_gives_its_type_and_number():
    # "Chủ tịch UBND tỉnh … ký Công điện số 03/CĐ-UBND về …": "ký" alone is the verb of issuing, as "ban hành" is
    values = meta_of("Lào Cai tăng cường phòng dịch trong kỳ thi\n\n"
                     "Chiều 9/8, Chủ tịch UBND tỉnh Lào Cai ký Công điện số 05/CĐ-UBND về tăng cường phòng dịch tại các "
                     "điểm thi tốt nghiệp THPT.\n").values
    assert (values["doc_type"], values["number"]) == ("Công điện", "05/CĐ-UBND")
    # guard: the Prime Minister's directive that a province's text only cites is no number of its own
    values = meta_of("Lào Cai quán triệt chỉ đạo của Thủ tướng\n\n"
                     "Ngày 20/5, Thủ tướng ký Chỉ thị số 15/CT-TTg về tổ chức kỳ thi; tỉnh Lào Cai triển khai ngay.\n").values
    assert "number" not in values


def test_the_districts_and_thu_duc_city_are_one_member_of_a_partner_list():
    # Hồ Chí Minh 2021-2025 names its district committees "UBND các quận, huyện và TP Thủ Đức": the list of partners goes
    # on past them, so the transport department after them is a partner too, not a second subject
    got = parts_of("Phòng CSGT phối hợp với UBND các quận, huyện và TP Thủ Đức, Sở Giao thông vận tải tổ chức phân luồng "
                   "quanh các điểm thi.\n", "Hồ Chí Minh", 2022)
    assert {"district_pc", "transport"} <= got["helper"] and "transport" not in got["doer"]


# Bodies the text names that act, each with the part, role and name a reader of the Document page must see.
NAMED_BODIES = [
    # charity and news texts name helpers the gazetteer cannot know; their head word keeps them, whole, as bodies
    ("Câu lạc bộ Thiện nguyện Hoa Sen đã nấu 300 suất cơm miễn phí cho thí sinh.", "Trà Vinh", 2023, "doer",
     "other", "Câu lạc bộ Thiện nguyện Hoa Sen"),
    ("CLB Xe ôm nghĩa tình chở miễn phí thí sinh từ bến xe đến điểm thi.", "Trà Vinh", 2023, "doer",
     "other", "CLB Xe ôm nghĩa tình"),
    ("BV Đa khoa khu vực Cầu Ngang đã cử 2 bác sĩ trực tại điểm thi.", "Trà Vinh", 2023, "doer",
     "health", "BV Đa khoa khu vực Cầu Ngang"),
    ("Hiệp hội Du lịch tỉnh giảm giá phòng cho phụ huynh đưa con đi thi.", "Trà Vinh", 2023, "doer",
     "other", "Hiệp hội Du lịch tỉnh"),
    ("Nhóm Thiện nguyện Sen Vàng đã nấu 500 suất cơm cho thí sinh ở xa.", "Tuyên Quang", 2023, "doer",
     "other", "Nhóm Thiện nguyện Sen Vàng"),
    ("Quỹ Bảo trợ trẻ em tỉnh trao 50 suất quà cho thí sinh nghèo.", "Tuyên Quang", 2023, "doer",
     "other", "Quỹ Bảo trợ trẻ em tỉnh"),
    ("Cảng vụ Hàng không miền Bắc ưu tiên làm thủ tục cho chuyến bay chở đề thi.", "Toàn quốc", 2020, "doer",
     "other", "Cảng vụ Hàng không miền Bắc"),
    ("BVĐK Quốc tế Sông Cấm phối hợp lấy mẫu xét nghiệm cho thí sinh.", "Hải Phòng", 2021, "doer",
     "health", "BVĐK Quốc tế Sông Cấm"),
    # a company named in lower case before its capitalised name is kept too
    ("Huyện đoàn phối hợp với công ty TNHH Vận tải Phú Lý chở thí sinh miễn phí.", "Hà Nam", 2021, "helper",
     "other", "công ty TNHH Vận tải Phú Lý"),
    # news writes the forces in lower case ("lực lượng bộ đội biên phòng", "bộ chỉ huy quân sự tỉnh"); "Bộ" names a
    # body only in capitals elsewhere ("cán bộ y tế"), but these whole names are no other words
    ("Lực lượng bộ đội biên phòng đã dùng xuồng đưa thí sinh qua sông đến điểm thi.", "Lai Châu", 2023, "doer",
     "other", "Bộ đội Biên phòng tỉnh"),
    ("Sau đó bộ chỉ huy quân sự tỉnh cử xe chở đề thi lên các huyện vùng cao.", "Lai Châu", 2023, "doer",
     "other", "Bộ Chỉ huy Quân sự tỉnh"),
]


@pytest.mark.parametrize(("text", "locality", "year", "part", "role", "name"), NAMED_BODIES)
def test_a_body_named_in_the_text_acts_under_its_own_role_and_name(text, locality, year, part, role, name):
    assert parts_of(text + "\n", locality, year)[part] == {role, name}


# What names no one who acts: a head word with no capitalised name after it, a negation, staff and "toàn bộ".
NO_ONE = [
    ("Sau đó CLB đã trao 20 suất quà cho thí sinh.", "Trà Vinh", 2023),  # the short form alone names no club
    ("Nhóm thí sinh này đã đến điểm thi từ sớm.", "Tuyên Quang", 2023),  # a group of candidates
    ("Toàn bộ cán bộ y tế đã có mặt tại điểm thi từ sáng sớm.", "Lai Châu", 2023),  # health staff are no ministry
]


@pytest.mark.parametrize(("text", "locality", "year"), NO_ONE)
def test_a_head_word_with_no_name_after_it_names_no_one_who_acts(text, locality, year):
    assert parts_of(text + "\n", locality, year).get("doer") is None
