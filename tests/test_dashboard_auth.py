"""Sign-in: off by default; when a password is configured, adding documents needs it; optional for all pages."""

import pytest
from streamlit.testing.v1 import AppTest

from dashboard.auth import check
from etl.config import ROOT

APP = str(ROOT / "dashboard" / "app.py")


def _texts(at) -> str:
    return " ".join(e.value for e in [*at.markdown, *at.info, *at.error, *at.caption] if isinstance(e.value, str))


def test_constant_time_check():
    assert check("mật khẩu", "mật khẩu") and not check("mat khau", "mật khẩu") and not check("", "x")


def test_add_page_open_when_sign_in_is_off(app_env):
    at = AppTest.from_file(APP, default_timeout=30).run()
    at.switch_page("app_pages/add.py").run()
    assert not at.exception
    assert not at.text_input  # no password field
    assert "Tải lên tệp" in _texts(at)


def test_add_page_needs_the_password(app_env):
    at = AppTest.from_file(APP, default_timeout=30)
    at.secrets["auth"] = {"password": "đúng-rồi"}
    at.run()
    assert not at.exception and at.title[0].value == "Tổng quan"  # viewing stays open
    at.switch_page("app_pages/add.py").run()
    assert "Cần đăng nhập" in _texts(at)
    at.text_input[0].input("sai")  # a form: the value is sent with the button
    at.button[0].click().run()
    assert "Sai mật khẩu" in _texts(at)
    at.text_input[0].input("đúng-rồi")
    at.button[0].click().run()
    assert "Cần đăng nhập" not in _texts(at)
    assert any(b.label == "Đăng xuất" for b in at.sidebar.button)


# every page file of the navigation, with the title it shows once open
PAGES = [("overview", "Tổng quan"), ("coverage", "Phạm vi"), ("changes", "Thay đổi"), ("gaps", "Khoảng trống"),
         ("compare", "So sánh"), ("explore", "Tra cứu & xuất"), ("document", "Văn bản"), ("quality", "Dữ liệu"),
         ("draft", "Kiểm tra dự thảo"), ("add", "Thêm văn bản")]


def _locked_app(page: str) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=30)
    at.secrets["auth"] = {"password": "pw", "protect_all": True}
    at.run()
    if page != "overview":
        at.switch_page(f"app_pages/{page}.py").run()
    return at


def test_every_page_of_the_navigation_is_listed():
    assert sorted(p.stem for p in (ROOT / "dashboard" / "app_pages").glob("*.py") if p.stem != "__init__") == \
        sorted(name for name, _ in PAGES)


@pytest.mark.parametrize(("page", "heading"), PAGES)
def test_protect_all_gates_every_page(app_env, page, heading):
    at = _locked_app(page)
    assert not at.exception
    assert "Cần đăng nhập" in _texts(at)
    # nothing of the page or its data: no title, table, metric, chart or filter
    assert [t.value for t in at.title] == []
    assert not at.dataframe and not at.metric and not at.multiselect and not at.selectbox
    assert [e.type for e in at.main] == ["main", "info", "form", "text_input", "button"]
    at.text_input[0].input("pw")
    at.button[0].click().run()
    if page != "overview":  # AppTest's rerun after sign-in starts at the default page; go back to this one
        at.switch_page(f"app_pages/{page}.py").run()
    assert not at.exception
    assert [t.value for t in at.title] == [heading]  # once signed in, the same page opens


def test_protect_all_wrong_password_keeps_the_page_locked(app_env):
    at = _locked_app("explore")
    at.text_input[0].input("sai")
    at.button[0].click().run()
    assert "Sai mật khẩu" in _texts(at) and not at.dataframe and not at.title
