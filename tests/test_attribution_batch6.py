"""Issue 9, third round: mechanisms behind the misses of a new batch of real texts (batch 6, tuning half), each
reproduced in our own words: bare anaphors, lists continued after a semicolon, sector words named as forces,
delegations, a committee's own duty list, and metadata a portal article gives only in its sentences."""

import pytest

from tests.attr_helpers import meta_of as _meta
from tests.attr_helpers import parts, roles


def test_a_bare_so_is_the_department_just_named_or_named_before():
    # After a source ("… cho biết,") the bare "Sở" is the department the speaker works for.
    text = "Ông Hà Văn Tú, Phó Giám đốc Sở Y tế tỉnh, cho biết hiện Sở đang kiểm tra bếp ăn ở các điểm thi."
    assert roles(text, "Lai Châu")["lead"] == {"health"}
    # In a later paragraph it is still the department the article named last.
    text = ("Sở Giáo dục và Đào tạo vừa họp báo về Kỳ thi năm nay.\n\n"
            "Sở cũng đã chỉ đạo các trường rà soát thí sinh có hoàn cảnh khó khăn.")
    assert roles(text, "Lai Châu", which="Sở cũng đã chỉ đạo")["lead"] == {"education"}
    # "các Sở, ngành" is a group, not the anaphor.
    assert roles("Các Sở, ngành liên quan chủ động phối hợp.", "Lai Châu")["lead"] == {"departments"}


def test_the_province_that_acts_is_its_committee():
    assert roles("Tỉnh đã dành 500 triệu đồng hỗ trợ thí sinh nghèo.", "Hà Giang")["lead"] == {"provincial_pc"}
    assert roles("Năm nay tỉnh Hà Giang đã bố trí thêm xe đưa đón thí sinh.", "Hà Giang")["lead"] == {"provincial_pc"}
    # Named only as a place, the province is no agency.
    assert roles("Thí sinh tỉnh Hà Giang dự thi tại 20 điểm thi.", "Hà Giang")["lead"] == set()


def test_a_list_goes_on_after_semicolons():
    text = ("Sở Giáo dục và Đào tạo chủ trì, phối hợp với Trường Đại học Tây Bắc; Học viện Cảnh sát nhân dân; "
            "Trường Cao đẳng Sơn La.")
    assert roles(text, "Sơn La") == {"lead": {"education"}, "support": {"other"}}
    assert {"Trường Đại học Tây Bắc", "Học viện Cảnh sát nhân dân", "Trường Cao đẳng Sơn La"} <= parts(text, "Sơn La")["helper"]


def test_sector_words_named_as_forces_act():
    text = "Lực lượng làm nhiệm vụ ở khu vực in sao gồm công an, y tế, điện lực."
    assert roles(text, "Bắc Ninh")["lead"] == {"police", "health", "electricity"}
    text = "Mỗi xe chở bài thi đều có lực lượng công an, thanh tra đi kèm."
    assert roles(text, "Bắc Ninh")["lead"] == {"police", "inspection"}
    # After a comma, "có lực lượng công an bảo vệ" only helps the subject.
    text = "Sở Giáo dục và Đào tạo chủ trì in sao đề thi, có lực lượng công an bảo vệ."
    assert roles(text, "Bắc Ninh") == {"lead": {"education"}, "support": {"police"}}


def test_a_delegation_acts_for_its_agency_and_the_one_leading_it_is_no_doer():
    text = "Theo kế hoạch, đoàn kiểm tra của Sở Y tế do Giám đốc Sở dẫn đầu sẽ kiểm tra bếp ăn ở ba điểm thi."
    assert roles(text, "Hà Nam")["lead"] == {"health"}
    # Reported as a visit that took place, it is an event: no duty, so no lead (session 9's convention).
    text = "Đoàn kiểm tra của Sở Y tế do Giám đốc Sở dẫn đầu đã làm việc tại ba điểm thi."
    assert roles(text, "Hà Nam")["lead"] == set()
    # A committee that goes to inspect is visiting, whoever leads it (rule visits; session 43: the development readers
    # label "Ban Chỉ đạo … do bà A làm trưởng đoàn đi kiểm tra …" no one's duty, as they do "Ban Chỉ đạo đi kiểm tra …");
    # the one leading it is still no doer.
    text = "Sáng 10/6, Ban Chỉ đạo thi cấp tỉnh do Phó Chủ tịch UBND tỉnh làm trưởng đoàn đi kiểm tra hai huyện."
    assert roles(text, "Hà Nam")["lead"] == set()
    assert "UBND tỉnh" not in parts(text, "Hà Nam").get("doer", set())


