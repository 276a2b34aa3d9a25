"""read -> clean -> metadata -> segment -> agencies -> align -> load, over a folder of documents."""

from __future__ import annotations

import contextlib
import hashlib
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from etl import agencies as ag
from etl import manifest as mf
from etl.clean import clean, strip_emphasis
from etl.config import Settings
from etl.frames import doc_rows, statement_rows
from etl.messages import with_english
from etl.metadata import extract
from etl.pool import PARALLEL_FROM, parsing_pool, pool_size  # noqa: F401  (PARALLEL_FROM: public)
from etl.read import SUPPORTED_SUFFIXES, Decoded, RejectedFile, read_file, unsupported_reason
from etl.segment import clauses as segment_clauses
from etl.segment import kinds as paragraph_kinds

Progress = Callable[[str], None]


@dataclass
class Parsed:
    """One document after every per-document stage."""

    source_file: str
    decoded: Decoded
    meta: dict
    sources: dict
    warnings: list
    recipients: list
    clauses: list
    found: dict  # clause seq -> [Found]: lead and support, union over the clause's statements
    dropped: list
    wrapped: bool
    coverage: float
    mentions: dict = field(default_factory=dict)  # clause seq -> [Found]: every agency named, with its part
    # Duty statement rows (statement_rows), made where the document is parsed: in a worker for a large
    # folder, so their normalisation, themes and topics (a third of a national build's serial time) run
    # on every core.
    statements: list = field(default_factory=list)
    # Its rows of the tables that need no alignment (doc_rows), made in the worker too: building them was
    # four seconds of a national build's serial time.
    rows: dict = field(default_factory=dict)
    copy_keys: frozenset = frozenset()  # copy_keys(), made in the worker too

    @property
    def doc_id(self) -> str:
        return self.decoded.sha256[:12]


@dataclass
class Build:
    docs: list[Parsed] = field(default_factory=list)
    rejected: list[tuple[str, str, str | None]] = field(default_factory=list)  # (file, reason, duplicate of)
    timings: dict[str, float] = field(default_factory=dict)
    notes: list[tuple[str, str, str]] = field(default_factory=list)  # (file, field, message) not tied to a document
    frames: dict[str, pd.DataFrame] = field(default_factory=dict)


def _chars(text: str) -> tuple[np.ndarray, np.ndarray]:
    """(code points, counts) of the characters of `text` that are not white space, code points sorted.
    Counted with numpy: a Counter over every character of every document cost about 1.5 % of parse CPU."""
    codes, counts = np.unique(np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32),
                              return_counts=True)
    keep = np.array([not chr(c).isspace() for c in codes.tolist()], dtype=bool)
    return codes[keep], counts[keep]


def body_coverage(source: str, kept: list, kinds: list[str], clause_texts: list[str]) -> float:
    """Share of the body's characters (outside header, tail and dropped noise) that landed in clauses."""
    body, n_body = _chars("".join(strip_emphasis(source[p.start : p.end]) for p, k in zip(kept, kinds)
                                  if k not in ("header", "tail")))
    got, n_got = _chars("".join(clause_texts))
    total = int(n_body.sum())
    if total == 0:
        return 1.0
    # each body character not found as often in the clauses counts the difference (a multiset difference)
    missing = total
    if len(got):
        at = np.minimum(np.searchsorted(got, body), len(got) - 1)
        found = np.where(got[at] == body, n_got[at], 0)
        missing = int(np.maximum(n_body - found, 0).sum())
    return 1 - missing / total


def parse_document(name: str, decoded: Decoded, manifest: dict | None, settings: Settings) -> Parsed:
    cleaned = clean(decoded.text)
    kinds = paragraph_kinds(cleaned.paragraphs)
    meta = extract(cleaned.paragraphs, kinds, manifest, file_name=name)
    clauses = segment_clauses(cleaned.paragraphs, kinds)
    if not clauses:
        raise RejectedFile("no text of a directive was found in it (only a header, a signature or noise)")
    matcher = ag.matcher(meta.values.get("locality"), meta.values.get("year"), settings.agency_fuzzy_cutoff)
    att = ag.attribute(clauses, matcher, meta.addressees)
    coverage = body_coverage(decoded.text, cleaned.paragraphs, kinds, [c.text for c in clauses])
    doc = Parsed(
        name, decoded, meta.values, meta.sources, meta.warnings, meta.recipients, clauses, att.found,
        cleaned.dropped, cleaned.wrapped, coverage, att.mentions,
    )
    doc.statements = statement_rows(doc)
    doc.copy_keys = copy_keys([c.text for c in clauses], meta.values)
    return doc


def input_files(folder: Path) -> list[Path]:
    return sorted(
        p for p in folder.iterdir()
        if p.is_file() and not p.name.startswith(".") and p.name != "manifest.csv"
    )




def _parse_file(path: Path, manifest: dict | None, settings: Settings,
                notes: tuple = ()) -> tuple[Decoded | None, Parsed | str]:
    """Read and parse one file (in a worker for a large folder): the document, or why it was refused.
    `notes` are the manifest's warnings about this file's row; they stay with the document."""
    if path.suffix.lower() not in SUPPORTED_SUFFIXES:
        return None, unsupported_reason(path.suffix)
    try:
        decoded = read_file(path, settings=settings)
        doc = parse_document(path.name, decoded, manifest, settings)
    except RejectedFile as exc:
        return None, str(exc)
    doc.warnings = [*notes, *doc.warnings]
    doc.rows = doc_rows(doc)
    return decoded, doc


