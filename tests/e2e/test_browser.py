"""A real browser through every page: filters, a download, the language switch, escaping, screenshots.

`make test` installs Debian's chromium first; the server runs on the seed database built by conftest.
"""

from __future__ import annotations

import io
import shutil

import duckdb
import pandas as pd
import pytest

from tests.e2e.server import CHROMIUM, SHOTS, launch, running_app, wait_for_rerun

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="/usr/bin/chromium is missing (`make chromium` installs it)"),
]


# name of the screenshot, URL path, the page title in Vietnamese
PAGES = [
    ("overview", "", "Tổng quan"),
    ("coverage", "pham-vi", "Phạm vi"),
    ("changes", "thay-doi", "Thay đổi"),
    ("gaps", "khoang-trong", "Khoảng trống"),
    ("compare", "so-sanh", "So sánh"),
    ("explore", "tra-cuu", "Tra cứu & xuất"),
    ("document", "van-ban", "Văn bản"),
    ("quality", "du-lieu", "Dữ liệu"),
]
HOSTILE = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>'


@pytest.fixture
def live_db(seed_db, tmp_path):
    """A copy of the seed database that the test may replace while the server reads it."""
    path = tmp_path / "live.duckdb"
    shutil.copy(seed_db, path)
    return path


def title(page) -> str:
    return page.locator("h1").first.inner_text().strip()


def test_every_page_in_chromium(live_db, seed_db, tmp_path):
    from playwright.sync_api import sync_playwright

    SHOTS.mkdir(parents=True, exist_ok=True)
    with running_app(live_db, log=tmp_path / "streamlit.log") as base, sync_playwright() as pw:
        browser = launch(pw)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 1600}, accept_downloads=True)
            errors: list[str] = []
            page.on("pageerror", lambda exc: errors.append(str(exc)))

            # The Document page opens as a drill-down link would: at the clause on travel, meals and lodging.
            con = duckdb.connect(str(seed_db), read_only=True)
            doc_id, clause_id = con.execute(
                "SELECT doc_id, clause_id FROM clauses WHERE text LIKE '%đi lại, ăn, nghỉ%' ORDER BY clause_id").fetchone()
            con.close()
            for name, path, heading in PAGES:
                if name == "document":
                    path = f"{path}?doc={doc_id}&clause={clause_id}"
                page.goto(f"{base}/{path}")
                wait_for_rerun(page)
                assert title(page) == heading
                assert page.get_by_test_id("stException").count() == 0, name
                page.wait_for_timeout(400)  # let plotly finish drawing
                page.screenshot(path=str(SHOTS / f"{name}.png"))

            # A filter change: accent-free search narrows the table and is written into the URL.
            page.goto(f"{base}/tra-cuu")
            wait_for_rerun(page)
            everything = page.get_by_role("heading", level=3).first.inner_text()
            box = page.get_by_test_id("stTextInput").locator("input")
            box.fill("cong nghe cao")
            box.press("Enter")
            wait_for_rerun(page)
            narrowed = page.get_by_role("heading", level=3).first.inner_text()
            assert narrowed != everything
            assert "ex_q=cong+nghe+cao" in page.url
            n_rows = int(narrowed.split()[0])

            # The CSV download holds exactly those rows, with a BOM so Excel reads Vietnamese.
            with page.expect_download() as info:
                page.get_by_role("button", name="Tải CSV").click()
            data = open(info.value.path(), "rb").read()
            assert data.startswith(b"\xef\xbb\xbf")
            rows = pd.read_csv(io.BytesIO(data), encoding="utf-8-sig")
            assert len(rows) == n_rows
            assert rows["Nội dung"].str.lower().str.contains("công nghệ cao").all()

            # The shared link reopens the same view.
            page.goto(page.url)
            wait_for_rerun(page)
            assert page.get_by_role("heading", level=3).first.inner_text() == narrowed

            # English, kept across a page switch.
            page.get_by_test_id("stSidebar").get_by_text("English").click()
            wait_for_rerun(page)
            assert title(page) == "Explore & export"
            page.get_by_test_id("stSidebarNav").get_by_text("Coverage").click()
            wait_for_rerun(page)
            assert title(page) == "Coverage" and "lang=en" in page.url

            # Clicking a square of the heatmap lists the clauses behind it.
            page.locator(".js-plotly-plot .scatterlayer .point").nth(1).click(force=True)
            wait_for_rerun(page)
            assert "cov_ly=" in page.url

            # Phone width: the pages still lay out (columns stack); one screenshot for the README.
            phone = browser.new_page(viewport={"width": 390, "height": 1400}, is_mobile=True)
            phone.goto(f"{base}/thay-doi")
            wait_for_rerun(phone)
            phone.wait_for_timeout(400)
            phone.screenshot(path=str(SHOTS / "phone-changes.png"))
            phone.close()

            # Document text that looks like HTML is shown as text, never run: swap in a database whose
            # first document carries markup, as a rebuild would, and open that document.
            hostile = tmp_path / "hostile.duckdb"
            shutil.copy(seed_db, hostile)
            con = duckdb.connect(str(hostile))
            doc_id, clause_id = con.execute(
                "SELECT doc_id, min(clause_id) FROM clauses WHERE kind = 'item' GROUP BY doc_id ORDER BY doc_id LIMIT 1"
            ).fetchone()
            con.execute("UPDATE documents SET title = ? || title WHERE doc_id = ?", [HOSTILE, doc_id])
            con.execute("UPDATE clauses SET text = ? || text WHERE clause_id = ?", [HOSTILE, clause_id])
            con.close()
            shutil.move(hostile, live_db)
            page.goto(f"{base}/van-ban?doc={doc_id}&clause={clause_id}")
            wait_for_rerun(page)
            assert page.get_by_text("<script>window.__xss=2</script>", exact=False).first.is_visible()
            assert page.evaluate("window.__xss") is None
            assert not errors, errors
        finally:
            browser.close()
