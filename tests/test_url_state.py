"""Shared links: a widget kept in the URL by dashboard/url_state.py opens with the link's value, writes
the code (not the translated label) back, drops values the page does not offer, and keeps links short."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest


def _picker_page():
    import streamlit as st

    from dashboard import url_state

    labels = {"education": "Giáo dục", "police": "Công an", "health": "Y tế"}
    role = url_state.single(st.selectbox, "Vai trò", ["education", "police", "health"], key="role",
                            format_func=labels.get)
    years = url_state.multi(st.multiselect, "Năm", [2022, 2023, 2024], key="yr")
    kinds = url_state.multi(st.multiselect, "Loại", ["lead", "support"], key="kind", default=["lead"])
    mode = url_state.single(st.segmented_control, "Chế độ", ["years", "docs"], key="mode", required=True)
    status = url_state.single(st.radio, "Trạng thái", ["new", "dropped"], key="st", default="dropped")
    st.markdown(f"role={role} years={years} kinds={kinds} mode={mode} status={status}")


def _open(params: dict | None = None) -> AppTest:
    at = AppTest.from_function(_picker_page, default_timeout=30)
    at.query_params.update(params or {})
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def shown(at: AppTest) -> str:
    return at.markdown[0].value


def url(at: AppTest) -> dict[str, list[str]]:
    """The page's query string as lists (?yr=2023&yr=2024 -> ["2023", "2024"])."""
    return {k: v if isinstance(v, list) else [v] for k, v in sorted(at.query_params.items())}


def test_defaults_leave_the_url_empty():
    at = _open()
    assert shown(at) == "role=education years=[] kinds=['lead'] mode=years status=dropped"
    assert url(at) == {}


def test_a_shared_link_opens_with_its_values():
    at = _open({"role": "police", "yr": ["2023", "2024"], "kind": "support", "mode": "docs", "st": "new"})
    assert shown(at) == "role=police years=[2023, 2024] kinds=['support'] mode=docs status=new"
    assert at.selectbox(key="role").value == "police" and at.multiselect(key="yr").value == [2023, 2024]
    # the URL keeps the codes it was opened with
    assert url(at) == {"kind": ["support"], "mode": ["docs"], "role": ["police"], "st": ["new"],
                       "yr": ["2023", "2024"]}


def test_values_the_page_does_not_offer_fall_back_to_the_default():
    at = _open({"role": "Công an", "yr": ["2023", "1999", "x"], "mode": "nonsense", "st": ""})
    assert shown(at) == "role=education years=[2023] kinds=['lead'] mode=years status=dropped"
    assert url(at) == {"yr": ["2023"]}  # nothing invalid is written back


def test_choosing_writes_the_code_not_the_label_and_the_default_is_dropped():
    at = _open()
    at.selectbox(key="role").select("health").run()
    assert url(at) == {"role": ["health"]}
    at.multiselect(key="yr").select(2024).select(2022).run()
    assert shown(at).startswith("role=health years=[2024, 2022]")
    assert url(at) == {"role": ["health"], "yr": ["2024", "2022"]}
    at.multiselect(key="kind").unselect("lead").select("support").run()
    assert url(at)["kind"] == ["support"]
    at.multiselect(key="kind").unselect("support").select("lead").run()
    at.selectbox(key="role").select("education").run()
    at.multiselect(key="yr").unselect(2024).unselect(2022).run()
    assert url(at) == {}  # back to the defaults: a short link again
    assert shown(at) == "role=education years=[] kinds=['lead'] mode=years status=dropped"


def test_a_single_year_goes_into_the_url_and_comes_back():
    at = _open()
    at.multiselect(key="yr").select(2023).run()
    assert url(at) == {"yr": ["2023"]}
    at = _open({"yr": "2023"})
    assert shown(at).startswith("role=education years=[2023]")


def test_a_required_control_cleared_by_the_user_keeps_its_default():
    # a segmented control can be clicked off; the page must still get a mode, not None
    at = _open({"mode": "docs"})
    assert at.button_group(key="mode").value == "docs"
    at.button_group(key="mode").set_value(None).run()
    assert "mode=years " in shown(at) and "mode" not in url(at)


def test_a_later_rerun_keeps_the_chosen_value_even_when_the_url_still_says_otherwise():
    at = _open({"role": "police"})
    at.selectbox(key="role").select("health").run()
    at.run()
    assert shown(at).startswith("role=health") and url(at)["role"] == ["health"]


def test_the_widgets_keep_their_labels_and_show_translated_options():
    at = _open({"role": "police"})
    box = at.selectbox(key="role")
    assert box.label == "Vai trò" and box.options == ["Giáo dục", "Công an", "Y tế"]
    assert at.multiselect(key="yr").label == "Năm" and at.multiselect(key="kind").label == "Loại"
