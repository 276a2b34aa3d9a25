"""Session 53: patterns met on real texts (session 52's held-out batches, development now), in our own words."""

from __future__ import annotations

from tests.attr_helpers import attribute_text, leads_by_statement, roles


def test_the_documents_own_province_named_bare_as_the_opening_subject_acts():
    # a news report names its province bare, with no helper verb, as the one at work
    assert roles("Sơn La dừng một phòng thi vì có cán bộ coi thi bị sốt.", "Sơn La", 2021)["lead"] == {"provincial_pc"}
    assert roles("Năm nay, Sơn La bố trí thêm 20 xe đưa thí sinh vùng cao đến điểm thi.", "Sơn La",
                 2024)["lead"] == {"provincial_pc"}
    # guards: a count, a state, an outcome or another place named bare are no one's duty
    assert roles("Sơn La có 9.000 thí sinh dự thi năm nay.", "Sơn La", 2024)["lead"] == set()
    assert roles("Sơn La sẵn sàng cho kỳ thi năm nay.", "Sơn La", 2024)["lead"] == set()
    assert roles("Sơn La bảo đảm kỳ thi an toàn.", "Sơn La", 2024)["lead"] == set()
    assert roles("Học sinh Sơn La làm bài thi môn Toán.", "Sơn La", 2024)["lead"] == set()
    assert roles("Điện Biên thuê thêm 20 xe đưa thí sinh.", "Sơn La", 2024)["lead"] == set()
    # a headline (no closing stop) names the place's news, not who acts
    assert roles("Sơn La bố trí thêm 20 xe đưa thí sinh vùng cao", "Sơn La", 2024)["lead"] == set()


def test_a_thing_named_as_the_subject_takes_no_doer_from_the_sentence_before():
    text = ("Công an tỉnh cử lực lượng áp tải đề thi ra đảo. Điểm thi ở xã đảo sẽ bảo đảm đủ bàn ghế cho thí sinh. "
            "Mô hình này thì đã triển khai từ năm trước.")
    assert leads_by_statement(text, "Kiên Giang", 2024) == [{"police"}]  # (no statement after it has a doer)
    # guard: a unit word standing for the body named before still carries it
    text = "Công an tỉnh cử lực lượng áp tải đề thi ra đảo. Các đơn vị đã túc trực tại cảng từ 5 giờ sáng."
    assert leads_by_statement(text, "Kiên Giang", 2024) == [{"police"}, {"police"}]


def test_any_bodys_leader_visiting_or_inspecting_the_preparations_only_visits():
    # a headline in the present: the leader of a department, a police force or a party committee visiting
    text = "Giám đốc Sở Y tế thăm hỏi, động viên nhân viên y tế trực tại các điểm thi."
    assert roles(text, "Bình Phước", 2024)["lead"] == set()
    text = "Lãnh đạo Công an tỉnh kiểm tra công tác bảo vệ đề thi tại ba điểm thi vùng cao."
    assert roles(text, "Quảng Nam", 2024)["lead"] == set()
    # guards: the body itself at that work acts; a leader named by a title who gives a task still gives it
    text = "Công an tỉnh kiểm tra công tác bảo vệ đề thi tại ba điểm thi vùng cao."
    assert roles(text, "Quảng Nam", 2024)["lead"] == {"police"}
    text = "Giám đốc Sở Y tế yêu cầu Trung tâm Y tế các huyện cử cán bộ trực tại điểm thi."
    assert roles(text, "Bình Phước", 2024)["lead"] == {"health"}


def test_offices_and_units_named_by_no_sector_before_the_localities_are_the_localities():
    text = "Chủ tịch UBND tỉnh giao các cơ quan, đơn vị, địa phương rà soát ngay những điểm thi gần sông suối."
    assert roles(text, "Yên Bái", 2025)["lead"] == {"district_pc"}
    text = "Chủ tịch UBND tỉnh đề nghị các đơn vị và địa phương theo dõi sát diễn biến mưa lũ."
    assert roles(text, "Yên Bái", 2025)["lead"] == {"district_pc"}
    # a district's committee asks its communes
    text = "UBND huyện yêu cầu các đơn vị, địa phương bảo đảm an toàn cho thí sinh trong mùa mưa."
    assert roles(text, "Yên Bái", 2025)["lead"] == {"other"}
    # guards: a named sector before the localities is still asked; a province that inspects only visits
    text = "UBND tỉnh yêu cầu các sở, ngành, địa phương theo dõi sát diễn biến mưa lũ."
    assert roles(text, "Yên Bái", 2025)["lead"] == {"departments", "district_pc"}
    assert roles("Yên Bái kiểm tra việc chuẩn bị thi ở các xã vùng lũ.", "Yên Bái", 2025)["lead"] == set()


