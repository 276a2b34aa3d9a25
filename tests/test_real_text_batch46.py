"""Session 44: patterns met on real texts (development batches), written again in our own words."""

from __future__ import annotations

import pytest

from tests.attr_helpers import attribute_text, roles
from tests.attr_helpers import leads_by_statement as statement_leads

# One paragraph each: its text, the document's locality and year, and the lead and support roles a reader sees.
ONE_PARAGRAPH = {
    # a department that hands tasks to its own offices ("các phòng, ban của Sở") keeps the duty: they are not the
    # province's departments
    "health-department-tasks-its-offices": ("Sở Y tế giao trách nhiệm cho các phòng, ban của Sở theo dõi sức khỏe "
                                            "thí sinh trong những ngày thi.", "Hà Nội", 2025,
                                            {"lead": {"health"}, "support": set()}),
    "education-department-tasks-its-offices": ("Sở Giáo dục và Đào tạo phân công các phòng chuyên môn thuộc Sở kiểm "
                                               "tra cơ sở vật chất của từng điểm thi.", "Bình Định", 2024,
                                               {"lead": {"education"}, "support": set()}),
    # guard: a district committee's offices are the district's departments, who act
    "district-tasks-its-departments": ("UBND huyện giao các phòng, ban chuyên môn rà soát cơ sở vật chất tại các điểm "
                                       "thi.", "Quảng Nam", 2023, {"lead": {"departments"}, "support": set()}),
    # the Prime Minister or the province's committee that "chỉ đạo" a task, naming no one to do it, only asks
    "prime-minister-orders-a-task": ("Thủ tướng còn chỉ đạo hỗ trợ chỗ ở, phương tiện đi lại cho thí sinh vùng "
                                     "sâu.", "Hà Giang", 2021, {"lead": set(), "support": set()}),
    "committee-orders-sampling": ("UBND tỉnh Quảng Ngãi đã chỉ đạo lấy mẫu xét nghiệm cho cán bộ làm công tác thi.",
                                  "Quảng Ngãi", 2021, {"lead": set(), "support": set()}),
    # guard: a department that orders a task keeps it
    "department-orders-sampling": ("Sở Y tế chỉ đạo lấy mẫu thức ăn ở các bếp ăn gần điểm thi.", "Quảng Ngãi", 2021,
                                   {"lead": {"health"}, "support": set()}),
    # volunteers and health staff named by what they are, without "các" or "tình nguyện", are their sector at work
    "volunteers-keep-bicycles": ("Tình nguyện viên trông xe và giữ đồ miễn phí cho thí sinh.", "Tây Ninh", 2023,
                                 {"lead": {"youth_union"}, "support": set()}),
    "youth-teams-of-the-communes": ("Đội hình thanh niên ở các xã còn lại đưa đón thí sinh nhà xa đến điểm thi.",
                                    "Quảng Ngãi", 2021, {"lead": {"youth_union"}, "support": set()}),
    "health-staff-take-samples": ("Nhân viên y tế đo thân nhiệt cho cán bộ coi thi trước mỗi buổi thi.", "Lâm Đồng",
                                  2021, {"lead": {"health"}, "support": set()}),
    "power-workers-on-duty": ("Công nhân điện lực trực tại các trạm biến áp cấp điện cho điểm thi suốt buổi thi.",
                              "Điện Biên", 2024, {"lead": {"electricity"}, "support": set()}),
    # the directors of the departments and localities are the departments and the districts acting
    "directors-of-departments-and-localities": ("Theo nhiệm vụ được phân công, Giám đốc các sở, ngành tỉnh và địa "
                                                "phương chuẩn bị phương án hỗ trợ thí sinh.", "Trà Vinh",
                                                2024, {"lead": {"departments", "district_pc"}, "support": set()}),
    # the party committee that "has an opinion assigning" someone only asks, as one that writes to them
    "party-committee-gives-its-opinion": ("Ban Thường vụ Tỉnh ủy đã có ý kiến, giao Ban cán sự đảng UBND tỉnh chỉ "
                                          "đạo làm rõ vụ việc.", "Kon Tum", 2023,
                                          {"lead": {"party_caucus"}, "support": set()}),
    # inspecting the work at one named school reports a visit; inspecting at the exam sites in general is a task
    "committee-inspects-one-school": ("Ban Chỉ đạo thi tỉnh kiểm tra công tác coi thi tại điểm thi Trường THPT Lê Quý "
                                      "Đôn, thành phố Tuy Hòa.", "Phú Yên", 2023, {"lead": set(), "support": set()}),
    "committee-inspects-the-sites": ("Ban Chỉ đạo thi tỉnh kiểm tra việc chuẩn bị ở các điểm thi trước ngày "
                                     "20/6.", "Phú Yên", 2023, {"lead": {"steering_committee"}, "support": set()}),
    "volunteers-take-temperatures-at-a-school": ("Thanh niên tình nguyện kiểm tra thân nhiệt thí sinh tại điểm thi "
                                                 "Trường THPT Lê Lợi.", "Phú Yên", 2023,
                                                 {"lead": {"youth_union"}, "support": set()}),
    # the district's education office written in lower case is still the office
    "education-office-in-lower-case": ("Huyện đã giao phòng giáo dục rà soát danh sách thí sinh tự do.", "Bình Thuận",
                                       2023, {"lead": {"education"}, "support": set()}),
    # guard: staff a department deploys are its task
    "department-deploys-health-staff": ("Sở Giáo dục và Đào tạo bố trí cán bộ y tế tại mỗi điểm thi.", "Lâm Đồng", 2021,
                                        {"lead": {"education"}, "support": set()}),
}


