"""Session 55: patterns met on real texts (session 54's held-out batches, development now), in our own words."""

from __future__ import annotations

from tests.attr_helpers import roles


def test_the_prime_minister_only_directs_wherever_he_stands():
    # (the development readers gave none of 8 such statements the Prime Minister as a doer)
    assert roles("Thủ tướng giao nhiệm vụ chỉ đạo, tổ chức kỳ thi trên địa bàn cho chính quyền cấp tỉnh.", "Toàn quốc",
                 2024)["lead"] == set()
    assert roles("Thủ tướng Chính phủ vừa ký công điện về bảo đảm an toàn cho kỳ thi trong mùa mưa lũ.", "Toàn quốc",
                 2024)["lead"] == set()
    assert roles("Phó Thủ tướng đánh giá cao sự vào cuộc của các ngành trong việc chuẩn bị kỳ thi.", "Toàn quốc",
                 2024)["lead"] == set()
    # guards: the ones he directs act; a report sent to him names him as its recipient only
    text = "Thủ tướng yêu cầu Bộ Công an bảo vệ tuyệt đối an toàn đề thi từ khâu in sao đến khi chấm."
    assert roles(text, "Toàn quốc", 2024)["lead"] == {"police"}
    text = "Bộ Giáo dục và Đào tạo tổng hợp tình hình kỳ thi, báo cáo Thủ tướng Chính phủ ngay sau ngày thi cuối."
    assert roles(text, "Toàn quốc", 2024)["lead"] == {"education"}
