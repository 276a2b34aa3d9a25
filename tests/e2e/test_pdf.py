"""A PDF with a text layer (printed by chromium, as an office would export one) is read like a .txt file."""

from __future__ import annotations

import html

import pytest

from etl.add import preview
from etl.config import Settings
from tests.conftest import FIXTURES, RAW
from tests.e2e.server import CHROMIUM, launch

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="/usr/bin/chromium is missing (`make chromium` installs it)"),
]


def test_text_layer_pdf_is_read(tmp_path):
    from playwright.sync_api import sync_playwright

    text = (FIXTURES / "extra" / "quangninh_2023_kehoach.txt").read_text(encoding="utf-8-sig")
    body = "".join(f"<p>{html.escape(line)}</p>" for line in text.splitlines() if line.strip())
    with sync_playwright() as pw:
        browser = launch(pw)
        try:
            page = browser.new_page()
            page.set_content(f"<html><body style='font-family:serif'>{body}</body></html>")
            pdf = page.pdf(format="A4")
        finally:
            browser.close()
    p = preview("quangninh.pdf", pdf, RAW, Settings.from_env())
    assert p.ok, p.problem
    assert p.metadata["locality"] == "Quảng Ninh" and p.metadata["year"] == 2023
    assert p.metadata["doc_type"] == "Kế hoạch" and p.clauses > 30
