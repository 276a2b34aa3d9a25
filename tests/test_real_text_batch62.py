"""Session 60: patterns met on real texts (session 59's held-out batches, development now), in our own words."""

from __future__ import annotations

import duckdb

from etl.build import run_build
from tests.attr_helpers import attribute_text, leads_by_paragraph, leads_by_statement, parts, roles


def test_a_school_doing_its_own_work_is_named_but_leads_nothing():
    # A school below university ("Trường THPT …", "Trường THCS - THPT …", "Trường Phổ thông Dân tộc nội trú …") that
    # opens its dormitory or drills its pupils does its own work: no agency of the directive leads, and the school is
    # still named on the Document page.
    text = "Trường THPT Bản Công mở cửa ký túc xá cho thí sinh ở các bản xa ngủ lại trong hai ngày thi.\n"
    got = parts(text, "Thanh Hóa", 2023)
    assert "doer" not in got and got["mention"] == {"Trường THPT Bản Công"}
    assert roles("Trường THCS - THPT Suối Nho thuê hai xe khách chở học sinh lên điểm thi ở thị trấn.\n",
                 "Đồng Nai", 2025)["lead"] == set()
    # the sentence after the school's goes on with the agency named before it, as after "nhà trường" (words.toml actor)
    text = ("Công an huyện bố trí tổ tuần tra quanh các điểm thi. Trường THPT Bản Công mở cửa ký túc xá cho thí sinh "
            "ở xa. Đồng thời lập chốt giữ trật tự ở ngã ba vào trường.\n")
    assert leads_by_statement(text, "Thanh Hóa", 2023) == [{"police"}, set(), {"police"}]
    # guard: a university that chairs an exam cluster is a body of its own (role other), as the readers label it
    assert roles("Trường Đại học Hồng Đức chủ trì cụm thi cho thí sinh các huyện phía nam tỉnh.\n", "Thanh Hóa",
                 2016)["lead"] == {"other"}


def test_a_bare_place_before_a_helper_verb_is_its_committee_whatever_the_verb():
    # "tỉnh cũng …", "TP sẽ …", "Huyện cũng …": a helper verb makes the bare word the subject even when the verb after
    # it is not in the verb list, as it does for a named agency (rule subject_aux)
    assert roles("Bên cạnh đó, tỉnh cũng dự phòng một chuyến tàu riêng cho cán bộ coi thi khi biển động.\n", "Kiên Giang",
                 2024)["lead"] == {"provincial_pc"}
    assert roles("TP sẽ kích hoạt đường dây nóng riêng cho phụ huynh trong tuần thi.\n", "Hà Nội", 2021)["lead"] == {
        "provincial_pc"}
    assert roles("Huyện cũng thống nhất cho xe buýt chở thí sinh vùng cao không thu tiền.\n", "Nghệ An", 2018)["lead"] == {
        "district_pc"}
    # guards: candidates of the place, a count
    assert roles("Sáng nay, gần 8.000 thí sinh Quảng Nam cũng đã có mặt để nghe phổ biến quy chế.\n", "Quảng Nam",
                 2020)["lead"] == set()
    assert roles("Năm nay, tỉnh đã có 40 điểm thi với 620 phòng thi.\n", "Gia Lai", 2022)["lead"] == set()


def test_a_statement_that_only_cites_the_document_it_carries_out_is_no_ones_task():
    # "Thực hiện Chỉ thị số … về …;" cut off at ";" before the sentence's subject: the basis of what follows, so the
    # agency of the paragraph before is not carried into it; the piece after it keeps its own doer
    text = ("Sở Y tế chỉ đạo các bệnh viện bố trí xe cấp cứu tại các điểm thi.\n"
            "Thực hiện Công điện số 31/CĐ-TTg ngày 20/6/2024 của Thủ tướng Chính phủ về việc bảo đảm an toàn cho kỳ thi "
            "năm 2024; UBND tỉnh yêu cầu Công an tỉnh tăng cường tuần tra quanh các điểm thi.\n")
    tree, att = attribute_text(text, "Lâm Đồng", 2024)
    second = att.mentions.get(tree[1].seq, [])
    assert {f.role for f in second if f.kind == "doer" and f.statement == 0} == set()
    assert {f.role for f in second if f.kind == "doer" and f.statement == 1} == {"police"}
    # guard: a citation followed by the task itself in the same piece still goes on with the agency named before
    text = ("Sở Y tế chỉ đạo các bệnh viện bố trí xe cấp cứu tại các điểm thi.\n"
            "Thực hiện Công văn số 12/SYT của Sở, rà soát lại tủ thuốc ở từng điểm thi.\n")
    assert leads_by_paragraph(text, "Lâm Đồng", 2024)[1] == {"health"}


