"""Synthetic national corpus of exam directives, built from the seed documents' clauses.

``synthesize(out_dir, localities=N, years=(A, B), seed=S, docs_per_year=K)`` writes one UTF-8 (NFC) .txt
file per document plus ``manifest.csv`` (source_file, locality, year, doc_type, issuer) and returns the
document paths. The same arguments always give byte-identical files: every random choice comes from a
``random.Random`` seeded with a string naming the seed, locality, year and document (never the clock).

How a document is made:
- every locality has a stable base set of duties (``DUTIES``, wordings taken or adapted from the seeds);
  from year to year a few are dropped, added, reordered, reworded or reassigned to another role
  (``duty_plan`` gives that plan, which benchmarks can use as ground truth);
- agency names are rendered for the locality and year ("Công an tỉnh" / "Công an thành phố", "UBND các
  huyện, thành phố" / "UBND các quận, huyện", 2025 mergers, abbreviations such as "Sở GD&ĐT");
- one of six layouts writes the text (Chỉ thị, Thông báo, Kế hoạch, Công văn of the information department,
  web article, Công điện); about one document in four is hard-wrapped like a PDF extraction.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
import tomllib
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from random import Random

from benchmarks.variation import VERBS, rewrite

__all__ = ["DUTIES", "LAYOUTS", "LOCALITIES", "Duty", "Locality", "PlannedDuty", "duty_plan", "pm_directive", "synthesize"]


# --------------------------------------------------------------------------------------------------------
# Data tables
# --------------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Locality:
    name: str      # proper name, as in the database ("Hồ Chí Minh")
    kind: str      # "tỉnh" or "thành phố"
    units: str     # district-level units as a list: "huyện, thành phố", "quận, huyện", ...

    @property
    def city(self) -> bool:
        return self.kind == "thành phố"

    @property
    def full(self) -> str:  # how the text names the place: "Thành phố Hồ Chí Minh", "Lạng Sơn"
        return "Thành phố Hồ Chí Minh" if self.name == "Hồ Chí Minh" else self.name


def _L(name: str, kind: str = "tỉnh", units: str = "") -> Locality:
    return Locality(name, kind, units or ("quận, huyện" if kind == "thành phố" else "huyện, thành phố"))


_TP = "thành phố"
_TX = "huyện, thị xã, thành phố"
# The 63 provinces and centrally-run cities (before the 2025 reorganisation), in the order used by
# ``localities=N``: the two seed localities first, then the other cities, then north to south.
LOCALITIES: tuple[Locality, ...] = (
    _L("Lạng Sơn"), _L("Hải Phòng", _TP), _L("Hà Nội", _TP, "quận, huyện, thị xã"), _L("Hồ Chí Minh", _TP),
    _L("Đà Nẵng", _TP), _L("Cần Thơ", _TP), _L("Quảng Ninh", units=_TX), _L("Hà Giang"), _L("Cao Bằng"),
    _L("Bắc Kạn"), _L("Tuyên Quang"), _L("Lào Cai", units=_TX), _L("Điện Biên", units=_TX), _L("Lai Châu"),
    _L("Sơn La"), _L("Yên Bái", units=_TX), _L("Hòa Bình"), _L("Thái Nguyên", units=_TX),
    _L("Bắc Giang", units=_TX), _L("Phú Thọ", units=_TX), _L("Vĩnh Phúc"), _L("Bắc Ninh", units=_TX),
    _L("Hải Dương", units=_TX), _L("Hưng Yên"), _L("Thái Bình"), _L("Hà Nam", units=_TX), _L("Nam Định"),
    _L("Ninh Bình"), _L("Thanh Hóa", units=_TX), _L("Nghệ An", units=_TX), _L("Hà Tĩnh", units=_TX),
    _L("Quảng Bình", units=_TX), _L("Quảng Trị", units=_TX), _L("Thừa Thiên Huế", units=_TX),
    _L("Quảng Nam", units=_TX), _L("Quảng Ngãi", units=_TX), _L("Bình Định", units=_TX),
    _L("Phú Yên", units=_TX), _L("Khánh Hòa", units=_TX), _L("Ninh Thuận"), _L("Bình Thuận", units=_TX),
    _L("Kon Tum"), _L("Gia Lai", units=_TX), _L("Đắk Lắk", units=_TX), _L("Đắk Nông"),
    _L("Lâm Đồng"), _L("Bình Phước", units=_TX), _L("Tây Ninh", units=_TX), _L("Bình Dương"),
    _L("Đồng Nai"), _L("Bà Rịa - Vũng Tàu", units=_TX), _L("Long An", units=_TX), _L("Tiền Giang", units=_TX),
    _L("Bến Tre"), _L("Trà Vinh", units=_TX), _L("Vĩnh Long", units=_TX), _L("Đồng Tháp"), _L("An Giang", units=_TX),
    _L("Kiên Giang"), _L("Hậu Giang", units=_TX), _L("Sóc Trăng", units=_TX), _L("Bạc Liêu", units=_TX), _L("Cà Mau"),
)

# The Prime Minister's directive of each year; other years get an invented, deterministic one.
PM_DIRECTIVES: dict[int, str] = {
    2022: "06/CT-TTg ngày 27/5/2022",
    2023: "17/CT-TTg ngày 29/5/2023",
    2024: "15/CT-TTg ngày 16/5/2024",
}
EXAM_DAYS: dict[int, tuple[int, int]] = {  # (first day, month)
    2019: (25, 6), 2020: (9, 8), 2021: (7, 7), 2022: (7, 7), 2023: (28, 6), 2024: (27, 6), 2025: (26, 6),
}


@dataclass(frozen=True)
class Duty:
    """One recurring duty. Wordings are templates: {edu}, {police}, {prov}, {units}, {year} ... (see _Doc)."""
    id: str
    role: str
    theme: str
    wordings: tuple[str, ...]
    support: tuple[str, ...] = ()     # roles named in the "chủ trì, phối hợp với ..." variant
    alt_roles: tuple[str, ...] = ()   # roles the duty is sometimes reassigned to
    core: bool = False                # never dropped, never reassigned
    since: int = 0
    until: int = 9999


def _load_duties() -> tuple[Duty, ...]:
    """The sentence bank (benchmarks/duties.toml), reviewed as data."""
    with open(Path(__file__).with_name("duties.toml"), "rb") as fh:
        rows = tomllib.load(fh)["duty"]
    return tuple(Duty(r["id"], r["role"], r["theme"], tuple(r["wordings"]), tuple(r.get("support", ())),
                      tuple(r.get("alt_roles", ())), r.get("core", False), r.get("since", 0), r.get("until", 9999))
                 for r in rows)


DUTIES: tuple[Duty, ...] = _load_duties()
DUTY_BY_ID: dict[str, Duty] = {d.id: d for d in DUTIES}

# Canonical reading order of roles in a directive (education always first).
ROLE_ORDER: tuple[str, ...] = (
    "education", "police", "health", "labour", "inspection", "information", "transport", "finance",
    "electricity", "district_pc", "youth_union", "fatherland_front", "press", "postal", "telecom",
    "district_culture",
)
_MASS_ORGS = ("youth_union", "fatherland_front")  # the People's Committee "requests" (Đề nghị), not orders
_LETTERS = ("a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v",
            "x", "y")

# layout code -> (doc_type, weight when choosing)
LAYOUTS: dict[str, tuple[str, float]] = {
    "chi-thi": ("Chỉ thị", 0.32),
    "thong-bao": ("Thông báo", 0.15),
    "ke-hoach": ("Kế hoạch", 0.15),
    "cong-van": ("Công văn", 0.12),
    "bai-viet": ("Chỉ thị", 0.14),   # web article reproducing a directive
    "cong-dien": ("Công điện", 0.12),
}

_SURNAMES = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý",
             "Phan", "Trịnh", "Đinh", "Lương", "Mai", "Triệu")
_MIDDLES = ("Văn", "Thị", "Đức", "Xuân", "Minh", "Hữu", "Quang", "Thanh", "Ngọc", "Trọng", "Tiến", "Hồng", "Thu",
            "Anh", "Công", "Kim", "Đình")
_GIVEN = ("Hùng", "Huyền", "Thiệu", "Đồng", "Hiểu", "Lan", "Dũng", "Hải", "Tuấn", "Thắng", "Long", "Phương", "Cường",
          "Hạnh", "Trung", "Khánh", "Tâm", "Vinh", "Linh", "Hiền", "Quyết", "Toàn", "Thành", "Nga", "Chiến", "Lộc")


# --------------------------------------------------------------------------------------------------------
# Year-to-year plan of duties
# --------------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class PlannedDuty:
    duty_id: str
    role: str       # the role it is assigned to this year (differs from the duty's own role when reassigned)
    wording: int    # index into Duty.wordings
    theme: str


_EPOCH = 2000  # plans evolve from this year, so a locality-year's plan does not depend on the range asked


def _eligible(duty: Duty, year: int) -> bool:
    return duty.since <= year <= duty.until


def _plans(loc: Locality, seed: int, last_year: int) -> dict[int, list[PlannedDuty]]:
    """Plans for every year _EPOCH..last_year of one locality (a chain: each year mutates the previous)."""
    rng = Random(f"synth/{seed}/{loc.name}/base")
    ids = [d.id for d in DUTIES if _eligible(d, _EPOCH) and (d.core or rng.random() < 0.45)]
    rng.shuffle(ids)
    wording = {d.id: rng.randrange(len(d.wordings)) for d in DUTIES}
    role: dict[str, str] = {}
    role_order = list(ROLE_ORDER)
    for _ in range(2):
        i = rng.randrange(1, len(role_order) - 1)
        role_order[i], role_order[i + 1] = role_order[i + 1], role_order[i]
    out: dict[int, list[PlannedDuty]] = {}
    for year in range(_EPOCH, last_year + 1):
        r = Random(f"synth/{seed}/{loc.name}/{year}")
        if year > _EPOCH:
            ids = [i for i in ids if DUTY_BY_ID[i].until >= year]
            dropped = [i for i in ids if not DUTY_BY_ID[i].core and r.random() < 0.07]
            ids = [i for i in ids if i not in dropped]
            pool = [d.id for d in DUTIES if d.id not in ids and d.id not in dropped and _eligible(d, year)]
            fresh = [i for i in pool if DUTY_BY_ID[i].since == year and r.random() < 0.85]
            others = [i for i in pool if i not in fresh]
            n_add = max(0, len(dropped) + r.choice((-1, 0, 0, 1)))
            for i in fresh + r.sample(others, min(n_add, len(others))):
                ids.insert(r.randrange(len(ids) + 1), i)
            for _ in range(r.randint(0, 2)):  # reorder
                if len(ids) > 1:
                    j = r.randrange(len(ids) - 1)
                    ids[j], ids[j + 1] = ids[j + 1], ids[j]
            if r.random() < 0.2:
                j = r.randrange(1, len(role_order) - 1)
                role_order[j], role_order[j + 1] = role_order[j + 1], role_order[j]
            for i in ids:  # reword
                if r.random() < 0.12:
                    wording[i] = r.randrange(len(DUTY_BY_ID[i].wordings))
            for i in sorted(role):  # reassigned duties go back after a while
                if i not in ids or r.random() < 0.35:
                    del role[i]
            movable = [i for i in ids if DUTY_BY_ID[i].alt_roles and i not in role]
            if movable and r.random() < 0.3:  # reassign one to another role
                i = r.choice(movable)
                role[i] = r.choice(DUTY_BY_ID[i].alt_roles)
        rank = {ro: n for n, ro in enumerate(role_order)}
        current = [PlannedDuty(i, role.get(i, DUTY_BY_ID[i].role), wording[i], DUTY_BY_ID[i].theme)
                   for i in ids if _eligible(DUTY_BY_ID[i], year)]
        out[year] = sorted(current, key=lambda p: rank[p.role])  # stable: keeps order within a role
    return out


def _locality(name: str) -> Locality:
    for loc in LOCALITIES:
        if loc.name == name:
            return loc
    raise ValueError(f"unknown locality: {name!r}")


def duty_plan(locality: str, year: int, seed: int = 0) -> list[PlannedDuty]:
    """The duties a locality assigns in a year, in reading order: the ground truth behind its documents."""
    _check_year(year)
    return _plans(_locality(locality), seed, year)[year]


def _check_year(year: int) -> None:
    if not _EPOCH <= year <= 2100:
        raise ValueError(f"year {year} outside {_EPOCH}..2100")


# --------------------------------------------------------------------------------------------------------
# Rendering helpers
# --------------------------------------------------------------------------------------------------------

def pm_directive(year: int) -> str:
    """The Prime Minister's directive on the exam of ``year`` (real for 2022-2024, invented otherwise)."""
    if year in PM_DIRECTIVES:
        return PM_DIRECTIVES[year]
    r = Random(f"pm/{year}")
    return f"{r.randint(5, 24):02d}/CT-TTg ngày {r.randint(8, 30)}/5/{year}"


