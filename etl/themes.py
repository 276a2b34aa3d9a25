"""Themes and duty topics of statements, from reviewed keywords (etl/themes.csv, etl/topics.csv).

Keywords are matched on `matching.theme_text`: the stock phrases every directive repeats ("Kỳ thi tốt
nghiệp THPT và tuyển sinh đại học, giáo dục nghề nghiệp năm …") are removed first, so they cannot pull a
statement into admissions. A keyword counts once per occurrence, weighted by its number of syllables (a
longer keyword is more specific). A theme is what the dashboard shows: the theme with the most weight wins,
ties go to the earlier row of the file; when no keyword occurs, the organising words of the `fallback`
column decide, and "general" is left for a statement with neither. The agency a statement makes act votes
too (the `doers` column): what the police do is about security unless its words say more strongly what else
("Công an tỉnh tăng cường tuần tra, kiểm tra" is security, not inspection; "Sở Y tế chuẩn bị giường bệnh"
is health), as much as a keyword of DOER_WEIGHT syllables; doers of different sectors listed together ("Các
sở: Tài chính, Giao thông vận tải, …") vote for none, as such a group assignment is no one sector's work.
Agency names themselves are left out of the text a theme is read from ("Công ty Điện lực" names no duty), so
the vote is the one way the doer counts. Topics are finer (power supply, jamming, food safety …) and only feed
the pair score: their keywords gather the different wordings real documents use for one thing ("chế áp sóng",
"phá sóng", "gây nhiễu"). A topic's keywords also vote for the theme of its row; a row with no theme holds words that
gather wordings of a duty without saying its theme ("tuần tra", "nghỉ trưa", "xét nghiệm": session 49, read from the
development real pairs; the themes' labelled statements are unchanged)."""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache, lru_cache

from etl.config import PACKAGE
from etl.matching import LEAD_IN_END, alternation, basic, theme_text

GENERAL = "general"
# The vote of a statement's doer for its sector's theme, in keyword syllables. Chosen on the development real
# texts (theme accuracy 0.654 -> 0.696 at 3 and 4, lower again at 6) and the seeds (0.894 -> 0.908 at 4).
DOER_WEIGHT = 4.0
# A keyword right after one of these words names where the duty happens, or a circumstance it stresses
# ("chuẩn bị đủ nhân lực …, nhất là trong điều kiện thời tiết khắc nghiệt"), not what the duty is; so does
# any keyword after "nhất là", "đặc biệt (là)", "trong đó (lưu ý)", however far it comes (_STRESS).
_STRESS = re.compile(r"(?<!\w)(?:nhất là|đặc biệt|trong đó(?: lưu ý| chú ý| chú trọng)?)(?!\w)")
_PLACE = re.compile(r"(?:tại|cho|ở|nơi|khu vực|địa điểm|các điểm|nhất là(?: trong)?|đặc biệt(?: là)?(?: trong)?|kể cả)(?: các| những)?\s*$")


@lru_cache(maxsize=1)
def sectors() -> dict[str, str]:
    """Lead role -> sector (etl/topics_roles.csv, reviewed data); "" for collective or directing doers (read by the pair
    score, etl.scoring, and by attribution, etl.agencies, which must not load the scorer's numeric libraries)."""
    with open(PACKAGE / "topics_roles.csv", encoding="utf-8") as f:
        return {r["role"]: r["sector"] for r in csv.DictReader(line for line in f if not line.startswith("#"))}


