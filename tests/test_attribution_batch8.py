"""Issue 9, fifth round: mechanisms behind the misses of a new batch of real texts (batch 8, tuning half) and the
known misses of the fourth round, each reproduced in sentences of our own: a speaker named after a title, agency
and personal name, a delegation of no named body led by an official, a province that is only an agency's address,
"tỉnh" in lower case as a subject, the members of a delegation who come along, a level word after a sector force,
an addressee formula cut by ";", members after "gồm:" and the police's traffic units."""

from tests.attr_helpers import attribute_text, parts, roles


def test_a_speaker_named_after_title_and_agency_only_reports_a_count():
    text = "Giám đốc Sở Y tế tỉnh Điện Biên Hoàng Văn Lâm, cho biết, năm nay toàn tỉnh có 60 tổ y tế trực tại điểm thi."
    assert roles(text, "Điện Biên")["lead"] == set()
    # Without the count, what the speaker says the department will do is still its duty.
    text = "Giám đốc Sở Y tế tỉnh Điện Biên Hoàng Văn Lâm cho biết, Sở sẽ bố trí 60 tổ y tế trực tại điểm thi."
    assert roles(text, "Điện Biên")["lead"] == {"health"}


def test_a_delegation_of_no_named_body_acts_for_its_leaders_agency():
    text = "Chiều 4/7, Đoàn công tác do bà Vi Thị Hằng, Phó Chủ tịch UBND tỉnh làm trưởng đoàn đã kiểm tra ba điểm thi."
    assert roles(text, "Cao Bằng")["lead"] == {"provincial_pc"}
    # A delegation of a named body acts for that body, whoever leads it.
    text = ("Chiều 4/7, đoàn kiểm tra của Ban Chỉ đạo thi tỉnh do bà Vi Thị Hằng, Phó Chủ tịch UBND tỉnh làm trưởng "
            "đoàn đã kiểm tra ba điểm thi.")
    assert roles(text, "Cao Bằng")["lead"] == {"steering_committee"}
    # Who chairs a committee is no act.
    assert roles("Ban Chỉ đạo có 20 thành viên, do Phó Chủ tịch UBND tỉnh làm Trưởng ban.", "Cao Bằng")["lead"] == set()


def test_a_province_after_a_comma_is_only_the_agencys_address():
    text = "Công an huyện Mường Tè, tỉnh Lai Châu bố trí 40 cán bộ bảo vệ các điểm thi."
    assert roles(text, "Lai Châu")["lead"] == {"police"}
    text = "Đội Cảnh sát giao thông Công an thị xã Sông Cầu, tỉnh Phú Yên huy động mọi cán bộ phân luồng ở cổng trường."
    assert roles(text, "Phú Yên")["lead"] == {"police"}


def test_tinh_in_lower_case_is_the_provincial_committee_only_as_a_subject():
    text = "Ông Lê Văn Nam, Phó Chủ tịch UBND tỉnh cho biết, tỉnh bố trí 300 xe đưa đón thí sinh ở xa."
    assert roles(text, "Kon Tum")["lead"] == {"provincial_pc"}
    text = "Trên địa bàn tỉnh tổ chức 25 điểm thi, Sở Giáo dục và Đào tạo bố trí đủ cán bộ coi thi."
    assert roles(text, "Kon Tum")["lead"] == {"education"}


def test_the_members_of_a_delegation_who_come_along_help():
    text = ("Thứ trưởng Bộ Giáo dục và Đào tạo cùng các thành viên đoàn công tác số 2 Ban Chỉ đạo cấp quốc gia làm "
            "việc với tỉnh về công tác chuẩn bị thi.")
    got = roles(text, "Yên Bái")
    assert "steering_committee" not in got["lead"] and got["support"] == {"steering_committee"}


def test_the_force_directed_keeps_acting_after_a_level_word():
    text = "Sở Y tế chủ trì công tác y tế. Đồng thời chỉ đạo lực lượng y tế địa phương phối hợp, hỗ trợ các điểm thi."
    assert roles(text, "Sơn La")["lead"] == {"health"}
    text = "Ủy ban nhân dân tỉnh chỉ đạo lực lượng công an địa phương túc trực ở các điểm thi."
    assert roles(text, "Sơn La")["lead"] == {"police"}


