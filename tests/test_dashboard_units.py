"""The pure parts of the dashboard: exports, word diff, HTML rendering, side-by-side rows, charts, labels."""

from __future__ import annotations

import ast
import io
import re
from pathlib import Path

import openpyxl
import pandas as pd
import plotly.graph_objects as go

import dashboard
from dashboard import charts, exports, i18n, itemlabels, quality_file, render, reports, side_by_side, summary, textdiff

ROWS = pd.DataFrame({
    "Địa phương": ["Lạng Sơn", "Hải Phòng"],
    "Năm": [2023, 2024],
    "Nội dung": ["phòng, chống sử dụng công nghệ cao để gian lận", 'Đoàn "Tiếp sức mùa thi", a;b\nc'],
})


# exports ---------------------------------------------------------------------------------------------------

def test_csv_starts_with_bom_and_round_trips_vietnamese():
    data = exports.to_csv(ROWS)
    assert data.startswith(b"\xef\xbb\xbf")
    back = pd.read_csv(io.BytesIO(data), encoding="utf-8-sig")
    pd.testing.assert_frame_equal(back, ROWS)


def test_csv_of_an_empty_table_still_has_its_header():
    data = exports.to_csv(ROWS.iloc[0:0])
    assert data.decode("utf-8-sig").strip() == "Địa phương,Năm,Nội dung"


def test_xlsx_opens_with_openpyxl_with_the_same_cells():
    book = openpyxl.load_workbook(io.BytesIO(exports.to_xlsx(ROWS, sheet="tra-cuu")))
    sheet = book["tra-cuu"]
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert values[0] == list(ROWS.columns)
    assert values[1:] == ROWS.to_numpy().tolist()


def test_xlsx_accepts_dates_and_missing_values():
    df = pd.DataFrame({"ngày": pd.to_datetime(["2024-05-22", None]), "số": [None, "15/CT-TTg"]})
    sheet = openpyxl.load_workbook(io.BytesIO(exports.to_xlsx(df))).active
    assert sheet.max_row == 3


def test_parquet_round_trips():
    back = pd.read_parquet(io.BytesIO(exports.to_parquet(ROWS)))
    pd.testing.assert_frame_equal(back, ROWS, check_dtype=False)


# word diff -------------------------------------------------------------------------------------------------

def test_word_diff_marks_added_and_removed_words():
    ops = textdiff.word_diff("tạo điều kiện về đi lại, ăn, nghỉ", "hỗ trợ và tạo điều kiện về đi lại, ăn, nghỉ")
    assert ("insert", "hỗ trợ và ") in ops or any(op == "insert" and "hỗ" in text for op, text in ops)
    assert not any(op == "delete" for op, _ in ops)


def test_diff_html_keeps_both_texts_readable():
    left, right = textdiff.diff_html("Sở Giáo dục chủ trì", "UBND các huyện chủ trì")
    assert "<del>Sở Giáo dục</del>" in left and "<ins>UBND các huyện</ins>" in right
    assert left.endswith("chủ trì") and right.endswith("chủ trì")


def test_diff_html_escapes_document_text():
    left, right = textdiff.diff_html("<b>cũ</b>", "<script>alert(1)</script> mới")
    assert "<script>" not in right and "&lt;script&gt;" in right
    assert "<b>" not in left


def test_diff_html_of_a_new_or_dropped_duty():
    assert textdiff.diff_html(None, "mới") == ("", "<ins>mới</ins>")
    assert textdiff.diff_html("cũ", None) == ("<del>cũ</del>", "")


# rendering -------------------------------------------------------------------------------------------------

SOURCE = "CHỈ THỊ\n\n1. Công an tỉnh <b>bảo vệ</b> đề thi.\nNơi nhận: ...\nRead More"
CLAUSES = pd.DataFrame({
    "clause_id": ["d-000", "d-001"], "parent_id": [None, None], "label": ["¶", "1"], "kind": ["title", "item"],
    "text": ["CHỈ THỊ", "1. Công an tỉnh <b>bảo vệ</b> đề thi."], "start_char": [0, 9], "end_char": [7, 47],
})
SPANS = pd.DataFrame({"clause_id": ["d-001"], "kind": ["lead"], "start_char": [3], "end_char": [15],
                      "name": ["Công an tỉnh"], "role": ["police"]})
DROPPED = pd.DataFrame({"start_char": [len(SOURCE) - 9], "end_char": [len(SOURCE)]})


