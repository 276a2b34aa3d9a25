"""dashboard/queries.py, the only reader of the database, called directly on the seed build: what each
function returns (the rows a page shows) equals an independent query over the base tables, written here
without the view or macro the function reads. No AppTest, so each check runs in a fraction of a second."""

from __future__ import annotations

import os
import time

import duckdb
import pandas as pd
import pytest

from dashboard import queries as q


@pytest.fixture
def m(app_env):
    """The modification time every cached query takes first (the seed database is the one read)."""
    return q.db_mtime()


def rows(df: pd.DataFrame, columns: list[str] | None = None) -> list[tuple]:
    df = df if columns is None else df[columns]
    return [tuple(None if (isinstance(v, float) and pd.isna(v)) or v is pd.NaT else v for v in r)
            for r in df.itertuples(index=False)]


def text(value):
    return value if isinstance(value, str) else None


def sql(con, text: str, params=None) -> list[tuple]:
    return [tuple(r) for r in con.execute(text, params or []).fetchall()]


# --- the connection and the build check ----------------------------------------------------------------

def test_db_path_follows_the_environment_and_a_missing_file_has_no_mtime(tmp_path, monkeypatch):
    missing = tmp_path / "none.duckdb"
    monkeypatch.setenv("DIRECTIVES_DB", str(missing))
    assert q.db_path() == missing
    assert q.db_mtime() is None
    missing.write_bytes(b"")
    assert q.db_mtime() == os.stat(missing).st_mtime_ns


def test_query_binds_values_and_reads_the_file_read_only(m, seed_con):
    hostile = "'; DROP TABLE clauses; --"
    assert q.query("SELECT count(*) AS n FROM documents WHERE locality = ?", [hostile])["n"].tolist() == [0]
    n = sql(seed_con, "SELECT count(*) FROM documents WHERE locality = 'Lạng Sơn'")[0][0]
    assert q.query("SELECT count(*) AS n FROM documents WHERE locality = $l", {"l": "Lạng Sơn"})["n"].tolist() == [n]
    assert q.query("SELECT count(*) AS n FROM clauses")["n"].tolist() == [sql(seed_con, "SELECT count(*) FROM clauses")[0][0]]
    with pytest.raises(duckdb.Error):
        q.query("CREATE TABLE x (a INTEGER)")  # the file is attached read-only


def test_dates_come_back_as_timestamps_not_python_objects(m):
    df = q.query("SELECT issued_date FROM documents WHERE issued_date IS NOT NULL")
    assert len(df) and str(df["issued_date"].dtype).startswith("datetime64")


def test_a_rebuilt_file_is_read_on_the_next_query(seed_db, tmp_path, monkeypatch):
    copy = tmp_path / "copy.duckdb"
    copy.write_bytes(seed_db.read_bytes())
    monkeypatch.setenv("DIRECTIVES_DB", str(copy))
    before = q.query("SELECT count(*) AS n FROM documents")["n"].tolist()[0]
    new = tmp_path / "new.duckdb"  # a rebuild writes a new file and moves it into place
    new.write_bytes(seed_db.read_bytes())
    con = duckdb.connect(str(new))
    con.execute("DELETE FROM documents WHERE locality = 'Hải Phòng'")
    con.close()
    later = time.time_ns() + 10_000_000
    os.utime(new, ns=(later, later))
    os.replace(new, copy)
    after = q.query("SELECT count(*) AS n FROM documents")["n"].tolist()[0]
    assert after < before


def test_the_seed_build_is_current(m):
    assert q.schema_problems(m) == []


def test_an_old_build_names_what_it_lacks(tmp_path, monkeypatch):
    old = tmp_path / "old.duckdb"
    con = duckdb.connect(str(old))
    con.execute("CREATE TABLE documents (doc_id VARCHAR); CREATE TABLE build_info (key VARCHAR, value VARCHAR)")
    con.execute("INSERT INTO build_info VALUES ('built_at', '2024-01-01')")
    con.execute("CREATE MACRO changes(a) AS TABLE SELECT a")
    con.close()
    monkeypatch.setenv("DIRECTIVES_DB", str(old))
    problems = q.schema_problems(q.db_mtime())
    assert "table/view `documents`" not in problems
    assert "table/view `clauses`" in problems and "table/view `explore_rows`" in problems
    assert "macro `gaps(...)`" in problems and "macro `changes(...)`" not in problems
    assert "build_info `etl_version`" in problems and "build_info `seconds`" in problems
    assert "build_info `built_at`" not in problems
    assert len(problems) == len(q.REQUIRED_RELATIONS) - 2 + 1 + 2