def test_the_old_tone_placement_names_the_same_agencies_and_keeps_the_text():
    # "Uỷ ban", "Huyện uỷ", "hoả tốc": the tone on the first vowel, as many pages still type it
    assert roles("Uỷ ban nhân dân huyện bố trí xe đưa đón thí sinh ở xa.", "Bình Phước", 2024)["lead"] == {
        "district_pc"}
    assert roles("Huyện uỷ chỉ đạo các xã hỗ trợ thí sinh ở xa.", "Bình Phước", 2024)["lead"] == {"district_party"}
    text = "Chủ tịch UBND tỉnh có Công văn hoả tốc số 47/UBND-VX về việc hoãn thi ở một điểm thi."
    assert roles(text, "Cà Mau", 2020)["lead"] == set()  # issuing a dispatch only asks
    # the words a reader sees keep their own spelling: a mention's span still reads as the text wrote it
    text = "Uỷ ban nhân dân huyện bố trí xe đưa đón thí sinh ở xa."
    tree, att = attribute_text(text, "Bình Phước", 2024)
    spans = [text[f.start : f.end] for f in att.mentions[tree[0].seq] if f.start >= 0]
    assert spans == ["Uỷ ban nhân dân huyện"]


def test_common_verbs_of_work_make_a_bare_word_before_them_a_subject():
    # a bare word stands for an agency only before a verb of work (words.toml verb: renting, giving, evacuating …)
    text = "Sở Y tế đã họp với các bệnh viện. Ông Hùng cho biết, sở thuê thêm 5 xe cấp cứu trực tại các điểm thi."
    assert leads_by_statement(text, "Gia Lai", 2024)[-1] == {"health"}
    text = "Ông Minh cho biết, huyện đã sơ tán thí sinh khỏi vùng sạt lở ngay trong đêm."
    assert roles(text, "Gia Lai", 2024)["lead"] == {"district_pc"}
    # guard: a leader who visits still only visits
    assert roles("Phó Chủ tịch UBND tỉnh thăm hỏi, động viên thí sinh tại điểm thi.", "Gia Lai", 2024)["lead"] == set()


def test_exam_sites_named_with_their_place_or_working_basically_done_act():
    text = "Các điểm thi tại huyện Đakrông đã phối hợp với công an xã giữ trật tự quanh trường."
    assert roles(text, "Quảng Trị", 2024)["lead"] == {"other"}
    assert roles("Tới hôm qua, các điểm thi cơ bản lắp xong camera.", "Quảng Trị", 2024)["lead"] == {"other"}
    assert roles("Ở vùng cao, các cụm thi cũng đã chuẩn bị chỗ nghỉ trưa.", "Quảng Trị", 2024)["lead"] == {"other"}
    # guards: counted or placed, the exam sites are no one at work
    assert roles("Các điểm thi tại huyện Đakrông có 20 phòng thi.", "Quảng Trị", 2024)["lead"] == set()
    assert roles("Công an huyện tuần tra tại các điểm thi.", "Quảng Trị", 2024)["lead"] == {"police"}


def test_the_province_setting_up_its_exam_sites_does_its_work_the_whole_province_counted_none():
    assert roles("Tỉnh bố trí 19 điểm thi với 400 phòng thi.", "Hậu Giang", 2023)["lead"] == {"provincial_pc"}
    assert roles("Năm nay, tỉnh Hậu Giang thành lập 19 điểm thi.", "Hậu Giang", 2023)["lead"] == {"provincial_pc"}
    # guards: the whole province, or a count with "có", is no one at work
    assert roles("Toàn tỉnh bố trí 19 điểm thi với 400 phòng thi.", "Hậu Giang", 2023)["lead"] == set()
    assert roles("Tỉnh có 19 điểm thi với 400 phòng thi.", "Hậu Giang", 2023)["lead"] == set()


def test_the_force_word_before_a_named_body_belongs_to_its_name():
    text = "Nhà trường phối hợp chặt chẽ với lực lượng đoàn viên, thanh niên giữ xe cho thí sinh."
    assert roles(text, "Hậu Giang", 2021)["support"] == {"youth_union"}
    text = "Ban giám hiệu phối hợp tốt với các lực lượng đoàn viên, thanh niên giữ xe cho thí sinh."
    assert roles(text, "Hậu Giang", 2021)["support"] == {"youth_union"}


def test_whoever_is_concerned_is_no_one_and_takes_no_doer_from_before():
    assert roles("Các lực lượng chức năng phải túc trực quanh điểm thi suốt buổi trưa.", "Hải Phòng", 2023)["lead"] == set()
    text = "Phó Chủ tịch UBND thành phố đề nghị các đơn vị liên quan kiểm tra lại bếp ăn quanh điểm thi."
    assert roles(text, "Hải Phòng", 2023)["lead"] == set()
    # the sentence before names the health department; the collective after it does not stand for it
    text = "Sở Y tế kiểm tra bếp ăn của các điểm thi. Các cơ quan chức năng phải chuẩn bị sẵn thuốc chống ngộ độc."
    assert leads_by_statement(text, "Hải Phòng", 2023) == [{"health"}]  # (the second statement has no doer)
    # guard: a named body asked with them still acts
    text = "UBND thành phố yêu cầu Sở Y tế và các cơ quan liên quan kiểm tra bếp ăn quanh điểm thi."
    assert roles(text, "Hải Phòng", 2023)["lead"] == {"health"}
