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

The tables are in ``benchmarks/synth_data.py``, the year-to-year plan in ``synth_plan.py``, a document's state
and shared parts in ``synth_doc.py``, the six layouts in ``synth_layouts.py``.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from pathlib import Path
from random import Random

from benchmarks.synth_data import DUTIES, DUTY_BY_ID, LAYOUTS, LOCALITIES, Duty, Locality
from benchmarks.synth_doc import _Doc, pm_directive
from benchmarks.synth_layouts import _ISSUER, _RENDER
from benchmarks.synth_plan import PlannedDuty, _check_year, _plans, duty_plan

__all__ = ["DUTIES", "DUTY_BY_ID", "LAYOUTS", "LOCALITIES", "Duty", "Locality", "PlannedDuty", "duty_plan", "pm_directive",
           "synthesize"]


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
