"""Session 43: patterns met on real texts (development batches), written again in our own words."""

from __future__ import annotations

import pytest

from tests.attr_helpers import attribute_text, roles
from tests.attr_helpers import leads_by_statement as statement_leads

# One paragraph each: its text, the document's locality and year, and the lead and support roles a reader sees.
ONE_PARAGRAPH = {
    # the province's web portal is no press body (DESIGN's role table): it is kept, as `other`
    "portal-opens-a-column": ("Cổng Thông tin điện tử tỉnh mở chuyên mục riêng để đăng lịch thi và hướng dẫn cho thí "
                              "sinh.", "An Giang", 2022, {"lead": {"other"}, "support": set()}),
    "paper-and-portal": ("Báo Bình Phước và Cổng Thông tin điện tử tỉnh đưa tin kịp thời về diễn biến kỳ thi.",
                         "Bình Phước", 2023, {"lead": {"other", "press"}, "support": set()}),
    # the province setting up its exam sites does its work (session 53: the readers of sessions 51-52, 10 of 10); the
    # whole province counted does none
    "province-counts-its-sites": ("Năm nay, tỉnh Cà Mau bố trí 22 điểm thi với gần 480 phòng thi tại các huyện.",
                                  "Cà Mau", 2024, {"lead": {"provincial_pc"}, "support": set()}),
    "whole-province-counts-its-sites": ("Theo kế hoạch, toàn tỉnh tổ chức 17 điểm thi, trong đó có 2 điểm thi dự phòng.",
                                        "Hậu Giang", 2023, {"lead": set(), "support": set()}),
    # guards: the people a province mobilises stay its task (the readers split on it), and a committee or a
    # department that sets up the sites does its work
    "province-mobilises-people": ("Tỉnh Phú Yên dự kiến điều động khoảng 2.300 cán bộ, giáo viên làm nhiệm vụ coi thi.",
                                  "Phú Yên", 2023, {"lead": {"provincial_pc"}, "support": set()}),
    "department-sets-up-sites": ("Sở Giáo dục và Đào tạo bố trí 22 điểm thi, mỗi điểm thi có một phòng cách ly.",
                                 "Cà Mau", 2022, {"lead": {"education"}, "support": set()}),
    # whoever chairs a meeting does no duty by chairing it; a training it chairs stays its work
    "police-deputy-chairs-a-meeting": ("Thượng tá Hoàng Văn Đức, Phó Giám đốc Công an tỉnh chủ trì hội nghị.",
                                       "Cao Bằng", 2022, {"lead": set(), "support": set()}),
    "youth-union-chairs-a-meeting": ("Chiều 12/6, Phó Bí thư Tỉnh đoàn chủ trì cuộc họp với các huyện đoàn về chương "
                                     "trình tiếp sức mùa thi.", "Long An", 2024, {"lead": set(), "support": set()}),
    "department-chairs-a-training": ("Sở Giáo dục và Đào tạo chủ trì hội nghị tập huấn nghiệp vụ coi thi cho các "
                                     "điểm trưởng.", "Long An", 2024, {"lead": {"education"}, "support": set()}),
    # an agency that tells a count does no task; one that tells its own work does it
    "department-tells-a-count": ("Sở Giáo dục và Đào tạo tỉnh cho biết có hơn 9.400 thí sinh đăng ký dự thi năm nay.",
                                 "Trà Vinh", 2024, {"lead": set(), "support": set()}),
    "police-tell-their-work": ("Công an tỉnh cho biết đã huy động 420 cán bộ, chiến sĩ bảo vệ các điểm thi.",
                               "Trà Vinh", 2024, {"lead": {"police"}, "support": set()}),
    # the one a doer works its task out with helps it, for that task only
    "power-agrees-with-the-education-office": ("Công ty Điện lực yêu cầu các Điện lực huyện thống nhất với Phòng "
                                               "Giáo dục và Đào tạo lịch cắt điện; đồng thời rà soát các trạm biến áp.",
                                            "Quảng Ngãi", 2022, {"lead": {"electricity"}, "support": {"education"}}),
    "department-works-with-the-police": ("Giám đốc Sở Giáo dục và Đào tạo cho biết sở đã làm việc với Công an tỉnh để "
                                         "bố trí lực lượng bảo vệ điểm thi.", "Gia Lai", 2023,
                                         {"lead": {"education"}, "support": {"police"}}),
    # guard: a meeting held with someone is no task of either
    "district-meets-the-police": ("Sáng 12/6, UBND huyện tổ chức buổi làm việc với Công an huyện về kỳ thi.",
                                  "Gia Lai", 2023, {"lead": set(), "support": set()}),
    # a centre named by health work is a health body, also when the health department asks it
    "emergency-centre-is-health": ("Sở Y tế đề nghị Trung tâm Cấp cứu 115 tỉnh bố trí xe cấp cứu trực tại các điểm "
                                   "thi.", "Đồng Nai", 2024, {"lead": {"health"}, "support": set()}),
    # a school deployed "as an exam site" is a place named, not someone sent to act
    "school-made-an-exam-site": ("Sở Giáo dục và Đào tạo sẽ bố trí Trường THPT Lê Lợi là điểm thi dự phòng của đợt "
                                 "hai.", "Thái Bình", 2021, {"lead": {"education"}, "support": set()}),
    # a committee led on a visit by its head only visits; one led to do a task does it
    "committee-led-on-a-visit": ("Sáng 3/6, Ban Chỉ đạo thi tỉnh do bà Lê Thị Hoa làm trưởng đoàn đi kiểm tra một số "
                                 "điểm thi ở huyện Cái Nước.", "Cà Mau", 2023, {"lead": set(), "support": set()}),
    "force-led-to-a-task": ("Lực lượng Công an tỉnh do Thượng tá Lê Văn Ba dẫn đầu rà soát phương án bảo vệ nơi in "
                            "sao đề thi.", "Cà Mau", 2023, {"lead": {"police"}, "support": set()}),
}


