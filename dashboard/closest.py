"""The closest statement of a document for each of many other statements, by the build's scorer, exactly.

The Gaps page asks, for a few thousand wordings of missing duties, which sentence of the checked document
comes closest. Scoring every pair with token_set_ratio (the slow feature) took seconds at national scale.
The scorer is a weighted mean in which token_set has a known weight, and its other features (word TF-IDF
and topic cosines, theme agreement) are sparse products that cost milliseconds for all pairs. So each
pair's score is known to within token_set's share before token_set is computed; each column scores its
candidates in order of that upper bound and stops once no remaining candidate can beat the best found.
The result is the best partner over all pairs, not over a shortlist.
"""

from __future__ import annotations

import numpy as np
from rapidfuzz import fuzz, process

from etl.scoring import LEXICAL, Scorer

STEP = 4  # candidates scored per column in the first round, which settles most columns
SLACK = 0.011  # scores are rounded to two decimals: an upper bound that far below the best cannot win


def _bounds(scorer: Scorer, nd: int) -> tuple[np.ndarray, np.ndarray]:
    """(score with token_set = 0, weight of one token_set point) for every pair (draft row, pool column)."""
    w = scorer.weights
    d, p = slice(0, nd), slice(nd, None)
    word = 100 * (scorer.word[d] @ scorer.word[p].T).toarray()
    topic = 100 * (scorer.topic[d] @ scorer.topic[p].T).toarray()
    has = np.outer(scorer.has_topic[d], scorer.has_topic[p]).astype(np.float64)
    themes = np.asarray(scorer.themes, dtype=object)
    same = (themes[d][:, None] == themes[p][None, :]) & (themes[d][:, None] != "general")
    den = np.maximum(sum(w[k] for k in LEXICAL) + w["topic"] * has, 1e-9)
    lexical = {"word": word}  # every lexical feature but token_set; a new one must be added here
    other = sum(w[k] * lexical[k] for k in LEXICAL if k != "token_set") + w["topic"] * has * topic
    return other / den + w["theme"] * same, w["token_set"] / den


def topic_pairs(stored) -> list[tuple[str, float]]:
    """The statements.topics column (a list of {topic, weight}) as the scorer takes it."""
    return [] if stored is None else [(t["topic"], float(t["weight"])) for t in stored]


def closest(draft_texts: list[str], draft_themes: list[str], pool_texts: list[str], pool_themes: list[str],
            *, draft_topics: list | None = None, pool_topics: list | None = None,
            workers: int = -1) -> tuple[np.ndarray, np.ndarray]:
    """For each pool statement, the index of its best draft statement and the score (-1 and 0 when the
    draft is empty). Distinct (text, theme) pool keys are scored once, with the IDF over both sides.
    Topics, when given for both sides (as the build stored them), are used as they are; otherwise the
    scorer derives them from the matching texts."""
    nd, npool = len(draft_texts), len(pool_texts)
    if not nd or not npool:
        return np.full(npool, -1), np.zeros(npool)
    index: dict = {}
    of_pool = np.array([index.setdefault(k, len(index)) for k in zip(pool_texts, pool_themes)])
    keys = list(index)
    topics = None
    if draft_topics is not None and pool_topics is not None:
        first = np.unique(of_pool, return_index=True)[1]
        topics = [topic_pairs(x) for x in draft_topics] + [topic_pairs(pool_topics[r]) for r in first]
    scorer = Scorer(list(draft_texts) + [k[0] for k in keys], list(draft_themes) + [k[1] for k in keys],
                    topics=topics)
    low, per_point = _bounds(scorer, nd)
    high = np.minimum(low + 100 * per_point, 100.0)
    order = np.argsort(-high, axis=0, kind="stable")  # per column, draft rows by upper bound
    cols = np.arange(len(keys))
    best, score = np.full(len(keys), -1), np.full(len(keys), -np.inf)
    active, start, step = cols, 0, STEP
    while start < nd and len(active):
        rows = order[start : start + step][:, active]  # step x active
        i, j = rows.ravel(order="F"), np.repeat(active, rows.shape[0])
        ts = process.cpdist([draft_texts[k] for k in i], [keys[k][0] for k in j], scorer=fuzz.token_set_ratio,
                            workers=workers, dtype=np.float32) * scorer.coverage(i, nd + j)
        s = np.round(np.minimum(low[i, j] + per_point[i, j] * ts, 100.0), 2).reshape(len(active), -1)
        k = np.argmax(s, axis=1)
        got = s[np.arange(len(active)), k]
        win = got > score[active]
        best[active[win]], score[active[win]] = rows.T[np.arange(len(active)), k][win], got[win]
        start, step = start + step, step * 2  # the few columns left open are scored in ever larger rounds
        if start < nd:
            active = active[high[order[start, active], active] + SLACK >= score[active]]
    # the reported number is the scorer's own (the bounds above are computed in another precision)
    exact = scorer.score_pairs(list(zip(best.tolist(), (nd + cols).tolist())), workers=workers)
    return best[of_pool], np.asarray(exact, dtype=np.float64)[of_pool]
