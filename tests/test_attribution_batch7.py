"""Issue 9, fourth round: mechanisms behind the misses of a new batch of real texts (batch 7, tuning half), each
reproduced in sentences of our own: a speaker who asks after speaking, a party membership inside a person's title,
exam councils, "lưu ý" as a request, the plural forms of a national text, the document's own locality under another
spelling, objects of a duty verb, and places that only say where an agency is."""

from tests.attr_helpers import parts, roles


def test_a_speaker_who_then_asks_only_asks():
    text = ("Kết luận buổi làm việc, Phó Chủ tịch UBND huyện nhấn mạnh kỳ thi phải an toàn, đề nghị Công an huyện "
            "bố trí lực lượng giữ trật tự ở cổng trường.")
    assert roles(text, "Hòa Bình") == {"lead": {"police"}, "support": set()}
    assert "UBND các huyện, thành phố" in parts(text, "Hòa Bình")["requester"]
    # The chair of a meeting who asks bodies the gazetteer cannot name is still no doer of the request.
    text = "Chủ tịch UBND tỉnh chủ trì hội nghị và yêu cầu các trường học rà soát phòng thi trước ngày 20/6."
    assert roles(text, "Hòa Bình")["lead"] == set()
    # Without a request, the one who speaks of its own work keeps it.
    assert roles("Sở Y tế nhấn mạnh sẽ bố trí tổ cấp cứu ở mỗi điểm thi.", "Hòa Bình")["lead"] == {"health"}


def test_a_party_membership_in_a_title_is_no_agency():
    text = "Bà Lò Thị Mai, Ủy viên Ban Thường vụ Huyện ủy, Phó Chủ tịch UBND huyện chủ trì cuộc họp triển khai kỳ thi."
    got = parts(text, "Điện Biên")
    # Chairing a meeting is no duty (issue 9, session 6: "chủ trì" leads only when a duty follows): she convenes it.
    assert got.get("requester") == {"UBND các huyện, thành phố"} and "doer" not in got
    assert not any("ủy" in name.casefold() and "ubnd" not in name.casefold() for names in got.values() for name in names)
    # A party committee that acts is still an agency.
    assert roles("Huyện ủy chỉ đạo các chi bộ tuyên truyền về kỳ thi.", "Điện Biên")["lead"] == {"district_party"}


def test_exam_councils_are_agencies_that_act_or_are_asked():
    text = "Trưởng ban chỉ đạo yêu cầu các Hội đồng coi thi kiểm tra kỹ thẻ dự thi trước mỗi buổi thi."
    assert roles(text, "Quảng Trị")["lead"] == {"other"}
    text = "Điện lực huyện phối hợp với các Hội đồng thi bảo đảm điện cho phòng chấm."
    assert roles(text, "Quảng Trị") == {"lead": {"electricity"}, "support": {"other"}}
    # Named as the object of a duty verb or as a destination, a council is only mentioned.
    text = "Sở Giáo dục và Đào tạo tổ chức tốt các Hội đồng coi thi, in sao đề thi đúng quy chế."
    assert roles(text, "Quảng Trị")["lead"] == {"education"}
    text = "Công an tỉnh áp tải đề thi đến các Điểm thi, Hội đồng coi thi bảo đảm an toàn."
    assert roles(text, "Quảng Trị")["lead"] == {"police"}


def test_luu_y_asks_like_de_nghi():
    text = "Đoàn kiểm tra của Bộ Giáo dục và Đào tạo lưu ý Sở Giáo dục và Đào tạo rà soát lại quy trình bàn giao đề thi."
    assert roles(text, "Kon Tum")["lead"] == {"education"}
    assert "Bộ Giáo dục và Đào tạo" in parts(text, "Kon Tum")["requester"]
    # "những lưu ý của …" is a noun: its owner asks nothing of anyone named after it.
    text = "Sở Y tế tiếp thu những lưu ý của Cục Quản lý Khám, chữa bệnh và bố trí thêm xe cấp cứu."
    assert roles(text, "Kon Tum")["lead"] == {"health"}


def test_the_plural_forms_of_a_national_text():
    text = ("Bộ GD&ĐT đề nghị Công an các tỉnh, thành phố phối hợp với các sở GD&ĐT và UBND các tỉnh bảo vệ nơi in sao "
            "đề thi.")
    got = roles(text, None)
    assert got == {"lead": {"police"}, "support": {"education", "provincial_pc"}}
    assert "Bộ Giáo dục và Đào tạo" in parts(text, None)["requester"]
    # A ministry that "đã có công điện về …" only issues it.
    text = "Bộ GD&ĐT đã có công điện về việc bảo đảm an toàn cho thí sinh trong mùa mưa lũ."
    assert roles(text, None)["lead"] == set()


