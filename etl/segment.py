"""Paragraphs -> kinds (header, title, preamble, item, closing, tail) and a clause tree.

Every paragraph from the title to the closing sentence becomes exactly one clause; header lines
(number, place and date, "Kính gửi" list) and the tail (recipients, signature) are metadata.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from etl.clean import CLOSING_MARK, DATE_LINE, OPENING, WEB_STAMP, Paragraph  # noqa: F401 (DATE_LINE: read here by metadata)

DOC_TYPES = {
    "CHỈ THỊ": "Chỉ thị",
    "THÔNG BÁO": "Thông báo",
    "CÔNG VĂN": "Công văn",
    "KẾ HOẠCH": "Kế hoạch",
    "CÔNG ĐIỆN": "Công điện",
    "QUYẾT ĐỊNH": "Quyết định",
}
_TYPE_LINE = re.compile(r"^(?:" + "|".join(DOC_TYPES) + r")\b(?:\s+(?:KHẨN|HỎA TỐC|THƯỢNG KHẨN))?$")
_NUMBER_LINE = re.compile(r"^Số\s*:")
_MOTTO = re.compile(r"^(?:CỘNG HÒA|CỘNG HOÀ|ĐẢNG CỘNG SẢN|Độc lập\s*[-–]|\*{3}|[-–—_]{3,})", re.IGNORECASE)
_RECIPIENTS = re.compile(r"^Kính gửi\s*:?", re.IGNORECASE)
_TAIL = re.compile(r"^Nơi nhận\s*:?", re.IGNORECASE)
# An annex after the signature ("PHỤ LỤC", "Phụ lục 01: Phân công nhiệm vụ …"): a plan's task table often stands
# there, so the body goes on from it.
_ANNEX = re.compile(
    r"^(?:PHỤ LỤC(?:\s+(?:SỐ\s+)?(?:[IVX]+|\d{1,2}))?\s*[:.\-–]?(?:\s|$)"
    r"|Phụ lục(?:\s+(?:số\s+)?(?:[IVX]+|\d{1,2}))?\s*(?:[:.\-–]|$))"  # not "Phụ lục kèm theo …" in a sentence
)
_SUBJECT = re.compile(r"^(?:V/v|Về việc|về|Về)\b")
_SIGNATURE = re.compile(r"^(?:TM|T/M|KT|TL|TUQ|Q)\.?\s")


def _prose(text: str) -> bool:
    """A sentence that opens with "Về" ("Về phía ngành điện, Công ty Điện lực … ."): a setting, a comma, then a full
    stop, which a subject line ("Về việc tổ chức Kỳ thi …") never has."""
    return text.rstrip().endswith(".") and "," in text


# Lower-case roman item labels past "i" (which reads as a letter): "(ii)", "(iii)" … (also read by etl.agencies)
LOWER_ROMAN = "ii|iii|iv|vi|vii|viii|ix|x"
# Item markers, outermost first. Groups: article ("Điều 2." of a decision or a regulation, above its numbered
# clauses), roman, numbers ("2.1", also "(2)"), letter, symbol.
ITEM = re.compile(
    r"^(?:(?P<article>Điều\s+\d{1,3})\s*[.:]|"
    r"(?P<roman>[IVXLC]+)[.)]|(?P<num>\d{1,3}(?:\.\d{1,2})*)(?:[.)](?!\d)|(?=\s))|(?P<letter>[a-zđ])\)|"
    rf"\((?P<proman>{LOWER_ROMAN})\)|"  # "(i) …; (ii) …; (iii) …": "(i)" reads as a letter, at the same rank
    r"\((?P<pletter>[a-zđ])\)|\((?P<pnum>\d{1,2})\)|(?P<sym>[-–•+*]))\s+(?=[^\s|])"  # ("1 | …" is a table row's first cell, no label)
)
LETTER_RANK, DASH_RANK, PLUS_RANK = 50, 60, 70
_ISSUED = re.compile(r"\b(?:vừa|đã)\s+ban hành\b")
_ISSUER_REQUEST = re.compile(
    r"^(?:Chủ tịch\s+)?(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|Ban Thường vụ)\b.{0,40}?\b(?:yêu cầu|đề nghị|thông báo)\b"
)


@dataclass(frozen=True)
class Clause:
    seq: int
    label: str  # "2", "2.1", "a", "-", "+", "¶" (plain paragraph)
    parent_seq: int | None
    kind: str  # title | preamble | item | closing
    text: str
    start: int
    end: int


def is_caps(text: str) -> bool:
    """A line in capitals (a header's issuer, a signature), not a page's time stamp ("28/06/2023 15:34 GMT+7")."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters) and not WEB_STAMP.fullmatch(text.strip())


def looks_like_name(text: str) -> bool:
    words = text.split()
    return 2 <= len(words) <= 5 and all(w[:1].isupper() and w.isalpha() for w in words) and not is_caps(text)


def marker(text: str) -> tuple[str, int] | None:
    """The label and rank of an item marker at the start of `text`, or None."""
    m = ITEM.match(text)
    if not m:
        return None
    if m["article"]:
        return " ".join(m["article"].split()), -1
    if m["roman"]:
        return m["roman"], 0
    if m["num"]:
        if "." not in m["num"] and not re.match(r"^\d{1,3}[.)]", text):
            return None  # "2024 ..." is a year, not an item
        return m["num"], m["num"].count(".") + 1
    if m["pnum"]:  # "(1) Tổ chức đồng bộ …", "(2) …": numbered as "1.", "2."
        return m["pnum"], 1
    if m["letter"] or m["pletter"] or m["proman"]:
        return (m["letter"] or m["pletter"] or m["proman"]), LETTER_RANK
    sym = m["sym"]
    return ("+", PLUS_RANK) if sym == "+" else ("-", DASH_RANK)


# An issuing body's or the state's name in capitals (the header's lines, never a title)
_AUTHORITY = re.compile(r"(?:(?:ỦY|UỶ)\s+BAN|UBND|CHỦ\s+TỊCH|HỘI\s+ĐỒNG|BAN\s|SỞ\s|BỘ\s|THỦ\s+TƯỚNG|CHÍNH\s+PHỦ|"
                        r"CÔNG\s+AN|VĂN\s+PHÒNG|PHÒNG\s|TỈNH\s+(?:ỦY|UỶ)|THÀNH\s+(?:ỦY|UỶ)|HUYỆN\s+(?:ỦY|UỶ)|ĐẢNG|"
                        r"TRƯỜNG\s|CỘNG\s+HÒA|ĐỘC\s+LẬP)")


def kinds(paragraphs: list[Paragraph]) -> list[str]:
    """One kind per paragraph: header, title, preamble, item, closing, tail."""
    n = len(paragraphs)
    out = ["item"] * n
    texts = [p.text for p in paragraphs]
    tail = next((i for i, t in enumerate(texts) if _TAIL.match(t)), None)
    annex = next((i for i, t in enumerate(texts) if i > 0 and len(t) < 200 and _ANNEX.match(t)
                  and (tail is None or i > tail)), n)
    if tail is None:  # no recipients: the signature block closes the document (or its annex)
        i = annex
        if i and looks_like_name(texts[i - 1]):
            i -= 1
        while i and (is_caps(texts[i - 1]) or _SIGNATURE.match(texts[i - 1])) and not _TYPE_LINE.match(texts[i - 1]):
            i -= 1
        tail = i if i < annex and i > 0 and (is_caps(texts[i]) or _SIGNATURE.match(texts[i])) else annex
    for i in range(tail, annex):
        out[i] = "tail"

    # Header and title: at the top, before the first paragraph that is neither.
    i = 0
    seen_type = False
    seen_date = False
    in_recipients = False
    while i < tail:
        t = texts[i]
        if in_recipients and t.startswith(("-", "–", "+", "•")):
            out[i] = "header"
        elif _RECIPIENTS.match(t):
            out[i] = "header"
            in_recipients = True
        elif _NUMBER_LINE.match(t) or _MOTTO.match(t) or (DATE_LINE.search(t) and len(t) < 90 and not seen_type) or (
            DATE_LINE.match(t) and len(t) < 90  # a Công điện puts "Huế, ngày …" below its title
        ):
            out[i] = "header"
            seen_date = seen_date or bool(DATE_LINE.search(t))
        elif _TYPE_LINE.match(t):
            out[i] = "title"
            seen_type = True
        elif _SUBJECT.match(t) and not marker(t) and (t.startswith("V/v") or not _prose(t)) or (
            seen_type and out[i - 1] == "title" and not t.endswith((".", ";", ":")) and not marker(t)
        ):
            out[i] = "title"
        elif (is_caps(t) and not seen_type and not marker(t) and seen_date and not _AUTHORITY.match(t)
              and len(t.split()) >= 4):
            out[i] = "title"  # a title in capitals under the date line, its type line lost ("PHÊ DUYỆT KẾ HOẠCH …" of a
            # decision a legal database prints without "QUYẾT ĐỊNH")
        elif is_caps(t) and not seen_type and not marker(t):
            out[i] = "header"  # issuing body's name above the number
        else:
            break
        if not _RECIPIENTS.match(t) and not t.startswith(("-", "–", "+", "•")):
            in_recipients = False
        i += 1
    body = [j for j in range(i, tail)] + list(range(annex, n))

    marked = [j for j in body if marker(texts[j]) and marker(texts[j])[1] < DASH_RANK]
    if len(marked) < 2:
        # No numbering (a web article): an opening that reports the issuing, and the issuer's closing request.
        for j in body:
            if not (OPENING.match(texts[j]) or _ISSUED.search(texts[j][:160])):
                break
            out[j] = "preamble"
        if body and _ISSUER_REQUEST.match(texts[body[-1]]) and CLOSING_MARK.search(texts[body[-1]]):
            out[body[-1]] = "closing"
    if len(marked) >= 2:
        for j in body:
            if j >= marked[0]:
                break
            out[j] = "preamble"
        last = body[-1] if body else None
        if last is not None and last > marked[-1] and not marker(texts[last]) and CLOSING_MARK.search(texts[last]):
            out[last] = "closing"
    return out


def clauses(paragraphs: list[Paragraph], paragraph_kinds: list[str]) -> list[Clause]:
    """The clause tree of the body, in reading order."""
    result: list[Clause] = []
    stack: list[tuple[int, int]] = []  # (rank, seq) of open items
    for p, kind in zip(paragraphs, paragraph_kinds):
        if kind in ("header", "tail"):
            continue
        seq = len(result)
        parent = None
        label = "¶"
        if kind == "item":
            found = marker(p.text)
            if found:
                label, rank = found
                while stack and stack[-1][0] >= rank:
                    stack.pop()
                parent = stack[-1][1] if stack else None
                stack.append((rank, seq))
            else:
                # A plain paragraph continues the nearest numbered or lettered item above it.
                while stack and stack[-1][0] >= DASH_RANK:
                    stack.pop()
                parent = stack[-1][1] if stack else None
        else:
            stack.clear()
        result.append(Clause(seq, label, parent, kind, p.text, p.start, p.end))
    return result
