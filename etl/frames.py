"""The tables of a build, from parsed documents: duty statement rows, the rows that need no alignment (made in the
parsing worker for a large folder) and the duty tables the alignment makes. etl/load.py writes them."""

from __future__ import annotations

import math
import re
import time
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from etl import agencies as ag
from etl import align as al
from etl import statements as stm
from etl.config import Settings
from etl.metadata import FIELDS

if TYPE_CHECKING:
    from etl.pipeline import Build, Parsed, Progress

def _duty_clauses(doc: Parsed) -> list:
    """Item clauses (and a web article's opening paragraphs) that carry duties: a heading ("2. Công an tỉnh") names
    the agency, its children the duties; a bare lead-in ("Thực hiện các nhiệm vụ sau:") is carried by its children as matching context."""
    parents = {c.parent_seq for c in doc.clauses if c.parent_seq is not None}
    article = ag.is_article(doc.clauses)  # its opening paragraphs are attributed too: they get statements
    out = []
    for c in doc.clauses:
        if c.kind != "item" and not (article and c.kind == "preamble"):
            continue
        body = ag.strip_label(c.text)[0].rstrip()
        if c.seq in parents and (not body.endswith((".", ";", ":"))
                                 or (body.endswith(":") and len(al.match_text(body).split()) <= 3)):
            continue
        out.append(c)
    return out


def _lead_in(text: str, max_words: int = 12) -> str:
    """The last words of a parent item that ends in ":" (what its children continue), else ""."""
    text = text.rstrip()
    if not text.endswith(":"):
        return ""
    return " ".join(re.split(r"[;.]\s", text[:-1])[-1].split()[-max_words:])


# "Phát biểu tại cuộc họp, ông Trần Văn A, Phó Chủ tịch UBND huyện yêu cầu …", "Trao đổi với phóng viên, Trung tá B cho
# biết: …": who spoke, and where, before what they ask or report.
_SPEAKER_FRAME = re.compile(
    r"^(?=[^.;:]{0,160}?(?:\b(?:ông|bà|đồng chí|Đồng chí|Ông|Bà|[Pp]hát biểu|[Tt]rao đổi|Trung tá|Thượng tá|Đại tá|Thiếu tá)\s))"
    r"[^.;]{0,200}?\b(?:cho biết|cho hay|chia sẻ|nhấn mạnh|yêu cầu|đề nghị|lưu ý|khẳng định)\b\s*[,:]?\s*[\"“]?")


def _headline_seq(doc: Parsed) -> int | None:
    """A web article's first line when it has no sentence end ("Thành lập Ban Chỉ đạo kỳ thi năm 2021", "Hỗ trợ chỗ ở
    cho thí sinh …"): the report's headline, though it may open with a duty verb as a directive's item does."""
    first = doc.clauses[0] if doc.clauses else None
    if (first is not None and first.label == "¶" and ag.is_article(doc.clauses)
            and not first.text.rstrip().endswith((".", ";", ":", "!", "?", "…"))):
        return first.seq
    return None


