"""Trade: reported bilateral trade figures beside official statistics; every point opens its evidence."""
import streamlit as st

from components import data, frame
from components.charts import export_config
from components.charts.trade import (empty_notes, figure_label, gap_table, pair_choices, pair_label, pairs_table,
                                     trade_chart)
from components.filters import describe
from components.render import csv_download, escape_markdown, selected_ids, show_article
from newslens import official, queries


@st.cache_data(show_spinner=False)
def shipped_reference(path: str):
    return official.load_reference(path)


@st.cache_data(show_spinner=False, max_entries=2, scope="session")  # an upload stays in its session
def uploaded_reference(content: bytes, name: str):
    return official.read_official(content, name)


def remember_click() -> None:
    """on_select of the chart: the clicked figure becomes the one whose evidence is shown."""
    ids = selected_ids(st.session_state.get("trade_chart"))
    if ids:
        st.session_state["trade_figure"] = ids[0]


dataset, state = frame.current()
st.title("Trade")
st.caption(f"Dataset: {data.dataset_label()} · {describe(state, dataset)}")
shown = data.filtered(state)
names = queries.country_names(shown)
reference, reference_name = shipped_reference(str(official.DEFAULT_REFERENCE)), "shipped extract (COW v4.0, KOSIS)"
with st.expander("Official statistics: the shipped extract, or your own file"):
    st.caption("Shipped: COW Trade v4.0 (Barbieri & Keshk 2016) and KOSIS via kjayhan/kdiplo for RUS–KOR, CHN–PRK, "
               "RUS–PRK, RUS–CHN, KOR–CHN. Upload a COW dyadic file, a partner-by-year table or a UN Comtrade CSV.")
    upload = st.file_uploader("Reference file (CSV or CSV.gz)", type=["csv", "gz"], key="trade_reference")
    if upload is not None:
        try:
            reference, reference_name = uploaded_reference(upload.getvalue(), upload.name), upload.name
        except official.OfficialDataError as exc:
            st.error(f"Not used: {escape_markdown(exc)}. The shipped extract is shown instead.")
pairs = official.pair_counts(shown.figures)
if pairs.empty:
    st.info("No trade figure between two named countries matches these filters. Trade figures come from "
            "sentences such as “trade between Russia and South Korea reached \\$20 billion”.")
    st.stop()
labels = pair_choices(pairs, names)
left, right = st.columns([2, 3])
chosen = left.selectbox("Country pair", list(labels), key="trade_pair", bind="query-params")
swap = left.toggle("Swap sides (exports and imports of the second country)", key="trade_swap", bind="query-params")
metric = left.radio("Measure", ["trade", "exports", "imports"], horizontal=True, key="trade_metric", bind="query-params",
                    format_func={"trade": "Total trade", "exports": "Exports", "imports": "Imports"}.__getitem__)
svg = left.toggle("Export the chart as SVG", key="trade_svg")
right.dataframe(pairs_table(pairs, names, reference), hide_index=True, width="stretch")
country_a, country_b = labels[chosen][::-1] if swap else labels[chosen]
points = official.pair_figures(shown.figures, shown.articles, country_a, country_b)
series = official.official_series(reference, country_a, country_b)
compared = official.compare_with_official(points, series)
side = pair_label(country_a, country_b, names)
for note in empty_notes(points, series, metric, side, reference_name):
    st.info(escape_markdown(note))
st.caption(f"{metric.title()} seen from {escape_markdown(names.get(country_a, country_a))}. Symbols: actual ●, estimate □, "
           "forecast △, target ☆; a hexagram ✡ marks a figure called a record. Click a point to read its evidence.")
figure_chart = trade_chart(points, series, metric, side, compared)
if figure_chart.data:  # else the notes above say why there is nothing to draw
    st.plotly_chart(figure_chart, on_select=remember_click, selection_mode="points", key="trade_chart",
                    config=export_config(svg, f"newslens-trade-{country_a}-{country_b}-{metric}"))

figure_ids = list(points["figure_id"])
by_id = points.set_index("figure_id")
picked = st.selectbox("Evidence of", figure_ids, index=None, key="trade_figure", placeholder="Click a point, or choose a figure",
                      format_func=lambda fid: figure_label(by_id.loc[fid]))
if picked in by_id.index:
    figure = by_id.loc[picked]
    with st.container(border=True):
        st.markdown(f"**Evidence:** {escape_markdown(figure['evidence'])}")
        article = shown.articles.loc[shown.articles["article_id"] == figure["article_id"]].iloc[0]
        focus = None if figure.isna()["char_start"] else (int(figure["char_start"]), int(figure["char_end"]))
        show_article(article, data.query("article_spans", state, figure["article_id"]), focus=focus, context_chars=400)

st.subheader("Reported minus official")
table = gap_table(compared, metric)
st.dataframe(table, hide_index=True, width="stretch", column_config={
    c: st.column_config.NumberColumn(c, format="localized") for c in ("reported_usd", "official_usd", "gap_usd")}
    | {"gap_pct": st.column_config.NumberColumn("gap %", format="%+.1f%%"),
       "published_date": st.column_config.DateColumn("published", format="YYYY-MM-DD")})
csv_download(gap_table(compared), f"newslens-trade-{country_a}-{country_b}.csv", key="trade_csv")
