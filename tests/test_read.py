"""Reading: every encoding Vietnamese offices produce becomes the same NFC text; bad files get a reason."""

import unicodedata

import pytest

from etl.read import RejectedFile, decode, decode_text

TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"


def cp1258(text: str) -> bytes:
    """Encode as Windows-1258 does it: base letters precomposed, tone marks combining."""
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", ch)
            tones = "".join(m for m in parts if m in TONE_MARKS)
            base = unicodedata.normalize("NFC", "".join(m for m in parts if m not in TONE_MARKS))
            out += (base + tones).encode("cp1258")
    return bytes(out)


SENTENCE = "Công an tỉnh chủ trì, phối hợp với Sở Giáo dục và Đào tạo bảo đảm an ninh, trật tự tại các điểm thi.\n"


@pytest.mark.parametrize(
    "data",
    [
        SENTENCE.encode("utf-8"),
        b"\xef\xbb\xbf" + SENTENCE.encode("utf-8"),
        SENTENCE.encode("utf-16"),
        SENTENCE.replace("\n", "\r\n").encode("utf-8"),
        unicodedata.normalize("NFD", SENTENCE).encode("utf-8"),
        cp1258(SENTENCE),
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "crlf", "nfd", "cp1258"],
)
def test_every_encoding_gives_the_same_nfc_text(data):
    decoded = decode_text(data)
    assert decoded.text == SENTENCE
    assert unicodedata.is_normalized("NFC", decoded.text)


def test_same_document_in_two_encodings_has_one_hash():
    assert decode_text(SENTENCE.encode("utf-16")).sha256 == decode_text(SENTENCE.encode("utf-8")).sha256


def test_mojibake_is_repaired_when_nothing_was_lost():
    garbled = SENTENCE.encode("utf-8").decode("latin-1")  # UTF-8 read as Latin-1 and saved again
    decoded = decode_text(garbled.encode("utf-8"))
    assert decoded.text == SENTENCE
    assert decoded.notes


def test_mojibake_that_lost_bytes_is_refused():
    garbled = SENTENCE.encode("utf-8").decode("cp1252", errors="ignore")
    with pytest.raises(RejectedFile, match="garbled"):
        decode_text(garbled.encode("utf-8"))


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"", "empty"),
        (b"  \r\n\n ", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        # TCVN3 (ABC) bytes of "Sở Giáo dục và Đào tạo tỉnh Lạng Sơn": plausible Latin-1 letters, wrong language.
        ("Së Gi¸o dôc vµ §µo t¹o tØnh L¹ng S¬n chØ ®¹o c¸c tr­êng".encode("cp1252"), "legacy font encoding"),
        ("Công an tỉnh \ufffd\ufffd bảo đảm".encode("utf-8"), "replacement characters"),
    ],
    ids=["empty", "blank", "binary", "tcvn3", "fffd"],
)
def test_unreadable_files_are_rejected_with_a_reason(data, reason):
    with pytest.raises(RejectedFile, match=reason):
        decode_text(data)


def test_zero_width_and_bidi_controls_are_removed():
    text = "Công\u200b an\u202e tỉnh\u2066 chỉ đạo\ufeff bảo đảm an ninh."
    assert decode_text(text.encode("utf-8")).text == "Công an tỉnh chỉ đạo bảo đảm an ninh."


def test_unsupported_type_and_oversize_are_refused():
    with pytest.raises(RejectedFile, match="not read"):
        decode(b"x", "photo.jpg")
    with pytest.raises(RejectedFile, match="too large"):
        decode(SENTENCE.encode() * 10, "big.txt", max_bytes=100)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_byte_order_mark_is_read(codec):
    decoded = decode_text(SENTENCE.encode(codec))
    assert decoded.text == SENTENCE and decoded.encoding == codec


@pytest.mark.parametrize("where", [0, 40, 5000], ids=["start", "middle", "after-4-kB"])
def test_a_stray_nul_byte_is_dropped_wherever_it_stands(where):
    """It used to be refused as binary in the first 4 kB and turned into a space after them."""
    data = (SENTENCE * 60).encode("utf-8")
    decoded = decode_text(data[:where] + b"\x00" + data[where:])
    assert decoded.text == SENTENCE * 60


def test_many_nul_bytes_are_binary_wherever_they_stand():
    data = (SENTENCE * 60).encode("utf-8")
    padded = data[:5000] + b"\x00" * 200 + data[5000:]
    with pytest.raises(RejectedFile, match="binary"):
        decode_text(padded)
