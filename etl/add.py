"""Adding documents: check a file, show what was read from it, store it in the input folder with the
user's corrections in the manifest, then rebuild. The library behind `python -m etl add` and the
dashboard's upload page."""

from __future__ import annotations

import contextlib
import csv
import errno
import os
import re
import tempfile
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from etl import manifest
from etl.config import Settings
from etl.manifest import MANIFEST_FIELDS, read_manifest
from etl.pipeline import input_files, parse_document
from etl.read import RejectedFile, decode, read_file

EDITABLE = ("locality", "year", "doc_type", "issuer", "number", "issued_date", "title")
_SAFE_NAME = re.compile(r"[^\w.\-]+", re.UNICODE)
MAX_NAME = 120  # characters, extension included


class StoreError(Exception):
    """A checked file could not be written; `kind` says why ("disk_full", "read_only", "exists", "manifest",
    "other"). Nothing of it is left in the folder."""

    def __init__(self, kind: str, name: str, message: str):
        super().__init__(message)
        self.kind, self.name = kind, name


def _store_error(exc: OSError, name: str, raw_dir: Path) -> StoreError:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return StoreError("disk_full", name, f"{name} was not saved: the disk is full ({exc.strerror}); "
                                             "free some space and save it again")
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return StoreError("read_only", name, f"{name} was not saved: {raw_dir} cannot be written to "
                                             f"({exc.strerror}); fix the folder's permissions and save it again")
    return StoreError("other", name, f"{name} was not saved ({exc.strerror or exc}); nothing was changed")


@dataclass
class Preview:
    name: str  # the name it will be stored under
    data: bytes
    metadata: dict = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    clauses: int = 0
    sha256: str = ""
    problem: str | None = None  # one sentence when the file cannot be added
    renamed: tuple[str, str, str] | None = None  # (name given, cleaned name already used, "folder"/"upload")

    @property
    def ok(self) -> bool:
        return self.problem is None

    def renamed_note(self) -> str | None:
        if not self.renamed:
            return None
        given, wanted, where = self.renamed
        place = "in the folder" if where == "folder" else "by another file of this upload"
        return f"{given} will be stored as {self.name}: the name {wanted} is already used {place}"


def safe_name(name: str) -> str:
    """A file name that cannot leave the input folder or hide: no path parts, no leading dot, NFC, at
    most MAX_NAME characters with its extension kept (a long .pdf name must stay a .pdf)."""
    base = Path(unicodedata.normalize("NFC", name).replace("\\", "/").replace("\x00", "")).name
    base = _SAFE_NAME.sub("_", base).lstrip("._") or "document.txt"
    suffix = Path(base).suffix if len(Path(base).suffix) <= 10 else ""
    return base[: MAX_NAME - len(suffix)].rstrip("._") + suffix if len(base) > MAX_NAME else base


def _numbered(name: str, n: int) -> str:
    stem, suffix = Path(name).stem, Path(name).suffix
    tail = f"_{n}{suffix}"
    return stem[: MAX_NAME - len(tail)] + tail


def unique_names(names: list[str], raw_dir: Path) -> list[tuple[str, tuple[str, str, str] | None]]:
    """The name each file of one upload is stored under, and a note when it is not its own cleaned name.

    Two names can clean to the same one ("báo cáo.txt" and "báo_cáo.txt", or two long names equal in
    their first 120 characters), and a name can already be taken in the folder: the later file is
    renamed with a number, visibly, before anything is stored, so no file ever replaces another."""
    on_disk = {p.name for p in raw_dir.iterdir()} if raw_dir.is_dir() else set()
    taken = set(on_disk)
    out = []
    for original in names:
        name = wanted = safe_name(original)
        n = 1
        while name in taken:
            n += 1
            name = _numbered(wanted, n)
        taken.add(name)
        out.append((name, None if name == wanted else (original, wanted, "folder" if wanted in on_disk else "upload")))
    return out


def existing_hashes(raw_dir: Path, settings: Settings) -> dict[str, str]:
    """Decoded-text hash -> file name for every readable document already in the folder."""
    out = {}
    for path in input_files(raw_dir):
        try:
            out[read_file(path, settings=settings).sha256] = path.name
        except RejectedFile:
            continue
    return out


def preview(name: str, data: bytes, raw_dir: Path, settings: Settings, known: dict[str, str] | None = None,
            *, stored_as: str | None = None) -> Preview:
    """Everything a person needs to decide: metadata read, clause count, or why it cannot be added.
    `stored_as` is the name chosen by unique_names (default: the cleaned name)."""
    p = Preview(stored_as or safe_name(name), data)
    try:
        decoded = decode(data, p.name, settings=settings)
        known = existing_hashes(raw_dir, settings) if known is None else known
        if decoded.sha256 in known:
            raise RejectedFile(f"the same document is already loaded as {known[decoded.sha256]}")
        doc = parse_document(p.name, decoded, None, settings)
    except RejectedFile as exc:
        p.problem = str(exc)
        return p
    p.sha256 = decoded.sha256
    p.metadata = {k: doc.meta.get(k) for k in EDITABLE}
    p.warnings = [msg for _, msg in doc.warnings] + list(decoded.notes)
    p.clauses = len(doc.clauses)
    return p


