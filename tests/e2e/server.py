"""Start `streamlit run` on a free local port and drive Debian's chromium with Playwright (sync API)."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
# The README's screenshots are refreshed with UPDATE_SCREENSHOTS=1; a normal run keeps them out of the tree.
SHOTS = ROOT / "docs" / "screenshots" if os.environ.get("UPDATE_SCREENSHOTS") else ROOT / "tests" / "e2e" / "screenshots"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def running_app(db_path: Path, *, timeout: float = 30.0, log: Path | None = None, env: dict | None = None,
                wrap: list[str] | None = None):
    """Yield the base URL of a dashboard serving db_path; the server is stopped by its process group id.
    `wrap` prefixes the command (e.g. `unshare -m sh -c '…; exec "$@"' sh`)."""
    port = free_port()
    env = dict(os.environ, DIRECTIVES_DB=str(db_path), **(env or {}))
    out = open(log, "w") if log else subprocess.DEVNULL
    proc = subprocess.Popen(
        [*(wrap or []), sys.executable, "-m", "streamlit", "run", "dashboard/app.py", "--server.headless=true",
         "--server.address=127.0.0.1", f"--server.port={port}", "--browser.gatherUsageStats=false"],
        cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                with urllib.request.urlopen(f"{base}/_stcore/health", timeout=1) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"streamlit did not start on {base} (exit code {proc.poll()})")
            time.sleep(0.2)
        yield base
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
        if log:
            out.close()


def launch(playwright):
    return playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)


def wait_for_rerun(page) -> None:
    """Wait until Streamlit has finished running the script, the way Streamlit's own e2e tests do."""
    from playwright.sync_api import expect

    page.wait_for_timeout(155)
    page.locator("[data-testid='stApp'][data-test-connection-state='CONNECTED']").wait_for(state="attached")
    page.locator("[data-testid='stApp'][data-test-script-state='notRunning']").wait_for(state="attached")
    expect(page.get_by_test_id("stSkeleton")).to_have_count(0, timeout=20_000)  # a shared 2-core machine is slow