def test_the_one_that_assigns_in_the_passive_only_asks():
    text = "Trường Cao đẳng Y tế được Sở Giáo dục và Đào tạo giao chủ trì một điểm thi."
    assert roles(text, "Thái Bình")["lead"] == {"other"}
    assert "Sở Giáo dục và Đào tạo" in parts(text, "Thái Bình")["requester"]


def test_a_committees_duty_list_steers_and_reports():
    text = ("Nhiệm vụ của Ban Chỉ đạo như sau:\n\n"
            "- Chỉ đạo các sở, ngành phối hợp bảo đảm điều kiện tổ chức thi;\n\n"
            "- Báo cáo Chủ tịch UBND tỉnh kết quả tổ chức thi.")
    assert roles(text, "Bắc Giang", which="Chỉ đạo các sở")["lead"] == {"departments"}
    assert roles(text, "Bắc Giang", which="Báo cáo Chủ tịch")["lead"] == {"steering_committee"}


def test_issuing_a_numbered_document_is_asking():
    text = "Ngày 3/6/2024, UBND tỉnh ban hành Quyết định số 77/QĐ-UBND về Kỳ thi."
    assert roles(text, "Bắc Giang")["lead"] == set()
    # Issuing one's own plan with nothing numbered is still acting.
    assert roles("Công an tỉnh ban hành kế hoạch bảo vệ Kỳ thi.", "Bắc Giang")["lead"] == {"police"}


def test_a_portal_sentence_gives_type_number_and_date_with_the_date_first():
    meta = _meta("Lập Ban Chỉ đạo thi năm 2023\n\nNgày 05/6/2023, UBND tỉnh Bắc Giang ban hành Quyết định số "
                 "512/QĐ-UBND về việc thành lập Ban Chỉ đạo thi tốt nghiệp THPT năm 2023.")
    assert (meta.values["doc_type"], meta.values["number"], str(meta.values["issued_date"])) == (
        "Quyết định", "512/QĐ-UBND", "2023-06-05")


@pytest.mark.parametrize("sentence, want", [
    # the number in brackets after the subject, the date after a comma
    ("Chủ tịch UBND tỉnh Yên Bái vừa ban hành Chỉ thị về tăng cường phối hợp tổ chức Kỳ thi năm 2024 (Chỉ thị "
     "số 07/CT-UBND, ngày 14/5/2024).", ("Chỉ thị", "07/CT-UBND", "2024-05-14")),
    ("Văn phòng UBND tỉnh ban hành Công văn số 2210/VP-KGVX, ngày 03/5/2023 truyền đạt ý kiến của lãnh đạo tỉnh "
     "về Kỳ thi.", ("Công văn", "2210/VP-KGVX", "2023-05-03")),
])
def test_a_portal_sentence_gives_the_number_later_in_the_sentence(sentence, want):
    meta = _meta("Tin về Kỳ thi tốt nghiệp THPT\n\n" + sentence)
    assert (meta.values["doc_type"], meta.values["number"], str(meta.values["issued_date"])) == want


def test_a_plan_implementing_a_national_directive_does_not_take_its_number():
    meta = _meta("Tin về Kỳ thi tốt nghiệp THPT\n\nUBND tỉnh vừa ban hành Kế hoạch thực hiện Chỉ thị số 15/CT-TTg "
                 "ngày 12/5/2023 của Thủ tướng Chính phủ về Kỳ thi.")
    assert meta.values.get("number") != "15/CT-TTg"


