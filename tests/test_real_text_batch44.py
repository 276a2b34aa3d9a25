"""Session 42: patterns met on real texts, written again in our own words."""

from __future__ import annotations

import pytest

from tests.attr_helpers import roles

# One paragraph each: its text, the document's locality and year, and the lead and support roles a reader sees.
ONE_PARAGRAPH = {
    # "chỉ đạo các X + verb": the plural word before a body the gazetteer does not know still names the one directed,
    # so the province's leaders only ask and the exam councils act
    "leaders-direct-the-exam-councils": ("Sáng nay, lãnh đạo tỉnh chỉ đạo các hội đồng thi kiểm tra lại phòng thi và "
                                         "tủ đựng đề thi.", "Bắc Ninh", 2023,
                                         {"lead": {"other"}, "support": set()}),
    "committee-directs-the-exam-councils": ("UBND tỉnh chỉ đạo các hội đồng thi niêm yết danh sách thí sinh trước "
                                            "ngày thi.", "Hà Nam", 2024, {"lead": {"other"}, "support": set()}),
    # a sector's department reported issuing its own letter does its task
    "health-issues-an-urgent-letter": ("Sở Y tế thành phố vừa có văn bản khẩn về việc bố trí xe cấp cứu tại các điểm "
                                       "thi.", "Cần Thơ", 2024, {"lead": {"health"}, "support": set()}),
    "information-issues-a-numbered-letter": ("Sở Thông tin và Truyền thông vừa ban hành Công văn số 120/STTTT-BCVT hướng dẫn "
                                             "giữ thông suốt mạng di động quanh các điểm thi.", "Hà Nam", 2025,
                                             {"lead": {"information"}, "support": set()}),
    # a committee that holds a meeting convenes it: the duties are the ones it gives there
    "district-holds-a-meeting": ("Chiều 2/6, UBND huyện Đại Lộc tổ chức họp triển khai công tác chuẩn bị kỳ thi.",
                                 "Quảng Nam", 2024, {"lead": set(), "support": set()}),
    "committee-meets-to-launch": ("Ban Chỉ đạo thi huyện Mai Sơn họp triển khai các nhiệm vụ của kỳ thi năm nay.",
                                  "Sơn La", 2024, {"lead": set(), "support": set()}),
    # guard: a sector's agency that holds its own training is at work
    "police-hold-a-training": ("Công an tỉnh tổ chức hội nghị tập huấn nghiệp vụ bảo vệ đề thi cho cán bộ các đơn vị.",
                               "Cà Mau", 2024, {"lead": {"police"}, "support": set()}),
    # a title, a dash, the person's name: what the person does comes after the name, so the vice-chairman only
    # issues the letter
    "vice-chairman-dash-name-signs": ("Chiều 14/6, Phó Chủ tịch UBND tỉnh - Trần Văn Nam ký ban hành Công văn số 1502 "
                                      "về lịch kiểm tra năng lực học sinh.", "Bạc Liêu", 2021,
                                      {"lead": set(), "support": set()}),
    "director-dash-name-acts": ("Giám đốc Công an tỉnh – Lê Văn Hùng kiểm tra phương án bảo vệ nơi in sao đề thi.",
                                "Bạc Liêu", 2021, {"lead": {"police"}, "support": set()}),
    # "the bodies and units of the province (or of its committee)" are the departments
    "units-of-the-city": ("Chủ tịch UBND thành phố yêu cầu các cơ quan, đơn vị thuộc Thành phố rà soát phương án "
                          "phòng chống thiên tai trong những ngày thi.", "Hà Nội", 2025,
                          {"lead": {"departments"}, "support": set()}),
    "units-under-the-committee": ("UBND tỉnh đề nghị các cơ quan, đơn vị trực thuộc UBND tỉnh bố trí cán bộ tham gia "
                                  "làm thi.", "Nghệ An", 2024, {"lead": {"departments"}, "support": set()}),
    # "Theo <an agency>, …" says who is the source: the list of names ends at its comma, and the one after it acts
    "source-then-subject": ("Theo Sở Giáo dục và Đào tạo, Sở Y tế đã cử bác sĩ trực tại tất cả các điểm thi.",
                            "Phú Yên", 2021, {"lead": {"health"}, "support": set()}),
    # a count about the province is no task, also when "có" is said twice
    "count-said-twice": ("Theo Sở Giáo dục và Đào tạo, năm nay tỉnh có tổng cộng có 41 điểm thi.", "Đắk Lắk", 2023,
                         {"lead": set(), "support": set()}),
    # "Thường trực" in a title is no verb ("trực"): the standing vice-chairman is the subject
    "standing-vice-chairman-acts": ("Buổi sáng, ông Lê Văn Tâm, Phó Chủ tịch Thường trực UBND huyện Quảng Trạch đã "
                                    "quán triệt kế hoạch thi tới các trường trên địa bàn.", "Quảng Bình", 2024,
                                    {"lead": {"district_pc"}, "support": set()}),
    # those who only attend a meeting do no duty there, nor do the ones who come with them
    "leaders-attend": ("Ở điểm cầu tỉnh, Phó Chủ tịch UBND tỉnh Lê Văn Tâm cùng lãnh đạo một số sở, ngành và "
                       "huyện tham dự.", "Quảng Nam", 2025, {"lead": set(), "support": set()}),
    # the bodies a count of people is made of are only named ("bảo vệ" here is the guards, not a verb)
    "count-of-people-made-of": ("Mỗi ngày thi huy động khoảng 1.800 người, gồm giáo viên, nhân viên phục vụ, lực lượng "
                                "công an, y tế, bảo vệ.", "Phú Thọ", 2020, {"lead": set(), "support": set()}),
    # the education department asking the heads of its units and schools keeps the task (rule own_schools)
    "education-asks-heads-of-schools": ("Sở Giáo dục và Đào tạo yêu cầu thủ trưởng các đơn vị, trường học thông báo lịch "
                                        "rà soát danh sách thí sinh tự do.", "Đà Nẵng", 2020,
                                        {"lead": {"education"}, "support": set()}),
    # a committee named with its exam and year ("Ban Chỉ đạo thi … năm 2024 tỉnh …") still only asks, and only attends
    "committee-named-with-its-exam-asks": ("Ban Chỉ đạo thi tốt nghiệp THPT năm 2024 tỉnh yêu cầu các sở, ngành rà soát "
                                           "lại phương án dự phòng.", "Đồng Tháp", 2024,
                                           {"lead": {"departments"}, "support": set()}),
    "members-named-with-the-exam-attend": ("Thành viên Ban Chỉ đạo thi THPT Quốc gia năm 2018 dự họp", "Đồng Tháp", 2018,
                                           {"lead": set(), "support": set()}),
    # a news report that a force "vừa có thông tin về …" says what it told the press: no task
    "police-inform-the-press": ("Công an thành phố vừa có thông tin về phương án giữ trật tự quanh các điểm thi tuyển "
                                "sinh lớp 10.", "Hồ Chí Minh", 2025, {"lead": set(), "support": set()}),
    # guards: an authority that issues a text for others, or a department whose letter asks someone, only asks
    "committee-issues-a-plan": ("UBND tỉnh vừa ban hành Kế hoạch số 88/KH-UBND về tổ chức kỳ thi năm nay.", "Phú Thọ",
                                2025, {"lead": set(), "support": set()}),
    "ministry-issues-a-telegram": ("Bộ Giáo dục và Đào tạo vừa có công điện về ứng phó mưa lũ trong kỳ thi.", None,
                                   2024, {"lead": set(), "support": set()}),
    "information-letter-asks-the-post": ("Sở Thông tin và Truyền thông vừa ban hành văn bản 77 đề nghị các doanh "
                                         "nghiệp bưu chính chuyển phát đề thi đúng giờ.", "Hà Nội", 2016,
                                         {"lead": {"postal"}, "support": set()}),
    "health-letter-to-a-centre-asks-it": ("Sở Y tế gửi văn bản tới Trung tâm Y tế huyện, yêu cầu cử bác sĩ trực tại "
                                          "điểm thi.", "Kiên Giang", 2022, {"lead": {"health"}, "support": set()}),
}


