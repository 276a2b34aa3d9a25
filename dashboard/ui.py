"""Shared page pieces: translated labels for codes, tables with downloads, empty states, the CSS."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from urllib.parse import quote_plus, urlencode

import duckdb
import pandas as pd
import streamlit as st

from dashboard import exports, queries
from dashboard.i18n import column, lang, t
from dashboard.render import CSS, esc


@lru_cache(maxsize=64)
def _vi_ranks(values: tuple[str, ...]) -> dict[str, int]:
    """Rank of each text in Vietnamese alphabetical order (DuckDB's built-in ICU collation `vi`: "Đà Nẵng" after
    "Cà Mau" and before "Gia Lai", not after "Yên Bái" as code points would put it)."""
    with duckdb.connect() as con:
        rows = con.execute("SELECT v FROM (SELECT unnest($v::VARCHAR[]) AS v) ORDER BY v COLLATE vi, v",
                           {"v": list(values)}).fetchall()
    return {v: k for k, (v,) in enumerate(rows)}


def vi_sorted(values) -> list[str]:
    """Distinct texts (None and NaN left out) in Vietnamese alphabetical order: localities in a select box."""
    distinct = tuple(sorted({v for v in values if isinstance(v, str)}))
    ranks = _vi_ranks(distinct)
    return sorted(distinct, key=ranks.get)


def vi_key(column: pd.Series) -> pd.Series:
    """A sort key for DataFrame.sort_values: a text column in Vietnamese alphabetical order, others as they are."""
    if pd.api.types.is_numeric_dtype(column) or pd.api.types.is_datetime64_any_dtype(column):
        return column
    ranks = _vi_ranks(tuple(sorted({v for v in column if isinstance(v, str)})))
    return column.map(ranks)


def mtime() -> int:
    return queries.db_mtime() or 0


def css() -> None:
    st.html(CSS)


def html(markup: str) -> None:
    """Markup built by dashboard/render.py (document text escaped there). st.html, never st.markdown:
    Markdown and LaTeX would otherwise be interpreted inside document text (links, colours, formulas)."""
    st.html(markup)


def scroll_into_view(element_id: str, block: str = "center", delay_ms: int = 300) -> None:
    """Bring an element of this page into view once it exists: the browser may run the script before the markup
    above it is drawn, so it looks again every 200 ms for up to 6 s (one try at a fixed delay missed it at times).
    `element_id` holds only word characters and "-" (a clause id or a fixed id); anything else scrolls nothing."""
    if not re.fullmatch(r"[\w-]+", element_id):
        return
    st.html(f"<script>setTimeout(function look(n) {{ const e = document.getElementById('{element_id}'); "
            f"if (e) e.scrollIntoView({{block: '{block}'}}); else if (n > 0) setTimeout(look, 200, n - 1); }}, "
            f"{int(delay_ms)}, 30);</script>", unsafe_allow_javascript=True)


def summary_box(head: str, lines: list[str]) -> None:
    """The plain-language summary a page opens with; its lines quote document text, so they are escaped."""
    items = "".join(f"<li>{esc(line)}</li>" for line in lines)
    st.html(f'<div class="dd-summary"><p>{esc(head)}</p>' + (f"<ul>{items}</ul>" if items else "") + "</div>")


def report_subtitle() -> str:
    info = queries.build_info(mtime()).set_index("key")["value"]
    return t("report_from", at=info.get("built_at", "?"))


def docx_button(build, name: str, key: str) -> None:
    """A Word report download, built only when clicked."""
    st.download_button(t("download_docx"), data=build, file_name=f"{name}.docx", mime=exports.MIME["docx"],
                       key=f"dl_{key}", on_click="ignore", icon=":material/description:", type="primary")


_LABELS: dict[tuple[int, str, str], dict[str, str]] = {}


def _labels(table: str) -> dict[str, str]:
    """code -> label for roles or themes; memoised per build and language (called once per table cell)."""
    key = (mtime(), lang(), table)
    if key not in _LABELS:
        df = queries.labels(key[0], table)
        _LABELS[key] = dict(zip(df["code"], df["label_en" if key[1] == "en" else "label_vi"]))
    return _LABELS[key]


def role_label(code) -> str:
    if not isinstance(code, str) or not code:
        return t("unassigned")
    return _labels("roles").get(code, code)


def theme_label(code) -> str:
    if not isinstance(code, str) or not code:
        return "—"
    return _labels("themes").get(code, code)


def roles_text(codes) -> str:
    """'education, police' -> translated labels; empty -> the 'no agency' note."""
    if not isinstance(codes, str) or not codes.strip():
        return t("unassigned")
    return ", ".join(role_label(c.strip()) for c in codes.replace(";", ",").split(",") if c.strip())


def kind_label(kind) -> str:
    return {"lead": t("kind_lead"), "support": t("kind_support")}.get(kind, "" if pd.isna(kind) else str(kind))


def clause_kind_label(kind) -> str:
    return t(f"ck_{kind}") if kind in ("title", "preamble", "item", "closing") else ("" if pd.isna(kind) else kind)


def status_label(status: str) -> str:
    return t(f"status_{status}")


def _map_distinct(values: pd.Series, fn) -> pd.Series:
    """fn once per distinct value, not once per row: Explore has 80,000 rows and a few dozen codes."""
    codes, uniques = pd.factorize(values, use_na_sentinel=False)
    labels = pd.array([fn(u) for u in uniques], dtype=object)
    return pd.Series(labels.take(codes), index=values.index, dtype=object)


def localize(df: pd.DataFrame, *, display: bool = True) -> pd.DataFrame:
    """Codes to labels (roles, themes, lead/support, status) and column names to the interface language.
    display: missing dates and numbers as empty text for the screen; a download keeps them typed."""
    out = df.copy()
    for name in out.columns if display else []:  # a missing value is an empty cell: st.dataframe prints "None"
        col = out[name]
        if pd.api.types.is_datetime64_any_dtype(col.dtype):
            out[name] = col.dt.strftime("%d/%m/%Y").fillna("")
        elif pd.api.types.is_numeric_dtype(col.dtype) and not pd.api.types.is_bool_dtype(col.dtype) and col.isna().any():
            out[name] = [("" if pd.isna(v) else (f"{v:.0f}" if float(v).is_integer() else f"{v:.2f}")) for v in col]
        elif col.dtype == object or pd.api.types.is_string_dtype(col.dtype):
            out[name] = col.fillna("")
    for name, fn in (("role", role_label), ("theme", theme_label), ("kind", kind_label), ("status", status_label),
                     ("clause_kind", clause_kind_label)):
        if name in out.columns:
            out[name] = _map_distinct(out[name], fn)
    for name in ("roles", "roles_a", "roles_b", "lead", "support"):
        if name in out.columns:
            out[name] = _map_distinct(out[name], lambda v: roles_text(v) if isinstance(v, str) and v else "")
    if "themes" in out.columns:
        out["themes"] = _map_distinct(out["themes"], lambda v: ", ".join(
            theme_label(x.strip()) for x in v.split(",")) if isinstance(v, str) and v else "")
    return out.rename(columns={c: column(c) for c in out.columns})


def downloads(df, name: str, key: str, formats=("csv", "xlsx")) -> None:
    """Download buttons for exactly the rows of df (a DataFrame, or a function returning one, so that a
    large table is converted only when a button is clicked); each file is built only when clicked."""
    rows = df if callable(df) else (lambda: df)
    row = st.container(horizontal=True, gap="small")
    for fmt in formats:
        row.download_button(
            t(f"download_{fmt}"), data=lambda fmt=fmt: exports.WRITERS[fmt](rows()), file_name=f"{name}.{fmt}",
            mime=exports.MIME[fmt], key=f"dl_{key}_{fmt}", on_click="ignore", icon=":material/download:",
        )


# Rows a long table shows before "show more": a reader reads the first screens, a download holds them all.
# At national scale Explore has 85,000 rows, and sending them all made its first render take seconds.
PAGE_ROWS = 1000


def shown_rows(key: str) -> int:
    """How many rows of the table `key` to show (grows by PAGE_ROWS with each "show more")."""
    return st.session_state.get(f"{key}_shown", PAGE_ROWS)


def _show_more(key: str, shown: int) -> None:
    st.session_state[f"{key}_shown"] = shown + PAGE_ROWS


def table(df: pd.DataFrame, name: str, key: str, *, formats=("csv", "xlsx"), height="auto",
          column_config: dict | None = None, total: int | None = None, everything=None, **kwargs):
    """A localized table with its row count and download buttons; returns st.dataframe's result.
    total, everything: when df holds only the first rows of a result, its full length and a function
    returning all of it (for the downloads); a "show more" button follows the table."""
    if df.empty:
        empty()
        return None
    if total is None and len(df) > shown_rows(key):  # a long result fetched whole: show its first rows
        everything, total, df = (lambda whole=df: whole), len(df), df.head(shown_rows(key))
    shown = localize(df)
    total = len(df) if total is None else total
    st.caption(t("rows", n=len(shown)) if total <= len(shown) else t("rows_first", n=len(shown), total=total))
    config = {column(k): v for k, v in (column_config or {}).items()}
    result = st.dataframe(shown, hide_index=True, height=height, column_config=config, key=key, **kwargs)
    if total > len(shown):
        st.button(t("show_more", n=min(PAGE_ROWS, total - len(shown))), key=f"{key}_more", icon=":material/expand_more:",
                  on_click=_show_more, args=(key, len(shown)))
    whole = everything or (lambda: df)
    downloads(lambda: localize(whole(), display=False).drop(columns=[column("link")], errors="ignore"), name, key,
              formats)
    return result


def metrics(items: list[tuple[str, object, str | None]], width: int = 160) -> None:
    """Metric cards in a row that wraps: one line on a desktop, two or three per line on a phone."""
    row = st.container(horizontal=True, gap="small")
    for label, value, help_text in items:
        row.metric(label, value, help=help_text, border=True, width=width)


def empty(message: str | None = None) -> None:
    st.info(message or t("empty"), icon=":material/info:")


def place_label(locality, year) -> str:
    """ "Cao Bằng 2025"; a document whose text and manifest name no year or no locality still has a place ("Cao Bằng",
    "2025"), never "nan"."""
    loc = locality if isinstance(locality, str) else ""
    yr = "" if year is None or pd.isna(year) else str(int(year))
    return " ".join(p for p in (loc, yr) if p)


def doc_options(docs: pd.DataFrame) -> tuple[list[str], dict[str, str]]:
    """Document ids in display order and a readable name for each: 'Lạng Sơn 2023 · Chỉ thị 17/CT-UBND'.

    A number without its digits ('/CT-UBND', the day left blank in a draft-like copy) says little: the
    subject is used then, and the file name only when two names would otherwise be the same."""
    from dashboard.summary import shorten

    names = {}
    ids, files = docs["doc_id"].tolist(), docs["source_file"].tolist()  # lists: 2,000 documents, every page
    for doc_id, source_file, loc, year, doc_type, number, title in zip(
            ids, files, docs["locality"].tolist(), docs["year"].tolist(), docs["doc_type"].tolist(),
            docs["number"].tolist(), docs["title"].tolist()):
        number = number if isinstance(number, str) and any(ch.isdigit() for ch in number) else ""
        title = shorten(title, 48) if isinstance(title, str) and title else ""
        what = " ".join(p for p in (doc_type if isinstance(doc_type, str) else "", number) if p)
        if not number and title:  # a news report has no type either: its headline alone ("… · Tiêu đề", not "· : …")
            what = f"{what}: {title}" if what else title
        names[doc_id] = f"{place_label(loc, year)} · {what or source_file}"
    seen = Counter(names.values())
    for doc_id, source_file in zip(ids, files):
        if seen[names[doc_id]] > 1:
            names[doc_id] += f" ({source_file})"
    return ids, names


_URL_SAFE = re.compile(r"[A-Za-z0-9_.~-]*")


def _quoted(value) -> str:
    """urlencode's quoting of one value, skipped for ids that need none (hex and digits: all of ours)."""
    value = str(value)
    return value if _URL_SAFE.fullmatch(value) else quote_plus(value)


def doc_urls(doc_ids, clause_ids=None) -> list[str]:
    """doc_url for whole columns (the same strings as urlencode gives), with the language looked up once;
    Explore links 85,000 rows at national scale, where urlencode per row took a second."""
    tail = f"&lang={_quoted(lang())}" if lang() != "vi" else ""
    clause_ids = [None] * len(doc_ids) if clause_ids is None else clause_ids
    return [f"van-ban?doc={_quoted(d)}" + (f"&clause={_quoted(c)}" if c else "") + tail
            for d, c in zip(doc_ids, clause_ids)]


def doc_url(doc_id: str, clause_id: str | None = None) -> str:
    """Relative link to the Document page at a clause, keeping the interface language."""
    params = {"doc": doc_id} | ({"clause": clause_id} if clause_id else {}) | (
        {"lang": lang()} if lang() != "vi" else {})
    return "van-ban?" + urlencode(params)
