"""Segmentation: clause tree from numbered, lettered and bulleted items; every body word in one clause."""

from etl.clean import clean
from etl.segment import clauses, kinds, marker
from tests.conftest import RAW


def _tree(name):
    cleaned = clean((RAW / name).read_text(encoding="utf-8"))
    return clauses(cleaned.paragraphs, kinds(cleaned.paragraphs))


def test_vietnamese_letter_order_and_parents():
    tree = _tree("002_ad9a6a1738b618d2.txt")
    letters = [c.label for c in tree if len(c.label) == 1 and c.label.isalpha()]
    assert letters == ["a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l"]
    by_seq = {c.seq: c for c in tree}
    police = next(c for c in tree if c.text == "a) Công an tỉnh")
    assert by_seq[police.parent_seq].label == "2"
    child = next(c for c in tree if c.text.startswith("Chỉ đạo các đơn vị nghiệp vụ, Công an các huyện"))
    assert child.parent_seq == police.seq and child.label == "¶"


def test_decimal_numbering_nests_under_its_parent():
    tree = _tree("001_1ddb42c3f288f769.txt")
    by_label = {c.label: c for c in tree}
    assert by_label["2.3"].parent_seq == by_label["2"].seq
    assert by_label["3"].parent_seq is None


def test_dashes_sit_under_their_numbered_agency():
    tree = _tree("000_8f861f167f9d767e.txt")
    heading = next(c for c in tree if c.text == "1. Sở Giáo dục và Đào tạo")
    assert [c.label for c in tree if c.parent_seq == heading.seq] == ["-"] * 5


def test_title_preamble_closing_are_marked_and_signature_is_not_a_clause():
    tree = _tree("002_ad9a6a1738b618d2.txt")
    assert [c.kind for c in tree[:4]] == ["title", "title", "preamble", "preamble"]
    assert tree[-1].kind == "closing" and tree[-1].text.endswith("Chỉ thị này./.")
    assert not any("Hồ Tiến Thiệu" in c.text or c.text.startswith("Nơi nhận") for c in tree)


def test_recipients_of_a_letter_are_header_not_clauses():
    tree = _tree("004_e65e262914ab729d.txt")
    assert tree[0].text.startswith("V/v tăng cường tuyên truyền") and tree[0].kind == "title"
    assert not any(c.text.startswith("- Báo Lạng Sơn") for c in tree)


def test_markers():
    assert marker("2.1. Chỉ đạo") == ("2.1", 2)
    assert marker("đ) Sở Thông tin") == ("đ", 50)
    assert marker("2024 là năm") is None
    assert marker("1.2.3.4.5.6.7.8.9.10. Sâu") == ("1.2.3.4.5.6.7.8.9.10", 10)
    assert marker("+ Rà soát") == ("+", 70)


def _meta(text: str) -> dict:
    from etl.metadata import extract

    cleaned = clean(text)
    meta = extract(cleaned.paragraphs, kinds(cleaned.paragraphs))
    return {k: str(v) for k, v in meta.values.items()}


def test_cong_dien_with_its_place_and_date_below_the_title():
    got = _meta(
        "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\n\nCÔNG ĐIỆN\nVề việc bảo đảm an toàn Kỳ thi tốt nghiệp THPT năm 2024\n\n"
        "Quảng Trị, ngày 25 tháng 6 năm 2024\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:\n- Giám đốc Công an tỉnh.\n\n"
        "1. Sở Giáo dục và Đào tạo kiểm tra lần cuối các điểm thi.\n\n2. Công an tỉnh bảo vệ khu vực in sao đề thi./.\n\n"
        "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Văn An\n")
    assert got["title"] == "Về việc bảo đảm an toàn Kỳ thi tốt nghiệp THPT năm 2024"
    assert (got["issued_date"], got["locality"], got["doc_type"]) == ("2024-06-25", "Quảng Trị", "Công điện")
    assert got["issuer"] == "Chủ tịch UBND tỉnh Quảng Trị"


