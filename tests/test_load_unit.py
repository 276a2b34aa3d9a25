"""etl/load.write when the disk fills up mid-build: the half-built temporary file and its WAL are cleared, the
error reaches the caller, and the live database a reader has open stays as it was."""

from __future__ import annotations

import hashlib

import duckdb
import pandas as pd
import pytest

from etl import load


def _docs(locality: str) -> dict[str, pd.DataFrame]:
    return {"documents": pd.DataFrame({"doc_id": ["d1"], "source_file": ["chi-thi.txt"], "content_sha256": ["x"],
                                       "year": [2025], "locality": [locality], "source_text": ["CHỈ THỊ"]})}


@pytest.mark.parametrize("error", [OSError(28, "No space left on device"), KeyboardInterrupt()])
def test_a_build_stopped_half_way_leaves_only_the_live_database(tmp_path, monkeypatch, error):
    db = tmp_path / "directives.duckdb"
    load.write(db, _docs("Cao Bằng"), {"built_at": "2025-05-01"}, {})
    before = hashlib.sha256(db.read_bytes()).hexdigest()

    def full_disk(con, frames):
        # what a build stopped mid-write leaves: part of the new file (open in DuckDB) and of its WAL
        (tmp_path / "directives.duckdb.tmp.wal").write_bytes(b"half a log")
        raise error

    monkeypatch.setattr(load, "_insert", full_disk)
    with pytest.raises(type(error)):
        load.write(db, _docs("Bắc Kạn"), {"built_at": "2025-06-01"}, {})
    assert sorted(p.name for p in tmp_path.iterdir()) == ["directives.duckdb"]
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
    con = duckdb.connect(str(db), read_only=True)
    try:
        assert con.execute("SELECT locality FROM documents").fetchall() == [("Cao Bằng",)]
    finally:
        con.close()
