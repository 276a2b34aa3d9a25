"""Reading, as the Data page reports it: which encoding was found, what was repaired or removed, and the
one-sentence reason a file is refused. Word and PDF files go through the same checks as text."""

from __future__ import annotations

import hashlib
import io
import unicodedata

import pytest

from etl.read import RejectedFile, decode, decode_text, plausible_share, read_file
from tests.test_read import SENTENCE as READ_SENTENCE
from tests.test_read import cp1258

SENTENCE = "Sở Y tế chủ trì, phối hợp với Công an tỉnh bảo đảm an toàn thực phẩm tại các điểm thi.\n"


@pytest.mark.parametrize(("data", "encoding"), [
    (SENTENCE.encode("utf-8"), "utf-8"),
    (b"\xef\xbb\xbf" + SENTENCE.encode("utf-8"), "utf-8-sig"),
    (b"\xff\xfe" + SENTENCE.encode("utf-16-le"), "utf-16"),
    (b"\xfe\xff" + SENTENCE.encode("utf-16-be"), "utf-16"),
    (cp1258(SENTENCE), "cp1258"),
])
def test_the_encoding_found_is_reported(data, encoding):
    assert decode_text(data).encoding == encoding


def test_repaired_mojibake_is_named_in_the_encoding_and_the_notes():
    decoded = decode_text(SENTENCE.encode("utf-8").decode("latin-1").encode("utf-8"))
    assert decoded.text == SENTENCE
    assert decoded.encoding == "utf-8+mojibake-repaired"
    assert decoded.notes == ("repaired mojibake (UTF-8 that had been read as Windows-1252)",)


def test_line_ends_and_control_characters():
    # Two stray control bytes in a page of text (under 1 % of it: more would make it a binary file).
    body = "Sở Giáo dục và Đào tạo chủ trì tổ chức Kỳ thi an toàn, nghiêm túc, đúng quy chế.\n" * 5
    text = "Dòng một\r\nDòng hai\rDòng\tba\x07 có chuông\x0c.\n" + body
    assert decode_text(text.encode("utf-8")).text == "Dòng một\nDòng hai\nDòng\tba  có chuông .\n" + body


def test_hash_is_of_the_decoded_nfc_text():
    nfd = unicodedata.normalize("NFD", SENTENCE).encode("utf-8")
    assert decode_text(nfd).sha256 == hashlib.sha256(SENTENCE.encode("utf-8")).hexdigest()


def test_a_clean_vietnamese_text_has_no_notes():
    assert decode_text((SENTENCE * 5).encode("utf-8")).notes == ()


def test_english_text_loads_with_a_note():
    english = ("The provincial police will protect the printing of exam papers and keep order at every "
               "exam site during the national graduation exam week. ") * 3
    decoded = decode_text(english.encode("utf-8"))
    assert decoded.notes == ("almost no Vietnamese diacritics: is this a Vietnamese directive?",)


def test_a_short_text_without_diacritics_has_no_note():
    assert decode_text(b"Cong an tinh bao dam an ninh.").notes == ()


@pytest.mark.parametrize(("text", "script"), [
    ("Полиция провинции обеспечивает безопасность экзамена в каждой школе.", "Cyrillic"),
    ("省公安负责保障考试安全和秩序", "Cjk"),
])
def test_other_scripts_are_refused_naming_the_script(text, script):
    with pytest.raises(RejectedFile) as refused:
        decode_text(text.encode("utf-8"))
    assert str(refused.value) == f"the text is not Vietnamese: most of its letters are {script}, not Latin"


def test_a_few_foreign_words_in_a_vietnamese_text_are_fine():
    assert decode_text((SENTENCE + "Москва 北京\n").encode("utf-8")).encoding == "utf-8"


def test_refusal_sentences():
    with pytest.raises(RejectedFile, match=r"^the file is empty$"):
        decode_text(b"\xef\xbb\xbf \r\n\x00")
    with pytest.raises(RejectedFile, match=r"^the file is empty$"):
        decode_text("\u200b\u200b\n".encode("utf-8"))  # nothing left once invisible characters go
    with pytest.raises(RejectedFile, match=r"^it is a binary file, not text \(it is full of control bytes such as NUL\)$"):
        decode_text(b"PK\x03\x04\x00\x00abc")
    with pytest.raises(RejectedFile, match="looks like UTF-16 but does not decode"):
        decode_text(b"\xff\xfe\x00\xd8")
    with pytest.raises(RejectedFile, match=r"only \d+% of words are well formed"):
        decode_text("Së Gi¸o dôc vµ §µo t¹o tØnh L¹ng S¬n".encode("cp1252"))


