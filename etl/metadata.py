"""Document metadata from its own text, filled in or overridden by the manifest.

Each field remembers where it came from ("text", "inferred", "manifest", "file name") and every field that is
inferred, taken from the file's name or missing leaves a warning: nothing is guessed silently.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import itertools
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from etl.clean import WEB_STAMP, Paragraph, ends_sentence, without_section
from etl.config import PACKAGE
from etl.header import header_issuer
from etl.manifest import MANIFEST_FIELDS, read_manifest  # noqa: F401  (moved; kept importable from here)
from etl.segment import DATE_LINE, DOC_TYPES, is_caps, looks_like_name

FIELDS = ("locality", "year", "doc_type", "issuer", "number", "issued_date", "signer", "title")
# A number: "05/CT-UBND", "2766/BGDĐT-QLCL", and the Party's "40-CT/TU" (a dash after the digits, a slash before
# the issuing body).
_NUMBER = re.compile(r"Số\s*:?\s*(?P<n>\d*)\s*(?P<sym>(?:/|(?<=\d)-(?=[A-ZĐ]))\s*[\wĐđ&\-]+(?:/[\wĐđ&\-]+)*)")
_SYMBOL_TYPES = {"CT": "Chỉ thị", "TB": "Thông báo", "KH": "Kế hoạch", "CĐ": "Công điện", "QĐ": "Quyết định"}


def _symbol_type(number: str) -> str | None:
    """The type a document number's symbol names ("08/CT-UBND": Chỉ thị), or None ("754/STTTT-CNBCVT")."""
    m = re.search(r"[/-](CT|TB|KH|CĐ|QĐ)\b", number)
    return _SYMBOL_TYPES[m[1]] if m else None
NATIONAL = "Toàn quốc"  # the locality of a national body's document (etl/gazetteer.matcher reads it as no province)
_NATIONAL_ISSUER = re.compile(r"(?:Phó\s+)?Thủ tướng|Chính phủ|Văn phòng Chính phủ|Bộ\s")
# A body of the whole country named in a text's opening: the Government, a ministry or its departments, the national
# power group and its regional corporations, the central youth and student bodies, the Vietnam road administration.
_NATIONAL_BODY_AT_WORK = re.compile(
    r"(?<!\w)(?:Thủ\s+tướng|Chính\s+phủ|Bộ\s+(?!đội|Chỉ\s+huy|CHQS)(?-i:[A-ZĐ])|EVN[A-Z]{0,6}(?!\w)|Tập\s+đoàn\s+Điện\s+lực"
    r"\s+Việt\s+Nam|Tổng\s+công\s+ty\s+Điện\s+lực\s+miền|Trung\s+ương\s+(?:Đoàn|Hội)|Cục\s+Đường\s+bộ\s+Việt\s+Nam)")
# A sentence that opens by citing a document ("Tại Chỉ thị số 17/CT-TTg, …") or that says a local body implements one
# ("Theo đó, để triển khai thực hiện, Sở … yêu cầu …").
_CITING = re.compile(r"^\W*(?:Tại|Theo|Thực hiện|Căn cứ)\s+(?i:chỉ thị|công điện|công văn|quyết định|kế hoạch|thông báo|văn bản)"
                     r"\b[^,]*,\s*$")
_GROUNDS = re.compile(r"^\W*(?:Căn cứ|Xét|Theo đề nghị)\b[^,;]*$")
_IMPLEMENTING = re.compile(r"(?:^|[.;]\s+)\W*(?:Theo đó|Để triển khai|Triển khai|Thực hiện)\b[^.;]*$", re.IGNORECASE)
# A national body's own document, named where the report says it was issued: "Thủ tướng Chính phủ có Công điện
# 72/CĐ-TTg …", "… vừa ban hành Chỉ thị 16/CT-TTg (ngày 3/5/2019) …".
_NATIONAL_ISSUED = re.compile(r"(?:ban\s+hành|\bcó|\bký)\s+(?P<type>(?i:Chỉ thị|Công điện|Quyết định|Công văn))"
                              r"\s+(?:số\s+)?(?P<num>\d+/[\wĐđ]+(?:-[\wĐđ]+)+)")
_FORMERLY = {"Huế": (2025, "Thừa Thiên Huế")}  # locality -> (first exam year under that name, the name before)


def _former_name(meta: Metadata) -> None:
    """The locality under the name it had in the document's year (_FORMERLY), unless the manifest gave it."""
    if (before := _FORMERLY.get(str(meta.values.get("locality")))) and meta.sources.get("locality") != "manifest" \
            and isinstance(meta.values.get("year"), int) and meta.values["year"] < before[0]:
        meta.values["locality"] = before[1]


_NATIONAL_HEADER = re.compile(r"^(?:THỦ TƯỚNG CHÍNH PHỦ|CHÍNH PHỦ|VĂN PHÒNG CHÍNH PHỦ|BỘ\s+[A-ZĐÀ-Ỹ])")
_NATIONAL = re.compile(r"(?:Chỉ thị|Công điện|Quyết định)\s+số\s+(\d+/(?:CT|CĐ|QĐ)-TTg)")
# A character of a body's name, short of a speaker's verb or a purpose that starts the sentence's own words
# (nor a helper verb or an adviser's act: "Sở GD-ĐT sẽ ban hành …" is to come, "Sở … đã tham mưu UBND tỉnh ban hành …"
# names an adviser)
_NAME_RUN = r"(?:[^,.;:\s]|\s(?!(?:cho\s+biết|cho\s+hay|để|nhằm|đảm\s+bảo|bảo\s+đảm|sẽ|đã|đang|tham\s+mưu)\s))"
_ISSUER = re.compile(
    r"(?P<who>(?:Văn phòng\s+|Chủ tịch\s+)?(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+(?:tỉnh|thành phố|TP\.?)(?:\s+[A-ZĐ]\w*)*"
    # a department's or ministry's name is capitalised and short ("Sở y tế chuẩn bị … các yêu cầu" is a duty, not an issuer)
    # (a name never runs on into what a speaker says: "Sở GD&ĐT tỉnh X cho biết để bảo đảm yêu cầu bảo mật …")
    r"|Ban Thường vụ\s+(?:Tỉnh|Thành)\s+ủy|Sở\s+[A-ZĐ]" + _NAME_RUN + r"{0,60}?"
    r"|(?:Phó\s+)?Thủ tướng(?:\s+Chính phủ)?|Văn phòng Chính phủ|Bộ trưởng\s+Bộ\s+" + _NAME_RUN + r"{1,60}?|Bộ\s+[A-ZĐ]"
    + _NAME_RUN + r"{0,60}?)"  # national bodies
    r"\s+(?<!\sđược\s)(?:vừa\s+|đã\s+|ký\s+|cũng\s+|tiếp\s+tục\s+)*(?:trân trọng đề nghị|đề nghị|yêu cầu|thông báo(?!\s+(?:có|là|rằng)\b)|chỉ thị|ban hành|truyền đạt"
    r"|(?:có|ký)\s+(?i:chỉ thị|công văn|công điện|kế hoạch|quyết định|thông báo)\s+(?:số|về|gửi|đề nghị|yêu cầu|chỉ đạo|thành lập|thông báo|hướng dẫn|\d+/)"
    r"|(?:có|ra|ký)\s+văn bản\s+(?:số|đề nghị|yêu cầu|chỉ đạo|hướng dẫn|gửi)"  # "vừa ra văn bản chỉ đạo …", "vừa có quyết định thành lập …"
    r"|ra\s+(?i:chỉ thị|công điện|quyết định|kế hoạch|thông báo))\b"  # "UBND TP đã ra chỉ thị khẩn về …"
)
# A portal article gives the number and date only in a sentence: "… vừa ban hành Chỉ thị số 08/CT-UBND ngày 12/5/2023",
# "… có Công văn hỏa tốc số 4707/UBND-KGVX …", "… vừa có công văn số …", "… ra Chỉ thị số 13/CT-UBND …".
# Also without "vừa": "Ngày 01/7/2020, UBND thành phố ban hành Quyết định số 2354/QĐ-UBND về …" (the date opens the sentence).
# The number may come later in the sentence, after the subject or in brackets ("… ban hành Chỉ thị về tăng cường …
# (Chỉ thị số 07/CT-UBND, ngày 10/6/2022)"), and the date after a comma; it is the issued document's number only
# while no other document is named in between ("ban hành Chỉ thị … nhằm triển khai Chỉ thị số 15/CT-TTg" is not; the
# same type may repeat only in brackets), and never a national number (…/CT-TTg).
_TYPES = "|".join(DOC_TYPES.values())
# A news title or lead names the document and its issuer together: "Bình Phước: Chỉ thị của UBND tỉnh về tổ chức …".
_TYPE_OF = re.compile(r"^(?:[^:]{2,40}:\s*)?(?P<type>" + _TYPES + r")\s+(?:số\s+\S+\s+)?của\s+"
                      r"(?P<who>(?:Chủ tịch\s+)?(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+(?:tỉnh|thành phố)(?:\s+[A-ZĐ]\w*)*"
                      r"|Sở\s+[A-ZĐ][^,.;:()]*?)\s+(?:về|V/v|năm|trong)\b")
