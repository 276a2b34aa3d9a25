"""Entry point: `streamlit run dashboard/app.py`."""

from __future__ import annotations

import runpy
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import duckdb  # noqa: E402
import streamlit as st  # noqa: E402

from dashboard import auth, queries, rebuild, url_state  # noqa: E402
from dashboard.i18n import LANG_NAMES, LANGS, t  # noqa: E402

st.set_page_config(page_title="Chỉ thị Kỳ thi THPT", page_icon="📑", layout="wide")

# The language lives in the URL (?lang=en) so a shared link opens in the same language; the widget is
# rendered on every page, so the choice survives a page switch and is written back into the new URL.
url_state.single(st.sidebar.radio, t("language"), LANGS, key="lang", format_func=LANG_NAMES.get, horizontal=True)

if auth.protect_all():
    auth.require()
auth.sidebar()

FIX = t("db_fix", path=queries.db_path())
mtime = queries.db_mtime()
if mtime is None:
    st.error(t("db_missing", path=queries.db_path()), icon=":material/error:")
    st.info(FIX, icon=":material/terminal:")
    st.stop()


def broken() -> None:
    """The file was damaged or replaced under us (truncated in place, deleted): one sentence, no traceback."""
    st.error(t("db_broken", path=queries.db_path()), icon=":material/error:")
    st.info(FIX, icon=":material/terminal:")
    st.stop()


problems = queries.schema_problems(mtime)
# schema_problems reports a file DuckDB cannot open as one "IOException: …" entry, not as missing tables.
if len(problems) == 1 and problems[0].split(":")[0].endswith(("Exception", "Error")):
    broken()
if problems:
    st.error(t("db_stale", path=queries.db_path(), missing=", ".join(problems[:6])), icon=":material/error:")
    st.info(FIX, icon=":material/terminal:")
    st.stop()

PAGES = [
    ("app_pages/overview.py", "nav_overview", ":material/home:", "tong-quan"),
    ("app_pages/coverage.py", "nav_coverage", ":material/grid_on:", "pham-vi"),
    ("app_pages/changes.py", "nav_changes", ":material/compare_arrows:", "thay-doi"),
    ("app_pages/gaps.py", "nav_gaps", ":material/checklist:", "khoang-trong"),
    ("app_pages/compare.py", "nav_compare", ":material/view_column:", "so-sanh"),
    ("app_pages/explore.py", "nav_explore", ":material/manage_search:", "tra-cuu"),
    ("app_pages/document.py", "nav_document", ":material/description:", "van-ban"),
    ("app_pages/quality.py", "nav_quality", ":material/fact_check:", "du-lieu"),
    ("app_pages/draft.py", "nav_draft", ":material/rule:", "kiem-tra-du-thao"),
    ("app_pages/add.py", "nav_add", ":material/upload_file:", "them-van-ban"),
]
pages = [st.Page(path, title=t(title), icon=icon, url_path=url, default=(i == 0))
         for i, (path, title, icon, url) in enumerate(PAGES[1:], start=1)]


def overview() -> None:
    runpy.run_path(str(ROOT / "dashboard" / PAGES[0][0]), run_name="__main__")


# The default page is served at "/", and Streamlit ignores its url_path: the overview is registered as the
# default page and again, hidden, under its own address, so a shared "/tong-quan" link opens it too.
home = st.Page(ROOT / "dashboard" / PAGES[0][0], title=t(PAGES[0][1]), icon=PAGES[0][2], url_path="trang-chu",
               default=True)
alias = st.Page(overview, title=t(PAGES[0][1]), icon=PAGES[0][2], url_path=PAGES[0][3], visibility="hidden")
page = st.navigation([home, *pages, alias])

def freshness() -> None:
    """While an upload's rebuild runs, say so; once it is done, say nothing (no command to run)."""
    status = rebuild.status(queries.db_path())
    if status is not None and status.running:
        st.info(t("db_rebuilding"), icon=":material/hourglass_top:")
    elif queries.raw_newer_than_db():
        st.warning(t("db_newer_raw"), icon=":material/update:")


try:
    info = queries.build_info(mtime).set_index("key")["value"]
    st.sidebar.caption(t("built_line", at=info.get("built_at", "?"), version=info.get("etl_version", "?")))
    # Poll only while something is pending, so a settled page never reruns on its own.
    status = rebuild.status(queries.db_path())
    pending = (status is not None and status.running) or queries.raw_newer_than_db()
    with st.sidebar:
        st.fragment(run_every=3 if pending else None)(freshness)()
    page.run()
except (duckdb.Error, FileNotFoundError):  # a page's query met a file damaged or removed since the guard
    broken()
