"""A portal article saved from the browser (.html) loads like a text file: the article's sentences, never the
menus, scripts, sidebars and footers around it. The page below is written in our own words, shaped like a
provincial portal's news page (menu, breadcrumb, headline above the marked body, related news, footer)."""

from __future__ import annotations

import duckdb

from etl.build import run_build
from etl.html_text import html_to_text
from etl.read import decode
from tests.test_read import cp1258

PAGE = """<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Cổng thông tin điện tử tỉnh Kon Tum</title>
<style>.menu{color:red}</style><script>var tracking = "Sở Tài chính bảo đảm kinh phí";</script></head>
<body>
<header><div class="logo">CỔNG THÔNG TIN ĐIỆN TỬ TỈNH KON TUM</div></header>
<nav class="menu"><ul><li><a href="/">Trang chủ</a></li><li>Giới thiệu</li><li>Tin tức - Sự kiện</li></ul></nav>
<div class="breadcrumb">Trang chủ &raquo; Giáo dục</div>
<h1 class="title">Kon Tum chuẩn bị Kỳ thi tốt nghiệp THPT năm 2024</h1>
<div class="news-detail">
<p>Ngày 10/5/2024, UBND tỉnh Kon Tum ban hành Chỉ thị số 04/CT-UBND về tăng cường chỉ đạo Kỳ thi tốt nghiệp
THPT năm 2024.</p>
<p>Theo đó, Sở Giáo dục và Đào tạo chủ trì, phối hợp với Công an tỉnh rà soát phương án in sao đề thi và
bảo đảm an toàn tuyệt đối tại các điểm thi.<br>Công an tỉnh bố trí lực lượng bảo vệ đề thi, bài thi 24/24 giờ.</p>
<p>Sở Y tế chỉ đạo các trung tâm y tế cử cán bộ trực tại mỗi điểm thi&nbsp;và kiểm tra an toàn thực phẩm.</p>
</div>
<aside class="related"><h3>Tin liên quan</h3><ul><li>Tỉnh đoàn tổ chức giải chạy việt dã</li></ul></aside>
<footer>Bản quyền thuộc UBND tỉnh Kon Tum. Địa chỉ: 123 đường Trần Phú.</footer>
</body></html>"""


def test_the_article_is_read_and_the_page_machinery_is_not():
    text = html_to_text(PAGE)
    lines = text.splitlines()
    assert lines[0] == "Kon Tum chuẩn bị Kỳ thi tốt nghiệp THPT năm 2024"  # the headline above the body is kept
    assert "Sở Giáo dục và Đào tạo chủ trì, phối hợp với Công an tỉnh rà soát" in text
    # <br> ends a line as it does on screen; &nbsp; is a space
    assert "Công an tỉnh bố trí lực lượng bảo vệ đề thi, bài thi 24/24 giờ." in lines
    assert "cán bộ trực tại mỗi điểm thi và kiểm tra" in text
    for chrome in ("Trang chủ", "Giới thiệu", "Tin liên quan", "việt dã", "Bản quyền", "tracking", "color:red",
                   "CỔNG THÔNG TIN"):
        assert chrome not in text, chrome


def test_a_page_without_a_marked_article_keeps_its_text_without_menus():
    page = ("<html><body><nav>Trang chủ | Liên hệ</nav><p>Công an tỉnh bảo vệ các điểm thi.</p>"
            "<p>Sở Y tế bố trí cán bộ y tế trực thi.</p><footer>Liên hệ ban biên tập</footer></body></html>")
    assert html_to_text(page) == "Công an tỉnh bảo vệ các điểm thi.\nSở Y tế bố trí cán bộ y tế trực thi.\n"


def test_an_old_portal_laid_out_in_a_table_is_read_as_paragraphs_from_its_headline():
    # menu | article | sidebar in one row of a layout table: the article is no table row, and the menu above the
    # headline is not the document's
    article = "".join(f"<p>{t}</p>" for t in (
        "Ngày 10/6, UBND tỉnh Cao Bằng tổ chức hội nghị triển khai công tác chuẩn bị kỳ thi năm nay.",
        "Phó Chủ tịch UBND tỉnh yêu cầu Sở Giáo dục và Đào tạo rà soát kỹ điều kiện tại từng điểm thi.",
        "Công an tỉnh xây dựng phương án bảo vệ an toàn đề thi, bài thi trong quá trình vận chuyển.",
        "Sở Y tế bố trí cán bộ y tế trực tại các điểm thi; Công ty Điện lực bảo đảm cấp điện liên tục."))
    page = ("<html><body><table><tr><td><a href='/'>Trang chủ</a><br><a href='/tin'>Tin tức</a></td>"
            f"<td><h1>Cao Bằng triển khai kỳ thi tốt nghiệp THPT năm 2024</h1>{article}</td>"
            "<td><b>Tin mới</b><br><a href='/a'>Lễ hội mùa xuân</a></td></tr></table></body></html>")
    lines = html_to_text(page).splitlines()
    assert lines[0] == "Cao Bằng triển khai kỳ thi tốt nghiệp THPT năm 2024"
    assert "Công an tỉnh xây dựng phương án bảo vệ an toàn đề thi, bài thi trong quá trình vận chuyển." in lines
    assert not any("\t" in ln or "Trang chủ" in ln for ln in lines)


def test_a_page_saved_in_windows_1258_is_read_in_nfc():
    page = "<html><body><p>Sở Giáo dục và Đào tạo chủ trì tổ chức Kỳ thi.</p></body></html>"
    decoded = decode(cp1258(page), "tin-bai.htm")
    assert decoded.text == "Sở Giáo dục và Đào tạo chủ trì tổ chức Kỳ thi.\n"


def test_a_saved_portal_page_builds_into_clauses_with_its_agencies(tmp_path):
    folder = tmp_path / "raw"
    folder.mkdir()
    (folder / "kontum-2024-tin-bai.html").write_text(PAGE, encoding="utf-8")
    db = tmp_path / "x.duckdb"
    run_build(folder, db)
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*) FROM rejected_files").fetchone()[0] == 0
    text = " ".join(r[0] for r in con.execute("SELECT text FROM clauses").fetchall())
    assert "rà soát phương án in sao đề thi" in text and "Trang chủ" not in text and "Bản quyền" not in text
    leads = {r[0] for r in con.execute(
        "SELECT DISTINCT g.role FROM assignments a JOIN agencies g USING (agency_id) WHERE a.kind = 'lead'").fetchall()}
    assert {"education", "police", "health"} <= leads
    locality, year = con.execute("SELECT locality, year FROM documents").fetchone()
    assert (locality, year) == ("Kon Tum", 2024)


def test_an_old_word_file_is_refused_with_how_to_make_it_readable_in_vietnamese():
    import pytest

    from dashboard.i18n import message
    from etl.read import RejectedFile

    with pytest.raises(RejectedFile) as err:
        decode(b"\xd0\xcf\x11\xe0 old word", "chi-thi-2019.DOC")
    assert message(str(err.value), "vi") == (
        "không đọc tệp loại '.doc'; hãy mở bằng Word hoặc LibreOffice và lưu lại thành .docx")
    with pytest.raises(RejectedFile) as err:
        decode(b"x", "bang.xls")
    assert message(str(err.value), "vi") == (
        "không đọc tệp loại '.xls'; hãy dùng .txt, .docx, .pdf hoặc trang web đã lưu (.html)")
