"""One frozen Settings object: paths and thresholds, each overridable by an environment variable."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = Path(__file__).resolve().parent


def _env(name: str, default, cast):
    raw = os.environ.get(name)
    return default if raw in (None, "") else cast(raw)


@dataclass(frozen=True)
class Settings:
    raw_dir: Path = field(default=ROOT / "data" / "raw", metadata={"env": "DIRECTIVES_RAW", "help": "input folder"})
    db_path: Path = field(
        default=ROOT / "data" / "directives.duckdb", metadata={"env": "DIRECTIVES_DB", "help": "DuckDB file"}
    )
    max_file_bytes: int = field(
        default=5_000_000, metadata={"env": "DIRECTIVES_MAX_BYTES", "help": "larger files are refused"}
    )
    agency_fuzzy_cutoff: float = field(
        default=88.0, metadata={"env": "DIRECTIVES_AGENCY_CUTOFF", "help": "rapidfuzz score to accept a misspelt agency"}
    )
    link_threshold: float = field(
        default=38.0, metadata={"env": "DIRECTIVES_LINK_THRESHOLD", "help": "pair score (scoring.Scorer) to link two statements"}
    )
    unscored_pair_score: float = field(
        default=37.0, metadata={"env": "DIRECTIVES_UNSCORED", "help": "score assumed for a pair never compared (average linkage)"}
    )
    repeat_threshold: float = field(
        default=60.0, metadata={"env": "DIRECTIVES_REPEAT_THRESHOLD", "help": "average score at which two groups holding statements of one document may join"}
    )
    restate_threshold: float = field(
        default=75.0, metadata={"env": "DIRECTIVES_RESTATE_THRESHOLD", "help": "best link at which two groups holding statements of one document still join (one restates the other)"}
    )
    max_candidates: int = field(
        default=20, metadata={"env": "DIRECTIVES_MAX_CANDIDATES", "help": "nearest statements (word TF-IDF) scored for each statement, at least (more in a small corpus)"}
    )
    reword_threshold: float = field(
        default=97.0, metadata={"env": "DIRECTIVES_REWORD_THRESHOLD", "help": "below this a kept duty counts as reworded"}
    )
    pair_floor: float = field(
        default=20.0, metadata={"env": "DIRECTIVES_PAIR_FLOOR", "help": "word similarity from which two statements of one duty that the aligner never linked are still paired (Changes, Compare)"}
    )
    workers: int = field(default=-1, metadata={"env": "DIRECTIVES_WORKERS", "help": "rapidfuzz workers (-1: all cores)"})
    # Hardening limits (issue 12): a build that waits for another gives up; Word/PDF reading is bounded.
    lock_wait: float = field(
        default=300.0, metadata={"env": "DIRECTIVES_LOCK_WAIT", "help": "seconds a build waits for another build of the same database"}
    )
    max_expanded_bytes: int = field(
        default=60_000_000, metadata={"env": "DIRECTIVES_MAX_EXPANDED", "help": "a .docx that unpacks to more is refused (zip bomb)"}
    )
    read_memory_mb: int = field(
        default=1024, metadata={"env": "DIRECTIVES_READ_MEMORY_MB", "help": "memory allowed to the process reading a .docx/.pdf"}
    )
    read_seconds: float = field(
        default=30.0, metadata={"env": "DIRECTIVES_READ_SECONDS", "help": "time allowed to read one .docx/.pdf"}
    )

    @classmethod
    def from_env(cls, **overrides) -> Settings:
        values = {}
        for f in fields(cls):
            cast = Path if f.type in ("Path", Path) else (float if f.type in ("float", float) else int)
            values[f.name] = _env(f.metadata["env"], f.default, cast)
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)

    def thresholds(self) -> dict[str, float]:
        """The named matching settings, stored with each build and shown by the dashboard."""
        return {
            "agency_fuzzy_cutoff": self.agency_fuzzy_cutoff,
            "link_threshold": self.link_threshold,
            "unscored_pair_score": self.unscored_pair_score,
            "reword_threshold": self.reword_threshold,
            "pair_floor": self.pair_floor,
            "repeat_threshold": self.repeat_threshold,
            "restate_threshold": self.restate_threshold,
            "max_candidates": float(self.max_candidates),
        }
