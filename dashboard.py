"""Newslens dashboard: the frame (page config, navigation) and the Overview page.

Run: ``streamlit run dashboard.py`` (opens data/sample/store, or the store NEWSLENS_DATA names).
"""
from pathlib import Path

import streamlit as st

from components import data
from components.charts import STATUS_LABELS, STATUS_MARKDOWN_COLOURS, export_config
from components.charts.overview import articles_per_month, figures_trend
from components.charts.visits import status_counts_chart
from components.filters import describe, is_presenting, sidebar_filters, start_run
from newslens.schema import VISIT_STATUSES

HERE = Path(__file__).parent

st.set_page_config(page_title="Newslens", page_icon="📰", layout="wide",
                   initial_sidebar_state="collapsed" if is_presenting() else "auto")


def overview() -> None:
    """Key figures of the loaded dataset, a compact visits timeline and the trade trend."""
    dataset = data.current_dataset()
    state = sidebar_filters(dataset)
    st.title("Newslens")
    st.caption(f"Dataset: {data.dataset_label()} · {describe(state, dataset)}")
    if dataset.articles.empty:
        st.info("This dataset has no articles yet. Build one with `python -m newslens ingest INPUT --out STORE` "
                "and open it with NEWSLENS_DATA=STORE, or upload files on the Data page.")
        return
    figures = data.query("key_figures", state)
    if figures.n_articles == 0:
        st.warning("No article matches these filters. Widen the dates or remove an actor, topic or source.")
        return
    span = "undated"
    if figures.first_date is not None:  # years only: a metric has room for about twelve characters
        first_year, last_year = figures.first_date.year, figures.last_date.year
        span = str(first_year) if first_year == last_year else f"{first_year}–{last_year}"
        span_help = f"{figures.n_dated_articles:,} dated articles, {figures.first_date:%Y-%m-%d} to {figures.last_date:%Y-%m-%d}"
    cols = st.columns(5)
    cols[0].metric("Articles", f"{figures.n_articles:,}", help=f"{figures.n_sources} sources")
    cols[1].metric("Published", span, help=span_help if figures.first_date is not None else None)
    cols[2].metric("Visits", f"{figures.n_visit_events:,}", help=f"{figures.n_visits:,} visit records merged into visits")
    cols[3].metric("Trade figures", f"{figures.n_figures:,}")
    cols[4].metric("Actors named", f"{figures.n_actors:,}")
    st.markdown(" · ".join(f":{STATUS_MARKDOWN_COLOURS[s]}[**{STATUS_LABELS[s]}**] {figures.visits_by_status[s]:,}"
                           for s in VISIT_STATUSES) + " visit records")
    left, right = st.columns(2)
    with left:
        st.subheader("Visits by month")
        window = data.query("visit_window", state)
        st.plotly_chart(data.figure(status_counts_chart, "visits_with_articles", state, window),
                        config=export_config(filename="newslens-visits-by-month"), key="overview-visits")
    with right:
        st.subheader("Trade figures reported")
        names = data.query("country_names", state)
        st.plotly_chart(data.figure(figures_trend, "figures_table", state, names),
                        config=export_config(filename="newslens-trade-trend"), key="overview-trade")
    st.subheader("Articles per month")
    st.plotly_chart(data.figure(articles_per_month, "articles_table", state),
                    config=export_config(filename="newslens-articles"), key="overview-articles")


# (file or callable, title, icon, url path); pages a colleague has not written yet are skipped.
# The url paths are lowercase on purpose: Streamlit 1.67 runs an app that has a pages/ folder
# through its v1 wrapper, which would run pages/1_Visits.py alone (without this frame) for a link
# to /Visits; /visits reaches this frame (after a "Page not found" notice) and st.navigation
# opens the page. Renaming pages/ (e.g. to app_pages/) removes the notice.
PAGES = [
    (overview, "Overview", ":material/dashboard:", "overview"),
    ("pages/1_Visits.py", "Visits", ":material/flight_takeoff:", "visits"),
    ("pages/2_Trade.py", "Trade", ":material/bar_chart:", "trade"),
    ("pages/3_Actors.py", "Actors", ":material/groups:", "actors"),
    ("pages/4_Articles.py", "Articles", ":material/article:", "articles"),
    ("pages/5_Data.py", "Data", ":material/upload_file:", "data"),
]
navigation = st.navigation([
    st.Page(target if callable(target) else HERE / target, title=title, icon=icon, url_path=url_path,
            default=callable(target))
    for target, title, icon, url_path in PAGES
    if callable(target) or (HERE / target).is_file()
])
# The filters are drawn here, in the entrypoint, so their values survive page switches; each page
# gets the same state from its own sidebar_filters() call.
start_run()
try:
    sidebar_filters(data.current_dataset())
    navigation.run()
finally:  # also after st.stop() in a page
    data.end_run()
