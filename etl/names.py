"""Every agency a duty statement names: gazetteer names and aliases (etl/gazetteer.csv), members of a sector list
("các Sở, ngành: GD&ĐT, Y tế"), names the gazetteer does not know, by their head word ("Trung tâm Kiểm soát bệnh
tật tỉnh", etl/words.toml), places that act ("huyện Cầu Ngang"), and short names a document defines in
parentheses ("(PC Quảng Nam)"). What part each one plays is decided by etl/attribution.py."""

from __future__ import annotations

import csv
import re
import tomllib
from functools import cache, lru_cache

from etl.config import PACKAGE
from etl.gazetteer import BRACKETED_ABBREVIATION, Matcher, Mention, canonical, read_over
from etl.metadata import localities, locality_kinds, place_names
from etl.segment import DOC_TYPES


def spaced_alternation(words) -> str:
    """A regex for `words`, longest first, where any run of white space stands for each space of a word (names are
    written across line breaks and double spaces). Not etl.matching.alternation, a trie over exact words."""
    return "(?:" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(words, key=len, reverse=True)) + ")"


# The helper verbs that mark the word before them as a subject ("Tỉnh đã …", "Sở cũng …"), whatever verb follows.
_HELPER_VERBS = r"đã|sẽ|đang|cũng|vẫn|luôn|cần|phải|còn|tiếp\s+tục"


@lru_cache(maxsize=1)
def words() -> dict:
    with open(PACKAGE / "words.toml", "rb") as f:
        w = tomllib.load(f)
    # Real text writes a head's later words in lower case too ("Trung tâm y tế", "Phòng tài chính kế hoạch"): each
    # head of two or more words also stands so, with its role (an abbreviation such as "Đài KTTV" keeps its capitals).
    lower = {}
    for head, role in w["heads"].items():
        first, _, rest = head.partition(" ")
        if rest and not any(len(x) > 1 and x.isupper() for x in rest.split()):
            lower[first + " " + rest.lower()] = role
    w["heads"] = lower | w["heads"] | {h: "other" for h in w["whole"] if h not in w["heads"]}
    return w


# A span of days that opens a statement with no comma after it: "từ ngày 6-9/7/2021", "trong hai ngày 27 và 28/6"
_DAYS = (r"(?:(?:từ|trong|đến|vào)\s+(?:(?:các|hai|ba)\s+)?ngày\s+\d{1,2}(?:\s*(?:[-–/.]|và)\s*\d{1,4}){1,4}"
         r"(?:\s+(?:đến|tới)\s+(?:ngày\s+)?\d{1,2}(?:\s*[-–/.]\s*\d{1,4}){1,3})?\s*,?\s*)")


@lru_cache(maxsize=1)
def patterns() -> dict[str, re.Pattern]:
    w = words()
    heads = w["heads"]
    sectors = spaced_alternation(w["sectors"])  # sector words: "y tế", "điện lực", "thông tin truyền thông" …
    return {
        # Between two agencies of one list: punctuation and filler words only.
        # Case matters: "Lãnh đạo Sở" is a title, "… lãnh đạo UBND …" a verb.
        "filler": re.compile(r"(?:[\s,;/–\-()]|(?<!\w)" + spaced_alternation(w["filler"]) + r"(?!\w))*"),
        # A capitalised head word followed by a capitalised or locality word starts an unknown name.
        # (a head may close the name: "…, Trung tâm y tế, …"; a bare head of one or two words is no name, _unknown;
        # a short form may follow a hyphen: "Sở GD-KH&CN")
        "head": re.compile(r"(?<!\w)(" + spaced_alternation(heads | w["places"]) + r")(?=\s+\S|\s*[,;.]|-\w)"),
        # Lower case only: "Trung tâm Giám sát …" goes on, "… giám sát …" ends the name.
        # ("Phòng Hậu cần …": "cần" there ends the noun "hậu cần", not the name)
        "stop": re.compile(r"(?<![Hh]ậu)\s+(?!" + spaced_alternation(w["name_nouns"]) + r"(?!\w))(?:" + spaced_alternation(w["stop"] + w["verb"]) +
                           r")(?!\w)|(?<![Hh]àng)\s+(?:" + spaced_alternation(w["negation"]) + r")(?!\w)|\s*(?:[,;:()\"“”!?|]|(?<!TP)\.(?![^\W\d_]))"),  # "TP.HCM", "TP. Pleiku": a dot inside a word or after "TP" does not end a name
        # (nor does a name go on into the next cell of a table row, "… tỉnh | Tháng 6")
        # "các Sở, ngành: …", "các ngành y tế, …"; also sector words named as forces, units or agencies ("lực lượng
        # công an, thanh tra, cán bộ Ban Chỉ đạo thi …", "các đơn vị y tế, công an, điện lực …") or after "gồm" ("… gồm
        # công an, thanh tra …") or a partner word ("phối hợp với công an, y tế, điện lực …", "cùng công an, thanh
        # tra …"), or forces, units or agencies "như" (such as) a sector list ("các lực lượng làm nhiệm vụ ở điểm thi như
        # y tế, công an …"), where the group word is not a name, and a bare "ngành" before two sector words.
        # (the "như" form first: "Các ngành chức năng như y tế, …" is no list that starts at "chức năng")
        "group": re.compile(r"(?<!\w)(?:các\s+)?(?:lực\s+lượng|đơn\s+vị|cơ\s+quan|ngành)[^,;:.]{0,40}?\snhư\s+(?=" +
                            sectors + r"\s*,)|(?<!\w)[Cc]ác\s+(?:[Ss]ở|[Nn]gành|[Pp]hòng|[Bb]ộ|doanh\s+nghiệp)(?:\s*,\s*(?:[Ss]ở|ban|[Nn]gành|cơ\s+quan|đơn\s+vị))*"
                            r"(?:\s*:\s*|\s+(?=[^\W\d]))|(?<!\w)(?:các\s+)?(?:[Ll]ực\s+lượng|đơn\s+vị|cơ\s+quan)\s+(?=" + sectors +
                            r"\s*,)|(?:(?<=\sgồm\s)|(?<=\scó\s)|(?<=\svới\s))(?=" + sectors + r"\s*,)"
                            # (after a partner word a single sector word is enough: "phối hợp với công an và …",
                            # "cùng với công an trực …")
                            r"|(?:(?<=\sphối\shợp\svới\s)|(?<=\sphối\shợp\scùng\s)|(?<=\scùng\svới\s)|(?<=\scùng\s))(?="
                            + sectors + r"(?!\w))"
                            # "ngành y tế, điện lực, …", "ngành y tế và điện lực" without "các": two sector words make it a list
                            r"|(?<!\w)ngành\s+(?=(?:" + sectors + r")\s*(?:,|\svà)\s*(?:" +
                            sectors + r")(?!\w))", re.IGNORECASE),
        "sector": re.compile(r"(?<!\w)" + sectors + r"(?=\s*(?:[,;:.…]|và\s|$)|\s+(?!và))",
                             re.IGNORECASE),
        # "Ủy viên Ban Thường vụ Huyện ủy, …": a membership up to the next comma (search it up to a name's start).
        # A person's name after an honorific ("ông Đoàn Văn A", "Đồng chí Hà …"): whatever its first word, no agency.
        "honorific": re.compile(r"(?<!\w)" + spaced_alternation(w["honorific"]) + r"\s+$", re.IGNORECASE),
        "member": re.compile(r"(?<!\w)" + spaced_alternation(w["member"]) + r"(?!\w)[^,;.:()]*$"),
        # A person's title right before an agency ("Giám đốc Sở Y tế …"): the person's name may follow the agency.
        "title_end": re.compile(r"(?<!\w)" + spaced_alternation(w["title"]) + r"\s+$"),
        # also after a place that opens the sentence: "Tại Nghệ An, dưới sự chỉ đạo của …, công an các đơn vị …"
        # and "Theo <what> của X, …" ("Theo khuyến cáo của Bộ Y tế, Sở Y tế …": X is the source, not in the subject's list)
        "subordinate": re.compile(r"^\W*(?:Tại\s+[^,;.]{1,40},\s*)?(?:" + spaced_alternation(w["subordinate"])
                                  + r"|[Tt]heo(?:\s+(?-i:[a-zđà-ỹ])\w*){1,4}?\s+(?:của|từ))(?!\w)", re.IGNORECASE),
        # a condition or a source up to its first comma, opening a statement: "Ngay sau khi nhận …, ", "Cũng theo ông A, "
        "condition_or_source": re.compile(r"^\W*(?:[Cc]ũng\s+)?(?:" + spaced_alternation(w["subordinate"]) + r"|[Tt]heo)\s[^,;:.]{0,100}?,\s*"),
        "aux_start": re.compile(rf"^\s+(?:{_HELPER_VERBS})\s+(?!có\s+\d)", re.IGNORECASE),
        "verb_any": re.compile(r"(?<!\w)" + spaced_alternation(w["verb"]) + r"(?!\w)", re.IGNORECASE),
        "continues": re.compile(r"^\W*" + spaced_alternation(w["continuation"]) + r"\s*,?\s+(?=[a-zđà-ỹ])"),
        "title_start": re.compile(spaced_alternation(w["title"]) + r"(?!\w)"),
        "anaphor_start": re.compile(r"^\W*(?:" + spaced_alternation(w["opener"]) + r"\W*)*" + spaced_alternation(w["anaphor"]) +
                                    r"(?!\w)(?!\s+(?:có\s+)?liên\s+quan)", re.IGNORECASE),
        # The words that say someone speaks: "Chúng tôi" after them is the speaker's agency.
        "speech": re.compile(r"(?<!\w)" + spaced_alternation(w["speech"]) + r"(?!\w)", re.IGNORECASE),
        "request_end": re.compile(r"(?<!\w)" + spaced_alternation(w["request"]) + r"$", re.IGNORECASE),
        # (after an opener too: "Đồng thời đề nghị các trường …" goes on with whoever asked before)
        "request_start": re.compile(r"^\W*(?:(?:" + spaced_alternation(w["opener"]) + r")\W*)*" + spaced_alternation(w["request_opener"])
                                    + r"(?!\w)", re.IGNORECASE),
        # "Chỉ đạo / Đôn đốc …" opening a statement (after openers): its subject, named before, directs
        "directs_start": re.compile(r"^\W*(?:" + spaced_alternation(w["opener"]) + r"\W*)*(?:chỉ\s+đạo|đôn\s+đốc)(?!\w)",
                                    re.IGNORECASE),
        # A statement whose own subject is a person or body that is no agency ("Những em ở xa, nhà trường bố trí …"):
        # after an optional setting up to its comma (not a task: "Bố trí nơi nghỉ trưa cho nhân viên, giáo viên làm nhiệm vụ coi
        # thi" opens with its verb), the actor and a helper verb or a duty verb.
        # (also counted, and placed: "Gần 300 thí sinh ở điểm thi đó sẽ dự thi vào đợt sau")
        # (the schools' level may follow: "Các trường THCS, THPT tổ chức …", and a second actor: "cán bộ coi thi và
        # giám sát phòng thi theo dõi …"); a work area as the subject ("Công tác
        # thanh tra thi thực hiện theo 3 cấp", "Đặc biệt, công tác bảo mật đề thi phải chặt chẽ") is said of the work,
        # whoever does it
        "actor_start": re.compile(r"^\W*(?:(?!" + spaced_alternation(w["verb"]) + r"(?!\w))[^,.;:]{1,80},\s*)?"
                                  r"(?:(?:(?:hơn|gần|khoảng|trên|toàn\s+bộ|tất\s+cả|một\s+số)\s+)?(?:\d[\d.,]*\s+)?"
                                  + spaced_alternation(w["actor"]) + r"(?:\s+(?:THCS|THPT|TH|PTDTNT|PTDTBT)(?:\s*,\s*(?:THCS|THPT|TH))*)?"
                                  + r"(?:\s+(?:tại|ở)\s+[^,.;:]{1,40}?)?(?:\s+và\s+(?:" + spaced_alternation(w["actor"])
                                  + r"|giám\s+sát(?:\s+phòng\s+thi)?|nhân\s+viên|cán\s+bộ))?"
                                  + r"(?!(?:\s+" + spaced_alternation(w["aux"]) + r")*\s+được(?!\w))\s+(?:"
                                  + spaced_alternation(w["aux"]) + r"\s+)*(?:" + spaced_alternation(w["verb"] + w["aux"])
                                  + r")(?!\w)|công\s+tác\s)", re.IGNORECASE),  # (not "(sẽ) được": "các thí sinh sẽ được … đón" are served)
        # Any other noun phrase (up to six words, no duty verb in it) before a helper verb is a subject of its own, unless
        # it is a word that stands for an agency (words.toml `agent_words`: "Các đơn vị đã …", "Lực lượng này sẽ …") or a
        # time ("Đợt đầu sẽ khảo sát …": the subject is still the one before; "Kỳ thi sẽ …" is the exam, a thing)
        "thing_start": re.compile(r"^\W*(?:(?:" + spaced_alternation(w["opener"]) + r")\s*,?\s*)?(?!(?:các\s+|những\s+|mỗi\s+|từng\s+)?"
                                  + spaced_alternation(w["agent_words"]) + r"(?!\w))(?!(?!kỳ\s+thi(?!\w))(?:" + spaced_alternation(w["verb"] + w["aux"] + w["setting"] + w["time_words"])
                                  + r")(?!\w))[^\W\d][\w/]*(?:,?\s+(?!(?:" + spaced_alternation(w["verb"]) + r")(?!\w))[\w/]+){0,5}?\s+"
                                  r"(?:đã|sẽ|phải|được|đều|chưa|thì|đang|vẫn|bị)\s", re.IGNORECASE),
        # … and so do "whoever is concerned" as the subject ("Các cơ quan chức năng cần …": words.toml concerned), who
        # are no one
        "concerned_start": re.compile(r"^\W*(?:(?:" + spaced_alternation(w["opener"]) + r")\s*,?\s*)?(?:" + spaced_alternation(
            w["concerned"]) + r")(?!\w)", re.IGNORECASE),
        # ("Báo cáo của …", "Kế hoạch của …": a verb followed by "của" is a noun, the sentence has a subject of its own)
        # (after a setting to its comma, "Trong thời gian này, phổ biến …"; an anaphor is no group of others, "các
        # đơn vị liên quan")
        # (an opener may come first, and a span of days needs no comma: "Theo đó, từ ngày 6-9/7 ưu tiên điện cho …")
        # (a setting runs to its comma, or to "phải / cần" without one: "Trong thời gian ứng trực phải tăng cường …")
        "verb_start": re.compile(r"^\W*(?:(?:" + spaced_alternation(w["opener"]) + r")\W*)?(?:(?:(?:" + spaced_alternation(w["setting"])
                                 + r")\s(?:[^,;:.]{0,60}?,\s*|[^,;:.]{0,40}?\s(?=(?:phải|cần)\s)))|" + _DAYS + r")?(?:(?:"
                                 + spaced_alternation(w["opener"] + w["anaphor"]) + r")(?!\s+(?:có\s+)?liên\s+quan)\W*)*(?:" + spaced_alternation(w["aux"]) +
                                 r"\s+)*" + spaced_alternation(w["verb"]) + r"(?!\w)(?!\s+của\b)", re.IGNORECASE),
    }