@pytest.mark.parametrize("case", sorted(ONE_PARAGRAPH))
def test_one_paragraph_is_read_as_a_reader_reads_it(case):
    text, locality, year, want = ONE_PARAGRAPH[case]
    assert roles(text, locality, year) == want


def test_a_department_whose_letter_asks_a_centre_only_asks():
    from tests.attr_helpers import parts
    text = "Sở Y tế gửi văn bản tới Trung tâm Y tế huyện, yêu cầu cử bác sĩ trực tại điểm thi."
    got = parts(text, "Kiên Giang", 2022)
    assert "Sở Y tế" in got["requester"] and "doer" in got and "Sở Y tế" not in got["doer"]


def test_the_department_named_before_issues_its_guidance():
    # "Sở" alone is the department the text named before; its letter of guidance is its own task
    text = ("Theo Sở Giáo dục và Đào tạo Bắc Giang, năm nay tỉnh có thêm hai điểm thi.\n\n"
            "Sở vừa có văn bản hướng dẫn các trường tổ chức ôn tập cho học sinh lớp 12.")
    assert roles(text, "Bắc Giang", 2023, which="Sở vừa") == {"lead": {"education"}, "support": set()}


def test_a_collective_partner_helps_only_the_task_it_is_named_with():
    # "phối hợp với các sở, ngành, địa phương …; <next task>": the departments and districts are partners of the first
    # task only; a named partner still helps with the tasks after ";"
    from tests.attr_helpers import attribute_text
    text = ("Sở Giáo dục và Đào tạo chủ trì, phối hợp với các sở, ngành, địa phương tổ chức kỳ thi an toàn; thực hiện "
            "nghiêm việc in sao đề thi và coi thi.")
    _, att = attribute_text(text, "Đắk Lắk", 2023)
    second = {(f.role, f.kind) for fs in att.mentions.values() for f in fs if f.statement == 1}
    assert second == {("education", "doer")}
    text = ("Sở Giáo dục và Đào tạo chủ trì, phối hợp với Sở Y tế tổ chức tập huấn cho cán bộ coi thi; kiểm tra phòng "
            "y tế, tủ thuốc và cáng cứu thương ở mỗi điểm thi trước ngày thi.")
    _, att = attribute_text(text, "Đắk Lắk", 2023)
    second = {(f.role, f.kind) for fs in att.mentions.values() for f in fs if f.statement == 1}
    assert second == {("education", "doer"), ("health", "helper")}


