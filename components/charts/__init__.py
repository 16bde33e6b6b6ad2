"""Pure chart builders (tidy frame + options -> go.Figure) and the palette every chart shares.

One colour and one marker symbol per visit status, one colour per qualifier and per country,
everywhere in the dashboard, so a presenter's legend means the same on every page.
"""
from __future__ import annotations

import hashlib
import html
import re

import pandas as pd
import plotly.graph_objects as go

from newslens.schema import QUALIFIERS, VISIT_STATUSES

# Okabe-Ito colours: distinguishable with the common colour-vision deficiencies, and on a projector.
STATUS_COLOURS = {"invited": "#CC79A7", "planned": "#0072B2", "occurred": "#009E73", "cancelled": "#D55E00"}
STATUS_SYMBOLS = {"invited": "diamond-open", "planned": "circle-open", "occurred": "circle", "cancelled": "x"}
# Nearest Streamlit Markdown colour of each status, for text (":green[Occurred]").
STATUS_MARKDOWN_COLOURS = {"invited": "violet", "planned": "blue", "occurred": "green", "cancelled": "orange"}
STATUS_LABELS = {"invited": "Invited", "planned": "Planned", "occurred": "Occurred", "cancelled": "Cancelled"}
QUALIFIER_COLOURS = {"actual": "#000000", "estimate": "#56B4E9", "forecast": "#E69F00", "target": "#CC79A7"}
QUALIFIER_SYMBOLS = {"actual": "circle", "estimate": "square-open", "forecast": "triangle-up-open", "target": "star-open"}
OFFICIAL_COLOUR = "#7F7F7F"  # official statistics, drawn under the reported figures

COUNTRY_COLOURS = {
    "PRK": "#B22222", "KOR": "#1F4E9E", "RUS": "#6A3D9A", "CHN": "#E31A1C", "JPN": "#FF7F00", "USA": "#1F78B4",
    "MNG": "#33A02C", "VNM": "#B15928", "IND": "#FB9A99", "DEU": "#555555", "FRA": "#A6CEE3", "GBR": "#CAB2D6",
}
_FALLBACK_COLOURS = ("#8DD3C7", "#BEBADA", "#FB8072", "#80B1D3", "#FDB462", "#B3DE69", "#FCCDE5", "#BC80BD",
                     "#CCEBC5", "#FFED6F", "#999933", "#117733", "#882255", "#44AA99", "#DDCC77", "#332288")

# Export buttons: the camera icon gives a 3x PNG fit for slides; pass svg=True for vector output.
EXPORT_CONFIG = {"toImageButtonOptions": {"format": "png", "scale": 3}, "displaylogo": False}
FONT = dict(family="Source Sans Pro, Arial, sans-serif", size=14)

assert set(STATUS_COLOURS) == set(VISIT_STATUSES) == set(STATUS_SYMBOLS), "one colour and symbol per status"
assert set(QUALIFIER_COLOURS) == set(QUALIFIERS) == set(QUALIFIER_SYMBOLS), "one colour and symbol per qualifier"


def country_colour(iso3: str | None) -> str:
    """The fixed colour of a country; unknown codes get a stable colour from their name."""
    if not iso3:
        return "#555555"
    if iso3 in COUNTRY_COLOURS:
        return COUNTRY_COLOURS[iso3]
    digest = int(hashlib.sha1(iso3.encode()).hexdigest(), 16)
    return _FALLBACK_COLOURS[digest % len(_FALLBACK_COLOURS)]


def export_config(svg: bool = False, filename: str = "newslens-chart") -> dict:
    """The ``config`` for st.plotly_chart: export at 3x scale, as PNG or SVG."""
    options = {"format": "svg" if svg else "png", "scale": 3, "filename": filename}
    return {**EXPORT_CONFIG, "toImageButtonOptions": options}


# Map outlines are served by the app itself (static/topojson, server.enableStaticServing): no CDN.
TOPOJSON_URL = "app/static/topojson/"


def geo_config(svg: bool = False, filename: str = "newslens-map") -> dict:
    """export_config for a geo chart, pointing Plotly at the app's own map outlines."""
    return {**export_config(svg, filename), "topojsonURL": TOPOJSON_URL}


def hover_text(text: object, width: int = 80) -> str:
    """Untrusted text made safe for a Plotly hover label: HTML-escaped, wrapped with <br>.

    >>> hover_text("<b>Hi</b> there")
    '&lt;b&gt;Hi&lt;/b&gt; there'
    """
    if text is None or text is pd.NA or (isinstance(text, float) and text != text):  # None, NA or NaN
        return ""
    value = str(text)
    # Greedy lines of at most ``width`` characters ending at a space (a longer word stands alone);
    # a regex because textwrap was the slowest part of building a 5,000-point timeline.
    lines = re.findall(r"\S.{0,%d}(?=\s|$)|\S+" % (width - 1), value.replace("\n", " ")) or [""]
    return "<br>".join(html.escape(line.rstrip(), quote=False) for line in lines)


def base_layout(fig: go.Figure, title: str | None = None, height: int | None = None) -> go.Figure:
    """Presentation defaults: white background, readable font, legend on top."""
    fig.update_layout(
        template="plotly_white", font=FONT, title=dict(text=html.escape(title, quote=False)) if title else None,
        height=height, margin=dict(l=10, r=10, t=60 if title else 30, b=10),
        legend=dict(orientation="h", yanchor="bottom", y=1.02, xanchor="left", x=0, font=dict(size=14)),
        hoverlabel=dict(align="left", font=dict(size=13)),
    )
    return fig


def empty_figure(message: str) -> go.Figure:
    """A figure with no axes and a centred message (never an empty axis)."""
    fig = go.Figure()
    fig.add_annotation(text=html.escape(message, quote=False), showarrow=False, x=0.5, y=0.5, xref="paper", yref="paper",
                       font=dict(size=16, color="#555"))
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)
    return base_layout(fig, height=200)
