"""A real browser through every page: filters, a download, the language switch, escaping, screenshots.

`make test` installs Debian's chromium first; the server runs on the seed database built by conftest.
"""

from __future__ import annotations

import io
import shutil
from pathlib import Path

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
    ("draft", "kiem-tra-du-thao", "Kiểm tra dự thảo"),
    ("add", "them-van-ban", "Thêm văn bản"),
]
HOSTILE = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>'
# Markdown and LaTeX that st.markdown would interpret: a document must show them as the characters they are.
MARKDOWN = "[bấm vào đây](javascript:window.__xss=3) :red[chữ đỏ] $x^2$ **đậm** "
DRAFT = Path(__file__).with_name("draft_langson_2024.txt")


def settle(page) -> None:
    wait_for_rerun(page)
    page.wait_for_timeout(400)  # let plotly and st.html finish drawing


def fill_draft(page) -> None:
    box = page.get_by_test_id("stTextArea").locator("textarea")
    box.fill(DRAFT.read_text(encoding="utf-8"))
    box.press("Control+Enter")
    settle(page)
    page.get_by_text("Đọc được 14 khoản").wait_for()


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
            phone = browser.new_page(viewport={"width": 390, "height": 1400}, is_mobile=True)
            for name, path, heading in PAGES:
                if name == "document":
                    path = f"{path}?doc={doc_id}&clause={clause_id}"
                for view, prefix in ((page, ""), (phone, "phone-")):
                    view.goto(f"{base}/{path}")
                    settle(view)
                    if name == "draft":
                        fill_draft(view)
                    assert title(view) == heading
                    assert view.get_by_test_id("stException").count() == 0, name
                    view.screenshot(path=str(SHOTS / f"{prefix}{name}.png"))
            phone.close()

            # The overview answers at its own address too (a shared /tong-quan link), with no "not found" dialog.
            page.goto(f"{base}/tong-quan")
            settle(page)
            assert title(page) == "Tổng quan"
            assert page.get_by_text("Page not found").count() == 0
            assert page.get_by_text("Thực hiện Chỉ thị 17/CT-TTg").is_visible()  # the national directive, linked

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

            # ... and brings the clauses behind it into view: the clicked locality-year is the chosen cell and
            # its clause table is there.
            page.wait_for_timeout(800)
            assert in_view(page, "#cov-clauses")
            from urllib.parse import parse_qs, urlparse

            assert parse_qs(urlparse(page.url).query)["cov_ly"][0]  # a locality-year was chosen by the click
            assert page.locator("[data-testid='stMain'] [data-testid='stDataFrame']").count() >= 2  # and its clauses

            # Document text that looks like HTML is shown as text, never run: swap in a database whose
            # first document carries markup, as a rebuild would, and open that document.
            hostile = tmp_path / "hostile.duckdb"
            shutil.copy(seed_db, hostile)
            con = duckdb.connect(str(hostile))
            doc_id, clause_id = con.execute(
                "SELECT doc_id, min(clause_id) FROM clauses WHERE kind = 'item' GROUP BY doc_id ORDER BY doc_id LIMIT 1"
            ).fetchone()
            con.execute("UPDATE documents SET title = ? || title WHERE doc_id = ?", [HOSTILE, doc_id])
            con.execute("UPDATE clauses SET text = ? || ? || text WHERE clause_id = ?", [HOSTILE, MARKDOWN, clause_id])
            con.close()
            shutil.move(hostile, live_db)
            page.goto(f"{base}/van-ban?doc={doc_id}&clause={clause_id}")
            wait_for_rerun(page)
            assert page.get_by_text("<script>window.__xss=2</script>", exact=False).first.is_visible()
            # Markdown and LaTeX are shown as typed: no link, no colour, no formula
            shown = page.locator(f"#c-{clause_id}").inner_text()
            assert "[bấm vào đây](javascript:window.__xss=3) :red[chữ đỏ] $x^2$ **đậm**" in shown
            assert page.locator("a[href^='javascript']").count() == 0 and page.locator(".katex").count() == 0
            assert page.evaluate("window.__xss") is None
            assert not errors, errors
        finally:
            browser.close()


_IN_VIEW = """(sel) => { const r = document.querySelector(sel)?.getBoundingClientRect();
        return !!r && r.top >= 0 && r.top < window.innerHeight; }"""


def in_view(page, selector: str, timeout: float = 30_000) -> bool:
    """True when the element's top comes inside the visible part of the window (the page scrolls itself after
    a delay, longer on a loaded machine: wait for it up to `timeout` ms; 10 s was once too short at load 5)."""
    try:
        page.wait_for_function(_IN_VIEW, arg=selector, timeout=timeout)
    except Exception:  # playwright's TimeoutError: report False, the assertion names the selector
        return False
    return True


