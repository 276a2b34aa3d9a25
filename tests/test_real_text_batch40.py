"""Session 38: patterns met on real texts, written again in our own words."""

from __future__ import annotations

from tests.attr_helpers import leads_by_paragraph, mention_parts


def test_a_day_between_the_agency_and_its_verb_does_not_hide_who_asks():
    # news gives the day right after the agency's name ("Sở … sáng 9/6 đề nghị …"): the department still only asks,
    # the police it asks act
    leads = leads_by_paragraph("Sở Giáo dục và Đào tạo sáng 9/6 đề nghị Công an tỉnh cử cán bộ canh gác nơi in sao đề "
                               "thi suốt những ngày thi.", "Yên Bái", 2024)
    assert leads == [{"police"}]


def test_a_document_issued_on_a_day_named_after_the_issuer_assigns_nothing_itself():
    # "Chủ tịch UBND tỉnh ngày 3-4 đã có Công điện về …" reports that the chairman issued a document; the chairman is
    # its issuer, not the one who must act
    parts = mention_parts("Chủ tịch UBND tỉnh ngày 3-4 đã có Công điện về việc bảo đảm an ninh cho kỳ thi tốt nghiệp "
                          "năm nay.", "Hòa Bình", 2024)
    assert parts == [("requester", "provincial_pc")]


def test_an_assignment_inside_an_opening_time_clause_is_background_the_main_clause_decides():
    # "Sau khi phân công nhiệm vụ cho X, …, Y đề nghị Z …": X was given tasks before; in this sentence Z must act
    leads = leads_by_paragraph("Sau khi phân công nhiệm vụ cho Sở Y tế và Công an tỉnh, Chủ tịch UBND tỉnh đề nghị "
                               "các sở, ngành triển khai ngay các phương án bảo đảm an toàn cho kỳ thi.", "Sơn La", 2024)
    assert leads == [{"departments"}]


def test_a_person_named_with_a_district_title_asks_for_the_district_later_by_name():
    # the district's vice-chairwoman is named once with her title; when she later asks "các địa phương" by her name
    # alone, the district asks its communes (role other before the 2025 reform), not the districts
    text = ("Sáng 10/6, Ban Chỉ đạo thi huyện Bảo Lâm họp phiên cuối. Bà Hoàng Thị Mai, Phó Chủ tịch UBND huyện, "
            "chủ trì buổi họp.\n\n"
            "Kết luận buổi họp, bà Hoàng Thị Mai yêu cầu các địa phương rà soát chỗ ở cho thí sinh ở xa.\n\n"
            "Trước đó, bà Mai đề nghị các địa phương sửa lại đường vào điểm thi.")
    leads = leads_by_paragraph(text, "Cao Bằng", 2024)
    assert leads[1:] == [{"other"}, {"other"}]


def test_a_district_named_by_its_place_asks_its_local_authorities_which_are_the_communes():
    # "Huyện X lưu ý chính quyền địa phương …" in a district's news: the local authorities are the communes
    leads = leads_by_paragraph("Huyện Mường Tè cũng lưu ý chính quyền địa phương nơi có điểm thi theo dõi mưa lũ, hỗ "
                               "trợ thí sinh khi cần.", "Lai Châu", 2024)
    assert leads == [{"other"}]
