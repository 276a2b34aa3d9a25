"""Every page opened by AppTest on the seed database, asserting what a user sees."""

from __future__ import annotations

import io
import unicodedata
from pathlib import Path

import duckdb
import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from dashboard import exports, i18n

APP = str(Path(__file__).resolve().parent.parent / "dashboard" / "app.py")
PAGES = ["overview", "coverage", "changes", "gaps", "compare", "explore", "document", "quality"]


def open_page(page: str, query: dict | None = None) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=30)
    at.query_params.update(query or {})  # as if the page was opened from a shared link
    at.run()
    if page != "overview":
        at.switch_page(f"app_pages/{page}.py")
        at.query_params.update(query or {})
        at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def fold(text: str) -> str:
    """What a user means by typing without accents."""
    text = unicodedata.normalize("NFD", text.lower().replace("đ", "d"))
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def markdown_html(at: AppTest) -> str:
    """Everything the page wrote as Markdown or HTML (document text goes through st.html only)."""
    return "\n".join([m.value for m in at.markdown] + [h.value for h in at.html])


@pytest.mark.parametrize("page", PAGES)
def test_every_page_opens_without_error(app_env, page):
    at = open_page(page)
    assert at.title, "each page has a title"
    assert not at.error


def test_overview_counts_match_the_database(app_env, seed_con):
    at = open_page("overview")
    metrics = {m.label: m.value for m in at.metric}
    n_docs, n_loc = seed_con.execute("SELECT count(*), count(DISTINCT locality) FROM documents").fetchone()
    assert metrics["Văn bản"] == str(n_docs)
    assert metrics["Địa phương"] == str(n_loc)
    recurring = seed_con.execute("SELECT count(*) FROM duties WHERE n_docs >= 2").fetchone()[0]
    assert metrics["Việc lặp lại"] == str(recurring)
    table = at.dataframe[0].value
    assert len(table) == n_docs
    assert set(table["Địa phương"]) == {"Lạng Sơn", "Hải Phòng"}


def test_overview_locality_filter_narrows_the_table(app_env):
    at = open_page("overview")
    at.multiselect(key="ov_loc").select("Hải Phòng").run()
    table = at.dataframe[0].value
    assert set(table["Địa phương"]) == {"Hải Phòng"}
    # ov_loc is bound with bind="query-params": the browser writes the URL (checked in tests/e2e)


def test_coverage_police_row_lists_the_localities_that_give_it_duties(app_env, seed_con):
    at = open_page("coverage")
    table = at.dataframe[0].value.set_index("Vai trò cơ quan")
    police = table.loc["Công an"]
    expected = {f"{loc} {year}" for loc, year in seed_con.execute(
        "SELECT DISTINCT locality, year FROM coverage_role_doc WHERE role = 'police' AND kind = 'lead'").fetchall()}
    assert {col for col, n in police.items() if n > 0} == expected
    assert {"Lạng Sơn 2023", "Lạng Sơn 2024", "Hải Phòng 2024"} <= expected


def test_coverage_cell_lists_the_clauses_behind_it(app_env):
    at = open_page("coverage")
    at.selectbox(key="cov_role").set_value("police")
    at.selectbox(key="cov_ly").set_value("Hải Phòng 2024").run()
    clauses = at.dataframe[1].value
    assert len(clauses) == 1  # one row per clause, though the city police and the district police both act in it
    assert clauses["Cơ quan"].iloc[0] == "Công an các quận, huyện; Công an thành phố"
    assert at.query_params["cov_role"] == "police"  # the code, not the label, so links survive a language switch
    police = at.dataframe[0].value.set_index("Vai trò cơ quan").loc["Công an"]
    assert at.selectbox(key="cov_role").format_func("police") == f"Công an ({int(police.sum())})"  # facet counts
    assert at.selectbox(key="cov_ly").format_func("Hải Phòng 2024").startswith("Hải Phòng 2024 (")


def test_coverage_support_toggle_adds_supporting_agencies(app_env):
    at = open_page("coverage")
    lead_only = at.dataframe[0].value.set_index("Vai trò cơ quan").loc["Công an"].sum()
    at.toggle(key="cov_sup").set_value(True).run()
    with_support = at.dataframe[0].value.set_index("Vai trò cơ quan").loc["Công an"].sum()
    assert with_support > lead_only


