"""Session 54: patterns met on real texts (session 53's held-out batches, development now), in our own words."""

from __future__ import annotations

from etl.names import patterns
from tests.attr_helpers import leads_by_paragraph, leads_by_statement, meta_of, roles


def test_a_place_named_in_a_photo_caption_is_not_what_the_text_is_about():
    text = ("Bộ Giáo dục và Đào tạo gửi một công điện về mưa lớn trong các ngày thi.\n\n"
            "Thứ trưởng kiểm tra điểm thi tại Hà Nội. Ảnh: Minh Tuấn\n\n"
            "Các địa phương rà soát phương án di dời thí sinh khỏi điểm thi có nguy cơ ngập.\n")
    assert meta_of(text).values.get("locality") == "Toàn quốc"
    # (so "các địa phương" of the ministry's text are the provinces)
    assert roles("Các địa phương rà soát phương án di dời thí sinh khỏi điểm thi có nguy cơ ngập.", "Toàn quốc",
                 2025)["lead"] == {"provincial_pc"}
    # guard: the place named in the text's sentences still decides
    text = ("Sở Giáo dục và Đào tạo Hà Nội vừa có văn bản về ứng phó mưa lớn trong những ngày thi.\n\n"
            "Thứ trưởng kiểm tra điểm thi. Ảnh: Minh Tuấn\n\n"
            "Hà Nội rà soát phương án di dời thí sinh khỏi điểm thi có nguy cơ ngập.\n")
    assert meta_of(text).values.get("locality") == "Hà Nội"


def test_a_committee_that_shares_out_tasks_to_its_members_only_assigns():
    # no one is named to do anything: the committee assigns, its members or each unit are whoever
    assert roles("Ban Chỉ đạo thi của tỉnh đã giao nhiệm vụ cụ thể cho từng thành viên.", "Hậu Giang",
                 2023)["lead"] == set()
    assert roles("Tại buổi họp, Ban Chỉ đạo giao nhiệm vụ cụ thể cho từng đơn vị.", "Hậu Giang", 2023)["lead"] == set()
    # guards: a body named as the one given the task acts; a force deploying its own staff acts
    assert roles("Ban Chỉ đạo giao nhiệm vụ cho Sở Y tế bố trí cán bộ y tế tại các điểm thi.", "Hậu Giang",
                 2023)["lead"] == {"health"}
    assert roles("Công an huyện phân công cán bộ trực suốt ngày đêm tại kho đề thi.", "Hậu Giang",
                 2023)["lead"] == {"police"}


def test_a_committee_sending_out_inspection_teams_or_going_on_inspecting_steers():
    assert roles("Ban Chỉ đạo thi của tỉnh đã thành lập 3 tổ kiểm tra bàn ghế, quạt ở các trường thi.", "Lai Châu",
                 2022)["lead"] == set()
    assert roles("Trước kỳ thi một tuần, tỉnh Lai Châu đã thành lập các đoàn kiểm tra xuống từng huyện.", "Lai Châu",
                 2022)["lead"] == set()
    assert roles("Từ nay đến kỳ thi, Ban Chỉ đạo sẽ tiếp tục kiểm tra các điểm thi ở vùng sâu.", "Lai Châu",
                 2022)["lead"] == set()
    assert roles("Ban Chỉ đạo thi của tỉnh đã phân công kiểm tra, giám sát ở các điểm thi.", "Lai Châu",
                 2022)["lead"] == set()
    # guards: a ministry's own inspection teams, a force's own teams, and a committee told to inspect are duties
    text = "Bộ Giáo dục và Đào tạo đã thành lập 12 đoàn kiểm tra công tác chuẩn bị thi ở các địa phương."
    assert roles(text, "Toàn quốc", 2022)["lead"] == {"education"}
    assert roles("Công an tỉnh đã thành lập 3 tổ công tác bảo vệ kho đề thi.", "Lai Châu", 2022)["lead"] == {"police"}
    text = "Thứ trưởng đề nghị Ban Chỉ đạo thi của tỉnh tiếp tục kiểm tra các điểm thi ở vùng sâu."
    assert roles(text, "Lai Châu", 2022)["lead"] == {"steering_committee"}


