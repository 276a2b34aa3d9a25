"""One synthetic document's state: locality, year, plan, its own random stream, style choices, agency names
and the parts every layout shares (header, signature, recipients)."""

from __future__ import annotations

import datetime as dt
from random import Random

from benchmarks.synth_data import _GIVEN, _MIDDLES, _SURNAMES, DUTY_BY_ID, EXAM_DAYS, PM_DIRECTIVES, Locality
from benchmarks.synth_plan import PlannedDuty
from benchmarks.variation import VERBS, rewrite


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
