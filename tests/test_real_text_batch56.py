"""Session 54: patterns met on real texts (session 53's held-out batches, development now), in our own words."""

from __future__ import annotations

from tests.attr_helpers import meta_of, roles


def test_a_place_named_in_a_photo_caption_is_not_what_the_text_is_about():
    text = ("Bộ trưởng Bộ Giáo dục và Đào tạo vừa gửi công điện về ứng phó mưa lớn trong những ngày thi.\n\n"
            "Thứ trưởng kiểm tra điểm thi tại Hà Nội. Ảnh: Minh Tuấn\n\n"
            "Các địa phương rà soát phương án di dời thí sinh khỏi điểm thi có nguy cơ ngập.\n")
    assert meta_of(text).values.get("locality") == "Toàn quốc"
    # (so "các địa phương" of the ministry's text are the provinces)
    assert roles("Các địa phương rà soát phương án di dời thí sinh khỏi điểm thi có nguy cơ ngập.", "Toàn quốc",
                 2025)["lead"] == {"provincial_pc"}
    # guard: the place named in the text's sentences still decides
    text = ("Sở Giáo dục và Đào tạo Hà Nội vừa có văn bản về ứng phó mưa lớn trong những ngày thi.\n\n"
            "Thứ trưởng kiểm tra điểm thi. Ảnh: Minh Tuấn\n\n"
            "Hà Nội rà soát phương án di dời thí sinh khỏi điểm thi có nguy cơ ngập.\n")
    assert meta_of(text).values.get("locality") == "Hà Nội"