def test_coverage_theme_view(app_env):
    at = open_page("coverage", {"cov_view": "theme"})
    table = at.dataframe[0].value
    assert "Chống gian lận công nghệ cao" in set(table["Chủ đề"])


def test_explore_search_ignores_accents(app_env, seed_con):
    at = open_page("explore")
    everything = len(at.dataframe[0].value)
    at.text_input(key="ex_q").input("cong nghe cao").run()
    rows = at.dataframe[0].value
    assert 0 < len(rows) < everything
    assert all("công nghệ cao" in text.lower() for text in rows["Nội dung"])
    expected = {cid for cid, text in seed_con.execute("SELECT clause_id, text FROM clauses").fetchall()
                if "cong nghe cao" in fold(text)}
    assert set(rows["Mã khoản"]) == expected


def test_explore_filters_come_back_from_the_url(app_env):
    at = open_page("explore", {"ex_q": "dien luc", "ex_role": "electricity", "ex_kind": "lead"})
    rows = at.dataframe[0].value
    assert len(rows) > 0
    assert set(rows["Vai trò"]) == {"Điện lực"}
    assert set(rows["Chủ trì/phối hợp"]) == {"Chủ trì"}
    assert at.text_input(key="ex_q").value == "dien luc"


def test_explore_d_with_stroke_matches_plain_d(app_env):
    at = open_page("explore", {"ex_q": "Doan TNCS"})
    rows = at.dataframe[0].value
    assert len(rows) > 0 and all("đoàn" in text.lower() for text in rows["Nội dung"])


def test_explore_csv_is_excel_ready_and_parses_back_to_the_same_rows(app_env):
    at = open_page("explore", {"ex_q": "cong nghe cao"})
    shown = at.dataframe[0].value.drop(columns=["Xem"])
    data = exports.to_csv(shown)
    assert data.startswith(b"\xef\xbb\xbf")
    back = pd.read_csv(io.BytesIO(data), encoding="utf-8-sig", keep_default_na=False, dtype=str)
    assert list(back.columns) == list(shown.columns)
    assert back.to_numpy().tolist() == shown.fillna("").astype(str).to_numpy().tolist()
    assert "công nghệ cao" in data.decode("utf-8-sig")


def test_explore_xlsx_and_parquet_hold_the_same_rows(app_env):
    import openpyxl

    at = open_page("explore", {"ex_q": "cong nghe cao"})
    shown = at.dataframe[0].value.drop(columns=["Xem"])
    book = openpyxl.load_workbook(io.BytesIO(exports.to_xlsx(shown)))
    sheet = book.active
    assert sheet.max_row == len(shown) + 1
    assert [c.value for c in sheet[1]] == list(shown.columns)
    assert pd.read_parquet(io.BytesIO(exports.to_parquet(shown))).shape == shown.shape


def test_changes_lang_son_2023_to_2024_reassigns_travel_meals_lodging(app_env):
    at = open_page("changes")
    assert at.selectbox(key="chg_loc").value == "Lạng Sơn"
    assert (at.selectbox(key="chg_ya").value, at.selectbox(key="chg_yb").value) == (2023, 2024)
    table = at.dataframe[0].value
    # Both sides name travel, meals and lodging (a 2023 "không để thí sinh nào phải bỏ thi" joins the same duty).
    row = table[table["Nội dung (B)"].fillna("").str.contains("đi lại, ăn, nghỉ")
                & table["Nội dung (A)"].fillna("").str.contains("đi lại, ăn, nghỉ")]
    assert len(row) == 1
    assert row["Trạng thái"].iloc[0] == "Đổi cơ quan"
    assert row["Chủ trì (A)"].iloc[0] == "Giáo dục và Đào tạo"
    assert row["Chủ trì (B)"].iloc[0] == "UBND cấp huyện"
    html = markdown_html(at)
    assert "<ins>" in html and "<del>" in html  # word-level highlighting


