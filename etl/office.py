"""Text of Word (.docx) and PDF files, extracted in a child process bounded in size, memory and time.

A .docx is a zip: 2–3 MB can unpack to gigabytes of XML, which python-docx would parse into a tree many
times that size (2.5–8 GB and up to 33 s, measured, inside the dashboard's server process). So the
declared unpacked size and compression ratio are checked first, from the zip's directory only; then the
parsing itself runs in `python -m etl.office`, a child process whose address space is capped
(RLIMIT_AS) and which is killed after a stated time. A crash or a runaway file costs the child, never
the dashboard or the build. PDFs get the same child, plus a page limit.
"""

from __future__ import annotations

import io
import json
import re
import resource
import subprocess
import sys
import zipfile

from etl.config import ROOT, Settings

MAX_RATIO = 200  # unpacked/packed; Word XML packs about 10:1, repeated table rows a few times more
MAX_PAGES = 1000
_WORD = re.compile(r"[^\W\d_]+")
_MEMORY_EXIT = 3
# A PDF's typographic ligatures ("ﬁle", "ﬂ") as the letters they join (NFC keeps them)
_LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
                            "\ufb05": "st", "\ufb06": "st"})


class ExtractError(Exception):
    """The file cannot be read; one sentence for a person (etl.read turns it into RejectedFile)."""


def check_zip(data: bytes, max_expanded: int) -> None:
    """Refuse a zip bomb before anything is unpacked: only the central directory is read."""
    try:
        parts = zipfile.ZipFile(io.BytesIO(data)).infolist()
    except (zipfile.BadZipFile, ValueError, EOFError):
        raise ExtractError("the Word file cannot be opened (it is not a valid .docx zip archive)") from None
    total = sum(p.file_size for p in parts)
    if total > max_expanded:
        raise ExtractError(f"the Word file would unpack to {total / 1e6:,.0f} MB (the limit is "
                           f"{max_expanded / 1e6:,.0f} MB), so it was not opened: it may be a zip bomb")
    for p in parts:
        if p.file_size > 1_000_000 and p.file_size > MAX_RATIO * max(p.compress_size, 1):
            raise ExtractError(f"a part of the Word file is compressed {p.file_size // max(p.compress_size, 1):,} "
                               f"to 1 (the limit is {MAX_RATIO} to 1), so it was not opened: it may be a zip bomb")


def extract(data: bytes, suffix: str, settings: Settings) -> str:
    """The text of a .docx or .pdf, read in a bounded child process; ExtractError with the reason."""
    if suffix == ".docx":
        check_zip(data, settings.max_expanded_bytes)
    try:
        out = subprocess.run(
            [sys.executable, "-m", "etl.office", suffix, str(settings.read_memory_mb), str(settings.read_seconds)],
            input=data, capture_output=True, timeout=settings.read_seconds, cwd=ROOT,
        )
    except subprocess.TimeoutExpired:
        raise ExtractError(f"reading the file took longer than {settings.read_seconds:g} s and was stopped: "
                           "it is unusually heavy or damaged") from None
    if out.returncode == _MEMORY_EXIT or (out.returncode < 0 and not out.stdout):
        raise ExtractError(f"reading the file needed more than {settings.read_memory_mb:,} MB of memory and was "
                           "stopped: it is unusually heavy or damaged")
    try:
        result = json.loads(out.stdout)
    except ValueError:
        raise ExtractError("the file could not be read (the reader stopped unexpectedly)") from None
    if "problem" in result:
        raise ExtractError(result["problem"])
    return result["text"]


def docx_text(data: bytes) -> str:
    from docx import Document  # imported in the child only

    try:
        doc = Document(io.BytesIO(data))
    except MemoryError:
        raise
    except Exception as exc:  # python-docx raises many kinds for a broken zip
        raise ExtractError(f"the Word file cannot be opened ({type(exc).__name__})") from None
    from docx.table import Table

    # Paragraphs and tables in the order the page shows them: a directive's letterhead and signature are tables,
    # and its task tables stand between its paragraphs.
    parts: list[str] = []
    numbers = _Numbers(doc)
    for block in doc.iter_inner_content():
        if isinstance(block, Table):
            parts += _table_lines(block)
        else:
            text = paragraph_text(block._p)
            parts.append(numbers.label(block, text) + text)
    return "\n\n".join(_letterhead_in_header(doc) + parts)


