"""Who does what in one duty statement: every agency mention, and the part the words around it give it.

One small engine over one rule table (etl/rules.csv) and its word lists (etl/words.toml):
1. find every mention (etl/names.py): gazetteer names and aliases, members of a sector list ("các Sở, ngành: GD&ĐT,
   Y tế"), and names the gazetteer does not know, by their head word ("Trung tâm Kiểm soát bệnh tật tỉnh");
2. join mentions that follow each other with only commas, "và", "các" … between them into one list;
3. give each list the part of the first rule that matches the words before it (side `left`) or after it
   (side `right`): doer, helper, requester, recipient or mention. The rule's name is kept with the decision,
   so a reader sees why an agency was chosen (`agency_mentions.rule`, `assignments.how`).
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from etl.config import PACKAGE
from etl.gazetteer import DIST, Matcher, Mention, read_over
from etl.matching import unify_tones
from etl.names import (  # noqa: F401 (some are re-exported)
    abbreviations,
    is_national_body,
    is_place,
    level_reading,
    mentions,
    patterns,
    spaced_alternation,
    subject_start,
    words,
)


@dataclass(frozen=True)
class Part:
    """One agency named in a statement, with its part and the rule that decided it (offsets in the text given)."""

    role: str
    name: str
    part: str  # doer | helper | requester | recipient | mention
    rule: str
    start: int
    end: int


@dataclass(frozen=True)
class Rule:
    name: str
    part: str
    side: str  # left: the words before the list; right: the words after it
    regex: re.Pattern
    also_right: re.Pattern | None = None  # a left rule that also needs these words after the list
    keeps_subject: bool = False  # its doer acts too, without replacing the statement's own subject (heading, sentence before)
    roles: frozenset[str] = frozenset()  # when set, the rule applies only to a list of agencies of these roles
    needs_next: bool = False  # "{agency}" in the pattern: the next list must start where the match ends
    note: str = ""  # why the rule decides as it does, for whoever edits the table (English, with examples)
    why: str = ""  # the same in one Vietnamese line, for the reader of the Document page


@lru_cache(maxsize=1)
def rules() -> tuple[Rule, ...]:
    w = words()
    fill = {k: spaced_alternation(w[k]) for k in ("aux", "verb", "opener", "title", "request", "speech", "number", "manner", "team")}
    fill["manner"] = r"(?:\s*,?\s+(?:và\s+)?" + fill["manner"] + r"){0,3}"  # "chặt chẽ, hiệu quả", "nhịp nhàng và đồng bộ"
    # what is given, then to whom: "giao nhiệm vụ cho", "phân công rõ trách nhiệm, nhiệm vụ cụ thể (cho)"
    task = spaced_alternation(w["task"])
    fill["task"] = r"(?:\s+" + task + r"(?:\s*,\s*" + task + r")*)?(?:\s+cho|(?<=trách nhiệm)\s+của)?"
    # a setting: when or where, to its first comma ("Sáng 27.6,", "Trong ngày 26, 27/6,", "Tại điểm thi A (huyện B),")
    fill["setting"] = r"(?:(?:" + spaced_alternation(w["setting"]) + r")\s(?:[^,;:.()]|\([^()]{0,60}\)|(?<=\d)[.,](?=\s?\d)){0,80}?,)"
    # a subordinate clause: a condition or a source, to its first comma ("Ngay sau khi nhận tin, X …")
    fill["condition"] = spaced_alternation(w["subordinate"])  # the words alone ("Đối với", "Nếu" …)
    fill["subordinate"] = r"(?:(?:" + fill["condition"] + r")\s[^,;:.]{0,80}?,)"
    fill["agency"] = r"\S"  # the engine checks that a list starts there
    # a visit's verb after a delegation ("(đã) đi thăm", "làm việc", "kiểm tra công tác / thực tế …"): its work is a
    # visit (rule visits), not a duty of the agency it stands for (rules delegation, heads_delegation)
    fill["visiting"] = (r"(?:(?:đã|vừa|tiến\s+hành|trực\s+tiếp)\s+)*(?:(?:đi|đến)\s+)?(?:thăm|động\s+viên|làm\s+việc|"
                        r"kiểm\s+tra(?:\s+(?:thực\s+tế|trực\s+tiếp))?\s+(?:công\s+tác|tiến\s+độ|việc|thực\s+tế))(?!\w)")
    out = []
    with open(PACKAGE / "rules.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            pattern, also = r["pattern"], r.get("also_right") or ""
            for key, alt in fill.items():
                pattern, also = pattern.replace("{" + key + "}", alt), also.replace("{" + key + "}", alt)
            out.append(Rule(r["rule"], r["part"], r["side"], re.compile(pattern, re.IGNORECASE),
                            re.compile(also, re.IGNORECASE) if also else None, r.get("keeps_subject") == "yes",
                            frozenset(x for x in (r.get("roles") or "").split("|") if x), "{agency}" in r["pattern"],
                            r.get("note") or "", r.get("why") or ""))
    return tuple(out)


@lru_cache(maxsize=1)
def _rules_by_name() -> dict[str, Rule]:
    return {r.name: r for r in rules()}


def rule_named(name: str) -> Rule | None:
    """The rule of etl/rules.csv called `name` (None for an engine step: heading, previous_statement …)."""
    return _rules_by_name().get(name)



# The words that open a sector list inside a list ("các sở, ban, ngành liên quan, nhất là các Sở, ngành: Y tế, …").
_SECTOR_HEADER = re.compile(r"(?:sở|ban|ngành)(?:\s*,\s*(?:sở|ban|ngành))*\s*:", re.IGNORECASE)


def _lists(text: str, found: list[Mention]) -> list[list[Mention]]:
    """Mentions joined into lists: only commas, "và", "các", titles … stand between members; never across the comma
    that closes an opening subordinate clause ("Sau khi nhận đề từ Sở GD&ĐT, Công an tỉnh áp tải …")."""
    filler = patterns()["filler"]
    sub = patterns()["subordinate"].match(text)
    # The comma that closes it is the first after the agency it is from ("Dưới sự chỉ đạo, hướng dẫn của Bộ Công an,
    # Công an tỉnh …"), or its first comma when it is from no one ("Khi có sự cố, Sở Y tế, Công an tỉnh …"). That
    # agency comes before any agency named right after a comma, which is the main clause's own ("Là cơ quan thường
    # trực BCĐ, Sở GD&ĐT … quán triệt chủ trương của UBND tỉnh": UBND tỉnh is no source).
    after = [x for x in found if sub and x.start >= sub.end()]
    main = next((k for k, x in enumerate(after) if re.search(r",\s*$", text[sub.end() : x.start])), len(after))
    # (the opener may end with that word itself: "Theo báo cáo của", "Theo thông tin từ")
    # (or by a title before it: "Dưới sự chỉ đạo của Ban Giám đốc Công an tỉnh, các đội …")
    source = next((x.end for x in after[:main]
                   if re.search(r"(?:của|từ)\s+$", patterns()["title_end"].sub("", text[: x.start]))), None)
    # (from no one, the clause ends at the first comma after the agencies it names: "Bên cạnh các sở, ngành, Tỉnh
    # đoàn …" ends after "ngành", not inside the sector list; one that names no agency before its first comma ends
    # there: "Để chuẩn bị tốt, đồng chí … đề nghị Sở GD&ĐT phối hợp với các sở, ngành, địa phương …")
    first_comma = text.find(",", sub.end()) if sub else -1
    names_some = bool(after) and (first_comma < 0 or after[0].start < first_comma)
    named_in = after[main - 1].end if 0 < main <= len(after) and names_some else None
    cut = text.find(",", source or named_in or sub.end()) if sub else -1
    out: list[list[Mention]] = []
    for x in found:
        if out and not is_place(x) and not is_place(out[-1][-1]):  # "tại huyện Cư Kuin, Ban Chỉ đạo …" are not one list
            if out[-1][-1].end <= cut < x.start:
                out.append([x])
                continue
            a = out[-1][-1].end
            gap, between = filler.match(text, a).end(), text[a : x.start]
            if header := _SECTOR_HEADER.match(text, gap):  # "…, nhất là các Sở, ngành: GD&ĐT, Y tế, …": one list
                gap, between = filler.match(text, header.end()).end(), text[a : header.start()] + text[header.end() : x.start]
            if (gap >= x.start and not re.search(r"[.:]", between) and not _OWNER_BEFORE.search(between)
                    and not _after_the_place(text, out[-1][0], x, between) and not _described(text[: x.end])):
                out[-1].append(x)
                continue
        out.append([x])
    return out


_MEMBER = re.compile(r"thành\s+viên\b", re.IGNORECASE)


def _described(upto: str) -> bool:
    """The text up to an agency (its own words too: "(thành viên Ban Chỉ đạo" is one name) opens a bracket that says
    what the agency before it is ("Sở GD&ĐT (cơ quan Thường trực Ban Chỉ đạo …)", rule `describes`): the bracket's
    agency is no next member of that one's list."""
    return bool(rule_named("describes").regex.search(upto))


