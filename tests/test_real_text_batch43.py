"""Session 41: patterns met on real texts, written again in our own words."""

from __future__ import annotations

import pytest

from tests.attr_helpers import attribute_text, roles
from tests.test_real_text_batch42 import _one_document

# One paragraph each: its text, the document's locality and year, and the lead and support roles a reader sees.
ONE_PARAGRAPH = {
    # "chỉ đạo Y trong tỉnh + verb": where Y works comes before the verb, and Y acts (the department only asks)
    "directed-press-in-the-province": ("Sở Thông tin và Truyền thông chỉ đạo các cơ quan báo, đài trong tỉnh tăng "
                                       "cường đưa tin về lịch thi và quy chế thi.", "Hà Nam", 2023,
                                       {"lead": {"press"}, "support": set()}),
    # a sector's agency directing "its units and localities" directs its own: it acts, and they are not the
    # departments and the districts; the provincial committee's units and localities are
    "police-direct-their-units-and-localities": ("Công an tỉnh đã chỉ đạo các đơn vị, địa phương lập phương án bảo vệ "
                                                 "nơi in sao đề thi.", "Nghệ An", 2023,
                                                 {"lead": {"police"}, "support": set()}),
    "committee-directs-units-and-localities": ("UBND tỉnh chỉ đạo các đơn vị, địa phương lập phương án đưa đón thí sinh "
                                               "vùng lũ.", "Nghệ An", 2023,
                                               {"lead": {"district_pc"}, "support": set()}),  # (the units name no
    # sector: session 53, names._group_tails)
    # guard: a department directing another sector's body only asks
    "education-asks-the-power-company": ("Sở Giáo dục và Đào tạo đề nghị Công ty Điện lực tỉnh bảo đảm cấp điện liên "
                                         "tục cho nơi in sao đề thi.", "Thanh Hóa", 2023,
                                         {"lead": {"electricity"}, "support": set()}),
}


@pytest.mark.parametrize("case", sorted(ONE_PARAGRAPH))
def test_one_paragraph_is_read_as_a_reader_reads_it(case):
    text, locality, year, want = ONE_PARAGRAPH[case]
    assert roles(text, locality, year) == want


def test_a_news_lead_after_the_authors_line_is_a_paragraph_of_its_own():
    # headline, the author's name on a line of its own, then the lead on its paper's tag: before, all three ran into
    # one "headline" that the Changes page listed as a dropped duty (it names a sum of money)
    from etl.clean import clean

    text = ("Quảng Trị: Hỗ trợ hơn 90 triệu đồng cho thí sinh vùng lũ\nLê Minh\n"
            "(Báo Mới) - Sáng 2/7, Sở Giáo dục và Đào tạo cho biết đã bố trí chỗ ở miễn phí cho 300 thí sinh ở xa.\n"
            "Các điểm thi đều có cán bộ y tế túc trực trong hai ngày thi.\n")
    assert [p.text for p in clean(text).paragraphs] == [
        "Quảng Trị: Hỗ trợ hơn 90 triệu đồng cho thí sinh vùng lũ Lê Minh",
        "(Báo Mới) - Sáng 2/7, Sở Giáo dục và Đào tạo cho biết đã bố trí chỗ ở miễn phí cho 300 thí sinh ở xa.",
        "Các điểm thi đều có cán bộ y tế túc trực trong hai ngày thi."]


def test_a_sentence_of_prose_that_names_no_doer_shows_none_on_the_pages(tmp_path):
    # a news paragraph: the department's sentence, then the schools at work; the schools are no agency, and the
    # department's name must not be pinned on their sentence (Changes listed it as the department's new duty)
    (rows,) = _one_document(
        tmp_path, "binhthuan_2024.txt",
        "Bình Thuận sẵn sàng cho kỳ thi tốt nghiệp THPT năm 2024\n\n"
        "Sở Giáo dục và Đào tạo đã chỉ đạo bố trí đủ phòng thi dự phòng tại 26 điểm thi trong tỉnh. Lúc này, các trường "
        "đang rà soát lại giấy tờ dự thi của học sinh khối 12.\n",
        "SELECT text, lead_roles FROM duty_occurrences ORDER BY statement_id")
    assert [(t[:20], r) for t, r in rows] == [("Sở Giáo dục và Đào t", "education"), ("Lúc này, các trường ", "")]


def test_a_task_given_by_someone_is_still_the_doers_of_the_sentence():
    # "… nhiệm vụ do Ban Chỉ đạo tỉnh giao" names who gave the task, not someone asked in this piece: the piece after
    # ";" goes on with the departments and districts of the sentence
    text = ("Các sở, ban, ngành, UBND các huyện, thành phố quán triệt kế hoạch thi đến cán bộ, công chức của cơ quan mình; "
            "theo chức năng, nhiệm vụ, chủ động phối hợp thực hiện tốt các nhiệm vụ do Ban Chỉ đạo tỉnh giao.")
    _, att = attribute_text(text, "Lạng Sơn", 2023)
    doers = [{m.role for m in att.mentions[0] if m.kind == "doer" and m.statement == k} for k in (0, 1)]
    assert doers == [{"departments", "district_pc"}] * 2


