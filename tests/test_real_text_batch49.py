"""Session 47: patterns met on real texts (development batches), written again in our own words."""

from __future__ import annotations

import pytest

from tests.attr_helpers import attribute_text, roles
from tests.test_real_text_batch47 import doers_by_statement

# One paragraph each: its text, the document's locality and year, and the lead and support roles a reader sees.
ONE_PARAGRAPH = {
    # in a text of the whole country the provinces are asked or bound by their plural place words alone
    "provinces-carry-the-whole-responsibility": ("Các tỉnh, thành phố chịu trách nhiệm toàn diện về việc tổ chức thi "
                                                 "trên địa bàn.", "Toàn quốc", 2022,
                                                 {"lead": {"provincial_pc"}, "support": set()}),
    "ministry-asks-the-provinces": ("Bộ GD&ĐT đề nghị các tỉnh, thành chỉ đạo lập phương án thi dự phòng.", "Toàn quốc",
                                    2020, {"lead": {"provincial_pc"}, "support": set()}),
    # guard: the provinces after a department's name only say whose department it is
    "provincial-health-departments-asked": ("Bộ Y tế có văn bản đề nghị Sở Y tế các tỉnh thành cử nhân viên y tế trực "
                                            "ở mỗi điểm thi.", "Toàn quốc", 2021, {"lead": {"health"}, "support": set()}),
    # "các tỉnh, thành đoàn" are the provinces' youth unions, not the provinces
    "provincial-youth-unions-roll-out": ("Các tỉnh, thành đoàn căn cứ hướng dẫn này triển khai các đội hình tiếp sức.",
                                         "Toàn quốc", 2023, {"lead": {"youth_union"}, "support": set()}),
    # young volunteers named with students in the middle are still the youth union at work
    "youth-and-student-volunteers-help": ("Lực lượng thanh niên, sinh viên tình nguyện chỉ đường cho thí sinh tới "
                                          "phòng thi.", "Phú Yên", 2022, {"lead": {"youth_union"}, "support": set()}),
    # police officers named as people are the police at work
    "police-officers-check-phones": ("Cán bộ công an được giao soát điện thoại của thí sinh ở cổng trường.",
                                     "Hà Giang", 2019, {"lead": {"police"}, "support": set()}),
    # the units under a body act for it
    "border-guard-units-help-candidates": ("Các đơn vị thuộc Bộ đội Biên phòng tỉnh phối hợp với đoàn thể ở xã chở "
                                           "thí sinh qua sông.", "Sơn La", 2023,
                                           {"lead": {"other"}, "support": {"fatherland_front"}}),
    "power-company-units-keep-supply": ("Các đơn vị trực thuộc Công ty Điện lực tỉnh trực 24/24 giờ trong các ngày "
                                        "thi.", "Quảng Bình", 2020, {"lead": {"electricity"}, "support": set()}),
    # guard: the units are only where an exam site is
    "exam-held-at-police-units": ("Thí sinh được đưa đón tới các đơn vị thuộc Công an tỉnh để thi.", "Quảng Bình",
                                  2020, {"lead": set(), "support": set()}),
    # "ngành chức năng", "các lực lượng liên quan" acting are the departments as a group
    "authorities-prepare-cheap-rooms": ("Ngành chức năng tỉnh đã chuẩn bị 3.000 phòng trọ giá rẻ cho thí sinh.",
                                        "Bình Định", 2016, {"lead": {"departments"}, "support": set()}),
    "forces-concerned-asked-to-check": ("Phó Chủ tịch UBND quận yêu cầu các lực lượng liên quan kiểm tra lại cơ sở vật "
                                        "chất ở điểm thi.", "Đà Nẵng", 2021,
                                        {"lead": set(), "support": set()}),  # (no one, session 53)
    # guard: as partners they name no one
    "police-work-with-forces-concerned": ("Công an tỉnh phối hợp với các lực lượng liên quan canh gác nơi in đề.",
                                          "Đà Nẵng", 2021, {"lead": {"police"}, "support": set()}),
    # a boarding school named as the subject does its own work: no agency leads (session 60: the development readers
    # made 3 of 26 named schools acting a lead; words.toml school_heads)
    "boarding-school-drives-candidates": ("Trường Phổ thông Dân tộc nội trú tỉnh thuê xe chở 50 học sinh tới các "
                                          "điểm thi.", "Quảng Trị", 2024, {"lead": set(), "support": set()}),
    # the exam sites acting as the subject are a body of their own (role other), as when they are asked
    "exam-sites-set-up-rooms": ("Đến nay, các điểm thi đã sắp xếp đủ phòng chờ và phòng dự phòng cho thí sinh.",
                                "Kiên Giang", 2025, {"lead": {"other"}, "support": set()}),
    "each-exam-site-keeps-a-spare-room": ("Đặc biệt, mỗi điểm thi bố trí một phòng cách ly cho thí sinh bị sốt.",
                                          "Lai Châu", 2020, {"lead": {"other"}, "support": set()}),
    # guards: counted, or in a list of those a department directs, they are no subject
    "each-exam-site-has-two-rooms": ("Mỗi điểm thi có hai phòng thi dự phòng.", "Lai Châu", 2020,
                                     {"lead": set(), "support": set()}),
    "department-directs-schools-and-sites": ("Sở GD&ĐT chỉ đạo các trường học, các điểm thi chuẩn bị nước uống cho thí "
                                             "sinh.",
                                             "Thái Nguyên", 2023, {"lead": {"education"}, "support": set()}),
}


