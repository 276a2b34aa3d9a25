"""Issue 9, session 21: what fresh news reports did to the parser (texts outside the repository; our own words)."""

from tests.attr_helpers import attribute_text, parts, roles


def doers(text: str, locality: str, year: int) -> set[tuple[int, str]]:
    """(statement, role) of every doer in a one-paragraph text."""
    _, att = attribute_text(text, locality, year)
    return {(f.statement, f.role) for found in att.mentions.values() for f in found if f.kind == "doer"}


def test_a_count_in_the_middle_of_a_paragraph_is_no_task_of_its_agency():
    # The police act in the first and the last sentence; the middle one only counts candidates and sites.
    text = ("Công an tỉnh đã triển khai lực lượng bảo vệ các điểm thi từ sáng sớm. Theo kế hoạch, kỳ thi năm nay có "
            "4.200 thí sinh dự thi tại 15 điểm thi. Bố trí cán bộ trực 24/24 tại nơi in sao đề thi.")
    assert doers(text, "Bình Phước", 2023) == {(0, "police"), (2, "police")}


def test_an_ellipsis_before_a_small_letter_does_not_end_the_sentence():
    # "…" cuts a list short; the sentence goes on with its verb and partner ("đ" is a small letter, not a capital)
    text = ("Nhiều đơn vị như Sở Y tế, Tỉnh đoàn, Công an tỉnh… đã lên phương án phối hợp chặt chẽ với Sở Giáo dục và "
            "Đào tạo để kỳ thi diễn ra an toàn.")
    assert roles(text, "Bình Phước", 2023) == {"lead": {"health", "youth_union", "police"}, "support": {"education"}}


def test_a_partner_named_before_the_units_the_subject_directs_only_helps():
    # "chỉ đạo các đơn vị trực thuộc" is the subject's own act; the partner right before it does not become a doer
    text = ("Sở Giáo dục và Đào tạo chủ trì, phối hợp với Công an tỉnh, chỉ đạo các đơn vị trực thuộc rà soát "
            "phòng thi trước ngày thi.")
    assert roles(text, "Gia Lai", 2023) == {"lead": {"education"}, "support": {"police"}}
    # the press named with its wire service ("cơ quan thông tấn") is one partner
    text = "Ngành giáo dục giới thiệu quy chế thi mới cùng Công an tỉnh và cơ quan thông tấn báo chí ở địa phương."
    assert roles(text, "Gia Lai", 2023) == {"lead": {"education"}, "support": {"police", "press"}}


def test_a_paragraph_that_opens_on_a_condition_goes_on_with_the_agency_before_it():
    # The second paragraph names no doer: its first sentence opens with what the work rests on, the next with a verb,
    # which is still the department's task (a news summary of a plan, item by item).
    text = ("Theo kế hoạch, Sở Giáo dục và Đào tạo chủ trì hướng dẫn thí sinh đăng ký dự thi trực tuyến.\n\n"
            "Căn cứ vào số thí sinh đăng ký, rà soát và chuẩn bị đủ phòng thi. Huy động đủ giáo viên coi thi; "
            "phối hợp với Công an tỉnh bảo vệ nơi in sao đề thi.")
    tree, att = attribute_text(text, "Gia Lai", 2023)
    second = [c for c in tree if "Huy động" in c.text][0]
    by_statement = {}
    for f in att.mentions[second.seq]:
        by_statement.setdefault(f.statement, set()).add((f.role, f.kind))
    assert by_statement[1] == {("education", "doer"), ("police", "helper")}


def test_a_city_named_after_tp_without_a_space_is_part_of_the_committees_name():
    # "UBND TP.Pleiku có công văn …" reports that the city committee issued a letter: it issues, it does not act
    text = "Ngày 2/6, UBND TP.Pleiku có công văn hướng dẫn về việc đưa đón thí sinh ở xa đến điểm thi."
    assert parts(text, "Gia Lai", 2024) == {"requester": {"UBND các huyện, thành phố"}}
    assert roles(text, "Gia Lai", 2024)["lead"] == set()