# "bệnh viện trực thuộc Bộ …": the agency after "trực thuộc" owns the one before; it is not the next of a list
_OWNER_BEFORE = re.compile(r"(?<!\w)trực\s+thuộc\s*$", re.IGNORECASE)


# "Tại điểm thi Trường THPT A, Công an huyện bố trí …": where something happens, then who does it
_WHERE_BEFORE = re.compile(r"(?:^|\s)(?:[Tt]ại|[Ởở])\s+(?:[^\W\d]+\s+){0,3}$")


def _after_the_place(text: str, first: Mention, x: Mention, between: str) -> bool:
    """A list named after "tại / ở" is a place; a comma, then a name with its own verb, starts the subject ("Tại điểm thi
    Trường THPT A, Công an huyện bố trí …"), while more places go on the list ("tại Trường A, Trường B và Trường C")."""
    return ("," in between and bool(_WHERE_BEFORE.search(text, 0, first.start))
            and bool(patterns()["verb_start"].match(text[x.end : x.end + 80])))


_WINDOW = 160  # characters of context a rule may look at on each side of a list
_APPOSITION = re.compile(r"(?:^|(?<=\s))(?:[Cc]ác\s+)?(?:đơn\s+vị|cơ\s+quan|[Ll]ực\s+lượng|ngành)(?:\s+[^\s,;:]+){0,15}\s+"
                         r"(?:như|gồm|bao\s+gồm|là)\s*:?\s*$")


def _reaches(text: str, at: int, next_start: int) -> bool:
    """The next list starts where a rule's match ends, or after the group it stands for ("giao nhiệm vụ cho các cơ
    quan chuyên môn như: Công an …", as rule-side `_APPOSITION`)."""
    gap = text[at:next_start]
    return at == next_start or (at < next_start and bool(_APPOSITION.fullmatch(gap) or _PLURAL.fullmatch(gap)))


_PLACED_ITEM = re.compile(r"\s*\([^()]{1,60}\)\s*[,;]\s*")  # "(huyện B), " between two members of a list
# (and the force word: "phối hợp tốt với (các) lực lượng đoàn viên, thanh niên …" names the youth)
_PLURAL = re.compile(r"(?:(?<=\s)|^)(?:(?:[Cc]ác|[Nn]hững|(?<!số\s)\d{1,2})\s+(?:lực\s+lượng\s+)?|(?:các\s+)?[Ll]ực\s+lượng\s+)$")  # (not "đoàn số 2 Ban Chỉ đạo")


