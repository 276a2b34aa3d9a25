"""Clause text -> duty statements, as character spans of the clause body.

The one place that decides where a statement starts and ends: attribution (etl/agencies.py) decides the
agencies of each statement, alignment (etl/align.py) groups statements into duties. Every character of
the body belongs to exactly one span (whitespace between spans excepted)."""

from __future__ import annotations

import functools
import re

from etl.matching import alternation
from etl.metadata import place_names
from etl.names import duty_cues
from etl.names import patterns as name_patterns
from etl.names import words as name_words

# A sentence ends at ";" or ". ! ?" before a capital; an ellipsis ("…", "...") before a capital ends one even when
# the web page left out the space ("… phòng, chống dịch…Ban Chỉ đạo cần …"); before a small letter it goes on.
# A dot after a short form is no sentence end: "TP. Bắc Kạn", "TX. Sơn Tây", "ThS. Nguyễn Văn A".
_SHORT_FORMS = ("TP", "Tp", "TX", "TT", "H", "Q", "P", "X", "TS", "ThS", "GS", "PGS", "BS", "Đ/c", "đ/c")
# A capital is any upper-case letter of Vietnamese (a range such as À-Ỹ would hold the small "đ", "ơ", "ạ" too).
_CAPITAL = "[" + "".join(c for c in map(chr, [*range(0x41, 0x250), *range(0x1E00, 0x1F00)]) if c.isupper()) + "]"
_SENTENCE = re.compile(r"(?<=[;])\s+|(?<=,)\s+(?=trong\s+đó\s+(?:chỉ\s+đạo|yêu\s+cầu|giao)\s|đồng\s+thời\s+(?:chỉ\s+đạo|yêu\s+cầu|giao|tăng\s+cường|phối\s+hợp|thực\s+hiện|triển\s+khai|xây\s+dựng|điều\s+hành|chuẩn\s+bị|bảo\s+đảm|đảm\s+bảo|bố\s+trí|tổ\s+chức|kiểm\s+tra|rà\s+soát|hỗ\s+trợ)\s)|(?<=[.!?…])" + "".join(rf"(?<!\b{re.escape(f)}\.)" for f in _SHORT_FORMS)
                       + rf"\s+(?={_CAPITAL})|(?:(?<=…)|(?<=\.\.\.))(?={_CAPITAL})"
                       # a sentence that ends inside its bracket, as a photo's credit does: "(Ảnh: Minh Hoàng.)Mưa lớn …"
                       + rf"|(?<=[.!?]\))\s*(?={_CAPITAL})")


_SENTENCE_WORDS = 6  # the fewest words of a sentence that stands as a statement of its own


def spans(text: str, *, min_words: int = 10) -> list[tuple[int, int]]:
    """Split at ";" and at sentence ends; a piece shorter than `min_words` stays with its neighbour: the one before
    it, or the one after it when it opens its sentence and ends at ";" ("… tiêu cực. Sở Y tế; Công an tỉnh có phương
    án …": the list belongs to the sentence it opens). A piece after ";" without a verb goes on with the list of the
    one before ("kiểm tra các điều kiện an toàn thực phẩm; giấy chứng nhận sức khỏe; kiến thức an toàn thực phẩm
    của chủ cơ sở": what the inspection checks, no duty of its own). A table row is one statement: a ";" inside one
    of its cells lists agencies or parts of the row's one task ("… | Báo tỉnh; Đài Phát thanh và Truyền hình tỉnh |
    …")."""
    if CELL in text:
        return [(0, len(text.rstrip()))] if text.strip() else []
    pieces: list[list[int]] = []
    pos = 0
    forward = None  # a short piece that opens its sentence, waiting for the rest of it
    for cut in [*_SENTENCE.finditer(text), None]:
        end = cut.start() if cut else len(text)
        start, stop = pos, end
        while start < stop and text[start].isspace():
            start += 1
        while stop > start and text[stop - 1].isspace():
            stop -= 1
        opens = pos == 0 or not text[:pos].rstrip().endswith(";")
        pos = cut.end() if cut else len(text)
        if start == stop:
            continue
        if forward is not None:
            start, forward = forward, None
        # (a whole sentence of its own words, "Năm nay, tỉnh có 171 điểm thi.", is a statement however short: only a
        # piece cut at ";" or a fragment of a few words goes with its neighbour)
        words = len(text[start:stop].split())
        short = words < min_words and not (opens and words >= _SENTENCE_WORDS and text[start:stop].endswith((".", "!", "?")))
        # (a purpose clause alone, "Để kỳ thi diễn ra an toàn, nghiêm túc;", has its doer and duty in the piece after it)
        if opens and text[start:stop].endswith(";") and cut is not None and (pieces and short or _purpose_only(text[start:stop])):
            forward = start
        elif pieces and (short or not opens and not _has_verb(text[start:stop])):
            pieces[-1][1] = stop
        else:
            pieces.append([start, stop])
    if forward is not None:
        pieces[-1][1] = len(text.rstrip())
    first = text[pieces[0][0] : pieces[0][1]] if pieces else ""
    if len(pieces) > 1 and len(first.split()) < min_words and not (
            len(first.split()) >= _SENTENCE_WORDS and first.endswith((".", "!", "?"))):
        pieces[1][0] = pieces[0][0]
        pieces.pop(0)
    return [(a, b) for a, b in pieces]


