"""Adding documents: check a file, show what was read from it, store it in the input folder with the
user's corrections in the manifest, then rebuild. The library behind `python -m etl add` and the
dashboard's upload page."""

from __future__ import annotations

import csv
import os
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from etl.config import Settings
from etl.metadata import MANIFEST_FIELDS, read_manifest
from etl.pipeline import input_files, parse_document
from etl.read import RejectedFile, decode, read_file

EDITABLE = ("locality", "year", "doc_type", "issuer", "number", "issued_date", "title")
_SAFE_NAME = re.compile(r"[^\w.\-]+", re.UNICODE)


@dataclass
class Preview:
    name: str  # the name it will be stored under
    data: bytes
    metadata: dict = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    clauses: int = 0
    sha256: str = ""
    problem: str | None = None  # one sentence when the file cannot be added

    @property
    def ok(self) -> bool:
        return self.problem is None


def safe_name(name: str) -> str:
    """A file name that cannot leave the input folder or hide: no path parts, no leading dot."""
    base = Path(name.replace("\\", "/")).name
    base = _SAFE_NAME.sub("_", base).lstrip("._") or "document.txt"
    return base[:120]


def existing_hashes(raw_dir: Path, settings: Settings) -> dict[str, str]:
    """Decoded-text hash -> file name for every readable document already in the folder."""
    out = {}
    for path in input_files(raw_dir):
        try:
            out[read_file(path, max_bytes=settings.max_file_bytes).sha256] = path.name
        except RejectedFile:
            continue
    return out


def preview(name: str, data: bytes, raw_dir: Path, settings: Settings, known: dict[str, str] | None = None) -> Preview:
    """Everything a person needs to decide: metadata read, clause count, or why it cannot be added."""
    p = Preview(safe_name(name), data)
    try:
        decoded = decode(data, p.name, max_bytes=settings.max_file_bytes)
        known = existing_hashes(raw_dir, settings) if known is None else known
        if decoded.sha256 in known:
            raise RejectedFile(f"the same document is already loaded as {known[decoded.sha256]}")
        target = raw_dir / p.name
        if target.exists() and target.read_bytes() != data:
            raise RejectedFile(f"a different file named {p.name} is already in {raw_dir}; rename this one")
        doc = parse_document(p.name, decoded, None, settings)
    except RejectedFile as exc:
        p.problem = str(exc)
        return p
    p.sha256 = decoded.sha256
    p.metadata = {k: doc.meta.get(k) for k in EDITABLE}
    p.warnings = [msg for _, msg in doc.warnings] + list(decoded.notes)
    p.clauses = len(doc.clauses)
    return p


def store(p: Preview, raw_dir: Path, corrections: dict[str, object] | None = None) -> Path:
    """Write the original bytes into the input folder and the user's corrections into manifest.csv."""
    if not p.ok:
        raise RejectedFile(p.problem)
    raw_dir.mkdir(parents=True, exist_ok=True)
    target = raw_dir / p.name
    _atomic_write(target, p.data)
    fixes = {k: str(v) for k, v in (corrections or {}).items() if k in MANIFEST_FIELDS and v not in (None, "")}
    if fixes:
        update_manifest(raw_dir, p.name, fixes)
    return target


def update_manifest(raw_dir: Path, name: str, values: dict[str, str]) -> None:
    rows = read_manifest(raw_dir)
    rows.setdefault(name, {}).update(values)
    columns = ["source_file", *[f for f in MANIFEST_FIELDS if any(f in r for r in rows.values())]]
    path = raw_dir / "manifest.csv"
    fd, tmp = tempfile.mkstemp(dir=raw_dir, prefix=".manifest.", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=columns)
        writer.writeheader()
        for file_name in sorted(rows):
            writer.writerow({"source_file": file_name, **{k: rows[file_name].get(k, "") for k in columns[1:]}})
    os.replace(tmp, path)


def _atomic_write(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".upload.", suffix=".tmp")
    with os.fdopen(fd, "wb") as f:
        f.write(data)
    os.replace(tmp, path)
