"""Synthetic corpus generator (benchmarks/synth.py): determinism, counts, headers, variation, locality naming, plan."""

from __future__ import annotations

import csv
import itertools
import re
import unicodedata
from pathlib import Path

import pytest

from benchmarks.synth import DUTIES, LAYOUTS, LOCALITIES, duty_plan, synthesize

CITIES = {"Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ"}


def _manifest(out: Path) -> list[dict[str, str]]:
    with open(out / "manifest.csv", encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _header(text: str, lines: int = 15) -> str:
    """First non-empty lines, joined: a hard-wrapped header may split a name across lines."""
    return " ".join([" ".join(ln.split()) for ln in text.splitlines() if ln.strip()][:lines])


def _parts(p: Path) -> tuple[int, str]:
    """(year, layout) from a file name "<locality-slug>-<year>-<layout>.txt"."""
    m = re.fullmatch(r".+-(\d{4})-([a-z-]+)", p.stem)
    assert m, p.name
    return int(m.group(1)), m.group(2)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> tuple[Path, list[Path]]:
    out = tmp_path_factory.mktemp("corpus")
    return out, synthesize(out, localities=8, years=(2022, 2025), seed=3, docs_per_year=3)


def _texts(out: Path, paths: list[Path]) -> dict[str, tuple[dict[str, str], str]]:
    rows = {r["source_file"]: r for r in _manifest(out)}
    return {p.name: (rows[p.name], p.read_text(encoding="utf-8")) for p in paths}


def test_tables():
    assert len(LOCALITIES) == 63
    assert len({loc.name for loc in LOCALITIES}) == 63
    assert [loc.name for loc in LOCALITIES[:2]] == ["Lạng Sơn", "Hải Phòng"]
    assert {loc.name for loc in LOCALITIES if loc.kind == "thành phố"} == CITIES
    assert all(unicodedata.is_normalized("NFC", loc.name) for loc in LOCALITIES)
    assert 40 <= len(DUTIES) <= 65
    assert all(len(d.wordings) >= 1 for d in DUTIES)
    assert sum(len(d.wordings) >= 2 for d in DUTIES) >= 0.8 * len(DUTIES)


def test_deterministic(tmp_path):
    a = synthesize(tmp_path / "a", localities=4, years=(2023, 2025), seed=7, docs_per_year=2)
    b = synthesize(tmp_path / "b", localities=4, years=(2023, 2025), seed=7, docs_per_year=2)
    assert [p.name for p in a] == [p.name for p in b]
    for pa, pb in zip(a, b):
        assert pa.read_bytes() == pb.read_bytes()
    assert (tmp_path / "a" / "manifest.csv").read_bytes() == (tmp_path / "b" / "manifest.csv").read_bytes()
    c = synthesize(tmp_path / "c", localities=4, years=(2023, 2025), seed=8, docs_per_year=2)
    assert [p.read_bytes() for p in a] != [p.read_bytes() for p in c]


def test_counts_and_manifest(tmp_path):
    paths = synthesize(tmp_path, localities=3, years=(2022, 2024))
    assert len(paths) == 9
    assert sorted(p.name for p in tmp_path.glob("*.txt")) == sorted(p.name for p in paths)
    rows = _manifest(tmp_path)
    assert list(rows[0]) == ["source_file", "locality", "year", "doc_type", "issuer"]
    assert [r["source_file"] for r in rows] == [p.name for p in paths]
    assert {r["locality"] for r in rows} == {"Lạng Sơn", "Hải Phòng", "Hà Nội"}
    assert sorted({int(r["year"]) for r in rows}) == [2022, 2023, 2024]
    assert {r["doc_type"] for r in rows} <= {t for t, _ in LAYOUTS.values()}


def test_docs_per_year_are_different_types(tmp_path):
    paths = synthesize(tmp_path, localities=2, years=(2024, 2024), docs_per_year=4)
    assert len(paths) == 8
    layouts = [_parts(p)[1] for p in paths]
    assert len(set(layouts[:4])) == 4 and len(set(layouts[4:])) == 4


def test_bad_arguments(tmp_path):
    with pytest.raises(ValueError):
        synthesize(tmp_path, localities=0, years=(2024, 2024))
    with pytest.raises(ValueError):
        synthesize(tmp_path, localities=64, years=(2024, 2024))
    with pytest.raises(ValueError):
        synthesize(tmp_path, localities=1, years=(2025, 2024))
    with pytest.raises(ValueError):
        synthesize(tmp_path, localities=1, years=(2024, 2024), docs_per_year=len(LAYOUTS) + 1)


def test_utf8_nfc_and_header_states_locality_and_year(corpus):
    out, paths = corpus
    for name, (row, _) in _texts(out, paths).items():
        raw = (out / name).read_bytes()
        text = raw.decode("utf-8")  # strict: raises on invalid UTF-8
        assert unicodedata.is_normalized("NFC", text), name
        assert "{" not in text and "}" not in text, name  # no unfilled template field
        head = _header(text)
        assert row["locality"] in head, (name, head)
        assert row["year"] in head, (name, head)


def test_every_layout_appears(corpus):
    _, paths = corpus
    codes = {_parts(p)[1] for p in paths}
    assert codes == set(LAYOUTS)


def test_documents_change_from_year_to_year():
    for loc in ("Lạng Sơn", "Hải Phòng", "Cần Thơ"):
        plans = {y: duty_plan(loc, y, seed=0) for y in range(2021, 2026)}
        ids = {y: {p.duty_id for p in plan} for y, plan in plans.items()}
        assert any(ids[y] - ids[y + 1] for y in range(2021, 2025)), loc      # dropped
        assert any(ids[y + 1] - ids[y] for y in range(2021, 2025)), loc      # added
        words = {y: {(p.duty_id, p.wording) for p in plan} for y, plan in plans.items()}
        assert any((words[y] - words[y + 1]) - {(i, w) for i, w in words[y] if i not in ids[y + 1]}
                   for y in range(2021, 2025)), loc                          # reworded
    reassigned = [p for loc in LOCALITIES[:10] for y in range(2020, 2026) for p in duty_plan(loc.name, y)
                  if p.role != next(d.role for d in DUTIES if d.id == p.duty_id)]
    assert reassigned

    def share(duty_id: str, year: int) -> float:
        return sum(any(p.duty_id == duty_id for p in duty_plan(loc.name, year)) for loc in LOCALITIES) / 63

    assert share("police_jamming", 2023) == 0 and share("police_jamming", 2024) > 0.6  # new in 2024
    assert share("health_covid", 2021) > 0.3 and share("health_covid", 2023) == 0       # gone after 2022


def test_text_differs_across_years(tmp_path):
    paths = synthesize(tmp_path, localities=2, years=(2022, 2025), seed=0, docs_per_year=1)

    def sentences(p: Path) -> set[str]:
        flat = " ".join(p.read_text(encoding="utf-8").split())
        flat = re.sub(r"20\d\d", "YYYY", flat)
        return {s.strip() for s in re.split(r"[.;:]\s", flat) if len(s) > 60}

    for loc in ("lang-son", "hai-phong"):
        docs = sorted(p for p in paths if p.name.startswith(loc + "-"))
        assert len(docs) == 4
        for a, b in itertools.pairwise(docs):
            sa, sb = sentences(a), sentences(b)
            assert sa - sb and sb - sa, (a.name, b.name)


def test_agency_names_follow_locality(corpus):
    out, paths = corpus
    texts = _texts(out, paths)
    by_loc: dict[str, str] = {}
    for row, text in texts.values():
        by_loc[row["locality"]] = by_loc.get(row["locality"], "") + "\n" + " ".join(text.split())
    hp, ls = by_loc["Hải Phòng"], by_loc["Lạng Sơn"]
    assert "Công an thành phố" in hp and "quận, huyện" in hp and "Thành đoàn Hải Phòng" in hp
    assert "Công an tỉnh" not in hp and "UBND tỉnh" not in hp and "Tỉnh ủy" not in hp
    assert "Công an tỉnh" in ls and "huyện, thành phố" in ls and "Công ty Điện lực Lạng Sơn" in ls
    assert "Công an thành phố" not in ls and "quận" not in ls and "UBND thành phố" not in ls
    for loc in LOCALITIES[:8]:
        text = by_loc[loc.name]
        if loc.kind == "thành phố":
            assert "Công an tỉnh" not in text, loc.name
        else:
            assert "Công an thành phố" not in text and "quận, huyện" not in text, loc.name


def test_2025_mergers(corpus):
    out, paths = corpus
    texts = _texts(out, paths)
    y2025 = [text for row, text in texts.values() if row["year"] == "2025"]
    flat = [" ".join(t.split()) for t in y2025]
    assert any("Sở Khoa học và Công nghệ" in t for t in flat)
    for t in flat:
        assert "Sở Thông tin và Truyền thông" not in t and "Sở TT&TT" not in t
        assert "Sở Giao thông vận tải" not in t and "Sở GTVT" not in t
    before = [" ".join(text.split()) for row, text in texts.values() if row["year"] == "2024"]
    assert any("Sở Thông tin và Truyền thông" in t or "Sở TT&TT" in t for t in before)
    assert not any("Sở Khoa học và Công nghệ" in t for t in before)


def test_prime_minister_directives(tmp_path):
    paths = synthesize(tmp_path, localities=2, years=(2022, 2024), docs_per_year=3)
    for p in paths:
        flat = " ".join(p.read_text(encoding="utf-8").split()).replace("CT- TTg", "CT-TTg")
        year = _parts(p)[0]
        if "/CT-TTg" in flat:
            expected = {2022: "06/CT-TTg ngày 27/5/2022", 2023: "17/CT-TTg ngày 29/5/2023",
                        2024: "15/CT-TTg ngày 16/5/2024"}[year]
            assert expected in flat, p.name


def _hard_wrapped(text: str) -> bool:
    lines = text.split("\n")
    nonblank = [ln.rstrip() for ln in lines if ln.strip()]
    return len(nonblank) > 30 and max(map(len, nonblank)) <= 82 and all(
        not lines[i].strip() for i in range(1, len(lines) - 1, 2))


def test_some_documents_are_hard_wrapped(tmp_path):
    paths = synthesize(tmp_path, localities=10, years=(2022, 2025), seed=0)
    assert len(paths) == 40
    wrapped = [p for p in paths if _hard_wrapped(p.read_text(encoding="utf-8"))]
    assert 1 <= len(wrapped) < len(paths)


def test_sentence_bank_is_data(tmp_path):
    """The duties live in benchmarks/duties.toml, not in code: the generator reads them from there."""
    import tomllib

    with open(Path(__file__).parents[1] / "benchmarks" / "duties.toml", "rb") as fh:
        bank = tomllib.load(fh)["duty"]
    assert [d["id"] for d in bank] == [d.id for d in DUTIES]


def test_every_document_words_its_duties_its_own_way(tmp_path):
    synthesize(tmp_path, localities=6, years=(2023, 2025), seed=2, docs_per_year=3)
    with open(tmp_path / "_truth" / "duties.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    texts = [r["text"] for r in rows]
    assert len(set(texts)) / len(texts) >= 0.9
    # One planned duty, many wordings: the same duty id in different documents is rarely the same text.
    by_duty: dict[str, set] = {}
    for r in rows:
        by_duty.setdefault(r["duty_id"], set()).add(r["text"])
    assert sum(len(v) for v in by_duty.values()) / len(by_duty) >= 5


def test_truth_names_the_planned_duty_of_every_document(tmp_path):
    paths = synthesize(tmp_path, localities=2, years=(2024, 2024), seed=0, docs_per_year=2)
    with open(tmp_path / "_truth" / "duties.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    by_file: dict[str, set] = {}
    for r in rows:
        by_file.setdefault(r["source_file"], set()).add(r["duty_id"])
    rows_m = {r["source_file"]: r for r in _manifest(tmp_path)}
    for p in paths:
        planned = {d.duty_id for d in duty_plan(rows_m[p.name]["locality"], 2024, seed=0)}
        assert by_file[p.name] <= planned
        flat = "".join(p.read_text(encoding="utf-8").split()).lower()
        # Each recorded wording is in the document (its last words: layouts put agency names before it).
        recorded = [r["text"] for r in rows if r["source_file"] == p.name]
        assert len(recorded) >= 5
        for text in recorded:
            assert "".join(text.lower().split()[-5:]).rstrip(".;,") in flat, (p.name, text)


def test_truth_records_the_bank_wording_and_keeps_its_parts(tmp_path):
    """The truth's finer level (benchmarks/truth.py) is one sentence of the bank as a document rewrites it:
    each recorded text names the wording it rewrites and keeps that wording's "; " parts, so part k of two
    documents is the same sentence of the bank."""
    from benchmarks.synth import DUTY_BY_ID

    synthesize(tmp_path, localities=4, years=(2024, 2025), seed=3, docs_per_year=2)
    with open(tmp_path / "_truth" / "duties.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert rows
    for r in rows:
        wordings = DUTY_BY_ID[r["duty_id"]].wordings
        assert 0 <= int(r["wording"]) < len(wordings)
        assert len(r["text"].split("; ")) == len(wordings[int(r["wording"])].split("; ")), r["text"]


def test_rewriting_sometimes_leaves_out_an_optional_modifier():
    from random import Random

    from benchmarks.variation import rewrite

    text = "Chịu trách nhiệm toàn diện về công tác tổ chức Kỳ thi trên địa bàn."
    outs = {rewrite(text, Random(k), locality="Cà Mau", year=2024) for k in range(60)}
    assert any("toàn diện" not in o for o in outs) and any("toàn diện" in o for o in outs)
    assert all(o.startswith(("Chịu trách nhiệm", "Khẩn trương", "Tiếp tục", "Tập trung", "Quan tâm", "Chỉ đạo",
                             "Thực hiện tốt")) for o in outs)
