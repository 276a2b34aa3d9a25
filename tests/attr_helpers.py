"""The small harness the attribution tests share: run a short text in our own words through the real entry points
(etl.agencies.attribute, etl.metadata.extract) and read back what a user would see."""

from __future__ import annotations

from etl.agencies import attribute, matcher
from etl.clean import clean
from etl.metadata import extract
from etl.segment import clauses, kinds


def attribute_text(text: str, locality: str, year: int):
    """Clauses of `text` (segmented as a document body) with their attribution."""
    cleaned = clean(text)
    tree = clauses(cleaned.paragraphs, kinds(cleaned.paragraphs))
    return tree, attribute(tree, matcher(locality, year))


def roles(text: str, locality: str = "Lạng Sơn", year: int = 2024, *, which: str = "") -> dict[str, set[str]]:
    """Lead and support roles of the clause that contains `which` (the only clause when empty)."""
    tree, att = attribute_text(text, locality, year)
    clause = next(c for c in tree if which in c.text)
    found = att.found.get(clause.seq, [])
    return {k: {f.role for f in found if f.kind == k} for k in ("lead", "support")}


def leads_by_paragraph(text: str, locality: str = "Kiên Giang", year: int = 2022) -> list[set[str]]:
    """The lead roles of each clause (paragraph) of `text`, in reading order."""
    tree, att = attribute_text(text, locality, year)
    return [{f.role for f in att.found.get(c.seq, []) if f.kind == "lead"} for c in tree]


def leads_by_statement(text: str, locality: str = "Kiên Giang", year: int = 2022) -> list[set[str]]:
    """The lead roles of each duty statement of a one-paragraph text, in reading order (every statement's doers:
    `found` keeps one row per agency and clause)."""
    tree, att = attribute_text(text, locality, year)
    (clause,) = tree
    named = att.mentions.get(clause.seq, [])
    n = 1 + max((f.statement for f in named if f.statement is not None), default=0)
    return [{f.role for f in named if f.kind == "doer" and f.statement == k} for k in range(n)]


def doers_of(text: str, locality: str, year: int) -> dict[tuple[int, int], set[str]]:
    """The doers' roles of every statement, carried ones too, by (paragraph, statement)."""
    tree, att = attribute_text(text, locality, year)
    out: dict[tuple[int, int], set[str]] = {}
    for k, c in enumerate(tree):
        for f in att.mentions.get(c.seq, []):
            out.setdefault((k, f.statement), set())
            if f.kind == "doer":
                out[(k, f.statement)].add(f.role)
    return out


def first_paragraph_doers(text: str, locality: str, year: int, n: int) -> list[set[str]]:
    """The doers' roles of the first `n` statements of the first paragraph, in reading order (none: an empty set)."""
    got = doers_of(text, locality, year)
    return [got.get((0, k), set()) for k in range(n)]


def parts(text: str, locality: str = "Lạng Sơn", year: int = 2024) -> dict[str, set[str]]:
    """Agency names by part (doer, helper, requester, recipient, mention) over the whole text."""
    _, att = attribute_text(text, locality, year)
    out: dict[str, set[str]] = {}
    for found in att.mentions.values():
        for f in found:
            out.setdefault(f.kind, set()).add(f.name)
    return out


def parts_and_roles(text: str, locality: str, year: int) -> dict[str, set[str]]:
    """Each part ("doer", "helper", "requester" …) of a one-clause text: the roles and the names it gives."""
    tree, att = attribute_text(text, locality, year)
    (clause,) = tree
    out: dict[str, set[str]] = {}
    for f in att.mentions.get(clause.seq, []):
        out.setdefault(f.kind, set()).update({f.role, f.name})
    return out


def mention_parts(text: str, locality: str = "Quảng Nam", year: int = 2024) -> list[tuple[str, str]]:
    """(part, role) of every agency mention of `text`, in reading order."""
    tree, att = attribute_text(text, locality, year)
    return [(m.kind, m.role) for c in tree for m in att.mentions.get(c.seq, [])]


def mention_names(text: str, locality: str = "Quảng Nam", year: int = 2024) -> set[str]:
    """The agency names of every mention of `text`."""
    tree, att = attribute_text(text, locality, year)
    return {m.name for c in tree for m in att.mentions.get(c.seq, [])}


def meta_of(text: str):
    """The metadata of a text without a manifest."""
    cleaned = clean(text)
    return extract(cleaned.paragraphs, kinds(cleaned.paragraphs))
