"""Newslens dashboard: the entrypoint (frame and navigation, components/frame.py) and the Overview page.

Run: ``streamlit run dashboard.py`` (opens data/sample/store, or the store NEWSLENS_DATA names).
The other pages are the scripts of ``pages/``, listed in PAGES in sidebar order.
"""
import streamlit as st

from components import data, frame
from components.charts import STATUS_LABELS, STATUS_MARKDOWN_COLOURS, export_config
from components.charts.overview import articles_per_month, figures_trend
from components.charts.visits import status_counts_chart
from components.filters import describe
from newslens.schema import VISIT_STATUSES


def overview() -> None:
    """Key figures of the loaded dataset, a compact visits timeline and the trade trend."""
    dataset, state = frame.current()
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


PAGES = [
    st.Page(overview, title="Overview", icon=":material/dashboard:", default=True),
    st.Page("pages/1_Visits.py", title="Visits", icon=":material/flight:"),
    st.Page("pages/2_Trade.py", title="Trade", icon=":material/currency_exchange:"),
    st.Page("pages/3_Actors.py", title="Actors", icon=":material/groups:"),
    st.Page("pages/4_Articles.py", title="Articles", icon=":material/article:"),
    st.Page("pages/5_Data.py", title="Data", icon=":material/folder_open:"),
]

frame.run(PAGES)
