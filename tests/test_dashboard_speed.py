"""The shortcuts that make the pages fast at national scale give what the slow way gave, on the seed data.

Each test compares a fast path with the plain computation it replaced (all pairs scored, whole documents
labelled, urlencode per row), or checks that a long result shown in parts still reaches every row.
"""

from __future__ import annotations

from urllib.parse import urlencode

import numpy as np
import pytest

from dashboard import closest, gap_lines, ui
from dashboard import queries as q
from dashboard.itemlabels import item_labels
from etl.scoring import Scorer
from tests.test_dashboard import markdown_html, open_page


@pytest.fixture
def m(app_env):
    return q.db_mtime()


def test_closest_is_the_scorers_best_partner_over_all_pairs(m):
    """Hải Phòng 2024 checked against every other statement: the bounded search returns, for each, the
    sentence the build's scorer ranks first when every pair is scored."""
    mine = q.side_statements(m, "Hải Phòng", 2024, None)
    pool = q.query("SELECT s.match_text, s.theme FROM statements s JOIN clauses c USING (clause_id) "
                   "JOIN documents d USING (doc_id) WHERE d.locality <> 'Hải Phòng' ORDER BY s.statement_id")
    assert len(mine) > 10 and len(pool) > 50
    args = (mine["match_text"].tolist(), mine["theme"].tolist(), pool["match_text"].tolist(), pool["theme"].tolist())
    best, score = closest.closest(*args)
    keys = list(dict.fromkeys(zip(args[2], args[3])))
    nd = len(args[0])
    scorer = Scorer(list(args[0]) + [k[0] for k in keys], list(args[1]) + [k[1] for k in keys])
    every = np.asarray(scorer.score_pairs([(i, nd + j) for j in range(len(keys)) for i in range(nd)]))
    every = every.reshape(len(keys), nd)
    row = {k: r for r, k in enumerate(keys)}
    for j, key in enumerate(zip(args[2], args[3])):
        assert score[j] == pytest.approx(every[row[key]].max(), abs=0.01)
        assert every[row[key], best[j]] == pytest.approx(every[row[key]].max(), abs=0.01)
    # an empty document has no closest sentence
    none_best, none_score = closest.closest([], [], args[2], args[3])
    assert (none_best == -1).all() and (none_score == 0).all()


def test_item_labels_from_the_clauses_they_need_equal_those_of_whole_documents(m):
    ids = q.query("SELECT clause_id FROM clauses ORDER BY clause_id")["clause_id"].tolist()
    for language in ("vi", "en"):
        for part in (ids[::7], ids[3::11], ids):
            whole = item_labels(q.clause_tree(m, tuple(part)), language)
            needed = q.clause_levels(m, tuple(part))
            assert len(needed) <= len(q.clause_tree(m, tuple(part)))
            fast = item_labels(needed, language)
            assert {c: fast[c] for c in part} == {c: whole[c] for c in part}


@pytest.mark.parametrize("language", ["vi", "en"])
def test_document_links_are_what_urlencode_gives(monkeypatch, language):
    monkeypatch.setattr(ui, "lang", lambda: language)
    docs = ["8f861f167f9d", "a b&c", "đà-nẵng", "x+y", "ok_.~-"]
    clauses = ["8f861f167f9d-004", "d/e?f=g", None, "", "100%"]
    tail = {"lang": language} if language != "vi" else {}
    assert ui.doc_urls(docs, clauses) == [
        "van-ban?" + urlencode({"doc": d} | ({"clause": c} if c else {}) | tail) for d, c in zip(docs, clauses)]


