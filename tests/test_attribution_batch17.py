"""Issue 9, session 14: patterns seen in batch AE (studied once its held-out figure was recorded) and the batches
after it. Our own words."""

from tests.attr_helpers import roles

NESTED = """Theo đó, Thủ tướng yêu cầu các bộ, ngành và UBND các tỉnh làm tốt phần việc của mình, trong đó:

- Bộ Y tế:

+ Hướng dẫn các bệnh viện sẵn sàng tiếp nhận thí sinh bị ốm;

+ Kiểm tra bếp ăn của các trường có thí sinh ở lại.

- UBND các tỉnh, thành phố:

+ Lo chỗ ở cho thí sinh ở xa.
"""


def test_bullets_under_an_agencys_own_line_are_its_duties_not_the_opening_requests():
    assert roles(NESTED, "toàn quốc", 2024, which="Hướng dẫn các bệnh viện") == {"lead": {"health"}, "support": set()}
    assert roles(NESTED, "toàn quốc", 2024, which="Kiểm tra bếp ăn")["lead"] == {"health"}
    assert roles(NESTED, "toàn quốc", 2024, which="Lo chỗ ở")["lead"] == {"provincial_pc"}
