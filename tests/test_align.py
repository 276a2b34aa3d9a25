"""Alignment: matching text, duty statements, themes, retrieval, grouping quality on labelled pairs,
changes and gaps."""

import csv
import re
from pathlib import Path

import duckdb
import numpy as np
import pytest

from etl import align as al
from etl import retrieve
from etl import statements as stm
from etl.build import run_build
from etl.config import Settings
from tests.conftest import FIXTURES, RAW
from tests.gold import themes as theme_gold
from tests.gold.pairs import free_scorer, load_pairs, prf, role_pair_scores, role_pairs

GOLD = Path(__file__).parent / "gold"


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
    parts = stm.split(text)
    assert len(parts) == 2 and parts[1].endswith("xét tuyển vào lớp 10.")


def test_themes():
    assert al.theme_of("tăng cường phòng, chống hiệu quả việc sử dụng công nghệ cao để gian lận") == "cheating"
    assert al.theme_of("tạo điều kiện thuận lợi về đi lại, ăn, nghỉ cho thí sinh") == "candidate_support"
    assert al.theme_of("Xây dựng kế hoạch bảo đảm cung ứng điện phục vụ các khâu của Kỳ thi") == "power"


def test_the_exam_season_title_does_not_make_a_statement_about_admissions():
    title = " phục vụ Kỳ thi tốt nghiệp THPT và tuyển sinh đại học, giáo dục nghề nghiệp năm 2024"
    assert al.theme_of("Bảo đảm cung cấp điện ổn định" + title) == "power"
    assert al.theme_of("Tổ chức tập huấn cho cán bộ coi thi" + title) == "training"
    assert al.theme_of("Tư vấn hướng nghiệp, xét tuyển vào lớp 10") == "admissions"  # a real admissions duty


def test_a_place_does_not_decide_the_theme():
    assert al.theme_of("Bảo đảm cung cấp điện liên tục cho khu vực in sao đề thi, coi thi, chấm thi") == "power"


def test_theme_accuracy_on_labelled_statements(pairs_db):
    with duckdb.connect(str(pairs_db), read_only=True) as con:
        rows, problems = theme_gold.load(con)
    own = theme_gold.free_rows()
    assert problems == [] and len(rows) >= 150 and len(own) >= 60
    acc = theme_gold.accuracy(rows + own)
    # Target 0.90 (issue 10), met on the own-words held-out set only: dev 0.887, held-out fixtures 0.873,
    # own words 0.906 when this was written (README). Floors, so a regression shows.
    assert acc["dev"]["accuracy"] >= 0.85 and acc["held_out"]["accuracy"] >= 0.85, acc
    assert acc["own_words"]["accuracy"] >= 0.88, acc
    # "general" only when a statement names no theme at all (one of 362 when written).
    assert acc["all"]["general_predicted"] <= 0.01 * acc["all"]["n"], acc


def test_a_group_assignment_and_a_lead_in_do_not_decide_the_theme():
    group = "Các sở: Tài chính, Giao thông vận tải, Y tế, Công ty Điện lực phối hợp tổ chức Kỳ thi theo chức năng."
    names = tuple(s for s in ("Tài chính", "Giao thông vận tải", "Y tế", "Công ty Điện lực"))
    assert al.theme_from(al.forms(group, names)[0]) == "steering"
    # The lead-in frames the pieces after it; the piece's own duty decides.
    piece = al.forms("Sở Y tế chỉ đạo các bệnh viện: tăng cường tuyên truyền lịch thi cho phụ huynh")[0]
    assert al.theme_from(piece) == "media"


def test_organising_words_give_a_theme_when_no_keyword_does():
    assert al.theme_of("Chủ động phối hợp chặt chẽ với các cơ quan liên quan trong quá trình tổ chức thi") == "steering"
    assert al.theme_of("Toàn tỉnh có 12.000 thí sinh") == "general"