def statement_rows(doc: Parsed) -> list[dict]:
    """Duty statements of every item clause of one document that is not a bare heading."""
    rows = []
    by_seq = {c.seq: c for c in doc.clauses}
    loc = doc.meta.get("locality") or ""
    headline = _headline_seq(doc)
    for c in _duty_clauses(doc):
        body, offset = ag.strip_label(c.text)
        found = doc.found.get(c.seq, [])
        surfaces = tuple(c.text[f.start : f.end] for f in found if f.start >= 0) + (loc,)
        # those who only ask are named for who they are too: not in the theme ("Ban Chỉ đạo đề nghị Thành đoàn …" is
        # about the volunteers), though still in the matching text
        asking = tuple(c.text[f.start : f.end] for f in doc.mentions.get(c.seq, []) if f.kind == "requester" and f.start >= 0)
        clause_roles = tuple(sorted({f.role for f in found if f.kind == "lead"}))
        # Each statement's own doers (attribution decides them per statement, etl.statements.spans).
        own_roles: dict[int, set] = {}
        for f in doc.mentions.get(c.seq, []):
            if f.kind == "doer" and f.statement is not None:
                own_roles.setdefault(f.statement, set()).add(f.role)
        parent = by_seq.get(c.parent_seq)
        lead_in = _lead_in(parent.text) if parent is not None else ""
        pieces = stm.spans(body)
        texts = [re.sub(r"\s+", " ", body[a:b]) if "\n" in body[a:b] else body[a:b] for a, b in pieces]
        # an agency the piece itself names as doer (not one carried on from the sentence before)
        named = {f.statement for f in doc.mentions.get(c.seq, []) if f.kind == "doer" and f.start >= 0}
        kinds = stm.kinds_of(texts, doers=[bool(own_roles.get(k)) for k in range(len(texts))],
                             named=[k in named for k in range(len(texts))], listed=c.label != "¶")
        if c.seq == headline and len(texts) == 1 and not own_roles:
            kinds = [(stm.CONTEXT, "shape: a report's headline (its first line, no sentence end, no agency acting)")]
        for part, (piece, head, (kind, why)) in enumerate(zip(texts, stm.heads(body, pieces), kinds)):
            # a statement that names no doer of its own takes its item's leads (an item is one task); a sentence of
            # running prose takes none: the paragraph's agencies are other sentences' doers ("Hiện nay, các nhà
            # trường đang …" after the department's sentences is no duty of the department)
            roles_from = "own" if own_roles.get(part) else "item" if c.label != "¶" else "none"
            roles = {"own": tuple(sorted(own_roles.get(part, ()))), "item": clause_roles, "none": ()}[roles_from]
            head = head or lead_in
            context = f"{head}: {piece}" if head else piece
            themed, matched = al.forms(context, surfaces)
            if asking:
                themed = al.forms(context, surfaces + asking)[0]
            if frame := _SPEAKER_FRAME.match(context):  # a speaker's words before the duty are not the duty's
                matched = al.forms(context[frame.end() :], surfaces)[1] or matched
            rows.append({
                "statement_id": f"{doc.doc_id}-{c.seq:03d}-{part}",
                "clause_id": f"{doc.doc_id}-{c.seq:03d}",
                "doc_id": doc.doc_id,
                "part": part,
                "text": piece,
                # The lead-in a piece depends on ("… chỉ đạo các bệnh viện: …", in its clause or the
                # parent item) is matched with it; agency names are not: "Công ty Điện lực" must not
                # make a statement about power.
                "match_text": matched,
                "theme": al.theme_from(themed, roles),
                "topics": al.topics_from(themed),
                "roles": roles,
                "kind": kind,  # duty or context (etl.statements.kind_of): duties are aligned, and in prose reported acts
                "kind_reason": why,
                "roles_from": roles_from,  # views.sql reads it: the rule above is written once
            })
    return rows


def _statement_rows(build: Build) -> list[dict]:
    """Every document's statement rows, in a stable order (year, locality, document)."""
    order = sorted(build.docs, key=lambda d: (d.meta.get("year") or 0, d.meta.get("locality") or "", d.doc_id))
    return [row for doc in order for row in doc.statements]


def build_frames(build: Build, settings: Settings, progress: Progress = lambda s: None) -> dict[str, pd.DataFrame]:
    """Every table of the build (etl/load.py writes them)."""
    base, rows = base_frames(build)
    return {**base, **duty_frames(build, rows, settings, progress)}


@dataclass
class _Rows:
    """What the duty tables need of base_frames' work: statement rows, assignments and agencies."""

    every: list[dict]
    assigns: list[dict]
    agencies: dict


