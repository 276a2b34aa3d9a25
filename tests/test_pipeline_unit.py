"""What a build of a folder shows its user (etl/pipeline.py), on short directives written for this test: the
messages a large folder prints while it is read, what a manifest row fills in or warns about, which agency a
name is in the document's place and year, the limits the settings set, and a folder parsed on two cores."""

from __future__ import annotations

import dataclasses
import textwrap
import types
from collections import Counter

import pytest

from etl import frames
from etl import pipeline as pl
from etl.config import Settings

SETTINGS = dataclasses.replace(Settings.from_env(), workers=1)

HEAD = """ỦY BAN NHÂN DÂN
{unit}
Số: {number}/CT-UBND
{place}, ngày 12 tháng 4 năm {year}

CHỈ THỊ
Về việc chuẩn bị Kỳ thi tốt nghiệp trung học phổ thông năm {year}

"""
TAIL = "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nCHỦ TỊCH\nLê Văn An\n"
ROADS = ("1. Sở Xây dựng bảo đảm giao thông thông suốt trên các tuyến đường đến điểm thi.\n"
         "2. Sở Y tế bố trí cán bộ y tế trực tại các điểm thi.\n")


def _write(folder, name, body, *, unit="TỈNH CAO BẰNG", place="Cao Bằng", year=2024, number="9"):
    path = folder / name
    path.write_text(HEAD.format(unit=unit, place=place, year=year, number=number) + body + TAIL, encoding="utf-8")
    return path


def _tables(folder, settings=SETTINGS):
    messages: list[str] = []
    build = pl.parse_folder(folder, settings, messages.append)
    return build, frames.build_frames(build, settings), messages


def _leads(tables, source_file):
    """(agency name, its sector) of every lead of a document's clauses, in clause order."""
    t = tables
    a = (t["assignments"].merge(t["clauses"][["clause_id", "doc_id", "seq"]])
         .merge(t["documents"][["doc_id", "source_file"]]).merge(t["agencies"][["agency_id", "name", "role"]]))
    a = a[(a["source_file"] == source_file) & (a["kind"] == "lead")].sort_values("seq")
    return list(zip(a["name"], a["role"]))


# --- the progress a large folder prints ------------------------------------------------------------------


def test_a_large_folder_reports_every_hundred_files_with_the_time_left(tmp_path, monkeypatch):
    """A user building 150 files sees a line after the 100th and after the last, with the seconds spent and an
    estimate of those left. The clock is one that moves a tenth of a second per file read, so the numbers
    shown can be checked: 10 s for 100 files leaves about 5 s for the other 50."""
    _write(tmp_path, "a_caobang.txt", ROADS)
    for n in range(149):  # scans of the signed pages, sent along with the text: listed as refused, not read
        (tmp_path / f"scan_{n:03d}.jpg").write_bytes(b"\xff\xd8\xff")
    files_read = [0]
    clock = types.SimpleNamespace(perf_counter=lambda: 1000.0 + files_read[0] / 10)
    parse_one = pl._parse_file

    def slow_parse(*args):
        files_read[0] += 1
        return parse_one(*args)

    monkeypatch.setattr(pl, "time", clock)
    monkeypatch.setattr(pl, "_parse_file", slow_parse)
    messages: list[str] = []
    build = pl.parse_folder(tmp_path, SETTINGS, messages.append)
    read = [m for m in messages if m.startswith("  read ")]
    assert read == ["  read 100/150 files (10.0 s, about 5 s left)", "  read 150/150 files (15.0 s, about 0 s left)"]
    assert build.timings["parse_s"] == pytest.approx(15.0)  # the build's report gives the parse time
    assert [d.source_file for d in build.docs] == ["a_caobang.txt"] and len(build.rejected) == 149
    assert not any("scan_" in m for m in messages)  # files of another type are listed, not shouted