def test_issuer_and_locality_from_the_header_lines():
    got = _meta(
        "ỦY BAN NHÂN DÂN\nHUYỆN HẢI HẬU\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
        "Số: 85/KH-UBND\nHải Hậu, ngày 27 tháng 5 năm 2024\n\nKẾ HOẠCH\n"
        "Bảo đảm điều kiện tổ chức Kỳ thi tốt nghiệp THPT năm 2024 trên địa bàn huyện Hải Hậu, tỉnh Nam Định\n\n"
        "1. Công an huyện bảo vệ các điểm thi.\n\n2. Trung tâm Y tế huyện cử cán bộ trực tại điểm thi.\n")
    assert (got["issuer"], got["locality"], got["number"]) == ("UBND huyện Hải Hậu", "Nam Định", "85/KH-UBND")


def test_unit_under_its_parent_and_spelling_restored():
    from etl.header import header_issuer

    assert header_issuer(["UBND TỈNH HÀ TĨNH", "VĂN PHÒNG"]) == "Văn phòng UBND tỉnh Hà Tĩnh"
    assert header_issuer(["SỞ Y TẾ TỈNH BẾN TRE"]) == "Sở Y tế tỉnh Bến Tre"
    assert header_issuer(["UBND TỈNH SƠN LA", "BAN CHỈ ĐẠO THI TỐT NGHIỆP THPT"]) == \
        "Ban Chỉ đạo thi tốt nghiệp THPT tỉnh Sơn La"


def test_portal_article_gives_number_and_date_in_a_sentence():
    got = _meta(
        "Tăng cường chỉ đạo Kỳ thi tốt nghiệp THPT năm 2024\n\n"
        "UBND tỉnh Phú Yên vừa ban hành Chỉ thị số 08/CT-UBND ngày 17/5/2024 về tăng cường chỉ đạo, phối hợp tổ chức "
        "Kỳ thi tốt nghiệp trung học phổ thông năm 2024.\n\n"
        "Theo đó, Sở Giáo dục và Đào tạo chủ trì rà soát từng điểm thi trên địa bàn tỉnh.\n")
    assert (got["number"], got["issued_date"], got["doc_type"]) == ("08/CT-UBND", "2024-05-17", "Chỉ thị")
    assert (got["issuer"], got["locality"]) == ("UBND tỉnh Phú Yên", "Phú Yên")


def test_old_province_name_is_kept_before_the_merger():
    got = _meta("ỦY BAN NHÂN DÂN\nTỈNH THỪA THIÊN HUẾ\n\nSố: 07/CĐ-UBND\nThừa Thiên Huế, ngày 21 tháng 6 năm 2024\n\n"
                "CÔNG ĐIỆN\nVề việc bảo đảm an toàn Kỳ thi\n\n1. Sở Y tế bố trí cán bộ y tế.\n\n2. Công an tỉnh bảo vệ đề thi.\n")
    assert got["locality"] == "Thừa Thiên Huế"
    assert _meta("Huế, ngày 20 tháng 6 năm 2025\n\nCÔNG ĐIỆN\nVề Kỳ thi\n\n1. Sở Y tế bố trí cán bộ.\n\n"
                 "2. Công an thành phố bảo vệ đề thi.\n")["locality"] == "Huế"


def test_subject_line_joined_with_the_number_is_the_title():
    got = _meta("SỞ Y TẾ TỈNH BẾN TRE\n\nSố: 1875/SYT-NVY\nV/v bảo đảm công tác y tế phục vụ Kỳ thi tốt nghiệp THPT năm 2023\n"
                "Bến Tre, ngày 16 tháng 6 năm 2023\n\nKính gửi: Trung tâm Y tế các huyện.\n\n"
                "1. Trung tâm Y tế các huyện bố trí nhân viên y tế.\n\n2. Bệnh viện tỉnh sẵn sàng xe cấp cứu.\n")
    assert got["title"] == "V/v bảo đảm công tác y tế phục vụ Kỳ thi tốt nghiệp THPT năm 2023"
    assert (got["doc_type"], got["number"], got["locality"]) == ("Công văn", "1875/SYT-NVY", "Bến Tre")
