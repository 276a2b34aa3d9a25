"""Session 30: a speaker who says something plainly ("nói", "cho hay") and then asks another agency to act only asks.
The words that say someone speaks are one list (etl/words.toml `speech`), read both by the rule that makes such a
speaker the requester and by the reading of "chúng tôi" in a quotation."""

from __future__ import annotations

from tests.attr_helpers import attribute_text


def _parts(text: str) -> list[tuple[str, str]]:
    tree, att = attribute_text(text, "Quảng Trị", 2024)
    return [(m.kind, m.role) for c in tree for m in att.mentions.get(c.seq, [])]


def test_a_speaker_who_says_then_asks_is_no_doer():
    parts = _parts("Giám đốc Sở Giáo dục và Đào tạo nói các điểm thi đã sẵn sàng và yêu cầu Công an huyện tăng cường "
                   "tuần tra quanh các điểm thi.\n")
    assert ("requester", "education") in parts and ("doer", "education") not in parts
    assert ("doer", "police") in parts


def test_a_speaker_who_reports_then_asks_is_no_doer():
    parts = _parts("Tại buổi kiểm tra, Phó Chủ tịch UBND huyện cho hay đã có đủ nhân lực, đồng thời đề nghị Trung tâm Y "
                   "tế huyện bố trí cán bộ trực ở từng điểm thi.\n")
    assert ("requester", "district_pc") in parts and ("doer", "district_pc") not in parts
    assert ("doer", "health") in parts


def test_we_in_a_quotation_after_said_is_the_speakers_agency():
    parts = _parts("Giám đốc Công ty Điện lực Quảng Trị nói: “Chúng tôi bố trí máy phát điện dự phòng tại các điểm thi”.\n")
    assert ("doer", "electricity") in parts


def test_the_mass_organisations_are_the_fronts_not_the_youth_union():
    # "các tổ chức đoàn thể" names the mass organisations as a group; "các tổ chức Đoàn" the youth union's own
    parts = _parts("Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức đoàn thể vận động hỗ trợ thí sinh.\n")
    assert ("doer", "fatherland_front") in parts and ("doer", "youth_union") not in parts
    assert ("doer", "youth_union") in _parts("Tỉnh đoàn và các tổ chức Đoàn trong trường học tổ chức tiếp sức mùa thi.\n")


def test_a_paragraph_that_opens_with_dac_biet_chu_y_goes_on_with_the_ones_asked_before():
    # a report split into paragraphs (as a PDF's are): "Đặc biệt chú ý …" is still the task of those just asked
    parts = _parts("Phó Chủ tịch UBND tỉnh đề nghị các sở, ngành, địa phương phối hợp tổ chức kỳ thi đúng quy định.\n\n"
                   "Đặc biệt chú ý bảo đảm điện tại nơi in sao đề thi.\n")
    tree, att = attribute_text("Phó Chủ tịch UBND tỉnh đề nghị các sở, ngành, địa phương phối hợp tổ chức kỳ thi đúng "
                               "quy định.\n\nĐặc biệt chú ý bảo đảm điện tại nơi in sao đề thi.\n", "Quảng Trị", 2024)
    last = [(m.kind, m.role) for m in att.mentions.get(tree[-1].seq, [])]
    assert ("doer", "departments") in last and ("doer", "district_pc") in last
    assert ("requester", "provincial_pc") in parts
