"""Time each dashboard page in chromium: from a cold start, and after a filter change.

    .venv/bin/python benchmarks/page_times.py [--db data/directives.duckdb] [--repeat 3]

Cold: a fresh `streamlit run` per page (empty caches, first imports), time from navigation until the script
has run and no skeleton is left. Filter change: on the same page, one typical interaction, time until the
rerun is done. Next visitor: a second browser tab opening the page on the already running server.
Then the server-side part alone (AppTest): one script run with empty caches and one with warm caches.
Prints a Markdown table (median of --repeat runs).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.e2e.server import launch, running_app  # noqa: E402

RUNNING = "[data-testid='stApp'][data-test-script-state='running']"
DONE = "[data-testid='stApp'][data-test-script-state='notRunning']"


def settle(page) -> None:
    from playwright.sync_api import TimeoutError as PlaywrightTimeout
    from playwright.sync_api import expect

    try:  # the rerun may start and end between two polls; then it is already done
        page.locator(RUNNING).wait_for(state="attached", timeout=1500)
    except PlaywrightTimeout:
        pass
    page.locator(DONE).wait_for(state="attached")
    expect(page.get_by_test_id("stSkeleton")).to_have_count(0)


# page name, URL path, the interaction that changes a filter
ACTIONS = {
    "overview": ("", lambda p: (p.get_by_test_id("stMultiSelect").first.click(),
                                p.get_by_role("option").first.click())),
    "coverage": ("pham-vi", lambda p: p.get_by_test_id("stCheckbox").first.click()),
    "changes": ("thay-doi", lambda p: p.get_by_text("Hai văn bản bất kỳ").click()),
    "gaps": ("khoang-trong", lambda p: p.get_by_test_id("stButtonGroup").get_by_text("Văn bản").click()),
    "compare": ("so-sanh", lambda p: p.get_by_test_id("stCheckbox").first.click()),
    "explore": ("tra-cuu", lambda p: (p.get_by_test_id("stTextInput").locator("input").fill("cong nghe cao"),
                                      p.get_by_test_id("stTextInput").locator("input").press("Enter"))),
    "document": ("van-ban", lambda p: (p.get_by_test_id("stSelectbox").first.click(),
                                       p.get_by_role("option").nth(2).click())),
    "quality": ("du-lieu", lambda p: p.get_by_test_id("stSidebar").get_by_text("English").click()),
}


def measure(db: Path, name: str) -> tuple[float, float, float]:
    from playwright.sync_api import sync_playwright

    path, action = ACTIONS[name]
    with running_app(db) as base, sync_playwright() as pw:
        browser = launch(pw)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 1600})
            t0 = time.perf_counter()
            page.goto(f"{base}/{path}")
            page.locator(DONE).wait_for(state="attached")
            settle(page)
            cold = time.perf_counter() - t0
            t0 = time.perf_counter()
            action(page)
            settle(page)
            warm = time.perf_counter() - t0
            other = browser.new_page(viewport={"width": 1280, "height": 1600})
            t0 = time.perf_counter()
            other.goto(f"{base}/{path}")
            other.locator(DONE).wait_for(state="attached")
            settle(other)
            second = time.perf_counter() - t0
        finally:
            browser.close()
    return cold, warm, second


def script_times(db: Path, repeat: int) -> None:
    """Server-side only: one script run of each page with empty caches, then again with warm caches."""
    import os

    import streamlit as st
    from streamlit.testing.v1 import AppTest

    os.environ["DIRECTIVES_DB"] = str(db)
    print("\n| page | script run, empty caches (ms) | script run, warm caches (ms) |\n|---|---:|---:|")
    for name in ACTIONS:
        cold, warm = [], []
        for _ in range(repeat):
            at = AppTest.from_file(str(ROOT / "dashboard" / "app.py"), default_timeout=60)
            at.run()
            if name != "overview":
                at.switch_page(f"app_pages/{name}.py")
            st.cache_data.clear()
            st.cache_resource.clear()
            t0 = time.perf_counter()
            at.run()
            cold.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            at.run()
            warm.append(time.perf_counter() - t0)
        print(f"| {name} | {statistics.median(cold) * 1000:.0f} | {statistics.median(warm) * 1000:.0f} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=ROOT / "data" / "directives.duckdb")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    if not args.db.exists():
        sys.exit(f"no database at {args.db}: run `python -m etl build --input data/raw --db {args.db}` first")
    print("| page | cold start (s) | after a filter change (s) | next visitor, running server (s) |\n"
          "|---|---:|---:|---:|")
    for name in ACTIONS:
        runs = [measure(args.db, name) for _ in range(args.repeat)]
        cold, warm, second = (statistics.median(r[i] for r in runs) for i in range(3))
        print(f"| {name} | {cold:.2f} | {warm:.2f} | {second:.2f} |", flush=True)
    script_times(args.db, args.repeat)


if __name__ == "__main__":
    main()
