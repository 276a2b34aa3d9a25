"""Per-document rewriting of the sentence bank's duties (benchmarks/variation.toml), so that a synthetic
national corpus varies its wording as real documents do: synonyms, a local addition, an opener, a part of
a list dropped, two parts swapped, optional modifiers left out. Every choice comes from the document's own random stream."""

from __future__ import annotations

import re
import tomllib
from functools import cache
from pathlib import Path
from random import Random

# First words that begin a duty with its verb, where an opener reads naturally.
VERBS = {"chủ", "tổ", "xây", "bảo", "đảm", "phối", "tăng", "triển", "rà", "có", "bố", "thực", "kiểm", "tham",
          "tuyên", "ưu", "hướng", "làm", "quán", "đẩy", "chuẩn", "vận", "huy", "giải", "cung", "theo"}


@cache
def bank() -> dict:
    with open(Path(__file__).with_name("variation.toml"), "rb") as fh:
        return tomllib.load(fh)


@cache
def _synonym_re() -> tuple[re.Pattern, dict[str, list[str]]]:
    groups = {}
    for group in bank()["synonyms"]:
        for word in group:
            groups[word] = [w for w in group if w != word]
    words = sorted(groups, key=len, reverse=True)
    return re.compile(r"(?<!\w)(" + "|".join(re.escape(w) for w in words) + r")(?!\w)"), groups


def _synonyms(text: str, rng: Random, p: float) -> str:
    pattern, groups = _synonym_re()
    return pattern.sub(lambda m: rng.choice(groups[m.group(1)]) if rng.random() < p else m.group(1), text)


@cache
def _optional_re() -> re.Pattern:
    words = sorted(bank()["optional"], key=len, reverse=True)
    return re.compile(r" (" + "|".join(re.escape(w) for w in words) + r")(?=[ ,.;])")


def _deletions(text: str, rng: Random, p: float) -> str:
    """Leave out some optional modifiers ("toàn diện", "chặt chẽ" …), as a document that words a duty more
    tersely does."""
    return _optional_re().sub(lambda m: "" if rng.random() < p else m.group(0), text)


def _lists(text: str, rng: Random) -> str:
    """Drop one inner item of a comma list, or swap two neighbouring inner items (short items only, so
    a clause is never cut in the middle)."""
    body, end = (text[:-1], text[-1]) if text[-1:] in ".;" else (text, "")
    parts = body.split(", ")
    short = [k for k in range(1, len(parts) - 1) if len(parts[k].split()) <= 4]
    if len(short) >= 2 and rng.random() < 0.35:
        del parts[rng.choice(short)]
        short = [k for k in range(1, len(parts) - 1) if len(parts[k].split()) <= 4]
    pairs = [k for k in short if k + 1 in short]
    if pairs and rng.random() < 0.35:
        k = rng.choice(pairs)
        parts[k], parts[k + 1] = parts[k + 1], parts[k]
    return ", ".join(parts) + end


def rewrite(text: str, rng: Random, *, locality: str, year: int, prov: str = "tỉnh", strength: float = 1.0) -> str:
    """One document's wording of one duty."""
    b = bank()
    original = text
    text = _synonyms(text, rng, 0.6 * strength)
    text = _deletions(text, rng, 0.3 * strength)
    text = _lists(text, rng)
    pieces, before = text.split("; "), original.split("; ")
    for k, piece in enumerate(pieces):  # each statement of a duty varies: every document words it its own way
        # A piece the synonyms and deletions left as it was gets a second addition more often: with one
        # addition from a list of 34, short fixed pieces ("không cắt điện trong những ngày thi") repeated
        # across 2,000 documents far more often than real documents repeat one another.
        same = k < len(before) and piece == before[k]
        second = (0.8 if same else 0.35) * strength
        n_add = int(rng.random() < 0.85 * strength or (strength and same)) + int(rng.random() < second)
        for addition in rng.sample(b["additions"], n_add):
            addition = addition.format(loc=locality, prov=prov, year=year, day=rng.randint(5, 25),
                                       days=rng.randint(2, 10))
            body, end = (piece[:-1], piece[-1]) if piece[-1:] in ".;" else (piece, "")
            piece = body + addition + end
        pieces[k] = piece
    text = "; ".join(pieces)
    first = text.split(" ", 1)[0].lower()
    if rng.random() < 0.35 * strength and first in VERBS:  # never before an agency name ("Sở Y tế …")
        text = rng.choice(b["openers"]) + text[:1].lower() + text[1:]
    return text