def test_changes_status_filter_keeps_only_chosen_statuses(app_env):
    at = open_page("changes", {"chg_st": ["reassigned"]})
    table = at.dataframe[0].value
    assert len(table) > 0 and set(table["Trạng thái"]) == {"Đổi cơ quan"}


def test_changes_between_two_documents(app_env, seed_con):
    a, b = [r[0] for r in seed_con.execute(
        "SELECT doc_id FROM documents WHERE locality = 'Lạng Sơn' AND year IN (2023, 2024) ORDER BY year").fetchall()]
    at = open_page("changes", {"chg_mode": "docs", "chg_da": a, "chg_db": b})
    assert "Đổi cơ quan" in set(at.dataframe[0].value["Trạng thái"])


def test_gaps_lists_duties_missing_from_the_target(app_env, seed_con):
    at = open_page("gaps", {"gap_ly": "Lạng Sơn 2024", "gap_scope": "previous_year"})
    table = at.dataframe[0].value
    assert len(table) > 0
    # where each missing duty is assigned: the 2023 directive, with the agency that leads it there
    assert all(w.startswith("Lạng Sơn 2023") for w in table["Nơi đã giao"])
    assert "Lạng Sơn 2023 (Thanh tra tỉnh)" in set(table["Nơi đã giao"])
    present = {r[0] for r in seed_con.execute(
        "SELECT DISTINCT text FROM duty_occurrences WHERE locality = 'Lạng Sơn' AND year = 2024").fetchall()}
    assert not present & set(table["Nội dung"])
    assert table["Nội dung"].is_unique  # the same sentence is one line
    summary = markdown_html(at)
    assert f"{len(table)} nhiệm vụ được giao ở năm trước của cùng địa phương" in summary


def test_gaps_shows_the_closest_sentence_of_the_checked_document(app_env):
    at = open_page("gaps", {"gap_ly": "Hải Phòng 2024", "gap_scope": "same_year"})
    table = at.dataframe[0].value
    assert (table["Câu gần nhất ở đây"] != "").all()
    assert table["Điểm gần nhất"].between(0, 100).all()
    # the evidence cites the other locality's document by name and item, not by id
    assert all(src.startswith("Lạng Sơn 2024 · ") for src in table["Nguồn"])
    assert any(", mục " in src for src in table["Nguồn"])
    # the checklist line speaks of the planner's own locality, the evidence keeps the other's words
    suggested = table["Câu gợi ý (đã thay tên địa phương)"]
    assert not suggested.str.contains("Lạng Sơn").any()
    changed = table[table["Nội dung"].str.contains("Lạng Sơn")]
    assert len(changed) > 0 and changed["Câu gợi ý (đã thay tên địa phương)"].str.contains("Hải Phòng").all()
    # the same evidence as cards that read on a phone, one per missing duty
    html = markdown_html(at)
    assert html.count('class="dd-card"') == len(table)
    assert "Nơi đã giao: Lạng Sơn 2024 (" in html and "Câu gần nhất ở đây (điểm " in html


def test_gaps_says_when_there_is_nothing_to_compare_with(app_env):
    at = open_page("gaps", {"gap_ly": "Hải Phòng 2024", "gap_scope": "previous_year"})
    assert "Hải Phòng không có văn bản năm 2023" in at.warning[0].value
    assert not at.success and not at.dataframe


def test_compare_puts_aligned_clauses_on_one_row(app_env):
    at = open_page("compare")
    rows = at.dataframe[0].value
    aligned = rows[rows["Điểm"].notna()]
    assert len(aligned) > 0
    both = rows[(rows["Mục (A)"] != "") & (rows["Mục (B)"] != "")]
    assert len(both) > 0 and (both["Điểm"].astype(str).str.strip() != "").all()  # a paired row shows its score
    unmatched = (rows["Mục (A)"] == "") | (rows["Mục (B)"] == "")
    assert unmatched.any()  # unmatched clauses shown in place, as an empty cell, never "None"
    assert "mục 1, đoạn 1" in set(rows["Mục (A)"])  # item labels as officials write them
    # the section headed by the same agency in both years faces its partner (it holds no duty of its own)
    heading = rows[rows["Nội dung (B)"].fillna("").str.strip() == "1. Sở Giáo dục và Đào tạo"]
    assert heading["Nội dung (A)"].str.startswith("1. Sở Giáo dục và Đào tạo - Cơ quan Thường trực").all()
    assert len(heading) == 1
    html = markdown_html(at)
    assert '<a href="#cmp-' in html and "<ins>" in html  # a change list that jumps to word-level diffs


