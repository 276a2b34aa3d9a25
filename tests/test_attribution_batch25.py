"""Issue 9, session 23: what real texts did to the parser (texts outside the repository; our own words)."""

from tests.test_attribution_batch24 import found


def test_a_force_under_whose_watch_or_guard_the_work_is_done_helps():
    # "dưới sự giám sát của X", "với sự bảo vệ của X", "có sự hỗ trợ giám sát, bảo vệ của X": X helps the one acting
    text = "Sở Giáo dục và Đào tạo vận chuyển đề thi đến các điểm thi dưới sự giám sát của Công an tỉnh."
    assert found(text, "Kiên Giang", 2024) == {((0, 0), "education", "doer"), ((0, 0), "police", "helper")}
    text = "Sở Giáo dục và Đào tạo in sao đề thi với sự bảo vệ của lực lượng Cảnh sát cơ động."
    assert found(text, "Kiên Giang", 2024) == {((0, 0), "education", "doer"), ((0, 0), "police", "helper")}
    text = "Túi đề thi được niêm phong, có sự hỗ trợ giám sát, bảo vệ của lực lượng công an tỉnh."
    assert found(text, "Kiên Giang", 2024) == {((0, 0), "police", "helper")}
    # the one under whose direction the work is done only asks: no helper
    text = "Sở Giáo dục và Đào tạo in sao đề thi dưới sự chỉ đạo của Ban Chỉ đạo thi tỉnh."
    assert ("steering_committee", "helper") not in {(r, p) for _, r, p in found(text, "Kiên Giang", 2024)}


def test_a_sector_body_named_by_its_head_alone_is_kept():
    # a dispatch to schools: "the health centre on your area", "the education office" without a place after them
    text = ("Phối hợp với Công an huyện bảo đảm an ninh tại điểm thi; phối hợp với Trung tâm Y tế trên địa bàn bố trí "
            "cán bộ y tế.")
    assert ((0, 1), "health", "helper") in found(text, "Lào Cai", 2024)
    assert found("Phòng Giáo dục chỉ đạo các trường tổ chức ôn tập.", "Lào Cai", 2024) == {((0, 0), "education", "doer")}
    # a bare "Trung tâm" or "Công ty" names no one
    assert found("Trung tâm phối hợp với Công ty bố trí xe đưa đón thí sinh.", "Lào Cai", 2024) == set()


def test_volunteer_teams_are_the_youth_union():
    text = "Trong giờ thi, các đội tình nguyện tuyên truyền phòng chống đuối nước cho người nhà thí sinh."
    assert found(text, "Hà Tĩnh", 2022) == {((0, 0), "youth_union", "doer")}
