"""Pure filtering of a Dataset by a frozen FilterState that round-trips through the URL.

The URL format (also the widget keys of components/filters.py)::

    ?actor=person:kim-jong-il&actor=country:RUS&topic=trade&dates=2011-01-01&dates=2011-12-31
     &source=KCNA&status=occurred&scope=foreign&min_conf=0.5

Values equal to the default are left out, so an unfiltered view has an empty query string.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace

import pandas as pd

from newslens.schema import VISIT_STATUSES
from newslens.store import Dataset

SCOPES = ("all", "foreign", "domestic")

# URL parameter name of each FilterState field (dates share one repeated parameter).
PARAM_ACTORS, PARAM_TOPICS, PARAM_DATES, PARAM_SOURCES = "actor", "topic", "dates", "source"
PARAM_STATUSES, PARAM_SCOPE, PARAM_MIN_CONFIDENCE = "status", "scope", "min_conf"
PARAMS = (PARAM_ACTORS, PARAM_TOPICS, PARAM_DATES, PARAM_SOURCES, PARAM_STATUSES, PARAM_SCOPE, PARAM_MIN_CONFIDENCE)


@dataclass(frozen=True)
class FilterState:
    """What the user chose. Empty tuples and None mean "no restriction"."""

    actors: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    sources: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    scope: str = "all"
    min_confidence: float = 0.0

    def __post_init__(self) -> None:
        if self.scope not in SCOPES:
            raise ValueError(f"scope {self.scope!r} not in {SCOPES}")
        if not 0.0 <= float(self.min_confidence) <= 1.0:
            raise ValueError(f"min_confidence {self.min_confidence!r} not between 0 and 1")
        bad = [s for s in self.statuses if s not in VISIT_STATUSES]
        if bad:
            raise ValueError(f"statuses {bad} not in {VISIT_STATUSES}")

    @property
    def is_default(self) -> bool:
        return self == FilterState()

    @property
    def restricts_articles(self) -> bool:
        """True when some articles may be dropped (actors, topics, dates or sources are set)."""
        return bool(self.actors or self.topics or self.sources or self.date_from or self.date_to)

    def to_query_params(self) -> dict[str, str | list[str]]:
        """The URL parameters of this state; defaults are left out.

        >>> FilterState(statuses=("occurred",), min_confidence=0.5).to_query_params()
        {'status': ['occurred'], 'min_conf': '0.5'}
        """
        params: dict[str, str | list[str]] = {}
        if self.actors:
            params[PARAM_ACTORS] = list(self.actors)
        if self.topics:
            params[PARAM_TOPICS] = list(self.topics)
        if self.date_from or self.date_to:
            params[PARAM_DATES] = [d.isoformat() if d else "" for d in (self.date_from, self.date_to)]
        if self.sources:
            params[PARAM_SOURCES] = list(self.sources)
        if self.statuses:
            params[PARAM_STATUSES] = list(self.statuses)
        if self.scope != "all":
            params[PARAM_SCOPE] = self.scope
        if self.min_confidence:
            params[PARAM_MIN_CONFIDENCE] = f"{float(self.min_confidence):g}"
        return params

    @classmethod
    def from_query_params(cls, params: Mapping[str, object]) -> tuple["FilterState", list[str]]:
        """Read a state from URL parameters; invalid values are dropped with a warning, never raised.

        ``params`` maps a name to a string or a list of strings (repeated parameters).

        >>> FilterState.from_query_params({"status": ["occurred", "lost"], "scope": "abroad"})[1]
        ["status: 'lost' is not one of invited, planned, occurred, cancelled", "scope: 'abroad' is not one of all, foreign, domestic"]
        """
        warnings: list[str] = []

        def values(name: str) -> list[str]:
            raw = params.get(name)
            if raw is None:
                return []
            items = [raw] if isinstance(raw, str) else list(raw)  # type: ignore[arg-type]
            out: list[str] = []
            for item in items:
                text = str(item).strip()
                if text and text not in out:
                    out.append(text)
            return out

        # Exact values, as the dashboard's URL-bound widgets read them ("OCCURRED" is not a status).
        statuses = []
        for s in values(PARAM_STATUSES):
            if s in VISIT_STATUSES:
                statuses.append(s)
            else:
                warnings.append(f"{PARAM_STATUSES}: {s!r} is not one of {', '.join(VISIT_STATUSES)}")

        scope = "all"
        scope_values = values(PARAM_SCOPE)
        if scope_values:
            if scope_values[-1] in SCOPES:
                scope = scope_values[-1]
            else:
                warnings.append(f"{PARAM_SCOPE}: {scope_values[-1]!r} is not one of {', '.join(SCOPES)}")

        min_confidence = 0.0
        conf_values = values(PARAM_MIN_CONFIDENCE)
        if conf_values:
            try:
                number = float(conf_values[-1])
                if not 0.0 <= number <= 1.0:
                    raise ValueError
                min_confidence = number
            except ValueError:
                warnings.append(f"{PARAM_MIN_CONFIDENCE}: {conf_values[-1]!r} is not a number between 0 and 1")

        date_from = date_to = None
        raw_dates = params.get(PARAM_DATES)
        date_items = [] if raw_dates is None else ([raw_dates] if isinstance(raw_dates, str) else list(raw_dates))  # type: ignore[arg-type]
        parsed: list[dt.date | None] = []
        for item in date_items[:2]:
            text = str(item).strip()
            if not text:
                parsed.append(None)
                continue
            try:
                parsed.append(dt.date.fromisoformat(text))
            except ValueError:
                warnings.append(f"{PARAM_DATES}: {text!r} is not a date (YYYY-MM-DD)")
                parsed.append(None)
        if len(date_items) > 2:
            warnings.append(f"{PARAM_DATES}: only a start and an end date are read, {len(date_items)} given")
        if parsed:
            date_from = parsed[0]
            date_to = parsed[1] if len(parsed) > 1 else None
        if date_from and date_to and date_from > date_to:
            warnings.append(f"{PARAM_DATES}: start {date_from} is after end {date_to}; dates ignored")
            date_from = date_to = None

        state = cls(
            actors=tuple(values(PARAM_ACTORS)),
            topics=tuple(values(PARAM_TOPICS)),
            date_from=date_from,
            date_to=date_to,
            sources=tuple(values(PARAM_SOURCES)),
            statuses=tuple(statuses),
            scope=scope,
            min_confidence=min_confidence,
        )
        return state, warnings

    def without_unknown(self, actors: set[str], topics: set[str], sources: set[str]) -> tuple["FilterState", list[str]]:
        """Drop actors, topics and sources the dataset does not know; say which were dropped."""
        warnings = []
        kept = {}
        for name, known, param in (("actors", actors, PARAM_ACTORS), ("topics", topics, PARAM_TOPICS), ("sources", sources, PARAM_SOURCES)):
            chosen = getattr(self, name)
            unknown = [v for v in chosen if v not in known]
            warnings += [f"{param}: {v!r} is not in this dataset" for v in unknown]
            kept[name] = tuple(v for v in chosen if v in known)
        return replace(self, **kept), warnings


def _actor_countries(actors: tuple[str, ...]) -> set[str]:
    """ISO3 codes of the country actors among ``actors``: ("country:RUS", "person:x") -> {"RUS"}."""
    return {a.split(":", 1)[1] for a in actors if a.startswith("country:")}


def _visits_of_actors(visits: pd.DataFrame, actors: tuple[str, ...]) -> pd.Series:
    """Rows where a chosen actor is the visitor, the visitor's country, the host country or the host."""
    chosen = set(actors)
    countries = _actor_countries(actors)
    mask = visits["visitor_id"].isin(chosen) | visits["host_actor_id"].isin(chosen)
    if countries:
        mask = mask | visits["host_iso3"].isin(countries) | visits["visitor_iso3"].isin(countries)
    return mask.fillna(False).astype(bool)