def test_statement_spans_cover_every_sentence_once(pairs_db):
    """Every non-space character of every duty clause lies in exactly one statement, in order."""
    with duckdb.connect(str(pairs_db), read_only=True) as con:
        rows = con.execute("SELECT c.clause_id, c.text, list(s.text ORDER BY s.part) FROM clauses c "
                           "JOIN statements s USING (clause_id) GROUP BY ALL").fetchall()
    assert len(rows) > 150
    for clause_id, text, pieces in rows:
        joined = re.sub(r"\s", "", "".join(pieces))
        assert joined and joined in re.sub(r"\s", "", text), clause_id
        # Nothing of the body is left out: only the label ("1.", "a)", "-") may precede the first piece.
        head = re.sub(r"\s", "", text).split(joined, 1)[0]
        assert len(head) <= 4, (clause_id, head)


def test_spans_are_disjoint_and_ordered():
    text = ("Sở Y tế chỉ đạo các bệnh viện: chuẩn bị đủ thuốc và trang thiết bị cấp cứu tại các điểm thi; "
            "bố trí nhân viên y tế trực suốt các buổi thi ở từng điểm thi; kiểm tra an toàn thực phẩm.")
    spans = stm.spans(text)
    assert spans == sorted(spans) and all(a < b <= c for (a, b), (c, _) in zip(spans, spans[1:]))
    assert "".join(text[a:b] for a, b in spans).replace(" ", "") == text.replace(" ", "")


def test_a_piece_keeps_the_lead_in_it_depends_on_for_matching():
    text = ("Sở Y tế chỉ đạo các bệnh viện: chuẩn bị đủ thuốc và trang thiết bị cấp cứu tại các điểm thi; "
            "bố trí nhân viên y tế trực suốt các buổi thi ở từng điểm thi.")
    pieces = stm.spans(text)
    assert len(pieces) == 2
    assert stm.heads(text, pieces) == ["", "Sở Y tế chỉ đạo các bệnh viện"]


def test_short_fragments_stay_with_their_neighbour():
    text = ("Phối hợp với Sở Giáo dục và Đào tạo thanh tra, kiểm tra các khâu của Kỳ thi tại địa phương; "
            "đề xuất xử lý sai phạm.")
    assert stm.split(text) == [text]


