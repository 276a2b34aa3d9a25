"""Word-level differences between two texts, rendered as escaped HTML."""

from __future__ import annotations

import difflib
import html
import re

_TOKEN = re.compile(r"^\s+|\S+\s*")


def tokens(text: str) -> list[str]:
    """Words, each with the whitespace after it, so joining the tokens gives the text back."""
    return _TOKEN.findall(text or "")


def _opcodes(a: str, b: str):
    """(op, text of a, text of b) for each run of words; each side keeps its own spacing."""
    ta, tb = tokens(a), tokens(b)
    # compare the words alone: a changed line break or double space is not a change of wording
    words_a, words_b = [w.strip() for w in ta], [w.strip() for w in tb]
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, words_a, words_b, autojunk=False).get_opcodes():
        yield op, "".join(ta[i1:i2]), "".join(tb[j1:j2])


def word_diff(a: str, b: str) -> list[tuple[str, str]]:
    """[(op, text)] with op in 'equal' | 'delete' | 'insert'; deletes come from a, inserts from b."""
    out: list[tuple[str, str]] = []
    for op, text_a, text_b in _opcodes(a, b):
        if op == "equal":
            out.append(("equal", text_b))
            continue
        if op in ("delete", "replace"):
            out.append(("delete", text_a))
        if op in ("insert", "replace"):
            out.append(("insert", text_b))
    return out


def diff_html(a: str | None, b: str | None) -> tuple[str, str]:
    """Two HTML fragments: a with removed words marked <del>, b with added words marked <ins>."""
    if not a:
        return "", f"<ins>{html.escape(b or '')}</ins>" if b else ""
    if not b:
        return f"<del>{html.escape(a)}</del>", ""
    left, right = [], []
    # each side is built from its own words and spaces: taking the unchanged words from b for both sides
    # glued a's last unchanged word to its deleted tail ("toàn<del>tuyệt đối</del>")
    for op, text_a, text_b in _opcodes(a, b):
        if op == "equal":
            left.append(html.escape(text_a))
            right.append(html.escape(text_b))
            continue
        if text_a:
            left.append(_wrap("del", html.escape(text_a)))
        if text_b:
            right.append(_wrap("ins", html.escape(text_b)))
    return "".join(left), "".join(right)


def _wrap(tag: str, piece: str) -> str:
    # keep surrounding spaces outside the mark so highlights hug the words
    stripped = piece.strip()
    if not stripped:
        return piece
    lead = piece[: len(piece) - len(piece.lstrip())]
    trail = piece[len(piece.rstrip()):]
    return f"{lead}<{tag}>{stripped}</{tag}>{trail}"
