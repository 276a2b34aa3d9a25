"""Session 51: patterns met on real texts (the development batches of session 51), written again in our own words."""

from __future__ import annotations

import datetime as dt

from tests.attr_helpers import leads_by_paragraph, leads_by_statement, meta_of, parts, roles


def test_any_body_or_its_leader_reported_inspecting_the_preparations_only_visits():
    # readers label a reported inspection of how others prepare as no one's duty, whoever inspects (rule
    # inspects_in_person; rule visits says the same of a committee)
    for text in ("Chiều 20/6, Giám đốc Công an tỉnh Kon Tum cùng đoàn công tác kiểm tra việc canh giữ đề thi tại "
                 "huyện Đăk Tô.",
                 "Phòng GD&ĐT huyện Ia Pa đã kiểm tra công tác chuẩn bị ở từng điểm thi trong huyện.",
                 "Phó Bí thư Tỉnh đoàn đã tới kiểm tra các đội tình nguyện đang làm việc ở điểm thi.",
                 "Thứ trưởng Bộ GD&ĐT dẫn đầu đoàn kiểm tra công tác thi tại tỉnh Bến Tre."):
        assert roles(text, "Kon Tum", 2023)["lead"] == set(), text
    # guards: a directive's item that asks for an inspection, and an inspection of things, stay duties
    assert roles("Sở GD&ĐT kiểm tra công tác chuẩn bị ở mọi điểm thi trước ngày 20/6.", "Kon Tum",
                 2023)["lead"] == {"education"}
    assert roles("Sở Y tế đã kiểm tra vệ sinh thực phẩm ở những bếp ăn phục vụ thí sinh.", "Kon Tum",
                 2023)["lead"] == {"health"}


def test_a_paragraph_that_opens_with_a_reported_inspection_takes_no_doer_from_before():
    text = ("Công an tỉnh bố trí lực lượng bảo vệ tại tất cả các điểm thi.\n"
            "Trực tiếp đi kiểm tra việc canh gác ở điểm thi Trường THPT Ngọc Hồi.\n")
    assert leads_by_paragraph(text, "Kon Tum", 2023) == [{"police"}, set()]


def test_those_who_come_along_on_a_visit_help_no_one():
    text = ("Sáng 9/6, ông Nguyễn Văn Hòa, Phó Chủ tịch UBND tỉnh kiêm Trưởng Ban Chỉ đạo thi tỉnh, cùng các thành viên "
            "trong Ban Chỉ đạo đã đến kiểm tra việc chuẩn bị ở huyện Sa Thầy.")
    assert roles(text, "Kon Tum", 2023) == {"lead": set(), "support": set()}
    assert "helper" not in parts(text, "Kon Tum", 2023)  # the members come along: they help no one


def test_the_youth_unions_branch_in_the_police_and_the_district_youth_unions_listed_by_level():
    assert roles("Tuổi trẻ Công an tỉnh đã tổ chức phân luồng giao thông quanh các điểm thi.", "Lâm Đồng",
                 2022)["lead"] == {"youth_union"}
    assert roles("Các huyện, thành Đoàn đã lập đội tình nguyện ở mỗi điểm thi.", "Nghệ An", 2022)["lead"] == {
        "youth_union"}
    assert roles("Năm nay các quận, huyện, thị Đoàn đều chủ động vận động nguồn lực cho mùa thi.", "Hà Nội",
                 2024)["lead"] == {"youth_union"}


def test_an_interagency_team_named_in_lower_case_acts_and_its_later_sentences_are_its_own():
    text = ("Từ ngày 20 đến 25/6, đoàn kiểm tra liên ngành vệ sinh thực phẩm TP. Kon Tum đã kiểm tra các quán ăn gần "
            "điểm thi.\nTại các bếp ăn, đoàn đã lấy mẫu thực phẩm để xét nghiệm nhanh.\n")
    assert leads_by_paragraph(text, "Kon Tum", 2022) == [{"other"}, {"other"}]


def test_a_power_companys_unit_acts_as_the_company():
    assert roles("Phòng Kỹ thuật PC Kon Tum lập phương án cấp điện dự phòng cho các điểm thi.", "Kon Tum",
                 2022)["lead"] == {"electricity"}


def test_a_programmes_organising_board_is_the_programmes_body():
    assert roles("Ban Tổ chức chương trình Tiếp sức mùa thi tỉnh bố trí xe đưa đón thí sinh ở xa.", "Bình Dương",
                 2024)["lead"] == {"youth_union"}


def test_a_national_delegation_working_in_a_province_visits():
    text = "Ngày 5/6, Đoàn công tác số 2, Ban Chỉ đạo cấp quốc gia đã làm việc về công tác tổ chức thi ở tỉnh Ninh Thuận."
    assert roles(text, "Ninh Thuận", 2023)["lead"] == set()


