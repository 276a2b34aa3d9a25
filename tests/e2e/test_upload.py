"""Uploads in a real browser (issue 12): two names that clean to the same name are both kept, under names
shown before saving; a read-only data folder gives one Vietnamese sentence and nothing is half-stored."""

from __future__ import annotations

import shutil
import time

import duckdb
import pytest

from etl.build import run_build
from tests.conftest import FIXTURES, RAW
from tests.e2e.server import CHROMIUM, launch, running_app, wait_for_rerun
from tests.test_disk_faults import _can_mount

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="/usr/bin/chromium is missing (`make chromium` installs it)"),
]
SAVE_2 = "Lưu 2 văn bản và dựng lại dữ liệu"


def _file(name: str, fixture: str) -> dict:
    return {"name": name, "mimeType": "text/plain", "buffer": (FIXTURES / "extra" / fixture).read_bytes()}


@pytest.fixture
def site(tmp_path):
    raw = tmp_path / "raw"
    shutil.copytree(RAW, raw)
    db = tmp_path / "live.duckdb"
    run_build(raw, db)
    return raw, db


def _main(page) -> str:
    return page.locator("[data-testid='stMain']").inner_text()


def _upload(page, base: str, files: list[dict]) -> None:
    page.goto(f"{base}/them-van-ban")
    wait_for_rerun(page)
    page.locator("input[type='file']").set_input_files(files)
    wait_for_rerun(page)


def test_two_names_that_clean_alike_are_both_stored(site, tmp_path):
    from playwright.sync_api import sync_playwright

    raw, db = site
    files = [_file("báo cáo.txt", "quangninh_2023_kehoach.txt"), _file("báo_cáo.txt", "danang_2024_congdien.txt")]
    with running_app(db, env={"DIRECTIVES_RAW": str(raw)}, log=tmp_path / "streamlit.log") as base, \
            sync_playwright() as pw:
        browser = launch(pw)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 1800})
            _upload(page, base, files)
            page.get_by_text("sẽ được lưu thành").wait_for(timeout=20_000)  # an upload may lag one rerun
            body = _main(page)
            # Both previews, each under the name it will be stored as, and the reason for the second one.
            assert "báo_cáo.txt" in body and "báo_cáo_2.txt" in body
            assert ("Tệp báo_cáo.txt sẽ được lưu thành báo_cáo_2.txt vì tên báo_cáo.txt đã được dùng cho một tệp "
                    "khác trong lần tải lên này.") in body
            assert page.get_by_test_id("stException").count() == 0
            page.get_by_role("button", name=SAVE_2).click()
            deadline = time.monotonic() + 90
            while "Đã dựng xong" not in _main(page) and time.monotonic() < deadline:
                time.sleep(0.5)
            assert "Đã dựng xong" in _main(page)
        finally:
            browser.close()
    assert (raw / "báo_cáo.txt").read_bytes() == files[0]["buffer"]
    assert (raw / "báo_cáo_2.txt").read_bytes() == files[1]["buffer"]
    con = duckdb.connect(str(db), read_only=True)
    stored = dict(con.execute("SELECT source_file, locality FROM documents WHERE source_file LIKE 'báo%'").fetchall())
    con.close()
    assert stored == {"báo_cáo.txt": "Quảng Ninh", "báo_cáo_2.txt": "Đà Nẵng"}
    assert not list(raw.glob(".upload.*"))


@pytest.mark.skipif(not _can_mount(), reason="needs `unshare -m` and mount (root in a container)")
def test_a_read_only_data_folder_is_one_sentence_in_the_browser(site, tmp_path):
    from playwright.sync_api import sync_playwright

    raw, db = site
    before = sorted(p.name for p in raw.iterdir())
    # The server runs in its own mount namespace where data/raw is read-only (even for root).
    wrap = ["unshare", "-m", "sh", "-c", 'mount --bind "$0" "$0" && mount -o remount,ro,bind "$0" "$0" && exec "$@"',
            str(raw)]
    with running_app(db, env={"DIRECTIVES_RAW": str(raw)}, log=tmp_path / "streamlit.log", wrap=wrap) as base, \
            sync_playwright() as pw:
        browser = launch(pw)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 1400})
            _upload(page, base, [_file("danang.txt", "danang_2024_congdien.txt")])
            page.get_by_role("button", name="Lưu 1 văn bản và dựng lại dữ liệu").click()
            page.get_by_text("Không lưu được").wait_for(timeout=20_000)
            body = _main(page)
            assert (f"Không lưu được danang.txt vì thư mục {raw} không cho phép ghi; hãy cấp quyền ghi rồi bấm lưu "
                    "lại.") in body
            assert page.get_by_test_id("stException").count() == 0 and "Traceback" not in body
        finally:
            browser.close()
    assert sorted(p.name for p in raw.iterdir()) == before


def test_a_zip_bomb_upload_is_refused_with_its_reason(site, tmp_path):
    from playwright.sync_api import sync_playwright

    from tests.test_hostile import zip_bomb

    raw, db = site
    zip_bomb(tmp_path / "bom.docx", 400_000_000)
    bomb = {"name": "bao_cao.docx", "buffer": (tmp_path / "bom.docx").read_bytes(),
            "mimeType": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}
    with running_app(db, env={"DIRECTIVES_RAW": str(raw)}, log=tmp_path / "streamlit.log") as base, \
            sync_playwright() as pw:
        browser = launch(pw)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 1200})
            t0 = time.monotonic()
            _upload(page, base, [bomb])
            # The 1.2 MB upload may lag a rerun on a loaded machine; unpacking 400 MB would take far longer.
            page.get_by_text("có thể là bom nén").wait_for(timeout=60_000)
            body = _main(page)
            # The size comes from the archive's directory, so the refusal is made before anything is unpacked.
            # (in the Vietnamese sentence of the page's language)
            assert "tệp Word khi giải nén sẽ thành 40" in body and "có thể là bom nén" in body
            assert time.monotonic() - t0 < 60
            assert page.get_by_test_id("stException").count() == 0
            assert page.get_by_role("button", name="Lưu 1 văn bản và dựng lại dữ liệu").count() == 0
        finally:
            browser.close()
    assert not (raw / "bao_cao.docx").exists()
