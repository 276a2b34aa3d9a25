"""dashboard/gap_lines.py: the Gaps page's checklist on the seed build, against the same lines computed the
plain way from the database (the gaps() macro, the statements table, every pair scored by the build's scorer).

A line is a missing duty shown by the wording closest to the checked document, with the places that assign
it, how many documents do, and the checked document's closest sentence; duties whose lines read the same
are one line; the most widespread duties come first, the least covered first among equals.
"""

from __future__ import annotations

from collections import defaultdict

import numpy as np
import pandas as pd
import pytest

from dashboard import closest, gap_lines, summary
from dashboard import queries as q
from etl.scoring import Scorer

TARGETS = [("Hải Phòng", 2024, "all", None), ("Lạng Sơn", 2024, "previous_year", None),
           ("Lạng Sơn", 2023, "all", None), ("Hải Phòng", 2024, "same_year", None)]


def expected_lines(con, locality, year, scope, doc, per_duty):
    """The lines the page should show, computed without dashboard code but the scorer's contract."""
    args = [locality, year, scope, doc]
    missing = {r[0] for r in con.execute("SELECT duty_id FROM gaps(?, ?, scope := ?, doc := ?)", args).fetchall()}
    pool = con.execute(
        "SELECT duty_id, statement_id, clause_id, doc_id, locality, year, text, match_text, "
        "coalesce(theme, 'general'), topics FROM gap_pool(?, ?, scope := ?, doc := ?) "
        "ORDER BY duty_id, year DESC, locality, clause_id, statement_id", args).fetchall()
    pool = [r for r in pool if r[0] in missing]
    mine = con.execute("SELECT statement_id, text, match_text, theme, topics FROM side(?, ?, ?) "
                       "ORDER BY doc_id, statement_id", [locality, year, doc]).fetchall()
    # the wordings scored: the first per_duty distinct matching texts of each duty, each by its first row
    scored, seen = [], defaultdict(list)
    for k, r in enumerate(pool):
        if r[7] not in seen[r[0]] and len(seen[r[0]]) < per_duty:
            seen[r[0]].append(r[7])
            scored.append(k)
    keys = list(dict.fromkeys((pool[k][7], pool[k][8]) for k in scored))
    first = {}
    for k in scored:
        first.setdefault((pool[k][7], pool[k][8]), k)
    nd = len(mine)
    topics = [closest.topic_pairs(m[4]) for m in mine] + [closest.topic_pairs(pool[first[key]][9]) for key in keys]
    scorer = Scorer([m[2] for m in mine] + [k[0] for k in keys], [m[3] for m in mine] + [k[1] for k in keys],
                    topics=topics)
    every = np.asarray(scorer.score_pairs([(i, nd + j) for j in range(len(keys)) for i in range(nd)]))
    every = every.reshape(len(keys), nd)
    at = {key: j for j, key in enumerate(keys)}
    score = {k: float(every[at[(pool[k][7], pool[k][8])]].max()) for k in scored}
    # each duty by its best scored row (ties: the lower statement id); duties reading the same share a line
    best = {}
    for k in sorted(scored, key=lambda k: (-score[k], pool[k][1])):
        best.setdefault(pool[k][0], k)
    lines = defaultdict(list)
    for duty, k in best.items():
        lines[summary.slug(pool[k][6])].append(duty)
    out = {}
    for duties in lines.values():
        k = min((best[d] for d in duties), key=lambda k: (-score[k], pool[k][1]))
        rows = [r for r in pool if r[0] in duties]
        out[pool[k][6]] = {
            "clause_id": pool[k][2], "score": score[k], "docs": {r[3] for r in rows},
            "places": {f"{r[4]} {r[5]}" for r in rows},
            "closest": {mine[i][1] for i in range(nd) if every[at[(pool[k][7], pool[k][8])], i] == score[k]}}
    return out, {f"{r[4]} {r[5]}" for r in pool}


@pytest.mark.parametrize("per_duty", [8, 2, 1])
@pytest.mark.parametrize("target", TARGETS)
def test_lines_are_the_missing_duties_with_their_best_wording(app_env, seed_con, monkeypatch, target, per_duty):
    monkeypatch.setattr(gap_lines, "PER_DUTY", per_duty)
    gap_lines.table.clear()
    locality, year, scope, doc = target
    want, all_places = expected_lines(seed_con, *target, per_duty)
    got = gap_lines.table(q.db_mtime(), locality, year, scope, doc, locality, "vi")
    assert len(want) > 3
    assert sorted(got["text"]) == sorted(want)  # one line per missing duty (or duties reading the same)
    for line in got.itertuples():
        w = want[line.text]
        assert line.clause_id == w["clause_id"]
        assert line.n_docs == len(w["docs"])
        assert line.closest_score == round(w["score"])
        assert line.closest_text in w["closest"]
        for place in all_places:  # every place that assigns it is named, and no other
            assert (place in line.where) == (place in w["places"]), (line.text, place)
        assert line.where_first == line.where and line.more_places == 0  # the seeds: few places
        assert f"doc={line.doc_id}" in line.link and f"clause={line.clause_id}" in line.link
    # most widespread first, then the least covered
    keys = list(zip(-got["n_docs"], got["closest_score"]))
    assert keys == sorted(keys)


