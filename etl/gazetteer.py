"""The agency gazetteer (etl/gazetteer.csv) as a matcher: every name, alias and locality-specific form
of an agency, valid in a given year, found in a text with its role and its canonical name."""

from __future__ import annotations

import csv
import hashlib
import re
import tomllib
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rapidfuzz import fuzz, process

from etl.config import PACKAGE
from etl.metadata import NATIONAL, cities_in_cities, localities, locality_kinds

DIST = {
    "tỉnh": "các huyện, thành phố",
    "thành phố": "các quận, huyện",
}
_DIST_RE = (  # ("huyện, thành, thị": the districts, cities and towns, written short)
    r"(?:các\s+)?(?:huyện,\s*thành(?:\s+phố)?,\s*thị(?:\s+xã)?(?!\w)"
    r"|huyện,\s*thị\s+xã,\s*thành\s+phố|huyện,\s*thị\s+xã|huyện,\s*thành\s+phố|quận,\s*huyện,\s*thị\s+xã"
    # (Hồ Chí Minh 2021-2025: "các quận, huyện và TP Thủ Đức", its city of district level named with them)
    r"|quận,\s*huyện(?:\s*(?:,|và)\s*(?:thành\s+phố|TP\.?)\s*Thủ\s+Đức)?"
    r"|huyện,\s*quận|cấp\s+huyện|huyện|quận|thị\s+xã|địa\s+phương)"  # "Trung tâm Y tế các địa phương"
)
_CAP_RE = r"(?:tỉnh|thành\s+phố|TP\.?)"
# In a province, "thành phố X" is a city under it (district level: "UBND thành phố Lạng Sơn"), not the province;
# in a centrally-run city, "thành phố" is the city itself. So {cap} and {dist} follow the locality's kind.
# A city under a centrally-run city ("UBND thành phố Thủ Đức" in Hồ Chí Minh) is district level: the city's "thành
# phố" never stands before its name, and its own "thành phố X" is a district.
_CITY_IN_CITY = (r"(?:thành\s+phố|TP\.?)\s*(?:" + "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in cities_in_cities())
                 + r")(?!\w)") if cities_in_cities() else r"(?!)"  # (none listed: nothing is one)
_CAP_BY_KIND = {"tỉnh": r"tỉnh", "thành phố": r"(?!" + _CITY_IN_CITY + r")(?:thành\s+phố|TP\.?)"}
_DIST_BY_KIND = {"tỉnh": r"(?:" + _DIST_RE + r"|thành\s+phố|TP\.?)", "thành phố": r"(?:" + _DIST_RE + "|" + _CITY_IN_CITY + ")"}
_PARTY_RE = r"(?:Tỉnh|Thành)\s+ủy"

# A word typed twice ("Sở Sở GD-ĐT"): read_over blanks the first when it is capitalised (a name's word, not "người
# người").
_TYPED_TWICE = re.compile(r"(?<!\w)(\w+)\s+(?=\1(?!\w))")

# An abbreviation in brackets between a name and its place ("Ủy ban nhân dân (UBND) tỉnh …", "Sở Giáo dục và Đào tạo
# (GD&ĐT) thành phố …"): Matcher._scan reads the name without it, and names._proper_tail gives the place to the name.
BRACKETED_ABBREVIATION = r"\s*\((?-i:[A-ZĐ][A-ZĐ&\-]{1,9})\)"
_ABBREVIATION_IN_NAME = re.compile(r"(?<=\w)" + BRACKETED_ABBREVIATION + r"(?=\s+(?:tỉnh|thành\s+phố|TP|huyện|quận|thị\s+xã)(?!\w))")


# … and one that abbreviates the very words before it, wherever the name goes on: "ủy ban nhân dân (UBND) các xã",
# "Ban Chỉ đạo (BCĐ) thi tốt nghiệp THPT tỉnh", "Sở Giáo dục và Đào tạo (GD&ĐT) Quảng Ngãi"
_ABBREVIATION_AFTER = re.compile(r"(?<=\w)\s*\((?-i:([A-ZĐ][A-ZĐ&\-]{1,9}))\)(?=\s+\w)")