def parts(text: str, m: Matcher, short: dict[str, tuple[str, str]] | None = None,
          last: dict[str, tuple[str, str]] | None = None) -> list[Part]:
    """The part of every agency a statement names (offsets in `text`; `last`: see names.mentions)."""
    text = unify_tones(text)  # (in as many characters: "Uỷ ban nhân dân huyện" is read as "Ủy ban …")
    found = [x for x in mentions(text, m, short, last) if not _membership(text, x)]
    # "các sở, ban, ngành thành viên Ban Chỉ đạo …": the members are named right before, so the body they belong to
    # only qualifies them (rule members_of); "các thành viên Ban Chỉ đạo" alone are the committee acting
    qualifiers = [x for k, x in enumerate(found) if k and _MEMBER.match(text, x.start) and not text[found[k - 1].end : x.start].strip()]
    found = [x for x in found if x not in qualifiers]
    groups = [g for g in (_without_the_concerned(text, g) for g in _lists(text, found)) if g]
    out: list[Part] = []
    decided: list[tuple[int, int, int]] = []  # each list kept: its first index in out, where it ends, where it starts
    prev_end = 0
    over = read_over(text)  # as the names were read: "Sở Sở GD-ĐT bố trí …" has no "Sở" before the department
    for i, group in enumerate(groups):
        start, end = group[0].start, group[-1].end
        next_start = groups[i + 1][0].start if i + 1 < len(groups) else None
        # Rules read only the words next to the list: a bounded window keeps a long sentence linear.
        left, right = over[max(prev_end, start - _WINDOW) : start], over[end : end + _WINDOW]
        if closing := re.match(r"\s*\)", right):  # "Cục … (Bộ Y tế) vừa có …": the list ends inside its parenthesis
            right = right[closing.end() :]
        right = _after_person(left, right)
        if group[-1].role == "steering_committee":  # "Ban chỉ đạo thi tuyển sinh lớp 10 yêu cầu …": the exam it is for
            right = _EXAM_NAMED.sub("", right, count=1)
        right = _LIST_FILLER.sub("", _after_place(_WHEN.sub("", _YEAR_OWNER.sub("", right, count=1), count=1)), count=1)
        # (only for a list where a subject stands: at the start, after an opener or a comma)
        own = right[area.end() :] if (area := _AREA.match(right)) and subject_start().search(left) else right
        skipped = min(len(text) - end, _WINDOW) - len(own)  # each step above drops words from the start of `right`
        if start - _WINDOW > prev_end:
            left = "x " + left  # cut mid-sentence: the list is not at the start of the statement
        if apposition := _APPOSITION.search(left):  # "các đơn vị như Sở Y tế, …": the list stands for its head
            left = left[: apposition.start()]
        left = _PLURAL.sub("", left)  # "thành lập các (2) Hội đồng thi": the plural word or count belongs to the name
        # "Chủ tịch UBND tỉnh kiểm tra …": a leader's title the gazetteer read as part of the name is still a title
        # before the body for the rules that read one (leader_inspects, leader_visits), as "Phó Chủ tịch UBND tỉnh" is
        titled = left + t.group(0) + " " if (t := patterns()["title_start"].match(over, start)) and t.end() < end else left
        part, rule, side = "mention", "mention", "left"
        if re.search(r"\(\s*$", left):
            if is_place(group[0]):
                continue  # "UBND huyện Tánh Linh (tỉnh Bình Thuận)" only says where the agency before it is
            if _described(left + text[start:end]):  # "Công an tỉnh (thành viên Ban Chỉ đạo …)": what it is
                rule = "describes"
            elif out:  # "Ban Chỉ đạo … (Sở Giáo dục và Đào tạo)": the same part again
                part, rule = out[-1].part, "parenthesis"
        elif out and out[-1].end == prev_end and _PLACED_ITEM.fullmatch(left) and out[-1].rule != "place_or_owner":
            # (not after a setting: "Ngày 22/6, tại Trường A (TP B, tỉnh C), Tỉnh đoàn tổ chức …" has its subject next)
            # "… các điểm thi: Trường A (huyện B), Trường C, …": a place in brackets after one member does not end the
            # list; the next member has the same part, it does not stand first in a statement
            part, rule = out[-1].part, "list_continued"
        for r in () if rule in ("parenthesis", "list_continued", "describes") else rules():
            hit = (r.regex.search(titled if r.name in _TITLE_RULES else left) if r.side == "left" else r.regex.match(own))
            if hit is None or (r.also_right is not None and r.also_right.match(right) is None):
                continue
            if r.needs_next and (next_start is None or not _reaches(text, end + skipped + hit.end(), next_start)):
                continue  # "X yêu cầu" makes X a requester only when the one asked follows
            if r.roles and not all(_fits(x, r.roles) for x in group):
                continue
            if r.name == "heading" and any(p.rule != "heading" for p in out):
                continue  # a heading names nothing before its agencies: "… là các Phó Giám đốc Sở A, lãnh đạo B, C." is no heading
            if r.name == "and_subject" and out and out[-1].part == "helper":
                continue  # "phối hợp với A có văn phòng tại tỉnh và B, C chủ động …": "và" goes on with the partners
            part, rule, side = r.part, r.name, r.side
            break
        if is_place(group[0]) and (part == "mention" and rule not in COUNTS
                                   or _modifier(text, prev_end, start, side, out[-1].name if out else "")):
            continue  # a place is an agency only when it acts or is counted; "thí sinh ở huyện Hoài Nhơn" names a place
        out += [Part(x.role, x.name, part, rule, x.start, x.end) for x in group]
        decided.append((len(out) - len(group), end, start))
        prev_end = end
    out = _asked_too(text, _shared_request(text, _appositions(text, out, decided), decided), decided)
    out = _coordinates_only(_supports(_leads(_directs(text, _advised(_members_of(_guards(out), decided), decided)))))
    out = _asked_in_a_condition(text, _place_of_the_agent(text, _asked_one_level_down(text, out, m)))
    if _COMPANIONS.match(text):  # "Cùng đi có Giám đốc Sở GD&ĐT …; đại diện Công an tỉnh …": who came along or attended
        out = [replace(p, part="mention", rule="companions") for p in out]
    if qualifiers:
        out = sorted(out + [Part(x.role, x.name, "mention", "members_of", x.start, x.end) for x in qualifiers],
                     key=lambda p: p.start)
    return [p for p in out if not _whoever_concerned(over[p.start : p.end])]


_TITLE_RULES = ("leader_inspects", "leader_visits")  # the rules that read a leader's title before a body