def test_a_photo_caption_that_shows_an_agency_at_work_is_a_reported_duty_of_the_report(tmp_path):
    # In a news report, "Lực lượng CSGT phân luồng … Ảnh: …" reports the police at work, as the report's sentences do:
    # its statement joins the alignment (the readers pair it with the same duty elsewhere). A caption that shows no
    # agency at work stays out.
    folder = tmp_path / "raw"
    folder.mkdir()
    (folder / "bacgiang_2024.txt").write_text(
        "Bắc Giang bảo đảm an toàn giao thông trong ngày thi\n\n"
        "Sáng 27/6, hơn 20.000 thí sinh tỉnh Bắc Giang bước vào môn thi đầu tiên.\n\n"
        "Lực lượng CSGT phân luồng giao thông trước cổng điểm thi Trường THPT Ngô Sĩ Liên. Ảnh: Minh Anh\n\n"
        "Thí sinh làm thủ tục vào phòng thi. Ảnh: Minh Anh\n\n"
        "Theo Sở GD&ĐT, năm nay toàn tỉnh có 45 điểm thi.\n", encoding="utf-8")
    (folder / "manifest.csv").write_text("source_file,locality,year\nbacgiang_2024.txt,Bắc Giang,2024\n", encoding="utf-8")
    run_build(folder, tmp_path / "d.duckdb")
    con = duckdb.connect(str(tmp_path / "d.duckdb"), read_only=True)
    aligned = dict(con.execute("SELECT s.text, dc.duty_id IS NOT NULL FROM statements s "
                               "LEFT JOIN duty_clauses dc USING (statement_id) WHERE s.text LIKE '%Ảnh%'").fetchall())
    con.close()
    assert aligned == {"Lực lượng CSGT phân luồng giao thông trước cổng điểm thi Trường THPT Ngô Sĩ Liên. Ảnh: Minh Anh": True,
                       "Thí sinh làm thủ tục vào phòng thi. Ảnh: Minh Anh": False}


def test_volunteers_named_by_a_collective_a_count_of_turns_or_their_short_form_act():
    # "được đội ngũ tình nguyện viên chỉ …", "gần 5.000 lượt tình nguyện viên sẽ …", "Các bạn TNV …": the youth
    # union's volunteers at work, as "các tình nguyện viên" already were
    assert roles("Ở cổng trường, phụ huynh được đội ngũ tình nguyện viên chỉ chỗ gửi xe.\n", "Vĩnh Phúc",
                 2024)["lead"] == {"youth_union"}
    assert roles("Năm nay, gần 5.000 lượt tình nguyện viên sẽ trực ở các bến xe để đón thí sinh.\n", "Hồ Chí Minh",
                 2019)["lead"] == {"youth_union"}
    assert roles("Các bạn TNV đã phát nước uống cho thí sinh ở cổng trường.\n", "Cần Thơ", 2023)["lead"] == {"youth_union"}
    # guard: volunteers a body mobilises are its staff, not a second doer
    assert roles("Sở Y tế huy động 20 tình nguyện viên phát khẩu trang ở điểm thi.\n", "Cần Thơ", 2023)["lead"] == {
        "health"}


def test_a_bare_agency_word_pointed_at_with_nay_is_the_one_named_before():
    # "Sở này cũng phối hợp …" paragraphs after the department was named: the department, as a bare "Sở cũng …" is
    text = ("Đầu tháng 6, Sở Giáo dục và Đào tạo gửi lịch thi và danh sách điểm thi tới các trường.\n\n"
            "Năm nay thành phố có 96 điểm thi.\n\n"
            "Đồng thời, Sở này cũng cùng Công an thành phố diễn tập việc đưa đề thi tới các điểm thi xa.\n")
    assert leads_by_paragraph(text, "Hồ Chí Minh", 2017)[2] == {"education"}


def test_a_broadcasters_footer_is_page_furniture():
    # a television site closes every report by inviting its viewers to watch its programmes ("Mời khán giả xem …"): no
    # sentence of the report, so nothing is carried into it
    from etl.clean import clean

    text = ("Công an tỉnh bố trí lực lượng canh gác nơi in sao đề thi.\n\n"
            "* Mời khán giả xem lại các bản tin thời sự của nhà đài trên ứng dụng điện thoại!\n\n"
            "Mời bạn đọc theo dõi chuyên trang mùa thi của báo.\n")
    assert [p.text for p in clean(text).paragraphs] == ["Công an tỉnh bố trí lực lượng canh gác nơi in sao đề thi."]
    # guard: a sentence that invites the candidates is the report's own
    text = "Ban Chỉ đạo mời phụ huynh theo dõi thông tin trên cổng thông tin của Sở.\n"
    assert len(clean(text).paragraphs) == 1
