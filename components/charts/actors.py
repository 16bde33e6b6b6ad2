"""Pure Altair builders of the Actors page: mentions over time, top actors, co-occurrence.

Input frames come from newslens.actor_profile; nothing here calls Streamlit. Altair renders
names as SVG text (never HTML), so untrusted names need no escaping here.
"""
from __future__ import annotations

import altair as alt
import pandas as pd

from components.charts import country_colour

KIND_COLOURS = {"country": "#0072B2", "person": "#E69F00", "organisation": "#009E73"}


def _actor_colours(frame: pd.DataFrame, id_column: str = "actor_id", name_column: str = "name") -> alt.Scale:
    """Countries keep their dashboard-wide colour; other actors get Altair's category colours."""
    if "n_articles" in frame:  # legend in the order of the most named
        totals = frame.groupby(id_column)["n_articles"].sum()
        frame = frame.assign(_total=frame[id_column].map(totals)).sort_values(["_total", name_column], ascending=[False, True])
    names = frame[[id_column, name_column]].drop_duplicates(id_column)
    domain = list(names[name_column])
    palette = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000",
               "#999933", "#882255", "#44AA99", "#332288"]
    colours = []
    for i, actor_id in enumerate(names[id_column]):
        colours.append(country_colour(actor_id.split(":", 1)[1]) if actor_id.startswith("country:") else palette[i % len(palette)])
    return alt.Scale(domain=domain, range=colours)


GRAIN_FORMATS = {"month": ("%b %Y", "%B %Y"), "quarter": ("%b %Y", "%B %Y"), "year": ("%Y", "%Y")}


def mentions_timeline(timeline: pd.DataFrame, grain: str = "month", title: str | None = None) -> alt.Chart:
    """Lines with points: x = period of publication, y = articles naming the actor, one colour per actor.

    ``timeline`` is newslens.actor_profile.mentions_over_time output (period, actor_id, name, n_articles)
    computed with the same ``grain``.
    """
    axis_format, tooltip_format = GRAIN_FORMATS[grain]
    base = alt.Chart(timeline).encode(
        x=alt.X("period:T", title=f"{grain.title()} of publication", axis=alt.Axis(format=axis_format)),
        y=alt.Y("n_articles:Q", title="Articles", axis=alt.Axis(tickMinStep=1)),
        color=alt.Color("name:N", title="Actor", scale=_actor_colours(timeline) if len(timeline) else alt.Undefined),
        tooltip=[alt.Tooltip("name:N", title="Actor"), alt.Tooltip("period:T", title=grain.title(), format=tooltip_format),
                 alt.Tooltip("n_articles:Q", title="Articles")],
    )
    lines = base.mark_line(strokeWidth=2) + base.mark_point(filled=True, size=40)
    return lines.properties(title=title or f"Articles naming each actor, by {grain}", height=320)


def top_actors_bar(top: pd.DataFrame, title: str = "Most named actors") -> alt.Chart:
    """Horizontal bars: one per actor (most named on top), length = articles, colour = kind.

    ``top`` is newslens.actor_profile.top_actors output.
    """
    order = list(top["name"])
    return alt.Chart(top, title=title).mark_bar().encode(
        x=alt.X("n_articles:Q", title="Articles naming the actor", axis=alt.Axis(tickMinStep=1)),
        y=alt.Y("name:N", title=None, sort=order, axis=alt.Axis(labelLimit=220, labelOverlap=False)),
        color=alt.Color("kind:N", title="Kind", scale=alt.Scale(domain=list(KIND_COLOURS), range=list(KIND_COLOURS.values()))),
        tooltip=[alt.Tooltip("name:N", title="Actor"), alt.Tooltip("kind:N", title="Kind"),
                 alt.Tooltip("n_articles:Q", title="Articles"), alt.Tooltip("n_mentions:Q", title="Mentions")],
    ).properties(height=max(120, 30 * len(top)))


def cooccurrence_heatmap(pairs: pd.DataFrame, title: str = "Articles naming both actors") -> alt.Chart:
    """Square heatmap of newslens.actor_profile.cooccurrence output, with the counts written in.

    The diagonal (an actor with itself) is left blank so the colour scale shows the pairs.
    """
    order = list(dict.fromkeys(pairs["name_a"]))
    off_diagonal = pairs.assign(n_shown=pairs["n_articles"].where(pairs["actor_a"] != pairs["actor_b"]))
    base = alt.Chart(off_diagonal).encode(
        x=alt.X("name_b:N", title=None, sort=order, axis=alt.Axis(labelAngle=-40, labelOverlap=False, labelLimit=160)),
        y=alt.Y("name_a:N", title=None, sort=order, axis=alt.Axis(labelOverlap=False, labelLimit=160)),
    )
    cells = base.mark_rect().encode(
        color=alt.Color("n_shown:Q", title="Articles", scale=alt.Scale(scheme="blues")),
        tooltip=[alt.Tooltip("name_a:N", title="Actor"), alt.Tooltip("name_b:N", title="With"),
                 alt.Tooltip("n_articles:Q", title="Articles naming both")],
    )
    darkest = off_diagonal["n_shown"].max()
    threshold = float(darkest) / 2 if pd.notna(darkest) else 0.0
    labels = base.transform_filter("isValid(datum.n_shown)").mark_text(fontSize=12).encode(
        text=alt.Text("n_shown:Q"),
        color=alt.condition(f"datum.n_shown > {threshold:g}", alt.value("white"), alt.value("black")),
    )
    return (cells + labels).properties(title=title, width=alt.Step(34), height=alt.Step(26))