def _without_the_concerned(text: str, group: list[Mention]) -> list[Mention]:
    """A list without "the bodies concerned" where they add no one: closing a list of named agencies ("… và các cơ quan
    liên quan"), as the units of an agency named after them ("các đơn vị có liên quan của ngành giáo dục"), or when all
    they do is work with someone ("Đề nghị các cơ quan, đơn vị liên quan phối hợp với Sở GD&ĐT thực hiện …": the
    department's task). Alone or opening a list of those who act ("Thủ trưởng các cơ quan, đơn vị liên quan và Chủ tịch
    UBND các xã triển khai …") they stay here, so the rules read the list from where it starts; parts() then keeps
    none of them (they name no one)."""
    if not _owned_or_partner().match(text, group[-1].end) and (len(group) == 1 or _whoever_concerned(
            text[group[0].start : group[0].end])):
        return [x for k, x in enumerate(group) if k == 0 or not _whoever_concerned(text[x.start : x.end])]
    return [x for x in group if not _whoever_concerned(text[x.start : x.end])]


@lru_cache(maxsize=1)
def _owned_or_partner() -> re.Pattern:
    """What may follow "các cơ quan liên quan" when it names no one: whose they are, or only "phối hợp"."""
    aux = spaced_alternation(words()["aux"])
    return re.compile(r"\s+(?:của|thuộc)\s|(?:\s+" + aux + r")*\s+(?:cùng\s+)?phối\s+hợp(?!\w)", re.IGNORECASE)


def _whoever_concerned(surface: str) -> bool:
    """ "các cơ quan liên quan", "các đơn vị có liên quan" (etl/words.toml concerned): a collective that names no one,
    as the ones who act, as partners or as a mention."""
    return _bare(surface) in _concerned()


def _bare(name: str) -> str:
    """Lower case, words only: "các cơ quan đơn vị liên quan" is "các cơ quan, đơn vị liên quan"."""
    return " ".join(re.findall(r"\w+", name.lower()))


@lru_cache(maxsize=1)
def _concerned() -> frozenset[str]:
    return frozenset(map(_bare, words()["concerned"]))


def _asked_one_level_down(text: str, out: list[Part], m: Matcher) -> list[Part]:
    """Whoever asks "các địa phương" asks the level below its own, so the words after the request are read at that level
    (etl/words.toml [national], [district]), in whatever locality's document the request is reported:
    - "Bộ GD&ĐT đề nghị các địa phương …", "Thủ tướng Chính phủ yêu cầu các bộ, ngành và các địa phương …": a body of
      the whole country asks the provinces;
    - "Ban Chỉ đạo huyện đề nghị các ngành, địa phương …", "UBND huyện yêu cầu các địa phương …": a district body asks
      its communes (only when every one who asks is a district's: the province's committee asking with the districts'
      still asks the districts)."""
    asking = [p for p in out if p.part == "requester"]
    if (national := next((p for p in asking if is_national_body(p.name)), None)) is not None:
        at, level = (None if m.national else national.end), "national"
    elif asking and all(p.name.endswith(tuple(DIST.values())) or (p.role == "district_pc" and _named_as_place(text, p))
                        for p in asking):  # ("huyện Nam Giang lưu ý …")
        at, level = asking[0].end, "district"
    else:
        at = None
    if at is None:
        return out
    read = [level_reading(Mention(p.start, p.end, p.role, p.name, text[p.start : p.end]), m, level)
            if p.start >= at else None for p in out]
    return [p if x is None else replace(p, role=x.role, name=x.name) for p, x in zip(out, read)]


def _place_of_the_agent(text: str, out: list[Part]) -> list[Part]:
    """ "Tỉnh Sơn La tổ chức 1 hội đồng thi do Sở GD&ĐT chủ trì": the province named by its place word only says where;
    the agency the statement says it is done by ("do X chủ trì / thực hiện") acts (rule place_of_the_agent)."""
    def agent(p: Part) -> bool:
        return p.part == "doer" and bool(re.search(r"(?:^|\s)(?:do|bởi)\s+$", text[: p.start]))

    if not any(agent(p) for p in out):
        return out

    # ("tỉnh Sơn La", or the bare "Tỉnh" / "huyện" that stands for it; not the agent itself: "… do huyện bố trí")
    return [replace(p, part="mention", rule="place_of_the_agent") if p.part == "doer" and not agent(p) and (
        _named_as_place(text, p) or text[p.start : p.end].casefold() in _BARE_PLACES) else p for p in out]


# Rules that read a statement as a count, a trait or a description ("Tỉnh bố trí 30 điểm thi …", "Huyện A có địa bàn
# rộng", "Chương trình thu hút 6.000 lượt sinh viên", "Lực lượng … được chia thành 40 đội") or an attendance ("… đã tham
# gia lễ ra quân", "Cùng đi có …", "Chủ trì có …"): no task, its own or the agency's the paragraph goes on about
# (etl.agencies does not carry that agency into it), and a place they name is kept as named
COUNTS = frozenset({"counted", "counted_sites", "place_traits", "attracted", "described", "attends", "companions"})

_BARE_PLACES = ("tỉnh", "huyện", "thành phố")  # the place word alone, standing for the province or district


def _named_as_place(text: str, p: Part) -> bool:
    """The part's words name a place ("huyện Nam Giang", names.is_place), not a body ("UBND huyện …")."""
    return p.start >= 0 and is_place(Mention(p.start, p.end, p.role, p.name, text[p.start : p.end]))


def _asked_in_a_condition(text: str, out: list[Part]) -> list[Part]:
    """ "Sau khi thống nhất phân công nhiệm vụ cho các thành viên Ban Chỉ đạo, Phó Chủ tịch … đề nghị các sở …": an
    assignment inside an opening subordinate clause (words.toml `subordinate`, to its first comma) is what was done
    before, or under which condition; the one it went to is only mentioned (rule asked_in_a_condition), the main clause
    says who acts."""
    sub = patterns()["subordinate"].match(text)
    end = text.find(",", sub.end()) if sub else -1
    if end < 0 or not any(p.start > end for p in out):  # (the main clause names an agency of its own)
        return out
    return [replace(p, part="mention", rule="asked_in_a_condition") if p.rule == "request_object" and p.end <= end else p
            for p in out]


