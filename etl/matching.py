"""Normalised text for matching: NFC, lower case, one tone-mark convention, abbreviations and synonyms
unified, years, citations, stock phrases and generic words removed.

Two forms: `theme_text` keeps every content word (theme keywords such as "chỉ đạo" live there);
`match_text` also drops the generic administrative words of etl/stopwords.txt, so two statements compare
on what they ask for, not on how every directive phrases a request."""

from __future__ import annotations

import csv
import re
import unicodedata
from functools import lru_cache

from etl.config import PACKAGE

# Old-style tone placement -> new style, only at the end of a syllable ("hoà" -> "hòa", "hoàn" unchanged).
_TONES = {
    "oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
    "oè": "òe", "oé": "óe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
    "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy",
}
_TONES |= {k[0].upper() + k[1:]: v[0].upper() + v[1:] for k, v in _TONES.items()}  # "Uỷ ban", "Hoà" at a start
_TONE_RE = re.compile(r"(?<![qQ])(" + "|".join(_TONES) + r")(?!\w)")
# The tone of "ươ" typed on its first vowel ("tăng cừơng" for "tăng cường", an old keyboard habit seen on real pages)
_UO_TONES = {"ừơ": "ườ", "ứơ": "ướ", "ửơ": "ưở", "ữơ": "ưỡ", "ựơ": "ượ"}
_UO_RE = re.compile("|".join(_UO_TONES))
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_PUNCT = re.compile(r"[^\w\s]|_|\d")
_PUNCT_KEEP_DIGITS = re.compile(r"[^\w\s]|_")  # theme text: numbers can be part of a keyword ("lớp 10")
MAX_NAMES_KEPT = 3  # agency names (and the locality) a theme text keeps; more is a group assignment
LEAD_IN_END = "¦"  # in a theme text, where a lead-in ("Sở Y tế chỉ đạo các bệnh viện:") ends
_NAME_MARK = re.compile("\ue000(\\d+)\ue001")  # where forms() took an agency name out of the text
# "Chỉ thị số 17/CT-TTg ngày 29/5/2023 của Thủ tướng Chính phủ": a citation, not a duty.
_CITATION = re.compile(r"(?:chỉ thị|quyết định|công điện|kế hoạch|văn bản|công văn)?\s*số\s+\S*/\S+(?:\s+ngày\s+\S+)?"
                       r"(?:\s+của\s+(?:thủ tướng chính phủ|bộ [\w ]+?(?=[,;.]|$)))?")

_CITED = "số"  # the word every _CITATION match holds


def _squash(text: str) -> str:
    """Runs of whitespace as one space, none at the ends: what a regex substitution of whitespace runs and
    strip() give (str.split and re take the same Unicode whitespace), at half the cost; the build runs it four
    times a statement."""
    return " ".join(text.split())


def unify_tones(text: str) -> str:
    """One place for the tone mark ("hoá" and "hóa", "Uỷ ban" and "Ủy ban" are one word), in as many characters
    (NFC): offsets into the text stay true."""
    return _UO_RE.sub(lambda m: _UO_TONES[m.group(0)], _TONE_RE.sub(lambda m: _TONES[m.group(1)], text))


def _data_lines(name: str) -> list[str]:
    lines = (PACKAGE / name).read_text(encoding="utf-8").splitlines()
    return [ln.strip() for ln in lines if ln.strip() and not ln.startswith("#")]


