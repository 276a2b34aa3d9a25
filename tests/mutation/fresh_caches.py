"""pytest plugin for mutation runs only (`-p tests.mutation.fresh_caches`, added by tests/mutation/run.py).

mutmut forks each mutant's test run from the process that ran the unmutated tests first, so every
`functools.lru_cache` (etl.matching.forms, the themes, synonyms and rule tables) and every Streamlit cache
(all of dashboard/queries.py) comes into the mutant already filled with the unmutated results: the mutated
code is never called and its mutant "survives" (matching.py scored 12.9 % that way, with `text = None`
surviving). Clearing them before every test makes every mutant run its own code. Before every test,
not once per session: mutmut maps each function to the tests that call it in the first (unmutated) run,
and a function behind a cache is only called by the first test that fills the cache; cleared per test,
every test that needs it calls it and is mapped to it (matching._word_re had been mapped to one test).
"""

from __future__ import annotations

import sys


def clear_caches() -> int:
    cleared = 0
    for name, module in list(sys.modules.items()):
        if not name.startswith(("etl", "dashboard")) or module is None:
            continue
        for value in list(vars(module).values()):
            clear = getattr(value, "cache_clear", None)  # functools.lru_cache / cache wrappers
            if callable(clear) and getattr(value, "__module__", None) == name:
                clear()
                cleared += 1
    if "streamlit" in sys.modules:
        import streamlit as st

        st.cache_data.clear()
        st.cache_resource.clear()
    return cleared


def pytest_runtest_setup(item) -> None:
    clear_caches()