# A copy needs this many words in common: a short text's few lines may well recur in another text.
COPY_MIN_WORDS = 40


def copy_keys(clause_texts: list[str], meta: dict) -> frozenset[str]:
    """Fingerprints of a document: its locality, year and number, and its body's paragraphs' words (case,
    punctuation and spacing aside), all of them and all but the first. Two portals that carry one news report, or
    one directive saved twice, share one, even when one of them adds or rewords the headline; two provinces' or
    two years' documents, or two numbered documents, never do. Made where the document is parsed (a worker)."""
    words = [" ".join(w.split()) for w in _PUNCTUATION.sub(" ", "\0".join(clause_texts).casefold()).split("\0")]
    head = "\n".join(str(meta.get(k) or "") for k in ("locality", "year", "number"))
    return frozenset(hashlib.sha256("\n".join([head, *b]).encode()).hexdigest() for b in (words, words[1:])
                     if sum(w.count(" ") + 1 for w in b if w) >= COPY_MIN_WORDS)


# Punctuation read as a space by copy_keys: ASCII's and typography's (a class of listed characters runs three times
# faster than [^\w] over Vietnamese text, and four times faster than str.translate).
_PUNCTUATION = re.compile(r"[!-/:-@\[-`{-~“”‘’–—…•·«»]+")


def _keep_one_copy(doc: Parsed, copies: dict[str, int], build: Build) -> tuple[Parsed, Parsed] | None:
    """Load `doc`, unless a document with the same body is already loaded: then of the two the fuller one (with
    the headline) stays, in the first one's place, and (the copy left out, the one kept) is returned."""
    keys = doc.copy_keys
    at = next((copies[k] for k in keys if k in copies), None)
    if at is None:
        copies.update(dict.fromkeys(keys, len(build.docs)))
        build.docs.append(doc)
        return None
    kept = build.docs[at]
    if len(doc.clauses) > len(kept.clauses):
        build.docs[at], doc, kept = doc, kept, doc
        copies.update(dict.fromkeys(keys, at))
    return doc, kept


def _workers(settings: Settings, n_files: int) -> int:
    return pool_size(settings.workers, n_files)


def parse_folder(folder: Path, settings: Settings, progress: Progress = lambda s: None) -> Build:
    build = Build()
    manifest = mf.load(folder)
    build.notes += [(mf.NAME, "manifest", note) for note in manifest.notes]
    seen: dict[str, str] = {}
    copies: dict[str, int] = {}  # a body's fingerprint (copy_keys) -> its document's place in build.docs
    files = input_files(folder)
    names = {p.name for p in files}
    for name in sorted(set(manifest.rows) - names):
        build.notes.append((mf.NAME, "manifest", f"manifest.csv has a row for {name}, which is not in the folder; "
                                                 "the row is not used"))
    for note in build.notes:
        progress(f"  warning: {with_english(note[2])}")
    for name, problems in sorted(manifest.warnings.items()):
        for _, message in problems:
            progress(f"  warning: {name}: {with_english(message)}")
    t0 = time.perf_counter()
    args = [(p, manifest.rows.get(p.name), settings, tuple(manifest.warnings.get(p.name, ()))) for p in files]
    workers = _workers(settings, len(files))
    with parsing_pool(workers) if workers > 1 else contextlib.nullcontext() as pool:
        # In file-name order, so results and messages are those of a serial build; neighbouring files share
        # a locality-year, so a worker's chunk reuses its agency matcher (about 17 ms to build, once per
        # locality and gazetteer era in each worker that meets it; the aliases that do not name the locality
        # are compiled once per worker). Chunks of up to 32 files keep a
        # locality's documents together more often than chunks of 8 (a national folder: 126 matchers built
        # instead of 189 when each locality has 32 files), while still giving progress every few seconds.
        chunk = max(8, min(32, len(files) // (8 * workers)))
        results = pool.map(_parse_file, *zip(*args), chunksize=chunk) if pool else (_parse_file(*a) for a in args)
        for i, (path, (decoded, doc)) in enumerate(zip(files, results), 1):
            if isinstance(doc, str):
                build.rejected.append((path.name, doc, None))
                if path.suffix.lower() in SUPPORTED_SUFFIXES:
                    progress(f"  skipped {path.name}: {doc}")
            elif decoded.sha256 in seen:
                first = seen[decoded.sha256]
                build.rejected.append((path.name, f"it has the same content as {first}, which is loaded once", first))
                progress(f"  skipped {path.name}: same content as {first}")
            else:
                seen[decoded.sha256] = path.name
                if (twins := _keep_one_copy(doc, copies, build)) is not None:
                    out, kept = twins[0].source_file, twins[1].source_file
                    seen[twins[0].decoded.sha256] = kept  # a third copy of the text left out names the one loaded
                    build.rejected.append((out, f"it repeats the text of {kept} (apart from a headline, case or "
                                                "punctuation), which is loaded once", kept))
                    progress(f"  skipped {out}: the text of {kept} again")
            if i % 100 == 0 or i == len(files):
                elapsed = time.perf_counter() - t0
                left = elapsed / i * (len(files) - i)
                progress(f"  read {i}/{len(files)} files ({elapsed:.1f} s, about {left:.0f} s left)")
    build.timings["parse_s"] = time.perf_counter() - t0
    return build
