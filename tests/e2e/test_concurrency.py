"""Real processes: browser sessions keep reading while documents are uploaded and the database is rebuilt
(by the upload page in the background and by two command-line builds at once). No error, no half data:
every page a reader sees, at every reload, is exactly what that page shows for one whole build (the seeds
with none, one or both uploads), never numbers of one build beside numbers of another."""

from __future__ import annotations

import itertools
import os
import shutil
import subprocess
import sys
import time
from urllib.parse import parse_qsl

import pytest
from streamlit.testing.v1 import AppTest

from etl.build import run_build
from tests.conftest import FIXTURES, RAW
from tests.e2e.server import CHROMIUM, ROOT, SHOTS, launch, running_app, wait_for_rerun

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="/usr/bin/chromium is missing (`make chromium` installs it)"),
]
# (The Changes page opens with a summary in HTML, not metrics or subheadings: a second search reads instead.)
READERS = ["", "tra-cuu?ex_q=cong+nghe+cao", "tra-cuu?ex_q=dien+luc", "du-lieu"]
PAGE_FILES = {"": None, "tra-cuu": "explore", "thay-doi": "changes", "du-lieu": "quality"}
UPLOADS = [FIXTURES / "extra" / "danang_2024_congdien.txt", FIXTURES / "extra" / "quangninh_2023_kehoach.txt"]


def _healthy(page) -> None:
    assert page.get_by_test_id("stException").count() == 0
    body = page.locator("[data-testid='stMain']").inner_text()
    assert "Chưa có cơ sở dữ liệu" not in body and "đã cũ hoặc không đúng cấu trúc" not in body


def _loaded(page) -> None:
    """wait_for_rerun, with time for a first render on a busy machine (two cores, rebuilds running)."""
    from playwright.sync_api import expect

    expect(page.get_by_test_id("stSkeleton")).to_have_count(0, timeout=30_000)
    wait_for_rerun(page)


def _seen_in_browser(page) -> tuple[str, ...]:
    """The numbers and headings a reader sees: metric cards and h3 headings ("12 dòng khớp (9 khoản)")."""
    main = page.locator("[data-testid='stMain']")
    return (tuple(m.inner_text().strip() for m in main.get_by_test_id("stMetricValue").all())
            + tuple(h.inner_text().strip() for h in main.locator("h3").all()))


def _shown_for(db, path: str, monkeypatch) -> tuple[str, ...]:
    """The same for one whole database, through the page's own code in AppTest."""
    monkeypatch.setenv("DIRECTIVES_DB", str(db))
    url, _, query = path.partition("?")
    params = dict(parse_qsl(query))
    at = AppTest.from_file(str(ROOT / "dashboard" / "app.py"), default_timeout=30)
    at.query_params.update(params)
    at.run()
    if PAGE_FILES[url]:
        at.switch_page(f"app_pages/{PAGE_FILES[url]}.py")
        at.query_params.update(params)
        at.run()
    assert not at.exception
    return tuple(str(m.value) for m in at.metric) + tuple(h.value for h in at.subheader)


def _whole_builds(tmp_path, monkeypatch) -> dict[str, dict[tuple, str]]:
    """For each reader: what it shows for every build a reader may meet -> the name of that build."""
    views: dict[str, dict[tuple, str]] = {path: {} for path in READERS}
    for n in range(len(UPLOADS) + 1):
        for chosen in itertools.combinations(UPLOADS, n):
            name = "+".join(["seeds", *(p.stem for p in chosen)])
            folder = tmp_path / "states" / name
            shutil.copytree(RAW, folder)
            for p in chosen:
                shutil.copy(p, folder)
            run_build(folder, tmp_path / "states" / f"{name}.duckdb")
            for path in READERS:
                views[path][_shown_for(tmp_path / "states" / f"{name}.duckdb", path, monkeypatch)] = name
    for path, seen in views.items():  # the builds must look different, or the check below proves nothing
        assert len(seen) >= 2, path
    return views


