"""Decoded text -> paragraphs, each with offsets into the decoded source.

Rebuilds paragraphs from hard-wrapped PDF text, joins numbers split across lines ("17/CT-" + "TTg"),
drops page furniture and web-page noise, removes markdown emphasis. Nothing is rewritten: a paragraph's
text is its source lines joined, so every word can be traced back to `source[start:end]`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from statistics import median

from etl.office import LAYOUT_TABLE

# A line that opens a new item and therefore never continues the previous line.
MARKER = re.compile(
    r"^(?:(?:[IVXLC]+|\d{1,2}(?:\.\d{1,2})*)[.)](?!\d)|\d{1,2}(?:\.\d{1,2})+(?![\d.])|[a-zđ][)]|\([a-zđ]\)|\(\d{1,2}\)"
    r"|[-–•+*]\s)",  # (not a number that starts a wrapped line: "15.000 thí sinh", "2.500 phòng thi")
    re.IGNORECASE,
)
TERMINAL = ("." , ";", ":", "!", "?", "…", "/.")
_CLOSING_QUOTES = "\"”’'»"


def ends_sentence(text: str) -> bool:
    """A line that ends its sentence, also inside closing quotes ('… suôn sẻ."')."""
    return text.rstrip().rstrip(_CLOSING_QUOTES).endswith(TERMINAL)


_EMPHASIS = re.compile(r"\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])")
_PAGE_NUMBER = re.compile(r"^(?:-\s*\d{1,3}\s*-|\d{1,3}|Trang\s+\d+(?:\s*/\s*\d+)?)$", re.IGNORECASE)
# One of a page's reading controls ("Tăng cỡ chữ", "Gửi thư", "In", "Chia sẻ", "Zalo", "|").
_CONTROL = (r"(?:(?:Tăng|Giảm)\s+(?:cỡ\s+chữ|sáng)|Cỡ\s+chữ|Gửi\s+thư|Gửi\s+email|In(?:\s+bài)?|Bản\s+in|Chia\s+sẻ|Lưu|A\+|A-|"
            r"Nghe\s+(?:đọc\s+)?bài(?:\s+viết)?|Facebook|Zalo|Twitter|Email|Mặc\s+định|Tải\s+ứng\s+dụng|[Gg]oogle\s+[Nn]ews|\|)")
# A news site's section names and menu words ("Thời sự", "Văn hoá, xã hội", "Thời sự - Chính trị", "Thị trường",
# "Multimedia", "Đọc báo in"), one or a few joined by a comma or a dash
_SECTION = (r"(?:Thời\s+sự|Giáo\s+dục|Giáo\s+dục\s*-\s*Đào\s+tạo|Xã\s+hội|Tin\s+tức(?:\s*[-–]?\s*Sự\s+kiện)?|Tin\s+địa\s+phương|"
            r"(?:Tin\s+)?trong\s+(?:tỉnh|nước|huyện)|Quốc\s+tế|Y\s+tế|Sức\s+khỏe|Kinh\s+tế|Văn\s+h[oó]á?|Thể\s+thao|Đời\s+sống|"
            r"Tin\s+hoạt\s+động|Tin\s+mới|Chính\s+trị|Pháp\s+luật|An\s+ninh\s*-?\s*trật\s+tự|Quốc\s+phòng|An\s+ninh|"
            r"Thị\s+trường|Multimedia|Việc\s+làm|Nhịp\s+sống|(?:Tin\s+)?[Mm]ới\s+nhất|Đọc\s+nhiều(?:\s+nhất)?|"
            r"(?:Đọc\s+)?[Bb]áo\s+in)")
_SECTIONS = rf"{_SECTION}(?:\s*(?:,|\s[-–]|\s)\s*{_SECTION})*"
# The heading of a box of other articles' titles under the text ("Tin khác", "Bài viết liên quan")
_OTHERS = (r"(?:(?:Các\s+)?[Tt]in\s+(?:khác|liên\s+quan|cùng\s+chuyên\s+mục)|Bài(?:\s+viết)?\s+liên\s+quan|"
           r"Có\s+thể\s+bạn\s+quan\s+tâm|Đọc\s+thêm)\s*:?")
# Lines that belong to the web page around a document, never to the document itself.
_WEB_NOISE = re.compile(
    r"^(?:This website uses cookies.*|Read More|Tài liệu đính kèm|Chia sẻ|"
    # the heading of a box of other articles
    rf"{_OTHERS}|"
    r"In bài viết|Gửi bài viết|Xem thêm.*|Trở về|Bản in|Lượt xem:?\s*\d*|"
    # a portal's screen-reader links and its page controller's name ("Skip Ribbon Commands", "DetailController")
    r"Skip (?:Ribbon Commands|to main content|navigation)(?:\s+Skip to main content)?|\w*Controller|"
    # a page template's unfilled fields, each on its own line ("{title}", "{publish}", "{{ head }}")
    r"(?:\{\{?\s*\w[\w.-]*\s*\}\}?\s*)+|"
    # a page's skip link, its reading controls, a CMS's image-alignment labels, a breadcrumb trail, a hotline box and a
    # section name on a line of its own ("Nhảy đến nội dung", "Tăng cỡ chữ Giảm cỡ chữ Gửi thư In", "leftcenterrightdel",
    # "Trang chủ >> Tin tức >> An ninh", "Đường dây nóng: 0237 3721150", "ĐT: 0290.3821234", "Thời sự")
    r"(?:Nhảy|Chuyển|Bỏ\s+qua|Đi)\s+(?:đến|tới)?\s*nội\s+dung(?:\s+chính)?|"
    rf"{_CONTROL}(?:\s*{_CONTROL})*|"
    r"(?:left\s*center\s*right\s*del\s*)+|"
    r"(?:Trang\s+chủ|Home)(?:\s*(?:>>?|»|›|/).*)?|(?-i:Home[A-ZĐ]).*|"
    # (an English dateline and a tracking tag: "Friday, March 29, 2024", "fbpx")
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s+[A-Z][a-z]+\s+\d{1,2},\s+\d{4}|fbpx|"
    r"(?:Đường\s+dây\s+nóng|ĐT|Điện\s+thoại|Tel|Fax)\s*:?\s*[\d\s.()+-]{6,}|"
    # the page's weekday dateline above the headline ("Thứ 4, Ngày 17/07/2024 -", "Thứ Hai, 24/06/2024 09:15", "Thứ ba,
    # 27-1-26 16:13:57"), its
    # icon's name glued in front ("ClockThứ Bảy, 22/06/2019 16:50")
    # (or with its time first: "Thứ tư: 06:47 ngày 23/04/2014")
    r"(?:Clock|Calendar)?(?:Thứ\s+(?:[2-7]|hai|ba|tư|năm|sáu|bảy)|Chủ\s+nhật)\s*[,:]?\s*(?:\d{1,2}:\d{2}\s+)?(?:ngày\s+)?\d{1,2}([/.-])\d{1,2}\1(?:\d{4}|\d{2})"
    r"(?:\s*[,|-]?\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*[(\[]?GMT[+\d:]*[)\]]?)?)?\s*[-|]?|"
    # a portal's banner slogan over every page ("Quyết tâm thực hiện thắng lợi Nghị quyết Đại hội …")
    r"(?:Quyết\s+tâm\s+thực\s+hiện\s+thắng\s+lợi\s+Nghị\s+quyết|(?:Nhiệt\s+liệt\s+)?Chào\s+mừng\s+(?:Đại\s+hội|kỷ\s+niệm)"
    # (and its welcome: "Chào mừng bạn đến với cổng thông tin …")
    r"|Chào\s+mừng\s+(?:các\s+)?(?:bạn|quý\s+(?:vị|khách|bạn\s+đọc))\s+đến\s+với"
    r"|Việt\s+Nam\s+vươn\s+mình)[^.!?]*|"
    # its follow-us line, its tagline, how long ago it was posted, a hotline box, a weather box, an analytics tag and a
    # news agency's tag alone ("Theo dõi Báo Bình Phước trên", "Báo X điện tử - Tin tức cập nhật trong ngày", "30 phút
    # trước", "Hotline: 0271.3879.123", "Bình Phước, 31°C/ 29°C - 34°C", a weather box's city lines "Hà Nội 22 °C" and
    # "• Đà Nẵng Hà Nội 27°C", "Analytic", "(TTXVN) -")
    r"Theo\s+dõi\s+(?:Báo|trang|chúng\s+tôi|[^\s.!?]+\s+trên)[^.!?]{0,60}|[^.!?]{0,60}Tin\s+tức\s+cập\s+nhật[^.!?]{0,40}|"
    r"\d{1,3}\s+(?:phút|giờ|ngày)\s+trước|Hotline\s*:?\s*[\d\s.()+-]{6,}(?:\s+\S+){0,3}|.*\d\s*°C\s*/.*|[^.!?\d]{2,40}\d{1,2}\s*°C|Analytics?(?:\s.*)?|"
    r"\([^()]{2,30}\)\s*[-–—]|"
    # a rating widget's stars read out ("sao sao sao sao sao") and a section's name with the time of posting ("Vận tải
    # 02/07/2015 06:37")
    r"(?:sao\s*){3,}|(?:[^\W\d]+\s+){1,4}\d{1,2}/\d{1,2}/\d{4}\s+\d{1,2}:\d{2}(?::\d{2})?|"
    # a broadcaster's footer under every report ("Mời quý độc giả theo dõi các chương trình đã phát sóng của Đài …")
    r"[*•]?\s*Mời\s+(?:quý\s+)?(?:độc\s+giả|khán\s+giả|bạn\s+đọc|quý\s+vị)\s+(?:theo\s+dõi|xem)[^.!?]*[.!]?|"
    # a paper's masthead: whose paper it is ("Cơ quan của Hội Nông dân …", "Cơ quan ngôn luận của …")
    r"Cơ\s+quan\s+(?:ngôn\s+luận\s+|chủ\s+quản\s+)?của\s+[^.!?:;]{3,100}|"
    # the page's address pieces and ids left as lines of their own: a path or slug ("/xa-hoi", "ao-xanh-tiep-suc"), a
    # section with its slash ("Nhịp sống trẻ/"), a long id ("3194598"), an image file's name ("….jpg)", "33 copy.jpg") and a post kind
    r"(?-i:/?[a-z0-9]+(?:[-_/][a-z0-9]+)+/?|/[a-z0-9]+|news|post|article)|[^/.!?]{1,30}/|\d{5,}|(?:\S+\s){0,3}\S*\.(?:jpe?g|png|gif|webp)\)?|"
    rf"{_SECTIONS})$",
    re.IGNORECASE,
)
_OTHER_ARTICLES = re.compile(rf"^{_OTHERS}$", re.IGNORECASE)
# Related articles' titles glued into one line, each title's last word run into the next one's first ("… cho kỳ thi THPT
# quốc giaNắm rõ quy chế …thiPhân luồng …"): a word run into a capitalised word twice or more, on a line that ends no
# sentence, is no sentence of the text ("… huyệnTiền Hải … lên YouTube." is a sentence with a missing space and a brand)
def _glued_titles(text: str) -> int:
    """How often a word of two lower-case letters or more runs into a capitalised word ("giaNắm", not "VnExpress")."""
    return sum(a.islower() and b.islower() and c.isupper() and d.islower() for a, b, c, d in zip(text, text[1:], text[2:], text[3:]))
# A section name the page prints in front of the headline on the same line ("Văn hoá, xã hội Kon Tum sẵn sàng …",
# "Thời sự - Chính trị Kiểm tra …"): not the headline's words
# (two names joined by a comma or a dash: one alone may be the headline's own first words, "Y tế Kon Tum sẵn sàng …")
_SECTION_BEFORE = re.compile(rf"^{_SECTION}(?:\s*,\s*|\s+[-–]\s+){_SECTION}\s+(?=(?-i:[A-ZĐÀ-Ỹ]))", re.IGNORECASE)


def without_section(line: str) -> str:
    """A headline without the section name printed in front of it."""
    return _SECTION_BEFORE.sub("", line, count=1)
# The stamp a page store sets before a page's text ("date 2024-06 Sở Y tế …"): not the page's words.
_STORE_STAMP = re.compile(r"^date\s+\d{4}-\d{2}(?:-\d{2})?\s+")
CLOSING_MARK = re.compile(r"(?:\./\.|/\.|\.\s*/\s*\.)\s*$")


@dataclass(frozen=True)
class Paragraph:
    text: str
    start: int  # offset of the first character in the decoded source
    end: int  # offset just past the last character


@dataclass(frozen=True)
class Cleaned:
    paragraphs: list[Paragraph]
    dropped: list[Paragraph]  # noise and page furniture, kept for the data-quality page
    wrapped: bool  # the source was hard-wrapped (PDF extraction)


@dataclass
class _Line:
    text: str
    start: int
    end: int
    blank_before: bool


def strip_emphasis(text: str) -> str:
    # Most lines hold no asterisk or double underscore: skip the regex (called for every line pair).
    if "![" in text:  # a page's image copied as Markdown, with an empty table cell after it ("… năm 2025 ![]() |")
        text = _IMAGE.sub("", text)
    return _EMPHASIS.sub("", text) if "*" in text or "__" in text else text


_IMAGE = re.compile(r"\s*!\[[^\]\n]*\]\([^)\n]*\)(?:\s*\|)*")


# A headline glued to the paragraph below it, with no space between ("… tỉnh Nam ĐịnhChiều 14/7, …"): two lower-case
# letters then a capital and a lower-case one inside one word never occur in Vietnamese words or in the acronyms of
# agencies ("GD&ĐT", "TTg", "VnExpress"); a word of plain ASCII letters is a brand ("YouTube") and stays whole.
_LOWER = frozenset(unicodedata.normalize("NFC", v + tone) for v in "aăâeêioôơuưy"
                   for tone in ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")) | frozenset("bcdđfghjklmnpqrstvwxz")
# Only where what follows opens a paragraph (a time, a date, "Theo đó,"): a missing space inside a sentence ("… Trường
# PTDTNT huyệnNam Giang và …") is no paragraph's end. (The opener is searched first and the two letters before it
# checked after: a pattern that looked behind at every character cost half of the cleaning's time.)
_GLUED_OPENING = re.compile(r"(?:Sáng|Chiều|Tối|Trưa|Đêm|Ngày|Hôm)\s+(?:nay|qua|mai|\d)|Theo\s+đó,|Ngoài\s+ra,|"
                            r"Đồng\s+thời,|Trước\s+đó,|Tại\s+(?:buổi|cuộc|hội)\b")


_CASE_CHANGE = re.compile("[" + "".join(sorted(_LOWER)) + "][" + "".join(sorted(c.upper() for c in _LOWER)) + "]")


def _glued_at(text: str) -> list[int]:
    """Where a glued word splits; an all-ASCII word ("YouTube", "TikTok") is a name, not two glued Vietnamese words."""
    cuts: list[int] = []
    if not _CASE_CHANGE.search(text):  # (most lines: a small letter is never followed by a capital)
        return cuts
    for m in _GLUED_OPENING.finditer(text):
        at = m.start()
        if at >= 2 and text[at - 1] in _LOWER and text[at - 2] in _LOWER:
            word = re.search(r"\w*$", text[:at])[0] + re.match(r"\w*", text[at:])[0]
            if not word.isascii():
                cuts.append(at)
    return cuts


_LETTERHEAD_CHARS = 2_000  # a letterhead stands in the first lines


def _lines(source: str) -> list[_Line]:
    lines: list[_Line] = []
    pos = 0
    blank = False
    for raw in source.split("\n"):
        stripped = _trim(raw)  # (a table row's empty last cell keeps its tab)
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            if pos < _LETTERHEAD_CHARS and "|" in stripped and LAYOUT_TABLE.search(stripped):
                # a letterhead copied as a table row ("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |"): its
                # cells are blocks of their own, as a Word letterhead's are (etl.office)
                for cell in re.finditer(r"[^|]+", stripped):
                    if piece := cell.group().strip():
                        a = cell.start() + len(cell.group()) - len(cell.group().lstrip())
                        lines.append(_Line(piece, pos + lead + a, pos + lead + a + len(piece), True))
                blank = False
                pos += len(raw) + 1
                continue
            cuts = [0, *_glued_at(stripped), len(stripped)]
            for k, (a, b) in enumerate(zip(cuts, cuts[1:])):
                piece = stripped if len(cuts) == 2 else stripped[a:b].strip()
                lines.append(_Line(piece, pos + lead + a, pos + lead + b, blank or k > 0))
            blank = False
        else:
            blank = True
        pos += len(raw) + 1
    return lines


def _is_double_spaced(source: str, lines: list[_Line]) -> bool:
    """Every line followed by a blank line: blank lines then say nothing about paragraphs."""
    if len(lines) < 8:
        return False
    return sum(1 for ln in lines[1:] if ln.blank_before) / (len(lines) - 1) > 0.8


def _is_caps(text: str) -> bool:
    """At least two letters, all upper case; stops at the first lower-case letter (most lines)."""
    letters = 0
    for c in strip_emphasis(text):
        if c.isalpha():
            if not c.isupper():
                return False
            letters += 1
    return letters >= 2


# Lines this long are whole paragraphs (a web page's text), not the hard-wrapped lines of a PDF or a letter's header.
_WEB_WIDTH = 200


# The place and date of issue ("Nghệ An, ngày 24 tháng 6 năm 2024"): a line of its own, never a title's continuation
# (a Công điện puts it below its title).
DATE_LINE = re.compile(
    # (not a weekday: "Thứ Hai, ngày 12 tháng 7 năm 2021, 08:14" is a web page's time stamp, WEB_STAMP)
    r"(?<!\w)(?<!Thứ\s)(?<!Chủ\s)(?!(?:Thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|Chủ\s+nhật|CN)\s*,)"
    r"(?P<place>[^\W\d_][^,\d]{0,40}?)\s*,\s*ngày\s*(?P<d>\d{1,2})?\s*tháng\s*(?P<m>\d{1,2})?\s*năm\s*(?P<y>\d{4})",
    re.IGNORECASE,
)
# A web page's time stamp on a line of its own ("Thứ tư, 30/06/2021 10:42", "Thứ Hai, ngày 12 tháng 07 năm 2021,
# 08:14:05", "Thứ 7, 04.07.2020 | 09:40:57", "12/06/2019 | 08:05 GMT+7", "11/06/2024 11:12:08 SA", "Cập nhật ngày:
# 26/06/2019 18:03:10", "… lúc 07:30 |"): it ends the headline above it and opens no paragraph with the lead below it.
WEB_STAMP = re.compile(
    r"(?:(?:Cập\s+nhật|Đăng|Ngày\s+đăng)(?:\s+(?:ngày|lúc))?\s*:?\s*)?"
    r"(?:\d{1,2}:\d{2}(?::\d{2})?\s*,\s*(?=Thứ|Chủ|CN))?"  # "12:22, Thứ Ba, 18/06/2019": the time may come first
    r"(?:(?:Thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|Chủ\s+nhật|CN)\s*,?\s*(?:ngày\s+)?)?"  # "Thứ Tư, ngày 05/08/2020"
    r"(?:\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:SA|CH|AM|PM))?\s*[-|,]?\s*)?(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})"
    r"(?:\s*(?:[-|,]|lúc)?\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:SA|CH|AM|PM))?)?(?:\s*(?:\(?\s*(?:GMT|UTC)\s*[+-]\s*\d{1,2}\s*\)?))?\s*\|?\s*",
    re.IGNORECASE,
)
# A table row copied from a web page or a spreadsheet: three cells or more, between tabs (or already " | ").
_ROW = re.compile(r"\S[^\t\n]*\t[^\t\n]*\S[^\t\n]*\t\s*\S|\S \| .* \| \S")


# A strip of related headlines a web page prints between its separators, cut where the copy began or ended ("| Thí
# sinh … năm 2020 Hơn 1 triệu thí sinh … |", "Kỳ thi … Một số quy định thí sinh cần lưu ý |").
_LINK_STRIP = re.compile(r"^\|\s|\s\|$")


def _is_row(text: str) -> bool:
    return ("\t" in text or " | " in text) and bool(_ROW.search(text))  # (the test first: most lines hold neither)


# Words that open a paragraph of a document's body ("Căn cứ …", "Thực hiện …", "Ngày 9/6/2023, …", "Năm 2024, …"):
# written with a capital, they never continue a sentence, so a line that starts with one starts a paragraph (the
# subject line of a notice "Kết luận của … tại cuộc họp …" has no full stop, and the text goes on with "Ngày 9/6/2023,
# Phó Chủ tịch …").
OPENING = re.compile(r"^(?:Thực hiện|Căn cứ|Để |Nhằm |Trong những năm|Ngày \d|Năm \d{4},)")
# So does a connective with its comma ("Ngoài ra, đơn vị còn …" under a photo caption "Quang cảnh điểm thi ngày 28/6")
# (a paragraph of the body: not the preamble that OPENING also marks, etl.segment).
_CONNECTIVE = re.compile(r"^(?:Ngoài ra|Bên cạnh đó|Theo đó|Đồng thời|Trước đó|Sau đó|Cùng với đó|Tuy nhiên|Mặt khác"
                         r"|Đặc biệt),")


# A photo caption closes on its credit, with no full stop ("… tặng quà các đội tình nguyện. Ảnh: Thanh Hà", "…
# Buôn Ma Thuột. Hình minh họa", "(Ảnh minh họa)"): the next line is the article's next paragraph, not the rest of
# the credit.
_CREDIT = r"(?:Ảnh|Hình|Hình ảnh|Nguồn|Tin và ảnh|Tin, ảnh)"
_SOURCE = r"\s*:\s*[^\s.:;,](?:[^.:;,]|\.(?=\S)){0,40}"  # ": Thanh Hà", ": EVN cung cấp", initials ": C.K"
_CREDIT_END = re.compile(r"(?:^|[.!?…]\s+|\(\s*)" + _CREDIT + r"(?:\s+minh\s+h(?:ọa|oạ)(?:" + _SOURCE + r")?|" + _SOURCE
                         + r")\)?\s*$")


# A news report's lead opens on its paper's tag and a dash ("(Dân trí) - Ngày 30/7, …", "ĐTO - Sáng 18/5, …"): it starts
# a paragraph, also after a short author's line under the headline ("Phạm Hoàng"), which would otherwise run on into it.
_NEWS_TAG = re.compile(r"^(?:\(\s*[^()\n]{2,30}?\s*\)|[A-ZĐ][A-ZĐ&.]{1,7})\s*[-–—]\s+\S")


# A rule drawn under the issuer or the motto ("——-", "-----", "_____"), and the lines of a letter's header that open
# with their field ("Số: 12/UBND-KGVX", "V/v bảo đảm …", "Kính gửi: …"): each a line of its own.
_RULE = re.compile(r"^[-–—_=*.\s]{3,}$")
_HEADER_FIELD = re.compile(r"^(?:Số\s*:|V/v\b|Kính\s+gửi\s*:)")
# The national motto, below or beside the issuer's name in capitals: the header of a document.
_NATIONAL_MOTTO = re.compile(r"^(?:CỘNG HÒA|CỘNG HOÀ) XÃ HỘI CHỦ NGHĨA VIỆT NAM")


def _page_top(lines: list[_Line]) -> int:
    """How many lines of a page's own text stand above a document's header ("Công văn 2956/BYT-KCB năm 2018 …",
    a view count, "Đánh giá" over "BỘ Y TẾ" / "——-" / "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"): the lines before the
    block of capitals and rules that holds the national motto within the first twelve lines. None when no such block
    has an issuer's name in capitals above the motto (a header written in ordinary case keeps all its lines)."""
    motto = next((i for i, ln in enumerate(lines[:12]) if _NATIONAL_MOTTO.match(strip_emphasis(ln.text))), None)
    if not motto:
        return 0
    i, caps = motto, 0
    while i > 0:
        text = strip_emphasis(lines[i - 1].text)
        if _is_caps(text):
            caps += 1
        elif not (_RULE.match(text) or _HEADER_FIELD.match(text)):
            break
        i -= 1
    return i if caps else 0


