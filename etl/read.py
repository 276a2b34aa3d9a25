"""Bytes -> decoded NFC text, or a rejection reason a person understands.

Vietnamese offices export UTF-8 (with or without BOM), UTF-16 with BOM and Windows-1258; Word (.docx)
and PDF files with a text layer are read too. Anything that cannot be decoded with confidence is refused:
binary files, legacy font encodings (TCVN3/VNI, which decode to plausible-looking garbage), damaged text
containing U+FFFD, and mojibake that cannot be repaired.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from etl import office
from etl.config import Settings
from etl.html_text import html_to_text

TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
HTML_SUFFIXES = {".html", ".htm"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | {".docx", ".pdf"}

# Letters of the Vietnamese alphabet (precomposed, NFC) plus plain ASCII letters.
_VI_LOWER = "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệfghiìíỉĩịjklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvwxyỳýỷỹỵz"
_VI_LETTERS = set(_VI_LOWER + _VI_LOWER.upper())
_VI_DIACRITIC = _VI_LETTERS - set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
_WORD = re.compile(r"[^\W\d_]+")
# Byte sequences that UTF-8 Vietnamese turns into when decoded as Windows-1252/Latin-1 (double encoding).
# Only sequences real Vietnamese never has: "á»", "áº", "Ã" or "Æ" before a symbol of the 0x80-0xBF range, "â€".
_MOJIBAKE = re.compile(
    "á[º»]|â€|Ã[\u00a1-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u2022\u2030\u2039\u203a\u20ac\u2122]"
    "|Ä[\u2018\u2019\u0090-\u00bf]|Æ[°¡¯]"
)
# Invisible characters that only get in the way: zero-width, BOMs inside text, bidirectional controls.
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u202a-\u202e\u2066-\u2069\u200e\u200f\u00ad]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


# Old binary office formats many portals still attach: say how to make them readable.
_RESAVE = {".doc": ".docx", ".rtf": ".docx", ".odt": ".docx"}


def unsupported_reason(suffix: str) -> str:
    if suffix.lower() in _RESAVE:
        return (f"files of type '{suffix}' are not read; open it in Word or LibreOffice and save it as "
                f"{_RESAVE[suffix.lower()]}")
    return f"files of type '{suffix}' are not read; use .txt, .docx, .pdf or a saved web page (.html)"


class RejectedFile(Exception):
    """A file that cannot be loaded; the message is one sentence for a person."""


@dataclass(frozen=True)
class Decoded:
    text: str  # NFC, LF line ends, invisible characters removed
    encoding: str
    sha256: str  # of the decoded text, so the same document in two encodings is one document
    notes: tuple[str, ...] = ()


def plausible_share(text: str) -> float:
    """Share of alphabetic words written only with letters of the Vietnamese (or English) alphabet."""
    return _plausible(Counter(_WORD.findall(text)))


def _plausible(words: Counter) -> float:
    """plausible_share over words counted once per distinct word (a document repeats most of its words)."""
    total = sum(words.values())
    if not total:
        return 0.0
    return sum(n for w, n in words.items() if _VI_LETTERS.issuperset(w)) / total


# Look-alikes some offices type for Vietnamese letters: the Icelandic eth (U+00D0 "Ð", U+00F0 "ð") for "Đ"/"đ"
# ("Sở GD&ÐT"). No Vietnamese word holds an eth, and a name spelt with one matches no agency.
_LOOKALIKES = str.maketrans({"\u00d0": "\u0110", "\u00f0": "\u0111"})


def _normalise(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _INVISIBLE.sub("", text)
    text = _CONTROL.sub(" ", text)
    return unicodedata.normalize("NFC", text).translate(_LOOKALIKES)


def _repair_mojibake(text: str) -> str | None:
    """Undo UTF-8 read as Windows-1252 once; None when that does not give clean text."""
    for codec in ("cp1252", "latin-1"):
        try:
            fixed = text.encode(codec).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
        if not _MOJIBAKE.search(fixed):
            return fixed
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' when zero bytes sit at every other position, as they do in UTF-16 text of
    Latin letters (Vietnamese: most letters, digits and spaces are below U+0100); None otherwise. The other
    position holds a zero only for U+0000, U+0100, U+0200, U+0300 …: in decomposed (NFD) text every grave
    accent (U+0300), a few in a hundred characters, so it need only be far rarer, not absent."""
    pairs = len(data) // 2
    if pairs < 8 or len(data) % 2:
        return None
    zero_even, zero_odd = data[0::2].count(0), data[1::2].count(0)
    if zero_odd > 0.3 * pairs and zero_even < 0.1 * zero_odd:
        return "utf-16-le"
    if zero_even > 0.3 * pairs and zero_odd < 0.1 * zero_even:
        return "utf-16-be"
    return None


_BINARY_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x1B), *range(0x1C, 0x20)])


