"""The clause tree of a whole written directive (a Kế hoạch in our own words, with every kind of numbering):
each paragraph's kind, label and parent, and what is metadata rather than a clause."""

from __future__ import annotations

import pytest

from etl.clean import clean
from etl.segment import DASH_RANK, LETTER_RANK, PLUS_RANK, clauses, kinds, marker

PLAN = [
    'ỦY BAN NHÂN DÂN',
    'TỈNH CAO BẰNG',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    'Số: 12/KH-UBND',
    'Cao Bằng, ngày 3 tháng 4 năm 2026',
    'KẾ HOẠCH',
    'Tổ chức Kỳ thi tốt nghiệp trung học phổ thông năm 2026',
    'trên địa bàn tỉnh Cao Bằng',
    'Căn cứ văn bản hướng dẫn của Bộ Giáo dục và Đào tạo về việc tổ chức Kỳ thi tốt nghiệp trung học phổ thông năm 2026 và tình hình thực tế của địa phương;',
    'Để Kỳ thi diễn ra an toàn, nghiêm túc, khách quan và đúng quy chế, Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện như sau:',
    'I. MỤC ĐÍCH, YÊU CẦU',
    '1. Tổ chức Kỳ thi nghiêm túc, đúng quy chế, bảo đảm kết quả phản ánh trung thực năng lực của học sinh trong toàn tỉnh.',
    '2. Bảo đảm quyền lợi chính đáng của thí sinh, nhất là thí sinh ở vùng sâu, vùng xa và thí sinh thuộc hộ nghèo.',
    'II. NHIỆM VỤ CỤ THỂ',
    '1. Sở Giáo dục và Đào tạo',
    '1.1. Chủ trì rà soát hồ sơ đăng ký dự thi của học sinh lớp 12 và thí sinh tự do, hoàn thành trước ngày 20 tháng 4.',
    '1.2. Chuẩn bị đầy đủ cơ sở vật chất, trang thiết bị cho các điểm thi trên địa bàn toàn tỉnh, cụ thể như sau:',
    'a) Phòng thi có đủ bàn ghế, ánh sáng, quạt mát và đồng hồ treo tường cho thí sinh theo dõi thời gian làm bài;',
    'b) Phòng bảo quản đề thi, bài thi có camera giám sát hoạt động liên tục, có khóa và niêm phong theo quy định;',
    'đ) Khu vực để đồ dùng cá nhân của thí sinh được bố trí riêng, có người trông giữ trong suốt buổi thi.',
    'Các điểm thi báo cáo tiến độ chuẩn bị về Sở Giáo dục và Đào tạo hằng tuần, bắt đầu từ tháng 5 năm 2026.',
    '2. Công an tỉnh',
    '- Bảo vệ tuyệt đối an toàn khu vực in sao đề thi, bố trí lực lượng trực ba mươi sáu giờ trước ngày thi.',
    '+ Kiểm tra an ninh đối với mọi người ra vào khu vực in sao đề thi, lập sổ theo dõi từng lượt ra vào.',
    '- Chủ động phòng ngừa, phát hiện và xử lý việc sử dụng thiết bị công nghệ cao để gian lận trong Kỳ thi.',
    '(a) Phối hợp với doanh nghiệp viễn thông kiểm tra tín hiệu vô tuyến quanh các điểm thi trong những ngày thi.',
    '3. Sở Y tế bố trí cán bộ y tế thường trực tại mỗi điểm thi, chuẩn bị thuốc men và phương tiện cấp cứu cần thiết.',
    'Yêu cầu các sở, ban, ngành và Ủy ban nhân dân các huyện, thành phố triển khai thực hiện nghiêm túc Kế hoạch này./.',
    'Nơi nhận:',
    '- Bộ Giáo dục và Đào tạo;',
    '- Lưu: VT.',
    'TM. ỦY BAN NHÂN DÂN',
    'KT. CHỦ TỊCH',
    'PHÓ CHỦ TỊCH',
    'Nguyễn Văn An',
]


def _tree(lines: list[str]):
    source = "\n\n".join(lines)  # one paragraph per line with a blank line between, as Word exports it
    cleaned = clean(source)
    return source, clauses(cleaned.paragraphs, kinds(cleaned.paragraphs))


