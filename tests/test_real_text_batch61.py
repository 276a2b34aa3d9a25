"""Session 59: patterns met on real texts (session 58's held-out batches, development now), in our own words."""

from __future__ import annotations

from tests.attr_helpers import meta_of, parts, roles


def test_a_weather_box_names_no_locality():
    # a news site's weather box: one line per city with its temperature, then the same cities as a list, over a
    # ministry's text that names no province
    cities = "\n".join(f"{c} {t} °C" for c, t in (("Hà Nội", 21), ("Đà Nẵng", 27), ("Cần Thơ", 30)))
    listed = "\n".join(f"  • {c} Hà Nội {t}°C" for c, t in (("Hà Nội", 21), ("Đà Nẵng", 27), ("Cần Thơ", 30)))
    text = (f"{cities}\n{listed}\n\nBộ Y tế nhắc các sở y tế giữ xe cứu thương ở điểm thi\n\n"
            "Bộ Y tế vừa đề nghị Sở Y tế các tỉnh, thành phố bố trí xe cứu thương và kíp trực cấp cứu gần mỗi điểm "
            "thi trong những ngày thi tốt nghiệp THPT năm 2023.\n")
    meta = meta_of(text)
    assert meta.values.get("locality") != "Hà Nội"
    assert meta.values.get("title") == "Bộ Y tế nhắc các sở y tế giữ xe cứu thương ở điểm thi"
    # guard: a sentence that gives a temperature stays text
    text = ("UBND tỉnh Nghệ An yêu cầu các điểm thi chuẩn bị quạt và nước uống vì trời có thể nóng tới 39 °C trong "
            "những ngày thi.\n")
    assert meta_of(text).values.get("locality") == "Nghệ An"


def test_a_school_that_works_hard_is_named_without_the_adverb():
    # "tích cực", "kịp thời", "nhanh chóng" after a school's name say how it acts; they are no part of its name
    # (a school doing its own work is named only, session 60)
    got = parts("Thầy và trò Trường THPT Trần Phú tích cực ôn tập trong những tuần trước kỳ thi.\n", "Hà Tĩnh", 2024)
    assert got["mention"] == {"Trường THPT Trần Phú"} and "doer" not in got
    got = parts("Ban Tổ chức Hội thi Kỳ Anh kịp thời báo cáo các tình huống phát sinh tại điểm thi.\n", "Hà Tĩnh", 2024)
    assert got["doer"] == {"Ban Tổ chức Hội thi Kỳ Anh"}


def test_the_police_named_by_the_bare_sector_word_after_a_partner_word_help():
    # "phối hợp với công an và …", "cùng với công an + verb": one lower-case sector word, no list, is still a partner
    text = "Dân quân tự vệ xã phối hợp với công an và đoàn viên thanh niên giữ trật tự trước cổng điểm thi.\n"
    assert "police" in roles(text, "Bắc Giang", 2024)["support"]
    text = "Hội đồng thi cử hai cán bộ thư ký cùng với công an canh giữ bài thi suốt đêm.\n"
    assert roles(text, "Bắc Giang", 2024)["support"] == {"police"}
