"""Issue 9, session 25: who acts in a district's own documents, and what the dashboard calls them (our own words)."""

from tests.attr_helpers import attribute_text
from tests.attr_helpers import parts as _named


def test_a_districts_own_offices_are_not_the_provinces_departments():
    # a district's directive assigns its own education office, police and youth union: the Document page and
    # the tables must not say the province's department, police or youth union did it
    text = ("1. Phòng GD&ĐT huyện chủ trì rà soát danh sách thí sinh khó khăn.\n"
            "2. Công an huyện bảo vệ đề thi tại các điểm thi trên địa bàn.\n"
            "3. Huyện đoàn tổ chức đội hình tình nguyện đưa đón thí sinh.")
    doers = _named(text, "Quảng Ngãi", 2024)["doer"]
    assert doers == {"Phòng Giáo dục và Đào tạo các huyện, thành phố", "Công an các huyện, thành phố",
                     "Đoàn Thanh niên các huyện, thành phố"}


def test_a_force_and_its_district_units_both_act_under_their_own_names():
    # "Công an tỉnh chỉ đạo Công an các huyện …": the force keeps the duty and its district units do it too;
    # a city's districts are "quận, huyện"; commune police are a third level
    text = "Công an tỉnh chỉ đạo Công an các huyện, thị xã bố trí lực lượng tuần tra quanh các điểm thi."
    assert _named(text, "Bình Định", 2023)["doer"] == {"Công an tỉnh", "Công an các huyện, thành phố"}
    text = "Công an thành phố chỉ đạo Công an các phường, xã giữ trật tự trước cổng các điểm thi."
    assert _named(text, "Cần Thơ", 2023)["doer"] == {"Công an thành phố", "Công an cấp xã"}


def _parts(text: str, place: str = "Bình Định", year: int = 2019) -> dict[str, set[tuple[str, str]]]:
    """{part: {(role, name), …}} over every statement of `text`."""
    _, att = attribute_text(text, place, year)
    out: dict[str, set[tuple[str, str]]] = {}
    for found in att.mentions.values():
        for f in found:
            out.setdefault(f.kind, set()).add((f.role, f.name))
    return out


def test_partners_listed_after_a_group_word_and_a_colon_help():
    # "phối hợp với các trường đại học: A, B, C": the universities are kept under their own names and help
    text = ("Năm 2019, Sở Giáo dục và Đào tạo chủ trì kỳ thi với sự tham gia của các trường đại học: Đại học Quy Nhơn, "
            "Đại học Sư phạm – Đại học Huế, Phân hiệu Đại học Y Dược tại Bình Định.")
    got = _parts(text)
    assert got["doer"] == {("education", "Sở Giáo dục và Đào tạo")}
    assert {name for _, name in got["helper"]} == {"Đại học Quy Nhơn", "Đại học Sư phạm – Đại học Huế",
                                                    "Phân hiệu Đại học Y Dược"}


def test_sectors_named_after_such_as_are_the_ones_asked():
    # "các ngành liên quan / chức năng như công an, y tế, điện lực": each sector acts, the group word names none
    text = "Năm nay Sở GD&ĐT đề nghị các ngành liên quan như điện lực, công an, y tế cùng vào cuộc trong những ngày thi."
    got = _parts(text)
    assert {role for role, _ in got["doer"]} == {"police", "health", "electricity"}
    assert {role for role, _ in got["requester"]} == {"education"}
    text = "Các ngành chức năng như y tế, công an, giao thông cần chủ động phương án hỗ trợ thí sinh."
    assert {role for role, _ in _parts(text)["doer"]} == {"health", "police", "transport"}


def test_members_named_before_their_committee_act_the_committee_only_qualifies_them():
    # "các sở, ban, ngành thành viên Ban Chỉ đạo …": the departments act; the committee names whose members they are
    text = ("Chủ tịch UBND tỉnh giao các sở, ngành thành viên Ban Chỉ đạo thi tỉnh và UBND các huyện lập ngay phương "
            "án phòng chống mưa bão cho các điểm thi.")
    got = _parts(text, "Yên Bái", 2024)
    assert {role for role, _ in got["doer"]} == {"departments", "district_pc"}
    assert ("steering_committee", "Ban Chỉ đạo thi cấp tỉnh") in got["mention"]
    # the committee's members alone are the committee acting
    text = "Các thành viên Ban Chỉ đạo thi tỉnh kiểm tra các điểm thi theo địa bàn được phân công."
    assert {role for role, _ in _parts(text, "Yên Bái", 2024)["doer"]} == {"steering_committee"}


