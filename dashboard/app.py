"""Entry point: `streamlit run dashboard/app.py`."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import streamlit as st  # noqa: E402

from dashboard import queries  # noqa: E402

st.set_page_config(page_title="Chỉ thị Kỳ thi THPT", page_icon="📑", layout="wide")

if queries.db_mtime() is None:
    st.error(f"Chưa có cơ sở dữ liệu ({queries.db_path()}). / The database has not been built yet.")
    st.info("Chạy / run: `make run` (hoặc `python -m etl build --input data/raw --db data/directives.duckdb`)")
    st.stop()

pages = [st.Page("app_pages/overview.py", title="Tổng quan", icon="🏠", default=True)]
st.navigation(pages).run()
