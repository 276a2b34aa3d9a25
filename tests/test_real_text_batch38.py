"""Session 36: patterns met on real texts, written again in our own words."""

from __future__ import annotations

from tests.attr_helpers import mention_names, mention_parts


def test_an_organising_committee_named_in_small_letters_is_kept_as_the_one_that_acts():
    # news reports of a volunteer programme call its organisers "Ban tổ chức" with a small t: a body of its own (role
    # other), kept as the doer, as "Ban Tổ chức chương trình …" already was
    text = "Sáng 24/6, Ban tổ chức đã chở 300 thùng nước uống đến năm điểm thi ở vùng cao.\n"
    assert mention_parts(text, "Hà Giang", 2024) == [("doer", "other")]
    assert mention_names(text, "Hà Giang", 2024) == {"Ban tổ chức"}
    # named after "theo", it is only the source of what follows
    parts = mention_parts("Theo Ban tổ chức, năm nay có gần 400 tình nguyện viên tham gia.\n", "Hà Giang", 2024)
    assert ("doer", "other") not in parts, parts


def test_a_photo_caption_of_a_force_at_work_names_who_does_it_and_its_credit_names_nobody():
    # a caption is a sentence like any other before its credit: the police or the power company shown at work act;
    # the newspaper or photographer that signs the photo is only named, and a leader shown inspecting is a visit
    place = ("Lào Cai", 2024)
    assert mention_parts("Cán bộ Công an huyện hướng dẫn thí sinh vào phòng thi. Ảnh: Báo Lào Cai\n", *place) == [
        ("doer", "police"), ("mention", "press")]
    assert mention_parts("Trong ảnh: Công ty Điện lực Lào Cai kiểm tra máy phát dự phòng ở điểm thi.\n",
                         *place) == [("doer", "electricity")]
    assert mention_parts("Mưa to làm ngập một đoạn đường tới điểm thi. Ảnh: Báo Lào Cai\n", *place) == [
        ("mention", "press")]
    parts = mention_parts("Phó Chủ tịch UBND tỉnh kiểm tra phòng bảo quản đề thi (Ảnh: Báo Lào Cai)\n", *place)
    assert ("doer", "provincial_pc") not in parts and ("mention", "press") in parts, parts


def test_a_bracket_that_says_what_an_agency_is_names_its_committee_only():
    # "(cơ quan thường trực …)", "(thành viên …)" after an agency say what that agency is: the committee named inside
    # is no second doer
    from tests.attr_helpers import roles

    text = ("UBND tỉnh giao Sở Giáo dục và Đào tạo (là cơ quan thường trực của Ban Chỉ đạo thi cấp tỉnh) lập lịch kiểm "
            "tra từng điểm thi.")
    assert roles(text, "Kon Tum", 2024)["lead"] == {"education"}
    text = "Công an tỉnh (thành viên Ban Chỉ đạo thi cấp tỉnh) bố trí lực lượng canh gác nơi in sao đề thi."
    assert roles(text, "Kon Tum", 2024)["lead"] == {"police"}
    # a bracket that only names the same body again keeps its part
    text = "Ban Chỉ đạo thi cấp tỉnh (Sở Giáo dục và Đào tạo) chủ trì kiểm tra các điểm thi."
    assert roles(text, "Kon Tum", 2024)["lead"] == {"steering_committee", "education"}


def test_a_photo_between_two_paragraphs_does_not_interrupt_them():
    # a caption placed between paragraphs is no part of the text's flow: the paragraph after it goes on with the agency
    # of the paragraph before it, as it would without the photo
    from tests.attr_helpers import leads_by_paragraph

    text = ("Theo kế hoạch, Sở Y tế chủ trì bố trí các tổ cấp cứu lưu động ở những điểm thi xa trung tâm.\n\n"
            "Một tổ y tế trực tại điểm thi vùng cao. Ảnh: H.N\n\n"
            "Đồng thời, phối hợp với chính quyền địa phương kiểm tra các quán ăn quanh điểm thi.\n")
    assert leads_by_paragraph(text, "Kon Tum", 2024) == [{"health"}, set(), {"health"}]


def test_according_to_an_agency_this_unit_is_that_agency():
    # "Theo X, đơn vị này / lực lượng này + verb": the unit the sentence goes on about is X itself
    place = ("Hà Nội", 2024)
    assert mention_parts("Theo Công an thành phố, lực lượng này đã cử 400 cán bộ giữ trật tự quanh các điểm thi.\n",
                         *place) == [("doer", "police")]
    assert mention_parts("Theo Tổng công ty Điện lực TP Hà Nội, đơn vị này đã bố trí máy phát dự phòng cho mọi điểm "
                         "thi.\n", *place) == [("doer", "electricity")]
    # the source alone does nothing; "các đơn vị liên quan" after its comma are others, whoever is concerned: no one
    # (session 42: the source's comma ends its list; session 53: such collectives name no one)
    assert mention_parts("Theo Sở Y tế, các đơn vị liên quan cần kiểm tra kỹ nguồn thực phẩm.\n", *place) == [
        ("mention", "health")]


def test_a_body_at_every_level_is_no_object_of_the_verb_grant():
    # "các cấp Hội …" is the union at every level, not "cấp" (to grant) with an object: it is the subject that acts
    text = ("Để hỗ trợ thí sinh vùng sâu, các cấp Hội Liên hiệp Phụ nữ tỉnh đã nấu hơn 800 suất cơm miễn phí trong "
            "hai ngày thi.\n")
    assert mention_parts(text, "Điện Biên", 2024) == [("doer", "fatherland_front")]
    # the verb still reads as a verb: the department grants, the certificate is no agency
    assert mention_parts("Sở Giáo dục và Đào tạo cấp giấy xác nhận cho các điểm thi.\n", "Điện Biên", 2024) == [
        ("doer", "education")]


def test_a_report_dated_in_words_and_the_information_department_read_right():
    # a date written in words opens a report as "27/6" does: the ministry's letter it reports is no duty of this
    # document, so the Changes and Gaps pages do not list it; "Thông tin" in a department's name is no verb "to inform"
    from etl.statements import kind_of

    kind, why = kind_of("Ngày 20 tháng 5 năm 2025, Bộ Khoa học và Công nghệ đã gửi văn bản số 1102/BKHCN-BC đến các "
                        "doanh nghiệp bưu chính về phục vụ kỳ thi.")
    assert kind == "context" and why.startswith("narrative: date"), why
    kind, why = kind_of("Ngày 20 tháng 5, Sở Thông tin và Truyền thông đã gửi công văn tới các doanh nghiệp bưu chính.")
    assert kind == "context", why
    kind, why = kind_of("Theo đó, Sở Thông tin và Truyền thông, Bưu điện tỉnh rà soát mạng lưới bưu cục gần điểm thi.")
    assert (kind, why) == ("duty", "action: rà soát")