def test_an_addressee_formula_cut_by_semicolons_names_every_addressee():
    text = ("Theo đó, Chủ tịch UBND tỉnh yêu cầu Giám đốc các Sở; Thủ trưởng các ban, ngành; Chủ tịch UBND các "
            "huyện, thành phố tập trung triển khai các nhiệm vụ của kỳ thi.")
    assert roles(text, "Hà Giang")["lead"] == {"departments", "district_pc"}
    assert "UBND tỉnh" in parts(text, "Hà Giang")["requester"]


def test_members_named_after_gom_act_with_the_verb_after_them():
    text = "Tổ liên ngành gồm: Sở Y tế, Sở Công Thương, Công an tỉnh tiến hành kiểm tra bếp ăn quanh các điểm thi."
    assert roles(text, "Nam Định")["lead"] == {"health", "police", "other"}


def test_the_polices_traffic_units_by_their_short_name():
    assert roles("Đội CSGT Công an huyện phân luồng xe ở cổng trường.", "Bến Tre")["lead"] == {"police"}
    text = "Ngoài điều tiết giao thông, CSGT còn phát nước uống cho thí sinh cùng lực lượng tiếp sức mùa thi."
    assert roles(text, "Bến Tre") == {"lead": {"police"}, "support": {"youth_union"}}


def test_lower_case_sector_forces_after_co_act():
    text = "Ở mỗi điểm thi đều có công an, thanh tra giám sát việc coi thi suốt buổi."
    assert roles(text, "Bắc Ninh")["lead"] == {"police", "inspection"}


def test_a_source_after_an_opening_place_is_no_doer():
    text = ("Tại Bắc Ninh, dưới sự chỉ đạo của Ban Giám đốc Công an tỉnh, công an các đơn vị, địa phương đã bố trí "
            "lực lượng giữ trật tự tại các điểm thi.")
    got = parts(text, "Bắc Ninh")
    assert roles(text, "Bắc Ninh")["lead"] == {"police"} and "doer" in got


def test_cac_dia_phuong_are_the_districts_in_a_province_and_the_provinces_in_a_national_text():
    text = "Sở Giáo dục và Đào tạo chủ trì, phối hợp với các địa phương rà soát thí sinh có hoàn cảnh khó khăn."
    assert roles(text, "Bắc Ninh") == {"lead": {"education"}, "support": {"district_pc"}}
    from etl.agencies import matcher
    from etl.attribution import parts as decide

    text = "Bộ Giáo dục và Đào tạo yêu cầu các địa phương rà soát các điểm thi có nguy cơ ngập."
    got = decide(text, matcher("toàn quốc", 2024))
    assert {(p.role, p.part) for p in got} >= {("provincial_pc", "doer")}
    # a text whose locality is only unknown is no national text: its localities are the local level (session 14) …
    text2 = "Sở Y tế yêu cầu các địa phương rà soát các điểm thi có nguy cơ ngập."
    assert {(p.role, p.part) for p in decide(text2, matcher(None, 2024))} >= {("district_pc", "doer")}
    # … unless a ministry is the one that asks them: a ministry asks the provinces in any text (session 32)
    assert {(p.role, p.part) for p in decide(text, matcher(None, 2024))} >= {("provincial_pc", "doer")}


def test_the_womens_union_is_a_body_of_the_front():
    text = "Đoàn thanh niên, hội phụ nữ các xã nấu cơm miễn phí cho thí sinh ở xa."
    assert roles(text, "Bắc Ninh")["lead"] == {"youth_union", "fatherland_front"}


def test_who_sends_a_dispatch_about_something_only_issues_it():
    text = "Bộ Giáo dục và Đào tạo có công văn gửi UBND các tỉnh, thành phố về việc bảo đảm an toàn cho kỳ thi."
    got = parts(text, "Bắc Ninh")
    assert "doer" not in got and "Bộ Giáo dục và Đào tạo" in got["requester"]


def test_a_leader_named_after_and_is_one_more_helper():
    text = "Sở Y tế phối hợp với Giám đốc Sở Giáo dục và Đào tạo và lãnh đạo Công an tỉnh kiểm tra các bếp ăn."
    assert roles(text, "Bắc Ninh")["support"] == {"education", "police"}
    # (since session 51 a sentence that only lists who came along, "Cùng đi có Giám đốc Sở Y tế và lãnh đạo Công an
    # tỉnh.", helps no one: tests/test_real_text_batch53.py)