# A purpose clause ("Để …", "Nhằm …") that a ";" ends before its main clause: no comma-part after its first one opens
# with a capital (a subject: "Để …, Sở Y tế …") or with a verb (a main clause without one: "Để …, tăng cường …").
_PURPOSE = re.compile(r"^\W*(?:Để|Nhằm)\s")


@functools.cache
def _verb_start() -> re.Pattern:
    """A duty verb of the attribution's word list (etl/words.toml), or a capital, opening a comma-part."""
    return re.compile(r"^(?:" + alternation(name_words()["verb"]) + r")(?!\w)|^" + _CAPITAL)


def _purpose_only(piece: str) -> bool:
    if not _PURPOSE.match(piece):
        return False
    return not any(_verb_start().match(part.strip()) for part in piece.rstrip(" ;").split(",")[1:])


# A statement that only names the document it carries out ("Thực hiện Chỉ thị số 17/CT-TTg ngày … về …;", "Theo Bộ Y
# tế, thực hiện Chỉ thị 06/CT-TTg …;", "Căn cứ Công văn số …"): the basis of the duties after it, no one's duty.
_CITES = re.compile(r"^\W*(?:theo\s+[^,;:]{1,40},\s*)?(?:thực\s+hiện|triển\s+khai|căn\s+cứ(?:\s+vào)?)\s+(?:các\s+)?(?:"
                    r"chỉ\s+thị|công\s+văn|công\s+điện|kế\s+hoạch|quyết\s+định|thông\s+báo|nghị\s+quyết|thông\s+tư|"
                    r"văn\s+bản|hướng\s+dẫn|kết\s+luận)(?!\w)", re.IGNORECASE)


_ABOUT = re.compile(r"\s(?:về|v/v)\s")


def cites_only(piece: str) -> bool:
    """The piece names the document it carries out and nothing more (_CITES): outside the document's title ("về …" to
    its year or the sentence's end), no comma-part opens with a duty verb or a capital (a subject: "…, Sở Y tế đề
    nghị …")."""
    low = piece.lower()
    if not (m := _CITES.match(low)):
        return False
    rest = piece[m.end() :]
    if title := _ABOUT.search(low, m.end()):  # the title runs to its year or to the sentence's end (_TITLE_END)
        end = _TITLE_END.search(low, title.end())
        rest = piece[m.end() : title.start()] + piece[end.end() if end else len(piece) :]
    return not any(_verb_start().match(part.strip()) for part in rest.rstrip(" ;.").split(",")[1:])


_RELATED = re.compile(r"(?<!\w)có\s+liên\s+quan(?!\w)")


def _has_verb(piece: str) -> bool:
    """A duty verb of the attribution (etl/words.toml `verb`) or of the cue table (duty_cues.toml [action] verbs,
    [assign] words) occurs in the piece, in small letters past its first word: a capital one is part of a name
    ("Trung tâm Kiểm soát bệnh tật"), one after a noun's word (duty_cues.toml [action] nominal) names a thing."""
    c = _cues()
    # ("… có liên quan" is "related": no verb)
    text = _RELATED.sub("liên quan", piece[:1].lower() + piece[1:])

    def verb(m: re.Match) -> bool:
        return m.group(0)[0].islower() and _as_verb(c, text, m)

    return (any(map(verb, name_patterns()["verb_any"].finditer(text))) or any(map(verb, c["action"].finditer(text)))
            or bool(c["assign"].search(text)))


