"""A directive printed to PDF (tests/fixtures/pdf: our own words, laid out as provinces lay out a Chỉ thị, printed by
Chromium from the .html beside it). Read as a user's PDF is read: the letterhead's two columns, the items, and the
signature block, whose bold italic "Nơi nhận:" a PDF places glyph by glyph ("Nơi nh  ận:")."""

from __future__ import annotations

from pathlib import Path

from etl.config import Settings
from etl.pipeline import parse_document
from etl.read import read_file

PDF = Path(__file__).parent / "fixtures" / "pdf" / "tuyenquang_2024_chithi.pdf"


def _parsed():
    return parse_document(PDF.name, read_file(PDF), None, Settings.from_env())


def test_a_printed_directive_reads_its_header_and_its_signature():
    doc = _parsed()
    meta = doc.meta
    assert (meta["locality"], meta["number"], str(meta["issued_date"]), meta["doc_type"]) == (
        "Tuyên Quang", "07/CT-UBND", "2024-04-15", "Chỉ thị")
    assert meta["signer"] == "Nguyễn Văn Sơn"
    # the signature block and the recipients are no duties
    texts = " ".join(c.text for c in doc.clauses)
    assert "CHỦ TỊCH" not in texts and "Lưu: VT" not in texts and "Nguyễn Văn Sơn" not in texts


def test_a_printed_directives_items_keep_their_doers():
    doc = _parsed()
    leads = {c.label: {f.role for f in doc.found.get(c.seq, []) if f.kind == "lead"} for c in doc.clauses}
    assert (leads["1"], leads["2"], leads["3"], leads["4"]) == ({"education"}, {"police"}, {"health"}, {"electricity"})


def test_an_onset_split_from_its_vowel_is_one_syllable_again():
    from etl.pdf_layout import join_syllables as join

    assert join("Nơi nh  ận:") == "Nơi nhận:" and join("Ban Ch ỉ đạo") == "Ban Chỉ đạo"
    # bold capitals of a letterhead come apart more widely
    assert join("CỘNG HÒA  XÃ H        ỘI CH  Ủ NGHĨA") == "CỘNG HÒA  XÃ HỘI CHỦ NGHĨA"
    assert join("SỞ GIÁO D     ỤC  VÀ ĐÀO TẠO") == "SỞ GIÁO DỤC  VÀ ĐÀO TẠO"
    # a unit after a number, an abbreviation and a short name stay as they are
    assert join("cách 500 m ở cổng trường") == "cách 500 m ở cổng trường" and join("v.v ở") == "v.v ở"
    assert join("TP     ỦY BAN") == "TP     ỦY BAN"


def _plan(name: str):
    pdf = PDF.parent / name
    return parse_document(pdf.name, read_file(pdf), None, Settings.from_env())


def _rows(doc) -> dict[str, tuple[set, set]]:
    return {c.text.split(" | ")[0]: ({f.role for f in doc.found.get(c.seq, []) if f.kind == "lead"},
                                     {f.role for f in doc.found.get(c.seq, []) if f.kind == "support"})
            for c in doc.clauses if " | " in c.text}


def test_a_printed_plans_task_table_says_who_leads_each_row():
    # the cells of a row run over several lines of the page; the letterhead's two columns stand side by side
    doc = _plan("dienbien_2024_kehoach.pdf")
    assert doc.meta["issuer"] == "UBND tỉnh Điện Biên" and doc.meta["number"] == "1120/KH-UBND"
    rows = _rows(doc)
    assert rows["1"] == ({"education"}, {"district_pc"})
    assert rows["2"] == ({"police"}, {"education"})
    assert rows["3"] == ({"health"}, {"health"})  # the CDC helps, as a health body
    assert rows["4"] == ({"electricity"}, set())
    texts = [c.text for c in doc.clauses]
    assert "4 | Bảo đảm cấp điện ổn định cho các điểm thi | Công ty Điện lực Điện Biên | | Trong thời gian thi" in texts
    assert "III. TỔ CHỨC THỰC HIỆN" in texts  # the heading after the table is no part of its last row


def test_a_task_table_cut_by_a_page_break_goes_on_with_the_next_pages_rows():
    for name in ("laichau_2024_kehoach.pdf", "laichau_2024_kehoach_giua.pdf"):
        _check_laichau(_plan(name))


def _check_laichau(doc) -> None:
    # the same plan twice: cells at the top of their rows, and centred in them (the number on a row's middle line,
    # the task's first words above it; laichau_2024_kehoach_giua.pdf is laichau_2024_kehoach.html printed with the
    # table cells' "vertical-align: middle")
    rows = _rows(doc)
    assert [k for k in rows if k.isdigit()] == [str(n) for n in range(1, 15)]
    assert rows["4"] == ({"police"}, {"education", "district_pc"})
    assert rows["5"] == ({"press"}, {"education"})  # two leads in one cell
    # rows 12 to 14 stand on the second page, where pypdf places the columns elsewhere
    assert (rows["12"], rows["13"], rows["14"]) == (({"health"}, {"district_pc"}), ({"electricity"}, set()),
                                                    ({"youth_union"}, {"district_pc"}))
    assert rows["I"] == (set(), set()) and rows["II"] == (set(), set())  # the title rows assign nothing


