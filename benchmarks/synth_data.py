"""The synthetic corpus's tables: localities, the Prime Minister's directives, the sentence bank of duties
(benchmarks/duties.toml), the order of roles, layouts and people's names (benchmarks/synth.py uses them)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path


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