def test_a_force_that_is_determined_is_the_subject():
    # "quyết tâm" is what the subject does; before, "Công an quyết tâm không" was read as the name of an agency
    assert parts("Công an quyết tâm không để xảy ra ùn tắc quanh các điểm thi;", "Cà Mau", 2021) == {"doer": {"Công an tỉnh"}}
    assert roles("Ngành giáo dục quyết tâm tổ chức kỳ thi an toàn.", "Cà Mau", 2021)["lead"] == {"education"}


def test_an_officer_who_reports_a_task_without_a_subject_speaks_for_the_agency():
    text = ("Trung tá Trần Văn B, Phó trưởng phòng Cảnh sát giao thông Công an tỉnh cho biết, bố trí lực lượng phân "
            "luồng quanh các điểm thi trong cả ba buổi thi.")
    assert roles(text, "Cà Mau", 2021)["lead"] == {"police"}
    # the speaker's agency does not act when what it reports has its own subject
    text = "Giám đốc Sở Y tế cho biết, Công an tỉnh đã cử cán bộ trực ở khu vực cách ly của điểm thi."
    assert roles(text, "Cà Mau", 2021)["lead"] == {"police"}


def test_a_place_that_ends_the_sentence_after_a_comma_does_not_act():
    # "… tại điểm thi trường A, TP B." gives the school's address; the committee that inspects is the only doer
    text = ("Ban Chỉ đạo thi cấp tỉnh tại Đăk Lăk kiểm tra công tác chuẩn bị ở điểm thi trường THPT Lê Lợi, "
            "TP Buôn Ma Thuột.")
    assert roles(text, "Đắk Lắk", 2020)["lead"] == {"steering_committee"}


def test_a_sum_given_in_the_middle_of_a_paragraph_is_still_the_agencys_act():
    # what was spent or given is reported, but by the agency the paragraph is about (a count has no actor)
    text = ("Tỉnh đoàn đã thành lập 12 đội thanh niên tình nguyện hỗ trợ thí sinh ở các điểm thi trong tỉnh. "
            "Trao 30 suất quà (500 nghìn đồng/suất) cho thí sinh có hoàn cảnh khó khăn ở vùng sâu.")
    assert doers(text, "Kon Tum", 2020) == {(0, "youth_union"), (1, "youth_union")}


def test_the_subject_after_a_subordinate_clause_acts_whatever_stands_before_its_verb():
    # "Ngay sau khi …," opens the sentence; the force, with where it stands, is the subject
    text = ("Ngay sau khi được phụ huynh báo tin, lực lượng CSGT huyện Phước Long gần đó đã chở em bằng mô tô tuần tra "
            "về lấy thẻ dự thi.")
    assert roles(text, "Bạc Liêu", 2024)["lead"] == {"police"}


def test_an_agency_after_va_with_its_own_verb_starts_a_second_clause():
    # "và" after a thing that is no agency: the agency after it is the subject of what follows
    text = "Các trường đã chuẩn bị xong phòng thi và Công an tỉnh bảo vệ khu vực in sao đề thi suốt ba ngày."
    assert roles(text, "Hải Dương", 2024)["lead"] == {"police"}
    # a department named bare in lower case after "và", in a report of what the director said
    text = ("Giám đốc Sở Giáo dục và Đào tạo cho biết đã sẵn sàng cho kỳ thi. Bà cho hay, năm nay có 9.000 em dự thi "
            "và sở tổ chức 400 phòng thi.")
    assert (1, "education") in doers(text, "Hải Dương", 2024)
    # after a partner list, "và" goes on with the partners
    text = ("Sở Thông tin và Truyền thông phối hợp với các cơ quan báo chí có văn phòng tại tỉnh và Báo Hải Dương chủ "
            "động đưa tin về kỳ thi.")
    assert roles(text, "Hải Dương", 2024) == {"lead": {"information"}, "support": {"press"}}


