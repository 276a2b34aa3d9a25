"""Agency attribution through the real entry point (etl.agencies.attribute) on short texts in our own words:
who must act (lead), who helps (support), and who only asks, receives a report or is named."""

import pytest

from etl.agencies import matcher
from etl.attribution import rules
from tests.attr_helpers import attribute_text, parts, roles


def test_subject_leads_and_coordination_supports():
    got = roles("Thanh tra tỉnh phối hợp với Sở Giáo dục và Đào tạo, UBND các huyện, thành phố kiểm tra các điểm thi.")
    assert got == {"lead": {"inspection"}, "support": {"education", "district_pc"}}


def test_a_helper_never_becomes_the_lead():
    got = roles("Phối hợp với Công an tỉnh, Sở Y tế bảo vệ khu vực in sao đề thi.")
    assert got["lead"] == set() and got["support"] == {"police", "health"}


def test_the_one_asked_leads_and_the_one_asking_does_not():
    text = "Chủ tịch UBND tỉnh yêu cầu Sở Giáo dục và Đào tạo phối hợp với Công an tỉnh rà soát các điểm thi."
    assert roles(text) == {"lead": {"education"}, "support": {"police"}}
    assert "UBND tỉnh" in parts(text)["requester"]


def test_department_asking_its_units_is_not_the_lead():
    text = "Sở Y tế yêu cầu Trung tâm Kiểm soát bệnh tật tỉnh kiểm tra bếp ăn của lực lượng in sao đề thi."
    got = parts(text)
    assert got["doer"] == {"Trung tâm Kiểm soát bệnh tật tỉnh"} and got["requester"] == {"Sở Y tế"}


def test_subject_after_an_opener():
    text = "Theo đó, Công an tỉnh xây dựng phương án bảo vệ đề thi và bài thi trong suốt Kỳ thi."
    assert roles(text)["lead"] == {"police"}


def test_list_in_the_middle_of_a_sentence_with_abbreviations():
    text = ("Các cấp, các ngành, nhất là các Sở, ngành: GD&ĐT, TT&TT, Y tế, GTVT, Công an tỉnh, "
            "Công ty Điện lực Lạng Sơn, UBND cấp huyện khẩn trương triển khai kế hoạch phục vụ Kỳ thi.")
    # ("các cấp, các ngành" alone names everyone, no one in particular, since session 51; heading the ones it singles
    # out, "nhất là …", it is the departments)
    assert roles(text)["lead"] == {"departments", "education", "information", "health", "transport", "police",
                                   "electricity", "district_pc"}


def test_lower_case_sector_list():
    text = "Đề nghị các ngành y tế, điện lực, thông tin truyền thông sớm lập phương án phục vụ thí sinh."
    assert roles(text)["lead"] == {"health", "electricity", "information"}


def test_support_list_is_not_cut_short():
    text = ("Sở Giáo dục và Đào tạo chủ trì, phối hợp với các sở, ban, ngành, đoàn thể, UBND các huyện, thành phố "
            "chuẩn bị các điều kiện tổ chức thi.")
    # "các sở, ban, ngành, đoàn thể": the departments and the mass organisations (etl/words.toml [group_tails])
    assert roles(text) == {"lead": {"education"}, "support": {"departments", "fatherland_front", "district_pc"}}


def test_support_without_the_word_voi():
    text = "UBND các huyện, thành phố phối hợp Phòng Văn hóa và Thông tin, Huyện đoàn hỗ trợ thí sinh ở xa."
    assert roles(text) == {"lead": {"district_pc"}, "support": {"district_culture", "youth_union"}}


def test_unknown_agencies_are_kept_with_the_role_their_head_word_implies():
    text = ("Trung tâm Kiểm soát bệnh tật tỉnh phối hợp với Chi cục An toàn vệ sinh thực phẩm giám sát nguồn nước "
            "uống tại các điểm thi.")
    _, att = attribute_text(text, "Bến Tre", 2023)
    found = {(f.name, f.role, f.kind) for fs in att.found.values() for f in fs}
    assert found == {("Trung tâm Kiểm soát bệnh tật tỉnh", "health", "lead"),
                     ("Chi cục An toàn vệ sinh thực phẩm", "other", "support")}


def test_report_to_is_a_verb_and_a_recipient_not_an_agency():
    got = parts("- Báo cáo Ban Chỉ đạo thi cấp tỉnh kết quả triển khai trước ngày thi ba ngày.")
    assert got == {"recipient": {"Ban Chỉ đạo thi cấp tỉnh"}}


def test_items_under_a_heading_work_for_the_heading_agency():
    text = "2. Công an tỉnh:\n\n- Bảo vệ khu vực in sao đề thi; phối hợp với Sở Thông tin và Truyền thông xử lý thiết bị gian lận."
    assert roles(text, which="Bảo vệ") == {"lead": {"police"}, "support": {"information"}}


