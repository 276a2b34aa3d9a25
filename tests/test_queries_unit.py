"""dashboard/queries.py, the queries the Gaps and Explore pages gained after the SQL tests were written
(gap_occurrences, statement_texts, explore_count, clause_levels), each compared on the seed build with an
independent query over the base tables (statements, clauses, documents, duty_clauses, agency_mentions)."""

from __future__ import annotations

import pytest

from dashboard import queries as q
from dashboard.itemlabels import item_labels
from tests.test_queries_sql import EXPLORE_BASE, rows, shown, sql


@pytest.fixture
def m(app_env):
    return q.db_mtime()


# every duty statement with its document, as the build aligned it
OCC = ("SELECT dc.duty_id, dc.statement_id, dc.clause_id, c.doc_id, d.locality, d.year, s.match_text "
       "FROM duty_clauses dc JOIN statements s ON s.statement_id = dc.statement_id "
       "JOIN clauses c ON c.clause_id = dc.clause_id JOIN documents d ON d.doc_id = c.doc_id")


def missing_rows(con, locality, year, scope, doc):
    """The statements of the comparison set whose duty the checked side (a locality-year or a document)
    never has, in the page's order: duty, newest year first, place, clause, statement."""
    occ = sql(con, OCC)
    mine = [r for r in occ if (r[3] == doc if doc else (r[4], r[5]) == (locality, year))]
    if doc:
        locality, year = sql(con, "SELECT locality, year FROM documents WHERE doc_id = ?", [doc])[0]
    target_docs = {r[0] for r in sql(con, "SELECT doc_id FROM documents WHERE doc_id = ? OR "
                                          "(? IS NULL AND locality = ? AND year = ?)", [doc, doc, locality, year])}
    have = {r[0] for r in mine}

    def in_scope(r):
        if scope == "previous_year":
            return r[4] == locality and r[5] == year - 1
        if scope == "same_year":
            return r[4] != locality and r[5] == year
        return True
    out = [r for r in occ if r[3] not in target_docs and in_scope(r) and r[0] not in have]
    return sorted(out, key=lambda r: (r[0], -r[5], r[4], r[2], r[1]))


def doer_names(con, clause_id, statement_id=None):
    """The doers a statement names itself, else those of its clause (None when neither names one)."""
    query = ("SELECT ag.name FROM agency_mentions m JOIN agencies ag ON ag.agency_id = m.agency_id "
             "WHERE m.part = 'doer' AND m.clause_id = ?")
    names = sorted({r[0] for r in sql(con, query + " AND m.statement_id = ?", [clause_id, statement_id])})
    names = names or sorted({r[0] for r in sql(con, query, [clause_id])})
    return "; ".join(names) if names else None


TARGETS = [("Hải Phòng", 2024, "all", None), ("Hải Phòng", 2024, "same_year", None),
           ("Lạng Sơn", 2024, "previous_year", None), ("Lạng Sơn", 2022, "all", None)]


@pytest.mark.parametrize("target", TARGETS)
def test_gap_occurrences_are_the_statements_of_missing_duties(m, seed_con, target):
    got = q.gap_occurrences(m, *target)
    want = missing_rows(seed_con, *target)
    assert len(want) > 0
    assert rows(got, ["duty_id", "statement_id", "clause_id", "doc_id", "locality", "year"]) == [r[:6] for r in want]
    # the lead agencies by name, as the page's "where" shows them: the statement's own, else its clause's
    for clause_id, statement_id, names in zip(got["clause_id"], got["statement_id"], got["lead_names"]):
        assert (names if isinstance(names, str) else None) == doer_names(seed_con, clause_id, statement_id)
    assert got["lead_roles"].notna().all()
    # two rows are one wording exactly when their matching texts are equal
    key, text = got["wording_key"].tolist(), [r[6] for r in want]
    for i in range(len(want)):
        for j in range(i + 1, min(len(want), i + 40)):
            assert (key[i] == key[j]) == (text[i] == text[j])


def test_gap_occurrences_of_one_document(m, seed_con):
    doc = sql(seed_con, "SELECT doc_id FROM documents WHERE locality = 'Hải Phòng' ORDER BY doc_id LIMIT 1")[0][0]
    got = q.gap_occurrences(m, None, None, "all", doc)
    want = missing_rows(seed_con, None, None, "all", doc)
    assert rows(got, ["duty_id", "statement_id"]) == [r[:2] for r in want] and len(want) > 0
    # the other Hải Phòng document is compared with: its duties can be missing from this one
    assert {r[3] for r in want} - {doc} and doc not in set(got["doc_id"])


def test_nothing_to_compare_gives_no_occurrences(m):
    got = q.gap_occurrences(m, "Lạng Sơn", 2022, "previous_year", None)
    assert got.empty and {"duty_id", "statement_id", "wording_key", "lead_names"} <= set(got.columns)


def test_statement_texts_in_the_order_asked(m, seed_con):
    ids = [r[0] for r in sql(seed_con, "SELECT statement_id FROM statements ORDER BY statement_id DESC LIMIT 9")]
    ids = ids[::2] + ids[1::2] + ["no-such-statement"]
    got = q.statement_texts(ids)
    assert got["statement_id"].tolist() == ids
    base = {r[0]: r[1:] for r in sql(seed_con, "SELECT statement_id, text, match_text, theme FROM statements")}
    for row in got.itertuples():
        if row.statement_id in base:
            assert (row.text, row.match_text, row.theme) == base[row.statement_id]
        else:
            assert not isinstance(row.text, str)  # an unknown id is a row without text, not an error
    topics = sql(seed_con, "SELECT topics FROM statements WHERE statement_id = ?", [ids[0]])[0][0]
    assert list(got["topics"].iloc[0]) == list(topics)


