"""Which letter-case mutants of SQL text are equivalent: the rule the mutation report uses to set them apart.

mutmut mutates a string by upper- or lower-casing all of it. In a SQL string DuckDB ignores the case of
keywords, of identifiers it resolves (tables, columns, functions, macros) and of `$parameter` names; it keeps
the case of string constants ('doer' is not 'DOER') and of the names it gives result columns: an alias
(`AS n_docs`, `count(*) n`) and an unaliased expression (`lower(x)`) are named as written, while a bare column
reference (`d.doc_id`) takes the name the table declares. So a case mutant of a SQL string is equivalent when,
token by token (DuckDB's own tokenizer), what changed is keywords, `$parameters`, comments, or identifiers
that name no result column. Everything else (a string that is not SQL, a changed constant, an alias, an
expression without alias, a line changed outside its strings, SQL the rule cannot find in the source) is not
set apart: it stays a survivor. tests/test_mutation_equivalence.py checks the rule against DuckDB itself.
"""

from __future__ import annotations

import ast
import re

_STRING = re.compile(r'[rRbBuUfF]{0,2}"(?:[^"\\\n]|\\.)*"')
# a select list ends at the next clause of its own query
_ENDS_SELECT = {"from", "where", "group", "order", "limit", "having", "qualify", "window", "union", "except",
                "intersect"}


def changed_lines(diff: str) -> list[tuple[str, str]]:
    removed = [ln[1:] for ln in diff.splitlines() if ln.startswith("-") and not ln.startswith("---")]
    added = [ln[1:] for ln in diff.splitlines() if ln.startswith("+") and not ln.startswith("+++")]
    return list(zip(removed, added)) if len(removed) == len(added) else []


def sql_case_equivalent(diff: str, source: str) -> bool:
    """True when the mutant (a unified diff) only changes the letter case of SQL text in ways DuckDB ignores;
    `source` is the module as it stands (each changed literal is read in the whole string it belongs to)."""
    pairs = changed_lines(diff)
    if not pairs:
        return False
    for before, after in pairs:
        if before == after or before.lower() != after.lower():
            return False
        lits_b, lits_a = _STRING.findall(before), _STRING.findall(after)
        if len(lits_b) != len(lits_a) or _STRING.sub('""', before) != _STRING.sub('""', after):
            return False  # a change outside the strings
        for x, y in zip(lits_b, lits_a):
            if x != y and not _equivalent_piece(source, before, x, y):
                return False
    return True


def _equivalent_piece(source: str, line: str, piece: str, mutated: str) -> bool:
    try:
        old, new = ast.literal_eval(piece), ast.literal_eval(mutated)
    except (ValueError, SyntaxError):
        return False  # an f-string piece: its SQL is not known here
    if _parameter_key(source, line, old, new):
        return True
    whole = _whole_string(source, line, old)
    if whole is None:
        return False
    i = whole.index(old)
    return same_result(whole, whole[:i] + new + whole[i + len(old) :])


def _parameter_key(source: str, line: str, old: str, new: str) -> bool:
    """A key of a dict literal given to a call, whose `$key` the enclosing function's SQL uses: DuckDB matches
    parameter names whatever their case ({"LOC": …} binds $loc)."""
    lines = source.splitlines()
    if lines.count(line) != 1 or old.lower() != new.lower() or not re.fullmatch(r"\w+", old):
        return False
    n = lines.index(line) + 1
    uses = re.compile(r"\$" + re.escape(old) + r"(?!\w)")
    for fn in ast.walk(ast.parse(source)):
        if not isinstance(fn, ast.FunctionDef) or not fn.lineno <= n <= fn.end_lineno:
            continue
        texts = [c.value for c in ast.walk(fn) if isinstance(c, ast.Constant) and isinstance(c.value, str)]
        for call in (c for c in ast.walk(fn) if isinstance(c, ast.Call)):
            for arg in call.args:
                if isinstance(arg, ast.Dict) and any(isinstance(k, ast.Constant) and k.value == old and k.lineno == n
                                                     for k in arg.keys):
                    return any(uses.search(t) for t in texts)
    return False


def _whole_string(source: str, line: str, piece: str) -> str | None:
    """The value of the string literal (implicitly concatenated pieces joined) on this source line that holds
    `piece` once (a line may hold other strings: `"doc_type": col("SELECT …")`)."""
    lines = source.splitlines()
    if lines.count(line) != 1:
        return None
    n = lines.index(line) + 1
    found = [node.value for node in ast.walk(ast.parse(source)) if isinstance(node, ast.Constant)
             and isinstance(node.value, str) and node.lineno <= n <= node.end_lineno and node.value.count(piece) == 1]
    return found[0] if len(found) == 1 else None