def test_document_page_shows_metadata_and_focuses_a_clause(app_env, seed_con):
    doc_id, clause_id, text = seed_con.execute(
        "SELECT c.doc_id, c.clause_id, c.text FROM clauses c JOIN documents d USING (doc_id) "
        "WHERE d.locality = 'Lạng Sơn' AND d.year = 2023 AND c.text LIKE '%đi lại, ăn, nghỉ%'").fetchone()
    at = open_page("document", {"doc": doc_id, "clause": clause_id})
    assert at.selectbox(key="doc").value == doc_id
    html = markdown_html(at)
    assert "17/CT-TTg" in html and "Hồ Tiến Thiệu" in html
    assert f'id="c-{clause_id}"' in html and "focus" in html
    assert "dd-ag-lead" in html  # agencies highlighted
    # the selected clause is named as an official cites it, and its text is never passed through Markdown
    assert at.info[0].value.startswith("Khoản được chọn: mục 1, đoạn ")
    assert "đi lại, ăn, nghỉ" in "".join(h.value for h in at.html)
    assert not any("đi lại, ăn, nghỉ" in m.value for m in at.markdown)
    assert f"getElementById('c-{clause_id}')" in html  # scrolled into view in the browser
    # the hover says why each agency got its part, in the page's language: a rule's Vietnamese line, never its
    # English note
    import html as html_lib
    import re

    from etl.attribution import rules
    why = {r.name: r.why for r in rules()}
    shown = "".join(h.value for h in at.html)
    reasons = [html_lib.unescape(x) for x in re.findall(r'title="[^"]*? · vì: ([^"]*)"', shown)]
    ruled = [re.fullmatch(r"(.*) \[([a-z_]+)\]", x) for x in reasons]
    assert len([m for m in ruled if m]) >= 10
    assert all(why[m[2]] == m[1] for m in ruled if m)
    assert not any(" the " in x or " verb" in x for x in reasons)


def test_quality_shows_thresholds_and_build_time(app_env):
    at = open_page("quality")
    thresholds = next(d.value for d in at.dataframe if "Tên" in d.value.columns)
    assert "reword_threshold" in set(thresholds["Tên"])
    meaning = dict(zip(thresholds["Tên"], thresholds["Ý nghĩa"]))
    assert meaning["link_threshold"] == "Điểm tối thiểu để coi hai câu là cùng một nhiệm vụ"
    # the build's warnings, written in English by the ETL, read in Vietnamese
    warnings = next(d.value for d in at.dataframe if "Ghi chú" in d.value.columns and "Trường" in d.value.columns)
    assert "ngày ban hành để trống ở phần đầu văn bản" in set(warnings["Ghi chú"])
    assert "văn bản và manifest đều không ghi trích yếu: để trống" in set(warnings["Ghi chú"])
    assert not warnings["Ghi chú"].str.contains("left empty|left blank|no header").any()


def test_quality_states_the_measured_precision_and_recall(app_env):
    import json

    at = open_page("quality")
    measured = next(d.value for d in at.dataframe if "Độ chính xác" in d.value.columns)
    rows = json.loads((Path(APP).parents[1] / "docs" / "quality.json").read_text(encoding="utf-8"))["rows"]
    assert len(measured) == len(rows)
    first = measured.iloc[0]
    assert first["Phép đo"] == rows[0]["what_vi"] and first["Độ phủ"] == rows[0]["recall"]
    assert all(measured["Lệnh đo lại"].str.startswith("python -m tests.gold."))
    assert any("giây" in m.value for m in at.markdown)


def test_english_switch_changes_the_labels_and_keeps_it_in_the_url(app_env):
    at = open_page("overview")
    assert at.title[0].value == "Tổng quan"
    at.radio(key="lang").set_value("en").run()
    assert at.title[0].value == "Overview"
    assert at.query_params["lang"] == "en"
    assert "Documents" in {m.label for m in at.metric}
    at.switch_page("app_pages/coverage.py").run()
    assert at.title[0].value == "Coverage"
    assert "Police" in set(at.dataframe[0].value["Agency role"])


