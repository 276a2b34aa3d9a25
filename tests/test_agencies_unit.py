"""etl/agencies.attribute() on short documents written for this test: what the Document page shows of each
decision. The words it marks (clause offsets), the duty statement it belongs to (per-statement doers feed the
alignment), why the agency got its part (the rule, or the inheritance named in the module's docstring), and a
clause's lead/support list (each agency once, lead before support)."""

from __future__ import annotations

import pytest

from etl import statements
from etl.agencies import attribute, matcher, strip_label
from etl.attribution import rules
from etl.clean import clean
from etl.segment import clauses, kinds

INHERITED = {"heading", "previous_statement", "previous_paragraph"}


def attributed(text: str, locality: str = "Lạng Sơn", year: int = 2024):
    cleaned = clean(text)
    tree = clauses(cleaned.paragraphs, kinds(cleaned.paragraphs))
    return tree, attribute(tree, matcher(locality, year))


def clause_with(tree, words: str):
    return next(c for c in tree if words in c.text)


def statement_texts(clause) -> list[str]:
    body, _ = strip_label(clause.text)
    return [body[a:b] for a, b in (statements.spans(body) or [(0, len(body))])]


PLAN = ("1. Sở Giáo dục và Đào tạo:\n\n"
        "a) Chủ trì tổ chức Kỳ thi trên địa bàn tỉnh; phối hợp với Công an tỉnh bảo vệ đề thi.\n\n"
        "b) Hướng dẫn các điểm thi chuẩn bị phòng thi.\n\n"
        "2. Công an tỉnh bảo đảm an ninh tại các điểm thi; phối hợp với Sở Y tế kiểm tra bếp ăn của lực lượng in sao.")


def test_marked_words_are_the_agency_in_a_labelled_clause_with_several_statements():
    tree, att = attributed(PLAN)
    police = clause_with(tree, "2. Công an tỉnh")
    shown = [(police.text[f.start : f.end], f.kind) for f in att.mentions[police.seq] if f.start >= 0]
    assert shown == [("Công an tỉnh", "doer"), ("Sở Y tế", "helper")]
    found = {(police.text[f.start : f.end], f.kind) for f in att.found[police.seq] if f.start >= 0}
    assert found == {("Công an tỉnh", "lead"), ("Sở Y tế", "support")}
    heading = clause_with(tree, "1. Sở Giáo dục")
    assert [heading.text[f.start : f.end] for f in att.mentions[heading.seq]] == ["Sở Giáo dục và Đào tạo"]
    item = clause_with(tree, "a) Chủ trì")
    helper = next(f for f in att.found[item.seq] if f.kind == "support")
    assert item.text[helper.start : helper.end] == "Công an tỉnh"


def test_marked_words_in_an_unlabelled_paragraph():
    text = "Sở Y tế bố trí cán bộ y tế tại từng điểm thi; phối hợp với Công an tỉnh kiểm tra bếp ăn."
    tree, att = attributed(text)
    (c,) = tree
    assert [(c.text[f.start : f.end], f.kind) for f in att.found[c.seq]] == [("Sở Y tế", "lead"),
                                                                              ("Công an tỉnh", "support")]


def test_each_decision_belongs_to_the_statement_that_names_it():
    tree, att = attributed(PLAN)
    police = clause_with(tree, "2. Công an tỉnh")
    texts = statement_texts(police)
    assert len(texts) == 2
    own = {(f.name, f.kind): f.statement for f in att.mentions[police.seq] if f.start >= 0}
    assert own == {("Công an tỉnh", "doer"): 0, ("Sở Y tế", "helper"): 1}
    assert {(f.name, f.kind): f.statement for f in att.found[police.seq]} == {("Công an tỉnh", "lead"): 0,
                                                                              ("Sở Y tế", "support"): 1}
    # the second statement ("phối hợp với Sở Y tế …") is still the police's duty: carried into statement 1
    carried = [f for f in att.mentions[police.seq] if f.start < 0]
    assert [(f.name, f.kind, f.how, f.statement) for f in carried] == [
        ("Công an tỉnh", "doer", "previous_statement", 1)]


def test_items_under_a_heading_say_they_inherit_it():
    tree, att = attributed(PLAN)
    for words in ("a) Chủ trì", "b) Hướng dẫn"):
        item = clause_with(tree, words)
        lead = [f for f in att.found[item.seq] if f.kind == "lead"]
        assert [(f.name, f.how, f.statement, f.start) for f in lead] == [("Sở Giáo dục và Đào tạo", "heading", 0, -1)]
        carried = [f for f in att.mentions[item.seq] if f.how == "heading"]
        assert [(f.kind, f.statement) for f in carried] == [("doer", 0)]
    item = clause_with(tree, "a) Chủ trì")
    assert [(f.how, f.statement) for f in att.mentions[item.seq] if f.how == "previous_statement"] == [
        ("previous_statement", 1)]


def test_a_paragraph_says_it_continues_the_one_before():
    text = ("Công an tỉnh triển khai lực lượng bảo vệ các điểm thi trong toàn tỉnh.\n\n"
            "Bố trí cán bộ canh gác khu vực in sao đề thi suốt ngày đêm.")
    tree, att = attributed(text)
    second = clause_with(tree, "Bố trí")
    assert [(f.name, f.kind, f.how, f.statement) for f in att.found[second.seq]] == [
        ("Công an tỉnh", "lead", "previous_paragraph", 0)]
    assert [(f.kind, f.how, f.statement) for f in att.mentions[second.seq]] == [("doer", "previous_paragraph", 0)]


