"""Session 58: patterns met on real texts (session 57's held-out batches, development now), in our own words."""

from __future__ import annotations

from tests.attr_helpers import meta_of, parts, roles


def test_who_sits_on_a_committee_is_no_heading_of_duties():
    # the deputy heads are named by their posts: the departments only say whose leaders they are, nobody is given work
    text = ("Chín người giữ chức Phó Trưởng ban, là hai Phó Giám đốc Sở GD&ĐT, lãnh đạo Công an tỉnh, Sở Y tế, Sở Tài "
            "chính và Tỉnh đoàn.\n")
    assert roles(text, "Hà Nam", 2025)["lead"] == set()
    # guard: a heading that names only agencies still gives them the items under it
    text = "1. Công an tỉnh, Sở Y tế:\n- Bố trí lực lượng trực tại các điểm thi.\n"
    assert roles(text, "Hà Nam", 2025, which="Bố trí lực lượng")["lead"] == {"police", "health"}


def test_a_youth_branch_inside_a_body_the_gazetteer_does_not_know_is_the_youth_union():
    # "Đoàn trường" of a school, "Chi đoàn" of a border post: the youth union's branch; the school or the post only owns it
    text = "Đoàn trường Trường THPT Lê Lợi phối hợp với Huyện đoàn nấu cơm trưa cho thí sinh ở xa.\n"
    assert roles(text, "Hà Tĩnh", 2023) == {"lead": {"youth_union"}, "support": {"youth_union"}}
    text = "Chi đoàn Đồn Biên phòng Gio Hải chở thí sinh ở xã đảo vào đất liền dự thi.\n"
    assert roles(text, "Quảng Trị", 2023)["lead"] == {"youth_union"}
    # guard: a school named on its own does its own work, no agency's duty (session 60, words.toml school_heads)
    text = "Trường THPT Lê Lợi bố trí phòng nghỉ trưa cho thí sinh ở xa.\n"
    assert roles(text, "Hà Tĩnh", 2023)["lead"] == set()


def test_a_ministry_singled_out_with_the_duty_after_it_acts():
    # "Đối với X cần …" with no comma: the tasks are X's, as "Đối với X, …" already was
    text = ("Đối với Bộ Lao động - Thương binh và Xã hội phải hướng dẫn các trường nghề tuyển sinh sau khi có điểm "
            "thi.\n")
    assert roles(text, "Toàn quốc", 2024)["lead"] == {"labour"}
    # guard: "đối với" inside a sentence only names who the duty is about
    text = "Sở Y tế bố trí cán bộ y tế đối với Trường THPT Lê Lợi trong hai ngày thi.\n"
    assert roles(text, "Hà Tĩnh", 2023)["lead"] == {"health"}


def test_the_city_named_by_its_short_form_acts():
    # "TP" alone before a verb is the city's committee, as "Thành phố" is
    text = "Tại cuộc họp, Phó Chủ tịch cho biết TP sẽ lập thêm 6 đoàn kiểm tra các điểm thi trong tuần tới.\n"
    assert roles(text, "Cần Thơ", 2021)["lead"] == {"provincial_pc"}
    # guard: the levels of a place listed ("cấp tỉnh, TP") name no committee
    text = "Các Ban Chỉ đạo cấp tỉnh, TP sẽ tăng cường nhắc nhở thí sinh về quy chế.\n"
    assert roles(text, "Toàn quốc", 2016)["lead"] == {"steering_committee"}


def test_a_pages_address_pieces_are_no_headline():
    # a page whose address pieces, ids and section slug stand as lines above the headline
    text = ("Giáo dục/\n/giao-duc\n4821337\n/tin-tuc\ntinh-doan-ra-quan-tiep-suc-mua-thi\nnews\n\n"
            "Bốn mươi đội thanh niên giúp thí sinh năm 2023\n\n"
            "Sáng 20/6, Tỉnh đoàn đưa 40 đội thanh niên đến các điểm thi trong tỉnh; mỗi đội phát nước uống và chỉ "
            "đường cho thí sinh tìm phòng thi.\n")
    assert meta_of(text).values.get("title") == "Bốn mươi đội thanh niên giúp thí sinh năm 2023"


def test_a_box_of_other_articles_does_not_join_the_headline_to_the_lead():
    # the short titles of other articles under the text do not make the headline a wrapped line of the first paragraph
    others = "\n\n".join(f"Tiêu đề bài khác số {k} về giao thông đô thị" for k in range(8))
    text = ("Giữ thông suốt đường tới các điểm thi trong hai ngày thi\n\n"
            "Ban An toàn giao thông tỉnh vừa có văn bản đề nghị Công an tỉnh và Sở Giao thông vận tải bố trí lực lượng "
            "điều tiết giao thông tại các nút giao gần điểm thi, không để thí sinh đến muộn vì ùn tắc.\n\n"
            "Theo văn bản, các đơn vị vận tải hành khách ưu tiên chỗ ngồi cho thí sinh đi thi trên các tuyến xe buýt.\n\n"
            f"Tin khác\n\n{others}\n")
    assert meta_of(text).values.get("title") == "Giữ thông suốt đường tới các điểm thi trong hai ngày thi"


def test_an_english_dateline_and_a_glued_breadcrumb_are_furniture():
    text = ("fbpx\nMonday, June 8, 2026\nHomeTin giáo dụcTỉnh xem lại cơ sở vật chất ở các nơi thi...\n\n"
            "Tỉnh xem lại cơ sở vật chất ở các nơi thi năm 2026\n\n"
            "Sở Giáo dục và Đào tạo đã cùng Công an tỉnh kiểm tra cơ sở vật chất, camera và nơi bảo quản đề thi tại "
            "tất cả các điểm thi trong tỉnh.\n")
    assert meta_of(text).values.get("title") == "Tỉnh xem lại cơ sở vật chất ở các nơi thi năm 2026"


def test_a_ward_named_like_a_province_is_no_province():
    # "phường Hiệp Bình Phước" is a ward of Hồ Chí Minh City: its name ends like Bình Phước province's
    text = ("Dân quân phường hỗ trợ thí sinh\n\n"
            "Sáng 26/6, Ban Chỉ huy quân sự phường Hiệp Bình Phước phối hợp với công an phường Hiệp Bình Phước bố trí "
            "dân quân phân luồng giao thông quanh điểm thi ở TP Hồ Chí Minh, và phát nước uống cho thí sinh trong hai "
            "ngày thi.\n")
    assert meta_of(text).values.get("locality") == "Hồ Chí Minh"


def test_a_corporation_written_with_a_capital_c_keeps_its_whole_name():
    # "Tổng Công ty …" (a capital C) is one name, not "Công ty …" with a comma carried into it
    text = ("Bộ Giao thông vận tải yêu cầu Tổng Công ty Hàng không Việt Nam, Tổng Công ty Đường sắt Việt Nam ưu tiên "
            "chuyên chở đề thi.\n")
    assert {"Tổng Công ty Đường sắt Việt Nam", "Tổng Công ty Hàng không Việt Nam"} <= parts(text, "Toàn quốc", 2016)["doer"]
    # the border guard written short with its province's name
    text = "BĐBP Quảng Trị đưa thí sinh ở đảo Cồn Cỏ vào đất liền dự thi.\n"
    assert roles(text, "Quảng Trị", 2023)["lead"] == {"other"}
