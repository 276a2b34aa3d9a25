"""DataFrame -> file bytes, for the download buttons. Pure functions: the tests call them directly."""

from __future__ import annotations

import io

import pandas as pd

MIME = {
    "csv": "text/csv",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "parquet": "application/vnd.apache.parquet",
}


def to_csv(df: pd.DataFrame) -> bytes:
    """UTF-8 with a byte-order mark, so Excel opens Vietnamese text intact."""
    return df.to_csv(index=False).encode("utf-8-sig")


def to_xlsx(df: pd.DataFrame, sheet: str = "data") -> bytes:
    buf = io.BytesIO()
    out = df.copy()
    for col in out.columns:  # Excel has no time zones and no pandas NA
        if isinstance(out[col].dtype, pd.DatetimeTZDtype):
            out[col] = out[col].dt.tz_localize(None)
    with pd.ExcelWriter(buf, engine="openpyxl") as writer:
        out.to_excel(writer, index=False, sheet_name=sheet[:31] or "data")
        ws = writer.sheets[sheet[:31] or "data"]
        for i, col in enumerate(out.columns, start=1):  # readable widths, long texts capped
            width = max([len(str(col))] + [len(str(v)) for v in out[col].head(200)]) + 2
            ws.column_dimensions[ws.cell(row=1, column=i).column_letter].width = min(width, 80)
        ws.freeze_panes = "A2"
    return buf.getvalue()


def to_parquet(df: pd.DataFrame) -> bytes:
    buf = io.BytesIO()
    df.to_parquet(buf, index=False)
    return buf.getvalue()


WRITERS = {"csv": to_csv, "xlsx": to_xlsx, "parquet": to_parquet}
