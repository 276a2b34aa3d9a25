"""Session 50: patterns met on real texts (the four development batches of session 50), written again in our own
words."""

from __future__ import annotations

from tests.attr_helpers import roles


def test_a_delegation_led_by_a_province_leader_that_inspects_is_a_visit():
    # "Đoàn công tác do … làm trưởng đoàn, đã kiểm tra …": the leader's committee only visits (rule visits), as when the
    # delegation is named after its leader with "do"
    text = ("Sáng 20/6, Đoàn công tác do ông Lò Văn Sơn, Phó Chủ tịch UBND tỉnh Điện Biên, Trưởng Ban Chỉ đạo thi cấp "
            "tỉnh làm trưởng đoàn, đã kiểm tra việc chuẩn bị thi ở huyện Tuần Giáo.")
    assert roles(text, "Điện Biên", 2023)["lead"] == set()
    # guard: a delegation that does a duty of its own still acts for the agency of its leader
    text = "Tổ công tác do ông Lò Văn Sơn, Phó Chủ tịch UBND tỉnh dẫn đầu, giám sát việc vận chuyển đề thi đến các điểm thi."
    assert roles(text, "Điện Biên", 2023)["lead"] == {"provincial_pc"}


def test_a_body_reported_telling_a_meeting_how_its_preparation_stands_does_no_duty():
    assert roles("Tại buổi làm việc, Sở GD&ĐT đã báo cáo tình hình chuẩn bị cơ sở vật chất cho các điểm thi.",
                 "Quảng Bình", 2024)["lead"] == set()
    text = ("Tại cuộc họp, ông Trần Văn Phúc, Trưởng Ban Chỉ đạo thi huyện Minh Hóa (tỉnh Quảng Bình) đã báo cáo công tác "
            "chuẩn bị thi trên địa bàn huyện.")
    assert roles(text, "Quảng Bình", 2024)["lead"] == set()
    # guard: a report the directive asks for is a duty, and its recipient is only mentioned
    assert roles("Sở GD&ĐT tổng hợp, báo cáo kết quả kỳ thi về UBND tỉnh trước ngày 15/7.", "Quảng Bình",
                 2024)["lead"] == {"education"}


def test_a_sentence_that_says_who_sits_on_the_committee_assigns_no_one():
    assert roles("Lãnh đạo các sở, ngành và UBND các huyện là thành viên Ban Chỉ đạo.", "Bến Tre", 2021)["lead"] == set()
    assert roles("Giám đốc Sở GD&ĐT làm Phó Trưởng ban thường trực.", "Bến Tre", 2021)["lead"] == set()
    # guard: a member given a duty in the same sentence does it
    assert "health" in roles("Sở Y tế là thành viên Ban Chỉ đạo, có trách nhiệm bố trí cán bộ y tế tại các điểm thi.",
                             "Bến Tre", 2021)["lead"]
    # guard: the members asked to act are the committee at work
    assert roles("Các thành viên Ban Chỉ đạo theo dõi sát từng điểm thi mình phụ trách.", "Bến Tre", 2021)["lead"] == {
        "steering_committee"}


def test_a_tone_typed_on_the_first_vowel_of_uo_matches_as_the_usual_spelling():
    # "tăng cừơng" (an old keyboard habit) and "tăng cường" are one word to the aligner
    from etl.matching import match_text

    assert match_text("Tăng cừơng công tác phối hợp giữa các ngành.") == match_text(
        "Tăng cường công tác phối hợp giữa các ngành.")


REPORT = ("Công an tỉnh Kon Tum bố trí lực lượng bảo vệ nơi in sao đề thi và tuần tra quanh các điểm thi trong suốt hai "
          "ngày thi. Các tổ cảnh sát giao thông phân luồng ở những nút giao đông người.")


def test_a_pages_dateline_control_or_section_name_is_no_headline_and_joins_no_paragraph():
    from tests.attr_helpers import attribute_text, meta_of

    for furniture in ("Thứ 4, Ngày 17/07/2024 -", "Thứ Hai, 24/06/2024 09:15", "Tin tức sự kiện", "Trong tỉnh",
                      "Thứ 5, 13/03/2025, 16:20[GMT+7]", "Y tế", "Chào mừng kỷ niệm 79 năm Cách mạng tháng Tám",
                      "Quyết tâm thực hiện thắng lợi Nghị quyết Đại hội Đảng bộ tỉnh, nhiệm kỳ 2025 - 2030"):
        meta = meta_of(f"{furniture}\nKon Tum giữ an toàn cho kỳ thi\n{REPORT}\n")
        assert meta.values.get("title") == "Kon Tum giữ an toàn cho kỳ thi", (furniture, meta.values)
    # a font-size control right above the lead is not the first words of its paragraph
    tree, _ = attribute_text(f"Kon Tum giữ an toàn cho kỳ thi\nMặc định Cỡ chữ\n{REPORT}\n", "Kon Tum", 2024)
    assert any(c.text.startswith("Công an tỉnh Kon Tum bố trí") for c in tree)


def test_a_headline_repeated_above_the_photo_is_the_pages_furniture():
    # the page gives its headline again as the photo's alt text, glued to the caption below it
    text = ("Bộ trưởng ký công điện về an toàn kỳ thi năm 2024\n\nBộ trưởng ký công điện về an toàn kỳ thi năm 2024\n"
            "Thí sinh xếp hàng vào phòng thi. Ảnh: Minh Anh.\n\n"
            "Công điện yêu cầu các sở giáo dục rà soát phương án dự phòng cho từng điểm thi trong mùa mưa bão.")
    from tests.attr_helpers import attribute_text

    tree, _ = attribute_text(text, "Toàn quốc", 2024)
    assert [c.text for c in tree][1] == "Thí sinh xếp hàng vào phòng thi. Ảnh: Minh Anh."


