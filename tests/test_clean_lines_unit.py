"""Which lines of a directive become one paragraph, and which lines after its closing mark are kept: the cases the
mutation run of etl/clean.py found unchecked (thirteenth round). Sentences invented for these tests."""

from etl.clean import clean

# Whole paragraphs of a web page (more than 200 characters a line): the block's width is a web page's.
WEB = ("Trong tuần trước kỳ thi, Ban Chỉ đạo thi của thị xã đã cùng các trường rà lại danh sách thí sinh ở xa, "
       "bố trí xe đưa đón cho các em ở những bản cách điểm thi hơn hai mươi cây số, nhắc các điểm thi kiểm tra "
       "máy phát điện, quạt và nước uống, và xin ý kiến của công an thị xã về chỗ gửi xe cho phụ huynh.")


def texts(source: str) -> list[str]:
    return [p.text for p in clean(source).paragraphs]


def test_a_two_letter_capital_line_is_a_heading_of_its_own():
    assert texts("VỀ\nviệc chuẩn bị phòng thi dự phòng.") == ["VỀ", "việc chuẩn bị phòng thi dự phòng."]


def test_a_single_capital_letter_wrapped_onto_its_own_line_stays_in_its_sentence():
    source = "Thí sinh thi theo phương án\nA\ncủa Hội đồng thi tỉnh."
    assert texts(source) == ["Thí sinh thi theo phương án A của Hội đồng thi tỉnh."]


def test_a_heading_without_a_full_stop_stays_apart_from_the_paragraph_after_a_blank_line():
    # "X" opens many Vietnamese sentences (Xây dựng, Xét, Xã): such a line is no continuation.
    source = "Nhiệm vụ chung\n\nXây dựng kế hoạch coi thi của từng điểm thi."
    assert texts(source) == ["Nhiệm vụ chung", "Xây dựng kế hoạch coi thi của từng điểm thi."]


def test_a_web_paragraph_cut_mid_sentence_into_two_full_lines_is_one_paragraph():
    first = ("Để các điểm thi ở vùng sâu không bị mất điện trong giờ thi, Ban Chỉ đạo thi của thị xã đã yêu cầu "
             "Điện lực thị xã rà soát đường dây, thay các cột điện đã cũ, bố trí thợ trực ở từng trạm biến áp "
             "trong cả bốn buổi thi và phối hợp với")
    second = ("Công an thị xã giữ trật tự ở cổng các điểm thi, nhắc phụ huynh gửi xe đúng chỗ, không tụ tập "
              "trước cổng trường, và báo ngay cho Ban Chỉ đạo mọi việc có thể làm chậm giờ thi của thí sinh, "
              "kể cả những việc xảy ra ngoài phạm vi điểm thi.")
    assert len(first) > 200 and len(second) > 200
    assert texts(f"{WEB}\n{first}\n{second}\n{WEB}\n") == [WEB, f"{first} {second}", WEB]


def test_two_short_lines_of_one_web_block_without_a_full_stop_are_one_paragraph():
    source = f"{WEB}\nTheo kế hoạch của Sở Giáo dục và Đào tạo\nHội đồng thi họp vào sáng thứ Hai\n{WEB}\n"
    assert texts(source)[1] == "Theo kế hoạch của Sở Giáo dục và Đào tạo Hội đồng thi họp vào sáng thứ Hai"
    assert len(texts(source)) == 3


def test_a_signature_title_right_after_the_closing_mark_and_the_signer_under_it_are_kept():
    source = "\n".join([
        "Đề nghị các đơn vị nghiêm túc thực hiện./.",
        "CHỦ TỊCH",
        "Lê Thị Hồng Nhung",
        "Các bài đã đăng trên cổng thông tin",
    ])
    cleaned = clean(source)
    assert [p.text for p in cleaned.paragraphs] == [
        "Đề nghị các đơn vị nghiêm túc thực hiện./.", "CHỦ TỊCH", "Lê Thị Hồng Nhung"]
    assert [d.text for d in cleaned.dropped] == ["Các bài đã đăng trên cổng thông tin"]


def test_a_signature_line_in_mixed_case_after_the_closing_mark_is_kept():
    source = "Đề nghị các đơn vị nghiêm túc thực hiện./.\nKT. Giám đốc\nBản tin giáo dục cuối tuần"
    cleaned = clean(source)
    assert [p.text for p in cleaned.paragraphs][-1] == "KT. Giám đốc"
    assert [d.text for d in cleaned.dropped] == ["Bản tin giáo dục cuối tuần"]


def test_bold_written_with_underscores_is_removed():
    assert texts("__Điều 2.__ Các trường thi báo cáo trước ngày 10.") == ["Điều 2. Các trường thi báo cáo trước ngày 10."]


def test_an_empty_file_or_one_of_blank_lines_gives_no_paragraphs():
    for source in ("", "\n\n   \n"):
        cleaned = clean(source)
        assert cleaned.paragraphs == [] and not cleaned.wrapped


# Session 12 (batch V, development): a news page's headline on its first line, then paragraphs shorter than a wide
# web page's, was glued to the first sentence ("… năm 2025 Gần 1.300 đoàn viên …").
NEWS = ("Hơn 800 tình nguyện viên tiếp sức mùa thi ở Bắc Kạn năm 2026\n"
        "Gần 700 đoàn viên và 100 hội viên phụ nữ tham gia chương trình ở 12 điểm thi của tỉnh, nhiều hơn năm trước "
        "hai điểm, với các đội hình đưa đón thí sinh, phát nước và trông xe.\n"
        "Tỉnh đoàn phối hợp với Hội Liên hiệp Phụ nữ tỉnh nấu cơm trưa cho thí sinh ở xa, chủ yếu là các em ở những "
        "xã vùng cao phải ở lại thị trấn trong hai ngày thi.\n"
        "Các đội hình tình nguyện cũng chở thí sinh đến điểm thi khi trời mưa lớn.\n")


def test_a_headline_on_the_first_line_is_a_paragraph_of_its_own():
    got = texts(NEWS)
    assert got[0] == "Hơn 800 tình nguyện viên tiếp sức mùa thi ở Bắc Kạn năm 2026"
    assert got[1].startswith("Gần 700 đoàn viên") and len(got) == 4
    # before a whole web paragraph too
    assert texts("Bắc Kạn sẵn sàng cho kỳ thi năm 2026\n" + WEB)[0] == "Bắc Kạn sẵn sàng cho kỳ thi năm 2026"


def test_a_title_wrapped_over_two_short_lines_is_still_one_paragraph():
    source = ("Về việc tăng cường chỉ đạo\nKỳ thi tốt nghiệp THPT năm 2026\n\n"
              "Ủy ban nhân dân tỉnh yêu cầu các sở, ngành phối hợp chặt chẽ trong suốt thời gian tổ chức kỳ thi năm nay.\n")
    assert texts(source)[0] == "Về việc tăng cường chỉ đạo Kỳ thi tốt nghiệp THPT năm 2026"