def test_a_file_that_is_not_a_database_is_one_line(tmp_path, monkeypatch):
    bad = tmp_path / "bad.duckdb"
    bad.write_bytes(b"not a database at all" * 100)
    monkeypatch.setenv("DIRECTIVES_DB", str(bad))
    problems = q.schema_problems(q.db_mtime())
    assert len(problems) == 1 and "\n" not in problems[0] and problems[0].split(":")[0].endswith("Exception")


def test_raw_newer_than_db(tmp_path, monkeypatch):
    raw, db = tmp_path / "raw", tmp_path / "x.duckdb"
    monkeypatch.setenv("DIRECTIVES_RAW", str(raw))
    monkeypatch.setenv("DIRECTIVES_DB", str(db))
    assert q.raw_newer_than_db() is False  # no database yet
    db.write_bytes(b"")
    assert q.raw_newer_than_db() is False  # no input folder
    raw.mkdir()
    (raw / "old.txt").write_text("a", encoding="utf-8")
    (raw / "sub").mkdir()
    past = os.stat(db).st_mtime_ns - 10_000_000_000
    os.utime(raw / "old.txt", ns=(past, past))
    later = os.stat(db).st_mtime_ns + 10_000_000_000
    os.utime(raw / "sub", ns=(later, later))  # a folder is not an input file
    assert q.raw_newer_than_db() is False
    same = os.stat(db).st_mtime_ns
    os.utime(raw / "old.txt", ns=(same, same))  # written in the same instant as the build: not newer
    assert q.raw_newer_than_db() is False
    (raw / "new.txt").write_text("b", encoding="utf-8")
    os.utime(raw / "new.txt", ns=(later, later))
    assert q.raw_newer_than_db() is True


# --- the Overview and Data pages ------------------------------------------------------------------------

def test_counts_match_the_tables(m, seed_con):
    got = q.counts(m)
    one = lambda s: sql(seed_con, s)[0][0]  # noqa: E731
    assert got == {
        "documents": one("SELECT count(*) FROM documents"),
        "localities": one("SELECT count(DISTINCT locality) FROM documents"),
        "years": one("SELECT count(DISTINCT year) FROM documents"),
        "clauses": one("SELECT count(*) FROM clauses"),
        "agencies": one("SELECT count(*) FROM agencies"),
        "assignments": one("SELECT count(*) FROM assignments"),
        "duties": one("SELECT count(*) FROM duties"),
        "recurring": one("SELECT count(*) FROM duties WHERE n_docs > 1"),
        "rejected": one("SELECT count(*) FROM rejected_files"),
    }
    assert got["localities"] == 2 and got["years"] == 3 and 0 < got["recurring"] < got["duties"]
    assert all(type(v) is int for v in got.values())


def test_build_info_and_thresholds_with_their_meaning(m, seed_con):
    info = q.build_info(m)
    assert rows(info) == sql(seed_con, "SELECT key, value FROM build_info ORDER BY key")
    th = q.thresholds(m)
    assert list(th.columns) == ["name", "value", "help"]
    assert rows(th, ["name", "value"]) == sql(seed_con, "SELECT name, value FROM settings ORDER BY name")
    link = th.set_index("name").loc["link_threshold"]
    assert len(link["help"]) > 20  # a sentence a user can read, from Settings' metadata
    assert th["help"].map(len).gt(0).all()


@pytest.mark.parametrize("table,key", [("roles", "role"), ("themes", "theme")])
def test_labels(m, seed_con, table, key):
    got = q.labels(m, table)
    assert list(got.columns) == ["code", "label_vi", "label_en"]
    assert rows(got) == sql(seed_con, f"SELECT {key}, label_vi, label_en FROM {table} ORDER BY {key}")


def test_documents_table_with_clause_counts(m, seed_con):
    got = q.documents(m)
    want = sql(seed_con, "SELECT d.doc_id, d.locality, d.year, count(c.clause_id) FROM documents d "
                         "JOIN clauses c USING (doc_id) GROUP BY d.doc_id, d.locality, d.year, d.source_file "
                         "ORDER BY d.locality, d.year, d.source_file")
    assert rows(got, ["doc_id", "locality", "year", "n_clauses"]) == want
    assert {"issuer", "number", "issued_date", "signer", "title", "implements", "source_file"} <= set(got.columns)


def test_loaded_hashes_name_each_file(m, seed_con):
    assert q.loaded_hashes(m) == dict(sql(seed_con, "SELECT content_sha256, source_file FROM documents"))


