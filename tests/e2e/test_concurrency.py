"""Real processes: browser sessions keep reading while documents are uploaded and the database is rebuilt
(by the upload page in the background and by two command-line builds at once). No error, no half data."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time

import pytest

from etl.build import run_build
from tests.conftest import FIXTURES, RAW
from tests.e2e.server import CHROMIUM, ROOT, SHOTS, launch, running_app, wait_for_rerun

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="/usr/bin/chromium is missing (`make chromium` installs it)"),
]
READERS = ["", "tra-cuu?ex_q=cong+nghe+cao", "thay-doi", "du-lieu"]
UPLOADS = [FIXTURES / "extra" / "danang_2024_congdien.txt", FIXTURES / "extra" / "quangninh_2023_kehoach.txt"]


def _healthy(page) -> None:
    assert page.get_by_test_id("stException").count() == 0
    body = page.locator("[data-testid='stMain']").inner_text()
    assert "Chưa có cơ sở dữ liệu" not in body and "đã cũ hoặc không đúng cấu trúc" not in body


def test_upload_and_rebuilds_while_sessions_read(tmp_path):
    from playwright.sync_api import sync_playwright

    raw = tmp_path / "raw"
    shutil.copytree(RAW, raw)
    db = tmp_path / "live.duckdb"
    run_build(raw, db)
    with running_app(db, env={"DIRECTIVES_RAW": str(raw)}, log=tmp_path / "streamlit.log") as base, \
            sync_playwright() as pw:
        browser = launch(pw)
        try:
            readers = []
            for path in READERS:  # separate contexts: separate sessions, as separate colleagues
                page = browser.new_context(viewport={"width": 1280, "height": 1000}).new_page()
                page.goto(f"{base}/{path}")
                wait_for_rerun(page)
                _healthy(page)
                readers.append(page)

            upload = browser.new_context(viewport={"width": 1280, "height": 1400}).new_page()
            upload.goto(f"{base}/them-van-ban")
            wait_for_rerun(upload)
            upload.locator("input[type='file']").set_input_files([str(p) for p in UPLOADS])
            wait_for_rerun(upload)
            assert "Đà Nẵng" in upload.locator("[data-testid='stMain']").inner_text()
            SHOTS.mkdir(parents=True, exist_ok=True)
            upload.screenshot(path=str(SHOTS / "add.png"))
            upload.get_by_role("button", name="Lưu 2 văn bản và dựng lại dữ liệu").click()
            # Two more builds of the same folder from the command line, at the same time.
            cli = [subprocess.Popen([sys.executable, "-m", "etl", "build", "--input", str(raw), "--db", str(db)],
                                    cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE) for _ in range(2)]
            deadline = time.monotonic() + 90
            rounds = 0
            while time.monotonic() < deadline:
                for page in readers:
                    page.reload()
                    wait_for_rerun(page)
                    _healthy(page)
                rounds += 1
                done = "Đã dựng xong" in upload.locator("[data-testid='stMain']").inner_text()
                if done and all(p.poll() is not None for p in cli):
                    break
                time.sleep(0.3)
            assert [p.wait(timeout=60) for p in cli] == [0, 0], [p.stderr.read() for p in cli]
            assert "Đã dựng xong" in upload.locator("[data-testid='stMain']").inner_text()
            assert rounds >= 1
            readers[0].reload()
            wait_for_rerun(readers[0])
            first_metric = readers[0].get_by_test_id("stMetricValue").first.inner_text().strip()
            assert first_metric == "7"  # five seeds and the two uploads, nothing half-built
            assert sorted(p.name for p in raw.glob("*.txt"))[-2:] == ["danang_2024_congdien.txt",
                                                                     "quangninh_2023_kehoach.txt"]
        finally:
            browser.close()
