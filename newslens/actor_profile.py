"""Questions about actors: who is named most, when, with whom, and one actor's profile.

Every function takes frames of a Dataset (already filtered by newslens.filters.apply) and returns
new frames; none changes its input. Counts are of articles, not of mentions, so one article that
names Lavrov ten times counts once.
"""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from newslens.store import Dataset


def _names(actors: pd.DataFrame) -> pd.DataFrame:
    return actors[["actor_id", "name", "kind", "iso3"]].drop_duplicates("actor_id")


def _label_missing(frame: pd.DataFrame) -> pd.DataFrame:
    """Actors absent from the actors table keep their id's tail as name: "person:x-y" -> "x-y"."""
    tail = frame["actor_id"].str.split(":", n=1).str[-1]
    frame["name"] = frame["name"].fillna(tail).astype("string")
    prefix = frame["actor_id"].str.split(":", n=1).str[0]
    guessed = prefix.map({"country": "country", "person": "person", "org": "organisation"}).fillna("organisation")
    frame["kind"] = frame["kind"].fillna(guessed).astype("string")
    return frame


def top_actors(mentions: pd.DataFrame, actors: pd.DataFrame, n: int = 15, kinds: tuple[str, ...] = ()) -> pd.DataFrame:
    """The ``n`` actors named in the most articles.

    Columns actor_id, name, kind, n_articles, n_mentions; ties broken by name.

    e.g. top_actors(ds.mentions, ds.actors, n=1).iloc[0].to_dict()
    {'actor_id': 'country:RUS', 'name': 'Russia', 'kind': 'country', 'n_articles': 6, 'n_mentions': 8}
    """
    cols = ["actor_id", "name", "kind", "n_articles", "n_mentions"]
    if mentions.empty:
        return pd.DataFrame({c: pd.Series([], dtype="int64" if c.startswith("n_") else "string") for c in cols})
    counts = mentions.groupby("actor_id").agg(n_articles=("article_id", "nunique"), n_mentions=("article_id", "size"))
    out = _label_missing(counts.reset_index().merge(_names(actors), on="actor_id", how="left"))
    if kinds:
        out = out.loc[out["kind"].isin(kinds)]
    out = out.sort_values(["n_articles", "n_mentions", "name"], ascending=[False, False, True], kind="stable").head(n)
    return out[cols].astype({"actor_id": "string", "n_articles": "int64", "n_mentions": "int64"}).reset_index(drop=True)


GRAINS = {"month": "M", "quarter": "Q", "year": "Y"}


def default_grain(published: pd.Series) -> str:
    """The time step that keeps a timeline readable: month up to 4 years of articles, quarter up to 10, else year.

    >>> default_grain(pd.Series(pd.to_datetime(["2011-01-05", "2012-06-01"])))
    'month'
    """
    dated = published.dropna()
    if dated.empty:
        return "month"
    months = (dated.max().year - dated.min().year) * 12 + dated.max().month - dated.min().month
    return "month" if months <= 48 else "quarter" if months <= 120 else "year"


def mentions_over_time(mentions: pd.DataFrame, articles: pd.DataFrame, actors: pd.DataFrame,
                       actor_ids: list[str] | tuple[str, ...], grain: str = "month") -> pd.DataFrame:
    """Articles naming each of ``actor_ids``, per month, quarter or year of publication (undated left out).

    Columns period (first day of the month, quarter or year), actor_id, name, n_articles. Every
    period from the first to the last with a dated article is present for every actor found, with
    0 when no article named the actor then (so a line drops to zero instead of bridging the gap).
    """
    if grain not in GRAINS:
        raise ValueError(f"grain {grain!r}: use one of {list(GRAINS)}")
    cols = ["period", "actor_id", "name", "n_articles"]
    chosen = mentions.loc[mentions["actor_id"].isin(list(actor_ids)), ["actor_id", "article_id"]].drop_duplicates()
    dated = chosen.merge(articles[["article_id", "published_date"]], on="article_id", how="inner")
    dated = dated.loc[dated["published_date"].notna()]
    if dated.empty:
        return pd.DataFrame({"period": pd.Series([], dtype="datetime64[ns]"), "actor_id": pd.Series([], dtype="string"),
                             "name": pd.Series([], dtype="string"), "n_articles": pd.Series([], dtype="int64")})
    dated["period"] = dated["published_date"].dt.to_period(GRAINS[grain]).dt.start_time.astype("datetime64[ns]")
    periods = pd.period_range(dated["period"].min(), dated["period"].max(), freq=GRAINS[grain]).start_time
    grid = pd.MultiIndex.from_product([periods.astype("datetime64[ns]"), sorted(set(dated["actor_id"]))],
                                      names=["period", "actor_id"])
    counts = dated.groupby(["period", "actor_id"]).size().reindex(grid, fill_value=0).rename("n_articles").reset_index()
    counts = counts.merge(_names(actors)[["actor_id", "name"]], on="actor_id", how="left")
    counts["kind"] = pd.NA
    counts = _label_missing(counts)
    counts["period"] = counts["period"].astype("datetime64[ns]")
    return counts[cols].astype({"actor_id": "string", "n_articles": "int64"}).sort_values(
        ["period", "actor_id"]).reset_index(drop=True)


