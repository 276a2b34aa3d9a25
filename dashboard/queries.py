"""The only reader of the database: cached functions returning DataFrames.

The file is attached read-only to a fresh in-memory connection keyed on its modification time, so a
rebuild that replaces the file is picked up by the next query and never seen half-written. Every cached
function takes that modification time first, so its results follow a rebuild too. Values from the user
are always bound parameters; list filters are bound as typed lists (`= ANY($x::VARCHAR[])`).
"""

from __future__ import annotations

import os
from dataclasses import fields
from pathlib import Path

import duckdb
import pandas as pd
import streamlit as st

from etl.config import Settings

# What the dashboard needs from a build; anything missing means the file predates the current ETL.
REQUIRED_RELATIONS = (
    "documents", "clauses", "agencies", "assignments", "statements", "duties", "duty_clauses", "themes",
    "roles", "rejected_files", "build_info", "settings", "warnings", "document_fields", "dropped_text",
    "duty_occurrences", "clause_assignments", "explore_rows", "coverage_role_doc", "coverage_theme_role",
)
REQUIRED_MACROS = ("changes", "gaps")
REQUIRED_BUILD_KEYS = ("built_at", "etl_version", "seconds")

# Accent-insensitive form of a text: lower case, tone and vowel marks removed, đ folded to d.
FOLD = "replace(strip_accents(lower({})), 'đ', 'd')"


def db_path() -> Path:
    return Settings.from_env().db_path


def db_mtime() -> int | None:
    try:
        return os.stat(db_path()).st_mtime_ns
    except FileNotFoundError:
        return None


@st.cache_resource(max_entries=1, on_release=lambda con: con.close())
def _connection(path: str, mtime_ns: int) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute(f"ATTACH '{path}' AS db (READ_ONLY)")  # path comes from settings, never from a user
    con.execute("USE db")
    return con


def query(sql: str, params: list | dict | None = None) -> pd.DataFrame:
    """Run one read-only query with bound parameters."""
    path = db_path()
    cur = _connection(str(path), os.stat(path).st_mtime_ns).cursor()
    try:
        cur.execute("USE db")
        # Through Arrow: .df() takes ~270 ms for Explore's 80,000 rows, Arrow then pandas ~40 ms.
        return cur.sql(sql, params=params or None).to_arrow_table().to_pandas(date_as_object=False)
    finally:
        cur.close()


@st.cache_data(show_spinner=False)
def schema_problems(mtime: int) -> list[str]:
    """What is missing from the file for this dashboard; empty when the build is current."""
    try:
        names = set(query("SELECT table_name AS n FROM duckdb_tables() WHERE database_name = 'db' "
                          "UNION SELECT view_name FROM duckdb_views() WHERE database_name = 'db'")["n"])
        macros = set(query("SELECT function_name AS n FROM duckdb_functions() "
                           "WHERE database_name = 'db' AND function_type = 'table_macro'")["n"])
    except duckdb.Error as exc:
        return [f"{type(exc).__name__}: {exc}".splitlines()[0]]
    problems = [f"table/view `{n}`" for n in REQUIRED_RELATIONS if n not in names]
    problems += [f"macro `{n}(...)`" for n in REQUIRED_MACROS if n not in macros]
    if "build_info" in names:
        keys = set(query("SELECT key FROM build_info")["key"])
        problems += [f"build_info `{k}`" for k in REQUIRED_BUILD_KEYS if k not in keys]
    return problems


@st.cache_data(show_spinner=False)
def build_info(mtime: int) -> pd.DataFrame:
    return query("SELECT key, value FROM build_info ORDER BY key")


@st.cache_data(show_spinner=False)
def thresholds(mtime: int) -> pd.DataFrame:
    """The matching settings the build used, with what each one means (from etl.config.Settings)."""
    df = query("SELECT name, value FROM settings ORDER BY name")
    meaning = {f.name: f.metadata.get("help", "") for f in fields(Settings)}
    return df.assign(help=df["name"].map(meaning).fillna(""))


