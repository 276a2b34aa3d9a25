"""Session 40: patterns met on real texts, written again in our own words."""

from __future__ import annotations

import duckdb
import pytest

from etl.build import run_build
from etl.statements import kind_of
from tests.attr_helpers import attribute_text, leads_by_paragraph, parts, roles

# One paragraph each: its text, the document's locality and year, and the lead and support roles a reader sees.
ONE_PARAGRAPH = {
    # "whoever is concerned" as the one that must act names no one
    # (session 53: the readers of sessions 51-52 gave 17 of 17 such statements no such doer)
    "concerned-bodies-must-act": ("Phó Chủ tịch UBND tỉnh yêu cầu các cơ quan liên quan phải bảo đảm an toàn tuyệt "
                                  "đối cho thí sinh ở vùng lũ.", "Quảng Ngãi", 2022,
                                  {"lead": set(), "support": set()}),
    "competent-bodies-as-subject": ("Các cơ quan chức năng cần có phương án chống ùn tắc quanh các điểm thi vào giờ "
                                    "tan thi.", "Bắc Ninh", 2024, {"lead": set(), "support": set()}),
    # as a partner, or closing a list of named doers, they name no one
    "concerned-bodies-as-partner": ("Sở Y tế chủ trì, phối hợp với các đơn vị có liên quan kiểm tra bếp ăn tại các "
                                    "điểm thi.", "Gia Lai", 2023, {"lead": {"health"}, "support": set()}),
    "concerned-bodies-close-a-list": ("Công an tỉnh, Sở Y tế và các cơ quan liên quan túc trực tại các điểm thi trong "
                                      "hai ngày thi.", "Nam Định", 2023, {"lead": {"police", "health"}, "support": set()}),
    # a request that they only work with a department leaves the task to the department (the closing line of a letter)
    "asked-only-to-work-with": ("Đề nghị các cơ quan, đơn vị liên quan phối hợp với Sở Giáo dục và Đào tạo thực "
                                "hiện tốt các nội dung trên.", "Cà Mau", 2022, {"lead": set(), "support": set()}),
    # a district that directs "its units concerned" keeps the task: they are its own
    # the districts as a plural subject before a helper verb act; after a verb that helps them they are only helped
    "districts-as-plural-subject": ("Để không thí sinh nào phải bỏ thi, các huyện đã hỗ trợ tiền ăn cho hơn 300 học "
                                    "sinh nghèo.", "Sóc Trăng", 2021, {"lead": {"district_pc"}, "support": set()}),
    "district-directs-its-units": ("UBND huyện chỉ đạo các đơn vị liên quan bố trí xe đưa đón thí sinh ở xã xa điểm "
                                   "thi.", "Điện Biên", 2024, {"lead": {"district_pc"}, "support": set()}),
}


@pytest.mark.parametrize("case", sorted(ONE_PARAGRAPH))
def test_one_paragraph_is_read_as_a_reader_reads_it(case):
    text, locality, year, want = ONE_PARAGRAPH[case]
    assert roles(text, locality, year) == want


def test_the_tasks_after_a_district_directs_its_units_stay_the_districts():
    # the sentences after it go on with the district, not with "the units concerned"
    text = ("UBND thị xã chỉ đạo các đơn vị liên quan rà soát các điểm thi trước ngày 20/6. Đồng thời, tăng cường kiểm "
            "tra việc bảo đảm an toàn thực phẩm quanh trường.")
    _, att = attribute_text(text, "Phú Thọ", 2023)
    doers = [{m.role for m in att.mentions[0] if m.kind == "doer" and m.statement == k} for k in (0, 1)]
    assert doers == [{"district_pc"}, {"district_pc"}]


def test_the_bodies_concerned_never_help():
    # as a partner "các cơ quan liên quan" is no support of anyone: the Gaps page would list a partner that is no one
    for text in ("Công an tỉnh chủ trì, phối hợp chặt chẽ với các cơ quan liên quan bảo vệ đề thi.",
                 "Sở Giáo dục và Đào tạo phối hợp với các cơ quan, đơn vị có liên quan của ngành y tế chuẩn bị phòng "
                 "cách ly.",
                 # written without its comma
                 "Công an tỉnh phối hợp chặt chẽ với ngành Giáo dục và các cơ quan đơn vị liên quan bảo vệ nơi in sao "
                 "đề thi."):
        assert "departments" not in roles(text, "Lào Cai", 2023)["support"]


