"""A web page's lines are whole paragraphs; a headline or photo caption between them has no full stop but is a
paragraph of its own (it was joined to the next one, so the caption's subject became that paragraph's doer)."""

from etl.clean import clean

PARAGRAPH = ("Ban Chỉ đạo thi của quận đã hướng dẫn các điểm thi xây dựng phương án ứng phó với thời tiết bất thường, "
             "bảo đảm điện ổn định, hỗ trợ phụ huynh và có phương án dự phòng cho các tình huống bất ngờ trong những "
             "ngày thi, đồng thời triển khai đồng bộ các giải pháp bảo đảm an ninh, an toàn cho tất cả thí sinh.")


def test_a_caption_between_whole_paragraphs_stays_apart():
    caption = "Phó Chủ tịch UBND thành phố kiểm tra khu vực để đồ của thí sinh"
    source = f"{PARAGRAPH}\n{caption}\nTheo báo cáo tại buổi kiểm tra, {PARAGRAPH}\n"
    texts = [p.text for p in clean(source).paragraphs]
    assert texts[1] == caption and texts[2].startswith("Theo báo cáo") and len(texts) == 3


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
