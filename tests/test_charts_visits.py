"""Visit and overview chart builders: traces, colours, symbols, spans, escaping and empty states."""
from __future__ import annotations

import re

import pandas as pd
import plotly.graph_objects as go
import pytest

from components.charts import (STATUS_COLOURS, STATUS_SYMBOLS, country_colour, export_config, geo_config,
                               hover_text)
from components.charts.overview import articles_per_month, figures_trend
from components.charts.visits import TimelineOptions, row_labels, status_counts_chart, visit_map, visit_timeline
from newslens import queries
from newslens.filters import FilterState, apply
from newslens.store import Dataset
from tests.fixtures_store import fixture_tables


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    return Dataset.from_tables(fixture_tables(), {}, "fixture")


@pytest.fixture(scope="module")
def records(dataset) -> pd.DataFrame:
    return queries.visits_with_articles(dataset)


def _traces(fig: go.Figure) -> dict[str, go.Scatter]:
    return {t.name: t for t in fig.data}


def test__visit_timeline__one_legend_entry_per_status_with_its_colour_and_symbol(records):
    fig = visit_timeline(records)
    legend = [t for t in fig.data if t.showlegend]
    assert [t.legendgroup for t in legend] == ["invited", "planned", "occurred", "cancelled"]
    for trace in fig.data:
        assert trace.marker.color == STATUS_COLOURS[trace.legendgroup]
        assert trace.marker.symbol == STATUS_SYMBOLS[trace.legendgroup]


def test__visit_timeline__day_dates_are_points_and_month_or_year_dates_are_spans(records):
    traces = _traces(visit_timeline(records))
    occurred_points = traces["Occurred"]
    assert occurred_points.mode == "markers"
    # day-precise occurred visits: Ulan-Ude twice (2011-08-24), Hamhung, Beijing
    assert sorted(str(pd.Timestamp(x).date()) for x in occurred_points.x) == ["2011-08-24", "2011-08-24", "2011-10-02", "2012-01-14"]
    spans = traces["Occurred (period)"]  # China in May 2011, Moscow in April 2012
    assert spans.mode == "lines+markers"
    assert [str(pd.Timestamp(x).date()) if x is not None else None for x in spans.x] == \
        ["2011-05-01", "2011-05-31", None, "2012-04-01", "2012-04-30", None]
    invited = traces["Invited"]  # Medvedev invited to Seoul "in 2012": the whole year, not a day
    assert [str(pd.Timestamp(x).date()) for x in invited.x if x is not None] == ["2012-01-01", "2012-12-31"]


def _tick_labels(fig: go.Figure) -> list[str]:
    """Tick texts without their colour span: '<span style="color:#B22222">A · B</span>' -> 'A · B'."""
    return [re.sub(r"<[^>]+>", "", t) for t in fig.layout.yaxis.ticktext]


def test__visit_timeline__rows_grouped_by_country_and_statuses_in_lanes(records):
    fig = visit_timeline(records)
    assert _tick_labels(fig) == ["North Korea · Kim Jong Il", "North Korea · North Korean delegation",
                                 "Russia · Dmitry Medvedev"]
    assert fig.layout.yaxis.ticktext[0].startswith('<span style="color:#B22222">')  # North Korea's colour
    traces = _traces(fig)
    planned_y = {y for y in traces["Planned"].y if y is not None}
    cancelled_y = {y for y in traces["Cancelled"].y if y is not None}
    assert planned_y and cancelled_y and planned_y.isdisjoint(cancelled_y)  # same trip, same dates, both visible


def test__visit_timeline__points_carry_their_visit_id_and_escaped_evidence(records):
    tampered = records.copy()
    tampered.loc[0, "evidence"] = "<img src=x onerror=alert(1)> said so"
    tampered.loc[0, "title"] = "<script>x</script>"
    fig = visit_timeline(tampered)
    ids = {row[0] for t in fig.data for row in t.customdata if row[0] is not None}
    assert ids == set(records["visit_id"])
    tampered_names = records.copy()
    tampered_names["visitor_name"] = "<b onmouseover=x>Evil</b>"
    assert "&lt;b onmouseover=x&gt;Evil&lt;/b&gt;" in visit_timeline(tampered_names).layout.yaxis.ticktext[0]
    texts = " ".join(h for t in fig.data for h in t.hovertext if h)
    assert "<img" not in texts and "<script>" not in texts
    assert "&lt;img src=x onerror=alert(1)&gt;" in texts


def test__visit_timeline__keeps_the_most_frequent_visitors(records):
    fig = visit_timeline(records, TimelineOptions(max_rows=1))
    assert _tick_labels(fig) == ["North Korea · Kim Jong Il"]


def test__visit_timeline__without_dated_visits_shows_a_message_not_axes(records):
    undated = records.assign(date_start=pd.NaT, date_end=pd.NaT)
    fig = visit_timeline(undated)
    assert len(fig.data) == 0
    assert fig.layout.annotations[0].text == "No dated visits match the filters."
    assert fig.layout.xaxis.visible is False


def test__row_labels__country_then_visitor():
    frame = pd.DataFrame({"visitor_country": ["Russia", "China", "China"], "visitor_name": ["B", "Z", "A"],
                          "visitor_id": ["b", "z", "a"]})
    assert row_labels(frame, 5) == ["China · A", "China · Z", "Russia · B"]


