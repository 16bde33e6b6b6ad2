"""Visits: who visited whom, where, when and with what status; every point opens its evidence."""
import streamlit as st

from components import data, frame
from components.charts import export_config, geo_config
from components.charts.visits import TimelineOptions, visit_map, visit_timeline
from components.filters import describe
from components.render import csv_download, safe_dataframe, selected_ids, show_article


def remember_click() -> None:
    """on_select of the timeline: keep the clicked record (the chart's id may change on the next run)."""
    ids = selected_ids(st.session_state.get("visits_timeline"))
    st.session_state["visits_clicked"] = ids[0] if ids else None


dataset, state = frame.current()
st.title("Visits")
st.caption(f"Dataset: {data.dataset_label()} · {describe(state, dataset)}")
records = data.query("visits_with_articles", state)
if dataset.visits.empty:
    st.info("This dataset has no visit records: no article was read as reporting a visit.")
    st.stop()
if records.empty:
    st.warning("No visit matches these filters. Try another status, scope or a lower minimum confidence.")
    st.stop()

svg = st.toggle("Export charts as SVG (for slides)", key="visits_svg")
undated = int(records["date_start"].isna().sum())
n_visitors = records["visitor_name"].fillna(records["visitor_id"]).nunique()
window = data.query("visit_window", state)
options = TimelineOptions(max_rows=30, window=window)
outside = 0 if window is None else int(((records["date_end"] < window[0]) | (records["date_start"] > window[1])).sum())
st.subheader("Timeline")
st.caption(f"{len(records):,} visit records by {n_visitors:,} visitors"
           + (f"; the {options.max_rows} most frequent visitors are drawn" if n_visitors > options.max_rows else "")
           + (f"; {undated} undated records are only in the table" if undated else "")
           + (f"; {outside} records dated long before or after the articles lie outside the view "
              "(autoscale to see them)" if outside else "")
           + ". Bars are visits dated to a month or a year. Click a point to read its evidence.")
timeline = data.figure(visit_timeline, "visits_with_articles", state, options)
st.plotly_chart(timeline, on_select=remember_click, selection_mode="points", key="visits_timeline",
                config=export_config(svg, "newslens-visits-timeline"))

clicked = records.loc[records["visit_id"] == st.session_state.get("visits_clicked")]
if len(clicked):  # a record hidden by a later filter change closes the panel
    visit = clicked.iloc[0]
    article = dataset.articles.loc[dataset.articles["article_id"] == visit["article_id"]].iloc[0]
    with st.container(border=True):
        st.markdown("**Evidence** — the sentence the visit was read from, highlighted in its article")
        spans = data.query("article_spans", state, visit["article_id"])
        focus = None if visit.isna()["char_start"] else (int(visit["char_start"]), int(visit["char_end"]))
        show_article(article, spans, focus=focus, context_chars=600)

st.subheader("Where")
st.plotly_chart(data.figure(visit_map, "visits_with_articles", state), key="visits_map",
                config=geo_config(svg, "newslens-visits-map"))

st.subheader("Table")
view = st.segmented_control("Rows", ["Merged visits", "Per-article records"], default="Merged visits",
                            key="visits_table_view")
if view == "Per-article records":
    table = data.query("visit_records_table", state)
    file_name = "newslens-visit-records.csv"
else:
    table = data.query("visit_events_table", state)
    file_name = "newslens-visits.csv"
    if table.empty:
        st.info("These visit records are not merged into visits yet; switch to per-article records.")
safe_dataframe(table, hide_index=True, width="stretch",
             column_config={"url": st.column_config.LinkColumn("url", display_text="open"),
                            "confidence": st.column_config.ProgressColumn("confidence", min_value=0.0, max_value=1.0)})
csv_download(table, file_name, key="visits_csv")
