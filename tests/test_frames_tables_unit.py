"""etl/frames.py, the survivors of mutation round twelve: what the Data, Document and Duties pages read of a build
when a table is empty, when the cleaner set text aside or the reader noted something about the file, what the
build says while it aligns, which clauses give statements, and what a statement is matched by. Directives written
for this test (tests/test_frames_unit.py's header and tail)."""

from __future__ import annotations

import dataclasses

import pytest

from etl import frames
from etl import pipeline as pl
from tests.test_frames_unit import HEAD, SETTINGS, TAIL

COLUMNS = {
    "documents": None,  # made from one dict per document: no empty build reaches the loader without documents
    "document_fields": ["doc_id", "field", "value", "source"],
    "warnings": ["doc_id", "source_file", "field", "message"],
    "dropped_text": ["doc_id", "text", "start_char", "end_char"],
    "agencies": ["agency_id", "name", "role", "locality", "successor", "note"],
    "assignments": ["clause_id", "agency_id", "kind", "how", "start_char", "end_char", "statement_id"],
    "agency_mentions": ["clause_id", "statement_id", "agency_id", "part", "rule", "start_char", "end_char"],
    "statements": ["statement_id", "clause_id", "part", "text", "match_text", "theme", "kind", "kind_reason", "roles_from", "topics"],
    "duties": ["duty_id", "label", "theme", "n_docs", "lead_roles"],
    "duty_clauses": ["duty_id", "clause_id", "statement_id", "score", "node_id"],
    "links": ["a", "b", "score"],
}


def write(folder, name, body, caps="HÀ GIANG", year=2024, number="12", encoding="utf-8", tail=TAIL):
    folder.mkdir(exist_ok=True)
    (folder / name).write_bytes((HEAD.format(caps=caps, place=caps.title(), year=year, number=number) + body + tail)
                                .encode(encoding))


def build_of(folder, messages=None, settings=SETTINGS):
    build = pl.parse_folder(folder, settings, lambda _: None)
    return build, frames.build_frames(build, settings, (messages if messages is not None else []).append)


def rows_of(tables, name, **where):
    t = tables[name]
    for k, v in where.items():
        t = t[t[k] == v]
    return t


def test_a_folder_whose_only_file_is_refused_still_gives_every_table_its_columns(tmp_path):
    folder = tmp_path / "raw"
    folder.mkdir()
    (folder / "scan.xls").write_bytes(b"\xd0\xcf\x11\xe0")
    _, tables = build_of(folder)
    for name, columns in COLUMNS.items():
        assert tables[name].empty, name
        if columns:
            assert list(tables[name].columns) == columns, name


PLAIN = ("1. Sở Y tế bố trí cán bộ y tế trực tại tất cả các điểm thi trong tỉnh.\n"
         "2. Công an tỉnh bảo vệ an toàn khu vực in sao đề thi.\n")


def test_one_tidy_directive_gives_empty_tables_with_their_columns(tmp_path):
    write(tmp_path / "raw", "hg.txt", PLAIN)
    _, tables = build_of(tmp_path / "raw")
    assert not tables["statements"].empty and tables["dropped_text"].empty and tables["warnings"].empty
    for name in ("dropped_text", "warnings", "agencies", "assignments", "statements", "duties", "document_fields"):
        assert list(tables[name].columns) == COLUMNS[name], name


def test_page_numbers_set_aside_are_listed_where_they_stood(tmp_path):
    body = PLAIN.replace("\n2.", "\n- 2 -\n2.")
    write(tmp_path / "raw", "hg.txt", body)
    _, tables = build_of(tmp_path / "raw")
    doc = tables["documents"].iloc[0]
    dropped = tables["dropped_text"]
    assert dropped["text"].tolist() == ["- 2 -"] and dropped["doc_id"].tolist() == [doc["doc_id"]]
    start, end = int(dropped["start_char"].iloc[0]), int(dropped["end_char"].iloc[0])
    assert doc["source_text"][start:end] == "- 2 -"


def test_what_the_reader_noted_about_a_file_is_a_warning_on_its_encoding(tmp_path):
    # UTF-8 read as Windows-1252 and saved again: the reader repairs it and says so
    folder = tmp_path / "raw"
    folder.mkdir()
    text = HEAD.format(caps="HÀ GIANG", place="Hà Giang", year=2024, number="12") + PLAIN + TAIL
    (folder / "hg.txt").write_bytes(text.encode("utf-8").decode("latin-1").encode("utf-8"))
    _, tables = build_of(folder)
    doc = tables["documents"].iloc[0]
    noted = rows_of(tables, "warnings", field="encoding")
    assert noted["message"].tolist() == ["repaired mojibake (UTF-8 that had been read as Windows-1252)"]
    assert noted["doc_id"].tolist() == [doc["doc_id"]] and noted["source_file"].tolist() == ["hg.txt"]


