"""Session 38: patterns met on real texts, written again in our own words."""

from __future__ import annotations

import pytest

from tests.attr_helpers import leads_by_paragraph, mention_parts, meta_of, roles

# One paragraph each: its text, the document's locality and year, and the lead roles a reader sees.
ONE_PARAGRAPH = {
    # news gives the day right after the agency's name ("Sở … sáng 9/6 đề nghị …"): the department still only asks,
    # the police it asks act
    "day-after-the-name": ("Sở Giáo dục và Đào tạo sáng 9/6 đề nghị Công an tỉnh cử cán bộ canh gác nơi in sao đề thi "
                           "suốt những ngày thi.", "Yên Bái", 2024, {"police"}),
    # "Sau khi phân công nhiệm vụ cho X, …, Y đề nghị Z …": X was given tasks before; in this sentence Z must act
    "assigned-in-a-time-clause": ("Sau khi phân công nhiệm vụ cho Sở Y tế và Công an tỉnh, Chủ tịch UBND tỉnh đề nghị "
                                  "các sở, ngành triển khai ngay các phương án bảo đảm an toàn cho kỳ thi.", "Sơn La", 2024,
                                  {"departments"}),
    # "Huyện X lưu ý chính quyền địa phương …" in a district's news: the local authorities are the communes
    "district-asks-its-communes": ("Huyện Mường Tè cũng lưu ý chính quyền địa phương nơi có điểm thi theo dõi mưa lũ, hỗ "
                                   "trợ thí sinh khi cần.", "Lai Châu", 2024, {"other"}),
    # "Lãnh đạo huyện đã …": the district's leaders, named by their title and the bare word "huyện", act for the
    # district's committee, as "Huyện đã …" does
    "leaders-of-a-bare-district": ("“Lãnh đạo huyện đã chỉ đạo bố trí xe đưa đón thí sinh ở các xã vùng cao trong hai "
                                   "ngày thi.", "Hà Giang", 2023, {"district_pc"}),
    # "chỉ đạo các cơ quan báo, đài của địa phương + verb": whose they are comes before the verb; the press acts, as
    # with "… của tỉnh" (the department that directs another sector only asks: rule directs)
    "directed-press-of-the-locality": ("Sở Thông tin và Truyền thông chỉ đạo các cơ quan báo, đài của địa phương đưa tin "
                                       "đầy đủ về lịch thi và các điểm thi.", "Ninh Bình", 2024, {"press"}),
}


@pytest.mark.parametrize("case", sorted(ONE_PARAGRAPH))
def test_one_paragraph_is_read_as_a_reader_reads_it(case):
    text, locality, year, leads = ONE_PARAGRAPH[case]
    assert leads_by_paragraph(text, locality, year) == [leads]


def test_a_document_issued_on_a_day_named_after_the_issuer_assigns_nothing_itself():
    # "Chủ tịch UBND tỉnh ngày 3-4 đã có Công điện về …" reports that the chairman issued a document; the chairman is
    # its issuer, not the one who must act
    parts = mention_parts("Chủ tịch UBND tỉnh ngày 3-4 đã có Công điện về việc bảo đảm an ninh cho kỳ thi tốt nghiệp "
                          "năm nay.", "Hòa Bình", 2024)
    assert parts == [("requester", "provincial_pc")]


def test_a_person_named_with_a_district_title_asks_for_the_district_later_by_name():
    # the district's vice-chairwoman is named once with her title; when she later asks "các địa phương" by her name
    # alone, the district asks its communes (role other before the 2025 reform), not the districts
    text = ("Sáng 10/6, Ban Chỉ đạo thi huyện Bảo Lâm họp phiên cuối. Bà Hoàng Thị Mai, Phó Chủ tịch UBND huyện, "
            "chủ trì buổi họp.\n\n"
            "Kết luận buổi họp, bà Hoàng Thị Mai yêu cầu các địa phương rà soát chỗ ở cho thí sinh ở xa.\n\n"
            "Trước đó, bà Mai đề nghị các địa phương sửa lại đường vào điểm thi.")
    leads = leads_by_paragraph(text, "Cao Bằng", 2024)
    assert leads[1:] == [{"other"}, {"other"}]


def test_a_news_page_stamp_with_a_numbered_weekday_or_sa_ch_is_not_part_of_the_headline():
    # a portal prints its post time under the headline as "Thứ 7, 04.07.2020 | 09:40:57" or "11/06/2024 11:12:08 SA":
    # the headline ends above it
    for stamp in ("Thứ 7, 13.06.2020 | 08:15:02", "12/06/2024 10:05:41 SA"):
        meta = meta_of(f"Điện Biên chốt phương án đưa đón thí sinh vùng cao\n{stamp}\n"
                       "Sáng 12/6, Ban Chỉ đạo thi tỉnh họp bàn việc đưa đón thí sinh ở các xã xa điểm thi. Sở Giao thông "
                       "vận tải bố trí xe cho thí sinh các huyện vùng cao.")
        assert meta.values.get("title") == "Điện Biên chốt phương án đưa đón thí sinh vùng cao", stamp


def test_a_committee_leader_inspecting_visits_while_a_sector_inspecting_does_its_duty():
    # a headline in the present: "Phó Chủ tịch UBND tỉnh kiểm tra …" reports a visit (as "đã kiểm tra" does), while the
    # inspectorate's inspection is its own duty
    text = ("Cao Bằng: Phó Chủ tịch UBND tỉnh kiểm tra việc chuẩn bị thi ở huyện Bảo Lạc\n\n"
            "Thanh tra tỉnh kiểm tra việc bảo quản đề thi tại các điểm thi.")
    assert leads_by_paragraph(text, "Cao Bằng", 2024) == [set(), {"inspection"}]
    # (since session 52 a headline "Place: …" names its bodies only, as a caption does: the visiting committee too)
    assert ("mention", "provincial_pc") in mention_parts(text, "Cao Bằng", 2024)
    text = "Phó Chủ tịch UBND tỉnh kiểm tra việc chuẩn bị thi ở huyện Bảo Lạc"
    assert ("requester", "provincial_pc") in mention_parts(text, "Cao Bằng", 2024)


def test_a_province_named_as_the_place_of_work_done_by_a_department_does_not_act():
    # "Tỉnh X tổ chức … do Sở … chủ trì": the province only says where; the department the work is done by acts
    leads = leads_by_paragraph("Năm nay, tỉnh Lai Châu tổ chức hai điểm thi do Sở Giáo dục và Đào tạo chủ trì.\n\n"
                               "Tỉnh tổ chức một hội đồng thi do Sở Giáo dục và Đào tạo chủ trì.", "Lai Châu", 2024)
    assert leads == [{"education"}, {"education"}]


def test_the_units_of_a_sector_named_as_partners_make_that_sector_a_partner():
    # "phối hợp với các cơ quan, đơn vị có liên quan của ngành X": X's own units are the partners, so X helps
    got = roles("Sở Y tế phối hợp với các cơ quan, đơn vị có liên quan của ngành giáo dục bảo đảm nước uống sạch tại các "
                "điểm thi.", "Nam Định", 2024)
    assert got == {"lead": {"health"}, "support": {"education"}}
