"""Issue 9, session 11: a national body's document (the Prime Minister's, a ministry's), as a news page reports it, is of
the whole country ("toàn quốc"), with its own national number. Our own words."""

from tests.attr_helpers import meta_of, roles

TELEGRAM = """Chuẩn bị chu đáo cho Kỳ thi tốt nghiệp THPT năm 2026

Ngày 12/5/2026, Thủ tướng Chính phủ có Công điện 72/CĐ-TTg về Kỳ thi tốt nghiệp THPT năm 2026 và tuyển sinh đầu cấp.

Theo đó, Thủ tướng yêu cầu Chủ tịch UBND các tỉnh, thành phố trực thuộc Trung ương chỉ đạo chuẩn bị điểm thi chu đáo.

Bộ Giáo dục và Đào tạo chủ trì kiểm tra công tác chuẩn bị thi ở các địa phương, nhất là Sơn La, Lai Châu và Cà Mau.
"""


def test_a_prime_ministers_telegram_reported_on_a_news_page_is_national():
    meta = meta_of(TELEGRAM)
    got = {k: meta.values.get(k) for k in ("locality", "issuer", "doc_type", "number")}
    assert got == {"locality": "Toàn quốc", "issuer": "Thủ tướng Chính phủ", "doc_type": "Công điện",
                   "number": "72/CĐ-TTg"}
    # the provinces it names once each are not its locality, and the agencies are matched as in a national text
    assert roles(TELEGRAM, "toàn quốc", 2026, which="Thủ tướng yêu cầu")["lead"] == {"provincial_pc"}


def test_a_ministers_name_is_no_part_of_the_issuer():
    text = ("Bộ trưởng Bộ Giáo dục và Đào tạo Trần Văn Bình vừa có công điện gửi các sở giáo dục và đào tạo về ứng "
            "phó mưa lũ trong kỳ thi.\n\nTheo đó, Bộ trưởng yêu cầu các sở rà soát điểm thi ở vùng trũng thấp.\n")
    meta = meta_of(text)
    assert meta.values.get("issuer") == "Bộ trưởng Bộ Giáo dục và Đào tạo"
    assert meta.values.get("locality") == "Toàn quốc"


def test_a_ministrys_work_in_one_province_is_that_provinces_news():
    text = ("Bộ Công an vừa có văn bản đề nghị Công an tỉnh Gia Lai tăng cường bảo vệ điểm thi.\n\n"
            "Tại Gia Lai, lực lượng công an đã bố trí cán bộ trực ở tất cả điểm thi của tỉnh Gia Lai.\n")
    assert meta_of(text).values.get("locality") == "Gia Lai"


def test_a_short_name_in_brackets_is_no_part_of_the_issuer():
    text = ("Bộ Giáo dục và Đào tạo (GD&ĐT) vừa có công văn số 1234/BGDĐT-QLCL gửi các sở về bảo đảm an toàn kỳ thi."
            "\n\nTheo đó, các sở rà soát các điểm thi.\n")
    assert meta_of(text).values.get("issuer") == "Bộ Giáo dục và Đào tạo"