def _keyword(k: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", basic(k)).split())


@cache
def _rows(name: str) -> tuple[dict[str, str], ...]:
    """The rows of one of the package's reviewed keyword files (themes.csv, topics.csv), read once."""
    with open(PACKAGE / name, encoding="utf-8") as f:
        return tuple(csv.DictReader(f))


@dataclass(frozen=True)
class _Lexicon:
    """One regular expression over every keyword of a file (one pass per text), keyword -> labels."""

    pattern: re.Pattern
    labels: dict[str, tuple[str, ...]]
    order: tuple[str, ...]

    @classmethod
    def load(cls, sources: tuple[tuple[str, str], ...], *, column: str = "keywords") -> _Lexicon:
        """`sources`: (file, column whose value a keyword of that file votes for); `column`: the keywords."""
        labels: dict[str, list[str]] = defaultdict(list)
        order: list[str] = []
        for name, label in sources:
            for r in _rows(name):
                if not r[label]:
                    continue  # a topic's keywords that vote for no theme (etl/topics.csv rows with no theme)
                if r[label] not in order:
                    order.append(r[label])
                for k in {_keyword(k) for k in (r[column] or "").split("|") if k.strip()}:
                    labels[k].append(r[label])
        pattern = re.compile(r"(?<!\w)(?:" + alternation(labels) + r")(?!\w)")
        return cls(pattern, {k: tuple(v) for k, v in labels.items()}, tuple(order))

    def weights(self, t: str, *, places: bool = True) -> dict[str, float]:
        """Keyword weight per label in a theme text (matching.forms): syllables of each keyword found,
        halved for a keyword that names the place of the duty ("cung cấp điện cho khu vực in sao đề thi" is
        about power, not printing) or comes after what the duty stresses ("…, nhất là …"), halved in a lead-in,
        and half as much again for the first keyword of the duty itself, which usually is its own verb and object.
        Without `places`, a keyword that names the place of the duty counts nothing ("trực tại các điểm thi")."""
        found: dict[str, float] = {}
        duty = t.find(LEAD_IN_END) + 1  # keywords of a lead-in (before the mark) frame the duty: half weight
        stress = _STRESS.search(t, duty)
        stress = stress.start() if stress else len(t)
        first = True
        for m in self.pattern.finditer(t):
            place = m.start() > stress or _PLACE.search(t, max(0, m.start() - 24), m.start())
            if place and not places:
                continue
            weight = len(m.group(0).split()) * (0.5 if place else 1.0)
            if m.start() < duty:
                weight *= 0.5
            elif first:
                weight, first = weight * 1.5, False
            for lab in set(self.labels[m.group(0)]):
                found[lab] = found.get(lab, 0.0) + weight
        return {lab: found[lab] for lab in self.order if lab in found}  # file order, for ties


@lru_cache(maxsize=1)
def themes() -> tuple[tuple[str, str, str, tuple[str, ...]], ...]:
    """(theme, label_vi, label_en, keywords normalised like the text) in file order."""
    return tuple((r["theme"], r["label_vi"], r["label_en"], tuple(_keyword(k) for k in r["keywords"].split("|") if k.strip()))
                 for r in _rows("themes.csv"))


@lru_cache(maxsize=1)
def _themes() -> _Lexicon:
    # A topic's keywords vote for its theme too: they hold the wordings the theme keywords miss.
    return _Lexicon.load((("themes.csv", "theme"), ("topics.csv", "theme")))


@lru_cache(maxsize=1)
def _fallback() -> _Lexicon:
    # Organising words ("phối hợp", "kế hoạch", "chịu trách nhiệm") that name the direction-and-organisation
    # theme only when no theme keyword occurs: a directive's duty about organising the exam has a theme.
    return _Lexicon.load((("themes.csv", "theme"),), column="fallback")


@lru_cache(maxsize=1)
def _doer_themes() -> dict[str, tuple[str, ...]]:
    """Lead role -> the themes its doing votes for (themes.csv, `doers`)."""
    out: dict[str, list[str]] = defaultdict(list)
    for r in _rows("themes.csv"):
        for role in filter(None, (r.get("doers") or "").split("|")):
            out[role.strip()].append(r["theme"])
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def _topics() -> _Lexicon:
    return _Lexicon.load((("topics.csv", "topic"),))


def scores(text: str) -> dict[str, float]:
    """Keyword weight per theme found in the statement (empty when none)."""
    return _themes().weights(theme_text(text))


@lru_cache(maxsize=131_072)
def theme_from(themed: str, doers: tuple[str, ...] = ()) -> str:
    """The theme of a statement given its theme text (matching.forms) and the lead roles it makes act."""
    lexicon = _themes()
    found = lexicon.weights(themed)
    votes = {t for r in doers for t in _doer_themes().get(r, ())}
    if len(votes) > 1:  # a group of sectors ("Các sở: Tài chính, Giao thông vận tải, …") names no one sector's work
        votes = set()
    if votes:
        found = {t: found.get(t, 0.0) + (DOER_WEIGHT if t in votes else 0.0)
                 for t in lexicon.order if t in found or t in votes}  # file order, for ties
    found = found or _fallback().weights(themed, places=False)
    return max(found, key=found.get) if found else GENERAL


@lru_cache(maxsize=131_072)
def topics_from(themed: str) -> tuple[tuple[str, float], ...]:
    """(topic, keyword weight) pairs of a statement given its theme text."""
    return tuple(_topics().weights(themed).items())


def theme_of(text: str) -> str:
    return theme_from(theme_text(text))


def topics_of(text: str) -> tuple[tuple[str, float], ...]:
    return topics_from(theme_text(text))
