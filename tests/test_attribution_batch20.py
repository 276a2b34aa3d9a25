"""Issue 9, session 17: patterns read from the development batches (AH's news and steering reports, and the new
batch AN). Our own words."""

from tests.attr_helpers import parts, roles


def test_the_steering_committee_by_its_bare_abbreviation():
    # "BCĐ" alone stands for the exam's steering committee, as a bare "Ban Chỉ đạo" does
    text = "Các thành viên BCĐ theo chức năng được giao kiểm tra công tác chuẩn bị tại các điểm thi."
    assert roles(text, "Sơn La", 2023)["lead"] == {"steering_committee"}
    text = "BCĐ thi tỉnh đề nghị Công ty Điện lực bảo đảm cấp điện cho nơi in sao đề thi."
    assert roles(text, "Sơn La", 2023)["lead"] == {"electricity"}
    assert parts(text, "Sơn La", 2023)["requester"] == {"Ban Chỉ đạo thi cấp tỉnh"}


def test_the_members_in_the_committee_and_an_agency_after_cung_nhu():
    text = "Trưởng ban yêu cầu thành viên trong BCĐ cũng như các phòng ban chuyên môn theo dõi sát từng điểm thi."
    assert roles(text, "Nghệ An", 2022)["lead"] == {"steering_committee", "departments"}


def test_a_district_committee_assigns_its_own_offices_by_their_group_name():
    # "các phòng, ban (, đơn vị)" of a district are its departments; the committee that assigns them only asks
    text = "UBND huyện giao các phòng, ban chuyên môn rà soát bàn ghế, quạt mát ở từng điểm thi."
    assert roles(text, "Nghệ An", 2022)["lead"] == {"departments"}
    assert parts(text, "Nghệ An", 2022)["requester"] == {"UBND các huyện, thành phố"}


def test_what_the_subject_is_before_the_comma_does_not_make_it_an_object():
    # "Là cơ quan thường trực (của) X, Y …": Y is the subject, X only named; an agency after Y's verb is no source
    text = "Là cơ quan thường trực BCĐ, Sở GD&ĐT đã tập trung hướng dẫn các trường ôn tập theo chỉ đạo của UBND tỉnh."
    assert parts(text, "Sơn La", 2023)["doer"] == {"Sở Giáo dục và Đào tạo"}
    text = "Với vai trò là thành viên Ban Chỉ đạo, Sở Y tế cử cán bộ trực tại mỗi điểm thi."
    assert parts(text, "Sơn La", 2023)["doer"] == {"Sở Y tế"}
    # an opening clause that names where a duty comes from still ends at the comma after that agency
    text = "Theo chỉ đạo, hướng dẫn của Bộ Công an, Công an tỉnh lập phương án canh gác nơi in đề."
    assert parts(text, "Sơn La", 2023) == {"mention": {"Bộ Công an"}, "doer": {"Công an tỉnh"}}


def test_a_count_before_a_council_belongs_to_it_not_to_a_subject():
    text = "Thị xã đã thành lập 3 Hội đồng coi thi là các trường trung học phổ thông trên địa bàn."
    assert "Hội đồng coi thi" not in parts(text, "Nghệ An", 2022).get("doer", set())


def test_the_member_agencies_of_the_committee_are_the_committee():
    text = ("Các cơ quan thành viên Ban Chỉ đạo cấp tỉnh theo nhiệm vụ được phân công chủ động bố trí người trực "
            "trong những ngày thi.")
    assert roles(text, "Lạng Sơn", 2022)["lead"] == {"steering_committee"}


def test_a_force_that_is_there_for_one_task_does_not_help_with_the_next():
    from tests.attr_helpers import attribute_text
    text = ("Sở Giáo dục và Đào tạo chủ trì bố trí khu vực in sao đề thi biệt lập, có lực lượng công an canh gác suốt "
            "ngày đêm; chuẩn bị đủ máy in, máy photocopy và giấy in dự phòng cho khu vực in sao đề thi; lập phương án "
            "xử lý kịp thời khi mất điện trong thời gian in sao.")
    tree, att = attribute_text(text, "Quảng Nam", 2023)
    (clause,) = tree
    helpers = {k: {f.name for f in att.mentions[clause.seq] if f.kind == "helper" and f.statement == k} for k in range(3)}
    assert helpers == {0: {"Công an tỉnh"}, 1: set(), 2: set()}
    # a helper named with "phối hợp với" still helps with the tasks after ";" (the same sentence)
    text = ("Sở Y tế chủ trì, phối hợp với Công an tỉnh kiểm tra các bếp ăn tập thể gần điểm thi; lấy mẫu lưu thức ăn "
            "hằng ngày tại các bếp ăn phục vụ thí sinh ở xa.")
    tree, att = attribute_text(text, "Quảng Nam", 2023)
    assert {f.statement for f in att.mentions[tree[0].seq] if f.kind == "helper"} == {0, 1}


def test_an_elided_subject_that_directs_others_to_act_only_asks_as_a_named_one_does():
    from tests.attr_helpers import attribute_text
    text = ("Huyện Phong Thổ đã kiện toàn Ban Chỉ đạo thi cấp huyện. Chỉ đạo các cơ quan thành viên Ban Chỉ đạo lập "
            "phương án bảo đảm an ninh, cấp điện và thông tin liên lạc cho các điểm thi.")
    tree, att = attribute_text(text, "Lai Châu", 2024)
    second = {(f.name, f.kind, f.how) for f in att.mentions[tree[0].seq] if f.statement == 1}
    assert ("Ban Chỉ đạo thi cấp tỉnh", "doer", "directed_to_act") in second
    assert ("UBND các huyện, thành phố", "requester", "directs") in second
    # one that directs its own sector still acts (rule directs_own), and a heading's agency keeps its task
    text = ("Sở Y tế chủ trì bố trí cán bộ y tế trực tại các điểm thi; chỉ đạo Trung tâm Y tế các huyện bố trí xe cấp "
            "cứu tại các điểm thi xa.")
    tree, att = attribute_text(text, "Lai Châu", 2024)
    assert {f.kind for f in att.mentions[tree[0].seq] if f.statement == 1 and f.name == "Sở Y tế"} == {"doer"}


def test_forces_named_by_their_sectors_after_nhu_each_act():
    # session 18: "các lực lượng / đơn vị … như <sector>, <sector>, …": each sector named is a doer
    text = "Các lực lượng làm nhiệm vụ ở điểm thi như y tế, thanh tra, công an túc trực từ sáng sớm."
    assert roles(text, "Thanh Hóa", 2024)["lead"] == {"inspection", "health", "police"}
    text = "Các đơn vị như y tế, điện lực, công an phải có phương án bảo đảm kỳ thi."
    assert roles(text, "Thanh Hóa", 2024)["lead"] == {"health", "electricity", "police"}
    # fields of life are no agencies: a list after "lĩnh vực như" names nobody
    assert parts("Tuyên truyền về các lĩnh vực như y tế, giáo dục, giao thông cho người dân.", "Thanh Hóa", 2024) == {}