def _unknown(text: str, known: list[Mention], m: Matcher) -> tuple[list[Mention], set[int]]:
    """Names the gazetteer does not know, by their head word, up to the first lower-case stop word, verb or
    punctuation; and the starts of known names they absorb ("Văn phòng UBND tỉnh" is not "UBND tỉnh")."""
    p = patterns()
    heads = words()["heads"] | words()["places"]
    taken = [(x.start, x.end) for x in known]
    by_start = {x.start: x for x in known}
    out, absorbed = [], set()
    over = read_over(text)  # what the gazetteer's matcher reads over ("Sở Sở GD-ĐT": the first "Sở" was typed twice)
    for h in p["head"].finditer(text):
        # A one-word head starts a name only before a capitalised word: "Báo cáo …" is a verb, "Sở" alone an
        # anaphor; "Trung tâm Y tế …", "Công an thị xã" are names whatever follows.
        if any(a <= h.start() < b for a, b in taken) or not _starts_name(text, h) or over[h.start()] == " ":
            continue
        # "Ban Thường trực Ủy ban MTTQ tỉnh", "Ban Giám đốc Công an tỉnh": a board's title right before a known name
        # is that body's (words.toml `title`), no name of its own
        if (t := p["title_start"].match(text, h.start())) and (gap := re.match(r"\s+", text[t.end() :])) and (
                t.end() + gap.end() in by_start):
            continue
        stop = p["stop"].search(text, h.end())
        # "Bộ Thông tin và Truyền thông", "Trung tâm Văn hóa, Thông tin và Thể thao": "và" or a comma between two
        # capitalised words that start no other name joins them.
        # (not right after the head: "Trung tâm Y tế, Công an, Quản lý thị trường" lists three bodies)
        while (stop and stop.group(0).strip() in ("và", ",") and text[h.end() : stop.start()].strip()
               and _capitalised_joiner(text, stop.end(), by_start, p["head"])
               and not _ends_with_place(text, h.end(), stop.start())):
            stop = p["stop"].search(text, stop.end())
        end = stop.start() if stop else len(text)
        end = end if _ends_with_place(text, h.end(), end) else _comma_inside(text, end, p["stop"])
        end = _place_end(text, h.end(), end)
        if h.group(1) in words()["places"]:
            end = _capitalised_end(text, h.end())
        nxt = min((a for a, _ in taken if a > h.start()), default=len(text))
        role = heads[h.group(1)]
        if _POLICE_UNIT.search(text, h.end(), end):  # "Phòng PA83", "Đội PC06": a unit named by its police code
            role = "police"
        elif role == "other" and (sector := _sector_of_unit(h.group(1), text[h.end() : end])):
            role = sector  # "Phòng Bảo vệ an ninh chính trị nội bộ", "Công ty Lưới điện …": named by its sector's work
        if h.group(1).casefold() in ("thành phố", "tp", "tp.") and locality_kinds().get(localities().get(text[h.end() : end].strip(), "")) == "thành phố":
            role = "provincial_pc"  # "Thành phố Hải Phòng đã …" is a province-level city; "Thành phố Lai Châu" a district's
        # "Văn phòng UBND tỉnh", "Thanh tra Sở Xây dựng": a head right before a known name owns it. "Ban Thanh niên
        # Công an tỉnh", "Phòng An ninh chính trị nội bộ Công an tỉnh": so does a unit of a force ([unit_of]) named by
        # one noun phrase (one capitalised word) before its force, and it is that force; two or more capitalised words
        # make a name of its own ("Trung tâm Văn hóa Thông tin Công an huyện" are two bodies).
        between = text[h.end() : nxt]
        unit = nxt in by_start and by_start[nxt].role in words()["unit_of"] and sum(w[0].isupper() for w in between.split()) == 1
        # So does an office of two bodies joined by a dash ("Văn phòng HĐND - UBND huyện").
        # (an office of two bodies may be joined by "và" too, which otherwise ends a name: "Văn phòng HĐND và UBND huyện")
        if nxt in by_start and ((nxt <= end and (not between.strip() or unit)) or _DASHED_OWNER.fullmatch(between)):
            end = by_start[nxt].end
            absorbed.add(nxt)
            # (a mass organisation's branch stays the organisation: "tuổi trẻ Công an tỉnh" is its youth union, names._branches)
            # A programme's organising board is the programme's body at work ("Ban Tổ chức chương trình … bố
            # trí …" is the youth union, as the programme is: words.toml programme).
            if (by_start[nxt].role in words()["unit_of"] and role not in words()["branch_of"]
                    or _programme_name(by_start[nxt].surface)):
                role = by_start[nxt].role
        # "Trung tâm Văn hóa, Thể thao và Truyền thanh các huyện, thành phố": the districts right after a name are its
        # own level, not the districts' people's committees
        level = None
        if nxt in by_start and not text[end:nxt].strip() and _BARE_DISTRICTS.match(by_start[nxt].surface):
            level = by_start[nxt].end
            absorbed.add(nxt)
        end = min(end, nxt) if nxt not in absorbed else end
        # "Trung tâm Văn hóa Thông tin - Công an huyện …": the dash or slash before the next name belongs to neither
        name = text[h.start() : end].strip().rstrip("-–—/").rstrip()
        if len(name.split()) > 12:  # a run-on phrase: its verb is not in the word list; keep a name's usual length
            name = " ".join(name.split()[:6])
        elif level is not None and name == text[h.start() : h.start() + len(name)]:
            name = text[h.start() : level]
        # A bare head is not a name ("Trung tâm", "Công ty"), unless it names one sector's body by itself: "phối
        # hợp với Trung tâm Y tế trên địa bàn", "Phòng Giáo dục chỉ đạo …", "…, Công an, …" (two words or more, a role
        # not `other`, no place word), or is a body's whole name (words.toml `whole`: "Đoàn liên ngành").
        if len(name) <= len(h.group(1)) and not (len(h.group(1).split()) >= 2 and role in _sector_roles()
                                                 and h.group(1) not in words()["places"]
                                                 or h.group(1).casefold() in folded("whole")):
            continue
        place = h.group(1) in words()["places"]  # "tỉnh Hà Giang" is no misspelt agency: no fuzzy look-up
        fz = None if place else m.fuzzy(text[h.start() : h.start() + 120])  # a misspelt known name ("Sở Giáo duc …")
        # A misspelt known name starts with the same head: "Bộ Thông tin …" is not "Sở Thông tin …".
        # Nor does it end inside the verb after it: "Công an tỉnh phối hợp …" in a city is not "Công an thành phố".
        if fz and _cuts_a_verb(text, h.start() + fz[2]):
            fz = None
        if fz and nxt not in absorbed and m.name_of(fz[0], fz[1]).split()[0].casefold() == h.group(1).split()[0].casefold():
            entry, surface, length = fz
            out.append(Mention(h.start(), h.start() + length, entry.role, m.name_of(entry, surface), surface))
            taken.append((h.start(), h.start() + length))
            continue
        surface = name
        if place:
            name = _committee_of(name, role, m)
        elif name == h.group(1) and (means := words()["anaphors"].get(name)) not in (None, "last", "speaker"):
            # a bare sector word that stands for the document's own body ("…, Công an, …" is "Công an tỉnh")
            role, name = next(((k.role, k.name) for k in m.mentions(means)), (role, name))
        out.append(Mention(h.start(), h.start() + len(surface), role, name, surface))
        taken.append((h.start(), h.start() + len(surface)))
    return out, absorbed


