"""Alignment: matching text, duty statements, themes, grouping quality on labelled pairs, changes and gaps."""

import duckdb
import pytest

from etl import align as al
from etl.build import run_build
from tests.conftest import FIXTURES, RAW
from tests.gold.pairs import load_pairs, prf


def test_matching_text_unifies_what_differs_only_in_form():
    a = al.match_text("Đảm bảo an toàn, phòng chống dịch bệnh cho thí sinh dự Kỳ thi tốt nghiệp THPT năm 2024; hoà giải")
    b = al.match_text("bảo đảm an toàn, phòng chống dịch bệnh cho thí sinh dự Kỳ thi tốt nghiệp trung học phổ thông năm 2023; hòa giải")
    assert a == b
    assert "2024" not in a and "kỳ thi" not in a


def test_tone_marks_unified_only_at_syllable_end():
    assert al.unify_tones("hoà thuỷ khoẻ") == "hòa thủy khỏe"
    assert al.unify_tones("hoàn quý") == "hoàn quý"  # "oà" before a final consonant and "qu" stay


def test_agency_names_and_citations_are_not_matched_on():
    text = "Công an tỉnh quán triệt Chỉ thị số 17/CT-TTg ngày 29/5/2023 của Thủ tướng Chính phủ đến cán bộ"
    assert al.match_text(text, ("Công an tỉnh",)) == "quán triệt cán bộ"


def test_long_paragraphs_split_into_duty_statements():
    text = ("Chỉ đạo chuẩn bị đầy đủ các điều kiện về nhân lực, cơ sở vật chất, trang thiết bị phục vụ Kỳ thi; "
            "thực hiện tốt công tác phòng, chống dịch bệnh, vệ sinh an toàn thực phẩm; xét tuyển vào lớp 10.")
    parts = al.split_statements(text)
    assert len(parts) == 2 and parts[1].endswith("xét tuyển vào lớp 10.")


def test_themes():
    assert al.theme_of("tăng cường phòng, chống hiệu quả việc sử dụng công nghệ cao để gian lận") == "cheating"
    assert al.theme_of("tạo điều kiện thuận lợi về đi lại, ăn, nghỉ cho thí sinh") == "candidate_support"
    assert al.theme_of("Xây dựng kế hoạch bảo đảm cung ứng điện phục vụ các khâu của Kỳ thi") == "power"


def test_identical_statements_share_a_duty_and_unrelated_ones_do_not():
    texts = [al.match_text(t) for t in (
        "tăng cường phòng, chống hiệu quả việc sử dụng công nghệ cao để gian lận trong Kỳ thi",
        "tăng cường phòng, chống hiệu quả việc sử dụng công nghệ cao để gian lận trong Kỳ thi",
        "Xây dựng kế hoạch bảo đảm cung ứng điện phục vụ các khâu của Kỳ thi",
    )]
    result = al.align(texts, ["d1", "d2", "d3"], ["cheating", "cheating", "power"])
    assert result.duty_of[0] == result.duty_of[1] != result.duty_of[2]


@pytest.fixture(scope="module")
def pairs_db(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    for src in [*RAW.iterdir(), *(FIXTURES / "extra").glob("*.txt")]:
        (folder / src.name).write_bytes(src.read_bytes())
    db = folder / "pairs.duckdb"
    run_build(folder, db)
    return db


def test_labelled_pairs_precision_and_recall(pairs_db):
    con = duckdb.connect(str(pairs_db), read_only=True)
    pairs, problems = load_pairs(con)
    con.close()
    assert problems == [] and len(pairs) >= 80
    m = prf([p.a["duty"] == p.b["duty"] for p in pairs], [p.same for p in pairs])
    assert m["precision"] >= 0.90 and m["recall"] >= 0.85, m


def test_travel_meals_lodging_moved_from_education_to_districts(seed_con):
    rows = seed_con.execute(
        "SELECT roles_a, roles_b FROM changes('Lạng Sơn', 2023, 'Lạng Sơn', 2024) "
        "WHERE status = 'reassigned' AND text_a LIKE '%đi lại, ăn, nghỉ%' AND text_b LIKE '%đi lại, ăn, nghỉ%'"
    ).fetchall()
    assert rows == [("education", "district_pc")]


def test_changes_between_two_documents_cover_both(seed_con):
    a, b = (seed_con.execute("SELECT doc_id FROM documents WHERE source_file LIKE ?", [f"{p}%"]).fetchone()[0]
            for p in ("002", "000"))
    rows = seed_con.execute("SELECT status, clause_a, clause_b FROM changes(NULL, NULL, NULL, NULL, doc_a := ?, doc_b := ?)",
                            [a, b]).fetchall()
    statuses = {r[0] for r in rows}
    assert {"new", "dropped", "reassigned"} <= statuses
    assert all((r[1] is None) == (r[0] == "new") and (r[2] is None) == (r[0] == "dropped") for r in rows)


def test_gaps_list_duties_assigned_elsewhere_and_absent_here(seed_con):
    gaps = seed_con.execute("SELECT duty_id, seen_in, n_docs FROM gaps('Hải Phòng', 2024, scope := 'same_year')").fetchall()
    assert gaps and all(seen == "Lạng Sơn 2024" and n == 1 for _, seen, n in gaps)
    here = {r[0] for r in seed_con.execute("SELECT duty_id FROM side('Hải Phòng', 2024, NULL)").fetchall()}
    assert not here & {g[0] for g in gaps}
    # Ranked by how widely the duty appears elsewhere.
    ranked = seed_con.execute("SELECT n_docs FROM gaps('Hải Phòng', 2024)").fetchall()
    assert [r[0] for r in ranked] == sorted((r[0] for r in ranked), reverse=True)


def test_thresholds_are_stored_with_the_build(seed_con):
    names = {r[0] for r in seed_con.execute("SELECT name FROM settings").fetchall()}
    assert {"link_threshold", "reword_threshold", "unscored_pair_score"} <= names
