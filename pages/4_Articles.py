"""Articles: search titles and text, then read an article with what was extracted from it highlighted."""
import streamlit as st

from components import data, frame
from components.charts import export_config
from components.charts.overview import articles_per_month
from components.filters import describe
from components.render import csv_download, safe_dataframe, show_article

RESULT_LIMIT = 500

dataset, state = frame.current()
st.title("Articles")
st.caption(f"Dataset: {data.dataset_label()} · {describe(state, dataset)}")
if dataset.articles.empty:
    st.info("This dataset has no articles yet.")
    st.stop()

query = st.text_input("Search titles and text", key="q", bind="query-params",
                      placeholder="e.g. pipeline Vladivostok (every word must appear)")
results = data.query("search_articles", state, query)
if results.empty:
    st.warning("No article matches this search and these filters.")
    st.stop()
st.caption(f"{len(results):,} articles" + (f"; the newest {RESULT_LIMIT} are listed" if len(results) > RESULT_LIMIT else "")
           + ". Select a row to read the article.")
st.plotly_chart(data.figure(articles_per_month, "search_articles", state, query_args=(query,)), key="articles_months",
                config=export_config(filename="newslens-articles-found"))
listed = results.head(RESULT_LIMIT)
picked = safe_dataframe(
    listed.drop(columns=["article_id"]), hide_index=True, width="stretch", height=280, key="articles_table",
    on_select="rerun", selection_mode="single-row",
    column_config={"published_date": st.column_config.DateColumn("published"),
                   "n_words": "words", "n_visits": "visits", "n_figures": "figures"})
csv_download(listed, "newslens-articles.csv", key="articles_csv")

rows = picked.selection.rows if picked is not None else []
article_id = listed.iloc[rows[0] if rows else 0]["article_id"]
article = dataset.articles.loc[dataset.articles["article_id"] == article_id].iloc[0]
spans = data.query("article_spans", state, article_id)
st.divider()
st.markdown(":blue-background[actor] · :orange-background[visit sentence] · :green-background[amount] · :violet-background[date]")
show_article(article, spans)

shown = data.filtered(state)
visits = shown.visits.loc[shown.visits["article_id"] == article_id]
figures = shown.figures.loc[shown.figures["article_id"] == article_id]
if len(visits):
    st.markdown("**Visits read from this article**")
    safe_dataframe(visits[["visitor_name", "host_iso3", "location_name", "date_text", "date_precision", "status",
                         "confidence", "evidence"]], hide_index=True, width="stretch")
if len(figures):
    st.markdown("**Figures read from this article**")
    safe_dataframe(figures[["metric", "reporter_iso3", "partner_iso3", "amount_text", "value_usd", "period_text",
                          "qualifier", "is_record", "evidence"]], hide_index=True, width="stretch")
if not len(visits) and not len(figures):
    st.caption("No visit or trade figure was read from this article.")
