"""A web page's lines are whole paragraphs; a headline or photo caption between them has no full stop but is a
paragraph of its own (it was joined to the next one, so the caption's subject became that paragraph's doer)."""

from etl.clean import clean

PARAGRAPH = ("Ban Chỉ đạo thi của huyện đã dặn các trường thi chuẩn bị máy phát điện, quạt, nước uống và chỗ ngồi "
             "cho người nhà thí sinh, lập danh sách các em ở xa cần chỗ trọ, nhắc cán bộ coi thi đến sớm và cùng "
             "công an xã giữ trật tự ở cổng trường trong cả ba buổi thi, kể cả buổi thi dự phòng nếu trời mưa to.")


def test_a_caption_between_whole_paragraphs_stays_apart():
    caption = "Chủ tịch UBND huyện xem chỗ gửi đồ của học sinh"
    source = f"{PARAGRAPH}\n{caption}\nTrong buổi làm việc, {PARAGRAPH}\n"
    texts = [p.text for p in clean(source).paragraphs]
    assert texts[1] == caption and texts[2].startswith("Trong buổi làm việc") and len(texts) == 3


def test_hard_wrapped_lines_still_join():
    words = PARAGRAPH.split()
    lines, line = [], ""
    for w in words:  # wrapped at about 70 characters, as a PDF's text is
        if len(line) + len(w) > 70:
            lines.append(line)
            line = w
        else:
            line = f"{line} {w}".strip()
    lines.append(line)
    texts = [p.text for p in clean("\n".join(lines) + "\n").paragraphs]
    assert texts == [PARAGRAPH]


def test_a_quote_that_ends_its_sentence_ends_the_paragraph():
    # a speaker's words end with '."' (or '.”'); the photo caption on the next line is a paragraph of its own, so the
    # agency the caption names does not become the subject of the quote
    text = ("Theo bà Hoàng Thị Mai, Giám đốc Điện lực huyện, mọi việc đã xong từ tuần trước: "
            "\"Đơn vị có hai máy phát dự phòng đặt sẵn ở hai điểm thi.\"\n"
            "Điện lực huyện kiểm tra trạm biến áp cấp điện cho điểm thi.\n"
            "Trong những ngày thi, công ty bố trí người trực tại từng trạm biến áp, sẵn sàng xử lý sự cố 24/24 giờ.")
    assert len(clean(text).paragraphs) == 3


def test_a_notices_subject_line_does_not_swallow_the_paragraph_that_opens_with_a_date():
    # the subject of a conclusion notice has no full stop; the body opens "Ngày 9/6/2023, …" (a capital opener never
    # continues a sentence). Joined, the subject was no title and the opening read as one long preamble.
    text = ("THÔNG BÁO\nKết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp Ban Chỉ đạo thi năm 2023\n"
            "Ngày 9/6/2023, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo thi của tỉnh, chủ trì cuộc họp nghe các sở "
            "báo cáo việc chuẩn bị cho kỳ thi. Sau khi nghe các ý kiến, Phó Chủ tịch UBND tỉnh kết luận như sau:\n"
            "1. Sở Giáo dục và Đào tạo rà soát lần cuối từng điểm thi.\n")
    texts = [p.text for p in clean(text).paragraphs]
    assert texts[1] == "Kết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp Ban Chỉ đạo thi năm 2023"
    assert texts[2].startswith("Ngày 9/6/2023, Phó Chủ tịch")
    # a capital opener after a wrapped line starts a paragraph too, a lower-case one goes on
    assert len(clean("Sở Y tế bố trí xe cứu thương ở các điểm thi\nCăn cứ tình hình, Sở Y tế cử thêm bác sĩ.\n").paragraphs) == 2
    assert len(clean("Sở Y tế bố trí xe cứu thương ở các điểm thi\ncăn cứ tình hình dịch bệnh.\n").paragraphs) == 1
    # a district directive: its subject line, then "Năm 2024, trên địa bàn huyện có …"
    text = ("CHỈ THỊ\nVề việc tổ chức Kỳ thi tốt nghiệp THPT năm 2024 trên địa bàn huyện\n"
            "Năm 2024, huyện có hai điểm thi với khoảng một nghìn thí sinh. Chủ tịch UBND huyện yêu cầu:\n")
    assert [p.text[:9] for p in clean(text).paragraphs] == ["CHỈ THỊ", "Về việc t", "Năm 2024,"]