def test_a_body_that_informs_or_writes_to_the_ministry_is_not_at_work():
    # informing the press about something is no duty of the exam
    assert roles("Chiều 20/6, Bộ Giáo dục và Đào tạo đã thông tin về lịch thi đợt hai.", "Toàn quốc",
                 2021)["lead"] == set()
    # a city writing officially to the ministry reports up: no one is given a duty
    text = "Ngày 10/8, UBND thành phố chính thức có văn bản gửi Bộ Giáo dục và Đào tạo xin lùi lịch thi đợt hai."
    assert roles(text, "Đà Nẵng", 2021)["lead"] == set()
    # guards: informing the candidates is the department's work; a letter that asks someone names who acts
    assert roles("Sở Giáo dục và Đào tạo thông tin kịp thời cho thí sinh về lịch thi đợt hai.", "Đà Nẵng",
                 2021)["lead"] == {"education"}
    text = "UBND thành phố có văn bản gửi Công an thành phố, đề nghị bố trí lực lượng bảo vệ điểm thi đợt hai."
    assert roles(text, "Đà Nẵng", 2021)["lead"] == {"police"}


def test_the_exam_itself_as_a_subject_takes_no_doer_from_the_sentence_before():
    text = "Sở Giáo dục và Đào tạo đã khảo sát các điểm thi. Kỳ thi sẽ tổ chức tại 30 điểm thi với 700 phòng thi."
    assert leads_by_statement(text, "Bình Định", 2024) == [{"education"}]
    # guard: a term of time ("kỳ này") is no subject of its own
    text = "Sở Giáo dục và Đào tạo đã khảo sát các điểm thi. Kỳ này sẽ bố trí thêm hai điểm thi dự phòng."
    assert leads_by_statement(text, "Bình Định", 2024) == [{"education"}, {"education"}]


def test_the_teams_in_a_new_paragraph_are_the_ones_named_before():
    text = ("Tỉnh đoàn đã lập 17 đội tình nguyện cho mùa thi năm nay.\n\n"
            "Các đội ra quân giúp thí sinh với các việc như: chỉ đường đến phòng thi; trông giữ xe; phát nước uống.")
    assert leads_by_paragraph(text, "Điện Biên", 2019) == [{"youth_union"}, {"youth_union"}]
    # guard: whichever body was named before ("Các đội" of the police are the police's)
    text = ("Công an huyện đã lập 5 tổ tuần tra quanh các điểm thi.\n\n"
            "Các đội túc trực tại các nút giao thông gần điểm thi từ 6 giờ sáng.")
    assert leads_by_paragraph(text, "Điện Biên", 2019) == [{"police"}, {"police"}]


def test_a_subheading_that_opens_with_a_body_at_work_reads_as_a_sentence():
    text = ("Sáng 25/6, Công an tỉnh họp bàn phương án bảo vệ kỳ thi.\n\n"
            "Điện lực thành phố bảo dưỡng các trạm biến áp gần điểm thi\n\n"
            "Các tổ kỹ thuật túc trực tại điểm thi trong suốt hai ngày thi.")
    assert leads_by_paragraph(text, "Đắk Lắk", 2024)[1] == {"electricity"}
    # guards: a leader shown inspecting, or a place before a colon, still only names them
    text = ("Sáng 25/6, Công an tỉnh họp bàn phương án bảo vệ kỳ thi.\n\n"
            "Phó Chủ tịch UBND tỉnh kiểm tra công tác chuẩn bị tại điểm thi Trường THPT Chu Văn An\n\n"
            "Các tổ kỹ thuật túc trực tại điểm thi trong suốt hai ngày thi.")
    assert leads_by_paragraph(text, "Đắk Lắk", 2024)[1] == set()
    text = ("Sáng 25/6, Công an tỉnh họp bàn phương án bảo vệ kỳ thi.\n\n"
            "Điện lực tỉnh: bảo dưỡng các trạm biến áp gần điểm thi\n\n"
            "Các tổ kỹ thuật túc trực tại điểm thi trong suốt hai ngày thi.")
    assert leads_by_paragraph(text, "Đắk Lắk", 2024)[1] == set()


