"""manifest.csv: one row per file name, filling in or overriding what a document's text does not say.

People type manifests by hand (or in Excel), so every cell is checked here before extraction sees it: a
bad cell becomes a warning on its row and is left out; a manifest that cannot be read at all becomes one
warning on the Data page. Nothing in a manifest can abort a build.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from etl.read import RejectedFile, decode_text

NAME = "manifest.csv"
MANIFEST_FIELDS = ("locality", "year", "doc_type", "issuer", "number", "issued_date", "signer", "title",
                   "signer_title", "implements")
# The national exam in its present form dates from 2015; older directives are still plausible. A year
# outside this range is a typing error (99999, 2^40) and would not fit the INTEGER column anyway.
YEARS = (1945, 2100)
MAX_CELL = 500  # characters; a longer cell is a pasted paragraph, not a title or an issuer
_DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y")
EXTRA = "\x00extra"  # csv.DictReader key for cells beyond the header
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


@dataclass
class Manifest:
    rows: dict[str, dict[str, str]] = field(default_factory=dict)  # file name -> checked, normalised cells
    warnings: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # file name -> (field, message)
    notes: list[str] = field(default_factory=list)  # problems of the manifest as a whole

    def warn(self, name: str, column: str, message: str) -> None:
        self.warnings.setdefault(name, []).append((column, message))


def _year(value: str) -> str:
    if not re.fullmatch(r"\d{1,30}(?:\.0+)?", value):  # "2024.0" is how a spreadsheet saves 2024
        raise ValueError(f"the year '{value[:20]}' is not a number")
    year = int(value.split(".")[0])
    if not YEARS[0] <= year <= YEARS[1]:
        raise ValueError(f"the year {year} is outside {YEARS[0]}–{YEARS[1]}")
    return str(year)


def _date(value: str) -> str:
    for fmt in _DATE_FORMATS:
        try:
            day = dt.datetime.strptime(value, fmt).date()
        except ValueError:
            continue
        if not YEARS[0] <= day.year <= YEARS[1]:
            break
        return day.isoformat()
    raise ValueError(f"the date '{value[:20]}' is not a real date (write 2024-06-05 or 05/06/2024)")


def check_text(value: str) -> str:
    if len(value) > MAX_CELL:
        raise ValueError(f"a value of {len(value)} characters is too long (the limit is {MAX_CELL})")
    return value


_KIND_WORD = re.compile(r"^(?:tỉnh|thành\s+phố|tp\.?)\s*", re.IGNORECASE)


def _locality(value: str) -> str:
    from etl.metadata import NATIONAL, localities  # metadata imports this module: import at call time

    # A known name or alias is the locality's proper name ("TP.HCM", "TP Hồ Chí Minh" and "Hồ Chí Minh" are one city on
    # every page), also after the word for its kind ("Tỉnh Lạng Sơn", "thành phố Hải Phòng"); a former province keeps
    # its own name ("Thừa Thiên Huế" is a row of its own). A national body's document is of the whole country.
    known = {k.casefold(): v for k, v in localities().items()} | {NATIONAL.casefold(): NATIONAL}
    written = " ".join(value.split()).casefold()
    for key in (written, _KIND_WORD.sub("", written)):
        if key in known:
            return known[key]
    raise ValueError(f"the locality '{value[:40]}' is not a province or city this tool knows (etl/localities.csv): "
                     "check its spelling and accents")


CHECKS = {"year": _year, "issued_date": _date, "locality": _locality}


def _decode(data: bytes) -> tuple[str, str | None]:
    """The manifest's text and a note when it was not UTF-8 (read anyway, the way documents are)."""
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        pass
    decoded = decode_text(data)  # raises RejectedFile with the reason
    return decoded.text, (f"manifest.csv is not saved as UTF-8; it was read as {decoded.encoding}: check its "
                          "accented letters and save it as UTF-8")


def table(folder: Path) -> tuple[list[str], list[list[str]]]:
    """The manifest as written (header, rows of cells), for rewriting one row and keeping every other cell
    exactly, bad ones included: they are the user's to fix. Raises RejectedFile when it cannot be read."""
    try:
        data = (Path(folder) / NAME).read_bytes()
    except FileNotFoundError:
        return [], []
    except OSError as exc:
        raise RejectedFile(f"manifest.csv cannot be read ({exc.strerror})") from None
    text = unicodedata.normalize("NFC", _decode(data)[0].replace("\x00", ""))
    try:
        rows = list(csv.reader(io.StringIO(text, newline="")))
    except csv.Error as exc:
        raise RejectedFile(f"manifest.csv is not a valid CSV file ({exc})") from None
    return (rows[0], rows[1:]) if rows else ([], [])


def load(folder: Path) -> Manifest:
    """Every usable cell of `folder/manifest.csv`, with a warning for every cell or row left out."""
    out = Manifest()
    path = Path(folder) / NAME
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return out
    except OSError as exc:
        out.notes.append(f"manifest.csv cannot be read ({exc.strerror}); it was ignored")
        return out
    try:
        text, note = _decode(data)
    except RejectedFile as exc:
        out.notes.append(f"manifest.csv was ignored: {exc}")
        return out
    if note:
        out.notes.append(note)
    text = unicodedata.normalize("NFC", text.replace("\x00", ""))
    try:
        reader = csv.DictReader(io.StringIO(text, newline=""), restkey=EXTRA)
        header = reader.fieldnames or []
        rows = list(reader)
    except csv.Error as exc:
        out.notes.append(f"manifest.csv is not a valid CSV file ({exc}); it was ignored")
        return out
    if "source_file" not in header:
        out.notes.append("manifest.csv has no 'source_file' column naming the files; it was ignored")
        return out
    unknown = [c for c in header if c and c != "source_file" and c.strip() not in MANIFEST_FIELDS]
    if unknown:
        out.notes.append(f"manifest.csv has unknown columns ({', '.join(unknown[:5])}); they were ignored")
    for n, row in enumerate(rows, 2):
        name = (row.get("source_file") or "").strip()
        if not name:
            continue
        if name in out.rows:
            out.warn(name, "manifest", f"manifest.csv names this file twice; line {n} replaces the earlier one")
        if row.get(EXTRA):
            out.warn(name, "manifest", f"line {n} of manifest.csv has {len(row[EXTRA])} cells more than "
                     "the header; they were ignored (put a value that contains a comma in quotes)")
        cells = {}
        for column, value in row.items():
            column = (column or "").strip()
            if column not in MANIFEST_FIELDS or not isinstance(value, str):
                continue
            value = _CONTROL.sub(" ", value).strip()
            if not value:
                continue
            try:
                cells[column] = CHECKS.get(column, check_text)(value)
            except ValueError as exc:
                out.warn(name, column, f"manifest.csv: {exc}; the cell was ignored")
        out.rows[name] = cells
    return out


def read_manifest(folder: Path) -> dict[str, dict[str, str]]:
    """manifest.csv rows by file name: checked cells only, empty values dropped."""
    return load(folder).rows