def _one_document(tmp_path, name: str, text: str, *queries: str) -> list[list[tuple]]:
    """Build a folder holding one document; the rows of each query on the database."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / name).write_text(text, encoding="utf-8")
    db = tmp_path / "d.duckdb"
    run_build(folder, db)
    con = duckdb.connect(str(db), read_only=True)
    try:
        return [con.execute(q).fetchall() for q in queries]
    finally:
        con.close()


def test_a_new_sentence_that_only_reports_is_no_duty_of_the_agency_before_it(tmp_path):
    # a news paragraph goes on about the department, then reports a share, a cause and a state in sentences of their
    # own: they are no duty, so the Changes page does not list them as duties that appeared or disappeared; the piece
    # after ";" goes on with the department's duty
    rows, linked = _one_document(
        tmp_path, "hoabinh_2023.txt",
        "Sở Giáo dục và Đào tạo tỉnh Hòa Bình chuẩn bị kỳ thi tốt nghiệp THPT năm 2023\n\n"
        "Sở Giáo dục và Đào tạo bố trí 20 điểm thi tại các huyện và cử cán bộ trực tại mỗi điểm thi; kiểm tra lại hệ "
        "thống camera của các phòng thi trước ngày thi. Trong đó, phần lớn thí sinh là học sinh lớp 12 của các trường "
        "trong tỉnh. Nguyên nhân là năm nay thí sinh tự do đăng ký ít hơn mọi năm.\n",
        "SELECT text, kind FROM statements", "SELECT s.text FROM duty_clauses JOIN statements s USING (statement_id)")
    kinds, aligned = dict(rows), {r[0] for r in linked}
    report = [t for t in kinds if t.startswith(("Trong đó,", "Nguyên nhân"))]
    assert len(report) == 2 and all(kinds[t] == "context" and t not in aligned for t in report)
    assert any(t.startswith("kiểm tra lại hệ thống camera") and t in aligned for t in kinds)
    assert any(t.startswith("Sở Giáo dục và Đào tạo bố trí 20 điểm thi") and t in aligned for t in kinds)


def test_schools_where_the_exam_is_held_after_a_source_are_no_doers():
    # "Theo thông tin từ X, …": X is the source; the schools after "đặt tại" only say where the exam sites are, and
    # the sentence after them does not carry them on as doers (the exam sites themselves act there: role other)
    text = ("Đề thi đã được đưa ra đảo an toàn trước ngày thi.\n\n"
            "Theo thông tin từ UBND TP.Phú Quốc, năm nay, thành phố có 3 điểm thi đặt tại Trường THPT Võ Thị Sáu, "
            "Trường THPT Côn Đảo và Trường THPT Hòa Bình. Các điểm thi đã chuẩn bị đủ phòng thi và phòng chờ.")
    assert leads_by_paragraph(text, "Kiên Giang", 2025) == [set(), {"other"}]


@pytest.mark.parametrize("text", [
    "Trong đó, lực lượng y tế trực tại các điểm thi là 45 cán bộ.",
    "Theo Sở Giáo dục và Đào tạo, số cán bộ làm nhiệm vụ coi thi tại 18 điểm thi là hơn 900 người.",
])
def test_a_number_that_something_is_reports(text):
    # "… là 45 cán bộ": how many there are, not a task; "bố trí 45 cán bộ" would be the task itself
    assert kind_of(text, has_doer=True)[0] == "context"
    assert kind_of("Sở Y tế bố trí 45 cán bộ trực tại các điểm thi.", has_doer=True)[0] == "duty"


def test_work_reported_nearly_done_is_no_duty():
    # "… cơ bản hoàn tất / hoàn thành": how far the preparations have come, not a task
    text = ("Đến nay, việc chuẩn bị tại các điểm thi đã cơ bản hoàn thành, các phòng thi phục vụ kỳ thi được lắp đủ "
            "quạt và đèn.")
    assert kind_of(text, has_doer=True)[0] == "context"


def test_a_province_or_district_named_as_the_one_acting_goes_by_its_committees_name(tmp_path):
    # "tỉnh Sơn La đã …" and "UBND tỉnh …" are one agency: Explore's agency filter, Coverage and the Changes page list
    # it once, under the name the gazetteer gives the province's committee; a district acting is the districts'
    doers, committees = _one_document(
        tmp_path, "sonla_2024.txt",
        "Chuẩn bị kỳ thi tốt nghiệp THPT năm 2024 ở Sơn La\n\n"
        "UBND tỉnh giao Sở Giáo dục và Đào tạo rà soát các điểm thi trước ngày 15/6.\n\n"
        "Từ đầu tháng 6, tỉnh Sơn La đã bố trí xe đưa đón thí sinh ở các xã vùng cao.\n\n"
        "Ngoài ra, huyện Mai Sơn đã chuẩn bị chỗ ăn nghỉ miễn phí cho thí sinh ở xa.\n",
        "SELECT DISTINCT ag.role, ag.name FROM agency_mentions m JOIN agencies ag USING (agency_id) "
        "WHERE m.part = 'doer' AND ag.role IN ('provincial_pc', 'district_pc')",
        "SELECT name FROM agencies WHERE role = 'provincial_pc'")
    assert dict(doers) == {"provincial_pc": "UBND tỉnh", "district_pc": "UBND các huyện, thành phố"}
    assert committees == [("UBND tỉnh",)]


def test_a_committee_that_orders_a_task_naming_no_one_only_asks():
    # "Chủ tịch UBND tỉnh chỉ đạo điều tra, xác minh …": the authority that steers asks for the task; it does not do it
    text = "Chủ tịch UBND tỉnh chỉ đạo điều tra, xác minh và xử lý nghiêm việc lộ đề thi môn Ngữ văn."
    assert roles(text, "Bình Định", 2023) == {"lead": set(), "support": set()}
    assert parts(text, "Bình Định", 2023)["requester"] == {"UBND tỉnh"}