def doc_rows(d: Parsed) -> dict[str, list | dict]:
    """One document's rows of the tables that need no alignment, and the agencies it names (id -> row, in order
    of first mention). Made in the parsing worker for a large folder (etl.pipeline._parse_file)."""
    docs, fields_, warns, clauses, agencies, assigns, mentions, dropped = [], [], [], [], {}, [], [], []
    m = d.meta
    docs.append({
        "doc_id": d.doc_id, "source_file": d.source_file, "content_sha256": d.decoded.sha256,
        "locality": m.get("locality"), "year": m.get("year"), "doc_type": m.get("doc_type"),
        "issuer": m.get("issuer"), "number": m.get("number"), "issued_date": m.get("issued_date"),
        "signer": m.get("signer"), "signer_title": m.get("signer_title"), "title": m.get("title"),
        "implements": m.get("implements"), "recipients": "; ".join(d.recipients) or None,
        "encoding": d.decoded.encoding, "wrapped": d.wrapped, "body_coverage": round(d.coverage, 6),
        "source_text": d.decoded.text,
    })
    for f in FIELDS + ("implements", "signer_title"):
        if f in m:
            fields_.append({"doc_id": d.doc_id, "field": f, "value": str(m[f]), "source": d.sources.get(f, "text")})
    for f, msg in d.warnings:
        warns.append({"doc_id": d.doc_id, "source_file": d.source_file, "field": f, "message": msg})
    for note in d.decoded.notes:
        warns.append({"doc_id": d.doc_id, "source_file": d.source_file, "field": "encoding", "message": note})
    for p in d.dropped:
        dropped.append({"doc_id": d.doc_id, "text": p.text, "start_char": p.start, "end_char": p.end})
    loc = m.get("locality")
    with_statements = {c.seq for c in _duty_clauses(d)}
    for c in d.clauses:
        cid = f"{d.doc_id}-{c.seq:03d}"
        clauses.append({
            "clause_id": cid, "doc_id": d.doc_id, "seq": c.seq, "label": c.label,
            "parent_id": None if c.parent_seq is None else f"{d.doc_id}-{c.parent_seq:03d}",
            "kind": c.kind, "text": c.text, "start_char": c.start, "end_char": c.end,
        })
        own = c.seq in with_statements
        for f in d.found.get(c.seq, []):
            assigns.append({"clause_id": cid, "agency_id": _agency(agencies, f, loc), "kind": f.kind, "how": f.how,
                            **_where(f, cid, own)})
        for f in d.mentions.get(c.seq, []):
            mentions.append({"clause_id": cid, "agency_id": _agency(agencies, f, loc), "part": f.kind, "rule": f.how,
                             **_where(f, cid, own)})
    return {"documents": docs, "document_fields": fields_, "warnings": warns, "dropped_text": dropped,
            "clauses": clauses, "assignments": assigns, "agency_mentions": mentions, "agencies": agencies}


def base_frames(build: Build) -> tuple[dict[str, pd.DataFrame], _Rows]:
    """The tables that need no alignment (a build stores them while it aligns: etl/build.py)."""
    t_frames = time.perf_counter()
    tables = ("documents", "document_fields", "warnings", "dropped_text", "clauses", "assignments", "agency_mentions")
    got: dict[str, list] = {t: [] for t in tables}
    agencies: dict = {}
    for d in build.docs:
        r = d.rows or doc_rows(d)
        for t in tables:
            got[t] += r[t]
        for aid, row in r["agencies"].items():  # in order of first mention over the documents
            agencies.setdefault(aid, row)
    got["warnings"] += [{"doc_id": None, "source_file": f, "field": k, "message": m} for f, k, m in build.notes]
    docs, fields_, warns, dropped = got["documents"], got["document_fields"], got["warnings"], got["dropped_text"]
    clauses, assigns, mentions = got["clauses"], got["assignments"], got["agency_mentions"]
    every = _statement_rows(build)
    frames = {
        "documents": pd.DataFrame(docs),
        "document_fields": pd.DataFrame(fields_, columns=["doc_id", "field", "value", "source"]),
        "warnings": pd.DataFrame(warns, columns=["doc_id", "source_file", "field", "message"]),
        "clauses": pd.DataFrame(clauses),
        "agencies": pd.DataFrame(list(agencies.values()), columns=["agency_id", "name", "role", "locality", "successor", "note"]),
        "assignments": pd.DataFrame(
            assigns, columns=["clause_id", "agency_id", "kind", "how", "start_char", "end_char", "statement_id"]),
        "agency_mentions": pd.DataFrame(
            mentions, columns=["clause_id", "statement_id", "agency_id", "part", "rule", "start_char", "end_char"]),
        "statements": pd.DataFrame(every, columns=["statement_id", "clause_id", "doc_id", "part", "text", "match_text", "theme",
                                                   "kind", "kind_reason", "roles_from"]).drop(columns="doc_id").assign(
            topics=_topics_column(every)),
        "rejected_files": pd.DataFrame(build.rejected, columns=["source_file", "reason", "duplicate_of"]),
        "dropped_text": pd.DataFrame(dropped, columns=["doc_id", "text", "start_char", "end_char"]),
    }
    build.timings["frames_s"] = time.perf_counter() - t_frames
    return frames, _Rows(every, assigns, agencies)


