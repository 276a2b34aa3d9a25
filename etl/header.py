"""The issuing body from the capitalised lines above the national motto ("ỦY BAN NHÂN DÂN / HUYỆN HẢI HẬU",
"UBND TỈNH HÀ TĨNH / VĂN PHÒNG"), with its ordinary spelling restored, for documents whose text never names
their issuer in a sentence."""

from __future__ import annotations

import re
from functools import lru_cache

from etl.segment import is_caps

_MOTTO = re.compile(r"^(?:CỘNG HÒA|CỘNG HOÀ|ĐẢNG CỘNG SẢN)")
_PC = re.compile(r"^(?:ỦY|UỶ) BAN NHÂN DÂN\b|^UBND\b")
# A level word and the place after it; "TỈNH ỦY", "HUYỆN ỦY" … are the party committees of that level, not a place.
_UNIT = re.compile(r"\b((?:TỈNH|THÀNH|HUYỆN|QUẬN|THỊ)\s+(?:ỦY|UỶ)|TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ)\s+(.+)$")
VOWELS = set("AĂÂEÊIOÔƠUƯYÁÀẢÃẠẮẰẲẴẶẤẦẨẪẬÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ")


@lru_cache(maxsize=1)
def _spellings() -> list[str]:
    """Known spellings of agency names and head words, longest first ("Ban Chỉ đạo thi", "Sở Y tế"); of two that differ
    only in case, the capitalised one first ("Phòng GD&ĐT", not "phòng GD&ĐT": a header line opens a name)."""
    from etl.attribution import words
    from etl.gazetteer import entries

    names = {a for e in entries() for a in e.aliases if "{" not in a} | set(words()["heads"])
    return sorted(names, key=lambda a: (len(a), a[:1].isupper()), reverse=True)


def restore_case(caps: str) -> str:
    """ "SỞ Y TẾ TỈNH BẾN TRE" -> "Sở Y tế tỉnh Bến Tre"; acronyms (THPT, UBND) stay as they are."""
    caps = re.sub(r"^(?:ỦY|UỶ) BAN NHÂN DÂN\b", "UBND", caps.strip())
    unit = _UNIT.search(caps)
    name, place = (caps[: unit.start()].strip(), unit) if unit else (caps, None)
    out = ""
    for known in _spellings():
        if name.casefold().startswith(known.casefold()) and (len(name) == len(known) or not name[len(known)].isalnum()):
            out, name = known, name[len(known) :]
            break
    for w in name.split():
        acronym = len(w) <= 5 and not (set(w) & VOWELS) or w in ("UBND", "HĐND")
        out += " " + (w if acronym else w.lower() if out else w.capitalize())
    if place:
        level = place[1].capitalize() if place[1].endswith(("ỦY", "UỶ")) else place[1].lower()  # "Tỉnh ủy"
        out += f" {level} {place[2].title()}"
    return re.sub(r"\s+", " ", out).strip()


def header_issuer(head: list[str]) -> str | None:
    """The issuer named by the header lines before the motto; a second line is a unit of the first
    ("UBND TỈNH HÀ TĨNH / VĂN PHÒNG" -> "Văn phòng UBND tỉnh Hà Tĩnh")."""
    lines = []
    for t in head:
        if _MOTTO.match(t) or not is_caps(t) or t.startswith("Số"):
            break
        lines.append(t.strip())
    if not lines:
        return None
    if len(lines) >= 2 and _PC.match(lines[0]) and _UNIT.match(lines[1]):  # one name on two lines
        lines = [lines[0] + " " + lines[1]] + lines[2:]
    parent = restore_case(lines[0])
    if len(lines) == 1:
        return parent
    child = restore_case(lines[1])
    # "Văn phòng UBND tỉnh X" keeps its parent's name; other units take only its place ("Sở … tỉnh X").
    return f"{child} {parent if child.startswith('Văn phòng') else re.sub(r'^UBND ', '', parent)}"