def test_the_document_row_names_the_national_directive_its_recipients_and_coverage(tmp_path):
    body = ("Thực hiện Chỉ thị số 15/CT-TTg ngày 2/5/2024 của Thủ tướng Chính phủ, Chủ tịch UBND tỉnh yêu cầu:\n" + PLAIN)
    tail = TAIL.replace("- Như trên;", "- Như trên;\n- Sở Giáo dục và Đào tạo;")
    write(tmp_path / "raw", "hg.txt", body, tail=tail)
    build, tables = build_of(tmp_path / "raw")
    doc = tables["documents"].iloc[0]
    assert doc["implements"] == "15/CT-TTg"
    fields = rows_of(tables, "document_fields", field="implements")
    assert fields["value"].tolist() == ["15/CT-TTg"] and fields["source"].tolist() == ["text"]
    assert doc["recipients"] == "; ".join(build.docs[0].recipients) and doc["recipients"].count("; ") >= 1
    assert doc["body_coverage"] == round(build.docs[0].coverage, 6) and 0 < doc["body_coverage"] <= 1
    assert "wrapped" in tables["documents"].columns and doc["wrapped"] == build.docs[0].wrapped


def test_a_field_the_manifest_gives_says_so(tmp_path):
    folder = tmp_path / "raw"
    write(folder, "hg.txt", PLAIN)
    (folder / "manifest.csv").write_text("source_file,locality\nhg.txt,Cao Bằng\n", encoding="utf-8")
    _, tables = build_of(folder)
    locality = rows_of(tables, "document_fields", field="locality")
    assert locality["value"].tolist() == ["Cao Bằng"] and locality["source"].tolist() == ["manifest"]


def test_the_build_says_how_many_statements_it_aligned_and_times_each_step(tmp_path):
    write(tmp_path / "raw", "hg.txt", PLAIN)
    messages = []
    build, tables = build_of(tmp_path / "raw", messages)
    n = int((tables["statements"]["kind"] == "duty").sum())
    assert any(m.startswith(f"  aligned {n} duty statements: ") and m.endswith(" pairs scored") for m in messages)
    for step in ("frames_s", "align_s"):
        assert 0 <= build.timings[step] < 60, step


def test_rows_made_here_equal_rows_made_in_the_parsing_worker(tmp_path):
    write(tmp_path / "raw", "hg.txt", PLAIN)
    build, tables = build_of(tmp_path / "raw")
    build.docs = [dataclasses.replace(d, rows=None) for d in build.docs]
    again = frames.build_frames(build, SETTINGS)
    for name in ("documents", "clauses", "assignments", "agency_mentions", "agencies", "statements"):
        assert again[name].astype(str).equals(tables[name].astype(str)), name


def test_a_stricter_link_threshold_keeps_two_provinces_wordings_apart(tmp_path):
    folder = tmp_path / "raw"
    write(folder, "hg.txt", PLAIN)
    write(folder, "cb.txt", PLAIN.replace("tất cả các điểm thi trong tỉnh", "mọi điểm thi của tỉnh"), caps="CAO BẰNG")
    _, loose = build_of(folder)
    _, strict = build_of(folder, settings=dataclasses.replace(SETTINGS, link_threshold=100.0))
    assert len(strict["duties"]) > len(loose["duties"])
    assert strict["links"].empty or strict["links"]["score"].min() >= 100.0


# --- which clauses give statements, and what a statement is matched by ------------------------------------

def statements_of(tmp_path, body, caps="HÀ GIANG"):
    write(tmp_path / "raw", "doc.txt", body, caps=caps)
    build, tables = build_of(tmp_path / "raw")
    clauses = tables["clauses"].set_index("clause_id")
    st = tables["statements"].assign(clause_kind=lambda f: f["clause_id"].map(clauses["kind"]),
                                     clause_text=lambda f: f["clause_id"].map(clauses["text"]))
    return build, st


def test_a_numbered_directive_s_preamble_gives_no_statement(tmp_path):
    _, st = statements_of(tmp_path, PLAIN)
    assert set(st["clause_kind"]) == {"item"}
    assert not st["text"].str.contains("Chủ tịch Ủy ban nhân dân tỉnh yêu cầu").any()


def test_parents_that_are_sentences_give_statements_and_bare_headings_do_not(tmp_path):
    body = ("1. Công an tỉnh bảo đảm an ninh trật tự trong suốt thời gian diễn ra Kỳ thi.\n"
            "a) Bảo vệ khu vực in sao đề thi.\n"
            "2. Sở Y tế bố trí cán bộ y tế tại các điểm thi;\n"
            "a) Kiểm tra bếp ăn của lực lượng in sao đề thi.\n"
            "3. Sở Giao thông vận tải chỉ đạo các doanh nghiệp vận tải thực hiện các việc sau:\n"
            "a) Tăng chuyến xe đưa đón thí sinh ở vùng sâu.\n"
            "4. Sở Tài chính:\n"
            "a) Bảo đảm kinh phí tổ chức Kỳ thi.\n"
            "5. Thành lập Hội đồng thi cấp tỉnh\n")
    _, st = statements_of(tmp_path, body)
    texts = st["text"].tolist()
    for kept in ("Công an tỉnh bảo đảm an ninh trật tự trong suốt thời gian diễn ra Kỳ thi.",
                 "Sở Y tế bố trí cán bộ y tế tại các điểm thi;",
                 "Sở Giao thông vận tải chỉ đạo các doanh nghiệp vận tải thực hiện các việc sau:",
                 "Thành lập Hội đồng thi cấp tỉnh"):  # a list item without a full stop is still a task
        assert kept in texts, kept
    assert "Sở Tài chính:" not in texts and "Bảo đảm kinh phí tổ chức Kỳ thi." in texts


