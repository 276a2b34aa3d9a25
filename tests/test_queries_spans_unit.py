"""dashboard/queries.agency_spans: where one place of a clause is named in several parts (a statement makes it the
doer, another only mentions it, asks it or reports to it), the Document page marks it by the strongest part: lead
before support before the rest, for every such place, whatever order the rows were stored in."""

from __future__ import annotations

import pytest

from dashboard import queries as q
from tests.test_queries_sql import edited_copy, sql

# every place a doer or helper is named, named once more in each weaker part (the copies get their own statement ids)
COPIES = [
    f"INSERT INTO agency_mentions SELECT m.clause_id, '!{weaker}' || m.statement_id, m.agency_id, '{weaker}', m.rule, "
    f"m.start_char, m.end_char FROM agency_mentions m WHERE m.part = '{part}' AND m.start_char IS NOT NULL"
    for part, weakers in (("doer", ("helper", "mention", "recipient")), ("helper", ("mention", "requester")))
    for weaker in weakers
]


@pytest.mark.parametrize("stored", ["part = 'doer', part DESC", "part <> 'doer', part", "hash(statement_id)"])
def test_every_place_named_in_several_parts_shows_its_strongest(seed_db, tmp_path, monkeypatch, seed_con, stored):
    m = edited_copy(seed_db, tmp_path, monkeypatch, *COPIES, "CREATE TEMP TABLE t AS SELECT * FROM agency_mentions",
                    "DELETE FROM agency_mentions", f"INSERT INTO agency_mentions SELECT * FROM t ORDER BY {stored}")
    strongest = {}
    for cid, start, part in sql(seed_con, "SELECT clause_id, start_char, part FROM agency_mentions "
                                          "WHERE part IN ('doer', 'helper') AND start_char IS NOT NULL"):
        if strongest.get((cid, start)) != "lead":
            strongest[(cid, start)] = "lead" if part == "doer" else "support"
    assert {"lead", "support"} <= set(strongest.values())
    shown = {}
    for (doc,) in sql(seed_con, "SELECT doc_id FROM documents"):
        spans = q.agency_spans(m, doc)
        shown.update({(r.clause_id, r.start_char): r.kind for r in spans.itertuples()})
    assert {k: shown.get(k) for k in strongest} == strongest