def test_a_large_folder_parsed_on_two_cores_gives_what_one_core_gives(tmp_path):
    """From 64 files on a folder is parsed by a pool of workers: the documents, their order and the refused
    files must be those of a one-process build. 202 files: a few hundred, as a province's archive has, are
    handed to the workers in chunks of more than eight."""
    _write(tmp_path, "a_caobang_2024.txt", ROADS)
    _write(tmp_path, "b_caobang_2025.txt", ROADS, year=2025, number="4")
    for n in range(200):
        (tmp_path / f"c_scan_{n:03d}.jpg").write_bytes(b"\xff\xd8\xff")
    pooled = pl.parse_folder(tmp_path, dataclasses.replace(SETTINGS, workers=2))
    serial = pl.parse_folder(tmp_path, SETTINGS)
    assert [d.source_file for d in pooled.docs] == ["a_caobang_2024.txt", "b_caobang_2025.txt"]
    assert [(d.source_file, [c.text for c in d.clauses]) for d in pooled.docs] == \
           [(d.source_file, [c.text for c in d.clauses]) for d in serial.docs]
    assert pooled.rejected == serial.rejected and len(pooled.rejected) == 200


def test_a_large_folder_set_to_two_workers_is_really_read_by_two(tmp_path, monkeypatch):
    """DIRECTIVES_WORKERS=2 on a folder of 66 files: a pool of two workers is started and the files are handed
    to it (in chunks of eight, the smallest), not parsed one after another in the build's own process, which
    gives the same tables only slower."""
    _write(tmp_path, "a_caobang_2024.txt", ROADS)
    _write(tmp_path, "b_caobang_2025.txt", ROADS, year=2025, number="4")
    for n in range(64):
        (tmp_path / f"c_scan_{n:03d}.jpg").write_bytes(b"\xff\xd8\xff")
    started, handed = [], []
    real_pool = pl.parsing_pool

    def watched_pool(workers):
        pool = real_pool(workers)
        started.append(workers)
        real_map = pool.map

        def watched_map(*args, **kwargs):
            handed.append(kwargs.get("chunksize"))
            return real_map(*args, **kwargs)

        pool.map = watched_map
        return pool

    monkeypatch.setattr(pl, "parsing_pool", watched_pool)
    build = pl.parse_folder(tmp_path, dataclasses.replace(SETTINGS, workers=2))
    assert (started, handed) == ([2], [8])
    assert [d.source_file for d in build.docs] == ["a_caobang_2024.txt", "b_caobang_2025.txt"]


# --- the manifest ----------------------------------------------------------------------------------------


def test_a_manifest_fills_in_the_place_and_year_and_its_bad_cells_are_warnings(tmp_path):
    (tmp_path / "khong_ro.txt").write_text(
        "CHỈ THỊ\nVề việc chuẩn bị kỳ thi\n\n" + ROADS, encoding="utf-8")  # no header naming a place or year
    _write(tmp_path, "caobang.txt", ROADS)
    (tmp_path / "manifest.csv").write_text(
        "source_file,locality,year,ghi_chu\n"
        "khong_ro.txt,Cao Bằng,2025,bản chụp\n"
        "caobang.txt,,năm ngoái,\n"
        "da_xoa.txt,Hà Giang,2024,\n", encoding="utf-8")
    build, t, messages = _tables(tmp_path)
    docs = t["documents"].set_index("source_file")
    assert (docs.loc["khong_ro.txt", "locality"], docs.loc["khong_ro.txt", "year"]) == ("Cao Bằng", 2025)
    # the manifest's year makes it a 2025 document, in which Sở Xây dựng is the transport department
    assert _leads(t, "khong_ro.txt") == [("Sở Xây dựng", "transport"), ("Sở Y tế", "health")]
    w = t["warnings"]
    bad = w[(w["source_file"] == "caobang.txt") & (w["field"] == "year")]
    assert len(bad) == 1 and "'năm ngoái' is not a number" in bad["message"].item()
    assert bad["doc_id"].item() == docs.loc["caobang.txt", "doc_id"]
    assert docs.loc["caobang.txt", "year"] == 2024  # the text's own year stays
    whole = w[w["source_file"] == "manifest.csv"].sort_values("message")
    assert whole["doc_id"].isna().all() and set(whole["field"]) == {"manifest"}
    assert whole["message"].tolist() == [
        "manifest.csv has a row for da_xoa.txt, which is not in the folder; the row is not used",
        "manifest.csv has unknown columns (ghi_chu); they were ignored"]
    assert ("  warning: manifest.csv có cột không dùng được (ghi_chu); các cột đó bị bỏ qua "
            "(manifest.csv has unknown columns (ghi_chu); they were ignored)") in messages
    assert any(m.startswith("  warning: caobang.txt: ") and "'năm ngoái' is not a number" in m for m in messages)