def test_a_piece_after_a_semicolon_that_only_names_documents_is_no_statement_of_its_own():
    # "…; tuyển sinh lớp 10 … và các văn bản hướng dẫn liên quan.": the list of plans goes on; "hướng dẫn" there names
    # a kind of document, it asks nothing (before, the piece was a duty of its own on the Changes page)
    from etl.statements import split

    text = ("UBND tỉnh yêu cầu các sở, ngành thực hiện nghiêm kế hoạch thi năm 2025 của tỉnh; triển khai kịp thời các kế "
            "hoạch về xét công nhận tốt nghiệp; tuyển sinh vào lớp 10 năm học tới cùng mọi tài liệu hướng dẫn có liên quan.")
    assert split(text) == [
        "UBND tỉnh yêu cầu các sở, ngành thực hiện nghiêm kế hoạch thi năm 2025 của tỉnh;",
        "triển khai kịp thời các kế hoạch về xét công nhận tốt nghiệp; tuyển sinh vào lớp 10 năm học tới cùng mọi tài "
        "liệu hướng dẫn có liên quan."]


def test_a_duty_is_labelled_by_a_statement_that_asks_for_it_not_by_a_report_of_it():
    # a news report's passive sentence joined the duty and shares more of its words, but the Gaps page should name
    # the duty by what a directive asks ("Sở … tổ chức …"), not by "… sẽ được tổ chức vào ngày 5/6"
    from etl.frames import _typical

    statements = [
        {"text": "Kỳ thi vào lớp 10 của tỉnh sẽ được tổ chức vào ngày 5/6 tại 20 điểm thi.", "kind": "context",
         "match_text": "tổ chức kỳ thi lớp 10 điểm"},
        {"text": "Sở Giáo dục và Đào tạo tổ chức kỳ thi vào lớp 10 tại các điểm thi.", "kind": "duty",
         "match_text": "sở giáo dục đào tạo tổ chức kỳ thi lớp 10 điểm"},
        {"text": "Tổ chức kỳ thi lớp 10 đúng lịch tại các điểm thi, ngày thi bảo đảm an toàn.", "kind": "duty",
         "match_text": "tổ chức kỳ thi lớp 10 đúng lịch điểm ngày bảo đảm an toàn"},
    ]
    assert _typical([0, 1, 2], statements) in (1, 2)


@pytest.mark.parametrize("text", [
    "Kết quả kiểm tra cho thấy, các điểm thi của huyện bảo đảm đủ phòng thi và thiết bị theo quy định.",
    "Đến nay, thành phố đã cơ bản hoàn thiện việc chuẩn bị cơ sở vật chất cho kỳ thi.",
])
def test_a_finding_or_a_state_nearly_reached_is_no_duty(text):
    # what an inspection found and work nearly done are reports: the Changes page listed them as new duties
    from etl.statements import kind_of

    assert kind_of(text, has_doer=True)[0] == "context"


def test_the_education_department_asking_its_schools_keeps_the_task():
    text = ("Sở Giáo dục và Đào tạo đã tập huấn cho cán bộ coi thi trong hai ngày. Sở cũng đã yêu cầu các trường bố trí "
            "chỗ ăn, nghỉ miễn phí cho thí sinh ở xã xa.")
    _, att = attribute_text(text, "Quảng Bình", 2019)
    assert [{m.role for m in att.mentions[0] if m.kind == "doer" and m.statement == k} for k in (0, 1)] == [
        {"education"}, {"education"}]
    assert roles("UBND tỉnh yêu cầu các trường bố trí chỗ ăn, nghỉ cho thí sinh ở xa.", "Quảng Bình", 2019)["lead"] == set()


def test_the_department_a_quote_names_bare_changes_the_marking_place():
    # "Giám đốc Sở … cho biết: Sở sẽ thay đổi địa điểm chấm thi …": the bare "Sở" is the department quoted, and
    # changing a place is a task ("thay đổi", "điều chỉnh", "di chuyển" were no verbs the reader knew)
    text = ("Kỳ thi năm nay có 24 điểm thi.\nÔng Trần Văn Bình, Giám đốc Sở Giáo dục và Đào tạo cho biết: Sở sẽ thay đổi "
            "nơi chấm bài, vì khu nhà cũ đã bị nước lũ tràn vào.")
    assert roles(text, "Quảng Trị", 2020, which="Sở sẽ")["lead"] == {"education"}


def test_a_place_that_acts_after_a_cause_and_nen_is_its_committee():
    # "Do …, nên tỉnh X đang …": the main clause opens after "nên"; the province acts (it is no place of something)
    text = "Do nắng nóng kéo dài trong những ngày thi, nên tỉnh Nghệ An đang bố trí thêm bác sĩ trực ở từng điểm thi."
    assert roles(text, "Nghệ An", 2023)["lead"] == {"provincial_pc"}
