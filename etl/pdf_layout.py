"""A PDF's layout text, read as a Word file of the same page would be (etl/office.py calls these in this order).

pypdf's layout mode keeps each glyph where the page shows it. That keeps a table's columns aligned, but:
- a syllable whose tone mark is placed as its own glyph comes apart ("nh  ận"): `join_syllables`;
- what a printer writes on every page (a running header or footer, a page counter) stands among the text:
  `strip_running`;
- every row of a task table runs over several lines ("1    Rà soát cơ sở vật chất, bố trí phòng   Sở Giáo dục và …" /
  "     thi tại các điểm thi   Đào tạo …"): read line by line, the lead agency would be split from its task and every
  cell would become a paragraph of its own. Where a line heads a numbered task table ("TT | Nội dung công việc | Đơn vị
  chủ trì | …", the header etl.statements.table_columns reads in a Word table), the table's columns are the gutters
  its lines leave blank, and each row becomes one "cell | cell | …" line, as a Word table is read: `rebuild`;
- a letterhead's two columns interleave line by line: `letterhead`.
Anything that is none of these is left exactly as it was."""

from __future__ import annotations

import re

from etl.header import VOWELS
from etl.statements import CELL, table_columns

_GAP = re.compile(r" {3,}")
_MOTTO = re.compile(r"CỘNG\s+H(?:ÒA|OÀ)|Độc\s+lập\s*[-–]", re.IGNORECASE)
# The first cell of a numbered table's header, and of its rows: "1", "1.2", "II", "a)"
_NUMBER_HEAD = re.compile(r"^\s{0,3}(?:S?TT|Số\s+TT|Số\s+thứ\s+tự)\s{2,}\S", re.IGNORECASE)
_ROW = re.compile(r"^\s{0,3}(?:\d{1,3}(?:\.\d{1,2})*|[IVX]{1,5}|[a-zđ])[.)]?(?:\s{2,}\S|\s*$)")


# A Vietnamese syllable always has a vowel. A PDF that places a stacked tone mark as its own glyph ("nh" + "ận",
# "H" + "ỘI") comes out of layout mode as two pieces; a piece that is only an onset ("nh", "th", "ng") before one that
# starts with a vowel is one syllable ("Nơi nh  ận:" -> "Nơi nhận:"). Bold capitals of a letterhead come apart widely
# ("XÃ H        ỘI CH  Ủ NGHĨA"). (Not after a number: "500 m ở …" is a unit; nor an abbreviation's letter, "v.v ở".)
_VOWEL = "".join(sorted(VOWELS)).lower()
_ONSET = "(?:[bcdđghklmnprstvx]|[BCDĐGHKLMNPRSTVX])(?:h|g|gh|r)?"
_SPLIT_SYLLABLE = re.compile(rf"(?<![\w.])(?<!\d )({_ONSET}) {{1,3}}(?=[{_VOWEL}])"
                             rf"|(?<![\w.])([BCDĐGHKLMNPRSTVX](?:H|G|GH|R)?) {{1,12}}(?=[{_VOWEL.upper()}])")


def join_syllables(text: str) -> str:
    return _SPLIT_SYLLABLE.sub(lambda m: m.group(1) or m.group(2), text)


def _pieces(line: str, gap: int = 3) -> list[tuple[int, int]]:
    """(start, end) of each run of text parted from the next by `gap` spaces or more."""
    return [(m.start(), m.end()) for m in re.finditer(rf"\S+(?: {{1,{gap - 1}}}\S+)*", line)]


def _bounds(lines: list[str]) -> list[int]:
    """Where each column starts: after each run of two or more positions that every line leaves blank."""
    width = max(len(ln) for ln in lines)
    used = [any(p < len(ln) and ln[p] != " " for ln in lines) for p in range(width)]
    starts, blank = [], 2
    for p, filled in enumerate(used):
        if filled and blank >= 2:
            starts.append(p)
        blank = 0 if filled else blank + 1
    return starts


def _crosses(line: str, starts: list[int]) -> bool:
    """Text runs over a gutter (the middle of the blank before a column): a paragraph, or a title row across the
    table, not a line of cells."""
    for a in starts[1:]:
        mid = a - 2
        if mid < len(line) and line[mid] != " " and line[mid + 1] != " ":
            return True
    return False


def _cut(line: str, starts: list[int]) -> list[str]:
    return [line[a : starts[k + 1] if k + 1 < len(starts) else len(line)].strip() for k, a in enumerate(starts)]