def _cuts_a_verb(text: str, end: int) -> bool:
    """A verb of words.toml (verb) starts at the last word before `end` and runs past it."""
    start = text.rfind(" ", 0, end) + 1
    hit = _verb().match(text, start)
    return bool(hit) and hit.end() > end


def has_verb(text: str) -> bool:
    """Some verb of words.toml (verb) is in `text`."""
    return bool(_verb().search(text))


@lru_cache(maxsize=1)
def _verb() -> re.Pattern:
    return re.compile(r"(?<!\w)(?:" + spaced_alternation(words()["verb"]) + r")(?!\w)", re.IGNORECASE)


def _committee_of(place: str, role: str, m: Matcher) -> str:
    """The name a place that acts goes by: its people's committee as the gazetteer names it ("tỉnh Sơn La đã thành lập
    …" is "UBND tỉnh" of Sơn La, as "UBND tỉnh Sơn La" would be; "huyện Mai Sơn" is the districts' committee), so one
    agency keeps one name; a place the gazetteer does not know is "UBND " and its own name ("UBND tỉnh Quảng Ngãi" in
    another province's text)."""
    hit = next((k for k in m.mentions("UBND " + place) if k.start == 0 and k.role == role), None)
    return hit.name if hit else "UBND " + place[:1].lower() + place[1:]


_DASHED_OWNER = re.compile(r"\s*[A-ZĐ]{2,}\s*(?:[-–]|và)\s*")

# A police unit's code: PA (security), PC (police), PV, PX, PK, PH, and two digits ("PC Quảng Nam" is a power company).
_POLICE_UNIT = re.compile(r"(?<!\w)P[ACHKVX]\s?\d{2}(?!\w)")


def _units_of_owner(text: str, known: list[Mention]) -> list[Mention]:
    """ "Phòng Kỹ thuật nghiệp vụ của Công an thành phố", "Cục A03 của Bộ Công an": a unit the gazetteer does not know
    (role other, a unit's head word), named as a body's own, is that body's sector at work: it takes the body's role
    (and keeps its own name)."""
    out = list(known)
    for i, (k, nxt) in enumerate(zip(known, known[1:])):
        if (k.role == "other" and nxt.role != "other" and any(k.name.startswith(h + " ") for h in words()["unit_heads"])
                and _OWNED_BY.fullmatch(text, k.end, nxt.start)):
            out[i] = Mention(k.start, k.end, nxt.role, k.name, k.surface)
    return out


_OWNED_BY = re.compile(r"\s+(?:của|thuộc|trực\s+thuộc)\s+")


def _sector_of_unit(head: str, rest: str) -> str | None:
    """The sector whose work names a unit (etl/words.toml [unit_work]): "Phòng Bảo vệ an ninh …", "Đội Cảnh sát …",
    "Công ty Lưới điện cao thế …"."""
    if head not in words()["unit_heads"]:
        return None
    return next((role for role, work in _unit_work() if work.search(rest)), None)


@lru_cache(maxsize=1)
def _unit_work() -> tuple[tuple[str, re.Pattern], ...]:
    return tuple((role, re.compile(r"(?<!\w)(?:" + spaced_alternation(work) + r")(?!\w)", re.IGNORECASE))
                 for role, work in words()["unit_work"].items())


@cache
def folded(key: str) -> frozenset[str]:
    """A word list of etl/words.toml, case-folded, to test a name's words against ("whole", "staff", "programme")."""
    return frozenset(w.casefold() for w in words()[key])


@lru_cache(maxsize=1)
def _sector_roles() -> frozenset[str]:
    """The roles of one sector (etl/roles.csv less `other`): a head word that has one names a body by itself."""
    with open(PACKAGE / "roles.csv", encoding="utf-8") as f:
        return frozenset(r["role"] for r in csv.DictReader(f)) - {"other"}


def _starts_name(text: str, h: re.Match | None) -> bool:
    """A head word found at `h` starts a name: a one-word head, or one in lower case, only before a capitalised word
    ("Bộ Y tế", not "Nam Trung Bộ đã …"; "trường THPT Nguyễn Du", not "các trường THPT tiếp tục …"; a team's whole
    name in lower case is one: "đoàn kiểm tra liên ngành"), no head right
    after an honorific ("ông Đoàn Văn A" is a person), and no place ("Hội An")."""
    return (bool(h) and ((" " in h.group(1) and (h.group(1)[0].isupper() or h.group(1).casefold() in folded("whole")))
                         or text[h.end() :].lstrip()[:1].isupper())
            and not patterns()["honorific"].search(text, max(0, h.start() - 20), h.start())
            and not _places().match(text, h.start()))  # "Thành đoàn Hội An": a place whose name opens with a head word


@lru_cache(maxsize=1)
def _places() -> re.Pattern:
    """Every province and district name (metadata.place_names), as whole words."""
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, sorted(place_names(), key=len, reverse=True))) + r")(?!\w)")


_BARE_DISTRICTS = re.compile(r"(?:các\s+|cấp\s+)(?:huyện|quận|thị\s+xã|thành\s+phố|địa\s+phương)\b")


def _ends_with_place(text: str, start: int, end: int) -> bool:
    """The name from `start` to `end` closes on a province or district ("Đài Khí tượng thủy văn tỉnh Bắc Kạn"): it is
    whole, so a comma, "và" or lower-case words after it are not its own."""
    return any(place.end() == end for place in _places().finditer(text, start, end))


def _place_end(text: str, start: int, end: int) -> int:
    """Where a name ends that runs past its place into lower-case words or a count ("Xí nghiệp Lưới điện cao thế Hà
    Tĩnh| khẩn trương rà soát …", "học sinh Trường THPT Bắc Sơn| 120 em"): after the place."""
    for place in (*_places().finditer(text, start, end), *_NAME_LEVEL.finditer(text, start, end)):
        if re.fullmatch(r"(?:\s+(?:[a-zđà-ỹ][^\W\d_]*|\d[\d.,]*))+\s*", text[place.end() : end]):
            return place.end()
    return end


