"""Issue 9, session 22: what fresh news reports did to the parser (texts outside the repository; our own words)."""

from tests.attr_helpers import attribute_text


def found(text: str, locality: str, year: int) -> set[tuple[tuple[int, int], str, str]]:
    """((paragraph, statement), role, part) of every agency a text names."""
    _, att = attribute_text(text, locality, year)
    return {((seq, f.statement), f.role, f.kind) for seq, fs in att.mentions.items() for f in fs}


def doers(text: str, locality: str, year: int) -> set[tuple[tuple[int, int], str]]:
    return {(k, role) for k, role, part in found(text, locality, year) if part == "doer"}


def test_a_surname_that_is_also_a_head_word_names_a_person_not_an_agency():
    # "Đoàn" heads a union's or a delegation's name, but after "ông" or "đồng chí" it is a family name
    text = ("Chiều qua, ông Đoàn Minh Khoa – Phó Chủ tịch UBND tỉnh muốn Sở Giáo dục và Đào tạo rà soát lại "
            "từng phòng thi.")
    assert {role for _, role, _ in found(text, "Long An", 2024)} == {"provincial_pc", "education"}
    assert doers(text, "Long An", 2024) == {((0, 0), "education")}
    text = "Đồng chí Đoàn Thị Hoa đề nghị Công an tỉnh tăng cường tuần tra quanh các điểm thi."
    assert doers(text, "Long An", 2024) == {((0, 0), "police")}
    # a real delegation keeps its name
    text = "Đoàn Kiểm tra liên ngành đã làm việc tại ba điểm thi của huyện."
    assert "other" in {role for _, role, _ in found(text, "Long An", 2024)}


def test_a_new_paragraph_that_only_reports_a_schedule_takes_no_doer_from_the_one_before():
    # The second paragraph opens with a connective, so it could go on with the police; but it only says when the
    # exam falls. The third goes on with the police again.
    text = ("Công an tỉnh đã lập phương án canh giữ mọi điểm thi trong tỉnh.\n\n"
            "Đồng thời, năm nay kỳ thi diễn ra trong hai ngày 26 và 27/6.\n\n"
            "Ngoài ra, bố trí lực lượng tuần tra ở các tuyến đường dẫn vào điểm thi.")
    assert doers(text, "Quảng Trị", 2025) == {((0, 0), "police"), ((2, 0), "police")}


def test_a_force_said_to_be_there_acts_only_where_it_is_named():
    # "… có công an bảo vệ" makes the police act in that sentence; the next one is about the marking room itself,
    # and the paragraph after it does not go on with the police either.
    text = ("Khu vực chấm thi được bố trí riêng, có camera giám sát và có công an bảo vệ suốt ngày đêm. "
            "Bài thi được cất trong tủ sắt có khóa hai lớp.\n\n"
            "Dự kiến, việc chấm thi trắc nghiệm xong trước ngày 15/7.")
    assert doers(text, "Yên Bái", 2022) == {((0, 0), "police")}


def test_an_official_who_only_wishes_or_stresses_does_no_duty():
    # a wish for a safe exam and a stress laid on food safety name no task of the committee; the department asked
    # after them does one
    text = ("Phó Chủ tịch UBND tỉnh mong muốn năm nay các em thi tốt và không có sự cố nào. Phó Chủ tịch UBND tỉnh "
            "đặc biệt lưu ý công tác bảo đảm an toàn thực phẩm quanh các điểm thi. Sở Y tế bố trí cán bộ trực tại "
            "mỗi điểm thi.")
    assert doers(text, "Bình Thuận", 2024) == {((0, 2), "health")}
    # "đặc biệt" before a verb of its own work keeps the subject acting
    text = "Công an tỉnh đặc biệt chú trọng bảo vệ đề thi trong khâu vận chuyển."
    assert doers(text, "Bình Thuận", 2024) == {((0, 0), "police")}


