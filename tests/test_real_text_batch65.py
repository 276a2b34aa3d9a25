"""Session 63, from the development batches 64A, 64C, 64E and 64G (real pages on weather and the exam, revision for
grade 12, the army's part in the exam, the 2021-2022 exams): each behaviour in our own words, as a user sees it."""

from __future__ import annotations

import pytest

from etl.clean import clean
from tests.attr_helpers import meta_of

# A web page that prints a list of other articles' headlines above its own text, each set off by a lone dash.
RELATED_ABOVE = ("\n-\nCông ty X khai trương cửa hàng mới tại Đà Nẵng\n-\nHà Nội tăng 30 bậc trong bảng xếp hạng năm 2025\n-\n"
                 "Giải chạy bộ cuối tuần thu hút hàng nghìn người -\nMetro phản hồi về sự cố điều hòa trên toa tàu\n"
                 "Bộ Giáo dục và Đào tạo vừa có văn bản số 2001/BGDĐT-GDTrH về việc ôn tập cho học sinh lớp 12, chuẩn bị "
                 "cho kỳ thi tốt nghiệp THPT năm 2021.\n"
                 "Bộ yêu cầu các sở giáo dục và đào tạo chỉ đạo các trường xây dựng kế hoạch ôn tập.\n")


def test_other_articles_headlines_above_the_text_give_it_no_place_year_or_title():
    values = meta_of(RELATED_ABOVE).values
    assert (values["locality"], values["year"]) == ("Toàn quốc", 2021)
    assert (values["doc_type"], values["number"], values["issuer"]) == ("Công văn", "2001/BGDĐT-GDTrH", "Bộ Giáo dục và Đào tạo")
    assert "Đà Nẵng" not in str(values.get("title", ""))


def test_a_documents_dash_items_are_not_taken_for_related_headlines():
    # (a guard: its items end their sentences, so none of them is dropped as page furniture)
    text = ("Kế hoạch tổ chức kỳ thi năm 2024 của huyện Hải Hậu\n-\nPhòng Giáo dục và Đào tạo chủ trì rà soát các điểm "
            "thi.\n-\nCông an huyện bảo vệ an toàn các điểm thi.\n")
    cleaned = clean(text)
    assert cleaned.dropped == []
    assert "Công an huyện bảo vệ an toàn các điểm thi." in " ".join(p.text for p in cleaned.paragraphs)


@pytest.mark.parametrize("verb", ["vừa ký công văn số 55/TSQS thông báo", "vừa ký văn bản số 55/TSQS thông báo"])
def test_the_issuers_name_ends_where_its_letter_is_signed(verb):
    text = (f"Thiếu tướng Nguyễn Văn A, Trưởng ban Tuyển sinh, Bộ Quốc phòng {verb} các môn thi để xét tuyển vào các "
            "trường quân đội năm 2016.\nTheo đó, các trường tổ chức xét tuyển theo kết quả kỳ thi.\n")
    values = meta_of(text).values
    assert (values["issuer"], values["number"]) == ("Bộ Quốc phòng", "55/TSQS")