def _table_at(lines: list[str], k: int, header: list[str] | None = None) -> tuple[list[str], int, list[str]] | None:
    """The table whose header starts at line `k` as "cell | cell" lines, the line after it and its header; None when it
    is no task table or its columns cannot be told apart. With `header` (a table that a page break cut), `k` is its
    first row on the new page and the header is not written again."""
    j = k
    if header is None:
        # the header's own lines: short cells ("Đơn vị" / "chủ trì"); a row's first lines above its number (a number
        # centred in its cell) hold a task's words
        j = k + 1
        while (j < len(lines) and j <= k + 4 and not _ROW.match(lines[j])
               and all(len(lines[j][a:b].split()) <= 4 for a, b in _pieces(lines[j]))):
            j += 1
        if not any(_ROW.match(ln) for ln in lines[j : j + 8]):
            return None
    head = [ln for ln in lines[k:j] if ln.strip()]
    # Where the table ends: first at a line that writes in the number column without a number (the paragraph after
    # it); the columns come from the lines that show every column (the header's and the numbered rows' with three
    # cells or more), and a line before that end whose text runs over their gutters ends the table too.
    first_row = next((ln for ln in lines[j : j + 8] if _ROW.match(ln)), None)
    if first_row is None:
        return None
    number_width = (_pieces(head[0]) if head else _pieces(first_row))[0][1] + 1
    end = next((m for m in range(j, len(lines)) if lines[m].strip() and not _ROW.match(lines[m])
                and lines[m][:number_width].strip()), len(lines))
    starts = _bounds(head + [ln for ln in lines[j:end] if _ROW.match(ln) and len(_pieces(ln)) >= 3])
    if len(starts) < 3 or any(_crosses(ln, starts) for ln in head):
        return None
    end = next((m for m in range(j, end) if lines[m].strip() and not _ROW.match(lines[m])
                and (_crosses(lines[m], starts) or lines[m][: starts[1]].strip())), end)
    if header is None:
        header = [re.sub(r"\s+", " ", " ".join(parts)).strip() for parts in zip(*(_cut(ln, starts) for ln in head))]
        if table_columns(CELL.join(header)) is None:
            return None
        out = [CELL.join(header)]
    elif len(starts) != len(header):
        return None
    else:
        out = []
    return out + _rows([ln for ln in lines[j:end] if ln.strip()], starts), end, header


def _rows(body: list[str], starts: list[int]) -> list[str]:
    """The table's lines grouped into rows, each a "cell | cell" line. A row is a numbered line and the lines of its
    cells around it: below it when numbers stand at the top of their cells; when they stand in the middle (a number
    line whose task goes on in lower case, or task lines above the first number), the lines between two numbers part
    where the lower row's task begins, at the last of them that starts with a capital."""
    numbered = [i for i, ln in enumerate(body) if _ROW.match(ln) and ln[: starts[1]].strip()]
    if not numbered:
        return []
    task = [_cut(ln, starts)[1] for ln in body]
    centred = numbered[0] > 0 or any(task[i][:1].islower() for i in numbered)
    owner = [0] * len(body)
    for n, i in enumerate(numbered):
        after = numbered[n + 1] if n + 1 < len(numbered) else len(body)
        for m in range(i, after):
            owner[m] = i
        if centred and n + 1 < len(numbered):
            capital = [m for m in range(i + 1, after) if task[m][:1].isupper()]
            for m in range(capital[-1] if capital else after, after):
                owner[m] = after
    for m in range(numbered[0]):
        owner[m] = numbered[0]
    groups: dict[int, list[str]] = {i: [] for i in numbered}
    for m, line in enumerate(body):
        groups[owner[m]].append(line)
    out: list[str] = []
    for i in numbered:
        group = groups[i]
        if len(group) == 1 and _crosses(group[0], starts):  # a title row across the table ("II   CÔNG TÁC …"): two cells
            line = group[0]
            out.append(CELL.join(p for p in (line[: starts[1]].strip(), line[starts[1] :].strip()) if p))
            continue
        cells = [_cut(line, starts) for line in group]
        out.append(CELL.join(" ".join(filter(None, column)) for column in zip(*cells)))
    return out


