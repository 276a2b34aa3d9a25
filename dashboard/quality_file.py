"""The measured quality the Data page states, read from docs/quality.json (updated by whoever re-measures)."""

from __future__ import annotations

import json

import pandas as pd

from etl.config import ROOT

PATH = ROOT / "docs" / "quality.json"


def rows(lang: str, path=PATH) -> pd.DataFrame:
    """what, set, precision, recall, n, command; empty when the file is missing or unreadable."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return pd.DataFrame()
    suffix = "en" if lang == "en" else "vi"
    out = [{"measure": r.get(f"what_{suffix}", ""), "measured_on": r.get(f"set_{suffix}", ""),
            "precision": r.get("precision"), "recall": r.get("recall"), "n_items": r.get("n"),
            "command": r.get("command", "")} for r in data.get("rows", [])]
    return pd.DataFrame(out)
