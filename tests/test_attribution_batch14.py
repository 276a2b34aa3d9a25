"""Issue 9, session 11: names that run on past where the parser stopped them. Our own words, each reproducing a pattern
seen in real news reports (a force's unit named after it, a region after a force's name, a carrier's brand name)."""

import pytest

from tests.attr_helpers import parts, roles


def test_the_youth_board_of_the_police_is_the_youth_union():
    text = "Ban Thanh niên Công an tỉnh Cà Mau phối hợp với Tỉnh đoàn chở thí sinh vùng sâu đến điểm thi."
    # (session 54: the police's youth board is the youth union's branch there, as "Đoàn Thanh niên Công an tỉnh" is:
    # the development readers labelled all 5 statements it acts in youth_union, none police; session 11 had said police)
    assert roles(text, "Cà Mau", 2024) == {"lead": {"youth_union"}, "support": {"youth_union"}}
    # one agency, the youth union (its canonical name), not "Ban Thanh niên" beside the provincial police
    assert parts(text, "Cà Mau", 2024)["doer"] == {"Đoàn TNCS Hồ Chí Minh tỉnh"}
    # the other units of a force are the force ("Phòng Hậu cần Công an tỉnh")
    assert roles("Phòng Hậu cần Công an tỉnh bố trí xe chở đề thi.", "Cà Mau", 2024)["lead"] == {"police"}


def test_a_unit_of_another_body_stays_a_body_of_its_own():
    # The office of the committee is not the committee: its own head decides (role other, kept).
    text = "Văn phòng UBND tỉnh tổng hợp kết quả thi, báo cáo trước ngày 15/7."
    assert roles(text, "Cà Mau", 2024) == {"lead": {"other"}, "support": set()}
    # Two capitalised words make a name of its own: a centre and the district police, both acting.
    text = "Trung tâm Văn hóa Thông tin Công an huyện cùng giữ trật tự quanh điểm thi."
    assert roles(text, "Cà Mau", 2024)["lead"] == {"other", "police"}


@pytest.mark.parametrize("opening", ["", "Ngay khi thí sinh bị ngã ở cổng trường, "])
def test_a_region_after_a_force_belongs_to_its_name(opening):
    # "Bộ" ends a regional name here ("Bắc Trung Bộ"); it starts no ministry, as no capitalised word follows it.
    text = f"{opening}Cảnh sát cơ động Bắc Trung Bộ đã kịp thời đưa em vào phòng thi."
    assert roles(text, "Nghệ An", 2024) == {"lead": {"police"}, "support": set()}


def test_a_ministry_after_a_name_still_starts_a_name_of_its_own():
    text = "Cảnh sát cơ động, Bộ Y tế cử người trực tại các điểm thi."
    assert "Bộ Y tế" in parts(text, "Nghệ An", 2024)["doer"]


@pytest.mark.parametrize("brand", ["Viettel", "VNPT", "MobiFone"])
def test_a_carrier_named_by_its_brand_is_a_telecom_company(brand):
    text = f"Bộ Giáo dục và Đào tạo đề nghị {brand} bảo đảm đường truyền cho các điểm thi trong hai ngày thi."
    assert roles(text, None, 2024) == {"lead": {"telecom"}, "support": set()}
    assert roles(f"Phía {brand} sẽ bố trí thêm trạm phát sóng lưu động.", None, 2024)["lead"] == {"telecom"}


def test_an_eth_typed_for_d_is_read_as_d_and_the_agency_is_found():
    from etl.read import decode_text
    # Some offices type the Icelandic eth (U+00D0) for "Đ": the text is read with "Đ", so the department is known.
    text = decode_text("Sở GD&\u00d0T chủ trì, phối hợp với Công an tỉnh bảo vệ đề thi.".encode()).text
    assert "\u00d0" not in text and "Sở GD&ĐT" in text
    assert roles(text, "Cà Mau", 2024) == {"lead": {"education"}, "support": {"police"}}


def test_a_document_with_its_number_reports_who_issued_it():
    # "X có Công điện 61/CĐ-TTg + its subject": X issued a document and only asks; no one acts in that sentence.
    text = "Thủ tướng Chính phủ có Công điện 75/CĐ-TTg bảo đảm an toàn cho kỳ thi năm nay."
    assert roles(text, None, 2025)["lead"] == set()
    assert "Thủ tướng Chính phủ" in parts(text, None, 2025)["requester"]
    # a plan of one's own is still one's duty
    assert roles("Sở Y tế có kế hoạch cử tổ y tế trực ở mỗi điểm thi.", "Cà Mau", 2025)["lead"] == {"health"}


