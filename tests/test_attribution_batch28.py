"""Issue 9, session 26: lists that district and portal texts write loosely (our own words)."""

from tests.attr_helpers import attribute_text, leads_by_paragraph, roles
from tests.attr_helpers import parts as _named


def test_a_committee_that_hands_duties_to_the_offices_it_lists_only_asks():
    # "giao nhiệm vụ cho các cơ quan chuyên môn như: A, B, C": the group word stands for the list after it, so the
    # committee that hands out the duties is not their doer, and every office listed is
    text = ("Ủy ban nhân dân huyện đã chỉ đạo và giao nhiệm vụ cho các cơ quan chuyên môn liên quan như: Công an huyện, "
            "Điện lực huyện, Huyện đoàn chuẩn bị chu đáo cho hai điểm thi.")
    got = roles(text, "Thái Nguyên", 2021)
    assert got["lead"] == {"police", "electricity", "youth_union"}
    assert "Ủy ban nhân dân huyện" not in _named(text, "Thái Nguyên", 2021).get("doer", set())


def test_a_head_written_in_lower_case_keeps_its_sector():
    # "Trung tâm y tế", "Phòng tài chính kế hoạch": the head's later words in lower case still say the sector
    text = "Trung tâm y tế huyện cử cán bộ trực tại mỗi điểm thi; phối hợp với Phòng tài chính kế hoạch huyện về kinh phí."
    got = roles(text, "Lào Cai", 2020)
    assert got == {"lead": {"health"}, "support": {"finance"}}


def test_every_member_of_a_loosely_written_list_acts():
    # a member at the end of its name before a comma ("Trung tâm y tế,"), one all in lower case ("phòng văn hóa"),
    # and the youth union by its short English-letter abbreviation: none of them breaks the list
    text = ("Giao Công an thị xã, Trung tâm y tế, phòng văn hóa thông tin, Đoàn TNCS HCM thị xã, Bưu điện thị xã "
            "bảo đảm các điều kiện phục vụ kỳ thi.")
    got = roles(text, "Phú Thọ", 2021)
    assert got["lead"] == {"police", "health", "other", "youth_union", "postal"}
    assert "Phòng văn hóa thông tin" in _named(text, "Phú Thọ", 2021)["doer"]


def test_a_lower_case_word_between_two_names_is_a_member_only_when_it_names_a_body():
    # "…, phòng thi, …" or a verb between two agencies starts no name
    text = "Công an huyện, ban hành quy định, Trung tâm y tế huyện trực tại điểm thi."
    assert "Ban hành quy định" not in _named(text, "Phú Thọ", 2021).get("doer", set())


def test_a_paragraph_that_opens_with_when_then_a_verb_goes_on_with_the_agency_before():
    # "Trong thời gian …, phổ biến …": a setting, then the duty verb; the subject is still the agency asked above
    text = ("Sở Y tế yêu cầu Trung tâm Kiểm soát bệnh tật tỉnh giám sát bếp ăn tại các điểm thi.\n"
            "Trong thời gian coi thi, phổ biến cách phòng ngộ độc cho các điểm thi.")
    assert leads_by_paragraph(text) == [{"health"}, {"health"}]


def test_these_bodies_as_a_subject_are_the_ones_just_asked():
    # "các cơ quan (này) phải …" points back to the bodies asked in the paragraph before; "các đơn vị liên quan" are
    # others, so they carry nothing on, and as the subject that must act they name no one
    # (session 53: the readers of sessions 51-52 gave 17 of 17 such statements no such doer)
    text = ("Sở Thông tin và Truyền thông đề nghị Báo tỉnh, Đài Phát thanh và Truyền hình tỉnh đưa tin về kỳ thi.\n"
            "Trong tháng 6, các cơ quan phải đăng lịch thi và các lưu ý cho thí sinh.\n"
            "Các đơn vị liên quan cần chuẩn bị phương án hỗ trợ thí sinh.")
    assert leads_by_paragraph(text) == [{"press"}, {"press"}, set()]


def test_an_office_of_two_bodies_joined_by_a_dash_is_one_agency():
    # "Văn phòng HĐND - UBND huyện" is the district's office, not the district's people's committee
    text = "Giao Văn phòng HĐND - UBND huyện, Công an huyện chuẩn bị hội trường họp Ban Chỉ đạo."
    got = _named(text, "Sơn La", 2020)["doer"]
    assert got == {"Văn phòng HĐND - UBND huyện", "Công an các huyện, thành phố"}


def test_a_province_expected_to_have_so_many_candidates_does_nothing():
    # "Tỉnh X dự kiến có hơn 9.000 thí sinh": a count about a place, no duty of the province's committee
    text = "Tỉnh Kiên Giang dự kiến có hơn 9.000 thí sinh dự thi tại 40 điểm thi."
    assert roles(text, "Kiên Giang", 2021) == {"lead": set(), "support": set()}


def test_the_one_a_ministrys_letter_is_sent_to_about_a_subject_acts():
    # "Bộ … có công điện gửi Y về <subject>, yêu cầu …": the subject phrase between does not hide who is asked
    text = ("Hôm qua, Bộ Y tế đã có công điện gửi Sở Y tế các tỉnh về chống say nắng, mất nước cho thí sinh và cán bộ "
            "coi thi trong đợt nắng nóng, yêu cầu đặt tổ cấp cứu ở từng điểm thi.")
    assert _named(text, "", 2023)["doer"] == {"Sở Y tế"}


