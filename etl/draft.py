"""Check a draft against the database without storing it: parse, split into duty statements, match.

The draft goes through the same stages as a build (etl.read.decode, etl.pipeline.parse_document and
build_frames for its clauses, agencies and statements), so it is read exactly as it would be once added.
Matching uses the build's scorer (etl.align.Scorer) and its link threshold: a draft statement and a stored
statement that score at or above it would have been linked into one duty by a build.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import numpy as np
import pandas as pd
from rapidfuzz import fuzz, process

from etl import align as al
from etl import statements as stm
from etl.config import Settings
from etl.frames import build_frames, prose_documents
from etl.pipeline import Build, parse_document
from etl.read import decode

CANDIDATES = 12  # per statement, by rapidfuzz token_set_ratio, before the build's scorer decides


@dataclass
class Draft:
    name: str
    meta: dict
    clauses: pd.DataFrame  # clause_id, seq, label, parent_id, kind, text, lead_names, lead_roles, support_names
    statements: pd.DataFrame  # statement_id, clause_id, text, match_text, theme, kind, lead_roles, aligned
    seconds: float


def read_draft(name: str, data: bytes, settings: Settings, *, locality: str | None = None,
               year: int | None = None) -> Draft:
    """Parse a draft's bytes (.txt, .docx, .pdf, .html). Raises etl.read.RejectedFile with a reason."""
    t0 = time.perf_counter()
    decoded = decode(data, name, max_bytes=settings.max_file_bytes, settings=settings)
    overrides = {k: str(v) for k, v in (("locality", locality), ("year", year)) if v not in (None, "")}
    parsed = parse_document(name, decoded, overrides or None, settings)
    build = Build(docs=[parsed])
    frames = build_frames(build, settings)
    clauses = frames["clauses"]
    roles = frames["agencies"].set_index("agency_id")
    assigns = frames["assignments"].assign(name=lambda a: a["agency_id"].map(roles["name"]),
                                           role=lambda a: a["agency_id"].map(roles["role"]))

    def names(kind: str, col: str) -> pd.Series:
        part = assigns[assigns["kind"] == kind]
        # names hold commas ("UBND các huyện, thành phố"): a list of them is joined with semicolons
        sep = "; " if col == "name" else ", "
        return part.groupby("clause_id")[col].agg(lambda s: sep.join(dict.fromkeys(s))).astype(object)

    ids = clauses["clause_id"]
    clauses = clauses.assign(**{col: [found.get(c, "") for c in ids] for col, found in (
        ("lead_names", names("lead", "name")), ("lead_roles", names("lead", "role")),
        ("support_names", names("support", "name")))})
    prose = bool(prose_documents(build))
    statements = frames["statements"].assign(
        lead_roles=lambda s: s["clause_id"].map(dict(zip(clauses["clause_id"], clauses["lead_roles"]))).fillna(""),
        # what a build would align (etl.statements.aligned): the duties, and in running prose the work reported done
        aligned=lambda s: [stm.aligned(k, w, prose) for k, w in zip(s["kind"], s["kind_reason"])])
    return Draft(name, parsed.meta, clauses, statements, time.perf_counter() - t0)