def test_each_line_names_its_source_and_the_closest_sentence_s_source(app_env, seed_con):
    gap_lines.table.clear()
    got = gap_lines.table(q.db_mtime(), "Lạng Sơn", 2024, "previous_year", None, "Lạng Sơn", "vi")
    assert len(got) > 3
    for line in got.itertuples():
        assert line.source.startswith("Lạng Sơn 2023"), line.source  # the 2023 directive assigns it
        assert line.closest_source.startswith("Lạng Sơn 2024"), line.closest_source
        assert line.theme == seed_con.execute(
            "SELECT coalesce(theme, 'general') FROM statements WHERE clause_id = ? AND text = ?",
            [line.clause_id, line.text]).fetchone()[0]
        assert line.lead_roles is not None


def test_the_closest_sentence_s_source_is_the_clause_that_holds_it(app_env, seed_con):
    from dashboard import evidence
    gap_lines.table.clear()
    got = gap_lines.table(q.db_mtime(), "Hải Phòng", 2024, "all", None, "Hải Phòng", "vi")
    mine = seed_con.execute("SELECT clause_id, text FROM side('Hải Phòng', 2024, NULL)").fetchall()
    info = evidence.describe(q.db_mtime(), [c for c, _ in mine])
    assert len(got) > 3
    for line in got.itertuples():
        holders = {evidence.source_text(info, c) for c, text in mine if text == line.closest_text}
        assert line.closest_source in holders, (line.closest_text, line.closest_source)


def test_a_place_with_named_agencies_shows_them_in_brackets(app_env, seed_con):
    gap_lines.table.clear()
    got = gap_lines.table(q.db_mtime(), "Lạng Sơn", 2024, "previous_year", None, "Lạng Sơn", "vi")
    own = 0
    for line in got.itertuples():
        # the sentence's own doers ("tham gia …" after "Đề nghị Tỉnh đoàn chỉ đạo Huyện đoàn …;" is the provincial
        # youth union's), else its paragraph's
        doers = ("SELECT DISTINCT a.name FROM agency_mentions m JOIN agencies a USING (agency_id) "
                 "LEFT JOIN statements s USING (statement_id) WHERE m.part = 'doer' AND m.clause_id = ? ")
        names = seed_con.execute(doers + "AND s.text = ? ORDER BY 1", [line.clause_id, line.text]).fetchall()
        own += bool(names)
        names = names or seed_con.execute(doers + "ORDER BY 1", [line.clause_id]).fetchall()
        if names:
            assert f"Lạng Sơn 2023 ({'; '.join(n for (n,) in names)})" in line.where
        else:
            assert "Lạng Sơn 2023 (" in line.where and "((" not in line.where
    assert own


def test_a_place_whose_clause_names_no_agency_says_so_once(app_env, seed_con):
    """Hải Phòng 2023 has no document: every duty is missing, and some clauses name no doer."""
    gap_lines.table.clear()
    got = gap_lines.table(q.db_mtime(), "Hải Phòng", 2023, "all", None, "Hải Phòng", "vi")
    unnamed = 0
    for line in got.itertuples():
        doers = seed_con.execute("SELECT count(*) FROM agency_mentions WHERE part = 'doer' AND clause_id = ?",
                                 [line.clause_id]).fetchone()[0]
        locality, year = seed_con.execute("SELECT locality, year FROM documents WHERE doc_id = ?",
                                          [line.doc_id]).fetchone()
        if not doers:
            unnamed += 1
            assert f"{locality} {year} (chưa rõ cơ quan)" in line.where, line.where
        assert "((" not in line.where
    assert unnamed
    # no document to compare with: no closest sentence, no source for it
    assert (got["closest_text"] == "").all() and (got["closest_source"] == "").all()


def test_lines_of_one_document(app_env, seed_con):
    doc = seed_con.execute("SELECT doc_id FROM documents WHERE locality = 'Hải Phòng' ORDER BY doc_id").fetchone()[0]
    gap_lines.table.clear()
    want, _ = expected_lines(seed_con, None, None, "all", doc, 8)
    got = gap_lines.table(q.db_mtime(), None, None, "all", doc, "Hải Phòng", "vi")
    assert sorted(got["text"]) == sorted(want) and len(want) > 3
    for line in got.itertuples():
        assert line.closest_text in want[line.text]["closest"]
        assert line.closest_score == round(want[line.text]["score"])


