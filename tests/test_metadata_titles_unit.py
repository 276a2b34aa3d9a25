"""What the Document page shows of a news or portal text with no header (etl/metadata.py): the type and issuer read
from a title "<Loại> của <cơ quan> về …", and the number, year and day of a document the article cites in brackets.
The cases the thirteenth round's mutation run found unchecked; texts invented for them."""

import datetime as dt

from etl.clean import clean
from etl.metadata import extract
from etl.segment import kinds


def meta_of(text: str):
    cleaned = clean(text)
    return extract(cleaned.paragraphs, kinds(cleaned.paragraphs), None)


def test_a_title_naming_the_type_and_its_issuer_gives_both_and_says_the_type_is_inferred():
    meta = meta_of("Yên Bái: Kế hoạch của UBND tỉnh về tổ chức kỳ thi tốt nghiệp THPT năm 2025\n\n"
                   "Sở Giáo dục và Đào tạo chủ trì, Công an tỉnh bảo vệ các điểm thi.")
    assert (meta.values["doc_type"], meta.sources["doc_type"]) == ("Kế hoạch", "inferred")
    assert meta.values["issuer"] == "UBND tỉnh Yên Bái"
    assert ("doc_type", "no header: the type is read from the title ('Kế hoạch của …')") in meta.warnings


def test_a_document_cited_in_brackets_gives_its_number_year_and_day_as_stated():
    meta = meta_of("Văn phòng UBND tỉnh truyền đạt ý kiến của Chủ tịch UBND tỉnh về kỳ thi "
                   "(Công văn số 1234/VP-KGVX, ngày 20/6/2023).\n\nSở Giáo dục và Đào tạo chủ trì tổ chức thi.")
    assert (meta.values["doc_type"], meta.values["number"]) == ("Công văn", "1234/VP-KGVX")
    assert (meta.values["year"], meta.sources["year"]) == (2023, "text")
    assert meta.values["issued_date"] == dt.date(2023, 6, 20)


def test_a_cited_day_that_does_not_exist_keeps_the_year_and_gives_no_day():
    meta = meta_of("Văn phòng UBND tỉnh truyền đạt ý kiến của Chủ tịch UBND tỉnh về kỳ thi "
                   "(Công văn số 1234/VP-KGVX, ngày 31/6/2023).\n\nSở Giáo dục và Đào tạo chủ trì tổ chức thi.")
    assert (meta.values["year"], meta.sources["year"]) == (2023, "text")
    assert "issued_date" not in meta.values