def test_english_from_a_shared_link(app_env):
    at = open_page("changes", {"lang": "en"})
    assert at.title[0].value == "Changes"
    assert "Reassigned" in set(at.dataframe[0].value["Status"])


def test_missing_database_shows_the_command_that_builds_it(tmp_path, monkeypatch):
    monkeypatch.setenv("DIRECTIVES_DB", str(tmp_path / "nothing.duckdb"))
    at = AppTest.from_file(APP, default_timeout=30).run()
    assert not at.exception
    assert "Chưa có cơ sở dữ liệu" in at.error[0].value
    assert "python -m etl build" in at.info[0].value and "make run" in at.info[0].value


def test_stale_database_is_explained(tmp_path, monkeypatch):
    old = tmp_path / "old.duckdb"
    con = duckdb.connect(str(old))
    con.execute("CREATE TABLE documents (doc_id VARCHAR); CREATE TABLE build_info (key VARCHAR, value VARCHAR)")
    con.close()
    monkeypatch.setenv("DIRECTIVES_DB", str(old))
    at = AppTest.from_file(APP, default_timeout=30).run()
    assert not at.exception
    assert "đã cũ" in at.error[0].value and "clauses" in at.error[0].value
    assert "python -m etl build" in at.info[0].value


HOSTILE_VALUES = ["'; DROP TABLE clauses; --", "x' OR '1'='1", "%' UNION SELECT * FROM documents --", "\\", "%_%"]


def test_sql_looking_search_and_filter_values_are_plain_text(app_env, seed_con):
    before = seed_con.execute("SELECT count(*) FROM clauses").fetchone()[0]
    for value in HOSTILE_VALUES:
        at = open_page("explore", {"ex_q": value, "ex_loc": value, "ex_role": value})
        assert not at.exception, value
        assert not at.dataframe or len(at.dataframe[0].value) == 0  # no clause contains these strings
        doc = open_page("document", {"doc": value, "clause": value})
        assert not doc.exception, value
        for key in ("gap_ly", "gap_doc", "gap_scope", "gap_kind"):  # the keys the Gaps page reads
            gaps = open_page("gaps", {key: value})
            assert not gaps.exception, (key, value)
    assert seed_con.execute("SELECT count(*) FROM clauses").fetchone()[0] == before


# issue 11: pages officials can act on ------------------------------------------------------------------------

def visible_text(html: str) -> str:
    """What a reader sees of some HTML: the text between tags (attributes such as links and ids excluded)."""
    import re

    return re.sub(r"<[^>]+>", " ", html)


def test_changes_opens_with_a_plain_summary_and_groups_by_lead_agency(app_env, seed_con):
    at = open_page("changes")
    counts = dict(seed_con.execute(
        "SELECT status, count(*) FROM changes('Lạng Sơn', 2023, 'Lạng Sơn', 2024) GROUP BY 1").fetchall())
    html = markdown_html(at)
    assert (f"So với năm 2023, năm 2024 có {counts['new']} nhiệm vụ mới, {counts['reassigned']} nhiệm vụ chuyển cơ "
            f"quan chủ trì") in html
    # the reassignment a reader must see, named by agency, not by role code or id
    assert "đi lại, ăn, nghỉ" in html and "chuyển từ Sở Giáo dục và Đào tạo sang UBND các huyện, thành phố" in html
    groups = [e.label for e in at.expander]
    assert sum(int(g.split(" · ")[1].split()[0]) for g in groups) == sum(counts.values())
    assert any(g.startswith("Giáo dục và Đào tạo · ") for g in groups)
    shown = visible_text(html)
    assert "D000" not in shown and "-0" not in shown and "None" not in shown  # no duty or clause ids
    assert "mục 2, điểm" in shown  # item labels as officials write them
    assert "sửa lời nhỏ" in shown or "sửa lời nhiều" in shown
    assert 'title="Độ giống về từ ngữ: ' in html  # the number on hover
    assert at.pills(key="chg_st").format_func("dropped") == f"Bỏ ({counts['dropped']})"


