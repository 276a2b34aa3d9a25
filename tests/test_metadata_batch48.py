"""Session 46: a web page copied with its time stamp first ("Thứ Sáu, ngày 12/06/2020 | 10:05", "08:40, Thứ Hai,
21/06/2021"): the stamp is no headline; the line after it is. Short pages written for these tests, in our own words."""

from __future__ import annotations

import pytest

from etl.clean import WEB_STAMP
from tests.test_metadata_fields_unit import _meta

BODY = ("Hậu Giang rà soát từng khâu trước ngày thi\n\n"
        "Chiều 5/8, Ban Chỉ đạo thi của tỉnh họp với các điểm thi để rà soát lần cuối.\n\n"
        "Sở Y tế bố trí cán bộ y tế trực ở mỗi điểm thi.\n")


@pytest.mark.parametrize("stamp", ["Thứ Sáu, ngày 12/06/2020 | 10:05", "Cập nhật: 08:40, Thứ Hai, 21/06/2021",
                                   "Chủ nhật, 27/06/2021 (GMT+7)"])
def test_a_page_that_opens_with_its_time_stamp_keeps_its_headline_as_title(stamp):
    assert WEB_STAMP.fullmatch(stamp)
    meta = _meta(stamp + "\n\n" + BODY)
    assert meta.values.get("title") == "Hậu Giang rà soát từng khâu trước ngày thi"


def test_a_sentence_that_opens_with_a_date_is_no_stamp():
    assert not WEB_STAMP.fullmatch("Ngày 05/08/2020, UBND tỉnh ban hành công văn về kỳ thi")
