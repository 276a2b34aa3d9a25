"""etl/read.py at the edges a real file reaches: a stray NUL byte in a UTF-8 save, a very short UTF-16 file
without a byte order mark, a Word file read from disk with the limits given, a mostly unaccented text that
still names one place. Sentences written for this test."""

from __future__ import annotations

import pytest

from etl.config import Settings
from etl.read import RejectedFile, decode_text, read_file
from tests.test_read_files import _docx

NOTICE = "Trung tâm Y tế huyện cử hai nhân viên trực tại mỗi điểm thi trong suốt các buổi thi.\n"


@pytest.mark.parametrize("where", [41, 42])  # an odd and an even byte position
def test_one_stray_nul_byte_in_a_utf8_file_is_dropped_not_read_as_utf16(where):
    text = (NOTICE * 4).rstrip("\n")
    body = text.encode("utf-8")
    data = body[:where] + b"\x00" + body[where:]
    assert len(data) % 2 == 0 and data.count(0) == 1  # an even length, as a UTF-16 file would have
    decoded = decode_text(data)
    assert (decoded.text, decoded.encoding) == (text, "utf-8")


def test_eight_characters_of_utf16_without_a_byte_order_mark_are_read():
    # "Sở Y tế." is 16 bytes in UTF-16: the shortest file the check looks at
    for codec in ("utf-16-le", "utf-16-be"):
        decoded = decode_text("Sở Y tế.".encode(codec))
        assert (decoded.text, decoded.encoding) == ("Sở Y tế.", codec)


def test_a_word_file_read_from_disk_is_held_to_the_limits_given(tmp_path):
    path = tmp_path / "ke-hoach.docx"
    path.write_bytes(_docx(["Sở Giáo dục và Đào tạo chủ trì tổ chức kỳ thi."]))
    with pytest.raises(RejectedFile, match="zip bomb"):
        read_file(path, settings=Settings(max_expanded_bytes=1_000))


def test_forty_words_with_one_accented_word_get_the_diacritics_note():
    # a text typed without accents except one city's name: 1 word in 40 is well under 5 %
    words = ("Cong an tinh bao dam an ninh tai cac diem thi va kiem tra viec van chuyen de thi "
             "den cac hoi dong thi trong tinh theo dung ke hoach da duoc phe duyet cua ban chi dao tai Huế")
    assert len(words.split()) == 40
    assert decode_text(words.encode("utf-8")).notes == (
        "almost no Vietnamese diacritics: is this a Vietnamese directive?",)
