"""etl/retrieve._CountedTfidf is a TfidfVectorizer with faster counting for the build's one setting. Whatever
settings it is given, it must give scikit-learn's own rows: the fast path may only be taken where it is exact.
Texts are duty statements written for this test."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn.feature_extraction.text import TfidfVectorizer

from etl.retrieve import _CountedTfidf

TEXTS = [
    "Sở Y tế bố trí cán bộ y tế trực tại các điểm thi",
    "Công an tỉnh bảo vệ an toàn tuyệt đối khu vực in sao đề thi",
    "bố trí cán bộ y tế trực tại điểm thi và sơ cứu thí sinh",
    "Điện lực tỉnh cấp điện ổn định cho các điểm thi",
    "CÔNG AN TỈNH bảo vệ khu vực in sao đề thi suốt ngày đêm",
]
BUILD = dict(analyzer="word", ngram_range=(1, 2), token_pattern=r"\w+", lowercase=False, min_df=1,
             sublinear_tf=True, dtype=np.float32)


@pytest.mark.parametrize("change", [
    {},  # the build's own setting
    {"lowercase": True},
    {"ngram_range": (1, 1)},
    {"ngram_range": (1, 3)},
    {"ngram_range": (2, 2)},
    {"analyzer": "char_wb", "token_pattern": None},  # characters, with the build's n-gram range
    {"analyzer": "char_wb", "ngram_range": (2, 3), "token_pattern": None},
    {"stop_words": ["các", "tại", "cho"]},
    {"preprocessor": lambda s: s.replace("điểm thi", "hội đồng thi")},
    {"tokenizer": lambda s: s.split(), "token_pattern": None},
])
def test_any_setting_gives_the_rows_scikit_learn_gives(change):
    settings = {**BUILD, **change}
    ours = _CountedTfidf(**settings)
    got = ours.fit_transform(TEXTS)
    theirs = TfidfVectorizer(**settings)
    want = theirs.fit_transform(TEXTS)
    assert ours.vocabulary_ == theirs.vocabulary_
    assert (abs(got - want) > 1e-6).nnz == 0


def test_a_fixed_vocabulary_is_counted_as_given():
    vocabulary = {"điểm": 0, "thi": 1, "điểm thi": 2, "in sao": 3}
    got = _CountedTfidf(**BUILD, vocabulary=vocabulary).fit_transform(TEXTS).toarray()
    want = TfidfVectorizer(**BUILD, vocabulary=vocabulary).fit_transform(TEXTS).toarray()
    assert got.shape == (len(TEXTS), 4) and np.allclose(got, want)