def test_a_later_paragraph_continues_its_agency_only_while_it_is_about_it():
    text = ("Công an tỉnh Đồng Tháp lập phương án bảo vệ các điểm thi trong tỉnh.\n\n"
            "Theo dõi sát tình hình quanh điểm thi, ngăn chặn mọi hành vi gian lận.\n\n"
            "Năm nay tỉnh có khoảng mười lăm nghìn thí sinh đăng ký dự thi.")
    assert roles(text, "Đồng Tháp", 2022, which="Theo dõi")["lead"] == {"police"}
    assert roles(text, "Đồng Tháp", 2022, which="Năm nay")["lead"] == set()


def test_a_headline_stops_inheritance():
    text = ("Sở Y tế bố trí cán bộ y tế tại từng điểm thi trong suốt thời gian diễn ra Kỳ thi.\n\n"
            "Bảo đảm an toàn cho Kỳ thi tốt nghiệp THPT\n\n"
            "Tăng cường kiểm tra an toàn thực phẩm tại các bếp ăn phục vụ Kỳ thi.")
    assert roles(text, which="Bảo đảm an toàn")["lead"] == set()
    assert roles(text, which="Tăng cường kiểm tra")["lead"] == set()


def test_misspelt_name_is_matched_by_rapidfuzz():
    text = "1. Sở Giáo duc và Đào tao\n\n- Phối hợp với Công an thành phố rà soát khu vực in sao đề thi."
    assert roles(text, "Hải Phòng", 2023, which="Phối hợp") == {"lead": {"education"}, "support": {"police"}}


def test_2025_successor_departments_take_the_role():
    assert roles("Sở Khoa học và Công nghệ hướng dẫn các doanh nghiệp bưu chính bảo đảm chuyển phát.",
                 year=2025)["lead"] == {"information"}
    assert roles("Sở Xây dựng bảo đảm giao thông thông suốt đến các điểm thi.", year=2025)["lead"] == {"transport"}
    assert roles("Sở Xây dựng bảo đảm giao thông thông suốt đến các điểm thi.", year=2023)["lead"] == {"other"}


def test_locality_specific_names():
    assert roles("Công an thành phố bảo vệ tuyệt đối an toàn đề thi.", "Hải Phòng") == {"lead": {"police"}, "support": set()}
    assert roles("Huyện đoàn An Lão bố trí đoàn viên đón thí sinh ở cổng trường.", "Hải Phòng")["lead"] == {"youth_union"}


def test_every_decision_names_a_rule_of_the_table():
    text = ("Ngoài ra, UBND tỉnh yêu cầu Công ty Điện lực Phú Yên bảo đảm cấp điện ổn định; phối hợp với "
            "Sở Giáo dục và Đào tạo kiểm tra máy phát dự phòng, báo cáo Ban Chỉ đạo.")
    _, att = attribute_text(text, "Phú Yên", 2024)
    names = {r.name for r in rules()} | {"heading", "previous_statement", "previous_paragraph", "mention", "caption",
                                         "addressees"}
    mentions = [f for fs in att.mentions.values() for f in fs]
    assert {f.how for f in mentions} <= names
    assert {(f.name, f.kind, f.how) for f in mentions if f.start >= 0} == {
        ("UBND tỉnh", "requester", "request_by"),
        ("Công ty Điện lực Phú Yên", "doer", "request_object"),
        ("Sở Giáo dục và Đào tạo", "helper", "coordination"),
        ("Ban Chỉ đạo thi cấp tỉnh", "recipient", "report_to"),
    }


def test_opening_paragraph_of_an_article_is_attributed():
    text = ("Sáng 20/6, Tỉnh đoàn Tuyên Quang cùng Ban Đại diện Hội Cựu giáo chức tỉnh tổ chức đợt hỗ trợ thí sinh.\n\n"
            "Các đội tình nguyện hỗ trợ đưa đón thí sinh tại các điểm thi.")
    assert roles(text, "Tuyên Quang", 2025, which="Sáng 20/6") == {"lead": {"youth_union"}, "support": {"other"}}


def test_issuing_body_reported_in_an_article_is_not_a_lead():
    text = ("UBND tỉnh Phú Yên vừa ban hành Chỉ thị số 08/CT-UBND ngày 17/5/2024 về tổ chức Kỳ thi tốt nghiệp THPT.\n\n"
            "Theo đó, Sở Giáo dục và Đào tạo chủ trì rà soát từng điểm thi.")
    assert roles(text, "Phú Yên", which="vừa ban hành")["lead"] == set()
    assert roles(text, "Phú Yên", which="Theo đó")["lead"] == {"education"}