def test_an_agency_one_only_gets_in_touch_with_does_not_support():
    # "liên hệ với" is getting in touch (to learn what is needed), not working alongside; "phối hợp với" still is
    text = ("Nhà mạng Viettel tỉnh đã liên hệ với Sở Giáo dục và Đào tạo từ đầu tháng để biết mỗi điểm thi cần bao "
            "nhiêu đường truyền.")
    assert {(role, part) for _, role, part in found(text, "Bắc Giang", 2023) if part in ("doer", "helper")} == {
        ("telecom", "doer")}
    text = "Nhà mạng Viettel tỉnh đã phối hợp với Sở Giáo dục và Đào tạo lắp thêm đường truyền cho mỗi điểm."
    assert ((0, 0), "education", "helper") in found(text, "Bắc Giang", 2023)


def test_a_unit_named_by_its_police_code_is_the_police():
    text = "Phòng PC06 tuần tra quanh các điểm thi; Phòng Khảo thí rà soát hồ sơ đăng ký của thí sinh."
    assert {(role, part) for _, role, part in found(text, "Cà Mau", 2024)} == {("police", "doer"), ("other", "doer")}


def test_who_attended_is_no_task_and_a_director_speaks_for_the_department_she_calls_so():
    text = ("Sáng 3/6, Sở Giáo dục và Đào tạo họp báo về việc chuẩn bị cho kỳ thi. Tham dự có lãnh đạo Công an tỉnh "
            "và Sở Y tế. Bà Hạnh, Phó Giám đốc Sở Giáo dục và Đào tạo, cho biết đến nay sở đã chuẩn bị xong phòng thi.")
    # (the department holds the press conference: it acts, session 34; those who attend do not)
    assert doers(text, "Trà Vinh", 2025) == {((0, 0), "education"), ((0, 2), "education")}
    text = "Bà Hạnh, Phó Giám đốc Sở Giáo dục và Đào tạo, cho biết đến nay sở đã chuẩn bị xong phòng thi."
    assert doers(text, "Trà Vinh", 2025) == {((0, 0), "education")}


def test_a_place_in_brackets_inside_a_list_of_schools_does_not_make_the_next_school_act():
    text = ("Phó Chủ tịch UBND tỉnh đã đi kiểm tra ba điểm thi: Trường THPT Tân Hòa, Trường THPT Long Mỹ (huyện Vị Thủy), "
            "Trường THPT Ngọc Hồi (thị xã Long Mỹ), rồi nghe báo cáo.")
    assert doers(text, "Hậu Giang", 2021) == set()
    # a leading byline in brackets still lets the subject after it act
    assert doers("(HG) - Công an tỉnh tăng cường tuần tra quanh các điểm thi.", "Hậu Giang", 2021) == {((0, 0), "police")}


def test_a_province_counted_this_school_year_or_district_by_district_does_nothing():
    text = "Tỉnh Gia Lai năm học này có 41 điểm thi với gần 900 phòng thi."
    assert doers(text, "Gia Lai", 2021) == set()
    text = "Cụ thể: huyện Chư Sê 5 điểm thi, thị xã An Khê 3 điểm thi, huyện Đak Đoa 4 điểm thi."
    assert doers(text, "Gia Lai", 2021) == set()


def test_a_department_that_also_says_something_only_speaks():
    # "X cũng cho biết (thêm), …": X names the source; the room that "có lực lượng công an canh gác" is the police's work
    text = ("Sở Giáo dục và Đào tạo cũng cho biết thêm, kho cất đề thi ở mỗi điểm có lực lượng công an canh gác ngày "
            "đêm.")
    assert ((0, 0), "education") not in doers(text, "Ninh Bình", 2022)


def test_each_district_is_the_districts():
    text = "Năm nay mỗi huyện, thị xã, thành phố cử hai cán bộ y tế trực ở trụ sở hội đồng thi."
    assert doers(text, "Gia Lai", 2025) == {((0, 0), "district_pc")}
