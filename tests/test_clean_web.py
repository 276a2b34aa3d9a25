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