def test_quality_tables(m, seed_con):
    got = q.quality(m)
    assert rows(got["warnings"]) == sql(seed_con, "SELECT source_file, field, message FROM warnings "
                                                   "ORDER BY source_file, field")
    assert rows(got["fields"]) == sql(
        seed_con, "SELECT d.source_file, f.field, f.value, f.source FROM document_fields f JOIN documents d "
                  "ON d.doc_id = f.doc_id WHERE f.source IN ('manifest', 'inferred') ORDER BY 1, 2")
    assert len(got["fields"]) > 0
    missing = sql(seed_con, "SELECT source_file FROM documents WHERE number IS NULL OR issued_date IS NULL "
                            "OR signer IS NULL OR title IS NULL OR doc_type IS NULL OR body_coverage < 1 ORDER BY 1")
    assert got["missing"]["source_file"].tolist() == [r[0] for r in missing]
    # an item clause with no lead agency, whatever its supports
    unassigned = sql(seed_con, "SELECT c.clause_id FROM clauses c JOIN documents d ON d.doc_id = c.doc_id "
                               "WHERE c.kind = 'item' AND c.clause_id NOT IN "
                               "(SELECT clause_id FROM assignments WHERE kind = 'lead') ORDER BY d.source_file, c.seq")
    assert got["unassigned"]["clause_id"].tolist() == [r[0] for r in unassigned]
    assert list(got["unassigned"].columns) == ["source_file", "clause_id", "label", "text"]
    assert rows(got["other_agencies"]) == sql(seed_con, "SELECT name, locality, note FROM agencies "
                                                         "WHERE role = 'other' ORDER BY name")
    assert len(got["other_agencies"]) > 0
    dropped = sql(seed_con, "SELECT d.source_file, t.text FROM dropped_text t JOIN documents d ON d.doc_id = t.doc_id "
                            "ORDER BY d.source_file, t.start_char")
    assert rows(got["dropped"]) == dropped and len(dropped) > 0
    loaded = sql(seed_con, "SELECT d.source_file, count(*) FROM documents d JOIN clauses c ON c.doc_id = d.doc_id "
                           "GROUP BY 1 ORDER BY 1")
    assert rows(got["loaded"], ["source_file", "n_clauses"]) == loaded
    assert {"encoding", "wrapped", "body_coverage", "locality", "year", "doc_type"} <= set(got["loaded"].columns)
    assert list(got["rejected"].columns) == ["source_file", "reason", "duplicate_of"]


# --- one document ---------------------------------------------------------------------------------------

@pytest.fixture
def doc_id(seed_con) -> str:
    """The Lạng Sơn 2023 directive: items with leads, supports and recurring duties."""
    return sql(seed_con, "SELECT doc_id FROM documents WHERE locality = 'Lạng Sơn' AND year = 2023")[0][0]


def test_document_and_its_clauses_with_roles_and_duties(m, seed_con, doc_id):
    assert q.document(m, doc_id)["doc_id"].tolist() == [doc_id]
    assert q.document(m, "no-such-id").empty
    got = q.clauses(m, doc_id)
    ids = [r[0] for r in sql(seed_con, "SELECT clause_id FROM clauses WHERE doc_id = ? ORDER BY seq", [doc_id])]
    assert got["clause_id"].tolist() == ids
    assert {"seq", "label", "parent_id", "kind", "text", "start_char", "end_char"} <= set(got.columns)

    def roles(kind):
        out = {}
        for cid, role in sql(seed_con, "SELECT a.clause_id, ag.role FROM assignments a JOIN agencies ag "
                                       "ON ag.agency_id = a.agency_id WHERE a.kind = ?", [kind]):
            out.setdefault(cid, set()).add(role)
        return out

    lead, support = roles("lead"), roles("support")
    duties: dict[str, set] = {}
    for cid, duty in sql(seed_con, "SELECT clause_id, duty_id FROM duty_clauses"):
        duties.setdefault(cid, set()).add(duty)
    split = lambda v: set(v.split(", ")) if isinstance(v, str) else set()  # noqa: E731
    for r in got.itertuples():
        assert split(r.lead) == lead.get(r.clause_id, set()), r.text
        assert split(r.support) == support.get(r.clause_id, set()), r.text
        assert split(r.duties) == duties.get(r.clause_id, set()), r.text
    assert got["lead"].notna().sum() > 5 and got["support"].notna().sum() > 0 and got["duties"].notna().sum() > 5


