"""Widgets whose value lives in the URL as a code, not as the label shown.

Streamlit's `bind="query-params"` writes the *formatted* option into the URL, so a role picker would
write "Công an" in Vietnamese and "Police" in English, and a link built with a document id would be
refused. These wrappers keep the option itself (a role slug, a document id, a status) in the URL: the
widget is seeded from the URL the first time it appears, and every run writes its value back (the
parameter is dropped when the value is the default, to keep links short).
"""

from __future__ import annotations

from collections.abc import Sequence

import streamlit as st


def _seed(key: str, options: Sequence, default, multi: bool) -> None:
    by_text = {str(o): o for o in options}
    if key not in st.session_state:
        raw = st.query_params.get_all(key)
        if multi:
            st.session_state[key] = [by_text[r] for r in raw if r in by_text] if raw else list(default)
        else:
            st.session_state[key] = by_text.get(raw[0], default) if raw else default
    elif multi:
        st.session_state[key] = [v for v in st.session_state[key] if v in options]
    elif st.session_state[key] not in options:
        st.session_state[key] = default


def _publish(key: str, value, default) -> None:
    if isinstance(value, (list, tuple)):
        wanted = [] if list(value) == list(default) else [str(v) for v in value]
    else:
        wanted = [] if value == default or value is None else [str(value)]
    if st.query_params.get_all(key) != wanted:
        if wanted:
            st.query_params[key] = wanted if len(wanted) > 1 or isinstance(value, (list, tuple)) else wanted[0]
        elif key in st.query_params:
            del st.query_params[key]


def single(widget, label: str, options: Sequence, *, key: str, default=None, **kwargs):
    """A one-value widget (st.selectbox, st.radio, st.segmented_control…) whose value is kept in the URL."""
    options = list(options)
    default = options[0] if default is None and options else default
    _seed(key, options, default, multi=False)
    value = widget(label, options, key=key, **kwargs)
    if value is None and kwargs.get("required"):
        value = default
    _publish(key, value, default)
    return value


def multi(widget, label: str, options: Sequence, *, key: str, default: Sequence = (), **kwargs) -> list:
    """A many-value widget (st.multiselect, st.pills with selection_mode='multi') kept in the URL."""
    options = list(options)
    _seed(key, options, list(default), multi=True)
    value = widget(label, options, key=key, **kwargs)
    _publish(key, list(value or []), list(default))
    return list(value or [])
