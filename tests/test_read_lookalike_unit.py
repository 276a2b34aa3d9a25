"""etl/read.py's look-alike letters (session 11): some offices type the Icelandic eth for the Vietnamese "đ", in
capitals and in small letters. The text a user reads on the Document page, and searches, holds "Đ" and "đ" only.
Sentences written for this test."""

from __future__ import annotations

from etl.read import decode_text


def test_a_small_eth_typed_for_d_is_read_as_d():
    typed = "Công an huyện bảo vệ nơi in sao \u00f0ề thi và \u00f0iểm thi suốt kỳ thi."
    assert decode_text(typed.encode("utf-8")).text == "Công an huyện bảo vệ nơi in sao đề thi và điểm thi suốt kỳ thi."


def test_a_capital_eth_in_a_name_is_read_as_d_in_every_encoding_the_reader_meets():
    typed = "Sở GD&\u00d0T cử cán bộ thanh tra tại Hội \u00f0ồng thi."
    for codec in ("utf-8", "utf-16"):
        assert decode_text(typed.encode(codec)).text == "Sở GD&ĐT cử cán bộ thanh tra tại Hội đồng thi."