def test_agency_spans_give_each_place_its_part(m, seed_con, doc_id):
    got = q.agency_spans(m, doc_id)
    want = {}
    rank = {"doer": 0, "helper": 1}
    for cid, part, s, e, name in sql(
            seed_con, "SELECT m.clause_id, m.part, m.start_char, m.end_char, ag.name FROM agency_mentions m "
                      "JOIN agencies ag ON ag.agency_id = m.agency_id JOIN clauses c ON c.clause_id = m.clause_id "
                      "WHERE c.doc_id = ? AND m.start_char IS NOT NULL", [doc_id]):
        kind = {"doer": "lead", "helper": "support"}.get(part, part)
        old = want.get((cid, s))
        if old is None or rank.get(part, 2) < old[0]:
            want[(cid, s)] = (rank.get(part, 2), kind, e, name)
    assert {(r.clause_id, r.start_char): (r.kind, r.end_char, r.name) for r in got.itertuples()} == \
        {k: v[1:] for k, v in want.items()}
    assert len(got) == len(want)
    assert {"lead", "support"} <= set(got["kind"])
    assert list(got[["clause_id", "start_char"]].itertuples(index=False)) == \
        sorted(got[["clause_id", "start_char"]].itertuples(index=False))
    assert got["role"].notna().all()


def test_implementing_lists_documents_of_one_national_directive(m, seed_con):
    directive = sql(seed_con, "SELECT implements FROM documents WHERE implements IS NOT NULL LIMIT 1")[0][0]
    got = q.implementing(m, directive)
    assert got["doc_id"].tolist() == [r[0] for r in sql(
        seed_con, "SELECT doc_id FROM documents WHERE implements = ? ORDER BY year DESC, locality", [directive])]
    assert len(got) >= 1 and {"locality", "year", "doc_type", "number", "source_file"} <= set(got.columns)
    assert q.implementing(m, "99/CT-TTg").empty


def test_dropped_text_offsets(m, seed_con):
    doc = sql(seed_con, "SELECT doc_id FROM dropped_text GROUP BY 1 ORDER BY count(*) DESC LIMIT 1")[0][0]
    assert rows(q.dropped(m, doc)) == sql(seed_con, "SELECT start_char, end_char FROM dropped_text "
                                                      "WHERE doc_id = ? ORDER BY start_char", [doc])


def test_clause_tree_holds_every_clause_of_the_documents_asked(m, seed_con, doc_id):
    one = sql(seed_con, "SELECT clause_id FROM clauses WHERE doc_id = ? AND kind = 'item' LIMIT 1", [doc_id])[0][0]
    got = q.clause_tree(m, (one,))
    assert rows(got) == sql(seed_con, "SELECT clause_id, doc_id, seq, label, parent_id, kind FROM clauses "
                                      "WHERE doc_id = ? ORDER BY seq", [doc_id])
    assert q.clause_tree(m, ()).empty


# --- coverage ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("kinds", [("lead",), ("support",), ("lead", "support")])
def test_coverage_by_role_and_by_theme(m, seed_con, kinds):
    marks = ", ".join("?" for _ in kinds)
    got = q.coverage_role(m, kinds)
    want = sql(seed_con, "SELECT ag.role, d.locality, d.year, count(DISTINCT a.clause_id) FROM assignments a "
                         "JOIN agencies ag ON ag.agency_id = a.agency_id JOIN clauses c ON c.clause_id = a.clause_id "
                         f"JOIN documents d ON d.doc_id = c.doc_id WHERE a.kind IN ({marks}) GROUP BY ALL", list(kinds))
    assert sorted(rows(got, ["role", "locality", "year", "n_clauses"])) == sorted(want)
    theme = q.coverage_theme(m, kinds)
    want = sql(seed_con, "SELECT s.theme, ag.role, count(DISTINCT (s.statement_id, a.kind)) FROM statements s "
                         "JOIN assignments a ON a.clause_id = s.clause_id JOIN agencies ag ON ag.agency_id = a.agency_id "
                         f"WHERE a.kind IN ({marks}) GROUP BY ALL", list(kinds))
    assert sorted(rows(theme, ["theme", "role", "n_statements"])) == sorted(want)
    assert str(theme["n_statements"].dtype) == "int32"


def test_a_coverage_cell_lists_its_clauses(m, seed_con):
    base = ("SELECT DISTINCT c.clause_id, a.kind FROM assignments a JOIN agencies ag ON ag.agency_id = a.agency_id "
            "JOIN clauses c ON c.clause_id = a.clause_id JOIN documents d ON d.doc_id = c.doc_id "
            "WHERE ag.role = 'police' AND a.kind IN ('lead', 'support') ")
    got = q.cell_clauses(m, "police", ("lead", "support"), "Lạng Sơn", 2023)
    assert sorted(rows(got, ["clause_id", "kind"])) == sorted(
        sql(seed_con, base + "AND d.locality = 'Lạng Sơn' AND d.year = 2023"))
    assert "seq" not in got.columns and {"doc_id", "locality", "year", "label", "agency", "text"} <= set(got.columns)
    everywhere = q.cell_clauses(m, "police", ("lead", "support"))
    assert sorted(rows(everywhere, ["clause_id", "kind"])) == sorted(sql(seed_con, base))
    assert len(everywhere) > len(got) > 0
    keys = list(zip(everywhere["locality"], everywhere["year"]))
    assert keys == sorted(keys)
    assert sorted(rows(q.cell_clauses(m, "police", ("lead",), year=2024), ["clause_id"])) == sorted(
        (r[0],) for r in sql(seed_con, base + "AND a.kind = 'lead' AND d.year = 2024"))
    theme = sql(seed_con, "SELECT s.theme FROM statements s JOIN assignments a ON a.clause_id = s.clause_id "
                          "JOIN agencies ag ON ag.agency_id = a.agency_id WHERE ag.role = 'police' "
                          "GROUP BY 1 ORDER BY count(*) DESC LIMIT 1")[0][0]
    by_theme = q.cell_clauses(m, "police", ("lead", "support"), theme=theme)
    assert sorted(rows(by_theme, ["clause_id", "kind"])) == sorted(sql(
        seed_con, base + "AND c.clause_id IN (SELECT clause_id FROM statements WHERE theme = ?)", [theme]))
    assert 0 < len(by_theme) < len(everywhere)