# --- which agency a name is: the document's place, year and the fuzzy cut-off -----------------------------


def test_the_same_department_name_is_the_agency_of_its_year(tmp_path):
    """In 2025 the transport department was merged into Sở Xây dựng: a 2025 directive's Sở Xây dựng is the
    transport agency, a 2024 one's is not."""
    _write(tmp_path, "caobang_2024.txt", ROADS)
    _write(tmp_path, "caobang_2025.txt", ROADS, year=2025)
    _, t, _ = _tables(tmp_path)
    assert _leads(t, "caobang_2025.txt")[0] == ("Sở Xây dựng", "transport")
    assert _leads(t, "caobang_2024.txt")[0] == ("Sở Xây dựng", "other")


def test_a_city_committee_written_in_full_or_short_is_one_agency(tmp_path):
    """A city's directive says "thành phố" where a province's says "tỉnh": its People's Committee, written in
    full or as UBND, is one agency of that city."""
    _write(tmp_path, "danang.txt",
           "1. Ủy ban nhân dân thành phố kiểm tra công tác coi thi tại các điểm thi.\n"
           "2. UBND thành phố tổng hợp kết quả kiểm tra, báo cáo Bộ Giáo dục và Đào tạo.\n",
           unit="THÀNH PHỐ ĐÀ NẴNG", place="Đà Nẵng", number="5")
    _, t, _ = _tables(tmp_path)
    leads = _leads(t, "danang.txt")
    assert len(leads) == 2 and leads[0] == leads[1] and leads[0][1] == "provincial_pc"
    committee = t["agencies"][t["agencies"]["role"] == "provincial_pc"]
    assert committee["locality"].tolist() == ["Đà Nẵng"]


@pytest.mark.parametrize(("cutoff", "one_agency"), [(88.0, True), (100.0, False)])
def test_a_misspelt_department_is_the_same_agency_only_within_the_cutoff(tmp_path, cutoff, one_agency):
    """DIRECTIVES_AGENCY_CUTOFF: a department typed without one accent is the same agency at the default
    cut-off, and a name of its own when only exact names are accepted."""
    _write(tmp_path, "danang.txt",
           "1. Sở Giáo dục và Đào tạo chủ trì tổ chức kỳ thi trên địa bàn thành phố.\n"
           "2. Sở Giáo duc và Đào tạo hướng dẫn thí sinh làm thủ tục dự thi.\n",
           unit="THÀNH PHỐ ĐÀ NẴNG", place="Đà Nẵng", number="5")
    _, t, _ = _tables(tmp_path, dataclasses.replace(SETTINGS, agency_fuzzy_cutoff=cutoff))
    first, second = _leads(t, "danang.txt")
    assert first == ("Sở Giáo dục và Đào tạo", "education")
    assert (second == first) is one_agency


# --- settings that limit reading; how the text was laid out -----------------------------------------------


