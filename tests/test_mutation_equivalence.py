"""The rule that sets letter-case mutants of SQL text apart as equivalent (tests/mutation/equivalence.py),
checked against DuckDB itself: whenever the rule calls a case change equivalent, DuckDB returns the same
column names and rows for both texts; the changes it keeps as survivors include ones DuckDB does notice."""

from __future__ import annotations

import duckdb
import pytest

from tests.mutation.equivalence import same_result, select_items, sql_case_equivalent


@pytest.fixture(scope="module")
def con():
    c = duckdb.connect()
    c.execute("CREATE TABLE documents (doc_id VARCHAR, locality VARCHAR, year INTEGER)")
    c.execute("CREATE TABLE agency_mentions (clause_id VARCHAR, doc_id VARCHAR, part VARCHAR, name VARCHAR)")
    c.execute("INSERT INTO documents VALUES ('a1', 'Lạng Sơn', 2023), ('b2', 'Hải Phòng', 2024)")
    c.execute("INSERT INTO agency_mentions VALUES ('a1-001', 'a1', 'doer', 'Công an tỉnh'), "
              "('a1-001', 'a1', 'helper', 'Sở Y tế'), ('b2-003', 'b2', 'doer', 'Sở Giáo dục và Đào tạo')")
    return c


QUERIES = [
    "SELECT d.doc_id, d.locality FROM documents d WHERE d.year >= $y ORDER BY d.doc_id",
    "SELECT locality, count(*) AS n_docs FROM documents GROUP BY locality ORDER BY locality",
    "SELECT locality, count(*) n_docs FROM documents GROUP BY locality ORDER BY locality",
    "SELECT lower(locality) FROM documents ORDER BY 1",
    "SELECT m.clause_id, string_agg(DISTINCT CASE WHEN m.part = 'doer' THEN m.name END, '; ') AS lead_names "
    "FROM agency_mentions m WHERE m.doc_id IN (SELECT doc_id FROM documents WHERE year = $y) GROUP BY m.clause_id",
    "SELECT * FROM (SELECT doc_id AS id, year FROM documents) s WHERE s.year = $y",
    "WITH per AS (SELECT doc_id, count(*) AS n FROM agency_mentions GROUP BY doc_id) "
    "SELECT d.locality, per.n FROM documents d JOIN per USING (doc_id) ORDER BY d.locality",
    "SELECT clause_id FROM agency_mentions ORDER BY clause_id, CASE part WHEN 'doer' THEN 0 ELSE 1 END",
    "SELECT count(DISTINCT locality) FROM documents",
    "SELECT d.doc_id, d.year AS year FROM documents d ORDER BY 1",
    "SELECT d.doc_id, d.year FROM documents d ORDER BY 1",
    "SELECT year, NULL FROM documents ORDER BY 1",
    "SELECT year FROM documents ORDER BY 1",
]


def duckdb_same(con, sql: str, mutated: str) -> bool:
    def run(text):
        params = {"y": 2023} if "$y" in text.lower() else None
        cur = con.execute(text, params)
        return [d[0] for d in cur.description], cur.fetchall()
    return run(sql) == run(mutated)


@pytest.mark.parametrize("sql", QUERIES)
@pytest.mark.parametrize("case", [str.upper, str.lower])
def test_what_the_rule_calls_equivalent_duckdb_reads_the_same(con, sql, case):
    mutated = case(sql)
    if same_result(sql, mutated):
        assert duckdb_same(con, sql, mutated)


def test_the_rule_sets_apart_the_harmless_and_keeps_what_duckdb_notices(con):
    verdicts = {(sql, case): same_result(sql, case(sql)) for sql in QUERIES for case in (str.upper, str.lower)}
    # every lower-casing of these queries only touches keywords: equivalent, except inside an unaliased
    # expression, where the rule keeps it (DuckDB would in fact name "count(distinct x)" as before: it errs safe)
    assert all(v for (sql, case), v in verdicts.items() if case is str.lower and sql not in (QUERIES[8], QUERIES[11]))
    upper = {sql: v for (sql, case), v in verdicts.items() if case is str.upper}
    assert upper[QUERIES[0]]  # bare columns, tables, aliases of tables, $y
    assert not upper[QUERIES[6]]  # the bare column per.n is named by the CTE's alias, which changed
    assert not upper[QUERIES[1]] and not upper[QUERIES[2]]  # an alias names a result column
    assert not upper[QUERIES[3]]  # an expression without alias is named as written
    assert not upper[QUERIES[4]] and not upper[QUERIES[7]]  # 'doer' is a value
    assert not upper[QUERIES[5]]  # the subquery's alias reaches the result through *
    assert not upper[QUERIES[8]]  # a keyword inside an unaliased expression is part of its name
    assert not upper[QUERIES[9]] and upper[QUERIES[10]]  # "year" is a keyword to the tokenizer, a name here
    assert not verdicts[(QUERIES[11], str.lower)] and upper[QUERIES[12]]  # a constant is kept (it errs safe: DuckDB names NULL alike), year is named by the table
    # and DuckDB agrees that those kept are real changes, on this data
    for sql in (QUERIES[1], QUERIES[3], QUERIES[4], QUERIES[5], QUERIES[6], QUERIES[8], QUERIES[9]):
        assert not duckdb_same(con, sql, sql.upper())