def test_we_in_a_quote_is_the_agency_of_the_one_quoted():
    text = ("Bà Lê Thị C, Giám đốc Sở Giáo dục và Đào tạo cho biết, công tác chuẩn bị đã xong.\n\n“Đợt này, chúng tôi "
            "điều động 1.500 cán bộ, giáo viên làm nhiệm vụ coi thi ở các điểm thi”, bà C nói.")
    assert roles(text, "Hải Dương", 2024, which="chúng tôi")["lead"] == {"education"}


def test_a_school_named_as_the_exam_site_is_a_place():
    # "điểm thi Trường A" names where: the officers on duty there are the subject, and so of the next sentence
    text = ("Lúc 6 giờ 45, hai cán bộ CSGT được phân công ở điểm thi Trường THPT Tân Phú phát hiện một em bỏ quên căn "
            "cước. Sau đó chở em về nhà rồi trở lại điểm thi Trường THPT Tân Phú, kịp giờ vào phòng thi.")
    assert doers(text, "Đồng Nai", 2025) == {(0, "police"), (1, "police")}


def test_short_names_of_the_police_and_the_volunteers():
    # news pages write the police "CA" and the volunteers "tình nguyện viên"
    assert roles("Chiều 24/6, CA tỉnh đã lập ba tổ tuần tra quanh nơi in sao đề thi.", "Gia Lai", 2025)["lead"] == {"police"}
    assert roles("Lực lượng CA xã, phường, thị trấn giữ trật tự ở cổng các điểm thi.", "Gia Lai", 2025)["lead"] == {"police"}
    assert roles("Tại các điểm thi, lực lượng tình nguyện viên phát nước và chỉ đường cho thí sinh.", "Bắc Ninh",
                 2023)["lead"] == {"youth_union"}
    assert roles("Các tổ chức đoàn trong tỉnh sẽ lo chỗ trọ miễn phí cho thí sinh ở xa.", "An Giang",
                 2020)["lead"] == {"youth_union"}


def test_the_company_named_by_its_short_name_is_the_one_a_later_company_means():
    # "PC Đắk Nông" is the power company: a later "Công ty" stands for it, not for the committee named in between
    text = ("Phương án cấp điện cho các điểm thi của PC Đắk Nông đã được UBND tỉnh phê duyệt. Theo đó, Công ty sẽ không "
            "cắt điện trên lưới trung, hạ áp trong các ngày thi.")
    assert (1, "electricity") in doers(text, "Đắk Nông", 2023)
    assert (1, "provincial_pc") not in doers(text, "Đắk Nông", 2023)


def test_a_bare_so_goes_on_with_the_department_that_acted_not_its_partner():
    text = ("Sở Giáo dục và Đào tạo cũng phối hợp với Sở Y tế bố trí cán bộ y tế ở các điểm thi. Đồng thời, Sở đã hướng "
            "dẫn các trường nội trú lo bữa ăn cho học sinh trong những ngày thi.")
    assert (1, "education") in doers(text, "Kon Tum", 2020)
    assert (1, "health") not in doers(text, "Kon Tum", 2020)


def test_the_districts_directed_where_the_exam_is_held_act():
    # "…, nơi có tổ chức điểm thi" only says which districts: they are directed to act
    text = ("Ban Chỉ đạo thi tỉnh:\n- Chỉ đạo UBND các huyện, thành phố, nơi có tổ chức điểm thi lập tổ trực bảo đảm "
            "an ninh quanh điểm thi.")
    assert "district_pc" in roles(text, "Kiên Giang", 2018, which="nơi có")["lead"]


def test_a_count_about_the_provinces_exam_council_names_no_doer():
    assert roles("Hội đồng thi của tỉnh có 35 điểm thi với 700 phòng thi.", "Bình Định", 2025)["lead"] == set()
