"""Session 58: patterns met on real texts (session 57's held-out batches, development now), in our own words."""

from __future__ import annotations

from tests.attr_helpers import roles


def test_who_sits_on_a_committee_is_no_heading_of_duties():
    # the deputy heads are named by their posts: the departments only say whose leaders they are, nobody is given work
    text = ("Ban Chỉ đạo kỳ thi của tỉnh có 9 Phó Trưởng ban là các Phó Giám đốc Sở GD&ĐT, lãnh đạo Công an tỉnh, "
            "Sở Y tế, Sở Tài chính và Tỉnh đoàn.\n")
    assert roles(text, "Hà Nam", 2025)["lead"] == set()
    # guard: a heading that names only agencies still gives them the items under it
    text = "1. Công an tỉnh, Sở Y tế:\n- Bố trí lực lượng trực tại các điểm thi.\n"
    assert roles(text, "Hà Nam", 2025, which="Bố trí lực lượng")["lead"] == {"police", "health"}


def test_a_youth_branch_inside_a_body_the_gazetteer_does_not_know_is_the_youth_union():
    # "Đoàn trường" of a school, "Chi đoàn" of a border post: the youth union's branch; the school or the post only owns it
    text = "Đoàn trường Trường THPT Lê Lợi phối hợp với Huyện đoàn nấu cơm trưa cho thí sinh ở xa.\n"
    assert roles(text, "Hà Tĩnh", 2023) == {"lead": {"youth_union"}, "support": {"youth_union"}}
    text = "Chi đoàn Thanh niên Đồn Biên phòng Cửa Tùng chở thí sinh ở xã đảo vào đất liền dự thi.\n"
    assert roles(text, "Quảng Trị", 2023)["lead"] == {"youth_union"}
    # guard: a school named on its own still acts
    text = "Trường THPT Lê Lợi bố trí phòng nghỉ trưa cho thí sinh ở xa.\n"
    assert roles(text, "Hà Tĩnh", 2023)["lead"] == {"other"}


def test_a_ministry_singled_out_with_the_duty_after_it_acts():
    # "Đối với X cần …" with no comma: the tasks are X's, as "Đối với X, …" already was
    text = ("Đối với Bộ Lao động - Thương binh và Xã hội cần hướng dẫn các trường nghề tuyển sinh sau khi có điểm "
            "thi.\n")
    assert roles(text, "Toàn quốc", 2024)["lead"] == {"labour"}
    # guard: "đối với" inside a sentence only names who the duty is about
    text = "Sở Y tế bố trí cán bộ y tế đối với Trường THPT Lê Lợi trong hai ngày thi.\n"
    assert roles(text, "Hà Tĩnh", 2023)["lead"] == {"health"}
