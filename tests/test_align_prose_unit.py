"""Issue 10, session 11: a news report or portal summary says a duty again in another sentence; a numbered document
states each duty once. Our own words."""

from etl import align as al
from etl.config import Settings
from etl.frames import prose_documents
from etl.matching import match_text
from etl.pipeline import parse_folder

TEXTS = ["Công an tỉnh bố trí lực lượng bảo vệ điểm thi suốt kỳ thi.",
         "Lực lượng công an tuần tra, giữ trật tự quanh các điểm thi.",
         "Công an bố trí lực lượng bảo vệ các điểm thi, tuần tra giữ trật tự khu vực thi."]
DOCS = ["news", "news", "directive"]


def _duties(restating):
    return al.align([match_text(t) for t in TEXTS], DOCS, ["security"] * 3, restating=restating, unscored=37.0).duty_of


def test_a_prose_document_may_say_one_duty_twice():
    # The directive's item joins both sentences of the report (the second at a score under the repeat bar).
    assert _duties(frozenset({"news"})) == [0, 0, 0]


def test_a_numbered_document_states_a_duty_once():
    # Had the report been a numbered document, its second sentence would be a duty of its own; the directive's item
    # (guards and patrols both) joins one of the two.
    duty = _duties(frozenset())
    assert duty[1] != duty[0] and duty[2] in (duty[0], duty[1])


NEWS = """Công an huyện sẵn sàng cho kỳ thi

Sáng nay, Công an huyện bố trí lực lượng bảo vệ các điểm thi trên địa bàn.

Lực lượng công an cũng tuần tra, giữ trật tự quanh các điểm thi.
"""

DIRECTIVE = """ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN

CHỈ THỊ
Về tổ chức Kỳ thi tốt nghiệp THPT năm 2026

1. Công an tỉnh bố trí lực lượng bảo vệ các điểm thi.
2. Sở Y tế bố trí cán bộ y tế tại các điểm thi.
"""


def test_only_a_document_of_paragraphs_alone_is_prose(tmp_path):
    (tmp_path / "tin_bai.txt").write_text(NEWS, encoding="utf-8")
    (tmp_path / "chi_thi.txt").write_text(DIRECTIVE, encoding="utf-8")
    build = parse_folder(tmp_path, Settings(), lambda s: None)
    by_file = {d.source_file: d.doc_id for d in build.docs}
    assert prose_documents(build) == {by_file["tin_bai.txt"]}


NEWS_DASHED = """Điện lực huyện sẵn sàng cấp điện cho kỳ thi

– Sáng nay, Điện lực huyện kiểm tra đường dây cấp điện cho các điểm thi trên địa bàn.

– Đơn vị cũng bố trí máy phát dự phòng và người trực tại từng điểm thi.
"""

LETTER_DASHED = """SỞ Y TẾ TỈNH LẠNG SƠN
Số: 120/SYT-NVY
V/v bảo đảm y tế phục vụ Kỳ thi tốt nghiệp THPT năm 2026

- Trung tâm Y tế các huyện bố trí cán bộ y tế tại các điểm thi.
- Trung tâm Kiểm soát bệnh tật tỉnh giám sát an toàn thực phẩm.
"""


def test_a_web_report_written_with_dashes_is_still_prose(tmp_path):
    # a portal's paragraphs opening with a dash are not a document's bulleted items: the report says a duty again in
    # other words, as one of paragraphs alone does; a numbered letter with dash items states each duty once
    (tmp_path / "tin_dien.txt").write_text(NEWS_DASHED, encoding="utf-8")
    (tmp_path / "cong_van.txt").write_text(LETTER_DASHED, encoding="utf-8")
    (tmp_path / "chi_thi.txt").write_text(DIRECTIVE, encoding="utf-8")
    build = parse_folder(tmp_path, Settings(), lambda s: None)
    by_file = {d.source_file: d.doc_id for d in build.docs}
    assert prose_documents(build) == {by_file["tin_dien.txt"]}