def test_an_agency_that_announces_a_finding_reports_it():
    # "X thông báo có / là / rằng …" reports a fact; "X thông báo rộng rãi quy chế thi" is X's duty
    text = "Qua kết quả xét nghiệm, Sở Y tế tỉnh Bình Định thông báo có hai ca nghi nhiễm tại một điểm thi."
    assert "doer" not in _parts(text)
    assert {role for role, _ in _parts("Sở GD&ĐT thông báo rộng rãi quy chế thi đến thí sinh.")["doer"]} == {"education"}


def test_candidates_counted_and_placed_are_the_subject_of_their_own_sentence():
    # "Gần 300 thí sinh ở điểm thi đó sẽ dự thi vào đợt sau": the candidates act, not the department asked before
    text = "Sở Y tế đề nghị Sở GD&ĐT chuyển điểm thi sang trường bên cạnh. Gần 300 thí sinh ở điểm thi đó sẽ dự thi vào đợt sau."
    _, att = attribute_text(text, "Bình Định", 2021)
    second = {f.role for fs in att.mentions.values() for f in fs if f.statement == 1 and f.kind == "doer"}
    assert second == set()


def test_districts_right_after_an_unknown_name_are_its_level_not_the_district_committees():
    # "Trung tâm Văn hóa, Thể thao và Truyền thanh các huyện, thành phố": one body at district level; the people's
    # committees of the districts are not named
    text = "4. Các Trung tâm Văn hóa, Thể thao và Truyền thanh các huyện, thành phố tăng thời lượng phát sóng về kỳ thi."
    assert _parts(text, "Kiên Giang", 2024)["doer"] == {
        ("other", "Trung tâm Văn hóa, Thể thao và Truyền thanh các huyện, thành phố")}
    # with a comma, the districts are a list member of their own
    text = "Các Trung tâm Văn hóa, Thể thao và Truyền thanh, UBND các huyện, thành phố tăng cường tuyên truyền về kỳ thi."
    assert {role for role, _ in _parts(text, "Kiên Giang", 2024)["doer"]} == {"other", "district_pc"}


def test_a_numbered_heading_on_its_own_line_is_not_joined_to_its_text():
    # a department's plan: "2. Chi cục An toàn vệ sinh thực phẩm" on one line, its task on the next, with no colon;
    # the heading's body must not read "… thực phẩm Phối hợp" as one agency
    text = ("1. Phòng Nghiệp vụ Y\nLà đầu mối tổng hợp tình hình y tế tại các điểm thi.\n"
            "2. Chi cục An toàn vệ sinh thực phẩm\nPhối hợp với Trung tâm Y tế các huyện kiểm tra bếp ăn phục vụ kỳ thi.")
    tree, att = attribute_text(text, "Đồng Tháp", 2025)
    assert [c.text for c in tree][:2] == ["1. Phòng Nghiệp vụ Y", "Là đầu mối tổng hợp tình hình y tế tại các điểm thi."]
    last = att.mentions[tree[-1].seq]
    assert {(f.name, f.kind) for f in last} == {("Chi cục An toàn vệ sinh thực phẩm", "doer"),
                                                ("Trung tâm Y tế các huyện, thành phố", "helper")}


def test_a_steering_committees_decision_gives_each_members_agency_its_task():
    # "Ông A, Giám đốc Sở …, Phó Trưởng ban: <task>": the member's agency does the task after his post; a speaker's
    # words after his posts are no task
    text = ("Điều 1. Phân công nhiệm vụ các thành viên Ban Chỉ đạo như sau:\n"
            "2. Ông Trần Văn Tài, Giám đốc Sở Giáo dục và Đào tạo, Phó Trưởng ban thường trực: chỉ đạo in sao đề thi.\n"
            "3. Đại tá Lê Hữu Nghĩa, Phó Giám đốc Công an tỉnh, Ủy viên: chỉ đạo bảo vệ đề thi, bài thi.")
    # (the article above them is their heading: it names the committee whose members they are)
    tree, att = attribute_text(text, "Quảng Bình", 2024)
    assert [{f.role for f in att.mentions[c.seq] if f.kind == "doer"} for c in tree[1:]] == [{"education"}, {"police"}]
    text = "Ông Trần Văn Tài, Giám đốc Sở GD&ĐT, Phó Trưởng ban Chỉ đạo thi tỉnh cho biết: mọi việc đã sẵn sàng."
    assert "doer" not in _parts(text, "Quảng Bình", 2024)


