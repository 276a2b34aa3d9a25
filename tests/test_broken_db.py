"""The database damaged under a running dashboard (truncated in place, emptied): every page says so in one
Vietnamese sentence with what to do, never a traceback, and recovers once a good file is back."""

from __future__ import annotations

import os
import shutil

import pytest
from streamlit.testing.v1 import AppTest

from etl.config import ROOT

APP = str(ROOT / "dashboard" / "app.py")
SENTENCE = ("Không đọc được cơ sở dữ liệu ({path}): tệp bị hỏng hoặc đang bị ghi đè; hãy tải lại trang sau ít "
            "giây, nếu vẫn lỗi thì dựng lại dữ liệu.")


@pytest.fixture
def live(seed_db, tmp_path, monkeypatch):
    path = tmp_path / "live.duckdb"
    shutil.copy(seed_db, path)
    monkeypatch.setenv("DIRECTIVES_DB", str(path))
    return path


@pytest.mark.parametrize("keep", [1 / 3, 0.0], ids=["truncated-to-a-third", "emptied"])
@pytest.mark.parametrize("page", ["app_pages/overview.py", "app_pages/explore.py", "app_pages/document.py",
                                  "app_pages/quality.py"])
def test_a_database_damaged_while_the_dashboard_runs_gives_one_sentence(live, seed_db, page, keep):
    at = AppTest.from_file(APP, default_timeout=30).run()
    assert not at.exception
    at.switch_page(page).run()
    assert not at.exception
    with open(live, "r+b") as f:  # in place, as a careless copy or a full disk would leave it
        f.truncate(int(os.path.getsize(live) * keep))
    at.run()
    assert not at.exception
    assert [e.value for e in at.error] == [SENTENCE.format(path=live)]
    shutil.copy(seed_db, live.with_suffix(".new"))
    os.replace(live.with_suffix(".new"), live)  # what the next build does
    at.run()
    assert not at.exception and not at.error
