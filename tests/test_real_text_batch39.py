"""Session 37: patterns met on real texts, written again in our own words."""

from __future__ import annotations

from pathlib import Path

import duckdb

from etl.build import run_build
from etl.config import Settings


def _statements(tmp_path: Path, text: str, locality: str = "Đắk Lắk", year: int = 2024) -> list[tuple[str, str]]:
    """(kind, text) of each statement of one document built alone, in reading order."""
    docs = tmp_path / "docs"
    docs.mkdir(parents=True)
    (docs / "a.txt").write_text(text, encoding="utf-8")
    (docs / "manifest.csv").write_text(
        f"source_file,locality,year,doc_type,issuer,number,issued_date,signer,title\na.txt,{locality},{year},,,,,,\n",
        encoding="utf-8")
    run_build(docs, tmp_path / "a.duckdb", Settings.from_env())
    with duckdb.connect(str(tmp_path / "a.duckdb"), read_only=True) as con:
        return con.execute("SELECT s.kind, s.text FROM statements s JOIN clauses c USING (clause_id) "
                           "ORDER BY c.seq, s.part").fetchall()


def test_news_of_a_directive_just_issued_is_no_duty_but_what_it_asks_is(tmp_path):
    # a portal's report opens with the directive it announces; the words of that directive's title ("tăng cường",
    # "chủ động") assign nothing in the report's own sentence, so the Changes and Gaps pages do not list it as a duty.
    # What the directive asks, in the sentences after it, stays a duty.
    text = ("Tỉnh ủy ra chỉ thị về kỳ thi năm 2024\n"
            "Thường trực Tỉnh ủy vừa ký Chỉ thị số 07-CT/TU ngày 3/6/2024 về tăng cường lãnh đạo, chủ động chuẩn bị kỳ "
            "thi tốt nghiệp THPT năm 2024.\n"
            "Theo đó, Thường trực Tỉnh ủy yêu cầu cấp ủy các huyện chủ động nắm tình hình ở các điểm thi.\n"
            "Sở Y tế bố trí cán bộ y tế trực tại mỗi điểm thi.\n")
    kinds = {t.split(",")[0]: k for k, t in _statements(tmp_path, text)}
    assert kinds["Thường trực Tỉnh ủy vừa ký Chỉ thị số 07-CT/TU ngày 3/6/2024 về tăng cường lãnh đạo"] == "context"
    assert kinds["Theo đó"] == "duty"
    assert kinds["Sở Y tế bố trí cán bộ y tế trực tại mỗi điểm thi."] == "duty"


def test_a_document_named_in_a_duty_leaves_the_duty_a_duty():
    from etl.statements import kind_of

    # the verb before the document's name still asks
    assert kind_of("Các sở, ngành thực hiện nghiêm Chỉ thị số 15/CT-TTg ngày 16/5/2024 về tăng cường chỉ đạo, phối "
                   "hợp tổ chức kỳ thi.")[0] == "duty"
    # news of a dispatch that goes on to ask again, after a comma, is a duty
    kind, why = kind_of("Sở Y tế vừa ban hành Công văn số 812/SYT-NVY về việc chủ động phòng bệnh mùa thi, yêu cầu "
                        "các trung tâm y tế cử cán bộ trực ở điểm thi.")
    assert (kind, why) == ("duty", "assign: yêu cầu")
    # "gửi văn bản về Sở" sends a letter to the department: no title follows
    assert kind_of("Các trường gửi văn bản về Sở Giáo dục và Đào tạo để tổng hợp.")[0] == "duty"
    assert kind_of("Các trường gửi kế hoạch về Sở Giáo dục và Đào tạo, chủ động báo cáo khi có vướng mắc.")[0] == "duty"