def test_document_html_boxes_clauses_and_marks_agencies():
    out = render.document_html(SOURCE, CLAUSES, SPANS, DROPPED, focus="d-001", role_label={"police": "Công an"}.get)
    assert 'id="c-d-001"' in out and "focus" in out
    assert '<span class="dd-ag-lead" title="Công an tỉnh — Công an (lead)">Công an tỉnh</span>' in out
    assert "<s>Read More</s>" in out
    assert "Nơi nhận" in out  # text outside clauses is kept, in grey


def test_document_html_escapes_html_in_the_source():
    out = render.document_html(SOURCE, CLAUSES, SPANS, DROPPED)
    assert "<b>" not in out and "&lt;b&gt;bảo vệ&lt;/b&gt;" in out


def test_document_html_ignores_a_span_outside_its_clause():
    bad = SPANS.assign(start_char=[30], end_char=[400])
    out = render.document_html(SOURCE, CLAUSES, bad, DROPPED.iloc[0:0])
    assert "dd-ag-lead" not in out and "đề thi" in out


def test_metadata_html_escapes_and_fills_unknown():
    out = render.metadata_html([("Số", "<i>15</i>"), ("Ngày", None)], unknown="(không rõ)")
    assert "&lt;i&gt;15&lt;/i&gt;" in out and "(không rõ)" in out


def test_doc_link_keeps_the_language():
    assert 'href="van-ban?doc=abc&amp;clause=abc-001&amp;lang=en"' in render.doc_link("abc", "abc-001", "en")


# side by side ----------------------------------------------------------------------------------------------

def clauses(ids):
    return pd.DataFrame({"clause_id": ids, "seq": range(len(ids)), "label": ids, "text": [f"t{i}" for i in ids]})


def test_align_rows_puts_pairs_on_one_row_and_keeps_unmatched_in_place():
    a, b = clauses(["a1", "a2", "a3"]), clauses(["b1", "b2", "b3"])
    pairs = pd.DataFrame({"clause_a": ["a1", "a3"], "clause_b": ["b1", "b3"], "score": [90.0, 80.0],
                          "duties": ["D1", "D2"]})
    rows = side_by_side.align_rows(a, b, pairs)
    assert rows[["clause_a", "clause_b"]].fillna("").to_numpy().tolist() == [
        ["a1", "b1"], ["a2", ""], ["", "b2"], ["a3", "b3"]]
    assert rows["score"].tolist()[0] == 90.0


def test_align_rows_keeps_each_clause_on_one_row():
    a, b = clauses(["a1", "a2"]), clauses(["b1"])
    pairs = pd.DataFrame({"clause_a": ["a1", "a2"], "clause_b": ["b1", "b1"], "score": [70.0, 95.0],
                          "duties": ["D1", "D1"]})
    rows = side_by_side.align_rows(a, b, pairs)
    assert rows["clause_b"].dropna().tolist() == ["b1"]
    assert rows.set_index("clause_a").loc["a2", "clause_b"] == "b1"  # the better pair wins


def test_align_rows_without_pairs_lists_both_documents():
    rows = side_by_side.align_rows(clauses(["a1"]), clauses(["b1", "b2"]), pd.DataFrame(
        columns=["clause_a", "clause_b", "score", "duties"]))
    assert len(rows) == 3 and rows["score"].isna().all()


def test_section_headings_of_the_same_agency_face_each_other():
    # "1. Sở GD&ĐT" / "2. Công an tỉnh" head the items in both years; they hold no duty, so no duty pairs them
    a = pd.DataFrame({"clause_id": ["a1", "a2", "a3", "a4"], "seq": range(4),
                      "text": ["1. Sở Giáo dục và Đào tạo:", "Chủ trì tổ chức thi.", "2. Công an tỉnh", "In sao đề."],
                      "lead": ["education", None, "police", "education"],
                      "duties": [None, "D1", None, "D2"]})
    b = pd.DataFrame({"clause_id": ["b1", "b2", "b3", "b4"], "seq": range(4),
                      "text": ["1. Công an tỉnh", "2. Sở Giáo dục và Đào tạo", "3. Sở GD&ĐT, Công an", "Tổ chức thi."],
                      "lead": ["police", "education", "education, police", None],
                      "duties": [None, None, None, "D1"]})
    pairs = pd.DataFrame({"clause_a": ["a2"], "clause_b": ["b4"], "score": [80.0], "duties": ["D1"]})
    heads = side_by_side.heading_pairs(a, b, pairs)
    # a4 holds a duty: not a heading; b3 names two agencies: no heading of A names both
    assert sorted(zip(heads["clause_a"], heads["clause_b"])) == [("a1", "b2"), ("a3", "b1")]
    # scored by edit similarity like any clause pair no link scored: near-identical headings score high
    score = dict(zip(heads["clause_a"], heads["score"]))
    assert 80 < score["a1"] < 100 and 80 < score["a3"] < 100