def _abbreviates(before: str, abbreviation: str) -> bool:
    """The capitals of `abbreviation` are the initials of the last words of `before` ("và" written "&" or left out)."""
    letters = [_base(c) for c in abbreviation if c.isalpha()]
    words = [w for w in before.split()[-len(letters) - 1 :] if w[0].isalpha()]
    return ([_base(w[0]) for w in words][-len(letters) :] == letters
            or [_base(w[0]) for w in words if w.lower() != "và"][-len(letters) :] == letters)


def _base(letter: str) -> str:
    """A letter in capitals without its marks ("ủ" -> "U", "Đ" -> "D")."""
    return unicodedata.normalize("NFD", letter.upper().replace("Đ", "D"))[0]


@lru_cache(maxsize=8192)  # the name matcher, the unknown-name pass and the rules read each statement
def read_over(text: str) -> str:
    """The text a name is matched in: what sits inside a name by mistake or by habit is blanked (to the same length, so
    a name's characters stay where the text has them): an abbreviation in brackets before the name's place ("Ủy ban
    nhân dân (UBND) tỉnh An Giang") or right after the words it abbreviates ("ủy ban nhân dân (UBND) các xã"), and a
    capitalised word typed twice ("Sở Sở GD-ĐT", "Sở Giáo Giáo dục …")."""
    if "(" in text:
        text = _ABBREVIATION_IN_NAME.sub(lambda a: " " * len(a.group()), text)
        text = _ABBREVIATION_AFTER.sub(lambda a: " " * len(a.group()) if _abbreviates(text[: a.start()], a[1]) else a.group(),
                                       text)
    return _TYPED_TWICE.sub(lambda a: " " * len(a.group()) if a.group(1)[0].isupper() else a.group(), text)


@dataclass(frozen=True)
class Entry:
    role: str
    name: str
    aliases: tuple[str, ...]
    from_year: int | None
    until_year: int | None
    successor: str
    note: str

    def valid(self, year: int | None) -> bool:
        """The name is in use in `year`. A name a merger retired ("Sở Giao thông vận tải", whose duties went to Sở
        Xây dựng in 2025) still names its sector in a later text (a plan written before the merger took effect, a
        report looking back): it keeps its role, so the duty is compared with its successor's, never lost."""
        if year is None:
            return self.from_year is None
        retired = bool(self.successor) and self.successor != self.name
        return (self.from_year or 0) <= year and (retired or year <= (self.until_year or 9999))


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    role: str
    name: str  # canonical for the locality
    surface: str


@lru_cache(maxsize=1)
def short_forms() -> dict[str, str]:
    """The words of a name real texts write short, and how (etl/words.toml [short_forms]: "Công an" -> "CA")."""
    with open(PACKAGE / "words.toml", "rb") as f:
        return tomllib.load(f)["short_forms"]


@lru_cache(maxsize=1)
def _short_form_words() -> tuple[tuple[re.Pattern, str], ...]:
    return tuple((re.compile(r"(?<!\w)" + re.escape(long) + r"(?!\w)", re.IGNORECASE), short)
                 for long, short in short_forms().items())


def with_short_forms(aliases) -> tuple[str, ...]:
    """The aliases, then each written with short forms in place of the words they stand for ("Công an các xã,
    phường" is also "CA các xã, phường"), once each: a newcomer lists a name once and its short forms follow."""
    out = list(dict.fromkeys(aliases))
    for word, short in _short_form_words():
        out += [v for v in dict.fromkeys(word.sub(short, a) for a in out if word.search(a)) if v not in out]
    return tuple(out)


@lru_cache(maxsize=1)
def _concerned() -> tuple[str, tuple[str, ...]]:
    """The role and the names of the collectives that mean "whoever is concerned" (etl/words.toml concerned)."""
    with open(PACKAGE / "words.toml", "rb") as f:
        w = tomllib.load(f)
    return w["concerned_role"], tuple(w["concerned"])


