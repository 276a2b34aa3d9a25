"""Issue 9, session 12: patterns seen in the news reports of batch V (development). Our own words."""

import pytest

from tests.attr_helpers import meta_of, parts, roles

PREVIEW = """Họp Ban Chỉ đạo các kỳ thi tỉnh Bắc Kạn

Kỳ thi tốt nghiệp THPT năm 2026 diễn ra từ ngày 24/6. Toàn tỉnh có 4.100 thí sinh, tăng 300 so với kỳ thi năm 2025.
So với kỳ thi tốt nghiệp THPT năm 2025, số điểm thi giảm 2. Năm 2026 tỉnh bố trí 19 điểm thi.
"""


def test_the_exam_year_is_not_the_one_the_text_compares_with():
    # "năm 2025" is written three times, each after "so với": the year of the report is 2026.
    assert meta_of(PREVIEW).values.get("year") == 2026
    # a plain mention of another year still counts (a retrospective names its own year most)
    text = "Nhìn lại Kỳ thi tốt nghiệp THPT năm 2025\n\nNăm 2025 tỉnh có 20 điểm thi; năm 2025 không có sự cố nào.\n"
    assert meta_of(text).values.get("year") == 2025


@pytest.mark.parametrize("verb", ["cho biết", "cho hay"])
def test_a_speaker_who_reports_a_state_of_things_does_no_duty(verb):
    text = f"Phó Chủ tịch UBND tỉnh Hoàng Minh Tâm {verb} đến nay công tác chuẩn bị cho kỳ thi đã hoàn tất."
    assert "UBND tỉnh" not in parts(text, "Bắc Kạn", 2026).get("doer", set())
    # the doer the report names acts
    text = f"Giám đốc Sở Giáo dục và Đào tạo {verb} lực lượng công an sẽ canh gác đề thi suốt ngày đêm."
    assert roles(text, "Bắc Kạn", 2026)["lead"] == {"police"}


@pytest.mark.parametrize("verb", ["cho biết", "cho hay"])
def test_a_speaker_who_says_what_they_will_do_keeps_the_duty(verb):
    text = f"Giám đốc Công an tỉnh {verb} sẽ bố trí lực lượng canh gác đề thi suốt ngày đêm."
    assert roles(text, "Bắc Kạn", 2026)["lead"] == {"police"}


# Batch X (development).

def test_an_agency_after_a_purpose_clause_is_the_subject():
    text = "Để bảo đảm điện cho các điểm thi, Công ty Điện lực Bắc Kạn (PC Bắc Kạn) xác định các trạm biến áp ưu tiên."
    assert roles(text, "Bắc Kạn", 2026) == {"lead": {"electricity"}, "support": set()}
    # the purpose clause may hold commas; the one asked in the main clause still acts, the one who asks does not
    text = "Để kỳ thi diễn ra an toàn, nghiêm túc, UBND tỉnh giao Sở Y tế bố trí xe cấp cứu ở mỗi điểm thi."
    assert roles(text, "Bắc Kạn", 2026) == {"lead": {"health"}, "support": set()}


def test_the_ones_a_department_advises_do_not_take_its_duty():
    text = ("UBND tỉnh giao Sở Giáo dục và Đào tạo chủ trì tổ chức tập huấn giám thị. Đồng thời tham mưu với UBND tỉnh, "
            "Ban Chỉ đạo tỉnh để chỉ đạo các trường rà soát phòng thi dự phòng.")
    assert roles(text, "Bắc Kạn", 2026) == {"lead": {"education"}, "support": set()}
    assert {"UBND tỉnh", "Ban Chỉ đạo thi cấp tỉnh"} <= parts(text, "Bắc Kạn", 2026)["recipient"]


def test_the_traffic_inspectorate_is_the_transport_department():
    text = "Thanh tra giao thông phối hợp với Cảnh sát giao thông kiểm tra xe chở thí sinh trong những ngày thi."
    assert roles(text, "Bắc Kạn", 2023) == {"lead": {"transport"}, "support": {"police"}}