# charts ----------------------------------------------------------------------------------------------------

def test_heatmap_is_clickable_markers_with_vietnamese_labels():
    pivot = pd.DataFrame({"Lạng Sơn 2023": [2, 0], "Hải Phòng 2024": [1, 4]}, index=["Công an", "Y tế"])
    fig = charts.heatmap(pivot, title="Vai trò × địa phương – năm", x_title="Địa phương – năm",
                         y_title="Vai trò cơ quan", z_title="Số khoản")
    assert isinstance(fig, go.Figure)
    trace = fig.data[0]
    assert trace.type == "scatter" and len(trace.x) == 3  # the empty cell is left blank
    assert "Vai trò cơ quan" in trace.hovertemplate and "Số khoản" in trace.hovertemplate
    assert fig.layout.xaxis.title.text == "Địa phương – năm"


def test_timeline_places_documents_of_one_year_side_by_side():
    docs = pd.DataFrame({"doc_id": ["a", "b", "c"], "locality": ["Hải Phòng", "Hải Phòng", "Lạng Sơn"],
                         "year": [2024, 2024, 2023], "doc_type": ["Chỉ thị", "Chỉ thị", "Công văn"],
                         "label": ["x", "y", "z"]})
    fig = charts.timeline(docs, title="Dòng thời gian", x_title="Năm", y_title="Địa phương",
                          hover=["Địa phương", "Năm", "Loại", "Trích yếu"])
    xs = sorted(x for trace in fig.data for x in trace.x)
    assert len(xs) == 3 and xs[1] != xs[2]
    assert "Trích yếu" in fig.data[0].hovertemplate


def test_status_bars_stack_statuses_per_role():
    counts = pd.DataFrame({"role_label": ["Công an", "Công an", "Y tế"], "status": ["new", "dropped", "new"],
                           "n": [2, 1, 3]})
    fig = charts.status_bars(counts, title="t", x_title="Số nhiệm vụ", y_title="Vai trò",
                             status_labels={"new": "Mới", "dropped": "Bỏ"}, legend_title="Trạng thái")
    assert [t.name for t in fig.data] == ["Mới", "Bỏ"]
    assert fig.layout.barmode == "stack"


# labels ----------------------------------------------------------------------------------------------------

def test_every_label_has_both_languages():
    for key, (vi, en) in {**i18n.LABELS, **i18n.COLUMNS}.items():
        assert vi and en, key
        assert vi.count("{") == en.count("{"), key


# formula injection (OWASP: cells starting with = + - @ tab CR are run by spreadsheets) ---------------------

HOSTILE_CELLS = pd.DataFrame({
    "Trích yếu": ['=HYPERLINK("http://example.invalid","Bấm vào đây")', "+1+1", "-2+3", "@SUM(A1:A2)",
                  "\t=1+1", "\r=1+1", "Kế hoạch tổ chức Kỳ thi"],
    "Cơ quan ban hành": ["=cmd|' /C calc'!A0", "UBND tỉnh", "UBND tỉnh", "UBND tỉnh", "UBND tỉnh", "UBND tỉnh",
                         "UBND tỉnh"],
    "Số khoản": [-3, 1, 2, 3, 4, 5, 6],
})


def test_csv_neutralises_formula_cells_and_keeps_plain_text():
    back = pd.read_csv(io.BytesIO(exports.to_csv(HOSTILE_CELLS)), encoding="utf-8-sig", keep_default_na=False)
    assert back["Trích yếu"].tolist()[:6] == ["'" + v for v in HOSTILE_CELLS["Trích yếu"].tolist()[:6]]
    assert back["Trích yếu"].iloc[6] == "Kế hoạch tổ chức Kỳ thi"
    assert back["Cơ quan ban hành"].iloc[0] == "'=cmd|' /C calc'!A0"
    assert back["Số khoản"].tolist() == [-3, 1, 2, 3, 4, 5, 6]  # numbers stay numbers


