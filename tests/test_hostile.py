"""Hostile and odd input: nothing crashes, nothing is lost, the same input gives the same output."""

from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from etl.build import run_build
from etl.clean import clean, strip_emphasis
from etl.read import RejectedFile, decode_text
from etl.segment import clauses, kinds

VIET = "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ"
LINE = st.one_of(
    st.text(alphabet=VIET + VIET.upper() + " ,.;:()-/*0123456789", min_size=0, max_size=90),
    st.sampled_from(["1. Sở Y tế", "a) Công an tỉnh", "- Rà soát kế hoạch;", "+ Bố trí lực lượng.", "Nơi nhận:",
                     "CHỈ THỊ", "Số: 12/CT-UBND", "Lạng Sơn, ngày 5 tháng 6 năm 2024", "KT. CHỦ TỊCH", "Trần Văn An",
                     "2.1. Chỉ đạo", "**THÔNG BÁO**", "thực hiện./.", "", "   ", "17/CT-", "TTg ngày 2/5/2024"]),
)
DOCS = st.lists(LINE, min_size=1, max_size=60).map("\n".join)


def _accounted(source: str) -> tuple[Counter, Counter]:
    """Non-space characters of the source, and those found in clauses, header/tail paragraphs or dropped noise."""
    cleaned = clean(source)
    k = kinds(cleaned.paragraphs)
    tree = clauses(cleaned.paragraphs, k)
    got = Counter(c for cl in tree for c in cl.text if not c.isspace())
    got.update(c for p, kind in zip(cleaned.paragraphs, k) if kind in ("header", "tail") for c in p.text if not c.isspace())
    got.update(c for p in cleaned.dropped for c in strip_emphasis(p.text) if not c.isspace())
    want = Counter(c for c in strip_emphasis(source) if not c.isspace())
    return want, got


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(DOCS)
def test_cleaning_and_segmentation_never_crash_nor_lose_text(source):
    want, got = _accounted(source)
    assert want - got == Counter(), "characters of the source went missing"


@settings(max_examples=100, deadline=None)
@given(DOCS)
def test_same_input_same_output(source):
    first = [(c.seq, c.label, c.parent_seq, c.kind, c.text) for c in clauses(clean(source).paragraphs, kinds(clean(source).paragraphs))]
    again = [(c.seq, c.label, c.parent_seq, c.kind, c.text) for c in clauses(clean(source).paragraphs, kinds(clean(source).paragraphs))]
    assert first == again


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
def test_reading_any_bytes_gives_text_or_a_reason(data):
    try:
        decoded = decode_text(data)
    except RejectedFile as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    assert "\ufffd" not in decoded.text


def test_numbering_ten_deep():
    lines = ["CHỈ THỊ", "Về việc thử nghiệm"]
    label = ""
    for depth in range(1, 11):
        label = f"{label}.{depth}" if label else "1"
        lines.append(f"{label}. Mục cấp {depth} giao nhiệm vụ cho các đơn vị liên quan.")
    tree = clauses(clean("\n".join(lines)).paragraphs, kinds(clean("\n".join(lines)).paragraphs))
    items = [c for c in tree if c.kind == "item"]
    assert len(items) == 10
    assert all(b.parent_seq == a.seq for a, b in zip(items, items[1:]))


def test_ten_thousand_lines_build(tmp_path):
    folder = tmp_path / "raw"
    folder.mkdir()
    body = "\n".join(f"{i}. Công an tỉnh chỉ đạo bảo đảm an ninh trật tự tại điểm thi số {i}." for i in range(1, 10_001))
    (folder / "long.txt").write_text("Lạng Sơn, ngày 1 tháng 6 năm 2024\nCHỈ THỊ\nVề việc thử\n" + body, encoding="utf-8")
    report = run_build(folder, tmp_path / "long.duckdb")
    assert report.counts["documents"] == 1 and report.counts["clauses"] >= 10_000


def test_html_and_script_are_kept_as_text(tmp_path):
    folder = tmp_path / "raw"
    folder.mkdir()
    text = ("Lạng Sơn, ngày 1 tháng 6 năm 2024\nCHỈ THỊ\nVề việc thử\n1. Công an tỉnh <script>alert('x')</script> "
            "bảo đảm an ninh <b>trật tự</b>.\n2. Sở Y tế bảo đảm an toàn thực phẩm.")
    (folder / "html.txt").write_text(text, encoding="utf-8")
    import duckdb

    db = tmp_path / "h.duckdb"
    run_build(folder, db)
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*) FROM clauses WHERE text LIKE '%<script>alert(''x'')</script>%'").fetchone()[0] == 1
    con.close()


@pytest.mark.parametrize("text, message", [
    ("关于做好2024年高中毕业考试组织工作的通知。各省教育厅要加强领导，确保考试安全。" * 5, "not Vietnamese"),
    ("Об организации выпускных экзаменов в средней школе в 2024 году. " * 5, "not Vietnamese"),
])
def test_other_scripts_are_refused_with_the_reason(text, message):
    with pytest.raises(RejectedFile, match=message):
        decode_text(text.encode("utf-8"))


def test_english_document_loads_with_a_warning():
    text = "The provincial police shall ensure security at every exam site and prevent cheating. " * 5
    decoded = decode_text(text.encode("utf-8"))
    assert any("diacritics" in n for n in decoded.notes)