def test_a_name_that_closes_on_its_province_ends_there():
    # the comma, "và" and the lower-case words after the place are not the name's
    text = "Bản tin của Đài Khí tượng thủy văn tỉnh Cao Bằng, thời tiết hai ngày thi có mưa rào."
    assert parts(text, "Cao Bằng", 2026)["mention"] == {"Đài Khí tượng thủy văn tỉnh Cao Bằng"}
    text = "Sinh viên của Trường ĐH Đồng Nai và CĐ Y tế Đồng Nai hỗ trợ thí sinh tại các điểm thi."
    assert set().union(*parts(text, "Đồng Nai", 2026).values()) == {"Trường ĐH Đồng Nai", "CĐ Y tế Đồng Nai"}
    text = "Xí nghiệp Lưới điện cao thế Bắc Kạn tích cực kiểm tra các trạm biến áp."
    assert parts(text, "Bắc Kạn", 2026)["doer"] == {"Xí nghiệp Lưới điện cao thế Bắc Kạn"}
    # a name whose words after "và" are its own still joins
    text = "Trung tâm Văn hóa, Thông tin và Thể thao huyện Ba Bể mở chuyên mục về kỳ thi."
    assert parts(text, "Bắc Kạn", 2026)["doer"] == {"Trung tâm Văn hóa, Thông tin và Thể thao huyện Ba Bể"}


def test_a_report_of_a_notice_sent_out_gives_its_type():
    text = ("Cao Bằng: ứng phó mưa lũ trong kỳ thi\n\nSáng 20/6, UBND tỉnh Cao Bằng phát đi thông báo hỏa tốc yêu cầu "
            "các huyện ứng phó mưa lũ trong kỳ thi tốt nghiệp THPT năm 2026.\n")
    assert meta_of(text).values.get("doc_type") == "Thông báo"


# Batch Y (development).

def test_agencies_numbered_inside_a_paragraph_each_do_their_own_tasks():
    text = ("Việc đưa tin giao như sau: (1) Cổng Thông tin điện tử tỉnh: mở chuyên mục về kỳ thi; phối "
            "hợp với Sở Giáo dục và Đào tạo đăng lịch thi; (2) Đài truyền thanh huyện, thị xã: phát bản tin hằng ngày về kỳ "
            "thi; hướng dẫn các đài cấp xã tiếp sóng bản tin.")
    # The province's web portal is no press body (DESIGN's role table: newspapers, radio and television, "cơ quan báo
    # chí"); it is kept as `other` (session 43: readers since session 38 label it so).
    assert roles(text, "An Giang", 2026) == {"lead": {"other", "press"}, "support": {"education"}}
    doers = parts(text, "An Giang", 2026)["doer"]
    assert {"Cổng Thông tin điện tử tỉnh", "Đài truyền thanh huyện"} <= doers


def test_a_forces_units_at_a_lower_level_are_the_force():
    text = "Từ sáng sớm, lực lượng Công an các xã, phường trên địa bàn tỉnh đã có mặt ở từng điểm thi."
    assert roles(text, "Sơn La", 2026) == {"lead": {"police"}, "support": set()}
    text = "Ngoài Cảnh sát giao thông của các huyện, thị xã đứng chốt ở các ngã tư, Phòng CSGT còn cử thêm 30 cán bộ."
    assert roles(text, "Sơn La", 2026)["lead"] == {"police"}