def _letterhead_in_header(doc) -> list[str]:
    """A letterhead some templates keep in the first page's header ("ỦY BAN NHÂN DÂN TỈNH … | CỘNG HÒA XÃ HỘI …", the
    number and the date), which the body does not hold: its lines, when the body has no letterhead of its own."""
    from docx.table import Table

    if not doc.sections:
        return []
    section = doc.sections[0]
    header = section.first_page_header if section.different_first_page_header_footer else section.header
    if header.is_linked_to_previous and not section.different_first_page_header_footer:
        return []
    lines: list[str] = []
    for block in header.iter_inner_content():
        lines += _table_lines(block) if isinstance(block, Table) else [paragraph_text(block._p)]
    if not LAYOUT_TABLE.search("\n".join(lines)):
        return []
    body_start = "\n".join(paragraph_text(p._p) for p in doc.paragraphs[:8])
    if LAYOUT_TABLE.search(body_start) or any(LAYOUT_TABLE.search(c) for t in doc.tables[:1] for c in _table_lines(t)):
        return []
    return [ln for ln in lines if ln.strip()]


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# Text a paragraph shows: its runs, also those inside a tracked insertion or a moved-to passage (a draft under review
# is full of them; python-docx's `text` leaves them out), never a tracked deletion, a moved-from passage, or a text
# box's own paragraphs.
_HIDDEN = {_W + "del", _W + "moveFrom", _W + "txbxContent"}
_SHOWN = (_W + "t", _W + "tab", _W + "br", _W + "cr", _W + "noBreakHyphen")


def paragraph_text(p) -> str:
    out = []
    for el in p.iter(*_SHOWN):
        if any(a.tag in _HIDDEN for a in el.iterancestors()):
            continue
        if el.tag == _W + "t":
            out.append(el.text or "")
        elif el.tag == _W + "tab":
            out.append("\t")
        elif el.tag == _W + "noBreakHyphen":
            out.append("-")
        elif el.get(_W + "type") in (None, "textWrapping"):
            out.append("\n")
    return "".join(out)


_TYPED_LABEL = re.compile(r"^\s*(?:(?:\d{1,3}(?:\.\d{1,2})*|[IVXLC]{1,6}|[a-zđ])[.)]\s|[-–+•*]\s)")


