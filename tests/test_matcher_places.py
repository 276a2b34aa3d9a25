"""The gazetteer's matcher shares the regexes of aliases that name a locality ("Công an {cap}", "UBND {cap}") across
localities and checks the place a match names afterwards. These cases pin what the per-locality regexes found: a
place that is not the document's own is no part of its own agency's name, and the document's own is."""

from etl.gazetteer import matcher


def surfaces(locality, text, year=2024):
    return [(x.surface, x.role) for x in matcher(locality, year).mentions(text)]


def test_another_province_after_the_own_agency_word_is_not_read_into_its_name():
    got = surfaces("Lạng Sơn", "Công an tỉnh Bắc Giang phối hợp với Công an tỉnh Lạng Sơn bảo vệ đề thi.")
    assert got == [("Công an tỉnh", "police"), ("Công an tỉnh Lạng Sơn", "police")]
    got = surfaces("Lạng Sơn", "Ban Chỉ đạo thi tỉnh Bắc Ninh họp.")
    assert got == [("Ban Chỉ đạo thi tỉnh", "steering_committee")]


def test_a_city_document_reads_its_own_name_and_stops_before_another_city():
    got = surfaces("Hải Phòng", "Công an thành phố Hải Phòng và Công an TP Hồ Chí Minh tăng cường tuần tra.")
    assert got == [("Công an thành phố Hải Phòng", "police"), ("Công an TP", "police")]
    assert surfaces("Hải Phòng", "UBND thành phố Hà Nội yêu cầu UBND tỉnh Lạng Sơn báo cáo.") == [
        ("UBND thành phố", "provincial_pc")]


def test_a_text_of_no_known_locality_reads_every_province_as_part_of_the_name():
    got = matcher(None, 2024).mentions("Công an tỉnh Bắc Giang phối hợp với Công an TP Hồ Chí Minh.")
    assert [(x.surface, x.name) for x in got] == [("Công an tỉnh Bắc Giang", "Công an tỉnh Bắc Giang"),
                                                  ("Công an TP Hồ Chí Minh", "Công an TP Hồ Chí Minh")]
