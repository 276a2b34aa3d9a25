"""Issue 9, session 16: patterns seen in the development batch AK (news reports and department dispatches). Our own
words. All are data (etl/gazetteer.csv, etl/words.toml, etl/rules.csv): the parser's code did not change."""

import csv

from etl.config import PACKAGE
from tests.attr_helpers import parts, roles


def test_the_defence_ministry_is_named_whole_although_phong_is_a_verb():
    # "phòng" (to prevent) is a duty verb and used to end the name at "Bộ Quốc"
    assert parts("Bộ Quốc phòng giao các trường quân đội tổ chức thi cho thí sinh của mình.", "Toàn quốc", 2024)[
        "doer"] == {"Bộ Quốc phòng"}


def test_the_military_command_of_a_province_or_district_is_one_agency_with_no_role_of_its_own():
    text = "Bộ Chỉ huy Quân sự tỉnh phối hợp với Công an tỉnh canh gác kho lưu giữ đề thi."
    assert roles(text, "Kon Tum", 2024) == {"lead": {"other"}, "support": {"police"}}
    assert parts(text, "Kon Tum", 2024)["doer"] == {"Bộ Chỉ huy Quân sự tỉnh"}
    text = "Sở Giáo dục và Đào tạo đề nghị Ban Chỉ huy Quân sự huyện cử người hỗ trợ chở đề thi vào xã đảo."
    assert roles(text, "Kon Tum", 2024)["lead"] == {"other"}
    text = "Công an tỉnh chủ trì, cùng lực lượng vũ trang tỉnh giữ an ninh khu vực thi."
    assert roles(text, "Kon Tum", 2024) == {"lead": {"police"}, "support": {"other"}}


def test_cham_lo_ends_an_unknown_name():
    assert parts("Trung tâm Công tác xã hội tỉnh chăm lo bữa ăn cho thí sinh khó khăn.", "Bình Dương", 2024)["doer"] == {
        "Trung tâm Công tác xã hội tỉnh"}


def test_a_speech_verb_ends_an_unknown_name():
    text = "Cô Nguyễn Thị Hoa, giáo viên Trường THPT Nguyễn Trãi chia sẻ: học sinh đã ôn tập kỹ."
    assert parts(text, "Ninh Bình", 2024) == {"mention": {"Trường THPT Nguyễn Trãi"}}
    text = "Đại diện Trung tâm Văn hóa huyện chia sẻ, đơn vị đã treo băng rôn cổ vũ thí sinh."
    assert "Trung tâm Văn hóa huyện" in set().union(*parts(text, "Ninh Bình", 2024).values())


def test_a_ministrys_agencies_and_units_asked_with_a_list_after_a_colon_are_its_own():
    text = ("Để thực hiện chỉ thị của Thủ tướng, Bộ Y tế yêu cầu các cơ quan, đơn vị:\n\n"
            "Bố trí đủ xe cứu thương trực ở các điểm thi.\n\n"
            "Kiểm tra bếp ăn của những nơi thí sinh ở trọ.")
    assert roles(text, "Toàn quốc", 2024, which="Bố trí đủ xe")["lead"] == {"health"}
    assert roles(text, "Toàn quốc", 2024, which="Kiểm tra bếp ăn")["lead"] == {"health"}
    # a provincial committee's "các cơ quan, đơn vị" are other agencies, not its own units: no lead is invented
    text = "UBND tỉnh yêu cầu các cơ quan, đơn vị:\n\nGiữ trật tự quanh các điểm thi."
    assert roles(text, "Kon Tum", 2024, which="Giữ trật tự")["lead"] == set()


def test_youth_volunteers_named_as_members_or_teams_are_the_youth_union():
    text = ("Tỉnh đoàn thành lập 20 đội hình tình nguyện cho mùa thi.\n\n"
            "Trong hai ngày thi, các đội hình đã dựng lều che nắng trước cổng trường.\n\n"
            "Các đoàn viên cũng chở giúp thí sinh đến muộn.")
    assert roles(text, "Hà Nam", 2025, which="các đội hình đã dựng")["lead"] == {"youth_union"}
    assert roles(text, "Hà Nam", 2025, which="Các đoàn viên cũng")["lead"] == {"youth_union"}
    assert roles("Đoàn viên, thanh niên phát nước uống cho phụ huynh chờ ở cổng.", "Hà Nam", 2025)["lead"] == {
        "youth_union"}


