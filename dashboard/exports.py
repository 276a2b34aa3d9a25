"""DataFrame -> file bytes, for the download buttons. Pure functions: the tests call them directly.

Spreadsheet cells that start with "=", "+", "-", "@", a tab or a carriage return are run as formulas by
Excel and LibreOffice, and a document title or issuer is text from outside: such cells are neutralised as
OWASP recommends (CSV: a leading apostrophe; Excel: an explicit string cell, also apostrophe-prefixed so a
copy into another sheet stays inert).
"""

from __future__ import annotations

import io

import pandas as pd
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter

MIME = {
    "csv": "text/csv",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "parquet": "application/vnd.apache.parquet",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value):
    """A text that a spreadsheet would run as a formula, prefixed with an apostrophe; anything else as is."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def _safe(df: pd.DataFrame) -> pd.DataFrame:
    out = df.copy()
    out.columns = [neutralise(str(c)) for c in out.columns]
    for col in out.columns:
        if out[col].dtype == object or pd.api.types.is_string_dtype(out[col].dtype):
            out[col] = out[col].map(neutralise, na_action="ignore")
    return out


def to_csv(df: pd.DataFrame) -> bytes:
    """UTF-8 with a byte-order mark, so Excel opens Vietnamese text intact. Rows end in CRLF, as Excel writes
    them; the csv module then also quotes any cell holding a bare CR, which would otherwise split a row."""
    return _safe(df).to_csv(index=False, lineterminator="\r\n").encode("utf-8-sig")


def to_xlsx(df: pd.DataFrame, sheet: str = "data") -> bytes:
    """One sheet: a bold header row with an autofilter, frozen below the header, readable widths."""
    buf = io.BytesIO()
    out = _safe(df)
    for col in out.columns:  # Excel has no time zones and no pandas NA
        if isinstance(out[col].dtype, pd.DatetimeTZDtype):
            out[col] = out[col].dt.tz_localize(None)
    name = sheet[:31] or "data"
    with pd.ExcelWriter(buf, engine="openpyxl") as writer:
        out.to_excel(writer, index=False, sheet_name=name)
        ws = writer.sheets[name]
        for row in ws.iter_rows(min_row=2):
            for cell in row:
                if isinstance(cell.value, str) and cell.value.startswith("'"):
                    cell.data_type = "s"  # never a formula, whatever follows the apostrophe
        for cell in ws[1]:
            cell.font = Font(bold=True)
            cell.fill = PatternFill("solid", fgColor="EDEDED")
        for i, col in enumerate(out.columns, start=1):  # readable widths, long texts capped
            width = max([len(str(col))] + [len(str(v)) for v in out[col].head(200)]) + 2
            ws.column_dimensions[get_column_letter(i)].width = min(width, 80)
        ws.freeze_panes = "A2"
        if len(out.columns):
            ws.auto_filter.ref = f"A1:{get_column_letter(len(out.columns))}{max(len(out) + 1, 1)}"
    return buf.getvalue()


def to_parquet(df: pd.DataFrame) -> bytes:
    buf = io.BytesIO()
    df.to_parquet(buf, index=False)
    return buf.getvalue()


WRITERS = {"csv": to_csv, "xlsx": to_xlsx, "parquet": to_parquet}
