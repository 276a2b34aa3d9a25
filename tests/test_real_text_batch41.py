"""Session 39: patterns met on real texts, written again in our own words."""

from __future__ import annotations

import duckdb
import pytest

from etl.build import run_build
from etl.messages import vietnamese
from tests.attr_helpers import leads_by_paragraph, roles

# One paragraph each: its text, the document's locality and year, and the lead and support roles a reader sees.
ONE_PARAGRAPH = {
    # a department named with an abbreviation after a hyphen, or by a merged name the gazetteer does not know
    # ("Sở Giáo dục, Khoa học và Công nghệ"): its first words say it is the education department
    "merged-education-department-short": ("Sở GD-KH&CN có trách nhiệm phối hợp với Công an tỉnh bảo vệ nơi in sao đề "
                                          "thi trong suốt kỳ thi.", "Bạc Liêu", 2021,
                                          {"lead": {"education"}, "support": {"police"}}),
    "merged-education-department-long": ("Sở Giáo dục, Khoa học và Công nghệ chủ trì tổ chức kỳ thi tuyển sinh lớp 10 "
                                         "theo đúng lịch đã công bố.", "Bạc Liêu", 2021,
                                         {"lead": {"education"}, "support": set()}),
    # the youth union that makes way for its own volunteers does the work itself: it is no helper of them
    "helps-its-own-volunteers": ("Về phía Thành đoàn, trong tuần này sẽ tạo điều kiện cho các tình nguyện viên "
                                 "tham gia hướng dẫn thí sinh tại các điểm thi.", "Đà Nẵng", 2023,
                                 {"lead": {"youth_union"}, "support": set()}),
    # the provincial police helping the district police: one sector, one doer
    "police-help-their-own": ("Công an tỉnh hỗ trợ công an các huyện tuần tra quanh các điểm thi vào ban đêm.",
                              "Yên Bái", 2022, {"lead": {"police"}, "support": set()}),
    # "nhanh chóng" stands between the units asked and their verb, as "khẩn trương" does: a health department's
    # own units act, so the department does
    "own-units-asked-to-hurry": ("Sở Y tế yêu cầu các đơn vị nhanh chóng tổ chức xét nghiệm cho cán bộ coi thi trước "
                                 "ngày thi.", "Hà Nội", 2021, {"lead": {"health"}, "support": set()}),
}


@pytest.mark.parametrize("case", sorted(ONE_PARAGRAPH))
def test_one_paragraph_is_read_as_a_reader_reads_it(case):
    text, locality, year, want = ONE_PARAGRAPH[case]
    assert roles(text, locality, year) == want


def test_a_sentence_after_a_photo_credit_in_initials_is_a_paragraph_of_its_own():
    # a caption closes on its credit, here initials with a dot; the next line is the article's next paragraph and
    # its agencies act (before, the line was joined to the caption and only named them)
    text = ("Các em học sinh lớp 9 ôn bài trước kỳ thi vào lớp 10. Ảnh: T.H\n"
            "Sở Y tế có trách nhiệm phối hợp với Công an tỉnh kiểm tra bếp ăn của các điểm thi.")
    assert leads_by_paragraph(text, "Cà Mau", 2021) == [set(), {"health"}]


NEWS_BODY = ("Sáng 12/6, Ban Chỉ đạo thi tỉnh Sơn La họp phiên cuối trước kỳ thi tốt nghiệp THPT năm 2024.\n\n"
             "Trưởng ban đề nghị Công an tỉnh bố trí lực lượng canh gác nơi in sao đề thi suốt ngày đêm, không để "
             "người lạ vào khu vực này.\n\n"
             "Sở Y tế bố trí cán bộ y tế tại mỗi điểm thi và chuẩn bị xe cứu thương cho các điểm thi ở xa bệnh viện.\n")


def _build(folder, tmp_path):
    db = tmp_path / "d.duckdb"
    run_build(folder, db)
    con = duckdb.connect(str(db), read_only=True)
    try:
        docs = [r[0] for r in con.execute("SELECT source_file FROM documents ORDER BY 1").fetchall()]
        rejected = dict(con.execute("SELECT source_file, reason FROM rejected_files").fetchall())
        n = con.execute("SELECT count(*) FROM statements WHERE text LIKE 'Sở Y tế bố trí%'").fetchone()[0]
    finally:
        con.close()
    return docs, rejected, n


