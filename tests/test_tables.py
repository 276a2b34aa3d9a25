"""Tables in directives (session 24, our own words): a Word letterhead laid out in a table is the document's header,
read where the page shows it; a plan's task table says who leads and who helps by its columns."""

import io

from docx import Document

from etl.config import Settings
from etl.pipeline import parse_document
from etl.read import decode


def _parsed(name: str, data: bytes):
    return parse_document(name, decode(data, name), None, Settings.from_env())


def _word(build) -> bytes:
    doc = Document()
    build(doc)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def _letter(doc) -> None:
    head = doc.add_table(rows=1, cols=2)
    head.cell(0, 0).text = "ỦY BAN NHÂN DÂN\nTỈNH CAO BẰNG\nSố: 11/CT-UBND"
    head.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nCao Bằng, ngày 8 tháng 5 năm 2024"
    for text in ("CHỈ THỊ", "Về công tác chuẩn bị Kỳ thi tốt nghiệp THPT năm 2024",
                 "Để kỳ thi diễn ra an toàn, Chủ tịch UBND tỉnh yêu cầu:",
                 "1. Sở Giáo dục và Đào tạo chủ trì tổ chức kỳ thi trên địa bàn tỉnh.",
                 "2. Công an tỉnh bảo vệ tuyệt đối an toàn đề thi, bài thi."):
        doc.add_paragraph(text)
    sign = doc.add_table(rows=1, cols=2)
    sign.cell(0, 0).text = "Nơi nhận:\n- Như trên;\n- Lưu: VT."
    sign.cell(0, 1).text = "CHỦ TỊCH\n\nHoàng Văn Minh"


def test_a_letterhead_laid_out_in_a_word_table_is_read_as_the_header():
    doc = _parsed("chithi.docx", _word(_letter))
    meta = doc.meta
    assert (meta["number"], str(meta["issued_date"]), meta["locality"]) == ("11/CT-UBND", "2024-05-08", "Cao Bằng")
    # the signature block closes the document: no clause of it carries the last item's agency
    texts = [c.text for c in doc.clauses]
    assert texts[-1].startswith("2. Công an tỉnh") and not any("Hoàng Văn Minh" in t for t in texts)


_PLAN_ROWS = [("STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"),
              ("1", "Tập huấn nghiệp vụ cho cán bộ coi thi", "Sở Giáo dục và Đào tạo", "Công an tỉnh", "Tháng 5"),
              ("2", "Bảo đảm cấp điện cho các điểm thi", "Công ty Điện lực Cao Bằng", "Sở Công Thương, UBND các huyện",
               "Tháng 6")]


def _task_table(doc) -> None:
    table = doc.add_table(rows=len(_PLAN_ROWS), cols=5)
    for i, row in enumerate(_PLAN_ROWS):
        for j, text in enumerate(row):
            table.cell(i, j).text = text


def _roles(doc) -> dict[str, tuple[set, set]]:
    return {c.text.split(" | ")[1]: ({f.role for f in doc.found.get(c.seq, []) if f.kind == "lead"},
                                     {f.role for f in doc.found.get(c.seq, []) if f.kind == "support"})
            for c in doc.clauses if " | " in c.text}


def test_a_task_tables_columns_say_who_leads_and_who_helps():
    def plan(doc) -> None:
        doc.add_paragraph("KẾ HOẠCH")
        doc.add_paragraph("Triển khai kỳ thi tốt nghiệp năm 2024 của tỉnh Cao Bằng")
        doc.add_paragraph("I. PHÂN CÔNG NHIỆM VỤ")
        _task_table(doc)

    got = _roles(_parsed("kehoach.docx", _word(plan)))
    assert got["Nội dung công việc"] == (set(), set())  # the header assigns nothing
    assert got["Tập huấn nghiệp vụ cho cán bộ coi thi"] == ({"education"}, {"police"})
    assert got["Bảo đảm cấp điện cho các điểm thi"] == ({"electricity"}, {"other", "district_pc"})


def test_a_task_table_saved_as_text_reads_the_same():
    text = "KẾ HOẠCH\n\nI. PHÂN CÔNG NHIỆM VỤ\n\n" + "\n\n".join(" | ".join(r) for r in _PLAN_ROWS) + "\n"
    got = _roles(_parsed("kehoach.txt", text.encode("utf-8")))
    assert got["Tập huấn nghiệp vụ cho cán bộ coi thi"] == ({"education"}, {"police"})
    assert got["Bảo đảm cấp điện cho các điểm thi"] == ({"electricity"}, {"other", "district_pc"})


