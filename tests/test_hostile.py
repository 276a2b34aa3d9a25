"""Hostile and odd input: nothing crashes, nothing is lost, the same input gives the same output."""

import io
import os
import re
import subprocess
import sys
import time
from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from etl.build import run_build
from etl.clean import clean, strip_emphasis
from etl.config import ROOT
from etl.read import RejectedFile, decode, decode_text
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


# --- Word and PDF files built to exhaust the reader (issue 12) ------------------------------------------

MEASURE = """
import re, sys, time
from etl.read import RejectedFile, decode
data = open(sys.argv[1], "rb").read()
t0 = time.perf_counter()
try:
    decode(data, sys.argv[1])
    print("read")
except RejectedFile as exc:
    print(exc)
peak = int(re.search(r"VmHWM:\\s+(\\d+)", open("/proc/self/status").read())[1])  # this process only
print(f"{peak / 1024:.0f} {time.perf_counter() - t0:.3f}")
print(" ".join(m for m in ("docx", "lxml", "pypdf") if m in sys.modules))
"""


def _docx_with_body(path, chunks) -> int:
    """A .docx whose word/document.xml holds the given paragraph XML chunks, streamed into the zip."""
    import zipfile

    from tests.test_add import _docx

    small = zipfile.ZipFile(io.BytesIO(_docx("Công an tỉnh bảo đảm an ninh tại các điểm thi.")))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as out:
        for item in small.infolist():
            if item.filename != "word/document.xml":
                out.writestr(item, small.read(item))
        with out.open("word/document.xml", "w", force_zip64=True) as xml:
            xml.write(b'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.'
                      b'org/wordprocessingml/2006/main"><w:body>')
            for chunk in chunks:
                xml.write(chunk)
            xml.write(b"</w:body></w:document>")
    return path.stat().st_size


def zip_bomb(path, expanded: int) -> int:
    """A .docx whose document.xml is `expanded` bytes of valid, endlessly repeated paragraphs."""
    para = "<w:p><w:r><w:t>Khoản mới.</w:t></w:r></w:p>".encode() * 4096
    return _docx_with_body(path, (para for _ in range(expanded // len(para))))


def _measure(path) -> tuple[str, float, float, str]:
    out = subprocess.run([sys.executable, "-c", MEASURE, str(path)], capture_output=True, text=True, cwd=ROOT,
                         timeout=120)
    message, usage, modules = (out.stdout.splitlines() + ["", "", ""])[:3]
    rss, seconds = usage.split()
    return message, float(rss), float(seconds), modules


def test_a_zip_bomb_docx_is_refused_before_it_is_unpacked(tmp_path):
    size = zip_bomb(tmp_path / "bom.docx", 400_000_000)
    assert size < 2_000_000  # a small upload, under the 5 MB limit
    message, rss_mb, seconds, modules = _measure(tmp_path / "bom.docx")
    assert re.match(r"the Word file would unpack to 40\d MB \(the limit is 60 MB\), so it was not opened: it may be "
                    r"a zip bomb$", message)
    assert rss_mb < 150 and seconds < 1.0  # the directory is read, nothing is inflated
    assert modules == ""  # python-docx never ran in this process


@pytest.fixture(scope="module")
def heavy_docx(tmp_path_factory):
    """Hard to compress (so it passes the ratio check: about 2 to 1) and heavy to parse: 400,000 paragraphs."""
    path = tmp_path_factory.mktemp("heavy") / "nang.docx"
    _docx_with_body(path, (b"".join(b"<w:p><w:r><w:t>%s</w:t></w:r></w:p>" % os.urandom(24).hex().encode()
                                    for _ in range(10_000)) for _ in range(40)))
    return path


def test_a_docx_that_needs_too_much_memory_is_stopped_in_its_own_process(heavy_docx):
    from etl.config import Settings

    settings = Settings.from_env(read_memory_mb=300, max_file_bytes=50_000_000)
    with pytest.raises(RejectedFile, match="reading the file needed more than 300 MB of memory and was stopped"):
        decode(heavy_docx.read_bytes(), "nang.docx", settings=settings)


def test_a_docx_that_takes_too_long_is_stopped(heavy_docx):
    from etl.config import Settings

    settings = Settings.from_env(read_seconds=0.5, max_file_bytes=50_000_000)
    t0 = time.perf_counter()
    with pytest.raises(RejectedFile, match="reading the file took longer than 0.5 s and was stopped"):
        decode(heavy_docx.read_bytes(), "nang.docx", settings=settings)
    assert time.perf_counter() - t0 < 3


def test_a_good_docx_is_read_outside_the_calling_process(tmp_path):
    from tests.test_add import _docx

    text = "Lạng Sơn, ngày 1 tháng 6 năm 2024\n\nCHỈ THỊ\n\nVề việc thử\n\n1. Công an tỉnh bảo đảm an ninh trật tự."
    (tmp_path / "tot.docx").write_bytes(_docx(text))
    message, rss_mb, seconds, modules = _measure(tmp_path / "tot.docx")
    assert message == "read" and modules == ""


def test_a_pdf_with_too_many_pages_is_refused():
    from tests.conftest import blank_pdf

    with pytest.raises(RejectedFile, match=r"the PDF has 1,001 pages \(the limit is 1,000\)"):
        decode(blank_pdf(1001), "dai.pdf")


def test_a_zip_bomb_in_the_folder_is_rejected_by_the_build_and_the_rest_loads(tmp_path):
    import shutil

    from tests.conftest import RAW

    folder = tmp_path / "raw"
    shutil.copytree(RAW, folder)
    zip_bomb(folder / "bom.docx", 100_000_000)
    t0 = time.perf_counter()
    report = run_build(folder, tmp_path / "b.duckdb")
    assert report.counts["documents"] == 5
    [(name, reason, _)] = report.rejected
    assert name == "bom.docx"
    assert re.fullmatch(r"the Word file would unpack to 10\d MB \(the limit is 60 MB\), so it was not opened: it may "
                        r"be a zip bomb", reason)
    assert time.perf_counter() - t0 < 30