def test_one_news_report_carried_by_two_portals_is_loaded_once_and_the_fuller_copy_kept(tmp_path):
    # two portals carry the same report; one adds its headline and spaces a line differently. Loaded twice, every
    # duty would count twice and the Changes page would list each statement twice
    folder = tmp_path / "raw"
    folder.mkdir()
    (folder / "a_sonla_2024.txt").write_text(NEWS_BODY.replace("suốt ngày đêm,", "suốt  ngày đêm ,"), encoding="utf-8")
    (folder / "b_sonla_2024.txt").write_text("Sơn La sẵn sàng cho kỳ thi tốt nghiệp THPT\n\n" + NEWS_BODY,
                                             encoding="utf-8")
    (folder / "manifest.csv").write_text("source_file,locality,year\na_sonla_2024.txt,Sơn La,2024\n"
                                         "b_sonla_2024.txt,Sơn La,2024\n", encoding="utf-8")
    # a third file with the first one's very bytes is the same text again: it names the copy that was loaded
    (folder / "c_sonla_2024.txt").write_bytes((folder / "a_sonla_2024.txt").read_bytes())
    docs, rejected, n = _build(folder, tmp_path)
    assert docs == ["b_sonla_2024.txt"] and n == 1
    assert vietnamese(rejected["a_sonla_2024.txt"]) == ("lặp lại nội dung của b_sonla_2024.txt (chỉ khác tiêu đề, chữ "
                                                        "hoa hoặc dấu câu; chỉ nạp một lần)")
    assert vietnamese(rejected["c_sonla_2024.txt"]) == "trùng nội dung với b_sonla_2024.txt (chỉ nạp một lần)"


