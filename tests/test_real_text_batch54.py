"""Session 52: patterns met on real texts (session 51's batches, all development now), written again in our own words."""

from __future__ import annotations

from etl.read import decode
from tests.attr_helpers import leads_by_paragraph, parts, roles


def test_a_centre_listed_among_the_schools_a_department_directs_is_one_of_its_units():
    text = ("Chủ tịch UBND tỉnh yêu cầu Sở GD&ĐT chỉ đạo và kiểm tra các trường THPT, PTDTNT, Trung tâm Giáo dục thường "
            "xuyên tỉnh hoàn tất chương trình học; tổ chức ôn tập cho học sinh yếu.")
    assert roles(text, "Quảng Nam", 2024)["lead"] == {"education"}
    # guard: a centre named as a subject of its own still acts
    assert roles("Trung tâm Giáo dục thường xuyên tỉnh tổ chức ôn tập cho học viên.", "Quảng Nam", 2024)["lead"] == {
        "other"}


def test_a_body_asking_its_own_teams_or_units_keeps_the_duty():
    assert roles("Lãnh đạo Đội CSGT yêu cầu các tổ tuần tra có mặt ở các nút giao từ 6 giờ sáng.", "Vĩnh Phúc",
                 2021)["lead"] == {"police"}
    assert roles("PC Hà Nam đã chỉ đạo đến các đơn vị trực thuộc rà soát đường dây cấp điện cho điểm thi.", "Hà Nam",
                 2025)["lead"] == {"electricity"}
    assert "requester" not in parts("Giám đốc Công an tỉnh yêu cầu cán bộ, chiến sĩ giữ trật tự quanh điểm thi.",
                                    "Vĩnh Phúc", 2021)


def test_a_patrol_team_of_a_police_office_acts_for_the_police():
    text = ("Bên cạnh lực lượng giao thông các huyện, Đội tuần tra kiểm soát của Phòng CSGT Công an tỉnh còn cử thêm 30 "
            "cán bộ phân luồng ở các điểm thi.")
    assert roles(text, "Vĩnh Phúc", 2021)["lead"] == {"police"}


def test_a_province_named_after_a_ministrys_advice_and_a_comma_acts():
    # a ministry has no province for an address: after "… của Bộ Y tế," the province is the next subject
    text = "Theo khuyến nghị của Bộ Y tế, tỉnh Tiền Giang đang tiêm vắc xin cho cán bộ coi thi."
    assert roles(text, "Tiền Giang", 2021)["lead"] == {"provincial_pc"}
    text = "Theo khuyến nghị của Bộ Y tế, Sở Y tế đang tiêm vắc xin cho cán bộ coi thi."
    assert roles(text, "Tiền Giang", 2021)["lead"] == {"health"}
    assert parts(text, "Tiền Giang", 2021)["mention"] == {"Bộ Y tế"}
    # guard: a district police named with its province stays one agency
    assert roles("Công an huyện Cái Bè, tỉnh Tiền Giang bố trí lực lượng ở điểm thi.", "Tiền Giang",
                 2021)["lead"] == {"police"}


def test_a_numbered_picture_place_after_a_headline_is_a_caption():
    text = ("Bộ Giao thông vận tải yêu cầu các đơn vị bảo đảm an toàn giao thông cho kỳ thi.\n"
            "Vận chuyển đề thi an toàn cho kỳ thi năm nay - Ảnh 1.\n")
    assert leads_by_paragraph(text, "Toàn quốc", 2023) == [{"transport"}, set()]


def test_a_text_file_holding_a_pages_markup_is_read_as_the_page():
    data = ("<div> <div> <p>Sáng nay, Sở GD&amp;ĐT tỉnh Sơn La kiểm tra 12 điểm thi.</p> <p>Công an tỉnh bố trí lực "
            "lượng bảo vệ ở mọi điểm thi.</p> <p>Điện lực Sơn La trực 24/24 giờ.</p></div></div>").encode()
    text = decode(data, "trang.txt").text
    assert "<p>" not in text and "&amp;" not in text
    assert text.splitlines() == ["Sáng nay, Sở GD&ĐT tỉnh Sơn La kiểm tra 12 điểm thi.",
                                 "Công an tỉnh bố trí lực lượng bảo vệ ở mọi điểm thi.", "Điện lực Sơn La trực 24/24 giờ."]
    # guard: prose that names one tag is prose
    assert decode("Thẻ <p> đánh dấu một đoạn văn.".encode(), "ghi-chu.txt").text == "Thẻ <p> đánh dấu một đoạn văn."