@st.cache_data(show_spinner=False)
def counts(mtime: int) -> dict[str, int]:
    row = query(
        "SELECT (SELECT count(*) FROM documents) AS documents, "
        "(SELECT count(DISTINCT locality) FROM documents) AS localities, "
        "(SELECT count(DISTINCT year) FROM documents) AS years, "
        "(SELECT count(*) FROM clauses) AS clauses, "
        "(SELECT count(*) FROM agencies) AS agencies, "
        "(SELECT count(*) FROM assignments) AS assignments, "
        "(SELECT count(*) FROM duties) AS duties, "
        "(SELECT count(*) FROM duties WHERE n_docs >= 2) AS recurring, "
        "(SELECT count(*) FROM rejected_files) AS rejected"
    )
    return {k: int(v) for k, v in row.iloc[0].items()}


@st.cache_data(show_spinner=False)
def labels(mtime: int, table: str) -> pd.DataFrame:
    """Role or theme labels: code, label_vi, label_en."""
    key = {"roles": "role", "themes": "theme"}[table]  # table names from this fixed list only
    return query(f"SELECT {key} AS code, label_vi, label_en FROM {table} ORDER BY {key}")


@st.cache_data(show_spinner=False)
def documents(mtime: int) -> pd.DataFrame:
    return query(
        "SELECT doc_id, source_file, locality, year, doc_type, issuer, number, issued_date, signer, title, "
        "implements, (SELECT count(*) FROM clauses c WHERE c.doc_id = d.doc_id) AS n_clauses "
        "FROM documents d ORDER BY locality COLLATE vi, year, source_file"
    )


@st.cache_data(show_spinner=False)
def loaded_hashes(mtime: int) -> dict[str, str]:
    """content_sha256 -> source file of every loaded document (duplicate check on upload)."""
    df = query("SELECT content_sha256, source_file FROM documents")
    return dict(zip(df["content_sha256"], df["source_file"]))


@st.cache_data(show_spinner=False)
def document(mtime: int, doc_id: str) -> pd.DataFrame:
    return query("SELECT * FROM documents WHERE doc_id = ?", [doc_id])


@st.cache_data(show_spinner=False)
def clauses(mtime: int, doc_id: str) -> pd.DataFrame:
    """Clauses of a document in reading order, with the roles they assign."""
    return query(
        "SELECT c.clause_id, c.seq, c.label, c.parent_id, c.kind, c.text, c.start_char, c.end_char, "
        "string_agg(DISTINCT CASE WHEN a.kind = 'lead' THEN ag.role END, ', ') AS lead, "
        "string_agg(DISTINCT CASE WHEN a.kind = 'support' THEN ag.role END, ', ') AS support, "
        "(SELECT string_agg(DISTINCT dc.duty_id, ', ') FROM duty_clauses dc WHERE dc.clause_id = c.clause_id) "
        "AS duties "
        "FROM clauses c LEFT JOIN assignments a USING (clause_id) LEFT JOIN agencies ag USING (agency_id) "
        "WHERE c.doc_id = ? GROUP BY ALL ORDER BY c.seq",
        [doc_id],
    )


@st.cache_data(show_spinner=False)
def agency_spans(mtime: int, doc_id: str) -> pd.DataFrame:
    """Where each clause names an agency, with the part it plays there (offsets in the clause text).

    From agency_mentions: doers show as 'lead', helpers as 'support', and requesters, report recipients
    and plain mentions keep their own part; `rule` says which rule decided. One row per place, the first
    mention of a place winning."""
    return query(
        "SELECT DISTINCT ON (m.clause_id, m.start_char) m.clause_id, "
        "CASE m.part WHEN 'doer' THEN 'lead' WHEN 'helper' THEN 'support' ELSE m.part END AS kind, "
        "m.start_char, m.end_char, ag.name, ag.role, m.rule FROM agency_mentions m "
        "JOIN agencies ag USING (agency_id) JOIN clauses c USING (clause_id) "
        "WHERE c.doc_id = ? AND m.start_char IS NOT NULL "
        "ORDER BY m.clause_id, m.start_char, CASE m.part WHEN 'doer' THEN 0 WHEN 'helper' THEN 1 ELSE 2 END",
        [doc_id],
    )


