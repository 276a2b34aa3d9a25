"""The short forms news texts write for the words of a name ("CA" for "Công an", "TTYT" for "Trung tâm Y tế", "BCĐ",
"CBCS"): every name of the gazetteer is found written so, without listing each short name by hand (etl/words.toml
[short_forms]). Sentences in our own words, after patterns seen in real reports."""

from __future__ import annotations

from tests.attr_helpers import mention_names, mention_parts


def test_a_commune_police_written_short_acts():
    parts = mention_parts("CA các xã, phường cử người trực tại cổng trường suốt hai buổi thi.\n", "Nghệ An", 2024)
    assert parts == [("doer", "police")], parts
    assert mention_names("CA các xã, phường cử người trực tại cổng trường suốt hai buổi thi.\n",
                         "Nghệ An", 2024) == {"Công an cấp xã"}


def test_a_district_health_centre_written_short_is_asked_to_act():
    # the steering committee written short asks, the health centres written short act
    parts = mention_parts("BCĐ thi tỉnh yêu cầu TTYT các huyện bố trí xe cứu thương tại những điểm thi xa.\n",
                          "Nghệ An", 2024)
    assert parts == [("requester", "steering_committee"), ("doer", "health")], parts


def test_a_short_form_is_read_only_in_capitals():
    # "ca" in small letters is a shift or a song ("ca trực", "bài ca xã hội"), never the police: only "CA" stands for
    # Công an
    from etl.gazetteer import matcher

    m = matcher("Nghệ An", 2024)
    assert [x.role for x in m.mentions("Cuối buổi, các em hát bài ca xã hội chủ nghĩa.")] == []
    assert [x.role for x in m.mentions("Cuối buổi, CA xã kiểm tra lại khu vực.")] == ["police"]
    parts = mention_parts("Mỗi ca trực có hai nhân viên y tế của Trung tâm Y tế huyện.\n", "Nghệ An", 2024)
    assert all(role == "health" for _, role in parts), parts


def test_a_short_form_follows_every_alias_that_holds_its_words():
    from etl.gazetteer import with_short_forms

    got = with_short_forms(["Công an {cap}", "cán bộ, chiến sĩ công an", "Sở Y tế"])
    assert got[:3] == ("Công an {cap}", "cán bộ, chiến sĩ công an", "Sở Y tế")
    assert {"CA {cap}", "cán bộ, chiến sĩ CA", "CBCS công an", "CBCS CA"} <= set(got)
    assert len(got) == len(set(got))