def test_the_same_words_in_two_provinces_or_two_years_are_two_documents(tmp_path):
    folder = tmp_path / "raw"
    folder.mkdir()
    rows = ["source_file,locality,year"]
    # (each under its own headline: files with the very same text are one document whatever the manifest says)
    for name, locality, year in (("a.txt", "Sơn La", 2024), ("b.txt", "Điện Biên", 2024), ("c.txt", "Sơn La", 2023)):
        (folder / name).write_text(f"{locality} chuẩn bị kỳ thi năm {year}\n\n" + NEWS_BODY, encoding="utf-8")
        rows.append(f"{name},{locality},{year}")
    (folder / "manifest.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    docs, rejected, n = _build(folder, tmp_path)
    assert docs == ["a.txt", "b.txt", "c.txt"] and not rejected and n == 3


def test_the_changes_summary_names_each_sentences_own_doer_not_its_paragraphs(tmp_path, monkeypatch):
    # a news paragraph holds two duties of two agencies; each new duty is said to be added by its own agency, not by
    # every agency its paragraph names
    from streamlit.testing.v1 import AppTest

    from tests.test_dashboard_unplaced import APP

    folder = tmp_path / "raw"
    folder.mkdir()
    (folder / "a.txt").write_text("Tuyên Quang họp về kỳ thi tốt nghiệp THPT\n\nSở Giáo dục và Đào tạo tập huấn cho "
                                  "cán bộ coi thi của tất cả các điểm thi trong tỉnh trước ngày thi.\n", encoding="utf-8")
    (folder / "b.txt").write_text("Tuyên Quang sẵn sàng cho kỳ thi tốt nghiệp THPT\n\nSở Y tế bố trí cán bộ y tế và xe "
                                  "cứu thương tại mỗi điểm thi. Công an tỉnh canh gác nơi in sao đề thi suốt ngày đêm "
                                  "và tuần tra quanh các điểm thi.\n", encoding="utf-8")
    (folder / "manifest.csv").write_text("source_file,locality,year\na.txt,Tuyên Quang,2023\nb.txt,Tuyên Quang,2024\n",
                                         encoding="utf-8")
    db = tmp_path / "d.duckdb"
    run_build(folder, db)
    monkeypatch.setenv("DIRECTIVES_DB", str(db))
    query = {"chg_loc": "Tuyên Quang", "chg_ya": "2023", "chg_yb": "2024"}
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params.update(query)
    at.run()
    at.switch_page("app_pages/changes.py")
    at.query_params.update(query)
    at.run()
    assert not at.exception
    summary = "\n".join(h.value for h in at.html)
    assert "<li>Sở Y tế thêm: “Sở Y tế bố trí" in summary
    assert "<li>Công an tỉnh thêm: “Công an tỉnh canh gác" in summary


def _dashboard_of_provinces(tmp_path, monkeypatch, provinces, duty: str):
    """The dashboard's first page over one 2024 news report per province, each a headline and `duty`."""
    from streamlit.testing.v1 import AppTest

    from tests.test_dashboard_unplaced import APP

    folder = tmp_path / "raw"
    folder.mkdir()
    rows = ["source_file,locality,year"]
    for k, locality in enumerate(provinces):
        (folder / f"{k}.txt").write_text(f"{locality} chuẩn bị kỳ thi\n\n{duty}\n", encoding="utf-8")
        rows.append(f"{k}.txt,{locality},2024")
    (folder / "manifest.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    db = tmp_path / "d.duckdb"
    run_build(folder, db)
    monkeypatch.setenv("DIRECTIVES_DB", str(db))
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    return at


def test_localities_are_listed_in_vietnamese_alphabetical_order(tmp_path, monkeypatch):
    # "Đà Nẵng" comes after "Cà Mau" and before "Yên Bái" in Vietnamese, not after "Yên Bái" as code points put it
    import json

    at = _dashboard_of_provinces(tmp_path, monkeypatch, ("Yên Bái", "Đà Nẵng", "Cà Mau"),
                                 "Sở Y tế bố trí cán bộ y tế tại mỗi điểm thi trong hai ngày thi.")
    want = ["Cà Mau", "Đà Nẵng", "Yên Bái"]
    assert list(at.multiselect[0].options) == want
    figure = json.loads(at.get("plotly_chart")[0].proto.spec)
    assert figure["layout"]["yaxis"]["categoryarray"] == want[::-1]  # drawn from the bottom: Cà Mau on top
    at.switch_page("app_pages/gaps.py")
    at.run()
    assert list(at.selectbox[0].options) == [f"{x} 2024" for x in want]
    at.switch_page("app_pages/explore.py")
    at.run()
    table = at.dataframe[0].value
    assert list(dict.fromkeys(table["Địa phương"])) == want  # the analyst's table too


def test_a_coverage_grid_of_many_places_shows_colour_and_narrows_to_the_places_chosen(tmp_path, monkeypatch):
    # fifty provinces' documents: fifty columns leave no room for a number in each square (they overlapped); the
    # colour stays, the number is on hover, and choosing provinces brings the numbers back
    import json

    from etl.metadata import localities

    names = sorted({v for v in localities().values() if v != "Toàn quốc"})[:50]
    at = _dashboard_of_provinces(tmp_path, monkeypatch, names,
                                 "Công an tỉnh bảo vệ nơi in sao đề thi suốt ngày đêm trong những ngày thi.")
    at.switch_page("app_pages/coverage.py")
    at.run()
    grid = json.loads(at.get("plotly_chart")[0].proto.spec)["data"][0]
    assert grid["mode"] == "markers" and len(set(grid["x"])) == 50
    at.multiselect(key="cov_loc").set_value([names[0], names[1]]).run()
    grid = json.loads(at.get("plotly_chart")[0].proto.spec)["data"][0]
    assert grid["mode"] == "markers+text" and set(grid["x"]) == {f"{names[0]} 2024", f"{names[1]} 2024"}


def test_a_news_report_without_type_or_number_is_named_by_its_headline():
    # a portal's report has a headline but no document type or number: "Thanh Hóa 2020 · Tiêu đề", not "· : Tiêu đề"
    import pandas as pd

    from dashboard import ui

    docs = pd.DataFrame({"doc_id": ["a", "b"], "source_file": ["a.txt", "b.txt"], "locality": ["Thanh Hóa", "Sơn La"],
                         "year": [2020, 2024], "doc_type": [None, "Công văn"], "number": [None, None],
                         "title": ["Công điện khẩn về kỳ thi", "Bảo đảm an ninh kỳ thi"]})
    _, names = ui.doc_options(docs)
    assert names["a"] == "Thanh Hóa 2020 · Công điện khẩn về kỳ thi"
    assert names["b"] == "Sơn La 2024 · Công văn: Bảo đảm an ninh kỳ thi"


@pytest.mark.parametrize("text, kind", [
    # a purpose that opens a news sentence is its setting: a meeting chaired after it is reported, no duty
    ("Để chuẩn bị cho kỳ thi, chiều 5/6, Phó Chủ tịch UBND tỉnh chủ trì cuộc họp trực tuyến với các sở, ngành.",
     "context"),
    # the same opening before a task keeps the task a duty
    ("Để bảo đảm an ninh, Công an tỉnh bố trí 300 cán bộ tại các điểm thi.", "duty"),
])
def test_a_purpose_that_opens_a_sentence_does_not_make_a_meeting_a_duty(text, kind):
    from etl.statements import kind_of

    assert kind_of(text)[0] == kind
