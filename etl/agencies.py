"""Which agency each duty statement assigns, and so each clause: lead (doers) and support (helpers).

The part of every agency a statement names is decided by the rule table (etl/attribution.py, etl/rules.csv).
A statement that names no doer of its own continues one named before it, but only while the text is still
about that agency:
- an item under a heading ("2. Công an tỉnh:") always works for the heading's agency (rule `heading`);
- a later statement of the same clause continues the clause's doer when it opens with a duty verb
  ("…; phối hợp với …") (rule `previous_statement`);
- a plain paragraph continues the previous paragraph's doer on the same condition (rule
  `previous_paragraph`); a headline, a byline, a date or another subject stops it.
Requesters ("UBND tỉnh yêu cầu …"), report recipients ("báo cáo Ban Chỉ đạo") and plain mentions are kept
as mentions, never as assignments.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from etl import names, segment, statements
from etl.attribution import (
    COUNTS,
    abbreviations,
    keeps_subject,
    only_steers,
    opens_a_request,
    partners_of_the_task_before,
    parts,
    refers_back,
    rule_named,
    starts_with_verb,
)
from etl.clean import ends_sentence

# Re-exported: the pipeline and tests reach the gazetteer through this module.
from etl.gazetteer import Matcher, Mention, agency_id, canonical, entries, matcher, read_over  # noqa: F401
from etl.matching import unify_tones
from etl.names import patterns, people, spaced_alternation, words
from etl.themes import sectors

KIND = {"doer": "lead", "helper": "support"}


@dataclass(frozen=True)
class Found:
    role: str
    name: str
    kind: str  # lead | support for assignments; doer | helper | requester | recipient | mention for mentions
    how: str  # the rule that decided it (etl/rules.csv), or heading / previous_statement / previous_paragraph
    start: int = -1  # offsets in the clause text; -1 when carried over from a heading or an earlier statement
    end: int = -1
    statement: int | None = None  # index of the duty statement in the clause (etl/statements.spans)


@dataclass
class Attribution:
    found: dict[int, list[Found]] = field(default_factory=dict)  # clause seq -> lead and support
    mentions: dict[int, list[Found]] = field(default_factory=dict)  # clause seq -> every agency named, with part


def strip_label(text: str) -> tuple[str, int]:
    from etl.segment import ITEM

    mk = ITEM.match(text)
    return (text[mk.end() :], mk.end()) if mk else (text, 0)


def _is_headline(text: str) -> bool:
    """A headline or byline: short and without closing punctuation. Inheritance stops there."""
    return len(text.split()) < 15 and not text.rstrip().endswith((".", ";", ":", "…", "!"))


def _names_only(body: str, offset: int, named: list[Found]) -> bool:
    """A paragraph that is nothing but agencies' names ("Sở Giáo dục và Đào tạo", "Công an tỉnh; Sở Y tế:"), as a
    Word file's bold subheading without a number is: the paragraphs after it are their duties, as under a numbered
    heading, where a headline or byline hands nothing on."""
    rest = list(body)
    for f in named:
        if f.start >= 0:
            rest[max(0, f.start - offset) : max(0, f.end - offset)] = " " * (f.end - f.start)
    left = re.sub(r"(?<!\w)(?:và|các|cùng)(?!\w)", " ", "".join(rest), flags=re.IGNORECASE)
    return bool(named) and not re.search(r"[^\W\d_]", left)


_JOINT_TASK = re.compile(r"\s*phối\s+hợp\b", re.IGNORECASE)


# A lead-in whose subject says the items below are its duties ("X thực hiện các nhiệm vụ sau:", "X có nhiệm vụ:")
_OWN_DUTIES = re.compile(r"(?:thực\s+hiện|có|gồm|chịu\s+trách\s+nhiệm)\s+(?:(?:các|những)\s+)?(?:nhiệm\s+vụ|nội\s+dung|công\s+việc)"
                         r"(?:\s+(?:chủ\s+yếu|cụ\s+thể|trọng\s+tâm|chính))?(?:\s+(?:như\s+)?sau)?\s*:\s*$", re.IGNORECASE)
# The rules that find a statement's own subject where it opens ("Công an tỉnh (đã) …"), and all that find its subject
_OPENING_SUBJECT = frozenset({"subject", "subject_aux"})
_SUBJECT = _OPENING_SUBJECT | {"lead_position", "duties_heading", "chairs"}


def _carry(doers: list[Found], how: str, k: int) -> list[Found]:
    # (the addressees of a letter keep their own rule under the request that hands them the items)
    return [Found(f.role, f.name, "lead", f.how if f.how == "addressees" else how, statement=k) for f in doers]


def is_article(clauses) -> bool:
    """A web article has no numbered items: its opening paragraphs (kind preamble) already say who does what, so they
    are attributed and split into statements like items (etl.frames). (Lettered items, "a)", "(ii)", may stand in an
    article's list.)"""
    return not any(c.label not in ("¶", "-", "+", "•") and not _LETTERED.fullmatch(c.label)
                   for c in clauses if c.kind == "item")


_LETTERED = re.compile(rf"[a-zđ]|{segment.LOWER_ROMAN}")


def attribute(clauses, m: Matcher, addressees: list[str] | tuple = ()) -> Attribution:
    """Lead and support of each item clause of one document (union over its statements), and every mention.
    `addressees`: the agencies a letter's "Kính gửi" list names (etl.metadata), who are the ones its opening request
    asks when it only says "các cơ quan, đơn vị" (rule `addressees`)."""
    addressed = [x for r in addressees for x in names.mentions(r, m)]  # unknown bodies too, by their head word
    out = Attribution()
    leads: dict[int, list[Found]] = {}
    prev_plain: list[Found] = []
    last_plain: list[Found] = []  # the agency the text last went on about, kept across a caption or a subheading
    article = is_article(clauses)
    short = abbreviations((c.text for c in clauses), m)  # "(PC Quảng Nam)", "(BCĐ)": short names it defines
    last: dict[str, tuple[str, str]] = {}  # what a bare "Sở" stands for: the department named last
    lead_in: list[Found] = []  # the doers of a paragraph ending with ":", for the bullets under it
    lead_in_at = -1  # the clause that paragraph is
    asked_all: list[Found] = []  # those a preamble asks to carry out the items that follow
    columns: tuple[int | None, int | None, int] | None = None  # the task table being read (statements.table_columns)
    captions = _caption_lines(clauses) if article else set()
    for c in clauses:
        if c.kind != "item" and not (article and c.kind == "preamble") and not _asks_for_items(c):
            prev_plain = []
            continue
        body, offset = strip_label(unify_tones(c.text))  # (one tone placement: "Huyện uỷ" is "Huyện ủy")
        plain = c.parent_seq is None and c.label == "¶"
        heading = leads.get(c.parent_seq, []) if c.parent_seq is not None else []
        bullet = c.label in ("-", "+", "•") or (article and bool(_LETTERED.fullmatch(c.label)))  # (an article's "(i)" too)
        if bullet and (lead_in or c.parent_seq is None) and (not heading or lead_in_at > c.parent_seq):
            # "Nhiệm vụ của Ban Chỉ đạo như sau:" then "- …" items; the nearer of the two wins: the paragraph or an
            # item with its own agency ("… yêu cầu các bộ, ngành, trong đó:" then "- Bộ Y tế:" then "+ …": the "+"
            # items are the ministry's)
            heading = lead_in
        elif c.parent_seq is None and c.label != "¶":
            # "UBND tỉnh yêu cầu A, B và C thực hiện tốt các nội dung sau:" then "1. Rà soát …": A, B and C act
            heading, lead_in = asked_all, []
        named, found, prev, prev_help, before, asked_open, directing = [], [], [], [], None, [], []
        own_subject = False  # the sentence so far has a subject of its own that is no agency ("Phụ huynh …")
        for k, (a, b) in enumerate(statements.spans(body) or [(0, len(body))]):
            text = body[a:b]
            ps = _own_names(text, parts(text, m, short, last), {f.name for f in heading + prev})
            # a school acting is no agency's duty (words.toml school_heads): its name stays a mention, and a statement
            # it is the subject of does not go on with the agency before it
            school_acts = any(p.part == "doer" and is_school(p.name) for p in ps)
            ps = [replace(p, part="mention", rule="school") if p.part == "doer" and is_school(p.name) else p for p in ps]
            same_sentence = bool(before) and before[0].rstrip().endswith(";")
            own_subject = own_subject and same_sentence
            if directing and not same_sentence:
                prev = directing
            if same_sentence and prev:  # "X chủ trì …; Y phối hợp thực hiện.": Y helps X's task
                ps = partners_of_the_task_before(text, ps)
            ps = _list_goes_on(text, ps, before)
            before = (text, ps)
            _remember(text, ps, last)
            named += [Found(p.role, p.name, p.part, p.rule, p.start + a + offset, p.end + a + offset, k) for p in ps]
            doers = [Found(p.role, p.name, "lead", p.rule, p.start + a + offset, p.end + a + offset, k)
                     for p in ps if p.part == "doer"]
            # "Chỉ đạo các doanh nghiệp viễn thông bảo đảm …" under "Sở TT&TT:": both act; the one directed does
            # not replace the statement's own subject, which still comes from the heading or the sentence before.
            directed = [f for f in doers if keeps_subject(f.how)]
            with_help: list[Found] = []
            supporting: list[Found] = []  # an agency carried on that helps the one a statement names (rule supports)
            goes_on: list[Found] = []  # the agency the statements after this one continue, when not its doers
            # ("X đề nghị <someone unnamed> …" asks someone else; "… nhiệm vụ do Ban Chỉ đạo giao" only says who gave the task)
            if len(directed) == len(doers) and not any(p.part == "requester" and p.rule != "assigned_by" for p in ps):
                carried = []
                # a count, a description or an attendance ("Chủ trì có anh A, …") is no one's task (attribution.COUNTS)
                counts_only = any(p.rule in COUNTS for p in ps)
                if prev and (_reports_only(text, plain, same_sentence) or counts_only):
                    # "Theo ông A, kỳ thi có 5.000 thí sinh …", "Tỉnh bố trí 30 điểm thi …": a count, a date or a
                    # schedule in the paragraph is no task of the agency it goes on about; the statements after it
                    # still are
                    goes_on = prev
                elif prev and (own_subject or any(patterns()[k].match(text) for k in ("actor_start", "thing_start", "concerned_start"))
                               or school_acts or _new_sentence_of_its_own(text)):
                    # "Những em ở xa, nhà trường bố trí xe …": a subject of its own that is no agency; what follows
                    # may still go on about the agency named before it; so do a thing or a place as the subject
                    # ("Điểm thi ở xã đảo sẽ bảo đảm …", "Mô hình này thì đã triển khai …") and whoever is concerned
                    # ("Các cơ quan chức năng phải …", who name no one); the pieces of its sentence after ";" go on
                    # with that subject ("Phụ huynh … phải dừng xe cách cổng 50 m; tuyệt đối không tập trung …")
                    goes_on = prev
                    own_subject = True
                elif prev:  # the same paragraph goes on about the agency it named
                    # (not one the statement itself names at a meeting: "Thượng tá B, Trưởng phòng của Công an tỉnh, chủ trì
                    # buổi họp." after the police's task reports who chaired, no task of the police)
                    at_meeting = {p.name for p in ps if p.rule in _AT_A_MEETING}
                    carried = _carry([f for f in prev if f.name not in at_meeting], "previous_statement", k)
                    # "… chủ trì, phối hợp với X thực hiện A; quan tâm B; …": the tasks after ";" keep their helpers,
                    # but not a collective ("phối hợp với các sở, ngành, địa phương tổ chức kỳ thi; thực hiện nghiêm …":
                    # the departments and districts are partners of the first task only; no sector in
                    # etl/topics_roles.csv)
                    # (a body of no sector named by its own name, "Trường ĐH Bạc Liêu", carries too, to every piece of
                    # the sentence; a group does not)
                    with_help = ([replace(f, statement=k, how="previous_statement", start=-1, end=-1)
                                 for f in prev_help if sectors().get(f.role, f.role)
                                 or (f.role == "other" and (f.start < 0  # (carried already: it passed this test)
                                                            or not _GROUP_BEFORE.search(body, 0, f.start - offset)))]
                                 if same_sentence else [])
                elif heading:
                    carried = _carry(heading, "heading", k)
                elif (plain and not any(f.kind == "lead" for f in found)  # (a paragraph that opens with a condition
                      # or a setting and names no one: "Căn cứ số thí sinh, rà soát …; Huy động …" goes on too)
                      # Only a sentence's first piece goes on with the paragraph before: a piece after ";" whose sentence
                      # began with no agency's task goes on with that sentence ("Các đại biểu đã thảo luận các phương
                      # án: hỗ trợ thí sinh …; bố trí lực lượng …"; "… đề nghị các đơn vị trường học phối hợp …; rà soát
                      # lại …" are the schools' tasks, not those of the agency before the paragraph)
                      and not same_sentence
                      and (prev_plain or (last_plain and refers_back(text))) and starts_with_verb(text)
                      and not _is_headline(text) and not opens_a_request(text)
                      and not counts_only):
                    # "Ngoài ra, đơn vị còn …" refers back past a photo caption or a subheading
                    # (an unmarked paragraph after a lead-in ending with ":" is one of its items, verb or not)
                    if _reports_only(text, plain and not lead_in, same_sentence):  # "Đồng thời, kỳ thi diễn ra trong hai ngày …": no one's task,
                        goes_on = prev_plain or last_plain  # but the paragraphs after it still go on with that agency
                    else:
                        carried = _carry(prev_plain or last_plain, "previous_paragraph", k)
                # "Ban Chỉ đạo: - Chỉ đạo các ban, ngành … phối hợp …": the committee that steers only asks (rule
                # steers); the ones it directs act. A department's heading keeps its duty ("2. Sở TT&TT: - Chỉ đạo các
                # doanh nghiệp viễn thông …": the heading says whose task the directing is). A subject carried from the
                # sentence before that directs others ("… Huyện đã kiện toàn Ban Chỉ đạo. / Chỉ đạo các cơ quan thành
                # viên lập phương án …") only asks too, as a named one does (rule directs), unless it directs its own
                # sector (rule directs_own).
                asks = ("steers" if directed and carried and only_steers(f.role for f in carried) else
                        "directs" if (directed and carried and all(f.how != "heading" for f in carried)
                                      and patterns()["directs_start"].match(text)
                                      and not {f.role for f in carried} & {f.role for f in directed}) else None)
                if asks:
                    named += [Found(f.role, f.name, "requester", asks, statement=k) for f in carried]
                    goes_on, carried = carried, []  # its next tasks (after ";") are still its own
                if directed and all(f.how == "supported_to_act" for f in directed):
                    # "Đơn vị này hỗ trợ ngành giáo dục kiểm tra …": the agency carried on helps the one it supports
                    supporting = [Found(f.role, f.name, "support", "supports", statement=k) for f in carried]
                    named += [Found(f.role, f.name, "helper", "supports", statement=k) for f in carried]
                    goes_on, carried = carried, []  # the paragraph still goes on about the one that helps
                named += [Found(f.role, f.name, "doer", f.how, statement=k) for f in carried]
                doers = directed + carried
            if same_sentence and asked_open and doers and _opens_with_subject(text, ps):
                # "… đề nghị các cơ quan, đơn vị, địa phương; cơ quan báo chí … tăng cường …": the ";" only goes on
                # with the list of those asked, and all of them do what the second part says
                both = {f.name for f in doers}
                also = [Found(f.role, f.name, "lead", "asked_across", statement=k) for f in asked_open if f.name not in both]
                doers += also
                named += [replace(f, kind="doer") for f in also]
            asked_open = _asked_last(text, ps, doers)
            if not doers and (alone := [p for p in ps if p.rule == "with_force"]):
                # "Tại mỗi điểm thi luôn có lực lượng Công an túc trực": a force that is there, with no one else
                # acting and no one to carry on from, is the one that acts.
                doers = [Found(p.role, p.name, "lead", "force_alone", p.start + a + offset, p.end + a + offset, k)
                         for p in alone]
                named = [replace(f, kind="doer", how="force_alone") if f.how == "with_force" and f.statement == k
                         else f for f in named]
                ps = [p for p in ps if p.rule != "with_force"]
            # An agency does not help itself: "… Trưởng Ban Chỉ đạo, cùng các thành viên Ban Chỉ đạo đã đi kiểm tra"
            # names the visiting committee twice, and it only asks (rule visits).
            lead_names = {f.name for f in doers} | {p.name for p in ps if p.part == "requester"}
            helpers = [Found(p.role, p.name, "support", p.rule, p.start + a + offset, p.end + a + offset, k)
                       for p in ps if p.part == "helper" and p.name not in lead_names
                       and (doers or not opens_a_request(text))]
            # ("Đề nghị các cơ quan, đơn vị … phối hợp với X": whom X helps is not named, so X supports no one here)
            helpers += [f for f in supporting if f.name not in lead_names]
            if helpers and not doers and any(p.part == "requester" and p.rule in _VISITS for p in ps):
                # "Chủ tịch UBND huyện cùng đại diện Công an huyện, Trung tâm Y tế huyện đến mấy điểm thi …": who comes
                # along on a visit is visiting too, and helps no one with a duty
                along = {(f.name, f.start) for f in helpers}
                named = [replace(f, kind="mention", how="visits") if f.statement == k and (f.name, f.start) in along
                         else f for f in named]
                helpers = []
            if not helpers and doers and all(f.how == "previous_statement" for f in doers):
                helpers = [f for f in with_help if f.name not in lead_names]
                named += [Found(f.role, f.name, "helper", f.how, statement=k) for f in helpers]
            if any(f.how == "members" for f in doers):  # the members a body's statement names do this one duty;
                # what follows is the body's again ("Các thành viên Ban Chỉ đạo là lãnh đạo các sở: …", rule members)
                goes_on = [Found(p.role, p.name, "lead", "members_of", statement=k) for p in ps if p.rule == "members_of"]
            if not doers and (said := _said_by(text, ps)):
                # "Cũng theo Sở GD&ĐT, năm nay có 8.500 thí sinh. Đơn vị đã …", "Đại diện Công an tỉnh cho biết …": the
                # paragraph goes on about the one it quotes, not about an agency named before the quote
                goes_on = [Found(p.role, p.name, "lead", "source", statement=k) for p in said]
            # (the one that helps another to act, rule supports, stays the subject the statements after go on about:
            # "Công an tỉnh hỗ trợ Sở … bảo vệ nơi in đề. Lập chốt gác …" goes on about the police)
            subject = (goes_on or [f for f in doers if not keeps_subject(f.how)]
                       or [f for f in helpers if f.how == "supports"] or doers)
            # (a subject that directs others, "Huyện đã chỉ đạo Công an, Phòng GD&ĐT … chuẩn bị …; …", is the one the next
            # sentence goes on about: "Chỉ đạo các điểm trường …" after it is its task again; the pieces after ";" are
            # still the tasks of those directed)
            directing = ([Found(p.role, p.name, "lead", "directs", statement=k) for p in ps
                          if p.part == "requester" and p.rule == "directs"] if subject is doers
                         else directing if same_sentence else [])
            if doers and all(f.how in _PRESENT for f in doers):
                # "Phòng chấm thi có camera và có công an canh gác.": a force said to be there acts in this
                # statement only; the paragraph goes on about its own subject, not about the force
                subject = goes_on or prev
            # (a leader inspecting, rule leader_inspects, only visits: in a caption, too, the committee is named only)
            visiting = [f for f in named if f.statement == k and f.how == "leader_inspects" and f.start >= 0]
            # (a short line with no sentence end between two paragraphs is a caption or a subheading all through,
            # unless it only names agencies, which then head the paragraphs under it)
            caption_line = c.seq in captions and not _names_only(body, offset, named)
            if (plain and (doers or helpers or visiting) and not any(f.how in _ASKED for f in doers)
                    and (why := "caption" if caption_line else _reports(text))):
                # A reported event assigns no duty ("Chiều 12/6, Giám đốc Sở Y tế dự hội nghị …"), nor does a photo's
                # credit ("Ảnh: Báo Yên Bái"): the agencies there are named only (rule event or caption), unless someone
                # in it is asked to act or it holds the event (_event). A caption's own sentence, before its credit,
                # is read as any sentence ("Lực lượng CSGT phân luồng tại các điểm thi. Ảnh: …": the police act),
                # unless it reports an event too or shows a leader at work, which is a visit ("Phó Chủ tịch UBND tỉnh
                # kiểm tra điểm thi (Ảnh: …)": rule visits for "đã kiểm tra"). The paragraph still goes on about its
                # subject.
                credit = (_sentence_line(text, doers, a + offset) if caption_line
                          else statements.caption_credit(text) if why == "caption" else -1)
                if why == "caption" and _reports(text[:credit]) == "event":
                    why, credit = "event", -1
                keep = [f for f in doers + helpers if _shown_at_work(text, f.start - a - offset, credit)]
                acting = {(f.name, f.statement, f.start) for f in doers + helpers + visiting if f not in keep}
                named = [replace(f, kind="mention", how=why) if (f.name, f.statement, f.start) in acting else f
                         for f in named]
                doers, helpers = [f for f in doers if f in keep], [f for f in helpers if f in keep]
            found += doers + helpers
            prev = subject
            # (a force that is there for one task, "…, có lực lượng công an trực 24/24;", helps with that task only, as does
            # the one a task is worked out with, "đã làm việc với Phòng GD&ĐT để nắm …; đồng thời kiểm tra lưới điện",
            # and so do the partners of a task that opens with its joint work: "…; Phối hợp X chuẩn bị A; Lập kế hoạch B"
            # is B without X)
            prev_help = [] if _JOINT_TASK.match(text) else [f for f in helpers if f.how not in ("with_force", "works_with")]
        found = _union(found)
        if header := statements.table_columns(c.text):  # a task table's header: it assigns nothing
            columns, found, named, prev_plain = header, [], [replace(f, kind="mention") for f in named if f.start >= 0], []
        elif columns and statements.CELL in c.text and len(statements.cell_spans(c.text)) == columns[2]:
            # (the row's number may read as an item label: the whole clause text is the row)
            found, named = _by_column(c.text, columns, named)
        elif statements.CELL not in c.text:
            columns = None
        leads[c.seq] = [f for f in found if f.kind == "lead"]
        if plain and not (statements.is_caption(body) and len(body.split()) <= _CAPTION_WORDS):
            # (a photo's caption between two paragraphs leaves the text as it was: the paragraph after it goes on
            # with the one before it, "… Sở GD&ĐT chủ trì …" / "Thí sinh dự thi thử. Ảnh: M.T" / "Đồng thời, phối hợp …")
            headline = _is_headline(body) and not _names_only(body, offset, named)
            prev_plain = [] if headline else (prev or [f for f in leads[c.seq] if f.how not in _PRESENT])
            # (a caption or subheading line's own doer acts there only: the paragraph after it goes on as before it)
            last_plain = prev_plain or (leads[c.seq] if c.seq not in captions else []) or last_plain
        if c.label == "¶":
            # the bullets after a paragraph ending with ":" are its doers' duties; so are those after an unmarked first
            # item that went on with them ("… thực hiện một số nội dung sau:" / "Bảo đảm …" / "- Ưu tiên …")
            if body.rstrip().endswith(":"):
                lead_in, lead_in_at = leads[c.seq], c.seq
            elif not (lead_in and leads[c.seq] and all(f.how == "previous_paragraph" for f in leads[c.seq])):
                lead_in, lead_in_at = [], c.seq
        if plain and not article and body.rstrip().endswith(":"):
            # The addressees an opening request asks ("… yêu cầu A; B; C thực hiện tốt các nội dung sau:") are the doers
            # of the numbered items below it (and of the request itself); a request to every level, or one that names
            # no addressee, hands nothing down.
            asked = any(f.how in _ASKED for f in leads[c.seq]) and not _EVERYONE.search(body)
            # "Sở Y tế yêu cầu các đơn vị triển khai các nội dung sau:": its own units do the items (rule
            # own_sector_units), so an item that names no one of its own is the department's
            own_units = bool(leads[c.seq]) and all(f.how == "own_sector_units" for f in leads[c.seq])
            # "X thực hiện các nhiệm vụ sau:", "Sở Y tế có nhiệm vụ:": the items below are the subject's own duties
            own_duties = bool(leads[c.seq]) and bool(_OWN_DUTIES.search(body)) and all(
                f.how in _SUBJECT for f in leads[c.seq])
            asked_all = leads[c.seq] if asked or own_units or own_duties else []  # (a list cut at ";" goes on as
            # subjects: all of them)
            if not asked and (not leads[c.seq] or own_units) and addressed and _ASKS_THE_ADDRESSED.search(body):
                # A letter "Kính gửi: Công an tỉnh; Sở Y tế; …" that asks "các cơ quan, đơn vị" to carry out the items
                # below asks its addressees: they are the items' doers.
                asked_all = [Found(x.role, x.name, "lead", "addressees") for x in addressed]
            if c.kind == "preamble" and not asked:
                continue
        out.found[c.seq] = found
        out.mentions[c.seq] = named
    return out


def _by_column(text: str, columns: tuple[int | None, int | None, int],
               named: list[Found]) -> tuple[list[Found], list[Found]]:
    """A task table's row: the agencies in its lead column lead (rule table_lead), those in its support column help
    (table_support), any other is named only (the task's own words: "báo cáo UBND tỉnh"). Nothing is carried on."""
    lead, support, _ = columns
    bounds = statements.cell_spans(text)
    part = {lead: ("doer", "lead", "table_lead"), support: ("helper", "support", "table_support")}
    helping = _helpers_in_cell(text, *bounds[lead]) if lead is not None and lead < len(bounds) else []
    found, out = [], []
    for f in named:
        if f.start < 0:
            continue  # carried from a heading or the statement before: a row stands alone
        col = next((i for i, (a, b) in enumerate(bounds) if a <= f.start < b), None)
        if col == lead and any(a <= f.start < b for a, b in helping):
            kind, assigned, how = ("helper", "support", "table_support")
        else:
            kind, assigned, how = part.get(col, ("mention", None, f.how if f.kind == "mention" else "table_cell"))
        out.append(replace(f, kind=kind, how=how))
        if assigned:
            found.append(replace(f, kind=assigned, how=how))
    return _union(found), out


# One column for both ("Đơn vị thực hiện": "Sở GD&ĐT chủ trì; Công an tỉnh, Sở Y tế phối hợp", "Chủ trì: Sở Y tế. Phối
# hợp: UBND các huyện"): the part of the cell that says "phối hợp" names helpers.
_CELL_PART = re.compile(r"[^;.\n]+")
_HELPS_MARK = re.compile(r"(?<!\w)phối\s+hợp(?!\w)", re.IGNORECASE)
_LEADS_MARK = re.compile(r"(?<!\w)chủ\s+trì(?!\w)", re.IGNORECASE)


def _helpers_in_cell(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """Where a lead cell names helpers: each part of it (between ";" or ".") that says "phối hợp" and not "chủ trì"."""
    return [(a + m.start(), a + m.end()) for m in _CELL_PART.finditer(text[a:b])
            if _HELPS_MARK.search(m.group(0)) and not _LEADS_MARK.search(m.group(0))]


_PRESENT = {"has_doer", "force_alone"}  # rules of an agency said to be there ("… có X bảo vệ"), not the subject

# "… đề nghị (thủ trưởng) các cơ quan, đơn vị (liên quan) thực hiện …": a request to those a letter is addressed to.
_ASKS_THE_ADDRESSED = re.compile(
    r"(?:đề\s+nghị|yêu\s+cầu|giao)\s+(?:(?:đồng\s+chí\s+)?(?:thủ\s+trưởng|lãnh\s+đạo|giám\s+đốc|chủ\s+tịch)\s+)?"
    r"(?:các|những)\s+(?:cơ\s+quan|đơn\s+vị|địa\s+phương)(?:\s*,\s*(?:cơ\s+quan|đơn\s+vị|địa\s+phương))*(?!\w)",
    re.IGNORECASE)


_EVERYONE = re.compile(r"(?<!\w)" + spaced_alternation(words()["everyone"]) + r"(?!\w)", re.I)


# "(Cũng) theo Sở GD&ĐT, …", "Theo ông A, Giám đốc Sở Y tế, …": who says what the statement reports (not a plan or
# a rule it follows: "Theo kế hoạch, …")
_SAID_BY = re.compile(r"^\W*(?:Cũng\s+|Còn\s+)?[Tt]heo\s+(?!(?:kế\s+hoạch|chỉ\s+thị|công\s+văn|công\s+điện|quy\s+chế|văn\s+bản"
                      r"|thông\s+báo|quyết\s+định|phương\s+án|lịch|dự\s+kiến|đó|đánh\s+giá)\b)[^.;:]{0,120}?,\s")


def _said_by(text: str, ps) -> list:
    """The one agency a statement quotes ("Theo Sở GD&ĐT, …", "Ông A, Giám đốc Sở Y tế cho biết …"), or none."""
    m = _SAID_BY.match(text)
    said = ([p for p in ps if p.end <= m.end() and p.part == "mention"] if m else
            [p for p in ps if p.rule == "source"])  # (the speaker of "X cho biết …", etl/rules.csv)
    return said if len({p.name for p in said}) == 1 else []


def _reports_only(text: str, plain: bool, same_sentence: bool = False) -> bool:
    """A statement that its own words make a report with no actor (etl.statements.kind_of without a doer: a count, a
    date, a schedule, a state; a new sentence with no duty verb at all): an agency named before it is not carried into
    it. A reported act (an event, a sum spent, a past deed: "Tặng 21 suất học bổng …") is still the agency's, and so is a
    piece after ";" with no cue either way ("…; đặt sẵn trạm phát sóng …")."""
    if not same_sentence and _describes(text):
        return True
    if _inspects(text):  # "Trực tiếp đi kiểm tra công tác … tại điểm thi …": a visit reported, no one's task
        return True
    if statements.cites_only(text):  # "Thực hiện Chỉ thị số 17/CT-TTg …;": the basis of the duties after it
        return True
    kind, why = statements.kind_of(text, listed=not plain)
    if kind == statements.CONTEXT and why.startswith(_NO_ACTOR):
        return True
    if kind != statements.CONTEXT or same_sentence:
        return False
    if m := _AGENTLESS.match(why):  # "… đã được (phun) khử khuẩn": no agent between "được" and the verb
        return re.search(r"(?<!\w)được\s+(?:\w+\s+)?" + re.escape(m.group(1)), text.lower()) is not None
    return why.startswith("no duty verb")


def _inspects(text: str) -> bool:
    """A statement that opens with a reported inspection (rule inspects_in_person, its doer unnamed)."""
    return rule_named("inspects_in_person").regex.match(read_over(text)) is not None


# (not a connective: "Đặc biệt là …", "nhất là …", "tức là …" go on with a list)
_COPULA = re.compile(r"(?<!\w)(?<!đặc biệt )(?<!nhất )(?<!tức )(?<!hoặc )(?<!hay )là(?!\w)", re.IGNORECASE)


def _describes(text: str) -> bool:
    """A sentence whose first predicate is "là" and a noun ("Đây là hoạt động …", "Sơn La là địa bàn núi cao …",
    "Đối tượng … là các thí sinh …") says what something is, not who must act ("Nhiệm vụ của Sở là chủ trì …" names a
    task: a verb follows "là")."""
    m = _COPULA.search(text)
    if not m or len(text[: m.start()].split()) > 12 or names.has_verb(text[: m.start()]):
        return False
    return not patterns()["verb_start"].match(text[m.end() :])


# A new sentence with no verb of a task (etl/duty_cues.toml [action]) says no one's task either ("Hi vọng với sự vào
# cuộc của các bên …", "Công tác in sao đề thi nghiêm túc, đúng quy định.", "… không có sự cố xảy ra."); a piece after
# ";" goes on with the sentence's subject whatever its verb ("…; động viên cổ vũ tinh thần thí sinh").
_NO_ACTOR = tuple(f"narrative: {step}" for step in ("count", "date", "schedule", "state"))
# Nor does a new sentence in the passive with no agent: "Các phòng thi đã được phun khử khuẩn …", "Chương trình được
# tổ chức ở nhiều nơi" say what was done, not who did it ("thí sinh sẽ được tình nguyện viên phát nước" names
# who serves them).
_AGENTLESS = re.compile(r"narrative: passive \(được … (.+)\)$")


def _asks_for_items(c) -> bool:
    """A preamble paragraph that ends with ":" may ask agencies to carry out the items below it."""
    return c.kind == "preamble" and c.text.rstrip().endswith(":")


# Rules that make a doer of the one asked or told to act: a request is an assignment whatever the statement reports
# around it ("Đoàn kiểm tra của Bộ lưu ý Sở Giáo dục và Đào tạo rà soát …").
# Rules that name an agency chairing or attending a meeting: no task of its own there (etl/rules.csv)
_AT_A_MEETING = {"chairs_meeting", "attends"}
# Rules of a committee or leader visiting, inspecting or heading a delegation: it only asks (etl/rules.csv)
_VISITS = {"visits", "leader_inspects", "leads_a_visit"}
_ASKED = {"request_object", "passive_request", "sent_to_act", "written_to_act", "directed_to_act"}


_CAPTION_WORDS = 40  # a photo's caption is short; a paragraph that ends with its author's name is text


_CAPTION_LINE_WORDS = 25


def _ends(text: str) -> bool:
    return ends_sentence(text) or text.endswith(")")  # (a closing bracket: a credit or an aside ends the line too)


def _caption_lines(clauses) -> set[int]:
    """The plain paragraphs of a web article that are a short line without a sentence end between two paragraphs that
    end theirs: a photo's caption or a subheading ("Công an rà sóng lạ ngăn ngừa gian lận" between two reported
    paragraphs). An agency named there is named only (rule caption) unless the line opens with it at work
    (_sentence_line: the line is then read as a sentence, its doer acting there only); what the paragraph after it goes
    on with is decided as for any headline (_is_headline), and a line of agencies' names only still heads the paragraphs
    under it. (Read from the development readers: lines that show a leader, a place or a title before a colon are
    labelled as assigning no one; the 9 that open with a body at work, with that body. A headline, the first line, and a
    text's last line, often cut short, are not between two paragraphs; a caption with its credit, "… Ảnh: Minh Anh",
    keeps its own sentence, read as any sentence.)"""
    texts = [c.text.strip() for c in clauses]
    lines = {clauses[i].seq for i in range(1, len(clauses) - 1)
             if clauses[i].label == "¶" and clauses[i].parent_seq is None and not _ends(texts[i])
             and len(texts[i].split()) <= _CAPTION_LINE_WORDS and _ends(texts[i - 1]) and _ends(texts[i + 1])
             and not statements.is_caption(texts[i])}
    # An article's headline that names its place or agency before a colon ("Gia Lai: 40 đội tình nguyện tiếp sức mùa
    # thi", "Công an tỉnh: Tổ chức hội nghị …"): a title, not an item of a plan; it assigns no one (the development
    # readers labelled all 4 such first lines so, session 52)
    if len(clauses) > 1 and clauses[0].label == "¶" and _TITLED.match(texts[0]) and len(texts[0].split()) <= 2 * _CAPTION_LINE_WORDS:
        lines.add(clauses[0].seq)
    return lines


# "<place or agency>: <one sentence at most>" (one name: "Các sở, ngành: Tài chính, Y tế …" opens a list)
_TITLED = re.compile(r"[^\W\d_][^:;,!?]{1,50}:\s+(?-i:[A-ZĐ\d])[^.;:!?]*[.!?]?$")


@lru_cache(maxsize=4096)
def is_school(name: str) -> bool:
    """A school below university, by its head word (words.toml school_heads): "Trường THPT Lê Lợi", "Trường THCS-THPT A"."""
    return bool(re.match(r"(?:" + spaced_alternation(words()["school_heads"]) + r")(?=[\s-]|$)", name))


def _new_sentence_of_its_own(text: str) -> bool:
    """A new sentence (capitalised) that opens on neither a duty verb nor a word standing for an agency (after an
    optional opener or setting and its comma): it has a subject of its own ("Tuyến giao đề xa nhất thuộc huyện …",
    "Mọi hoạt động vận chuyển … đều phụ thuộc …", "Tổng kinh phí kêu gọi được …"), so it does not go on with the
    agency named before it; the paragraph after it still may. (Development readers: 49 of 74 such carried doers were
    wrong; session 55)"""
    return (bool(text[:1].isupper()) and not patterns()["verb_start"].match(text) and not _agent_opening().match(text)
            and not _task_is().match(text))


@lru_cache(maxsize=1)
def _agent_opening() -> re.Pattern:
    """A word standing for an agency (words.toml agent_words: "Các đơn vị …", "Lực lượng này …"), an opener that
    goes on with it or a time ("Đợt đầu sẽ …", "Kỳ này …"), first in the statement or after a setting and its comma."""
    w = words()
    return re.compile(r"^" + names.OPENS.pattern + r"(?:(?:các|những|mỗi|từng|toàn|tất\s+cả(?:\s+các)?)\s+)?(?:"
                      + spaced_alternation(w["agent_words"] + w["opener"] + w["time_words"]) + r")(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _task_is() -> re.Pattern:
    """ "Nhiệm vụ trọng tâm là bố trí …": what the task is, a duty verb after "là", goes on with its agency."""
    return re.compile(r"^\W*[^,.;:]{1,50}?\slà\s+(?:" + spaced_alternation(words()["verb"]) + r")(?!\w)", re.IGNORECASE)


def _sentence_line(text: str, doers: list, at: int) -> int:
    """How much of a caption or subheading line (_caption_lines) reads as a sentence: all of it when it opens with its
    doer, a body at work ("Công an huyện đưa quân ra giữ trật tự quanh trường thi", "Điện lực thị xã sửa lại
    trạm biến áp gần trường"; the development readers labelled all 9 such lines with that doer), or with its workers
    ("Công nhân Điện lực … sửa …": 3 of 3 in session 55), else
    none of it (a leader, a place, a title before a colon: "Kon Tum: 36 đội tình nguyện …")."""
    opens = any(f.how in _OPENING_SUBJECT and f.start >= 0 and _STAFF_BEFORE.fullmatch(text[: f.start - at].strip(" |-–•\t"))
                for f in doers)
    return len(text) if opens and ":" not in text else 0


# Who works for the body that opens a caption line ("Công nhân PC Khánh Hòa xử lý …", "Lực lượng chức năng và thanh niên
# tình nguyện túc trực …"): the body is still at work there
_STAFF_BEFORE = re.compile(r"(?:(?:công\s+nhân|cán\s+bộ(?:,?\s+chiến\s+s[ĩỹ])?|chiến\s+s[ĩỹ]|nhân\s+viên|các\s+thành\s+viên"
                           r"|lực\s+lượng(?:\s+chức\s+năng\s+và)?))?", re.IGNORECASE)


def _shown_at_work(caption: str, at: int, credit: int) -> bool:
    """The agency named at `at` (-1: carried on) acts in a photo caption: in its sentence, before the credit
    (statements.caption_credit), and not as the body of a leader shown there ("Phó Chủ tịch UBND tỉnh kiểm tra …" is
    a visit)."""
    return 0 <= at < credit and not patterns()["title_end"].search(caption[:at])


def _reports(text: str) -> str:
    """ "caption" or "event" when a statement that names a doer is a photo caption or reports an event (etl.statements
    .kind_of says context for an event cue: a meeting held, chaired or attended, a visit, praise), else "". A reported
    act that is itself a duty ("Sáng 26/6, Công an huyện túc trực ở mọi điểm thi", "Tỉnh đã bố trí 20 xe đưa đón")
    keeps its doer."""
    if statements.is_caption(text):
        return "caption"
    # An event in a short opening phrase ("Sau cuộc họp, Tỉnh đoàn đã vận động …", "Tại hội nghị, …") only says when:
    # the main clause decides.
    opening = _OPENING_PHRASE.match(text)
    # nor does one in a closing "sau khi / trước khi …" clause ("Sở vừa điều chỉnh phương án thi sau khi tỉnh ghi nhận
    # các ca mắc …")
    main = text[: w.start()] if (w := _CLOSING_WHEN.search(text)) else text
    return "event" if _event(main) and (not opening or _event(main[opening.end() :])) else ""


# "các / những / mọi" right before a name: the bodies named are a group ("các Hội đồng thi", "các trường")
_GROUP_BEFORE = re.compile(r"(?:^|\s)(?:các|những|mọi|tất\s+cả)\s+$", re.IGNORECASE)
_OPENING_PHRASE = re.compile(r"^[^,;:]{1,40}?,\s*(?=\S)")
_CLOSING_WHEN = re.compile(r"(?<=\S)\s+(?:sau|trước|ngay)\s+khi\s")


def _event(text: str) -> bool:
    """The duty filter calls the statement context for an event cue (a headline too, when it names one), other than
    one its subject holds (etl/duty_cues.toml `held`: "Công an tỉnh tổ chức hội nghị …" is the police's act)."""
    kind, why = statements.kind_of(text, has_doer=True)
    return kind == statements.CONTEXT and ((why.startswith("narrative: event") and not statements.held_event(why))
                                           or (why.startswith("shape:") and statements.names_event(text)))


# Rules that decide by position alone (the start of a statement): a fragment after ";" that only goes on with a list
# gets its part from the list instead ("phối hợp cùng Trường A; Học viện B; Phân hiệu C").
_POSITION = {"heading", "lead_position", "list"}


def _list_goes_on(text: str, ps: list, before: tuple[str, list] | None) -> list:
    """ "… chủ trì phối hợp cùng Trường Đại học A; Học viện B; …": a statement without a verb of its own, whose
    agencies got their part only by standing first, continues the list that ended the statement before it (its
    members help, as the first did)."""
    if not before or not before[1] or not ps or not all(p.part != "doer" or p.rule in _POSITION for p in ps):
        return ps
    prev_text, prev_ps = before
    tail = prev_ps[-1]
    if prev_text[tail.end :].strip(" ,;.…") or patterns()["verb_any"].search(_without_names(text, ps)):
        return ps
    return [replace(p, part=tail.part, rule="list_continued") if p.rule in _POSITION else p for p in ps]


def _asked_last(text: str, ps: list, doers: list[Found]) -> list[Found]:
    """Those a statement asks, when it ends with their list and asks them nothing ("… đề nghị A, B;")."""
    if not ps or ps[-1].part != "doer" or ps[-1].rule not in _ASKED or text[ps[-1].end :].strip(" ,;.…"):
        return []
    return [f for f in doers if f.how in _ASKED]


def _opens_with_subject(text: str, ps: list) -> bool:
    """A statement that starts with its subject ("cơ quan báo chí … tăng cường …")."""
    return bool(ps) and ps[0].part == "doer" and ps[0].rule in ("subject", "subject_aux", "lead_position") \
        and not text[: ps[0].start].strip(" ,;")


def _without_names(text: str, ps: list) -> str:
    """The statement's own words: each agency's name blanked ("Trung tâm Kiểm soát bệnh tật" has a verb in its name,
    not of its own)."""
    for p in ps:
        text = text[: p.start] + " " * (p.end - p.start) + text[p.end :]
    return text


def _remember(text: str, ps: list, last: dict[str, tuple[str, str]]) -> None:
    doers = {p.name for p in ps if p.part == "doer"}
    for p in ps:
        for word, means in words()["anaphors"].items():
            if means == "last" and (text[p.start : p.end].startswith(word + " ") or p.name.startswith(word + " ")):
                if p.part == "helper" and last.get(word[0].upper() + word[1:], ("", ""))[1] in doers:
                    continue  # "Sở GD&ĐT phối hợp với Sở Y tế …", then "Sở đã …": the partner does not replace the subject
                last[word[0].upper() + word[1:]] = (p.role, p.name)  # (looked up so: "đoàn kiểm tra …" then "Đoàn đã …")
    # "Đoàn kiểm tra … của Sở Y tế …" then "Theo kế hoạch, Đoàn sẽ …": the team acts for the agency that sent it
    if team := next((p for p in ps if p.rule in ("delegation", "heads_delegation")), None):
        last["Đoàn"] = (team.role, team.name)
    # "Ông A – Phó Chủ tịch UBND huyện …": whom a later "ông A yêu cầu …" asks for (etl.names.people)
    last.update(people(text, [Mention(p.start, p.end, p.role, p.name, text[p.start : p.end]) for p in ps if p.start >= 0]))
    # "X cho biết / cho hay …": whom a later "Chúng tôi" in a quote stands for
    if speaker := next((p for p in ps if p.rule in ("source", "speaks_of_itself")), None):
        last["speaker"] = (speaker.role, speaker.name)


def _own_names(text: str, ps: list, carried: set[str]) -> list:
    """ "Huyện đoàn An Lão phối hợp với Đoàn xã Ân Hảo", "Công an tỉnh yêu cầu công an các địa phương …": a helper
    worded differently from a doer it shares its canonical name with, or a doer worded differently from the one that
    asks it, is another unit of the same kind, so it keeps the words that name it (else it would vanish into the other,
    and the one that asks would seem to act)."""
    def other_unit(p, against: str, also: set[str]) -> bool:
        names = {q.name for q in ps if q.part == against} | also
        return p.name in names and _said(text, p) not in {_said(text, q) for q in ps if q.part == against}

    return [replace(p, name=_said(text, p)) if (p.part == "helper" and other_unit(p, "doer", carried))
            or (p.part == "doer" and other_unit(p, "requester", set())) else p for p in ps]


def _said(text: str, p) -> str:
    return re.sub(r"\s+", " ", text[p.start : p.end]).strip()


def _union(items: list[Found]) -> list[Found]:
    """A clause's lead and support: each agency once, lead before support (a doer that also helps is a lead)."""
    leads = {f.name for f in items if f.kind == "lead"}
    seen, out = set(), []
    for f in sorted(items, key=lambda f: f.kind != "lead"):
        if (f.name, f.kind) in seen or (f.kind == "support" and f.name in leads):
            continue
        seen.add((f.name, f.kind))
        out.append(f)
    return out


def roles_of(text: str, m: Matcher) -> dict[str, list[str]]:
    """Roles by part in one free-standing statement (for tests and the command line): {"doer": [...], ...}."""
    out: dict[str, list[str]] = {}
    for p in parts(re.sub(r"\s+", " ", text), m):
        out.setdefault(p.part, []).append(p.role)
    return out
