"""Issue 9, session 24: what real texts did to the parser (texts outside the repository; our own words)."""

from tests.attr_helpers import attribute_text
from tests.test_attribution_batch24 import found
from tests.test_attribution_batch25 import _parsed


def test_an_official_introduced_by_his_posts_who_asks_only_asks():
    # a report names the speaker, his post and his office, then a comma, then what he asks of people the
    # gazetteer does not know: his office asks, it does not do the work
    text = "Ông Phạm Văn Lâm, Chánh Thanh tra Sở GD&ĐT, lưu ý cán bộ chấm thi làm đúng quy trình."
    assert ("requester" in {p for _, _, p in found(text, "Hòa Bình", 2023)}
            and not {p for _, _, p in found(text, "Hòa Bình", 2023)} & {"doer", "helper"})
    text = "Bà Lò Thị Hoa, Phó Giám đốc Sở Y tế, đề nghị nhân viên trực tại điểm thi có mặt từ 6 giờ sáng."
    assert found(text, "Sơn La", 2024) == {((0, 0), "health", "requester")}


def test_the_members_of_a_council_who_are_asked_act_for_it():
    # "các thành viên trong / của Hội đồng thi": the council's members are asked, so the council acts
    text = "Ông Phạm Văn Lâm, Thanh tra Bộ GD&ĐT, lưu ý các thành viên trong Hội đồng thi giữ đúng vị trí."
    assert _doers(text) == {"Hội đồng thi"}
    text = "Sở Giáo dục và Đào tạo yêu cầu các thành viên của Hội đồng thi giữ đúng vị trí."
    assert _doers(text) == {"Hội đồng thi"}


def _doers(text: str, place: str = "Hòa Bình") -> set[str]:
    _, att = attribute_text(text, place, 2023)
    return {f.name for fs in att.mentions.values() for f in fs if f.kind == "doer"}


def test_who_is_given_a_task_acts_and_who_gives_it_only_asks():
    # "giao nhiệm vụ cho X", "phân công rõ trách nhiệm, nhiệm vụ cụ thể (cho) X": X acts, as after "giao cho"
    text = "UBND huyện Mường Lát giao nhiệm vụ cho Trung tâm Y tế huyện bố trí xe cứu thương tại điểm thi."
    assert found(text, "Thanh Hóa", 2024) == {((0, 0), "district_pc", "requester"), ((0, 0), "health", "doer")}
    text = ("Cuối buổi làm việc, UBND huyện Như Xuân phân công trách nhiệm cụ thể các phòng, ban, ngành, đoàn thể "
            "của huyện trong hai ngày thi.")
    got = found(text, "Thanh Hóa", 2024)
    assert ((0, 0), "district_pc", "requester") in got and ((0, 0), "fatherland_front", "doer") in got
    # one that directs and gives tasks only asks
    text = "UBND thị xã đã chỉ đạo và giao nhiệm vụ cho Công an thị xã bảo vệ an toàn các điểm thi."
    assert found(text, "Thanh Hóa", 2024) == {((0, 0), "district_pc", "requester"), ((0, 0), "police", "doer")}


def test_an_assignment_named_or_advised_is_not_made():
    # the name of a decision on tasks, and advice to a superior to assign them: no one acts yet
    text = "Sở Giáo dục và Đào tạo gửi các sở góp ý dự thảo Quyết định về việc phân công nhiệm vụ thành viên Ban Chỉ đạo."
    assert ("steering_committee", "doer") not in {(r, p) for _, r, p in found(text, "Nam Định", 2024)}
    text = ("Sở Giáo dục và Đào tạo tham mưu UBND tỉnh phân công nhiệm vụ cho Sở Y tế, Công an tỉnh trong các khâu của "
            "kỳ thi.")
    assert {r for _, r, p in found(text, "Nam Định", 2024) if p == "doer"} == {"education"}


def test_the_plan_a_sentence_carries_out_and_its_owner_stand_before_the_subject():
    # "Trên cơ sở kế hoạch của A, B …", "Theo kế hoạch của A, B …", "Thực hiện Công văn số … của A, B …": A owns the
    # plan (a mention); B, after the comma, is the subject
    text = "Trên cơ sở kế hoạch của Sở Giáo dục và Đào tạo, Công ty Điện lực Yên Bái xây dựng phương án cấp điện."
    assert found(text, "Yên Bái", 2024) == {((0, 0), "education", "mention"), ((0, 0), "electricity", "doer")}
    text = "Theo kế hoạch của UBND tỉnh, Sở Y tế bố trí một tổ y tế tại mỗi điểm thi."
    assert found(text, "Yên Bái", 2024) == {((0, 0), "provincial_pc", "mention"), ((0, 0), "health", "doer")}
    text = ("Thực hiện Công văn số 1234/BGDĐT-QLCL của Bộ Giáo dục và Đào tạo, Sở Y tế yêu cầu Trung tâm Y tế các huyện "
            "bố trí xe cấp cứu.")
    got = found(text, "Yên Bái", 2024)
    assert ((0, 0), "education", "requester") not in got and ((0, 0), "health", "requester") in got