def duty_frames(build: Build, rows: _Rows, settings: Settings, progress: Progress = lambda s: None) -> dict[str, pd.DataFrame]:
    """The alignment and the tables it makes: duties, their statements, the links inside them."""
    t0 = time.perf_counter()
    prose = prose_documents(build)
    statements = [s for s in rows.every if stm.aligned(s["kind"], s["kind_reason"], s["doc_id"] in prose)]
    result = al.align(
        [s["match_text"] for s in statements], [s["doc_id"] for s in statements], [s["theme"] for s in statements],
        roles=[s["roles"] for s in statements], topics=[s["topics"] for s in statements],
        threshold=settings.link_threshold, unscored=settings.unscored_pair_score,
        repeat_threshold=settings.repeat_threshold, restate_threshold=settings.restate_threshold,
        max_candidates=settings.max_candidates, workers=settings.workers, progress=progress, restating=prose,
    )
    build.timings["align_s"] = time.perf_counter() - t0
    progress(f"  aligned {len(statements)} duty statements: {result.compared} pairs scored")
    t1 = time.perf_counter()
    duty_rows, dc_rows = _duties(statements, result, rows.assigns, rows.agencies)
    frames = {
        "duties": pd.DataFrame(duty_rows, columns=["duty_id", "label", "theme", "n_docs", "lead_roles"]),
        "duty_clauses": pd.DataFrame(dc_rows, columns=["duty_id", "clause_id", "statement_id", "score", "node_id"]),
        "links": _links(statements, result.links),
    }
    build.timings["frames_s"] = build.timings.get("frames_s", 0.0) + time.perf_counter() - t1  # all but the alignment
    return frames


def prose_documents(build: Build) -> set[str]:
    """Documents written as running prose: only paragraphs, or a web report (no number, no type of document, no
    numbered item) whose paragraphs open with dashes. A news report or a portal summary says a duty again in another
    sentence ("Công an huyện huy động 30 cán bộ …", then "lực lượng công an tuần tra …"), so two of its statements
    may share one duty (etl/align.py `restating`); a numbered document, or a letter with dash items, states each once."""
    return {d.doc_id for d in build.docs if d.clauses and (all(c.label == "¶" for c in d.clauses) or (
        ag.is_article(d.clauses) and not d.meta.get("number") and not d.meta.get("doc_type")))}


TOPICS = pa.list_(pa.struct([("topic", pa.string()), ("weight", pa.float64())]))


def _topics_column(statements: list[dict]) -> pd.arrays.ArrowExtensionArray:
    """statements.topics: the duty topics the aligner scored each statement with, so a page can score with
    them too. Typed Arrow, not Python dicts: DuckDB reads it without converting 66,000 objects (~1 s)."""
    return pd.array(pa.array([[{"topic": t, "weight": float(w)} for t, w in s["topics"]] for s in statements],
                             type=TOPICS), dtype=pd.ArrowDtype(TOPICS))


def _where(f, cid: str, own: bool) -> dict:
    """The statement and characters that named an agency. A heading has no statement rows (its children carry
    the duties), and an inherited agency no characters: both stay NULL."""
    return {
        "statement_id": f"{cid}-{f.statement}" if own and f.statement is not None else None,
        "start_char": f.start if f.start >= 0 else None, "end_char": f.end if f.start >= 0 else None,
    }


def _links(statements: list[dict], links: list[tuple[int, int, float]]) -> pd.DataFrame:
    """The scored links kept inside duties, by statement id (hundreds of thousands at national scale:
    indexed with numpy, not a row at a time)."""
    if not links:
        return pd.DataFrame(columns=["a", "b", "score"])
    # One float array of the (i, j, score) triples (indices far below 2**53, so exact), and the ids taken by
    # Arrow: no Python object per link (690,000 links at national scale: 2.3 s of CPU as object arrays).
    table = np.array(links, dtype=np.float64).reshape(-1, 3)
    ids = pa.array([s["statement_id"] for s in statements], type=pa.large_string())
    a, b = (ids.take(pa.array(table[:, k].astype(np.int64))).cast(pa.string()) for k in (0, 1))
    # a < b: a page looks a pair up with one join (least, greatest), not one per direction over every link
    first = pc.less(a, b)
    a, b = pc.if_else(first, a, b), pc.if_else(first, b, a)
    return pd.DataFrame({"a": pd.array(a, dtype="str"), "b": pd.array(b, dtype="str"), "score": table[:, 2]})


