"""The yardstick: the build against labelled gold for the seeds and for documents written to be unlike them."""

import json
from pathlib import Path

import duckdb
import pytest

from etl.build import run_build
from tests.conftest import FIXTURES
from tests.gold.evaluate import evaluate

GOLD = Path(__file__).parent / "gold"


@pytest.fixture(scope="module")
def extra_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("extra") / "extra.duckdb"
    run_build(FIXTURES / "extra", db)
    return db


def test_seeds_match_gold_exactly(seed_db):
    report = evaluate(seed_db, json.loads((GOLD / "seeds.json").read_text(encoding="utf-8")))
    assert report["misses"] == []
    assert set(report["metadata_accuracy"].values()) == {1.0}
    assert report["lead"]["precision"] == report["lead"]["recall"] == 1.0
    assert report["support"]["precision"] == report["support"]["recall"] == 1.0


def test_other_layouts_and_localities_match_gold(extra_db):
    report = evaluate(extra_db, json.loads((GOLD / "extra.json").read_text(encoding="utf-8")))
    assert report["documents"] == 6
    assert min(report["metadata_accuracy"].values()) >= 0.95, report["misses"]
    assert report["lead"]["precision"] >= 0.95 and report["lead"]["recall"] >= 0.95, report["misses"]
    assert report["support"]["precision"] >= 0.9 and report["support"]["recall"] >= 0.9, report["misses"]
    assert report["clauses"]["correct"] >= report["clauses"]["total"] - 1, report["misses"]


def test_other_layouts_lose_no_body_text(extra_db):
    con = duckdb.connect(str(extra_db), read_only=True)
    rows = con.execute("SELECT source_file, body_coverage, encoding FROM documents").fetchall()
    con.close()
    assert {r[0]: r[1] for r in rows} == {r[0]: 1.0 for r in rows}
    assert {r[2] for r in rows} >= {"utf-8-sig", "utf-16", "cp1258", "utf-8"}


def test_web_noise_is_not_a_clause(extra_db):
    con = duckdb.connect(str(extra_db), read_only=True)
    noise = con.execute("SELECT count(*) FROM clauses WHERE text LIKE '%cookies%' OR text LIKE '%.signed.pdf%'").fetchone()[0]
    con.close()
    assert noise == 0
