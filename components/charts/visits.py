"""Visit charts: the timeline (one row per visitor, grouped by country) and the map of places.

Input is the frame of newslens.queries.visits_with_articles (visit records with title, source,
visitor_country). Day-precise visits are markers; month- and year-precise ones are spans from
date_start to date_end with the status symbol at both ends, never a made-up day.
Each point carries its visit_id in ``customdata`` so a click can open its evidence.
"""
from __future__ import annotations

import html
from dataclasses import dataclass

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from components.charts import (STATUS_COLOURS, STATUS_LABELS, STATUS_SYMBOLS, base_layout, country_colour,
                               empty_figure, hover_text)
from newslens.schema import VISIT_STATUSES


# Within a visitor's row each status has its own lane, so a cancelled plan never hides the plan.
STATUS_OFFSETS = {"invited": 0.27, "planned": 0.09, "occurred": -0.09, "cancelled": -0.27}


@dataclass(frozen=True)
class TimelineOptions:
    max_rows: int = 30  # visitors shown, those with most records first
    title: str | None = None
    height_per_row: int = 34
    compact: bool = False  # smaller markers and rows
    window: tuple[str, str] | None = None  # initial x range (ISO dates); points outside stay, zoom out to see them


def row_labels(visits: pd.DataFrame, max_rows: int) -> list[str]:
    """Row labels "Country · Visitor", ordered by country then visitor; the most active max_rows.

    >>> row_labels(pd.DataFrame({"visitor_country": ["Russia", "China"], "visitor_name": ["B", "A"],
    ...                          "visitor_id": ["person:b", "person:a"]}), 5)
    ['China · A', 'Russia · B']
    """
    labels = visitor_labels(visits)
    top = labels.value_counts().head(max_rows).index
    frame = visits.assign(row_label=labels).loc[labels.isin(top)]
    ordered = frame.sort_values(["visitor_country", "visitor_name"], na_position="last", kind="stable")
    return list(dict.fromkeys(ordered["row_label"]))


def visitor_labels(visits: pd.DataFrame) -> pd.Series:
    country = visits["visitor_country"].fillna("Unknown country").astype(str)
    name = visits["visitor_name"].fillna(visits["visitor_id"]).fillna("Unknown visitor").astype(str)
    return country + " · " + name


def _hover(row) -> str:
    place = row.location_name if isinstance(row.location_name, str) else row.host_country
    when = row.date_text if isinstance(row.date_text, str) and row.date_text else _period(row)
    parts = [
        f"<b>{hover_text(row.visitor_name)} → {hover_text(place)} ({hover_text(row.host_country)})</b>",
        f"{STATUS_LABELS[row.status]} · {hover_text(when)} ({row.date_precision} precision)",
        f"<i>{hover_text(row.evidence)}</i>",
        f"{hover_text(row.title)} — {hover_text(row.source)}",
    ]
    return "<br>".join(parts)


def _text_or_none(value) -> str | None:
    return value if isinstance(value, str) else None


def _period(row) -> str:
    if pd.isna(row.date_start):
        return "undated"
    start, end = row.date_start.date(), (row.date_end.date() if not pd.isna(row.date_end) else None)
    return f"{start}" if end in (None, start) else f"{start} – {end}"


