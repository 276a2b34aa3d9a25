"""Session 46: patterns met on real texts (development batches), written again in our own words."""

from __future__ import annotations

import pytest

from tests.attr_helpers import attribute_text, roles
from tests.test_real_text_batch47 import doers_by_statement

# One paragraph each: its text, the document's locality and year, and the lead and support roles a reader sees.
ONE_PARAGRAPH = {
    # a youth union's branch inside a force is the youth union at work; the force only owns the branch
    "police-youth-branch-helps-candidates": ("Đoàn Thanh niên Công an tỉnh đã phối hợp cùng Thành đoàn Bảo Lộc dựng "
                                             "lều nước miễn phí trước cổng điểm thi.", "Lâm Đồng", 2022,
                                             {"lead": {"youth_union"}, "support": {"youth_union"}}),
    "health-centre-youth-branch-measures-temperatures": ("Chi đoàn Trung tâm Y tế huyện cử đoàn viên đo thân nhiệt "
                                                         "cho thí sinh ở cổng trường.", "Nghệ An", 2021,
                                                         {"lead": {"youth_union"}, "support": set()}),
    # guard: a comma between them makes two bodies that both act
    "youth-union-and-police-listed": ("Đoàn Thanh niên, Công an huyện cùng dựng chốt hướng dẫn thí sinh quanh điểm "
                                      "thi.", "Nghệ An", 2021, {"lead": {"youth_union", "police"}, "support": set()}),
    # the standing board of a body is that body ("Ban Thường trực Ủy ban MTTQ …" is the Fatherland Front)
    "front-standing-board-hands-out-gifts": ("Ban Thường trực Ủy ban MTTQ tỉnh trao 40 suất quà cho học sinh nghèo "
                                             "trước ngày thi.", "Điện Biên", 2025,
                                             {"lead": {"fatherland_front"}, "support": set()}),
    "gifts-given-by-the-front-standing-board": ("Các suất quà được Ban Thường trực Ủy ban MTTQ tỉnh trao tận tay "
                                                "học sinh nghèo.", "Điện Biên", 2025,
                                                {"lead": {"fatherland_front"}, "support": set()}),
    # "cơ quan chức năng" name no one, acting or as partners ("whoever is concerned", words.toml concerned; session 53:
    # the readers of sessions 51-52, 17 of 17)
    "authorities-prepare-a-plan": ("Ngoài ra, cơ quan chức năng đã lên phương án đón thí sinh vùng sâu tới điểm "
                                   "thi.", "Đắk Lắk", 2023, {"lead": set(), "support": set()}),
    "health-works-with-the-authorities": ("Sở Y tế phối hợp với cơ quan chức năng kiểm tra bếp ăn quanh các điểm thi.",
                                          "Đắk Lắk", 2023, {"lead": {"health"}, "support": set()}),
    # a chairman who goes round with a team to inspect is visiting, whatever comes between ("tiến hành")
    "chairman-and-team-go-to-inspect": ("Chiều 12/6, Chủ tịch UBND tỉnh cùng đoàn công tác của tỉnh tiến hành kiểm "
                                        "tra việc chuẩn bị thi ở huyện Cao Lãnh.", "Đồng Tháp", 2023,
                                        {"lead": set(), "support": set()}),
    # the youth union's own programme as the subject, with a verb after it, is the youth union at work; praised or
    # described ("là …", "có sự tham gia của …") it is no one's task
    "volunteer-programme-is-rolled-out": ("Trong tháng 6, Chương trình Tiếp sức mùa thi được tổ chức ở cả 10 huyện, thị xã.",
                                          "Long An", 2021, {"lead": {"youth_union"}, "support": set()}),
    "volunteer-programme-is-praised": ("Chương trình “Tiếp sức mùa thi” là việc làm đẹp của tuổi trẻ mỗi mùa hè.",
                                       "Long An", 2021, {"lead": set(), "support": set()}),
    # the exam sites asked to act are an agency of their own (role other); where they are only the place, no one
    "exam-sites-asked-to-check": ("Phó Chủ tịch UBND huyện đề nghị các điểm thi kiểm tra lại camera và tủ đựng bài "
                                  "thi.", "Nam Định", 2018, {"lead": {"other"}, "support": set()}),
    "police-on-duty-at-the-exam-sites": ("Công an huyện cắt cử cán bộ trực tại các điểm thi.", "Nam Định", 2018,
                                         {"lead": {"police"}, "support": set()}),
}


@pytest.mark.parametrize("case", sorted(ONE_PARAGRAPH))
def test_one_paragraph_is_read_as_a_reader_reads_it(case):
    text, locality, year = ONE_PARAGRAPH[case][:3]
    assert roles(text, locality, year) == ONE_PARAGRAPH[case][3]


def test_a_standing_board_is_no_unknown_agency():
    # "Ban Thường trực …" before a known name is a title, not a body of its own named "Ban Thường"
    _, att = attribute_text("Ban Thường trực Ủy ban MTTQ tỉnh trao 40 suất quà cho học sinh nghèo.", "Điện Biên", 2025)
    names = {f.name for fs in att.mentions.values() for f in fs}
    assert names == {"Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"}


def test_a_sentence_about_the_exam_sites_takes_no_agency_from_the_one_before():
    # the exam sites (and universities, schools, restaurants) are the subject of their own sentence: the agency of
    # the sentence before is not carried into it (the sites act themselves: role other)
    text = ("Lãnh đạo tỉnh yêu cầu các sở, ngành cùng chính quyền địa phương chăm lo cho thí sinh. "
            "Đặc biệt, các điểm thi bảo đảm bí mật đề thi trong suốt buổi thi.")
    assert doers_by_statement(text, "Hậu Giang", 2021).get(1, set()) == {"other"}
    text = ("Thành đoàn đã lập 12 đội tình nguyện quanh các điểm thi. Một số nhà hàng cũng tổ chức nấu cơm "
            "trưa miễn phí cho thí sinh.")
    assert doers_by_statement(text, "Đắk Nông", 2024).get(1, set()) == set()


def test_the_volunteer_activities_and_their_tasks_are_the_youth_unions():
    text = ("Trong ba ngày thi, các hoạt động tiếp sức mùa thi cũng tập trung chỉ đường cho thí sinh; trông giữ xe miễn "
            "phí; hỗ trợ đi lại cho thí sinh nhà xa.")
    got = doers_by_statement(text, "Đà Nẵng", 2019)
    assert got and all(doers == {"youth_union"} for doers in got.values()), got


def test_the_exam_sites_asked_keep_the_tasks_after_the_semicolon():
    text = "Trưởng đoàn lưu ý các điểm thi giữ nghiêm kỷ luật phòng thi; thường xuyên nhắc cán bộ coi thi làm đúng quy chế."
    _, att = attribute_text(text, "Nam Định", 2018)
    leads = {(f.statement, f.name) for fs in att.found.values() for f in fs if f.kind == "lead"}
    assert {name for _, name in leads} == {"Các điểm thi"} and len(leads) == len({s for s, _ in leads}) >= 1