def test_an_authority_reported_issuing_a_directive_about_something_only_asks():
    # a headline's "ban hành Chỉ thị về …" (no number, no tense word) reports the issuing, as "vừa ban hành" does
    assert roles("UBND tỉnh Phú Yên ban hành Chỉ thị về an toàn của học sinh trong mùa thi.", "Phú Yên", 2024)["lead"] == set()


def test_a_ministrys_guidance_steers_and_the_ones_it_guides_act():
    assert roles("Bộ Y tế hướng dẫn phòng dịch cho các điểm thi năm 2023.", "Toàn quốc", 2023)["lead"] == set()
    # guard: a ministry that guides a body by name is read as before (its own sentence, its own subject)
    assert roles("Bộ Y tế hướng dẫn các sở y tế cử cán bộ trực tại mỗi điểm thi.", "Toàn quốc", 2023)["lead"] == {"health"}


def test_a_unit_that_speaks_of_itself_after_a_setting_does_what_it_reports():
    # "X cho biết, <a setting>, đơn vị đã …" and "thông tin từ X cho biết" in mid-sentence: X is the unit
    text = ("Đại diện Phòng GD&ĐT huyện Tiên Yên cho biết, lo ngại mưa lớn kéo dài, đơn vị đã lên danh sách thí sinh ở xa "
            "để thu xếp chỗ ở.")
    assert roles(text, "Quảng Ninh", 2024)["lead"] == {"education"}
    text = ("Sáng 25/6, thông tin từ Huyện đoàn Tiên Yên cho biết, trước kỳ thi năm nay, đơn vị đã lập 5 đội tình nguyện "
            "đưa đón thí sinh.")
    assert roles(text, "Quảng Ninh", 2024)["lead"] == {"youth_union"}
    # guard: what the unit tells about others stays theirs
    assert roles("Giám đốc Sở GD&ĐT cho biết, theo kế hoạch, các trường sẽ ôn tập cho học sinh đến hết tháng 5.",
                 "Quảng Ninh", 2024)["lead"] == set()
    text = "Qua báo cáo của Sở GD&ĐT, đến nay, đơn vị đã hoàn tất việc in sao đề thi."
    assert roles(text, "Quảng Ninh", 2024)["lead"] == {"education"}


def test_the_subject_after_a_place_in_brackets_is_no_member_of_a_list():
    text = "Sáng 21/6, tại Trường THPT Lê Lợi (thị xã Sơn Tây, Hà Nội), Thành đoàn Hà Nội ra quân hỗ trợ thí sinh."
    assert roles(text, "Hà Nội", 2024)["lead"] == {"youth_union"}


def test_a_dated_report_of_an_agency_at_work_is_aligned_as_its_duty():
    # "Ngày 22/6, Tỉnh đoàn … tổ chức ra quân …": in a news report a date opens most reports of work done, which are
    # how prose states its duties; a date with no one at work stays out
    from etl import statements as stm

    kind, why = stm.kind_of("Ngày 21/6, Tỉnh đoàn Phú Yên bố trí các đội thanh niên đưa đón thí sinh ở xa.",
                            has_doer=True)
    assert stm.aligned(kind, why, prose=True)
    kind, why = stm.kind_of("Ngày 26/6, các thí sinh làm thủ tục dự thi tại 40 điểm thi.", has_doer=False)
    assert not stm.aligned(kind, why, prose=True)


def test_hearing_a_report_at_a_meeting_and_holding_a_session_assign_no_one():
    text = "Tại phiên họp, Ban Chỉ đạo thi tỉnh đã nghe Sở GD&ĐT báo cáo kế hoạch tổ chức kỳ thi năm nay."
    assert roles(text, "Quảng Nam", 2022)["lead"] == set()
    assert roles("Ban Chỉ đạo thi tỉnh Quảng Nam họp phiên đầu tiên", "Quảng Nam", 2022)["lead"] == set()
    # guard: a body that hears reports and then acts keeps its act
    assert roles("Sở Y tế nghe các bệnh viện báo cáo rồi bố trí thêm xe cấp cứu.", "Quảng Nam", 2022)["lead"] == {"health"}


def test_a_photo_caption_on_the_first_line_is_no_headline_and_a_pages_stamp_gives_no_year():
    from tests.attr_helpers import meta_of

    meta = meta_of(f"Đoàn viên Kon Tum ra quân tiếp sức mùa thi. Ảnh: Hoàng Long\n{REPORT}\n")
    assert meta.values.get("title") is None
    # the page's stamp (the day it was read) is not the exam's year; the report's own words are
    meta = meta_of(f"Thứ 5, 13/03/2025, 16:20[GMT+7]\nKon Tum giữ an toàn cho kỳ thi năm 2020\n{REPORT}\n")
    assert meta.values.get("year") == 2020


def test_many_districts_of_a_city_at_work_are_the_districts_not_the_city():
    assert roles("Nhiều huyện ngoại thành Hà Nội đã mở điểm gửi xe và nghỉ trưa miễn phí cho thí sinh.", "Hà Nội",
                 2024)["lead"] == {"district_pc"}
    # guard: a national text's criticism of "some localities" names no one at work
    assert roles("Một số địa phương còn lúng túng khi chuẩn bị cho kỳ thi năm nay.", "Toàn quốc", 2023)["lead"] == set()
