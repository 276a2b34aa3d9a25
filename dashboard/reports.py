"""Word (.docx) reports that officials file: title, summary, a checklist table grouped by agency.

Each table has a checkbox column (☐, ticked by hand on paper or in Word) and a source column that says
where each line comes from (document and item), so a reader can find the sentence without the dashboard.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

BOX = "☐"


@dataclass
class Group:
    """One agency (or role) and its lines; each line is one cell text per column header."""

    title: str
    lines: list[list[str]] = field(default_factory=list)


def _shade(cell, hex_fill: str) -> None:
    props = cell._tc.get_or_add_tcPr()
    shade = OxmlElement("w:shd")
    shade.set(qn("w:val"), "clear")
    shade.set(qn("w:color"), "auto")
    shade.set(qn("w:fill"), hex_fill)
    props.append(shade)


def _repeat_header(row) -> None:
    props = row._tr.get_or_add_trPr()
    flag = OxmlElement("w:tblHeader")
    flag.set(qn("w:val"), "true")
    props.append(flag)


def _text(value) -> str:
    """Cell text: never 'None' or 'nan'; control characters that XML refuses are dropped."""
    if value is None or (isinstance(value, float) and value != value):
        return ""
    return "".join(ch for ch in str(value) if ch in "\t\n" or ord(ch) >= 32)


def build(title: str, subtitle: str, summary: list[str], headers: list[str], groups: list[Group],
          *, widths_cm: list[float] | None = None, empty_note: str = "") -> bytes:
    """The .docx bytes. headers: the columns after the checkbox column; widths_cm: their widths."""
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(12)
    for section in doc.sections:
        section.left_margin = section.right_margin = Cm(2)
    doc.add_heading(_text(title), level=1)
    if subtitle:
        p = doc.add_paragraph(_text(subtitle))
        p.runs[0].italic = True
    for line in summary:
        doc.add_paragraph(_text(line), style="List Bullet" if line is not summary[0] else None)
    if not any(g.lines for g in groups):
        if empty_note:
            doc.add_paragraph(_text(empty_note))
        return _bytes(doc)
    table = doc.add_table(rows=1, cols=len(headers) + 1)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    head = table.rows[0]
    _repeat_header(head)
    for cell, text in zip(head.cells, ["✓", *headers]):
        cell.text = _text(text)
        cell.paragraphs[0].runs[0].bold = True
        _shade(cell, "E6E6E6")
    for group in groups:
        if not group.lines:
            continue
        row = table.add_row()
        merged = row.cells[0].merge(row.cells[-1])
        merged.text = f"{_text(group.title)} ({len(group.lines)})"
        run = merged.paragraphs[0].runs[0]
        run.bold = True
        run.font.color.rgb = RGBColor(0x1F, 0x1F, 0x1F)
        _shade(merged, "F3F3F3")
        for line in group.lines:
            cells = table.add_row().cells
            cells[0].text = BOX
            for cell, value in zip(cells[1:], line):
                cell.text = _text(value)
    widths = [1.0, *(widths_cm or [])]
    for i, w in enumerate(widths[: len(headers) + 1]):
        for r in table.rows:
            r.cells[i].width = Cm(w)
    return _bytes(doc)


def _bytes(doc) -> bytes:
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()