def test_changes_status_pills_say_what_is_shown(app_env):
    at = open_page("changes", {"chg_st": ["new", "reassigned"]})
    assert at.caption[1].value.startswith("Đang hiện: Mới, Đổi cơ quan.")
    assert set(at.dataframe[0].value["Trạng thái"]) == {"Mới", "Đổi cơ quan"}


def draft_text() -> str:
    """A draft directive for Lạng Sơn 2024 written for these tests (not copied from any published text)."""
    return (Path(__file__).parent / "e2e" / "draft_langson_2024.txt").read_text(encoding="utf-8")


def test_draft_check_reads_a_pasted_draft_without_storing_it(app_env, seed_con):
    before = seed_con.execute("SELECT count(*) FROM documents").fetchone()[0]
    at = open_page("draft")
    assert at.info[0].value == "Hãy tải lên tệp hoặc dán nội dung dự thảo."
    at.text_area(key="draft_text").input(draft_text()).run()
    assert not at.exception and not at.error
    assert any(c.value.startswith("Đọc được 14 khoản") for c in at.caption)
    assert any(c.value.startswith("Dự thảo ghi: Lạng Sơn, năm 2024.") for c in at.caption)
    tables = {t.label.rsplit(" (", 1)[0]: t for t in at.tabs}
    assert set(tables) == {"Các khoản của dự thảo và cơ quan được giao", "Đổi cơ quan chủ trì so với năm trước",
                           "Năm trước có, dự thảo chưa có", "Địa phương khác giao, dự thảo chưa có",
                           "Giữ từ năm trước", "Giống địa phương khác cùng năm"}
    clauses = at.dataframe[0].value
    police = clauses[clauses["Nội dung"].str.contains("chế áp sóng")]
    assert police["Cơ quan chủ trì"].tolist() == ["Công an tỉnh"] and police["Mục"].tolist() == ["mục 2, gạch đầu dòng 1"]
    moved = at.dataframe[1].value
    travel = moved[moved["Nội dung"].str.contains("đi lại, ăn, nghỉ")]
    assert len(travel) == 1  # last year the education department led it; the draft gives it to the districts
    assert travel["Cơ quan chủ trì"].iloc[0] == "Sở Giáo dục và Đào tạo"
    assert travel["Chủ trì trong dự thảo"].iloc[0] == "UBND cấp huyện"
    assert travel["Nơi đã giao"].iloc[0] == "Lạng Sơn 2023"
    lacks = at.dataframe[3].value
    assert len(lacks) > 0 and set(lacks["Nơi đã giao"]) == {"Hải Phòng 2024"}
    assert "So với năm 2023 (Lạng Sơn): dự thảo giữ" in markdown_html(at)
    assert seed_con.execute("SELECT count(*) FROM documents").fetchone()[0] == before  # nothing stored


def test_draft_check_refuses_a_binary_file_in_one_sentence(app_env):
    at = open_page("draft")
    at.text_area(key="draft_text").input("\x00\x01\x02 PK\x03\x04 binary").run()
    assert not at.exception
    assert at.error[0].value.startswith("Không đọc được dự thảo:")


def test_explore_filters_show_counts_and_keep_plain_values_in_the_url(app_env, seed_con):
    at = open_page("explore")
    n = seed_con.execute("SELECT count(DISTINCT clause_id) FROM explore_rows WHERE locality = 'Hải Phòng'").fetchone()[0]
    assert f"Hải Phòng ({n})" in at.multiselect(key="ex_loc").options
    at.multiselect(key="ex_loc").select("Hải Phòng").run()
    assert at.query_params["ex_loc"] in ("Hải Phòng", ["Hải Phòng"])  # the value, not "Hải Phòng (n)"
    assert set(at.dataframe[0].value["Địa phương"]) == {"Hải Phòng"}


ALL_PAGES = PAGES + ["draft"]
VI_ONLY = sorted({vi for vi, en in i18n.LABELS.values() if vi != en and len(vi) > 12 and "{" not in vi}, key=len)


