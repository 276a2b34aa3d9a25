"""The second equivalence rule of the mutation report (tests/mutation/equivalence.py): a survivor that only
writes the codec name of an `encoding=` argument in other letter case reads and writes the same bytes; any
other change is not set apart."""

from __future__ import annotations

import pytest

from tests.mutation.equivalence import codec_case_equivalent

TEXT = "Kỳ thi tốt nghiệp THPT: Sở Giáo dục và Đào tạo chủ trì; “đề thi” được bảo mật.\n"


def _diff(before: str, after: str) -> str:
    return f"--- etl/x.py\n+++ etl/x.py\n@@ -1,2 +1,2 @@\n def f(path):\n-{before}\n+{after}\n"


@pytest.mark.parametrize("old, new", [("utf-8", "UTF-8"), ("utf-8-sig", "UTF-8-SIG"), ("utf-16", "UTF-16")])
def test_a_codec_name_in_other_letter_case_is_the_same_codec(tmp_path, old, new):
    diff = _diff(f'    return path.read_text(encoding="{old}")', f'    return path.read_text(encoding="{new}")')
    assert codec_case_equivalent(diff)
    path = tmp_path / "x.txt"
    path.write_text(TEXT, encoding=old)
    assert path.read_bytes() == TEXT.encode(new) and path.read_text(encoding=new) == TEXT


@pytest.mark.parametrize("before, after", [
    ('    return path.read_text(encoding="utf-8")', '    return path.read_text(encoding="XXutf-8XX")'),
    ('    return path.read_text(encoding="utf-8")', '    return path.read_text(encoding=None)'),
    ('    return path.read_text(encoding="utf-8")', '    return path.read_text()'),
    ('    return path.read_text(encoding="utf-8")', '    return path.read_bytes(encoding="UTF-8")'),
    ('    return {"utf-8": 1}', '    return {"UTF-8": 1}'),  # a dict key is no codec argument
    ('    return f(encoding="no-such-codec")', '    return f(encoding="NO-SUCH-CODEC")'),  # no such codec: not set apart
])
def test_anything_else_stays_a_survivor(before, after):
    assert not codec_case_equivalent(_diff(before, after))


def test_two_changed_lines_are_not_one_codec_change():
    diff = ("--- a\n+++ a\n@@ -1,2 +1,2 @@\n"
            '-    a = open(p, encoding="utf-8")\n-    b = 1\n+    a = open(p, encoding="UTF-8")\n+    b = 2\n')
    assert not codec_case_equivalent(diff)