def test_plausible_share_counts_words_of_the_vietnamese_alphabet():
    assert plausible_share("Sở Giáo dục") == 1.0
    # TCVN3 bytes read as Latin-1: "Së", "Gi", "o", "dôc", "vµ"; "Së" and "vµ" are not Vietnamese letters
    assert plausible_share("Së Gi¸o dôc vµ") == 0.6
    assert plausible_share("123 456") == 0.0


def test_type_and_size_limits_are_checked_before_reading():
    with pytest.raises(RejectedFile, match=r"^files of type '\.xls' are not read; use \.txt, \.docx, \.pdf or a saved web page \(\.html\)$"):
        decode(b"x", "bang.XLS")
    with pytest.raises(RejectedFile, match=r"too large \(101 bytes; the limit is 100\)"):
        decode(b"x" * 101, "a.txt", max_bytes=100)
    assert decode(SENTENCE.encode(), "KHONG_DUOI").text == SENTENCE  # no suffix: read as text
    assert decode(SENTENCE.encode(), "a.md", max_bytes=len(SENTENCE.encode())).text == SENTENCE


def _docx(paragraphs: list[str], table: list[list[str]] | None = None) -> bytes:
    from docx import Document

    doc = Document()
    for p in paragraphs:
        doc.add_paragraph(p)
    if table:
        t = doc.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                t.cell(r, c).text = value
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def test_word_file_paragraphs_and_tables_are_read():
    data = _docx(["CHỈ THỊ", SENTENCE.strip()], table=[["Cơ quan", "Nhiệm vụ"], ["Sở Y tế", "trực cấp cứu"]])
    decoded = decode(data, "chi-thi.DOCX")
    assert decoded.text == f"CHỈ THỊ\n\n{SENTENCE.strip()}\n\nCơ quan | Nhiệm vụ\n\nSở Y tế | trực cấp cứu"
    assert decoded.encoding == "utf-8"


@pytest.mark.parametrize(("name", "data", "reason"), [
    ("a.docx", b"", r"^the file is empty$"),
    ("a.pdf", b"", r"^the file is empty$"),
    ("a.docx", b"PK\x03\x04 not really a zip", r"^the Word file cannot be opened \([^()]+\)$"),
    ("a.pdf", b"%PDF-1.4 broken", r"^the PDF (cannot be opened \(\w+\)|has no text layer)"),
])
def test_broken_word_and_pdf_files_are_refused(name, data, reason):
    with pytest.raises(RejectedFile, match=reason):
        decode(data, name)


def test_pdf_without_text_is_a_scan():
    from tests.conftest import blank_pdf

    with pytest.raises(RejectedFile, match=r"^the PDF has no text layer \(a scanned image\?\); run OCR"):
        decode(blank_pdf(1), "scan.pdf")


def test_read_file_checks_the_size_before_reading(tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes(SENTENCE.encode() * 3)
    with pytest.raises(RejectedFile, match="too large"):
        read_file(big, max_bytes=len(SENTENCE.encode()) * 2)
    assert read_file(big).text == SENTENCE * 3
    with pytest.raises(RejectedFile, match=r"^the file cannot be read \(No such file or directory\)$"):
        read_file(tmp_path / "missing.txt")


def test_each_refusal_is_one_whole_sentence():
    cases = [
        (b"\xff\xfe\x00\xd8", "the text is damaged: it looks like UTF-16 but does not decode"),
        (READ_SENTENCE.encode("utf-8").decode("cp1252", errors="ignore").encode("utf-8"),
         "the text is garbled (mojibake: UTF-8 read as another encoding) and cannot be repaired"),
        ("Công an tỉnh \ufffd bảo đảm".encode("utf-8"),
         "the text contains replacement characters (U+FFFD): it was damaged by an earlier conversion "
         "or is not in a Vietnamese encoding this tool reads"),
    ]
    for data, sentence in cases:
        with pytest.raises(RejectedFile) as refused:
            decode_text(data)
        assert str(refused.value) == sentence


def test_the_script_named_is_the_most_frequent_one():
    text = "Полиция провинции обеспечивает безопасность экзамена 考试"
    with pytest.raises(RejectedFile, match=r"most of its letters are Cyrillic, not Latin$"):
        decode_text(text.encode("utf-8"))
