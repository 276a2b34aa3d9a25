"""etl/scoring.py's sector table (etl/topics_roles.csv) must name every lead role a build can give: a role missing
from it would be compared as a sector of its own name, and a duty moved between two such agencies would be scored
as a clash or a match by accident. Also: unknown roles compare by their own name (the documented fall-back)."""

from __future__ import annotations

import csv

import numpy as np

from etl.config import PACKAGE
from etl.gazetteer import entries
from etl.scoring import _role_agreement, sectors


def test_every_role_of_the_role_table_and_the_gazetteer_has_a_sector_row():
    with open(PACKAGE / "roles.csv", encoding="utf-8") as f:
        roles = {r["role"] for r in csv.DictReader(f)}
    roles |= {e.role for e in entries()}
    assert roles - set(sectors()) == set()


def test_a_role_the_sector_table_does_not_list_is_a_sector_of_its_own():
    roles = [{"coast_guard"}, {"coast_guard"}, {"border_guard"}, {"police"}]
    share, clash = _role_agreement(roles, np.array([0, 0, 2]), np.array([1, 2, 3]))
    assert share.tolist() == [True, False, False] and clash.tolist() == [False, True, True]