# A line that holds only a dash or a bullet: a web page sets off each of its related headlines with one.
_SEPARATOR = re.compile(r"^[-–—•*]$")


def _related_headlines(lines: list[_Line]) -> set[int]:
    """The lines of a list of other articles' headlines that a web page prints above its own text, each set off by a
    line holding only a dash (or ending on one): "-", "Samsung khởi động cuộc thi …", "-", "Đà Nẵng tăng 130 bậc …".
    None of them is the text's headline, place or year. Only at the top (a separator among the first eight lines,
    before any sentence ends) and only two headlines or more: a document's dash items hold their words on their own line
    and end in a full stop or a semicolon."""
    start = next((k for k, ln in enumerate(lines[:8]) if _SEPARATOR.match(ln.text.strip())), None)
    if start is None or any(ends_sentence(ln.text) for ln in lines[:start] if ln.text.strip()):
        return set()
    run: list[int] = []
    headlines, set_off = 0, False
    for k in range(start, min(len(lines), start + 40)):
        text = lines[k].text.strip()
        if not text:
            continue
        if _SEPARATOR.match(text):
            run.append(k)
            set_off = True
        elif set_off and len(text) < 160 and not ends_sentence(text):
            run.append(k)
            headlines += 1
            set_off = text.endswith((" -", " –"))  # "Bác như lặng người … -": the next headline is set off too
        else:
            break
    return set(run) if headlines >= 2 else set()


