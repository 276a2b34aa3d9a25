"""Optional password sign-in.

Enabled by `.streamlit/secrets.toml`:

    [auth]
    password = "…"            # sign-in is required to add documents
    protect_all = false       # true: every page needs it

The password is compared in constant time (hmac.compare_digest). Deployments with an identity provider
can use `st.login` instead (README); it needs an online provider, so it is not the default here.
"""

from __future__ import annotations

import hmac

import streamlit as st

from dashboard.i18n import t


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
            if check(given, password() or ""):
                st.session_state["signed_in"] = True
                st.rerun()
            st.error(t("auth_wrong"))
    st.stop()


def sidebar() -> None:
    if enabled() and st.session_state.get("signed_in") and st.sidebar.button(t("auth_sign_out"), key="sign_out"):
        st.session_state["signed_in"] = False
        st.rerun()
