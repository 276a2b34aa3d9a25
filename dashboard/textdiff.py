"""Word-level differences between two texts, rendered as escaped HTML."""

from __future__ import annotations

import difflib
import html
import re

_TOKEN = re.compile(r"^\s+|\S+\s*")


def tokens(text: str) -> list[str]:
    """Words, each with the whitespace after it, so joining the tokens gives the text back."""
    return _TOKEN.findall(text or "")


def word_diff(a: str, b: str) -> list[tuple[str, str]]:
    """[(op, text)] with op in 'equal' | 'delete' | 'insert'; deletes come from a, inserts from b."""
    ta, tb = tokens(a), tokens(b)
    out: list[tuple[str, str]] = []
    # compare the words alone: a changed line break or double space is not a change of wording
    words_a, words_b = [w.strip() for w in ta], [w.strip() for w in tb]
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, words_a, words_b, autojunk=False).get_opcodes():
        if op == "equal":
            out.append(("equal", "".join(tb[j1:j2])))
            continue
        if op in ("delete", "replace"):
            out.append(("delete", "".join(ta[i1:i2])))
        if op in ("insert", "replace"):
            out.append(("insert", "".join(tb[j1:j2])))
    return out


def diff_html(a: str | None, b: str | None) -> tuple[str, str]:
    """Two HTML fragments: a with removed words marked <del>, b with added words marked <ins>."""
    if not a:
        return "", f"<ins>{html.escape(b or '')}</ins>" if b else ""
    if not b:
        return f"<del>{html.escape(a)}</del>", ""
    left, right = [], []
    for op, text in word_diff(a, b):
        piece = html.escape(text)
        if op == "equal":
            left.append(piece)
            right.append(piece)
        elif op == "delete":
            left.append(_wrap("del", piece))
        else:
            right.append(_wrap("ins", piece))
    return "".join(left), "".join(right)


def _wrap(tag: str, piece: str) -> str:
    # keep surrounding spaces outside the mark so highlights hug the words
    stripped = piece.strip()
    if not stripped:
        return piece
    lead = piece[: len(piece) - len(piece.lstrip())]
    trail = piece[len(piece.rstrip()):]
    return f"{lead}<{tag}>{stripped}</{tag}>{trail}"
