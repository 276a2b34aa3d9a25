"""Explore's filters, one by one and together: the rows the page shows (AppTest) are exactly the rows an
independent query over the base tables (documents, clauses, assignments, agencies, statements,
duty_clauses) gives for the same choice. Not the view the page reads: a filter made always-true, or
reading the wrong column, shows up here as a difference."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from dashboard.i18n import COLUMNS, LABELS
from tests.conftest import ascii_id

APP = str(Path(__file__).resolve().parent.parent / "dashboard" / "app.py")
CLAUSE, AGENCY, KIND = (COLUMNS[c][0] for c in ("clause_id", "agency", "kind"))
KIND_CODE = {LABELS["kind_lead"][0]: "lead", LABELS["kind_support"][0]: "support", "": ""}

# One row per clause and assignment; a clause with no agency is one row with an empty agency.
BASE = """
SELECT c.clause_id, coalesce(ag.name, '') AS agency, coalesce(a.kind, '') AS kind, c.text
FROM clauses c
JOIN documents d ON d.doc_id = c.doc_id
LEFT JOIN assignments a ON a.clause_id = c.clause_id
LEFT JOIN agencies ag ON ag.agency_id = a.agency_id
WHERE {where}
"""


def fold(text: str) -> str:
    """What a user means by typing without accents: lower case, no tone or vowel marks, đ as d."""
    text = unicodedata.normalize("NFD", text.lower().replace("đ", "d"))
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def expected(con, where: str = "TRUE", params: list | None = None, search: str = "") -> set[tuple[str, str, str]]:
    rows = con.execute(BASE.format(where=where), params or []).fetchall()
    return {(cid, agency, kind) for cid, agency, kind, text in rows if fold(search.strip()) in fold(text)}


def shown(at: AppTest) -> set[tuple[str, str, str]]:
    if not at.dataframe:  # an empty result shows a note instead of a table
        return set()
    table = at.dataframe[0].value
    return {(cid, agency or "", KIND_CODE[kind or ""]) for cid, agency, kind in
            zip(table[CLAUSE], table[AGENCY], table[KIND])}


def explore() -> AppTest:
    at = AppTest.from_file(APP, default_timeout=30).run()
    at.switch_page("app_pages/explore.py").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def choose(at: AppTest, key: str, values: list) -> AppTest:
    box = at.multiselect(key=key)
    for v in values:
        box.select(v)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_without_filters_every_clause_and_assignment_is_shown(app_env, seed_con):
    assert shown(explore()) == expected(seed_con)


# key of the filter, values chosen, the same choice as a condition on the base tables
SINGLE = [
    ("ex_loc", ["Hải Phòng"], "d.locality = ANY(?)"),
    ("ex_year", [2023, 2022], "d.year = ANY(?)"),
    ("ex_type", ["Thông báo"], "d.doc_type = ANY(?)"),
    ("ex_agency", ["Công an tỉnh", "Sở Y tế"], "ag.name = ANY(?)"),
    ("ex_role", ["police", "electricity"], "ag.role = ANY(?)"),
    ("ex_kind", ["support"], "a.kind = ANY(?)"),
    ("ex_kind", ["lead"], "a.kind = ANY(?)"),
    ("ex_theme", ["cheating", "power"],
     "EXISTS (SELECT 1 FROM statements s WHERE s.clause_id = c.clause_id AND s.theme = ANY(?))"),
]


@pytest.mark.parametrize(("key", "values", "where"), SINGLE, ids=[f"{k}-{ascii_id(v)}" for k, v, _ in SINGLE])
def test_each_filter_shows_exactly_the_matching_rows(app_env, seed_con, key, values, where):
    want = expected(seed_con, where, [values])
    everything_else = expected(seed_con)
    assert 0 < len(want) < len(everything_else)  # the choice narrows: a filter that does nothing would fail
    assert shown(choose(explore(), key, values)) == want


def test_document_filter(app_env, seed_con):
    doc_id = seed_con.execute("SELECT doc_id FROM documents WHERE locality = 'Lạng Sơn' AND year = 2024").fetchone()[0]
    want = expected(seed_con, "c.doc_id = ?", [doc_id])
    assert 0 < len(want) < len(expected(seed_con))
    assert shown(choose(explore(), "ex_doc", [doc_id])) == want


def test_duty_filter(app_env, seed_con):
    # the duty found in most documents: its clauses, and every agency of those clauses
    duty = seed_con.execute("SELECT duty_id FROM duties ORDER BY n_docs DESC, duty_id LIMIT 1").fetchone()[0]
    want = expected(seed_con, "EXISTS (SELECT 1 FROM duty_clauses dc WHERE dc.clause_id = c.clause_id "
                              "AND dc.duty_id = ?)", [duty])
    assert 0 < len({cid for cid, _, _ in want})
    assert shown(choose(explore(), "ex_duty", [duty])) == want


@pytest.mark.parametrize("typed", ["phoi hop", "Công nghệ cao", "DIEN LUC", "đoàn"])
def test_search_matches_with_or_without_accents(app_env, seed_con, typed):
    at = explore()
    at.text_input(key="ex_q").input(typed).run()
    want = expected(seed_con, search=typed)
    assert 0 < len(want) < len(expected(seed_con))
    assert shown(at) == want


def test_filters_combine_with_and(app_env, seed_con):
    # a planner's question: where does Hải Phòng ask an agency only to support?
    at = choose(explore(), "ex_loc", ["Hải Phòng"])
    at = choose(at, "ex_kind", ["support"])
    want = expected(seed_con, "d.locality = ? AND a.kind = ?", ["Hải Phòng", "support"])
    assert want and want != expected(seed_con, "a.kind = ?", ["support"])  # Lạng Sơn has support rows too
    assert shown(at) == want
    at.text_input(key="ex_q").input("phoi hop").run()
    assert shown(at) == expected(seed_con, "d.locality = ? AND a.kind = ?", ["Hải Phòng", "support"],
                                 search="phoi hop")


def test_lead_only_in_lang_son_2023_from_a_shared_link(app_env, seed_con):
    at = AppTest.from_file(APP, default_timeout=30)
    params = {"ex_loc": "Lạng Sơn", "ex_year": "2023", "ex_kind": "lead", "ex_role": "education"}
    at.query_params.update(params)
    at.run()
    at.switch_page("app_pages/explore.py")
    at.query_params.update(params)
    at.run()
    want = expected(seed_con, "d.locality = 'Lạng Sơn' AND d.year = 2023 AND a.kind = 'lead' AND ag.role = 'education'")
    assert want and shown(at) == want


def test_a_choice_that_matches_nothing_says_so(app_env, seed_con):
    at = choose(explore(), "ex_loc", ["Hải Phòng"])
    at = choose(at, "ex_year", [2023])  # Hải Phòng has only 2024 documents
    assert expected(seed_con, "d.locality = 'Hải Phòng' AND d.year = 2023") == set()
    assert not at.dataframe
    assert any(LABELS["empty"][0] in i.value for i in at.info)
