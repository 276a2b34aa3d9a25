"""Sign-in attempts are limited per session and across the server, with a growing wait (issue 12: 200
wrong passwords in 14 s were possible, then the right one worked at once)."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from dashboard import auth
from etl.config import ROOT

APP = str(ROOT / "dashboard" / "app.py")
RIGHT = "đúng-rồi"


class FakeClock:
    def __init__(self) -> None:
        self.now = 10_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock(app_env, monkeypatch):
    fake = FakeClock()
    monkeypatch.setattr(auth, "clock", fake)
    auth._server_limit.clear()  # the server-wide count lives in st.cache_resource
    yield fake
    auth._server_limit.clear()


def _session():
    at = AppTest.from_file(APP, default_timeout=30)
    at.secrets["auth"] = {"password": RIGHT}
    at.run()
    at.switch_page("app_pages/add.py").run()
    return at


def _try(at, given: str) -> str:
    at.text_input[0].input(given)
    at.button[0].click().run()
    return " ".join(e.value for e in at.error)


def test_wrong_passwords_make_the_session_wait_even_for_the_right_one(clock):
    at = _session()
    for _ in range(3):
        assert _try(at, "sai") == "Sai mật khẩu."
    assert _try(at, "sai").endswith("Sai mật khẩu. Đã nhập sai mật khẩu nhiều lần; hãy chờ 1 giây rồi thử lại.")
    assert _try(at, RIGHT).endswith("Đã nhập sai mật khẩu nhiều lần; hãy chờ 1 giây rồi thử lại.")
    assert at.text_input  # the right password was not even checked
    for _ in range(6):
        clock.now += auth.MAX_WAIT  # each try after the previous wait: checked, and wrong
        _try(at, "sai")
    # Ten wrong passwords: the eleventh try waits 2^6 s.
    assert _try(at, RIGHT).endswith("hãy chờ 64 giây rồi thử lại.")
    clock.now += 65
    _try(at, RIGHT)
    assert not at.text_input and any(b.label == "Đăng xuất" for b in at.sidebar.button)


def test_waits_double_and_are_capped():
    assert [auth._wait_after(n, 3) for n in (0, 3, 4, 5, 6, 10, 30)] == [0, 0, 1, 2, 4, 64, auth.MAX_WAIT]


def test_new_sessions_do_not_reset_the_server_wide_limit(clock):
    # Three wrong passwords per session never trigger the per-session wait; 21 across the server do.
    for _ in range(7):
        at = _session()
        for _ in range(3):
            _try(at, "sai")
    assert len(auth._server_limit().failures) == 21
    fresh = _session()
    assert _try(fresh, RIGHT) == "Đã nhập sai mật khẩu nhiều lần; hãy chờ 1 giây rồi thử lại."
    assert fresh.text_input  # still locked
    clock.now += 1.5
    _try(fresh, RIGHT)
    assert not fresh.text_input


def test_the_window_forgets_old_failures(clock):
    for _ in range(7):
        at = _session()
        for _ in range(3):
            _try(at, "sai")
            clock.now += 20  # 21 failures over seven minutes: never more than 15 within five
    at = _session()
    _try(at, RIGHT)
    assert not at.text_input