def test_a_file_larger_than_the_size_setting_is_refused_with_the_reason(tmp_path):
    _write(tmp_path, "caobang.txt", ROADS * 40)
    _write(tmp_path, "caobang_ngan.txt", ROADS, number="10")
    build, t, messages = _tables(tmp_path, dataclasses.replace(SETTINGS, max_file_bytes=6000))
    assert [d.source_file for d in build.docs] == ["caobang_ngan.txt"]
    (name, reason, _), = build.rejected
    assert name == "caobang.txt" and "6000" in reason.replace(",", "").replace(" ", "")
    assert any(m.startswith("  skipped caobang.txt: ") for m in messages)


def test_text_from_a_pdf_with_a_blank_line_after_every_line_is_marked_wrapped(tmp_path):
    body = ("1. Sở Giáo dục và Đào tạo chủ trì tổ chức kỳ thi trên địa bàn tỉnh, bảo đảm an toàn, nghiêm túc, "
            "đúng quy chế; hướng dẫn các trường phổ thông ôn tập cho học sinh lớp 12 và thí sinh tự do.\n"
            "2. Công an tỉnh bảo vệ an toàn đề thi, bài thi trong suốt quá trình vận chuyển, bàn giao và bảo "
            "quản tại các điểm thi ở vùng sâu, vùng xa.\n")
    text = HEAD.format(unit="TỈNH HÀ GIANG", place="Hà Giang", year=2023, number="3") + body + TAIL
    pdf_like = "\n\n".join(line for para in text.split("\n") for line in textwrap.wrap(para, 60) or [""])
    (tmp_path / "hagiang.txt").write_text(pdf_like, encoding="utf-8")
    _write(tmp_path, "hagiang_word.txt", body, unit="TỈNH HÀ GIANG", place="Hà Giang", year=2023, number="4")
    _, t, _ = _tables(tmp_path)
    docs = t["documents"].set_index("source_file")
    assert bool(docs.loc["hagiang.txt", "wrapped"]) and not bool(docs.loc["hagiang_word.txt", "wrapped"])
    clauses = t["clauses"].merge(t["documents"][["doc_id", "source_file"]])
    assert (clauses.loc[clauses["source_file"] == "hagiang.txt", "text"].tolist()
            == clauses.loc[clauses["source_file"] == "hagiang_word.txt", "text"].tolist())


# --- body coverage: the share of the body's letters that landed in clauses --------------------------------


def _coverage_by_hand(body: str, clause_texts: list[str]) -> float:
    want = Counter(c for c in body if not c.isspace())
    got = Counter(c for c in "".join(clause_texts) if not c.isspace())
    return 1 - sum((want - got).values()) / sum(want.values())


def _paragraphs(source: str):
    """(paragraph spans, kinds): the first line a header, every other line body."""
    spans, at = [], 0
    for line in source.split("\n"):
        spans.append(types.SimpleNamespace(start=at, end=at + len(line)))
        at += len(line) + 1
    return spans, ["header"] + ["body"] * (len(spans) - 1)


@pytest.mark.parametrize("left_out", [
    "Mục XII. Bảo đảm kỹ thuật cho kỳ thi",  # a heading no clause holds: its X, I and ỹ are missing
    "",
])
def test_body_coverage_counts_the_letters_no_clause_holds(left_out):
    clauses = ["1. Sở Y tế trực tại các điểm thi.", "2. Công an tỉnh bảo vệ đề thi."]
    source = "\n".join(["ỦY BAN NHÂN DÂN TỈNH", left_out, *clauses])
    spans, kinds = _paragraphs(source)
    got = pl.body_coverage(source, spans, kinds, clauses)
    assert got == pytest.approx(_coverage_by_hand("".join(["", left_out, *clauses]), clauses))
    assert (got < 1) is bool(left_out)


def test_a_body_with_no_letters_is_fully_covered():
    source = "ỦY BAN NHÂN DÂN TỈNH"
    spans, kinds = _paragraphs(source)
    assert pl.body_coverage(source, spans, kinds, ["1. Sở Y tế trực tại các điểm thi."]) == 1.0