def test_news_of_a_directive_named_without_its_number_or_of_an_office_passing_on_remarks_is_context():
    from etl.statements import kind_of

    # the number comes last, in brackets: "về việc …" still opens the title
    kind, why = kind_of("Chủ tịch UBND tỉnh vừa ký Chỉ thị về việc tăng cường phối hợp tổ chức kỳ thi tốt nghiệp THPT "
                        "năm 2023 (Chỉ thị số 04/CT-UBND, ngày 2/6/2023).")
    assert kind == "context", why
    # an office's dispatch that carries a leader's remarks, its number and date before the verb
    kind, why = kind_of("Văn phòng UBND tỉnh đã ban hành Công văn số 903/VP-KGVX, ngày 8/5/2023 truyền đạt ý kiến chỉ "
                        "đạo của Phó Chủ tịch UBND tỉnh về việc chuẩn bị kỳ thi.")
    assert (kind, why) == ("context", "narrative: announcement (truyền đạt ý kiến)")


def test_an_illustration_credit_at_a_lines_end_does_not_swallow_the_next_paragraph(tmp_path):
    # a web page's caption ends in "Hình minh họa" or "Ảnh minh họa" with no full stop; the next line is the article's
    # next paragraph, a duty of its own, not part of the caption
    for credit in ("Hình minh họa", "Ảnh minh hoạ", "(Ảnh minh họa)"):
        text = ("Các sở phối hợp chuẩn bị kỳ thi năm 2024\n"
                f"Thí sinh xem sơ đồ phòng thi tại một điểm thi năm trước. {credit}\n"
                "Ban cán sự Đảng UBND tỉnh lãnh đạo các sở quán triệt, thực hiện nghiêm các văn bản chỉ đạo về kỳ thi.\n")
        got = _statements(tmp_path / str(len(credit)), text)
        assert got[-1] == ("duty", "Ban cán sự Đảng UBND tỉnh lãnh đạo các sở quán triệt, thực hiện nghiêm các văn "
                                   "bản chỉ đạo về kỳ thi."), (credit, got)
        assert got[-2][0] == "context" and got[-2][1].endswith(credit), (credit, got)


def test_commune_health_stations_and_grassroots_guards_are_agencies_of_their_own():
    # news of the exam names the commune health stations and the forces that keep order beside the commune police;
    # they act, so they are kept (health; a body of its own with role other), never dropped
    from tests.attr_helpers import mention_names, mention_parts

    place = ("Yên Bái", 2024)
    text = "Các trạm y tế xã, phường cử nhân viên trực tại mỗi điểm thi trong hai ngày thi.\n"
    assert mention_parts(text, *place) == [("doer", "health")]
    assert mention_names(text, *place) == {"Trạm Y tế cấp xã"}
    # asked by the department, the stations do it: they lead, as the district health centres would
    parts = mention_parts("Sở Y tế chỉ đạo các trạm y tế xã chuẩn bị cơ số thuốc cho các điểm thi.\n", *place)
    assert parts == [("doer", "health"), ("doer", "health")], parts
    text = "Công an xã phối hợp với lực lượng bảo vệ dân phố giữ trật tự trước cổng điểm thi.\n"
    assert mention_parts(text, *place) == [("doer", "police"), ("helper", "other")]
    assert "Lực lượng bảo vệ an ninh trật tự ở cơ sở" in mention_names(text, *place)


def test_a_city_inside_a_centrally_run_city_is_a_district():
    # "thành phố Thủ Đức" is a city under Hồ Chí Minh City: its committee is district level, not the city's own
    from tests.attr_helpers import mention_parts

    text = ("UBND Thành phố yêu cầu Sở Giáo dục và Đào tạo, UBND thành phố Thủ Đức và các quận, huyện chuẩn bị "
            "chu đáo các điểm thi tuyển sinh lớp 10.\n")
    assert mention_parts(text, "Hồ Chí Minh", 2023) == [
        ("requester", "provincial_pc"), ("doer", "education"), ("doer", "district_pc"), ("doer", "district_pc")]
    assert mention_parts("UBND TP Thủ Đức bố trí xe buýt đưa thí sinh tới điểm thi.\n", "Hồ Chí Minh", 2023) == [
        ("doer", "district_pc")]


