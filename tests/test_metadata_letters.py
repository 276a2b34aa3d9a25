"""A portal report of a letter: "Chiều 4/8, UBND tỉnh X có văn bản gửi các sở, ngành …" names its issuer, its type (a
letter with no type named is a Công văn) and the day it was sent. Short texts written for these tests, in our own words."""

from __future__ import annotations

import datetime as dt

from tests.test_metadata_fields_unit import _meta


def test_a_report_of_a_letter_sent_names_its_issuer_type_and_day():
    meta = _meta("Chiều 4/8, UBND tỉnh Quảng Bình có văn bản gửi các sở, ngành về việc chuẩn bị kỳ thi tốt nghiệp THPT "
                 "năm 2024.\n\nTheo đó, Sở Y tế bố trí cán bộ trực tại điểm thi.")
    assert meta.values["issuer"] == "UBND tỉnh Quảng Bình"
    assert meta.values["doc_type"] == "Công văn" and meta.sources["doc_type"] == "inferred"
    assert meta.values["issued_date"] == dt.date(2024, 8, 4)
    assert any(field == "doc_type" and "Công văn" in message for field, message in meta.warnings)
    # after a paper's byline too
    meta = _meta("Baoquangbinh - Chiều 4/8, UBND tỉnh Quảng Bình có văn bản gửi các sở, ngành về kỳ thi năm 2024.")
    assert meta.values["issued_date"] == dt.date(2024, 8, 4)


def test_a_letter_only_mentioned_later_is_not_the_documents_type():
    # the opening reports a meeting; a letter named further down is someone else's
    meta = _meta("Sáng 3/6, Ban Chỉ đạo thi tỉnh Quảng Bình họp bàn công tác chuẩn bị kỳ thi năm 2024.\n\n"
                 "Tại cuộc họp, lãnh đạo Sở Y tế cho biết sở đã bố trí đủ cán bộ.\n\n"
                 "Trước đó, Sở Giáo dục và Đào tạo hướng dẫn các trường rà soát hồ sơ.\n\n"
                 "Cuối buổi, Trưởng Ban Chỉ đạo yêu cầu các sở có văn bản gửi Ban Chỉ đạo trước ngày 10/6.")
    assert meta.values.get("doc_type") is None