@pytest.mark.parametrize("case", sorted(ONE_PARAGRAPH))
def test_one_paragraph_is_read_as_a_reader_reads_it(case):
    text, locality, year, want = ONE_PARAGRAPH[case]
    assert roles(text, locality, year) == want


def test_a_branch_named_bare_later_is_the_branch_named_before():
    # "Chi cục" alone, after a sentence about something else, stands for the branch named first (kept as `other`, as
    # our fixtures label it); a helper word such as "còn" after it ends its name
    text = ("Chi cục An toàn vệ sinh thực phẩm tỉnh đã lập hai đoàn kiểm tra các bếp ăn gần điểm thi. Năm nay toàn "
            "tỉnh có hơn 4.000 thí sinh dự thi. Ngoài ra, Chi cục còn kiểm tra các quán ăn quanh trường.")
    assert statement_leads(text, "Kon Tum", 2019) == [{"other"}, set(), {"other"}]
    _, att = attribute_text(text, "Kon Tum", 2019)
    leads = {(f.statement, f.name) for fs in att.mentions.values() for f in fs if f.kind == "doer"}
    assert leads == {(0, "Chi cục An toàn vệ sinh thực phẩm tỉnh"), (2, "Chi cục An toàn vệ sinh thực phẩm tỉnh")}


def test_a_new_sentence_with_no_task_verb_is_no_task_of_the_agency_before():
    # a state ("… nghiêm túc, đúng quy định") or "không có sự cố" after an agency's work reports a result: no one's task,
    # though the sentence holds words such as "có" or "in sao"
    text = ("Công an tỉnh đã bố trí lực lượng canh gác nơi in sao đề thi. Công tác in sao đề thi an toàn, đúng quy "
            "định. Công an tỉnh tiếp tục tuần tra quanh các điểm thi.")
    assert statement_leads(text, "Ninh Thuận", 2023) == [{"police"}, set(), {"police"}]
    text = ("Điện lực huyện trực 24/24 tại các trạm biến áp. Suốt hai ngày thi, lưới điện trong huyện không có sự cố "
            "nào. Điện lực huyện cũng bố trí máy phát dự phòng.")
    assert statement_leads(text, "Hồ Chí Minh", 2023) == [{"electricity"}, set(), {"electricity"}]


def test_a_member_of_the_committee_speaks_for_his_own_body():
    # "thành viên Ban Chỉ đạo" says what body he belongs to; his "chúng tôi" is his company's
    text = ("Ông Trần Văn Bình, Phó Giám đốc Công ty Điện lực Lào Cai, thành viên Ban Chỉ đạo thi tốt nghiệp THPT tỉnh, "
            "nhấn mạnh: “Chúng tôi đã chuẩn bị máy phát dự phòng cho tất cả các điểm thi.”")
    assert roles(text, "Lào Cai", 2024) == {"lead": {"electricity"}, "support": set()}


def test_the_national_steering_committee_is_not_the_provinces():
    # a city's page must not list the national committee's words as its own committee's
    _, att = attribute_text("Ban Chỉ đạo cấp quốc gia Kỳ thi tốt nghiệp THPT năm 2025 đề nghị các địa phương rà soát "
                            "phương án bảo vệ đề thi.", "Cần Thơ", 2025)
    named = {(f.name, f.role) for fs in att.mentions.values() for f in fs}
    assert ("Ban Chỉ đạo cấp quốc gia", "steering_committee") in named
    assert not any(name.startswith("Ban Chỉ đạo thi cấp") for name, _ in named)
