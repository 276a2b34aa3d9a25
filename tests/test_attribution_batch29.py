"""Issue 9, session 27: commune committees and other bodies that real district texts name loosely (our own words)."""

from tests.attr_helpers import attribute_text, roles
from tests.attr_helpers import parts as _named


def test_a_town_or_ward_committee_named_alone_acts_as_a_commune_committee():
    # "UBND thị trấn A", "UBND phường 3": a commune-level committee by its own place, as "UBND xã B" already is; it acts
    # (role other while districts existed) and is never dropped, also when "Riêng" opens the sentence
    text = "Riêng UBND thị trấn Tân Lộc và UBND phường 3 dọn vệ sinh đường vào hai điểm thi trước ngày 20/6."
    assert roles(text, "Sóc Trăng", 2020) == {"lead": {"other"}, "support": set()}
    assert "UBND cấp xã" in _named(text, "Sóc Trăng", 2020)["doer"]


def test_a_town_committee_is_a_helper_after_phoi_hop():
    text = "Công an huyện phối hợp với UBND thị trấn Tân Lộc giữ trật tự quanh điểm thi."
    assert roles(text, "Sóc Trăng", 2020) == {"lead": {"police"}, "support": {"other"}}