def alternation(words) -> str:
    """A regex (no capturing group) for `words` that finds what their alternation longest first finds: at a
    position, the longest word that lets the rest of the pattern match. Written as a trie ("tuyển (?:sinh|
    dụng)"): Python's re tries an alternation's words one by one at every position, and a trie tries each
    shared prefix once (the theme, topic, synonym and stop-word scans of the build, ~4x faster)."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here

    def branch(node: dict) -> str:
        alts = [re.escape(ch) + branch(node[ch]) for ch in sorted(k for k in node if k)]
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")" if alts else ""
        # a word that ends here is tried after every longer one that goes on from here (greedy "?")
        return f"(?:{body})?" if "" in node and body else body

    return branch(trie)


def _word_re(words) -> re.Pattern:
    return re.compile(r"(?<!\w)(?:" + alternation(words) + r")(?!\w)")


@lru_cache(maxsize=1)
def _synonyms() -> tuple[re.Pattern, dict[str, str]]:
    """etl/synonyms.csv: variant -> canonical (abbreviations, word order, near-synonyms), reviewed data."""
    with open(PACKAGE / "synonyms.csv", encoding="utf-8") as f:
        table = {}
        for r in csv.DictReader(row for row in f if not row.startswith("#")):
            variant = unify_tones(unicodedata.normalize("NFC", r["variant"]).lower()).strip()
            table[variant] = unify_tones(unicodedata.normalize("NFC", r["canonical"]).lower()).strip()
    return _word_re(table), table


def basic(text: str) -> str:
    """NFC, lower case, tone marks unified, abbreviations and synonyms replaced, years removed."""
    text = unify_tones(unicodedata.normalize("NFC", text).lower())
    pattern, table = _synonyms()
    text = pattern.sub(lambda m: table[m.group(0)], text)
    text = _YEAR.sub(" ", text)
    return _squash(text)


@lru_cache(maxsize=1)
def stock_phrases() -> tuple[str, ...]:
    return tuple(sorted({basic(line) for line in _data_lines("stock_phrases.txt")}, key=len, reverse=True))


@lru_cache(maxsize=1)
def _stopword_re() -> re.Pattern:
    return _word_re({basic(w) for w in _data_lines("stopwords.txt")})


def without(text: str, remove: tuple[str, ...]) -> str:
    """The text with the given surfaces (agency names, the locality) blanked out, longest first."""
    for surface in sorted(remove, key=len, reverse=True):
        if surface:
            text = text.replace(surface, " ")
    return text


def _strip(text: str, remove: tuple[str, ...]) -> str:
    text = basic(without(text, remove))
    if _CITED in text:  # a citation has its number ("số …"): most statements have none, and the scan is slow
        text = _CITATION.sub(" ", text)
    for phrase in stock_phrases():
        text = text.replace(phrase, " ")
    return text


@lru_cache(maxsize=8192)
def _named(name: str) -> str:
    """An agency name or locality normalised like the text, stock phrases out too ("Trường Đại học Cần Thơ chủ trì chấm
    thi" is no admissions duty; names repeat: cached). A steering committee that acts, helps or asks is named for who it
    is, not for what the duty is about: its name says nothing of the theme ("Ban Chỉ đạo … kiểm tra công tác coi thi" is
    an inspection; "thành lập Ban Chỉ đạo", where it is only named, still steers)."""
    return _ORGANISER.sub(" ", _strip(name, ()))


_ORGANISER = re.compile(r"(?<!\w)(?:ban chỉ đạo|bcđ)(?!\w)")


def _clean(text: str, *, digits: bool = False) -> str:
    """Punctuation (and, unless `digits`, numbers) as spaces. Matching drops numbers ("bố trí 02 cán bộ" and "bố
    trí hai cán bộ" are one duty); the theme text keeps them, or a keyword such as "lớp 10" could never match.
    Years and citations are gone before either (basic, _CITATION)."""
    return _squash((_PUNCT_KEEP_DIGITS if digits else _PUNCT).sub(" ", text))


@lru_cache(maxsize=131_072)  # a national corpus repeats its clauses: many calls are repeats
def forms(text: str, remove: tuple[str, ...] = ()) -> tuple[str, str]:
    """(theme text, matching text) of a statement, from one normalisation. Both have stock phrases ("… và
    tuyển sinh đại học, giáo dục nghề nghiệp") and citations removed and punctuation as spaces; the matching
    text also drops `remove` (agency names, the locality) and generic words.

    The theme text keeps agency names ("Báo …, Đài Phát thanh …: mở chuyên mục" is about the media), unless
    there are more than MAX_NAMES_KEPT (a group assignment, "Các sở: Tài chính, Giao thông vận tải, …",
    whose names say nothing of its theme), and marks where a lead-in ends ("… chỉ đạo các bệnh viện: bố trí
    …"): the words before the mark frame the duty, the words after it are the duty (etl/themes.py)."""
    # One normalisation: each name (as written, case and all) becomes a mark, dropped for matching and, for
    # the theme text, put back normalised.
    names = sorted({s for s in remove if s and s in text}, key=len, reverse=True)  # (a clause's names: this one's)
    for k, name in enumerate(names):
        text = text.replace(name, f" \ue000{k}\ue001 ")
    norm = _strip(text, ())
    bare = _NAME_MARK.sub(" ", norm) if names else norm
    matched = _squash(_stopword_re().sub(" ", _clean(bare)))
    named = _NAME_MARK.sub(lambda m: _named(names[int(m.group(1))]), norm) if len(names) <= MAX_NAMES_KEPT else bare
    head, sep, rest = named.partition(": ")
    themed = f" {LEAD_IN_END} ".join(_clean(p, digits=True) for p in ((head, rest) if sep and _clean(rest) else (head,)))
    return themed, matched


def theme_text(text: str) -> str:
    return forms(text)[0]


def match_text(text: str, remove: tuple[str, ...] = ()) -> str:
    """Normalised text for comparison. `remove`: surfaces to drop first (agency names, locality)."""
    return forms(text, remove)[1]