def test_a_task_table_on_a_saved_web_page_or_copied_with_tabs_reads_the_same():
    cells = "".join(f"<td>{c}</td>" for c in _PLAN_ROWS[1][:4]) + "<td></td>"  # an empty last cell
    page = ("<html><body><div class='content'><table><tr><td><p>ỦY BAN NHÂN DÂN</p><p>TỈNH CAO BẰNG</p>"
            "<p>Số: 11/KH-UBND</p></td><td><p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p><p>Cao Bằng, ngày 8 tháng 5 năm "
            "2024</p></td></tr></table><p>KẾ HOẠCH</p><p>I. PHÂN CÔNG NHIỆM VỤ</p><table><tr>"
            + "".join(f"<th>{c}</th>" for c in _PLAN_ROWS[0]) + f"</tr><tr>{cells}</tr></table></div></body></html>")
    doc = _parsed("kehoach.html", page.encode("utf-8"))
    assert doc.meta["number"] == "11/KH-UBND"  # a letterhead table's cells stay lines of their own
    assert _roles(doc)["Tập huấn nghiệp vụ cho cán bộ coi thi"] == ({"education"}, {"police"})
    text = "KẾ HOẠCH\nI. PHÂN CÔNG NHIỆM VỤ\n" + "\n".join("\t".join(r) for r in _PLAN_ROWS) + "\n"
    assert _roles(_parsed("kehoach.txt", text.encode("utf-8")))["Bảo đảm cấp điện cho các điểm thi"] == (
        {"electricity"}, {"other", "district_pc"})


def test_a_rows_number_is_its_first_cell_not_an_item_label():
    from etl.agencies import strip_label

    row = " | ".join(_PLAN_ROWS[1])
    assert strip_label(row) == (row, 0)  # the statement shows "1 | Tập huấn …", not "| Tập huấn …"
    assert strip_label("1. Sở Y tế bố trí cán bộ y tế.")[0] == "Sở Y tế bố trí cán bộ y tế."


def test_a_task_table_in_an_annex_after_the_signature_is_read():
    # a plan that says "the tasks in the annex" and signs, then "PHỤ LỤC" with the task table: the annex is body,
    # the recipients and the signature between them are not
    def plan(doc) -> None:
        _letter(doc)
        doc.add_paragraph("PHỤ LỤC")
        doc.add_paragraph("Phân công nhiệm vụ (kèm theo Chỉ thị số 11/CT-UBND)")
        _task_table(doc)

    doc = _parsed("chithi.docx", _word(plan))
    assert _roles(doc)["Bảo đảm cấp điện cho các điểm thi"] == ({"electricity"}, {"other", "district_pc"})
    texts = [c.text for c in doc.clauses]
    assert not any("Hoàng Văn Minh" in t or "Lưu: VT" in t for t in texts)
    assert doc.meta["signer"] == "Hoàng Văn Minh"
    # the same as plain text, the annex numbered; a sentence that only names an annex starts none
    text = ("CHỈ THỊ\n\n1. Sở Y tế bố trí cán bộ y tế tại các điểm thi.\n\n2. Phụ lục kèm theo nêu rõ thời gian."
            "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nHoàng Văn Minh\n\nPhụ lục 01: Phân công nhiệm vụ\n\n"
            + "\n\n".join(" | ".join(r) for r in _PLAN_ROWS) + "\n")
    doc = _parsed("chithi.txt", text.encode("utf-8"))
    assert _roles(doc)["Tập huấn nghiệp vụ cho cán bộ coi thi"] == ({"education"}, {"police"})
    assert [c.label for c in doc.clauses][:3] == ["¶", "1", "2"] and doc.meta["signer"] == "Hoàng Văn Minh"


_SHARED_ROWS = [("STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"),
                ("1", "Đưa tin về lịch thi và các điểm mới của quy chế", "Báo Cao Bằng; Đài Phát thanh và Truyền hình tỉnh",
                 "Sở Giáo dục và Đào tạo", "Tháng 5"),
                ("2", "- Kiểm tra các điểm thi trước ngày thi;\n- Tổng hợp, báo cáo UBND tỉnh kết quả kỳ thi.",
                 "Sở Giáo dục và Đào tạo", "UBND các huyện; Trung tâm Kiểm soát bệnh tật tỉnh", "Tháng 7")]