def _advised(out: list[Part], decided: list[tuple[int, int, int]]) -> list[Part]:
    """ "Sở … tham mưu UBND tỉnh phân công nhiệm vụ cho các sở, ngành …", "… tham mưu UBND tỉnh ban hành văn bản, chỉ đạo
    các cấp, ngành …": the committee is only advised (rule advised), so the assignment is not made yet: those it would
    go to or direct (rules request_object, directed_to_act) are only mentioned."""
    firsts = [i for i, _, _ in decided] + [len(out)]
    for i, j, k in zip(firsts, firsts[1:], firsts[2:]):
        if out[j].rule in ("request_object", "directed_to_act") and out[i].rule == "advised":
            out[j:k] = [replace(p, part="mention", rule="advised_assignment") for p in out[j:k]]
    return out


def _guards(out: list[Part]) -> list[Part]:
    """ "… dưới sự hộ tống / giám sát của X": X guards the work (rule under_guard) when no other agency does it ("Túi
    bài thi theo xuồng về kho của Sở dưới sự hộ tống của Công an tỉnh"); beside an agency that does it, X helps that one
    ("Sở … vận chuyển đề thi dưới sự giám sát của Công an tỉnh", rule coordination)."""
    if any(p.rule == "under_guard" for p in out) and any(p.part == "doer" and p.rule != "under_guard" for p in out):
        return [replace(p, part="helper", rule="coordination") if p.rule == "under_guard" else p for p in out]
    return out


def _members_of(out: list[Part], decided: list[tuple[int, int, int]]) -> list[Part]:
    """ "Các thành viên Ban Chỉ đạo là lãnh đạo các sở, ngành: Tài chính, Y tế, … hoàn thành …": the members named act
    (rule members); the body whose members they are does not (rule members_of)."""
    for (i, _, _), (j, _, _) in zip(decided, decided[1:]):
        if out[j].rule == "members" and out[i].part in ("doer", "mention"):
            out[i:j] = [replace(p, part="mention", rule="members_of") for p in out[i:j]]
    return out


def _supports(out: list[Part]) -> list[Part]:
    """ "Công an tỉnh hỗ trợ ngành Giáo dục kiểm tra …": the one helped to act does the duty (supported_to_act), so the
    subject before it helps (rule supports), unless it helps its own sector's people ("Tỉnh đoàn … tạo điều kiện cho
    các tình nguyện viên tham gia …", "Công an tỉnh hỗ trợ công an các huyện …"): then the duty is its own too, as
    for one that directs its own (rule directs_own)."""
    at = next((p.start for p in out if p.rule == "supported_to_act"), None)
    if at is None:
        return out
    helped = {p.role for p in out if p.rule == "supported_to_act"} - {"other"}
    return [replace(p, part="helper", rule="supports")
            if p.part == "doer" and p.start < at and not keeps_subject(p.rule) and p.role not in helped else p
            for p in out]


_ONLY_THERE = frozenset({"attends", "visits", "inspects_in_person"})

# A sentence that lists who came along on a visit or attended ("Cùng đi có …", "Cùng dự có …", "Tham dự có …") gives
# no one a duty: everyone it names only came (session 51: 3 of 3 development statements)
# (and who chaired: "Chủ trì (hội nghị) có anh A, Phó Chủ tịch Hội B; ông C, …")
_COMPANIONS = re.compile(r"^\W*(?:Cùng\s+đi|Đi\s+cùng|Cùng\s+(?:tham\s+)?dự|Tham\s+dự|Dự|Chủ\s+trì"
                         r"(?:\s+(?:hội\s+nghị|buổi\s+lễ|lễ|cuộc\s+họp|buổi\s+làm\s+việc|chương\s+trình))?)(?:\s+(?:còn\s+)?(?:có|với))\s",
                         re.IGNORECASE)


def _coordinates_only(out: list[Part]) -> list[Part]:
    """Rule `coordinates_only`, settled once the statement is read: "X chủ trì …, Y phối hợp (thực hiện)." makes Y a
    partner of X's task; with no one else acting in the statement ("Các sở, ngành chủ động phối hợp triển khai.") the
    subject acts. Those who come "cùng" one who only attends or visits (rules attends, visits, inspects_in_person: "X
    cùng lãnh đạo các sở, ngành tham dự", "X cùng các thành viên Ban Chỉ đạo đã đi kiểm tra …") attend or visit too:
    there is no task of the statement for them to help with."""
    led = any(p.part == "doer" for p in out if p.rule != "coordinates_only")
    attends = not led and any(p.rule in _ONLY_THERE for p in out)
    chair = min((p.start for p in out if p.rule == "chairs"), default=None)  # rule joins_the_chair: a chair before them
    return [replace(p, part="doer", rule="subject") if (p.rule == "coordinates_only" and not led)
            or (p.rule == "joins_the_chair" and (chair is None or chair > p.start))
            else replace(p, part="mention", rule="attends") if attends and p.part == "helper" else p for p in out]


def partners_of_the_task_before(text: str, out: list[Part]) -> list[Part]:
    """A statement after ";" whose subjects only "phối hợp (thực hiện)" ("X chủ trì …; Y, Z phối hợp thực hiện."): they
    are partners of the task before the ";" (rule `coordinates_only`, which a statement alone cannot settle); the
    caller carries that task's doer on (etl.agencies)."""
    doers = [p for p in out if p.part == "doer"]
    if not doers or any(p.rule != "subject" for p in doers):
        return out
    if not rule_named("coordinates_only").regex.match(read_over(text)[doers[-1].end:]):
        return out
    return [replace(p, part="helper", rule="coordinates_only") if p.part == "doer" else p for p in out]