def test_a_request_to_someone_unnamed_stops_inheritance():
    text = ("Sáng 3/6, UBND huyện rà soát việc chuẩn bị Kỳ thi tốt nghiệp ở các điểm thi.\n\n"
            "Tiếp tục chỉ đạo, Chủ tịch UBND huyện đề nghị các trường học lập danh sách thí sinh cần hỗ trợ.")
    assert roles(text, "Ninh Thuận", 2021, which="Sáng 3/6")["lead"] == {"district_pc"}
    assert roles(text, "Ninh Thuận", 2021, which="Tiếp tục")["lead"] == set()


def test_passive_agent_and_apposition_lists():
    assert roles("Kho đề thi được lực lượng công an canh giữ cả ngày lẫn đêm.", "Cần Thơ")["lead"] == {"police"}
    text = "Những cơ quan tham gia như Sở Y tế, Thành đoàn, Công an thành phố đã chuẩn bị phương án, hợp tác với Sở GD&ĐT."
    assert roles(text, "Cần Thơ") == {"lead": {"health", "youth_union", "police"}, "support": {"education"}}


def test_a_place_a_count_and_an_issued_directive_are_no_duty_of_the_province():
    # Written for real news shapes: the province as the place of a count or of an event is not its committee
    # acting, and a committee that issues a directive only asks; EVN's provincial companies are called "PC X".
    assert roles("Tỉnh Lạng Sơn có 32 điểm thi, hơn 15.000 thí sinh đăng ký dự thi.")["lead"] == set()
    text = "Theo Sở Giáo dục và Đào tạo, chiều 25/6, các thí sinh ở tỉnh Lạng Sơn đã đến điểm thi làm thủ tục."
    assert "provincial_pc" not in roles(text)["lead"]
    text = "Chiều 12/5, UBND tỉnh ra chỉ thị khẩn về công tác thi. Giao Sở Giáo dục và Đào tạo chủ trì tổ chức thi."
    assert roles(text)["lead"] == {"education"}
    text = "Trước đó, PC Lạng Sơn đã chỉ đạo các Điện lực huyện kiểm tra nguồn điện dự phòng tại các điểm thi."
    assert roles(text)["lead"] == {"electricity"}
    # the province still acts when it is the subject of a duty verb
    assert roles("Hiện, Lạng Sơn đã huy động lực lượng hỗ trợ thí sinh vùng sâu.")["lead"] == {"provincial_pc"}