def split(text: str, *, min_words: int = 10) -> list[str]:
    """The statements' texts (whitespace between joined pieces normalised to one space)."""
    return [re.sub(r"\s+", " ", text[a:b]) if "\n" in text[a:b] else text[a:b] for a, b in spans(text, min_words=min_words)]


_LEAD_IN = re.compile(r":\s")


def heads(text: str, pieces: list[tuple[int, int]], *, max_words: int = 12) -> list[str]:
    """For each span, the governing lead-in it depends on for its meaning ("" when none).

    "Sở Y tế chỉ đạo các bệnh viện: chuẩn bị …; bố trí …" -> the second piece is read as
    "Sở Y tế chỉ đạo các bệnh viện: bố trí …" when matching. Only a lead-in ending in ":" inside an
    earlier span counts (its last `max_words` words); the displayed statement text never changes."""
    out = []
    for k, (start, _) in enumerate(pieces):
        head = ""
        if k:
            lead = text[pieces[0][0] : start]
            # a colon inside brackets ("(gồm: A, B)") lists examples, and one whose sentence has ended governs no more
            colons = [m.start() for m in _LEAD_IN.finditer(lead) if lead.count("(", 0, m.start()) <= lead.count(")", 0, m.start())]
            if colons and not any(pieces[0][0] + colons[-1] < b <= start and text[a:b].rstrip().endswith((".", "!", "?"))
                                  for a, b in pieces[:k]):
                before = re.split(r"[;.]\s", lead[: colons[-1]])[-1]
                head = " ".join(before.split()[-max_words:])
        out.append(head)
    return out


# --- Duty or context ---------------------------------------------------------------------------------------------
# News and portal articles mix duties with headlines, bylines, captions, counts and event reports. Only duties are
# aligned (etl/pipeline.py): a context statement stays in its document but never makes a recurring duty, a gap or a
# change. One ordered list of cue steps decides (etl/duty_cues.toml explains each); the step and the words that
# fired are kept as the reason, so a reader sees why a sentence was left out.

DUTY, CONTEXT = "duty", "context"
# What running prose reports being done (kind_of's reasons): a step in the passive, a sum spent or given.
REPORTED_ACTS = tuple(f"narrative: {step}" for step in ("passive", "money"))
REPORTED_ACT = ", act: "  # in a count's or a state's reason: the duty verb it also reports done


def aligned(kind: str, why: str, prose: bool) -> bool:
    """A statement joins the alignment: every duty, and in running prose (a news report, a portal summary, no
    numbered item) the work it reports being done. Such a text states a duty that way ("Túi đề thi được niêm
    phong và canh giữ suốt ngày đêm", "Huyện hỗ trợ 20 triệu đồng tiền xe cho thí sinh"), so the same duty in a
    directive or in next year's report is its duty too; so is a count or a state that names an agency at work
    ("Sở Y tế đã bố trí 48 cán bộ y tế …": REPORTED_ACT). A count or a state with no agency at work, a date, a
    schedule, a meeting or a visit, praise, a headline or a caption stays out: the Changes and Gaps pages would list
    them as duties."""
    return kind == DUTY or (prose and (why.startswith(REPORTED_ACTS) or REPORTED_ACT in why))