@st.cache_data(show_spinner=False)
def implementing(mtime: int, directive: str) -> pd.DataFrame:
    """Documents that implement the same national directive (e.g. 15/CT-TTg)."""
    return query("SELECT doc_id, locality, year, doc_type, number, source_file FROM documents "
                 "WHERE implements = ? ORDER BY year DESC, locality COLLATE vi", [directive])


@st.cache_data(show_spinner=False)
def coverage_role(mtime: int, kinds: tuple[str, ...]) -> pd.DataFrame:
    """Clauses per role and locality-year (a clause counted once per role)."""
    return query(
        "SELECT ag.role, d.locality, d.year, count(DISTINCT a.clause_id) AS n_clauses "
        "FROM assignments a JOIN agencies ag USING (agency_id) JOIN clauses c USING (clause_id) "
        "JOIN documents d USING (doc_id) WHERE a.kind = ANY($kinds::VARCHAR[]) GROUP BY ALL",
        {"kinds": list(kinds)},
    )


@st.cache_data(show_spinner=False)
def coverage_theme(mtime: int, kinds: tuple[str, ...]) -> pd.DataFrame:
    return query(
        "SELECT theme, role, sum(n_statements)::INTEGER AS n_statements FROM coverage_theme_role "
        "WHERE kind = ANY($kinds::VARCHAR[]) GROUP BY ALL",
        {"kinds": list(kinds)},
    )


@st.cache_data(show_spinner=False)
def cell_clauses(mtime: int, role: str, kinds: tuple[str, ...], locality: str | None = None,
                 year: int | None = None, theme: str | None = None) -> pd.DataFrame:
    """The clauses behind one coverage cell: a role in a locality-year, or a role on a theme."""
    return query(
        # one row per clause and part: a clause may name two agencies of one role ("Công an tỉnh chỉ đạo Công an
        # các huyện …"), listed together
        "SELECT c.clause_id, d.doc_id, d.locality, d.year, c.label, a.kind, "
        "string_agg(DISTINCT ag.name, '; ' ORDER BY ag.name) AS agency, c.text, c.seq "
        "FROM assignments a JOIN agencies ag USING (agency_id) JOIN clauses c USING (clause_id) "
        "JOIN documents d USING (doc_id) "
        "WHERE ag.role = $role AND a.kind = ANY($kinds::VARCHAR[]) "
        "AND ($loc IS NULL OR d.locality = $loc) AND ($year IS NULL OR d.year = $year) "
        "AND ($theme IS NULL OR EXISTS (SELECT 1 FROM statements s WHERE s.clause_id = c.clause_id "
        "AND s.theme = $theme)) GROUP BY c.clause_id, d.doc_id, d.locality, d.year, c.label, a.kind, c.text, c.seq "
        "ORDER BY d.locality, d.year, d.doc_id, c.seq",
        {"role": role, "kinds": list(kinds), "loc": locality, "year": year, "theme": theme},
    ).drop(columns="seq")


@st.cache_data(show_spinner=False)
def changes(mtime: int, loc_a: str | None, year_a: int | None, loc_b: str | None, year_b: int | None,
            doc_a: str | None = None, doc_b: str | None = None) -> pd.DataFrame:
    return query(
        "SELECT ch.*, ca.doc_id AS doc_a_id, cb.doc_id AS doc_b_id "
        "FROM changes(?, ?, ?, ?, doc_a := ?, doc_b := ?) ch "
        "LEFT JOIN clauses ca ON ca.clause_id = ch.clause_a LEFT JOIN clauses cb ON cb.clause_id = ch.clause_b "
        "ORDER BY ch.duty_id",
        [loc_a, year_a, loc_b, year_b, doc_a, doc_b],
    )


