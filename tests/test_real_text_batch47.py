"""Session 45: patterns met on real texts (development batches), written again in our own words."""

from __future__ import annotations

import pytest

from tests.attr_helpers import attribute_text, roles

# One paragraph each: its text, the document's locality and year, and the lead and support roles a reader sees.
ONE_PARAGRAPH = {
    # what a speaker tells has a subject of its own, after a setting too, even when it is a chain of units
    "police-tell-what-their-unit-did": ("Công an huyện Cao Lộc cho biết, trưa 27/6, lực lượng CSGT của Đội CSGT - trật "
                                        "tự Công an huyện vừa đưa một thí sinh bị ốm tới điểm thi.", "Lạng Sơn",
                                        2024, {"lead": {"police"}, "support": set()}),
    # what a district has is a trait of the place, no one's task; what it has to do is its task
    "district-has-a-wide-territory": ("Huyện Bình Gia có địa bàn rộng, nhiều thôn cách điểm thi hơn 30 km.",
                                      "Lạng Sơn", 2024, {"lead": set(), "support": set()}),
    "district-has-a-duty": ("Huyện Bình Gia có trách nhiệm bố trí xe đưa thí sinh nhà xa tới điểm thi.", "Lạng Sơn",
                            2024, {"lead": {"district_pc"}, "support": set()}),
    # "các địa phương, đơn vị" are the districts and the departments, as "các đơn vị, địa phương" are
    "localities-and-units": ("Các địa phương, đơn vị liên quan rà soát phương án đưa đón thí sinh vùng sâu.",
                             "Hà Tĩnh", 2020, {"lead": {"district_pc", "departments"}, "support": set()}),
    # guard: the province's committee that asks the districts in writing only asks (a force asking its own units:
    # test_a_force_asking_its_own_units_in_writing_keeps_the_duty)
    "committee-letter-directs-districts": ("UBND tỉnh đã ban hành công văn chỉ đạo UBND các huyện bố trí xe đưa đón "
                                           "thí sinh.", "Phú Thọ", 2020, {"lead": {"district_pc"}, "support": set()}),
    # a power company's branches in the districts are the power company, not the districts' committees
    "power-company-branches-in-districts": ("Công ty Điện lực giao chi nhánh điện các huyện, thị xã kiểm tra đường "
                                            "dây cấp điện cho các điểm thi.", "Quảng Nam", 2017,
                                            {"lead": {"electricity"}, "support": set()}),
    # a force a sentence says must be there does the task, after a setting and a modal too
    "police-must-guard-the-store": ("Tại mỗi điểm thi, phòng bảo quản bài thi luôn phải có lực lượng công an "
                                    "canh gác suốt ngày đêm.", "Vĩnh Long", 2019, {"lead": {"police"}, "support": set()}),
    # "Vì …," opens a purpose before the subject, as "Để …," does
    "province-decides-for-a-reason": ("Vì sức khỏe của thí sinh, tỉnh Quảng Ninh quyết định xét nghiệm cho toàn bộ "
                                      "cán bộ coi thi.", "Quảng Ninh", 2021,
                                      {"lead": {"provincial_pc"}, "support": set()}),
    # traffic police named as their officers
    "traffic-officers-direct-traffic": ("Từ sáng sớm, các chiến sỹ giao thông đã phân luồng trên những tuyến đường "
                                        "dẫn vào điểm thi.", "Thanh Hóa", 2021,
                                        {"lead": {"police"}, "support": set()}),
    # the young people of a place are its youth union
    "young-people-of-a-district-cook": ("Tuổi trẻ Cam Lộ nấu cơm trưa không lấy tiền cho thí sinh nhà xa.", "Quảng Trị",
                                        2020, {"lead": {"youth_union"}, "support": set()}),
    # a count may stand before the subject: the volunteers counted are the youth union at work (staff someone
    # deploys, with the count after the verb, are not)
    "volunteers-counted-as-subject": ("Trong hai ngày thi, 450 tình nguyện viên có mặt ở các điểm thi để chỉ đường "
                                      "cho thí sinh.", "Quảng Trị", 2020, {"lead": {"youth_union"}, "support": set()}),
    "health-department-deploys-counted-staff": ("Sở Y tế bố trí 50 nhân viên y tế tại các điểm thi.", "Quảng Trị",
                                                2020, {"lead": {"health"}, "support": set()}),
    # "Theo Báo X," names where the news comes from; the body after the comma acts
    "newspaper-quotes-a-department": ("Theo Báo Quảng Ngãi, Sở Y tế đã lập ba đội cấp cứu cơ động cho kỳ thi.",
                                      "Quảng Ngãi", 2023, {"lead": {"health"}, "support": set()}),
}