_YEAR_END = re.compile(r"(?<![\w/.-])(19|20)\d{2}$")
_REPORTED = re.compile(r"(?<![\w])(có|đã|vừa)(?![\w])")
# "… lực lượng công an tham gia kỳ thi là 127 cán bộ", "số thí sinh tự do là 439": a number that something is
_IS_COUNT = re.compile(r"(?<![\w])là\s+(?:(?:gần|hơn|trên|khoảng)\s+)?$")
# A document named by its number or date, or before "về việc …", then what it is about: "Chỉ thị số 49-CT/TU ngày
# 10/6/2024 về tăng cường chỉ đạo, phối hợp tổ chức Kỳ thi … năm 2024". Its title is the document's subject, so the words
# in it ("tăng cường", "chủ động") assign nothing in the sentence that names it: "UBND tỉnh vừa ban hành Chỉ thị số …
# về tăng cường …" is news of a document. The title runs to its year ("năm 2024", "năm học 2024-2025"), to the
# sentence's end, or to a comma before a word that asks again ("…, yêu cầu các sở …"; duty_cues.toml asks_again).
_TITLED = re.compile(r"(?<![\w])(?:chỉ thị|kế hoạch|công văn|công điện|quyết định|thông báo|nghị quyết|văn bản|"
                     r"hướng dẫn|thông tư|kết luận)(\s+(?:số|ngày)\s+[^.;:,]{0,60}?)?\s(?:về|v/v)\s+")
_TITLE_END = re.compile(r"năm\s+(?:học\s+)?\d{4}(?:\s*[-–]\s*\d{4})?|(?=[.;:!?]\s|[.;:!?]?$)")


def _mask_titles(c: dict, masked: str) -> str:
    """`masked` with the title of each document it names (_TITLED) blanked, to the same length."""
    for m in _TITLED.finditer(masked):
        # named without a number or date, "về" opens a title only before what a title is about ("Chỉ thị về việc
        # tăng cường …", "Kế hoạch về tổ chức …"), not before a place or an agency ("gửi văn bản về Sở …": to it)
        if not m.group(1) and not (masked.startswith(("việc ", "công tác "), m.end()) or c["assign"].match(masked, m.end())
                                   or c["action"].match(masked, m.end())):
            continue
        end = _TITLE_END.search(masked, m.end())
        stop = end.end() if end else len(masked)
        for a in c["assign"].finditer(masked, m.end(), stop):
            if a.group(1) in c["asks_again"] and masked[m.end(): a.start()].rstrip().endswith(","):
                stop = a.start()
                break
        masked = masked[: m.end()] + " " * (stop - m.end()) + masked[stop:]
    return masked


def _words(phrases) -> str:
    """One alternation of whole-word phrases, longest first (so "phòng, chống" wins over "phòng")."""
    # as a trie (etl.matching.alternation): the same matches, each shared prefix tried once
    return r"(?<![\w])(" + alternation({p.lower() for p in phrases}) + r")(?![\w])"


def _cue_places(c: dict) -> list[str]:
    """Places whose name holds a cue word ("Cần Thơ", "Giao Thủy", "Trực Ninh", "Yên Lập"): masked like the set
    phrases, so that "Sở GD-ĐT Cần Thơ cho biết thành phố có 40 điểm thi" does not read as "cần" (must)."""
    cue = re.compile(_words(c["assign"]["words"] + c["action"]["verbs"] + c["narrative"]["event"]))
    return sorted(p for p in place_names() if cue.search(p.lower()))


@functools.cache
def _cues() -> dict:
    c = duty_cues()
    n = c["narrative"]
    dates = "|".join(sorted(map(re.escape, n["date_openers"]), key=len, reverse=True))
    return {
        # (or a picture's numbered place at the end, as portals print it: "… năm 2023 - Ảnh 1.")
        "caption": re.compile(_words(c["shape"]["caption"]) + r"|\s[-–]\s(ảnh\s+\d+)\.?\s*$"),
        "headline_max": c["shape"]["headline_max_words"],
        "abbrev": {a.upper() for a in c["shape"]["abbreviations"]},
        # (bodies named by a head alone, etl/words.toml `whole`: "Đoàn kiểm tra liên ngành kiểm tra …" is a body at work,
        # not a visit's report nor the verb "kiểm tra")
        "masked": re.compile(_words(c["assign"]["masked"] + _cue_places(c) + name_words()["whole"])),
        "assign": re.compile(_words(c["assign"]["words"])),
        "asks_again": frozenset(c["assign"]["asks_again"]),
        "purpose": re.compile(_words(c["purpose"]["openers"])[:-len(r"(?![\w])")] + r"\s+" + _words(c["purpose"]["verbs"])[len(r"(?<![\w])"):]),
        "event": re.compile(_words(n["event"])),
        "event_start": re.compile(_words(n["event_nouns_at_start"])),
        "held": frozenset(p.lower() for p in n["held"]),
        "schedule": re.compile(_words(n["schedule"])),
        "count": re.compile(r"\d[\d.,]*\s+" + _words(n["counted"])[len(r"(?<![\w])"):]),
        "about": re.compile(r"^\W*" + _words(n["about"])[len(r"(?<![\w])"):] + r"\s+$"),
        # a number ends on a digit: "… năm 2018, đồng thời …" is no sum of money
        "money": re.compile(r"\d(?:[\d.,]*\d)?\s+" + _words(n["money"])[len(r"(?<![\w])"):]),
        "passive": re.compile(_words(n["passive"])),
        "nominal": re.compile(_words(c["action"]["nominal"]) + r"\s+$"),
        "state": re.compile(_words(n["state"])),
        # (a day and month as digits, "27/6", "29-5", or in words, "23 tháng 5 (năm 2024)")
        "date": re.compile(r"(?:^|[-–,.)]\s*)(?:" + dates + r")\s+\d{1,2}\s*(?:[/.\-]\s*\d{1,2}(?:\s*[/.\-]\s*\d{2,4})?"
                           r"|tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?)\s*,"),
        "past": re.compile(_words(n["past"]) + r"(?!\s+được)"),
        "past_words": n["past_within_words"],
        "announce": re.compile(_words(n["announce"])),
        "announce_words": n["announce_within_words"],
        "action": re.compile(_words(c["action"]["verbs"])),
    }