# A portal article quotes the document it reports in brackets after its lead sentence: "Văn phòng UBND tỉnh truyền đạt
# ý kiến chỉ đạo … (Công văn số 1234/VP-KGVX, ngày 20/6/2022)."
_CITED_SELF = re.compile(r"\(\s*(?P<type>" + _TYPES + r")\s+số\s+(?P<num>\d+/(?![\wĐđ-]*TTg\b)[\wĐđ]+(?:[-/][\wĐđ]+)*)"
                         r"\s*,?\s*ngày\s+(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})\s*\)")
# The verb of issuing a document: "(ký) ban hành", "(ký) có", "ký", "ra", "phát đi", and a leader's conclusions given in a
# notice, "kết luận tại Thông báo số …" (read by _ISSUED_DOC and _ISSUED_BARE).
_ISSUES = r"(?:(?:ký\s+)?ban\s+hành|(?<=\s)(?:ký\s+)?có|(?<=\s)ký|(?<=\s)ra|phát\s+đi|(?<=\s)kết\s+luận\s+tại)"
_ISSUED_DOC = re.compile(
    r"(?:(?:vừa|đã|mới)\s+)?" + _ISSUES + r"\s+(?P<type>(?i:" + _TYPES + r")|[Vv]ăn\s+bản)\b"
    r"(?:\s+(?=\d+/[\wĐđ]+-)|(?:\(\s*(?P=type)|(?!" + _TYPES + r")[^.!?])*?\bsố\s+)"  # "Công văn 2766/BGDĐT-QLCL" has no "số"
    r"(?P<num>\d+(?:/ ?|-(?=[A-ZĐ]))[\wĐđ]+(?:[-/](?!TTg\b)[\wĐđ]+)*)(?![\wĐđ-])(?:,?\s+ngày\s+(?P<d>\d{1,2})(?P<sep>[/.\-])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4}))?"
)
# …and by a bare number, right after its type: "ký Công điện số 58 về …", "ký ban hành Chỉ thị 13 (ngày 28/5/2024) về …"
# (a bare number without "số" only right before the day it was signed, so that "Kế hoạch 5 năm", "kế hoạch 10 ngày
# cao điểm" give none).
_ISSUED_BARE = re.compile(
    _ISSUES + r"\s+(?P<type>(?i:" + _TYPES + r"))\s+"
    r"(?:số\s+(?P<num>\d{1,5})(?![\w/.,-])|(?P<bare>\d{1,5})(?=\s*\(?\s*,?\s*ngày\s+\d{1,2}/\d))"
    r"(?:\s*\(?\s*,?\s*ngày\s+(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4}))?"
)
# A district's or commune's committee named right before the document it issued ("UBND huyện Thạch Thất đã ban hành
# Văn bản số …"; the province's committees and departments are read by _ISSUER)
_ISSUED_BY = re.compile(r"(?P<who>(?:Chủ tịch\s+)?(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+(?:huyện|quận|thị xã|thành phố|xã|phường)"
                        r"(?:\s+[A-ZĐ]\w*)+)\s+(?:(?:vừa|đã|mới)\s+)*(?:ký\s+)?$")
# (also "Ngày …" with a capital inside a paragraph: a headline without its full stop, joined to the lead)
_OPENING_DATE = re.compile(r"(?:^|[.!?;]\s+|(?<=\s)(?=Ngày\s))(?:[Nn]gày\s+)?(?P<d>\d{1,2})(?:/|\s+tháng\s+)(?P<m>\d{1,2})(?:/|\s+năm\s+)(?P<y>\d{4})"
                           r"\s*,[^.!?]*$")
# A news report names the type of what was issued: "UBND tỉnh vừa ban hành chỉ thị về …", "… vừa có / đã có công văn đề
# nghị …", "… phát đi thông báo hỏa tốc …", and after the day it opens with, "Ngày 4/8, Bộ Y tế có công điện …".
# (also "… vừa thông báo kết luận của …": a conclusion notice)
_OPENING_TYPE = re.compile(r"\b(?:ban\s+hành|phát\s+đi|(?:vừa|mới|đã)\s+(?:ký\s+)?(?:có|ký)|(?:đã|vừa|mới)\s+ra"
                           r"|^(?:ngày\s+)?\d{1,2}[/\-]\d{1,2}(?:[/\-]\d{4})?,\s+[^,.;:]{2,80}?\s+có"
                           r"|(?:vừa|mới)(?=\s+thông\s+báo\s+kết\s+luận))\s+(" + _TYPES + r")\b",
                           re.IGNORECASE)
# "Ngày 4/6/2024, Sở … đã có văn bản đề nghị …": a news report of a letter that asks (a Công văn, as "vừa có công văn
# đề nghị"), dated where it opens; one "gửi" (sent) to someone may be of any type.
_OPENING_LETTER = re.compile(r"\b(?:(?:vừa|mới|đã)\s+)+(?:có|ra)\s+văn\s+bản\s+(?:đề\s+nghị|yêu\s+cầu|chỉ\s+đạo|hướng\s+dẫn)\b",
                             re.IGNORECASE)