def test_paraphrases_written_for_the_gold_score_as_labelled():
    """Held-out pairs in our own words reproducing real paraphrases (tests/gold/paraphrases.csv), scored
    with the build's scorer at the link threshold."""
    with open(GOLD / "paraphrases.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) >= 40
    texts = [t for r in rows for t in (r["text_a"], r["text_b"])]
    keys = list(dict.fromkeys(al.match_text(t) for t in texts))
    raw = {al.match_text(t): t for t in texts}
    scorer = al.Scorer(keys, [al.theme_of(raw[k]) for k in keys], topics=[al.topics_of(raw[k]) for k in keys])
    idx = {k: i for i, k in enumerate(keys)}
    pairs = [(idx[al.match_text(r["text_a"])], idx[al.match_text(r["text_b"])]) for r in rows]
    scores = scorer.score_pairs(pairs)
    m = prf(list(scores >= Settings().link_threshold), [r["same"] == "1" for r in rows])
    # Measured P 0.962, R 0.962 (README; the topic lexicon was written by the paraphrases' author, so optimistic).
    assert m["precision"] >= 0.90 and m["recall"] >= 0.85, m


def test_held_out_pairs_with_roles_score_as_labelled():
    """Own-words pairs with each side's lead role (tests/gold/pairs_roles.csv), hard negatives included,
    written before the role feature was tuned: P 0.722, R 0.684 on first contact, 0.895 / 0.895 now."""
    rows = role_pairs()
    assert len(rows) >= 40 and sum(r["same"] == "0" for r in rows) >= 20
    m = prf([s >= Settings().link_threshold for s in role_pair_scores(rows)], [r["same"] == "1" for r in rows])
    assert m["precision"] >= 0.85 and m["recall"] >= 0.85, m


def test_agencies_of_two_sectors_doing_the_same_verb_are_two_duties():
    """Police and the power company both 'rà soát' the printing site: the sector clash keeps them apart, while
    two wordings of the power duty still link and a duty moved between sectors can still be one duty."""
    texts = ["Công an tỉnh rà soát phương án bảo vệ, canh gác khu vực in sao đề thi đến khi kết thúc thi",
             "Công ty Điện lực rà soát phương án cung cấp điện cho khu vực in sao đề thi đến khi kết thúc thi",
             "Điện lực tỉnh bảo đảm nguồn điện liên tục, có máy phát dự phòng cho nơi in sao đề thi"]
    roles = [{"police"}, {"electricity"}, {"electricity"}]
    scorer, idx = free_scorer(texts, roles)
    police_power, power_power = scorer.score_pairs([(idx[0], idx[1]), (idx[1], idx[2])])
    assert police_power < Settings().link_threshold <= power_power
    unknown, _ = free_scorer(texts, [set(), set(), set()])
    assert unknown.score_pairs([(idx[0], idx[1])])[0] > police_power  # no roles known: no clash


def test_candidate_search_finds_near_duplicates_without_scoring_every_pair():
    rng = np.random.default_rng(0)
    vocab = [f"từ{i}" for i in range(3000)]
    texts = [" ".join(rng.choice(vocab, 12)) for _ in range(2000)]
    texts[1500] = texts[7] + " thêm"  # a near-duplicate far apart in the list
    i, j = retrieve.candidates(texts, k=5)
    assert len(i) <= 5 * len(texts) and np.all(i < j)
    assert (7, 1500) in set(zip(i.tolist(), j.tolist()))


def test_one_duty_does_not_absorb_two_different_statements_of_one_document():
    texts = [al.match_text(t) for t in (
        "Bảo đảm an ninh trật tự tại các điểm thi",
        "Bảo đảm vệ sinh môi trường tại các điểm thi",
        "Bảo đảm an ninh trật tự tại các điểm thi trên địa bàn",
    )]
    result = al.align(texts, ["d1", "d1", "d2"], ["security", "health", "security"])
    assert result.duty_of[0] == result.duty_of[2] != result.duty_of[1]


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
    assert problems == [] and len(pairs) >= 250
    m = prf([p.linked for p in pairs], [p.same for p in pairs])
    # 266 pairs (117 before issue 10, 149 judged candidates added, harder). Measured P 0.914, R 0.866 up to
    # session 27; P 0.912, R 0.907 since groups sharing a document also join on a close restatement and the doer
    # votes for the theme (session 28, align `restate_threshold`, themes.csv `doers`). These floors catch a
    # regression, of either.
    assert m["precision"] >= 0.90 and m["recall"] >= 0.89, m
    held = [p for p in pairs if p.note.startswith("extra")]
    h = prf([p.linked for p in held], [p.same for p in held])
    # 31 pairs: 21 / 2 / 1 up to session 27, 22 / 3 / 0 since (one more hard negative joined, "vệ sinh môi
    # trường" beside "an toàn thực phẩm", through a restated health duty)
    assert h["precision"] >= 0.85 and h["recall"] >= 0.85, h


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


def _statements_of(con, loc, year):
    return {r[0] for r in con.execute("SELECT statement_id FROM side(?, ?, NULL)", [loc, year]).fetchall()}


def test_changes_show_every_statement_of_both_sides(seed_con):
    rows = seed_con.execute("SELECT statement_a, statement_b, status FROM changes('Lạng Sơn', 2023, 'Lạng Sơn', 2024)").fetchall()
    assert {r[0] for r in rows if r[0]} == _statements_of(seed_con, "Lạng Sơn", 2023)
    assert {r[1] for r in rows if r[1]} == _statements_of(seed_con, "Lạng Sơn", 2024)
    assert all((r[0] is None) == (r[2] == "new") and (r[1] is None) == (r[2] == "dropped") for r in rows)


def test_changes_pair_only_statements_that_pair(seed_con):
    """A pair on the Changes page is two statements the aligner linked (one wording, or a scored link at the
    threshold between their wordings) or, never compared, sharing the pair floor of their words; not any two members
    of one duty: Lạng Sơn 2023's "Làm tốt nhiệm vụ cơ quan Thường trực Ban Chỉ đạo …" shares a duty with 2024's
    "Tiếp thu tối đa các ý kiến góp ý … hoàn thiện các dự thảo" through other members only, and is dropped rather
    than "reworded" into it."""
    floor = seed_con.execute("SELECT value FROM settings WHERE name = 'pair_floor'").fetchone()[0]
    pairs = seed_con.execute(
        "SELECT x.node_id, y.node_id, c.similarity FROM changes('Lạng Sơn', 2023, 'Lạng Sơn', 2024) c "
        "JOIN duty_occurrences x ON x.statement_id = c.statement_a JOIN duty_occurrences y ON y.statement_id = c.statement_b"
    ).fetchall()
    links = {frozenset(r) for r in seed_con.execute("SELECT a, b FROM links").fetchall()}
    assert seed_con.execute("SELECT count(*) FROM links WHERE a >= b").fetchone() == (0,)  # one join finds a pair
    assert len(pairs) > 10 and floor == 20
    assert all(a == b or frozenset((a, b)) in links or s >= floor for a, b, s in pairs), pairs
    rows = seed_con.execute("SELECT status, text_b FROM changes('Lạng Sơn', 2023, 'Lạng Sơn', 2024) "
                            "WHERE text_a LIKE 'Làm tốt nhiệm vụ cơ quan Thường trực%'").fetchall()
    assert rows == [("dropped", None)], rows


def test_reassigned_only_when_the_duty_changes_lead_roles(seed_con):
    rows = seed_con.execute("SELECT duty_id, roles_a, roles_b FROM changes('Lạng Sơn', 2023, 'Lạng Sơn', 2024) "
                            "WHERE status = 'reassigned'").fetchall()
    assert rows
    for duty, a, b in rows:
        assert a and b and not set(a.split(", ")) & set(b.split(", ")), duty
    # High-tech cheating stays with the police in both years (the education department helps in 2023).
    cheating = seed_con.execute("SELECT DISTINCT status FROM changes('Lạng Sơn', 2023, 'Lạng Sơn', 2024) "
                                "WHERE text_b LIKE '%công nghệ cao để gian lận%'").fetchall()
    assert cheating and "reassigned" not in {r[0] for r in cheating}


def test_student_revision_is_kept_not_dropped_and_new(seed_con):
    rows = seed_con.execute("SELECT status, text_a, text_b FROM changes('Lạng Sơn', 2023, 'Lạng Sơn', 2024) "
                            "WHERE coalesce(text_a, '') LIKE '%ôn tập%' OR coalesce(text_b, '') LIKE '%ôn thi%'").fetchall()
    assert rows and all(status in ("reworded", "unchanged") for status, _, _ in rows), rows


def test_provincial_task_assignment_is_not_the_district_committee(seed_con):
    """'phân công nhiệm vụ … Ban Chỉ đạo cấp tỉnh' (2023) and 'Thành lập Ban Chỉ đạo cấp huyện' (2024) are two
    duties: the Changes page shows neither as the other's rewording or reassignment."""
    rows = seed_con.execute("SELECT status, text_a, text_b FROM changes('Lạng Sơn', 2023, 'Lạng Sơn', 2024) "
                            "WHERE coalesce(text_a, '') LIKE '%Trưởng Ban Chỉ đạo cấp tỉnh%' "
                            "OR coalesce(text_b, '') LIKE '%Ban Chỉ đạo Kỳ thi cấp huyện%'").fetchall()
    assert rows
    for _, a, b in rows:
        assert not (a and b and "cấp tỉnh" in a and "cấp huyện" in b), (a, b)


def test_the_information_item_is_kept_from_2023_to_2024(seed_con):
    """Lạng Sơn 2024 keeps the information duty (the information department with the press): the Changes page
    pairs it with a 2023 statement instead of listing it as new."""
    rows = seed_con.execute("SELECT status, text_a FROM changes('Lạng Sơn', 2023, 'Lạng Sơn', 2024) "
                            "WHERE text_b LIKE 'Sở Thông tin – Truyền thông phối hợp với các cơ quan báo chí%'").fetchall()
    assert rows and {s for s, _ in rows} <= {"reworded", "unchanged", "reassigned"}, rows
    assert all(any(w in a for w in ("truyền thông", "báo chí")) for _, a in rows), rows


def test_every_stage_of_the_exam_is_not_reassigned_to_the_police_review(seed_con):
    """Lạng Sơn 2023's education item on running every stage safely ("bảo đảm an toàn, nghiêm túc, chất lượng, bao
    gồm: tổ chức đăng ký dự thi, in sao đề thi, …") shares a duty with the police's 2024 "rà soát Kế hoạch … bảo mật
    tuyệt đối tại các địa điểm làm thi" only through a Hải Phòng statement listing the same stages. The two are not
    linked to each other, so the Changes page pairs neither with the other: no "reassigned" to the police."""
    rows = seed_con.execute("SELECT status, text_a, text_b FROM changes('Lạng Sơn', 2023, 'Lạng Sơn', 2024) "
                            "WHERE coalesce(text_a, '') LIKE 'bảo đảm an toàn, nghiêm túc, chất lượng, bao gồm%' "
                            "OR coalesce(text_b, '') LIKE 'Công an tỉnh rà soát Kế hoạch%'").fetchall()
    assert len(rows) == 2, rows
    for status, a, b in rows:
        assert status != "reassigned" and not (a and b), (status, a, b)


@pytest.mark.xfail(strict=True, reason="known wrong (README 'Still wrong'): the 2023 wording carries a bad-weather "
                   "tail that ties it to the 2024 disaster plan first; leaving such tails out of matching fixed it but "
                   "cost 7 points of precision against the national synthetic plan (session 5)")
def test_the_exam_councils_readiness_is_not_new(seed_con):
    """Lạng Sơn 2024 asks the exam councils to review and prepare staff, premises and equipment; 2023 asks for the
    same conditions in other words ("chuẩn bị đầy đủ các điều kiện về nhân lực, vật lực …"). The Changes page must
    not show the 2024 item as a new duty."""
    rows = seed_con.execute("SELECT status, text_a FROM changes('Lạng Sơn', 2023, 'Lạng Sơn', 2024) "
                            "WHERE coalesce(text_b, '') LIKE 'Chỉ đạo các Hội đồng thi trên địa bàn rà soát%'").fetchall()
    assert len(rows) == 1, rows
    status, text_a = rows[0]
    assert status != "new" and "nhân lực" in (text_a or ""), rows[0]


def test_a_duty_moved_to_an_agency_of_another_sector_is_reassigned(seed_con):
    """Leadership reads the Changes page for what moved: Lạng Sơn 2023 asks the finance department to appraise the
    exam budget with education, 2024 asks the education department to review it. One duty, another lead."""
    rows = seed_con.execute("SELECT status, text_a FROM changes('Lạng Sơn', 2023, 'Lạng Sơn', 2024) "
                            "WHERE coalesce(text_b, '') LIKE 'Rà soát dự toán kinh phí%'").fetchall()
    assert rows and all(status == "reassigned" and "dự toán kinh phí" in (a or "") for status, a in rows), rows


def test_police_review_is_not_the_power_company_review(seed_con):
    """'Công an tỉnh rà soát … in sao đề thi' and the power company's 'rà soát … cung ứng điện cho các địa điểm
    in sao đề thi' share words, not a duty."""
    duty = dict(seed_con.execute("SELECT text, duty_id FROM duty_occurrences WHERE text LIKE 'Công an tỉnh rà soát Kế hoạch%' "
                                 "OR text LIKE 'Chỉ đạo Chi nhánh Điện lực các huyện%'").fetchall())
    assert len(duty) == 2 and len(set(duty.values())) == 2, duty


def test_hai_phong_is_not_told_it_lacks_what_it_says_in_other_words(seed_con):
    """Both Hải Phòng 2024 documents say 'không để xảy ra sai sót, tiêu cực'; the Gaps page must not list
    Lạng Sơn's 'ngăn chặn, xử lý nghiêm những biểu hiện tiêu cực' as missing."""
    gaps = seed_con.execute("SELECT label FROM gaps('Hải Phòng', 2024)").fetchall()
    assert gaps and not [g for (g,) in gaps if "tiêu cực" in g], gaps


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