def test_a_task_table_row_is_one_statement_however_its_cells_are_written():
    # two leads in one cell, parted by ";"; a task cell of two paragraphs; an unknown helper just before the last cell
    def plan(doc) -> None:
        doc.add_paragraph("KẾ HOẠCH")
        doc.add_paragraph("I. PHÂN CÔNG NHIỆM VỤ")
        table = doc.add_table(rows=len(_SHARED_ROWS), cols=5)
        for i, row in enumerate(_SHARED_ROWS):
            for j, text in enumerate(row):
                table.cell(i, j).text = text

    doc = _parsed("kehoach.docx", _word(plan))
    rows = [c for c in doc.clauses if " | " in c.text]
    parts = [sum(r["clause_id"].endswith(f"-{c.seq:03d}") for r in doc.statements) for c in rows]
    assert len(rows) == 3 and parts[1:] == [1, 1]  # (the header row is no duty)
    got = _roles(doc)
    assert got["Đưa tin về lịch thi và các điểm mới của quy chế"] == ({"press"}, {"education"})
    leads, helps = got["- Kiểm tra các điểm thi trước ngày thi; - Tổng hợp, báo cáo UBND tỉnh kết quả kỳ thi."]
    assert (leads, helps) == ({"education"}, {"district_pc", "health"})
    names = {f.name for f in doc.found[rows[2].seq]}
    assert "Trung tâm Kiểm soát bệnh tật tỉnh" in names and not any("|" in n or "Tháng" in n for n in names)


def test_the_lead_column_is_found_however_its_header_is_worded():
    for header in ("Trách nhiệm thực hiện", "Bộ phận phụ trách", "Đơn vị thực hiện", "Cơ quan chủ trì, tham mưu",
                   "Cơ quan, đơn vị chịu trách nhiệm chính"):
        rows = [("TT", "Nội dung", header, "Đơn vị phối hợp", "Thời gian thực hiện"), *_PLAN_ROWS[1:],
                ("3", "Thực hiện tuyên truyền về kỳ thi", "Báo Cao Bằng", "", "Tháng 6")]
        text = "KẾ HOẠCH\n\nI. PHÂN CÔNG NHIỆM VỤ\n\n" + "\n\n".join(" | ".join(r) for r in rows) + "\n"
        got = _roles(_parsed("kehoach.txt", text.encode("utf-8")))
        assert got["Tập huấn nghiệp vụ cho cán bộ coi thi"] == ({"education"}, {"police"}), header
        # a task that starts with "Thực hiện" is a row of the table, not a new header
        assert got["Thực hiện tuyên truyền về kỳ thi"] == ({"press"}, set()), header


def test_one_column_for_who_leads_and_who_helps_is_read_by_its_words():
    rows = [("STT", "Nội dung công việc", "Đơn vị thực hiện", "Thời gian"),
            ("1", "Bảo vệ an toàn đề thi", "Công an tỉnh chủ trì; Sở Giáo dục và Đào tạo, Sở Y tế phối hợp", "Tháng 6"),
            ("2", "Bố trí cán bộ y tế tại điểm thi", "Chủ trì: Sở Y tế. Phối hợp: UBND các huyện, thành phố", "Tháng 6"),
            ("3", "Tuyên truyền về kỳ thi", "Báo Cao Bằng (chủ trì); Sở Thông tin và Truyền thông (phối hợp)", "Tháng 5"),
            ("4", "Cấp điện cho các điểm thi", "Công ty Điện lực Cao Bằng", "Tháng 6")]
    text = "KẾ HOẠCH\n\nI. PHÂN CÔNG NHIỆM VỤ\n\n" + "\n\n".join(" | ".join(r) for r in rows) + "\n"
    got = _roles(_parsed("kehoach.txt", text.encode("utf-8")))
    assert got["Bảo vệ an toàn đề thi"] == ({"police"}, {"education", "health"})
    assert got["Bố trí cán bộ y tế tại điểm thi"] == ({"health"}, {"district_pc"})
    assert got["Tuyên truyền về kỳ thi"] == ({"press"}, {"information"})
    assert got["Cấp điện cho các điểm thi"] == ({"electricity"}, set())
