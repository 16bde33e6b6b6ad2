"""Pure Plotly builders of the Trade page: reported figures as points beside the official series.

Input frames come from newslens.official (pair_figures, official_series, compare_with_official);
nothing here calls Streamlit.
"""
from __future__ import annotations

import html

import pandas as pd
import plotly.graph_objects as go

from components.charts import (OFFICIAL_COLOUR, QUALIFIER_COLOURS, QUALIFIER_SYMBOLS, base_layout, empty_figure,
                               hover_text)
from newslens.official import OFFICIAL_VALUE
from newslens.schema import QUALIFIERS

RECORD_SYMBOL = "hexagram-open"  # star-open is the target qualifier's symbol
RECORD_COLOUR = "#D55E00"
OFFICIAL_DASHES = ("solid", "dash", "dot", "dashdot", "longdash")
METRIC_LABELS = {"trade": "total trade", "exports": "exports", "imports": "imports"}
UNIT_SHORT = {"billion": "bn", "million": "m"}
MAX_OFFSET_DAYS = 150  # several reports of one period spread over at most +-5 months


def money_scale(values) -> tuple[float, str]:
    """(divisor, unit) to show dollar amounts readably: (1e9, "billion") when the largest is >= 1 bn.

    >>> money_scale([2e10, 3e8]), money_scale([1.2e8]), money_scale([])
    ((1000000000.0, 'billion'), (1000000.0, 'million'), (1000000000.0, 'billion'))
    """
    finite = [abs(float(v)) for v in values if pd.notna(v)]
    if finite and max(finite) < 1e9:
        return 1e6, "million"
    return 1e9, "billion"


def report_offsets(points: pd.DataFrame) -> pd.Series:
    """Days to shift each point so that reports of the same metric and period sit side by side.

    Within one (metric_a, period_mid) group, points ordered by publication date then figure_id get
    offsets centred on zero, e.g. three reports -> -30, 0, +30 days; a single report stays at 0.
    Deterministic: the same frame always gives the same offsets.
    """
    if points.empty:
        return pd.Series([], dtype="float64")
    order = points.sort_values(["metric_a", "period_mid", "published_date", "figure_id"], kind="stable")
    offsets = pd.Series(0.0, index=points.index)
    for _key, group in order.groupby(["metric_a", "period_mid"], sort=False):
        n = len(group)
        if n < 2:
            continue
        step = min(30.0, 2 * MAX_OFFSET_DAYS / (n - 1))
        for rank, index in enumerate(group.index):
            offsets[index] = (rank - (n - 1) / 2) * step
    return offsets


def gap_text(compared: pd.DataFrame) -> dict[str, str]:
    """figure_id -> one hover line per official source, e.g. "COW ...: +6.3% (+1.19 bn)".

    ``compared`` is newslens.official.compare_with_official output; figures without an official
    value for their year get "no official value for that year".
    """
    out: dict[str, str] = {}
    for figure_id, group in compared.groupby("figure_id", sort=False):
        lines = []
        for row in group.itertuples(index=False):
            if pd.isna(row.official_usd):
                continue
            divisor, unit = money_scale([row.official_usd])
            lines.append(f"{html.escape(str(row.official_source), quote=False)}: {row.gap_pct:+.1f}% "
                         f"({row.gap_usd / divisor:+.2f} {UNIT_SHORT[unit]})")
        out[str(figure_id)] = "<br>".join(lines) if lines else "no official value for that year"
    return out


def _hover_row(row, unit: str, gaps: dict[str, str]) -> list[str]:
    """customdata of one point: [figure_id, amount, qualifier, period, source, title, gap]."""
    published = row.published_date.date().isoformat() if pd.notna(row.published_date) else "undated"
    return [
        str(row.figure_id),
        hover_text(row.amount_text if pd.notna(row.amount_text) else f"{row.value_usd:,.0f} USD"),
        str(row.qualifier) + (", called a record" if row.is_record is True else ""),
        hover_text(row.period_text) if pd.notna(row.period_text) else "period not stated",
        hover_text(f"{row.source if pd.notna(row.source) else 'unknown source'}, {published}"),
        hover_text(row.title) if pd.notna(row.title) else "untitled",
        gaps.get(str(row.figure_id), ""),
    ]


HOVER = ("<b>%{customdata[1]}</b> (%{customdata[2]})<br>period: %{customdata[3]}<br>"
         "%{customdata[4]}<br>%{customdata[5]}<br>%{customdata[6]}<extra></extra>")