@pytest.mark.parametrize("case", sorted(ONE_PARAGRAPH))
def test_one_paragraph_is_read_as_a_reader_reads_it(case):
    text, locality, year = ONE_PARAGRAPH[case][:3]
    assert roles(text, locality, year) == ONE_PARAGRAPH[case][3]


def test_a_passive_sentence_with_no_agent_is_no_ones_task():
    # what was done, said without who did it, is not carried from the agency of the sentence before
    text = ("Sở Y tế cử 40 cán bộ trực tại các điểm thi. Các phòng thi đã được phun khử khuẩn trước ngày thi một "
            "hôm.")
    assert doers_by_statement(text, "Bắc Ninh", 2021).get(1, set()) == set()
    # guard: the same agency's next task, in the active voice, is still its own
    text = "Sở Y tế cử 40 cán bộ trực tại các điểm thi. Đồng thời chuẩn bị phòng cách ly ở mỗi điểm thi."
    assert doers_by_statement(text, "Bắc Ninh", 2021).get(1, set()) == {"health"}


def test_a_sentence_that_says_what_something_is_is_no_ones_task():
    text = ("Tỉnh đoàn lập 15 đội hình tình nguyện đón thí sinh. Đây là hoạt động góp phần xây dựng tinh thần xung "
            "kích của đoàn viên.")
    assert doers_by_statement(text, "Quảng Ngãi", 2021).get(1, set()) == set()
    text = "Sở GD&ĐT đã rà soát các điểm thi. Sơn La là địa bàn núi cao, năm nay thi lại tổ chức giữa mùa mưa."
    assert doers_by_statement(text, "Sơn La", 2020).get(1, set()) == set()
    # guard: a connective is no "is", and "là" before a verb names a task
    text = "Sở Y tế lập phương án y tế cho kỳ thi. Nhiệm vụ trọng tâm là bố trí cán bộ trực ở từng điểm thi."
    assert doers_by_statement(text, "Sơn La", 2020).get(1, set()) == {"health"}


def test_bodies_directed_with_the_schools_after_them_act():
    # the schools closing the list of those directed are no agency, but the bodies before them still act
    text = ("Hiện nay, huyện đã chỉ đạo Công an huyện, Chi nhánh Điện, Phòng GD&ĐT, các trường nơi diễn ra kỳ thi lập "
            "phương án phòng chống mưa lũ.")
    assert doers_by_statement(text, "Hòa Bình", 2020).get(0, set()) == {"police", "electricity", "education"}
    # and the paragraph goes on about the one who directs, not about the ones it directed
    text += " Chỉ đạo các điểm trường chuẩn bị nước uống cho thí sinh."
    assert doers_by_statement(text, "Hòa Bình", 2020).get(1, set()) == {"district_pc"}


def test_the_one_who_directs_is_taken_up_again_after_the_pieces_of_its_sentence():
    text = ("Huyện đã chỉ đạo Công an huyện bố trí lực lượng bảo vệ các điểm thi trong suốt kỳ thi; tổ chức phân luồng "
            "giao thông trên các tuyến đường dẫn vào trường thi. Chỉ đạo các điểm trường chuẩn bị nước uống cho thí sinh.")
    got = doers_by_statement(text, "Hòa Bình", 2020)
    assert got.get(1) == {"police"} and got.get(2) == {"district_pc"}, got


@pytest.mark.parametrize("text, locality, year, expected", [
    # the ones that "phối hợp" in a sentence whose task another body chairs help it, whatever task follows
    ("Giao Sở GD&ĐT chủ trì, Công an tỉnh và Sở Y tế phối hợp tổ chức kỳ thi an toàn.", "Quảng Trị", 2024,
     {"lead": {"education"}, "support": {"police", "health"}}),
    ("Chủ tịch UBND tỉnh giao Sở GD&ĐT chủ trì; Điện lực tỉnh phối hợp bảo đảm điện cho các điểm thi.", "Quảng Trị",
     2024, {"lead": {"education"}, "support": {"electricity"}}),
    # guards: with no chair in the sentence the one that "phối hợp" acts, and a partner after "với" helps it
    ("Công an tỉnh phối hợp bảo vệ các điểm thi trong hai ngày thi.", "Quảng Trị", 2024,
     {"lead": {"police"}, "support": set()}),
    ("Công an tỉnh phối hợp với Sở Y tế bảo vệ các điểm thi.", "Quảng Trị", 2024,
     {"lead": {"police"}, "support": {"health"}}),
])
def test_who_joins_a_chaired_task_helps(text, locality, year, expected):
    assert roles(text, locality, year) == expected


