"""The download files as an analyst opens them: exact CSV bytes for Excel, a readable workbook, Parquet types."""

from __future__ import annotations

import io

import openpyxl
import pandas as pd
import pyarrow.parquet as pq
import pytest

from dashboard import exports

LONG = "Công an tỉnh chủ trì, phối hợp với Sở Giáo dục và Đào tạo bảo vệ an toàn tuyệt đối đề thi, bài thi " * 2
ROWS = pd.DataFrame({
    "Địa phương": ["Lạng Sơn", "Hải Phòng", "Đà Nẵng"],
    "Năm": [2023, 2024, 2024],
    "Nội dung": [LONG, "Đoàn TNCS Hồ Chí Minh: “Tiếp sức mùa thi”", "Sở Y tế; trực cấp cứu\ntại điểm thi"],
})


def test_csv_bytes_are_utf8_with_one_bom_and_no_index():
    data = exports.to_csv(ROWS.iloc[[1]])
    assert data == ("\ufeffĐịa phương,Năm,Nội dung\r\n"  # CRLF: what Excel on Windows writes and expects
                    "Hải Phòng,2024,Đoàn TNCS Hồ Chí Minh: “Tiếp sức mùa thi”\r\n").encode("utf-8")


def test_csv_quotes_commas_and_line_breaks_so_each_row_stays_one_row():
    back = pd.read_csv(io.BytesIO(exports.to_csv(ROWS)), encoding="utf-8-sig")
    assert back["Nội dung"].tolist() == ROWS["Nội dung"].tolist() and len(back) == 3


def _sheet(df, **kwargs):
    return openpyxl.load_workbook(io.BytesIO(exports.to_xlsx(df, **kwargs))).active


def test_xlsx_columns_are_wide_enough_to_read_and_long_text_is_capped():
    ws = _sheet(ROWS)
    # widest cell plus two characters, never more than 80
    assert ws.column_dimensions["A"].width == len("Địa phương") + 2
    assert ws.column_dimensions["B"].width == len("2023") + 2
    assert ws.column_dimensions["C"].width == 80
    assert ws.freeze_panes == "A2"  # the header stays in view while scrolling


def test_xlsx_width_follows_the_longest_value_not_the_header():
    ws = _sheet(pd.DataFrame({"Mã": ["d-0001-0002", "d-1"]}))
    assert ws.column_dimensions["A"].width == len("d-0001-0002") + 2


@pytest.mark.parametrize(("sheet", "title"), [
    ("tra-cuu", "tra-cuu"),
    ("thay-doi-lang-son-2023-2024-va-hai-phong", "thay-doi-lang-son-2023-2024-va-"),
    ("", "data"),
])
def test_xlsx_sheet_name_fits_excel(sheet, title):
    book = openpyxl.load_workbook(io.BytesIO(exports.to_xlsx(ROWS, sheet=sheet)))
    assert book.sheetnames == [title]
    assert [c.value for c in book[title][1]] == list(ROWS.columns)


def test_xlsx_default_sheet_name():
    assert _sheet(ROWS).title == "data"


def test_xlsx_drops_the_time_zone_that_excel_cannot_store():
    df = pd.DataFrame({"dựng lúc": pd.to_datetime(["2024-05-22 08:30"]).tz_localize("Asia/Ho_Chi_Minh"),
                       "ngày": pd.to_datetime(["2024-05-23"])})
    ws = _sheet(df)
    assert ws["A2"].value.isoformat() == "2024-05-22T08:30:00"  # local time kept, zone removed
    assert ws["B2"].value.isoformat() == "2024-05-23T00:00:00"
    assert df["dựng lúc"].dt.tz is not None  # the table on the page is left as it was


def test_parquet_keeps_types_and_vietnamese_text():
    table = pq.read_table(io.BytesIO(exports.to_parquet(ROWS)))
    assert table.column_names == list(ROWS.columns)  # no index column
    assert str(table.schema.field("Năm").type) == "int64"
    assert table.column("Nội dung").to_pylist() == ROWS["Nội dung"].tolist()


def test_every_format_has_a_writer_and_the_mime_type_browsers_expect():
    assert exports.MIME == {
        "csv": "text/csv",
        "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "parquet": "application/vnd.apache.parquet",
        "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",  # the Word reports
    }
    assert exports.WRITERS == {"csv": exports.to_csv, "xlsx": exports.to_xlsx, "parquet": exports.to_parquet}


def test_a_filtered_table_exports_without_its_row_numbers():
    # a page that narrows and sorts a table passes rows 2 and 0 of a longer frame, row labels and all
    filtered = ROWS.iloc[[2, 0]]
    assert list(filtered.index) == [2, 0]
    assert pq.read_table(io.BytesIO(exports.to_parquet(filtered))).column_names == list(ROWS.columns)
    ws = _sheet(filtered)
    assert [c.value for c in ws[1]] == list(ROWS.columns) and ws.max_row == 3 and ws["A2"].value == "Đà Nẵng"
    assert exports.to_csv(filtered).decode("utf-8-sig").splitlines()[0] == "Địa phương,Năm,Nội dung"


def test_xlsx_width_is_measured_on_the_first_200_rows_only():
    # 80,000 Explore rows: widths come from a sample, so a long text far down does not widen the column
    df = pd.DataFrame({"Khoản": ["2.1"] * 200 + ["một đoạn rất dài ở dòng thứ hai trăm lẻ một"]})
    assert _sheet(df).column_dimensions["A"].width == len("Khoản") + 2