def trade_chart(points: pd.DataFrame, official: pd.DataFrame, metric: str, pair_label: str,
                compared: pd.DataFrame | None = None) -> go.Figure:
    """Reported figures of one metric as points, official series as lines.

    Args:
        points: newslens.official.pair_figures output (any metric; only ``metric`` is drawn).
        official: newslens.official.official_series output (may be empty).
        metric: "trade", "exports" or "imports" (as the first country of the pair sees it).
        pair_label: e.g. "South Korea – Russia", used in the title.
        compared: compare_with_official output, for the gap line of the hover (optional).

    Returns a figure with one marker trace per qualifier present (customdata[0] = figure_id, the
    key the page uses to show the evidence), a "called a record" star trace, and one line per
    official source. Points of the same period are shifted by :func:`report_offsets`. With nothing
    to draw, a figure with no traces and a centred message (never empty axes).
    """
    if metric not in OFFICIAL_VALUE:
        raise ValueError(f"metric {metric!r}: use one of {list(OFFICIAL_VALUE)}")
    drawn = points.loc[points["metric_a"] == metric] if len(points) else points
    value_column = OFFICIAL_VALUE[metric]
    official_values = official[value_column] if len(official) else pd.Series([], dtype="float64")
    divisor, unit = money_scale(list(drawn.get("value_usd", [])) + list(official_values))
    gaps = gap_text(compared) if compared is not None and len(compared) else {}
    fig = go.Figure()

    if len(official):
        # One line per publisher: "KOSIS via ...; suspect: ..." stays on the KOSIS line, its note in the hover.
        publisher = official["source"].astype("string").str.split(";", n=1).str[0]
        for i, (name, series) in enumerate(official.groupby(publisher, sort=True)):
            series = series.loc[series[value_column].notna()].sort_values("year")
            if series.empty:
                continue
            fig.add_trace(go.Scatter(
                x=pd.to_datetime(series["year"].astype(str) + "-07-01"), y=series[value_column] / divisor,
                mode="lines+markers", name=f"Official: {html.escape(str(name), quote=False)}",
                line={"dash": OFFICIAL_DASHES[i % len(OFFICIAL_DASHES)], "color": OFFICIAL_COLOUR, "width": 2},
                marker={"size": 5}, customdata=[[hover_text(s), int(y)] for s, y in zip(series["source"], series["year"])],
                hovertemplate=f"official %{{customdata[1]}}: %{{y:.2f}} {unit}<br>%{{customdata[0]}}<extra></extra>",
            ))

    if len(drawn):
        shifted = drawn.assign(_x=drawn["period_mid"] + pd.to_timedelta(report_offsets(drawn), unit="D"))
        for qualifier in QUALIFIERS:
            subset = shifted.loc[shifted["qualifier"] == qualifier]
            if subset.empty:
                continue
            fig.add_trace(go.Scatter(
                x=subset["_x"], y=subset["value_usd"].astype("float64") / divisor, mode="markers", name=f"Reported: {qualifier}",
                marker={"symbol": QUALIFIER_SYMBOLS[qualifier], "size": 13, "color": QUALIFIER_COLOURS[qualifier],
                        "line": {"width": 2, "color": QUALIFIER_COLOURS[qualifier]}},
                customdata=[_hover_row(r, unit, gaps) for r in subset.itertuples(index=False)],
                hovertemplate=HOVER,
            ))
        records = shifted.loc[shifted["is_record"].fillna(False).astype(bool)]
        if len(records):
            fig.add_trace(go.Scatter(
                x=records["_x"], y=records["value_usd"].astype("float64") / divisor, mode="markers+text",
                name="Called a record", text=["record"] * len(records), textposition="top center",
                textfont={"color": RECORD_COLOUR}, marker={"symbol": RECORD_SYMBOL, "size": 26, "color": RECORD_COLOUR,
                                                           "line": {"width": 2}},
                customdata=[_hover_row(r, unit, gaps) for r in records.itertuples(index=False)],
                hovertemplate=HOVER,
            ))

    if not fig.data:
        return empty_figure(f"Nothing to draw for {pair_label}: no {METRIC_LABELS[metric]} figure and no official series.")
    if len(drawn):
        # Open on the reported figures (official years around them); zooming out shows the whole series.
        first, last = drawn["period_mid"].min(), drawn["period_mid"].max()
        fig.update_xaxes(range=[first - pd.DateOffset(years=6), last + pd.DateOffset(years=2)])
    base_layout(fig, title=f"{pair_label}: {METRIC_LABELS[metric]}, reported and official", height=520)
    fig.update_layout(
        xaxis={"title": {"text": "Period (middle of the period each figure covers)"}, "type": "date"},
        yaxis={"title": {"text": f"US$ {unit}"}, "rangemode": "tozero"},
        legend={"y": -0.15, "yanchor": "top"},
        margin={"t": 60, "b": 20},
        clickmode="event+select",
    )
    return fig