@st.cache_data(show_spinner=False)
def gaps(mtime: int, locality: str | None, year: int | None, scope: str, doc_id: str | None) -> pd.DataFrame:
    return query(
        "SELECT g.*, c.doc_id AS example_doc FROM gaps(?, ?, scope := ?, doc := ?) g "
        "LEFT JOIN clauses c ON c.clause_id = g.example_clause ORDER BY g.n_docs DESC, g.duty_id",
        [locality, year, scope, doc_id],
    )


def gap_occurrences(mtime: int, locality: str | None, year: int | None, scope: str,
                    doc_id: str | None) -> pd.DataFrame:
    """The evidence of gaps(): every statement of every missing duty in the comparison set, with its lead
    agencies by name (duty_occurrences.lead_names: its own, or its clause's when it names none of its own) and a
    hash of its matching text (two wordings are the same when their hashes are); its texts come from
    statement_texts for the few rows that need them. One query keyed by the target, not by the thousands of
    statement ids a national corpus gives (hashing those for the cache took seconds), and not cached itself: its
    one caller (dashboard.gap_lines) caches what it makes of these 40,000 rows."""
    return query(
        "WITH o AS (SELECT p.* FROM gap_pool($loc, $yr, scope := $scope, doc := $doc) p "
        "WHERE p.duty_id NOT IN (SELECT duty_id FROM side($loc, $yr, $doc))) "  # as gaps() decides
        "SELECT o.duty_id, o.statement_id, o.clause_id, o.doc_id, o.locality, o.year, o.lead_roles, o.lead_names, "
        "hash(o.match_text) AS wording_key FROM o "
        "ORDER BY o.duty_id, o.year DESC, o.locality, o.clause_id, o.statement_id",
        {"loc": locality, "yr": year, "scope": scope, "doc": doc_id})


def statement_texts(statement_ids: list[str]) -> pd.DataFrame:
    """Text, matching text, theme and the duty topics the build scored with, for some statements, in the
    order asked (uncached: called inside a cached caller)."""
    df = query("SELECT statement_id, text, match_text, theme, topics FROM statements "
               "WHERE statement_id = ANY($s::VARCHAR[])", {"s": list(statement_ids)})
    return df.set_index("statement_id").reindex(list(statement_ids)).reset_index()


@st.cache_data(show_spinner=False)
def clause_pairs(mtime: int, doc_a: str, doc_b: str) -> pd.DataFrame:
    """Clause pairs of two documents whose statements pair as on the Changes page (views.sql, statements_pair),
    with the best link score (100 for one wording; a text similarity for a pair never compared)."""
    return query(
        "WITH a AS (SELECT o.* FROM duty_occurrences o WHERE o.doc_id = $a), "
        "b AS (SELECT o.* FROM duty_occurrences o WHERE o.doc_id = $b), "
        "w AS (SELECT a.clause_id AS clause_a, b.clause_id AS clause_b, a.duty_id, a.node_id AS na, b.node_id AS nb, "
        "a.match_text AS ma, b.match_text AS mb, word_similarity(a.text, b.text) AS similarity "
        "FROM a JOIN b USING (duty_id)), "
        "p AS (SELECT clause_a, clause_b, duty_id, CASE WHEN na = nb THEN 100.0 ELSE coalesce("
        "link_score(na, nb), "
        "100.0 * (1 - levenshtein(ma, mb) / greatest(strlen(ma), strlen(mb), 1))) END AS score "
        "FROM w WHERE statements_pair(na, nb, similarity)) "
        "SELECT clause_a, clause_b, round(max(score), 1) AS score, string_agg(DISTINCT duty_id, ', ') AS duties "
        "FROM p GROUP BY ALL ORDER BY score DESC",
        {"a": doc_a, "b": doc_b},
    )


@st.cache_data(show_spinner=False)
def filter_options(mtime: int) -> dict[str, list]:
    """Distinct values for the Explore filters."""
    def col(sql: str) -> list:
        return query(sql).iloc[:, 0].tolist()
    return {
        "agency": col("SELECT DISTINCT name FROM agencies ORDER BY name COLLATE vi, name"),
        "doc_type": col("SELECT DISTINCT doc_type FROM documents WHERE doc_type IS NOT NULL ORDER BY 1"),
        "duty": col("SELECT duty_id FROM duties ORDER BY n_docs DESC, duty_id"),
        "duty_label": col("SELECT label FROM duties ORDER BY n_docs DESC, duty_id"),
    }