def test_every_decision_names_its_rule_or_inheritance():
    tree, att = attributed(PLAN)
    names = {r.name for r in rules()} | INHERITED
    decided = [f for c in tree for f in att.found.get(c.seq, []) + att.mentions.get(c.seq, [])]
    assert decided and all(f.how in names for f in decided)
    # a helper's rule is the coordination rule of the table, the same one its mention shows
    for c in tree:
        for f in att.found.get(c.seq, []):
            if f.kind == "support":
                assert f.how in {x.how for x in att.mentions[c.seq] if x.kind == "helper" and x.name == f.name}


@pytest.mark.parametrize("end", [" như sau:", "!", "…"])
def test_a_short_paragraph_that_ends_like_a_sentence_is_not_a_headline(end):
    text = (f"Công an tỉnh triển khai lực lượng bảo vệ các điểm thi{end}\n\n"
            "Bố trí cán bộ canh gác khu vực in sao đề thi suốt ngày đêm.")
    tree, att = attributed(text)
    assert {f.role for f in att.found[clause_with(tree, "Bố trí").seq] if f.kind == "lead"} == {"police"}


def test_a_headline_that_names_an_agency_is_not_continued():
    text = ("Công an tỉnh ra quân bảo vệ Kỳ thi năm 2024\n\n"
            "Bố trí cán bộ canh gác khu vực in sao đề thi suốt ngày đêm, không để lọt đề thi ra ngoài.")
    tree, att = attributed(text)
    assert {f.role for f in att.found[clause_with(tree, "ra quân").seq] if f.kind == "lead"} == {"police"}
    assert att.found[clause_with(tree, "Bố trí").seq] == []


OPENING = "Để chuẩn bị cho Kỳ thi, Sở Giáo dục và Đào tạo đã ban hành kế hoạch và giao Công an tỉnh bảo vệ đề thi.\n\n"


@pytest.mark.parametrize("bullet", ["- ", "+ ", ""])
def test_the_opening_of_an_article_with_bullets_or_plain_paragraphs_is_attributed(bullet):
    text = OPENING + f"{bullet}Rà soát phòng thi tại các điểm thi.\n\n{bullet}Kiểm tra camera giám sát tại phòng thi."
    tree, att = attributed(text)
    opening = tree[0]
    assert opening.kind == "preamble"
    assert [(f.name, f.kind) for f in att.found[opening.seq]] == [("Công an tỉnh", "lead")]


def test_a_numbered_plan_leaves_its_preamble_unattributed():
    text = OPENING + "1. Rà soát phòng thi tại các điểm thi.\n\n2. Kiểm tra camera giám sát tại phòng thi."
    tree, att = attributed(text)
    assert tree[0].kind == "preamble" and att.found.get(tree[0].seq) is None


def test_a_clause_lists_each_agency_once_lead_before_support():
    # the police helps in two statements; the health department helps first and then acts: it leads
    text = ("Phối hợp với Sở Y tế, Công an tỉnh kiểm tra bếp ăn; Sở Y tế phối hợp với Công an tỉnh lấy mẫu thức ăn; "
            "phối hợp với Sở Y tế lập biên bản.")
    tree, att = attributed(text)
    (c,) = tree
    assert [(f.name, f.kind) for f in att.found[c.seq]] == [("Sở Y tế", "lead"), ("Công an tỉnh", "support")]
    # the lead is named in the second statement: its marked words are still its own
    lead = att.found[c.seq][0]
    assert lead.statement == 1 and c.text[lead.start : lead.end] == "Sở Y tế"
    helpers = [f.name for f in att.mentions[c.seq] if f.kind == "helper"]
    assert helpers.count("Công an tỉnh") == 2  # every mention stays for the page, only the list is merged


def test_a_helper_of_the_doers_kind_keeps_the_words_that_name_it():
    # two district youth unions: the gazetteer gives both one canonical name, the helper must not vanish into the doer
    tree, att = attributed("Huyện đoàn An Lão phối hợp với Huyện đoàn Kiến Thụy đón thí sinh tại điểm thi.", "Hải Phòng")
    (c,) = tree
    found = att.found[c.seq]
    assert [f.kind for f in found] == ["lead", "support"]
    assert found[1].name == "Huyện đoàn Kiến Thụy" and found[0].name != found[1].name


def test_a_short_name_defined_in_one_item_names_the_lead_of_another():
    text = ("1. Công ty Điện lực Quảng Nam (PC Quảng Nam) bảo đảm cấp điện cho các điểm thi.\n\n"
            "2. PC Quảng Nam bố trí máy phát dự phòng tại các điểm thi; phối hợp với Công an tỉnh kiểm tra đường dây.")
    tree, att = attributed(text, "Quảng Nam")
    second = clause_with(tree, "2. PC")
    assert [(f.name, f.kind, second.text[f.start : f.end]) for f in att.found[second.seq]] == [
        ("Công ty Điện lực Quảng Nam", "lead", "PC Quảng Nam"), ("Công an tỉnh", "support", "Công an tỉnh")]
