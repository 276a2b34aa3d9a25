"""Issue 9, session 13: patterns seen in batch AA (development; two independent readers, AA and AB, read them the same
way). Our own words."""

import pytest

from tests.attr_helpers import meta_of, parts, roles


def test_the_one_helped_to_act_does_the_duty_and_the_helper_helps():
    text = "Công an tỉnh hỗ trợ Sở Giáo dục và Đào tạo rà soát an ninh ở các điểm thi vùng cao."
    assert roles(text, "Lai Châu", 2024) == {"lead": {"education"}, "support": {"police"}}
    # with no verb after the one helped, the helper does the duty: "hỗ trợ thí sinh", "hỗ trợ Sở Y tế trong …"
    text = "Tỉnh đoàn hỗ trợ Sở Y tế trong công tác chăm sóc sức khỏe thí sinh."
    assert roles(text, "Lai Châu", 2024) == {"lead": {"youth_union"}, "support": set()}


def test_an_agency_carried_on_by_an_anaphor_helps_the_one_it_supports():
    text = ("Công an tỉnh có nhiệm vụ bảo vệ đề thi trong suốt quá trình vận chuyển. Đơn vị này còn hỗ trợ ngành giáo dục "
            "phát hiện, xử lý thí sinh dùng thiết bị công nghệ cao.")
    got = parts(text, "Lai Châu", 2024)
    assert "Sở Giáo dục và Đào tạo" in got["doer"] and "Công an tỉnh" in got["helper"]


@pytest.mark.parametrize("group, second", [
    ("các sở, ngành, địa phương", "district_pc"),
    ("các sở, ban, ngành và địa phương trong tỉnh", "district_pc"),
    ("các sở, ban, ngành, đoàn thể", "fatherland_front"),
])
def test_a_group_name_that_ends_with_another_group_names_both(group, second):
    text = f"UBND tỉnh giao {group} chủ động phương án ứng phó mưa bão trong những ngày thi."
    assert roles(text, "Yên Bái", 2025)["lead"] == {"departments", second}


def test_in_a_national_text_the_localities_of_a_group_name_are_the_provinces():
    text = "Bộ Giáo dục và Đào tạo đề nghị các bộ, ngành, địa phương phối hợp bảo đảm an toàn cho kỳ thi."
    assert "provincial_pc" in roles(text, "toàn quốc", 2025)["lead"]


def test_a_count_in_words_is_no_duty_and_hands_nothing_on():
    text = ("Năm nay huyện Mường Tè có hai điểm thi. Điểm thi số 3 đặt tại Trường THPT Mường Tè, có 120 thí sinh. "
            "Công an huyện bố trí lực lượng canh gác.")
    got = parts(text, "Lai Châu", 2024)
    assert "huyện Mường Tè" not in got.get("doer", set())
    assert roles(text, "Lai Châu", 2024) == {"lead": {"police"}, "support": set()}


def test_the_committee_that_directs_the_sectors_and_the_schools_only_steers_and_keeps_its_next_tasks():
    text = ("Ban Chỉ đạo thi cấp tỉnh:\n- Chỉ đạo, kiểm tra các ban, ngành có liên quan và các trường học chuẩn bị phòng thi, "
            "nước uống cho thí sinh; trả lời ngay đề xuất của các Hội đồng thi.")
    got = parts(text, "Điện Biên", 2022)
    assert "Các sở, ban, ngành" in got["doer"] and "Ban Chỉ đạo thi cấp tỉnh" in got["requester"]
    # the task after ";" is the committee's own again, not the sectors'
    assert roles(text, "Điện Biên", 2022, which="Chỉ đạo, kiểm tra")["lead"] == {"departments", "steering_committee"}


@pytest.mark.parametrize("lead", [
    "UBND tỉnh Sơn La vừa ra văn bản chỉ đạo các ngành chuẩn bị phương án ứng phó mưa lũ trong kỳ thi.",
    "UBND tỉnh Sơn La vừa có quyết định thành lập Ban Chỉ đạo các kỳ thi của năm học này.",
])
def test_a_news_lead_names_the_issuer_of_the_text_it_reports(lead):
    meta = meta_of(f"Sơn La chuẩn bị cho kỳ thi\n\n{lead}\n\nSở Giáo dục và Đào tạo rà soát các điểm thi.\n")
    assert meta.values.get("issuer") == "UBND tỉnh Sơn La"


def test_a_report_that_only_compares_with_last_year_is_of_the_year_after():
    text = ("Tỉnh có 38 điểm thi, tăng 3 điểm thi so với năm 2023, với khoảng 11.000 thí sinh.\n\n"
            "Công an tỉnh bố trí lực lượng bảo vệ đề thi.\n")
    assert meta_of(text).values.get("year") == 2024
    # a year the text names as its own still wins
    assert meta_of("Kỳ thi năm 2025 có 40 điểm thi, tăng 2 so với năm 2024.\n").values.get("year") == 2025


def test_the_one_after_va_with_a_verb_of_its_own_is_asked_too():
    # "nơi đặt điểm thi" says which local authorities: the two are no plain list, but both are asked
    text = ("Huyện lưu ý chính quyền địa phương có điểm thi và lực lượng thanh niên tình nguyện kiểm tra dự báo mưa, "
            "giúp thí sinh khi trời mưa to.")
    assert roles(text, "Quảng Nam", 2024)["lead"] == {"district_pc", "youth_union"}
    # with no verb of its own, the one after "và" is only named
    text = "UBND tỉnh yêu cầu Sở Y tế làm việc với các trường và Bệnh viện tỉnh."
    assert roles(text, "Quảng Nam", 2024)["lead"] == {"health"} and "Bệnh viện tỉnh" in parts(text, "Quảng Nam", 2024)["mention"]


