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


def test_matching_text_squashes_every_whitespace_and_drops_citations_as_before():
    """forms() after the speed-ups (whitespace by str.split, the citation scan only where "số" occurs):
    tabs, line breaks and no-break spaces are one space, a citation is gone, a text without one is kept."""
    from etl.matching import _clean, _squash, basic, match_text

    odd = "Sở\u00a0Giáo dục\tvà  Đào tạo\n chủ trì\u2003tổ chức thi "
    assert _squash(odd) == re.sub(r"\s+", " ", odd).strip() == "Sở Giáo dục và Đào tạo chủ trì tổ chức thi"
    assert basic(odd) == "sở giáo dục và đào tạo chủ trì tổ chức thi"
    assert _clean(" a,\u00a0b;\t1 ") == "a b" and _clean(" lớp 10;\n", digits=True) == "lớp 10"
    cited = "Thực hiện Chỉ thị số 17/CT-TTg ngày 29/5/2023 của Thủ tướng Chính phủ, tổ chức coi thi nghiêm túc"
    plain_text = "Tổ chức coi thi nghiêm túc, đúng quy chế"
    assert "17" not in forms(cited)[0] and "chỉ thị" not in forms(cited)[0] and "coi thi" in forms(cited)[0]
    assert forms(cited)[1] == match_text(cited, ()) and "ct ttg" not in forms(cited)[1]
    assert forms(plain_text)[0] == "tổ chức coi thi nghiêm túc đúng quy chế"
    assert "số" in forms("Bảo đảm số lượng cán bộ coi thi")[0]  # "số" without a number is no citation



def test_duty_cue_patterns_find_what_their_plain_alternations_find():
    """etl.statements' cue patterns (assign words, events, captions, action verbs) built on the trie find the
    same cue, so every statement keeps its kind and its reason."""
    import tomllib
    from pathlib import Path

    from etl import statements

    c = tomllib.loads(Path(statements.__file__).with_name("duty_cues.toml").read_text(encoding="utf-8"))
    lists = [c["assign"]["words"], c["assign"]["masked"], c["narrative"]["event"], c["shape"]["caption"],
             c["action"]["verbs"], c["purpose"]["openers"]]
    texts = [t.lower() for t in TEXTS] + [
        "chiều 12/6, công an tỉnh tổ chức hội nghị quán triệt kế hoạch bảo đảm an ninh kỳ thi",
        "giao sở giáo dục và đào tạo chủ trì, phối hợp với các sở, ngành liên quan tổ chức kỳ thi",
        "để bảo đảm kỳ thi an toàn, nghiêm túc, đề nghị các đơn vị thực hiện tốt các nội dung sau"]
    hits = 0
    for words in lists:
        rx = re.compile(statements._words(words))
        want = re.compile(r"(?<![\w])(" + "|".join(re.escape(w) for w in sorted({w.lower() for w in words}, key=len,
                                                                                  reverse=True)) + r")(?![\w])")
        for text in texts:
            got = [(m.start(), m.end(), m.group(1)) for m in rx.finditer(text)]
            assert got == [(m.start(), m.end(), m.group(1)) for m in want.finditer(text)], (words[:3], text)
            hits += len(got)
    assert hits >= 10
    assert statements.kind_of("Giao Sở Y tế chủ trì bảo đảm công tác y tế tại các điểm thi.")[0] == statements.DUTY