def preview_all(files: list[tuple[str, bytes]], raw_dir: Path, settings: Settings,
                known: dict[str, str] | None = None) -> list[Preview]:
    """Previews of one upload: unique stored names, and a second copy of a document refused as a duplicate."""
    known = dict(existing_hashes(raw_dir, settings) if known is None else known)
    # Saved a moment ago and not built yet (the upload box keeps its files after saving): not new.
    saved = [_saved_as(raw_dir, data) for _, data in files]
    names = iter(unique_names([n for (n, _), s in zip(files, saved) if not s], raw_dir))
    out = []
    for (name, data), already in zip(files, saved):
        if already:
            out.append(Preview(already, data, problem=f"it is already saved in the folder as {already}"))
            continue
        stored, renamed = next(names)
        p = preview(name, data, raw_dir, settings, known, stored_as=stored)
        p.renamed = renamed
        if p.ok:
            known[p.sha256] = p.name
        out.append(p)
    return out


def _saved_as(raw_dir: Path, data: bytes) -> str | None:
    """The name of a file in the folder with exactly these bytes (only files of the same size are read)."""
    if not raw_dir.is_dir():
        return None
    for path in input_files(raw_dir):
        try:
            if path.stat().st_size == len(data) and path.read_bytes() == data:
                return path.name
        except OSError:
            continue
    return None


def store(p: Preview, raw_dir: Path, corrections: dict[str, object] | None = None) -> Path:
    """Write the original bytes into the input folder under a name nobody else holds, and the user's
    corrections into manifest.csv. Raises StoreError (one sentence) when the folder cannot take it."""
    if not p.ok:
        raise RejectedFile(p.problem)
    target = raw_dir / p.name
    fixes = {k: str(v) for k, v in (corrections or {}).items() if k in MANIFEST_FIELDS and v not in (None, "")}
    for k, v in fixes.items():  # the checks the build applies to manifest cells, before anything is written
        try:
            fixes[k] = manifest.CHECKS.get(k, manifest.check_text)(v)
        except ValueError as exc:
            raise StoreError("manifest", p.name, f"{p.name} was not saved: {exc}") from None
    try:
        raw_dir.mkdir(parents=True, exist_ok=True)
        created = _write_new(target, p.data)
        try:
            # The name was free, so a manifest row under it belongs to a file deleted earlier: it must not
            # give this document that file's locality or year. Only this upload's corrections stay.
            if fixes or p.name in read_manifest(raw_dir):
                update_manifest(raw_dir, p.name, fixes)
        except BaseException:
            if created:  # all or nothing: a document without its corrections would load wrongly
                target.unlink(missing_ok=True)
            raise
    except FileExistsError:
        raise StoreError("exists", p.name, f"{p.name} was not saved: a different file of that name was saved in "
                                           "the meantime; upload it again to get a new name") from None
    except OSError as exc:
        raise _store_error(exc, p.name, raw_dir) from None
    return target


def update_manifest(raw_dir: Path, name: str, values: dict[str, str]) -> None:
    """Set the row of `name` to exactly `values` (no row when empty). Every other row and cell is kept as
    written, in its order (saved as UTF-8)."""
    try:
        header, rows = manifest.table(raw_dir)
    except RejectedFile as exc:
        raise StoreError("manifest", name, f"{name} was not saved: {exc}; fix manifest.csv and save it "
                                           "again") from None
    if "source_file" not in header:
        if rows:  # a manifest the build ignores: never overwrite what someone typed
            raise StoreError("manifest", name, f"{name} was not saved: manifest.csv has no 'source_file' column; "
                                               "fix manifest.csv and save it again")
        header = ["source_file"]
    header = header + [f for f in MANIFEST_FIELDS if f in values and f not in header]
    at = header.index("source_file")
    rows = [r for r in rows if not (len(r) > at and r[at].strip() == name)]
    if values:
        rows.append([name if c == "source_file" else values.get(c.strip(), "") for c in header])
    with _temp(raw_dir, ".manifest.") as (f, tmp):
        with os.fdopen(f, "w", encoding="utf-8", newline="") as out:
            csv.writer(out).writerows([header, *rows])
        os.replace(tmp, raw_dir / manifest.NAME)


@contextlib.contextmanager
def _temp(folder: Path, prefix: str):
    """A temporary file in `folder` that is removed whatever happens, unless it was moved into place."""
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=prefix, suffix=".tmp")
    try:
        yield fd, tmp
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)


def _write_new(path: Path, data: bytes) -> bool:
    """Write `path` in one step, never replacing a file: the same bytes already there count as done
    (False: nothing was created)."""
    with _temp(path.parent, ".upload.") as (fd, tmp):
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        try:
            os.link(tmp, path)  # fails when the name exists, unlike os.replace
        except FileExistsError:
            if path.read_bytes() != data:
                raise
            return False
    return True