def _signed(text: str, abbrev: set) -> bool:
    """A caption or article ending in its author's name in capitals ("… tại điểm thi NHẬT THỊNH")."""
    tail = re.findall(r"[\w&.\-]+", text)[-2:]
    return len(tail) == 2 and all(t.isupper() and len(t) > 1 and t.upper() not in abbrev and not any(ch.isdigit() for ch in t)
                                  for t in tail)


def _as_verb(c: dict, text: str, m: re.Match) -> bool:
    """The word at `m` is used as a verb, not as a noun after a noun's word (duty_cues.toml [action] nominal):
    "trước những đề xuất của Bộ trưởng" names a proposal, "các văn bản hướng dẫn" a kind of document."""
    return not c["nominal"].search(text[max(0, m.start() - 12) : m.start()])


def _action(c: dict, masked: str):
    """The first duty verb used as a verb."""
    return next((m for m in c["action"].finditer(masked) if _as_verb(c, masked, m)), None)


def _passive(c: dict, cased: str, action) -> bool:
    """The first duty verb comes in the passive, "được" at most three words before it and no modal: "Đề thi được in
    sao lần lượt từng môn", "Các túi đề được đóng gói, niêm phong" describe how a step is done. A passive that names
    its agent ("Thí sinh ở xa được Ban Chỉ đạo huyện tổ chức xe đưa đón") says who does it: no report.
    `cased` is the statement in its own letter case."""
    if not action:
        return False
    window = " ".join(cased[: action.start()].split()[-4:])
    m = c["passive"].search(window.lower())
    return bool(m) and not any(w[:1].isupper() for w in window[m.end():].split())


def _event_before(c: dict, low: str, at: int) -> str | None:
    """The event cue ("tổ chức hội nghị", "họp", "phát biểu") that comes before position `at` in the same clause:
    "Chiều 12/6, Công an tỉnh tổ chức hội nghị quán triệt kế hoạch …" reports a meeting about a plan, while
    "Phát biểu tại hội nghị, Chủ tịch UBND tỉnh yêu cầu các sở …" (a comma between) and "… ghi nhận ý kiến của đoàn
    và đề nghị các sở …" (a second verb after "và") still ask the departments."""
    clause = re.split(r"[,;:]|\svà\s", low[:at])[-1]
    m = c["event"].search(clause)
    return m.group(1) if m else None