def _pm_date(year: int) -> dt.date:
    d, m, y = (int(x) for x in pm_directive(year).rsplit(" ", 1)[1].split("/"))
    return dt.date(y, m, d)


def _exam_days(year: int) -> tuple[int, int]:
    return EXAM_DAYS.get(year) or (Random(f"exam/{year}").randint(24, 28), 6)


def _lowerfirst(s: str) -> str:
    return s[:1].lower() + s[1:] if s[1:2].islower() else s


def _join(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " và " + names[-1]


# Spelling variants applied to templates (before locality names are filled in, so those stay canonical).
_OLD_TONES = (("hóa", "hoá"), ("Hóa", "Hoá"), ("khỏe", "khoẻ"), ("Ủy", "Uỷ"), ("ủy", "uỷ"), ("thủy", "thuỷ"))
_NEW_TONES = tuple((b, a) for a, b in _OLD_TONES)
_TO_BAO_DAM = (("đảm bảo", "bảo đảm"), ("Đảm bảo", "Bảo đảm"))
_TO_DAM_BAO = (("bảo đảm", "đảm bảo"), ("Bảo đảm", "Đảm bảo"))
_LONG_THPT = (("tốt nghiệp THPT", "tốt nghiệp trung học phổ thông"),)


class _Doc:
    """Everything one document needs: locality, year, plan, its own random stream and style choices."""

    def __init__(self, loc: Locality, year: int, plan: list[PlannedDuty], layout: str, seed: int, k: int,
                 variation: float = 1.0):
        self.loc, self.year, self.plan, self.layout = loc, year, plan, layout
        self.rng = r = Random(f"synth/{seed}/{loc.name}/{year}/doc{k}/{layout}")
        self.seed = seed
        self.prov = loc.kind
        self.pdf = layout != "bai-viet" and r.random() < 0.27
        self.abbr = r.random() < 0.35          # abbreviations inside running text
        self.abbr_head = r.random() < 0.12     # ... and in headings
        tones = r.random()
        self.spelling: tuple[tuple[str, str], ...] = (
            (_OLD_TONES if tones < 0.3 else _NEW_TONES if tones < 0.45 else ())
            + (_LONG_THPT if r.random() < 0.2 else ()))
        self.swap_db = _TO_BAO_DAM if r.random() < 0.5 else _TO_DAM_BAO
        self.bullet_end = r.choice((".", ";"))
        self.youth_style = r.randrange(3)
        self.vars = self._vars()
        self.variation = variation
        self.truth: dict[str, str] = {}  # duty id -> its text in this document (the ground truth)

    # ---- names
    def name(self, role: str, head: bool = False, abbr: bool | None = None) -> str:
        loc, year = self.loc, self.year
        if abbr is None:
            abbr = self.abbr_head if head else self.abbr
        prov = self.prov
        if role == "education":
            return "Sở GD&ĐT" if abbr else "Sở Giáo dục và Đào tạo"
        if role == "police":
            return f"Công an {prov}"
        if role == "health":
            return "Sở Y tế"
        if role == "inspection":
            return f"Thanh tra {prov}"
        if role == "information":
            if year >= 2025:
                return "Sở KH&CN" if abbr else "Sở Khoa học và Công nghệ"
            if abbr:
                return "Sở TT&TT"
            return "Sở Thông tin – Truyền thông" if self.rng.random() < 0.1 else "Sở Thông tin và Truyền thông"
        if role == "transport":
            return "Sở Xây dựng" if year >= 2025 else ("Sở GTVT" if abbr else "Sở Giao thông vận tải")
        if role == "finance":
            return "Sở Tài chính"
        if role == "labour":
            return "Sở Nội vụ" if year >= 2025 else ("Sở LĐ-TB&XH" if abbr else "Sở Lao động - Thương binh và Xã hội")
        if role == "electricity":
            return f"Công ty Điện lực {loc.name}"
        if role == "youth_union":
            if loc.city:
                return f"Thành đoàn {loc.name}"
            return ("Tỉnh đoàn", "Đoàn TNCS Hồ Chí Minh tỉnh",
                    "Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh")[self.youth_style]
        if role == "fatherland_front":
            front = "Ủy ban MTTQ Việt Nam" if abbr else "Ủy ban Mặt trận Tổ quốc Việt Nam"
            return f"{front} {prov}, các tổ chức chính trị - xã hội"
        if role == "district_pc":
            return f"UBND các {loc.units}"
        if role == "press":
            tv = "Đài PTTH" if abbr else "Đài Phát thanh và Truyền hình"
            return f"Báo {loc.name}, {tv} {'tỉnh' if not loc.city else loc.name}"
        if role == "postal":
            return f"Bưu điện {prov}, các doanh nghiệp bưu chính" if self.rng.random() < 0.3 \
                else "các doanh nghiệp bưu chính"
        if role == "telecom":
            return f"VNPT {loc.name}, Viettel {loc.name} và các doanh nghiệp viễn thông" \
                if self.rng.random() < 0.3 else "các doanh nghiệp viễn thông"
        if role == "district_culture":
            return f"Phòng Văn hóa và Thông tin các {loc.units}"
        raise KeyError(role)

    def is_department(self, role: str) -> bool:
        return self.name(role, abbr=False).startswith("Sở ")

    def short(self, role: str) -> str:
        """Name inside 'Các sở, ngành, cơ quan: Tài chính, Giao thông vận tải, ...'."""
        n = self.name(role, abbr=False)
        return n.removeprefix("Sở ")

    def _vars(self) -> dict[str, str]:
        loc, year = self.loc, self.year
        return {
            "edu": self.name("education"), "police": self.name("police"), "insp": self.name("inspection"),
            "finance": "Sở Tài chính", "press": self.name("press"),
            "police_d": f"Công an các {loc.units}",
            "health_d": f"Phòng Y tế các {loc.units}" if loc.city else f"Trung tâm Y tế các {loc.units}",
            "power_d": f"Điện lực các {loc.units}" if loc.city else f"Chi nhánh Điện lực các {loc.units}",
            "youth_d": "Quận đoàn, Huyện đoàn, Đoàn trực thuộc" if loc.city
            else "Thành đoàn/Huyện đoàn, Đoàn trực thuộc",
            "prov": self.prov, "units": loc.units, "dlevel": "quận, huyện" if loc.city else "huyện",
            "party": "Thành ủy" if loc.city else "Tỉnh ủy", "bcd": f"Ban Chỉ đạo cấp {self.prov}",
            "year": str(year), "sy": f"{year - 1} - {year}", "ttg": pm_directive(year), "loc": loc.name,
        }

    def fill(self, template: str) -> str:
        for a, b in self.spelling:
            template = template.replace(a, b)
        if self.rng.random() < 0.35:
            for a, b in self.swap_db:
                template = template.replace(a, b)
        return template.format_map(self.vars)

    def say(self, template: str) -> str:
        """A sentence of the layout (objectives, closing) in this document's own words."""
        return rewrite(self.fill(template), self.rng, locality=self.loc.name, year=self.year, prov=self.prov,
                       strength=self.variation)

    # ---- duties
    def duty_text(self, p: PlannedDuty) -> str:
        """This document's wording of a planned duty (the same on every call), recorded in `truth`."""
        if p.duty_id in self.truth:
            return self.truth[p.duty_id]
        duty = DUTY_BY_ID[p.duty_id]
        text = duty.wordings[p.wording % len(duty.wordings)]
        sup = [s for s in duty.support if s != p.role]
        if sup and "phối hợp" not in text[:60].lower() and self.rng.random() < 0.3:
            text = "Chủ trì, phối hợp với " + _join([self.name(s) for s in sup]) + " " + _lowerfirst(text)
        text = rewrite(self.fill(text), self.rng, locality=self.loc.name, year=self.year, prov=self.prov,
                       strength=self.variation)
        self.truth[p.duty_id] = text
        return text

    def groups(self, roles: tuple[str, ...] | None = None, exclude: tuple[str, ...] = ()) -> list[tuple[str, list[str]]]:
        """(role, [item texts]) in the plan's order, limited to ``roles`` and without ``exclude``. Now and
        then two duties of a role are merged into one item ("…; …") or one duty is split into two items at
        its first ";", as real documents do."""
        out: dict[str, list[str]] = {}
        for p in self.plan:
            if (roles is None or p.role in roles) and p.role not in exclude:
                items = out.setdefault(p.role, [])
                text = self.duty_text(p)
                verb_first = text.split(" ", 1)[0].lower() in VERBS
                if items and verb_first and self.rng.random() < 0.1 * self.variation and items[-1][-1:] in ".;":
                    items[-1] = items[-1][:-1] + "; " + _lowerfirst(text)
                elif "; " in text and self.rng.random() < 0.15 * self.variation:
                    head, tail = text.split("; ", 1)
                    items += [head + ".", tail[:1].upper() + tail[1:]]
                else:
                    items.append(text)
        return list(out.items())

    # ---- document parts
    def person(self, post: str) -> str:
        r = Random(f"synth/{self.seed}/{self.loc.name}/{post}/{self.year // 5}")
        return f"{r.choice(_SURNAMES)} {r.choice(_MIDDLES)} {r.choice(_GIVEN)}"

    def issue_date(self, earliest_days: int = 2, latest_days: int = 20) -> dt.date:
        return _pm_date(self.year) + dt.timedelta(days=self.rng.randint(earliest_days, latest_days))

    def date_line(self, date: dt.date, blank_day: float = 0.2) -> str:
        place = self.loc.full
        if self.rng.random() < blank_day:
            return f"{place}, ngày      tháng  {date.month}  năm {date.year}"
        day = f"{date.day:02d}" if self.rng.random() < 0.5 else str(date.day)
        return f"{place}, ngày {day} tháng {date.month} năm {date.year}"

    def header(self, number: str, date: dt.date, issuer_caps: list[str] | None = None) -> list[str]:
        r = self.rng
        no = f"Số:    /{number}" if r.random() < 0.45 else f"Số: {r.randint(1, 160)}/{number}"
        motto = r.random() < 0.35
        issuer_caps = issuer_caps or ["ỦY BAN NHÂN DÂN", f"{self.prov.upper()} {self.loc.full.upper()}"]
        if issuer_caps[1].startswith("THÀNH PHỐ THÀNH PHỐ"):
            issuer_caps[1] = issuer_caps[1][len("THÀNH PHỐ "):]
        if self.pdf:  # two columns of the PDF header come out side by side
            lines = [f"{issuer_caps[0]} CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                     f"{issuer_caps[1]} Độc lập - Tự do - Hạnh phúc"] if motto else []
            return lines + [f"{no.replace(':', ':      ', 1)} {self.date_line(date)}"]
        if motto:
            return ["\n".join(issuer_caps), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc",
                    no, self.date_line(date)]
        return [no, self.date_line(date)]

    def signature(self, titles: list[str], post: str) -> str:
        block = "\n".join(titles)
        if not self.pdf and self.rng.random() < 0.3:
            block = f"**{block}**"
        gap = "\n\n\n" if self.pdf else "\n\n"
        return block + gap + self.person(post)

    def recipients(self, extra: list[str]) -> str:
        prov, loc = self.prov, self.loc
        lines = ["- Bộ Giáo dục và Đào tạo;", f"- Thường trực {self.vars['party']};", f"- Thường trực HĐND {prov};",
                 f"- Chủ tịch, các Phó Chủ tịch UBND {prov};", *extra, f"- UBND các {loc.units};",
                 "- Lưu: VT, KGVX."]
        if self.rng.random() < 0.5:
            lines.insert(-1, f"- Báo {loc.name}, Đài PTTH {prov};")
        return "Nơi nhận:\n" + "\n".join(lines)


# --------------------------------------------------------------------------------------------------------
# Layouts
# --------------------------------------------------------------------------------------------------------

_UBND_ROLES = tuple(r for r in ROLE_ORDER if r not in ("postal", "telecom", "district_culture"))


def _chi_thi(d: _Doc) -> list[str]:
    r, y, prov, loc = d.rng, d.year, d.prov, d.loc
    date = d.issue_date()
    out = d.header("CT-UBND", date)
    out.append("CHỈ THỊ")
    where = f"trên địa bàn {prov} {loc.full}" if loc.name != "Hồ Chí Minh" else "trên địa bàn Thành phố"
    out.append(r.choice((
        f"Về việc tăng cường công tác chỉ đạo, phối hợp tổ chức Kỳ thi tốt nghiệp trung học phổ thông năm {y} {where}",
        f"Về tăng cường chỉ đạo, phối hợp tổ chức Kỳ thi tốt nghiệp trung học phổ thông năm {y} {where}")))
    out.append(f"Thực hiện Chỉ thị số {pm_directive(y)} của Thủ tướng Chính phủ về tăng cường chỉ đạo, phối hợp tổ "
               f"chức Kỳ thi tốt nghiệp trung học phổ thông (THPT) và tuyển sinh đại học, giáo dục nghề nghiệp năm {y};")
    out.append(d.fill(
        "Để tiếp tục phát huy kết quả đạt được trong những năm qua và khắc phục hạn chế, khó khăn, tiếp tục tổ chức "
        "Kỳ thi tốt nghiệp THPT năm {year} (Kỳ thi) trên địa bàn {prov} bảo đảm an toàn, nghiêm túc, minh bạch, khách "
        "quan, chất lượng, đúng quy chế và tạo điều kiện thuận lợi nhất cho thí sinh, Chủ tịch UBND {prov} yêu cầu:"))
    groups = d.groups(_UBND_ROLES)
    edu = [t for role, ts in groups if role == "education" for t in ts]
    others = [(role, ts) for role, ts in groups if role != "education"]
    standing = f" - Cơ quan Thường trực {d.vars['bcd']} Kỳ thi tốt nghiệp THPT năm {y}" if r.random() < 0.5 else ""
    out.append(f"1. {d.name('education', head=True)}{standing}")
    out.extend(edu)
    flat = r.random() < 0.4  # every agency its own number, instead of 2. a) b) ...
    if not flat:
        out.append(f"2. Các sở, ban, ngành, tổ chức chính trị - xã hội liên quan, UBND các {loc.units}")
    n = 0
    for n, (role, texts) in enumerate(others):
        label = f"{n + 2}." if flat else f"{_LETTERS[n]})"
        ask = "Đề nghị " if role in _MASS_ORGS else ""
        if role in _MASS_ORGS and r.random() < 0.7 or len(texts) == 1 and r.random() < 0.35:
            out.append(f"{label} {ask}{d.name(role, head=True)} {_lowerfirst(texts[0])}")
            out.extend(texts[1:])
        else:
            out.append(f"{label} {ask}{d.name(role, head=True)}")
            out.extend(texts)
    if r.random() < 0.6:
        label = f"{len(others) + 2}." if flat else f"{_LETTERS[len(others)]})"
        out.append(f"{label} " + d.say(
            f"Thủ trưởng các sở, ban, ngành, cơ quan, đơn vị liên quan, Chủ tịch UBND các {loc.units} "
            f"quán triệt triển khai nghiêm túc Chỉ thị số {pm_directive(y)} của Thủ tướng Chính phủ đến đội ngũ "
            "cán bộ, công chức, viên chức thuộc cơ quan, đơn vị; theo chức năng, nhiệm vụ, thẩm quyền, chủ động "
            "xây dựng kế hoạch, có trách nhiệm phối hợp đồng bộ, hiệu quả trong chỉ đạo tổ chức thực hiện nhiệm "
            f"vụ do {d.vars['bcd']} giao."))
    out.append(r.choice((
        (f"Chủ tịch UBND {prov} yêu cầu thủ trưởng các cơ quan, đơn vị có liên quan, Chủ tịch UBND các {loc.units} "
         "tổ chức triển khai thực hiện nghiêm túc Chỉ thị này./."),
        (f"Yêu cầu Giám đốc các sở, Thủ trưởng các ban, ngành, Chủ tịch UBND các {loc.units} nghiêm túc triển khai "
         "thực hiện Chỉ thị này. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, kịp thời báo cáo Chủ tịch "
         f"UBND {prov} (qua Sở Giáo dục và Đào tạo) để xem xét, giải quyết./."))))
    out.append(d.recipients(["- UBMTTQ và các tổ chức CT-XH " + prov + ";", "- Các sở, ban, ngành;",
                             f"- {d.name('electricity')};"]))
    if r.random() < 0.4:
        out.append(d.signature(["CHỦ TỊCH"], "chairman"))
    else:
        out.append(d.signature(["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "vice-chair"))
    return out


def _thong_bao(d: _Doc) -> list[str]:
    r, y, prov, loc = d.rng, d.year, d.prov, d.loc
    date = d.issue_date(0, 12)
    meeting = date - dt.timedelta(days=r.randint(1, 3))
    vice = d.person("vice-chair")
    out = d.header("TB-UBND", date)
    out.append("THÔNG BÁO")
    out.append(f"Kết luận của đồng chí {vice}, Phó Chủ tịch UBND {prov} tại cuộc họp Ban Chỉ đạo cấp {prov} Kỳ thi "
               f"tốt nghiệp trung học phổ thông năm {y}")
    out.append(f"Ngày {meeting.day}/{meeting.month}/{y}, Ban Chỉ đạo cấp {prov} Kỳ thi tốt nghiệp trung học phổ thông "
               f"(THPT) năm {y} (sau đây viết tắt là Ban Chỉ đạo) tổ chức cuộc họp để chuẩn bị cho Kỳ thi tốt nghiệp "
               f"THPT năm {y} (sau đây viết tắt là Kỳ thi). Đồng chí {vice}, Phó Chủ tịch UBND {prov}, Trưởng Ban Chỉ "
               "đạo chủ trì cuộc họp; tham dự có các thành viên Ban Chỉ đạo.")
    out.append(f"Sau khi nghe lãnh đạo Sở Giáo dục và Đào tạo báo cáo công tác chuẩn bị Kỳ thi, ý kiến thảo luận của "
               f"các thành viên dự họp, đồng chí {vice}, Trưởng Ban Chỉ đạo kết luận như sau:")
    out.append(f"Để Kỳ thi năm {y} diễn ra an toàn, nghiêm túc, khách quan và đạt chất lượng, yêu cầu Ban Chỉ đạo, "
               "các cấp, các ngành tổ chức thực hiện đầy đủ chức năng, nhiệm vụ được giao và tập trung thực hiện tốt "
               "một số nội dung sau:")
    groups = d.groups(_UBND_ROLES)
    listed_candidates = [role for role, _ in groups if role in
                         ("finance", "transport", "labour", "information", "youth_union", "electricity", "press")]
    listed = [ro for ro in listed_candidates if r.random() < 0.6]
    n = 0
    for role, texts in groups:
        if role in listed:
            continue
        n += 1
        name = ("Đề nghị " if role in _MASS_ORGS else "") + d.name(role, head=True)
        if len(texts) == 1 and role != "education" and r.random() < 0.6:
            out.append(f"{n}. {name} {_lowerfirst(texts[0])}")
        else:
            out.append(f"{n}. {name}")
            out.extend(f"- {t[:-1]}{d.bullet_end}" if i < len(texts) - 1 else f"- {t}" for i, t in enumerate(texts))
    if listed:
        sos = [d.short(ro) for ro in listed if d.is_department(ro)]
        rest = [d.name(ro, head=True) for ro in listed if not d.is_department(ro)]
        out.append(f"{n + 1}. Các sở, ngành, cơ quan: {', '.join(sos + rest)} và các cơ quan liên quan trên cơ sở chức "
                   "năng nhiệm vụ được giao chủ động phối hợp, triển khai thực hiện kịp thời, nghiêm túc, bảo đảm Kỳ thi "
                   f"tốt nghiệp THPT năm {y} được tổ chức an toàn, hiệu quả.")
    out.append(f"UBND {prov} {loc.full} thông báo để các cơ quan, đơn vị liên quan phối hợp tổ chức thực hiện./.")
    out.append("Nơi nhận:\n" + "\n".join([
        f"- Thường trực {d.vars['party']};", f"- Lãnh đạo HĐND {prov};", f"- Chủ tịch, các Phó Chủ tịch UBND {prov};",
        f"- Các sở, ngành, cơ quan TVBCĐ cấp {prov};", f"- Báo {loc.name}, Đài PTTH {prov};",
        f"- C, PCVP UBND {prov}, các Phòng: KGVX, TH;", "- Lưu: VT, KGVX."]))
    out.append(d.signature(["TL. CHỦ TỊCH", "KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG"], "office"))
    return out


def _ke_hoach(d: _Doc) -> list[str]:
    r, y, prov, loc = d.rng, d.year, d.prov, d.loc
    date = d.issue_date(1, 15)
    day, month = _exam_days(y)
    out = d.header("KH-UBND", date)
    out.append("KẾ HOẠCH")
    out.append(f"Tổ chức Kỳ thi tốt nghiệp trung học phổ thông năm {y} trên địa bàn {prov} {loc.full}"
               if loc.name != "Hồ Chí Minh" else f"Tổ chức Kỳ thi tốt nghiệp trung học phổ thông năm {y} trên địa bàn "
               "Thành phố")
    rule = ("Thông tư số 24/2024/TT-BGDĐT ngày 24/12/2024" if y >= 2025 else
            "Thông tư số 15/2020/TT-BGDĐT ngày 26/5/2020" if y >= 2020 else "Thông tư số 04/2017/TT-BGDĐT ngày 25/01/2017")
    out.append(f"Căn cứ {rule} của Bộ trưởng Bộ Giáo dục và Đào tạo ban hành Quy chế thi tốt nghiệp trung học phổ thông;")
    out.append(f"Căn cứ Chỉ thị số {pm_directive(y)} của Thủ tướng Chính phủ về tăng cường chỉ đạo, phối hợp tổ chức Kỳ "
               f"thi tốt nghiệp trung học phổ thông và tuyển sinh đại học, giáo dục nghề nghiệp năm {y};")
    out.append(f"UBND {prov} ban hành Kế hoạch tổ chức Kỳ thi tốt nghiệp THPT năm {y} (Kỳ thi) trên địa bàn {prov} "
               "như sau:")
    out.append("I. MỤC ĐÍCH, YÊU CẦU")
    out.append("1. Mục đích")
    out.append(d.say("- Tổ chức Kỳ thi an toàn, nghiêm túc, khách quan, đúng quy chế; đảm bảo quyền lợi của thí sinh."))
    out.append(d.say("- Lấy kết quả thi để xét công nhận tốt nghiệp THPT và làm cơ sở đánh giá chất lượng dạy học."))
    out.append("2. Yêu cầu")
    out.append(d.say("- Các sở, ban, ngành, UBND các {units} phối hợp chặt chẽ, thực hiện đúng chức năng, nhiệm vụ được "
                     "giao; không để xảy ra sai sót, tiêu cực trong tổ chức Kỳ thi."))
    out.append("II. THỜI GIAN, ĐỊA ĐIỂM")
    out.append(d.say(f"- Thời gian thi: các ngày {day}, {day + 1}/{month}/{y}."))
    out.append(d.say(f"- Địa điểm: tại các Điểm thi do Sở Giáo dục và Đào tạo bố trí trên địa bàn các {loc.units}."))
    out.append("III. TỔ CHỨC THỰC HIỆN")
    for n, (role, texts) in enumerate(d.groups(_UBND_ROLES), 1):
        out.append(f"{n}. {'Đề nghị ' if role in _MASS_ORGS else ''}{d.name(role, head=True)}")
        if len(texts) > 1 and r.random() < 0.5:
            out.append(r.choice(("- Chủ trì, phối hợp với các cơ quan liên quan thực hiện các nhiệm vụ sau:",
                                 "- Thực hiện các nhiệm vụ:")))
            out.extend(f"+ {t[:-1]};" if i < len(texts) - 1 else f"+ {t}" for i, t in enumerate(texts))
        else:
            out.extend(f"- {t}" for t in texts)
    out.append("IV. CHẾ ĐỘ THÔNG TIN, BÁO CÁO")
    out.append(d.say(f"Các cơ quan, đơn vị báo cáo kết quả thực hiện về Sở Giáo dục và Đào tạo trước ngày "
                     f"{min(day + 10, 30)}/{month}/{y} để tổng hợp, báo cáo UBND {prov}."))
    out.append(f"Trên đây là Kế hoạch tổ chức Kỳ thi tốt nghiệp THPT năm {y} trên địa bàn {prov}; yêu cầu các cơ quan, "
               "đơn vị, địa phương nghiêm túc triển khai thực hiện./.")
    out.append(d.recipients(["- Các sở, ban, ngành;", f"- {d.name('electricity')};"]))
    out.append(d.signature(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "vice-chair"))
    return out


def _cong_van(d: _Doc) -> list[str]:
    r, y, prov, loc = d.rng, d.year, d.prov, d.loc
    dept = d.name("information")
    dept_full = "Sở Khoa học và Công nghệ" if y >= 2025 else "Sở Thông tin và Truyền thông"
    code = "SKHCN" if y >= 2025 else "STTTT"
    date = d.issue_date(2, 12)
    caps = [f"UBND {prov.upper()} {loc.full.upper()}".replace("THÀNH PHỐ THÀNH PHỐ", "THÀNH PHỐ"), dept_full.upper()]
    out = d.header(f"{code}-TTBCXB", date, caps)
    out.append(f"V/v tăng cường tuyên truyền và bảo đảm\nthông tin liên lạc Kỳ thi tốt nghiệp\nTrung học phổ thông năm {y}")
    tv = f"Đài Phát thanh và Truyền hình {'tỉnh' if not loc.city else loc.name}"
    out.append("Kính gửi:\n" + "\n".join([f"- {tv};", f"- Báo {loc.name};", "- Các doanh nghiệp Bưu chính, Viễn thông;",
                                          f"- Phòng Văn hóa và Thông tin các {loc.units}."]))
    out.append(f"Thực hiện Chỉ thị số {pm_directive(y)} của Thủ tướng Chính phủ và Quyết định số "
               f"{r.randint(20, 120)}/QĐ-BCĐ của Ban Chỉ đạo cấp {prov} Kỳ thi tốt nghiệp THPT năm {y} về việc phân công "
               f"nhiệm vụ các thành viên Ban Chỉ đạo, {dept_full} trân trọng đề nghị các cơ quan, đơn vị triển khai một "
               "số nội dung sau:")
    groups = d.groups(("press", "postal", "telecom", "district_culture"))
    for n, (role, texts) in enumerate(groups, 1):
        name = d.name(role, head=True)
        if role == "press":
            name = f"Báo {loc.name}, Đài PTTH {'tỉnh' if not loc.city else loc.name}"
        out.append(f"{n}. Đề nghị {name}")
        dash = "" if role == "district_culture" else "- "
        out.extend(dash + t for t in texts)
    out.append(f"{dept_full} trân trọng đề nghị các cơ quan, đơn vị thực hiện các nội dung trên. Kịp thời phản ánh những "
               f"khó khăn, vướng mắc trong quá trình triển khai về {dept} để tổng hợp báo cáo Ban Chỉ đạo cấp {prov} "
               "xem xét, giải quyết./.")
    out.append("Nơi nhận:\n" + "\n".join(["- Như trên;", f"- BCĐ {prov};", f"- UBND các {loc.units};", "- Lãnh đạo Sở;",
                                           "- Các phòng CM, VP;", "- Lưu: VT, TTBCXB."]))
    out.append(d.signature(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"] if r.random() < 0.7 else ["GIÁM ĐỐC"], code))
    return out


def _bai_viet(d: _Doc) -> list[str]:
    r, y, prov, loc = d.rng, d.year, d.prov, d.loc
    date = d.issue_date(2, 15)
    posted = date + dt.timedelta(days=r.randint(0, 3))
    place = loc.full if loc.name == "Hồ Chí Minh" else f"{prov} {loc.name}"
    out = [r.choice((f"{loc.name}: Tăng cường chỉ đạo, phối hợp tổ chức Kỳ thi tốt nghiệp THPT năm {y}",
                     f"UBND {place} ban hành Chỉ thị về tổ chức Kỳ thi tốt nghiệp THPT năm {y}")),
           f"{posted.day:02d}/{posted.month:02d}/{y} {r.randint(7, 17):02d}:{r.randint(0, 59):02d}",
           (f"UBND {place} vừa ban hành Chỉ thị số {r.randint(3, 30)}/CT-UBND ngày {date.day}/{date.month}/{y} về "
            f"tăng cường công tác chỉ đạo, phối hợp tổ chức Kỳ thi tốt nghiệp THPT năm {y}.")]
    for role, texts in d.groups(_UBND_ROLES):
        name = d.name(role, head=True)
        if role == "education":
            lead = f"Chỉ thị giao {name} "
        elif role in _MASS_ORGS:
            lead = f"Đề nghị {name} "
        else:
            lead = r.choice((f"{name} ", f"{name} ", f"Giao {name} "))
        out.append(lead + " ".join([_lowerfirst(texts[0])] + texts[1:3]))
        for i in range(3, len(texts), 3):  # long sections run over several paragraphs, as in seed 003
            more = texts[i:i + 3]
            if r.random() < 0.5:
                more[0] = "Bên cạnh đó, " + _lowerfirst(more[0])
            out.append(" ".join(more))
    if r.random() < 0.7:  # what the web page adds around the article
        teasers = [f"Sáng {r.randint(1, 28)}/{r.randint(7, 12)}, UBND {prov} tổ chức Hội nghị tổng kết thực hiện Nghị quyết…",
                   f"Chiều {r.randint(1, 28)}/{r.randint(7, 12)}, trong khuôn khổ Diễn đàn Chuyển đổi số {prov}…",
                   f"Ngày {r.randint(1, 28)}/{r.randint(7, 12)}, {place} rà soát thủ tục hành chính liên quan đến…"]
        r.shuffle(teasers)
        out.append("\n".join(["Tài liệu đính kèm", *teasers, "This website uses cookies. See Our policy to learn more.",
                              "Read More"]))
    return out


def _cong_dien(d: _Doc) -> list[str]:
    r, y, prov, loc = d.rng, d.year, d.prov, d.loc
    day, month = _exam_days(y)
    date = d.issue_date(10, 25)
    out = d.header("CĐ-UBND", date)
    out.append("CÔNG ĐIỆN")
    out.append(f"Về việc tập trung chỉ đạo, tổ chức Kỳ thi tốt nghiệp trung học phổ thông năm {y}")
    groups = [(role, ts) for role, ts in d.groups(_UBND_ROLES) if role not in _MASS_ORGS]
    keep = [groups[0]] + sorted(r.sample(groups[1:], min(len(groups) - 1, r.randint(3, 6))), key=groups.index)
    sos = [d.short(ro) for ro, _ in keep if d.is_department(ro)]
    addressees = [f"- Giám đốc các sở: {', '.join(sos)};"] if sos else []
    if any(ro == "police" for ro, _ in keep):
        addressees.append(f"- Giám đốc {d.name('police')};")
    if any(ro == "electricity" for ro, _ in keep):
        addressees.append(f"- Giám đốc {d.name('electricity')};")
    addressees.append(f"- Chủ tịch UBND các {loc.units}.")
    out.append(f"CHỦ TỊCH ỦY BAN NHÂN DÂN {prov.upper()} điện:\n" + "\n".join(addressees))
    out.append(f"Kỳ thi tốt nghiệp THPT năm {y} sẽ diễn ra trong các ngày {day}, {day + 1}/{month}/{y}. Để Kỳ thi diễn ra "
               f"an toàn, nghiêm túc, đúng quy chế, Chủ tịch UBND {prov} yêu cầu:")
    for n, (role, texts) in enumerate(keep, 1):
        out.append(f"{n}. {d.name(role, head=True)} {_lowerfirst(texts[0])}")
    out.append(f"{len(keep) + 1}. " + d.say(f"Giao Văn phòng UBND {prov} theo dõi, đôn đốc việc thực hiện Công điện này, "
                                            f"kịp thời báo cáo Chủ tịch UBND {prov} những vấn đề phát sinh.")[:-1] + "./.")
    out.append("Nơi nhận:\n" + "\n".join(["- Như trên;", "- Bộ Giáo dục và Đào tạo;",
                                           f"- Thường trực {d.vars['party']};", f"- Chủ tịch, các PCT UBND {prov};",
                                           "- Lưu: VT, KGVX."]))
    out.append(d.signature(["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "vice-chair"))
    return out


_RENDER = {"chi-thi": _chi_thi, "thong-bao": _thong_bao, "ke-hoach": _ke_hoach, "cong-van": _cong_van,
           "bai-viet": _bai_viet, "cong-dien": _cong_dien}
_ISSUER = {"chi-thi": "Chủ tịch UBND {prov}", "thong-bao": "UBND {prov}", "ke-hoach": "UBND {prov}",
           "bai-viet": "UBND {prov}", "cong-dien": "Chủ tịch UBND {prov}"}


def _wrap(para: str, width: int) -> list[str]:
    """Greedy wrap on spaces (runs of spaces kept), breaking after a hyphen as PDF tools do ("17/CT-" / "TTg")."""
    lines: list[str] = []
    cur = ""
    for word in para.split(" "):
        if not cur or len(cur) + 1 + len(word) <= width:
            cur = f"{cur} {word}" if cur else word
            continue
        cut = word.find("-", 1)
        if 0 < cut < len(word) - 1 and len(cur) + cut + 2 <= width:
            lines.append(f"{cur} {word[:cut + 1]}")
            cur = word[cut + 1:]
            continue
        lines.append(cur.rstrip())
        cur = word
    lines.append(cur.rstrip())
    return lines


def _hard_wrap(blocks: list[str], rng: Random) -> str:
    """PDF-extraction look of seed 002: every line wrapped at ~75-80 characters and followed by a blank line."""
    width = rng.randint(75, 80)
    lines: list[str] = []
    for block in blocks:
        for para in block.split("\n"):
            para = para.replace("**", "").strip()
            if not para:
                lines.append("")
                continue
            indent = rng.choice(("", "", "", " ", "          ", "            "))
            wrapped = _wrap(para, width - len(indent))
            wrapped[0] = indent + wrapped[0]
            lines.extend(wrapped)
        if rng.random() < 0.15:
            lines.append("")
    return "".join(f"{ln} \n\n" for ln in lines)


def _render(d: _Doc) -> str:
    blocks = _RENDER[d.layout](d)
    if d.pdf:
        text = _hard_wrap(blocks, d.rng)
    else:
        sep = "\n\n" if d.rng.random() < 0.7 else "\n"
        text = sep.join(blocks) + "\n"
    return unicodedata.normalize("NFC", text)


def _choose_layouts(rng: Random, k: int) -> list[str]:
    names = list(LAYOUTS)
    weights = [LAYOUTS[n][1] for n in names]
    chosen: list[str] = []
    while len(chosen) < k:
        pick = rng.choices(names, weights)[0]
        i = names.index(pick)
        chosen.append(names.pop(i))
        weights.pop(i)
    return chosen


def _slug(name: str) -> str:
    s = unicodedata.normalize("NFD", name.replace("đ", "d").replace("Đ", "D"))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


# --------------------------------------------------------------------------------------------------------
# Entry point
# --------------------------------------------------------------------------------------------------------

def synthesize(out_dir: Path, *, localities: int, years: tuple[int, int], seed: int = 0,
               docs_per_year: int = 1, variation: float = 1.0) -> list[Path]:
    """Write ``localities`` x years x ``docs_per_year`` synthetic documents and manifest.csv into ``out_dir``.

    Returns the document paths in generation order (locality, year, document). Existing files with the same
    names are overwritten; other files in ``out_dir`` are left alone. ``variation`` scales the per-document
    rewriting (0: the sentence bank's wordings as they are). The planned duty of every duty text of every
    document is written to ``out_dir/_truth/duties.csv`` (source_file, duty_id, role, wording: which of the
    duty's wordings in the sentence bank, text): a folder, so a
    build of ``out_dir`` does not read it.
    """
    if not 1 <= localities <= len(LOCALITIES):
        raise ValueError(f"localities must be between 1 and {len(LOCALITIES)}, not {localities}")
    first, last = years
    _check_year(first)
    _check_year(last)
    if first > last:
        raise ValueError(f"empty year range {first}-{last}")
    if not 1 <= docs_per_year <= len(LAYOUTS):
        raise ValueError(f"docs_per_year must be between 1 and {len(LAYOUTS)}, not {docs_per_year}")
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    rows: list[tuple[str, str, int, str, str]] = []
    truth: list[tuple[str, str, str, int, str]] = []
    for loc in LOCALITIES[:localities]:
        plans = _plans(loc, seed, last)
        for year in range(first, last + 1):
            layouts = _choose_layouts(Random(f"synth/{seed}/{loc.name}/{year}/layouts"), docs_per_year)
            for k, layout in enumerate(layouts):
                doc = _Doc(loc, year, plans[year], layout, seed, k, variation)
                text = _render(doc)
                path = out_dir / f"{_slug(loc.name)}-{year}-{layout}.txt"
                path.write_bytes(text.encode("utf-8"))
                paths.append(path)
                if layout == "cong-van":
                    issuer = "Sở Khoa học và Công nghệ" if year >= 2025 else "Sở Thông tin và Truyền thông"
                else:
                    issuer = _ISSUER[layout].format(prov=loc.kind)
                rows.append((path.name, loc.name, year, LAYOUTS[layout][0], issuer))
                roles = {p.duty_id: p.role for p in plans[year]}
                wordings = {p.duty_id: p.wording % len(DUTY_BY_ID[p.duty_id].wordings) for p in plans[year]}
                # Only what the layout printed (a Công điện prints one duty per agency): its last words, as
                # layouts put agency names before a duty and hard wrapping moves the spaces.
                flat = re.sub(r"\s+", "", text).lower()
                truth += [(path.name, duty_id, roles[duty_id], wordings[duty_id], t) for duty_id, t in doc.truth.items()
                          if re.sub(r"\s+", "", " ".join(t.split()[-5:])).lower().rstrip(".;,") in flat]
    with open(out_dir / "manifest.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(("source_file", "locality", "year", "doc_type", "issuer"))
        w.writerows(rows)
    (out_dir / "_truth").mkdir(exist_ok=True)
    with open(out_dir / "_truth" / "duties.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(("source_file", "duty_id", "role", "wording", "text"))
        w.writerows(truth)
    return paths
