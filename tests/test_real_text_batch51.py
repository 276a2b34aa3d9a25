"""Session 49: patterns met on real texts (session 48's eighteen batches, development this session), written again
in our own words."""

from __future__ import annotations

from tests.attr_helpers import attribute_text, doers_of, meta_of, roles
from tests.test_real_text_batch47 import doers_by_statement


def test_a_body_holding_a_meeting_or_a_press_briefing_does_no_duty_by_it():
    # any agency, not only a committee: "tổ chức họp / họp báo" is an event, as chairing one is (rule chairs_meeting)
    assert roles("Công an tỉnh Ninh Bình tổ chức họp trực tuyến với công an các huyện về kỳ thi.", "Ninh Bình",
                 2023)["lead"] == set()
    assert roles("Sở GD&ĐT đã tổ chức họp báo thông tin về công tác chuẩn bị kỳ thi.", "Ninh Bình", 2023)["lead"] == set()
    # guard: a sector's own conference that deploys its plan is its work (the readers, two of two)
    assert roles("Công an tỉnh tổ chức hội nghị để triển khai kế hoạch giữ an ninh cho kỳ thi.", "Ninh Bình", 2023)["lead"] == {
        "police"}


BODY = ("Trong hai ngày thi, Công an tỉnh bố trí lực lượng tuần tra quanh các điểm thi, phân luồng giao thông ở các nút "
        "giao đông người và bảo vệ nơi in sao đề thi suốt ngày đêm. Các đội cảnh sát cơ động túc trực sẵn sàng hỗ trợ.")


def test_page_furniture_is_no_headline():
    # a skip link, reading controls, a CMS's image labels, a breadcrumb, a hotline box or a section name above the
    # headline; a view counter after it
    for furniture in ("Nhảy đến nội dung", "Giảm cỡ chữ Tăng cỡ chữ In Gửi thư Giảm sáng", "leftcenterrightdel",
                      "Trang chủ >> Tin tức >> An ninh trật tự", "Đường dây nóng: 0209 3852 123", "Thời sự"):
        meta = meta_of(f"{furniture}\nCông an Cao Bằng sẵn sàng bảo vệ kỳ thi\n{BODY}\n")
        assert meta.values.get("title") == "Công an Cao Bằng sẵn sàng bảo vệ kỳ thi", (furniture, meta.values)
    meta = meta_of(f"Công an Cao Bằng sẵn sàng bảo vệ kỳ thi (Lượt xem: 2.045)\n{BODY}\n")
    assert meta.values.get("title") == "Công an Cao Bằng sẵn sàng bảo vệ kỳ thi"
    # a breadcrumb that ends on an agency's name names no doer
    assert roles("Trang chủ >> Tin tức >> Công an Cao Bằng\nKỳ thi kéo dài hai ngày, 26 và 27/6.", "Cao Bằng", 2025)["lead"] == set()


def test_a_page_stores_date_stamp_before_the_text_is_not_read():
    text = "date 2024-06 Sở Y tế tỉnh Cao Bằng yêu cầu các bệnh viện cử cán bộ trực tại các điểm thi."
    tree, att = attribute_text(text, "Cao Bằng", 2024)
    assert not any("date 2024" in c.text for c in tree)
    assert roles(text, "Cao Bằng", 2024)["lead"] == {"health"}


def test_a_headline_glued_to_the_report_below_it_is_its_own_paragraph():
    # no space between the headline's last word and the lead's time: the headline's committee is not the count's doer
    text = ("Ban Chỉ đạo thi tỉnh Thái Bình sẵn sàng cho kỳ thiChiều 20/6, ông Nguyễn Văn Hòa cho biết năm nay tỉnh có "
            "21.000 thí sinh.")
    tree, _ = attribute_text(text, "Thái Bình", 2024)
    assert [c.text for c in tree][:2] == ["Ban Chỉ đạo thi tỉnh Thái Bình sẵn sàng cho kỳ thi",
                                          "Chiều 20/6, ông Nguyễn Văn Hòa cho biết năm nay tỉnh có 21.000 thí sinh."]
    # guard: a missing space inside a sentence, or a brand, splits nothing
    tree, _ = attribute_text("Sở GD&ĐT đưa thí sinh của trường huyệnTiền Hải về điểm thi và đăng lịch thi lên YouTube.",
                             "Thái Bình", 2024)
    assert len(tree) == 1


def _pair_score(a: str, b: str) -> float:
    from etl import align as al
    from etl.matching import match_text

    scorer = al.corpus_scorer([match_text(a), match_text(b)], [al.theme_of(a), al.theme_of(b)],
                              topics=[al.topics_of(a), al.topics_of(b)])
    return scorer.score(0, 1)


def test_one_duty_in_other_words_links_through_its_topic_words():
    # topic words that vote for no theme (etl/topics.csv rows without one): patrols and the area around the sites are
    # site security; a midday rest place and lodging are candidate support; testing and screening are disease control
    from etl.config import Settings

    link = Settings().link_threshold
    assert _pair_score("Công an huyện tuần tra, nắm chắc tình hình quanh khu vực thi.",
                       "Lực lượng công an giữ an ninh trật tự ở những điểm thi.") >= link
    assert _pair_score("Bố trí nơi nghỉ trưa cho thí sinh ở xa.",
                       "Hỗ trợ chỗ ăn, chỗ ở cho các thí sinh nghèo.") >= link
    assert _pair_score("Tổ chức xét nghiệm, sàng lọc thí sinh thuộc diện F1.",
                       "Phòng, chống dịch Covid-19 ở từng điểm thi.") >= link
    # guard: two duties that share no topic stay apart
    assert _pair_score("Công an huyện tuần tra, nắm chắc tình hình quanh khu vực thi.",
                       "Trung tâm Y tế huyện bố trí cán bộ y tế trực tại các điểm thi.") < link
    assert _pair_score("Tổ chức xét nghiệm, sàng lọc thí sinh thuộc diện F1.",
                       "Bố trí nơi nghỉ trưa cho thí sinh ở xa.") < link