# A level word closing a name ("Hội Chữ thập đỏ tỉnh| phát 2.000 chai nước", "Trung tâm Văn hóa huyện| treo băng rôn"):
# lower-case words after it are the sentence's, as after a place's own name.
_NAME_LEVEL = re.compile(r"(?<=\s)(?:tỉnh|huyện|quận|thị\s+xã|thành\s+phố)(?!\w)")


def _capitalised_joiner(text: str, pos: int, known: dict, head: re.Pattern) -> bool:
    nxt = re.match(r"\s*([^\W\d_])", text[pos:])
    start = pos + nxt.start(1) if nxt else -1
    # (a person's post after the comma ends the name: "Trường THPT Chu Văn An, Phó Giám đốc Sở …")
    return (bool(nxt) and nxt.group(1).isupper() and start not in known and not head.match(text, start)
            and not patterns()["title_start"].match(text, start))


def _comma_inside(text: str, end: int, stop: re.Pattern) -> int:
    """ "Cục Quản lý Khám, chữa bệnh vừa …": one or two lower-case words after a comma, then a stop word or verb,
    still belong to the name (a verb or stop word right after the comma ends it: "Trung tâm Y tế huyện, phối hợp")."""
    cont = re.match(r",\s*([^\W\d_]+)(?:\s+([^\W\d_]+))?", text[end:])
    before = re.search(r"(\w)\w*$", text[max(0, end - 40) : end])
    if (not cont or not before or not before.group(1).isupper() or not cont.group(1)[0].islower()
            or stop.match(text, end + cont.start(1) - 1) or patterns()["filler"].match(text, end + cont.start(1)).end() > end + cont.start(1)):
        return end
    for k in (2, 1):
        if cont.group(k) and stop.match(text, end + cont.end(k)):
            return end + cont.end(k)
    return end


def _sector_lists(text: str, m: Matcher, known: list[Mention]) -> tuple[list[Mention], set[int]]:
    """Members of "các Sở, ngành: GD&ĐT, Y tế, Công an tỉnh …" / "các ngành y tế, điện lực …", and the starts of
    the group words they replace (the group itself is not an agency once its members are named)."""
    p = patterns()
    sectors = {k.casefold(): v for k, v in words()["sectors"].items()}
    by_start = {x.start: x for x in known}
    members, replaced = [], set()
    for g in p["group"].finditer(text):
        pos, found = g.end(), []
        while True:
            skip = p["filler"].match(text, pos)
            pos2 = skip.end() if skip else pos
            if found and not text[pos:pos2].strip():
                break  # "các sở y tế xây dựng phương án": a second sector word with nothing between is a verb
            hit = by_start.get(pos2)
            if hit is None:
                s = p["sector"].match(text, pos2)
                if not s:
                    break
                name = canonical(sectors[re.sub(r"\s+", " ", s.group(0)).casefold()], m.locality)
                if re.match(r"các\s+phòng", g.group(0), re.IGNORECASE):  # a district's offices: "Các phòng: Giáo dục …"
                    name = re.sub(r"^Sở\s+", "Phòng ", name)
                elif re.match(r"các\s+bộ", g.group(0), re.IGNORECASE):  # ministries: "Các Bộ: Y tế, Công Thương …"
                    name = "Bộ " + re.sub(r"\s+", " ", s.group(0)).strip()
                named = mentions(name, m)  # (a name the gazetteer lacks too: by its head word)
                role, name = (named[0].role, named[0].name) if named else ("other", name)
                hit = Mention(s.start(), s.end(), role, name, s.group(0))
            found.append(hit)
            pos = hit.end
        if found and (g.group(0).rstrip().endswith(":") or found[0].start not in by_start):
            first = found[0]
            if not g.group(0).rstrip().endswith(":"):
                # "các doanh nghiệp bưu chính, viễn thông" is one name: the words before it ("chỉ đạo", "phối hợp
                # với") decide its part. "Các sở, ngành: …" stays a heading before its members (rule `list`).
                found[0] = Mention(g.start(), first.end, first.role, first.name, text[g.start() : first.end])
            members += [found[0]] + [f for f in found[1:] if f.start not in by_start]
            replaced |= {x.start for x in known if g.start() <= x.start < g.end()} | {first.start}
    return members, replaced


# A committee is named after what it steers: "Ban Chỉ đạo kỳ thi tốt nghiệp THPT năm 2023", "Ban chỉ đạo kỳ thi".
_EXAM_TAIL = re.compile(r"\s+(?:các\s+)?(?:k[ỳì]\s+thi|thi(?=\s+(?:tốt|THPT|trung|cấp|quốc)))(?:\s+(?:tốt\s+nghiệp|THPT|"
                        r"trung\s+học\s+phổ\s+thông|quốc\s+gia|năm\s+\d{4}|cấp\s+(?:tỉnh|huyện|thành\s+phố)|tỉnh|huyện))*(?!\w)",
                        re.IGNORECASE)
_COMMITTEE = re.compile(r"(?:ban|bcđ|hội\s+đồng)(?!\w)", re.IGNORECASE)

# ("… Trung học phổ thông tỉnh năm 2024, các sở …": the level word before the year or a comma is the name's too)
_EXAM_QUALIFIERS = re.compile(r"(?:\s+(?:tốt\s+nghiệp|THPT|trung\s+học\s+phổ\s+thông|quốc\s+gia|năm\s+\d{4}"
                              r"|(?:tỉnh|huyện|thành\s+phố)(?=\s+năm\s+\d|\s*[,.;:])))+(?!\w)", re.IGNORECASE)


def _after_thi(surface: str, text: str, end: int):
    """ "Ban Chỉ đạo thi| tốt nghiệp THPT năm 2024 (BCĐ)": the gazetteer's name already ends with "thi"; what the
    exam is called still belongs to it."""
    return _EXAM_QUALIFIERS.match(text, end) if re.search(r"(?<!\w)thi$", surface, re.IGNORECASE) else None


def _capitalised_end(text: str, pos: int) -> int:
    """Where the run of capitalised words from `pos` ends ("huyện| Hoài Nhơn| đi thi"; an apostrophe inside a word is
    the word's: "huyện M'Đrắk", "Ea H'leo")."""
    while (w := re.match(r"\s+([^\W\d_][\w.]*(?:['’][^\W\d_]\w*)?)", text[pos:])) and w.group(1)[0].isupper():
        pos += w.end()
    return pos


_EVERY_PROVINCE = re.compile(r"\s+(?:của\s+)?các\s+(?:tỉnh,?\s*thành(?:\s+phố)?|địa\s+phương)(?:\s+trực\s+thuộc\s+Trung\s+ương)?")


# "lực lượng Công an các xã, phường, thị trấn", "Cảnh sát giao thông của các huyện, thành phố", "Công an các đơn vị,
# địa phương", "Công an các cấp": a force's units and levels are the force (the levels would otherwise be read as the
# district committees, the units as the departments).
_LEVEL_WORD = r"(?:huyện|quận|thị\s+xã|thành\s+phố|xã|phường|thị\s+trấn|đặc\s+khu)"
_FORCE_UNIT = r"(?:" + _LEVEL_WORD + r"|đơn\s+vị|địa\s+phương|cấp)"
_FORCE_LEVELS = re.compile(r"\s+(?:của\s+)?các\s+" + _FORCE_UNIT + r"(?:\s*,\s*" + _FORCE_UNIT + r")*(?!\w)")


_ENDS_AT_LEVEL = re.compile(r"(?<!\w)" + _LEVEL_WORD + r"$")
_MORE_LEVELS = re.compile(r"(?:\s*,\s*" + _LEVEL_WORD + r")+(?!\w)(?!\s+[A-ZĐ])")
_LEVEL = re.compile(r"\s+(?:[Hh]uyện|[Tt]ỉnh|[Tt]hành\s+phố|[Qq]uận|[Tt]hị\s+xã|cấp\s+huyện|cấp\s+tỉnh|cấp\s+xã|cấp\s+quốc\s+gia|địa\s+phương)(?=\s+[^\W\d_]*[a-zđ]|\s*[,.;:]|$)(?!\s+[A-ZĐ])")


# The levels after another body's name ("chi nhánh điện các huyện, thị xã"; a force's own: _FORCE_LEVELS)
_LEVELS = re.compile(r"\s+các\s+(?:" + _LEVEL_WORD + r"|địa\s+phương)(?:\s*,\s*" + _LEVEL_WORD + r")*(?!\w)(?!\s+[A-ZĐ])")
_GROUPS = frozenset({"district_pc", "provincial_pc", "departments"})  # bodies that are the levels themselves