def _tokens(sql: str) -> list[tuple[str, str]]:
    import duckdb

    raw = duckdb.tokenize(sql)
    ends = [p for p, _ in raw[1:]] + [len(sql)]
    return [(sql[p:e].strip(), str(t).rsplit(".", 1)[-1]) for (p, t), e in zip(raw, ends)]


def same_result(sql: str, mutated: str) -> bool:
    """True when DuckDB reads both texts (which differ in letter case only) as the same query with the same
    result column names."""
    a, b = _tokens(sql), _tokens(mutated)
    if [t for _, t in a] != [t for _, t in b]:
        return False
    changed = [k for k, (x, y) in enumerate(zip(a, b)) if x[0] != y[0]]
    if changed and all(k and a[k - 1][0] == "$" and a[k][1] == "identifier" for k in changed):
        return True  # only `$parameter` names ("$q" built into a query)
    if "keyword" not in {t for _, t in a} or len(a) < 2:
        # not SQL (a dict key, a column name read by pandas); one word is never taken for SQL: a Python
        # argument such as numpy's kind="stable" is a DuckDB keyword to the tokenizer all the same
        return False
    items = select_items(a)
    for k, ((x, kind), (y, _)) in enumerate(zip(a, b)):
        if x == y or kind == "comment":
            continue
        if kind not in ("keyword", "identifier", "operator"):
            return False  # a string constant (or a number) whose case changed
        if kind == "identifier" and k and a[k - 1][0] == "$":
            continue  # a parameter name
        # inside a select list even a keyword's case can rename a column ("count(DISTINCT x)" unaliased)
        if any(k in item and not _names_nothing_changed(item, a, b) for item in items):
            return False
    return True


def select_items(toks: list[tuple[str, str]]) -> list[list[int]]:
    """Token indices of every item of every select list (nested queries included)."""
    items: list[list[int]] = []
    open_lists: list[tuple[int, list[int]]] = []  # (depth, current item) of select lists being read
    depth = 0
    for k, (text, kind) in enumerate(toks):
        low = text.lower()
        if text == ")":
            while open_lists and open_lists[-1][0] >= depth:
                items.append(open_lists.pop()[1])
            depth -= 1
        elif open_lists and open_lists[-1][0] == depth and (
                text == "," or (kind == "keyword" and low in _ENDS_SELECT)):
            items.append(open_lists.pop()[1])
            if text == ",":
                for _, item in open_lists:
                    item.append(k)
                open_lists.append((depth, []))
                continue
        for _, item in open_lists:
            item.append(k)
        if text == "(":
            depth += 1
        elif kind == "keyword" and low == "select":
            open_lists.append((depth, []))
    items += [item for _, item in open_lists]
    return items


def _names_nothing_changed(item: list[int], a, b) -> bool:
    """A select item's result column keeps its name: its alias is unchanged, or it is a bare column
    reference (named by the table), or `*`. A word may be a keyword to the tokenizer and a name all the same
    (a column `text`, an alias `year`)."""
    words = ("identifier", "keyword")
    body = [k for k in item if not (a[k][1] == "keyword" and a[k][0].lower() in ("distinct", "all"))]
    if not body:
        return True
    last = body[-1]
    if len(body) >= 2:
        before = a[body[-2]]
        aliased = before[1] == "keyword" and before[0].lower() == "as"
        implicit = a[last][1] in words and (before[1] in ("identifier", "string_const", "numeric_const")
                                            or before[0] == ")" or (before[1] == "keyword" and not aliased))
        if aliased or implicit:
            return a[last][0] == b[last][0]
    if len(body) == 1 and a[last][0].lower() in ("null", "true", "false"):
        return a[last][0] == b[last][0]  # a constant is named as written
    return all(a[k][1] in words or a[k][0] in (".", "*") for k in body)


_ENCODING_ARG = re.compile(r'(encoding\s*=\s*)("[^"\\\n]*")')


def codec_case_equivalent(diff: str) -> bool:
    """True when the mutant only writes the codec name of an `encoding=` argument in other letter case
    ("utf-8" -> "UTF-8"): Python looks codec names up case-insensitively, so the same codec reads and writes
    the same bytes (tests/test_mutation_codec_unit.py). Any other change of the line is not set apart."""
    import codecs

    pairs = changed_lines(diff)
    if len(pairs) != 1:
        return False
    before, after = pairs[0]
    args_b, args_a = _ENCODING_ARG.findall(before), _ENCODING_ARG.findall(after)
    if len(args_b) != 1 or len(args_a) != 1 or _ENCODING_ARG.sub("", before) != _ENCODING_ARG.sub("", after):
        return False
    old, new = ast.literal_eval(args_b[0][1]), ast.literal_eval(args_a[0][1])
    if old == new or old.lower() != new.lower():
        return False
    try:
        return codecs.lookup(old).name == codecs.lookup(new).name
    except LookupError:
        return False