def test_a_school_named_in_lower_case_is_kept_and_schools_in_general_are_not():
    from tests.attr_helpers import mention_names
    assert "trường THPT Lê Lợi" in mention_names("Tỉnh đoàn phối hợp với trường THPT Lê Lợi bố trí chỗ nghỉ trưa cho thí "
                                                "sinh ở xa.", "Kon Tum", 2018)
    assert mention_names("Các trường THPT tiếp tục ôn tập cho học sinh lớp 12 đến sát ngày thi.", "Kon Tum", 2018) == set()


def test_a_team_named_by_its_kind_is_not_the_youth_union_named_before():
    # "Đoàn kiểm tra …" after a paragraph about the provincial youth union is a visiting team, not the youth union
    text = ("Tỉnh đoàn huy động 800 đoàn viên hỗ trợ thí sinh tại 25 điểm thi.\n\n"
            "Đoàn kiểm tra đến thăm, động viên học sinh đang ôn thi tại Trường THPT Trần Phú.")
    assert roles(text, "Vĩnh Long", 2025, which="Đoàn kiểm tra") == {"lead": set(), "support": set()}
    # guard: "Đoàn" alone, before a verb, is still the youth union the text named
    text = "Tỉnh đoàn huy động 800 đoàn viên hỗ trợ thí sinh.\n\nĐoàn cũng tổ chức nấu cơm miễn phí cho thí sinh ở xa."
    assert roles(text, "Vĩnh Long", 2025, which="Đoàn cũng") == {"lead": {"youth_union"}, "support": set()}