def test_an_unknown_name_ends_at_its_level_word_before_lower_case_words():
    # "Hội Chữ thập đỏ tỉnh| phát …": the verbs after the level word are the sentence's, not the name's
    for text, name in (("Hội Chữ thập đỏ tỉnh phát 2.000 chai nước cho thí sinh.", "Hội Chữ thập đỏ tỉnh"),
                       ("Trung tâm Văn hóa huyện treo băng rôn cổ vũ thí sinh.", "Trung tâm Văn hóa huyện")):
        _, att = attribute_text(text, "Quảng Trị", 2024)
        assert {f.name for fs in att.found.values() for f in fs if f.kind == "lead"} == {name}
    # guard: a capitalised place name after the level word still belongs to the name
    _, att = attribute_text("Hội Chữ thập đỏ tỉnh Quảng Trị phát nước cho thí sinh.", "Quảng Trị", 2024)
    assert {f.name for fs in att.found.values() for f in fs if f.kind == "lead"} == {"Hội Chữ thập đỏ tỉnh Quảng Trị"}


def test_a_source_that_goes_on_about_its_own_sector_acts():
    # "Theo X, (năm nay) ngành / đơn vị đã …": the sector spoken of is X's own
    assert roles("Theo Sở GD&ĐT, năm nay ngành đã tập huấn cho 2.000 cán bộ coi thi.", "Quảng Trị", 2024) == {
        "lead": {"education"}, "support": set()}
    # guard: the units of others ("các đơn vị") are not the source
    assert roles("Theo Sở GD&ĐT, các đơn vị đã sẵn sàng cho kỳ thi.", "Quảng Trị", 2024)["lead"] == set()


def test_a_telecom_branch_named_by_its_province_is_a_telecom_company():
    assert roles("Công ty Điện lực tỉnh và Viễn thông tỉnh bảo đảm điện và đường truyền cho các điểm thi.", "Quảng Trị",
                 2024) == {"lead": {"electricity", "telecom"}, "support": set()}


def test_the_bodies_concerned_opening_a_list_of_those_asked_leave_the_others_asked():
    # (the bodies concerned name no one, session 53; the communes listed after them are still asked)
    text = ("UBND huyện yêu cầu Thủ trưởng các cơ quan, đơn vị liên quan và Chủ tịch UBND các xã, thị trấn triển khai "
            "nghiêm túc chỉ thị này.")
    assert roles(text, "Quảng Trị", 2024)["lead"] == {"other"}
    # guards: closing a list of named bodies, or only working with someone, they add no one
    assert roles("UBND tỉnh yêu cầu Sở Y tế, Công an tỉnh và các cơ quan liên quan triển khai chỉ thị này.", "Quảng Trị",
                 2024)["lead"] == {"health", "police"}
    assert roles("Đề nghị các cơ quan, đơn vị liên quan và Sở Y tế phối hợp với Sở GD&ĐT thực hiện.", "Quảng Trị",
                 2024)["lead"] == {"health"}


def test_an_office_of_two_bodies_joined_by_and_is_one_body():
    _, att = attribute_text("Văn phòng HĐND và UBND huyện theo dõi, đôn đốc việc thực hiện chỉ thị này.", "Quảng Trị",
                            2024)
    assert {f.name for fs in att.found.values() for f in fs if f.kind == "lead"} == {"Văn phòng HĐND và UBND huyện"}


def test_who_leads_a_team_is_no_part_of_its_name():
    _, att = attribute_text("Đoàn kiểm tra liên ngành do Phó Giám đốc Sở Y tế làm trưởng đoàn đã kiểm tra 30 bếp ăn.",
                            "Quảng Trị", 2024)
    names = {f.name for fs in att.mentions.values() for f in fs}
    assert "Đoàn kiểm tra liên ngành" in names and not any(" do " in n for n in names), names


def test_a_delegation_reported_inspecting_the_preparations_is_visiting():
    # (of fourteen development sentences where a delegation inspects, works with or visits a place, readers gave
    # thirteen no doer)
    text = ("Chiều 20/6, đoàn công tác của UBND tỉnh do Phó Chủ tịch UBND tỉnh dẫn đầu đã kiểm tra công tác chuẩn bị thi "
            "tại huyện Gio Linh.")
    assert roles(text, "Quảng Trị", 2024)["lead"] == set()
    # guard: a delegation at its own task acts for its body
    assert roles("Các đoàn công tác của Công an tỉnh tuần tra quanh các điểm thi trong hai ngày thi.", "Quảng Trị",
                 2024)["lead"] == {"police"}