def visit_timeline(visits: pd.DataFrame, options: TimelineOptions = TimelineOptions()) -> go.Figure:
    """Timeline of visit records: rows = visitors grouped by country, x = time, colour+symbol = status.

    Records without a start date are left out (the caller says how many). Returns a figure with a
    message instead of empty axes when nothing is dated.
    """
    dated = visits.loc[visits["date_start"].notna()]
    if dated.empty:
        return empty_figure("No dated visits match the filters.")
    rows = row_labels(dated, options.max_rows)
    dated = dated.assign(row_label=visitor_labels(dated))
    dated = dated.loc[dated["row_label"].isin(rows)]
    end = dated["date_end"].where(dated["date_end"].notna(), dated["date_start"])
    is_span = end > dated["date_start"]  # a period (month, year) or a trip of several days
    fig = go.Figure()
    row_of = {label: len(rows) - 1 - i for i, label in enumerate(rows)}  # first row on top
    for status in VISIT_STATUSES:
        of_status = dated.loc[dated["status"] == status]
        y = of_status["row_label"].map(row_of).astype("float64") + STATUS_OFFSETS[status]
        shown_legend = False
        points = of_status.loc[~is_span.loc[of_status.index]]
        if len(points):
            fig.add_trace(go.Scatter(
                x=points["date_start"], y=y.loc[points.index], mode="markers", name=STATUS_LABELS[status],
                legendgroup=status, showlegend=True,
                marker=dict(color=STATUS_COLOURS[status], symbol=STATUS_SYMBOLS[status], size=11 if options.compact else 14,
                            line=dict(width=2, color=STATUS_COLOURS[status])),
                customdata=points[["visit_id"]].to_numpy(dtype=object),
                hovertext=np.array([_hover(r) for r in points.itertuples(index=False)], dtype=object),
                hoverinfo="text",
            ))
            shown_legend = True
        spans = of_status.loc[is_span.loc[of_status.index]]
        if len(spans):
            # start, end, gap for each span, as arrays (lists of Timestamps are slow to validate)
            n = len(spans)
            xs, ys, ids, texts = (np.empty(3 * n, dtype=object) for _ in range(4))
            xs[0::3] = spans["date_start"].dt.strftime("%Y-%m-%d").to_numpy()
            xs[1::3] = end.loc[spans.index].dt.strftime("%Y-%m-%d").to_numpy()
            ys[0::3] = ys[1::3] = y.loc[spans.index].to_numpy()
            ids[0::3] = ids[1::3] = spans["visit_id"].to_numpy()
            texts[0::3] = texts[1::3] = [_hover(r) for r in spans.itertuples(index=False)]
            ids = ids.reshape(-1, 1)
            fig.add_trace(go.Scatter(
                x=xs, y=ys, mode="lines+markers", name=STATUS_LABELS[status] + (" (period)" if shown_legend else ""),
                legendgroup=status, showlegend=not shown_legend, connectgaps=False,
                line=dict(color=STATUS_COLOURS[status], width=7), opacity=0.75,
                marker=dict(color=STATUS_COLOURS[status], symbol=STATUS_SYMBOLS[status], size=10 if options.compact else 12),
                customdata=ids, hovertext=texts, hoverinfo="text",
            ))
    height = max(220, 90 + options.height_per_row * len(rows)) if not options.compact else max(200, 60 + 22 * len(rows))
    base_layout(fig, title=options.title, height=min(height, 1400))
    # Each row label in its country's colour (the label text itself is escaped).
    iso3_of = dated.drop_duplicates("row_label").set_index("row_label")["visitor_iso3"]
    ticktext = [f'<span style="color:{country_colour(_text_or_none(iso3_of.get(r)))}">{html.escape(r, quote=False)}</span>' for r in rows]
    fig.update_yaxes(tickmode="array", tickvals=[row_of[r] for r in rows], ticktext=ticktext,
                     range=[-0.6, len(rows) - 0.4], title=None, automargin=True, showgrid=True, zeroline=False)
    first, last = dated["date_start"].min(), end.max()
    if options.window is not None:
        first = max(first, pd.Timestamp(options.window[0]))
        last = min(last, pd.Timestamp(options.window[1]))
        if first > last:  # nothing inside the window: show everything
            first, last = dated["date_start"].min(), end.max()
    pad = max(pd.Timedelta(days=20), (last - first) * 0.03)
    fig.update_xaxes(title=None, type="date", showgrid=True, range=[first - pad, last + pad])
    fig.update_layout(clickmode="event+select", hovermode="closest")
    return fig