_TELEGRAM = re.compile(r"^CHỦ TỊCH (?:ỦY|UỶ) BAN NHÂN DÂN (TỈNH|THÀNH PHỐ)\b[^:]{0,40}\bđiện\s*:")
_SUBJECT_LINE = re.compile(r"\b(?P<subject>V/v\s+.+)$")
# The exam year: "năm 2024", also "Kỳ thi THPT 2023", "THPT quốc gia 2016", "Tiếp sức mùa thi 2018", "kỳ thi tốt
# nghiệp Trung học phổ thông 2022", "tuyển sinh 2023".
# Not a year compared against: "tăng 4 điểm thi so với năm 2024" is said in the year after.
# (a school year "2023-2024" names the exam of its second year: "kỳ thi tốt nghiệp THPT 2023-2024")
_EXAM_YEAR = re.compile(r"(?:năm|THPT|[Qq]uốc\s+gia|mùa\s+thi|[Tt]rung\s+học\s+[Pp]hổ\s+[Tt]hông|[Tt]ốt\s+nghiệp|[Tt]uyển\s+sinh)\s+(20\d\d|19\d\d)\b(?:\s*[-–]\s*(20\d\d)\b)?")
# "… so với năm 2024", "so với kỳ thi tốt nghiệp THPT năm 2024": a year the text compares against, a few words before.
_COMPARED = re.compile(r"\bso\s+với\b[^.;!?]{0,40}$", re.IGNORECASE)
# "thí sinh học Chương trình GDPT (năm) 2006 / 2018": the year of a curriculum, not of an exam.
# (also "theo Chương trình năm 2006": the _EXAM_YEAR word "năm" then stands right after the programme)
_CURRICULUM = re.compile(r"(?:chương\s+trình|CT)(?:\s+(?:giáo\s+dục\s+phổ\s+thông|GDPT))?\s*$", re.IGNORECASE)
# "em A sinh năm 2007": a candidate's year of birth, not the exam's ("tuyển sinh năm 2023", admissions, is the exam's).
_BORN = re.compile(r"(?<!tuyển\s)\bsinh\s*$", re.IGNORECASE)


def _exam_years(text: str) -> list[int]:
    """The exam years a text names, less those it compares against, the years of a curriculum and years of birth."""
    return [int(m[2] or m[1]) for m in _EXAM_YEAR.finditer(text)
            if not _COMPARED.search(text, max(0, m.start() - 60), m.start())
            and not _CURRICULUM.search(text, max(0, m.start() - 40), m.start())
            and not _BORN.search(text, max(0, m.start() - 12), m.start())]
# A full date anywhere in the text ("từ ngày 27 đến 28/6/2023", "ngày 06 tháng 6 năm 2023"): its year, when the text
# names no exam year (not a document number's year: "15/2020/TT-BGDĐT" has no day before it).
_ANY_DATE = re.compile(r"(?<![\d/])\d{1,2}[/.\-]\d{1,2}[/.\-]((?:19|20)\d\d)\b|\btháng\s+\d{1,2}\s+năm\s+((?:19|20)\d\d)\b")
# "Ngày 7/6, Chủ tịch UBND tỉnh … vừa ban hành Chỉ thị số 05/CT-UBND …": the day and month of issue without a year.
_OPENING_DAY = re.compile(r"(?:^(?:\(?[\w.]{2,30}\)?\s*[-–—]\s*)?|[.!?]\s+)(?:(?:[Ss]áng|[Cc]hiều|[Tt]rưa|[Tt]ối)\s+(?:[Nn]gày\s+)?|[Nn]gày\s+)(?P<d>\d{1,2})[/.\-](?P<m>\d{1,2})(?![/.\-]?\d)\s*,[^.!?]*$")


