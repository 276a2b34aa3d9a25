"""Shared fixtures: the seed database is built once per session from data/raw, into a temporary folder."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from etl.build import run_build
from etl.config import ROOT, Settings

RAW = ROOT / "data" / "raw"
FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def seed_db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("db") / "seed.duckdb"
    run_build(RAW, path, Settings.from_env())
    return path


@pytest.fixture(scope="session")
def seed_con(seed_db):
    con = duckdb.connect(str(seed_db), read_only=True)
    yield con
    con.close()


@pytest.fixture
def app_env(seed_db, monkeypatch):
    """Point the dashboard at the seed database."""
    monkeypatch.setenv("DIRECTIVES_DB", str(seed_db))
    return seed_db
