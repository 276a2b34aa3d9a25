"""etl/agencies.attribute() on readings that session 11 changed or that no test pinned (mutation round fourteen): a
force that is simply present where nobody else acts is the clause's lead (and keeps the helper it works with), beside an
agency that acts it only helps; a numbered item's request covers its own points only; a short news line without a full
stop that gives its agency a task keeps that agency even when the task concerns a meeting; a bare "Đoàn" is the team
named before it, and only a team. Each text is written for this test; each assertion is what the Document page and the
clause's lead and support list show."""

from __future__ import annotations

from tests.test_agencies_carry_unit import MARKED_NOTHING, shown

POLICE = "Công an tỉnh"

# The second sentence of a numbered item: nobody acts in it but the force that is there.
PRESENT = ("2. Kỳ thi năm nay diễn ra trong hai ngày với hơn mười nghìn thí sinh dự thi. "
           "Các trường đã bố trí phòng chờ, có công an trực suốt ngày đêm.")


def test_a_force_present_where_nobody_acts_is_the_lead_named_on_its_own_words():
    # The lead list names the provincial police, says why (force_alone) and marks "công an" in the second sentence,
    # after the item's number: the same row as the Document page's mark.
    assert shown(PRESENT, found=True) == [(POLICE, "lead", "force_alone", "công an", 1)]
    assert shown(PRESENT) == [(POLICE, "doer", "force_alone", "công an", 1)]


def test_the_same_force_beside_an_agency_that_acts_only_helps():
    text = ("2. Kỳ thi năm nay diễn ra trong hai ngày với hơn mười nghìn thí sinh dự thi. Sở Giáo dục và Đào tạo "
            "bố trí phòng chờ tại các điểm thi, có công an trực suốt ngày đêm.")
    assert shown(text, found=True) == [("Sở Giáo dục và Đào tạo", "lead", "subject", "Sở Giáo dục và Đào tạo", 1),
                                       (POLICE, "support", "with_force", "công an", 1)]


def test_a_force_present_where_nobody_acts_keeps_the_helper_it_works_with():
    text = PRESENT.replace("suốt ngày đêm.", "phối hợp với Trung tâm Y tế huyện bảo đảm an toàn cho thí sinh.")
    assert shown(text, found=True) == [
        (POLICE, "lead", "force_alone", "công an", 1),
        ("Trung tâm Y tế các huyện, thành phố", "support", "coordination", "Trung tâm Y tế huyện", 1)]
    # On the Document page only the force is marked as its doer; the health centre stays a helper.
    assert shown(text) == [(POLICE, "doer", "force_alone", "công an", 1),
                           ("Trung tâm Y tế các huyện, thành phố", "helper", "coordination", "Trung tâm Y tế huyện", 1)]


def test_an_item_that_asks_for_the_points_under_it_hands_nothing_to_the_next_item():
    # Only an opening paragraph's request passes its addressees to the numbered items below it; a numbered item's
    # request covers its own points ("a)") and stops there.
    text = ("1. Yêu cầu Sở Y tế thực hiện các việc sau:\n\na) Bố trí cán bộ y tế tại các điểm thi.\n\n"
            "2. Rà soát phương án phòng cháy tại các điểm thi.")
    assert shown(text, "a) Bố trí", found=True) == [("Sở Y tế", "lead", "heading", MARKED_NOTHING, 0)]
    assert shown(text, "2. Rà soát", found=True) == []


# A news paragraph typed without a full stop: short, so it looks like a headline, but it names who acts.
NEWS_LINE = "Tin kỳ thi năm nay\n\nCông an tỉnh tăng cường bảo vệ các cuộc họp trong những ngày thi"


def test_a_short_line_without_a_full_stop_keeps_its_agency_when_its_task_concerns_a_meeting():
    # Guarding the meetings is a duty of the police, not a report of a meeting they held.
    assert shown(NEWS_LINE, "Công an", found=True) == [(POLICE, "lead", "subject", POLICE, 0)]


AFTER = "\n\nTheo kế hoạch, Đoàn sẽ kiểm tra hóa đơn nhập hàng của các quán cơm quanh trường."


def test_a_bare_team_word_stands_for_the_team_led_by_an_official_named_before():
    text = ("Đoàn kiểm tra do ông Hà Văn Lâm, Phó Chủ tịch UBND tỉnh dẫn đầu sẽ kiểm tra công tác chuẩn bị thi tại "
            "ba huyện." + AFTER)
    assert shown(text, "Theo kế hoạch", found=True) == [("UBND tỉnh", "lead", "subject_aux", "Đoàn", 0)]


def test_a_bare_team_word_does_not_stand_for_an_agency_that_sent_no_team():
    text = "Sở Y tế lấy mẫu thức ăn tại 12 bếp ăn gần các điểm thi trong tỉnh." + AFTER
    assert shown(text, "Theo kế hoạch", found=True) == []
