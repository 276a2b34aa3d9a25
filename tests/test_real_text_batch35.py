"""Session 33: patterns met on real texts read this session (statements, themes, district committees), written
again in our own words."""

from __future__ import annotations

from etl import statements
from etl.align import theme_of
from tests.attr_helpers import mention_names, mention_parts


def test_a_purpose_clause_cut_off_by_a_semicolon_joins_the_sentence_it_serves():
    # a district report puts ";" after its purpose clause: the clause names neither doer nor duty, so it is no statement
    text = ("Để kỳ thi ở các điểm thi của huyện diễn ra đúng quy chế, công bằng, an toàn; Ban Chỉ đạo huyện đề nghị "
            "Phòng Giáo dục và Đào tạo kiểm tra lại phòng thi ở từng điểm thi; các trường rà soát lại danh sách thí sinh "
            "và bàn ghế của từng phòng thi.")
    pieces = statements.split(text)
    assert pieces[0].startswith("Để kỳ thi") and "Ban Chỉ đạo huyện đề nghị" in pieces[0]
    assert len(pieces) == 2


def test_a_purpose_clause_with_its_own_main_clause_stays_a_statement():
    # after the comma comes a subject or a verb: the piece is a whole duty
    for text in ("Để giữ an toàn cho thí sinh, Sở Y tế cử cán bộ trực tại từng điểm thi trong các buổi thi; "
                 "Công an tỉnh bảo vệ nơi in sao đề thi suốt thời gian làm đề.",
                 "Nhằm bảo đảm nguồn điện ổn định, kiểm tra toàn bộ đường dây cấp điện cho các điểm thi; "
                 "bố trí máy phát điện dự phòng ở nơi chấm thi."):
        assert len(statements.split(text)) == 2


def test_the_running_of_the_exam_is_about_organisation_when_no_keyword_says_more():
    # facts and duties about exam sites, invigilation, marking, graduation are the organisation of the exam
    assert theme_of("Năm nay huyện bố trí 4 điểm thi đặt ở các trường trung học phổ thông.") == "steering"
    assert theme_of("Kỳ thi năm nay được tổ chức trong hai ngày cuối tháng Sáu.") == "steering"
    assert theme_of("thực hiện việc chấm thi, xét công nhận tốt nghiệp và cấp bằng cho học sinh đúng hạn.") == "steering"
    # an exam site that only says where the duty happens gives no theme
    assert theme_of("bố trí người trực tại các điểm thi để xử lý sự cố") == "general"


def test_making_things_easy_for_candidates_is_candidate_support():
    assert theme_of("Nhà trường và chính quyền xã tạo điều kiện thuận lợi nhất cho thí sinh ở xa trong hai ngày thi.") \
        == "candidate_support"
    assert theme_of("lập danh sách những trường hợp khó khăn để cấp xã có cách giúp đỡ trước ngày thi;") == "candidate_support"


def test_a_districts_exam_steering_committee_is_its_own_agency():
    # "Ban Chỉ đạo thi … huyện X" is the district's committee, not the province's
    names = mention_names("Sáng 2/7, Ban Chỉ đạo thi tốt nghiệp THPT huyện Đông Sơn họp bàn công tác chuẩn bị.\n"
                          "Ban Chỉ đạo huyện đề nghị các trường rà soát cơ sở vật chất của từng phòng thi.\n", "Thanh Hóa")
    committees = {n for n in names if n.startswith("Ban Chỉ đạo")}
    assert committees and all("cấp tỉnh" not in n for n in committees)


def test_a_speaker_reporting_what_the_forces_must_do_speaks_of_his_own_agency():
    # "X cho biết, các lực lượng phải …": the forces are X's own; the police do the duty, not a mere source
    parts = mention_parts("Thượng tá Lê Văn Bình, Phó Trưởng phòng Cảnh sát giao thông (Công an tỉnh) cho biết, "
                          "các lực lượng phải túc trực ở mọi ngã tư gần điểm thi từ sáng sớm.\n", "Nghệ An")
    assert ("doer", "police") in parts and ("doer", "other") not in parts