def _roman(n: int) -> str:
    out = ""
    for value, letters in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"),
                           (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out, n = out + letters, n - value
    return out


_FORMATS = {"decimal": str, "decimalZero": lambda n: f"{n:02d}", "lowerLetter": lambda n: chr(96 + (n - 1) % 26 + 1),
            "upperLetter": lambda n: chr(64 + (n - 1) % 26 + 1), "lowerRoman": _roman,
            "upperRoman": lambda n: _roman(n).upper()}


class _Numbers:
    """Word's automatic list numbers ("1.", "a)", "II.", a bullet), which a paragraph's text does not hold: without
    them a directive's items lose their labels, and the tasks under "1. Sở Y tế" their heading. Each list (numId)
    counts its levels from the level's start, a level's count restarting under a new item of the level above; a
    bullet is written "-", as typed bullets are."""

    def __init__(self, doc) -> None:
        self.levels: dict[tuple[str, int], tuple[str, str, int]] = {}  # (numId, level) -> (format, text, start)
        self.counts: dict[str, list[int]] = {}
        try:
            root = doc.part.numbering_part.element
        except (KeyError, NotImplementedError):
            return
        abstract = {}
        for a in root.iter(_W + "abstractNum"):
            levels = {}
            for lvl in a.iter(_W + "lvl"):
                fmt, text, start = lvl.find(_W + "numFmt"), lvl.find(_W + "lvlText"), lvl.find(_W + "start")
                levels[int(lvl.get(_W + "ilvl", "0"))] = (
                    fmt.get(_W + "val", "decimal") if fmt is not None else "decimal",
                    text.get(_W + "val", "") if text is not None else "",
                    int(start.get(_W + "val", "1")) if start is not None else 1)
            abstract[a.get(_W + "abstractNumId")] = levels
        for num in root.iter(_W + "num"):
            ref = num.find(_W + "abstractNumId")
            for level, spec in abstract.get(ref.get(_W + "val") if ref is not None else None, {}).items():
                self.levels[(num.get(_W + "numId"), level)] = spec

    @staticmethod
    def _numbering(paragraph) -> tuple[str, int] | None:
        """(numId, level) of the paragraph's list, set on it or on its style (or the style that one is based on)."""
        p_pr, style = paragraph._p.pPr, paragraph.style
        found = p_pr.numPr if p_pr is not None else None
        while found is None and style is not None:
            s_pr = style.element.pPr
            found = s_pr.numPr if s_pr is not None else None
            style = style.base_style
        if found is None or found.numId is None:
            return None
        return str(found.numId.val), found.ilvl.val if found.ilvl is not None else 0

    def label(self, paragraph, text: str) -> str:
        where = self._numbering(paragraph) if self.levels and text.strip() else None
        if where is None or where not in self.levels:
            return ""
        num, level = where
        fmt, shape, start = self.levels[where]
        counts = self.counts.setdefault(num, [])
        counts[level + 1 :] = []
        counts += [None] * (level + 1 - len(counts))
        counts[level] = start if counts[level] is None else counts[level] + 1
        if fmt == "none" or _TYPED_LABEL.match(text):  # (a number typed as well is not written twice)
            return ""
        if fmt == "bullet":
            return "- "

        def number(m: re.Match) -> str:
            k = int(m.group(1)) - 1
            value = counts[k] if k < len(counts) and counts[k] is not None else self.levels.get((num, k), ("", "", 1))[2]
            return _FORMATS.get(self.levels.get((num, k), (fmt,))[0], str)(value)

        out = re.sub(r"%([1-9])", number, shape).strip()
        return out + " " if out else ""


# A letterhead or signature laid out in a table ("ỦY BAN NHÂN DÂN TỈNH … | CỘNG HÒA XÃ HỘI …", "Nơi nhận: … | KT.
# CHỦ TỊCH …"): its cells are blocks of the page, not a row of data.
LAYOUT_TABLE = re.compile(r"CỘNG\s+HÒA|CỘNG\s+HOÀ|Độc\s+lập\s*[-–]|Nơi\s+nhận|(?:^|\n)\s*Số\s*:|(?:^|\n)\s*(?:KT|TM|TL|Q)\.\s",
                           re.IGNORECASE)


def _table_lines(table) -> list[str]:
    """A data table's rows as "cell | cell | …" lines (a task table: what, who leads, who helps, when); a layout
    table's cells as blocks of their own. A merged cell counts once."""
    rows = []
    for row in table.rows:
        cells: list = []
        for cell in row.cells:
            if not cells or cell._tc is not cells[-1]._tc:
                cells.append(cell)
        rows.append(["\n".join(paragraph_text(p._p) for p in cell.paragraphs).strip() for cell in cells])
    if any(LAYOUT_TABLE.search(text) for row in rows for text in row):
        return [text for row in rows for text in row if text]
    # (a cell of several paragraphs, "- Kiểm tra …;" / "- Tổng hợp, báo cáo …", stays in its row: one line per row)
    return [" | ".join(re.sub(r"\s*\n\s*", " ", text) for text in row) for row in rows if any(row)]


def pdf_text(data: bytes) -> str:
    from pypdf import PdfReader

    from etl.pdf_layout import join_syllables, letterhead, rebuild, strip_running

    try:
        reader = PdfReader(io.BytesIO(data))
        if len(reader.pages) > MAX_PAGES:
            raise ExtractError(f"the PDF has {len(reader.pages):,} pages (the limit is {MAX_PAGES:,})")
        # Layout mode places glyphs by position; the default mode splits Vietnamese words at every
        # separately positioned glyph ("T Ỉ NH"). A wide gap is a column break (two-column letterheads).
        # The letterhead's two columns come one after the other, and a task table's rows become "cell | cell" lines
        # (etl/pdf_layout.py), as a Word letterhead and table are read.
        pages, table = [], None  # (a table that a page break cuts goes on with the next page's rows)
        raw = strip_running([join_syllables(page.extract_text(extraction_mode="layout") or "") for page in reader.pages])
        for k, page in enumerate(raw):
            text, table = rebuild(page, table)
            pages.append(re.sub(r" {4,}", "\n", letterhead(text) if k == 0 else text))
    except (ExtractError, MemoryError):
        raise
    except Exception as exc:
        raise ExtractError(f"the PDF cannot be opened ({type(exc).__name__})") from None
    text = "\n".join(pages).translate(_LIGATURES)
    if len(_WORD.findall(text)) < 20:
        raise ExtractError("the PDF has no text layer (a scanned image?); run OCR or supply the text")
    return text


def _hit_the_cap(limit: int) -> bool:
    """True when this process's address space came close to its cap: libxml2 reports a failed allocation
    as "XMLSyntaxError: unknown error", so the exception type alone cannot tell."""
    try:
        status = open("/proc/self/status").read()
    except OSError:
        return False
    peak = re.search(r"VmPeak:\s+(\d+) kB", status)
    return bool(peak) and int(peak[1]) * 1024 > 0.9 * limit


def _child(suffix: str, memory_mb: int, seconds: float) -> int:
    limit = memory_mb * 2**20
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    # The caller kills this process after `seconds`; the CPU limit also ends it if the caller died first.
    cpu = int(seconds) + 5
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu))
    data = sys.stdin.buffer.read()
    try:
        result = {"text": docx_text(data) if suffix == ".docx" else pdf_text(data)}
    except ExtractError as exc:
        if _hit_the_cap(limit):
            return _MEMORY_EXIT
        result = {"problem": str(exc)}
    except MemoryError:
        return _MEMORY_EXIT
    sys.stdout.write(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(_child(sys.argv[1], int(sys.argv[2]), float(sys.argv[3])))
