"""Shared fixtures: the seed database is built once per session from data/raw, into a temporary folder."""

from __future__ import annotations

import os
import re
import sys
import unicodedata
from pathlib import Path

import duckdb
import pytest

from etl.build import run_build
from etl.config import ROOT, Settings

RAW = ROOT / "data" / "raw"
FIXTURES = Path(__file__).parent / "fixtures"


_MAIN = sys.modules["__main__"]  # pytest's own, before any page ran


@pytest.fixture(autouse=True)
def _main_module_kept():
    """streamlit's AppTest leaves the page script as sys.modules["__main__"] (also from a module-scoped fixture); a
    process pool started later in this process (etl/pool.py, a folder of 64 files or more) then runs the whole page
    again in every worker, and without a database each worker dies (BrokenProcessPool). Every test starts and ends
    with pytest's own main module."""
    sys.modules["__main__"] = _MAIN
    yield
    sys.modules["__main__"] = _MAIN


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


# --- CI gate -------------------------------------------------------------------------------------------
# A skipped end-to-end test looks green in a summary line; in CI that silence hid a missing browser. So
# under CI=true a skip of any test marked e2e (chromium missing, playwright missing…) turns into a failure.

def ci_strict() -> bool:
    return os.environ.get("CI", "").strip().lower() in ("1", "true", "yes")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    if ci_strict() and report.skipped and item.get_closest_marker("e2e") is not None:
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        report.outcome = "failed"
        report.longrepr = f"CI=true: the end-to-end test {item.nodeid} was skipped ({reason}); CI must run it"



def ascii_id(value) -> str:
    """'Hải Phòng' -> 'Hai_Phong': a test id that can be typed back on a command line."""
    text = unicodedata.normalize("NFD", str(value).replace("đ", "d").replace("Đ", "D"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", text).strip("_")[:40] or "empty"


def pytest_make_parametrize_id(config, val, argname):
    # Ids with Vietnamese letters, quotes, brackets or spaces cannot be given back to pytest as node ids
    # (mutmut runs single tests by id), so string parameters get plain ASCII ids.
    if isinstance(val, (str, bytes)):
        return ascii_id(val.decode("latin-1") if isinstance(val, bytes) else val)
    return None


def blank_pdf(pages: int) -> bytes:
    """A PDF of `pages` empty A4 pages: no text layer (a scan, as far as reading goes)."""
    import io

    from pypdf import PdfWriter

    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=595, height=842)
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()
