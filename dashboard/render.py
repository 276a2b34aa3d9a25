"""HTML for document text, changes and side-by-side comparison.

Every piece of text that comes from a document passes through html.escape before it is joined into
markup; the functions return strings for `st.markdown(..., unsafe_allow_html=True)`.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable
from urllib.parse import urlencode

import pandas as pd

from dashboard.textdiff import diff_html

CSS = """
<style>
.dd-doc {font-size: 0.95rem; line-height: 1.55; max-width: 100%; overflow-wrap: anywhere;}
.dd-out {color: #595959; white-space: pre-wrap; font-size: 0.85rem;}
.dd-out s {color: #6b6b6b;}
.dd-clause {border-left: 3px solid #c9c9c9; padding: 0.15rem 0.6rem; margin: 0.3rem 0; background: #fafafa;}
.dd-clause.k-item {border-left-color: #b3261e;}
.dd-clause.k-title {font-weight: 600;}
.dd-clause.focus {background: #fff4c2; border-left-width: 6px;}
.dd-lbl {display: inline-block; min-width: 1.6rem; font-size: 0.75rem; color: #fff; background: #616161;
         border-radius: 0.3rem; padding: 0 0.3rem; margin-right: 0.4rem; text-align: center;}
.dd-ag-lead {background: #fbd5d2; border-radius: 0.2rem; padding: 0 0.1rem;}
.dd-ag-support {background: #d3e4fb; border-radius: 0.2rem; padding: 0 0.1rem;}
.dd-ag-requester, .dd-ag-recipient, .dd-ag-mention {border-bottom: 2px dotted #595959;}
.dd-ag-requester {border-bottom-style: dashed;}
.dd-meta {display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 0.8rem; font-size: 0.9rem;}
.dd-meta dt {color: #595959;} .dd-meta dd {margin: 0; overflow-wrap: anywhere;}
.dd-rows {display: grid; grid-template-columns: 1fr 4.5rem 1fr; gap: 0; font-size: 0.92rem;}
.dd-rows > div {padding: 0.35rem 0.5rem; border-bottom: 1px solid #e6e6e6; overflow-wrap: anywhere;}
.dd-rows .hd {font-weight: 600; background: #f2f2f2;}
.dd-rows .mid {text-align: center; color: #444; font-variant-numeric: tabular-nums;}
.dd-rows .none {color: #6b6b6b; font-style: italic;}
.dd-chg {display: grid; grid-template-columns: 8rem 1fr 1fr; gap: 0; font-size: 0.92rem;}
.dd-chg > div {padding: 0.35rem 0.5rem; border-bottom: 1px solid #e6e6e6; overflow-wrap: anywhere;}
.dd-chg .hd {font-weight: 600; background: #f2f2f2;}
.dd-badge {display: inline-block; border-radius: 0.3rem; padding: 0 0.35rem; font-size: 0.8rem; color: #fff;}
.dd-sub {color: #595959; font-size: 0.8rem;}\n.dd-sim {text-decoration: underline dotted; cursor: help;}
.dd-changes {font-size: 0.9rem; max-height: 16rem; overflow-y: auto; padding-left: 1.6rem;}
.dd-card {border: 1px solid #e0e0e0; border-radius: 0.4rem; padding: 0.5rem 0.8rem; margin: 0 0 0.5rem 0;}
.dd-card .hd {font-weight: 600; margin-bottom: 0.2rem;} .dd-maybe {background: #8a5a00;}
.dd-summary {border: 1px solid #d6d6d6; border-left: 5px solid #1f5fa8; border-radius: 0.4rem;
              padding: 0.6rem 0.9rem; margin: 0.4rem 0 0.8rem 0; background: #f7f9fc;}
.dd-summary p {font-weight: 600; margin: 0 0 0.3rem 0;} .dd-summary ul {margin: 0; padding-left: 1.2rem;}
ins {background: #c8efcf; text-decoration: none;} del {background: #f8cdcd; text-decoration: line-through;}
@media (max-width: 640px) {
  .dd-rows, .dd-chg {grid-template-columns: 1fr;}
  .dd-rows .mid {text-align: left;}
  .dd-rows .hd.mid, .dd-chg .hd {display: none;}
  .dd-meta {grid-template-columns: 1fr;}
}
</style>
"""

STATUS_COLOURS = {"new": "#2e7d32", "dropped": "#b3261e", "unchanged": "#616161", "reworded": "#8a5a00",
                  "reassigned": "#6a1b9a"}


def esc(value) -> str:
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    return html.escape(str(value))


def doc_link(doc_id: str, clause_id: str | None = None, lang: str = "vi", text: str | None = None) -> str:
    """A link to the Document page, opening at a clause."""
    params = {"doc": doc_id}
    if clause_id:
        params["clause"] = clause_id
    if lang != "vi":
        params["lang"] = lang
    return f'<a href="van-ban?{esc(urlencode(params))}" target="_self">{esc(text or clause_id or doc_id)}</a>'


def metadata_html(items: Iterable[tuple[str, object]], unknown: str) -> str:
    rows = "".join(f"<dt>{esc(k)}</dt><dd>{esc(v) or esc(unknown)}</dd>" for k, v in items)
    return f'<dl class="dd-meta">{rows}</dl>'


def _depths(clauses: pd.DataFrame) -> dict[str, int]:
    parent = dict(zip(clauses["clause_id"], clauses["parent_id"]))
    depths: dict[str, int] = {}
    for cid in parent:
        d, p = 0, parent[cid]
        while isinstance(p, str) and p in parent and d < 8:
            d, p = d + 1, parent[p]
        depths[cid] = d
    return depths


def _highlight(text: str, spans: pd.DataFrame, label: Callable[[str], str],
               part_label: Callable[[str], str] = str, why: Callable[[str], str] | None = None) -> str:
    """Clause text with the agency names it contains wrapped in marks (offsets are in the clause text).
    The hover says who it is, the part it plays and, given `why`, the rule that decided it."""
    out, pos = [], 0
    for s in spans.sort_values("start_char").itertuples():
        start, end = int(s.start_char), int(s.end_char)
        if start < pos or end > len(text) or start >= end:
            continue  # overlapping or out-of-range span: show the plain text
        out.append(esc(text[pos:start]))
        title = f"{s.name} — {label(s.role)} ({part_label(s.kind)})"
        if why is not None and isinstance(getattr(s, "rule", None), str):
            title += f" · {why(s.rule)}"
        title = esc(title)
        out.append(f'<mark class="dd-ag-{esc(s.kind)}" title="{title}">{esc(text[start:end])}</mark>')
        pos = end
    out.append(esc(text[pos:]))
    return "".join(out).replace("<mark", "<span").replace("</mark>", "</span>")


def _outside(source: str, start: int, end: int, dropped: pd.DataFrame) -> str:
    """Source text between clauses; the parts removed while cleaning are struck through."""
    if start >= end:
        return ""
    out, pos = [], start
    for d in dropped.itertuples():
        ds, de = max(int(d.start_char), start), min(int(d.end_char), end)
        if ds < pos or ds >= de:
            continue
        out.append(esc(source[pos:ds]))
        out.append(f"<s>{esc(source[ds:de])}</s>")
        pos = de
    out.append(esc(source[pos:end]))
    body = "".join(out).strip("\n")
    return f'<div class="dd-out">{body}</div>' if body.strip() else ""


def document_html(source: str, clauses: pd.DataFrame, spans: pd.DataFrame, dropped: pd.DataFrame,
                  *, focus: str | None = None, role_label: Callable[[str], str] = str,
                  part_label: Callable[[str], str] = str, items: dict[str, str] | None = None,
                  why: Callable[[str], str] | None = None) -> str:
    """The whole source text: clauses boxed (indented by depth) with agencies marked, the rest in grey;
    `why(rule)` explains on hover why an agency got its part."""
    depths = _depths(clauses)
    dropped = dropped.sort_values("start_char") if len(dropped) else dropped
    parts, pos = ['<div class="dd-doc">'], 0
    for c in clauses.sort_values("start_char").itertuples():
        start, end = int(c.start_char), int(c.end_char)
        if start < pos:
            continue
        parts.append(_outside(source, pos, start, dropped))
        mine = spans[spans["clause_id"] == c.clause_id] if len(spans) else spans
        classes = f"dd-clause k-{esc(c.kind)}" + (" focus" if c.clause_id == focus else "")
        indent = 1.2 * depths.get(c.clause_id, 0)
        item = (items or {}).get(c.clause_id, c.label)
        parts.append(f'<div class="{classes}" id="c-{esc(c.clause_id)}" style="margin-left:{indent:.1f}rem" '
                     f'title="{esc(item)}"><span class="dd-lbl">{esc(c.label)}</span>'
                     f"{_highlight(c.text, mine, role_label, part_label, why)}</div>")
        pos = end
    parts.append(_outside(source, pos, len(source), dropped))
    parts.append("</div>")
    return "".join(parts)


def changes_html(rows: pd.DataFrame, *, status_label: Callable[[str], str], head: tuple[str, str, str],
                 lang: str) -> str:
    """One grid row per duty: status and similarity in words, text A with removed words, text B with added
    words; under each text its lead agencies, document and item label, linked to the Document page.

    rows: status, text_a, text_b, clause_a, clause_b, doc_a_id, doc_b_id, sim_word, sim_hover, who_a, who_b,
    src_a, src_b (all already in the interface language)."""
    out = [f'<div class="dd-chg"><div class="hd">{esc(head[0])}</div><div class="hd">{esc(head[1])}</div>'
           f'<div class="hd">{esc(head[2])}</div>']
    for r in rows.itertuples():
        left, right = diff_html(r.text_a if isinstance(r.text_a, str) else "",
                                r.text_b if isinstance(r.text_b, str) else "")
        colour = STATUS_COLOURS.get(r.status, "#444")
        sim = (f'<div class="dd-sub dd-sim" title="{esc(r.sim_hover)}">{esc(r.sim_word)}</div>'
               if esc(r.sim_word) else "")
        out.append(f'<div><span class="dd-badge" style="background:{colour}">{esc(status_label(r.status))}</span>'
                   f"{sim}</div>")
        for text, clause, doc_id, who, src in ((left, r.clause_a, r.doc_a_id, r.who_a, r.src_a),
                                               (right, r.clause_b, r.doc_b_id, r.who_b, r.src_b)):
            sub = ""
            if isinstance(clause, str):
                who_html = f"<b>{esc(who)}</b> · " if esc(who) else ""
                sub = f'<div class="dd-sub">{who_html}{doc_link(doc_id, clause, lang, text=src or None)}</div>'
            out.append(f"<div>{text}{sub}</div>")
    out.append("</div>")
    return "".join(out)


def compare_html(rows: pd.DataFrame, doc_a: str, doc_b: str, *, head: tuple[str, str, str], none_text: str,
                 lang: str, items_a: dict[str, str] | None = None, items_b: dict[str, str] | None = None) -> str:
    """Aligned rows: clause of A, score, clause of B, with word-level differences on matched rows; an
    unmatched side shows a muted note. Each row has an anchor (#cmp-N) for the change list."""
    out = [f'<div class="dd-rows"><div class="hd">{esc(head[0])}</div><div class="hd mid">{esc(head[1])}</div>'
           f'<div class="hd">{esc(head[2])}</div>']

    def cell(clause, body, doc_id, items, anchor="") -> str:
        if not isinstance(clause, str):
            return f'<div class="none"{anchor}>— {esc(none_text)}</div>'
        item = (items or {}).get(clause, "")
        return (f'<div{anchor}>{body}<div class="dd-sub">{doc_link(doc_id, clause, lang, item or None)}</div></div>')

    for n, r in enumerate(rows.itertuples()):
        score = "" if pd.isna(r.score) else f"{float(r.score):.0f}"
        matched = isinstance(r.clause_a, str) and isinstance(r.clause_b, str)
        left, right = diff_html(r.text_a, r.text_b) if matched else (esc(r.text_a), esc(r.text_b))
        anchor = f' id="cmp-{n}"'
        out.append(cell(r.clause_a, left, doc_a, items_a, anchor))
        out.append(f'<div class="mid">{esc(score)}</div>')
        out.append(cell(r.clause_b, right, doc_b, items_b, "" if isinstance(r.clause_a, str) else anchor))
    out.append("</div>")
    return "".join(out)


def change_list_html(entries: list[tuple[int, str, str]]) -> str:
    """A diff tool's change list: one jump link per changed row (row number, what changed, a short text)."""
    items = "".join(f'<li><a href="#cmp-{n}">{esc(what)}</a> {esc(text)}</li>' for n, what, text in entries)
    return f'<ol class="dd-changes">{items}</ol>'


def _first_places(r, labels: dict[str, str]) -> str:
    """The places of a card: all of them, or (rows with where_first and more_places) the first ones and
    how many more there are."""
    more = getattr(r, "more_places", 0)
    return f"{r.where_first} {labels['more_places'].format(n=more)}" if more else r.where


def gap_cards_html(rows: pd.DataFrame, *, threshold: float, lang: str, labels: dict[str, str]) -> str:
    """One card per missing duty, readable on a phone: the suggested sentence, where it is assigned, the
    closest sentence of the checked document with its score (flagged when it may be the same duty), and a
    link to the source. labels: where, closest (with {score} and {text}), no_closest, maybe, more_places (with {n})."""
    out = []
    for r in rows.itertuples():
        maybe = (f' <span class="dd-badge dd-maybe">{esc(labels["maybe"])}</span>'
                 if r.closest_text and r.closest_score >= threshold else "")
        closest = (esc(labels["closest"].format(score=f"{r.closest_score:.0f}", text=r.closest_text))
                   if r.closest_text else esc(labels["no_closest"]))
        link = doc_link(r.doc_id, r.clause_id, lang, r.source or None)
        out.append(f'<div class="dd-card"><div class="hd">{esc(r.suggested)}{maybe}</div>'
                   f'<div class="dd-sub">{esc(labels["where"])}: {esc(_first_places(r, labels))}</div>'
                   f'<div class="dd-sub">{closest}</div><div class="dd-sub">{link}</div></div>')
    return "".join(out)
