"""The tables a build writes, from short directives written for this test (etl/frames.py, etl/pipeline.py):
what the Document, Duties, Changes and Data pages read. Each assertion is what a reader of the page would
check against the document itself: which clause is a duty, who leads it, which wordings are one duty."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pandas as pd
import pytest

from etl import frames
from etl import pipeline as pl
from etl.align import Alignment
from etl.config import Settings

SETTINGS = dataclasses.replace(Settings.from_env(), workers=1)

HEAD = """ỦY BAN NHÂN DÂN
TỈNH {caps}
Số: {number}/CT-UBND
{place}, ngày 6 tháng 3 năm {year}

CHỈ THỊ
Về việc tổ chức Kỳ thi tốt nghiệp trung học phổ thông năm {year}

Để kỳ thi năm nay an toàn, đúng quy chế, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:

"""
TAIL = """
Nơi nhận:
- Như trên;
- Lưu: VT.

CHỦ TỊCH
Trần Văn Bình
"""
BODY_A = """1. Sở Giáo dục và Đào tạo
a) Chủ trì tổ chức kỳ thi trên địa bàn tỉnh; phối hợp với Công an tỉnh bảo đảm an ninh tại các điểm thi.
b) Hướng dẫn thí sinh đăng ký dự thi đúng thời hạn.
2. Công an tỉnh chủ trì bảo vệ an toàn việc vận chuyển đề thi và bài thi.
3. Sở Y tế bố trí cán bộ y tế trực tại các điểm thi. Công ty Điện lực bảo đảm cấp điện liên tục trong những ngày thi.
4. Sở Giao thông vận tải chỉ đạo các doanh nghiệp vận tải hành khách thực hiện các việc sau:
a) Tăng thêm chuyến xe đưa đón thí sinh ở vùng sâu.
"""
BODY_B = """1. Công an tỉnh chủ trì bảo vệ an toàn quá trình vận chuyển đề thi và bài thi.
2. Sở Y tế bố trí cán bộ y tế trực ở tất cả các điểm thi.
"""


def _doc(tmp_path, name, caps, year, body, number="12"):
    path = tmp_path / name
    path.write_text(HEAD.format(caps=caps, place=caps.title(), year=year, number=number) + body + TAIL, encoding="utf-8")
    return path


@pytest.fixture
def built(tmp_path):
    """Two provinces' directives, one a year later, a duplicate, an unsupported file and one without duties.
    Built again for each test (not once per module): mutation testing maps each function to the tests that
    ran it, and a build shared by the module would be charged to the first test only."""
    folder = tmp_path / "raw"
    folder.mkdir()
    _doc(folder, "b_hagiang_2024.txt", "HÀ GIANG", 2024, BODY_A)
    _doc(folder, "a_caobang_2025.txt", "CAO BẰNG", 2025, BODY_B, number="7")
    (folder / "c_copy.txt").write_bytes((folder / "b_hagiang_2024.txt").read_bytes())
    (folder / "d_scan.xls").write_bytes(b"\xd0\xcf\x11\xe0")
    (folder / "e_empty.txt").write_text("ỦY BAN NHÂN DÂN\nTỈNH HÀ GIANG\n", encoding="utf-8")
    # no header naming a place: loaded with a warning on its locality
    (folder / "f_noplace.txt").write_text("CHỈ THỊ\nVề việc tổ chức kỳ thi năm 2024\n\n"
                                           "1. Sở Tài chính bảo đảm kinh phí tổ chức kỳ thi đúng thời hạn.\n", encoding="utf-8")
    (folder / ".hidden.txt").write_text("x", encoding="utf-8")
    (folder / "manifest.csv").write_text("source_file,locality\nmissing.txt,Hà Giang\n", encoding="utf-8")
    messages = []
    build = pl.parse_folder(folder, SETTINGS, messages.append)
    tables = frames.build_frames(build, SETTINGS)
    return build, tables, messages


def _by_doc(tables, locality):
    docs = tables["documents"]
    return docs.loc[docs["locality"] == locality, "doc_id"].item()


def test_refused_files_say_why_and_a_copy_names_the_first(built):
    build, tables, messages = built
    rejected = {r.source_file: (r.reason, r.duplicate_of) for r in tables["rejected_files"].itertuples()}
    assert set(rejected) == {"c_copy.txt", "d_scan.xls", "e_empty.txt"}  # hidden files and the manifest are not inputs
    assert rejected["c_copy.txt"] == ("it has the same content as b_hagiang_2024.txt, which is loaded once",
                                      "b_hagiang_2024.txt")
    assert "'.xls'" in rejected["d_scan.xls"][0] and pd.isna(rejected["d_scan.xls"][1])
    assert rejected["e_empty.txt"][0].startswith("no text of a directive")
    assert "  skipped c_copy.txt: same content as b_hagiang_2024.txt" in messages
    assert any(m.startswith("  skipped e_empty.txt: no text") for m in messages)
    assert not any("d_scan.xls" in m for m in messages)  # a file of another type is listed, not shouted
    assert any(m.startswith("  read 6/6 files") for m in messages)
    assert [d.source_file for d in build.docs] == ["a_caobang_2025.txt", "b_hagiang_2024.txt", "f_noplace.txt"]


def test_a_manifest_row_without_its_file_is_a_warning_of_no_document(built):
    _, tables, messages = built
    w = tables["warnings"]
    assert list(w.columns) == ["doc_id", "source_file", "field", "message"]
    row = w[w["message"].str.contains("missing.txt")]
    assert len(row) == 1 and row["doc_id"].isna().all() and row["field"].item() == "manifest"
    assert row["source_file"].item() == "manifest.csv"
    noplace = w[w["source_file"] == "f_noplace.txt"]
    docs = tables["documents"].set_index("source_file")
    assert set(noplace["doc_id"]) == {docs.loc["f_noplace.txt", "doc_id"]} and "locality" in set(noplace["field"])
    assert noplace["message"].str.len().min() > 0 and pd.isna(docs.loc["f_noplace.txt", "locality"])
    assert any("missing.txt" in m and m.startswith("  warning:") for m in messages)


def test_document_row_holds_what_the_header_says(built):
    _, tables, _ = built
    docs = tables["documents"].set_index("locality")
    hg = docs.loc["Hà Giang"]
    assert (hg["source_file"], hg["year"], hg["number"], hg["doc_type"], hg["signer"]) == (
        "b_hagiang_2024.txt", 2024, "12/CT-UBND", "Chỉ thị", "Trần Văn Bình")
    assert hg["issuer"].endswith("Hà Giang") and hg["title"].startswith("Về việc tổ chức Kỳ thi")
    assert hg["issued_date"] == dt.date(2024, 3, 6) and hg["signer_title"] == "CHỦ TỊCH"
    assert hg["source_text"].startswith("ỦY BAN NHÂN DÂN\nTỈNH HÀ GIANG") and hg["encoding"]
    assert hg["doc_id"] == hg["content_sha256"][:12]
    assert hg["recipients"].split("; ")[0] == "Như trên"  # the recipients, one after another
    assert 0.9 <= hg["body_coverage"] <= 1.0  # every duty sentence landed in a clause
    fields = tables["document_fields"]
    mine = fields[fields["doc_id"] == hg["doc_id"]].set_index("field")
    assert mine.loc["number", "value"] == "12/CT-UBND" and mine.loc["year", "value"] == "2024"
    assert mine.loc["signer_title", "value"] == "CHỦ TỊCH" and set(mine["source"]) == {"text"}


def test_clauses_keep_their_parent_and_offsets(built):
    _, tables, _ = built
    hg = _by_doc(tables, "Hà Giang")
    cl = tables["clauses"][tables["clauses"]["doc_id"] == hg].set_index("clause_id")
    src = tables["documents"].set_index("doc_id").loc[hg, "source_text"]
    head = cl[cl["text"] == "1. Sở Giáo dục và Đào tạo"]
    child = cl[cl["text"].str.startswith("b) Hướng dẫn thí sinh")]
    assert child["parent_id"].item() == head.index.item() and head["parent_id"].isna().all()
    assert (head["label"].item(), head["kind"].item(), child["label"].item(), child["kind"].item()) == ("1", "item", "b", "item")
    assert cl.sort_values("seq")["kind"].tolist()[:3] == ["title", "title", "preamble"]
    assert child.index.item() == f"{hg}-{child['seq'].item():03d}"
    for row in cl.itertuples():
        assert src[row.start_char:row.end_char].split() == row.text.split()


def test_a_heading_has_no_statements_its_children_carry_the_duties(built):
    _, tables, _ = built
    hg = _by_doc(tables, "Hà Giang")
    st = tables["statements"]
    st = st[st["clause_id"].str.startswith(hg)]
    texts = st["text"].tolist()
    assert "1. Sở Giáo dục và Đào tạo" not in texts and not any(t.startswith("1.") for t in texts)
    assert "Chủ trì tổ chức kỳ thi trên địa bàn tỉnh;" in texts  # the label is not part of the statement
    split = st[st["text"].str.startswith(("Chủ trì tổ chức", "phối hợp với Công an"))]
    assert split["clause_id"].nunique() == 1 and split["part"].tolist() == [0, 1]
    assert split["statement_id"].tolist() == [f"{c}-{p}" for c, p in zip(split["clause_id"], split["part"])]
    assert set(st["kind"]) == {"duty"} and st["kind_reason"].str.len().min() > 0


def test_each_statement_leads_with_its_own_doer(built):
    _, tables, _ = built
    hg = _by_doc(tables, "Hà Giang")
    st = tables["statements"].set_index("text")
    rows = {r["statement_id"]: r for r in frames._statement_rows(built[0])}
    roles = {rows[sid]["text"]: rows[sid]["roles"] for sid in st["statement_id"] if sid.startswith(hg)}
    assert roles["Sở Y tế bố trí cán bộ y tế trực tại các điểm thi."] == ("health",)
    assert roles["Công ty Điện lực bảo đảm cấp điện liên tục trong những ngày thi."] == ("electricity",)
    assert roles["Hướng dẫn thí sinh đăng ký dự thi đúng thời hạn."] == ("education",)  # from its heading
    assert roles["Tăng thêm chuyến xe đưa đón thí sinh ở vùng sâu."] == ("transport",)


def test_a_child_is_matched_with_the_lead_in_it_continues(built):
    _, tables, _ = built
    st = tables["statements"].set_index("text")
    child = st.loc["Tăng thêm chuyến xe đưa đón thí sinh ở vùng sâu."]
    assert "doanh nghiệp" in child["match_text"] and "chuyến xe" in child["match_text"]
    assert "Giao thông" not in child["match_text"]  # an agency's name is never matching text
    assert frames._lead_in("3. Sở Tài chính bố trí kinh phí.") == ""
    assert frames._lead_in("Về tài chính. Sở Tài chính thực hiện:  ") == "Sở Tài chính thực hiện"
    assert frames._lead_in(" ".join(["từ"] * 20) + ":", max_words=12) == " ".join(["từ"] * 12)


def test_statements_are_in_year_then_locality_order_with_their_topics(built):
    _, tables, _ = built
    st = tables["statements"]
    docs = tables["documents"].set_index("doc_id")
    years = [docs.loc[c[:12], "year"] for c in st["clause_id"]]
    assert years == sorted(years) and years[0] == 2024
    # within a year, by locality: the document that names none first
    sources = [docs.loc[c[:12], "source_file"] for c in st["clause_id"]]
    assert sources.index("f_noplace.txt") < sources.index("b_hagiang_2024.txt") < sources.index("a_caobang_2025.txt")
    assert st["theme"].str.len().min() > 0
    topics = st.set_index("text")["topics"]
    health = topics["Sở Y tế bố trí cán bộ y tế trực tại các điểm thi."]
    assert all(set(t) == {"topic", "weight"} for t in health) and all(t["weight"] > 0 for t in health)


def test_lead_and_support_are_assigned_where_the_text_names_them(built):
    _, tables, _ = built
    hg = _by_doc(tables, "Hà Giang")
    ag = tables["agencies"].set_index("agency_id")
    a = tables["assignments"]
    a = a[a["clause_id"].str.startswith(hg)].assign(name=lambda f: f["agency_id"].map(ag["name"]))
    clauses = tables["clauses"].set_index("clause_id")
    support = a[a["kind"] == "support"]
    assert support["name"].tolist() == ["Công an tỉnh"] and support["how"].item() == "coordination"
    c = clauses.loc[support["clause_id"].item()]
    assert c["text"][int(support["start_char"].item()):int(support["end_char"].item())] == "Công an tỉnh"
    assert support["statement_id"].item().endswith("-1")  # the second statement of its clause
    heading = a[(a["name"] == "Sở Giáo dục và Đào tạo") & a["clause_id"].isin(
        clauses.index[clauses["text"] == "1. Sở Giáo dục và Đào tạo"])]
    assert heading["statement_id"].isna().all() and heading["start_char"].notna().all()  # a heading has no statements
    inherited = a[(a["name"] == "Sở Giáo dục và Đào tạo") & a["start_char"].isna()]
    assert len(inherited) == 2 and inherited["end_char"].isna().all() and inherited["statement_id"].notna().all()
    m = tables["agency_mentions"]
    assert list(m.columns) == ["clause_id", "statement_id", "agency_id", "part", "rule", "start_char", "end_char"]
    assert {"doer", "helper"} <= set(m["part"]) and m["rule"].notna().all()
    helper = m[(m["part"] == "helper") & m["clause_id"].str.startswith(hg)]
    c = clauses.loc[helper["clause_id"].item()]
    assert c["text"][int(helper["start_char"].item()):int(helper["end_char"].item())] == "Công an tỉnh"
    assert helper["statement_id"].item() == support["statement_id"].item()
    assert helper["agency_id"].item() == support["agency_id"].item()


def test_each_agency_is_listed_once_with_its_locality_and_successor(built):
    _, tables, _ = built
    ag = tables["agencies"]
    assert not ag["agency_id"].duplicated().any()
    police = ag[ag["role"] == "police"]
    assert set(police["locality"]) == {"Hà Giang", "Cao Bằng"} and police["name"].nunique() == 1
    transport = ag[ag["role"] == "transport"]
    assert transport["successor"].tolist() == ["Sở Xây dựng"] and "2025" in transport["note"].item()
    assert not ag[ag["role"] == "health"]["successor"].fillna("").str.len().any()  # no successor: none shown
    first = ag["locality"].tolist()
    assert first[0] == "Cao Bằng"  # in order of first mention, over documents in file-name order


def test_a_duty_written_by_two_provinces_is_one_duty(built):
    _, tables, _ = built
    duties = tables["duties"].set_index("duty_id")
    dc = tables["duty_clauses"]
    st = tables["statements"].set_index("statement_id")
    members = dc.assign(text=dc["statement_id"].map(st["text"]))
    police = members[members["text"].str.startswith("Công an tỉnh chủ trì bảo vệ an toàn")]
    assert len(police) == 2 and police["duty_id"].nunique() == 1
    duty = duties.loc[police["duty_id"].iloc[0]]
    assert duty["n_docs"] == 2 and duty["lead_roles"] == "police"
    assert duty["label"] in set(police["text"]) and duty["theme"] == st.loc[police["statement_id"].iloc[0], "theme"]
    alone = members[members["text"] == "Hướng dẫn thí sinh đăng ký dự thi đúng thời hạn."]
    assert duties.loc[alone["duty_id"].item(), "n_docs"] == 1 and alone["score"].item() == 100.0
    assert duties.index.tolist() == [f"D{n:05d}" for n in range(1, len(duties) + 1)]
    assert set(dc["statement_id"]) == set(st.index[st["kind"] == "duty"])  # every duty statement in one duty
    links = tables["links"]
    pair = set(police["statement_id"])
    assert any({a, b} == pair and 38 <= s <= 100 for a, b, s in links.itertuples(index=False))


def test_a_long_duty_label_is_cut_with_an_ellipsis():
    long = "Sở Tài chính " + "bảo đảm kinh phí cho các hội đồng thi, " * 6 + "đúng thời hạn."
    statements = [{"statement_id": "x-001-0", "clause_id": "x-001", "doc_id": "x", "text": long,
                   "match_text": "kinh phí", "theme": "finance"}]
    result = Alignment([0], [99.991], [], 0)
    rows, members = frames._duties(statements, result, [], {})
    assert len(long) > 140 and rows[0]["label"] == long[:139] + "…" and len(rows[0]["label"]) == 140
    assert members == [{"duty_id": "D00001", "clause_id": "x-001", "statement_id": "x-001-0", "score": 99.99,
                        "node_id": "x-001-0"}]
    short = [dict(statements[0], text="Sở Tài chính\nbảo đảm kinh phí.")]
    assert frames._duties(short, result, [], {})[0][0]["label"] == "Sở Tài chính bảo đảm kinh phí."


def test_the_most_shared_wording_labels_a_duty():
    texts = ["Bố trí điểm thi an toàn.", "Bố trí các điểm thi an toàn.", "Bố trí các điểm thi an toàn!"]
    matched = ["bo tri diem thi", "bo tri cac diem thi", "bo tri cac diem thi"]
    statements = [{"statement_id": f"d{k}-001-0", "clause_id": f"d{k}-001", "doc_id": f"d{k}", "text": t,
                   "match_text": m, "theme": th} for k, (t, m, th) in enumerate(zip(texts, matched, ["a", "b", "b"]))]
    result = Alignment([5, 5, 5], [90.0, 80.0, 70.0], [], 0)
    assigns = [{"clause_id": "d2-001", "agency_id": "x", "kind": "lead"},
               {"clause_id": "d0-001", "agency_id": "y", "kind": "support"}]
    rows, _ = frames._duties(statements, result, assigns, {"x": {"role": "police"}, "y": {"role": "health"}})
    assert rows == [{"duty_id": "D00001", "label": texts[1], "theme": "b", "n_docs": 3, "lead_roles": "police"}]


def test_when_every_wording_differs_the_label_is_the_statement_the_others_echo_not_the_first():
    # real documents word a duty differently each time: a news line that happened to come first is no label
    texts = ["Ông Giám đốc cho biết thêm, ngành đã sẵn sàng, cán bộ y tế đều đã được phân công trước.",
             "Bố trí cán bộ y tế trực tại mỗi điểm thi.",
             "Bố trí đủ cán bộ y tế trực tại các điểm thi trong những ngày thi.",
             "Cử cán bộ y tế trực ở điểm thi."]
    matched = ["ông giám đốc cho biết thêm ngành sẵn sàng cán bộ y tế phân công trước",
               "bố trí cán bộ y tế trực điểm thi", "bố trí đủ cán bộ y tế trực điểm thi ngày thi",
               "cử cán bộ y tế trực điểm thi"]
    statements = [{"statement_id": f"d{k}-001-0", "clause_id": f"d{k}-001", "doc_id": f"d{k}", "text": t,
                   "match_text": m, "theme": "health"} for k, (t, m) in enumerate(zip(texts, matched))]
    result = Alignment([1, 1, 1, 1], [60.0, 80.0, 75.0, 70.0], [], 0)
    assert frames._duties(statements, result, [], {})[0][0]["label"] in texts[1:]
    assert frames._typical([0, 1, 2, 3], statements) == 3  # its words are held most often by the others, on average
    lead_in = [dict(s, text=s["text"].rstrip(".") + ":") for s in statements]
    lead_in[0] = statements[0]
    assert frames._typical([0, 1, 2, 3], lead_in) == 0  # lead-ins ending in ":" name no duty: the one left
    alone = frames._duties(statements[:1], Alignment([1], [60.0], [], 0), [], {})
    assert alone[0][0]["label"] == texts[0]


def test_words_every_duty_uses_count_little_in_choosing_the_label():
    # "phối hợp chặt chẽ" is in every statement of the build: the member whose duty words (kiểm tra bếp ăn) the others
    # hold is the label, not the one that shares the most of everybody's words
    members = ["phối hợp chặt chẽ thường xuyên", "phối hợp chặt chẽ kiểm tra bếp ăn", "kiểm tra bếp ăn quán ăn",
               "phối hợp chặt chẽ kiểm tra bếp ăn trường"]
    others = [f"phối hợp chặt chẽ việc {w}" for w in ("đón", "đưa", "trực", "gác", "canh", "in", "chấm", "coi", "soạn", "nhận")]
    statements = [{"statement_id": f"d{k}-001-0", "clause_id": f"d{k}-001", "doc_id": f"d{k}", "text": t + ".",
                   "match_text": t, "theme": "health"} for k, t in enumerate(members + others)]
    result = Alignment([0] * 4 + list(range(1, 11)), [50.0] * 14, [], 0)
    rows, _ = frames._duties(statements, result, [], {})
    assert rows[0]["label"] == "kiểm tra bếp ăn quán ăn."
    assert frames._typical([0, 1, 2, 3], statements) == 1  # without the rarity, the widest sharer
    twins = [{"text": "Bố trí xe.", "match_text": "bố trí xe"}, {"text": "Xe bố trí.", "match_text": "xe bố trí"}]
    assert frames._typical([0, 1], twins) == 0 and frames._typical([1, 0], twins) == 1  # a tie: the first member


def test_a_label_of_exactly_140_characters_is_kept_whole():
    result = Alignment([0], [90.0], [], 0)
    for length, shown in ((140, 140), (141, 140)):
        text = ("Sở Y tế bố trí " + "cán bộ y tế " * 20)[:length - 1] + "."
        statements = [{"statement_id": "x-001-0", "clause_id": "x-001", "doc_id": "x", "text": text,
                       "match_text": "y te", "theme": "health"}]
        label = frames._duties(statements, result, [], {})[0][0]["label"]
        assert len(text) == length and len(label) == shown and label.endswith("." if length == 140 else "…")


def test_a_duty_lists_every_lead_role_of_its_clauses_once():
    statements = [{"statement_id": f"d{k}-001-0", "clause_id": f"d{k}-001", "doc_id": f"d{k}",
                   "text": "Bảo đảm an ninh điểm thi.", "match_text": "an ninh diem thi", "theme": "security"}
                  for k in range(3)]
    result = Alignment([4, 4, 4], [80.0, 80.0, 80.0], [], 0)
    assigns = [{"clause_id": "d0-001", "agency_id": "p", "kind": "lead"}, {"clause_id": "d1-001", "agency_id": "h",
               "kind": "lead"}, {"clause_id": "d2-001", "agency_id": "p", "kind": "lead"}]
    rows, _ = frames._duties(statements, result, assigns, {"p": {"role": "police"}, "h": {"role": "health"}})
    assert rows[0]["lead_roles"] == "health, police" and rows[0]["n_docs"] == 3


def test_a_lead_in_keeps_its_last_twelve_words():
    words = [f"từ{k}" for k in range(20)]
    assert frames._lead_in(" ".join(words) + ":") == " ".join(words[-12:])


def test_the_links_table_holds_text_ids_like_every_other_table():
    statements = [{"statement_id": f"d{k}-001-0"} for k in range(4)]
    links = frames._links(statements, [(0, 3, 55.5), (1, 2, 40.0)])
    text = pd.Series(["x"]).dtype
    assert links["a"].dtype == text and links["b"].dtype == text
    assert links.values.tolist() == [["d0-001-0", "d3-001-0", 55.5], ["d1-001-0", "d2-001-0", 40.0]]


def test_a_one_paragraph_news_report_keeps_the_statement_of_every_assignment(tmp_path):
    """A portal text of one paragraph has no items: its paragraph is the opening (kind preamble), attributed like an
    item; its assignments name their statement and the statement is one of the table's (batch I, session 8)."""
    folder = tmp_path / "raw"
    folder.mkdir()
    (folder / "hatinh_2023_web.txt").write_text(
        "Để Kỳ thi tốt nghiệp THPT năm 2023 diễn ra an toàn, Sở Giáo dục và Đào tạo Hà Tĩnh phối hợp với Công an tỉnh "
        "rà soát các điểm thi; Sở Y tế bố trí cán bộ trực tại các điểm thi.\n", encoding="utf-8")
    tables = frames.build_frames(pl.parse_folder(folder, SETTINGS, lambda _: None), SETTINGS)
    a = tables["assignments"]
    assert set(tables["clauses"].loc[tables["clauses"]["clause_id"].isin(a["clause_id"]), "kind"]) == {"preamble"}
    assert len(a) >= 3 and a["statement_id"].notna().all()
    assert set(a["statement_id"]) <= set(tables["statements"]["statement_id"])