def test_lanh_dao_opening_a_sentence_is_a_title_not_a_verb():
    assert roles("Lãnh đạo Công an tỉnh trực tiếp chỉ huy lực lượng áp tải đề thi.", "Bắc Ninh")["lead"] == {"police"}
    # (a leader inspecting the exam sites only visits: rule leader_visits, session 53)
    assert roles("Lãnh đạo Công an tỉnh trực tiếp kiểm tra các điểm thi.", "Bắc Ninh")["lead"] == set()


def test_cong_an_in_lower_case_as_a_subject():
    text = "Kỳ thi năm nay có 40 điểm thi.\n\nVề khâu vận chuyển đề thi, công an bố trí xe chuyên dụng và người áp tải."
    assert roles(text, "Bắc Ninh", which="công an bố trí")["lead"] == {"police"}


def test_the_three_part_addressee_formula_names_the_localities():
    text = ("Phát biểu kết luận, Phó Chủ tịch UBND huyện đề nghị các cơ quan, đơn vị, địa phương nêu cao tinh thần "
            "trách nhiệm trong kỳ thi.")
    # (a district's vice-chairman: its "địa phương" are the communes, session 33; the offices and units name no
    # sector, session 53)
    assert roles(text, "Bắc Ninh")["lead"] == {"other"}


def test_forces_that_watch_after_va_co_act():
    text = "Các túi bài thi được niêm phong và có công an, thanh tra giám sát suốt quá trình vận chuyển."
    assert roles(text, "Bắc Ninh")["lead"] == {"police", "inspection"}


def test_a_dot_inside_an_abbreviation_does_not_end_an_unknown_name():
    text = "Ban Chấm thi gồm Sở GD-ĐT và Trường ĐH Sư phạm TP.HCM thực hiện chấm các bài tự luận."
    got = parts(text, "Long An")
    assert "Trường ĐH Sư phạm TP.HCM" in got["doer"]


def test_the_tasks_after_a_semicolon_keep_their_helpers_but_not_across_a_full_stop():
    text = ("Tin ngắn.\n\nSở Giáo dục và Đào tạo chủ trì, phối hợp với Sở Y tế tổ chức tập huấn cho cán bộ coi thi; "
            "kiểm tra phòng y tế, tủ thuốc và cáng cứu thương ở mỗi điểm thi trước ngày thi. "
            "Sở Giáo dục và Đào tạo còn rà soát danh sách các thí sinh khuyết tật để bố trí phòng thi riêng.")
    _, att = attribute_text(text, "Bắc Ninh", 2024)
    by_statement = {}
    for fs in att.mentions.values():
        for f in fs:
            by_statement.setdefault(f.statement, set()).add((f.role, f.kind))
    assert ("health", "helper") in by_statement[1]  # "kiểm tra phòng y tế …" after ";"
    assert ("health", "helper") not in by_statement[2]  # the next sentence names no helper


# Found on batch 8's held-out half after its one measured run (so these are development fixes).
def test_the_staff_of_an_agency_act_for_it():
    text = "Sáng 26/6, cán bộ, chiến sĩ của Công an huyện Tủa Chùa túc trực ở mọi điểm thi."
    assert roles(text, "Điện Biên")["lead"] == {"police"}


def test_a_standing_vice_chair_leading_a_delegation_acts_with_both_titles():
    text = ("Chiều 2/7, Đoàn công tác do ông Lê Văn Hòa - Phó Chủ tịch Thường trực UBND tỉnh, Trưởng Ban Chỉ đạo thi "
            "cấp tỉnh làm trưởng đoàn, đã kiểm tra nơi in sao đề thi.")
    assert roles(text, "Sơn La")["lead"] == {"provincial_pc", "steering_committee"}


def test_a_request_with_a_comma_before_the_one_asked():
    text = "Bộ Giáo dục và Đào tạo lưu ý, ban chỉ đạo thi cấp tỉnh chịu trách nhiệm toàn bộ về kỳ thi ở địa phương."
    got = roles(text, "Sơn La")
    assert got["lead"] == {"steering_committee"}


def test_the_security_forces_are_the_police_and_a_lower_case_command_board_is_kept():
    assert roles("Tại nơi in sao đề thi, lực lượng an ninh đã niêm phong điện thoại.", "Sơn La")["lead"] == {"police"}
    text = "Ban Chỉ đạo thi cấp tỉnh giữ liên lạc với Ban chỉ huy phòng, chống thiên tai các huyện."
    assert any(n.startswith("Ban chỉ huy") for names in parts(text, "Sơn La").values() for n in names)