def test_a_prime_ministers_telegram_names_its_ministries_and_the_central_youth_union():
    # "Các Bộ: Y tế, Công Thương, …" lists ministries, not the province's departments; "Trung ương Đoàn" acts
    text = ("4. Các Bộ: Y tế, Công Thương theo chức năng chỉ đạo các đơn vị bảo đảm y tế, cung cấp điện phục vụ Kỳ thi.\n"
            "5. Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh chỉ đạo tổ chức chương trình tiếp sức mùa thi.")
    doers = {name for _, name in _parts(text, "Toàn quốc", 2025)["doer"]}
    assert doers == {"Bộ Y tế", "Bộ Công Thương", "Trung ương Đoàn TNCS Hồ Chí Minh"}


def test_a_plan_that_sets_out_the_responsibilities_of_agencies_gives_them_the_duty():
    # "Kế hoạch phân công rõ trách nhiệm của A, B, C": A, B and C act
    text = "Theo kế hoạch, UBND tỉnh phân công rõ trách nhiệm của Công an tỉnh, Sở Tài chính và Sở GD&ĐT ở mỗi khâu."
    assert {role for role, _ in _parts(text)["doer"]} == {"education", "police", "finance"}


def test_whose_responsibility_a_task_is_does_it():
    # "Trách nhiệm … thuộc về X", "… thuộc trách nhiệm của X": X acts (a place "thuộc huyện X" names no one)
    text = "Trách nhiệm kiểm tra an toàn thực phẩm thuộc về Chi cục An toàn vệ sinh thực phẩm."
    assert _parts(text)["doer"] == {("other", "Chi cục An toàn vệ sinh thực phẩm")}
    text = "Việc kiểm tra an toàn thực phẩm tại các bếp ăn thuộc trách nhiệm của Sở Y tế."
    assert {role for role, _ in _parts(text)["doer"]} == {"health"}


def test_a_paragraph_that_opens_with_its_source_goes_on_about_it():
    # "Cũng theo Sở GD&ĐT, … Đơn vị đã …": the unit is the department quoted, not the one asked in the paragraph before
    text = ("Theo ông A, ngành giáo dục sẽ bố trí đủ cán bộ coi thi; đồng thời đề nghị ngành y tế hỗ trợ tổ y tế tại "
            "các điểm thi.\n\nCũng theo Sở GD&ĐT, năm nay toàn tỉnh có 8.500 thí sinh. Đơn vị đã chủ động rà soát, bổ "
            "sung trang thiết bị cho các điểm thi.")
    tree, att = attribute_text(text, "Quảng Trị", 2024)
    last = att.mentions[tree[-1].seq]
    assert {(f.role, f.kind) for f in last if f.statement == 1} == {("education", "doer")}


def test_the_one_a_speaker_turns_to_acts():
    # "Đối với X, đề nghị …", "Riêng X, yêu cầu …", "Về phía X, cần …": X acts, no one else is named as asking
    for text in ("Đối với Công ty Điện lực Quảng Trị, đề nghị xây dựng phương án cấp điện dự phòng cho các điểm thi.",
                 "Riêng Công ty Điện lực Quảng Trị, yêu cầu kiểm tra đường dây cấp điện cho các điểm thi."):
        assert _parts(text, "Quảng Trị", 2024) == {"doer": {("electricity", "Công ty Điện lực Quảng Trị")}}
    # the one turned to, then someone else acting: the second acts, the first is only named
    text = "Đối với Công ty Điện lực Quảng Trị, Sở Công Thương kiểm tra phương án cấp điện cho các điểm thi."
    assert _parts(text, "Quảng Trị", 2024)["doer"] == {("other", "Sở Công Thương")}