def _explore_filter(localities, years, doc_types, docs, roles, agencies, kinds, themes, duties,
                    search: str) -> tuple[str, dict]:
    """The WHERE clause of Explore over explore_rows (alias ca) and its bound values (empty = all)."""
    fold_q = FOLD.format("$q")
    return (
        "WHERE (len($loc::VARCHAR[]) = 0 OR ca.locality = ANY($loc::VARCHAR[])) "
        "AND (len($yr::INTEGER[]) = 0 OR ca.year = ANY($yr::INTEGER[])) "
        "AND (len($dt::VARCHAR[]) = 0 OR ca.doc_type = ANY($dt::VARCHAR[])) "
        "AND (len($doc::VARCHAR[]) = 0 OR ca.doc_id = ANY($doc::VARCHAR[])) "
        "AND (len($role::VARCHAR[]) = 0 OR ca.role = ANY($role::VARCHAR[])) "
        "AND (len($ag::VARCHAR[]) = 0 OR ca.agency = ANY($ag::VARCHAR[])) "
        "AND (len($kind::VARCHAR[]) = 0 OR ca.kind = ANY($kind::VARCHAR[])) "
        "AND (len($th::VARCHAR[]) = 0 OR list_has_any(ca.theme_list, $th::VARCHAR[])) "
        "AND (len($du::VARCHAR[]) = 0 OR list_has_any(ca.duty_list, $du::VARCHAR[])) "
        # contains(), not LIKE: "%" and "_" typed by a user are characters, not wildcards
        f"AND ($q = '' OR contains(ca.text_folded, {fold_q})) ",
        {"loc": list(localities), "yr": [int(y) for y in years], "dt": list(doc_types), "doc": list(docs),
         "role": list(roles), "ag": list(agencies), "kind": list(kinds), "th": list(themes),
         "du": list(duties), "q": search.strip()},
    )


@st.cache_data(show_spinner=False)
def explore(mtime: int, *, localities=(), years=(), doc_types=(), docs=(), roles=(), agencies=(), kinds=(),
            themes=(), duties=(), search: str = "", limit: int | None = None) -> pd.DataFrame:
    """One row per clause and agency it names, narrowed by every filter given (empty = all); only the
    first `limit` rows when given (the page shows a screenful, a download takes them all)."""
    where, params = _explore_filter(localities, years, doc_types, docs, roles, agencies, kinds, themes, duties,
                                    search)
    return query(
        "SELECT ca.clause_id, ca.doc_id, ca.locality, ca.year, ca.doc_type, ca.label, ca.clause_kind, ca.text, "
        "ca.agency, ca.role, ca.kind, ca.themes, ca.duties FROM explore_rows ca " + where +
        "ORDER BY ca.row_order"
        + (" LIMIT $limit" if limit is not None else ""),
        params | ({"limit": int(limit)} if limit is not None else {}),
    )


@st.cache_data(show_spinner=False)
def explore_count(mtime: int, **filters) -> tuple[int, int]:
    """(rows, distinct clauses) that explore() returns for the same filters, without fetching them."""
    where, params = _explore_filter(**{k: filters.get(k, ()) for k in (
        "localities", "years", "doc_types", "docs", "roles", "agencies", "kinds", "themes", "duties")},
        search=filters.get("search", ""))
    row = query("SELECT count(*) AS n, count(DISTINCT ca.clause_id) AS c FROM explore_rows ca " + where, params)
    return int(row["n"].iloc[0]), int(row["c"].iloc[0])


