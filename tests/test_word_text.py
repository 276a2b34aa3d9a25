"""What a Word file shows is what is read (session 30, our own words): a draft under review keeps its tracked
insertions (python-docx's paragraph text leaves them out) and loses its tracked deletions; text in a content control
is read too. A draft checked on the dashboard is such a file more often than not."""

from __future__ import annotations

import io

from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from etl.office import docx_text

_MARK = 'w:id="{}" w:author="Phòng KGVX" w:date="2024-05-02T08:00:00Z"'


def _inserted(text: str) -> object:
    return parse_xml(f'<w:ins {nsdecls("w")} {_MARK.format(1)}><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:ins>')


def _deleted(text: str) -> object:
    return parse_xml(f'<w:del {nsdecls("w")} {_MARK.format(2)}><w:r><w:delText xml:space="preserve">{text}</w:delText>'
                     '</w:r></w:del>')


def _read(doc) -> str:
    buf = io.BytesIO()
    doc.save(buf)
    return docx_text(buf.getvalue())


def test_a_tracked_insertion_is_read_and_a_tracked_deletion_is_not():
    doc = Document()
    p = doc.add_paragraph("Sở Y tế bố trí cán bộ y tế ")
    p._p.append(_inserted("thường trực 24/24 giờ "))
    p._p.append(_deleted("luân phiên "))
    p.add_run("tại các điểm thi.")
    assert _read(doc) == "Sở Y tế bố trí cán bộ y tế thường trực 24/24 giờ tại các điểm thi."


def test_a_task_table_cell_with_a_tracked_insertion_keeps_its_agency():
    doc = Document()
    table = doc.add_table(rows=2, cols=4)
    for j, text in enumerate(("STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp")):
        table.cell(0, j).text = text
    table.cell(1, 0).text, table.cell(1, 1).text = "1", "Bảo đảm an ninh tại các điểm thi"
    table.cell(1, 2).paragraphs[0]._p.append(_inserted("Công an tỉnh"))
    assert _read(doc).endswith("1 | Bảo đảm an ninh tại các điểm thi | Công an tỉnh | ")


def test_text_in_a_content_control_is_read():
    doc = Document()
    p = doc.add_paragraph("Giao ")
    p._p.append(parse_xml(f'<w:sdt {nsdecls("w")}><w:sdtContent><w:r><w:t xml:space="preserve">Sở Giáo dục và Đào tạo '
                          '</w:t></w:r></w:sdtContent></w:sdt>'))
    p.add_run("chủ trì tổ chức kỳ thi.")
    assert _read(doc) == "Giao Sở Giáo dục và Đào tạo chủ trì tổ chức kỳ thi."


def _with_header_letterhead(body_letterhead: bool) -> Document:
    doc = Document()
    section = doc.sections[0]
    section.different_first_page_header_footer = True
    head = section.first_page_header.add_table(rows=1, cols=2, width=section.page_width // 2)
    head.cell(0, 0).text = "ỦY BAN NHÂN DÂN\nTỈNH KON TUM\nSố: 18/CT-UBND"
    head.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nKon Tum, ngày 9 tháng 5 năm 2024"
    if body_letterhead:
        doc.add_paragraph("Số: 18/CT-UBND")
    for text in ("CHỈ THỊ", "Về tổ chức Kỳ thi tốt nghiệp THPT năm 2024", "1. Sở Y tế bố trí cán bộ y tế tại các điểm thi."):
        doc.add_paragraph(text)
    return doc


def test_a_letterhead_kept_in_the_first_pages_header_is_read():
    from etl.config import Settings
    from etl.pipeline import parse_document
    from etl.read import decode

    buf = io.BytesIO()
    _with_header_letterhead(False).save(buf)
    meta = parse_document("chithi.docx", decode(buf.getvalue(), "chithi.docx"), None, Settings.from_env()).meta
    assert (meta["locality"], meta["number"], str(meta["issued_date"])) == ("Kon Tum", "18/CT-UBND", "2024-05-09")
    # a body with its own letterhead is not given the header's as well
    assert _read(_with_header_letterhead(True)).count("CỘNG HÒA") == 0