# --- changes, gaps, compare, draft ------------------------------------------------------------------------

def test_changes_between_two_years_carry_both_documents(m, seed_con):
    got = q.changes(m, "Lạng Sơn", 2023, "Lạng Sơn", 2024)
    macro = sql(seed_con, "SELECT duty_id, status, statement_a, statement_b FROM changes('Lạng Sơn', 2023, "
                          "'Lạng Sơn', 2024)")
    assert sorted(rows(got, ["duty_id", "status", "statement_a", "statement_b"]), key=str) == sorted(macro, key=str)
    assert got["duty_id"].tolist() == sorted(got["duty_id"])
    doc_of = dict(sql(seed_con, "SELECT clause_id, doc_id FROM clauses"))
    a = sql(seed_con, "SELECT doc_id FROM documents WHERE locality = 'Lạng Sơn' AND year = 2023")[0][0]
    for r in got.itertuples():
        assert text(r.doc_a_id) == (doc_of[r.clause_a] if isinstance(r.clause_a, str) else None)
        assert text(r.doc_b_id) == (doc_of[r.clause_b] if isinstance(r.clause_b, str) else None)
    assert set(got["doc_a_id"].dropna()) == {a}
    by_doc = q.changes(m, None, None, None, None, doc_a=a, doc_b=a)
    assert set(by_doc["status"]) == {"unchanged"}


@pytest.mark.parametrize("scope", ["same_year", "previous_year", "all"])
def test_gaps_rank_missing_duties_by_how_widely_they_appear(m, seed_con, scope):
    got = q.gaps(m, "Hải Phòng", 2024, scope, None)
    macro = sql(seed_con, "SELECT duty_id, n_docs FROM gaps('Hải Phòng', 2024, scope := ?)", [scope])
    assert sorted(rows(got, ["duty_id", "n_docs"])) == sorted(macro)
    assert list(zip(-got["n_docs"], got["duty_id"])) == sorted(zip(-got["n_docs"], got["duty_id"]))
    doc_of = dict(sql(seed_con, "SELECT clause_id, doc_id FROM clauses"))
    assert [doc_of.get(c) for c in got["example_clause"]] == got["example_doc"].tolist()
    if scope != "previous_year":
        assert len(got) > 0
    one = sql(seed_con, "SELECT doc_id FROM documents WHERE locality = 'Hải Phòng' ORDER BY doc_id LIMIT 1")[0][0]
    by_doc = q.gaps(m, None, None, scope, one)
    assert sorted(rows(by_doc, ["duty_id"])) == sorted(
        (r[0],) for r in sql(seed_con, "SELECT duty_id FROM gaps(NULL, NULL, scope := ?, doc := ?)", [scope, one]))


