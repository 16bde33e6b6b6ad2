"""components.charts.trade: reported points, official lines, offsets, hover and the gap table."""
from __future__ import annotations

import pandas as pd
import pytest

from components.charts import QUALIFIER_SYMBOLS
from components.charts import trade as charts
from newslens import official
from newslens.store import Dataset
from tests.fixtures_store import fixture_tables


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    return Dataset.from_tables(fixture_tables())


@pytest.fixture(scope="module")
def kor_rus(dataset):
    """South Korea's side of KOR-RUS: fixture figures and a small official series of our own."""
    points = official.pair_figures(dataset.figures, dataset.articles, "KOR", "RUS")
    series = pd.DataFrame({
        "year": [2010, 2011, 2012], "exports_usd": [7e9, 8e9, 9e9], "imports_usd": [9e9, 10.8e9, 11e9],
        "trade_usd": [16e9, 18.8e9, 20e9], "source": ["stats", "stats", "stats"], "seen_from": ["KOR"] * 3})
    return points, series, official.compare_with_official(points, series)


def by_name(fig):
    return {trace.name: trace for trace in fig.data}


def test__trade_chart__one_trace_per_qualifier_a_record_trace_and_the_official_line(kor_rus):
    points, series, compared = kor_rus
    fig = charts.trade_chart(points, series, "trade", "South Korea – Russia", compared)
    traces = by_name(fig)
    assert list(traces) == ["Official: stats", "Reported: forecast", "Reported: target", "Called a record"]
    assert traces["Reported: forecast"].marker.symbol == QUALIFIER_SYMBOLS["forecast"]
    assert traces["Reported: target"].marker.symbol == QUALIFIER_SYMBOLS["target"]
    assert traces["Called a record"].marker.symbol == charts.RECORD_SYMBOL
    assert list(traces["Official: stats"].y) == [16.0, 18.8, 20.0]  # billions
    assert traces["Official: stats"].mode == "lines+markers"
    assert fig.layout.yaxis.title.text == "US$ billion"
    assert "total trade" in fig.layout.title.text


def test__trade_chart__points_carry_their_figure_id_and_gap(kor_rus):
    points, series, compared = kor_rus
    fig = charts.trade_chart(points, series, "trade", "KOR – RUS", compared)
    forecast = by_name(fig)["Reported: forecast"]
    figure_id = points.loc[points["qualifier"] == "forecast", "figure_id"].iloc[0]
    assert forecast.customdata[0][0] == figure_id
    assert forecast.customdata[0][1] == "$20 billion"
    assert forecast.customdata[0][6] == "stats: +6.4% (+1.20 bn)"
    assert list(forecast.y) == [20.0]
    target = by_name(fig)["Reported: target"]
    assert target.customdata[0][6] == "no official value for that year"


def test__trade_chart__metric_selects_the_points_and_the_official_column(kor_rus):
    points, series, compared = kor_rus
    fig = charts.trade_chart(points, series, "imports", "KOR – RUS", compared)
    traces = by_name(fig)
    assert list(traces) == ["Official: stats", "Reported: actual", "Reported: forecast"]
    assert list(traces["Official: stats"].y) == [9.0, 10.8, 11.0]
    assert sorted(traces["Reported: actual"].y) == [10.3]


def test__trade_chart__no_points_keeps_the_official_line_and_no_official_keeps_points(kor_rus):
    points, series, _ = kor_rus
    only_official = charts.trade_chart(points.iloc[0:0], series, "exports", "KOR – RUS")
    assert [t.name for t in only_official.data] == ["Official: stats"]
    only_points = charts.trade_chart(points, series.iloc[0:0], "trade", "KOR – RUS")
    assert [t.name for t in only_points.data] == ["Reported: forecast", "Reported: target", "Called a record"]


def test__trade_chart__untrusted_text_is_escaped_in_the_hover(kor_rus):
    points, series, _ = kor_rus
    hostile = points.assign(title="<img src=x onerror=alert(1)>", amount_text="<b>$20</b>")
    fig = charts.trade_chart(hostile, series, "trade", "<script>x</script>")
    custom = by_name(fig)["Reported: forecast"].customdata[0]
    assert custom[5] == "&lt;img src=x onerror=alert(1)&gt;"
    assert custom[1] == "&lt;b&gt;$20&lt;/b&gt;"
    assert "<script>" not in fig.layout.title.text
    uploaded = series.assign(source="<a href='javascript:x'>stats</a>; note")
    names = [t.name for t in charts.trade_chart(points, uploaded, "trade", "KOR – RUS").data]
    assert names[0] == "Official: &lt;a href='javascript:x'&gt;stats&lt;/a&gt;"


