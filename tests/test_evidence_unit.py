"""dashboard/evidence.py on the seed build: where a clause comes from, as the Gaps, Changes, Draft and Document
pages cite it (document name and item), compared with the database read
independently here; and the one-line reason shown on hover for each part an agency got."""

from __future__ import annotations

import pytest

from dashboard import evidence
from dashboard import queries as q
from dashboard.i18n import tl
from etl.attribution import rules


@pytest.fixture
def m(app_env):
    return q.db_mtime()


def test_each_clause_is_described_once_with_its_document_and_item(m, seed_con):
    both = seed_con.execute("SELECT clause_id FROM agency_mentions GROUP BY clause_id "
                            "HAVING count(DISTINCT part) FILTER (WHERE part IN ('doer', 'helper')) = 2 "
                            "ORDER BY clause_id LIMIT 3").fetchall()
    none = seed_con.execute("SELECT clause_id FROM clauses WHERE clause_id NOT IN (SELECT clause_id FROM "
                            "agency_mentions) ORDER BY clause_id LIMIT 1").fetchall()
    ids = [r[0] for r in both + none]
    assert len(ids) == 4
    # NULLs, empty strings and repeats (what a page passes from a table column) are skipped
    info = evidence.describe(m, ids + [None, "", ids[0], float("nan")])
    assert list(info.index) == sorted(ids)
    docs = dict(seed_con.execute("SELECT c.clause_id, d.doc_id FROM clauses c JOIN documents d USING (doc_id)").fetchall())
    for cid in ids:
        row = info.loc[cid]
        assert row["doc_id"] == docs[cid]
        locality, year = seed_con.execute("SELECT locality, year FROM documents WHERE doc_id = ?", [docs[cid]]).fetchone()
        assert row["doc_name"].startswith(f"{locality} {year} · ")
        assert row["item"]


def test_items_are_named_by_their_place_in_the_document(m, seed_con):
    cid, label, parent = seed_con.execute(
        "SELECT c.clause_id, c.label, p.label FROM clauses c JOIN clauses p ON p.clause_id = c.parent_id "
        "WHERE c.label ~ '^[a-zđ]$' AND p.label ~ '^[0-9]+$' ORDER BY c.clause_id LIMIT 1").fetchone()
    item = evidence.describe(m, [cid]).loc[cid, "item"]
    assert item.startswith("mục ") and item.endswith(f" {label}")
    assert item.index(f" {parent},") < item.rindex(f" {label}")


def test_a_clause_not_in_the_database_is_described_as_nothing(m):
    info = evidence.describe(m, ["no-such-clause"])
    row = info.loc["no-such-clause"]
    assert row["doc_name"] == row["item"] == ""
    assert evidence.source_text(info, "no-such-clause") == ""
    assert evidence.describe(m, []).empty and list(evidence.describe(m, []).columns) == evidence.COLUMNS[1:]


def test_the_source_line_is_document_then_item(m, seed_con):
    cid = seed_con.execute("SELECT clause_id FROM clauses WHERE kind = 'item' ORDER BY clause_id LIMIT 1").fetchone()[0]
    info = evidence.describe(m, [cid])
    line = evidence.source_text(info, cid)
    assert line == f"{info.loc[cid, 'doc_name']}, {info.loc[cid, 'item']}"
    assert evidence.source_text(info, None) == "" and evidence.source_text(info, "other") == ""


def test_the_reason_on_hover_is_the_rules_line_in_the_pages_language_or_what_inheritance_means(monkeypatch):
    rule = next(r for r in rules() if r.name == "request_object")
    reason = evidence.rule_reason(rule.name)
    assert reason == f"{tl('why_rule', 'vi')}: {rule.why} [{rule.name}]"
    assert reason == "vì: cơ quan này được giao, yêu cầu hay đề nghị làm nên là cơ quan làm [request_object]"
    monkeypatch.setitem(evidence.st.session_state, "lang", "en")
    assert evidence.rule_reason(rule.name) == f"because: {rule.note} [{rule.name}]"
    monkeypatch.setitem(evidence.st.session_state, "lang", "vi")
    assert evidence.rule_reason("previous_paragraph") == f"{tl('why_rule', 'vi')}: {tl('why_previous_paragraph', 'vi')}"
    assert evidence.rule_reason("nothing_like_it") == f"{tl('why_rule', 'vi')}: nothing_like_it"


def test_the_gaps_pages_source_lines_are_the_described_ones_in_the_order_asked(m, seed_con):
    """source_texts (the Gaps page's lean path, no agencies) gives for each id asked, in order and with
    repeats, the line sources(describe(...)) gives: a title, preamble, items and points of several
    documents, NULLs and an unknown id as ''."""
    ids = [r[0] for r in seed_con.execute(
        "SELECT clause_id FROM clauses WHERE kind IN ('title', 'preamble', 'item', 'point') "
        "ORDER BY doc_id DESC, seq").fetchall()]
    asked = [ids[5], None, *ids[:40], "no-such-clause", ids[5], float("nan"), ""]
    got = evidence.source_texts(m, asked)
    assert got == evidence.sources(evidence.describe(m, asked), asked)
    assert len(got) == len(asked) and got[1] == got[-4] == got[-2] == got[-1] == "" and got[0] == got[-3]
    docs = dict(seed_con.execute("SELECT d.doc_id, d.locality || ' ' || d.year FROM documents d").fetchall())
    of = dict(seed_con.execute("SELECT clause_id, doc_id FROM clauses").fetchall())
    assert all(g.startswith(f"{docs[of[c]]} · ") and ", " in g for g, c in zip(got[2:42], ids[:40]))
    assert any(", tiêu đề" in g for g in got) and any(", mục " in g for g in got)
    assert evidence.source_texts(m, [None, ""]) == ["", ""]


def test_every_part_the_engine_decides_outside_the_rule_table_is_explained():
    # The Document page says why an agency got its part: a rule of etl/rules.csv by its note, an engine step (a
    # carried subject, a shared request, the one helped to act …) by its own sentence in both languages.
    import re
    from pathlib import Path

    source = "".join((Path(__file__).parents[1] / "etl" / f).read_text(encoding="utf-8")
                     for f in ("attribution.py", "agencies.py"))
    steps = set(re.findall(r'(?:rule|how)="([a-z_]+)"', source))
    steps |= set(re.findall(r'"(?:helper|doer|requester|support|lead|recipient)", "([a-z_]+)"', source))
    steps -= {r.name for r in rules()} | {"doer", "helper", "requester", "recipient", "mention", "lead", "support"}
    assert {"supports", "asked_too", "members_of", "previous_statement", "shared_request"} <= steps
    from dashboard.i18n import LABELS

    assert [s for s in sorted(steps) if f"why_{s}" not in LABELS] == []
    assert all(tl(f"why_{s}", lang) for s in steps for lang in ("vi", "en"))
