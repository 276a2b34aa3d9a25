"""dashboard/gap_lines.py, the survivors of mutation round twelve: what a Gaps card says of the places that assign a
missing duty when their clause names no agency by name, the order of many places on one line, a line whose duty has
more statements than are scored, and the closest sentence when it is the checked document's first one."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from dashboard import evidence, gap_lines, ui
from dashboard import queries as q


def occurrences(rows):
    """(locality, year, lead names, lead roles, document) rows, one per statement of a missing duty."""
    return pd.DataFrame(rows, columns=["locality", "year", "lead_names", "lead_roles", "doc_id"])


def test_a_place_without_named_agencies_shows_the_roles_that_lead_it(app_env):
    occ = occurrences([("Hà Giang", 2024, "Sở Y tế", "health", "hg24"),
                       ("Cao Bằng", 2025, None, "police", "cb25"),
                       ("Lạng Sơn", 2023, None, "", "ls23")])
    where, n_docs = gap_lines._places(occ, np.arange(3), np.zeros(3, dtype=np.int64))
    police = ui.roles_text("police")
    assert police and "(" not in police
    assert where == [["Hà Giang 2024 (Sở Y tế)", f"Cao Bằng 2025 ({police})", f"Lạng Sơn 2023 {ui.roles_text('')}"]]
    assert n_docs.tolist() == [3]


def test_many_places_on_one_line_keep_their_reading_order(app_env):
    """Forty provinces assign one duty and two others a second: each line lists its places in the order the rows are
    read (most recent year first, as gap_occurrences sorts them), each once, however many there are."""
    provinces = [f"Tỉnh {k:02d}" for k in range(40)]
    rows = [(p, 2025 - k % 3, f"Sở Y tế {p}", "health", f"doc{k}") for k, p in enumerate(provinces)]
    rows += [("Hà Giang", 2024, "Công an tỉnh", "police", "hg"), ("Cao Bằng", 2024, "Công an tỉnh", "police", "cb")]
    rows += rows[:5]  # the same places again, further down: named once
    occ = occurrences(rows)
    line = np.array([0] * 40 + [1, 1] + [0] * 5)
    order = np.concatenate([np.arange(40, 42), np.arange(0, 40), np.arange(42, 47)])  # the second line's rows first
    where, n_docs = gap_lines._places(occ, order, line)
    want = [f"{p} {2025 - k % 3} (Sở Y tế {p})" for k, p in enumerate(provinces)]
    assert where == [want, ["Hà Giang 2024 (Công an tỉnh)", "Cao Bằng 2024 (Công an tỉnh)"]]
    assert n_docs.tolist() == [40, 2]


@pytest.mark.parametrize("target", [("Hải Phòng", 2023, "all", None), ("Lạng Sơn", 2024, "previous_year", None)])
def test_a_line_reads_as_its_scored_wording_when_only_one_is_scored(app_env, seed_con, monkeypatch, target):
    """With one wording scored per duty, a duty's other statements are not scored; each line is still shown by a
    scored statement of its duty, with the text the database holds for it."""
    monkeypatch.setattr(gap_lines, "PER_DUTY", 1)
    gap_lines.table.clear()
    locality, year, scope, doc = target
    got = gap_lines.table(q.db_mtime(), locality, year, scope, doc, locality, "vi")
    assert len(got) > 3
    for line in got.itertuples():
        assert isinstance(line.text, str) and line.text
        held = seed_con.execute("SELECT text FROM statements WHERE clause_id = ?", [line.clause_id]).fetchall()
        assert line.text in {t for (t,) in held}


def test_the_closest_sentence_may_be_the_checked_document_s_first(app_env, monkeypatch):
    """The card names the clause that holds the closest sentence, also when that sentence is the first statement
    side_statements gives for the checked document."""
    locality, year = "Hải Phòng", 2024
    mine = q.side_statements(q.db_mtime(), locality, year, None)
    gap_lines.table.clear()
    got = gap_lines.table(q.db_mtime(), locality, year, "all", None, locality, "vi")
    info = evidence.describe(q.db_mtime(), mine["clause_id"].tolist())
    closest = got["closest_text"].iloc[0]
    k = mine.index[mine["text"] == closest][0]
    assert (mine["text"] == closest).sum() == 1 and k > 0
    # the same document, that sentence first
    first = pd.concat([mine.loc[[k]], mine.drop(index=k)], ignore_index=True)
    monkeypatch.setattr(q, "side_statements", lambda *_: first)
    gap_lines.table.clear()
    again = gap_lines.table(q.db_mtime(), locality, year, "all", None, locality, "vi")
    assert again["closest_text"].tolist() == got["closest_text"].tolist()
    assert again["closest_source"].iloc[0] == evidence.source_text(info, mine.loc[k, "clause_id"])
    assert again["closest_source"].tolist() == got["closest_source"].tolist()
