"""A directive printed to PDF (tests/fixtures/pdf: our own words, laid out as provinces lay out a Chỉ thị, printed by
Chromium from the .html beside it). Read as a user's PDF is read: the letterhead's two columns, the items, and the
signature block, whose bold italic "Nơi nhận:" a PDF places glyph by glyph ("Nơi nh  ận:")."""

from __future__ import annotations

from pathlib import Path

from etl.config import Settings
from etl.pipeline import parse_document
from etl.read import read_file

PDF = Path(__file__).parent / "fixtures" / "pdf" / "tuyenquang_2024_chithi.pdf"


def _parsed():
    return parse_document(PDF.name, read_file(PDF), None, Settings.from_env())


def test_a_printed_directive_reads_its_header_and_its_signature():
    doc = _parsed()
    meta = doc.meta
    assert (meta["locality"], meta["number"], str(meta["issued_date"]), meta["doc_type"]) == (
        "Tuyên Quang", "07/CT-UBND", "2024-04-15", "Chỉ thị")
    assert meta["signer"] == "Nguyễn Văn Sơn"
    # the signature block and the recipients are no duties
    texts = " ".join(c.text for c in doc.clauses)
    assert "CHỦ TỊCH" not in texts and "Lưu: VT" not in texts and "Nguyễn Văn Sơn" not in texts


def test_a_printed_directives_items_keep_their_doers():
    doc = _parsed()
    leads = {c.label: {f.role for f in doc.found.get(c.seq, []) if f.kind == "lead"} for c in doc.clauses}
    assert (leads["1"], leads["2"], leads["3"], leads["4"]) == ({"education"}, {"police"}, {"health"}, {"electricity"})


def test_an_onset_split_from_its_vowel_is_one_syllable_again():
    from etl.office import _SPLIT_SYLLABLE

    join = lambda t: _SPLIT_SYLLABLE.sub(r"\1", t)  # noqa: E731
    assert join("Nơi nh  ận:") == "Nơi nhận:" and join("Ban Ch ỉ đạo") == "Ban Chỉ đạo"
    # a unit after a number and an abbreviation stay as they are
    assert join("cách 500 m ở cổng trường") == "cách 500 m ở cổng trường" and join("v.v ở") == "v.v ở"