# A task table (a plan's "STT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian"), read from Word as one line per
# row with its cells joined by " | " (etl/office.py): the header names the column of those who lead and of those who help.
CELL = " | "
# The lead column's header says who answers for the task ("Đơn vị chủ trì", "Cơ quan được giao", "Trách nhiệm thực
# hiện", "Bộ phận phụ trách", "Chủ trì"), in a few words; a header cell about what or when ("Nội dung thực hiện",
# "Thời gian thực hiện") is not it. A row is a header only beside a cell that heads the tasks ("STT", "Nội dung …"),
# so a task such as "Thực hiện tuyên truyền" in a data row never reads as one.
_LEAD_COLUMN = re.compile(r"^\W*(?!(?:nội\s+dung|công\s+việc|nhiệm\s+vụ|thời\s+gian|thời\s+hạn|tiến\s+độ|kết\s+quả|"
                          r"sản\s+phẩm|ghi\s+chú|hình\s+thức|kinh\s+phí)(?!\w))(?:\S+\s+){0,4}?(?:chủ\s+trì|phụ\s+trách|"
                          r"thực\s+hiện|chịu\s+trách\s+nhiệm|trách\s+nhiệm|được\s+giao|đầu\s+mối)(?!\w)(?:[\s,/]+\S+){0,3}\s*$",
                          re.IGNORECASE)
_TASK_COLUMN = re.compile(r"^\W*(?:(?:tên|các)\s+)?(?:S?TT|số\s+thứ\s+tự|nội\s+dung|công\s+việc|nhiệm\s+vụ|hoạt\s+động)(?!\w)", re.IGNORECASE)
_SUPPORT_COLUMN = re.compile(r"phối\s+hợp", re.IGNORECASE)


_CELL_SEP = re.compile(r"\s*\|\s*")


def cell_spans(text: str) -> list[tuple[int, int]]:
    """Where each cell of a table row is in its text (an empty cell too: "a | | b" has three)."""
    spans, at = [], 0
    for sep in _CELL_SEP.finditer(text):
        spans.append((at, sep.start()))
        at = sep.end()
    return spans + [(at, len(text))]


def table_columns(text: str) -> tuple[int | None, int | None, int] | None:
    """(lead column, support column, number of cells) when `text` is a task table's header row, else None."""
    if CELL not in text:
        return None
    cells = [text[a:b] for a, b in cell_spans(text)]
    if len(cells) < 3:
        return None
    if not any(_TASK_COLUMN.match(c) for c in cells):
        return None
    lead = next((i for i, c in enumerate(cells) if _LEAD_COLUMN.search(c) and not _SUPPORT_COLUMN.search(c)), None)
    support = next((i for i, c in enumerate(cells) if _SUPPORT_COLUMN.search(c)), None)
    return (lead, support, len(cells)) if lead is not None else None