def test__visit_map__one_trace_per_status_sized_by_records(records):
    fig = visit_map(records)
    assert [t.name for t in fig.data] == ["Invited", "Planned", "Occurred", "Cancelled"]
    occurred = _traces(fig)["Occurred"]
    assert len(occurred.lat) == 5  # Ulan-Ude (2 records), China, Hamhung, Beijing, Moscow
    sizes = dict(zip([h.split("</b>")[0] for h in occurred.hovertext], occurred.marker.size))
    assert sizes["<b>Ulan-Ude"] == max(occurred.marker.size)


def test__visit_map__without_places_shows_a_message(records):
    fig = visit_map(records.assign(lat=pd.NA, lon=pd.NA))
    assert len(fig.data) == 0 and "No visit has a known place." in fig.layout.annotations[0].text


def test__status_counts_chart__stacks_months(dataset):
    fig = status_counts_chart(queries.visits_with_articles(apply(dataset, FilterState(scope="foreign"))))
    assert fig.layout.barmode == "stack"
    occurred = _traces(fig)["Occurred"]
    counts = dict(zip((str(pd.Timestamp(x).date()) for x in occurred.x), occurred.y))
    assert counts == {"2011-05-01": 1, "2011-08-01": 2, "2012-01-01": 1, "2012-04-01": 1}


def test__figures_trend__one_trace_per_qualifier_in_billions(dataset):
    fig = figures_trend(dataset.figures, queries.country_names(dataset))
    traces = _traces(fig)
    assert list(traces) == ["actual", "estimate", "forecast", "target"]
    assert sorted(traces["target"].y) == [10.0, 25.0]
    assert "Russia – South Korea" in " ".join(traces["forecast"].hovertext)


def test__figures_trend__and_articles_per_month__empty_states(dataset):
    assert len(figures_trend(dataset.figures.iloc[0:0]).data) == 0
    undated = dataset.articles.assign(published_date=pd.NaT)
    assert articles_per_month(undated).layout.annotations[0].text == "No article carries a publication date."


def test__articles_per_month__counts(dataset):
    fig = articles_per_month(dataset.articles)
    counts = dict(zip((str(pd.Timestamp(x).date()) for x in fig.data[0].x), fig.data[0].y))
    assert counts["2011-08-01"] == 3 and sum(counts.values()) == 12


def test__export_config__png_or_svg_at_scale_3():
    assert export_config()["toImageButtonOptions"]["format"] == "png"
    assert export_config(svg=True)["toImageButtonOptions"] == {"format": "svg", "scale": 3, "filename": "newslens-chart"}
    assert geo_config()["topojsonURL"] == "app/static/topojson/"


def test__country_colour__fixed_for_known_and_stable_for_others():
    assert country_colour("PRK") == "#B22222"
    assert country_colour("NZL") == country_colour("NZL") and country_colour("NZL").startswith("#")


@pytest.mark.parametrize("text, expected", [
    ("<b>x</b>", "&lt;b&gt;x&lt;/b&gt;"),
    (None, ""),
    (pd.NA, ""),
    (float("nan"), ""),
    ("a " * 50, ("a " * 40).strip() + "<br>" + ("a " * 10).strip()),
])
def test__hover_text__escapes_and_wraps(text, expected):
    assert hover_text(text) == expected


def test__visit_timeline_and_map__tolerate_missing_text_everywhere(records):
    """Real stores have missing names, titles, places and evidence (pd.NA): no error, no "<NA>" labels."""
    sparse = records.copy()
    for column in ("visitor_name", "title", "source", "evidence", "location_name", "date_text", "host_country"):
        sparse[column] = pd.array([pd.NA] * len(sparse), dtype="string")
    fig = visit_timeline(sparse)
    assert len(fig.data) > 0
    assert not any("&lt;NA&gt;" in h for t in fig.data for h in t.hovertext if h)
    assert len(visit_map(sparse).data) > 0


def test__visit_timeline__window_sets_the_first_view_but_keeps_every_point(records):
    old = records.copy()
    old.loc[0, ["date_start", "date_end", "date_precision"]] = [pd.Timestamp("1956-06-01"), pd.Timestamp("1956-06-01"), "day"]
    fig = visit_timeline(old, TimelineOptions(window=("2011-01-01", "2012-12-31")))
    low, high = (pd.Timestamp(x) for x in fig.layout.xaxis.range)
    assert pd.Timestamp("2010-12-01") < low < pd.Timestamp("2011-06-01") and high < pd.Timestamp("2013-02-01")
    xs = [pd.Timestamp(x) for t in fig.data for x in t.x if x is not None]
    assert pd.Timestamp("1956-06-01") in xs


def test__visit_window__publication_span_plus_a_year(dataset):
    assert queries.visit_window(dataset) == ("2010-05-27", "2013-05-05")
    assert queries.visit_window(Dataset.from_tables({})) is None


def test__status_counts_chart__window_leaves_old_visits_out(records):
    fig = status_counts_chart(records, window=("2012-01-01", "2012-12-31"))
    months = sorted({str(pd.Timestamp(x).date()) for t in fig.data for x in t.x})
    assert months == ["2012-01-01", "2012-04-01"]
    assert len(status_counts_chart(records, window=("1990-01-01", "1990-12-31")).data) == 0