# One sentence per rule of etl/rules.csv: the agency named, the part it must get and the rule that must decide it.
RULE_CASES = {
    "coordinates_only": ("Sở Y tế chủ trì kiểm tra các bếp ăn gần điểm thi, Sở Công Thương phối hợp thực hiện.",
                         "Sở Công Thương", "helper"),
    "joins_the_chair": ("Giao Sở Giáo dục và Đào tạo chủ trì, Công an tỉnh phối hợp rà soát các điểm thi.", "Công an tỉnh",
                        "helper"),
    "describes": ("Chủ tịch UBND tỉnh giao Sở Y tế (cơ quan thường trực Ban Chỉ đạo phòng chống dịch) bố trí tổ y tế "
                  "tại mỗi điểm thi.", "Ban Chỉ đạo phòng chống dịch", "mention"),
    "quoted_of_itself": ("Theo Công an tỉnh, lực lượng này đã cử 200 cán bộ bảo vệ nơi in sao đề thi.", "Công an tỉnh",
                         "doer"),
    "responsibility_of": ("Trách nhiệm kiểm tra an toàn thực phẩm tại các điểm thi thuộc về Sở Y tế.", "Sở Y tế", "doer"),
    "committee_post": ("3. Bà Lê Thị Hằng, Phó Giám đốc Sở Y tế, Ủy viên: chỉ đạo công tác y tế phục vụ kỳ thi.", "Sở Y tế",
                       "doer"),
    "steers": ("UBND tỉnh đã chỉ đạo Sở Y tế bố trí cán bộ trực.", "UBND tỉnh", "requester"),
    "steers_unnamed": ("Chủ tịch UBND tỉnh chỉ đạo kiểm tra lại toàn bộ khu vực in sao đề thi.", "UBND tỉnh", "requester"),
    "directs": ("Sở Thông tin và Truyền thông đã chỉ đạo các doanh nghiệp viễn thông bảo đảm thông tin liên lạc.",
                "Sở Thông tin và Truyền thông", "requester"),
    "ministry_steers": ("Bộ Y tế đã chỉ đạo Sở Y tế các tỉnh bố trí tổ cấp cứu ở mỗi điểm thi.", "Bộ Y tế",
                        "requester"),
    "request_by": ("UBND tỉnh yêu cầu Sở Y tế bố trí cán bộ trực.", "UBND tỉnh", "requester"),
    "issuer": ("UBND tỉnh vừa ban hành Chỉ thị về Kỳ thi.", "UBND tỉnh", "requester"),
    "counted": ("Năm nay, Công an tỉnh có 250 cán bộ tham gia bảo vệ kỳ thi.", "Công an tỉnh", "mention"),
    "chairs_meeting": ("Đại tá Lê Văn Minh, Phó Giám đốc Công an tỉnh chủ trì hội nghị.", "Công an tỉnh", "mention"),
    "works_with": ("Điện lực huyện đã làm việc với Phòng Giáo dục và Đào tạo để nắm lịch thi.",
                   "Phòng Giáo dục và Đào tạo các huyện, thành phố", "helper"),
    "place_traits": ("Huyện Bình Gia có địa bàn rộng, nhiều thôn ở xa trung tâm.", "UBND các huyện, thành phố", "mention"),
    "counted_sites": ("Năm nay, toàn tỉnh Lạng Sơn bố trí 28 điểm thi với 610 phòng thi tại các huyện.", "UBND tỉnh",
                      "mention"),
    "leads": ("Ban cán sự đảng UBND tỉnh lãnh đạo UBND tỉnh chỉ đạo Sở Y tế bố trí cán bộ trực tại các điểm thi.",
              "Ban cán sự đảng UBND tỉnh", "requester"),
    "chaired_by": ("Hội đồng thi năm nay do Sở Giáo dục và Đào tạo chủ trì, đặt 12 điểm thi.", "Hội đồng thi", "mention"),
    "headed_by": ("Ban Chỉ đạo thi cấp tỉnh do ông Lê Văn Bình, Phó Chủ tịch UBND tỉnh, làm trưởng ban.",
                  "Ban Chỉ đạo thi cấp tỉnh", "mention"),
    "asks_in_writing": ("Sở Y tế vừa có công văn đề nghị các bệnh viện trực cấp cứu.", "Sở Y tế", "requester"),
    "informs": ("Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện.", "Văn phòng UBND tỉnh", "requester"),
    "asks_below": ("Chủ tịch UBND tỉnh yêu cầu:", "UBND tỉnh", "requester"),
    "asks_someone": ("UBND tỉnh đề nghị các trường học rà soát thí sinh khó khăn.", "UBND tỉnh", "requester"),
    "destination_list": ("Sở GD&ĐT vận chuyển đề thi đến các Điểm thi, Hội đồng coi thi bảo đảm an toàn.", "Hội đồng coi thi",
                         "mention"),
    "verb_object": ("Sở GD&ĐT tổ chức tốt các Hội đồng coi thi, in sao đề thi an toàn.", "Hội đồng coi thi", "mention"),
    "asks_later": ("Chủ tịch UBND huyện Tân Lạc chủ trì cuộc họp và đề nghị các trường học chuẩn bị phòng thi.",
                   "UBND các huyện, thành phố", "requester"),
    "passive_request": ("Công an tỉnh được yêu cầu bảo vệ đề thi.", "Công an tỉnh", "doer"),
    "chairs": ("Kỳ thi do Sở Giáo dục và Đào tạo chủ trì tổ chức.", "Sở Giáo dục và Đào tạo", "doer"),
    "hosts_meeting": ("Chiều 3/6, Phó Chủ tịch UBND tỉnh chủ trì cuộc họp về công tác thi.", "UBND tỉnh", "requester"),
    "leader_inspects": ("Phó Chủ tịch UBND tỉnh kiểm tra việc in sao đề thi tại Sở Giáo dục và Đào tạo.", "UBND tỉnh",
                        "requester"),
    "leader_visits": ("Giám đốc Công an tỉnh thăm hỏi, động viên cán bộ, chiến sĩ gác kho đề thi.", "Công an tỉnh",
                      "requester"),
    "leads_a_visit": ("Chiều 5/6, Chủ tịch UBND tỉnh kiêm Trưởng Ban Chỉ đạo thi, dẫn đầu đoàn công tác đến ba điểm thi vùng cao.",
                      "UBND tỉnh", "requester"),
    "bracket_tag": ("(Đài Phát thanh huyện) Trong hai ngày thi, Huyện đoàn bố trí 40 tình nguyện viên.",
                    "Đài Phát thanh huyện", "mention"),
    "inspects_in_person": ("Chiều 24/6, Sở Y tế đã đi kiểm tra việc chuẩn bị ở hai điểm thi vùng cao.", "Sở Y tế",
                           "requester"),
    "visits": ("Sáng 27/6, Ban Chỉ đạo thi tỉnh đã đi kiểm tra tại ba điểm thi ở vùng cao.", "Ban Chỉ đạo thi cấp tỉnh", "requester"),
    "asks_up": ("Sở Giáo dục và Đào tạo đã gửi đề xuất lùi lịch thi đợt hai.", "Sở Giáo dục và Đào tạo", "requester"),
    "inspection_teams": ("Ban Chỉ đạo thi tỉnh đã thành lập hai đoàn kiểm tra các điểm thi vùng cao.", "Ban Chỉ đạo thi cấp tỉnh",
                         "requester"),
    "head_of_government": ("Thủ tướng Chính phủ nhắc lại trách nhiệm của người đứng đầu ở mỗi khâu.", "Thủ tướng Chính phủ",
                           "requester"),
    "visits_forces": ("Tỉnh đoàn đã thăm, tặng quà các đội tình nguyện ở điểm thi vùng cao.", "Đoàn TNCS Hồ Chí Minh tỉnh",
                      "requester"),
    "visited_forces": ("Tỉnh đoàn đã thăm, tặng quà các đội tình nguyện ở điểm thi vùng cao.",
                       "Đoàn TNCS Hồ Chí Minh tỉnh", "mention"),
    "described": ("Thành phố Cần Thơ là địa phương có nhiều thí sinh tự do nhất vùng.", "UBND thành phố Cần Thơ", "mention"),
    "assigns_members": ("Ban Chỉ đạo thi tỉnh đã phân công nhiệm vụ cụ thể cho từng thành viên.", "Ban Chỉ đạo thi cấp tỉnh",
                        "requester"),
    "speaks": ("Kết thúc buổi kiểm tra, Giám đốc Sở Y tế đánh giá cao sự chuẩn bị của các điểm thi vùng cao.", "Sở Y tế",
               "requester"),
    "for_whom": ("Đối với Sở Y tế: bố trí tổ cấp cứu ở mỗi điểm thi.", "Sở Y tế", "doer"),
    "joint": ("Cần sự phối hợp chặt chẽ giữa Sở Y tế và Công an tỉnh tại khu vực in sao đề.", "Công an tỉnh", "doer"),
    "coordination": ("Rà soát điểm thi, phối hợp với Công an tỉnh bảo vệ đề thi.", "Công an tỉnh", "helper"),
    "helped": ("Sở Giáo dục và Đào tạo là đơn vị thường trực giúp UBND tỉnh lo khâu coi thi.", "UBND tỉnh", "mention"),
    "sent_to_act": ("Sở Giáo dục và Đào tạo có văn bản gửi Công an tỉnh, đề nghị bố trí lực lượng bảo vệ đề thi.",
                    "Công an tỉnh", "doer"),
    "written_to_act": ("Ban An toàn giao thông gửi văn bản đến Sở Xây dựng triển khai phân luồng quanh điểm thi.",
                       "Sở Xây dựng", "doer"),
    "reported_subject": ("Giám đốc Sở Giáo dục và Đào tạo cho biết Hội đồng thi tỉnh nhập xong điểm thi.",
                         "Hội đồng thi", "doer"),
    "inline_heading": ("Cụ thể: (1) Đài Phát thanh và Truyền hình tỉnh: mở chuyên mục về kỳ thi; (2) Báo Lạng Sơn: đưa tin "
                       "hằng ngày.", "Đài Phát thanh và Truyền hình tỉnh", "doer"),
    "report_to": ("Tổng hợp kết quả, báo cáo Ban Chỉ đạo thi cấp tỉnh.", "Ban Chỉ đạo thi cấp tỉnh", "recipient"),
    "request_object": ("Giao Sở Tài chính bảo đảm kinh phí tổ chức Kỳ thi.", "Sở Tài chính", "doer"),
    "advised": ("Sở Giáo dục và Đào tạo tham mưu UBND tỉnh phân công nhiệm vụ cho Sở Y tế và Công an tỉnh.", "UBND tỉnh",
                "recipient"),
    "assignment_named": ("Ban hành Quyết định phân công nhiệm vụ các thành viên Ban Chỉ đạo thi cấp tỉnh.",
                         "Ban Chỉ đạo thi cấp tỉnh", "mention"),
    "assigned_by": ("Thực hiện nhiệm vụ do Ban Chỉ đạo thi cấp tỉnh giao.", "Ban Chỉ đạo thi cấp tỉnh", "requester"),
    "by_agent": ("Kho đề thi được lực lượng công an canh giữ cả ngày lẫn đêm.", "Công an tỉnh", "doer"),
    "under_guard": ("Bài thi được chở về đất liền trên tàu dưới sự hộ tống của Công an tỉnh.", "Công an tỉnh", "doer"),
    "directed": ("Sở Y tế kiểm tra các cơ sở y tế trên địa bàn.", "Sở Y tế", "mention"),
    "schools_listed": ("Sở GD&ĐT chỉ đạo các trường THPT, Trung tâm Giáo dục thường xuyên tỉnh ôn tập cho học sinh.",
                       "Trung tâm Giáo dục thường xuyên tỉnh", "mention"),
    "directed_to_act": ("Sở Thông tin và Truyền thông chỉ đạo các doanh nghiệp viễn thông bảo đảm thông tin liên lạc.",
                        "Doanh nghiệp viễn thông", "doer"),
    "supported_to_act": ("Đoàn thanh niên hỗ trợ Sở Y tế kiểm tra thân nhiệt thí sinh tại các điểm thi.", "Sở Y tế", "doer"),
    "led": ("Ban cán sự đảng UBND tỉnh lãnh đạo UBND tỉnh chỉ đạo triển khai.", "UBND tỉnh", "mention"),
    "speaks_of_itself": ("Ngày 25/6, Công an tỉnh cho biết đơn vị đã xây dựng kế hoạch bảo vệ kỳ thi.", "Công an tỉnh", "doer"),
    "members": ("Các thành viên Ban Chỉ đạo là lãnh đạo các sở, ngành: Tài chính, Y tế hoàn thành kế hoạch trước ngày 30/5.",
                "Sở Y tế", "doer"),
    "place_or_owner": ("Thực hiện theo hướng dẫn của Bộ Giáo dục và Đào tạo.", "Bộ Giáo dục và Đào tạo", "mention"),
    "counted_members": ("Lực lượng làm thi là 2.300 người, gồm cán bộ, giáo viên, lực lượng công an, y tế, bảo vệ.",
                        "Công an tỉnh", "mention"),
    "attends": ("Sáng 20/6, Phó Chủ tịch UBND tỉnh cùng lãnh đạo các sở, ngành tham dự hội nghị trực tuyến.",
                "UBND tỉnh", "mention"),
    "with_partner": ("Sáng 20/6, Tỉnh đoàn cùng Hội Cựu giáo chức tỉnh tổ chức đợt hỗ trợ thí sinh.",
                     "Đoàn TNCS Hồ Chí Minh tỉnh", "doer"),
    "subject_aux": ("Sau cuộc họp, Tỉnh đoàn đã vận động đoàn viên tham gia.", "Đoàn TNCS Hồ Chí Minh tỉnh", "doer"),
    "aside": ("Công an tỉnh bố trí lực lượng (đối với điểm thi có Trung tâm Y tế huyện đóng) trực suốt kỳ thi.",
              "Trung tâm Y tế các huyện, thành phố", "mention"),
    "byline": ("Sở TT&TT QT - Để kỳ thi diễn ra an toàn, Sở Y tế bố trí cán bộ trực tại các điểm thi.",
               "Sở Thông tin và Truyền thông", "mention"),
    "source": ("Báo Cà Mau đưa tin, năm nay Sở Y tế bố trí tổ y tế tại mọi điểm thi.", "Báo Cà Mau", "mention"),
    "subject": ("Năm nay Công an tỉnh bố trí lực lượng tại các điểm thi.", "Công an tỉnh", "doer"),
    "heading": ("2. Công an tỉnh:", "Công an tỉnh", "doer"),
    "list": ("Các sở, ngành: Tài chính, Y tế trong lĩnh vực của mình bảo đảm điều kiện thi.", "Sở Tài chính", "doer"),
    "visitor_works_with": ("Thứ trưởng Nguyễn Văn A làm việc với Sở Giáo dục và Đào tạo về công tác chuẩn bị kỳ thi.",
                           "Sở Giáo dục và Đào tạo", "mention"),
    "attracted": ("Chương trình năm nay thu hút hơn 5.000 lượt đoàn viên thanh niên tham gia.", "Đoàn TNCS Hồ Chí Minh tỉnh",
                  "mention"),
    "in_purpose": ("Để cụm thi do Trường Đại học Vinh chủ trì diễn ra an toàn, Công an tỉnh bố trí lực lượng.",
                   "Trường Đại học Vinh", "mention"),
    "assigns_unnamed": ("UBND tỉnh giao nhiệm vụ coi thi cho các đơn vị, trường học trên địa bàn.", "UBND tỉnh", "requester"),
    "named_as_chair": ("Đơn vị chịu trách nhiệm in sao đề thi gồm Công an tỉnh và Sở Giáo dục và Đào tạo.", "Công an tỉnh",
                       "doer"),
    "place_list": ("Thí sinh thuộc huyện Lộc Bình và UBND huyện Cao Lộc chuyển sang dự thi đợt 2.", "UBND các huyện, thành phố",
                   "mention"),
    "and_subject": ("Kỳ thi năm nay có 9.000 thí sinh và Sở Y tế bố trí 40 cán bộ trực tại các điểm thi.", "Sở Y tế", "doer"),
    "lead_position": ("Theo đó, Sở Y tế, trong thời gian thi, trực cấp cứu.", "Sở Y tế", "doer"),
    "assigns_passive": ("Trường Cao đẳng Sư phạm được Sở Giáo dục và Đào tạo giao chủ trì cụm thi phía Bắc.",
                        "Sở Giáo dục và Đào tạo", "requester"),
    "led_by": ("Sáng 12/6, Ban Chỉ đạo thi cấp tỉnh do một Phó Chủ tịch làm trưởng đoàn đi xem các điểm thi.",
               "Ban Chỉ đạo thi cấp tỉnh", "doer"),
    "dissolves": ("Ban Chỉ đạo thi cấp tỉnh tự giải thể sau khi hoàn thành nhiệm vụ.", "Ban Chỉ đạo thi cấp tỉnh", "mention"),
    "coordination_list": ("Công ty Điện lực phối hợp với địa phương, Ban Chỉ đạo thi cấp tỉnh bố trí máy phát dự phòng.",
                          "Ban Chỉ đạo thi cấp tỉnh", "helper"),
    "asked_to_steer": ("Thủ tướng yêu cầu UBND tỉnh chỉ đạo các trường rà soát hồ sơ thí sinh.", "UBND tỉnh", "doer"),
    "own_units": ("Sở Y tế chỉ đạo các đơn vị trực thuộc bố trí xe cấp cứu ở điểm thi.", "Sở Y tế", "doer"),
    "own_offices": ("Sở Y tế giao nhiệm vụ cho các phòng, ban của Sở theo dõi sức khỏe thí sinh.", "Các sở, ban, ngành",
                    "mention"),
    "delegation": ("Theo kế hoạch, đoàn công tác của Sở Y tế sẽ kiểm tra các điểm thi vùng cao.", "Sở Y tế", "doer"),
    "duties_of": ("Nhiệm vụ của Thanh tra tỉnh như sau:", "Thanh tra tỉnh", "doer"),
    "duties_heading": ("2. Trách nhiệm của Thanh tra tỉnh", "Thanh tra tỉnh", "doer"),
    "has_doer": ("Kho đề thi luôn có lực lượng công an túc trực.", "Công an tỉnh", "doer"),
    "do_clause": ("Riêng điểm in sao do Sở Giáo dục và Đào tạo chọn, các công ty điện lực phải cấp điện suốt ngày đêm.",
                  "Sở Giáo dục và Đào tạo", "mention"),
    "heads_delegation": ("Sáng 20/6, Tổ kiểm tra do bà Lò Thị Mai, Phó Chủ tịch UBND tỉnh dẫn đầu đã đi xem ba điểm thi.",
                         "UBND tỉnh", "doer"),
    "staff_of": ("Sáng 26/6, cán bộ, chiến sĩ của Công an tỉnh túc trực ở mọi điểm thi.", "Công an tỉnh", "doer"),
    "own_sector_units": ("Công an tỉnh chỉ đạo các đơn vị tăng cường tuần tra quanh điểm thi.", "Công an tỉnh", "doer"),
    "own_schools": ("Sở Giáo dục và Đào tạo yêu cầu các trường bố trí chỗ nghỉ trưa cho thí sinh ở xa.",
                    "Sở Giáo dục và Đào tạo", "doer"),
    "with_force": ("Sở Giáo dục và Đào tạo chủ trì in sao đề thi, có lực lượng công an canh gác.", "Công an tỉnh", "helper"),
    "reports_progress": ("Tại cuộc họp, Sở Y tế đã báo cáo tình hình chuẩn bị nhân lực y tế cho các điểm thi.", "Sở Y tế",
                         "mention"),
    "ministry_guides": ("Bộ Y tế hướng dẫn phòng, chống dịch tại các điểm thi.", "Bộ Y tế", "requester"),
    "hears_report": ("Chiều 10/6, Ban Chỉ đạo thi cấp tỉnh đã nghe Sở Y tế báo cáo phương án y tế.", "Ban Chỉ đạo thi cấp tỉnh",
                     "mention"),
    "heard_reporting": ("Chiều 10/6, Ban Chỉ đạo thi cấp tỉnh đã nghe Sở Y tế báo cáo phương án y tế.", "Sở Y tế", "mention"),
    "is_member": ("Giám đốc Công an tỉnh là thành viên Ban Chỉ đạo thi cấp tỉnh.", "Công an tỉnh", "mention"),
}


