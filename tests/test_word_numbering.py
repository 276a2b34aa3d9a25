"""Word's automatic numbering (session 30, our own words). Many directives are typed in Word with list styles: the
"1.", "a)" and "II." a reader sees are not in the paragraph's text but in the document's numbering part. Read without
them, the tasks under "1. Sở Y tế" lose their heading and their labels."""

from __future__ import annotations

import io

from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from etl.config import Settings
from etl.pipeline import parse_document
from etl.read import decode


def _parsed(doc) -> object:
    buf = io.BytesIO()
    doc.save(buf)
    return parse_document("chithi.docx", decode(buf.getvalue(), "chithi.docx"), None, Settings.from_env())


def _header(doc) -> None:
    for text in ("ỦY BAN NHÂN DÂN TỈNH BẮC KẠN", "Số: 09/CT-UBND", "Bắc Kạn, ngày 3 tháng 5 năm 2024", "CHỈ THỊ",
                 "Về tổ chức Kỳ thi tốt nghiệp THPT năm 2024",
                 "Để kỳ thi diễn ra an toàn, nghiêm túc, Chủ tịch UBND tỉnh yêu cầu:"):
        doc.add_paragraph(text)


def _leads(doc) -> dict[str, set]:
    return {c.text: {f.role for f in doc.found.get(c.seq, []) if f.kind == "lead"} for c in doc.clauses}


def test_list_styles_give_items_their_numbers_and_bullets():
    doc = Document()
    _header(doc)
    for text, style in (("Sở Giáo dục và Đào tạo", "List Number"),
                        ("Chủ trì tổ chức kỳ thi trên địa bàn tỉnh bảo đảm đúng quy chế.", "List Bullet"),
                        ("Công an tỉnh", "List Number"),
                        ("Bảo vệ an toàn đề thi, bài thi tại nơi in sao và trên đường vận chuyển.", "List Bullet")):
        doc.add_paragraph(text, style=style)
    leads = _leads(_parsed(doc))
    assert leads["1. Sở Giáo dục và Đào tạo"] == {"education"}
    assert leads["- Chủ trì tổ chức kỳ thi trên địa bàn tỉnh bảo đảm đúng quy chế."] == {"education"}
    assert leads["- Bảo vệ an toàn đề thi, bài thi tại nơi in sao và trên đường vận chuyển."] == {"police"}


def test_a_multilevel_list_counts_each_level_and_restarts_under_a_new_parent():
    doc = Document()
    _header(doc)
    levels = "".join(f'<w:lvl w:ilvl="{k}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/></w:lvl>'
                     for k, (fmt, text) in enumerate((("upperRoman", "%1."), ("decimal", "%2."), ("lowerLetter", "%3)"))))
    numbering = doc.part.numbering_part.element
    numbering.insert(0, parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90">{levels}</w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    for text, level in (("NHIỆM VỤ CỦA CÁC CƠ QUAN", 0), ("Sở Y tế:", 1),
                        ("Bố trí cán bộ y tế trực tại các điểm thi.", 2),
                        ("Kiểm tra an toàn thực phẩm tại các bếp ăn phục vụ thí sinh.", 2),
                        ("Công ty Điện lực Bắc Kạn:", 1), ("Bảo đảm cấp điện liên tục cho các điểm thi.", 2),
                        ("TỔ CHỨC THỰC HIỆN", 0), ("Các sở, ban, ngành báo cáo kết quả trước ngày 15/7/2024.", 1)):
        p = doc.add_paragraph(text)
        num = p._p.get_or_add_pPr().get_or_add_numPr()
        num.get_or_add_numId().val, num.get_or_add_ilvl().val = 90, level
    parsed = _parsed(doc)
    labels = [c.text.split(" ")[0] for c in parsed.clauses if c.label != "¶"]
    assert labels == ["I.", "1.", "a)", "b)", "2.", "a)", "II.", "1."]
    leads = _leads(parsed)
    assert leads["b) Kiểm tra an toàn thực phẩm tại các bếp ăn phục vụ thí sinh."] == {"health"}
    assert leads["a) Bảo đảm cấp điện liên tục cho các điểm thi."] == {"electricity"}


def test_a_document_without_numbering_reads_as_before():
    doc = Document()
    _header(doc)
    doc.add_paragraph("1. Sở Y tế bố trí cán bộ y tế trực tại các điểm thi.")
    assert _leads(_parsed(doc))["1. Sở Y tế bố trí cán bộ y tế trực tại các điểm thi."] == {"health"}


def test_a_number_typed_in_a_numbered_paragraph_is_not_written_twice():
    doc = Document()
    _header(doc)
    doc.add_paragraph("1. Sở Y tế bố trí cán bộ y tế trực tại các điểm thi.", style="List Number")
    doc.add_paragraph("Công an tỉnh bảo vệ an toàn đề thi, bài thi.", style="List Number")
    texts = [c.text for c in _parsed(doc).clauses]
    assert "1. Sở Y tế bố trí cán bộ y tế trực tại các điểm thi." in texts
    assert "2. Công an tỉnh bảo vệ an toàn đề thi, bài thi." in texts


def test_a_subheading_that_is_only_an_agencys_name_heads_the_paragraphs_under_it():
    # bold names without numbers or colons, each over plain paragraphs of its tasks
    doc = Document()
    _header(doc)
    for text in ("Sở Giáo dục và Đào tạo", "Chủ trì tổ chức kỳ thi trên địa bàn tỉnh bảo đảm đúng quy chế.",
                 "Tập huấn nghiệp vụ cho cán bộ coi thi, chấm thi.", "Công an tỉnh; Sở Y tế",
                 "Phối hợp bảo đảm an ninh, an toàn và y tế tại các điểm thi."):
        doc.add_paragraph().add_run(text).bold = len(text) < 30
    leads = _leads(_parsed(doc))
    assert leads["Chủ trì tổ chức kỳ thi trên địa bàn tỉnh bảo đảm đúng quy chế."] == {"education"}
    assert leads["Tập huấn nghiệp vụ cho cán bộ coi thi, chấm thi."] == {"education"}
    assert leads["Phối hợp bảo đảm an ninh, an toàn và y tế tại các điểm thi."] == {"police", "health"}