def test__trade_chart__rejects_an_unknown_metric(kor_rus):
    points, series, _ = kor_rus
    with pytest.raises(ValueError, match="investment"):
        charts.trade_chart(points, series, "investment", "KOR – RUS")


def test__report_offsets__same_period_reports_spread_deterministically():
    """Three reports of 2011 trade -> -30, 0, +30 days by publication order; a lone one stays at 0."""
    points = pd.DataFrame({
        "figure_id": ["c", "a", "b", "z"],
        "metric_a": ["trade", "trade", "trade", "trade"],
        "period_mid": pd.to_datetime(["2011-07-02"] * 3 + ["2012-07-02"]),
        "published_date": pd.to_datetime(["2011-03-01", "2011-01-01", "2011-02-01", "2012-01-01"]),
    })
    assert charts.report_offsets(points).tolist() == [30.0, -30.0, 0.0, 0.0]
    assert charts.report_offsets(points.iloc[::-1]).sort_index().tolist() == [30.0, -30.0, 0.0, 0.0]


def test__report_offsets__many_reports_stay_within_the_cap():
    n = 41
    points = pd.DataFrame({"figure_id": [f"f{i:02d}" for i in range(n)], "metric_a": ["trade"] * n,
                           "period_mid": pd.to_datetime(["2011-07-02"] * n), "published_date": pd.to_datetime(["2011-01-01"] * n)})
    offsets = charts.report_offsets(points)
    assert offsets.min() == -charts.MAX_OFFSET_DAYS and offsets.max() == charts.MAX_OFFSET_DAYS
    assert offsets.is_unique


@pytest.mark.parametrize("values, expected", [([2e10, 3e8], (1e9, "billion")), ([1.2e8], (1e6, "million")),
                                              ([], (1e9, "billion")), ([float("nan"), 5e8], (1e6, "million"))])
def test__money_scale(values, expected):
    assert charts.money_scale(values) == expected


def test__gap_table__columns_and_values(kor_rus):
    _points, _series, compared = kor_rus
    table = charts.gap_table(compared, "trade")
    assert list(table.columns) == ["period", "period_text", "metric", "reported_usd", "qualifier", "official_source",
                                   "official_usd", "gap_usd", "gap_pct", "source", "published_date", "title", "figure_id"]
    assert table[["period", "reported_usd", "official_usd", "gap_pct"]].fillna(-1).values.tolist() == [
        ["2011", 20e9, 18.8e9, 6.38], ["2015", 25e9, -1, -1]]
    assert len(charts.gap_table(compared)) == 4


def test__pairs_table__names_counts_and_official_years(dataset):
    pairs = official.pair_counts(dataset.figures)
    ref = pd.DataFrame({"reporter_iso3": ["RUS", "KOR"], "partner_iso3": ["KOR", "RUS"], "year": [1995, 2014]})
    table = charts.pairs_table(pairs, {"KOR": "South Korea", "RUS": "Russia"}, ref)
    assert table.values.tolist() == [["South Korea – Russia", 4, 3, "exports, trade", "1995–2014"],
                                     ["CHN – PRK", 3, 2, "trade", "none"]]


def test__figure_label__plain_one_line(kor_rus):
    points, _series, _ = kor_rus
    assert charts.figure_label(points.iloc[0]) == "2011 · trade · $20 billion (forecast) · Harbour Wire"


def test__figure_label__missing_period_amount_and_source():
    row = pd.Series({"year": pd.NA, "period_text": pd.NA, "amount_text": pd.NA, "value_usd": 1.5e9, "source": pd.NA,
                     "metric_a": "exports", "qualifier": "actual"})
    assert charts.figure_label(row) == "period not stated · exports · 1,500,000,000 USD (actual) · unknown source"


def test__trade_chart__nothing_to_draw_gives_a_message_not_empty_axes(kor_rus):
    points, series, _ = kor_rus
    fig = charts.trade_chart(points, series.iloc[0:0], "exports", "KOR – RUS")
    assert len(fig.data) == 0
    assert "Nothing to draw for KOR – RUS" in fig.layout.annotations[0].text
    assert fig.layout.xaxis.visible is False
