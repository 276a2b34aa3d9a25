"""Issue 9, session 27: commune committees and other bodies that real district texts name loosely (our own words)."""

from tests.attr_helpers import attribute_text, leads_by_paragraph, roles
from tests.attr_helpers import parts as _named


def test_a_town_or_ward_committee_named_alone_acts_as_a_commune_committee():
    # "UBND thị trấn A", "UBND phường 3": a commune-level committee by its own place, as "UBND xã B" already is; it acts
    # (role other while districts existed) and is never dropped, also when "Riêng" opens the sentence
    text = "Riêng UBND thị trấn Tân Lộc và UBND phường 3 lo quét dọn lối vào hai điểm thi trước ngày 20/6."
    assert roles(text, "Sóc Trăng", 2020) == {"lead": {"other"}, "support": set()}
    assert "UBND cấp xã" in _named(text, "Sóc Trăng", 2020)["doer"]


def test_a_town_committee_is_a_helper_after_phoi_hop():
    text = "Công an huyện phối hợp với UBND thị trấn Tân Lộc giữ trật tự quanh điểm thi."
    assert roles(text, "Sóc Trăng", 2020) == {"lead": {"police"}, "support": {"other"}}


def test_a_quote_after_an_officer_speaks_is_his_agencys_not_the_one_named_before():
    # an agency acts in the first paragraph; an officer of another agency then speaks ("… cho biết …"); the quote
    # after him ("Đơn vị đã …") is his agency's work, not the first agency's
    text = ("Hội đồng thi năm nay do Sở Giáo dục và Đào tạo chủ trì, có 14 điểm thi.\n"
            "Thiếu tá Lê Văn An, Phó Trưởng phòng Cảnh sát cơ động Công an tỉnh cho biết kế hoạch bảo vệ đã sẵn sàng.\n"
            "“Đơn vị cắt cử người gác nơi in sao đề suốt ngày đêm và cùng ngành giáo dục đi xem lại các điểm thi”.")
    got = leads_by_paragraph(text, "Yên Bái", 2022)
    assert got[0] == {"education"}
    assert got[-1] == {"police"}


def test_a_university_youth_union_is_the_youth_union():
    # "Đoàn các trường đại học, cao đẳng": the youth union's chapters at the universities act
    text = ("Kỳ thi diễn ra trong hai ngày 26 và 27/6.\n"
            "Đoàn các trường đại học trên địa bàn lo đủ xe và nước uống cho các điểm tiếp sức.")
    assert leads_by_paragraph(text, "Bình Dương", 2024)[-1] == {"youth_union"}


def test_unnamed_bodies_that_close_a_directed_list_keep_it_acting():
    # "chỉ đạo các cấp, ngành và các tổ chức <verb>": the unnamed "các tổ chức" close the list; the named ones act
    text = "Ủy ban nhân dân tỉnh chỉ đạo các sở, ngành và các tổ chức liên quan bố trí chỗ ở cho thí sinh nhà xa."
    got = roles(text, "Hòa Bình", 2024)
    assert got["lead"] == {"departments"}
    assert "UBND tỉnh" not in _named(text, "Hòa Bình", 2024).get("doer", set())


def test_a_council_run_by_the_department_is_not_a_doer_of_its_own():
    # "X do Y chủ trì / thành lập": Y runs X; the council is what the department runs, not a second lead
    text = "Hội đồng thi của tỉnh năm nay do Sở GD&ĐT chủ trì, đặt tại 18 điểm thi với 420 phòng thi."
    assert roles(text, "Cao Bằng", 2023)["lead"] == {"education"}
    text = "Hội đồng thi do Sở GD&ĐT thành lập sẽ điều hành mọi khâu của kỳ thi tại tỉnh."  # here it acts
    assert "Hội đồng thi" in _named(text, "Cao Bằng", 2023)["doer"]


def _leads_by_statement(text: str, place: str, year: int) -> list[set[str]]:
    tree, att = attribute_text(text, place, year)
    named = att.mentions.get(tree[-1].seq, [])
    n = 1 + max((f.statement for f in named), default=0)
    return [{f.role for f in named if f.kind == "doer" and f.statement == k} for k in range(n)]


def test_a_sentence_that_goes_on_to_direct_others_is_two_statements():
    # "X đề nghị Y làm A, trong đó chỉ đạo Z làm B …, đồng thời bố trí C": Y does A; Z does B; Y does C. Three duty
    # statements, each with its own doer, not one sentence whose doers are everyone named in it
    text = ("Kỳ thi năm nay có 9.000 thí sinh.\n"
            "Sở Giáo dục và Đào tạo đề nghị UBND các huyện rà soát chỗ ăn nghỉ cho thí sinh ở xa trong từng xã, "
            "trong đó chỉ đạo Trung tâm Y tế huyện cử nhân viên trực tại mỗi điểm thi suốt hai buổi thi, "
            "đồng thời bố trí xe đưa đón thí sinh từ các bản xa về điểm thi cho đúng giờ.")
    got = _leads_by_statement(text, "Phú Yên", 2022)
    assert got == [{"district_pc"}, {"health"}, {"district_pc"}]


def test_a_detail_after_trong_do_stays_with_its_duty():
    # "…, trong đó lưu ý …" only stresses a part of the same duty: one statement
    from etl.statements import split
    text = ("Công an tỉnh bảo đảm an ninh tại nơi in sao đề thi, tổ chức thi và chấm thi, trong đó lưu ý việc chặn sóng "
            "điện thoại quanh khu vực in sao đề.")
    assert len(split(text)) == 1


def test_a_span_of_days_then_a_verb_goes_on_with_the_agency_before():
    # "Theo đó, từ ngày 6-9/7 ưu tiên điện cho …": an opener, a span of days with no comma, then the verb; the
    # company the paragraph before named still acts
    text = ("Điện lực tỉnh đã lập kế hoạch giữ điện ổn định trong mùa thi năm 2023.\n"
            "Theo đó, từ ngày 27-29/6/2023 duy trì nguồn điện liên tục cho 31 điểm thi và nơi in sao đề của tỉnh.")
    assert leads_by_paragraph(text, "Thái Bình", 2023)[-1] == {"electricity"}


def test_an_officer_who_speaks_of_his_forces_is_their_agency_acting():
    # "X cho biết lực lượng chức năng …" and "X nhấn mạnh: “Chúng tôi đã …”": the speaker's own agency does the work
    # he reports; "Chúng tôi" is the one speaking in that sentence, not someone quoted before
    text = ("Năm nay huyện có hai điểm thi.\n"
            "Thiếu tá Trần Văn Hùng, Đội trưởng Công an huyện cho biết lực lượng chức năng sẽ canh gác hai điểm thi ngày đêm.\n"
            "Bà Đỗ Thị Lan, Giám đốc Trung tâm Y tế huyện nhấn mạnh: “Chúng tôi đã chuẩn bị tủ thuốc ở cả hai điểm thi”.")
    got = leads_by_paragraph(text, "Hà Giang", 2021)
    assert got[1] == {"police"}
    assert got[2] == {"health"}