# One hash per agency name and locality, not per mention (200,000 mentions in a national build).
_agency_id = lru_cache(maxsize=65_536)(ag.agency_id)


def _agency(agencies: dict, f, loc: str | None) -> str:
    """The agency's id, adding its row (with the gazetteer's successor and note) the first time it is seen."""
    aid = _agency_id(f.role, f.name, loc)
    if aid not in agencies:
        agencies[aid] = _agency_row(aid, f.role, f.name, loc)
    return aid


@lru_cache(maxsize=65_536)  # once per agency in each worker, not once per document that names it
def _agency_row(aid: str, role: str, name: str, loc: str | None) -> dict:
    entry = next((e for e in ag.entries() if e.role == role and ag.canonical(e.name, loc) == name), None)
    return {"agency_id": aid, "name": name, "role": role, "locality": loc,
            "successor": entry.successor if entry else None, "note": entry.note if entry else None}


def _typical(members: list[int], statements: list[dict], idf: dict[str, float] | None = None) -> int:
    """The member closest to the duty's centre: the statement whose words the other members hold most often,
    each word weighted by its rarity over all statements (`idf`, so that "phối hợp" counts little), averaged over
    its distinct words; the first on a tie, and a lead-in ending in ":" only when nothing else is left. A wording
    that repeats counts once per repeat. Real documents word a duty differently each time, and a label taken from
    whichever came first was often a news sentence ("Ông … cho biết thêm …") rather than the duty most state."""
    words = [set(statements[i]["match_text"].split()) for i in members]
    held = Counter(w for ws in words for w in ws)
    idf = idf or {}
    share = [sum((held[w] - 1) * idf.get(w, 1.0) for w in ws) / max(len(ws), 1) for ws in words]
    # a lead-in ("Sở … yêu cầu các doanh nghiệp thực hiện một số nội dung sau:") names no duty of its own, and work a
    # news report says was done ("Kỳ thi … sẽ được tổ chức vào ngày 5/6", aligned with the duty) states it less well
    # than a statement that asks for it
    lead_in = [statements[i]["text"].rstrip().endswith(":") for i in members]
    asks = [statements[i].get("kind", "duty") == "duty" for i in members]
    return members[max(range(len(members)), key=lambda k: (not lead_in[k], asks[k], share[k], -k))]


def _rarity(statements: list[dict]) -> dict[str, float]:
    """log(statements / statements holding the word) over the matching texts."""
    df = Counter(w for s in statements for w in set(s["match_text"].split()))
    return {w: math.log(len(statements) / c) for w, c in df.items()}


def _duties(statements: list[dict], result: al.Alignment, assigns: list[dict], agencies: dict) -> tuple[list[dict], list[dict]]:
    """Duty rows (label: the wording the statements share most, `_typical`; theme: the commonest) and their
    members."""
    lead_roles: dict[str, set] = {}
    for a in assigns:
        if a["kind"] == "lead":
            lead_roles.setdefault(a["clause_id"], set()).add(agencies[a["agency_id"]]["role"])
    groups: dict[int, list[int]] = {}
    for i, d in enumerate(result.duty_of):
        groups.setdefault(d, []).append(i)
    duty_rows, dc_rows = [], []
    idf = _rarity(statements)
    node = result.node_of or range(len(statements))  # an alignment without nodes: each statement stands for itself
    for n, (_, members) in enumerate(sorted(groups.items(), key=lambda g: g[1][0]), 1):
        duty_id = f"D{n:05d}"
        first = statements[_typical(members, statements, idf)]
        roles = sorted({r for i in members for r in lead_roles.get(statements[i]["clause_id"], ())})
        theme = Counter(statements[i]["theme"] for i in members).most_common(1)[0][0]
        docs = {statements[i]["doc_id"] for i in members}
        label = re.sub(r"\s+", " ", first["text"])
        duty_rows.append({
            "duty_id": duty_id, "label": label if len(label) <= 140 else label[:139] + "…",
            "theme": theme, "n_docs": len(docs), "lead_roles": ", ".join(roles),
        })
        for i in members:
            s = statements[i]
            dc_rows.append({"duty_id": duty_id, "clause_id": s["clause_id"], "statement_id": s["statement_id"],
                            "score": round(result.score[i], 2),
                            "node_id": statements[node[i]]["statement_id"]})
    return duty_rows, dc_rows