def kind_of(text: str, *, has_doer: bool = False, listed: bool = False) -> tuple[str, str]:
    """("duty" | "context", reason): the first cue step of etl/duty_cues.toml that applies decides.
    `has_doer`: attribution found an agency acting in this statement (etl.agencies); `listed`: it is an item of
    a numbered or bulleted list, which in a directive is a duty unless a cue says otherwise."""
    c = _cues()
    low = text.lower()
    stripped = text.rstrip()
    masked = _mask_titles(c, c["masked"].sub(lambda m: " " * len(m.group(0)), low))  # same length: positions are the text's
    action = _action(c, masked)
    if cue := is_caption(text):
        # (a caption that shows an agency at work, "Lực lượng CSGT phân luồng tại điểm thi. Ảnh: …", reports an act as a
        # count does: running prose states its duties that way)
        act = f"{REPORTED_ACT}{action.group(1)}" if action and has_doer else ""
        return CONTEXT, f"shape: caption or byline ({cue}){act}"
    if table_columns(text):
        return CONTEXT, "shape: a table's header row"
    if m := c["event_start"].match(masked):
        return CONTEXT, f"narrative: event ({m.group(1)})"
    # A line ending in ":" is a heading or lead-in ("Bộ Giáo dục và Đào tạo:"), not a sentence.
    ends = stripped.endswith((".", ";", "!", "?", "…"))
    # …but an item of a list, or one that opens with its duty verb, is a directive's task even without a full stop
    # ("- Thành lập Hội đồng thi tốt nghiệp THPT năm 2024").
    if (not ends and not listed and not (action and action.start() == 0)
            and len(text.split()) <= 2 * c["headline_max"] and _YEAR_END.search(stripped)):
        return CONTEXT, "shape: title (no sentence end, closes on a year)"
    if (not ends and len(text.split()) <= c["headline_max"]
            and not (has_doer and not stripped.endswith(":")) and not (action and action.start() == 0)):
        # An imperative item starts with its verb and a reported duty names its doer; a headline does neither.
        return CONTEXT, "shape: headline or heading (short, no sentence end, no leading duty verb, no acting agency)"
    # A sum of money reports what was spent ("hỗ trợ 24 triệu đồng", "chi hơn 3,6 tỷ đồng từ nguồn đã giao cho Sở …"),
    # unless the statement opens by asking for it ("Giao Sở Tài chính bố trí 500 triệu đồng …") or states a total
    # first ("Toàn tỉnh có hơn 400 thí sinh được hỗ trợ với tổng số tiền 300 triệu đồng": a state, below).
    if ((m := c["money"].search(low)) and not c["assign"].match(masked)
            and not ((s := c["state"].search(low)) and s.start() < m.start())):
        return CONTEXT, f"narrative: money ({m.group(0).strip()})"
    if ((m := c["announce"].search(low)) and 0 < len(low[: m.start()].split()) < c["announce_words"]
            and ":" not in low[m.end() :] and not c["assign"].search(masked[: m.start()])):
        return CONTEXT, f"narrative: announcement ({m.group(1)})"
    # An assign word or a purpose decides unless an event comes first in its clause: "… đã tổ chức hội nghị quán
    # triệt kế hoạch …" names what the meeting was about, it assigns nothing.
    assigns = list(c["assign"].finditer(masked))
    if m := next((a for a in assigns if not _event_before(c, masked, a.start())), None):
        return DUTY, f"assign: {m.group(1)}"
    if assigns:
        return CONTEXT, f"narrative: event ({_event_before(c, masked, assigns[0].start())}) before '{assigns[0].group(1)}'"
    if m := c["purpose"].search(low):
        if e := _event_before(c, low, m.start()):
            return CONTEXT, f"narrative: event ({e}) before '{m.group(0)}'"
        # A purpose that opens the sentence is its setting; what follows it says what was done: "Để chuẩn bị tốt cho
        # kỳ thi, sáng nay, ông A – Phó Chủ tịch UBND tỉnh chủ trì cuộc họp …" reports a meeting.
        if not low[: m.start()].strip(" -–•+(") and (e := c["event"].search(masked, m.end())):
            return CONTEXT, f"narrative: event ({e.group(1)}) after the opening '{m.group(0)}'"
        return DUTY, f"purpose: {m.group(0)}"
    for step in ("event", "schedule", "state", "count"):
        # A number is a report when something "has" or "has done" it ("có 15.449 thí sinh", "đã huy động 600 cán
        # bộ") or when it opens the statement; "bố trí 02 cán bộ y tế" is the duty itself.
        for m in c[step].finditer(low):
            if (step != "count" or m.start() == 0 or _REPORTED.search(low[: m.start()]) or c["about"].match(low[: m.start()])
                    or _IS_COUNT.search(low[: m.start()])):
                # a count or a state that also names work an agency did ("Sở … đã thành lập 40 hội đồng thi, huy động
                # 2.086 cán bộ") reports an act (REPORTED_ACT): running prose states its duties that way
                act = f"{REPORTED_ACT}{action.group(1)}" if action and has_doer and step in ("count", "state") else ""
                return CONTEXT, f"narrative: {step} ({m.group(0).strip()}){act}"
    if m := c["date"].search(low):
        # (a dated report of an agency at work, "Ngày 22/6, Tỉnh đoàn tổ chức ra quân Tiếp sức mùa thi", reports an act
        # as a count does: running prose states its duties that way)
        act = f"{REPORTED_ACT}{action.group(1)}" if action and has_doer else ""
        return CONTEXT, f"narrative: date ({m.group(0).strip(' ,-–.)')}){act}"
    if (m := c["past"].search(low)) and len(low[: m.start()].split()) < c["past_words"]:
        return CONTEXT, f"narrative: past ({m.group(1)})"
    if _passive(c, text, action):
        return CONTEXT, f"narrative: passive (được … {action.group(1)})"
    if action:
        return DUTY, f"action: {action.group(1)}"
    if has_doer:
        return DUTY, "action: an agency acts (attribution)"
    if listed:
        return DUTY, "listed: an item of a numbered or bulleted list"
    return CONTEXT, "no duty verb and no acting agency"