def test_every_gazetteer_row_has_its_eight_fields_and_a_known_role():
    # An alias with a comma in an unquoted row once spilled the rest of the aliases into the locality column: the row
    # still loaded, and the aliases after the comma silently matched nothing.
    with open(PACKAGE / "gazetteer.csv", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    with open(PACKAGE / "roles.csv", encoding="utf-8") as f:
        known = {r["role"] for r in csv.DictReader(f)}
    header, body = rows[0], rows[1:]
    assert header == ["role", "name", "aliases", "locality", "from_year", "until_year", "successor", "note"]
    assert [r for r in body if len(r) != len(header)] == []
    assert [r[1] for r in body if r[0] not in known] == []
    assert [r[1] for r in body if r[3] or any(c and not c.isdigit() for c in r[4:6])] == []


def test_a_steering_board_for_another_matter_is_not_the_exams_steering_committee():
    text = "Ban Chỉ đạo liên ngành về an toàn thực phẩm tỉnh lấy mẫu thức ăn ở các bếp gần điểm thi."
    assert roles(text, "Bắc Kạn", 2023)["lead"] == {"other"}
    text = "Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh chỉ đạo các điểm thi bố trí phòng thi dự phòng."
    assert roles(text, "Bắc Kạn", 2022)["lead"] == {"other"}
    # a bare "Ban Chỉ đạo" in an exam text is still the exam's
    assert roles("Ban Chỉ đạo phối hợp với Sở Y tế lấy mẫu thức ăn.", "Bắc Kạn", 2023) == {
        "lead": {"steering_committee"}, "support": {"health"}}


def test_the_trade_union_is_of_the_fronts_organisations_and_the_learning_association_a_body_of_its_own():
    assert roles("Liên đoàn Lao động tỉnh hỗ trợ chỗ ở cho con công nhân đi thi.", "Bình Dương", 2024)["lead"] == {
        "fatherland_front"}
    assert roles("Nhiều thí sinh ở xã đảo được các hội khuyến học cho tiền đi lại.", "Kiên Giang", 2024)["lead"] == {
        "other"}


def test_clinics_and_ferry_landings_are_named_by_their_generic_names():
    text = "Các cơ sở khám bệnh, chữa bệnh trên địa bàn bố trí xe cấp cứu trực tại điểm thi."
    assert roles(text, "Vĩnh Long", 2024)["lead"] == {"health"}
    text = "Sở Giao thông vận tải chỉ đạo các bến đò, bến phà ưu tiên chở thí sinh qua sông."
    assert parts(text, "Vĩnh Long", 2024) == {"requester": {"Sở Giao thông vận tải"}, "doer": {"Các đơn vị vận tải"}}


def test_a_weather_station_is_no_broadcaster_although_both_are_a_dai():
    text = "Đài Khí tượng Thủy văn tỉnh gửi bản tin dự báo mưa lũ trong các ngày thi.\n\nĐài Phát thanh và Truyền hình tỉnh đưa tin."
    assert roles(text, "Hà Giang", 2024, which="Khí tượng")["lead"] == {"other"}
    assert roles(text, "Hà Giang", 2024, which="Phát thanh")["lead"] == {"press"}


def test_a_district_office_has_its_departments_role_as_the_education_and_health_offices_do():
    text = "UBND huyện giao Phòng Tài chính - Kế hoạch huyện bố trí kinh phí cho các điểm thi."
    assert roles(text, "Hà Giang", 2024)["lead"] == {"finance"}
    text = "Phòng Lao động - Thương binh và Xã hội huyện hỗ trợ tiền ăn cho thí sinh hộ nghèo."
    assert roles(text, "Hà Giang", 2024)["lead"] == {"labour"}