def _joins(prev: _Line, line: _Line, *, double_spaced: bool, width: float, opening: bool = False) -> bool:
    """Does `line` continue the paragraph that `prev` ends? `opening`: `prev` is the text's first line."""
    head = strip_emphasis(line.text)
    tail = strip_emphasis(prev.text)
    if _is_row(head) or _is_row(tail):
        return False  # each row of a table is a paragraph of its own
    if _LINK_STRIP.search(head) or _LINK_STRIP.search(tail):
        return False  # a web page's strip of related headlines is no part of the headline above it or the lead below
    if any(len(t) < 90 and (DATE_LINE.match(t) or WEB_STAMP.fullmatch(t)) for t in (head, tail)):
        return False
    if MARKER.match(head) or _is_caps(tail) or _is_caps(head) or CLOSING_MARK.search(tail):
        return False
    if _RULE.match(head) or _RULE.match(tail) or _HEADER_FIELD.match(head):
        return False  # the rule under a letterhead or the motto, and the number, subject and addressee lines of a letter
    first = head[0]
    if first.islower() or first in ",;)":
        return True  # a sentence never starts in lower case: this is a continuation (also across a page break)
    if (ends_sentence(tail) or OPENING.match(head) or _CONNECTIVE.match(head) or _CREDIT_END.search(tail)
            or _NEWS_TAG.match(head)):
        return False
    if double_spaced or line.blank_before:
        # Hard-wrapped text: a line that runs to (nearly) full width was cut by the wrap, a short one ended.
        return double_spaced and len(tail) >= 0.6 * width
    # Consecutive lines of one block, the previous one without final punctuation: one paragraph, unless that line
    # ended well short of the block's width before a capital and a full-width line (a web page's headline or photo
    # caption over the next paragraph: its lines are whole paragraphs, far longer than the caption).
    # The same holds for a text's first line at any width, before a full-width line or a whole sentence: a headline
    # over the first paragraph ("Trên 1.500 tình nguyện viên tiếp sức mùa thi năm 2025" / "Gần 1.300 đoàn viên …
    # tham gia ….").
    if len(tail) >= 0.6 * width:
        return True
    if MARKER.match(tail) and not tail.endswith((",", "-", "–")) and first.isupper():
        return False  # a short numbered heading ("1. Phòng Nghiệp vụ Y - Dược") over its own text ("Là đầu mối …")
    if opening:
        return len(head) < 0.6 * width and not ends_sentence(head)
    return width < _WEB_WIDTH or len(head) < 0.6 * width