def article_mask(dataset: Dataset, state: FilterState) -> pd.Series:
    """Boolean mask over dataset.articles of the articles the state keeps."""
    articles = dataset.articles
    mask = pd.Series(True, index=articles.index)
    if state.date_from is not None or state.date_to is not None:
        published = articles["published_date"]
        dated = published.notna()
        if state.date_from is not None:
            dated &= published >= pd.Timestamp(state.date_from)
        if state.date_to is not None:
            dated &= published < pd.Timestamp(state.date_to) + pd.Timedelta(days=1)
        mask &= dated.fillna(False).astype(bool)
    if state.sources:
        mask &= articles["source"].isin(state.sources).fillna(False).astype(bool)
    if state.topics:
        topics = dataset.topics
        with_topic = topics.loc[topics["topic"].isin(state.topics) & (topics["score"].fillna(0) > 0), "article_id"]
        mask &= articles["article_id"].isin(set(with_topic))
    if state.actors:
        mentioned = set(dataset.mentions.loc[dataset.mentions["actor_id"].isin(state.actors), "article_id"])
        visits = dataset.visits
        mentioned |= set(visits.loc[_visits_of_actors(visits, state.actors), "article_id"])
        mask &= articles["article_id"].isin(mentioned)
    return mask


def _recount_events(events: pd.DataFrame, visits: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Keep the events that still have records in ``visits`` and recount them from those records.

    n_records, n_articles, n_sources, article_ids, first/last_reported and the status (the one
    reported last among the kept records) describe what the filtered view shows.
    """
    linked = visits.loc[visits["event_id"].notna(), ["event_id", "article_id", "status"]]
    if linked.empty or events.empty:
        return events.iloc[0:0].copy()
    meta = articles[["article_id", "source", "published_date"]]
    linked = linked.merge(meta, on="article_id", how="left")
    order = {s: i for i, s in enumerate(VISIT_STATUSES)}
    linked["_status_rank"] = linked["status"].map(order)
    linked = linked.sort_values(["event_id", "published_date", "_status_rank"], na_position="first", kind="stable")
    grouped = linked.groupby("event_id", sort=False)
    counts = pd.DataFrame({
        "n_records": grouped.size(),
        "n_articles": grouped["article_id"].nunique(),
        "n_sources": grouped["source"].nunique(),
        "article_ids": grouped["article_id"].agg(lambda ids: " ".join(dict.fromkeys(ids))),
        "first_reported": grouped["published_date"].min(),
        "last_reported": grouped["published_date"].max(),
        "status": grouped["status"].last(),
    })
    kept = events.loc[events["event_id"].isin(counts.index)].copy()
    for column in counts.columns:
        values = kept["event_id"].map(counts[column])
        kept[column] = values.astype(kept[column].dtype)
    return kept.reset_index(drop=True)


def apply(dataset: Dataset, state: FilterState) -> Dataset:
    """The dataset as the state shows it. Pure: ``dataset`` is not changed, new frames are returned.

    Articles are kept by dates (published_date, inclusive), sources, topics (score > 0) and actors
    (mentioned, or taking part in a visit the article reports). Mentions, topics, visits and figures
    follow the kept articles. Visits are further kept by status, scope (foreign = not is_domestic),
    min_confidence and, when actors are chosen, by involving one of them (visitor, visitor's
    country, host country or host person). Figures are also kept by min_confidence. Visit events
    keep those with a kept record, recounted from the kept records. Actors are not filtered.
    """
    if state.is_default:
        return dataset
    articles = dataset.articles
    restricted = False
    if state.restricts_articles:
        mask = article_mask(dataset, state)
        restricted = not bool(mask.all())  # e.g. the only source of the dataset: nothing to restrict
        if restricted:
            articles = articles.loc[mask].reset_index(drop=True)
    kept_ids = pd.Index(articles["article_id"])

    def follow(frame: pd.DataFrame) -> pd.DataFrame:
        if not restricted:
            return frame
        return frame.loc[frame["article_id"].isin(kept_ids)].reset_index(drop=True)

    visits = follow(dataset.visits)
    visit_mask = pd.Series(True, index=visits.index)
    if state.statuses:
        visit_mask &= visits["status"].isin(state.statuses)
    if state.scope == "domestic":
        visit_mask &= visits["is_domestic"].fillna(False).astype(bool)
    elif state.scope == "foreign":
        visit_mask &= ~visits["is_domestic"].fillna(False).astype(bool)
    if state.min_confidence:
        visit_mask &= (visits["confidence"].fillna(0) >= state.min_confidence).astype(bool)
    if state.actors:
        visit_mask &= _visits_of_actors(visits, state.actors)
    if not visit_mask.all():
        visits = visits.loc[visit_mask].reset_index(drop=True)

    figures = follow(dataset.figures)
    if state.min_confidence:
        figures = figures.loc[(figures["confidence"].fillna(0) >= state.min_confidence).astype(bool)].reset_index(drop=True)

    visits_changed = len(visits) != len(dataset.visits)
    visit_events = _recount_events(dataset.visit_events, visits, dataset.articles) if visits_changed else dataset.visit_events

    events = follow(dataset.events)

    return Dataset(
        articles=articles,
        mentions=follow(dataset.mentions),
        visits=visits,
        visit_events=visit_events,
        figures=figures,
        topics=follow(dataset.topics),
        actors=dataset.actors,
        events=events,
        report=dataset.report,
        path=dataset.path,
    )


def field_names() -> list[str]:
    return [f.name for f in fields(FilterState)]
