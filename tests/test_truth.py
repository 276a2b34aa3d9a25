"""benchmarks/truth.py: a statement of a synthetic document is mapped to the part of the planned duty it
renders, or to none; precision and recall are read at the duty and at the sentence level."""

from __future__ import annotations

from benchmarks.truth import _triples, unit_of

UNITS = [
    ("police_security/0/0", _triples("Chỉ đạo các đơn vị nghiệp vụ phối hợp triển khai các biện pháp đảm bảo an "
                                     "ninh, trật tự, an toàn cho các khâu của Kỳ thi")),
    ("police_security/0/1", _triples("tăng cường phòng, chống hiệu quả việc sử dụng công nghệ cao để gian lận "
                                     "trong Kỳ thi, kịp thời báo cáo khi có vấn đề phát sinh.")),
    ("power_supply/1/0", _triples("Xây dựng kế hoạch bảo đảm cung ứng điện phục vụ các khâu của Kỳ thi.")),
]


def test_a_statement_maps_to_the_part_it_renders_even_with_an_agency_before_it():
    text = "Công an tỉnh tăng cường phòng, chống hiệu quả việc sử dụng công nghệ cao để gian lận trong Kỳ thi."
    assert unit_of(text, UNITS) == "police_security/0/1"
    assert unit_of("Xây dựng kế hoạch bảo đảm cung ứng điện phục vụ các khâu của Kỳ thi.", UNITS) == "power_supply/1/0"


def test_a_sentence_of_no_duty_maps_to_none():
    assert unit_of("Yêu cầu Thủ trưởng các cơ quan, đơn vị nghiêm túc triển khai thực hiện Chỉ thị này.", UNITS) is None
    assert unit_of("Kỳ thi", UNITS) is None
