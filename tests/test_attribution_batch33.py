"""Session 31: patterns met on real texts read this session, written again in our own words."""

from __future__ import annotations

from tests.attr_helpers import attribute_text, leads_by_paragraph


def _parts(text: str, locality: str = "Điện Biên", year: int = 2024) -> list[tuple[str, str]]:
    tree, att = attribute_text(text, locality, year)
    return [(m.kind, m.role) for c in tree for m in att.mentions.get(c.seq, [])]


def test_an_agency_that_uses_something_after_a_long_setting_acts():
    # "sử dụng" is a duty verb: the agency before it, after a setting of several commas, is the one that acts
    parts = _parts("Khi lưới điện gặp sự cố, ở những điểm thi ở xa, Công ty Điện lực Điện Biên sử dụng máy phát điện "
                   "dự phòng để cấp điện ngay.\n")
    assert ("doer", "electricity") in parts


def test_the_company_named_before_is_the_one_that_uses_the_generators():
    leads = leads_by_paragraph("Công ty Điện lực Điện Biên đã lập phương án cấp điện cho các điểm thi.\n"
                               "Khi có sự cố trên đường dây, công ty sử dụng máy phát điện lưu động.\n", "Điện Biên", 2024)
    assert leads == [{"electricity"}, {"electricity"}]


def test_a_misspelt_name_with_a_word_written_twice_is_still_the_department():
    parts = _parts("Sở Giáo Giáo dục và Đào tạo chịu trách nhiệm chung về tổ chức kỳ thi trên địa bàn tỉnh.\n")
    assert parts == [("doer", "education")]


def test_partners_after_phoi_hop_without_voi_help_the_one_before():
    # "Phối hợp các đơn vị trực thuộc, UBND cấp huyện chuẩn bị …": the committees are partners, not a new subject
    tree, att = attribute_text("Sở Giáo dục và Đào tạo chủ trì tổ chức kỳ thi; phối hợp các đơn vị trực thuộc, UBND cấp "
                               "huyện chuẩn bị đủ phòng thi.\n", "Điện Biên", 2024)
    found = att.found[tree[0].seq]
    assert {f.role for f in found if f.kind == "lead"} == {"education"}
    assert {f.role for f in found if f.kind == "support"} == {"district_pc"}
    # a verb after "phối hợp" is the joint work, not a partner: the next name is a subject of its own
    parts = _parts("Các trường phối hợp tổ chức ôn tập, Công an huyện bảo vệ các điểm thi.\n")
    assert ("doer", "police") in parts


def test_an_abbreviation_in_brackets_inside_a_name_keeps_the_name_whole():
    # "Ủy ban nhân dân (UBND) tỉnh …" is the provincial committee, which only asks; not an unknown "Ủy ban nhân dân"
    parts = _parts("Ủy ban nhân dân (UBND) tỉnh yêu cầu Sở Y tế bố trí cán bộ y tế tại các điểm thi.\n")
    assert ("requester", "provincial_pc") in parts and ("doer", "health") in parts
    assert ("doer", "other") not in parts
    parts = _parts("Sở Giáo dục và Đào tạo (GD&ĐT) tỉnh Điện Biên hướng dẫn các trường ôn tập cho học sinh.\n")
    assert parts == [("doer", "education")]


def test_a_portal_tag_before_a_dash_publishes_the_article_and_does_not_act():
    parts = _parts("Sở TT&TT ĐB - Để kỳ thi diễn ra an toàn, Chủ tịch UBND tỉnh vừa ban hành chỉ thị về tổ chức kỳ thi.\n")
    assert ("doer", "information") not in parts and ("mention", "information") in parts
    # an agency and a dash before words about itself is no tag: it still acts
    parts = _parts("Sở Giáo dục và Đào tạo - cơ quan thường trực của kỳ thi - hướng dẫn các trường ôn tập.\n")
    assert ("doer", "education") in parts


def test_bodies_named_in_a_condition_in_brackets_do_not_take_the_statement():
    # "(đối với những đơn vị được chọn đặt hội đồng thi, ban coi thi …)" says where; the department still acts, and
    # the next sentence goes on with it
    leads = leads_by_paragraph("Sở Giáo dục và Đào tạo hoàn thiện cơ sở vật chất (đối với các trường được chọn đặt hội "
                               "đồng thi, ban coi thi, điểm thi). Tổ chức thi thử cho học sinh lớp 12.\n", "Cà Mau", 2024)
    assert leads == [{"education"}]


def test_a_capitalised_word_typed_twice_does_not_hide_the_department():
    parts = _parts("Sở Sở GD-ĐT Điện Biên cũng bố trí đủ cán bộ coi thi cho các điểm thi.\n")
    assert parts == [("doer", "education")]


def test_a_place_whose_name_opens_with_a_head_word_belongs_to_the_name_before_it():
    # "Hội An" is a city, not an association ("Hội …") of its own
    parts = _parts("Thành đoàn Hội An sẽ tổ chức các đội hình hỗ trợ thí sinh tại các điểm thi.\n", "Quảng Nam", 2022)
    assert ("doer", "youth_union") in parts and ("doer", "other") not in parts


def test_the_sectors_asked_by_name_alone_are_the_departments():
    parts = _parts("Phó Chủ tịch UBND tỉnh yêu cầu các ngành chung tay cùng ngành giáo dục bảo đảm an toàn tại các "
                   "điểm thi.\n")
    assert ("doer", "departments") in parts and ("helper", "education") in parts
    assert ("requester", "provincial_pc") in parts