@st.cache_data(show_spinner=False)
def quality(mtime: int) -> dict[str, pd.DataFrame]:
    """Everything the Data quality page shows, one query each."""
    return {
        "rejected": query("SELECT source_file, reason, duplicate_of FROM rejected_files ORDER BY source_file"),
        "warnings": query("SELECT source_file, field, message FROM warnings ORDER BY source_file, field"),
        "fields": query(
            "SELECT d.source_file, f.field, f.value, f.source FROM document_fields f JOIN documents d USING (doc_id) "
            "WHERE f.source <> 'text' ORDER BY d.source_file, f.field"),
        "missing": query(
            "SELECT source_file, locality, year, doc_type, number, issued_date, signer, title, body_coverage "
            "FROM documents WHERE number IS NULL OR issued_date IS NULL OR signer IS NULL OR title IS NULL "
            "OR doc_type IS NULL OR body_coverage < 1 ORDER BY source_file"),
        "unassigned": query(
            "SELECT d.source_file, c.clause_id, c.label, c.text FROM clauses c JOIN documents d USING (doc_id) "
            "WHERE c.kind = 'item' AND NOT EXISTS (SELECT 1 FROM assignments a WHERE a.clause_id = c.clause_id "
            "AND a.kind = 'lead') ORDER BY d.source_file, c.seq"),
        "other_agencies": query("SELECT name, locality, note FROM agencies WHERE role = 'other' ORDER BY name"),
        "dropped": query(
            "SELECT d.source_file, t.text FROM dropped_text t JOIN documents d USING (doc_id) "
            "ORDER BY d.source_file, t.start_char"),
        "loaded": query(
            "SELECT d.source_file, d.locality, d.year, d.doc_type, d.encoding, d.wrapped, d.body_coverage, "
            "(SELECT count(*) FROM clauses c WHERE c.doc_id = d.doc_id) AS n_clauses "
            "FROM documents d ORDER BY d.source_file"),
    }


def raw_newer_than_db() -> bool:
    """True when a file in the input folder changed after the database was built (a stale build)."""
    raw, built = Settings.from_env().raw_dir, db_mtime()
    if built is None or not raw.is_dir():
        return False
    return any(p.is_file() and p.stat().st_mtime_ns > built for p in raw.iterdir())


@st.cache_data(show_spinner=False)
def dropped(mtime: int, doc_id: str) -> pd.DataFrame:
    return query("SELECT start_char, end_char FROM dropped_text WHERE doc_id = ? ORDER BY start_char", [doc_id])


@st.cache_data(show_spinner=False)
def clause_tree(mtime: int, clause_ids: tuple[str, ...]) -> pd.DataFrame:
    """The whole clause tree of the documents holding some clauses: item labels ("mục 2, điểm a") count
    siblings, so they need every clause of those documents."""
    return query("SELECT clause_id, doc_id, seq, label, parent_id, kind FROM clauses WHERE doc_id IN "
                 "(SELECT doc_id FROM clauses WHERE clause_id = ANY($c::VARCHAR[])) ORDER BY doc_id, seq",
                 {"c": list(clause_ids)})


@st.cache_data(show_spinner=False)
def clause_levels(mtime: int, clause_ids: tuple[str, ...]) -> pd.DataFrame:
    """What item labels of some clauses need, and no more: each clause and its ancestors with all their
    siblings (counted by marker), and every title, preamble or closing paragraph of a document where one
    of them is asked for. clause_tree gives whole documents: 40,000 rows for the Gaps page at national
    scale, where this gives the same labels from a fraction."""
    return query(
        "WITH RECURSIVE up(clause_id) AS (SELECT clause_id FROM clauses WHERE clause_id = ANY($c::VARCHAR[]) "
        "UNION SELECT c.parent_id FROM clauses c JOIN up USING (clause_id) WHERE c.parent_id IS NOT NULL), "
        "levels AS (SELECT DISTINCT c.doc_id, c.parent_id, c.kind IN ('title', 'preamble', 'closing') AS whole, "
        "c.kind FROM clauses c JOIN up USING (clause_id)) "
        "SELECT c.clause_id, c.doc_id, c.seq, c.label, c.parent_id, c.kind FROM clauses c WHERE EXISTS "
        "(SELECT 1 FROM levels l WHERE l.doc_id = c.doc_id AND CASE WHEN l.whole THEN c.kind = l.kind "
        "ELSE c.parent_id IS NOT DISTINCT FROM l.parent_id END) ORDER BY c.doc_id, c.seq",
        {"c": list(clause_ids)})