def test_a_police_security_team_is_the_police():
    parts = mention_parts("Đội An ninh kinh tế bố trí người giám sát khu vực in sao đề thi suốt ngày đêm.\n", "Nghệ An")
    assert set(parts) == {("doer", "police")}


def test_calling_up_exam_staff_is_about_the_staff():
    # the theme "training" covers choosing and mobilising the people who run the exam
    assert theme_of("Sở sẽ điều động cán bộ các trường tham gia làm nhiệm vụ coi thi ở huyện bạn.") == "training"
    assert theme_of("Sở bảo đảm huy động đủ nhân lực cho từng điểm thi, kể cả số người thay thế khi cần;") == "training"
    assert theme_of("Các trường cao đẳng cử giảng viên tham gia đoàn thanh tra thi.") != "admissions"


def test_keeping_to_the_exam_rules_is_no_theme_of_its_own():
    # "đúng quy chế", "theo quy chế thi" say how the work is done; reporting on it is organisation, not inspection or training
    assert theme_of("sau mỗi buổi thi gửi Trưởng ban bản tổng hợp việc chấp hành quy chế thi của từng điểm thi;") == "steering"
    assert theme_of("Ban Chỉ đạo điều hành mọi việc của kỳ thi theo đúng Quy chế thi hiện hành.") == "steering"
    # breaking the rules is still for the inspectors
    assert theme_of("xử lý nghiêm các trường hợp vi phạm quy chế trong phòng thi.") == "inspection"


def test_a_call_to_work_hard_has_no_theme():
    # words of zeal with nothing specific to do: "general", not organisation
    assert theme_of("Mọi đơn vị phải khẩn trương, tích cực triển khai phần việc của mình trước ngày thi.") == "general"
    assert theme_of("Các đơn vị nêu cao quyết tâm, không lơ là, chủ quan trước kỳ thi.") == "general"
    # zeal about something specific keeps that theme
    assert theme_of("khẩn trương xây dựng kế hoạch và phương án tổ chức kỳ thi của tỉnh;") == "steering"
    assert theme_of("tích cực tuyên truyền để thí sinh hiểu rõ quy chế thi.") == "media"


def test_a_district_asking_its_localities_asks_its_communes():
    # a district's committee (or its steering committee) asks one level down: its "địa phương" are the communes
    parts = mention_parts("UBND huyện Nam Giang yêu cầu các phòng, ban và các địa phương rà soát thí sinh ở xa để đưa đón.\n")
    assert ("doer", "district_pc") not in parts and ("doer", "other") in parts
    parts = mention_parts("Ban Chỉ đạo huyện đề nghị các ngành, địa phương chuẩn bị nơi ăn nghỉ cho thí sinh.\n")
    assert ("doer", "district_pc") not in parts and ("doer", "other") in parts
    # from 2026 the communes are the local level the districts were
    parts = mention_parts("UBND huyện Nam Giang yêu cầu các địa phương rà soát thí sinh ở xa để đưa đón.\n", year=2026)
    assert ("doer", "district_pc") in parts


def test_the_province_asking_with_its_districts_still_asks_the_districts():
    parts = mention_parts("UBND tỉnh yêu cầu các sở, ngành, địa phương bảo đảm an toàn cho các điểm thi.\n")
    assert ("doer", "district_pc") in parts
    parts = mention_parts("Ban Chỉ đạo thi cấp tỉnh và Ban Chỉ đạo thi cấp huyện đã chỉ đạo các địa phương chuẩn bị xe đưa đón.\n")
    assert ("doer", "district_pc") in parts


def test_the_polices_board_for_protecting_the_exam_is_not_the_exam_steering_committee():
    names = mention_names("Ban Chỉ đạo bảo vệ Kỳ thi của Công an tỉnh họp với các đội nghiệp vụ trước ngày thi.\n",
                          "Gia Lai")
    assert "Ban Chỉ đạo bảo vệ kỳ thi" in names and not any(n.startswith("Ban Chỉ đạo thi") for n in names)