def test_who_spoke_and_where_is_not_matched_only_what_they_asked(tmp_path):
    # A news report: the duty is what the speaker asks for, not the meeting, the speaker's name or rank.
    folder = tmp_path / "raw"
    folder.mkdir()
    (folder / "langson_2026_tin.txt").write_text(
        "Huyện Cao Lộc họp chuẩn bị kỳ thi năm 2026\n\n"
        "Phát biểu tại cuộc họp, ông Hoàng Văn Sơn, Phó Chủ tịch UBND huyện yêu cầu các trường bố trí phòng chờ có quạt "
        "cho phụ huynh.\n\n"
        "Trao đổi với phóng viên, Trung tá Nông Văn Tùng cho biết: lực lượng công an sẽ phân luồng giao thông ở các "
        "điểm thi.\n\n"
        "Sở Y tế bố trí xe cấp cứu trực ở các điểm thi xa trung tâm.\n", encoding="utf-8")
    tables = frames.build_frames(pl.parse_folder(folder, SETTINGS), SETTINGS)
    match = dict(zip(tables["statements"].text, tables["statements"].match_text))
    asked = next(m for t, m in match.items() if t.startswith("Phát biểu"))
    assert "phòng chờ" in asked and "quạt" in asked
    assert not {"hoàng", "sơn", "phát", "biểu", "cuộc", "họp"} & set(asked.split())
    told = next(m for t, m in match.items() if t.startswith("Trao đổi"))
    assert "phân luồng" in told and not {"trung", "tá", "tùng", "phóng", "viên"} & set(told.split())
    # a statement with no speaker keeps its words
    assert "xe cấp cứu" in match["Sở Y tế bố trí xe cấp cứu trực ở các điểm thi xa trung tâm."]