def test_clause_pairs_of_two_documents_pair_as_on_the_changes_page(m, seed_con):
    """Compare pairs two clauses when their statements pair as on the Changes page (linked by the aligner, or never
    compared and sharing the pair floor of their words), not when they merely share a duty: a duty joins statements
    through each other, and two of its members may share little. A linked pair keeps the link's score."""
    a = sql(seed_con, "SELECT doc_id FROM documents WHERE locality = 'Lạng Sơn' AND year = 2023")[0][0]
    b = sql(seed_con, "SELECT doc_id FROM documents WHERE locality = 'Lạng Sơn' AND year = 2024")[0][0]
    got = q.clause_pairs(m, a, b)
    within = sql(seed_con, "SELECT x.clause_id, y.clause_id, x.node_id, y.node_id, word_similarity(x.text, y.text) "
                           "FROM duty_occurrences x JOIN duty_occurrences y ON x.duty_id = y.duty_id "
                           "WHERE x.doc_id = ? AND y.doc_id = ?", [a, b])
    links = {}
    for la, lb, score in sql(seed_con, "SELECT a, b, score FROM links"):
        links[frozenset((la, lb))] = max(score, links.get(frozenset((la, lb)), 0))
    linked: dict = {}
    pairing = set()
    for ca, cb, na, nb, sim in within:
        score = 100.0 if na == nb else links.get(frozenset((na, nb)))
        if score is not None:
            linked[(ca, cb)] = max(score, linked.get((ca, cb), 0))
        if score is not None or sim >= 20:
            pairing.add((ca, cb))
    assert len(linked) > 3 and len({(ca, cb) for ca, cb, *_ in within}) > len(pairing)  # some share a duty only
    assert sorted(rows(got, ["clause_a", "clause_b"])) == sorted(pairing)
    assert got["score"].tolist() == sorted(got["score"], reverse=True)
    assert got["score"].between(0, 100).all()
    scores = {(r.clause_a, r.clause_b): r.score for r in got.itertuples()}
    assert all(scores[k] >= round(s, 1) for k, s in linked.items())
    same = q.clause_pairs(m, a, a)
    assert (same.loc[same["clause_a"] == same["clause_b"], "score"] == 100).all()
    for r in got.itertuples():
        duties = {d for (d,) in sql(seed_con, "SELECT x.duty_id FROM duty_occurrences x JOIN duty_occurrences y "
                                              "ON x.duty_id = y.duty_id WHERE x.clause_id = ? AND y.clause_id = ? "
                                              "AND x.doc_id = ? AND y.doc_id = ?", [r.clause_a, r.clause_b, a, b])}
        assert set(r.duties.split(", ")) <= duties


def test_occurrences_outside_the_checked_documents(m, seed_con):
    duty = sql(seed_con, "SELECT duty_id FROM duties ORDER BY n_docs DESC, duty_id LIMIT 1")[0][0]
    docs = sql(seed_con, "SELECT DISTINCT doc_id FROM duty_occurrences WHERE duty_id = ? ORDER BY 1", [duty])
    assert len(docs) >= 3
    got = q.occurrences(m, (duty,), (docs[0][0],))
    assert sorted(got["statement_id"]) == sorted(r[0] for r in sql(
        seed_con, "SELECT statement_id FROM duty_occurrences WHERE duty_id = ? AND doc_id <> ?", [duty, docs[0][0]]))
    assert docs[0][0] not in set(got["doc_id"])
    assert got["year"].tolist() == sorted(got["year"], reverse=True)
    assert len(q.occurrences(m, (duty,))) == len(got) + len(q.occurrences(m, (duty,), tuple(d for d, in docs[1:])))
    assert {"text", "lead_roles", "locality", "doc_type", "clause_id"} <= set(got.columns)


def test_side_statements_of_a_locality_year_or_a_document(m, seed_con):
    got = q.side_statements(m, "Hải Phòng", 2024, None)
    want = sql(seed_con, "SELECT s.statement_id FROM statements s JOIN clauses c ON c.clause_id = s.clause_id "
                         "JOIN documents d ON d.doc_id = c.doc_id JOIN duty_clauses dc ON dc.statement_id = s.statement_id "
                         "WHERE d.locality = 'Hải Phòng' AND d.year = 2024")
    assert sorted(got["statement_id"]) == sorted(r[0] for r in want) and len(want) > 10
    assert list(zip(got["doc_id"], got["statement_id"])) == sorted(zip(got["doc_id"], got["statement_id"]))
    doc = got["doc_id"].iloc[0]
    assert set(q.side_statements(m, None, None, doc)["doc_id"]) == {doc}
    assert {"match_text", "theme", "lead_roles", "text", "duty_id", "clause_id"} <= set(got.columns)


def test_draft_pool_holds_last_year_here_and_this_year_elsewhere(m, seed_con):
    got = q.draft_pool(m, "Lạng Sơn", 2024)
    want = sql(seed_con, "SELECT statement_id, CASE WHEN locality = 'Lạng Sơn' THEN 'previous_year' "
                         "ELSE 'same_year' END FROM duty_occurrences WHERE (locality = 'Lạng Sơn' AND year = 2023) "
                         "OR (locality <> 'Lạng Sơn' AND year = 2024)")
    assert sorted(rows(got, ["statement_id", "side"])) == sorted(want)
    assert {"previous_year", "same_year"} == set(got["side"])
    keys = list(zip(got["locality"], got["year"], got["statement_id"]))
    assert keys == sorted(keys)
    assert {"match_text", "theme", "lead_roles", "text", "duty_id", "doc_type"} <= set(got.columns)
    nowhere = q.draft_pool(m, None, 2024)  # a draft whose locality is not known: every document of the year
    assert sorted(nowhere["statement_id"]) == sorted(r[0] for r in sql(
        seed_con, "SELECT statement_id FROM duty_occurrences WHERE year = 2024"))