def test_the_body_that_helps_another_stays_the_subject_the_text_goes_on_about():
    text = ("Công an tỉnh cần hỗ trợ Sở Giáo dục và Đào tạo bảo vệ nơi in đề. "
            "Có phương án trực chốt, phân luồng ở các tuyến đường gần điểm thi. Kiểm tra phòng cháy tại các điểm thi.")
    # the one helped does the first duty (the brief's "X hỗ trợ Y làm …"); the police, the subject, do the rest
    assert leads_by_statement(text, "Bình Định", 2019) == [{"education"}, {"police"}, {"police"}]


def test_in_a_national_text_the_provincial_party_committees_are_bodies_of_no_role():
    text = "Thủ tướng yêu cầu Bí thư Tỉnh ủy, Thành ủy, Chủ tịch UBND các tỉnh chỉ đạo tổ chức kỳ thi an toàn."
    assert roles(text, "Toàn quốc", 2024)["lead"] == {"other", "provincial_pc"}
    # guard: the district party committees keep their role
    text = "Thủ tướng yêu cầu các huyện ủy, quận ủy quan tâm chỉ đạo công tác thi ở địa phương."
    assert roles(text, "Toàn quốc", 2024)["lead"] == {"district_party"}


def test_a_web_pages_headline_is_the_first_short_line_about_the_exam_past_the_pages_furniture():
    text = ("Văn hóa - Xã hội\n\n"
            "Huyện Mường Lát khử trùng phòng thi trước kỳ thi THPT 15/06/2021 09:30\n\n"
            "Sáng 15/6, Trung tâm Y tế huyện đã phun khử khuẩn ba điểm thi trên địa bàn.\n")
    assert meta_of(text).values.get("title") == "Huyện Mường Lát khử trùng phòng thi trước kỳ thi THPT"
    # guard: with no such line the first short line is still the headline
    text = ("Áo xanh trên những cung đường vùng cao\n\n"
            "Sáng 15/6, đoàn viên Huyện đoàn đã chở 30 học sinh đến trường.\n")
    assert meta_of(text).values.get("title") == "Áo xanh trên những cung đường vùng cao"


def test_a_body_that_asks_a_higher_one_is_given_no_duty():
    assert roles("Vì dịch bệnh, Sở Giáo dục và Đào tạo đã gửi đề xuất tổ chức thi đợt hai.", "Đắk Lắk",
                 2020)["lead"] == set()
    assert roles("Hiện Sở Giáo dục và Đào tạo đang chờ ý kiến của Bộ về lịch thi.", "Đắk Lắk", 2020)["lead"] == set()
    # guard: a directive's task that includes raising problems with those in charge is still a task
    text = "Sở Giáo dục và Đào tạo kịp thời xử lý và kiến nghị cấp có thẩm quyền các vướng mắc phát sinh."
    assert roles(text, "Đắk Lắk", 2020)["lead"] == {"education"}


def test_a_department_or_ministrys_inspectorate_is_the_inspection():
    text = "Thanh tra Sở Giáo dục và Đào tạo chủ trì lập ba đoàn thanh tra buổi coi thi."
    assert roles(text, "Đắk Nông", 2020)["lead"] == {"inspection"}
    assert roles("Thanh tra Bộ chủ trì lập các đoàn giám sát khâu chấm bài.", "Toàn quốc", 2020)["lead"] == {"inspection"}
    # guard: another office of a department stays a body of no role
    assert roles("Văn phòng Sở Giáo dục và Đào tạo gom số liệu thi.", "Đắk Nông", 2020)["lead"] == {"other"}


def test_the_district_health_centre_by_its_short_name():
    assert roles("Cán bộ TTYT lấy mẫu xét nghiệm nhanh các thí sinh ở cổng trường.", "Quảng Ninh", 2021)["lead"] == {"health"}



def test_things_listed_with_a_comma_as_the_subject_are_a_subject_of_their_own():
    # (the reading that stops the doer of the sentence before from going on: names thing_start)
    subject_of_its_own = patterns()["thing_start"].match
    assert subject_of_its_own("Mưa lũ, sạt lở đất đã làm hỏng nhiều tuyến đường đến điểm thi.")
    assert subject_of_its_own("Mưa lũ đã làm hỏng nhiều tuyến đường đến điểm thi.")
    # guard: a task that opens with its verb is no such subject
    assert not subject_of_its_own("Rà soát, sửa chữa các tuyến đường đã hỏng.")
