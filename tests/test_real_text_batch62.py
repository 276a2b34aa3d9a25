"""Session 60: patterns met on real texts (session 59's held-out batches, development now), in our own words."""

from __future__ import annotations

from tests.attr_helpers import leads_by_statement, parts, roles


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
