"""Session 63, from the development batches 64A, 64C, 64E and 64G (real pages on weather and the exam, revision for
grade 12, the army's part in the exam, the 2021-2022 exams): each behaviour in our own words, as a user sees it."""

from __future__ import annotations

import pytest

from etl.clean import clean
from etl.statements import spans
from tests.attr_helpers import attribute_text, doers_of, first_paragraph_doers, meta_of, parts_and_roles

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


# -- who acts -------------------------------------------------------------------------------------------------------

# (text, locality, year, the doers' roles of each statement in reading order)
DOERS = [
    # a department asking the heads of its units keeps the duty, as when it asks the units themselves
    ("Sở Y tế yêu cầu thủ trưởng các đơn vị bố trí xe cấp cứu trực tại các điểm thi.", "Gia Lai", 2021, [{"health"}]),
    # the exam sites standing first with a duty verb act (other), whatever the verb
    ("Các điểm thi phải áp dụng các biện pháp phòng dịch. Các điểm thi đánh dấu vị trí đứng của thí sinh.", "Đà Nẵng",
     2021, [{"other"}, {"other"}]),
    # the piece after ";" of a sentence whose subject is no agency goes on with that subject, not with the agency before
    ("Công an thành phố bố trí lực lượng tại các điểm thi. Phụ huynh đưa đón thí sinh phải dừng xe cách cổng 50 m; "
     "tuyệt đối không được tụ tập trước cổng điểm thi.", "Đà Nẵng", 2021, [{"police"}, set(), set()]),
    # the places candidates belong to, listed after "thuộc", are no subject of the verb after them
    ("Sở GD&ĐT có phương án cho các thí sinh thuộc huyện An Phú và TP. Châu Đốc chuyển sang dự thi đợt 2.", "An Giang",
     2021, [{"education"}]),
    ("Ngoài ra, 40 thí sinh thuộc các huyện: Chợ Mới, Phú Tân và TP. Long Xuyên chuyển sang dự thi đợt 2.", "An Giang",
     2021, [set()]),
    # the health authorities, named by their sector only, act as the health sector
    ("Kết quả xét nghiệm sẽ được cơ quan y tế trả về điểm thi trước ngày thi.", "Hồ Chí Minh", 2021, [{"health"}]),
    # how many candidates are left is a count, not the province at work
    ("Do ảnh hưởng của dịch bệnh, tỉnh Bắc Giang còn hơn 2 nghìn thí sinh sẽ thi đợt 2.", "Bắc Giang", 2021, [set()]),
    # … the heads of the units where the exam sites are, too; and whom the province directs to be on guard act
    ("Sở GD&ĐT yêu cầu thủ trưởng các đơn vị nơi đặt điểm thi liên hệ với chính quyền địa phương để giữ trật tự.",
     "Ninh Bình", 2015, [{"education"}]),
    ("UBND tỉnh chỉ đạo các sở, ngành, địa phương cần đề cao cảnh giác với thiết bị gian lận.", "Bạc Liêu", 2018,
     [{"departments", "district_pc"}]),
    # a closing "sau khi …" clause that mentions recording cases is no event: the department acts
    ("Giám đốc Sở GD&ĐT cho biết, Sở vừa điều chỉnh phương án tổ chức kỳ thi sau khi tỉnh ghi nhận thêm ca mắc "
     "Covid-19.", "An Giang", 2021, [{"education"}]),
]


@pytest.mark.parametrize("text, locality, year, want", DOERS, ids=[d[0][:40] for d in DOERS])
def test_who_acts_in_each_statement(text, locality, year, want):
    assert first_paragraph_doers(text, locality, year, len(want)) == want


def test_a_leader_who_steers_by_any_means_only_asks():
    got = parts_and_roles("Sáng nay, lãnh đạo tỉnh đã chỉ đạo bằng mọi cách đưa 15 học sinh bị cô lập đến trường để "
                          "kịp dự thi.", "Lai Châu", 2018)
    assert "provincial_pc" in got.get("requester", set()) and "doer" not in got