def test_every_clause_has_its_kind_label_and_parent():
    _, tree = _tree(PLAN)
    by_seq = {c.seq: c for c in tree}
    got = [(c.kind, c.label, by_seq[c.parent_seq].text[:12] if c.parent_seq is not None else None, c.text)
           for c in tree]
    want = [
        ("title", "¶", None, "KẾ HOẠCH"),
        ("title", "¶", None, "Tổ chức Kỳ thi tốt nghiệp"),
        ("preamble", "¶", None, "Căn cứ văn bản hướng dẫn "),
        ("preamble", "¶", None, "Để Kỳ thi diễn ra an toàn"),
        ("item", "I", None, "I. MỤC ĐÍCH, YÊU CẦU"),
        ("item", "1", "I. MỤC ĐÍCH,", "1. Tổ chức Kỳ thi nghiêm"),
        ("item", "2", "I. MỤC ĐÍCH,", "2. Bảo đảm quyền lợi chín"),
        ("item", "II", None, "II. NHIỆM VỤ CỤ THỂ"),
        ("item", "1", "II. NHIỆM VỤ", "1. Sở Giáo dục và Đào tạo"),
        ("item", "1.1", "1. Sở Giáo d", "1.1. Chủ trì rà soát hồ s"),
        ("item", "1.2", "1. Sở Giáo d", "1.2. Chuẩn bị đầy đủ cơ s"),
        ("item", "a", "1.2. Chuẩn b", "a) Phòng thi có đủ bàn gh"),
        ("item", "b", "1.2. Chuẩn b", "b) Phòng bảo quản đề thi,"),
        ("item", "đ", "1.2. Chuẩn b", "đ) Khu vực để đồ dùng cá "),
        # a plain paragraph belongs to the nearest numbered or lettered item above it
        ("item", "¶", "đ) Khu vực đ", "Các điểm thi báo cáo tiến"),
        ("item", "2", "II. NHIỆM VỤ", "2. Công an tỉnh"),
        ("item", "-", "2. Công an t", "- Bảo vệ tuyệt đối an toà"),
        ("item", "+", "- Bảo vệ tuy", "+ Kiểm tra an ninh đối vớ"),
        ("item", "-", "2. Công an t", "- Chủ động phòng ngừa, ph"),
        ("item", "a", "2. Công an t", "(a) Phối hợp với doanh ng"),
        ("item", "3", "II. NHIỆM VỤ", "3. Sở Y tế bố trí cán bộ "),
        ("closing", "¶", None, "Yêu cầu các sở, ban, ngàn"),
    ]
    assert len(got) == len(want)
    for (kind, label, parent, text), (w_kind, w_label, w_parent, w_start) in zip(got, want):
        assert (kind, label, parent) == (w_kind, w_label, w_parent) and text.startswith(w_start), text
    assert [c.seq for c in tree] == list(range(len(tree)))


def test_header_recipients_and_signature_are_not_clauses():
    _, tree = _tree(PLAN)
    texts = " ".join(c.text for c in tree)
    for metadata in ("ỦY BAN NHÂN DÂN", "CỘNG HÒA", "Số: 12/KH-UBND", "ngày 3 tháng 4", "Nơi nhận", "Lưu: VT",
                     "KT. CHỦ TỊCH", "Nguyễn Văn An"):
        assert metadata not in texts, metadata


def test_clause_offsets_cover_their_text_in_the_source():
    source, tree = _tree(PLAN)
    for c in tree:
        assert " ".join(source[c.start:c.end].split()) == c.text


def test_signature_without_recipients_still_ends_the_body():
    lines = PLAN[:PLAN.index("Nơi nhận:")] + ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Trần Thị Bình"]
    _, tree = _tree(lines)
    assert tree[-1].kind == "closing" and tree[-1].text.endswith("Kế hoạch này./.")
    assert not any("CHỦ TỊCH" in c.text or "Trần Thị Bình" in c.text for c in tree)


ARTICLE = [
    "Ngày 12/5, Ủy ban nhân dân tỉnh Cao Bằng vừa ban hành Chỉ thị về tăng cường công tác chuẩn bị Kỳ thi tốt "
    "nghiệp trung học phổ thông năm 2026 trên địa bàn tỉnh.",
    "Theo đó, Sở Giáo dục và Đào tạo được giao chủ trì việc rà soát các điểm thi và tập huấn cho cán bộ coi thi.",
    "Công an tỉnh bảo đảm an ninh trật tự tại nơi in sao đề thi và trên các tuyến đường vận chuyển đề thi.",
    "Ủy ban nhân dân tỉnh yêu cầu các sở, ngành, địa phương nghiêm túc triển khai thực hiện Chỉ thị này./.",
]


def test_a_news_article_without_numbering_has_preamble_items_and_closing():
    _, tree = _tree(ARTICLE)
    assert [(c.kind, c.label, c.parent_seq) for c in tree] == [
        ("preamble", "¶", None), ("item", "¶", None), ("item", "¶", None), ("closing", "¶", None)]


def test_without_numbering_and_without_the_closing_mark_the_last_paragraph_is_an_item():
    _, tree = _tree(ARTICLE[:-1] + [ARTICLE[-1].removesuffix("/.")])
    assert [c.kind for c in tree] == ["preamble", "item", "item", "item"]


@pytest.mark.parametrize(("text", "expected"), [
    ("IV. TỔ CHỨC THỰC HIỆN", ("IV", 0)),
    ("II) Nhiệm vụ", ("II", 0)),
    ("3. Sở Tài chính", ("3", 1)),
    ("3) Sở Tài chính", ("3", 1)),
    ("2.1 Chỉ đạo các trường", ("2.1", 2)),
    ("2.1. Chỉ đạo các trường", ("2.1", 2)),
    ("1.2.3. Rà soát", ("1.2.3", 3)),
    ("a) Công an tỉnh", ("a", LETTER_RANK)),
    ("(b) Sở Y tế", ("b", LETTER_RANK)),
    ("(đ) Sở Xây dựng", ("đ", LETTER_RANK)),
    ("- Rà soát", ("-", DASH_RANK)),
    ("– Rà soát", ("-", DASH_RANK)),
    ("• Rà soát", ("-", DASH_RANK)),
    ("* Rà soát", ("-", DASH_RANK)),
    ("+ Rà soát", ("+", PLUS_RANK)),
    ("2026 là năm đầu tiên", None),
    ("15 điểm thi được bố trí", None),
    ("1.Sở Y tế", None),
    ("A) Sở Y tế", None),
    ("-Rà soát", None),
    ("Thực hiện Chỉ thị", None),
    ("-  ", None),
])
def test_item_markers(text, expected):
    assert marker(text) == expected
