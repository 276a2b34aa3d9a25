"""The only writer: schema, data, views, then an atomic swap of the database file.

A build writes in two steps (`Writer`): the tables that need no alignment (documents, clauses, agencies,
statements, and the parts of the views that rest on them only) on a thread while the alignment runs, then
the duties and what rests on them. DuckDB works outside the GIL, so at national scale the first step's
seconds overlap the alignment's instead of following it."""

from __future__ import annotations

import csv
import os
import threading
from pathlib import Path

import duckdb
import pandas as pd

from etl.config import PACKAGE

SQL = PACKAGE / "sql"
# views.sql: statements above this line need no alignment; the rest needs the duties.
NEEDS_DUTIES = "-- @needs-duties"


def _lookup(name: str, columns: list[str]) -> pd.DataFrame:
    with open(PACKAGE / name, encoding="utf-8") as f:
        return pd.DataFrame([{c: r[c] for c in columns} for r in csv.DictReader(f)], columns=columns)


def _views() -> tuple[str, str]:
    """views.sql in its two parts: before the duties, and after them."""
    text = (SQL / "views.sql").read_text(encoding="utf-8")
    before, _, after = text.partition(NEEDS_DUTIES)
    return before, after.split("\n", 1)[1] if "\n" in after else after


def write(db_path: Path, frames: dict[str, pd.DataFrame], info: dict[str, str], settings: dict[str, float]) -> None:
    """Build the whole database into `<db>.tmp`, close it, then move it over `db_path` in one step."""
    with Writer(db_path) as w:
        w.start(frames, background=False)
        w.finish({}, info, settings)


class Writer:
    """One database build: `start` the tables that need no alignment (on a thread), `finish` with the rest,
    which closes `<db>.tmp` and moves it over `db_path`. Leaving the `with` block without finishing (an
    error anywhere in the build) removes the half-built file and leaves the old database as it was."""

    def __init__(self, db_path: Path):
        self.db_path = Path(db_path)
        self.tmp = self.db_path.with_name(self.db_path.name + ".tmp")
        self.con: duckdb.DuckDBPyConnection | None = None
        self._thread: threading.Thread | None = None
        self._error: BaseException | None = None
        self._done = False

    def __enter__(self) -> Writer:
        self.db_path.parent.mkdir(parents=True, exist_ok=True)
        self._remove_tmp()
        return self

    def __exit__(self, kind, exc, tb) -> None:
        if not self._done:  # not finished: an error on the way
            self._wait()
            self._close()
            self._remove_tmp()

    def start(self, frames: dict[str, pd.DataFrame], *, background: bool = True) -> None:
        """Create the schema and store `frames` (tables that need no duty) and the views that rest on them."""
        if background:
            self._thread = threading.Thread(target=self._first, args=(frames,), name="write-tables", daemon=True)
            self._thread.start()
        else:
            self._first(frames)
            self._raise()

    def finish(self, frames: dict[str, pd.DataFrame], info: dict[str, str], settings: dict[str, float]) -> None:
        """Store the remaining frames, build_info and settings, the views that need duties; swap the file in."""
        self._wait()
        self._raise()
        con = self.con
        con.execute("RESET threads")
        frames = dict(frames)
        frames["build_info"] = pd.DataFrame(sorted(info.items()), columns=["key", "value"])
        frames["settings"] = pd.DataFrame(sorted(settings.items()), columns=["name", "value"])
        _insert(con, frames)
        con.execute(_views()[1])
        con.execute("CHECKPOINT")
        self._close()
        os.replace(self.tmp, self.db_path)
        self._done = True
        self.db_path.with_name(self.db_path.name + ".wal").unlink(missing_ok=True)

    def _first(self, frames: dict[str, pd.DataFrame]) -> None:
        try:
            self.con = duckdb.connect(str(self.tmp))
            # One thread: the alignment meanwhile uses every core in its parallel parts; this step is meant
            # to fill the core its serial parts leave idle, not to compete with them. finish() resets it.
            self.con.execute("SET threads = 1")
            self.con.execute((SQL / "schema.sql").read_text(encoding="utf-8"))
            frames = dict(frames)
            frames["themes"] = _lookup("themes.csv", ["theme", "label_vi", "label_en"])
            frames["roles"] = _lookup("roles.csv", ["role", "label_vi", "label_en"])
            _insert(self.con, frames)
            self.con.execute(_views()[0])
        except BaseException as exc:  # handed to finish() (or raised by start() when not in the background)
            self._error = exc

    def _wait(self) -> None:
        if self._thread is not None:
            self._thread.join()
            self._thread = None

    def _raise(self) -> None:
        if self._error is not None:
            error, self._error = self._error, None
            raise error

    def _close(self) -> None:
        if self.con is not None:
            con, self.con = self.con, None
            con.close()

    def _remove_tmp(self) -> None:
        # A full disk or a killed write must not leave a half-built file beside the real one.
        for stale in (self.tmp, self.tmp.with_name(self.tmp.name + ".wal")):
            stale.unlink(missing_ok=True)


def _insert(con: duckdb.DuckDBPyConnection, frames: dict[str, pd.DataFrame]) -> None:
    for table, df in frames.items():
        if len(df):
            con.register("_frame", df)
            con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM _frame")  # table names: ours, fixed
            con.unregister("_frame")
