"""Issue 9, eighth round: shapes from the errors of a fresh batch of real texts (session 8, first contact), each in
sentences of our own: a paragraph that opens with "Đồng thời," and no subject goes on with the agencies of the
paragraph before; a photo caption assigns no duty."""

from tests.attr_helpers import parts, roles

ASKED = "UBND tỉnh yêu cầu Sở Y tế và Công an tỉnh chuẩn bị phương án bảo đảm an toàn cho kỳ thi."


def test_a_paragraph_that_says_it_goes_on_keeps_the_agencies_before_it():
    text = ASKED + "\n\nĐồng thời, nâng cao tinh thần trách nhiệm của cán bộ trực tại các điểm thi."
    assert roles(text, "Gia Lai", which="Đồng thời")["lead"] == {"health", "police"}
    # its own subject wins
    text = ASKED + "\n\nĐồng thời, Sở Tài chính bảo đảm kinh phí cho kỳ thi."
    assert roles(text, "Gia Lai", which="Đồng thời")["lead"] == {"finance"}
    # any other opening with no verb of a duty does not go on
    text = ASKED + "\n\nTinh thần trách nhiệm của cán bộ trực tại các điểm thi luôn được nâng cao."
    assert roles(text, "Gia Lai", which="Tinh thần")["lead"] == set()


def test_advising_a_committee_to_assign_tasks_gives_the_tasks_to_no_one():
    """Measured and dropped (session 8): reading "phân công nhiệm vụ (cụ thể) cho Y" as "Y acts" made the departments
    doers of "… tham mưu UBND tỉnh phân công nhiệm vụ cụ thể cho các sở, ngành", the education department's own duty,
    and cost 3.8 points of the plan's precision."""
    text = ("Sở Giáo dục và Đào tạo chủ trì tham mưu UBND tỉnh phân công nhiệm vụ cụ thể cho các sở, ngành, địa "
            "phương trong công tác tổ chức kỳ thi.")
    assert roles(text, "Ninh Thuận")["lead"] == {"education"}


def test_a_photo_caption_assigns_no_duty():
    for caption in ("Phó Chủ tịch UBND thành phố kiểm tra công tác chuẩn bị tại điểm thi Trường THPT Chu Văn An "
                    "(Ảnh: Minh Anh).",
                    "Ảnh: Phó Chủ tịch UBND thành phố kiểm tra công tác chuẩn bị tại điểm thi Trường THPT Chu Văn An."):
        text = f"Sở Y tế bố trí cán bộ trực tại các điểm thi.\n\n{caption}\n\nCông an thành phố bảo vệ các điểm thi."
        assert roles(text, "Hải Phòng", which="Ảnh")["lead"] == set()
        assert roles(text, "Hải Phòng", which="Công an") == {"lead": {"police"}, "support": set()}  # nothing carried
        got = parts(text, "Hải Phòng")
        assert "UBND thành phố" in got["mention"] and got["doer"] == {"Sở Y tế", "Công an thành phố"}


def test_a_group_and_the_sector_list_that_singles_some_out_act_together():
    text = ("UBND tỉnh chỉ đạo các sở, ban, ngành liên quan, nhất là các Sở, ngành: Giáo dục và Đào tạo, Y tế, Công an "
            "tỉnh, UBND cấp huyện khẩn trương rà soát phương án bảo đảm an toàn kỳ thi.")
    assert roles(text, "Nghệ An")["lead"] == {"departments", "education", "health", "police", "district_pc"}
    assert "UBND tỉnh" in parts(text, "Nghệ An")["requester"]


def test_party_committees_at_every_level_are_asked():
    text = ("Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy, tổ chức đảng và Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh lãnh đạo "
            "thực hiện tốt công tác tuyên truyền về kỳ thi.")
    assert roles(text, "Nghệ An")["lead"] == {"district_party", "fatherland_front"}


def test_a_decisions_closing_lines_assign_nothing():
    from etl.statements import kind_of

    text = "Ban Chỉ đạo thi tốt nghiệp THPT tỉnh Bắc Giang năm 2023 tự giải thể sau khi hoàn thành nhiệm vụ."
    assert roles(text, "Bắc Giang")["lead"] == set()
    assert kind_of(text)[0] == "context"
    assert kind_of("Quyết định này có hiệu lực kể từ ngày ký.")[0] == "context"


def test_a_place_after_a_year_belongs_to_the_name_before_it():
    text = "Ban chỉ đạo kỳ thi THPT quốc gia 2019 tỉnh Lào Cai đã họp phân công nhiệm vụ cho các thành viên."
    assert "tỉnh Lào Cai" not in parts(text, "Lào Cai", 2019).get("doer", set())
    assert "provincial_pc" not in roles(text, "Lào Cai", 2019)["lead"]


def test_shapes_of_a_second_fresh_batch():
    """Batch I (session 8): a bare "ngành" before two sector words joined by "và"; a committee that "vừa có quyết
    định thành lập" only issues; an office that passes on a leader's directions informs; "phối hợp tích cực với";
    "Song song đó," goes on like "Đồng thời,"; "ngành GD-ĐT"."""
    assert roles("Ngành y tế và điện lực hỗ trợ các điểm thi trong suốt kỳ thi.", "Lào Cai")["lead"] == {
        "health", "electricity"}
    text = "UBND tỉnh Đồng Tháp vừa có quyết định thành lập Ban Chỉ đạo thi tốt nghiệp THPT năm 2022."
    assert roles(text, "Đồng Tháp")["lead"] == set() and "UBND tỉnh" in parts(text, "Đồng Tháp")["requester"]
    text = ("Văn phòng UBND tỉnh thông báo ý kiến chỉ đạo của Phó Chủ tịch UBND tỉnh: giao Sở Giáo dục và Đào tạo chủ trì "
            "kiểm tra các điểm thi.")
    assert roles(text, "Lạng Sơn")["lead"] == {"education"}
    text = "UBND các huyện phối hợp tích cực với ngành Giáo dục chuẩn bị các điểm thi."
    assert roles(text, "Đắk Lắk") == {"lead": {"district_pc"}, "support": {"education"}}
    text = "Sở Giáo dục và Đào tạo chủ trì tổ chức kỳ thi.\n\nSong song đó, cần tăng cường tuyên truyền quy chế thi."
    assert roles(text, "Hồ Chí Minh", which="Song song")["lead"] == {"education"}
    assert roles("Ngành GD-ĐT thành phố đã sẵn sàng cho kỳ thi.", "Hồ Chí Minh")["lead"] == {"education"}