@st.cache_data(show_spinner=False)
def occurrences(mtime: int, duty_ids: tuple[str, ...], exclude_docs: tuple[str, ...] = ()) -> pd.DataFrame:
    """Every statement of some duties outside the given documents: where a missing duty appears."""
    return query(
        "SELECT o.duty_id, o.statement_id, o.clause_id, o.doc_id, o.locality, o.year, o.doc_type, o.text, "
        "o.lead_roles FROM duty_occurrences o WHERE o.duty_id = ANY($d::VARCHAR[]) "
        "AND NOT (o.doc_id = ANY($x::VARCHAR[])) ORDER BY o.duty_id, o.year DESC, o.locality, o.clause_id",
        {"d": list(duty_ids), "x": list(exclude_docs)})


@st.cache_data(show_spinner=False)
def side_statements(mtime: int, locality: str | None, year: int | None, doc_id: str | None) -> pd.DataFrame:
    """The duty statements of one side (a document, or every document of a locality-year)."""
    return query("SELECT duty_id, statement_id, clause_id, doc_id, text, match_text, theme, lead_roles, topics "
                 "FROM side(?, ?, ?) ORDER BY doc_id, statement_id", [locality, year, doc_id])


@st.cache_data(show_spinner=False)
def draft_pool(mtime: int, locality: str | None, year: int) -> pd.DataFrame:
    """What a draft for a locality-year is checked against: that locality's documents of the year before,
    and other localities' documents of the same year, each statement with its duty and lead roles."""
    return query(
        "SELECT o.duty_id, o.statement_id, o.clause_id, o.doc_id, o.locality, o.year, o.doc_type, o.text, "
        "o.match_text, o.theme, o.lead_roles, o.lead_names, "
        "CASE WHEN o.locality IS NOT DISTINCT FROM $loc AND o.year = $yr - 1 "
        "THEN 'previous_year' ELSE 'same_year' END AS side FROM duty_occurrences o "
        "WHERE (o.locality IS NOT DISTINCT FROM $loc AND o.year = $yr - 1) "
        "OR (o.locality IS DISTINCT FROM $loc AND o.year = $yr) ORDER BY o.locality, o.year, o.statement_id",
        {"loc": locality, "yr": int(year)})


@st.cache_data(show_spinner=False)
def occurrences_match_text(mtime: int, statement_ids: tuple[str, ...]) -> pd.DataFrame:
    """The normalised matching text and theme of some statements (for scoring them against a document)."""
    return query("SELECT statement_id, match_text, theme FROM statements WHERE statement_id = ANY($s::VARCHAR[])",
                 {"s": list(statement_ids)})


@st.cache_data(show_spinner=False)
def facets(mtime: int) -> dict[str, dict]:
    """Clauses per filter value (as Datasette shows next to each facet): {filter: {value: n}}."""
    # One GROUP BY per facet; the column names are ours (a fixed list), never from a user.
    scalar = {"locality": "locality", "year": "year", "doc_type": "doc_type", "doc": "doc_id", "role": "role",
              "agency": "agency", "kind": "kind"}
    listed = {"theme": "theme_list", "duty": "duty_list"}
    parts = [f"SELECT '{f}' AS f, {c}::VARCHAR AS v, count(DISTINCT clause_id) AS n FROM explore_rows GROUP BY ALL"
             for f, c in scalar.items()]
    parts += [f"SELECT '{f}', v, count(DISTINCT clause_id) FROM (SELECT clause_id, unnest({c}) AS v FROM explore_rows) "
              "GROUP BY ALL" for f, c in listed.items()]
    df = query(" UNION ALL ".join(parts))
    out: dict[str, dict] = {}
    for f, v, n in df.itertuples(index=False):
        if v is not None and not (isinstance(v, float) and pd.isna(v)):
            out.setdefault(f, {})[str(v)] = int(n)
    return out