def test_reports_downloads_and_linked_clause_in_chromium(live_db, seed_db, tmp_path):
    """Changes as Word and Excel with names that say what they hold; a linked clause scrolled into view."""
    import docx
    import openpyxl
    from playwright.sync_api import sync_playwright

    con = duckdb.connect(str(seed_db), read_only=True)
    # the last item clause of the longest document: far below the top of its scrolling box
    doc_id, clause_id = con.execute(
        "SELECT doc_id, max(clause_id) FROM clauses WHERE kind = 'item' GROUP BY doc_id "
        "ORDER BY count(*) DESC LIMIT 1").fetchone()
    con.close()
    with running_app(live_db, log=tmp_path / "streamlit.log") as base, sync_playwright() as pw:
        browser = launch(pw)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 1000}, accept_downloads=True)
            page.goto(f"{base}/thay-doi")
            settle(page)
            with page.expect_download() as info:
                page.get_by_role("button", name="Tải báo cáo Word").click()
            assert info.value.suggested_filename == "thay-doi-lang-son-2023-2024.docx"
            report = docx.Document(info.value.path())
            assert report.paragraphs[0].text == "Thay đổi nhiệm vụ: năm 2024 so với năm 2023"
            assert any(p.text.startswith("So với năm 2023, năm 2024 có ") for p in report.paragraphs)
            rows = [[c.text for c in r.cells] for r in report.tables[0].rows]
            assert rows[0][0] == "✓" and sum(r[0] == "☐" for r in rows) > 10
            assert any("Lạng Sơn 2023 · Chỉ thị" in r[3] and "mục 2" in r[3] for r in rows)  # source of each line

            with page.expect_download() as info:
                page.get_by_role("button", name="Tải Excel").last.click()
            assert info.value.suggested_filename == "thay-doi-lang-son-2023-2024.xlsx"
            sheet = openpyxl.load_workbook(io.BytesIO(Path(info.value.path()).read_bytes())).active
            assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref.startswith("A1:")
            assert sheet["A1"].value == "Trạng thái" and sheet.max_row > 10

            page.goto(f"{base}/van-ban?doc={doc_id}&clause={clause_id}")
            settle(page)
            page.wait_for_timeout(700)
            assert in_view(page, f"#c-{clause_id}")
            box = page.locator(f"#c-{clause_id}")
            assert "focus" in box.get_attribute("class")
            with page.expect_download() as info:
                page.get_by_role("button", name="Tải tệp gốc").click()
            assert info.value.suggested_filename.endswith(".txt")

            # Gaps and the draft check as Word reports too, each line with its checkbox and its source.
            page.goto(f"{base}/khoang-trong?gap_ly=H%E1%BA%A3i+Ph%C3%B2ng+2024&gap_scope=same_year")
            settle(page)
            with page.expect_download() as info:
                page.get_by_role("button", name="Tải báo cáo Word").click()
            assert info.value.suggested_filename == "khoang-trong-hai-phong-2024.docx"
            report = docx.Document(info.value.path())
            assert report.paragraphs[0].text == "Nhiệm vụ cần xem xét bổ sung: Hải Phòng 2024"
            rows = [[c.text for c in r.cells] for r in report.tables[0].rows]
            assert rows[0] == ["✓", "Nhiệm vụ", "Nơi đã giao", "Câu gần nhất trong văn bản cần kiểm tra"]
            # Four duties of Lạng Sơn 2024 that Hải Phòng 2024 lacks (README, "Gaps of Hải Phòng 2024"; the fifth, conditions
            # ready for bad weather, which Hải Phòng says in other words, joined it in session 49)
            assert sum(r[0] == "☐" for r in rows) == 4 and all("Lạng Sơn 2024" in r[2] for r in rows if r[0] == "☐")
            assert not any("thời tiết" in r[1] for r in rows if r[0] == "☐")

            page.goto(f"{base}/kiem-tra-du-thao")
            settle(page)
            fill_draft(page)
            with page.expect_download() as info:
                page.get_by_role("button", name="Tải báo cáo Word").click()
            assert info.value.suggested_filename == "kiem-tra-du-thao-lang-son-2024.docx"
            report = docx.Document(info.value.path())
            assert report.paragraphs[0].text == "Kết quả kiểm tra dự thảo: nội dung dán vào"
            rows = [[c.text for c in r.cells] for r in report.tables[0].rows]
            moved = [r for r in rows if r[1] == "Đổi cơ quan chủ trì so với năm trước"]
            assert any("đi lại, ăn, nghỉ" in r[2] for r in moved)

            # Compare: a line of the change list jumps to its row, far down the page.
            page.goto(f"{base}/so-sanh")
            settle(page)
            links = page.locator("ol.dd-changes a")
            last = links.count() - 1
            target = links.nth(last).get_attribute("href")
            assert not in_view(page, target)
            links.nth(last).click()
            page.wait_for_timeout(500)
            assert in_view(page, target)
        finally:
            browser.close()
