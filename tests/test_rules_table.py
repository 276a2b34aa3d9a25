"""etl/rules.csv is data a newcomer edits: every row must read as the columns it claims (a comma inside an unquoted
pattern once split a regex across the note column and silently disabled the rule)."""

import csv
import re

from etl.attribution import rules
from etl.config import PACKAGE


def test_every_row_of_the_rule_table_has_its_columns():
    with open(PACKAGE / "rules.csv", encoding="utf-8") as f:
        reader = csv.reader(f)
        header = next(reader)
        rows = list(reader)
    assert all(len(r) == len(header) for r in rows), [r[0] for r in rows if len(r) != len(header)]
    for r in rows:
        row = dict(zip(header, r))
        assert row["part"] in {"doer", "helper", "requester", "recipient", "mention"}, row["rule"]
        assert row["side"] in {"left", "right"}, row["rule"]
        assert row["note"], row["rule"]
        # the Document page's reader reads Vietnamese: each rule says why in a Vietnamese line too
        assert row["why"] and re.search(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", row["why"]), row["rule"]
        assert row["keeps_subject"] in {"", "yes"}, row["rule"]


def test_every_rule_pattern_is_anchored_where_its_side_reads():
    # A left rule reads the words before a list, so it must end at the list ($); a right rule reads from it (^).
    for r in rules():
        assert r.regex.pattern.endswith("$") if r.side == "left" else r.regex.pattern.startswith("^"), r.name