def test_topic_words_without_a_theme_leave_the_theme_alone():
    from etl.themes import theme_of, topics_of

    assert dict(topics_of("Công an tuần tra quanh khu vực thi."))["site_security"] > 0
    assert theme_of("Sở Y tế tổ chức xét nghiệm cho thí sinh.") == "health"


LETTER_FROM_A_LAW_PORTAL = """Công văn 1234/BYT-KCB năm 2019 về y tế phục vụ kỳ thi
812
Công văn 1234/BYT-KCB năm 2019
Đánh giá
BỘ Y TẾ
——-
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập – Tự do – Hạnh phúc
—————
Số: 1234/BYT-KCB
V/v chăm lo y tế trong Kỳ thi THPT quốc gia năm 2019.
Hà Nội, ngày 20 tháng 05 năm 2019

Kính gửi: Sở Y tế các tỉnh.

Bộ Y tế đề nghị các đơn vị làm tốt những việc sau:
1. Xây dựng kế hoạch cấp cứu tại các điểm thi.
2. Kiểm tra bếp ăn phục vụ thí sinh về an toàn thực phẩm.
"""


def test_a_letter_copied_from_a_law_portal_keeps_its_header_below_the_pages_own_lines():
    # the portal's title, a view count and a rating above the letterhead are the page's, not the letter's; the rules
    # under the issuer and the motto, the number and the subject line are header lines of their own
    meta = meta_of(LETTER_FROM_A_LAW_PORTAL)
    assert meta.values.get("number") == "1234/BYT-KCB"
    assert meta.values.get("issuer") == "Bộ Y tế"
    assert meta.values.get("locality") == "Toàn quốc"
    assert str(meta.values.get("issued_date")) == "2019-05-20"
    assert meta.values.get("title") == "V/v chăm lo y tế trong Kỳ thi THPT quốc gia năm 2019"
    tree, _ = attribute_text(LETTER_FROM_A_LAW_PORTAL, "Toàn quốc", 2019)
    assert not any("Đánh giá" in c.text or c.text.startswith("Công văn 1234") for c in tree)
    # guard: a header written in ordinary case keeps every line above the motto
    text = "Ủy ban nhân dân tỉnh Lạng Sơn\nSố: 12/CT-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCHỈ THỊ\nVề kỳ thi\n1. Sở Y tế bố trí cán bộ y tế."
    from etl.clean import clean

    assert clean(text).paragraphs[0].text == "Ủy ban nhân dân tỉnh Lạng Sơn"


def test_a_short_whole_sentence_is_a_statement_of_its_own():
    # a count before the volunteers' work is no task of theirs
    text = ("Năm nay, thành phố có 150 điểm thi. Ngoài phát nước uống và bút viết, các chiến sĩ tình nguyện còn đưa thí "
            "sinh khuyết tật vào phòng thi.")
    tree, att = attribute_text(text, "Hồ Chí Minh", 2025)
    from etl import statements

    body = tree[0].text
    assert [body[a:b] for a, b in statements.spans(body)][0] == "Năm nay, thành phố có 150 điểm thi."
    assert doers_by_statement(text, "Hồ Chí Minh", 2025).get(0, set()) == set()
    assert doers_by_statement(text, "Hồ Chí Minh", 2025)[1] == {"youth_union"}
    # guard: a fragment of a few words still goes with its neighbour
    body = "Sở Y tế chủ trì. Công an tỉnh bố trí lực lượng bảo vệ các điểm thi trong suốt kỳ thi."
    assert len(statements.spans(body)) == 1


def test_a_short_line_without_a_full_stop_between_two_paragraphs_is_a_caption_or_a_subheading():
    # a web report: the line between two paragraphs is the photo's caption or a subheading; the paragraph after it goes
    # on with the one before it. (Session 54: a line that opens with a body at work reads as a sentence, the police act
    # there: the development readers labelled all 9 such lines with that doer; session 51 had said they do nothing.)
    text = ("Đội phản ứng nhanh của Công an tỉnh trực tại các điểm thi\n\n"
            "Sáng 25/6, Trung tâm Y tế huyện đã cử cán bộ trực ở mọi điểm thi của huyện.\n\n"
            "Lực lượng công an tuần tra quanh khu vực thi trong buổi sáng\n\n"
            "Đơn vị cũng chuẩn bị sẵn thuốc và xe cấp cứu cho thí sinh.\n")
    got = doers_of(text, "Bắc Giang", 2023)
    assert got.get((2, 0), set()) == {"police"}, got
    assert got[(3, 0)] == {"health"}, got
    # guard: the headline (the first line) and a punctuated caption's own sentence are read as before
    text = ("Sáng 25/6, Trung tâm Y tế huyện đã cử cán bộ trực ở mọi điểm thi của huyện.\n\n"
            "Lực lượng công an tuần tra quanh khu vực thi. Ảnh: Minh Anh\n\n"
            "Đơn vị cũng chuẩn bị sẵn thuốc và xe cấp cứu cho thí sinh.\n")
    assert doers_of(text, "Bắc Giang", 2023)[(1, 0)] == {"police"}