def test_every_rule_has_a_case():
    assert set(RULE_CASES) == {r.name for r in rules()}


@pytest.mark.parametrize("rule", sorted(RULE_CASES))
def test_rule_decides_its_case(rule):
    text, name, part = RULE_CASES[rule]
    _, att = attribute_text(text, "Lạng Sơn", 2024)
    decided = {(f.name, f.kind, f.how) for fs in att.mentions.values() for f in fs if f.start >= 0}
    assert (name, part, rule) in decided, decided


def test_the_one_directed_to_act_leads_and_the_one_directing_keeps_its_duty():
    # Issue 9 item 2: "chỉ đạo Y + verb": Y must act; under a heading the heading's agency still directs.
    text = "2. Sở Thông tin và Truyền thông:\n- Chỉ đạo các doanh nghiệp bưu chính, viễn thông bảo đảm thông tin liên lạc."
    _, att = attribute_text(text, "Lạng Sơn", 2024)
    leads = {f.role for fs in att.found.values() for f in fs if f.kind == "lead"}
    assert {"information", "postal", "telecom"} <= leads
    # As the subject of a sentence, the one who directs another body only asks (rule directs) ...
    _, att = attribute_text("Ban cán sự đảng UBND tỉnh chỉ đạo UBND tỉnh triển khai thực hiện Chỉ thị.", "Lạng Sơn", 2024)
    assert {f.role for fs in att.found.values() for f in fs if f.kind == "lead"} == {"provincial_pc"}
    assert "Ban cán sự đảng UBND tỉnh" in parts("Ban cán sự đảng UBND tỉnh chỉ đạo UBND tỉnh triển khai thực hiện Chỉ thị.")[
        "requester"]
    # ... and the sentences after it go on about the ones directed.
    text = ("Sở Thông tin và Truyền thông đã chỉ đạo các doanh nghiệp viễn thông giữ sóng ổn định quanh trường thi; "
            "đặt sẵn trạm phát sóng lưu động ở nơi in đề.")
    tree, att = attribute_text(text, "Hà Nam", 2023)
    assert {(f.role, f.statement) for fs in att.mentions.values() for f in fs if f.kind == "doer"} == {("telecom", 0),
                                                                                                    ("telecom", 1)}
    # Units of its own sector keep the duty in it: both act (rule directs_own).
    text = "Công an tỉnh chỉ đạo Công an các huyện bố trí lực lượng bảo vệ điểm thi."
    assert roles(text, "Hà Nam", 2023)["lead"] == {"police"}
    assert "Công an tỉnh" in parts(text, "Hà Nam", 2023)["doer"]
    # Without a verb after it, the one directed is only named.
    _, att = attribute_text("Sở Y tế kiểm tra, chỉ đạo các cơ sở y tế.", "Lạng Sơn", 2024)
    assert {f.name for fs in att.found.values() for f in fs if f.kind == "lead"} == {"Sở Y tế"}


