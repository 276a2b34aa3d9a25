"""Session 61: patterns met on real texts (development batches), in our own words."""

from __future__ import annotations

import datetime as dt

from etl.clean import clean
from etl.metadata import extract
from etl.segment import kinds as paragraph_kinds
from tests.attr_helpers import roles


def meta_of(text: str) -> dict:
    cleaned = clean(text)
    return extract(cleaned.paragraphs, paragraph_kinds(cleaned.paragraphs), None).values


def test_the_province_after_a_district_or_commune_it_holds_is_an_address_not_a_doer():
    # "… học sinh ở huyện đảo A, tỉnh B đã …", "… (huyện A, tỉnh B) đã …": the province finishes the pupils' address,
    # even when the gazetteer does not know the district, so its committee does not become the one who acts
    assert roles("Sáng 12/7, gần 80 học sinh ở huyện đảo Cô Tô, tỉnh Quảng Ninh đã lên tàu vào đất liền dự thi.\n",
                 "Quảng Ninh", 2021)["lead"] == set()
    assert roles("Trưa qua, 45 thí sinh ba xã đảo (huyện Vân Đồn, tỉnh Quảng Ninh) đã cập bến Cái Rồng để dự thi.\n",
                 "Quảng Ninh", 2024)["lead"] == set()
    # guards: the province standing alone as the subject, and after a list that is not an address, still acts
    assert roles("Tỉnh Quảng Ninh đã bố trí tàu riêng đưa thí sinh Cô Tô vào đất liền.\n", "Quảng Ninh",
                 2021)["lead"] == {"provincial_pc"}
    assert roles("Cùng với các huyện, tỉnh Quảng Ninh đã thuê tàu riêng cho thí sinh vùng đảo.\n", "Quảng Ninh",
                 2021)["lead"] == {"provincial_pc"}
    # a district that is the setting opening the statement is no address: the province after it is the subject
    assert roles("Tại huyện Cô Tô, tỉnh Quảng Ninh đã thuê tàu riêng cho thí sinh.\n", "Quảng Ninh",
                 2021)["lead"] == {"provincial_pc"}


def test_a_document_reported_by_a_bare_number_gives_its_number_and_day():
    values = meta_of("Lào Cai tăng cường chỉ đạo kỳ thi\n\n"
                     "Chủ tịch UBND tỉnh Lào Cai vừa ký ban hành Chỉ thị 9 (ngày 20/5/2024) về tổ chức kỳ thi tốt "
                     "nghiệp THPT năm 2024. Theo đó, các sở, ngành phải bảo đảm an toàn cho các điểm thi.\n")
    assert (values["doc_type"], values["number"], values["issued_date"]) == ("Chỉ thị", "9", dt.date(2024, 5, 20))
    values = meta_of("Thủ tướng chỉ đạo bảo đảm kỳ thi an toàn\n\n"
                     "Ngày 6/5, Phó Thủ tướng thay mặt Thủ tướng Chính phủ ký Công điện số 41 về việc tổ chức kỳ thi "
                     "tốt nghiệp THPT năm 2025. Công điện yêu cầu các bộ, ngành theo dõi sát thời tiết.\n")
    assert (values["doc_type"], values["number"]) == ("Công điện", "41")
    # guards: a count or a span of years after the type is no number
    values = meta_of("Sơn La bàn kế hoạch dài hạn\n\n"
                     "UBND tỉnh Sơn La ban hành Kế hoạch 5 năm về phát triển giáo dục, trong đó có tổ chức kỳ thi tốt "
                     "nghiệp THPT.\n")
    assert "number" not in values
    values = meta_of("Hà Giang ra quân bảo đảm giao thông mùa thi\n\n"
                     "Công an tỉnh Hà Giang đã ban hành kế hoạch 10 ngày cao điểm bảo đảm trật tự giao thông phục vụ kỳ "
                     "thi tốt nghiệp THPT năm 2024.\n")
    assert "number" not in values