def test_a_line_for_another_locality_is_suggested_in_the_target_s_words(app_env):
    gap_lines.table.clear()
    got = gap_lines.table(q.db_mtime(), "Hải Phòng", 2024, "same_year", None, "Hải Phòng", "vi")
    from_ls = [s for t, s in zip(got["text"], got["suggested"]) if "Lạng Sơn" in t]
    assert from_ls  # Lạng Sơn's 2024 notice names its own province
    for suggested in from_ls:
        assert "Lạng Sơn" not in suggested and "Hải Phòng" in suggested


def test_nothing_to_compare_gives_an_empty_table_with_every_column(app_env):
    gap_lines.table.clear()
    got = gap_lines.table(q.db_mtime(), "Lạng Sơn", 2022, "previous_year", None, "Lạng Sơn", "vi")
    assert got.empty and list(got.columns) == gap_lines.COLUMNS


def test_a_card_names_at_most_the_first_places(app_env, monkeypatch):
    monkeypatch.setattr(gap_lines, "CARD_PLACES", 1)
    gap_lines.table.clear()
    got = gap_lines.table(q.db_mtime(), "Hải Phòng", 2024, "all", None, "Hải Phòng", "vi")
    for where, first, more in zip(got["where"], got["where_first"], got["more_places"]):
        assert where.startswith(first) and first.count(" 20") == 1  # one place ("Lạng Sơn 2023 (…)")
        assert (more > 0) == (where != first)
    assert (got["more_places"] > 0).any()


# --- the two steps the table is made of, on hand-made occurrences (occ as gap_occurrences returns it) -------

def occurrences(rows):
    """(duty, statement, wording) rows, sorted by duty as gap_occurrences sorts them."""
    return pd.DataFrame(rows, columns=["duty_id", "statement_id", "wording_key"])


def test_the_first_wordings_of_each_duty_are_scored_each_by_its_first_statement(monkeypatch):
    # wordings are hashes of matching texts: two duties can share one (a stock sentence aligned twice), and a
    # duty repeats a wording in several documents
    occ = occurrences([
        ("d1", "s01", 11), ("d1", "s02", 12), ("d1", "s03", 11), ("d1", "s04", 13), ("d1", "s05", 14),
        ("d2", "s06", 14), ("d2", "s07", 14), ("d2", "s08", 11),
        ("d3", "s09", 15),
        ("d4", "s10", 16), ("d4", "s11", 12), ("d4", "s12", 17), ("d4", "s13", 11), ("d4", "s14", 18)])
    want = {1: [0, 5, 8, 9], 2: [0, 1, 5, 7, 8, 9, 10], 3: [0, 1, 3, 5, 7, 8, 9, 10, 11], 8: [0, 1, 3, 4, 5, 7, 8, 9, 10, 11, 12, 13]}
    for per_duty, rows in want.items():
        monkeypatch.setattr(gap_lines, "PER_DUTY", per_duty)
        assert gap_lines._wordings(occ).tolist() == rows, per_duty


@pytest.mark.parametrize("rows", [
    [("d1", "s1", 11), ("d2", "s2", 12), ("d3", "s3", 11), ("d3", "s4", 13)],
    [("d0", "s1", 11), ("d0", "s2", 12), ("d1", "s3", 13), ("d2", "s4", 11), ("d3", "s5", 11)],
], ids=["next-duty", "three-duties-on"])
def test_a_duty_reusing_another_duty_s_wording_keeps_its_statement(monkeypatch, rows):
    monkeypatch.setattr(gap_lines, "PER_DUTY", 8)
    assert gap_lines._wordings(occurrences(rows)).tolist() == list(range(len(rows)))


def test_many_duties_sharing_wordings_keep_every_wording(monkeypatch):
    """Sixty duties, each with the stock wording every other document uses and one of its own."""
    monkeypatch.setattr(gap_lines, "PER_DUTY", 8)
    rows = []
    for d in range(60):
        rows += [(f"d{d:02}", f"s{d:02}a", 1000 + d), (f"d{d:02}", f"s{d:02}b", 7), (f"d{d:02}", f"s{d:02}c", 1000 + d)]
    occ = occurrences(rows)
    got = gap_lines._wordings(occ).tolist()
    assert got == [k for k in range(len(rows)) if k % 3 != 2]


def test_lines_go_by_closeness_then_statement_and_same_lines_are_one():
    occ = occurrences([("d1", "s05", 1), ("d1", "s02", 2), ("d2", "s04", 3), ("d2", "s01", 4), ("d3", "s03", 5)])
    score = np.array([60.0, 60.0, 70.0, -1.0, 30.0])
    texts = np.array(["Công an tỉnh bảo vệ đề thi.", "Công an tỉnh bảo vệ đề thi", "Sở Y tế trực tại điểm thi.",
                      None, "Công an tỉnh bảo vệ đề thi!"], dtype=object)
    order, line = gap_lines._line_order(occ, score, texts)
    # d2 first (70); d1 next, by its lower statement id among equals (s02); d3 reads as d1's line: one line
    assert order.tolist()[0] == 2
    assert line[1] == line[0] == line[4] != line[2] == line[3]
    assert order.tolist() == [2, 3, 1, 0, 4]
