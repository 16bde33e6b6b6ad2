"""The frame of the app: page config, the dataset, the shared sidebar filters and the navigation.

``dashboard.py`` is the entrypoint; every run of any page goes through it:

    # dashboard.py
    frame.run([st.Page(overview, title="Overview", default=True), ...pages/*.py])

    # pages/1_Visits.py (any page)
    dataset, state = frame.current()

The filter widgets are drawn here, in the entrypoint, before ``st.navigation(...).run()``: entrypoint
widgets keep their values when the user switches page, and, bound to the URL
(``bind="query-params"``), they keep their parameters in the address bar on every page. A copied
link (``/Visits?status=cancelled``) therefore opens that page with its filters.

Why :func:`use_navigation`: the app has a ``pages/`` folder, and Streamlit 1.67 starts a server
process in its old (v1) multipage mode when one exists next to the entrypoint: the first run of the
process would run a page script alone and list the entrypoint as "dashboard". ``st.navigation``
switches the process to v2 for good, so the very first run of a process switches and reruns itself.
"""
from __future__ import annotations

import streamlit as st

from components import data
from components.filters import is_presenting, share_panel, sidebar_filters
from newslens.filters import FilterState
from newslens.store import Dataset

_CURRENT_KEY = "_newslens_frame"  # (dataset, state) of this run, set by run(), read by current()


def use_navigation() -> None:
    """Leave Streamlit's v1 multipage mode (see the module docstring) by rerunning once in v2."""
    from streamlit.runtime.pages_manager import PagesManager

    if PagesManager.uses_pages_directory:
        PagesManager.uses_pages_directory = False  # what st.navigation itself sets
        st.rerun()


def run(pages: list) -> None:
    """Draw the frame, then the page the URL names (``pages`` are st.Page objects, the first the default)."""
    use_navigation()
    presenting = is_presenting()
    st.set_page_config(page_title="Newslens", page_icon="📰", layout="wide",
                       initial_sidebar_state="collapsed" if presenting else "auto")
    # a presentation link shows one page, without the page list or the filter widgets
    navigation = st.navigation(pages, position="hidden" if presenting else "sidebar")
    try:
        dataset = data.current_dataset()
        st.session_state[_CURRENT_KEY] = (dataset, sidebar_filters(dataset))
        navigation.run()
    finally:  # also after st.stop() in a page
        share_panel()  # in the sidebar, with the parameters the page has set
        st.session_state.pop(_CURRENT_KEY, None)
        data.end_run()  # drop the datasets this run unpickled


def current() -> tuple[Dataset, FilterState]:
    """The session's dataset and the chosen filters, for the page being drawn."""
    use_navigation()  # a page script run on its own by the v1 mode: rerun through dashboard.py
    if _CURRENT_KEY not in st.session_state:  # e.g. `streamlit run pages/1_Visits.py`
        st.error("This page is part of the Newslens dashboard: start it with `streamlit run dashboard.py`.")
        st.stop()
    return st.session_state[_CURRENT_KEY]