def test_exam_sites_that_all_ensure_something_act():
    assert leads_by_statement("Các điểm thi đều bảo đảm đủ phòng thi và phòng chờ cho thí sinh.", "Gia Lai",
                              2025) == [{"other"}]


REPORT = ("Công an tỉnh Kon Tum bố trí lực lượng bảo vệ nơi in sao đề thi và tuần tra quanh các điểm thi trong suốt hai "
          "ngày thi. Các tổ cảnh sát giao thông phân luồng ở những nút giao đông người.")


def test_a_districts_letter_reported_by_its_number_gives_the_documents_fields():
    meta = meta_of("Huyện Đăk Hà bảo đảm y tế cho kỳ thi\n\nNgày 10/6/2024, UBND huyện Đăk Hà đã ban hành Văn bản số "
                   "812/UBND-YT về bảo đảm y tế cho kỳ thi. Theo đó, Trung tâm Y tế huyện bố trí cán bộ trực ở các điểm "
                   "thi.\n")
    assert meta.values.get("doc_type") == "Công văn"
    assert meta.values.get("number") == "812/UBND-YT"
    assert meta.values.get("issuer") == "UBND huyện Đăk Hà"
    assert meta.values.get("issued_date") == dt.date(2024, 6, 10)


def test_a_pages_time_stamp_is_no_issuer_and_the_headline_below_it_is_the_title():
    meta = meta_of(f"28/06/2023 15:34 GMT+7\n\nKon Tum giữ an toàn cho kỳ thi\n\n{REPORT}\n")
    assert meta.values.get("issuer") is None
    assert meta.values.get("title") == "Kon Tum giữ an toàn cho kỳ thi"


def test_a_paragraph_asking_after_an_opener_goes_on_with_the_one_who_asked():
    # the leader who praised the schools goes on asking them; the education office named two paragraphs up does not
    text = ("Phòng GD&ĐT huyện đã chỉ đạo các trường bố trí đủ phòng thi dự phòng.\n"
            "Kiểm tra điểm thi Trường THPT Đăk Glei, Phó Chủ tịch UBND tỉnh Y Ngọc đánh giá cao cách nhà trường chuẩn bị.\n"
            "Đồng thời đề nghị các trường duy trì việc ôn tập cho thí sinh tự do, nhất là học viên giáo dục thường xuyên; chú ý "
            "công tác y tế.\n")
    assert leads_by_paragraph(text, "Kon Tum", 2023)[2] == set()


def test_those_an_advised_committee_would_direct_are_only_mentioned():
    text = ("Phòng An ninh chính trị nội bộ tham mưu cho UBND tỉnh ban hành văn bản, chỉ đạo các cấp, ngành phối hợp bảo "
            "vệ kỳ thi.")
    assert roles(text, "Thừa Thiên Huế", 2022)["lead"] == {"police"}


def test_young_people_standing_first_are_the_youth_union_at_work():
    assert roles("Các thanh niên phát nước và khẩu trang cho thí sinh trước giờ thi.", "Bình Dương", 2024)["lead"] == {
        "youth_union"}


def test_the_ministry_directing_universities_directs_its_own_units():
    text = "Bộ GD&ĐT giao các cơ sở giáo dục đại học cử giảng viên tham gia thanh tra coi thi."
    assert roles(text, "Toàn quốc", 2022)["lead"] == {"education"}


def test_one_persons_two_posts_apart_by_a_dash_attend_together():
    text = ("Tại điểm cầu của tỉnh, Giám đốc Sở GD-ĐT Lê Văn Minh - Phó ban Chỉ đạo thi THPT tỉnh cùng nhiều thành viên ban "
            "chỉ đạo tham dự.")
    assert roles(text, "Quảng Nam", 2023) == {"lead": set(), "support": set()}


def test_the_exam_sites_a_body_helps_to_act_do_the_task():
    text = "Điện lực các huyện đã hỗ trợ các điểm thi lắp máy phát điện dự phòng."
    assert roles(text, "Đồng Nai", 2024) == {"lead": {"other"}, "support": {"electricity"}}


