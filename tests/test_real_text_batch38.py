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