def test_a_numbered_table_that_assigns_nothing_is_left_as_it_was():
    from etl.pdf_layout import rebuild

    page = ("STT   Điểm thi                     Địa chỉ                Số thí sinh\n"
            "1     Trường THPT Chuyên           Phường Tân Phong       520\n"
            "2     Trường THPT Thị xã           Phường Đoàn Kết        410\n")
    assert rebuild(page) == (page, None)


def test_a_first_page_that_opens_with_a_justified_paragraph_is_not_taken_for_a_letterhead():
    from etl.pdf_layout import letterhead

    page = ("Để bảo đảm kỳ thi diễn ra an toàn,     Chủ tịch UBND tỉnh yêu cầu các\n"
            "sở, ban, ngành,                        các địa phương thực hiện tốt\n"
            "các nhiệm vụ sau đây: 1. Sở Y tế bố trí cán bộ y tế tại các điểm thi.")
    assert letterhead(page) == page


def test_a_dispatch_printed_from_a_browser_loses_the_printers_header_and_footer():
    # a department's letter printed with the browser's date, title, address and page counter on every page; its
    # letterhead's bold capitals come apart ("XÃ H        ỘI") and its subject line stands under the number
    doc = _plan("hoabinh_2024_congvan.pdf")
    meta = doc.meta
    assert (meta["number"], meta["doc_type"], str(meta["issued_date"]), meta["locality"]) == (
        "512/SGDĐT-QLCL", "Công văn", "2024-05-06", "Hòa Bình")
    assert meta["title"] == "V/v chuẩn bị tổ chức Kỳ thi tốt nghiệp THPT năm 2024"
    texts = [c.text for c in doc.clauses]
    assert not any(m in t for t in texts for m in ("AM", "CV 512", "file:", "1/2", "2/2", "GIÁM ĐỐC"))
    leads = {c.label: {f.role for f in doc.found.get(c.seq, []) if f.kind == "lead"} for c in doc.clauses}
    assert (leads["1"], leads["3"]) == ({"police"}, {"electricity"})
    item3 = next(c.text for c in doc.clauses if c.label == "3")
    assert item3.endswith("nơi in sao đề thi và nơi chấm thi.")  # nothing of the footer glued to item 3


def test_running_lines_come_off_every_page_and_a_single_pages_lines_stay():
    from etl.pdf_layout import strip_running

    pages = ["UBND TỈNH LAI CHÂU\nKẾ HOẠCH\n1. Sở Y tế bố trí cán bộ.\nTrang 1",
             "Kế hoạch số 845/KH-UBND\n2. Công an tỉnh bảo vệ đề thi.\nTrang 2",
             "Kế hoạch số 845/KH-UBND\n3. Công ty Điện lực cấp điện.\nTrang 3"]
    assert strip_running(pages) == ["UBND TỈNH LAI CHÂU\nKẾ HOẠCH\n1. Sở Y tế bố trí cán bộ.",
                                    "2. Công an tỉnh bảo vệ đề thi.", "3. Công ty Điện lực cấp điện."]
    assert strip_running(["Sở Y tế bố trí cán bộ.\nCông an tỉnh bảo vệ đề thi."]) == [
        "Sở Y tế bố trí cán bộ.\nCông an tỉnh bảo vệ đề thi."]


def test_a_title_row_across_the_table_and_a_sub_numbered_row_keep_their_places():
    from etl.pdf_layout import rebuild

    page = "\n".join((
        "II. PHÂN CÔNG NHIỆM VỤ",
        "TT    Nội dung công việc                 Đơn vị chủ trì     Đơn vị phối hợp    Thời gian",
        "I     CÔNG TÁC CHUẨN BỊ CƠ SỞ VẬT CHẤT VÀ NHÂN LỰC CHO CÁC ĐIỂM THI TRÊN ĐỊA BÀN TỈNH",
        "1     Rà soát cơ sở vật chất tại các     Sở Giáo dục và     UBND các huyện     Tháng 5",
        "      điểm thi                           Đào tạo",
        "1.1   Bố trí phòng chờ cho thí sinh      UBND các huyện                        Tháng 6",
        "2     Bảo vệ đề thi, bài thi             Công an tỉnh       Sở Giáo dục và     Tháng 6",
        "                                                            Đào tạo",
        "III. TỔ CHỨC THỰC HIỆN",
        "Các sở, ban, ngành triển khai thực hiện."))
    text, open_table = rebuild(page)
    assert text.split("\n") == [
        "II. PHÂN CÔNG NHIỆM VỤ", "TT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian",
        "I | CÔNG TÁC CHUẨN BỊ CƠ SỞ VẬT CHẤT VÀ NHÂN LỰC CHO CÁC ĐIỂM THI TRÊN ĐỊA BÀN TỈNH",
        "1 | Rà soát cơ sở vật chất tại các điểm thi | Sở Giáo dục và Đào tạo | UBND các huyện | Tháng 5",
        "1.1 | Bố trí phòng chờ cho thí sinh | UBND các huyện |  | Tháng 6",
        "2 | Bảo vệ đề thi, bài thi | Công an tỉnh | Sở Giáo dục và Đào tạo | Tháng 6",
        "III. TỔ CHỨC THỰC HIỆN", "Các sở, ban, ngành triển khai thực hiện."]
    assert open_table is None  # the table ended on this page
