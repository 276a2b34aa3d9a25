"""Session 32: patterns met on real texts read this session, written again in our own words."""

from __future__ import annotations

from tests.attr_helpers import attribute_text
from tests.attr_helpers import mention_parts as _parts


def test_a_ministry_asking_the_localities_asks_the_provinces():
    # A province's portal reports a ministry's letter: its "các địa phương" are the provinces, not the districts
    parts = _parts("Bộ GD&ĐT đề nghị các địa phương rà soát danh sách thí sinh có hoàn cảnh khó khăn.\n")
    assert ("requester", "education") in parts and ("doer", "provincial_pc") in parts
    assert ("doer", "district_pc") not in parts


def test_the_prime_minister_asking_the_localities_asks_the_provinces():
    parts = _parts("Thủ tướng Chính phủ yêu cầu các bộ, ngành và các địa phương bảo đảm an toàn cho kỳ thi.\n")
    assert ("doer", "provincial_pc") in parts and ("doer", "district_pc") not in parts
    # "Thủ tướng" alone is the Prime Minister too, who only asks
    parts = _parts("Thủ tướng yêu cầu các địa phương không để thí sinh nào bỏ thi vì hoàn cảnh khó khăn.\n")
    assert ("requester", "other") in parts and ("doer", "provincial_pc") in parts


def test_a_province_asking_its_localities_still_asks_the_districts():
    # the ministry is only where the instruction came from; the province asks its own districts
    parts = _parts("Thực hiện chỉ đạo của Bộ GD&ĐT, UBND tỉnh yêu cầu các địa phương bố trí xe đưa đón thí sinh.\n")
    assert ("requester", "provincial_pc") in parts and ("doer", "district_pc") in parts
    parts = _parts("Sở GD&ĐT đề nghị các địa phương hỗ trợ thí sinh ở xa.\n")
    assert ("doer", "district_pc") in parts
    # the border guard's command is no ministry
    parts = _parts("Bộ Chỉ huy Bộ đội Biên phòng tỉnh đề nghị các địa phương hỗ trợ thí sinh vùng biên giới.\n")
    assert ("doer", "provincial_pc") not in parts


def test_the_units_of_an_agency_named_as_partners_make_it_a_helper():
    # "phối hợp với các đội nghiệp vụ của X": the partner is X's units, so X helps (not a mere owner)
    tree, att = attribute_text("Phòng Cảnh sát giao thông lo việc phân luồng, phối hợp với các đội nghiệp vụ của Công an "
                               "huyện và công an cấp xã giữ trật tự trên đường tới trường thi.\n", "Quảng Trị", 2023)
    found = att.found[tree[0].seq]
    assert {f.role for f in found if f.kind == "support"} == {"police"}
    assert {f.name for f in found if f.kind == "support"} >= {"Công an các huyện, thành phố"}


def test_partners_of_a_task_that_opens_with_its_joint_work_stay_with_that_task():
    text = ("Sở Giáo dục và Đào tạo điều hành mọi khâu của kỳ thi ở tất cả các hội đồng thi của tỉnh; Phối hợp các trường, "
            "UBND cấp huyện sửa chữa bàn ghế và quạt ở phòng thi; Giao nhận đề thi và bài thi theo đúng quy trình của Bộ.\n")
    tree, att = attribute_text(text, "Điện Biên", 2024)
    mentions = att.mentions[tree[0].seq]
    helped = {m.statement for m in mentions if m.kind == "helper"}
    assert helped == {1}, mentions  # only the second task is done with the districts
    # (one that names its partners after its subject keeps them after ";": tests/test_attribution_batch20.py)


def test_a_purpose_clause_ends_at_its_first_comma_when_it_names_no_one():
    # "Để …, đồng chí … đề nghị A phối hợp với các sở, ngành, địa phương …": the localities are partners like the
    # departments; the purpose clause does not end inside their list …
    text = ("Để mọi việc kịp xong trước ngày thi, Chủ tịch UBND tỉnh đề nghị Sở Giáo dục và Đào tạo phối hợp với các sở, "
            "ngành, địa phương rà soát lần cuối phương án dự phòng.\n")
    tree, att = attribute_text(text, "Thái Nguyên", 2023)
    found = att.found[tree[0].seq]
    assert {f.role for f in found if f.kind == "lead"} == {"education"}
    assert {f.role for f in found if f.kind == "support"} == {"departments", "district_pc"}
    # … and one that names where it comes from ends after that agency: the owner of the plan does not ask
    parts = _parts("Để thực hiện kế hoạch của Bộ Y tế, Sở Y tế đề nghị các bệnh viện chuẩn bị đủ cơ số thuốc.\n")
    assert ("requester", "health") in parts and ("mention", "health") in parts


def test_the_unit_that_acts_after_a_condition_or_a_source_is_the_agency_before():
    text = ("Công ty Điện lực Quảng Bình lo điện cho mọi điểm thi trong tỉnh năm nay.\n"
            "Ngay sau khi nhận danh sách điểm thi từ Sở Giáo dục và Đào tạo, đơn vị đã cắt cử thợ điện túc trực ở từng trường.\n"
            "Cũng theo giám đốc công ty, đơn vị đã kiểm tra rồi thay hai máy biến áp cũ ở khu vực thi.\n")
    tree, att = attribute_text(text, "Quảng Bình", 2025)
    leads = [{f.role for f in att.found[c.seq] if f.kind == "lead"} for c in tree]
    assert leads == [{"electricity"}, {"electricity"}, {"electricity"}]


def test_a_comma_before_the_verb_goes_on_with_the_clause_before():
    # "… tại A và B, sử dụng …": B is where the generators stand, not a second subject
    parts = _parts("Công ty Điện lực đặt máy phát ở các nơi in sao đề và hội đồng chấm thi, bố trí thêm thợ trực máy theo "
                   "ca.\n", "Hồ Chí Minh", 2025)
    assert ("doer", "electricity") in parts
    assert ("doer", "other") not in parts


def test_the_tasks_after_a_request_to_someone_unnamed_are_not_the_agency_before():
    # "… đề nghị các nhà trường …; rà soát lại …": the schools are asked both, not the police of the paragraph before
    text = ("Công an tỉnh bố trí lực lượng bảo vệ an toàn tại tất cả các điểm thi trong tỉnh.\n"
            "Tại buổi làm việc, Chủ tịch UBND huyện đề nghị các nhà trường phối hợp giữ vệ sinh phòng thi sạch sẽ; lập "
            "danh sách học sinh nhà xa cần chỗ ngủ trước ngày thi để xã bố trí giúp.\n")
    tree, att = attribute_text(text, "Phú Yên", 2021)
    assert [{f.role for f in att.found[c.seq] if f.kind == "lead"} for c in tree] == [{"police"}, set()]
