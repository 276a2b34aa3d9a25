"""Issue 9, session 25: who acts in a district's own documents, and what the dashboard calls them (our own words)."""

from tests.attr_helpers import attribute_text


def _named(text: str, place: str, year: int) -> dict[str, set[str]]:
    """The agencies each part names in `text`: {"doer": {"Công an các huyện, thành phố", …}, …}."""
    _, att = attribute_text(text, place, year)
    out: dict[str, set[str]] = {}
    for found in att.mentions.values():
        for f in found:
            out.setdefault(f.kind, set()).add(f.name)
    return out


def test_a_districts_own_offices_are_not_the_provinces_departments():
    # a district's directive assigns its own education office, police and youth union: the Document page and
    # the tables must not say the province's department, police or youth union did it
    text = ("1. Phòng GD&ĐT huyện chủ trì rà soát danh sách thí sinh khó khăn.\n"
            "2. Công an huyện bảo vệ đề thi tại các điểm thi trên địa bàn.\n"
            "3. Huyện đoàn tổ chức đội hình tình nguyện đưa đón thí sinh.")
    doers = _named(text, "Quảng Ngãi", 2024)["doer"]
    assert doers == {"Phòng Giáo dục và Đào tạo các huyện, thành phố", "Công an các huyện, thành phố",
                     "Đoàn Thanh niên các huyện, thành phố"}


def test_a_force_and_its_district_units_both_act_under_their_own_names():
    # "Công an tỉnh chỉ đạo Công an các huyện …": the force keeps the duty and its district units do it too;
    # a city's districts are "quận, huyện"; commune police are a third level
    text = "Công an tỉnh chỉ đạo Công an các huyện, thị xã bố trí lực lượng tuần tra quanh các điểm thi."
    assert _named(text, "Bình Định", 2023)["doer"] == {"Công an tỉnh", "Công an các huyện, thành phố"}
    text = "Công an thành phố chỉ đạo Công an các phường, xã giữ trật tự trước cổng các điểm thi."
    assert _named(text, "Cần Thơ", 2023)["doer"] == {"Công an thành phố", "Công an cấp xã"}
