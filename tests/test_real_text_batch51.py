"""Session 49: patterns met on real texts (session 48's eighteen batches, development this session), written again
in our own words."""

from __future__ import annotations

from tests.attr_helpers import attribute_text, meta_of, roles


def test_a_body_holding_a_meeting_or_a_press_briefing_does_no_duty_by_it():
    # any agency, not only a committee: "tổ chức họp / họp báo" is an event, as chairing one is (rule chairs_meeting)
    assert roles("Công an tỉnh Ninh Bình tổ chức họp trực tuyến với công an các huyện về kỳ thi.", "Ninh Bình",
                 2023)["lead"] == set()
    assert roles("Sở GD&ĐT đã tổ chức họp báo thông tin về công tác chuẩn bị kỳ thi.", "Ninh Bình", 2023)["lead"] == set()
    # guard: a sector's own conference that deploys its plan is its work (the readers, two of two)
    assert roles("Công an tỉnh tổ chức hội nghị triển khai phương án bảo vệ kỳ thi.", "Ninh Bình", 2023)["lead"] == {
        "police"}


BODY = ("Trong hai ngày thi, Công an tỉnh bố trí lực lượng tuần tra quanh các điểm thi, phân luồng giao thông ở các nút "
        "giao đông người và bảo vệ nơi in sao đề thi suốt ngày đêm. Các đội cảnh sát cơ động túc trực sẵn sàng hỗ trợ.")


def test_page_furniture_is_no_headline():
    # a skip link, reading controls, a CMS's image labels, a breadcrumb, a hotline box or a section name above the
    # headline; a view counter after it
    for furniture in ("Nhảy đến nội dung", "Tăng cỡ chữ Giảm cỡ chữ Gửi thư In Tăng sáng Giảm sáng", "leftcenterrightdel",
                      "Trang chủ >> Tin tức >> An ninh trật tự", "Đường dây nóng: 0209 3852 123", "Thời sự"):
        meta = meta_of(f"{furniture}\nCông an Cao Bằng sẵn sàng bảo vệ kỳ thi\n{BODY}\n")
        assert meta.values.get("title") == "Công an Cao Bằng sẵn sàng bảo vệ kỳ thi", (furniture, meta.values)
    meta = meta_of(f"Công an Cao Bằng sẵn sàng bảo vệ kỳ thi (Lượt xem: 2.045)\n{BODY}\n")
    assert meta.values.get("title") == "Công an Cao Bằng sẵn sàng bảo vệ kỳ thi"
    # a breadcrumb that ends on an agency's name names no doer
    assert roles("Trang chủ >> Tin tức >> Công an Cao Bằng\nKỳ thi diễn ra trong hai ngày 26 và 27/6.", "Cao Bằng", 2025)["lead"] == set()


def test_a_page_stores_date_stamp_before_the_text_is_not_read():
    text = "date 2024-06 Sở Y tế tỉnh Cao Bằng yêu cầu các bệnh viện cử cán bộ trực tại các điểm thi."
    tree, att = attribute_text(text, "Cao Bằng", 2024)
    assert not any("date 2024" in c.text for c in tree)
    assert roles(text, "Cao Bằng", 2024)["lead"] == {"health"}


def test_a_headline_glued_to_the_report_below_it_is_its_own_paragraph():
    # no space between the headline's last word and the lead's time: the headline's committee is not the count's doer
    text = ("Ban Chỉ đạo thi tỉnh Thái Bình sẵn sàng cho kỳ thiChiều 20/6, ông Nguyễn Văn Hòa cho biết năm nay tỉnh có "
            "21.000 thí sinh.")
    tree, _ = attribute_text(text, "Thái Bình", 2024)
    assert [c.text for c in tree][:2] == ["Ban Chỉ đạo thi tỉnh Thái Bình sẵn sàng cho kỳ thi",
                                          "Chiều 20/6, ông Nguyễn Văn Hòa cho biết năm nay tỉnh có 21.000 thí sinh."]
    # guard: a missing space inside a sentence, or a brand, splits nothing
    tree, _ = attribute_text("Sở GD&ĐT đưa thí sinh của trường huyệnTiền Hải về điểm thi và đăng lịch thi lên YouTube.",
                             "Thái Bình", 2024)
    assert len(tree) == 1