def test_an_article_without_header_takes_the_locality_it_names_most():
    meta = _meta("Công an TP Cần Thơ bảo vệ đề thi Kỳ thi tốt nghiệp THPT năm 2022\n\n"
                 "Xe của Công an TP Cần Thơ chở đề thi qua huyện Vĩnh Thạnh; thí sinh tỉnh Hậu Giang thi ở nơi khác.")
    assert meta.values["locality"] == "Cần Thơ" and meta.sources["locality"] == "inferred"
    assert any(f == "locality" for f, _ in meta.warnings)
    # A national text that names no province stays without one.
    assert "locality" not in _meta("Các công ty điện lực phía Nam cấp điện cho Kỳ thi tốt nghiệp THPT năm 2022.").values


# Found on the held-out half of batch 6 after its one measured run (development, not generalisation, evidence).

def test_a_deputy_or_a_representative_speaks_for_the_agency():
    assert roles("Đại diện lãnh đạo Công an tỉnh đã trả lời từng câu hỏi của đại biểu.", "Cà Mau")["lead"] == {"police"}
    assert roles("Phó chủ tịch UBND tỉnh Lê Văn Bình cho hay sẽ xử lý dứt điểm các sai phạm.", "Sơn La")["lead"] == {
        "provincial_pc"}


def test_an_opening_phrase_under_someones_direction_ends_at_its_source():
    text = "Dưới sự chỉ đạo, hướng dẫn của Bộ Công an, Công an tỉnh đang xác minh các bài thi có dấu hiệu bất thường."
    assert roles(text, "Sơn La")["lead"] == {"police"}
    assert "Công an tỉnh" in parts(text, "Sơn La")["doer"]
    # "Khi có sự cố," names no source: the list after its first comma stays whole.
    text = "Khi có sự cố, Sở Y tế, Công an tỉnh phối hợp đưa thí sinh đi cấp cứu."
    assert roles(text, "Sơn La")["lead"] == {"health", "police"}


def test_the_province_named_bare_acts_only_with_a_helper_verb():
    assert roles("Hiện, Quảng Ninh đã chuẩn bị đủ phòng thi dự phòng.", "Quảng Ninh")["lead"] == {"provincial_pc"}
    assert roles("Năm nay Quảng Ninh có 40 điểm thi.", "Quảng Ninh")["lead"] == set()


def test_a_delegation_with_a_partner_and_police_named_as_investigators():
    text = "Tổ công tác của Bộ Giáo dục và Đào tạo cùng Ban Chỉ đạo thi cấp tỉnh công bố kết quả xác minh."
    assert roles(text, "Sơn La") == {"lead": {"education"}, "support": {"steering_committee"}}  # the ministry's team
    assert roles("Cơ quan công an đang làm rõ ai đã sửa bài thi.", "Sơn La")["lead"] == {"police"}


def test_universities_named_by_abbreviation_are_kept():
    text = "Cụm thi do Sở Giáo dục và Đào tạo chủ trì, phối hợp với Trường ĐH Quy Nhơn và ĐH Phú Yên tổ chức."
    assert roles(text, "Phú Yên") == {"lead": {"education"}, "support": {"other"}}
    assert {"Trường ĐH Quy Nhơn", "ĐH Phú Yên"} <= parts(text, "Phú Yên")["helper"]


def test_the_inferred_locality_is_explained_in_vietnamese():
    from dashboard.i18n import message

    meta = _meta("Tỉnh Đoàn Vĩnh Long tiếp sức mùa thi năm 2022\n\nTỉnh Đoàn Vĩnh Long đã kêu gọi nhà hảo tâm giúp thí sinh.")
    note = next(m for f, m in meta.warnings if f == "locality")
    assert message(note, "vi") == "không có phần đầu: địa phương là Vĩnh Long, nơi văn bản nhắc đến nhiều nhất"


def test_who_announces_in_a_clause_before_the_subject_does_not_lead():
    text = ("Riêng các điểm in sao đề thi do Sở Giáo dục và Đào tạo chọn, các công ty điện lực phải giữ điện "
            "suốt ngày đêm.")
    assert roles(text, "Cà Mau")["lead"] == {"electricity"}
    # Without a subject of its own after it, "do X …" is still X acting.
    assert roles("Việc in sao đề thi do Sở Giáo dục và Đào tạo thực hiện.", "Cà Mau")["lead"] == {"education"}