@lru_cache(maxsize=1)
def localities() -> dict[str, str]:
    """Every spelling of a locality -> its proper name."""
    names: dict[str, str] = {}
    with open(PACKAGE / "localities.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            names[row["name"]] = row["name"]
            for alias in filter(None, row["aliases"].split("|")):
                names[alias] = row["name"]
    return names


# The tag a provincial paper or portal opens its articles with: "(QNO) - …", "BBK - …", "(Baohatinh.vn) – …".
_BYLINE = re.compile(r"^\s*\(?\s*([^\W\d_][\w.&]{1,29})\s*\)?\s*[-–—]")
# … and a paper's tag in brackets that opens the lead after a headline on the same line ("… tại kỳ thi (QNO) - Sáng …")
_BYLINE_AFTER_HEADLINE = re.compile(r"\s+\((?-i:[A-ZĐ][A-Za-zĐ.]{1,14})\)\s*[-–—]\s+")
# A web page's furniture among its paragraphs: a paper's tag alone ("NDO -"), a photo's credit ("Ảnh: …", "(Ảnh …")
_PAGE_FURNITURE = re.compile(r"^\s*(?:\(?[\w.&]{2,30}\)?\s*[-–—]\s*$|Ảnh\s*:|\(?Ảnh\b)")


def _own_paragraphs(body: list[str]) -> list[str]:
    """The paragraphs less a web page's furniture (_PAGE_FURNITURE) and a paragraph printed again."""
    out: list[str] = []
    for t in body:
        # (printed again: it opens on the first 40 characters of an earlier one, "<headline> -0" after "<headline>")
        if not _PAGE_FURNITURE.match(t) and not any(len(o) >= 20 and t.startswith(o[:40]) for o in out):
            out.append(t)
    return out


def _folded(text: str) -> str:
    """Lower case without tone marks or spaces: "Hà Tĩnh" -> "hatinh"."""
    text = unicodedata.normalize("NFD", text.lower().replace("đ", "d"))
    return "".join(c for c in text if c.isalnum() and not unicodedata.combining(c))


@lru_cache(maxsize=1)
def _byline_tags() -> dict[str, str]:
    """Known tags (etl/bylines.csv), and every province's name as a web address spells it ("hatinh", "laocai")."""
    tags = {_folded(name): name for name, kind in locality_kinds().items() if kind in ("tỉnh", "thành phố")}
    with open(PACKAGE / "bylines.csv", encoding="utf-8") as f:
        tags |= {_folded(r["tag"]): r["locality"] for r in csv.DictReader(f)}
    return tags


def byline_locality(paragraphs: list[str]) -> str | None:
    """The locality of the paper whose byline opens one of the first paragraphs: a tag it is known by, or a web
    address that spells a province ("Baohatinh.vn", "Laocaitv.vn", "kontumtv.vn"). A national paper's tag ("TPO",
    "VOV") names no place."""
    tags = _byline_tags()
    for text in paragraphs:
        if m := _BYLINE.match(text):
            tag = _folded(m[1].lower().removesuffix(".vn").removesuffix(".gov"))  # "TTH.VN - …" too
            for key in (tag, tag.removeprefix("bao").removesuffix("tv").removesuffix("online")):
                if key in tags:
                    return tags[key]
    return None


@lru_cache(maxsize=1)
def _province_spellings() -> dict[str, str]:
    """Every spelling of a province or city, folded ("hagiang", "tphcm") -> its proper name; and the whole country's
    ("toanquoc-congdien-2024.txt")."""
    return {_folded(spelling): proper for spelling, proper in localities().items()
            if locality_kinds().get(proper) in ("tỉnh", "thành phố")} | {_folded(NATIONAL): NATIONAL}


# A year in a file's name, not inside a longer number ("chi-thi-05-2023.docx", "QuangNam_2024.txt").
_NAME_YEAR = re.compile(r"(?<!\d)(20\d\d)(?!\d)")


def file_name_facts(name: str) -> tuple[str | None, int | None]:
    """The province or city and the year a file's name spells, when it spells exactly one of each: "hagiang-hotro-2021.txt",
    "Quang_Nam 2024 chi thi.docx", "Hà Tĩnh-2023.pdf". Words of the name are folded (no tones, no case) and one to four
    of them in a row must make a whole province's name, so "hue" inside another word names nothing. A hash or a
    number ("000_8f86….txt", "7619-UBND.pdf") gives nothing."""
    stem = Path(name).stem
    words = [_folded(w) for w in re.findall(r"[^\W_]+", stem)]
    names = _province_spellings()
    places = {names[k] for n in range(1, 5) for i in range(len(words) - n + 1)
              if (k := "".join(words[i : i + n])) in names and not k.isdigit()}
    years = {int(y) for y in _NAME_YEAR.findall(stem)}
    return (places.pop() if len(places) == 1 else None), (years.pop() if len(years) == 1 else None)


@lru_cache(maxsize=1)
def locality_kinds() -> dict[str, str]:
    with open(PACKAGE / "localities.csv", encoding="utf-8") as f:
        return {row["name"]: row["kind"] for row in csv.DictReader(f)}


@lru_cache(maxsize=1)
def _locality_names() -> re.Pattern:
    names = sorted(localities(), key=len, reverse=True)
    return re.compile(r"(?<!\w)(" + "|".join(map(re.escape, names)) + r")(?!\w)")


# A school named after its city ("Trường Đại học Bách khoa Hà Nội", "Đại học Huế") names no place the text is about.
_SCHOOL_BEFORE = re.compile(r"(?:Đại\s+học|Trường|Học\s+viện|Cao\s+đẳng|Phân\s+hiệu)\b[^,.;:()]{0,60}$")
# The Youth Union and the Pioneers bear the president's name, not the city's ("Đoàn TNCS Hồ Chí Minh", "Đội TNTP Hồ
# Chí Minh", "tư tưởng Hồ Chí Minh").
_NAMED_AFTER_HIM = re.compile(r"(?:TNCS|[Cc]ộng\s+[Ss]ản|TNTP|[Tt]iền\s+[Pp]hong|[Tt]ư\s+tưởng|[Cc]hủ\s+tịch|Bác)\s+$")
# A ward, commune, street or bridge whose name ends with a province's ("phường Hiệp Bình Phước", "xã Tân Long An"): the
# province's name is only the end of that place's.
_INSIDE_A_PLACE = re.compile(r"(?<!\w)(?:[Pp]hường|[Xx]ã|[Tt]hị\s+trấn|[Ấấ]p|[Tt]hôn|[Kk]hu\s+phố|[Đđ]ường|[Cc]ầu|[Cc]hợ|[Bb]ến)"
                             r"(?:\s+(?-i:[A-ZĐÀ-Ỹ])\w*)+\s+$")


def _named_localities(texts: list[str]) -> Counter:
    """How often the text names each locality; Counter keeps the order in which they are first named. A photo's
    caption is left out: it says where the photo was taken ("Lãnh đạo Bộ kiểm tra công tác chuẩn bị thi tại Hà Nội
    ẢNH: …" in a ministry's national telegram), not what the text is about."""
    return Counter(localities()[m[1]] for t in texts if not _photo_caption(t) for m in _locality_names().finditer(t)
                   if not _SCHOOL_BEFORE.search(t, max(0, m.start() - 80), m.start())
                   and not _NAMED_AFTER_HIM.search(t, max(0, m.start() - 40), m.start())
                   and not _INSIDE_A_PLACE.search(t, max(0, m.start() - 40), m.start()))


def _photo_caption(text: str) -> bool:
    """A short paragraph that carries a photo's credit ("… Ảnh: Tuấn Minh", "Ảnh minh họa") or a credit the page cut
    (_CUT_CREDIT)."""
    return len(text.split()) <= _CAPTION_WORDS and bool(_PHOTO_CREDIT.search(text) or _CUT_CREDIT.search(text))


_CAPTION_WORDS = 40


def _one_province_named(texts: list[str]) -> bool:
    """One locality named at least twice and more often than any other: the text is about that place."""
    top = _named_localities(texts).most_common(2)
    return bool(top) and top[0][1] >= 2 and (len(top) == 1 or top[0][1] > top[1][1])


def _several_provinces_alike(texts: list[str]) -> bool:
    """Two or more provinces named, the most named at most twice as often as the next: no one place is the subject."""
    top = _named_localities(texts).most_common(2)
    return len(top) == 2 and top[0][1] <= 2 * top[1][1]


def _headline_place(texts: list[str]) -> str | None:
    """The province a news headline names before its colon ("Quảng Bình: Đảm bảo cấp điện …"): what the text is about."""
    first = next((t for t in texts if t.strip()), "")
    m = _PLACE_COLON.match(first)
    return localities().get(m[1].strip()) if m else None


_PLACE_COLON = re.compile(r"^\W*([^\W\d][^:;,.]{1,30}?)\s*:\s")


_LOCAL_ISSUER = re.compile(r"tỉnh|thành phố|huyện|quận|xã")


def _most_named_locality(texts: list[str]) -> str | None:
    """A news report or portal summary has no header: its locality is the one its text names most (the first of
    equals), e.g. "Công an TP Cần Thơ …", "Tỉnh Đoàn Vĩnh Long …"."""
    counts = _named_localities(texts)
    return max(counts, key=counts.__getitem__) if counts else None


@lru_cache(maxsize=1)
def _district_rows() -> tuple[dict[str, str], ...]:
    with open(PACKAGE / "districts.csv", encoding="utf-8") as f:
        return tuple(csv.DictReader(f))


@lru_cache(maxsize=1)
def cities_in_cities() -> tuple[str, ...]:
    """Cities under a centrally-run city ("thành phố Thủ Đức" in Hồ Chí Minh, "thành phố Thủy Nguyên" in Hải Phòng):
    district level (etl/districts.csv), so "UBND thành phố Thủ Đức" is not the city's own committee."""
    kinds = locality_kinds()
    return tuple(sorted({r["name"] for r in _district_rows() if r["kind"] == "thành phố"
                         and kinds.get(r["province"]) == "thành phố"}, key=len, reverse=True))


@lru_cache(maxsize=1)
def _districts() -> tuple[dict[str, str], re.Pattern]:
    """District-level units (huyện, thị xã, quận, provincial cities) whose name no other province has -> their
    province (etl/districts.csv, the administrative list before the 2025 reform: the documents are older)."""
    # "Kỳ Anh (Huyện)" and "Kỳ Anh (Thị xã)": the list tells a district from its town; a text says "huyện Kỳ Anh"
    province = {re.sub(r"\s*\([^()]*\)$", "", row["name"]): row["province"] for row in _district_rows()}
    # either apostrophe ("Cư M'gar", "M’Đrắk": web pages use the curly one)
    names = "|".join(re.escape(n).replace("'", "['’]") for n in sorted(province, key=len, reverse=True))
    return province, re.compile(r"(?<!\w)(?:[Hh]uyện|[Tt]hị\s+xã|[Qq]uận|[Tt]hành\s+phố|TP\.?)\s+(" + names + r")(?!\w)")


def place_names() -> set[str]:
    """Every province's spellings and every district's name (etl/localities.csv, etl/districts.csv)."""
    return set(localities()) | set(_districts()[0])


def district_province(text: str, bare: bool = False) -> str | None:
    """The province of the district a phrase names ("UBND huyện Bạch Thông" -> Bắc Kạn); with `bare`, also a
    district named alone, as on a district's date line ("Hải Hậu, ngày …")."""
    province, named = _districts()
    if bare and text.strip() in province:
        return province[text.strip()]
    m = named.search(text)
    return province[m[1].replace("’", "'")] if m else None


def find_locality(text: str) -> str | None:
    """The locality a phrase names ("tỉnh Lạng Sơn", "Lạng Sơn, ngày ..."), longest spelling first."""
    for alias in sorted(localities(), key=len, reverse=True):
        if re.search(r"(?<!\w)" + re.escape(alias) + r"(?!\w)", text):
            return localities()[alias]
    return None


def _place_start(before: str) -> int:
    """Where the place of a date line starts when other text runs into it on one line ("V/v bảo đảm … THPT Bến Tre"
    before ", ngày …"): the longest run of last words that names a locality, else the last run of capitalised words."""
    words = list(re.finditer(r"\S+", before))
    for w in words[-6:]:  # the earliest start first: the longest name
        if before[w.start():].strip() in localities():  # with its kind before it: "TP. Hồ Chí Minh", "tỉnh Bến Tre"
            kind = re.search(r"(?:\b(?:TP|Tp|TX)\.?|\b[Tt]hành phố|\b[Tt]ỉnh|\b[Tt]hị xã)\s*$", before[: w.start()])
            return kind.start() if kind else w.start()
    start = len(before)
    for w in reversed(words):
        if not w[0][0].isupper() or (w[0].isupper() and len(w[0]) > 1 and not w[0].endswith(".")):  # "THPT" is no place
            break
        start = w.start()
    return start


@dataclass
class Metadata:
    values: dict[str, object] = field(default_factory=dict)
    sources: dict[str, str] = field(default_factory=dict)
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (field, message)
    recipients: list[str] = field(default_factory=list)
    # the "Kính gửi" list only (not "Nơi nhận", which also lists those informed): whom a letter asks to act
    addressees: list[str] = field(default_factory=list)

    def set(self, name: str, value, source: str = "text") -> None:
        if value not in (None, "") and name not in self.values:
            self.values[name] = value
            self.sources[name] = source


def _headline(text: str) -> bool:
    """A web report's headline: one short line without a sentence end (not its time stamp or a place-and-date line)."""
    t = text.strip()
    return (0 < len(t.split()) <= 40 and not ends_sentence(t) and not t.endswith(",")
            and not WEB_STAMP.fullmatch(t) and not DATE_LINE.search(t) and not _PHOTO_CREDIT.search(t))


# "… tham dự lễ ra quân. Ảnh: Xuân Dự - TTXVN": a photo's caption, even as a page's first line, is no headline (nor
# "Ảnh minh họa" alone on its line)
_PHOTO_CREDIT = re.compile(r"(?:^|[\s(.])Ảnh(?:\s+minh\s+họa)?\s*:|^\W*Ảnh\s+minh\s+h[ọo]a\W*$", re.IGNORECASE)
# … and a credit the page cut after its separator ("Ra mắt các đội hình tình nguyện. |"), or the separator alone
_CUT_CREDIT = re.compile(r"(?:^|[.!?…])\s*\|\s*$")


# "… ( Cập nhật lúc: 17/06/2024 )" or "… (Lượt xem: 1217)" closing a headline: the page's stamp or counter, not the
# title's words
_STAMP_IN_BRACKETS = re.compile(r"\s*\(\s*(?:" + WEB_STAMP.pattern + r"|Lượt\s+xem\s*:?\s*[\d.,]+\s*)\)\s*$", re.IGNORECASE)


_LEAD_IN_TO_LIST = re.compile(r"(?:như\s+sau|sau\s+đây|(?<!\w)gồm|(?<!\w)cụ\s+thể)\s*:\s*$", re.IGNORECASE)


def _opening_lines(body: list[str]) -> list[str]:
    """A web report's lines from its headline on: past the page's time stamp and a photo's caption printed above it,
    and past a kicker that ends on a colon over the headline ("Kỳ thi tốt nghiệp THPT lần II:" above "Chuẩn bị phương
    án dự phòng …")."""
    lines = list(itertools.dropwhile(_photo_caption, (t for t in body if not WEB_STAMP.fullmatch(t.strip()))))
    if (len(lines) > 2 and lines[0].rstrip().endswith(":") and len(lines[0].split()) <= 12 and _headline(lines[1])
            and not _LEAD_IN_TO_LIST.search(lines[0])):  # ("Cụ thể như sau:" opens a list, no headline)
        return lines[1:]
    return lines


def _web_headline(lines: list[str]) -> str:
    """The headline among the short lines a web page opens with (before its first sentence): the first that speaks of
    the exam, past the page's furniture printed above it ("Thương hiệu", "Văn hóa - Xã hội", "Tag Hà Nội"); the first
    line when none does."""
    opening = list(itertools.takewhile(_headline, lines))
    return next((t for t in opening if _ABOUT_THE_EXAM.search(t)), lines[0])


# the words every headline about the exam has one of
_ABOUT_THE_EXAM = re.compile(r"(?<!\w)(?:thi|thí\s+sinh|sĩ\s+tử|sỹ\s+tử|tuyển\s+sinh|THPT|trung\s+học\s+phổ\s+thông)(?!\w)",
                             re.IGNORECASE)
# "… thi THPT 28/06/2024 16:25": the page's date and time printed after the headline
_STAMP_AFTER = re.compile(r"\s+\d{1,2}/\d{1,2}/\d{4}(?:\s+\d{1,2}:\d{2}(?:\s+\d{1,6})?)?\s*$")  # (and a view count after the time)


def _clean_item(text: str) -> str:
    text = re.sub(r"^[-–+•]\s*", "", text)
    text = text.split("|")[0]
    return text.strip().rstrip(";,.").strip()


def _without_person(who: str) -> str:
    """A ministry's name without the minister's name after it: the last two to four words that each start with a
    capital and go on in lower case ("… Đào tạo Trần Văn A", "… GD-ĐT Lê Thị B")."""
    words = who.split()
    n = 0
    while n < len(words) and words[-1 - n][:1].isupper() and words[-1 - n][1:].islower():
        n += 1
    return " ".join(words[:-n]) if 2 <= n <= 4 and n < len(words) - 1 else who


def _ministry(who: str) -> str:
    """A ministry written short is named in full, as the agencies table names it ("Bộ GD&ĐT" -> "Bộ Giáo dục và Đào
    tạo"): the gazetteer's national entries, when one names the whole of `who`."""
    from etl.gazetteer import matcher  # (the gazetteer reads this module's place names)

    named = matcher("", None).mentions(who)
    return named[0].name if len(named) == 1 and named[0].start == 0 and named[0].end == len(who) else who


def _short_committee(who: str) -> str:
    """ "Ủy ban nhân dân tỉnh …" as the issuer is written "UBND tỉnh …" (also after "Chủ tịch")."""
    return re.sub(r"^(Chủ tịch )?(?:Ủy|Uỷ) ban nhân dân\b", lambda g: (g[1] or "") + "UBND", who)


def _uncited(meta: Metadata) -> None:
    """A news report that names no document (no header, no type, no number) has no issuer: "Sở GD&ĐT yêu cầu các
    trường …", "Bộ trưởng … đề nghị …" in its sentences are news of what someone asked, not who wrote the text, so the
    issuer and day of issue they gave are dropped; what the manifest says is kept. (A portal summary that reports a
    document, "Chủ tịch UBND tỉnh vừa ban hành Chỉ thị về …", keeps that document's type and issuer.)"""
    gone = [f for f in ("issuer", "issued_date") if f in meta.values and meta.sources.get(f) != "manifest"]
    for f in gone:
        del meta.values[f], meta.sources[f]
    meta.warnings = [w for w in meta.warnings if w[0] not in gone]
    if gone:
        meta.warnings.append(("issuer", "a news report that names no document: whoever its sentences say asks for "
                                        "something is not its issuer"))


def extract(paragraphs: list[Paragraph], kinds: list[str], manifest: dict[str, str] | None = None,
            file_name: str | None = None) -> Metadata:
    meta = Metadata()
    for key, value in (manifest or {}).items():
        if key in MANIFEST_FIELDS:
            if key == "year":
                value = int(value)
            elif key == "issued_date":
                value = dt.date.fromisoformat(value)
            meta.set(key, value, "manifest")

    texts = [p.text for p in paragraphs]
    head = [t for t, k in zip(texts, kinds) if k == "header"]
    title = [t for t, k in zip(texts, kinds) if k == "title"]
    tail = [t for t, k in zip(texts, kinds) if k == "tail"]
    frame = [t for t, k in zip(texts, kinds) if k in ("preamble", "closing")]
    body = [t for t, k in zip(texts, kinds) if k not in ("header", "tail")]

    # The issuer's own first line names its place ("ỦY BAN NHÂN DÂN TỈNH LONG AN"); it outranks the place of the date
    # line, which may be where the document was signed ("Hà Nội, ngày …" under a provincial header).
    issuer = header_issuer(head)  # "ỦY BAN NHÂN DÂN TỈNH …": its place here, and the issuer when the text names none
    if issuer and (loc := find_locality(issuer) or district_province(issuer)):
        meta.set("locality", loc)
    elif head and _NATIONAL_HEADER.match(head[0]):  # "THỦ TƯỚNG CHÍNH PHỦ", "BỘ GIÁO DỤC VÀ ĐÀO TẠO": "Hà Nội, ngày …"
        meta.set("locality", NATIONAL)  # below is where it was signed, the document is the whole country's
    for t in head:
        if m := _NUMBER.search(t):
            meta.set("number", (m["n"] + m["sym"].replace(" ", "")).strip())
        if v := _SUBJECT_LINE.search(t):  # "Số: …/SYT V/v bảo đảm … Bến Tre, ngày …" joined into one header line
            date = DATE_LINE.search(v["subject"])
            meta.set("title", (v["subject"][: _place_start(v["subject"][: date.end("place")])] if date else v["subject"]).strip())
        if m := DATE_LINE.search(t):
            place = m["place"].strip()
            place = re.sub(r"^.*?/\S+\s+", "", place)  # "Số: /CT-UBND Lạng Sơn" on one line
            meta.set("locality", find_locality(place) or district_province(place, bare=True))
            meta.set("year", int(m["y"]))
            if m["d"] and m["m"]:
                try:
                    meta.set("issued_date", dt.date(int(m["y"]), int(m["m"]), int(m["d"])))
                except ValueError:
                    meta.warnings.append(("issued_date", f"the date in the header is impossible: {m.group(0)}"))
            else:
                meta.warnings.append(("issued_date", "the day of issue is left blank in the header"))

    for t in title:
        for caps, name in DOC_TYPES.items():
            if t.startswith(caps):
                meta.set("doc_type", name)
    subject = []
    for t in title:
        if any(t.startswith(c) for c in DOC_TYPES):
            continue
        if re.match(r"(?:(?:ỦY|UỶ) BAN NHÂN DÂN|UBND|CHỦ TỊCH)\b|(?:Căn cứ|Xét|Theo đề nghị)\b", t):
            break  # a decision names its issuer again under the title, then its grounds: neither is the subject
        subject.append(t)
    if subject:
        meta.set("title", " ".join(subject).rstrip(" ."))  # (a subject line may close on a full stop)
    elif (not head and not title and len(lines := _opening_lines(body)) > 1
          and _headline(lines[0])):
        # A web report has no header: its first line (after the page's time stamp, if it opens with one, and a photo's
        # caption printed above it), short and with no sentence end, is its headline
        headline = _STAMP_AFTER.sub("", _STAMP_IN_BRACKETS.sub("", without_section(_web_headline(lines).strip())))
        if len(headline.split()) >= 3:  # (a place's name alone or a dash is no headline: "Quảng Trị", "-")
            meta.set("title", headline)
    elif (not head and not title and body and (byline := _BYLINE_AFTER_HEADLINE.search(body[0]))
          and _headline(headline := without_section(body[0][: byline.start()].strip()))):
        # A page whose headline runs into its lead: "Giáo dục - Việc làm <headline> (QNO) - Sáng 27/6, …": the paper's
        # byline tag ends the headline
        meta.set("title", headline)
    if typed_by_number := _symbol_type(str(meta.values.get("number", ""))):
        meta.set("doc_type", typed_by_number)
    if any(t.startswith("V/v") for t in title) or any(t.startswith("Kính gửi") for t in head):
        meta.set("doc_type", "Công văn")
    typed = next(filter(None, map(_TYPE_OF.match, body[:2])), None)
    if typed and "doc_type" not in meta.values:
        meta.set("doc_type", typed["type"], "inferred")
        meta.warnings.append(("doc_type", f"no header: the type is read from the title ('{typed['type']} của …')"))
    first = re.match(r"^(" + _TYPES + r")\b", body[0]) if body else None
    opening = None if first else next(((t, m) for t in body[:3] if (m := _OPENING_TYPE.search(t))), None)
    if m := first or (opening and opening[1]):
        # reported in a sentence, "Ngày 10-5, Ủy ban … có công văn …" gives the day too (only the day's own clause, no
        # second comma: "Ngày 22/5, Sở Y tế thông tin, Sở vừa ban hành …" dates the news)
        if opening and (day := _OPENING_DAY.search(opening[0][: m.start(1)])) and day[0].count(",") == 1:
            meta.values.setdefault("_day", (int(day["d"]), int(day["m"])))
        name = next(v for v in DOC_TYPES.values() if v.lower() == m[1].lower())
        meta.set("doc_type", name, "inferred")
        meta.warnings.append(("doc_type", f"no header: the type is read from the opening sentence ('{m[1]}')"))

    letter = next(((t, m) for t in body[:3] if (m := _OPENING_LETTER.search(t))), None)
    if letter and "doc_type" not in meta.values:
        meta.set("doc_type", "Công văn", "inferred")
        meta.warnings.append(("doc_type", "no header: a letter is reported ('có văn bản đề nghị …')"))
        if (day := _OPENING_DATE.search(letter[0][: letter[1].start()])) and "issued_date" not in meta.values:
            with contextlib.suppress(ValueError):
                meta.set("issued_date", dt.date(int(day["y"]), int(day["m"]), int(day["d"])), "inferred")

    issued_by = None  # who the sentence that reports the issued document names before "ban hành"
    # (in the first three paragraphs of the text's own words: a web page's byline, its photo credits and its headline
    # printed a second time do not count: "NDO -", "Ảnh: …")
    for t in _own_paragraphs(body)[:3]:
        if m := _ISSUED_DOC.search(t):
            issued_by = _ISSUED_BY.search(t[: m.start()])
            # "ban hành văn bản số 754/STTTT-CNBCVT": a number with no type code is a Công văn's
            generic = m["type"].lower() == "văn bản"
            meta.set("doc_type", (_symbol_type(m["num"]) or "Công văn") if generic else DOC_TYPES.get(m["type"].upper(), m["type"]))
            meta.set("number", m["num"].replace(" ", ""))  # ("số 1629/ SGDĐT-…": a space typed after the slash)
            if not m["y"]:
                day = _OPENING_DAY.search(t[: m.start()])
                m = _OPENING_DATE.search(t[: m.start()]) or m
                if day and not m["y"]:
                    meta.values.setdefault("_day", (int(day["d"]), int(day["m"])))
            if m["y"]:
                meta.set("year", int(m["y"]))
                with contextlib.suppress(ValueError):
                    meta.set("issued_date", dt.date(int(m["y"]), int(m["m"]), int(m["d"])))
            break

    if "number" not in meta.values and (m := next(filter(None, map(_ISSUED_BARE.search, _own_paragraphs(body)[:3])), None)):
        meta.set("doc_type", DOC_TYPES.get(m["type"].upper(), m["type"]))
        meta.set("number", m["num"] or m["bare"])
        if m["y"]:
            with contextlib.suppress(ValueError):
                meta.set("issued_date", dt.date(int(m["y"]), int(m["m"]), int(m["d"])))
    if "number" not in meta.values and (m := next(filter(None, map(_CITED_SELF.search, body[:3])), None)):
        meta.set("doc_type", m["type"])
        meta.set("number", m["num"])
        meta.set("year", int(m["y"]))
        with contextlib.suppress(ValueError):
            meta.set("issued_date", dt.date(int(m["y"]), int(m["m"]), int(m["d"])))

    # Issuer: "<who> yêu cầu / trân trọng đề nghị / thông báo" in the preamble or closing sentence. A national body
    # named where a local text cites or implements its document is not the author ("Tại Chỉ thị số 17/CT-TTg, Thủ
    # tướng Chính phủ yêu cầu …"; "Bộ … đã ban hành văn bản số … Theo đó, để triển khai, Sở … yêu cầu …").
    hits = [(i, t, m) for i, t in enumerate(frame + body[:5]) for m in _ISSUER.finditer(t)]  # one scan serves both
    found = [(t, m) for i, t, m in hits if i < len(frame) + 3]
    local = [(t, m) for _, t, m in hits if not _NATIONAL_ISSUER.match(m["who"])]
    seen = {(t, m.span()) for t, m in found}
    found += [(t, m) for t, m in local if (t, m.span()) not in seen and _IMPLEMENTING.search(t[: m.start()])]
    for t, m in found:
        if issuer and m[0].endswith("gửi"):  # "Sở … có văn bản gửi …" under a header: the header names it in full
            continue
        if issuer and m["who"].startswith("Văn phòng") and re.match(r"\s*(?:để|đến)\b", t[m.end() :]):
            continue  # a conclusion notice's closing formula "Văn phòng UBND tỉnh thông báo để … biết": the header
            # names the issuer
        if _GROUNDS.match(t[: m.start()]):  # "Căn cứ Quyết định số 08/2008/QĐ-BGDĐT … của Bộ … ban hành Quy chế …": the
            continue  # grounds a document cites name who issued those, not this one
        if local and _NATIONAL_ISSUER.match(m["who"]) and (
                _CITING.search(t[: m.start()]) or any(_IMPLEMENTING.search(lt[: lm.start()]) for lt, lm in local)):
            continue
        who = re.sub(r"\s*\([^()]*\)$", "", re.sub(r"\s+", " ", m["who"]).strip())  # "Bộ … (GD&ĐT)": its short name aside
        who = re.sub(r"\bTP\.?(?:\s+(?:HCM|Hồ Chí Minh))?$", "thành phố", who)  # "UBND TP HCM": the place is added below
        who = re.sub(r"\bTP\.?\s*(?=[A-ZĐ][a-zà-ỹđ])", "thành phố ", who)  # "UBND TP Cần Thơ", "UBND TP.Huế" (not "TPHCM")
        if ((name := re.search(r"(?:tỉnh|thành phố)((?:\s+[A-ZĐ]\w*)+)$", who)) and not find_locality(name[1])
                and not district_province(name[1].strip(), bare=True)):
            who = who[: name.start(1)]  # "Chủ tịch UBND tỉnh Nguyễn Văn A vừa có công văn …": a person, not a place
            # (a city of a province is a place: "UBND TP.Pleiku")
        elif who.startswith("Bộ"):  # "Bộ trưởng Bộ Y tế Trần Văn A vừa có công điện …"
            who = _ministry(_without_person(who))
        meta.set("issuer", _short_committee(who))
        break
    if typed and "issuer" not in meta.values:
        meta.set("issuer", _short_committee(re.sub(r"\s+", " ", typed["who"]).strip()))
    if issued_by and "issuer" not in meta.values:  # "UBND huyện A ngày 14/6 đã ban hành Văn bản số 812/UBND-YT …"
        meta.set("issuer", _short_committee(re.sub(r"\s+", " ", issued_by["who"]).strip()))
    for t in body[:3]:  # a Công điện: "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:"
        if m := _TELEGRAM.match(t):
            meta.set("issuer", "Chủ tịch UBND " + m[1].lower())
    if "issuer" not in meta.values and issuer:
        meta.set("issuer", issuer)
    signature = [t for t in tail if is_caps(t)]
    if any(t.startswith("TL.") for t in signature) and any("VĂN PHÒNG" in t for t in signature):
        if meta.sources.get("issuer") == "text":
            meta.values["issuer"] = "Văn phòng UBND " + ("tỉnh" if "tỉnh" in str(meta.values["issuer"]) else "thành phố")
    if signature:
        meta.values.setdefault("signer_title", signature[-1])
    if tail and looks_like_name(tail[-1]):
        meta.set("signer", tail[-1])

    # A national body's document (the Prime Minister's, a ministry's) is of the whole country, whichever provinces it
    # names; its own number is a national one ("Công điện 72/CĐ-TTg").
    if ("locality" not in meta.values and _NATIONAL_ISSUER.match(str(meta.values.get("issuer", "")))
            and not _one_province_named(body)  # (a ministry's visit to one province is that province's news,
            and not byline_locality(body[:3])):  # as is one under a provincial paper's byline: "BHG - … Đoàn của Bộ …")
        meta.set("locality", NATIONAL, "inferred")
        meta.warnings.append(("locality", f"issued by a national body: the locality is {NATIONAL}"))
        if "number" not in meta.values and (m := next(filter(None, map(_NATIONAL_ISSUED.search, body[:3])), None)):
            meta.set("doc_type", DOC_TYPES.get(m["type"].upper(), m["type"]))
            meta.set("number", m["num"])
    # Locality: the header's place; else a "tỉnh X" / "thành phố X" in the title or frame sentences.
    if "locality" not in meta.values:
        for t in title + [str(meta.values.get("title", ""))] + frame + [str(meta.values.get("issuer", ""))]:
            if m := re.search(r"(?:tỉnh|thành phố)\s+([A-ZĐ][\w\- ]+)", t):
                if loc := find_locality(m[0]):
                    meta.set("locality", loc, "text")
                    break
    if "locality" not in meta.values and (loc := _headline_place(title + body)):
        meta.set("locality", loc, "inferred")
        meta.warnings.append(("locality", f"no header: the headline names {loc} before its colon"))
    if ("locality" not in meta.values and _several_provinces_alike(title + body) and not _LOCAL_ISSUER.search(str(meta.values.get("issuer", "")))
            and any(_NATIONAL_BODY_AT_WORK.search(t) for t in title + body[:3])):
        # a round-up that opens on a body of the whole country and names several provinces, none much more than the
        # others ("EVNNPC … tại Lạng Sơn, Hà Tĩnh, Ninh Bình …", "Thủ tướng … Đà Nẵng và Quảng Nam …"): the whole country's
        meta.set("locality", NATIONAL, "inferred")
        meta.warnings.append(("locality", f"several provinces named alike and a national body at work: the locality is {NATIONAL}"))
    if "locality" not in meta.values and (loc := _most_named_locality(body)):
        meta.set("locality", loc, "inferred")
        meta.warnings.append(("locality", f"no header: the locality is {loc}, the one the text names most"))
    if "locality" not in meta.values:  # a district text that never names its province: the district list does
        named = Counter(p for t in title + body if (p := district_province(t)))
        if named:
            loc = named.most_common(1)[0][0]
            meta.set("locality", loc, "inferred")
            meta.warnings.append(("locality", f"no province named: {loc} is the province of the district the text names"))
    if "locality" not in meta.values and (loc := byline_locality(body[:3])):  # "(QNO) - …", "(Baohatinh.vn) - …"
        meta.set("locality", loc, "inferred")
        meta.warnings.append(("locality", f"no place named: {loc} is the home of the paper whose byline opens the text"))
    if ("locality" not in meta.values and not _LOCAL_ISSUER.search(str(meta.values.get("issuer", "")))
            and any(_NATIONAL_BODY_AT_WORK.search(t) for t in title + body[:3])):
        # no place at all, no local issuer, and the text opens on a body of the whole country ("EVN và các đơn vị …", "Trung ương Hội
        # Sinh viên Việt Nam vừa ban hành …", "Cục Đường bộ Việt Nam yêu cầu …"): the whole country's news
        meta.set("locality", NATIONAL, "inferred")
        meta.warnings.append(("locality", f"no place named and a national body at work: the locality is {NATIONAL}"))
    if "year" not in meta.values:
        # The text's own words first: not a web page's time stamp ("Thứ Năm, ngày 22 tháng 8 năm 2019, 10:15" is when
        # the page was printed) nor a photo's caption (a related story's photo says its own year); those only when the
        # text dates nothing itself.
        own = [t for t in title + body if not WEB_STAMP.fullmatch(t.strip()) and not _photo_caption(t)]
        if years := Counter(y for t in own for y in _exam_years(t)):
            year = max(years, key=lambda y: (years[y], y))  # (of equals, the later: the year before is compared with)
            meta.set("year", year, "inferred")
            meta.warnings.append(("year", f"no dated header: the year {year} is the exam year the text names most"))
        elif dated := (Counter(int(a or b) for t in own for a, b in _ANY_DATE.findall(t))
                       or Counter(int(a or b) for t in title + body for a, b in _ANY_DATE.findall(t))):
            year = dated.most_common(1)[0][0]
            meta.set("year", year, "inferred")
            meta.warnings.append(("year", f"no dated header and no exam year: the year {year} is the one its dates give"))
        elif compared := [int(m[1]) for t in title + body for m in _EXAM_YEAR.finditer(t)
                          if _COMPARED.search(t, max(0, m.start() - 60), m.start())]:
            year = max(compared) + 1  # "tăng 4 điểm thi so với năm 2024" is said the year after
            meta.set("year", year, "inferred")
            meta.warnings.append(("year", f"no exam year but one compared against: the year {year} is the one after it"))
    if (day := meta.values.pop("_day", None)) and "issued_date" not in meta.values and "year" in meta.values:
        with contextlib.suppress(ValueError):
            meta.set("issued_date", dt.date(int(meta.values["year"]), day[1], day[0]), "inferred")
            meta.warnings.append(("issued_date", "the sentence gives the day and month of issue; the year is the document's"))

    # A locality that is new in a year was part of another before it: Huế is a centrally-run city from 2025; a 2024
    # document about Huế or its districts (districts.csv lists them under the city) is Thừa Thiên Huế's.
    _former_name(meta)
    loc = meta.values.get("locality")
    issuer = meta.values.get("issuer")
    if isinstance(issuer, str) and loc and meta.sources.get("issuer") != "manifest":
        if re.search(r"(?:tỉnh|thành phố|Tỉnh ủy|Thành ủy)$", issuer) and loc not in issuer:
            meta.values["issuer"] = f"{issuer} {loc}"
        elif issuer == "UBND" and (kind := locality_kinds().get(str(loc))):
            meta.values["issuer"] = f"UBND {kind} {loc}"  # a letterhead cut after its first line: the place says whose
    if isinstance(issuer, str) and meta.sources.get("issuer") != "manifest" and re.fullmatch(r"(?:Phó\s+)?Thủ tướng", issuer):
        meta.values["issuer"] = f"{issuer} Chính phủ"  # "Thủ tướng yêu cầu …": the office is the Government's

    if not head and not {"doc_type", "number"} & meta.values.keys():
        _uncited(meta)
    for t in texts if {"doc_type", "number"} & meta.values.keys() else ():
        # (what a document implements; a write-up that reports no document of its own names national texts only as
        # the background of its news: "Thực hiện Chỉ thị số 17/CT-TTg …, EVN yêu cầu …")
        if m := _NATIONAL.search(t):
            meta.set("implements", m[1])
            break
    in_list = False
    addressed = 0  # how many of the recipients so far came from a "Kính gửi" list
    for t, k in zip(texts, kinds):
        if k not in ("header", "tail"):
            continue
        if re.match(r"^(?:Kính gửi|Nơi nhận)", t):
            in_list = "addressees" if t.startswith("Kính gửi") else "informed"
            rest = re.sub(r"^(?:Kính gửi|Nơi nhận)\s*:?\s*", "", t)
            if rest:
                meta.recipients.append(_clean_item(rest))
        elif in_list and (t.startswith(("-", "–", "+", "•")) or (meta.recipients and not is_caps(t))):
            if t.startswith(("-", "–", "+", "•")):
                meta.recipients.append(_clean_item(t))
            else:  # a recipient wrapped onto a second line
                meta.recipients[-1] = (meta.recipients[-1] + " " + _clean_item(t)).strip()
        else:
            in_list = False
        if in_list == "addressees":
            addressed = len(meta.recipients)
    meta.addressees = [r for r in meta.recipients[:addressed] if r and not r.lower().startswith("lưu")]
    meta.recipients = [r for r in meta.recipients if r and not r.lower().startswith("lưu")]

    # Last: what the file's name spells ("hagiang-hotro-2021.txt"), for a text that never says where or when.
    place, year = file_name_facts(file_name or "")
    for key, value in (("locality", place), ("year", year)):
        if key not in meta.values and value is not None:
            meta.set(key, value, "file name")
            meta.warnings.append((key, f"not stated in the text nor in the manifest: {value} is taken from the file's name"))
    _former_name(meta)  # (the year may come from the file's name only)
    for name in ("locality", "year", "doc_type", "title", "issuer"):
        if name not in meta.values:
            meta.warnings.append((name, f"{name} is not stated in the text nor in the manifest: left empty"))
    return meta