def test_whom_a_sentence_opens_with_is_the_partner_and_the_name_after_the_comma_acts():
    # "Cùng với X, Y + verb": X works with Y, Y is the subject; "Thông tin từ X cho hay, sở này …" names X as the one
    # that acts, as "X cho hay, sở này …" does; "Đoàn … trong Công an tỉnh": the youth union of the police acts
    from tests.attr_helpers import mention_parts

    place = ("Hà Nội", 2024)
    assert mention_parts("Cùng với ngành giáo dục, Công an thành phố đã lên phương án giữ an ninh cho kỳ thi lớp 10.\n",
                         *place) == [("helper", "education"), ("doer", "police")]
    assert mention_parts("Thông tin từ Sở Y tế cho hay, sở này đã lập 30 tổ y tế trực ở các điểm thi.\n", *place) == [
        ("doer", "health")]
    parts = mention_parts("Theo thông tin từ Sở Y tế, Trung tâm Y tế các quận cử cán bộ trực ở mỗi điểm thi.\n", *place)
    assert parts == [("mention", "health"), ("doer", "health")], parts
    parts = mention_parts("Trong hai ngày thi, các tổ chức Đoàn trong Công an thành phố phát nước miễn phí cho thí "
                          "sinh.\n", *place)
    assert parts == [("doer", "youth_union"), ("mention", "police")], parts


def test_a_committee_named_with_its_exam_still_asks_and_does_not_act():
    # "Ban chỉ đạo thi tuyển sinh (lớp 10) (tỉnh) yêu cầu X …": the exam's name closes the committee's name, so the
    # committee asks and X acts
    from tests.attr_helpers import mention_parts

    parts = mention_parts("Ban chỉ đạo thi tuyển sinh lớp 10 tỉnh đề nghị Sở Y tế chuẩn bị thuốc cho các điểm thi.\n",
                          "Quảng Trị", 2023)
    assert parts == [("requester", "steering_committee"), ("doer", "health")], parts
    parts = mention_parts("Để kỳ thi an toàn, ông Lê Văn A, Phó Chủ tịch UBND tỉnh, Trưởng ban chỉ đạo thi tuyển sinh "
                          "yêu cầu các trường rà soát phòng thi.\n", "Quảng Trị", 2023)
    assert not any(p == "doer" for p, _ in parts), parts


def test_a_schools_parents_association_is_kept_by_either_of_its_names():
    # news of the exam names a school's parents' board ("Ban đại diện cha mẹ học sinh") also as its association
    # ("hội cha mẹ học sinh"): one body of its own (role other), kept as doer or helper
    from tests.attr_helpers import mention_names, mention_parts

    text = "Hội cha mẹ học sinh của trường nấu cháo miễn phí cho thí sinh ở xa.\n"
    assert mention_parts(text, "Sơn La", 2024) == [("doer", "other")]
    assert mention_names(text, "Sơn La", 2024) == {"Ban đại diện cha mẹ học sinh"}
    text = "Đoàn trường phối hợp với hội cha mẹ học sinh chuẩn bị nước uống cho thí sinh.\n"
    assert ("helper", "other") in mention_parts(text, "Sơn La", 2024)


def test_with_someones_help_opens_the_sentence_and_the_one_after_the_comma_acts():
    # "Với sự hỗ trợ của X, Y + verb" (as "Dưới sự chỉ đạo của X, Y …"): X helps, Y does it
    from tests.attr_helpers import mention_parts

    parts = mention_parts("Với sự hỗ trợ của Công an tỉnh, Sở Giáo dục và Đào tạo đã đưa đề thi tới mọi điểm thi.\n",
                          "Hòa Bình", 2024)
    assert parts == [("helper", "police"), ("doer", "education")], parts
    parts = mention_parts("Được sự giúp đỡ của Tỉnh đoàn, Trung tâm Y tế huyện lập hai tổ cấp cứu ở điểm thi.\n",
                          "Hòa Bình", 2024)
    assert parts == [("helper", "youth_union"), ("doer", "health")], parts


