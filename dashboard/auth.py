"""Optional password sign-in.

Enabled by `.streamlit/secrets.toml`:

    [auth]
    password = "…"            # sign-in is required to add documents
    protect_all = false       # true: every page needs it

The password is compared in constant time (hmac.compare_digest). Deployments with an identity provider
can use `st.login` instead (README); it needs an online provider, so it is not the default here.

Guessing is slowed twice over (200 wrong passwords in 14 s used to be possible, then the right one
worked at once): per browser session, after FREE_TRIES wrong passwords each further one doubles a wait
(1, 2, 4 … MAX_WAIT s); across all sessions of the server (a new tab is a new session), more than
SERVER_TRIES wrong passwords within WINDOW s make everyone wait the same way. During a wait no password
is checked at all, the right one included.
"""

from __future__ import annotations

import hmac
import threading
import time
from collections import deque

import streamlit as st

from dashboard.i18n import t

FREE_TRIES = 3
SERVER_TRIES = 20
WINDOW = 300.0
MAX_WAIT = 300.0
clock = time.monotonic  # replaced in tests


def _wait_after(failures: int, free: int) -> float:
    return 0.0 if failures <= free else min(2.0 ** (failures - free - 1), MAX_WAIT)


class _ServerLimit:
    """Wrong passwords of every session of this server, within the last WINDOW seconds."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.failures: deque[float] = deque()
        self.until = 0.0

    def fail(self, now: float) -> None:
        with self.lock:
            self.failures.append(now)
            while self.failures and self.failures[0] < now - WINDOW:
                self.failures.popleft()
            self.until = max(self.until, now + _wait_after(len(self.failures), SERVER_TRIES))


@st.cache_resource
def _server_limit() -> _ServerLimit:
    return _ServerLimit()


def seconds_to_wait() -> float:
    """How long this session must wait before a password is checked again (0: it may try now)."""
    until = max(st.session_state.get("auth_until", 0.0), _server_limit().until)
    return max(0.0, until - clock())


def _failed() -> None:
    now = clock()
    n = st.session_state.get("auth_failures", 0) + 1
    st.session_state["auth_failures"] = n
    st.session_state["auth_until"] = now + _wait_after(n, FREE_TRIES)
    _server_limit().fail(now)


def _settings() -> dict:
    try:
        return dict(st.secrets["auth"])
    except (FileNotFoundError, KeyError):
        return {}


def password() -> str | None:
    value = _settings().get("password")
    return str(value) if value else None


def enabled() -> bool:
    return password() is not None


def protect_all() -> bool:
    return enabled() and bool(_settings().get("protect_all", False))


def check(candidate: str, expected: str) -> bool:
    return hmac.compare_digest(candidate.encode("utf-8"), expected.encode("utf-8"))


def signed_in() -> bool:
    return not enabled() or bool(st.session_state.get("signed_in"))


def require() -> None:
    """Stop the page with a sign-in form unless sign-in is off or done."""
    if signed_in():
        return
    st.info(t("auth_needed"), icon=":material/lock:")
    with st.form("sign_in"):
        given = st.text_input(t("auth_password"), type="password")
        if st.form_submit_button(t("auth_sign_in")):
            wait = seconds_to_wait()
            if wait > 0:
                st.error(t("auth_wait", s=int(wait + 0.999)))
            elif check(given, password() or ""):
                st.session_state["signed_in"] = True
                st.session_state["auth_failures"] = 0
                st.rerun()
            else:
                _failed()
                wait = seconds_to_wait()
                st.error(t("auth_wrong") if wait <= 0 else f"{t('auth_wrong')} {t('auth_wait', s=int(wait + 0.999))}")
    st.stop()


def sidebar() -> None:
    if enabled() and st.session_state.get("signed_in") and st.sidebar.button(t("auth_sign_out"), key="sign_out"):
        st.session_state["signed_in"] = False
        st.rerun()