def _directs(text: str, out: list[Part]) -> list[Part]:
    """Rule `directs`, settled once the whole statement is read. "X chỉ đạo Y + verb": Y acts (directed_to_act) and X
    only asks, unless Y is of X's own sector ("Công an tỉnh chỉ đạo Công an các huyện …": X acts too, rule
    directs_own) or is only "the units concerned", which are X's own ("UBND quận chỉ đạo các đơn vị liên quan …");
    with no one directed to act ("X chỉ đạo các Hội đồng thi.") X is the subject. One that asks its own sector in
    writing keeps the duty too ("Công an tỉnh đã có kế hoạch chỉ đạo Công an các huyện …", rule asks_in_writing)."""
    directed = [p for p in out if p.rule == "directed_to_act"]
    roles = {p.role for p in directed}
    own = bool(directed) and all(_whoever_concerned(text[p.start : p.end]) for p in directed)
    if any(p.rule == "own_schools" for p in out):  # "Bộ GD&ĐT giao các cơ sở giáo dục đại học cử …": its own units
        # (the exam sites it runs act too, as they do when anyone else asks them: "Sở GD&ĐT yêu cầu các điểm thi …")
        return [replace(p, part="mention", rule="own_units_of")
                if p.rule in ("directed_to_act", "request_object") and p.role == "other"
                and p.name != words()["exam_sites_name"] else p for p in out]
    if _own_units_and_places(text, out, directed):
        return [replace(p, part="doer", rule="own_sector_units") if p.rule == "directs"
                else replace(p, part="mention", rule="own_units_of") if p.rule == "directed_to_act" else p for p in out]
    return [p if p.rule not in ("directs", "asks_in_writing")
            else replace(p, part="doer", rule="subject") if not directed and p.rule == "directs"
            else replace(p, part="doer", rule="directs_own") if (own and p.rule == "directs")
            or (p.role in roles and p.role != "other") else p
            for p in out]


# "các đơn vị", "các đơn vị, địa phương" (words only, _bare)
_UNITS_AND_PLACES = re.compile(r"(?:các )?(?:đơn vị|địa phương)(?: (?:và )?(?:các )?(?:đơn vị|địa phương))*")


def _own_units_and_places(text: str, out: list[Part], directed: list[Part]) -> bool:
    """ "Công an tỉnh chỉ đạo các đơn vị, địa phương xây dựng phương án …": a sector's agency (the roles of rule
    own_sector_units) that directs "its units and localities", named by no other name, directs its own (as rule
    own_sector_units reads "các đơn vị" alone): it acts, and they are not the departments and districts."""
    # (the gazetteer reads "các đơn vị, địa phương" as one name, of the localities)
    surfaces = {_bare(text[p.start : p.end]) for p in directed}
    sector = rule_named("own_sector_units").roles
    return (any("đơn vị" in s for s in surfaces) and all(_UNITS_AND_PLACES.fullmatch(s) for s in surfaces)
            and any(p.rule == "directs" and p.role in sector for p in out))


def _leads(out: list[Part]) -> list[Part]:
    """Rule `leads`, settled once the statement is read. "Ban cán sự đảng lãnh đạo UBND tỉnh chỉ đạo các sở …": the
    committee it leads only directs the departments, who act, so the party body only asks too; when no one named after
    the committee acts ("… lãnh đạo UBND thành phố chỉ đạo, triển khai và chịu trách nhiệm …") leading it is the party
    body's own duty: it is the subject."""
    at = next((p.end for p in out if p.rule == "leads"), None)
    if at is None:
        return out
    led = next((p.end for p in out if p.start >= at), at)
    asks_on = any(p.part == "doer" and p.start >= led for p in out)
    return [replace(p, part="doer", rule="subject") if p.rule == "leads" and not asks_on else p for p in out]


def _modifier(text: str, prev_end: int, start: int, side: str, prev_name: str = "") -> bool:
    """A place that only says where or whose: right after another list and a comma ("Trường THPT X, huyện Y, …":
    an address; not after a ministry, which has none: "… của Bộ Y tế, tỉnh X đang …") or right after an agency's name
    ("Ủy ban MTTQ Việt Nam thành phố A": the city's committee), or after a noun or a year ("thí sinh tỉnh Gia Lai
    đã …", "Ban Chỉ đạo thi … 2019 tỉnh Lào Cai đã …"), whatever verb follows."""
    before = text[prev_end:start]
    if prev_end and re.fullmatch(r"\s*,?\s*", before):
        return not ("," in before and is_national_body(prev_name))
    # "… học sinh ở huyện đảo A, tỉnh B đã …", "… (huyện A, tỉnh B) đã …": the rest of an address; not after a setting
    # that opens the statement ("Tại huyện A, tỉnh B đã thuê tàu …": the province is its subject, unless a comma closes
    # it too: "Tại huyện A, tỉnh B, do …, kỳ thi …")
    address = ((a := _ADDRESS.search(before)) and all(w[0].isupper() for w in a.group(1).split())
               or before.rfind("(") > before.rfind(")"))
    setting_then_subject = prev_end == 0 and _AT_PLACE.match(before) and not _PLACE_THEN_COMMA.match(text, start)
    if address and not setting_then_subject:
        return True
    before = _WHOLE.sub("", before)  # "Toàn tỉnh Nghệ An đã chuẩn bị …": the whole province is the province
    return side == "right" and bool(re.search(r"[^\W_]\s*$", before)) and not subject_start().search(before)


# A district, commune or town named by its own name and a comma: what follows is the rest of its address, even when the
# gazetteer does not know the name ("huyện đảo Phú Quý, tỉnh Bình Thuận").
_ADDRESS = re.compile(r"(?:^|[\s(])(?:[Hh]uyện|[Qq]uận|[Tt]hị\s+xã|[Xx]ã|[Pp]hường|[Tt]hị\s+trấn|[Tt]hành\s+phố|TP\.?)"
                      r"(?:\s+đảo)?\s+([^\W\d_][^\s,;.()]*(?:\s+[^\W\d_][^\s,;.()]*){0,3})\s*,\s*$")


_PLACE_THEN_COMMA = re.compile(r"[^\s,;.]+(?:\s+[^\s,;.]+){0,3}\s*,")
_AT_PLACE = re.compile(r"\W*(?:[Cc]ũng\s+)?(?:[Tt]ại|[Ởở]|[Tt]rên\s+địa\s+bàn)\s+[^,;.()]*,\s*$")
_WHOLE = re.compile(r"(?:(?<=\s)|^)[Tt]oàn\s*$")