def test_a_sentence_glued_to_a_photos_credit_is_a_statement_of_its_own():
    text = ("Tình nguyện viên che mưa cho thí sinh tại cổng trường. (Ảnh: Minh Anh.)Mưa lớn trước giờ thi cũng gây khó "
            "khăn cho nhiều thí sinh khi đến điểm thi.")
    assert [text[a:b].split()[0] for a, b in spans(text)] == ["Tình", "Mưa"]
    assert doers_of(text, "Đồng Tháp", 2025).get((0, 1), set()) == set()  # and the rain does nothing


def test_a_kicker_ending_on_a_colon_is_not_the_headline():
    text = ("Kỳ thi tốt nghiệp THPT đợt hai:\nLên phương án dự phòng khi trời mưa bão\n"
            "(ABC) - Bộ GD-ĐT vừa có công văn gửi các địa phương về việc tổ chức đợt thi thứ hai.\n"
            "Theo đó, Ban Chỉ đạo thi các tỉnh cần chủ động phương án ứng phó mưa lũ.\n")
    assert meta_of(text).values.get("title") == "Lên phương án dự phòng khi trời mưa bão"
    # (a lead-in to a list is no kicker: "Cụ thể như sau:" over a subheading gives no headline)
    text = "Cụ thể như sau:\nĐăng ký dự thi và xét tuyển\nThí sinh đăng ký tại trường đang học.\n"
    assert meta_of(text).values.get("title") != "Đăng ký dự thi và xét tuyển"


def test_the_unit_a_paragraph_goes_on_about_is_the_company_named_before():
    text = ("Công ty Điện lực Đắk Nông đã kiểm tra các trạm biến áp cấp điện cho điểm thi.\n"
            "Ngoài ra, đơn vị còn phát quang hành lang tuyến, thay thế các thiết bị cũ trên các tuyến dây cấp điện "
            "cho điểm thi.\n")
    assert doers_of(text, "Đắk Nông", 2023).get((1, 0)) == {"electricity"}


def test_a_page_dateline_with_its_time_before_the_day_is_no_part_of_the_headline():
    text = ("Tải ứng dụng\nThành lập 23 hội đồng coi thi tốt nghiệp THPT\nThứ tư: 06:47 ngày 23/04/2014\n\n"
            "Theo dõi Báo Tây Ninh trên\ngoogle news\n(BTNO) - Ngày 22/4, Sở GD-ĐT tổ chức hội nghị về công tác thi năm 2014.\n")
    assert meta_of(text).values.get("title") == "Thành lập 23 hội đồng coi thi tốt nghiệp THPT"


def test_the_body_a_visiting_delegation_meets_is_no_partner():
    got = parts_and_roles("Ngày 10/5, đoàn công tác của Bộ GD&ĐT do Thứ trưởng Nguyễn Văn A làm trưởng đoàn đã làm việc "
                          "với Ban Chỉ đạo thi tỉnh Ninh Bình về công tác chuẩn bị kỳ thi.", "Ninh Bình", 2017)
    assert "helper" not in got and "doer" not in got
    # (a body that works out its task with another still has a partner)
    got = parts_and_roles("Sở GD&ĐT đã làm việc với Công an tỉnh để thống nhất phương án bảo vệ đề thi.", "Ninh Bình", 2017)
    assert "police" in got["helper"]


def test_a_named_partner_of_no_sector_helps_the_pieces_after_a_semicolon_too():
    text = ("Sở GD&ĐT phối hợp chặt chẽ với Trường ĐH Bạc Liêu tổ chức quán triệt quy chế thi cho cán bộ coi thi; chuẩn "
            "bị các phương án dự phòng để xử lý các tình huống bất thường.")
    tree, att = attribute_text(text, "Bạc Liêu", 2018)
    helpers = {(f.statement, f.name) for f in att.mentions[tree[0].seq] if f.kind == "helper"}
    assert helpers == {(0, "Trường ĐH Bạc Liêu"), (1, "Trường ĐH Bạc Liêu")}
    # (a group of them does not: "các Hội đồng thi" help the first piece only)
    text = ("Công ty Điện lực Bắc Kạn đã phối hợp với các Hội đồng thi tại các địa phương để nắm bắt nhu cầu cấp điện; lập "
            "phương án và tổ chức bảo đảm cấp điện cho các điểm thi.")
    tree, att = attribute_text(text, "Bắc Kạn", 2022)
    assert {f.statement for f in att.mentions[tree[0].seq] if f.kind == "helper"} == {0}
