"""etl.matching.alternation: the trie the build's keyword scans use finds what the plain alternation of the
same words, longest first, finds (same spans, same words), so themes, topics, synonyms and stop words are
unchanged while the scans run about four times faster."""

from __future__ import annotations

import random
import re

from etl import themes
from etl.matching import alternation, forms


def plain(words) -> re.Pattern:
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")(?!\w)")


def trie(words) -> re.Pattern:
    return re.compile(r"(?<!\w)(?:" + alternation(words) + r")(?!\w)")


def spans(rx: re.Pattern, text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0)) for m in rx.finditer(text)]


KEYWORDS = ["thi", "coi thi", "chấm thi", "chấm thi trắc nghiệm", "tuyển sinh", "tuyển sinh đại học", "in sao đề thi",
            "in sao", "an ninh", "an ninh trật tự", "an toàn", "an toàn thực phẩm", "y tế", "điện", "cung cấp điện",
            "lớp 10", "học sinh", "học sinh lớp 12", "phòng cháy", "phòng cháy chữa cháy", "giao thông"]
TEXTS = [
    "sở y tế chỉ đạo bảo đảm an toàn thực phẩm và an ninh trật tự tại các điểm coi thi",
    "công ty điện lực cung cấp điện liên tục cho khu vực in sao đề thi và chấm thi trắc nghiệm",
    "tổ chức ôn tập cho học sinh lớp 12 và tuyển sinh lớp 10 năm học tới",
    "an ninh mạng không phải an ninh trật tựa; chấm thi trắc nghiệmx, coi thi, thi",
    "phòng cháy chữa cháy ¦ giao thông thông suốt cho thí sinh",
]


def test_the_trie_finds_the_same_keywords_as_the_longest_first_alternation():
    found = [spans(trie(KEYWORDS), t) for t in TEXTS]
    assert found == [spans(plain(KEYWORDS), t) for t in TEXTS]
    # the longest keyword wins where several start, and a keyword glued to a letter is no keyword
    assert [w for *_, w in found[0]] == ["y tế", "an toàn thực phẩm", "an ninh trật tự", "coi thi"]
    assert [w for *_, w in found[1]] == ["điện", "cung cấp điện", "in sao đề thi", "chấm thi trắc nghiệm"]
    # "trật tựa" is no "trật tự", "trắc nghiệmx" no "trắc nghiệm": the shorter keyword is found instead
    assert [w for *_, w in found[3]] == ["an ninh", "an ninh", "chấm thi", "coi thi", "thi"]


def test_random_word_sets_give_the_same_matches():
    rng = random.Random(7)
    for _ in range(300):
        words = {" ".join("".join(rng.choice("abđ") for _ in range(rng.randint(1, 3))) for _ in range(rng.randint(1, 3)))
                 for _ in range(rng.randint(1, 12))}
        text = " ".join("".join(rng.choice("abđ ") for _ in range(rng.randint(1, 4))) for _ in range(30))
        assert spans(trie(words), text) == spans(plain(words), text), (words, text)
    assert alternation([]) == "" and alternation(["thi", "thi"]) == "thi"


def test_themes_and_topics_of_real_wordings_are_those_of_the_plain_scan():
    lexicons = [themes._themes(), themes._topics(), themes._fallback()]
    for text in TEXTS + ["Công an tỉnh chủ trì bảo đảm an ninh, an toàn tuyệt đối cho công tác in sao, vận chuyển, "
                         "bảo quản đề thi, bài thi", "Sở Y tế: bố trí cán bộ y tế trực tại các điểm thi"]:
        themed = forms(text)[0]
        for lex in lexicons:
            assert spans(lex.pattern, themed) == spans(plain(lex.labels), themed), (text, themed)
    assert themes.theme_of("Công an tỉnh bảo đảm an ninh, an toàn cho việc in sao, vận chuyển đề thi") != themes.GENERAL
