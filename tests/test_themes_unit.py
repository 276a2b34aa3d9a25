"""etl/themes.py: the theme a user sees next to each duty, and the topics that feed the pair score, on
short duty sentences written for this test. Each expectation is the theme a reader would give the
sentence; the rules its docstring promises (most weight wins, the duty's own first keyword counts more,
a keyword naming the place of the duty counts less, "general" only without any keyword) decide the
close cases."""

from __future__ import annotations

import pytest

from etl import themes as th
from etl.matching import theme_text


@pytest.mark.parametrize("sentence,theme", [
    ("Công ty Điện lực bảo đảm cung cấp điện ổn định, không để mất điện trong những ngày thi", "power"),
    ("Theo dõi diễn biến thời tiết, chủ động ứng phó mưa bão, sạt lở", "weather"),
    ("Bố trí nhân viên y tế, thuốc và xe cứu thương tại các điểm thi", "health"),
    ("Kiểm tra, giám sát việc thực hiện quy chế thi tại các hội đồng", "inspection"),
    ("Tổ chức ôn tập, củng cố kiến thức cho học sinh lớp 12", "revision"),
    ("Huy động đoàn viên, thanh niên tham gia tiếp sức mùa thi", "youth"),
    ("Phát hiện, ngăn chặn việc sử dụng thiết bị công nghệ cao để gian lận", "cheating"),
    ("Bố trí kinh phí, thẩm định dự toán tổ chức kỳ thi", "funding"),
    # "điện thoại" is one keyword (cheating), not "điện" (power) followed by a word
    ("Nghiêm cấm thí sinh mang điện thoại vào phòng thi", "cheating"),
    # a keyword written with punctuation in the file ("ăn,  nghỉ") matches the words without it
    ("Hỗ trợ chỗ ăn, nghỉ cho thí sinh ở xa", "candidate_support"),
    # "Công điện" is the Prime Minister's dispatch, a directing document: its "điện" is not the power supply
    ("Triển khai nghiêm túc Công điện của Thủ tướng Chính phủ về tổ chức kỳ thi trên địa bàn", "steering"),
    # a contingency named without the weather, and control of the steps, each have their theme (not "general")
    ("Chủ động xử lý kịp thời mọi tình huống phát sinh trong những ngày thi", "weather"),
    ("Kiểm soát chặt chẽ mọi khâu của quy trình tổ chức thi", "inspection"),
    # guards and escorts of the papers do security work; keeping the papers themselves is the papers' theme
    ("Công an bố trí lực lượng bảo vệ, canh gác nơi in sao đề thi suốt ngày đêm", "security"),
    ("Cảnh sát hộ tống xe chở đề thi từ nơi in sao đến các điểm thi", "security"),
    ("Bảo quản đề thi trong tủ có khóa, niêm phong và camera giám sát", "exam_papers"),
    # a school or centre named as the place or the doer is no topic: neither a vocational-and-continuing-education
    # centre nor a university makes a duty an admissions duty (etl/stock_phrases.txt); admission words still do
    ("Yêu cầu các trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên mở lớp ôn tập cho học sinh lớp 12", "revision"),
    ("Mời các trường đại học cử giảng viên tham gia thanh tra tại các điểm thi", "inspection"),
    ("Hướng dẫn học sinh đăng ký xét tuyển vào các trường đại học, cao đẳng", "admissions"),
    # a shuttle for candidates helps them get there (session 22: both labelled sets and real news say so); more buses on
    # the city's lines are the traffic's
    ("Huyện bố trí xe đưa đón học sinh ở bản xa tới điểm thi và về nhà", "candidate_support"),
    ("Doanh nghiệp vận tải tăng chuyến xe buýt trên các tuyến qua điểm thi", "traffic"),
])
def test_a_duty_gets_the_theme_a_reader_would_give_it(sentence, theme):
    assert th.theme_of(sentence) == theme


def test_no_keyword_means_general():
    text = "Các đơn vị gửi danh sách về trước ngày 15"
    assert th.scores(text) == {}
    assert th.theme_of(text) == th.GENERAL == "general"
    assert th.topics_of(text) == ()


def test_a_keyword_naming_the_place_counts_less_than_the_duty():
    # about power for the printing site, not about printing (the module's own example)
    assert th.theme_of("Bảo đảm cung cấp điện liên tục cho khu vực in sao đề thi") == "power"
    s = th.scores("Bảo đảm cung cấp điện liên tục cho khu vực in sao đề thi")
    assert s["power"] > s["exam_papers"] > 0
    s_plain = th.scores("Bảo đảm cung cấp điện liên tục và in sao đề thi")
    assert s_plain["exam_papers"] > s["exam_papers"]  # the same words, not after "cho khu vực"


@pytest.mark.parametrize("sentence, theme", [
    ("Theo dõi sát diễn biến thời tiết, nhất là ở các huyện miền núi cần chuẩn bị xe đưa đón thí sinh và bố trí "
     "chỗ ở cho thí sinh.", "weather"),
    ("Bảo đảm an ninh tại điểm thi, trong đó lưu ý khâu in sao đề thi.",
     "security"),
])
def test_what_a_duty_stresses_after_nhat_la_or_trong_do_counts_less_than_the_duty(sentence, theme):
    # "nhất là", "đặc biệt là", "trong đó lưu ý" open the case a duty stresses, however far the keyword is
    assert th.theme_of(sentence) == theme