def test_a_list_item_that_names_no_verb_is_a_duty_and_the_same_paragraph_is_not(tmp_path):
    item = "Phương án dự phòng khi mất điện tại các điểm thi."
    _, st = statements_of(tmp_path, f"1. {item}\n\n{item}\n")
    kinds = {(r.clause_text == item, r.kind, r.kind_reason.split(":")[0]) for r in st.itertuples() if r.text == item}
    assert kinds == {(False, "duty", "listed"), (True, "context", "no duty verb and no acting agency")}


def test_a_statement_is_matched_without_its_agency_and_province_names(tmp_path):
    body = ("Sở Y tế bố trí cán bộ trực tại tất cả các điểm thi trên địa bàn tỉnh Hà Giang; đề nghị các bệnh viện "
            "tuyến tỉnh sẵn sàng tiếp nhận thí sinh cần cấp cứu.\n"
            "Công an tỉnh bảo đảm an ninh tại các điểm thi; phối hợp với Sở Y tế kiểm tra bếp ăn của lực lượng in "
            "sao đề thi.\n")
    build, st = statements_of(tmp_path, "1. Các cơ quan thực hiện:\n" + body.replace("\nCông an", "\n2. Công an"))
    for text in st["match_text"]:
        low = text.lower()
        assert "hà giang" not in low and "ha giang" not in low and "sở y tế" not in low and "so y te" not in low
    rows = {r["text"]: r for r in frames._statement_rows(build)}
    asked = next(r for t, r in rows.items() if t.startswith("đề nghị các bệnh viện"))
    helped = next(r for t, r in rows.items() if t.startswith("phối hợp với Sở Y tế"))
    # a statement that names no doer of its own is matched with its clause's lead; a helper is no lead
    assert asked["roles"] == ("health",) and helped["roles"] == ("police",)


def test_a_statement_broken_over_two_lines_reads_as_one_line(tmp_path):
    body = "1. Sở Y tế bố trí cán bộ y tế trực\ntại tất cả các điểm thi trong tỉnh.\n"
    _, st = statements_of(tmp_path, body)
    assert "Sở Y tế bố trí cán bộ y tế trực tại tất cả các điểm thi trong tỉnh." in st["text"].tolist()
    assert not st["text"].str.contains("\n").any()


@pytest.mark.parametrize("localities", [("Cao Bằng", "Hà Giang", "Lạng Sơn")])
def test_statements_of_one_year_go_by_province(tmp_path, localities):
    folder = tmp_path / "raw"
    for k, loc in enumerate(reversed(localities)):
        write(folder, f"{k}.txt", PLAIN, caps=loc.upper(), number=str(10 + k))
    _, tables = build_of(folder)
    docs = tables["documents"].set_index("doc_id")
    seen = [docs.loc[c[:12], "locality"] for c in tables["statements"]["clause_id"]]
    assert list(dict.fromkeys(seen)) == list(localities)


def test_an_agency_that_opens_a_news_paragraph_is_marked_from_its_first_letter(tmp_path):
    folder = tmp_path / "raw"
    folder.mkdir()
    (folder / "tin.txt").write_text("Sở Y tế bố trí cán bộ trực tại các điểm thi; đề nghị người dân hạn chế đi lại qua "
                                    "khu vực các điểm thi trong hai ngày thi.\n", encoding="utf-8")
    build, tables = build_of(folder)
    lead = tables["assignments"]
    assert lead[["kind", "start_char", "end_char"]].values.tolist() == [["lead", 0, 7]]
    mention = tables["agency_mentions"]
    assert mention[["part", "start_char", "end_char"]].values.tolist()[0] == ["doer", 0, 7]
    # the request to people names no doer of its own: it is matched with its paragraph's lead
    rows = {r["text"][:12]: r["roles"] for r in frames._statement_rows(build)}
    assert rows == {"Sở Y tế bố t": ("health",), "đề nghị ngườ": ("health",)}
    # each statement carries the named topics it was scored with
    assert any(len(topics) for topics in tables["statements"]["topics"])
    for topics in tables["statements"]["topics"]:
        assert all(isinstance(t["topic"], str) and t["topic"] and t["weight"] > 0 for t in topics)
