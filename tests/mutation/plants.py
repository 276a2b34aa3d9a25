"""The eleven planted bugs of issue 13, re-checked on today's code: each is applied to a fresh copy of the
tracked files and the tests named for it are run there; a plant is caught when at least one test fails.

    python -m tests.mutation.plants [NAME ...]     # all by default; prints a Markdown table

A plant whose text is no longer in the code is reported as "not applied" (the code moved: update the plant),
never as caught. The working tree itself is never changed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# name: (file, text in today's code, text of the bug, tests that should catch it)
PLANTS = {
    "support written as lead in attribute()": (
        "etl/agencies.py", 'Found(p.role, p.name, "support",', 'Found(p.role, p.name, "lead",',
        ["tests/test_agencies_unit.py", "tests/test_page_filters.py"]),
    "no NFC on read": (
        "etl/read.py", 'return unicodedata.normalize("NFC", text)', "return text",
        ["tests/test_read.py", "tests/test_read_files.py"]),
    "hard-wrap joining off": (
        "etl/clean.py", "return double_spaced and len(tail) >= 0.6 * width", "return False",
        ["tests/test_clean.py"]),
    "link threshold +20": (
        "etl/config.py", "default=38.0, metadata={\"env\": \"DIRECTIVES_LINK_THRESHOLD\"",
        "default=58.0, metadata={\"env\": \"DIRECTIVES_LINK_THRESHOLD\"", ["tests/test_align.py"]),
    "link threshold -20": (
        "etl/config.py", "default=38.0, metadata={\"env\": \"DIRECTIVES_LINK_THRESHOLD\"",
        "default=18.0, metadata={\"env\": \"DIRECTIVES_LINK_THRESHOLD\"", ["tests/test_align.py"]),
    "CSV without BOM": (
        "dashboard/exports.py", '.encode("utf-8-sig")', '.encode("utf-8")', ["tests/test_exports_files.py"]),
    '"đ)" not recognised': (
        "etl/segment.py", r"(?P<letter>[a-zđ])\)", r"(?P<letter>[a-z])\)",
        ["tests/test_segment.py", "tests/test_segment_tree.py"]),
    "Explore locality filter always-true": (
        "dashboard/queries.py", "OR ca.locality = ANY($loc::VARCHAR[])) ", "OR ca.locality = ANY($loc::VARCHAR[]) OR TRUE) ",
        ["tests/test_page_filters.py"]),
    "Explore lead/support filter always-true": (
        "dashboard/queries.py", "OR ca.kind = ANY($kind::VARCHAR[])) ", "OR ca.kind = ANY($kind::VARCHAR[]) OR TRUE) ",
        ["tests/test_page_filters.py"]),
    "the build writing straight into the live file": (
        "etl/load.py", 'self.tmp = self.db_path.with_name(self.db_path.name + ".tmp")', "self.tmp = self.db_path",
        ["tests/test_replace.py"]),
    "a byte copy instead of an atomic move": (
        "etl/load.py", "os.replace(self.tmp, self.db_path)",
        '__import__("shutil").copyfile(self.tmp, self.db_path); self.tmp.unlink()',
        ["tests/test_replace.py"]),
    "no build lock": (
        "etl/build.py", "fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)", "pass",
        ["tests/test_replace.py", "tests/test_build_lock.py"]),
}


def copy_tree(dest: Path) -> None:
    files = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout
    for name in files.decode().split("\0"):
        if name and (ROOT / name).is_file():
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, dest / name)


def check(name: str) -> tuple[str, str]:
    path, old, new, tests = PLANTS[name]
    with tempfile.TemporaryDirectory(prefix="plant-") as tmp:
        dest = Path(tmp)
        copy_tree(dest)
        code = (dest / path).read_text(encoding="utf-8")
        if old not in code:
            return "not applied", f"`{old}` is no longer in {path}"
        (dest / path).write_text(code.replace(old, new), encoding="utf-8")
        # `python -m pytest` puts the copy first on sys.path: its etl/dashboard are the ones imported
        probe = subprocess.run([sys.executable, "-c", "import etl, dashboard; print(etl.__file__)"], cwd=dest,
                               capture_output=True, text=True)
        if not probe.stdout.startswith(str(dest)):
            return "not applied", f"the copy's code was not the one imported ({probe.stdout.strip()})"
        run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-rf", *tests],
                             cwd=dest, capture_output=True, text=True,
                             env={k: v for k, v in os.environ.items() if k != "CI"})
        failed = [line.split(" ")[1].split("::", 1)[-1] for line in run.stdout.splitlines()
                  if line.startswith("FAILED ")]
        summary = run.stdout.strip().splitlines()[-1] if run.stdout.strip() else run.stderr.strip()[-200:]
        if run.returncode == 0:
            return "NOT caught", summary
        return "caught", f"{summary}; e.g. {', '.join(sorted(set(failed))[:3])}" if failed else summary


def main(argv: list[str]) -> int:
    names = argv or list(PLANTS)
    print("| planted bug | tests run | result | detail |\n|---|---|---|---|", flush=True)
    bad = 0
    for name in names:
        result, detail = check(name)
        bad += result != "caught"
        print(f"| {name} | {', '.join(PLANTS[name][3])} | {result} | {detail} |", flush=True)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
