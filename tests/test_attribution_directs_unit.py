"""The rule a decision records when one agency directs another (etl/attribution.py `_directs`), and the part of an
agency no rule speaks about: the Document page shows each agency's part with the rule that decided it
(`agency_mentions.rule`). The cases the thirteenth round's mutation run found unchecked; sentences invented for them."""

from __future__ import annotations

import pytest

from etl.attribution import only_steers, parts, rules
from etl.gazetteer import matcher


@pytest.fixture(scope="module")
def m():
    return matcher("Lạng Sơn", 2024)


def decided(text: str, m) -> list[tuple[str, str, str]]:
    return [(p.name, p.part, p.rule) for p in parts(text, m)]


def test_a_department_directing_units_of_its_own_sector_keeps_the_duty_by_rule_directs_own(m):
    text = "Sở Y tế chỉ đạo Trung tâm Y tế các huyện bố trí cán bộ trực tại các điểm thi."
    assert decided(text, m) == [("Sở Y tế", "doer", "directs_own"),
                                ("Trung tâm Y tế các huyện, thành phố", "doer", "directed_to_act")]


def test_one_who_directs_nobody_to_act_is_the_subject(m):
    # No verb after the one directed: it is only an object, and the one directing does the duty.
    assert decided("Sở Y tế thường xuyên chỉ đạo Trung tâm Y tế các huyện.", m) == [
        ("Sở Y tế", "doer", "subject"), ("Trung tâm Y tế các huyện, thành phố", "mention", "directed")]


def test_a_department_directing_another_sector_only_asks(m):
    assert decided("Sở Giáo dục và Đào tạo chỉ đạo Công an tỉnh bảo vệ đề thi.", m) == [
        ("Sở Giáo dục và Đào tạo", "requester", "directs"), ("Công an tỉnh", "doer", "directed_to_act")]


def test_bodies_of_no_sector_do_not_share_one_so_the_one_directing_only_asks(m):
    # In 2024 neither department has a sector of the gazetteer's (role "other"): "own sector" does not apply.
    text = "Sở Nội vụ chỉ đạo Sở Xây dựng bố trí xe đưa đón cán bộ coi thi."
    assert decided(text, m) == [("Sở Nội vụ", "requester", "directs"), ("Sở Xây dựng", "doer", "directed_to_act")]


def test_an_agency_no_rule_speaks_about_is_only_mentioned(m):
    assert decided("Kỳ thi năm nay diễn ra an toàn, Sở Y tế được biểu dương.", m) == [
        ("Sở Y tế", "mention", "mention")]


def test_every_role_of_rule_steers_together_only_steers():
    steering = next(r.roles for r in rules() if r.name == "steers")
    assert only_steers(steering) and only_steers(sorted(steering)[:1])
    assert not only_steers(set(steering) | {"education"}) and not only_steers([])