def test_xlsx_has_no_live_formula_and_a_filterable_frozen_header():
    sheet = openpyxl.load_workbook(io.BytesIO(exports.to_xlsx(HOSTILE_CELLS, sheet="van-ban"))).active
    cells = [c for row in sheet.iter_rows(min_row=2) for c in row]
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    texts = [c.value for c in sheet["A"][1:7]]
    assert all(v.startswith("'") for v in texts) and sheet["A8"].value == "Kế hoạch tổ chức Kỳ thi"
    assert sheet["C2"].value == -3
    assert [c.value for c in sheet[1]] == list(HOSTILE_CELLS.columns) and all(c.font.bold for c in sheet[1])
    assert sheet.auto_filter.ref == "A1:C8" and sheet.freeze_panes == "A2"


# item labels as officials write them -------------------------------------------------------------------------

TREE = pd.DataFrame({
    "clause_id": ["t", "p", "i2", "a", "a1", "a2", "b", "ii", "ii1"],
    "doc_id": ["d"] * 9, "seq": range(9),
    "label": ["¶", "¶", "2", "a", "-", "-", "b", "II", "1"],
    "parent_id": [None, None, None, "i2", "a", "a", "i2", None, "ii"],
    "kind": ["title", "preamble", "item", "item", "item", "item", "item", "item", "item"],
})


def test_item_labels_follow_the_path_from_the_top_item():
    labels = itemlabels.item_labels(TREE)
    assert labels["a"] == "mục 2, điểm a"
    assert labels["a2"] == "mục 2, điểm a, gạch đầu dòng 2"
    assert labels["b"] == "mục 2, điểm b"
    assert labels["ii1"] == "phần II, mục 1"
    assert labels["t"] == "tiêu đề" and labels["p"] == "phần mở đầu (đoạn 1)"
    assert itemlabels.item_labels(TREE, "en")["a2"] == "item 2, point a, bullet 2"


# plain-language summaries --------------------------------------------------------------------------------

def test_counts_sentence_reads_as_a_plain_vietnamese_sentence():
    counts = {"new": 7, "reassigned": 4, "reworded": 4, "unchanged": 1, "dropped": 30}
    assert summary.counts_sentence(counts, "năm 2023", "năm 2024", "vi") == (
        "So với năm 2023, năm 2024 có 7 nhiệm vụ mới, 4 nhiệm vụ chuyển cơ quan chủ trì, 4 nhiệm vụ sửa lời, "
        "1 nhiệm vụ giữ nguyên và 30 nhiệm vụ không còn.")
    assert summary.counts_sentence({"new": 2}, "2023", "2024", "en") == "Compared with 2023, 2024 has 2 new duties."


def test_highlights_tell_each_change_once_when_two_statements_of_a_year_share_a_duty():
    # 2023 said two things that 2024 folds into one sentence given to the districts: two rows, one change
    text_b = "Có kế hoạch hỗ trợ thí sinh về đi lại, ăn, nghỉ ở các điểm thi."
    rows = pd.DataFrame({
        "status": ["reassigned", "reassigned", "reassigned", "dropped"],
        "text_a": ["Không để thí sinh nào bỏ thi vì khó khăn.", "Tạo điều kiện đi lại, ăn, nghỉ cho thí sinh.",
                   "Rà soát kinh phí tổ chức thi.", "Tuyên truyền về kỳ thi."],
        "text_b": [text_b, text_b, "Thẩm định dự toán kinh phí kỳ thi.", None],
        "who_a": ["Sở GD&ĐT", "Sở GD&ĐT", "Sở Tài chính", "Sở TT&TT"],
        "who_b": ["UBND các huyện", "UBND các huyện", "Sở GD&ĐT", None],
    })
    lines = summary.highlights(rows, "vi", lambda r, side: getattr(r, f"who_{side}"), per_status=1)
    assert sum("đi lại, ăn, nghỉ" in line for line in lines) == 1
    # one more distinct reassignment is announced, not two
    assert any(line.startswith("… và 1 nhiệm vụ khác chuyển cơ quan") for line in lines), lines
    assert any("Sở TT&TT" in line for line in lines)


def test_similarity_in_words():
    assert [summary.similarity_key(s, 97.0) for s in (100, 97, 80, 59.9, None)] == [
        "identical", "identical", "minor", "major", None]


def test_file_names_say_what_they_hold():
    assert "thay-doi-" + summary.slug("Lạng Sơn", 2023, 2024) == "thay-doi-lang-son-2023-2024"
    assert summary.slug("Đà Nẵng · Công điện 05/CĐ-UBND") == "da-nang-cong-dien-05-cd-ubnd"


