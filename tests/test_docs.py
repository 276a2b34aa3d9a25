"""The README stays true: every CLI command, table and analyst macro it must mention is there."""

import re
import subprocess
import sys

from etl.config import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_cli_command_is_documented():
    out = subprocess.run([sys.executable, "-m", "etl", "--help"], capture_output=True, text=True, cwd=ROOT).stdout
    commands = re.search(r"\{([a-z,]+)\}", out).group(1).split(",")
    assert commands
    for command in commands:
        assert f"python -m etl {command}" in README, command


def test_every_table_and_view_is_documented(seed_con):
    names = {r[0] for r in seed_con.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'").fetchall()}
    missing = sorted(n for n in names if n not in README)
    assert missing == []


def test_the_two_commands_are_there():
    assert "make run" in README and "make test" in README