def test_gap_lines_scored_from_statement_texts_match_the_database(m, seed_con):
    """Every line's text is a statement of a missing duty in the comparison set, and its closest sentence is
    a statement of the checked locality-year (the texts come from a second, narrower query)."""
    table = gap_lines.table(m, "Lạng Sơn", 2024, "previous_year", None, "Lạng Sơn", "vi")
    ls2023 = {r[0] for r in seed_con.execute(
        "SELECT text FROM duty_occurrences WHERE locality = 'Lạng Sơn' AND year = 2023").fetchall()}
    ls2024 = {r[0] for r in seed_con.execute(
        "SELECT text FROM duty_occurrences WHERE locality = 'Lạng Sơn' AND year = 2024").fetchall()}
    missing = {r[0] for r in seed_con.execute(
        "SELECT duty_id FROM gaps('Lạng Sơn', 2024, scope := 'previous_year')").fetchall()}
    assert len(table) > 5
    assert set(table["text"]) <= ls2023 and not set(table["text"]) & ls2024
    assert set(table["closest_text"]) <= ls2024
    assert int(table["n_docs"].max()) == 1  # one 2023 document
    for clause_id, text in zip(table["clause_id"], table["text"]):  # each line: a statement of a missing duty
        duties = {r[0] for r in seed_con.execute(
            "SELECT duty_id FROM duty_occurrences WHERE clause_id = ? AND text = ?", [clause_id, text]).fetchall()}
        assert duties & missing, text


def test_gaps_shows_the_first_cards_and_more_on_demand(app_env, monkeypatch):
    monkeypatch.setattr(gap_lines, "CARDS", 5)
    at = open_page("gaps", {"gap_ly": "Lạng Sơn 2024", "gap_scope": "previous_year"})
    n = len(at.dataframe[0].value)
    assert n > 10  # the table keeps every line
    assert markdown_html(at).count('class="dd-card"') == 5
    assert any(f"5 nhiệm vụ đầu trong {n}" in c.value for c in at.caption)
    at.button(key="gap_cards_more").click().run()
    assert markdown_html(at).count('class="dd-card"') == 10
    assert len(at.dataframe[0].value) == n


def test_explore_sends_the_first_rows_and_counts_them_all(app_env, monkeypatch, seed_con):
    monkeypatch.setattr(ui, "PAGE_ROWS", 25)
    total = seed_con.execute("SELECT count(*) FROM explore_rows").fetchone()[0]
    assert total > 50
    at = open_page("explore")
    assert len(at.dataframe[0].value) == 25
    assert any(f"25 dòng đầu trong {total} dòng" in c.value for c in at.caption)
    assert str(total) in at.subheader[0].value  # the heading counts every match, not the rows sent
    at.button(key="ex_table_more").click().run()
    assert len(at.dataframe[0].value) == 50
    # the rows shown are the first rows of the whole result, in its order
    whole = q.explore(q.db_mtime())
    assert at.dataframe[0].value.iloc[:, -2].tolist() == whole["clause_id"].head(50).tolist()


def test_a_card_names_the_first_places_and_counts_the_others(app_env, monkeypatch):
    monkeypatch.setattr(gap_lines, "CARD_PLACES", 1)
    gap_lines.table.clear()  # lines cached by an earlier test were cut at the usual number of places
    at = open_page("gaps", {"gap_ly": "Hải Phòng 2024", "gap_scope": "all"})
    lines = gap_lines.table(q.db_mtime(), "Hải Phòng", 2024, "all", None, "Hải Phòng", "vi")
    wide = lines[lines["more_places"] > 0]
    assert len(wide) > 0 and (wide["more_places"] == 1).all()  # the seeds: two other documents at most
    html = markdown_html(at)
    assert html.count("… và 1 nơi khác (xem bảng dưới)") == len(wide)
    for where, first in zip(wide["where"], wide["where_first"]):
        assert where not in html and first in html  # the card names the first place; the table every one
    assert set(at.dataframe[0].value["Nơi đã giao"]) == set(lines["where"])


def test_a_place_without_a_known_agency_is_bracketed_once(m):
    lines = gap_lines.table(m, "Hải Phòng", 2023, "all", None, "Hải Phòng", "vi")
    unknown = [w for w in lines["where"] if "(chưa rõ cơ quan)" in w]
    assert unknown  # a statement whose clause names no lead agency
    assert not any("((" in w for w in lines["where"])