# Word reports ----------------------------------------------------------------------------------------------

def test_word_report_has_title_summary_and_a_checklist_grouped_by_agency():
    import docx

    data = reports.build("Thay đổi nhiệm vụ: năm 2024 so với năm 2023", "Lập từ dữ liệu dựng lúc hôm nay.",
                         ["So với năm 2023, năm 2024 có 1 nhiệm vụ mới.", "Công an tỉnh thêm: “chế áp sóng”"],
                         ["Thay đổi", "Nhiệm vụ", "Nguồn"],
                         [reports.Group("Công an", [["Mới", "Bố trí thiết bị chế áp sóng tại nơi in sao đề thi.",
                                                      "Lạng Sơn 2024 · Chỉ thị, mục 2, điểm a"]]),
                          reports.Group("Y tế", [["Bỏ", "Bố trí cán bộ y tế trực tại điểm thi.", None],
                                                 ["Mới", "Bảo đảm an toàn thực phẩm\x0b.", "mục 3"]])])
    doc = docx.Document(io.BytesIO(data))
    texts = [p.text for p in doc.paragraphs]
    assert texts[0] == "Thay đổi nhiệm vụ: năm 2024 so với năm 2023"
    assert "So với năm 2023, năm 2024 có 1 nhiệm vụ mới." in texts
    rows = [[c.text for c in r.cells] for r in doc.tables[0].rows]
    assert rows[0] == ["✓", "Thay đổi", "Nhiệm vụ", "Nguồn"]
    assert rows[1][0] == "Công an (1)" and rows[3][0] == "Y tế (2)"
    assert [r[0] for r in rows if r[0] == "☐"] == ["☐"] * 3
    assert rows[2][3] == "Lạng Sơn 2024 · Chỉ thị, mục 2, điểm a"
    assert "None" not in "".join(c for r in rows for c in r)


# contrast (WCAG: text 4.5:1, graphics 3:1) -------------------------------------------------------------------

def test_badges_labels_and_heat_colours_are_readable():
    for status, colour in render.STATUS_COLOURS.items():
        assert charts.contrast("#ffffff", colour) >= 4.5, status
    assert charts.contrast(charts.HEAT_LOW, "#ffffff") >= 3.0  # the lowest count stands out from the page
    for i in range(101):
        colour = charts.heat_colour(i / 100)
        assert charts.contrast(charts.text_on(colour), colour) >= 4.5, colour
    for grey in re.findall(r"color: (#[0-9a-f]{6})", render.CSS):
        assert charts.contrast(grey, "#fafafa") >= 4.5, grey


# every user-facing string goes through i18n --------------------------------------------------------------

USER_FACING = {"title", "header", "subheader", "caption", "markdown", "info", "warning", "error", "success", "toast",
               "button", "download_button", "text_input", "text_area", "selectbox", "multiselect", "radio", "toggle",
               "checkbox", "number_input", "file_uploader", "expander", "metric", "tabs", "pills",
               "segmented_control", "write", "text", "spinner", "status"}


def test_no_page_writes_an_untranslated_string():
    found = []
    for path in sorted(Path(dashboard.__file__).parent.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr in USER_FACING and node.args):
                continue
            first = node.args[0]
            parts = [first] if isinstance(first, ast.Constant) else (
                [v for v in first.values if isinstance(v, ast.Constant)] if isinstance(first, ast.JoinedStr) else [])
            if any(isinstance(p.value, str) and re.search(r"[^\W\d_]{2,}", p.value) for p in parts):
                found.append(f"{path.name}:{node.lineno}")
    assert not found, f"literal text shown to users (use i18n.t): {found}"


def test_quality_file_rows_in_both_languages(tmp_path):
    assert quality_file.rows("vi", tmp_path / "missing.json").empty
    vi, en = quality_file.rows("vi"), quality_file.rows("en")
    assert len(vi) == len(en) > 0 and vi["precision"].between(0, 1).all()
    assert vi["measure"].iloc[0] != en["measure"].iloc[0]


def test_etl_reasons_and_warnings_read_in_vietnamese():
    assert i18n.message("the file is empty", "vi") == "tệp rỗng"
    assert i18n.message("signer is not stated in the text nor in the manifest: left empty", "vi") == (
        "văn bản và manifest đều không ghi người ký: để trống")
    assert i18n.message("the PDF cannot be opened (PdfReadError)", "vi") == "không mở được tệp PDF (PdfReadError)"
    assert i18n.message("the file is empty", "en") == "the file is empty"
    assert i18n.message("a reason nobody wrote down yet", "vi") == "a reason nobody wrote down yet"