def test_select_items_are_split_at_their_own_commas():
    from tests.mutation.equivalence import _tokens

    toks = _tokens("SELECT a, f(b, c) AS x, (SELECT y FROM t) z FROM u WHERE v = 1")
    texts = [" ".join(toks[k][0] for k in item) for item in select_items(toks)]
    assert texts == ["a", "f ( b , c ) AS x", "y", "( SELECT y FROM t ) z"]


MODULE = '''def clause_agencies(ids):
    return query(
        "SELECT m.clause_id, "
        "string_agg(DISTINCT m.name, '; ') AS lead_names "
        "FROM agency_mentions m WHERE m.clause_id = ANY($c) GROUP BY m.clause_id", {"c": ids})
'''


def diff(before: str, after: str) -> str:
    return f"--- a.py\n+++ a.py\n@@ -1 +1 @@\n-{before}\n+{after}\n"


def test_a_piece_of_a_concatenated_query_is_read_in_its_whole_query():
    line = '''        "string_agg(DISTINCT m.name, '; ') AS lead_names "'''
    assert sql_case_equivalent(diff(line, line.replace("string_agg(DISTINCT m.name", "STRING_AGG(DISTINCT M.NAME")),
                               MODULE)
    assert not sql_case_equivalent(diff(line, line.upper()), MODULE)  # the alias LEAD_NAMES
    last = '''        "FROM agency_mentions m WHERE m.clause_id = ANY($c) GROUP BY m.clause_id", {"c": ids})'''
    assert sql_case_equivalent(diff(last, last.replace('"FROM agency_mentions m WHERE m.clause_id = ANY($c) GROUP BY '
                                                       'm.clause_id"', '"FROM AGENCY_MENTIONS M WHERE M.CLAUSE_ID = '
                                                       'ANY($C) GROUP BY M.CLAUSE_ID"')), MODULE)


def test_a_parameter_key_is_set_apart_only_when_the_sql_uses_it(con):
    last = '''        "FROM agency_mentions m WHERE m.clause_id = ANY($c) GROUP BY m.clause_id", {"c": ids})'''
    assert sql_case_equivalent(diff(last, last.replace('{"c"', '{"C"')), MODULE)
    # DuckDB binds a parameter whatever the case of its name
    sql = "SELECT doc_id FROM documents WHERE year = $yr ORDER BY 1"
    assert con.execute(sql, {"YR": 2023}).fetchall() == con.execute(sql, {"yr": 2023}).fetchall() == [("a1",)]
    assert same_result('{}', '{}') is False and same_result("$q", "$Q")
    other = 'def f(x):\n    return query("SELECT 1 WHERE $d = 1", {"c": x})\n'
    line = other.splitlines()[1]
    assert not sql_case_equivalent(diff(line, line.replace('{"c"', '{"C"')), other)  # no $c in its SQL
    plain = 'def f(x):\n    return render({"loc": x})  # $loc\n'
    line = plain.splitlines()[1]
    assert not sql_case_equivalent(diff(line, line.replace('"loc"', '"LOC"')), plain)  # no SQL in the function


def test_what_is_not_sql_text_is_never_set_apart():
    assert not sql_case_equivalent(diff("    return query(", "    return QUERY("), MODULE)  # code, not a string
    assert not sql_case_equivalent(diff('x = "doer"', 'x = "DOER"'), 'x = "doer"\n')
    assert not sql_case_equivalent(diff("a", "b"), MODULE)
    # one word that DuckDB would read as a keyword is a Python argument here (dashboard/closest.py)
    line = '    order = np.argsort(-high, axis=0, kind="stable")'
    assert not sql_case_equivalent(diff(line, line.replace('"stable"', '"STABLE"')), "def f(high):\n" + line + "\n")


def test_the_sql_is_found_among_other_strings_of_its_line():
    source = 'def options():\n    return {"doc_type": col("SELECT DISTINCT doc_type FROM documents ORDER BY 1")}\n'
    line = source.splitlines()[1]
    assert sql_case_equivalent(diff(line, line.replace('"SELECT DISTINCT doc_type FROM documents ORDER BY 1"',
                                                       '"select distinct doc_type from documents order by 1"')), source)
    assert sql_case_equivalent(diff(line, line.replace('"SELECT DISTINCT doc_type FROM documents ORDER BY 1"',
                                                       '"SELECT DISTINCT DOC_TYPE FROM DOCUMENTS ORDER BY 1"')), source)
    assert not sql_case_equivalent(diff(line, line.replace('{"doc_type"', '{"DOC_TYPE"')), source)
