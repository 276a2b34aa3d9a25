"""The only writer: schema, data, views, then an atomic swap of the database file."""

from __future__ import annotations

import csv
import os
from pathlib import Path

import duckdb
import pandas as pd

from etl.config import PACKAGE

SQL = PACKAGE / "sql"


def _lookup(name: str, columns: list[str]) -> pd.DataFrame:
    with open(PACKAGE / name, encoding="utf-8") as f:
        return pd.DataFrame([{c: r[c] for c in columns} for r in csv.DictReader(f)], columns=columns)


def write(db_path: Path, frames: dict[str, pd.DataFrame], info: dict[str, str], settings: dict[str, float]) -> None:
    """Build the whole database into `<db>.tmp`, close it, then move it over `db_path` in one step."""
    db_path = Path(db_path)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    tmp = db_path.with_name(db_path.name + ".tmp")
    for stale in (tmp, tmp.with_name(tmp.name + ".wal")):
        stale.unlink(missing_ok=True)
    try:
        _fill(tmp, frames, info, settings)
        os.replace(tmp, db_path)
    except BaseException:
        # A full disk or a killed write must not leave a half-built file beside the real one.
        for stale in (tmp, tmp.with_name(tmp.name + ".wal")):
            stale.unlink(missing_ok=True)
        raise
    db_path.with_name(db_path.name + ".wal").unlink(missing_ok=True)


def _fill(tmp: Path, frames: dict[str, pd.DataFrame], info: dict[str, str], settings: dict[str, float]) -> None:
    con = duckdb.connect(str(tmp))
    try:
        con.execute((SQL / "schema.sql").read_text(encoding="utf-8"))
        frames = dict(frames)
        frames["themes"] = _lookup("themes.csv", ["theme", "label_vi", "label_en"])
        frames["roles"] = _lookup("roles.csv", ["role", "label_vi", "label_en"])
        frames["build_info"] = pd.DataFrame(sorted(info.items()), columns=["key", "value"])
        frames["settings"] = pd.DataFrame(sorted(settings.items()), columns=["name", "value"])
        for table, df in frames.items():
            if len(df):
                con.register("_frame", df)
                con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM _frame")  # table names: ours, fixed
                con.unregister("_frame")
        con.execute((SQL / "views.sql").read_text(encoding="utf-8"))
        con.execute("CHECKPOINT")
    finally:
        con.close()