@pytest.mark.parametrize("case", sorted(ONE_PARAGRAPH))
def test_one_paragraph_is_read_as_a_reader_reads_it(case):
    text, locality, year, want = ONE_PARAGRAPH[case]
    assert roles(text, locality, year) == want


def test_a_count_of_sites_is_no_task_of_the_agency_named_before_it():
    # the department's sentence is its work; the count of the province's sites after it is nobody's, and the
    # sentence after the count goes on with the department
    text = ("Sở Giáo dục và Đào tạo đã rà soát cơ sở vật chất ở tất cả các trường được chọn làm điểm thi. Toàn tỉnh bố "
            "trí 26 điểm thi với 540 phòng thi. Đồng thời tập huấn cho cán bộ coi thi trước ngày 20/6.")
    assert statement_leads(text, "Vĩnh Long", 2024) == [{"education"}, set(), {"education"}]


def test_a_partner_one_works_with_helps_with_that_task_only():
    tree, att = attribute_text("Các doanh nghiệp viễn thông đã làm việc với Sở Giáo dục và Đào tạo để nắm nhu cầu "
                               "đường truyền; xây dựng phương án ứng cứu thông tin.", "Hà Nam", 2023)
    helpers = [(f.statement, f.role) for f in att.mentions.get(tree[0].seq, []) if f.kind == "helper"]
    assert helpers == [(0, "education")]


def test_a_new_sentence_with_no_duty_verb_takes_no_doer_from_the_sentence_before():
    # after the youth union's work, a sentence that names no task is nobody's, and the sentence after it with a task
    # verb (here "khảo sát") goes on with the union
    text = ("Huyện đoàn đã thành lập 6 đội tình nguyện hỗ trợ thí sinh tại các điểm thi. Mỗi bạn một việc, ai cũng vui "
            "vẻ dù trời nắng gắt. Đợt đầu sẽ khảo sát nhu cầu chỗ ở của thí sinh ở xa.")
    assert statement_leads(text, "Hà Tĩnh", 2025) == [{"youth_union"}, set(), {"youth_union"}]
    # a piece after ";" goes on with the sentence's subject, task verb or not
    text = ("Huyện đoàn tổ chức lực lượng thanh niên tình nguyện giữ gìn trật tự, hỗ trợ thí sinh tại các điểm thi; "
            "động viên cổ vũ tinh thần thí sinh, người nhà thí sinh và tham gia bảo đảm an toàn trong kỳ thi.")
    assert statement_leads(text, "Hà Tĩnh", 2025) == [{"youth_union"}, {"youth_union"}]