def page_texts(at: AppTest) -> list[str]:
    texts = [e.value for kind in ("title", "caption", "subheader", "header", "info", "warning", "error", "success")
             for e in getattr(at, kind)]
    texts += [str(w.label) for kind in ("selectbox", "multiselect", "text_input", "toggle", "button", "radio",
                                        "text_area", "expander", "tabs") for w in getattr(at, kind)]
    texts += [m.label for m in at.metric] + [h.value for h in at.html] + [m.value for m in at.markdown]
    return texts


@pytest.mark.parametrize("page", ALL_PAGES)
def test_english_switch_leaves_no_vietnamese_label(app_env, page):
    at = open_page(page, {"lang": "en"})
    if page == "draft":
        at.text_area(key="draft_text").input(draft_text()).run()
    text = "\n".join(page_texts(at))
    left = [vi for vi in VI_ONLY if vi in text]
    assert not left, left


@pytest.mark.parametrize("page", ALL_PAGES)
def test_no_page_shows_none(app_env, page):
    at = open_page(page)
    if page == "draft":
        at.text_area(key="draft_text").input(draft_text()).run()
    for frame in at.dataframe:
        df = frame.value
        assert not df.isna().any().any(), (page, df.columns[df.isna().any()].tolist())  # dates and numbers too
        assert not df.isin(["None", "nan", "NaT"]).any().any(), page
    assert "None" not in visible_text("\n".join(page_texts(at)))


def test_no_command_to_run_when_documents_wait_for_a_rebuild(app_env, tmp_path, monkeypatch):
    import os

    raw = tmp_path / "raw"
    raw.mkdir()
    monkeypatch.setenv("DIRECTIVES_RAW", str(raw))
    at = open_page("overview")
    assert not at.sidebar.warning  # the database is newer than everything in the folder
    added = raw / "du-thao-moi.txt"
    added.write_text("Chỉ thị mới", encoding="utf-8")
    later = os.stat(app_env).st_mtime_ns + 5_000_000_000
    os.utime(added, ns=(later, later))
    at = open_page("overview")
    warning = at.sidebar.warning[0].value
    assert warning == "Có văn bản mới chưa được đưa vào dữ liệu; người quản trị cần dựng lại dữ liệu."
    assert "make" not in warning


MARKDOWN = "[bấm vào đây](javascript:alert(1)) :red[chữ đỏ] $x^2$ **đậm** "


def test_document_text_never_goes_through_markdown_on_any_page(seed_db, tmp_path, monkeypatch):
    """Markdown and LaTeX inside a document reach the page through st.html only (shown as typed)."""
    import shutil

    path = tmp_path / "markdown.duckdb"
    shutil.copy(seed_db, path)
    con = duckdb.connect(str(path))
    doc_id, clause_id = con.execute(
        "SELECT c.doc_id, c.clause_id FROM clauses c JOIN documents d USING (doc_id) "
        "WHERE d.locality = 'Lạng Sơn' AND d.year = 2024 AND c.text LIKE '%đi lại, ăn, nghỉ%'").fetchone()
    report = con.execute(  # a Lạng Sơn 2024 duty that Hải Phòng 2024 lacks: it shows on the Gaps page too
        "SELECT c.clause_id FROM clauses c JOIN documents d USING (doc_id) WHERE d.locality = 'Lạng Sơn' "
        "AND d.year = 2024 AND c.text LIKE '%Rà soát dự toán kinh phí%'").fetchone()[0]
    for table in ("clauses", "statements", "duty_occurrences"):
        con.execute(f"UPDATE {table} SET text = ? || text WHERE clause_id IN (?, ?)", [MARKDOWN, clause_id, report])
    con.close()
    monkeypatch.setenv("DIRECTIVES_DB", str(path))
    for page, query in (("changes", {}), ("compare", {}), ("document", {"doc": doc_id, "clause": clause_id}),
                        ("gaps", {"gap_ly": "Hải Phòng 2024", "gap_scope": "same_year"})):
        at = open_page(page, query)
        assert any(MARKDOWN.strip() in h.value for h in at.html), page
        through_markdown = [e.value for kind in ("markdown", "caption", "info", "warning", "success", "error",
                                                 "subheader") for e in getattr(at, kind)]
        assert not [v for v in through_markdown if "chữ đỏ" in v], page
