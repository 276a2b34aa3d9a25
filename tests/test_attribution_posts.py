"""Issue 13, session 8: a person's posts and a parenthesised place around an agency (etl/attribution.py), in
sentences of our own. Each case is one the other attribution tests never reached (mutation testing left its code
free to change): what is asserted is what the Document page shows, the clause's lead and support roles and the
part each agency is highlighted with."""

from tests.attr_helpers import parts, roles


def test_a_long_personal_name_between_two_posts_still_makes_the_first_post_ask():
    # The agency's name takes at most three words of the person's name; the fourth stands between the two posts,
    # so they are two lists. The first post has no verb of its own: it asks, as the second post does, and the
    # provincial committee is no lead of the duty given to the health department.
    text = ("Phó Chủ tịch UBND tỉnh Hoàng Thị Minh Đức, Trưởng Ban Chỉ đạo thi tỉnh, yêu cầu Sở Y tế bố trí cán bộ "
            "trực tại các điểm thi.")
    assert roles(text) == {"lead": {"health"}, "support": set()}
    got = parts(text)
    assert got["requester"] == {"UBND tỉnh", "Ban Chỉ đạo thi cấp tỉnh"}
    assert got["doer"] == {"Sở Y tế"}


def test_a_five_word_name_without_a_comma_is_skipped_up_to_the_verb():
    # "… Tôn Nữ Thị Thu Hà đánh giá cao …": the agency's name took three words of the person's name; the other
    # two are skipped, one more at a time, until a lower-case word (the verb) follows. Praise is no duty, so the
    # committee is no lead.
    text = ("Phó Chủ tịch UBND tỉnh Tôn Nữ Thị Thu Hà đánh giá cao cách bố trí phòng thi của Sở Giáo dục và "
            "Đào tạo.")
    assert roles(text)["lead"] == set()
    got = parts(text)
    assert got["requester"] == {"UBND tỉnh"}
    assert "doer" not in got


def test_a_party_membership_before_a_post_is_part_of_the_title():
    # "Huyện ủy viên": the district party committee is only the body the chair is a member of.
    text = "Huyện ủy viên, Chủ tịch UBND huyện Cao Lộc chủ trì kiểm tra các điểm thi."
    assert roles(text) == {"lead": {"district_pc"}, "support": set()}
    assert parts(text) == {"doer": {"UBND các huyện, thành phố"}}


def test_a_province_in_brackets_only_places_the_district_and_the_sentence_reads_on():
    # The bracketed province says where the district is; it is neither a lead nor the end of the sentence's
    # reading: the police after it still help.
    text = "UBND huyện Văn Lãng (tỉnh Lạng Sơn) phối hợp với Công an huyện bảo vệ điểm thi."
    assert roles(text) == {"lead": {"district_pc"}, "support": {"police"}}
    assert parts(text)["doer"] == {"UBND các huyện, thành phố"}