def rebuild(page: str, open_table: list[str] | None = None) -> tuple[str, list[str] | None]:
    """A page of layout text with each numbered task table's rows as "cell | cell | …" lines, and the header of a table
    that runs on to the next page (None when the page ends otherwise). `open_table`: the previous page's."""
    lines = page.split("\n")
    out, k, last = [], 0, None
    first = next((i for i, ln in enumerate(lines) if ln.strip()), len(lines))
    while k < len(lines):
        found = None
        if open_table and k == first and (_ROW.match(lines[k]) or lines[k].startswith("  ")):
            found = _table_at(lines, k, open_table)  # (a row whose number stands mid-cell starts with its task's words)
        elif _NUMBER_HEAD.match(lines[k]) and len(_pieces(lines[k])) >= 3:
            found = _table_at(lines, k)
        if found:
            out += found[0]
            k, last = found[1], found[2]
            continue
        if lines[k].strip():
            last = None
        out.append(lines[k])
        k += 1
    return "\n".join(out), last


def letterhead(page: str) -> str:
    """A page whose letterhead's two columns ("ỦY BAN NHÂN DÂN … CỘNG HÒA XÃ HỘI …" / "TỈNH ĐIỆN BIÊN … Độc lập - Tự do -
    Hạnh phúc") stand side by side, with the left column's lines first and then the right's, as a Word letterhead is
    read: side by side they interleave ("ỦY BAN NHÂN DÂN" / "CỘNG HÒA …" / "TỈNH ĐIỆN BIÊN"). The letterhead starts at
    the line whose right half opens the national motto, among the page's first lines (a browser's print header may
    stand above it), and ends at the first line that runs across the middle (the title) or, once the right column has
    ended, starts left of the left column (the body: "Kính gửi: …")."""
    lines = page.split("\n")
    filled = [k for k, ln in enumerate(lines) if ln.strip()][:6]
    # (the two columns stand far apart; bold capitals may have gaps of three spaces inside a column)
    top = next((k for k in filled if len(_pieces(lines[k], 6)) == 2
                and _MOTTO.match(lines[k][_pieces(lines[k], 6)[1][0]:])), None)
    if top is None:
        return page
    middle = _pieces(lines[top], 6)[1][0]
    left, right, k, margin = [], [], top, middle
    while k < len(lines):
        pieces = _pieces(lines[k], 6)
        if any(a < middle - 2 < b for a, b in pieces) or len(pieces) > 2:
            break
        lefts = [(a, b) for a, b in pieces if b <= middle - 2]
        if len(lefts) < len(pieces):  # a line of both columns, or of the right one: the letterhead goes on
            margin = min([margin, *(a for a, _ in lefts)])
        elif pieces and pieces[0][0] < margin - 1:
            break  # the right column has ended, and a line left of the left column's margin is the body's
        left += [lines[k][a:b] for a, b in lefts]
        right += [lines[k][a:b] for a, b in pieces if b > middle - 2]
        k += 1
    return "\n".join([*lines[:top], *left, *right, *lines[k:]])


# What a printer or a browser writes on every page: a page counter ("1/2", "Trang 2"), the file's address, the date and
# time it was printed.
_FURNITURE = re.compile(r"^\s*(?:(?:Trang\s+)?\d{1,3}\s*(?:/|of|trên)\s*\d{1,3}|(?:file|ﬁle|https?)://\S+|"
                        r"\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}(?:\s*[AP]M)?)\s*$", re.IGNORECASE)


def strip_running(pages: list[str]) -> list[str]:
    """The pages without their running headers and footers: a line among a page's first or last three that comes back
    at the top or foot of another page (its numbers aside: "Trang 2", "- 3 -"), or that only a printer writes
    (_FURNITURE). The text of one page keeps every line no other page repeats."""
    def key(line: str) -> str:
        return re.sub(r"\d+", "#", " ".join(line.split()))

    edges = []
    for page in pages:
        filled = [ln for ln in page.split("\n") if ln.strip()]
        edges.append({key(ln) for ln in filled[:3] + filled[-3:]})
    seen: dict[str, int] = {}
    for keys in edges:
        for k in keys:
            seen[k] = seen.get(k, 0) + 1
    out = []
    for page in pages:
        filled = [k for k, ln in enumerate(page.split("\n")) if ln.strip()]
        ends = set(filled[:3] + filled[-3:])
        lines = page.split("\n")
        out.append("\n".join(ln for k, ln in enumerate(lines)
                             if not (k in ends and (_FURNITURE.match(ln) or (len(pages) > 1 and seen[key(ln)] > 1)))))
    return out
