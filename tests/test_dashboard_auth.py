"""Sign-in: off by default; when a password is configured, adding documents needs it; optional for all pages."""

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


def test_protect_all_gates_every_page(app_env):
    at = AppTest.from_file(APP, default_timeout=30)
    at.secrets["auth"] = {"password": "pw", "protect_all": True}
    at.run()
    assert "Cần đăng nhập" in _texts(at)
    assert not at.dataframe  # nothing of the data is shown