def _glue(text: str, addition: str) -> str:
    # A reference split after its hyphen or slash ("17/CT-" + "TTg") is one word.
    if re.search(r"[\w][-/]$", text) and not text.endswith(" -"):
        return text + addition
    return text + " " + addition


def _noise_after_closing(lines: list[_Line]) -> set[int]:
    """Web-page material after the document's closing mark ("./."), except recipients and signature."""
    last = max((i for i, ln in enumerate(lines) if CLOSING_MARK.search(strip_emphasis(ln.text))), default=None)
    if last is None:
        return set()
    rest = lines[last + 1 :]
    if any(re.match(r"^(?:\*\*)?\s*(?:Nơi nhận|Kính gửi)", ln.text) for ln in rest):
        return set()
    noise = set()
    for i, ln in enumerate(rest, start=last + 1):
        text = strip_emphasis(ln.text)
        if _is_caps(text) or re.match(r"^(?:TM|T/M|KT|TL|TUQ|Q)\.", text):
            continue  # signature block
        if i > 0 and (i - 1 not in noise) and _is_caps(strip_emphasis(lines[i - 1].text)):
            continue  # signer's name under the signature title
        noise.add(i)
    return noise


def clean(source: str) -> Cleaned:
    lines = _lines(source)
    dropped: list[Paragraph] = []
    if lines and (stamp := _STORE_STAMP.match(lines[0].text)):
        first = lines[0]
        dropped.append(Paragraph(stamp[0].strip(), first.start, first.start + len(stamp[0].rstrip())))
        lines[0] = _Line(first.text[stamp.end():], first.start + stamp.end(), first.end, first.blank_before)
    noise = _noise_after_closing(lines) | set(range(_page_top(lines))) | _related_headlines(lines)
    kept: list[_Line] = []
    others_from = None  # where a box of other articles' titles starts, if the page has one
    headline = None
    broken = False  # a line of the page's furniture was dropped right before: what follows starts a paragraph
    for i, ln in enumerate(lines):
        text = strip_emphasis(ln.text).strip()
        # a web page repeats its headline as the alt text of its photo or in a share box ("Thủ tướng ban hành Chỉ thị
        # về …" again above the photo's caption): once is the headline, again is the page's furniture
        furniture = bool(text) and (_WEB_NOISE.match(text) is not None or (text == headline and not ends_sentence(text))
                                    or (not ends_sentence(text) and _glued_titles(text) >= 2))
        if i in noise or not text or _PAGE_NUMBER.match(text) or furniture:
            if others_from is None and kept and _OTHER_ARTICLES.match(text):
                others_from = len(kept)
            dropped.append(Paragraph(ln.text, ln.start, ln.end))
            broken = broken or furniture
            continue
        headline = headline or text
        kept.append(replace(ln, blank_before=True) if broken else ln)
        broken = False
    double = _is_double_spaced(source, lines)
    # (the text's own lines set the width, not the short titles of the other articles listed under it)
    own = kept[:others_from] if others_from else kept
    width = median(sorted(len(ln.text) for ln in own)[len(own) // 2 :]) if own else 80.0
    paragraphs: list[Paragraph] = []
    text = ""
    start = end = 0
    prev: _Line | None = None
    for ln in kept:
        if prev is not None and _joins(prev, ln, double_spaced=double, width=width, opening=prev is kept[0]):
            text = _glue(text, strip_emphasis(ln.text).strip())
            end = ln.end
        else:
            if prev is not None:
                paragraphs.append(Paragraph(_squash(text), start, end))
            text, start, end = _trim(strip_emphasis(ln.text)), ln.start, ln.end
        prev = ln
    if prev is not None:
        paragraphs.append(Paragraph(_squash(text), start, end))
    return Cleaned([p for p in paragraphs if p.text], dropped, double)


def _trim(text: str) -> str:
    """Outer whitespace off, but a table row's empty last cell keeps its tab."""
    return text.lstrip().rstrip(" \r\u00a0") if _is_row(text) else text.strip()


def _squash(text: str) -> str:
    text = text.strip(" \u00a0\r\n")  # (a row's last cell may be empty: its tab stays)
    if _is_row(text):  # its cells joined as Word tables are read (etl/office.py, statements.CELL)
        text = re.sub(r"[ \u00a0]*\t[ \u00a0]*", " | ", text)  # (an empty cell stays a cell)
    return re.sub(r"[ \t\u00a0]+", " ", text).strip()
