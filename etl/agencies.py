"""Which agency each clause assigns: lead/support attribution over the gazetteer's mentions.

lead: the heading a clause sits under, the subject of its sentence, each member of a list such as
"Các sở, ngành, cơ quan: Tài chính, Giao thông vận tải, …", or the agency that is "giao"-n the duty.
support: the agencies after "phối hợp với" / "cùng với". Anything else is a mention, not an assignment
("báo cáo Bộ Giáo dục và Đào tạo", "tham mưu UBND tỉnh", "chỉ đạo các cơ sở y tế").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Re-exported: the pipeline and tests reach the gazetteer through this module.
from etl.gazetteer import Matcher, Mention, agency_id, canonical, entries, matcher  # noqa: F401

_LEAD_IN = re.compile(
    r"^(?:Đề\s+nghị|Giao\s+cho|Giao|Chỉ\s+thị\s+giao|Yêu\s+cầu|Đồng\s+chí|Đồng\s+ý|Căn\s+cứ\s+chức\s+năng,\s+nhiệm\s+vụ,)\s+",
    re.IGNORECASE,
)
# Words allowed between two agencies of one list. Titles only when capitalised: "lãnh đạo" is also a verb.
_FILLER = re.compile(
    r"(?:\s|,|;|/|–|-|\(|\)|\b(?:[Vv]à|[Cc]ác|[Cc]ơ\s+quan|[Đđ]ơn\s+vị|có\s+liên\s+quan|liên\s+quan|[Cc]ùng|với|"
    r"Thủ\s+trưởng|Lãnh\s+đạo|Chủ\s+tịch|Giám\s+đốc)\b)*"
)
_GIAO = re.compile(r"(?<!\w)giao\s+(?:cho\s+)?", re.IGNORECASE)
_SUPPORT = re.compile(r"(?<!\w)(?:phối\s+hợp(?:\s+chặt\s+chẽ)?\s+(?:với|cùng)|cùng\s+với)\s+", re.IGNORECASE)
_GROUP_LIST = re.compile(
    r"^(?:Thủ\s+trưởng\s+)?[Cc]ác\s+(?:sở|Sở)(?:,\s*(?:ban|ngành|cơ\s+quan|đơn\s+vị))*(?:\s+\w+)?\s*:\s*"
)
_LIST_END = re.compile(r"\s*(?:và\s+các\s+cơ\s+quan|và\s+các\s+đơn\s+vị|trên\s+cơ\s+sở|theo\s+chức\s+năng)", re.IGNORECASE)
# Words that open an agency's name: an unknown agency starting with one of these is kept as role `other`.
_HEAD_NOUN = re.compile(
    r"^(?:Sở|Ban|Ủy\s+ban|Uỷ\s+ban|UBND|Công\s+an|Thanh\s+tra|Đoàn|Hội|Công\s+ty|Tổng\s+công\s+ty|Chi\s+nhánh|"
    r"Trung\s+tâm|Phòng|Báo|Đài|Bộ\s+Chỉ\s+huy|Cục|Chi\s+cục|Bưu\s+điện|Liên\s+đoàn|Bộ\s+đội|Kho\s+bạc|Văn\s+phòng)\s",
)
_STOP_VERB = re.compile(
    r"\s(?:chỉ\s+đạo|phối\s+hợp|chủ\s+trì|chủ\s+động|thực\s+hiện|triển\s+khai|xây\s+dựng|tăng\s+cường|rà\s+soát|ban\s+hành|"
    r"có\s+trách\s+nhiệm|chịu\s+trách\s+nhiệm|tham\s+mưu|đảm\s+bảo|bảo\s+đảm|tổ\s+chức|hướng\s+dẫn|quán\s+triệt|"
    r"theo\s+dõi|kiểm\s+tra|chuẩn\s+bị|tuyên\s+truyền|cung\s+cấp|phát\s+hiện|bố\s+trí|cử|làm\s+tốt|nắm|khẩn\s+trương)\b"
)


@dataclass(frozen=True)
class Found:
    role: str
    name: str
    kind: str  # lead | support
    how: str  # subject | list | giao | inherited | coordination | fuzzy | unknown
    start: int = -1
    end: int = -1


def _chain(text: str, pos: int, mentions: list[Mention]) -> list[Mention]:
    """Agencies named one after another from `pos`, separated only by commas, "và", "các" and the like."""
    by_start = {m.start: m for m in mentions}
    out: list[Mention] = []
    while True:
        skip = _FILLER.match(text, pos)
        nxt = skip.end() if skip else pos
        # A filler word may have eaten the start of a name ("các sở, ngành"): look back over it.
        hit = next((by_start[s] for s in range(pos, nxt + 1) if s in by_start), None)
        if hit is None:
            return out
        out.append(hit)
        pos = hit.end


def _group_list(text: str, m: Matcher) -> list[Mention]:
    """ "Các sở, ngành, cơ quan: Tài chính, Giao thông vận tải, …" -> one mention per member."""
    head = _GROUP_LIST.match(text)
    if not head:
        return []
    body = text[head.end() :]
    stop = _LIST_END.search(body)
    body = body[: stop.start()] if stop else body
    out = []
    pos = head.end()
    for part in re.split(r",\s*", body):
        # "Thông tin và Truyền thông" is one name; "Tài chính và Y tế" are two.
        items = [part] if _list_member(part, m) else re.split(r"\s+và\s+", part)
        for item in items:
            start = text.find(item, pos)
            f = _list_member(item, m)
            if f:
                out.append(Mention(start, start + len(item), f.role, f.name, item))
            pos = start + len(item)
    return out


def _list_member(item: str, m: Matcher) -> Mention | None:
    for candidate in (item, "Sở " + item):
        found = m.mentions(candidate)
        if found and found[0].start == 0 and found[0].end == len(candidate):
            return found[0]
    return None


def subjects(text: str, m: Matcher, mentions: list[Mention] | None = None) -> tuple[list[Mention], str]:
    """The lead agencies a clause names itself, and how they were found."""
    mentions = m.mentions(text) if mentions is None else mentions
    listed = _group_list(text, m)
    if listed:
        return listed, "list"
    lead_in = _LEAD_IN.match(text)
    start = lead_in.end() if lead_in else 0
    chain = _chain(text, start, mentions)
    if chain:
        # "Sở Tài chính bảo đảm kinh phí; Thanh tra tỉnh phối hợp …": each part may name its own subject.
        for part in re.finditer(r";\s+", text):
            chain += [x for x in _chain(text, part.end(), mentions) if _STOP_VERB.match(text, x.end)]
        return chain, "subject"
    for g in _GIAO.finditer(text):
        chain = _chain(text, g.end(), mentions)
        if chain:
            return chain, "giao"
    rest = text[start:]
    if _HEAD_NOUN.match(rest):
        fz = m.fuzzy(rest)
        if fz:
            entry, surface, length = fz
            return [Mention(start, start + length, entry.role, m.name_of(entry, surface), surface)], "fuzzy"
        verb = _STOP_VERB.search(rest)
        end = min(verb.start() if verb else len(rest), *(i for i in (rest.find(","), rest.find(":"),
                  rest.find(";"), rest.find(" - ")) if i > 0), 80)
        name = rest[:end].strip().rstrip(".")
        if 1 < len(name.split()) <= 12:
            return [Mention(start, start + len(name), "other", name, name)], "unknown"
    return [], ""


def supports(text: str, m: Matcher, mentions: list[Mention] | None = None) -> list[Mention]:
    mentions = m.mentions(text) if mentions is None else mentions
    out = []
    for t in _SUPPORT.finditer(text):
        out.extend(_chain(text, t.end(), mentions))
    return out


def strip_label(text: str) -> tuple[str, int]:
    from etl.segment import ITEM

    mk = ITEM.match(text)
    return (text[mk.end() :], mk.end()) if mk else (text, 0)


def attribute(clauses, m: Matcher) -> dict[int, list[Found]]:
    """Lead and support agencies for each clause of one document, keyed by clause seq."""
    out: dict[int, list[Found]] = {}
    leads: dict[int, list[Found]] = {}
    prev_plain: list[Found] = []
    for c in clauses:
        if c.kind != "item":
            prev_plain = []
            continue
        body, offset = strip_label(c.text)
        mentions = m.mentions(body)
        own, how = subjects(body, m, mentions)
        found = [Found(x.role, x.name, "lead", how, x.start + offset, x.end + offset) for x in own]
        if not found and c.parent_seq is not None and leads.get(c.parent_seq):
            found = [Found(f.role, f.name, "lead", "inherited") for f in leads[c.parent_seq]]
        if not found and c.parent_seq is None and c.label == "¶" and prev_plain:
            found = [Found(f.role, f.name, "lead", "inherited") for f in prev_plain]  # paragraph continues its agency
        found = _dedupe(found)
        leads[c.seq] = found
        if c.parent_seq is None and c.label == "¶":
            prev_plain = found
        lead_names = {f.name for f in found}
        sup = [
            Found(x.role, x.name, "support", "coordination", x.start + offset, x.end + offset)
            for x in supports(body, m, mentions)
            if x.name not in lead_names and x.role != "other"
        ]
        out[c.seq] = found + _dedupe(sup)
    return out


def _dedupe(items: list[Found]) -> list[Found]:
    seen, out = set(), []
    for f in items:
        if f.name not in seen:
            seen.add(f.name)
            out.append(f)
    return out
