"""Speed changes that must not change what the build writes: each fast path against the plain one it replaced,
on realistic text (own words), output compared exactly."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pytest
from sklearn.feature_extraction.text import TfidfVectorizer

from etl import frames, retrieve
from etl import gazetteer as gz
from etl import pipeline as pl
from etl.matching import match_text

SENTENCES = [
    "Công an tỉnh Lạng Sơn chủ trì bảo đảm an ninh, trật tự tại các điểm thi và nơi in sao đề thi.",
    "Sở GD&ĐT phối hợp với Sở Y tế bố trí cán bộ y tế trực tại mỗi Hội đồng thi trong suốt kỳ thi.",
    "UBND các huyện, thành phố chỉ đạo các xã hỗ trợ chỗ ở, phương tiện đi lại cho thí sinh có hoàn cảnh khó khăn.",
    "Công ty Điện lực Lạng Sơn bảo đảm cung cấp điện liên tục cho các điểm thi, không để xảy ra sự cố mất điện.",
    "Đề nghị Tỉnh đoàn huy động đoàn viên, thanh niên tình nguyện hỗ trợ thí sinh và người nhà thí sinh.",
    "Sở Thông tin và Truyền thông chỉ đạo các doanh nghiệp viễn thông phối hợp ngăn chặn thiết bị công nghệ cao.",
    "Công an Thành phố Hải Phòng phối hợp với Công an các quận, huyện bảo vệ an toàn tuyệt đối đề thi, bài thi.",
    "UBND thành phố Lạng Sơn và Ban Chỉ đạo cấp tỉnh kiểm tra công tác chuẩn bị tại các Hội đồng thi.",
    "Thanh tra tỉnh phối hợp với ngành Giáo dục thanh tra, kiểm tra việc tổ chức thi; xử lý nghiêm sai phạm.",
    "Báo Lạng Sơn, Đài Phát thanh và Truyền hình tỉnh tuyên truyền để thí sinh nắm vững quy chế thi.",
    "",
    "thi",
]


def _plain_tfidf(texts, max_df):
    return TfidfVectorizer(analyzer="word", ngram_range=(1, 2), token_pattern=r"\w+", lowercase=False, min_df=1,
                           max_df=max_df, sublinear_tf=True, dtype=np.float32).fit_transform(texts).tocsr()


@pytest.mark.parametrize("max_df", [1.0, 0.5, 2])
def test_vectorised_counting_gives_the_same_tfidf_rows_bit_for_bit(max_df):
    texts = [match_text(s) for s in SENTENCES] * 3 + [match_text(s).upper() for s in SENTENCES[:4]]
    fast = retrieve.word_vectors(texts, max_df=max_df)
    plain = _plain_tfidf(texts, max_df)
    assert fast.shape == plain.shape and fast.nnz > 50
    for part in ("indptr", "indices", "data"):
        a, b = getattr(fast, part), getattr(plain, part)
        assert a.dtype == b.dtype and np.array_equal(a, b), part


def test_vectorised_counting_fails_like_scikit_learn_on_texts_without_words():
    with pytest.raises(ValueError, match="empty vocabulary"):
        retrieve._CountedTfidf(analyzer="word", ngram_range=(1, 2), token_pattern=r"\w+",
                               lowercase=False).fit_transform(["", " ;, "])
    assert retrieve.word_vectors(["", ""]).shape == (2, 1)  # the build's fallback still applies


def _one_regex(locality, year):
    """The matcher as it was: every alias valid that year in one alternation, longest first."""
    names = sorted((n for n, p in gz.localities().items() if locality in (None, p)), key=len, reverse=True)
    loc_re = "(?:" + "|".join(re.escape(n) for n in names) + ")"
    kind = gz.locality_kinds().get(locality) if locality else None
    alts = sorted(((len(a), gz._alias_regex(a, loc_re, kind), e) for e in gz.entries() if e.valid(year)
                   for a in e.aliases), key=lambda a: -a[0])
    rx = re.compile(r"(?<!\w)(?:" + "|".join(f"(?P<g{i}>{r})" for i, (_, r, _) in enumerate(alts)) + r")(?!\w)",
                    re.IGNORECASE)
    return rx, [e for _, _, e in alts]


@pytest.mark.parametrize("locality,year", [("Lạng Sơn", 2024), ("Hải Phòng", 2025), ("Hồ Chí Minh", 2023),
                                           ("Thừa Thiên Huế", 2019), (None, 2024), ("Bà Rịa - Vũng Tàu", None)])
def test_matcher_finds_what_one_regex_of_all_aliases_found(locality, year):
    m = gz.Matcher(locality, year)
    rx, entries = _one_regex(locality, year)
    found = 0
    for text in SENTENCES + [s.replace("Lạng Sơn", locality or "Cà Mau") for s in SENTENCES]:
        for start in m._starts.finditer(text):
            want, got = rx.match(text, start.start()), m._match(text, start.start())
            assert (want is None) == (got is None), text
            if want:
                found += 1
                assert (got.span(), entries[int(got.lastgroup[1:])]) == (want.span(), entries[int(want.lastgroup[1:])])
    assert found >= 20


def test_links_table_names_each_linked_pair_and_its_score():
    statements = [{"statement_id": f"d{k:02d}-00{k % 3}-{k % 2}"} for k in range(30)]
    links = [(3, 17, 61.25), (0, 29, 100.0), (17, 3, 45.5)]
    frame = frames._links(statements, links)
    # each pair with a < b, so a page finds it with one join
    assert frame.to_dict("list") == {"a": ["d03-000-1", "d00-000-0", "d03-000-1"],
                                    "b": ["d17-002-1", "d29-002-1", "d17-002-1"], "score": [61.25, 100.0, 45.5]}
    assert frame["a"].dtype == pd.Series(["x"]).dtype  # the same string type as any other text column
    assert list(frames._links(statements, []).columns) == ["a", "b", "score"]


def _coverage_by_counter(source, kept, kinds, clause_texts):
    """body_coverage as it was: a Counter of every character."""
    from collections import Counter

    from etl.clean import strip_emphasis

    def chars(text):
        return Counter(c for c in text if not c.isspace())

    body = chars("".join(strip_emphasis(source[p.start : p.end]) for p, k in zip(kept, kinds) if k not in ("header", "tail")))
    total = sum(body.values())
    return 1.0 if total == 0 else 1 - sum((body - chars("".join(clause_texts))).values()) / total


def test_body_coverage_counts_characters_as_a_counter_does():
    from etl.clean import clean
    from etl.segment import clauses, kinds

    source = ("ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\n\nCHỈ THỊ\nVề việc tổ chức Kỳ thi tốt nghiệp THPT năm 2024\n\n"
              + "\n".join(f"{n}. {s}" for n, s in enumerate(SENTENCES[:10], 1)) + "\n\nNơi nhận:\n- Như trên;\n")
    cleaned = clean(source)
    ks = kinds(cleaned.paragraphs)
    texts = [c.text for c in clauses(cleaned.paragraphs, ks)]
    cases = [texts, texts[:4], [], [t.replace("đ", "d") for t in texts], [t + " thêm chữ" for t in texts]]
    got = [pl.body_coverage(source, cleaned.paragraphs, ks, t) for t in cases]
    assert got == [_coverage_by_counter(source, cleaned.paragraphs, ks, t) for t in cases]
    assert got[0] > 0.8 and got[2] == 0.0 and got[1] < got[0]


def test_role_agreement_table_equals_comparing_the_sets_of_every_pair():
    from etl.scoring import _role_agreement, sectors

    # lead-role sets as a build has them: none, one sector, collective doers (no sector), unknown roles
    pool = [set(), {"police"}, {"education"}, {"health", "education"}, {"departments"}, {"district_pc"},
            {"electricity"}, {"telecom", "information"}, {"other"}, {"police", "departments"}, {"youth_union"}]
    rng = np.random.default_rng(7)
    roles = [pool[k] for k in rng.integers(0, len(pool), 400)]
    i, j = rng.integers(0, 400, 5000), rng.integers(0, 400, 5000)
    share, clash = _role_agreement(roles, i, j)
    sector = sectors()
    own = [frozenset(sector.get(r, r) for r in rs) - {""} for rs in roles]
    plain_share = np.array([bool(own[a] and own[b] and not own[a].isdisjoint(own[b])) for a, b in zip(i, j)])
    plain_clash = np.array([bool(own[a] and own[b] and own[a].isdisjoint(own[b])) for a, b in zip(i, j)])
    assert (share == plain_share).all() and (clash == plain_clash).all()
    assert share.any() and clash.any() and (~share & ~clash).any()  # all three cases occur