def cooccurrence(mentions: pd.DataFrame, actors: pd.DataFrame, actor_ids: list[str] | tuple[str, ...]) -> pd.DataFrame:
    """How many articles name both actors, for every ordered pair of ``actor_ids`` (a full matrix).

    Columns actor_a, name_a, actor_b, name_b, n_articles; the diagonal (a == b) holds the articles
    naming that actor at all. Pairs never seen together are present with 0, so the heatmap is square.

        actor_a      actor_b      n_articles
        country:RUS  country:KOR  3
        country:KOR  country:RUS  3
    """
    ids = list(dict.fromkeys(actor_ids))
    pairs = mentions.loc[mentions["actor_id"].isin(ids), ["article_id", "actor_id"]].drop_duplicates()
    joined = pairs.merge(pairs, on="article_id", suffixes=("_a", "_b"))
    counts = joined.groupby(["actor_id_a", "actor_id_b"]).size()
    grid = pd.MultiIndex.from_product([ids, ids], names=["actor_id_a", "actor_id_b"])
    counts = counts.reindex(grid, fill_value=0).rename("n_articles").reset_index()
    names = _names(actors).set_index("actor_id")["name"]
    out = pd.DataFrame({
        "actor_a": counts["actor_id_a"].astype("string"),
        "name_a": counts["actor_id_a"].map(names).fillna(counts["actor_id_a"].str.split(":", n=1).str[-1]).astype("string"),
        "actor_b": counts["actor_id_b"].astype("string"),
        "name_b": counts["actor_id_b"].map(names).fillna(counts["actor_id_b"].str.split(":", n=1).str[-1]).astype("string"),
        "n_articles": counts["n_articles"].astype("int64"),
    })
    return out


@dataclass(frozen=True)
class ActorProfile:
    """Everything the Actors page shows about one actor; frames are new, safe to change."""

    actor_id: str
    name: str
    kind: str
    iso3: str | None
    role: str | None
    term_start: pd.Timestamp | None
    term_end: pd.Timestamp | None
    aliases: tuple[str, ...]
    source: str | None
    visits_made: pd.DataFrame  # visit_events where the actor (or, for a country, its people) travels
    visits_hosted: pd.DataFrame  # visit_events hosted by the actor (a country, or a person named as host)
    figures: pd.DataFrame  # figures whose reporter or partner is the actor's country, with the article title
    articles: pd.DataFrame  # articles naming the actor: article_id, title, source, published_date, n_mentions


def _value(row: pd.Series, column: str):
    value = row.get(column)
    return None if value is None or pd.isna(value) else value


def actor_profile(dataset: Dataset, actor_id: str) -> ActorProfile:
    """The profile of ``actor_id``. Raises KeyError when the actor is neither in the actors table nor mentioned.

    Visits made: for a person or organisation the events where it is the visitor; for a country,
    the events whose visitor represents it. Visits hosted: for a country, events whose host country
    it is; for a person, events of a visit record naming them as host. Figures involve the actor's
    country (reporter or partner).
    """
    table = dataset.actors.loc[dataset.actors["actor_id"] == actor_id]
    mentioned = dataset.mentions.loc[dataset.mentions["actor_id"] == actor_id]
    if table.empty and mentioned.empty:
        raise KeyError(f"no actor {actor_id!r} in this dataset")
    row = table.iloc[0] if len(table) else pd.Series({"actor_id": actor_id})
    prefix, _, tail = actor_id.partition(":")
    kind = _value(row, "kind") or {"country": "country", "person": "person"}.get(prefix, "organisation")
    iso3 = _value(row, "iso3") or (tail if kind == "country" else None)
    events = dataset.visit_events
    if kind == "country":
        made = events.loc[(events["visitor_iso3"] == iso3).fillna(False).astype(bool)]
        hosted = events.loc[(events["host_iso3"] == iso3).fillna(False).astype(bool)]
    else:
        made = events.loc[(events["visitor_id"] == actor_id).fillna(False).astype(bool)]
        host_records = dataset.visits.loc[(dataset.visits["host_actor_id"] == actor_id).fillna(False).astype(bool)]
        hosted = events.loc[events["event_id"].isin(set(host_records["event_id"].dropna()))]
    made = made.sort_values("date_start", na_position="last", kind="stable").reset_index(drop=True)
    hosted = hosted.sort_values("date_start", na_position="last", kind="stable").reset_index(drop=True)

    figures = dataset.figures.iloc[0:0]
    if iso3:
        involved = (dataset.figures["reporter_iso3"] == iso3) | (dataset.figures["partner_iso3"] == iso3)
        figures = dataset.figures.loc[involved.fillna(False).astype(bool)]
    meta = dataset.articles[["article_id", "title", "source", "published_date"]]
    figures = figures.merge(meta, on="article_id", how="left").sort_values(
        ["period_start", "figure_id"], na_position="last", kind="stable").reset_index(drop=True)

    per_article = mentioned.groupby("article_id").size().rename("n_mentions").reset_index()
    articles = meta.merge(per_article, on="article_id", how="inner")
    articles = articles.sort_values(["published_date", "article_id"], ascending=[False, True], na_position="last",
                                    kind="stable").reset_index(drop=True)
    aliases = _value(row, "aliases")
    return ActorProfile(
        actor_id=actor_id,
        name=_value(row, "name") or tail,
        kind=kind,
        iso3=iso3,
        role=_value(row, "role"),
        term_start=_value(row, "term_start"),
        term_end=_value(row, "term_end"),
        aliases=tuple(a.strip() for a in aliases.split("|") if a.strip()) if aliases else (),
        source=_value(row, "source"),
        visits_made=made,
        visits_hosted=hosted,
        figures=figures,
        articles=articles,
    )


def role_text(profile: ActorProfile) -> str | None:
    """The role with its term, e.g. "Foreign Minister (2004-03-09 – in office)"; None without a role."""
    if not profile.role:
        return None
    if profile.term_start is None and profile.term_end is None:
        return profile.role
    start = profile.term_start.date().isoformat() if profile.term_start is not None else "?"
    end = profile.term_end.date().isoformat() if profile.term_end is not None else "in office"
    return f"{profile.role} ({start} – {end})"