# Batch AC (development).

def test_the_members_a_committee_names_act_and_its_next_items_are_the_committees_again():
    text = ("Kế hoạch có 6 nội dung. Trong đó, các thành viên Ban Chỉ đạo thi cấp tỉnh là lãnh đạo các sở, ngành, cơ quan: "
            "Tài chính, Y tế, Công an tỉnh, UBND các huyện căn cứ chức năng, nhiệm vụ, ban hành phương án trước ngày 30/5.\n\n"
            "Kiểm tra công tác chuẩn bị của các điểm thi từ ngày 10/6.\n")
    got = parts(text, "Cao Bằng", 2023)
    assert {"Sở Tài chính", "Sở Y tế", "Công an tỉnh", "UBND các huyện, thành phố"} <= got["doer"]
    assert "Ban Chỉ đạo thi cấp tỉnh" in got["mention"]
    assert roles(text, "Cao Bằng", 2023, which="Kiểm tra công tác")["lead"] == {"steering_committee"}


@pytest.mark.parametrize("text, issuer, locality", [
    ("Tại Chỉ thị số 20/CT-TTg, Thủ tướng Chính phủ yêu cầu các địa phương lo đủ người và phương tiện.\n\n"
     "Tại Công văn số 1500-CV/TU, Ban Thường vụ Tỉnh ủy yêu cầu cấp ủy các cấp quan tâm đến kỳ thi năm nay.\n\n"
     "Công ty Điện lực Cao Bằng bảo đảm cấp điện.\n", None, "Cao Bằng"),  # (news of two letters: no issuer, session 63)
    ("Hôm 20/5/2024, Bộ Thông tin và Truyền thông vừa ban hành văn bản số 1800/BTTTT-BC nói về chuyển phát tài liệu thi.\n\n"
     "Triển khai văn bản này, Sở Thông tin và Truyền thông yêu cầu các bưu cục ở tỉnh Cao Bằng chuyển ngay công văn "
     "về kỳ thi.\n", "Sở Thông tin và Truyền thông", "Cao Bằng"),
])
def test_a_national_body_a_local_text_cites_or_implements_is_not_its_author(text, issuer, locality):
    meta = meta_of("Bảo đảm điều kiện cho kỳ thi năm 2024\n\n" + text)
    assert (meta.values.get("issuer"), meta.values.get("locality")) == (issuer, locality)


def test_a_national_text_keeps_its_national_author():
    text = ("Bộ Giáo dục và Đào tạo vừa có công văn đề nghị UBND các tỉnh chỉ đạo chuẩn bị kỳ thi năm 2024.\n\n"
            "Theo đó, các sở giáo dục rà soát điểm thi.\n")
    meta = meta_of("Chuẩn bị kỳ thi\n\n" + text)
    assert meta.values.get("issuer") == "Bộ Giáo dục và Đào tạo" and meta.values.get("locality") == "Toàn quốc"


def test_a_list_of_those_asked_goes_on_past_a_member_no_name_covers():
    text = "Ban Thường vụ Tỉnh ủy đề nghị các cấp ủy, chính quyền, Mặt trận Tổ quốc của tỉnh tăng cường lãnh đạo kỳ thi."
    assert roles(text, "Cao Bằng", 2023)["lead"] == {"district_party", "fatherland_front"}


# Batch AD (development).

def test_a_force_that_says_what_it_has_done_did_it_and_its_next_tasks_follow():
    text = ("Ngày 20/6, Công an tỉnh cho biết đơn vị đã xây dựng kế hoạch bảo vệ kỳ thi; phối hợp với Sở Giáo dục và Đào "
            "tạo rà soát các điểm thi.\n\nSau đó, Công an tỉnh yêu cầu các đơn vị công an theo sát địa bàn có điểm thi.\n")
    assert roles(text, "Kon Tum", 2024, which="cho biết") == {"lead": {"police"}, "support": {"education"}}
    assert "Công an tỉnh" in parts(text, "Kon Tum", 2024)["doer"]
    assert roles(text, "Kon Tum", 2024, which="theo sát")["lead"] == {"police"}


def test_a_committee_named_with_its_exam_and_year_heads_the_list_it_directs():
    text = ("UBND tỉnh chỉ đạo Ban Chỉ đạo thi tốt nghiệp Trung học phổ thông tỉnh năm 2026, các sở, ngành, cơ quan, "
            "địa phương, đơn vị có liên quan sắp xếp đủ phòng thi.")
    assert roles(text, "Kon Tum", 2024)["lead"] == {"steering_committee", "departments", "district_pc"}


def test_a_force_named_with_its_level_in_capitals_is_one_agency():
    text = "Lực lượng Công an Thành phố đã bố trí cán bộ bảo vệ các điểm thi."
    assert roles(text, "Cần Thơ", 2023)["lead"] == {"police"}
    # (the volunteers it deploys to help act too, session 14: rule directed_to_act)
    assert roles("Thành phố đã huy động thanh niên tình nguyện hỗ trợ thí sinh.", "Cần Thơ", 2023)["lead"] == {
        "provincial_pc", "youth_union"}