def test_match_text_of_some_statements(m, seed_con):
    ids = tuple(r[0] for r in sql(seed_con, "SELECT statement_id FROM statements ORDER BY 1 LIMIT 7"))
    got = q.occurrences_match_text(m, ids)
    assert sorted(rows(got)) == sorted(sql(seed_con, "SELECT statement_id, match_text, theme FROM statements "
                                                     "WHERE statement_id IN (SELECT unnest(?))", [list(ids)]))


# --- Explore --------------------------------------------------------------------------------------------

def test_filter_options(m, seed_con):
    got = q.filter_options(m)
    # agency names in Vietnamese alphabetical order: "Đoàn …" after "Công an …", not after "UBND …"
    names = [r[0] for r in sql(seed_con, "SELECT DISTINCT name FROM agencies")]
    assert sorted(got["agency"]) == sorted(names)
    firsts = [n[0].upper() for n in got["agency"]]
    assert firsts.index("Đ") < firsts.index("U") and max(firsts.index("D"), firsts.index("C")) < firsts.index("Đ")
    assert got["doc_type"] == sorted({r[0] for r in sql(seed_con, "SELECT doc_type FROM documents")} - {None})
    assert got["duty"] == [r[0] for r in sql(seed_con, "SELECT duty_id FROM duties ORDER BY n_docs DESC, duty_id")]
    assert got["duty_label"] == [r[0] for r in sql(seed_con, "SELECT label FROM duties ORDER BY n_docs DESC, duty_id")]


EXPLORE_BASE = ("SELECT c.clause_id, coalesce(ag.name, ''), coalesce(a.kind, '') FROM clauses c "
                "JOIN documents d ON d.doc_id = c.doc_id LEFT JOIN assignments a ON a.clause_id = c.clause_id "
                "LEFT JOIN agencies ag ON ag.agency_id = a.agency_id WHERE ")


def shown(df):
    return sorted((cid, ag if isinstance(ag, str) else "", k if isinstance(k, str) else "")
                  for cid, ag, k in zip(df["clause_id"], df["agency"], df["kind"]))


@pytest.mark.parametrize("filters,where,params", [
    ({}, "TRUE", []),
    ({"localities": ["Hải Phòng"]}, "d.locality = ?", ["Hải Phòng"]),
    ({"years": [2022, 2023]}, "d.year IN (2022, 2023)", []),
    ({"doc_types": ["Thông báo"]}, "d.doc_type = ?", ["Thông báo"]),
    ({"roles": ["police", "health"]}, "ag.role IN ('police', 'health')", []),
    ({"kinds": ["support"]}, "a.kind = 'support'", []),
    ({"agencies": ["Công an tỉnh"]}, "ag.name = ?", ["Công an tỉnh"]),
    ({"localities": ["Lạng Sơn"], "kinds": ["lead"], "years": [2024]},
     "d.locality = 'Lạng Sơn' AND a.kind = 'lead' AND d.year = 2024", []),
], ids=["all", "locality", "years", "type", "roles", "support", "agency", "combined"])
def test_explore_filters_equal_an_independent_query(m, seed_con, filters, where, params):
    got = q.explore(m, **{k: tuple(v) for k, v in filters.items()})
    want = sorted(sql(seed_con, EXPLORE_BASE + where, params))
    assert shown(got) == want and len(want) > 0


def test_explore_by_document_theme_duty_and_search(m, seed_con, doc_id):
    assert {r[0] for r in shown(q.explore(m, docs=(doc_id,)))} == {
        r[0] for r in sql(seed_con, "SELECT clause_id FROM clauses WHERE doc_id = ?", [doc_id])}
    theme = sql(seed_con, "SELECT theme FROM statements GROUP BY 1 ORDER BY count(*) DESC LIMIT 1")[0][0]
    assert {r[0] for r in shown(q.explore(m, themes=(theme,)))} == {
        r[0] for r in sql(seed_con, "SELECT clause_id FROM statements WHERE theme = ?", [theme])}
    duty = sql(seed_con, "SELECT duty_id FROM duties ORDER BY n_docs DESC, duty_id LIMIT 1")[0][0]
    assert {r[0] for r in shown(q.explore(m, duties=(duty,)))} == {
        r[0] for r in sql(seed_con, "SELECT clause_id FROM duty_clauses WHERE duty_id = ?", [duty])}
    accented = {r[0] for r in shown(q.explore(m, search="công nghệ cao"))}
    assert accented and accented == {r[0] for r in shown(q.explore(m, search="  CONG NGHE CAO "))}
    assert {r[0] for r in shown(q.explore(m, search="dam bao"))} == {r[0] for r in shown(q.explore(m, search="đảm bảo"))}
    assert q.explore(m, search="100%_").empty  # "%" and "_" are characters, not wildcards
    got = q.explore(m, localities=("Lạng Sơn",))
    keys = list(zip(got["locality"], got["year"], got["doc_id"]))
    assert keys == sorted(keys)
    assert {"doc_type", "label", "clause_kind", "text", "role", "themes", "duties"} <= set(got.columns)


