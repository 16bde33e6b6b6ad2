"""The frame every page starts with: page config, the dataset and the shared sidebar filters.

    dataset, state = frame.page("Visits")   # first line of every page script
    ...
    frame.finish()                          # last line

Why every page draws it: the app has a ``pages/`` folder, so Streamlit 1.67 runs it as a v1
multipage app: the sidebar lists dashboard.py and the files of ``pages/`` (``1_Visits.py`` ->
"Visits", at ``/Visits``), and opening a page runs that page's script alone. A copied link
(``/Visits?status=cancelled``) therefore opens exactly that page with its filters; no page may
rely on dashboard.py having drawn anything.
"""
from __future__ import annotations

import streamlit as st

from components import data
from components.filters import RESEED_KEY, is_presenting, sidebar_filters, start_run
from newslens.filters import FilterState
from newslens.store import Dataset

_PAGE_KEY = "_newslens_page"  # the page the session showed last


def page(title: str) -> tuple[Dataset, FilterState]:
    """Set up the page called ``title``; return the session's dataset and the chosen filters."""
    st.set_page_config(page_title="Newslens" if title == "Overview" else f"{title} · Newslens", page_icon="📰",
                       layout="wide", initial_sidebar_state="collapsed" if is_presenting() else "auto")
    data.end_run()  # a page stopped early (st.stop) leaves its run's datasets behind: drop them
    start_run()
    if st.session_state.get(_PAGE_KEY) != title:  # another page: its widgets start from the shared state
        st.session_state[_PAGE_KEY] = title
        st.session_state[RESEED_KEY] = True
    dataset = data.current_dataset()
    return dataset, sidebar_filters(dataset)


def finish() -> None:
    """Last line of every page script: drop the datasets this run unpickled."""
    data.end_run()
