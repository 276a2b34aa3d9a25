"""Issue 9, session 24: what real texts did to the parser (texts outside the repository; our own words)."""

from tests.attr_helpers import attribute_text
from tests.test_attribution_batch24 import found


def test_an_official_introduced_by_his_posts_who_asks_only_asks():
    # a report names the speaker, his post and his office, then a comma, then what he asks of people the
    # gazetteer does not know: his office asks, it does not do the work
    text = "Ông Phạm Văn Lâm, Chánh Thanh tra Sở GD&ĐT, lưu ý cán bộ chấm thi làm đúng quy trình."
    assert ("requester" in {p for _, _, p in found(text, "Hòa Bình", 2023)}
            and not {p for _, _, p in found(text, "Hòa Bình", 2023)} & {"doer", "helper"})
    text = "Bà Lò Thị Hoa, Phó Giám đốc Sở Y tế, đề nghị nhân viên trực tại điểm thi có mặt từ 6 giờ sáng."
    assert found(text, "Sơn La", 2024) == {((0, 0), "health", "requester")}


def test_the_members_of_a_council_who_are_asked_act_for_it():
    # "các thành viên trong / của Hội đồng thi": the council's members are asked, so the council acts
    text = "Ông Phạm Văn Lâm, Thanh tra Bộ GD&ĐT, lưu ý các thành viên trong Hội đồng thi giữ đúng vị trí."
    assert _doers(text) == {"Hội đồng thi"}
    text = "Sở Giáo dục và Đào tạo yêu cầu các thành viên của Hội đồng thi giữ đúng vị trí."
    assert _doers(text) == {"Hội đồng thi"}


def _doers(text: str) -> set[str]:
    _, att = attribute_text(text, "Hòa Bình", 2023)
    return {f.name for fs in att.mentions.values() for f in fs if f.kind == "doer"}