def _decode_bytes(data: bytes) -> tuple[str, str]:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    if codec := _utf16_without_bom(data):
        return data.decode(codec), codec
    # One rule wherever a NUL or other control byte stands: a few (a padded or damaged save) are dropped;
    # more than 1 % of the file means it is not text.
    controls = len(data) - len(data.translate(None, _BINARY_BYTES))
    if controls > 0.01 * len(data):
        raise RejectedFile("it is a binary file, not text (it is full of control bytes such as NUL)")
    data = data.replace(b"\x00", b"")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    text = data.decode("cp1258", errors="replace")
    return text, "cp1258"


def decode_text(data: bytes) -> Decoded:
    """Decode the bytes of a plain-text document; raise RejectedFile with the reason."""
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise RejectedFile("the file is empty")
    try:
        text, encoding = _decode_bytes(data)
    except UnicodeDecodeError:
        raise RejectedFile("the text is damaged: it looks like UTF-16 but does not decode") from None
    notes: list[str] = []
    if _MOJIBAKE.search(text):
        fixed = _repair_mojibake(text)
        if fixed is None:
            raise RejectedFile("the text is garbled (mojibake: UTF-8 read as another encoding) and cannot be repaired")
        text, encoding = fixed, encoding + "+mojibake-repaired"
        notes.append("repaired mojibake (UTF-8 that had been read as Windows-1252)")
    if "\ufffd" in text:
        raise RejectedFile(
            "the text contains replacement characters (U+FFFD): it was damaged by an earlier conversion "
            "or is not in a Vietnamese encoding this tool reads"
        )
    text = _normalise(text)
    if not text.strip():
        raise RejectedFile("the file is empty")
    # Characters and words counted once each (Counter runs in C), then judged per distinct one.
    chars = Counter(text)
    letters = sum(n for c, n in chars.items() if c.isalpha())
    foreign = [c for c in set(chars) - _VI_LETTERS if c.isalpha() and "LATIN" not in unicodedata.name(c, "")]
    n_foreign = sum(chars[c] for c in foreign)
    if letters and n_foreign / letters > 0.5:
        script = unicodedata.name(max(foreign, key=text.count), "other").split()[0].title()
        raise RejectedFile(f"the text is not Vietnamese: most of its letters are {script}, not Latin")
    words = Counter(_WORD.findall(text))
    share = _plausible(words)
    if share < 0.85:
        raise RejectedFile(
            f"the text does not read as Vietnamese in Unicode (only {share:.0%} of words are well formed): "
            "it is probably in a legacy font encoding such as TCVN3 or VNI; convert it to Unicode first"
        )
    n_words = sum(words.values())
    if n_words >= 30 and sum(n for w, n in words.items() if not _VI_DIACRITIC.isdisjoint(w)) < 0.05 * n_words:
        notes.append("almost no Vietnamese diacritics: is this a Vietnamese directive?")
    return Decoded(text, encoding, hashlib.sha256(text.encode("utf-8")).hexdigest(), tuple(notes))


def decode(data: bytes, name: str, *, max_bytes: int | None = None, settings: Settings | None = None) -> Decoded:
    """Decode a document file of any supported type (.docx and .pdf are read in a bounded child process)."""
    settings = settings or Settings.from_env()
    max_bytes = settings.max_file_bytes if max_bytes is None else max_bytes
    suffix = Path(name).suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise RejectedFile(unsupported_reason(suffix))
    if len(data) > max_bytes:
        raise RejectedFile(f"the file is too large ({len(data):,} bytes; the limit is {max_bytes:,})")
    if suffix in (".docx", ".pdf"):
        if not data:
            raise RejectedFile("the file is empty")
        try:
            text = office.extract(data, suffix, settings)
        except office.ExtractError as exc:
            raise RejectedFile(str(exc)) from None
        return decode_text(text.encode("utf-8"))
    page = decode_text(data)  # a page's own encoding is checked like any text file's
    if suffix in HTML_SUFFIXES or is_markup(page.text):
        return decode_text(html_to_text(page.text).encode("utf-8"))
    return page


# Paragraph markup: a text file copied from a page's source ("<div> <p>Theo ông A, …</p> <p>…") is read as the page.
_MARKUP = re.compile(r"</?(?:p|div|br|li|td|h[1-6])(?:\s[^<>]{0,200})?/?>", re.IGNORECASE)


def is_markup(text: str) -> bool:
    """Three or more paragraph tags: the text is a web page's markup, not prose that mentions a tag."""
    return len(_MARKUP.findall(text, 0, 20_000)) >= 3


def read_file(path: Path, *, max_bytes: int | None = None, settings: Settings | None = None) -> Decoded:
    settings = settings or Settings.from_env()
    max_bytes = settings.max_file_bytes if max_bytes is None else max_bytes
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise RejectedFile(f"the file is too large ({size:,} bytes; the limit is {max_bytes:,})")
        data = path.read_bytes()
    except OSError as exc:
        raise RejectedFile(f"the file cannot be read ({exc.strerror})") from None
    return decode(data, path.name, max_bytes=max_bytes, settings=settings)