def test_a_numbered_team_of_the_traffic_police_is_the_police():
    text = "Tổ Cảnh sát giao thông số 2 đã phân luồng quanh các điểm thi ở trung tâm thành phố."
    assert roles(text, "Lâm Đồng", 2025) == {"lead": {"police"}, "support": set()}
    assert roles("Tổ chức tốt kỳ thi năm nay.", "Lâm Đồng", 2025)["lead"] == set()  # "Tổ chức" is a verb


def test_a_lower_case_force_with_its_level_is_the_subject():
    text = "Suốt hai ngày thi, lực lượng công an thành phố phân luồng ở các ngã tư gần trường."
    assert roles(text, "Hà Tĩnh", 2020) == {"lead": {"police"}, "support": set()}


def test_the_ministries_and_sectors_of_a_national_text_are_the_departments():
    text = ("Thủ tướng yêu cầu các bộ, ngành liên quan, Bộ Giáo dục và Đào tạo và UBND các tỉnh, thành phố chỉ đạo chặt "
            "chẽ công tác coi thi.")
    lead = roles(text, None, 2025)["lead"]
    assert {"departments", "provincial_pc"} <= lead
    assert "Thủ tướng" not in " ".join(parts(text, None, 2025).get("doer", set()))


@pytest.mark.parametrize("asker,role", [("Công ty Điện lực Cà Mau", "electricity"), ("Công an tỉnh", "police"),
                                        ("Sở Y tế", "health")])
def test_a_sector_that_asks_its_units_does_the_duty_itself(asker, role):
    # "các đơn vị" a sector body asks, with no other name, are its own units: the sector acts.
    text = f"{asker} yêu cầu các đơn vị kiểm tra máy phát dự phòng ở mỗi điểm thi."
    assert roles(text, "Cà Mau", 2024)["lead"] == {role}


def test_a_committee_that_asks_the_units_only_asks():
    # A people's committee's "các đơn vị" are other agencies; "các đơn vị liên quan" of a sector too.
    assert roles("UBND tỉnh yêu cầu các đơn vị báo cáo kết quả trước ngày 10/7.", "Cà Mau", 2024)["lead"] == set()
    assert roles("Sở Y tế yêu cầu các đơn vị liên quan bố trí chỗ đỗ xe cứu thương.", "Cà Mau", 2024)["lead"] != {"health"}
    # "đề nghị" asks those one does not command: a dispatch's closing request to its addressees
    assert roles("Sở Y tế đề nghị các đơn vị nghiêm túc thực hiện.", "Cà Mau", 2024)["lead"] == set()



def test_a_force_that_is_there_with_no_one_else_acting_leads():
    text = "Tại mỗi điểm thi đều có lực lượng công an túc trực suốt hai ngày thi."
    assert roles(text, "Thanh Hóa", 2024) == {"lead": {"police"}, "support": set()}
    assert roles("Các trường đã bố trí phòng chờ, có công an trực, bảo vệ cả ngày lẫn đêm.", "Thanh Hóa", 2024)[
        "lead"] == {"police"}
    # with a subject of its own, the force only helps
    assert roles("Sở Giáo dục và Đào tạo chủ trì in sao đề thi, có lực lượng công an canh gác.", "Thanh Hóa", 2024) == {
        "lead": {"education"}, "support": {"police"}}


def test_a_patrol_team_named_by_its_task_belongs_to_its_force():
    text = "Tổ tuần tra bảo đảm trật tự an toàn giao thông của Công an huyện Bát Xát có mặt từ sáng sớm."
    assert roles(text, "Lào Cai", 2023) == {"lead": {"police"}, "support": set()}


def test_the_functional_forces_name_no_agency():
    # "các lực lượng chức năng" names no one in particular (five readers of five leave it unlabelled); "các ngành chức
    # năng" are still the departments.
    text = "Sở Y tế chủ trì, phối hợp với các lực lượng chức năng kiểm tra bếp ăn gần điểm thi."
    assert roles(text, "Cà Mau", 2024) == {"lead": {"health"}, "support": set()}
    text = "Sở Y tế chủ trì, phối hợp với các ngành chức năng kiểm tra bếp ăn gần điểm thi."
    assert roles(text, "Cà Mau", 2024) == {"lead": {"health"}, "support": {"departments"}}