def held_event(reason: str) -> bool:
    """A `kind_of` reason that names an event its subject holds (duty_cues.toml [narrative] `held`)."""
    m = re.match(r"narrative: event \(([^)]*)\)", reason)
    return bool(m) and m[1] in _cues()["held"]


def names_event(text: str) -> bool:
    """The statement names an event (a meeting held, chaired or attended, a visit; duty_cues.toml [narrative] event
    and event_nouns_at_start), wherever it stands: a headline "Huyện Tánh Linh họp bàn công tác chuẩn bị …" too."""
    c = _cues()
    low = text.lower()
    return bool(c["event_start"].match(low) or c["event"].search(c["masked"].sub(" ", low)))


def is_caption(text: str) -> str:
    """The cue when a statement is a photo caption or a byline ("Ảnh: …", "(Ảnh …)", "Quang cảnh …", a name in
    capitals at the end), else "": kind_of calls it context, and attribution reads only its sentence, not its credit
    (caption_credit, etl.agencies)."""
    c = _cues()
    if m := c["caption"].search(text.lower()):
        return m.group(1) or m.group(2)
    return "name in capitals" if _signed(text.rstrip(), c["abbrev"]) else ""


def caption_credit(text: str) -> int:
    """Where a photo caption's credit starts (etl.agencies): what it names from there on only signs or sources the
    photo ("… Ảnh: Báo Yên Bái", "(Ảnh: PC Điện Biên)", "Ảnh minh họa: EVN HANOI cung cấp", a journalist's name in
    capitals at the end) or shows a scene ("Quang cảnh hội nghị"). Before it the caption is a sentence like any other:
    in "Lực lượng CSGT phân luồng tại các điểm thi. Ảnh: Vũ Chi" the police act. "Trong ảnh: …" only says what the
    photo shows, so what follows it is the sentence. len(text) when nothing is a credit."""
    c = _cues()
    low = text.lower()
    at = 0
    while m := c["caption"].search(low, at):
        if not low[: m.start()].rstrip().endswith("trong"):
            return m.start()
        at = m.end()
    if _signed(text.rstrip(), c["abbrev"]):  # the run of words in capitals that ends it
        words = list(re.finditer(r"[\w&.\-]+", text))
        k = len(words)
        while k and words[k - 1].group().isupper():
            k -= 1
        return words[k].start()
    return len(text)


def kinds_of(pieces: list[str], *, doers: list[bool], named: list[bool], listed: bool = False) -> list[tuple[str, str]]:
    """kind_of for the statements of one clause, in order (`doers`: attribution gave the piece a doer, its own or
    carried on; `named`: the piece names that doer itself). A piece after ";" that has no cue of its own (its kind
    came only from a duty verb, a doer carried on, or the list layout) and names no doer continues the sentence
    before it: after a report ("Sở đã cùng các huyện bố trí xong 40 điểm thi gồm 800 phòng thi;") "Điều động khoảng
    2.500 giáo viên …" is the same report, not an imperative."""
    out: list[tuple[str, str]] = []
    for k, (text, doer, own) in enumerate(zip(pieces, doers, named)):
        # A doer carried on from the sentence before makes a duty of a piece that goes on with that sentence (after
        # ";", or opening in lower case: "…; đề phòng tai nạn ở nơi đồi núi …"), not of a new sentence with no cue
        # of its own: "Trong đó, số thí sinh lớp 12 là …", "Nguyên nhân là do …" report, whoever the paragraph is about.
        goes_on = text.lstrip(" -–•+(\"“")[:1].islower() or (k > 0 and pieces[k - 1].rstrip().endswith(";"))
        kind, why = kind_of(text, has_doer=doer and (own or listed or goes_on), listed=listed)
        if (k and out[-1][0] == CONTEXT and pieces[k - 1].rstrip().endswith(";") and not own
                and why.startswith(("action:", "listed:"))):
            # (the work the piece names is reported done too: "…; huy động 3.000 cán bộ làm nhiệm vụ thi")
            act = f"{REPORTED_ACT}{why.removeprefix('action: ')}" if why.startswith("action: ") and REPORTED_ACT not in out[-1][1] else ""
            kind, why = CONTEXT, f"continues a report: {out[-1][1]}{act}"
        out.append((kind, why))
    return out