def visit_map(visits: pd.DataFrame, title: str | None = None) -> go.Figure:
    """Places of visit records on a world map; one marker per place and status, sized by records."""
    located = visits.loc[visits["lat"].notna() & visits["lon"].notna()]
    if located.empty:
        return empty_figure("No visit has a known place.")
    place = located["location_name"].fillna(located["host_country"]).fillna("?")
    grouped = (located.assign(place_label=place)
               .groupby(["place_label", "host_country", "status", "lat", "lon"], dropna=False, observed=True)
               .agg(n_records=("visit_id", "size"), visitors=("visitor_name", lambda s: ", ".join(sorted(set(s.dropna().astype(str)))[:6])))
               .reset_index())
    fig = go.Figure()
    biggest = max(int(grouped["n_records"].max()), 1)
    for status in VISIT_STATUSES:
        of_status = grouped.loc[grouped["status"] == status]
        if of_status.empty:
            continue
        fig.add_trace(go.Scattergeo(
            lat=of_status["lat"].astype(float), lon=of_status["lon"].astype(float), name=STATUS_LABELS[status],
            mode="markers",
            marker=dict(size=8 + 22 * (of_status["n_records"] / biggest) ** 0.5, color=STATUS_COLOURS[status],
                        symbol=STATUS_SYMBOLS[status].replace("-open", ""), opacity=0.8, line=dict(width=1, color="white")),
            hovertext=[f"<b>{hover_text(r.place_label)}</b> ({hover_text(r.host_country)})<br>{STATUS_LABELS[status]}: "
                       f"{r.n_records} record(s)<br>{hover_text(r.visitors)}" for r in of_status.itertuples(index=False)],
            hoverinfo="text",
        ))
    base_layout(fig, title=title, height=460)
    lat, lon = located["lat"].astype(float), located["lon"].astype(float)
    pad = 8
    fig.update_geos(showcountries=True, countrycolor="#bbb", showland=True, landcolor="#f3f3f3", showocean=True,
                    oceancolor="#eaf2f8", projection_type="natural earth",
                    lataxis_range=[max(-90, lat.min() - pad), min(90, lat.max() + pad)],
                    lonaxis_range=[max(-180, lon.min() - pad * 2), min(180, lon.max() + pad * 2)])
    return fig


def status_counts_chart(visits: pd.DataFrame, window: tuple[str, str] | None = None,
                        title: str | None = None) -> go.Figure:
    """Stacked bars of visit records per month (by date_start), one colour per status (Overview).

    With ``window`` (ISO dates), only visits starting inside it are counted: articles also recall
    visits of decades ago, which would squash the months that matter into one bar.
    """
    dated = visits.loc[visits["date_start"].notna()]
    if window is not None:
        dated = dated.loc[(dated["date_start"] >= pd.Timestamp(window[0])) & (dated["date_start"] <= pd.Timestamp(window[1]))]
    if dated.empty:
        return empty_figure("No dated visits to count.")
    periods = dated["date_start"].dt.to_period("M").dt.to_timestamp()
    counts = dated.assign(_period=periods).groupby(["_period", "status"], observed=True).size().rename("n").reset_index()
    fig = go.Figure()
    for status in VISIT_STATUSES:
        of_status = counts.loc[counts["status"] == status]
        if of_status.empty:
            continue
        fig.add_trace(go.Bar(x=of_status["_period"], y=of_status["n"], name=STATUS_LABELS[status],
                             marker_color=STATUS_COLOURS[status],
                             hovertemplate="%{x|%b %Y}: %{y} " + STATUS_LABELS[status].lower() + "<extra></extra>"))
    base_layout(fig, title=title, height=300)
    fig.update_layout(barmode="stack", bargap=0.15, legend_traceorder="normal")
    fig.update_xaxes(type="date", title=None)
    fig.update_yaxes(title="visit records", rangemode="tozero")
    if counts.groupby("_period")["n"].sum().max() <= 10:
        fig.update_yaxes(dtick=1)  # whole records, no 0.5 ticks
    return fig