def test_a_checklist_line_speaks_of_the_planners_locality():
    kinds = {"Lạng Sơn": "tỉnh", "Hải Phòng": "thành phố"}
    assert summary.for_locality("Công ty Điện lực Lạng Sơn bảo đảm cấp điện cho các điểm thi của tỉnh Lạng Sơn.",
                                "Lạng Sơn", "Hải Phòng", kinds) == (
        "Công ty Điện lực Hải Phòng bảo đảm cấp điện cho các điểm thi của thành phố Hải Phòng.")
    assert summary.for_locality("Tỉnh Lạng Sơn có 20 điểm thi.", "Lạng Sơn", "Hải Phòng", kinds) == (
        "Thành phố Hải Phòng có 20 điểm thi.")
    assert summary.for_locality("Lạng Sơn", "Lạng Sơn", "Lạng Sơn", kinds) == "Lạng Sơn"


def test_a_draft_in_word_reads_like_the_same_text(tmp_path):
    import docx

    from etl import draft
    from etl.config import Settings

    text = (Path(__file__).parent / "e2e" / "draft_langson_2024.txt").read_text(encoding="utf-8")
    word = docx.Document()
    for line in text.splitlines():
        word.add_paragraph(line)
    buf = io.BytesIO()
    word.save(buf)
    settings = Settings.from_env()
    from_txt = draft.read_draft("du-thao.txt", text.encode("utf-8"), settings)
    from_docx = draft.read_draft("du-thao.docx", buf.getvalue(), settings)
    assert from_docx.meta["locality"] == "Lạng Sơn" and from_docx.meta["year"] == 2024
    # Word keeps each paragraph apart where the .txt reader joins a heading with the line under it, so the
    # clauses may be cut differently; the agencies and every duty sentence are the same.
    leads = {n for names in from_docx.clauses["lead_names"] for n in names.split("; ") if n}
    assert leads == {n for names in from_txt.clauses["lead_names"] for n in names.split("; ") if n}
    assert {"Công an tỉnh", "Sở Y tế", "UBND các huyện, thành phố"} <= leads
    whole = " ".join(from_docx.statements["text"])
    assert all(sentence[-60:] in whole for sentence in from_txt.statements["text"])


def test_every_matching_setting_is_explained_in_both_languages():
    # The Data page lists the build's thresholds with their meaning; a new setting must not show English only.
    from dashboard.i18n import SETTINGS_HELP
    from etl.config import Settings

    assert set(Settings().thresholds()) == set(SETTINGS_HELP)
    assert all(vi and en and vi != en for vi, en in SETTINGS_HELP.values())


def test_document_html_says_why_an_agency_got_its_part():
    spans = SPANS.assign(rule=["subject"])
    out = render.document_html(SOURCE, CLAUSES, spans, DROPPED, role_label={"police": "Công an"}.get,
                               why=lambda r: f"because {r}")
    assert 'title="Công an tỉnh — Công an (lead) · because subject"' in out


def test_rule_reason_reads_the_rule_table_and_explains_inheritance():
    from dashboard import evidence
    assert "chủ ngữ" in evidence.rule_reason("subject") and "[subject]" in evidence.rule_reason("subject")
    assert "câu trước" in evidence.rule_reason("previous_statement")
    # The parts decided outside the rule table say why too: a reported event, a photo caption.
    assert "sự kiện" in evidence.rule_reason("event") and "[event]" not in evidence.rule_reason("event")
    assert "chú thích ảnh" in evidence.rule_reason("caption")
    assert evidence.rule_reason("no_such_rule").endswith("no_such_rule")


def test_a_linked_clause_is_looked_for_until_it_is_drawn(monkeypatch):
    # the script may run before the document's markup exists: it must look again, not try once and give up
    import streamlit as st

    from dashboard import ui

    shown = []
    monkeypatch.setattr(st, "html", lambda markup, **kw: shown.append((markup, kw)))
    ui.scroll_into_view("c-abc123-004")
    (script, kw), = shown
    assert kw == {"unsafe_allow_javascript": True}
    assert "getElementById('c-abc123-004')" in script and "scrollIntoView({block: 'center'})" in script
    assert "setTimeout(look, 200, n - 1)" in script and script.rstrip().endswith(", 300, 30);</script>")
    ui.scroll_into_view("c-x'); alert('1")  # not an id: nothing is written into the page
    assert len(shown) == 1
