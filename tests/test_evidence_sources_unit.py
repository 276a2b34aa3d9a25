"""dashboard/evidence.py: the source column of the Gaps table (one line per clause, read from plain lists for
thousands of rows) says what source_text says for each clause; and the item is named in the reader's
language ("mục 2, điểm a" / "section 2, point a") when the page is switched to English."""

from __future__ import annotations

import pytest
import streamlit as st

from dashboard import evidence
from dashboard import queries as q


@pytest.fixture
def m(app_env):
    return q.db_mtime()


def test_sources_of_a_column_are_each_clause_s_source_line(m, seed_con):
    ids = [r[0] for r in seed_con.execute("SELECT clause_id FROM clauses ORDER BY doc_id, seq").fetchall()][::9]
    assert len(ids) > 8
    info = evidence.describe(m, ids)
    column = [ids[3], None, ids[0], "", "no-such-clause", float("nan"), ids[3], *ids[5:]]
    got = evidence.sources(info, column)
    assert got == [evidence.source_text(info, c) for c in column]
    assert got[1] == got[3] == got[4] == got[5] == "" and got[0] == got[6] != ""
    # a line is the document's name, then the item
    for c in ids:
        assert evidence.sources(info, [c]) == [f"{info.loc[c, 'doc_name']}, {info.loc[c, 'item']}"]
        assert info.loc[c, "doc_name"] and info.loc[c, "item"]
    # the name alone where a clause has no item label
    info.loc[ids[0], "item"] = ""
    assert evidence.sources(info, [ids[0]]) == [info.loc[ids[0], "doc_name"]]
    assert evidence.sources(info, []) == []


@pytest.fixture
def english(monkeypatch):
    monkeypatch.setitem(st.session_state, "lang", "en")
    yield
    monkeypatch.delitem(st.session_state, "lang", raising=False)


def test_items_are_named_in_english_on_the_english_page(m, seed_con, english):
    cid = seed_con.execute(
        "SELECT c.clause_id FROM clauses c JOIN clauses p ON p.clause_id = c.parent_id "
        "WHERE c.label ~ '^[a-zđ]$' AND p.label ~ '^[0-9]+$' ORDER BY c.clause_id LIMIT 1").fetchone()[0]
    item = evidence.describe(m, [cid]).loc[cid, "item"]
    assert "mục" not in item and "điểm" not in item and item, item