def test_the_documents_own_locality_under_another_spelling_acts():
    text = "Đoàn kiểm tra lưu ý TP.HCM cần tăng cường tuyên truyền để thí sinh không mang điện thoại vào phòng thi."
    assert roles(text, "Hồ Chí Minh")["lead"] == {"provincial_pc"}
    assert roles("Thành phố đã huy động hơn 9.000 cán bộ coi thi.", "Hồ Chí Minh")["lead"] == {"provincial_pc"}
    # Another city named bare is no agency of this document.
    assert roles("Đoàn kiểm tra lưu ý TP.HCM cần tăng cường tuyên truyền.", "Cần Thơ")["lead"] == set()


def test_a_clause_of_someone_else_before_the_subject():
    text = ("Riêng với nơi in sao đề thi do Sở Giáo dục và Đào tạo tỉnh, thành phố thông báo, Công ty Điện lực bảo đảm "
            "cấp điện liên tục.")
    assert roles(text, "Sóc Trăng")["lead"] == {"electricity"}
    assert "Sở Giáo dục và Đào tạo" in parts(text, "Sóc Trăng")["mention"]


def test_places_that_only_say_where():
    text = "UBND huyện Mỏ Cày Nam (tỉnh Bến Tre) bố trí xe đưa đón thí sinh ở các xã xa."
    assert roles(text, "Bến Tre")["lead"] == {"district_pc"}
    # A meeting it holds is its own act (session 34; session 9 read it as an event with no doer), and the place in
    # brackets still only says where it is.
    text = "UBND huyện Mỏ Cày Nam (tỉnh Bến Tre) họp với các ngành để chuẩn bị kỳ thi."
    assert roles(text, "Bến Tre")["lead"] == {"district_pc"}
    text = ("Theo kế hoạch của UBND tỉnh về kỳ thi trên địa bàn tỉnh Bến Tre, Phòng An ninh chính trị nội bộ Công an tỉnh "
            "đã kiểm tra nơi in sao đề thi.")
    assert roles(text, "Bến Tre")["lead"] == {"police"}
    text = "Các cấp bộ Đoàn trên địa bàn tỉnh Bến Tre thành lập 40 đội thanh niên tình nguyện."
    assert roles(text, "Bến Tre")["lead"] == {"youth_union"}


def test_a_level_word_and_a_company_named_bare():
    text = ("Công ty Điện lực Hậu Giang đã kiểm tra đường dây.\n\n"
            "Công ty đã chỉ đạo các Điện lực huyện thay thiết bị cũ trước ngày thi.")
    assert roles(text, "Hậu Giang", which="Công ty đã chỉ đạo")["lead"] == {"electricity"}
    text = "Trung tâm Y tế huyện phối hợp với Chi nhánh Điện lực Châu Thành bảo đảm điện và nước uống."
    assert roles(text, "Hậu Giang") == {"lead": {"health"}, "support": {"electricity"}}


def test_who_signs_a_letter_asks_and_who_goes_along_helps():
    # Found on the held-out half after its measured run (a development fix, not a held-out figure).
    text = ("Ông Lê Văn An, Giám đốc Sở Giáo dục và Đào tạo, đã ký văn bản gửi Công an tỉnh đề nghị ưu tiên cấp căn cước "
            "cho học sinh lớp 12.")
    assert roles(text, "Phú Yên")["lead"] == {"police"}
    assert "Sở Giáo dục và Đào tạo" in parts(text, "Phú Yên")["requester"]
    text = ("Sáng 26/6, Phó Chủ tịch UBND tỉnh Nguyễn Văn Bình, Trưởng Ban Chỉ đạo thi tỉnh đi kiểm tra các điểm thi. "
            "Cùng đi có Giám đốc Sở Giáo dục và Đào tạo và đại diện Công an tỉnh.")
    got = roles(text, "Quảng Ngãi")
    # A committee reported inspecting does no duty of its own (issue 9, session 6); since session 51 those who go along
    # visit too (3 of 3 development readers of session 51 label "Cùng đi có …" as no one's duty): no helper.
    assert got["lead"] == set()
    assert got["support"] == set()


def test_a_sector_list_with_hyphenated_abbreviations_goes_on():
    # Found on the held-out half after its measured run (a development fix, not a held-out figure).
    text = "UBND tỉnh đề nghị các sở, ngành như Công an, Y tế, TT-TT, Điện lực và UBND các huyện phối hợp tổ chức kỳ thi."
    assert roles(text, "Phú Yên")["lead"] == {"police", "health", "information", "electricity", "district_pc"}