def test_section_names_and_a_glued_clock_icon_are_no_headline():
    for furniture, line in (("ClockThứ Ba, 18/06/2024 07:30", "Kon Tum giữ an toàn cho kỳ thi"),
                            ("Thị trường", "Kon Tum giữ an toàn cho kỳ thi"),
                            ("Multimedia Đọc Báo in", "Kon Tum giữ an toàn cho kỳ thi"),
                            ("", "Văn hoá, xã hội Kon Tum giữ an toàn cho kỳ thi"),
                            ("", "Thời sự - Chính trị Kon Tum giữ an toàn cho kỳ thi")):
        meta = meta_of(f"{furniture}\n{line}\n{REPORT}\n")
        assert meta.values.get("title") == "Kon Tum giữ an toàn cho kỳ thi", (furniture, line)
    # guard: a headline that opens with a sector's name keeps it
    assert meta_of(f"Y tế Kon Tum sẵn sàng cho kỳ thi\n{REPORT}\n").values.get("title") == "Y tế Kon Tum sẵn sàng cho kỳ thi"


def test_related_articles_titles_glued_into_one_line_are_the_pages_furniture():
    from tests.attr_helpers import attribute_text

    text = (f"{REPORT}\nKon Tum sẵn sàng cho kỳ thiGiữ nghiêm quy chế trong phòng thiPhân luồng quanh các điểm thi\n"
            "Công an tỉnh tuần tra thêm vào giờ cao điểm.\n")
    tree, _ = attribute_text(text, "Kon Tum", 2024)
    assert not any("quy chế" in c.text for c in tree)
    # guard: a brand written with an inner capital is an ordinary word
    tree, _ = attribute_text("Theo VnExpress, Công an tỉnh tuần tra thêm vào giờ cao điểm.\n", "Kon Tum", 2024)
    assert [c.text for c in tree] == ["Theo VnExpress, Công an tỉnh tuần tra thêm vào giờ cao điểm."]


def test_every_level_and_sector_names_no_one_in_particular():
    # "các cấp, các ngành" is everyone, as the readers' brief says: no departments to hold to the duty
    text = "Thủ tướng giao Bộ GD&ĐT, các cấp, các ngành giữ an toàn cho kỳ thi."
    assert roles(text, "Toàn quốc", 2025)["lead"] == {"education"}
    assert roles("Đồng thời chỉ đạo các cấp, ngành tạo điều kiện cho thí sinh đi lại.", "Toàn quốc", 2024)["lead"] == set()


def test_a_sentence_listing_who_came_along_gives_no_one_a_duty():
    text = "Cùng đi có Giám đốc Sở GD&ĐT Phạm Văn Hải; đại diện lãnh đạo Công an tỉnh và Sở Y tế."
    assert roles(text, "Hải Dương", 2023) == {"lead": set(), "support": set()}
    assert "helper" not in parts(text, "Hải Dương", 2023)
    # guard: a body that goes along to do its own task in the same sentence is read as before
    assert roles("Sở Y tế cùng đi với đoàn để lấy mẫu thức ăn ở các bếp ăn.", "Hải Dương", 2023)["lead"] == {"health"}


def test_committee_members_inspecting_a_task_at_a_named_school_visit():
    text = "Hai đồng chí trong Ban Chỉ đạo thi tỉnh kiểm tra việc phân luồng xe tại điểm thi Trường THPT Ninh Giang."
    assert roles(text, "Hải Dương", 2023)["lead"] == set()


def test_items_under_a_lead_in_naming_the_subjects_own_duties_are_its_and_roman_items_in_brackets_are_items():
    text = ("Ban Chỉ đạo thi cấp tỉnh thực hiện các nhiệm vụ sau:\n"
            "(i) Tuyên truyền quy chế thi đến từng thí sinh;\n"
            "(ii) Rà soát phương án in sao đề thi;\n"
            "(iii) Kiểm tra công tác coi thi ở các điểm thi.\n")
    from tests.attr_helpers import attribute_text

    tree, att = attribute_text(text, "Sơn La", 2023)
    assert [c.label for c in tree] == ["¶", "i", "ii", "iii"]
    assert [{f.role for f in att.found.get(c.seq, []) if f.kind == "lead"} for c in tree[1:]] == [
        {"steering_committee"}] * 3


def test_agreeing_to_a_proposal_and_presenting_a_draft_at_a_meeting_assign_no_one():
    assert roles("Thủ tướng đồng ý với đề xuất giữ ổn định cấu trúc đề thi.", "Toàn quốc", 2020)["lead"] == set()
    assert roles("Tại buổi họp, Bộ Giáo dục đã báo cáo về phương án thi năm nay.", "Toàn quốc",
                 2020)["lead"] == set()
    text = "Tại cuộc họp, Phó Giám đốc Sở GD&ĐT - ông Lương Văn Tâm đã thông qua dự thảo phương án thi năm nay."
    assert roles(text, "Bắc Giang", 2022)["lead"] == set()
    # guard: a department that carries out its plan keeps the duty
    assert roles("Sở GD&ĐT đã triển khai kế hoạch thi đến từng trường.", "Bắc Giang", 2022)["lead"] == {
        "education"}
