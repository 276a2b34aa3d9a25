"""Where a clause comes from, in words a reader uses: document name and item label."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import queries, ui
from dashboard.i18n import LABELS, lang, t
from dashboard.itemlabels import item_labels
from etl.attribution import rule_named

COLUMNS = ["clause_id", "doc_id", "doc_name", "item"]


def describe(mtime: int, clause_ids) -> pd.DataFrame:
    """One row per clause id given (NULLs skipped): doc_name, item ("mục 2, điểm a"). A statement's doers by name
    come with it from the build (duty_occurrences.lead_names, changes() names_a / names_b)."""
    return _describe(mtime, tuple(sorted({c for c in clause_ids if isinstance(c, str) and c})), lang())


@st.cache_data(show_spinner=False, max_entries=64)
def _describe(mtime: int, ids: tuple[str, ...], language: str) -> pd.DataFrame:
    if not ids:
        return pd.DataFrame(columns=COLUMNS).set_index("clause_id")
    tree = queries.clause_levels(mtime, ids)
    items = item_labels(tree, language)
    _, names = ui.doc_options(queries.documents(mtime))
    out = pd.DataFrame({"clause_id": list(ids)})
    # astype(object): a clause no table knows maps to NaN in a float column, which pandas 4 will not fill with text.
    out["doc_id"] = out["clause_id"].map(dict(zip(tree["clause_id"], tree["doc_id"])))
    out["doc_name"] = out["doc_id"].map(names).astype(object).fillna("")
    out["item"] = out["clause_id"].map(items).astype(object).fillna("")
    return out.set_index("clause_id")


def source_texts(mtime: int, clause_ids) -> list[str]:
    """sources(describe(...)) without the agencies and without a cache of its own: the document name and item
    label of each clause id given ('' for NULLs), for a caller that caches what it makes of them (the Gaps
    page asks for a thousand lines' clauses, and the agencies and a second hashing of the ids cost half the time)."""
    ids = tuple(sorted({c for c in clause_ids if isinstance(c, str) and c}))
    if not ids:
        return ["" for _ in clause_ids]
    tree = queries.clause_levels(mtime, ids)
    items = item_labels(tree, lang())
    _, names = ui.doc_options(queries.documents(mtime))
    doc_of = dict(zip(tree["clause_id"].tolist(), tree["doc_id"].tolist()))
    text = {c: ", ".join(p for p in (names.get(doc_of.get(c), ""), items.get(c, "")) if p) for c in ids}
    return [text.get(c, "") if isinstance(c, str) else "" for c in clause_ids]


def source_text(info: pd.DataFrame, clause_id) -> str:
    """'Lạng Sơn 2023 · Chỉ thị /CT-UBND, mục 2, điểm a' for one clause ('' when there is none)."""
    if not isinstance(clause_id, str) or clause_id not in info.index:
        return ""
    row = info.loc[clause_id]
    return ", ".join(p for p in (row["doc_name"], row["item"]) if p)


def sources(info: pd.DataFrame, clause_ids) -> list[str]:
    """source_text for a whole column at once (a row lookup per clause cost half a second for 2,000)."""
    text = {c: ", ".join(p for p in (d, i) if p)
            for c, d, i in zip(info.index.tolist(), info["doc_name"].tolist(), info["item"].tolist())}
    return [text.get(c, "") if isinstance(c, str) else "" for c in clause_ids]


def rule_reason(rule: str) -> str:
    """Why an agency got its part, in one line: the deciding rule of etl/rules.csv (the table the parser reads) by its
    Vietnamese line or its English note, with the rule's name to look it up; or what an engine step means (a carried
    subject, a caption …). Shown on hover on the Document page."""
    if f"why_{rule}" in LABELS:
        return f"{t('why_rule')}: {t(f'why_{rule}')}"
    r = rule_named(rule)
    reason = (r.note if lang() == "en" else r.why) if r else ""
    return f"{t('why_rule')}: {reason} [{rule}]" if reason else f"{t('why_rule')}: {rule}"
