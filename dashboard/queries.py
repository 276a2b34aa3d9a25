"""The only reader of the database: cached functions returning DataFrames.

The file is attached read-only to a fresh in-memory connection keyed on its modification time, so a
rebuild that replaces the file is picked up by the next query and never seen half-written.
"""

from __future__ import annotations

import os
from pathlib import Path

import duckdb
import pandas as pd
import streamlit as st

from etl.config import Settings


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
        return cur.execute(sql, params or []).df()
    finally:
        cur.close()


@st.cache_data(show_spinner=False)
def documents(mtime: int) -> pd.DataFrame:
    return query(
        "SELECT doc_id, source_file, locality, year, doc_type, issuer, number, issued_date, signer, title, "
        "implements, (SELECT count(*) FROM clauses c WHERE c.doc_id = d.doc_id) AS n_clauses "
        "FROM documents d ORDER BY locality, year, source_file"
    )


@st.cache_data(show_spinner=False)
def clauses(mtime: int, doc_id: str) -> pd.DataFrame:
    return query(
        "SELECT c.seq, c.label, c.kind, c.text, "
        "string_agg(CASE WHEN a.kind = 'lead' THEN ag.role END, ', ') AS lead, "
        "string_agg(CASE WHEN a.kind = 'support' THEN ag.role END, ', ') AS support "
        "FROM clauses c LEFT JOIN assignments a USING (clause_id) LEFT JOIN agencies ag USING (agency_id) "
        "WHERE c.doc_id = ? GROUP BY ALL ORDER BY c.seq",
        [doc_id],
    )