def test_facets_count_clauses_per_filter_value(m, seed_con):
    got = q.facets(m)
    assert got["locality"] == dict(sql(seed_con, "SELECT locality, count(*) FROM clauses c JOIN documents d "
                                                 "ON d.doc_id = c.doc_id GROUP BY 1"))
    assert got["year"] == {str(y): n for y, n in sql(seed_con, "SELECT d.year, count(*) FROM clauses c "
                                                               "JOIN documents d ON d.doc_id = c.doc_id GROUP BY 1")}
    assert got["doc"] == dict(sql(seed_con, "SELECT doc_id, count(*) FROM clauses GROUP BY 1"))
    assert got["kind"] == dict(sql(seed_con, "SELECT kind, count(DISTINCT clause_id) FROM assignments GROUP BY 1"))
    assert got["role"] == dict(sql(seed_con, "SELECT ag.role, count(DISTINCT a.clause_id) FROM assignments a "
                                             "JOIN agencies ag ON ag.agency_id = a.agency_id GROUP BY 1"))
    assert got["agency"] == dict(sql(seed_con, "SELECT ag.name, count(DISTINCT a.clause_id) FROM assignments a "
                                               "JOIN agencies ag ON ag.agency_id = a.agency_id GROUP BY 1"))
    assert got["theme"] == dict(sql(seed_con, "SELECT theme, count(DISTINCT clause_id) FROM statements "
                                              "WHERE theme IS NOT NULL GROUP BY 1"))
    assert got["duty"] == dict(sql(seed_con, "SELECT duty_id, count(DISTINCT clause_id) FROM duty_clauses GROUP BY 1"))
    assert set(got["doc_type"]) == {r[0] for r in sql(seed_con, "SELECT DISTINCT doc_type FROM documents")}


def edited_copy(seed_db, tmp_path, monkeypatch, *statements: str):
    """A copy of the seed build with some rows changed, read by the dashboard (as an older or hand-edited file)."""
    path = tmp_path / "edited.duckdb"
    path.write_bytes(seed_db.read_bytes())
    con = duckdb.connect(str(path))
    for s in statements:
        con.execute(s)
    con.close()
    monkeypatch.setenv("DIRECTIVES_DB", str(path))
    return q.db_mtime()


def test_a_setting_the_dashboard_does_not_know_shows_without_meaning(seed_db, tmp_path, monkeypatch):
    m = edited_copy(seed_db, tmp_path, monkeypatch, "INSERT INTO settings VALUES ('old_threshold', 50.0)")
    th = q.thresholds(m).set_index("name")
    assert th.loc["old_threshold", "help"] == ""
    assert th.loc["link_threshold", "help"] != ""


def test_a_place_named_as_doer_and_as_mention_shows_as_lead(seed_db, tmp_path, monkeypatch, seed_con):
    doc, cid, start = sql(seed_con, "SELECT c.doc_id, m.clause_id, m.start_char FROM agency_mentions m JOIN clauses c "
                                    "ON c.clause_id = m.clause_id WHERE m.part = 'doer' AND m.start_char IS NOT NULL "
                                    "ORDER BY 1, 2, 3 LIMIT 1")[0]
    # the same place once more as a plain mention and as a helper (rows sorted before the doer by their ids)
    m = edited_copy(seed_db, tmp_path, monkeypatch, *(
        f"INSERT INTO agency_mentions SELECT m.clause_id, '!' || m.statement_id, m.agency_id, '{part}', m.rule, "
        f"m.start_char, m.end_char FROM agency_mentions m WHERE m.clause_id = '{cid}' AND m.start_char = {start} "
        "AND m.part = 'doer'" for part in ("mention", "helper", "recipient")),
        # stored with the doer last, so a query that did not rank the parts would not find it first
        "CREATE TEMP TABLE t AS SELECT * FROM agency_mentions", "DELETE FROM agency_mentions",
        "INSERT INTO agency_mentions SELECT * FROM t ORDER BY part = 'doer', part DESC")
    spans = q.agency_spans(m, doc)
    here = spans[(spans["clause_id"] == cid) & (spans["start_char"] == start)]
    assert here["kind"].tolist() == ["lead"]