def match(draft_texts: list[str], draft_themes: list[str], pool_texts: list[str], pool_themes: list[str],
          *, workers: int = -1) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Best partner both ways: (best pool index and score per draft statement, best draft index and score
    per pool statement); index -1 and score 0 where the other side is empty.

    A national pool repeats itself (3,913 statements of one year, 348 distinct texts in a synthetic corpus of
    63 localities), so each distinct pool text is scored once. Candidates are the CANDIDATES best by
    token_set_ratio for each draft statement and the 2 best for each pool text; the build's scorer (IDF over
    both sides) scores only those, so the cost stays linear in the pool."""
    nd, npool = len(draft_texts), len(pool_texts)
    d_best, d_score = np.full(nd, -1), np.zeros(nd)
    p_best, p_score = np.full(npool, -1), np.zeros(npool)
    if not nd or not npool:
        return d_best, d_score, p_best, p_score
    keys = list(dict.fromkeys(zip(pool_texts, pool_themes)))
    index = {k: i for i, k in enumerate(keys)}
    of_pool = np.array([index[k] for k in zip(pool_texts, pool_themes)])
    texts = [k[0] for k in keys]
    nu = len(keys)
    quick = process.cdist(draft_texts, texts, scorer=fuzz.token_set_ratio, workers=workers, dtype=np.uint8)
    k_row, k_col = min(CANDIDATES, nu), min(2, nd)
    rows = np.argpartition(-quick, k_row - 1, axis=1)[:, :k_row]
    cols = np.argpartition(-quick, k_col - 1, axis=0)[:k_col, :]
    pairs = sorted({(i, int(j)) for i in range(nd) for j in rows[i]}
                   | {(int(i), j) for j in range(nu) for i in cols[:, j]})
    scorer = al.Scorer(list(draft_texts) + texts, list(draft_themes) + [k[1] for k in keys])
    scores = scorer.score_pairs([(i, nd + j) for i, j in pairs], workers=workers)
    u_best, u_score = np.full(nu, -1), np.zeros(nu)
    for (i, j), s in zip(pairs, scores):
        if s > d_score[i]:
            d_best[i], d_score[i] = j, s
        if s > u_score[j]:
            u_best[j], u_score[j] = i, s
    # back from distinct texts to pool rows: a draft statement's partner is the first row with that text
    first = np.full(nu, -1)
    for row, u in enumerate(of_pool):
        if first[u] < 0:
            first[u] = row
    d_best = np.where(d_best >= 0, first[np.maximum(d_best, 0)], -1)
    return d_best, d_score, u_best[of_pool], u_score[of_pool]


def _roles(text) -> set[str]:
    return {r.strip() for r in str(text or "").replace(";", ",").split(",") if r.strip()}


def compare(draft: Draft, pool: pd.DataFrame, settings: Settings, *, workers: int = -1) -> dict[str, pd.DataFrame]:
    """What the draft keeps, moves, drops against the previous year, and shares with or lacks against other
    localities. pool: duty_id, statement_id, clause_id, doc_id, locality, year, text, match_text, theme,
    lead_roles, side ('previous_year' | 'same_year'), one row per stored statement.

    A stored duty counts as present in the draft when one of its statements and a draft statement score at
    least the link threshold AND that draft statement's best partner on the same side belongs to the same
    duty: a draft sentence answers for the duty it is closest to, not for every duty it resembles."""
    # context sentences (news lines, counts, captions) never stand for a duty, as in a build
    st = draft.statements[draft.statements["aligned"]].reset_index(drop=True)
    parts = []
    for _, part in pool.groupby("side", sort=False):
        part = part.reset_index(drop=True)
        d_best, _, p_best, p_score = match(st["match_text"].tolist(), st["theme"].tolist(),
                                           part["match_text"].tolist(), part["theme"].tolist(), workers=workers)
        duty = part["duty_id"].to_numpy()
        mutual = [i >= 0 and d_best[i] >= 0 and duty[d_best[i]] == duty[j] for j, i in enumerate(p_best)]
        parts.append(part.assign(score=p_score, draft_statement=p_best, mutual=mutual))
    if not parts:
        empty = pool.assign(score=[], draft_text=[], draft_roles=[], draft_clause=[], where=[], n_docs=[])
        return {k: empty for k in ("kept", "moved", "dropped", "shared", "lacks")}
    pool = pd.concat(parts, ignore_index=True)
    ok = (pool["score"] >= settings.link_threshold) & pool["mutual"]
    pick = np.where(ok.to_numpy(), pool["draft_statement"].to_numpy(), -1)
    for col, source, missing in (("draft_text", "text", None), ("draft_roles", "lead_roles", ""),
                                 ("draft_clause", "clause_id", None)):
        values = st[source].to_numpy(dtype=object)
        pool[col] = np.where(pick >= 0, values[np.maximum(pick, 0)], missing) if len(values) else missing
    pool["covered"] = ok
    # one row per duty and side: its best-covered statement, with every place the duty is assigned
    best = pool.sort_values(["covered", "score", "statement_id"], ascending=[False, False, True]).groupby(
        ["side", "duty_id"], sort=False).head(1)
    where = pool.groupby(["side", "duty_id"]).apply(
        lambda g: "; ".join(sorted({f"{loc} {int(y)}" for loc, y in zip(g["locality"], g["year"])
                                    if isinstance(loc, str)})), include_groups=False).rename("where")
    n_docs = pool.groupby(["side", "duty_id"])["doc_id"].nunique().rename("n_docs")
    best = best.join(where, on=["side", "duty_id"]).join(n_docs, on=["side", "duty_id"])
    best["moved"] = [bool(_roles(a)) and bool(_roles(b)) and not (_roles(a) & _roles(b))
                     for a, b in zip(best["lead_roles"], best["draft_roles"])]
    prev, other, covered = best["side"] == "previous_year", best["side"] == "same_year", best["covered"]
    return {
        "kept": best[prev & covered & ~best["moved"]],
        "moved": best[prev & covered & best["moved"]],
        "dropped": best[prev & ~covered],
        "shared": best[other & covered],
        "lacks": best[other & ~covered].sort_values(["n_docs", "duty_id"], ascending=[False, True]),
    }


def main(argv: list[str] | None = None) -> int:
    """`python -m etl.draft FILE [--db DB]`: check a draft from the command line and say how long it took."""
    import argparse

    import duckdb

    from etl.read import RejectedFile

    parser = argparse.ArgumentParser(prog="python -m etl.draft", description=main.__doc__)
    parser.add_argument("file")
    parser.add_argument("--db", default=None, help="database (default: DIRECTIVES_DB or data/directives.duckdb)")
    parser.add_argument("--locality")
    parser.add_argument("--year", type=int)
    args = parser.parse_args(argv)
    settings = Settings.from_env(db_path=args.db)
    t0 = time.perf_counter()
    try:
        with open(args.file, "rb") as f:
            d = read_draft(args.file, f.read(), settings, locality=args.locality, year=args.year)
    except (RejectedFile, OSError) as exc:
        print(f"{args.file}: {exc}")
        return 1
    loc, year = d.meta.get("locality"), d.meta.get("year")
    if not loc or not year:
        print(f"{args.file}: the draft does not say its locality or year; pass --locality and --year")
        return 1
    con = duckdb.connect(str(settings.db_path), read_only=True)
    pool = con.execute(
        "SELECT duty_id, statement_id, clause_id, doc_id, locality, year, text, match_text, theme, lead_roles, "
        "CASE WHEN locality IS NOT DISTINCT FROM $loc AND year = $yr - 1 THEN 'previous_year' ELSE 'same_year' END "
        "AS side FROM duty_occurrences WHERE (locality IS NOT DISTINCT FROM $loc AND year = $yr - 1) "
        "OR (locality IS DISTINCT FROM $loc AND year = $yr)", {"loc": loc, "yr": int(year)}).df()
    con.close()
    t1 = time.perf_counter()
    result = compare(d, pool, settings)
    t2 = time.perf_counter()
    words = len(d.clauses["text"].str.split().explode())
    print(f"{args.file}: {loc} {year}, {words} words, {len(d.clauses)} clauses, {len(d.statements)} statements; "
          f"pool {len(pool)} stored statements")
    print("  " + ", ".join(f"{k} {len(v)}" for k, v in result.items()))
    print(f"  read and parsed {d.seconds:.2f} s, pool loaded {t1 - t0 - d.seconds:.2f} s, compared {t2 - t1:.2f} s, "
          f"total {t2 - t0:.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
