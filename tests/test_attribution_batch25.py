"""Issue 9, session 23: what real texts did to the parser (texts outside the repository; our own words)."""

from tests.test_attribution_batch24 import found


def test_a_force_under_whose_watch_or_guard_the_work_is_done_helps():
    # "dưới sự giám sát của X", "với sự bảo vệ của X", "có sự hỗ trợ giám sát, bảo vệ của X": X helps the one acting
    text = "Sở Giáo dục và Đào tạo vận chuyển đề thi đến các điểm thi dưới sự giám sát của Công an tỉnh."
    assert found(text, "Kiên Giang", 2024) == {((0, 0), "education", "doer"), ((0, 0), "police", "helper")}
    text = "Sở Giáo dục và Đào tạo in sao đề thi với sự bảo vệ của lực lượng Cảnh sát cơ động."
    assert found(text, "Kiên Giang", 2024) == {((0, 0), "education", "doer"), ((0, 0), "police", "helper")}
    text = "Túi đề thi được niêm phong, có sự hỗ trợ giám sát, bảo vệ của lực lượng công an tỉnh."
    assert found(text, "Kiên Giang", 2024) == {((0, 0), "police", "helper")}
    # the one under whose direction the work is done only asks: no helper
    text = "Sở Giáo dục và Đào tạo in sao đề thi dưới sự chỉ đạo của Ban Chỉ đạo thi tỉnh."
    assert ("steering_committee", "helper") not in {(r, p) for _, r, p in found(text, "Kiên Giang", 2024)}


def test_a_sector_body_named_by_its_head_alone_is_kept():
    # a dispatch to schools: "the health centre on your area", "the education office" without a place after them
    text = ("Phối hợp với Công an huyện bảo đảm an ninh tại điểm thi; phối hợp với Trung tâm Y tế trên địa bàn bố trí "
            "cán bộ y tế.")
    assert ((0, 1), "health", "helper") in found(text, "Lào Cai", 2024)
    assert found("Phòng Giáo dục chỉ đạo các trường tổ chức ôn tập.", "Lào Cai", 2024) == {((0, 0), "education", "doer")}
    # a bare "Trung tâm" or "Công ty" names no one
    assert found("Trung tâm phối hợp với Công ty bố trí xe đưa đón thí sinh.", "Lào Cai", 2024) == set()


def test_volunteer_teams_are_the_youth_union():
    text = "Trong giờ thi, các đội tình nguyện tuyên truyền phòng chống đuối nước cho người nhà thí sinh."
    assert found(text, "Hà Tĩnh", 2022) == {((0, 0), "youth_union", "doer")}


def _parsed(text: str):
    from etl.config import Settings
    from etl.pipeline import parse_document
    from etl.read import decode

    return parse_document("congvan.txt", decode(text.encode("utf-8"), "congvan.txt"), None, Settings.from_env())


_LETTER = """ỦY BAN NHÂN DÂN TỈNH BẮC GIANG
Số: 2150/UBND-KGVX
V/v bảo đảm điều kiện tổ chức Kỳ thi tốt nghiệp THPT năm 2024
Bắc Giang, ngày 5 tháng 6 năm 2024

Kính gửi:
- Công an tỉnh;
- Sở Y tế;
- Công ty Điện lực Bắc Giang.

Để kỳ thi diễn ra an toàn, Chủ tịch UBND tỉnh {ask} thực hiện tốt các nội dung sau:

1. Bố trí lực lượng, phương tiện tại các điểm thi theo chức năng, nhiệm vụ được giao.

2. Chủ động lập phương án xử lý tình huống bất thường trong những ngày thi.

3. Báo cáo kết quả về Sở Giáo dục và Đào tạo trước ngày 30/7/2024.

Nơi nhận:
- Như trên;
- Bộ Giáo dục và Đào tạo (b/c);
- Lưu: VT.
"""


def test_a_letter_that_asks_the_bodies_it_is_addressed_to_hands_them_its_items():
    # "Kính gửi: A; B; C" then "đề nghị các cơ quan, đơn vị thực hiện …:": A, B and C do items 1-3 (rule addressees);
    # those informed under "Nơi nhận" do nothing
    doc = _parsed(_LETTER.format(ask="đề nghị các cơ quan, đơn vị"))
    leads = {c.label: {(f.role, f.how) for f in doc.found.get(c.seq, []) if f.kind == "lead"} for c in doc.clauses}
    want = {("police", "addressees"), ("health", "addressees"), ("electricity", "addressees")}
    assert leads["1"] == leads["2"] == leads["3"] == want
    # a request that names its doers keeps them
    doc = _parsed(_LETTER.format(ask="đề nghị Công an tỉnh"))
    leads = {c.label: {f.role for f in doc.found.get(c.seq, []) if f.kind == "lead"} for c in doc.clauses}
    assert leads["1"] == {"police"}


def test_a_sentence_whose_subject_is_a_school_or_a_programme_does_not_go_on_with_the_agency_before():
    from tests.test_attribution_batch24 import doers

    text = ("UBND huyện dành 15 triệu đồng lo bữa trưa cho thí sinh vùng xa. Với các em nhà gần, nhà trường bố trí "
            "ba thầy cô đứng ở cổng nhắc giờ thi.")
    assert doers(text, "Kon Tum", 2018) == {((0, 0), "district_pc")}
    text = "Tỉnh đoàn khởi động chương trình Chắp cánh ước mơ. Chương trình đã kêu gọi nhiều nhà hảo tâm tặng quà."
    assert doers(text, "Hà Tĩnh", 2022) == {((0, 0), "youth_union")}
    # candidates served by someone are no subject of their own: the volunteers named before go on
    text = ("Tỉnh đoàn lập nhiều đội hình tình nguyện tiếp sức thí sinh. Ở mỗi cổng trường, thí sinh sẽ được tình nguyện "
            "viên phát bánh mì và nước uống.")
    assert doers(text, "Bình Dương", 2024) == {((0, 0), "youth_union"), ((0, 1), "youth_union")}


def test_the_peoples_council_is_kept_but_not_inside_a_resolutions_number():
    text = "Sở Tài chính phối hợp với Thường trực HĐND tỉnh rà soát mức chi hỗ trợ thí sinh nghèo."
    assert found(text, "Gia Lai", 2016) == {((0, 0), "finance", "doer"), ((0, 0), "other", "helper")}
    text = "Huyện tham mưu Hội đồng nhân dân cùng cấp bổ sung kinh phí đưa đón thí sinh."
    assert ("other", "recipient") in {(r, p) for _, r, p in found(text, "Gia Lai", 2016)}  # advised: a recipient
    assert found("Mức chi áp dụng theo Nghị quyết 09/2015/NQ-HĐND của tỉnh.", "Gia Lai", 2016) == set()