def _proper_tail(text: str, x: Mention, starts: set[int], locality: str | None = None) -> Mention:
    """ "Huyện đoàn An Lão", "Sở GD&ĐT tỉnh Lạng Sơn": capitalised words (after "tỉnh", "thành phố") right after
    a name belong to it."""
    end = x.end
    if _COMMITTEE.match(x.surface) and (exam := _EXAM_TAIL.match(text, end) or _after_thi(x.surface, text, end)):
        end = exam.end()
    if every := _EVERY_PROVINCE.match(text, end):  # "Sở Y tế các tỉnh, thành phố trực thuộc Trung ương"
        return Mention(x.start, every.end(), x.role, x.name, text[x.start : every.end()])
    if _ENDS_AT_LEVEL.search(x.surface) and (more := _MORE_LEVELS.match(text, end)):
        # "Công an các phường, xã, quận, huyện …": the levels after a name that ends with one are the name's
        return Mention(x.start, more.end(), x.role, x.name, text[x.start : more.end()])
    if x.role in words()["unit_of"] and (levels := _FORCE_LEVELS.match(text, end)):
        return Mention(x.start, levels.end(), x.role, x.name, text[x.start : levels.end()])
    if place := re.match(r"(?:" + BRACKETED_ABBREVIATION + r")?\s+(?:tỉnh|thành\s+phố|TP\.?|huyện|quận|thị\s+xã)(?=\s+[^\W\d_])",
                         text[end:]):
        nxt = text[end + place.end() :].lstrip()[:1]
        end += place.end() if nxt.isupper() else 0
    if end == x.end and (level := _LEVEL.match(text, end)):  # "các Điện lực huyện kiểm tra …": the level is the name's
        end = level.end()
    elif end == x.end and x.role not in _GROUPS and (levels := _LEVELS.match(text, end)):
        end = levels.end()  # "chi nhánh điện các huyện, thị xã": so are the levels (not the districts' committees)
    if number := re.match(r"\s+số\s+\d+(?!\w|[/.,]\d)", text[end:]):  # "Tổ CSGT số 1", "Đội số 2": a unit's number is its name's
        end += number.end()
    if known := _known_place().match(text, end):  # "Sở GD&ĐT Bà Rịa - Vũng Tàu": a province's own spelling, dash and all
        end = known.end()
    # "UBND TP.Buôn Ma Thuột": a city's name may follow the dot of "TP." with no space
    glued = bool(re.search(r"(?<!\w)T[PpXx]\.?$", text[x.start : end]) and (c := re.match(r"\.?([^\W\d_])", text[end:]))
                 and c.group(1).isupper())
    end += glued and text.startswith(".", end)
    for i in range(3):
        w = re.match(r"\s*([^\W\d_][\w.]*)" if glued and i == 0 else r"\s+([^\W\d_][\w.]*)", text[end:])
        if not w or not w.group(1)[0].isupper() or end + w.start(1) in starts or _starts_name(
                text, patterns()["head"].match(text, end + w.start(1))) or _capitalised_verb(text, end + w.start(1)):
            break
        # "[\w.]*" keeps an abbreviation's dots ("T.Ư"), but a sentence's full stop is not part of the name
        end += w.end() - (w.group(1).endswith(".") and w.group(1).count(".") == 1)
    if end == x.end:
        return x
    surface = text[x.start : end]
    # "Tỉnh đoàn Quảng Ngãi" in a Bình Định document is another province's agency: it keeps its own name, so a
    # helper is not merged into the doer ("Tỉnh đoàn Bình Định phối hợp với Tỉnh đoàn Quảng Ngãi").
    other_place = locality and _other_locality(text[x.end : end], locality)
    return Mention(x.start, end, x.role, re.sub(r"\s+", " ", surface) if other_place else x.name, surface)


def _capitalised_verb(text: str, pos: int) -> bool:
    """Asking, issuing or a document's type, two or more words at `pos`, the first capitalised and the next not ("Chủ
    tịch UBND tỉnh Chỉ thị:", "UBND huyện Yêu cầu …"): the sentence's words, not a place of the name before it (a
    place's every word is capitalised: "huyện Giao Thủy")."""
    return bool((m := _verb_phrase().match(text, pos)) and (second := re.search(r"\s(\w)", m.group(0))) and second.group(1).islower())