_SECTOR_LETTER = """SỞ Y TẾ TỈNH QUẢNG NGÃI
Số: 915/SYT-NVY
V/v bảo đảm y tế cho Kỳ thi tốt nghiệp THPT năm 2024
Quảng Ngãi, ngày 3 tháng 6 năm 2024
{to}
Sở Y tế yêu cầu các đơn vị triển khai các nội dung sau:

1. Bố trí cán bộ y tế trực tại mỗi điểm thi trong những ngày thi.

2. Các đơn vị báo cáo kết quả thực hiện về Sở Y tế trước ngày 15/7/2024.

Nơi nhận:
- Như trên;
- Lưu: VT.
"""


def test_a_sector_letter_to_its_own_units_hands_them_the_items_that_name_no_one():
    # "Sở Y tế yêu cầu các đơn vị …:" asks its own units (rule own_sector_units): the items are theirs, that is the
    # addressees' when the letter names them ("Kính gửi"), even a body the gazetteer does not know, else the department's
    to = "\nKính gửi:\n- Trung tâm Kiểm soát bệnh tật tỉnh;\n- Trung tâm Y tế các huyện, thị xã, thành phố.\n"
    doc = _parsed(_SECTOR_LETTER.format(to=to))
    leads = {c.label: {f.name for f in doc.found.get(c.seq, []) if f.kind == "lead"} for c in doc.clauses}
    assert leads["1"] == leads["2"] and "Trung tâm Kiểm soát bệnh tật tỉnh" in leads["2"]
    doc = _parsed(_SECTOR_LETTER.format(to=""))
    leads = {c.label: {f.role for f in doc.found.get(c.seq, []) if f.kind == "lead"} for c in doc.clauses}
    assert leads["1"] == leads["2"] == {"health"}



def test_every_department_of_a_sector_list_is_named_whole():
    # "Các Sở: Y tế, Công Thương, …": a department with no role of its own keeps the list going and is kept
    text = ("Các Sở: Y tế, Công Thương, Thông tin và Truyền thông theo chức năng, nhiệm vụ bảo đảm y tế, điện và thông "
            "tin liên lạc cho kỳ thi.")
    assert _doers(text) == {"Sở Y tế", "Sở Công Thương", "Sở Thông tin và Truyền thông"}
    text = "Các sở Tư pháp, Y tế phối hợp rà soát hồ sơ thí sinh tự do."
    assert _doers(text) == {"Sở Tư pháp", "Sở Y tế"}


def test_a_districts_offices_listed_after_cac_phong_are_its_offices():
    text = ("Các phòng: Giáo dục và Đào tạo, Văn hóa và Thông tin, Tài chính - Kế hoạch bố trí điều kiện phục vụ kỳ thi "
            "trên địa bàn huyện.")
    assert {r for _, r, p in found(text, "Đắk Lắk", 2024) if p == "doer"} == {"education", "district_culture", "finance"}
    # exam rooms are no offices
    assert found("Các phòng thi được bố trí camera giám sát.", "Đắk Lắk", 2024) == set()


def test_besides_whom_the_subject_acts_is_no_doer():
    # "Bên cạnh X, Y …", "Ngoài X, Y …": X is only named (a sector list in X keeps its commas to itself)
    text = "Bên cạnh các sở, ngành, Tỉnh đoàn Lai Châu mở chương trình tiếp sức cho thí sinh ở xa."
    assert {r for _, r, p in found(text, "Lai Châu", 2024) if p == "doer"} == {"youth_union"}
    text = "Ngoài lực lượng công an, Hội Chữ thập đỏ tỉnh cũng cử người hướng dẫn thí sinh vào phòng thi."
    assert "police" not in {r for _, r, p in found(text, "Lai Châu", 2024) if p == "doer"}
    # a condition before a list of subjects still ends at its own comma
    text = "Khi có sự cố, Sở Y tế, Công an tỉnh phối hợp xử lý ngay."
    assert {r for _, r, p in found(text, "Lai Châu", 2024) if p == "doer"} == {"health", "police"}


def test_who_is_enabled_to_act_does_the_duty_and_the_one_enabling_helps():
    # "tạo điều kiện (thuận lợi) cho / để X + verb": X acts, as after "hỗ trợ X + verb"; the subject helps
    text = "UBND huyện tạo điều kiện cho Huyện đoàn tổ chức đội xe đưa thí sinh vùng xa đến điểm thi."
    got = found(text, "Điện Biên", 2024)
    assert ((0, 0), "youth_union", "doer") in got and ((0, 0), "district_pc", "helper") in got
    # the provincial paper named generically is the press
    text = "Báo tỉnh, Đài Phát thanh và Truyền hình tỉnh mở chuyên mục về kỳ thi."
    assert {r for _, r, p in found(text, "Điện Biên", 2024) if p == "doer"} == {"press"}
    assert "Báo Điện Biên" in _doers(text, "Điện Biên")