@pytest.mark.parametrize("case", sorted(ONE_PARAGRAPH))
def test_one_paragraph_is_read_as_a_reader_reads_it(case):
    text, locality, year, want = ONE_PARAGRAPH[case]
    assert roles(text, locality, year) == want


def doers_by_statement(text: str, locality: str, year: int) -> dict[int, set[str]]:
    """The roles of the doers of every statement of a one-paragraph text, carried ones too (by statement index)."""
    _, att = attribute_text(text, locality, year)
    out: dict[int, set[str]] = {}
    for fs in att.mentions.values():
        for f in fs:
            out.setdefault(f.statement, set())
            if f.kind == "doer":
                out[f.statement].add(f.role)
    return out


def test_a_force_asking_its_own_units_in_writing_keeps_the_duty():
    # the provincial police's plan directs the district police: both do the task (as "Công an tỉnh chỉ đạo Công an
    # các huyện …" without the plan)
    _, att = attribute_text("Công an tỉnh đã ban hành kế hoạch chỉ đạo Công an các huyện bố trí lực lượng tuần tra "
                            "quanh các điểm thi.", "Phú Thọ", 2020)
    doers = {f.name for fs in att.mentions.values() for f in fs if f.kind == "doer"}
    assert doers == {"Công an tỉnh", "Công an các huyện, thành phố"}


def test_a_force_after_a_semicolon_does_the_task():
    # "…; có công an canh gác …": the piece after ";" says the police guard the store
    text = "Phòng bảo quản đề thi có tủ sắt khóa kỹ; có công an canh gác 24/24 giờ."
    assert roles(text, "Thanh Hóa", 2022) == {"lead": {"police"}, "support": set()}


def test_a_sentence_about_a_work_area_or_the_schools_takes_no_agency_from_the_one_before():
    # its subject is the work ("Công tác bảo mật đề thi …") or the schools (no agency): a state or the schools' own
    # task, not the police's or the department's
    text = ("Công an tỉnh đã bố trí lực lượng canh gác nơi in sao đề thi. Đặc biệt, công tác bảo mật đề thi phải thật "
            "chặt chẽ, an toàn; công tác vận chuyển đề thi được bảo vệ suốt tuyến đường.")
    assert doers_by_statement(text, "Cần Thơ", 2017).get(1, set()) == set()
    text = ("Sở Giáo dục và Đào tạo vừa mở lớp tập huấn cho cán bộ coi thi. Các trường THCS, THPT tổ chức ôn tập cho học sinh "
            "theo kế hoạch.")
    assert doers_by_statement(text, "Nghệ An", 2022) == {0: {"education"}}


def test_a_connective_under_a_photo_caption_opens_the_next_paragraph():
    # a web page's caption has no full stop; "Ngoài ra, đơn vị còn …" on the next line is a paragraph of its own that
    # goes on about the police, not the caption's last words
    text = ("Công an huyện bố trí lực lượng phân luồng giao thông trước cổng trường THPT Hòa Bình.\n"
            "Cổng trường sáng ngày thi đầu tiên\n"
            "Ngoài ra, đơn vị còn tuần tra ban đêm quanh nơi cất giữ đề thi.")
    tree, att = attribute_text(text, "Đắk Lắk", 2024)
    last = tree[-1]
    assert last.text == "Ngoài ra, đơn vị còn tuần tra ban đêm quanh nơi cất giữ đề thi."
    assert {f.role for f in att.found.get(last.seq, []) if f.kind == "lead"} == {"police"}
