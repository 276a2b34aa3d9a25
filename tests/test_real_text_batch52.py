"""Session 50: patterns met on real texts (the four development batches of session 50), written again in our own
words."""

from __future__ import annotations

from tests.attr_helpers import roles


def test_a_delegation_led_by_a_province_leader_that_inspects_is_a_visit():
    # "Đoàn công tác do … làm trưởng đoàn, đã kiểm tra …": the leader's committee only visits (rule visits), as when the
    # delegation is named after its leader with "do"
    text = ("Sáng 20/6, Đoàn công tác do ông Lò Văn Sơn, Phó Chủ tịch UBND tỉnh Điện Biên, Trưởng Ban Chỉ đạo thi cấp "
            "tỉnh làm trưởng đoàn, đã kiểm tra công tác chuẩn bị thi tại huyện Tuần Giáo.")
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
    # guard: the members asked to act are the committee at work
    assert roles("Các thành viên Ban Chỉ đạo bám sát địa bàn được phân công.", "Bến Tre", 2021)["lead"] == {
        "steering_committee"}


def test_a_tone_typed_on_the_first_vowel_of_uo_matches_as_the_usual_spelling():
    # "tăng cừơng" (an old keyboard habit) and "tăng cường" are one word to the aligner
    from etl.matching import match_text

    assert match_text("Tăng cừơng công tác phối hợp giữa các ngành.") == match_text(
        "Tăng cường công tác phối hợp giữa các ngành.")