def _appositions(text: str, out: list[Part], decided: list[tuple[int, int, int]]) -> list[Part]:
    """ "Phó Chủ tịch UBND tỉnh Nguyễn Văn A, Trưởng Ban Chỉ đạo thi tỉnh, cùng … đã đi kiểm tra": one person with
    two posts. The first post has no verb of its own, so it takes the part the second post's words give it."""
    title_end = patterns()["title_end"]
    for (i, end, _), (j, _, next_start) in reversed(list(zip(decided, decided[1:]))):
        # (the posts apart by a comma or a dash: "Giám đốc Sở GD&ĐT Trần Văn A - Phó ban Chỉ đạo thi tỉnh cùng …")
        between = text[end:next_start]
        sep = re.search(r",|\s[-–—]\s", between)
        name, comma, title = (between[: sep.start()], sep.group(), between[sep.end() :]) if sep else (between, "", "")
        if (out[i].rule in _UNDECIDED and comma and title_end.fullmatch(title.strip() + " ")
                and all(w[:1].isupper() for w in name.split()) and not _WHERE_BEFORE.search(text, 0, out[i].start)):
            out[i:j] = [replace(p, part=out[j].part, rule="apposition") for p in out[i:j]]
    return out


_UNDECIDED = {"mention", "lead_position"}


def _shared_request(text: str, out: list[Part], decided: list[tuple[int, int, int]]) -> list[Part]:
    """ "Phó Chủ tịch UBND tỉnh Nguyễn Thị A và đoàn công tác của Bộ Y tế đề nghị …": two subjects joined by "và" share
    the verb, so one who asks before "và" asks too (the words between hold no punctuation and no verb of duty)."""
    verb = patterns()["verb_any"]
    for (i, end, _), (j, _, next_start) in reversed(list(zip(decided, decided[1:]))):
        between = text[end:next_start]
        if (out[i].rule == "lead_position" and out[j].part == "requester" and re.search(r"\svà\s", between)
                and not re.search(r"[,.;:()]", between) and not verb.search(between)):
            out[i:j] = [replace(p, part="requester", rule="shared_request") for p in out[i:j]]
    return out


# Between the one asked and another: words that say which one ("… nơi đặt điểm thi và …"), or one member of the list
# that no gazetteer name covers ("các cấp ủy, tổ chức đảng, chính quyền, Mặt trận Tổ quốc …").
_ASKED_TOO = re.compile(r"\s+[^,;:.()]{3,80}?\s+và\s+|\s*,\s*[^\W\d][^,;:.()]{1,30}?\s*,\s*(?:và\s+)?")
_OWNER = re.compile(r"\s*(?:của|thuộc)\s+(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã)\b")  # "… của tỉnh tập trung …"


def _asked_too(text: str, out: list[Part], decided: list[tuple[int, int, int]]) -> list[Part]:
    """ "Huyện lưu ý chính quyền xã có điểm thi và đội thanh niên tình nguyện nắm tình hình …": words that
    say which one was asked stand between the two, so they are no plain list; the one after "và" with a verb of its own
    is asked too (rule asked_too)."""
    verb = patterns()["verb_start"]
    for (i, end, _), (j, j_end, next_start) in zip(decided, decided[1:]):
        after = text[j_end:]
        after = after[m.end():] if (m := _OWNER.match(after)) else after
        if (out[i].rule == "request_object" and out[j].part == "mention" and _ASKED_TOO.fullmatch(text[end:next_start])
                and verb.match(after.lstrip(" ,"))):
            k = next((n for n, (first, _, _) in enumerate(decided) if first > j), None)
            stop = decided[k][0] if k is not None else len(out)
            out[j:stop] = [replace(p, part="doer", rule="asked_too") for p in out[j:stop]]
    return out


def _fits(x, roles: frozenset[str]) -> bool:
    """A rule's `roles`: role slugs, and "^" + the start of a name for bodies of no role of their own ("^Bộ ": the
    ministries, which steer as the provincial committee does); "@place": a province or district named as a place
    ("tỉnh Quảng Trị", "Tỉnh", "huyện Sóc Sơn"), not by its committee."""
    return (x.role in roles or any(x.name.startswith(r[1:]) for r in roles if r.startswith("^"))
            or "@place" in roles and (is_place(x) or x.surface.casefold() in _BARE_PLACES))


def _after_person(left: str, right: str) -> str:
    """ "Giám đốc Sở GD-ĐT tỉnh Lào Cai Dương Bích Nguyệt, cho biết, …": after a title and its agency comes the
    person's name; what the person does is said after it ("… Nguyễn Hữu Tháp đánh giá cao …": also without a comma,
    where the name's capitalised words end)."""
    if not patterns()["title_end"].search(left):
        return right
    if dash := re.match(r"\s*[-–—]\s*(?:(?:ông|bà|đồng\s+chí)\s+)?(?=[^\W\d_])", right):
        right = " " + right[dash.end() :]  # "Phó Chủ tịch UBND tỉnh - (ông) Phan Thanh Duy đã ký …"
    name = re.match(r"((?:\s+[^\W\d_]+){1,4})\s*(?=,)", right)
    if name and all(w[0].isupper() for w in name.group(1).split()):
        return right[name.end() :]
    name = re.match(r"(?:\s+[^\W\d_]+){1,4}?(?=\s+[^\W\d_])", right)
    while name and all(w[0].isupper() for w in name.group().split()):
        if right[name.end() :].split(None, 1)[0][0].islower():
            return right[name.end() :]
        name = re.match(rf"(?:\s+[^\W\d_]+){{{len(name.group().split()) + 1}}}(?=\s+[^\W\d_])", right)
    return right


# "Hội đồng thi tại Đăk Lăk có 9 điểm thi", "Công an ở các huyện vùng cao tăng cường tuần tra": where the agency is, said
# right after its name, comes before what it does or has.
_WHERE = re.compile(r"\s*,?\s+(?:(?:tại|ở)\s+(?:(?:tỉnh|thành\s+phố|TP\.?|huyện|quận|thị\s+xã|xã)\s+)?"
                    r"(?:[A-ZĐ][\w.\-]*(?:\s+[A-ZĐ][\w\-]*){0,3}|các\s+(?:huyện|xã|điểm\s+thi)(?:\s+vùng\s+\w+)?)"
                    r"|toàn\s+(?:tỉnh|thành\s+phố|quốc|ngành)|các\s+cấp)(?=\s*,?\s+[^\W\d])")  # "lực lượng CSGT toàn tỉnh tăng cường …"