def test_a_numbered_letter_issued_in_a_news_report_is_a_dispatch():
    text = ("Bắc Giang bảo đảm liên lạc cho kỳ thi\n\nNhằm phục vụ kỳ thi tốt nghiệp THPT năm 2026; ngày 03/6/2026, Sở Thông "
            "tin và Truyền thông đã ban hành văn bản số 512/STTTT-BCVT về việc bảo đảm liên lạc trong kỳ thi.\n")
    got = meta_of(text).values
    assert (got.get("doc_type"), got.get("number"), str(got.get("issued_date"))) == ("Công văn", "512/STTTT-BCVT", "2026-06-03")
    # a number with a type code keeps its own type
    text = text.replace("văn bản số 512/STTTT-BCVT", "văn bản số 12/KH-STTTT")
    assert meta_of(text).values.get("doc_type") == "Kế hoạch"


def test_the_body_a_speaker_reports_on_acts():
    text = ("Sáng 4-7, ông Lê Văn Bình, Phó Giám đốc Sở Giáo dục và Đào tạo, cho biết Hội đồng thi tỉnh hoàn tất việc "
            "chuẩn bị cho đợt thi thứ hai.")
    got = parts(text, "An Giang", 2026)
    assert got["doer"] == {"Hội đồng thi"} and got["mention"] == {"Sở Giáo dục và Đào tạo"}


def test_two_subjects_joined_by_and_share_the_request():
    text = ("Phó Chủ tịch UBND tỉnh Đỗ Thị Lan và đoàn công tác của Sở Giáo dục và Đào tạo đề nghị giám thị giữ "
            "nghiêm kỷ luật phòng thi.")
    got = parts(text, "Lai Châu", 2026)
    assert got == {"requester": {"UBND tỉnh", "Sở Giáo dục và Đào tạo"}}
    from dashboard.evidence import rule_reason
    assert "và" in rule_reason("shared_request")
    # a subject with a verb of its own keeps its duty
    text = "Sở Y tế bố trí xe cấp cứu và Công an tỉnh đề nghị các trường giữ trật tự cổng trường."
    assert parts(text, "Lai Châu", 2026)["doer"] == {"Sở Y tế"}


# Batch Z (development).

def test_a_city_acts_for_its_committee_at_its_own_level():
    text = "Thành phố Điện Biên Phủ đã bố trí xe đưa đón thí sinh ở các bản xa."
    assert roles(text, "Điện Biên", 2026)["lead"] == {"district_pc"}
    text = "Thành phố Hải Phòng đã bố trí thêm 12 điểm thi dự phòng."
    assert roles(text, "Hải Phòng", 2026)["lead"] == {"provincial_pc"}


def test_a_telegram_issued_with_its_number_is_only_issued():
    text = "Ngày 19/6/2026, Bộ Giáo dục và Đào tạo ban hành Công điện 512/CĐ-BGDĐT về ứng phó mưa bão trong kỳ thi."
    assert parts(text, None, 2026) == {"requester": {"Bộ Giáo dục và Đào tạo"}}


def test_one_who_reminds_another_body_only_asks():
    text = "Đại diện Cục Quản lý chất lượng cũng nhắc nhở Sở Giáo dục và Đào tạo rà soát phương án vận chuyển bài thi."
    assert roles(text, "Điện Biên", 2026)["lead"] == {"education"}
    assert "Cục Quản lý chất lượng" in parts(text, "Điện Biên", 2026)["requester"]


def test_the_company_a_short_name_stands_for_is_the_company_later():
    text = ("Theo ông Lê Minh, Phó Giám đốc PC Lào Cai: \"Từ đầu năm, công ty đã lập phương án dự phòng nguồn điện cho "
            "các điểm thi.\"")
    assert roles(text, "Lào Cai", 2026)["lead"] == {"electricity"}


def test_a_commune_radio_named_in_capitals_stays_an_agency():
    # "Đài" before a capitalised word starts a name on its own; only the lower-case "Đài truyền thanh" needs its head
    text = "Phòng Văn hóa hướng dẫn Đài Truyền thanh cấp xã phát bản tin về lịch thi."
    assert "Đài Truyền thanh" in set().union(*parts(text, "Hải Phòng", 2026).values())