def test_a_ministry_that_sends_a_letter_asking_others_only_asks():
    # "X gửi công văn đề nghị Y …" as "X có công văn đề nghị Y …": X asks in writing, Y acts
    text = "Trước đó, Bộ GD&ĐT gửi công văn đề nghị UBND các tỉnh chỉ đạo kiểm tra lại phòng thi dự phòng."
    got = _named(text, "", 2021)
    assert "Bộ Giáo dục và Đào tạo" in got["requester"] and "Bộ Giáo dục và Đào tạo" not in got.get("doer", set())


def test_the_last_member_of_a_list_in_lower_case_before_an_ellipsis_or_its_verb_acts():
    # "chỉ đạo các sở y tế, bệnh viện… chuẩn bị …": the hospitals are kept and act with the departments
    for text in ("Theo hướng dẫn, Bộ Y tế chỉ đạo các sở y tế, bệnh viện… trực cấp cứu suốt ba buổi thi.",
                 "Năm nay Bộ Y tế chỉ đạo các sở y tế, bệnh viện tuyến tỉnh bố trí xe cứu thương gần điểm thi."):
        got = _named(text, "", 2021)["doer"]
        assert "Sở Y tế" in got and any(name.startswith("Bệnh viện") for name in got), (text, got)


def test_a_party_body_that_leads_the_committee_that_directs_only_asks():
    # "Ban cán sự đảng lãnh đạo UBND tỉnh chỉ đạo các sở …; chủ động …": the departments act, here and after ";"
    text = ("Ban cán sự đảng UBND tỉnh lãnh đạo UBND tỉnh chỉ đạo các sở, ngành: Y tế, Công an tỉnh lập tổ trực tại "
            "mỗi điểm thi; tính sẵn cách xử lý khi có mưa lớn vào buổi thi.")
    got = roles(text, "Nghệ An", 2023)["lead"]
    assert got == {"health", "police"}
    # with no one named after it acting, leading the committee is the party body's own duty
    text = "Ban cán sự đảng UBND tỉnh lãnh đạo UBND tỉnh triển khai và chịu trách nhiệm toàn diện về kỳ thi năm 2023."
    assert roles(text, "Nghệ An", 2023)["lead"] == {"party_caucus"}


def test_a_department_that_drafts_the_assignments_keeps_its_duty():
    # "ban hành các văn bản chỉ đạo, phân công nhiệm vụ cho X": X is named in the letters the department issues; the
    # department does the issuing
    text = ("Sở Giáo dục và Đào tạo: soạn các văn bản chỉ đạo, phân công nhiệm vụ cho các sở, ban, ngành và UBND các "
            "huyện, thành phố, trình ký trước ngày 15/5.")
    assert roles(text, "Lạng Sơn", 2022)["lead"] == {"education"}


def test_partners_after_a_longer_unnamed_one_still_help():
    # "phối hợp với hội cha mẹ học sinh, chính quyền địa phương, …": the first partner has no agency name; the
    # named ones after it help too, they are not a new subject
    text = ("Ban Chỉ đạo đề nghị các trường phối hợp với gia đình học sinh nghèo, chính quyền địa phương, các đoàn thể "
            "tìm nhà trọ cho thí sinh ở xa.")
    assert roles(text, "Thanh Hóa", 2023) == {"lead": set(), "support": {"district_pc", "fatherland_front"}}


def test_a_short_list_that_opens_a_sentence_belongs_to_that_sentence():
    # "… tiêu cực. Sở Y tế; Công an tỉnh có phương án …": the two bodies are the subject of the sentence they open,
    # not a tail of the sentence before
    text = ("Ban Chỉ đạo đề nghị Sở Giáo dục và Đào tạo niêm phong đề thi ngay sau khi in xong. Sở Y tế; "
            "Công an tỉnh lập kế hoạch trực y tế và giữ trật tự quanh mỗi hội đồng thi.")
    assert roles(text, "Thái Nguyên", 2024, which="")["lead"] == {"education", "health", "police"}
    tree, att = attribute_text(text, "Thái Nguyên", 2024)
    second = {f.role for f in att.found[tree[0].seq] if f.kind == "lead" and f.statement == 1}
    assert second == {"health", "police"}


def test_a_committee_named_with_its_year_and_province_that_asks_only_asks():
    # "Ban chỉ đạo thi THPT quốc gia 2019 của tỉnh yêu cầu …": the year and "của tỉnh" close its name
    text = ("Tại buổi họp, Ban chỉ đạo thi THPT quốc gia 2019 của tỉnh yêu cầu Sở Giáo dục và Đào tạo chốt danh sách "
            "cán bộ coi thi trước ngày 15/6.")
    assert roles(text, "Thanh Hóa", 2019)["lead"] == {"education"}


def test_commune_police_named_in_lower_case_or_one_by_one_are_the_commune_level():
    # "lực lượng công an xã, thị trấn", "Công an xã Tân Lập": the commune police, as "Công an các xã" already were
    text = "Công an huyện cử tổ tuần tra cùng với lực lượng công an xã, thị trấn đi quanh các điểm thi từ sáng sớm."
    assert _named(text, "Lâm Đồng", 2020)["helper"] == {"Công an cấp xã"}
    assert _named("Công an xã Tân Lập bố trí lực lượng tại điểm thi.", "Lạng Sơn", 2024)["doer"] == {"Công an cấp xã"}


def test_a_districts_military_command_is_its_own_agency():
    # as district police are: "Ban chỉ huy quân sự thành phố" (a provincial city's) is not the province's command
    text = "Giao Ban chỉ huy quân sự thành phố, Công an thành phố bố trí lực lượng bảo vệ các điểm thi."
    doers = _named(text, "Bắc Kạn", 2019)["doer"]
    assert "Bộ Chỉ huy Quân sự tỉnh" not in doers and any(d.startswith("Ban Chỉ huy Quân sự") for d in doers)