@lru_cache(maxsize=1)
def _verb_phrase() -> re.Pattern:
    w = words()
    # (asking and issuing only: a programme's name may open on a verb, "đội hình Tiếp sức mùa thi"; the types are
    # etl.segment's)
    types = [t.lower() for t in DOC_TYPES.values()]
    phrases = [v for v in w["request"] + ["chỉ đạo", "ban hành"] + types if " " in v]
    return re.compile(r"(?:" + spaced_alternation(phrases) + r")(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _known_place() -> re.Pattern:
    """Any spelling of a locality of the gazetteer, after a space, as whole words (longest first)."""
    names = sorted(localities(), key=len, reverse=True)
    return re.compile(r"\s+(?:" + "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names) + r")(?!\w)")


def _other_locality(tail: str, locality: str) -> bool:
    names = localities()
    return any(names.get(w) not in (None, locality) for w in _place_words(tail))


def _place_words(tail: str) -> list[str]:
    """Runs of capitalised words in a name's tail ("Quảng Ngãi", "Thừa Thiên Huế"), longest first per run."""
    words = re.findall(r"[^\W\d_][\w.]*", tail)
    out = []
    for i in range(len(words)):
        for j in range(len(words), i, -1):
            out.append(" ".join(words[i:j]))
    return out


_ABBREVIATION = re.compile(r"\s*\(\s*((?:[A-ZĐ][\w&.\-]*)(?:\s+[A-ZĐ][\w&.\-]*){0,3})\s*\)")
# A short name has a word of two capitals or more ("PC Quảng Nam", "BCĐ", "PA03"); a place in parentheses is where the
# agency is ("Huyện đoàn Sơn Tây (Quảng Ngãi)", "Trường THPT Đinh Tiên Hoàng (Sơn Tây)", "(TP. Thái Nguyên)"), no name.
_ACRONYM = re.compile(r"(?<!\w)(?![Tt][Pp]\.?(?:\s|$)|[Tt][Xx]\.?(?:\s|$))\w*[A-ZĐ]\w*[A-ZĐ]")


def abbreviations(texts, m: Matcher) -> dict[str, tuple[str, str]]:
    """Short names a document defines in parentheses: "Công ty Điện lực Quảng Nam (PC Quảng Nam)", "Ban chỉ đạo
    (BCĐ)"; later the short name alone names the same agency (abbreviation -> (role, name))."""
    out: dict[str, tuple[str, str]] = {}
    for text in texts:
        if not re.search(r"\(\s*[A-ZĐ]", text):
            continue
        for x in mentions(text, m):
            if ((ab := _ABBREVIATION.match(text, x.end)) and ab[1] not in x.surface and len(ab[1]) < len(x.surface)
                    and _ACRONYM.search(ab[1])):
                out.setdefault(ab[1], (x.role, x.name))
    return out


def _defined(text: str, known: list[Mention], short: dict[str, tuple[str, str]]) -> list[Mention]:
    taken = [(k.start, k.end) for k in known]
    out = []
    for ab, (role, name) in short.items():
        for hit in re.finditer(r"(?<!\w)" + re.escape(ab) + r"(?!\w)", text):
            if not any(a < hit.end() and hit.start() < b for a, b in taken):
                out.append(Mention(hit.start(), hit.end(), role, name, hit.group(0)))
                taken.append(hit.span())
    return out


_NAME_GAP = re.compile(r"\s*(?:\([^()]{1,15}\)\s*)?")  # between a name and its place: nothing, or a short name


@lru_cache(maxsize=256)
def _bare_word(word: str) -> re.Pattern:
    """The word alone: not inside a group ("các Sở"), not after a place word ("tỉnh Quảng Ninh")."""
    return re.compile(r"(?<!\w)(?<!các )(?<!tỉnh )(?<!phố )(?<!TP )(?<!TP\. )" + re.escape(word) + r"(?=\s)")


@lru_cache(maxsize=128)
def _spellings(locality: str) -> tuple[str, ...]:
    return tuple(sorted((a for a, n in localities().items() if n == locality), key=len, reverse=True))


# Where a statement's subject stands: at its start, or after a setting or an opener and its comma (also read by
# etl.agencies: a new sentence's own subject).
OPENS = re.compile(r"\W*(?:[^,.;:]{1,60},\s*)?")
_STATE = re.compile(r"\s+(?:có|sẵn\s+sàng|là|đảm\s+bảo|bảo\s+đảm|kiểm\s+tra)(?!\w)", re.IGNORECASE)
_LEVEL_LIST = re.compile(r"(?<!\w)(?:tỉnh|huyện|quận|thị\s+xã|xã|phường)\s*,$")
# Words after which a bare lower-case word opens a clause of its own: "có", "và", and a consequence ("… sẽ có mưa lớn,
# do đó huyện đã thuê thêm xe đón thí sinh …").
# (and the agent of a passive: "… đang được tỉnh thực hiện", "… do huyện bố trí")
_PASSIVE = r"(?:được|do|bởi)"
_PASSIVE_BEFORE = re.compile(rf"(?<!\w){_PASSIVE}\s+$")
_BARE_AFTER = re.compile(rf"(?<!\w)(?:có|và|(?:^|(?<=[,;:]))\s*[Tt]oàn|do\s+đó|vì\s+vậy|vì\s+thế|cho\s+nên|bởi\s+vậy|vậy\s+nên|{_PASSIVE})$")


_THIS = re.compile(r"\s+này(?=\s)")
_CANDIDATES_OF = re.compile(r"(?<!\w)(?:thí\s+sinh|học\s+sinh|TS|HS)$", re.IGNORECASE)
_AUX_ANY = re.compile(rf"^\s+(?:(?:{_HELPER_VERBS}|kịp|kịp\s+thời)\s+)+"
                      r"(?!(?:có|là|được|bị|không|chưa|cho\s+(?:biết|hay)|thông\s+tin|chia\s+sẻ)(?!\w))[^\W\d]", re.IGNORECASE)


def _anaphors(text: str, known: list[Mention], m: Matcher, last: dict[str, tuple[str, str]]) -> list[Mention]:
    """ "hiện Sở đang hướng dẫn …", "Tỉnh đã huy động …": a bare word, right before a duty verb, that stands for an
    agency (etl/words.toml [anaphors]): the last one named with that word, or the agency the list names."""
    p = patterns()
    taken = [(k.start, k.end) for k in known]
    out = []
    bare = dict(words()["anaphors"])
    if m.locality:  # "Hiện, Quảng Ninh đã chuẩn bị …": the document's own province, named bare, acts as its committee
        committee = "UBND " + ("tỉnh" if locality_kinds().get(m.locality) == "tỉnh" else "thành phố")
        # under any of its spellings ("TP.HCM cần đẩy mạnh …"), the longest first
        for spelling in _spellings(m.locality):
            bare[spelling] = committee
    spelled = set(bare) - set(words()["anaphors"])  # the document's own province, under its spellings
    own = spelled | set(words()["needs_aux"])
    for word, means in bare.items():
        if word not in text:
            continue
        for hit in _bare_word(word).finditer(text):
            after = text[hit.end() :]
            if this := _THIS.match(after):  # "Đồng thời, Sở này cũng phối hợp …": the one named before, pointed at
                after = after[this.end() :]
            if any(a <= hit.start() < b for a, b in taken) or not (p["verb_start"].match(after) or _AUX_ANY.match(after)):
                continue  # (a helper verb makes the word a subject whatever verb follows: "tỉnh cũng dự phòng …", "TP sẽ
                # kích hoạt …", "Huyện cũng thống nhất …"; not "có", "là", "được" after it: a count, a state, a passive)
            if (word in own and not p["aux_start"].match(after) and not _PASSIVE_BEFORE.search(text, 0, hit.start())
                    and not (word in spelled and OPENS.fullmatch(text, 0, hit.start()) and not _STATE.match(after)
                             and text.rstrip().endswith((".", ";", "…", "!")))):
                # ("Quảng Bình tổ chức 1 cụm thi do Sở …"; the agent of a passive needs none: "… do huyện bố trí")
                continue  # a bare place name acts only with a helper verb: "Quảng Ninh đã chuẩn bị …", or as the
                # subject that opens the statement ("Đà Nẵng lên phương án …", "Năm nay, Bắc Giang dừng một điểm thi …";
                # not a count, a state or an outcome: "Nam Định có 18.694 thí sinh", "Thanh Hóa sẵn sàng cho kỳ thi";
                # nor an inspection, a visit as its leaders' is: "Vĩnh Phúc kiểm tra công tác chuẩn bị …"; only in a
                # sentence: a headline, with no closing stop, names a place's news, "Yên Bái triển khai nhiều giải pháp")
            if any(_NAME_GAP.fullmatch(text, k.end, hit.start()) for k in known if k.end <= hit.start()):
                continue  # "Công an thành phố (TP) Đà Nẵng tuần tra …", "Cảnh sát PCCC (PCCC) TP lập kế hoạch …": the
                # place says whose the agency before it is
            preceding = text[: hit.start()].rstrip()
            if _CANDIDATES_OF.search(preceding):
                continue  # "hơn 9.200 thí sinh Quảng Nam đã đến …": the place says whose candidates they are
            if _LEVEL_LIST.search(preceding):
                continue  # "Sở GD&ĐT tỉnh, thành phố hướng dẫn …", "Ban Chỉ đạo cấp tỉnh, TP …": the levels of a
                # place, listed, name no committee
            if (word[0].islower() and preceding[-1:] not in ("", ",", ":", ";", "“", '"') and not _BARE_AFTER.search(preceding)
                    and not p["request_end"].search(preceding) and not p["title_end"].search(preceding + " ")):
                continue  # "… cho biết, tỉnh huy động …", "… có công an trực …", "đề nghị tỉnh rà soát …", "… và sở tổ
                # chức …", "… do đó huyện đã chuẩn bị …", "Lãnh đạo huyện đã quán triệt …" (its leaders) name a doer;
                # "trên địa bàn tỉnh tổ chức …" does not
            if means == "last":
                # "… Giám đốc Sở Giáo dục và Đào tạo cho biết, sở đã …": the lower-case word stands for the same
                # (or named by a short name: "PC Lào Cai" is "Công ty Điện lực Lào Cai", so "công ty" stands for it)
                before = [k for k in known if k.end <= hit.start()
                          and (k.surface.lower().startswith(word.lower() + " ") or k.name.lower().startswith(word.lower() + " "))]
                if before and this:
                    continue  # "Thông tin từ Sở Y tế cho hay, sở này đã …": named in this very sentence, which gives it its part
                ref = (before[-1].role, before[-1].name) if before else last.get(word[0].upper() + word[1:])
                if ref and ref[0] == "youth_union" and _team_kind().match(after):
                    continue  # "Đoàn kiểm tra đến thăm …": a team named by its kind, not the youth union named before
            elif means == "speaker":
                # (the one who speaks in this very sentence first: "Giám đốc Sở Y tế nhấn mạnh: “Chúng tôi …”")
                said = [k for k in known if k.end <= hit.start() and p["speech"].search(text, k.end, hit.start())]
                # ("Ông A, Phó Giám đốc Công ty Điện lực, thành viên Ban Chỉ đạo, nhấn mạnh: “Chúng tôi …”": the body he
                # is a member of is not the one he speaks for)
                # (nor is its place: "… thành viên Ban Chỉ đạo thi tỉnh Lào Cai, nhấn mạnh: “Chúng tôi …”")
                said = [k for k in said if not k.surface.lower().startswith("thành viên") and not is_place(k)] or said
                ref = (said[-1].role, said[-1].name) if said else last.get("speaker")
            else:
                named = m.mentions(means)
                ref = (named[0].role, named[0].name) if named else None
            if ref:
                out.append(Mention(hit.start(), hit.end(), ref[0], ref[1], word))
                taken.append((hit.start(), hit.end()))  # "TP.HCM" is not also "HCM"
    return out


@lru_cache(maxsize=1)
def _team_kind() -> re.Pattern:
    """What a team is named by ("Đoàn kiểm tra", "Đoàn công tác": words.toml `team`, as rule delegation reads them)."""
    return re.compile(r"\s+(?:" + spaced_alternation(words()["team"]) + r")(?!\w)", re.IGNORECASE)


def mentions(text: str, m: Matcher, short: dict[str, tuple[str, str]] | None = None,
             last: dict[str, tuple[str, str]] | None = None) -> list[Mention]:
    """Every agency a statement names, in reading order, without overlaps (`short`: the document's abbreviations;
    `last`: what a bare anaphor such as "Sở" stood for when the text last named one)."""
    known = m.mentions(text)
    if short:
        known = sorted(known + _defined(text, known, short), key=lambda x: x.start)
    starts = {k.start for k in known}
    known = _branches(text, _without_overlaps([_proper_tail(text, k, starts, m.locality) for k in known]))
    known = _group_tails(text, known, m)
    if m.national:
        known = [level_reading(k, m) for k in known]
    members, replaced = _sector_lists(text, m, known)
    known = [k for k in known if k.start not in replaced] + members
    unknown, absorbed = _unknown(text, known, m)
    # (again with the names only their head word found: "Đoàn trường Trường THPT A", "Chi đoàn Đồn Biên phòng B")
    known = _branches(text, sorted([k for k in known if k.start not in absorbed] + unknown, key=lambda x: x.start))
    known = _addresses(text, sorted(known + _lower_members(text, known), key=lambda x: x.start))
    known = sorted(known + _anaphors(text, known, m, last or {}) + _exam_sites(text, known) + _partner_schools(text, known),
                   key=lambda x: x.start)
    known = _units_of_owner(text, known)  # (after the anaphors: "Đội Hotline 2 của Công ty …" is the company's)
    known = [k for k in known if not _staff_deployed(text, k) and not _programme_idle(text, k)]
    if nobody := [(h.start(), h.end()) for h in _no_one().finditer(text)]:  # "các cấp, các ngành": everyone
        known = [k for k in known if not any(a <= k.start < b for a, b in nobody)]
    return sorted(known + _persons_asking(text, known, last or {}), key=lambda x: x.start)


@lru_cache(maxsize=1)
def _no_one() -> re.Pattern:
    # (not before "địa phương", nor before the ones it singles out: "Các cấp, các ngành, nhất là các sở: A, B …" heads them)
    return re.compile(r"(?<!\w)" + spaced_alternation(words()["no_one"]) + r"(?!\w)(?!\s*,\s*(?:các\s+)?địa\s+phương)"
                      r"(?!\s*,?\s*(?:nhất\s+là|trong\s+đó|đặc\s+biệt))", re.IGNORECASE)


def _exam_sites(text: str, known: list[Mention]) -> list[Mention]:
    """ "yêu cầu / đề nghị / lưu ý / chỉ đạo / hỗ trợ (lãnh đạo) các điểm thi …" (not "phối hợp, hỗ trợ các điểm thi …": working
    with them is the helper's own task), "Các điểm thi đã chuẩn bị đủ phòng thi …": the exam sites
    asked to act, or acting as the subject, are an agency of their own (words.toml exam_sites; elsewhere they are places,
    no agency). (Reminded by a body asked itself, "đề nghị Sở … nhắc nhở các điểm thi …", they are that body's care.)"""
    out = []
    for hit in _asked_site().finditer(text):
        if not any(k.start <= hit.start(1) < k.end for k in known):
            out.append(Mention(hit.start(1), hit.end(1), "other", words()["exam_sites_name"], hit.group(1)))
    for hit in _site_subject().finditer(text):
        # … or standing first in their clause (no one named and no verb before them there: "Sở chỉ đạo các trường, các
        # điểm thi …" lists those directed) with a verb after them, not "có" or "là" ("Mỗi điểm thi có 2 phòng dự phòng")
        clause = max(text.rfind(p, 0, hit.start()) for p in ".;:") + 1
        # (a place may follow them: "Các điểm thi tại huyện A đã phối hợp …")
        after = place.end() if (place := _SITE_PLACE.match(text, hit.end())) else hit.end()
        before = text[clause : hit.start()]  # (a purpose that opens the sentence only says why: "Để …, …, các điểm thi …")
        if (not any(clause <= k.start < hit.end() for k in known + out) and not (has_verb(before) and not _purpose_only(before))
                and subject_start().search(text, 0, hit.start())
                and patterns()["verb_start"].match(text[after:]) and not _HAS.match(text, after)):
            out.append(Mention(hit.start(), hit.end(), "other", words()["exam_sites_name"], hit.group(0)))
    return out


# Schools named as a group right after the verb of working together ("phối hợp với các trường coi và chấm thi", "… với
# 3 trường đại học", "… phối hợp với các trường học rà soát …"): the partners, a body of their own
# (development readers 6 of 8 gave them a part, session 57); elsewhere "các trường" are places or the schools a
# department directs (rule own_schools).
_PARTNER_SCHOOLS = re.compile(r"(?<!\w)(?:phối\s+hợp|liên\s+kết)(?:\s+chặt\s+chẽ)?(?:\s+(?:với|cùng))?\s+"
                              r"((?:các|những|\d+|hai|ba|bốn|năm|sáu)\s+(?:nhà\s+)?trường(?:\s+học)?"
                              r"(?:\s+(?:đại\s+học|cao\s+đẳng|trung\s+cấp|THPT|THCS)(?:\s*,\s*(?:cao\s+đẳng|trung\s+cấp))*)?)(?!\w)",
                              re.IGNORECASE)


def _partner_schools(text: str, known: list[Mention]) -> list[Mention]:
    """Schools named as a group where someone works with them (_PARTNER_SCHOOLS), unless a known name covers them."""
    return [Mention(hit.start(1), hit.end(1), "other", words()["partner_schools_name"], hit.group(1))
            for hit in _PARTNER_SCHOOLS.finditer(text) if not any(k.start < hit.end(1) and hit.start(1) < k.end for k in known)]


_HAS = re.compile(r"\s+(?:(?:đều|cũng|đã|sẽ)\s+)*(?:có|là)(?!\w)")
_SITE_PLACE = re.compile(r"\s+(?:tại|ở|trên\s+địa\s+bàn)\s+(?:(?:huyện|thị\s+xã|thành\s+phố|quận|xã|tỉnh|TP\.?)\s+)?"
                         r"(?:[A-ZĐ][\w'’.-]*)(?:\s+[A-ZĐ][\w'’.-]*){0,3}")

@cache
def duty_cues() -> dict:
    """The statement filter's cue table, etl/duty_cues.toml (read by etl.statements; its purpose words open a purpose
    here too)."""
    with open(PACKAGE / "duty_cues.toml", "rb") as f:
        return tomllib.load(f)


@lru_cache(maxsize=1)
def _purpose_opener() -> re.Pattern:
    """A purpose opening a sentence up to its first comma ("Để bảo đảm …,", "Nhằm …,"): duty_cues.toml [purpose] openers."""
    return re.compile(r"\W*(?:" + spaced_alternation(duty_cues()["purpose"]["openers"]) + r")\s[^,.;:]*,", re.IGNORECASE)


def _purpose_only(before: str) -> bool:
    """The words before a subject are a purpose and what qualifies it, no verb after its first comma: "Để bảo đảm kỳ
    thi an toàn, khách quan, đúng luật, …" (not "Để …, Sở chỉ đạo các trường, …")."""
    return bool((m := _purpose_opener().match(before)) and before.rstrip().endswith(",") and not has_verb(before[m.end() :]))


@lru_cache(maxsize=1)
def _site_subject() -> re.Pattern:
    w = words()
    return re.compile(r"(?<!\w)(?:(?:" + spaced_alternation(w["title"]) + r")\s+)?(?:" + spaced_alternation(w["exam_sites"] + ["điểm thi"])
                      + r")(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _asked_site() -> re.Pattern:
    w = words()
    return re.compile(r"(?<!\w)(?:yêu\s+cầu|đề\s+nghị|lưu\s+ý|chỉ\s+đạo|(?<!phối\shợp,\s)(?<!phối\shợp\s)hỗ\s+trợ)\s+(?:" + spaced_alternation(w["title"]) + r"\s+)?("
                      + spaced_alternation(w["exam_sites"]) + r")(?!\w)", re.IGNORECASE)


def _branches(text: str, known: list[Mention]) -> list[Mention]:
    """ "Đoàn Thanh niên Công an tỉnh", "tuổi trẻ Công an tỉnh": a mass organisation ([branch_of]) right before another
    body, nothing between, is its branch there; the whole is the organisation, the body only owns it."""
    out: list[Mention] = []
    for k in known:
        if (out and out[-1].role in words()["branch_of"] and k.role not in words()["branch_of"]
                and not text[out[-1].end : k.start].strip() and k.start > out[-1].end):
            a = out.pop()
            k = Mention(a.start, k.end, a.role, a.name, text[a.start : k.end])
        out.append(k)
    return out


def _staff_deployed(text: str, k: Mention) -> bool:
    """People a sector sends (words.toml staff: "cán bộ y tế", "tình nguyện viên") are their sector at work only where a
    subject stands: first in the statement or a clause, after openers ("Nhân viên y tế lấy mẫu …", "Tại các điểm thi,
    tình nguyện viên giữ xe …"). Anywhere else they are staff someone deploys or counts: no agency ("Sở Y tế bố trí cán
    bộ y tế …", "huy động 200 tình nguyện viên"). The agent of a passive acts too ("thí sinh được các anh, chị tình
    nguyện viên dẫn vào phòng thi", rule by_agent)."""
    return (k.surface.casefold() in folded("staff") and not subject_start(plural=True).search(text, 0, k.start)
            and not _AGENT_BEFORE.search(text, 0, k.start))


# "được / do / bởi (các anh, chị) …" right before a name: the one that does what follows
_AGENT_BEFORE = re.compile(r"(?<!\w)(?:được|do|bởi)\s+(?:(?:các|những)\s+)?(?:anh,?\s+chị\s+|đội\s+ngũ\s+)?$", re.IGNORECASE)


_PROGRAMME_YEAR = re.compile(r"\s*(?:(?:năm|đợt)\s+(?:\d{4}|nay)|\d{4})?\s*(?:được\s+)?")


def _programme_name(surface: str) -> str | None:
    """The programme (words.toml programme) a name starts with, if any."""
    return next((p for p in folded("programme") if surface.casefold().startswith(p)), None)


def _programme_idle(text: str, k: Mention) -> bool:
    """A sector's programme (words.toml programme) acts only as a subject with a verb after it (and its year):
    "Chương trình Tiếp sức mùa thi năm 2024 được tổ chức …" is the youth union at work, "Chương trình … là dịp …" is not."""
    name = _programme_name(k.surface)
    if name is None:
        return False
    after = text[k.start + len(name) :]  # (the capitalised words _proper_tail took after it are not its name)
    after = after[_PROGRAMME_YEAR.match(after).end() :]
    return (not subject_start(plural=True).search(text, 0, k.start) or not patterns()["verb_start"].match(after)
            or re.match(r"\W*là(?!\w)", after) is not None)


@lru_cache(maxsize=2)
def subject_start(plural: bool = False) -> re.Pattern:
    """The words before a subject that starts its sentence or clause, read back from it: punctuation, then openers
    ("Theo đó, "); with `plural`, then "các", "những", "mỗi" or a count too ("450 tình nguyện viên …"; etl.attribution
    reads it as well)."""
    plural_word = (r"(?:(?:các|những|mỗi)\s+(?:bạn\s+)?|(?:(?:hơn|gần|khoảng|trên)\s+)?(?!(?:19|20)\d\d\s)\d[\d.,]*\s+(?:lượt\s+)?)?"
                   if plural else "")
    return re.compile(r"(?:^|[,;:.(])\s*(?:(?:" + spaced_alternation(words()["opener"]) + r")\s*,?\s*)*" + plural_word + "$",
                      re.IGNORECASE)


# A person named with a word of address: "ông Trần Ngọc Khiêm", "bà Lan", "đồng chí Nguyễn Văn A" (one to five words,
# each capitalised: _named).
_ADDRESS = re.compile(r"(?<!\w)(?:[Ôô]ng|[Bb]à|[Đđ]ồng\s+chí)\s+")
_NAME = r"((?:[^\W\d_]+\s+){0,4}[^\W\d_]+)"
_PERSON = re.compile(_ADDRESS.pattern + _NAME + r"\s*(?:[,–—-]|\()\s*$")


@lru_cache(maxsize=1)
def _person_asking() -> re.Pattern:
    """A person named by address and name, then a request ("ông A (cũng) yêu cầu …")."""
    return re.compile(_ADDRESS.pattern + _NAME + r"(?=\s*,?\s+(?:cũng\s+|đã\s+|tiếp\s+tục\s+)?(?:"
                      + spaced_alternation(words()["request"]) + r")\s)")


def _named(words_: str) -> str | None:
    """The name, one space between its words, when every word is capitalised (else it is no name)."""
    parts = words_.split()
    return " ".join(parts) if all(w[0].isupper() for w in parts) else None


def people(text: str, known: list[Mention]) -> dict[str, tuple[str, str]]:
    """Whom a person named with a title stands for: "Ông Trần Ngọc Khiêm – Phó Chủ tịch UBND huyện chủ trì …" makes
    "Trần Ngọc Khiêm" (and "Khiêm") the district's committee. Keys are "person:" and the name."""
    out: dict[str, tuple[str, str]] = {}
    if not _ADDRESS.search(text):
        return out
    for k in known:
        title = patterns()["title_end"].search(text, max(0, k.start - 60), k.start)
        if not title or (person := _PERSON.search(text, max(0, title.start() - 60), title.start())) is None:
            continue
        if name := _named(person.group(1)):
            out["person:" + name] = out["person:" + name.split()[-1]] = (k.role, k.name)
    return out


def _persons_asking(text: str, known: list[Mention], last: dict[str, tuple[str, str]]) -> list[Mention]:
    """ "Phát biểu tại cuộc họp, ông Trần Ngọc Khiêm yêu cầu các địa phương …": a person the text named earlier with a
    title and an agency (people), named again by a word of address and the name alone before a request, asks for that
    agency: the request is read as that agency's (its level decides whom "các địa phương" means)."""
    if not _ADDRESS.search(text):
        return []
    who = {**{k: v for k, v in last.items() if k.startswith("person:")}, **people(text, known)}
    taken = [(k.start, k.end) for k in known]
    out = []
    for hit in _person_asking().finditer(text):
        ref = who.get("person:" + (_named(hit.group(1)) or ""))
        if ref and not any(a <= hit.start() < b for a, b in taken):
            out.append(Mention(hit.start(), hit.end(), ref[0], ref[1], text[hit.start() : hit.end()]))
    return out


# "…, Phòng Tài chính - Kế hoạch, phòng kinh tế, Trung tâm y tế, …": a head word in lower case, then words up to the next
# comma, between two names of one list is a member written in lower case.
_LOWER_HEAD = r"(?:phòng|trung\s+tâm|chi\s+cục|ban|đội|văn\s+phòng|hội|công\s+ty|bệnh\s+viện)"
_LOWER_ITEM = re.compile(r"\s*,\s*((" + _LOWER_HEAD + r")\s+[^\W\d]+(?:\s+[^\W\d]+){0,4})\s*(?:,\s*|\s+và\s+)")
# … and the last member, before an ellipsis or the list's verb ("chỉ đạo các sở y tế, bệnh viện… chuẩn bị …")
_LOWER_LAST = re.compile(r"\s*,\s*(" + _LOWER_HEAD + r")(?!\w)")


def _lower_members(text: str, known: list[Mention]) -> list[Mention]:
    """Members of a list written in lower case (_LOWER_ITEM), with the role of their head word (etl/words.toml
    [heads]); words that start with a longer verb ("ban hành …", "phòng chống …") or hold a verb or stop word
    ("phòng thi") are none."""
    out: list[Mention] = []
    for x, y in zip(known, known[1:]):
        hit = _LOWER_ITEM.match(text, x.end)
        if not hit or hit.end() != y.start or patterns()["stop"].search(hit.group(1)):
            continue
        name = " ".join(hit.group(1).split())
        if any(len(v) > len(hit.group(2)) and (name + " ").startswith(v + " ") for v in words()["verb"]):
            continue
        out.append(_lower_mention(hit.group(1), hit.start(1)))
    for x, y in zip(known, known[1:] + [None]):
        # (after x: not when a member in lower case was found there already, between x and the next name)
        if out and out[-1].start > x.end or not (hit := _LOWER_LAST.match(text, x.end)):
            continue
        if end := _last_member_end(text, hit, y.start if y else len(text)):
            out.append(_lower_mention(text[hit.start(1) : end], hit.start(1)))
    return out


def _last_member_end(text: str, hit: re.Match, stop: int) -> int | None:
    """Where the last member in lower case ends: at an ellipsis or where its list's verb starts, at most five words
    after its head (none when the words are a verb: "…, phòng chống …")."""
    end = hit.end()
    for _ in range(6):
        rest = text[end:stop]
        if re.match(r"\s*(?:…|\.\.\.)", rest) or patterns()["verb_start"].match(rest.lstrip()):
            return None if patterns()["verb_start"].match(text[hit.start(1) : end]) else end
        if not (word := re.match(r"\s+[^\W\d]+", rest)) or patterns()["stop"].match(rest):
            return None
        end += word.end()
    return None


def _lower_mention(surface: str, start: int) -> Mention:
    """A member written in lower case, named with its capital and given its head word's role (etl/words.toml [heads])."""
    heads = words()["heads"]
    name = " ".join(surface.split())
    capital = name[0].upper() + name[1:]
    head = max((h for h in heads if capital.startswith(h + " ") or capital == h), key=len, default=None)
    return Mention(start, start + len(surface), heads[head] if head else "other", capital, surface)


@lru_cache(maxsize=1)
def _group_tail() -> re.Pattern:
    # (after "(có) liên quan" too: "các sở, ban, ngành liên quan và địa phương")
    return re.compile(r"(?:\s+(?:có\s+)?liên\s+quan)?(?:\s*,\s*(?:cơ\s+quan|đơn\s+vị)(?=\s*,))*(?:\s*,\s*|\s+và\s+)((?:các\s+)?("
                      + spaced_alternation(words()["group_tails"]) + r"))(?!\w)",
                      re.IGNORECASE)


def _group_tails(text: str, known: list[Mention], m: Matcher) -> list[Mention]:
    """ "các sở, ngành, địa phương", "các bộ, ngành, địa phương", "các địa phương, đơn vị": a group name ending with
    another group (etl/words.toml [group_tails]), inside one alias or right after it, is two agencies side by side."""
    out: list[Mention] = []
    for k, x in enumerate(known):
        group = x.role == "departments" or x.role == "district_pc" and x.surface.casefold().startswith("các ")
        inside = _group_tail().search(x.surface) if group else None
        after = _group_tail().match(text, x.end) if group and not inside else None
        if after and k + 1 < len(known) and known[k + 1].start < after.end():
            after = None  # the words after the group are another agency's name
        hit, base = (inside, x.start) if inside else (after, 0)
        named = m.mentions(words()["group_tails"][re.sub(r"\s+", " ", hit.group(2)).lower()]) if hit else []
        if not named or named[0].role == x.role:
            out.append(x)
            continue
        at, end = base + hit.start(1), (x.end if inside else hit.end())
        tail = Mention(at, end, named[0].role, named[0].name, named[0].surface)
        if m.national:
            tail = level_reading(tail, m)
        head = Mention(x.start, base + hit.start(), x.role, x.name, text[x.start : base + hit.start()]) if inside else x
        out += [head, Mention(at, end, tail.role, tail.name, text[at:end])]
    return out


# A body of the whole country: a ministry (not "Bộ đội Biên phòng", "Bộ Chỉ huy Quân sự tỉnh"), the Prime Minister, the
# Government, the central youth union.
_NATIONAL_BODY = re.compile(r"(?:Bộ\s(?!\s*(?:đội|Chỉ\s+huy|CHQS)\b)|Thủ\s+tướng|Chính\s+phủ|Trung\s+ương)")


def is_national_body(name: str) -> bool:
    return bool(_NATIONAL_BODY.match(name))


# Offices and units named by no sector before the localities ("các cơ quan, đơn vị, địa phương"): they are no one, and
# the group is the localities (etl/gazetteer.csv district_pc), read at their level as the localities alone are
_VAGUE_UNITS_BEFORE = re.compile(r"^(?:các\s+)?(?:cơ\s+quan|đơn\s+vị)(?:\s*,\s*(?:các\s+)?(?:cơ\s+quan|đơn\s+vị))*\s*(?:,|và)\s*",
                                 re.IGNORECASE)


def level_reading(x: Mention, m: Matcher, level: str = "national") -> Mention:
    """In a national body's text, "các địa phương" are the provinces (etl/words.toml [national]); in a text whose
    locality is only unknown they stay the local level, as in most texts our users load. With `level` "district", a
    district body's words: its "địa phương" are the communes ([district])."""
    said = re.sub(r"\s+", " ", x.surface).casefold()
    means = words()[level].get(said) or words()[level].get(_VAGUE_UNITS_BEFORE.sub("", said))
    named = m.mentions(means) if means else []
    return Mention(x.start, x.end, named[0].role, named[0].name, x.surface) if named else x


def _without_overlaps(known: list[Mention]) -> list[Mention]:
    """ "Sở Y tế các địa phương": a name whose tail took in another name ("các địa phương") is one agency."""
    out: list[Mention] = []
    for x in sorted(known, key=lambda x: (x.start, -x.end)):
        if out and x.start < out[-1].end:
            continue
        out.append(x)
    return out


def _addresses(text: str, known: list[Mention]) -> list[Mention]:
    """ "Công an huyện Ba Vì, thành phố Hà Nội tăng cường …": a province named right after a lower agency and
    a comma only says where that agency is; it belongs to the agency's name and does not act itself."""
    out: list[Mention] = []
    for x in known:
        if (out and x.role == "provincial_pc" and is_place(x) and not is_place(out[-1]) and out[-1].role != "provincial_pc"
                and not is_national_body(out[-1].name)  # a ministry has no address: "… của Bộ Y tế, tỉnh X đang …"
                and re.fullmatch(r"\s*,\s*", text[out[-1].end : x.start])):
            y = out.pop()
            out.append(Mention(y.start, x.end, y.role, y.name, text[y.start : x.end]))
            continue
        out.append(x)
    return out


def is_place(x: Mention) -> bool:
    """A district or town named by its place word ("huyện Thanh Chương"), not by its committee."""
    return any(x.surface.startswith(w + " ") and x.role == role for w, role in words()["places"].items())