# "Công an các phường … trên địa bàn Thủ đô đã triển khai …": where a subject works, before its verb (read for the rules
# on the right of a list in a subject's place only: "chỉ đạo / định hướng các cơ quan báo chí trên địa bàn tuyên truyền
# …" keeps its object an object).
_AREA = re.compile(r"\s*,?\s+trên\s+địa\s+bàn(?:\s+Thủ\s+đô|\s+(?:(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã)\s+)?[A-ZĐ]\w*(?:\s+[A-ZĐ]\w*){0,2}"
                   r"|\s+(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã))?(?=\s*,?\s+[^\W\d])")


# "… các sở, ban, ngành, địa phương, đơn vị có liên quan chuẩn bị …", "… các cấp, ngành và các tổ chức tạo điều kiện …",
# "Sở Y tế, Công an tỉnh, các sở liên quan chuẩn bị …": unnamed members that close a list are the list's.
# (also the ellipsis that closes a list: "các sở y tế, bệnh viện… chuẩn bị …")
_LIST_FILLER = re.compile(r"^(?:(?:(?:\s*,\s*|\s+và\s+)(?:các\s+)?(?:(?:cơ\s+quan|đơn\s+vị|tổ\s+chức)(?:\s+(?:có\s+)?liên\s+quan)?"
                          r"|(?:bộ|sở|ngành|lực\s+lượng)(?:,\s*ngành)?\s+(?:(?:có\s+)?liên\s+quan|chức\s+năng)))+"
                          r"|\s*(?:…|\.\.\.)(?!\s*[.,;]))(?=\s+[^\W\d])")


# "Ban chỉ đạo thi THPT quốc gia 2019 của tỉnh yêu cầu …": the year (and whose) closing a body's name, not yet its verb
_YEAR_OWNER = re.compile(r"^\s+(?:năm\s+)?(?:19|20)\d\d(?=[\s,])(?:\s+(?:của\s+)?(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã)"
                         r"(?:\s+[A-ZĐ]\w*){0,3})?")


# "Chủ tịch UBND TP ngày 6-12 đã có Chỉ thị …", "Sở Y tế chiều 20/6 cho biết …": the day a news report gives right after
# the agency's name, before its verb, says when; the verb after it decides
_WHEN = re.compile(r"^\s*,?\s+(?:(?:vào\s+)?(?:sáng|chiều|tối|trưa|đêm)\s+(?:ngày\s+)?|(?:vào\s+)?ngày\s+|hôm\s+)"
                   r"(?:nay|qua|\d{1,2}(?:\s*[/.\-]\s*\d{1,2}(?:\s*[/.\-]\s*\d{2,4})?|\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?))"
                   r"\s*,?(?=\s+[^\W\d])", re.IGNORECASE)


# "Ban chỉ đạo thi tuyển sinh (vào lớp 10)", "Ban Chỉ đạo kỳ thi tốt nghiệp THPT và tuyển sinh đại học": the exam a
# committee is for closes its name, before the year (_YEAR_OWNER) or its verb
_EXAM_NAMED = re.compile(r"^(?i:\s+(?:kỳ\s+)?thi(?=\s+(?:tuyển|lớp|tốt|trung|THPT|quốc|đại)))?"
                         r"(?i:\s+(?:(?:và|vào)\s+)?(?:tuyển\s+sinh|lớp\s+10|tốt\s+nghiệp|trung\s+học\s+phổ\s+thông|THPT|quốc\s+gia|"
                         r"đại\s+học|giáo\s+dục\s+nghề\s+nghiệp)(?!\w),?)*(?:\s+năm\s+\d{4})?"
                         r"(?:\s+(?:của\s+)?(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã)(?:\s+[A-ZĐ]\w*){0,3})?(?=\s)")


def _after_place(right: str) -> str:
    """The words after a list, without a place phrase that only says where the agency is (a place of the gazetteer or
    "các huyện / xã / điểm thi")."""
    m = _WHERE.match(right)
    return right[m.end() :] if m else right


def _membership(text: str, x) -> bool:
    """ "Ủy viên Ban Thường vụ Huyện ủy, Phó Chủ tịch UBND huyện chủ trì …", "Tỉnh ủy viên, Giám đốc Sở …": the party
    body a person is a member of is part of that person's title; the person acts for the agency named after it."""
    return bool(patterns()["member"].search(text, max(0, x.start - 80), x.start)) or text.startswith(" viên", x.end)


def keeps_subject(rule: str) -> bool:
    """A doer decided by this rule acts too, but the statement's own subject still comes from before it."""
    return bool((r := rule_named(rule)) and r.keeps_subject)


def only_steers(roles) -> bool:
    """Agencies that only ask when they direct someone (the roles of rule `steers`)."""
    steering = rule_named("steers").roles
    roles = set(roles)
    return bool(roles) and roles <= steering


def opens_a_request(text: str) -> bool:
    """ "Đề nghị …", "Yêu cầu …": a statement that names its own addressee."""
    return bool(patterns()["request_start"].match(text))


def refers_back(text: str) -> bool:
    """A statement whose subject is a word that stands for an agency named before ("Ngoài ra, đơn vị còn …",
    "Lực lượng này …"; etl/words.toml anaphor)."""
    return bool(patterns()["anaphor_start"].match(text))


def starts_with_verb(text: str) -> bool:
    """A statement that opens with a duty verb ("Phối hợp …", "Đồng thời chỉ đạo …") continues the agency
    before it, and so does one that says it goes on ("Đồng thời, đề cao …"); one that opens with anything else (a
    headline, a date, another subject) does not. A condition or a source to its first comma may come first: "Ngay
    sau khi nhận đề nghị của Sở GD&ĐT, đơn vị đã cử cán bộ …", "Cũng theo ông A, đơn vị đã kiểm tra …"."""
    verb = patterns()["verb_start"]
    if verb.match(text) or patterns()["continues"].match(text):
        return True
    lead_in = patterns()["condition_or_source"].match(text)
    return bool(lead_in and verb.match(text[lead_in.end() :]))
