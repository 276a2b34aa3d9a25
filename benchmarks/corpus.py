"""Synthetic corpora of fixed sizes, written by benchmarks.synth with a fixed seed."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from benchmarks.synth import synthesize

SEED = 20240627


@dataclass(frozen=True)
class Size:
    """localities x years x docs_per_year documents."""

    localities: int
    first_year: int
    last_year: int
    docs_per_year: int

    @property
    def docs(self) -> int:
        return self.localities * (self.last_year - self.first_year + 1) * self.docs_per_year

    @property
    def shape(self) -> str:
        return f"{self.localities} × {self.first_year}-{self.last_year} × {self.docs_per_year}"


# About 10, 100, 500 and 2,000 documents; the largest is every locality, eight years, four documents a year.
FULL = (Size(5, 2024, 2025, 1), Size(13, 2022, 2025, 2), Size(63, 2022, 2025, 2), Size(63, 2018, 2025, 4))
SMOKE = (Size(2, 2024, 2025, 1), Size(3, 2024, 2025, 2))


def make(size: Size, out: Path, seed: int = SEED) -> Path:
    """Write the corpus of `size` into out/corpus_<docs>/ (emptied first, so no stale file is built)."""
    folder = Path(out) / f"corpus_{size.docs}"
    shutil.rmtree(folder, ignore_errors=True)
    synthesize(folder, localities=size.localities, years=(size.first_year, size.last_year), seed=seed,
               docs_per_year=size.docs_per_year)
    return folder