def test_a_partner_named_only_to_coordinate_helps_the_one_that_leads():
    # "X chủ trì …, Y, Z phối hợp (thực hiện)." (a plan's column of partners written as prose): Y and Z help X; they
    # have no task of their own
    from tests.attr_helpers import roles

    text = ("Công an tỉnh chủ trì rà soát phương án bảo vệ nơi in sao đề thi, Sở Y tế và Công ty Điện lực phối hợp thực "
            "hiện.\n")
    assert roles(text, "Quảng Trị", 2024) == {"lead": {"police"}, "support": {"health", "electricity"}}
    # written after ";" the partners are a statement of their own; they still help the task before it
    text = ("Sở Y tế chủ trì kiểm tra các bếp ăn phục vụ thí sinh ở gần các điểm thi trong tỉnh; Sở Công Thương, Công an "
            "tỉnh phối hợp thực hiện.\n")
    assert roles(text, "Quảng Trị", 2024) == {"lead": {"health"}, "support": {"other", "police"}}
    # "phối hợp" followed by its own task, or said of the only agency named, is still that agency's act
    text = "Sở Y tế, Công ty Điện lực phối hợp kiểm tra điện và nước ở điểm thi.\n"
    assert roles(text, "Quảng Trị", 2024)["lead"] == {"health", "electricity"}
    text = "Các sở, ngành: Y tế, Tài chính chủ động phối hợp triển khai.\n"
    assert roles(text, "Quảng Trị", 2024) == {"lead": {"health", "finance"}, "support": set()}


def test_a_department_that_says_it_will_write_to_others_only_asks_and_the_fire_police_are_police():
    # "X cho biết sẽ có văn bản đề nghị Y …": X asks in writing, Y acts; "Cảnh sát phòng cháy chữa cháy" are police
    from tests.attr_helpers import mention_parts

    parts = mention_parts("Sở Giáo dục và Đào tạo cho biết sẽ có văn bản đề nghị Công an tỉnh, Sở Y tế bố trí lực lượng ở "
                          "các điểm thi.\n", "Bạc Liêu", 2016)
    assert parts == [("requester", "education"), ("doer", "police"), ("doer", "health")], parts
    parts = mention_parts("Cảnh sát phòng cháy chữa cháy kiểm tra an toàn cháy nổ ở nơi in sao đề thi.\n", "Bạc Liêu", 2016)
    assert parts == [("doer", "police")], parts
    # news that a leader "đã có chỉ đạo khẩn về …" reports an instruction issued, as "đã có công văn …" does
    parts = mention_parts("Ngày 2/6, Chủ tịch UBND tỉnh đã có chỉ đạo khẩn về việc bảo đảm an toàn cho kỳ thi.\n",
                          "Bạc Liêu", 2016)
    assert parts == [("requester", "provincial_pc")], parts


def test_each_department_is_the_departments():
    # "mỗi ngành / từng sở, ngành cần …" asks every department, as "các sở, ngành" does
    from tests.attr_helpers import mention_parts

    parts = mention_parts("Trong tháng này mỗi ngành cần lập kế hoạch của mình và gửi Ban Chỉ đạo duyệt.\n", "Lạng Sơn", 2016)
    assert parts[0] == ("doer", "departments") and ("doer", "steering_committee") not in parts, parts


def test_universities_named_as_a_group_are_kept():
    # "các trường đại học, cao đẳng" (who ran the exam's clusters and admit its candidates) are bodies of their own
    # (role other): a partner named so is kept, not dropped
    from tests.attr_helpers import mention_parts

    parts = mention_parts("Sở Giáo dục và Đào tạo phối hợp với các trường đại học, cao đẳng tổ chức tư vấn tuyển sinh.\n",
                          "Hải Dương", 2017)
    assert parts == [("doer", "education"), ("helper", "other")], parts