@lru_cache(maxsize=1)
def entries(path: Path = PACKAGE / "gazetteer.csv") -> tuple[Entry, ...]:
    # "the bodies concerned" are aliases of the first entry of their role (etl.attribution keeps none of them)
    role, concerned = _concerned()
    with open(path, encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    first = next(k for k, r in enumerate(rows) if r["role"] == role)
    return tuple(
        Entry(
            r["role"], r["name"],
            with_short_forms([a for a in r["aliases"].split("|") if a] + (list(concerned) if k == first else [])),
            int(r["from_year"]) if r["from_year"] else None,
            int(r["until_year"]) if r["until_year"] else None,
            r["successor"], r["note"],
        )
        for k, r in enumerate(rows)
    )


# Heads that name an agency only when written with a capital: in lower case they are words of their own ("cán bộ y tế"
# is health staff, not Bộ Y tế; "toàn bộ" is "all of"). The rest of an alias matches in any case.
_CAPITAL_ONLY = ("Bộ",)
# The words of the short forms (etl/words.toml [short_forms]) that the regexes match only in capitals.
_SHORT_WORDS = frozenset(w for s in short_forms().values() for w in re.split(r"[\s&\-–]+", s) if len(w) <= 2)


def _alias_regex(alias: str, loc_re: str, kind: str | None = None) -> str:
    """`kind`: the document's locality kind (tỉnh / thành phố), None when the locality is unknown."""
    out = []
    if alias.split(" ", 1)[0] in _CAPITAL_ONLY:
        out.append(f"(?-i:{alias[0]})")
        alias = alias[1:]
    for part in re.split(r"(\{cap\}|\{loc\}|\{dist\}|\{party\}| - |&|\s+)", alias):
        if part == "{cap}":
            cap = _CAP_BY_KIND.get(kind or "", _CAP_RE)
            out.append(cap + r"(?:(?:\s+|(?<=\.))" + loc_re + ")?")  # "TP.HCM" has no space
        elif part == "{loc}":
            out.append(loc_re)
        elif part == "{dist}":
            out.append(_DIST_BY_KIND.get(kind or "", _DIST_RE))
        elif part == "{party}":
            out.append(_PARTY_RE)
        elif part == " - ":
            out.append(r"\s*[-–]?\s*")
        elif part == "&":  # "TT&TT" is also written "TT-TT" and "TTTT"
            out.append(r"\s*[&\-–]?\s*")
        elif part and part.isspace():
            out.append(r"\s+")
        elif part.endswith(",") and len(part) > 1:
            out.append(re.escape(part[:-1]) + ",?")  # real lists drop commas: "các Sở ban ngành" is "các sở, ban, ngành"
        elif part in _SHORT_WORDS:
            out.append(f"(?-i:{re.escape(part)})")  # an abbreviation as written: "ca trực" is a shift, not "CA"
        elif part:
            out.append(re.escape(part))
    return "".join(out)


def canonical(template: str, locality: str | None) -> str:
    kind = locality_kinds().get(locality or "", "tỉnh")
    name = (
        template.replace("{cap}", kind)
        .replace("{dist}", DIST[kind])
        .replace("{party}", "Tỉnh ủy" if kind == "tỉnh" else "Thành ủy")
        .replace("{loc}", locality or "")
    )
    return re.sub(r"\s+", " ", name).strip()


def agency_id(role: str, name: str, locality: str | None) -> str:
    key = f"{role}|{name}|{locality or ''}".encode()
    return "a" + hashlib.sha1(key).hexdigest()[:10]


_LOCAL = ("{loc}", "{cap}")  # alias parts that name the document's own locality


def _alternation(alts: list[tuple[int, str]]) -> re.Pattern:
    """One regex of the aliases `alts` (global index, regex): the group name keeps each alias's place in the
    matcher's order, so the first alternative that matches is known across several such regexes."""
    pattern = "|".join(f"(?P<g{i}>{rx})" for i, rx in alts) or "(?!)"
    return re.compile(r"(?<!\w)(?:" + pattern + r")(?!\w)", re.IGNORECASE)


def _head(alias: str) -> str:
    """The literal text an alias's regex starts with (_alias_regex), lower case; "" if none."""
    part = re.split(r"(\{cap\}|\{loc\}|\{dist\}|\{party\}| - |&|\s+)", alias, maxsplit=1)[0]
    return (part[:-1] if part.endswith(",") and len(part) > 1 else part).lower()


def _by_head(alts: list[tuple[int, str, str]]) -> dict[str, re.Pattern]:
    """Regexes of aliases (global index, alias, regex) grouped by the literal text they start with: at a
    position only the group whose start is there is tried, not all ~270 aliases one after another."""
    groups: dict[str, list[tuple[int, str]]] = {}
    for i, alias, rx in alts:
        groups.setdefault(_head(alias), []).append((i, rx))
    return {head: _alternation(group) for head, group in groups.items()}


@lru_cache(maxsize=16)
def _shared(era: int | None, kind: str | None) -> tuple[tuple[Entry, ...], tuple[str, ...], dict, re.Pattern]:
    """What every locality of one kind shares in a gazetteer era: the aliases in matching order (longest
    first), the regexes of those that do not name the locality (by their first word), and the words names
    start with. Compiling the whole alternation once per locality cost a national build 126 compiles (10-14 %
    of its parse CPU); the aliases that name the locality ({loc}, {cap}: about a sixth) are compiled per
    locality."""
    alts: list[tuple[int, str, Entry]] = []
    for entry in entries():
        if entry.valid(era):
            for alias in entry.aliases:
                alts.append((len(alias), alias, entry))
    alts.sort(key=lambda a: -a[0])
    shared = _by_head([(i, alias, _alias_regex(alias, "", kind)) for i, (_, alias, _) in enumerate(alts)
                       if not any(p in alias for p in _LOCAL)])
    # Trying ~200 alternatives at every character is slow; names start with few words ("Sở", "Công",
    # "UBND" …), so only positions where one of those starts are tried.
    firsts = {re.split(r"[\s{]", a, maxsplit=1)[0] for _, _, e in alts for a in e.aliases}
    starts = re.compile(
        r"(?<!\w)(?:" + "|".join(re.escape(w) for w in sorted(firsts, key=len, reverse=True)) + r")(?!\w)",
        re.IGNORECASE,
    )
    return tuple(a[2] for a in alts), tuple(a[1] for a in alts), shared, starts


class Matcher:
    """All gazetteer aliases valid for one locality and year, longest alias first: the first alias that
    matches at a position wins, as in one regex of them all."""

    def __init__(self, locality: str | None, year: int | None, *, fuzzy_cutoff: float = 88.0, national: bool = False):
        self.locality, self.year, self.fuzzy_cutoff = locality, year, fuzzy_cutoff
        self.national = national  # a national body's text: "các địa phương" are the provinces (an unknown locality is not)
        self._memo: dict[str, tuple[Mention, ...]] = {}
        self._names: dict[str, str] = {}
        # "{loc}" is the document's own locality (any spelling of it); every locality when it is unknown.
        loc_names = sorted((n for n, proper in localities().items() if locality in (None, proper)), key=len, reverse=True)
        loc_re = "(?:" + "|".join(re.escape(n) for n in loc_names) + ")"
        own_kind = locality_kinds().get(locality) if locality else None
        self._entries, aliases, shared, self._starts = _shared(year, own_kind)
        local = _by_head([(i, a, _alias_regex(a, loc_re, own_kind)) for i, a in enumerate(aliases)
                          if any(p in a for p in _LOCAL)])
        # start text -> its regexes (shared, then local), grouped by the length of the start text
        heads: dict[int, dict[str, tuple[re.Pattern, ...]]] = {}
        for head in shared.keys() | local.keys():
            heads.setdefault(len(head), {})[head] = tuple(g[head] for g in (shared, local) if head in g)
        self._heads = sorted(heads.items())
        kind = locality_kinds().get(locality or "", "tỉnh")
        self._choices: dict[int, list[tuple[str, Entry]]] = {}
        concretes: dict[str, str] = {}
        # _entries holds an entry once per alias of it (matching order): each entry's names are listed once, in the
        # order of its first alias (553 entries, 57 distinct: repeating them made the fuzzy look-up 25 times longer)
        for entry in dict.fromkeys(self._entries):
            for alias in entry.aliases:
                concrete = concretes.get(alias)
                if concrete is None:
                    concrete = concretes[alias] = (canonical(alias, locality) if locality
                                                   else alias.replace("{cap}", kind))
                if "{" not in concrete:
                    self._choices.setdefault(len(concrete.split()), []).append((concrete, entry))
        # The names alone, built once: the fuzzy look-up runs for every unknown name of every statement.
        self._choice_names = {n: [c for c, _ in ch] for n, ch in self._choices.items()}

    def mentions(self, text: str) -> list[Mention]:
        # Each clause is asked about twice (subjects, then supports) and a locality-year's documents repeat
        # clauses, so a scan is remembered (a few thousand short texts per matcher).
        hit = self._memo.get(text)
        if hit is None:
            if len(self._memo) >= 20_000:
                self._memo.clear()
            hit = self._memo[text] = tuple(self._scan(text))
        return list(hit)

    def _scan(self, text: str) -> list[Mention]:
        found: list[Mention] = []
        pos = 0
        seen = read_over(text)
        for start in self._starts.finditer(seen):
            if start.start() < pos:
                continue
            m = self._match(seen, start.start())
            if m:
                entry = self._entries[int(m.lastgroup[1:])]
                surface = text[m.start() : m.end()]
                found.append(Mention(m.start(), m.end(), entry.role, self.name_of(entry, surface), surface))
                pos = m.end()
        return found

    def _match(self, text: str, at: int) -> re.Match | None:
        """The match of the first alias (in matching order) that matches at `at`: what one regex of all the
        aliases would find, trying only those whose first word starts there."""
        best, rank = None, len(self._entries)
        for n, regexes in self._heads:
            for rx in regexes.get(text[at : at + n].lower(), ()):
                m = rx.match(text, at)
                if m is not None and int(m.lastgroup[1:]) < rank:
                    best, rank = m, int(m.lastgroup[1:])
        return best

    def name_of(self, entry: Entry, surface: str) -> str:
        if self.locality or "{" not in entry.name:
            # one canonical name per entry and matcher (names are asked for every mention)
            name = self._names.get(entry.name)
            if name is None:
                name = self._names[entry.name] = canonical(entry.name, self.locality)
            return name
        return surface

    def fuzzy(self, phrase: str) -> tuple[Entry, str, int] | None:
        """A misspelt agency name at the start of `phrase`: (entry, surface, length) or None. A name of n words is
        compared with the phrase's first n words, and with its first n + 1 for a word written twice or put in ("Sở
        Giáo Giáo dục và Đào tạo"); the best score wins, the longer name on a tie."""
        words = phrase.split()
        best = None
        for n, choices in self._choices.items():
            for k in (n, n + 1):
                if k > len(words):
                    continue
                head = " ".join(words[:k])
                hit = process.extractOne(
                    head, self._choice_names[n], scorer=fuzz.ratio, processor=str.casefold,
                    score_cutoff=self.fuzzy_cutoff,
                )
                if hit and (best is None or (hit[1], n, -k) > best[:3]):
                    best = (hit[1], n, -k, choices[hit[2]][1], head)
        if best is None:
            return None
        *_, entry, head = best
        return entry, head, len(head)


def matcher(locality: str | None, year: int | None, fuzzy_cutoff: float = 88.0) -> Matcher:
    """The matcher of a locality in a year; years in which the gazetteer is the same share one. A national document
    (locality "Toàn quốc", etl/metadata.NATIONAL, in any letter case) is matched as one of no province."""
    national = (locality or "").casefold() == NATIONAL.casefold()
    return _matcher(None if national else locality, _era(year), fuzzy_cutoff, national)


def _era(year: int | None) -> int | None:
    if year is None:
        return None
    bounds = {e.from_year for e in entries() if e.from_year} | {e.until_year + 1 for e in entries() if e.until_year}
    return max((b for b in bounds if b <= year), default=0)


@lru_cache(maxsize=512)
def _matcher(locality: str | None, era: int | None, fuzzy_cutoff: float, national: bool = False) -> Matcher:
    return Matcher(locality, era, fuzzy_cutoff=fuzzy_cutoff, national=national)