def gap_table(compared: pd.DataFrame, metric: str | None = None) -> pd.DataFrame:
    """The reported-versus-official table shown under the chart (and offered as CSV).

    Columns: period (the year, else the words), period_text, metric, reported_usd, qualifier, official_source, official_usd, gap_usd,
    gap_pct, source, published_date, title, figure_id. Only ``metric`` rows when given.
    """
    rows = compared if metric is None else compared.loc[compared["metric_a"] == metric]
    period = rows["year"].astype("string").fillna(rows["period_text"].astype("string"))
    table = pd.DataFrame({
        "period": period,
        "period_text": rows["period_text"],
        "metric": rows["metric_a"],
        "reported_usd": rows["value_usd"].astype("float64"),
        "qualifier": rows["qualifier"],
        "official_source": rows["official_source"],
        "official_usd": rows["official_usd"],
        "gap_usd": rows["gap_usd"],
        "gap_pct": rows["gap_pct"],
        "source": rows["source"],
        "published_date": rows["published_date"],
        "title": rows["title"],
        "figure_id": rows["figure_id"],
    })
    return table.reset_index(drop=True)


def pair_label(country_a: str, country_b: str, names: dict[str, str]) -> str:
    """ "South Korea – Russia": stable (no counts), since the URL keeps the label of the pair chosen."""
    return f"{names.get(country_a, country_a)} – {names.get(country_b, country_b)}"


def figure_label(row: pd.Series | object) -> str:
    """One line naming a figure in the evidence picker, e.g. "2011 · trade · $20 billion (forecast) · Harbour Wire".

    Plain text for a selectbox (shown as text, never as HTML or Markdown).
    """
    get = row.get if isinstance(row, pd.Series) else (lambda k: getattr(row, k, None))

    def text(key: str) -> str | None:
        value = get(key)
        return None if value is None or pd.isna(value) else str(value)

    year = get("year")
    period = str(int(year)) if year is not None and pd.notna(year) else (text("period_text") or "period not stated")
    amount = text("amount_text") or f"{float(get('value_usd')):,.0f} USD"
    source = text("source") or "unknown source"
    return f"{period} · {get('metric_a')} · {amount} ({get('qualifier')}) · {source}"


def pairs_table(pairs: pd.DataFrame, names: dict[str, str], official: pd.DataFrame) -> pd.DataFrame:
    """The pair list shown beside the selector: names, counts and the official years available.

    ``pairs`` is newslens.official.pair_counts output; ``official`` the tidy reference frame.
    """
    spans: dict[tuple[str, str], tuple[int, int]] = {}
    for reporter, partner, year in zip(official["reporter_iso3"], official["partner_iso3"], official["year"]):
        key = (min(reporter, partner), max(reporter, partner))
        low, high = spans.get(key, (int(year), int(year)))
        spans[key] = (min(low, int(year)), max(high, int(year)))
    rows = []
    for p in pairs.itertuples(index=False):
        key = (min(p.country_a, p.country_b), max(p.country_a, p.country_b))
        years = f"{spans[key][0]}–{spans[key][1]}" if key in spans else "none"
        rows.append({"pair": pair_label(p.country_a, p.country_b, names), "figures": p.n_figures,
                     "articles": p.n_articles, "metrics": p.metrics, "official years": years})
    return pd.DataFrame(rows, columns=["pair", "figures", "articles", "metrics", "official years"])


def pair_choices(pairs: pd.DataFrame, names: dict[str, str]) -> dict[str, tuple[str, str]]:
    """Selector label -> (country_a, country_b), in the order of newslens.official.pair_counts."""
    return {pair_label(a, b, names): (a, b) for a, b in zip(pairs["country_a"], pairs["country_b"])}


def empty_notes(points: pd.DataFrame, official: pd.DataFrame, metric: str, side: str, reference_name: str) -> list[str]:
    """Plain-text notes for what the chart cannot show (the page escapes and shows each one).

    >>> empty_notes(pd.DataFrame({"metric_a": ["trade"]}), pd.DataFrame(), "exports", "A – B", "my.csv")[1]
    'No exports figure is reported for A – B; this pair has: trade.'
    """
    notes = []
    if official.empty:
        notes.append(f"No official statistics for {side} in the {reference_name}; "
                     "upload a reference file that covers this pair above.")
    if not (points["metric_a"] == metric).any():
        notes.append(f"No {metric} figure is reported for {side}; this pair has: "
                     f"{', '.join(sorted(set(points['metric_a'].dropna()))) or 'nothing'}.")
    return notes