def test_an_agency_that_ends_a_sentence_is_not_a_heading():
    # Found on the draft-check screenshot: "… cho từng thành viên Ban Chỉ đạo." made the steering committee lead.
    text = ("1. Sở Giáo dục và Đào tạo\n- Tham mưu thành lập Ban Chỉ đạo thi cấp tỉnh, phân công nhiệm vụ cụ thể cho "
            "từng thành viên Ban Chỉ đạo.")
    assert roles(text, which="Tham mưu") == {"lead": {"education"}, "support": set()}


@pytest.mark.parametrize("text, expected", [
    # the comma after the agency an opening clause is "from" closes it, even when a comma came before
    ("Dưới sự chỉ đạo, hướng dẫn của Bộ Công an, Công an tỉnh bố trí lực lượng bảo vệ đề thi.",
     [("police", "mention"), ("police", "doer")]),
    ("Sau khi nhận đề thi từ Sở Giáo dục và Đào tạo, Công an tỉnh áp tải về các điểm thi.",
     [("education", "mention"), ("police", "doer")]),
    # an opening clause from no one closes at its first comma: the list after it is the doers
    ("Khi có sự cố, Sở Y tế, Công an tỉnh phối hợp xử lý ngay.", [("health", "doer"), ("police", "doer")]),
    # the sources of the opening clause are one list, its doers another
    ("Theo chỉ đạo của UBND tỉnh và Ban Chỉ đạo, Sở Giáo dục và Đào tạo, Công an tỉnh rà soát phương án.",
     [("provincial_pc", "mention"), ("steering_committee", "mention"), ("education", "doer"), ("police", "doer")]),
])
def test_an_opening_clause_ends_at_its_comma_and_its_source_is_not_a_doer(text, expected):
    from etl.attribution import parts

    got = [(p.role, p.part) for p in parts(text, matcher("Lạng Sơn", 2024))]
    assert got == expected