def test_upload_and_rebuilds_while_sessions_read(tmp_path, monkeypatch):
    from playwright.sync_api import expect, sync_playwright

    raw = tmp_path / "raw"
    shutil.copytree(RAW, raw)
    db = tmp_path / "live.duckdb"
    run_build(raw, db)
    whole = _whole_builds(tmp_path, monkeypatch)
    met: dict[str, set[str]] = {path: set() for path in READERS}

    def check_whole(path, page):
        seen = _seen_in_browser(page)
        assert seen in whole[path], (path, seen, list(whole[path]))
        met[path].add(whole[path][seen])
    # The first file is held open so the file system cannot give its inode number to a later one (it did, in CI).
    with open(db, "rb") as first, \
            running_app(db, env={"DIRECTIVES_RAW": str(raw)}, log=tmp_path / "streamlit.log") as base, \
            sync_playwright() as pw:
        browser = launch(pw)
        try:
            readers = []
            for path in READERS:  # separate contexts: separate sessions, as separate colleagues
                page = browser.new_context(viewport={"width": 1280, "height": 1000}).new_page()
                page.goto(f"{base}/{path}")
                _loaded(page)
                _healthy(page)
                check_whole(path, page)
                readers.append(page)

            upload = browser.new_context(viewport={"width": 1280, "height": 1400}).new_page()
            upload.goto(f"{base}/them-van-ban")
            wait_for_rerun(upload)
            upload.locator("input[type='file']").set_input_files([str(p) for p in UPLOADS])
            wait_for_rerun(upload)
            # The check of the two files shows what it read once the upload's rerun has run; on a loaded machine that
            # rerun may start after the first wait, so wait for what the user sees (it failed once at load 4).
            expect(upload.locator("[data-testid='stMain']")).to_contain_text("Đà Nẵng", timeout=60_000)
            SHOTS.mkdir(parents=True, exist_ok=True)
            upload.screenshot(path=str(SHOTS / "add.png"))
            upload.get_by_role("button", name="Lưu 2 văn bản và dựng lại dữ liệu").click()
            # Two more builds of the same folder from the command line, at the same time.
            cli = [subprocess.Popen([sys.executable, "-m", "etl", "build", "--input", str(raw), "--db", str(db)],
                                    cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE) for _ in range(2)]
            deadline = time.monotonic() + 90
            rounds = 0
            while time.monotonic() < deadline:
                for path, page in zip(READERS, readers):
                    page.reload()
                    _loaded(page)
                    _healthy(page)
                    check_whole(path, page)
                rounds += 1
                done = "Đã dựng xong" in upload.locator("[data-testid='stMain']").inner_text()
                if done and all(p.poll() is not None for p in cli):
                    break
                time.sleep(0.3)
            assert [p.wait(timeout=60) for p in cli] == [0, 0], [p.stderr.read() for p in cli]
            assert "Đã dựng xong" in upload.locator("[data-testid='stMain']").inner_text()
            assert rounds >= 1
            final = "+".join(["seeds", *(p.stem for p in UPLOADS)])
            for path, page in zip(READERS, readers):
                page.reload()
                _loaded(page)
                check_whole(path, page)
                assert final in met[path]  # everyone ends on the build with both uploads
            first_metric = readers[0].get_by_test_id("stMetricValue").first.inner_text().strip()
            assert first_metric == "7"  # five seeds and the two uploads, nothing half-built
            # every build moved a new file into place: a byte copy onto the live file would keep the first one named
            assert os.fstat(first.fileno()).st_nlink == 0
            assert os.stat(db).st_ino != os.fstat(first.fileno()).st_ino
            assert sorted(p.name for p in raw.glob("*.txt"))[-2:] == ["danang_2024_congdien.txt",
                                                                     "quangninh_2023_kehoach.txt"]
        finally:
            browser.close()