def test_a_stress_inside_the_lead_in_leaves_the_duty_after_it_whole():
    # "nhất là" before the lead-in's ":" qualifies whom the lead-in names; the duty's own keywords keep full weight
    stressed = th.scores("Sở Y tế chỉ đạo các bệnh viện, nhất là bệnh viện tuyến huyện: bảo đảm an ninh trật tự tại điểm thi.")
    plain = th.scores("Sở Y tế chỉ đạo các bệnh viện tuyến huyện: bảo đảm an ninh trật tự tại điểm thi.")
    assert stressed["security"] == plain["security"] == 6.0


def test_the_first_keyword_weighs_more_than_a_later_one():
    first = th.scores("Tuyên truyền để người dân chấp hành luật giao thông")
    assert th.theme_of("Tuyên truyền để người dân chấp hành luật giao thông") == "media"
    later = th.scores("Đề nghị người dân chấp hành luật giao thông, tuyên truyền")
    assert first["media"] > later["media"] and later["traffic"] > first["traffic"]
    assert first["media"] / later["media"] == pytest.approx(first["traffic"] / later["traffic"] * 1.5 ** 2, rel=0.2)


def test_longer_keywords_weigh_more_and_each_occurrence_counts():
    one = th.scores("kiểm tra")
    two = th.scores("kiểm tra, kiểm tra lại")
    assert two["inspection"] > one["inspection"] > 0
    assert th.scores("phòng chống cháy nổ")["security"] >= 2  # a two-syllable keyword
    assert list(th.scores("Tuyên truyền về an ninh trật tự và giao thông")) == \
        [t for t, *_ in th.themes() if t in th.scores("Tuyên truyền về an ninh trật tự và giao thông")]


def test_the_theme_table_in_file_order_with_normalised_keywords():
    rows = th.themes()
    codes = [r[0] for r in rows]
    assert codes[-1] == "general" and rows[-1][3] == ()
    assert len(codes) == len(set(codes)) > 10
    for code, vi, en, keywords in rows[:-1]:
        assert vi and en and keywords, code
        # every keyword, written in a sentence, is found (keywords are normalised like the text)
        for k in keywords:
            assert code in th.scores(f"nội dung {k.upper()} đầy đủ"), (code, k)


def test_a_keyword_with_digits_is_found_too():
    # Was a strict xfail (issue 13 report): the theme text dropped every digit, so "lớp 10" could never match.
    # The theme text now keeps numbers (the matching text still drops them).
    assert th.theme_of("Tổ chức tuyển sinh vào lớp 10 đúng quy chế") == "admissions"
    assert "admissions" in th.scores("Sở chỉ đạo các trường chuẩn bị kỳ thi vào lớp 10")
    assert "admissions" not in th.scores("Sở chỉ đạo các trường chuẩn bị kỳ thi cho học sinh lớp")
    assert all(code in th.scores(f"nội dung {k} đầy đủ") for code, _, _, kws in th.themes() for k in kws)
    # a year is still no keyword, and the matching text still ignores numbers
    assert th.theme_text("Kỳ thi năm 2024") == th.theme_text("Kỳ thi năm")
    from etl.matching import match_text
    assert match_text("bố trí 02 cán bộ y tế") == match_text("bố trí cán bộ y tế")


def test_topics_gather_the_wordings_of_one_thing():
    for wording in ("chế áp sóng", "phá sóng", "gây nhiễu"):
        topics = dict(th.topics_of(f"Bố trí thiết bị {wording} tại điểm in sao đề thi"))
        assert "jamming" in topics, wording
    topics = dict(th.topics_of("Bảo đảm cung cấp điện, có máy phát điện dự phòng"))
    assert set(topics) == {"power_supply"} and topics["power_supply"] > 3
    assert th.topics_of("Bảo đảm cung cấp điện") == th.topics_from(theme_text("Bảo đảm cung cấp điện"))
    assert th.theme_from(theme_text("Bảo đảm cung cấp điện")) == "power"


def test_medical_equipment_is_a_health_topic_not_exam_equipment():
    """"trang thiết bị y tế" is the health sector's equipment: it must not vote for the exam sites' equipment
    (a Hải Phòng health item joined the exam councils' readiness through it)."""
    topics = dict(th.topics_of("Chuẩn bị nhân lực, vật lực, trang thiết bị y tế sẵn sàng khám, chữa bệnh"))
    assert "medical_care" in topics and "exam_sites" not in topics
    assert "exam_sites" in dict(th.topics_of("Chuẩn bị cơ sở vật chất, trang thiết bị cho các phòng thi"))


@pytest.mark.parametrize("sentence,doers,alone,theme", [
    # what the police do is about security unless its words say more strongly what else
    ("tăng cường tuần tra, kiểm tra tại các điểm thi trước và trong kỳ thi", ("police",), "inspection", "security"),
    # the power company's crew on duty names no keyword of its own
    ("bố trí lực lượng trực tại các điểm thi để xử lý sự cố", ("electricity",), "general", "power"),
    # a clear keyword of another theme outweighs the doer: the police running a training course is training
    ("tổ chức tập huấn nghiệp vụ coi thi cho cán bộ, giáo viên", ("police",), "training", "training"),
    # the education department does every kind of duty: its doing says nothing
    ("kiểm tra công tác chuẩn bị tại các điểm thi", ("education",), "inspection", "inspection"),
    # a doer the file knows nothing of changes nothing
    ("kiểm tra công tác chuẩn bị tại các điểm thi", ("other", "departments"), "inspection", "inspection"),
])
def test_the_doer_votes_for_its_sector_theme(sentence, doers, alone, theme):
    themed = theme_text(sentence)
    assert th.theme_from(themed) == alone
    assert th.theme_from(themed, doers) == theme