@pytest.mark.parametrize("filters,where,params", [
    ({}, "TRUE", []),
    ({"localities": ("Hải Phòng",)}, "d.locality = ?", ["Hải Phòng"]),
    ({"years": (2023,)}, "d.year = 2023", []),
    ({"doc_types": ("Chỉ thị",)}, "d.doc_type = ?", ["Chỉ thị"]),
    ({"kinds": ("support",)}, "a.kind = 'support'", []),
    ({"roles": ("police",), "localities": ("Lạng Sơn",)}, "ag.role = 'police' AND d.locality = 'Lạng Sơn'", []),
    ({"agencies": ("Sở Y tế",)}, "ag.name = ?", ["Sở Y tế"]),
], ids=["all", "locality", "year", "type", "support", "police-ls", "agency"])
def test_explore_count_is_what_explore_shows(m, seed_con, filters, where, params):
    want = sql(seed_con, EXPLORE_BASE + where, params)
    assert q.explore_count(m, **filters) == (len(want), len({r[0] for r in want}))
    assert q.explore_count(m, **filters)[0] == len(shown(q.explore(m, **filters)))


def test_explore_count_with_search_theme_duty_and_document(m, seed_con):
    got = q.explore(m, search="cong nghe cao")
    assert q.explore_count(m, search="cong nghe cao") == (len(got), got["clause_id"].nunique()) and len(got)
    doc = sql(seed_con, "SELECT doc_id FROM documents ORDER BY doc_id LIMIT 1")[0][0]
    theme = sql(seed_con, "SELECT theme FROM statements GROUP BY 1 ORDER BY count(*) DESC LIMIT 1")[0][0]
    duty = sql(seed_con, "SELECT duty_id FROM duties ORDER BY n_docs DESC, duty_id LIMIT 1")[0][0]
    for filters in ({"docs": (doc,)}, {"themes": (theme,)}, {"duties": (duty,)}):
        got = q.explore(m, **filters)
        assert q.explore_count(m, **filters) == (len(got), got["clause_id"].nunique()) and len(got), filters
    assert q.explore_count(m, localities=("Nowhere",)) == (0, 0)


def test_clause_levels_give_the_labels_whole_documents_give(m, seed_con):
    """Item labels ("mục 2, điểm a") of a few clauses, from the rows clause_levels fetches, are those the whole
    documents give; fewer rows than the whole documents; each asked clause, its ancestors and their siblings."""
    ids = [r[0] for r in sql(seed_con, "SELECT clause_id FROM clauses ORDER BY clause_id")]
    for part in (ids[5::13], ids[::29], [ids[-1]]):
        tree = q.clause_tree(m, tuple(part))
        levels = q.clause_levels(m, tuple(part))
        assert set(levels["clause_id"]) <= set(tree["clause_id"])
        for language in ("vi", "en"):
            whole, some = item_labels(tree, language), item_labels(levels, language)
            assert {c: some[c] for c in part} == {c: whole[c] for c in part}
        info = {r[0]: r[1:] for r in sql(seed_con, "SELECT clause_id, parent_id, doc_id, kind FROM clauses")}
        fetched = set(levels["clause_id"])
        for c in part:
            while c is not None:
                parent, doc, kind = info[c]
                if kind in ("title", "preamble", "closing"):  # counted among the paragraphs of their kind
                    alike = {k for k, (p, d, kd) in info.items() if d == doc and kd == kind}
                else:
                    alike = {k for k, (p, d, kd) in info.items() if d == doc and p == parent
                             and kd not in ("title", "preamble", "closing")}
                assert c in fetched and alike <= fetched, c
                c = parent
    deep = sql(seed_con, "SELECT c.clause_id FROM clauses c WHERE c.parent_id IS NOT NULL ORDER BY "
                         "(SELECT count(*) FROM clauses x WHERE x.doc_id = c.doc_id) DESC, c.seq DESC LIMIT 1")[0]
    small = q.clause_levels(m, deep)
    assert len(small) < len(q.clause_tree(m, deep))  # a sub-item needs its branch, not the whole document
    keys = list(zip(small["doc_id"], small["seq"]))
    assert keys == sorted(keys)
    assert q.clause_levels(m, ()).empty


@pytest.mark.parametrize("kind", ["title", "preamble", "closing"])
def test_a_title_preamble_or_closing_paragraph_needs_only_the_paragraphs_of_its_kind(m, seed_con, kind):
    doc, cid = sql(seed_con, "SELECT doc_id, min(clause_id) FROM clauses WHERE kind = ? GROUP BY doc_id "
                             "ORDER BY count(*) DESC, doc_id LIMIT 1", [kind])[0]
    got = q.clause_levels(m, (cid,))
    want = sql(seed_con, "SELECT clause_id FROM clauses WHERE doc_id = ? AND kind = ? ORDER BY seq", [doc, kind])
    assert got["clause_id"].tolist() == [r[0] for r in want]
    assert set(got["kind"]) == {kind}


def test_explore_sends_the_first_rows_of_the_whole_result(m):
    whole = q.explore(m, localities=("Lạng Sơn",))
    assert len(whole) > 30
    for limit in (1, 25):
        first = q.explore(m, localities=("Lạng Sơn",), limit=limit)
        assert first["clause_id"].tolist() == whole["clause_id"].head(limit).tolist()
        assert shown(first) == sorted(shown(whole.head(limit)))
    assert len(q.explore(m, limit=10_000)) == len(q.explore(m))
