"""Overview charts: articles over time and a compact trend of reported money figures."""
from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from components.charts import (QUALIFIER_COLOURS, QUALIFIER_SYMBOLS, base_layout, empty_figure, hover_text)
from newslens.schema import QUALIFIERS


def articles_per_month(articles: pd.DataFrame, title: str | None = None) -> go.Figure:
    """Bars of articles per publication month; a message when no article is dated."""
    dates = articles["published_date"].dropna()
    if dates.empty:
        return empty_figure("No article carries a publication date.")
    months = dates.dt.to_period("M").dt.to_timestamp().value_counts().sort_index()
    fig = go.Figure(go.Bar(x=months.index, y=months.to_numpy(), marker_color="#4C72B0", name="articles",
                           hovertemplate="%{x|%b %Y}: %{y} articles<extra></extra>"))
    base_layout(fig, title=title, height=260)
    fig.update_xaxes(type="date", title=None)
    fig.update_yaxes(title="articles", rangemode="tozero")
    if months.max() <= 10:
        fig.update_yaxes(dtick=1)
    return fig


def figures_trend(figures: pd.DataFrame, pair_names: dict[str, str] | None = None, title: str | None = None) -> go.Figure:
    """Reported amounts in US$ billions by the year they cover; colour and symbol = qualifier.

    ``figures`` is the figures table (rows without value_usd or period_start are left out);
    ``pair_names`` maps ISO3 codes to names for the hover text.
    """
    names = pair_names or {}
    usable = figures.loc[figures["value_usd"].notna() & figures["period_start"].notna()]
    if usable.empty:
        return empty_figure("No trade figure in US dollars with a known period.")
    fig = go.Figure()
    for qualifier in QUALIFIERS:
        rows = usable.loc[usable["qualifier"] == qualifier]
        if rows.empty:
            continue
        pair = [f"{names.get(r, r) if isinstance(r, str) else '?'} – {names.get(p, p) if isinstance(p, str) else '?'}"
                for r, p in zip(rows["reporter_iso3"], rows["partner_iso3"])]
        fig.add_trace(go.Scatter(
            x=rows["period_start"].dt.year, y=rows["value_usd"].astype(float) / 1e9, mode="markers", name=qualifier,
            marker=dict(color=QUALIFIER_COLOURS[qualifier], symbol=QUALIFIER_SYMBOLS[qualifier], size=12,
                        line=dict(width=2, color=QUALIFIER_COLOURS[qualifier])),
            customdata=rows[["figure_id"]].to_numpy(),
            hovertext=[f"<b>{hover_text(pr)}</b> {hover_text(m)}: {hover_text(a)} ({qualifier})<br><i>{hover_text(e)}</i>"
                       for pr, m, a, e in zip(pair, rows["metric"], rows["amount_text"], rows["evidence"])],
            hoverinfo="text",
        ))
    base_layout(fig, title=title, height=300)
    years = usable["period_start"].dt.year
    fig.update_xaxes(title="year the figure covers", tickformat="d", dtick=1 if years.max() - years.min() <= 12 else None)
    fig.update_yaxes(title="US$ billion", rangemode="tozero")
    return fig
