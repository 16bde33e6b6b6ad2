"""Read-only questions the dashboard asks of a Dataset: option lists, key figures, searches, spans.

Every function takes a Dataset (already filtered by newslens.filters.apply) and returns new frames
or plain values; none changes its input.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from newslens.schema import ACTOR_KINDS, VISIT_STATUSES
from newslens.store import Dataset

KIND_LABELS = {"country": "Country", "person": "Person", "organisation": "Organisation"}


def actor_options(dataset: Dataset) -> pd.DataFrame:
    """Actors that occur in the dataset, with the number of articles naming them.

    Columns actor_id, name, kind, n_articles; ordered by kind (countries, people, organisations),
    then most named first. An actor seen only in visits (as visitor or host) counts those articles.

    e.g. actor_options(ds).iloc[0].to_dict()
    {'actor_id': 'country:RUS', 'name': 'Russia', 'kind': 'country', 'n_articles': 7}
    """
    pairs = [dataset.mentions[["actor_id", "article_id"]]]
    visits = dataset.visits
    for column in ("visitor_id", "host_actor_id"):
        pairs.append(visits[[column, "article_id"]].rename(columns={column: "actor_id"}))
    for column in ("visitor_iso3", "host_iso3"):
        pairs.append(pd.DataFrame({"actor_id": "country:" + visits[column], "article_id": visits["article_id"]}))
    linked = pd.concat(pairs, ignore_index=True).dropna().drop_duplicates()
    counts = linked.groupby("actor_id").size().rename("n_articles").reset_index()
    actors = dataset.actors[["actor_id", "name", "kind"]]
    out = counts.merge(actors, on="actor_id", how="left")
    prefix = out["actor_id"].str.split(":", n=1).str[0]
    guessed_kind = prefix.map({"country": "country", "person": "person", "org": "organisation"}).fillna("organisation")
    out["kind"] = out["kind"].fillna(guessed_kind)
    out["name"] = out["name"].fillna(out["actor_id"].str.split(":", n=1).str[-1])
    out["_kind_order"] = out["kind"].map({k: i for i, k in enumerate(("country", "person", "organisation"))}).fillna(9)
    out = out.sort_values(["_kind_order", "n_articles", "name"], ascending=[True, False, True], kind="stable")
    return out[["actor_id", "name", "kind", "n_articles"]].astype(
        {"actor_id": "string", "name": "string", "kind": "string", "n_articles": "int64"}).reset_index(drop=True)


def articles_table(dataset: Dataset) -> pd.DataFrame:
    """The articles table (for cached chart builders that take it whole)."""
    return dataset.articles


def figures_table(dataset: Dataset) -> pd.DataFrame:
    """The figures table (for cached chart builders that take it whole)."""
    return dataset.figures


def topic_options(dataset: Dataset) -> pd.DataFrame:
    """Topics with the number of articles scored > 0 on them, most frequent first."""
    topics = dataset.topics.loc[dataset.topics["score"].fillna(0) > 0]
    counts = topics.groupby("topic")["article_id"].nunique().rename("n_articles").reset_index()
    return counts.sort_values(["n_articles", "topic"], ascending=[False, True], kind="stable").reset_index(drop=True)


def source_options(dataset: Dataset) -> pd.DataFrame:
    """Sources (outlets) with their number of articles, most frequent first."""
    counts = dataset.articles["source"].dropna().value_counts().rename_axis("source").rename("n_articles").reset_index()
    return counts.sort_values(["n_articles", "source"], ascending=[False, True], kind="stable").reset_index(drop=True)


def date_span(dataset: Dataset) -> tuple[pd.Timestamp, pd.Timestamp] | None:
    """First and last publication date, or None when no article is dated."""
    dates = dataset.articles["published_date"].dropna()
    if dates.empty:
        return None
    return dates.min(), dates.max()


def visit_window(dataset: Dataset, margin_years: int = 1) -> tuple[str, str] | None:
    """The time span a visit timeline opens on: publication dates widened by ``margin_years``.

    Articles also recall visits of decades ago; those stay in the chart but outside the first view.
    None when no article is dated.
    """
    span = date_span(dataset)
    if span is None:
        return None
    first = span[0] - pd.DateOffset(years=margin_years)
    last = span[1] + pd.DateOffset(years=margin_years)
    return f"{first:%Y-%m-%d}", f"{last:%Y-%m-%d}"


@dataclass(frozen=True)
class KeyFigures:
    n_articles: int
    n_dated_articles: int
    first_date: pd.Timestamp | None
    last_date: pd.Timestamp | None
    n_sources: int
    n_visits: int
    n_visit_events: int
    visits_by_status: dict[str, int]
    n_figures: int
    n_actors: int


def key_figures(dataset: Dataset) -> KeyFigures:
    """The headline numbers of the Overview page."""
    span = date_span(dataset)
    by_status = dataset.visits["status"].value_counts()
    return KeyFigures(
        n_articles=len(dataset.articles),
        n_dated_articles=int(dataset.articles["published_date"].notna().sum()),
        first_date=span[0] if span else None,
        last_date=span[1] if span else None,
        n_sources=int(dataset.articles["source"].nunique()),
        n_visits=len(dataset.visits),
        n_visit_events=len(dataset.visit_events),
        visits_by_status={s: int(by_status.get(s, 0)) for s in VISIT_STATUSES},
        n_figures=len(dataset.figures),
        n_actors=int(dataset.mentions["actor_id"].nunique()),
    )


def visits_with_articles(dataset: Dataset) -> pd.DataFrame:
    """Visit records with their article's title, source, date and url, and a host country name.

    Adds columns title, source, published_date, url, visitor_country, host_country.
    """
    meta = dataset.articles[["article_id", "title", "source", "published_date", "url"]]
    out = dataset.visits.merge(meta, on="article_id", how="left")
    out["visitor_country"] = out["visitor_iso3"].map(country_names(dataset)).fillna(out["visitor_iso3"])
    out["host_country"] = out["host_iso3"].map(country_names(dataset)).fillna(out["host_iso3"])
    return out


def visit_events_table(dataset: Dataset) -> pd.DataFrame:
    """Merged visits for display: who, where, when, status, how many sources; latest first."""
    names = country_names(dataset)
    events = dataset.visit_events
    table = pd.DataFrame({
        "visitor": events["visitor_name"].fillna(events["visitor_id"]),
        "from": events["visitor_iso3"].map(names).fillna(events["visitor_iso3"]),
        "to": events["host_iso3"].map(names).fillna(events["host_iso3"]),
        "place": events["location_name"],
        "start": events["date_start"].dt.date,
        "end": events["date_end"].dt.date,
        "precision": events["date_precision"],
        "status": events["status"],
        "status history": events["status_history"],
        "domestic": events["is_domestic"],
        "sources": events["n_sources"],
        "articles": events["n_articles"],
        "event_id": events["event_id"],
    })
    return table.sort_values(["start", "visitor"], ascending=[False, True], na_position="last", kind="stable").reset_index(drop=True)


def visit_records_table(dataset: Dataset) -> pd.DataFrame:
    """Per-article visit records for display, with the evidence sentence and the article; latest first."""
    records = visits_with_articles(dataset)
    table = pd.DataFrame({
        "published": records["published_date"].dt.date,
        "visitor": records["visitor_name"].fillna(records["visitor_id"]),
        "to": records["host_country"],
        "place": records["location_name"],
        "start": records["date_start"].dt.date,
        "end": records["date_end"].dt.date,
        "precision": records["date_precision"],
        "date words": records["date_text"],
        "status": records["status"],
        "confidence": records["confidence"],
        "evidence": records["evidence"],
        "title": records["title"],
        "source": records["source"],
        "url": records["url"],
        "visit_id": records["visit_id"],
        "article_id": records["article_id"],
    })
    return table.sort_values(["published", "visitor"], ascending=[False, True], na_position="last", kind="stable").reset_index(drop=True)


def country_names(dataset: Dataset) -> dict[str, str]:
    """ISO3 -> display name, from the actors table, else pycountry, else the code itself."""
    names = {}
    countries = dataset.actors.loc[dataset.actors["kind"] == "country", ["iso3", "name"]].dropna()
    names.update(dict(zip(countries["iso3"], countries["name"])))
    codes = set(dataset.visits["host_iso3"].dropna()) | set(dataset.visits["visitor_iso3"].dropna())
    codes |= set(dataset.figures["reporter_iso3"].dropna()) | set(dataset.figures["partner_iso3"].dropna())
    missing = [c for c in codes if c not in names]
    if missing:
        import pycountry

        for code in missing:
            country = pycountry.countries.get(alpha_3=code)
            names[code] = getattr(country, "common_name", None) or getattr(country, "name", code) if country else code
    return names


def search_articles(dataset: Dataset, query: str, limit: int | None = None) -> pd.DataFrame:
    """Articles whose title or text contains every word of ``query`` (case-insensitive), newest first.

    An empty query returns every article. Words are matched literally (no regex syntax).
    Columns article_id, title, source, published_date, n_words, n_visits, n_figures.
    """
    articles = dataset.articles
    mask = pd.Series(True, index=articles.index)
    for word in query.split():
        pattern = re.escape(word)
        mask &= (articles["title"].str.contains(pattern, case=False, regex=True, na=False)
                 | articles["text"].str.contains(pattern, case=False, regex=True, na=False))
    found = articles.loc[mask, ["article_id", "title", "source", "published_date", "n_words"]]
    n_visits = dataset.visits["article_id"].value_counts()
    n_figures = dataset.figures["article_id"].value_counts()
    found = found.assign(
        n_visits=found["article_id"].map(n_visits).fillna(0).astype("int64"),
        n_figures=found["article_id"].map(n_figures).fillna(0).astype("int64"),
    )
    found = found.sort_values("published_date", ascending=False, na_position="last", kind="stable")
    if limit is not None:
        found = found.head(limit)
    return found.reset_index(drop=True)


def article_spans(dataset: Dataset, article_id: str) -> pd.DataFrame:
    """Character spans to highlight in one article: actors, visit sentences and figure amounts.

    Columns char_start, char_end, kind ("actor", "visit", "figure", "date"), label. Overlaps are kept;
    the renderer decides (components.render.highlight_segments keeps the first span that starts).
    """
    rows = []
    mentions = dataset.mentions.loc[dataset.mentions["article_id"] == article_id]
    names = dict(zip(dataset.actors["actor_id"], dataset.actors["name"]))
    for m in mentions.itertuples(index=False):
        rows.append((m.char_start, m.char_end, "actor", names.get(m.actor_id, m.actor_id)))
    visits = dataset.visits.loc[(dataset.visits["article_id"] == article_id) & dataset.visits["char_start"].notna()]
    for v in visits.itertuples(index=False):
        rows.append((v.char_start, v.char_end, "visit", f"{v.visitor_name or v.visitor_id} → {v.host_iso3}: {v.status}"))
    figures = dataset.figures.loc[(dataset.figures["article_id"] == article_id) & dataset.figures["char_start"].notna()]
    for f in figures.itertuples(index=False):
        rows.append((f.char_start, f.char_end, "figure", f"{f.metric} {f.reporter_iso3}–{f.partner_iso3}: {f.qualifier}"))
    text_rows = dataset.articles.loc[dataset.articles["article_id"] == article_id, "text"]
    text = text_rows.iloc[0] if len(text_rows) and isinstance(text_rows.iloc[0], str) else ""
    # Dates: the words that dated a visit or a figure, looked up inside the record's sentence.
    lookups = [(v.date_text, v.char_start, v.char_end) for v in visits.itertuples(index=False)]
    lookups += [(f.period_text, f.char_start, f.char_end) for f in figures.itertuples(index=False)]
    for words, start, end in lookups:
        if not isinstance(words, str) or not words or pd.isna(start):
            continue
        sentence_start = text.rfind(". ", 0, int(start)) + 1 if end - start < 40 else int(start)
        found = text.find(words, sentence_start, max(int(end), sentence_start) + 200)
        if found >= 0:
            rows.append((found, found + len(words), "date", words))
    frame = pd.DataFrame(rows, columns=["char_start", "char_end", "kind", "label"])
    frame = frame.astype({"char_start": "int64", "char_end": "int64", "kind": "string", "label": "string"})
    return frame.sort_values(["char_start", "char_end"], kind="stable").reset_index(drop=True)


def actor_kind_label(kind: str) -> str:
    return KIND_LABELS.get(kind, kind.title())


assert set(KIND_LABELS) == set(ACTOR_KINDS), "every actor kind needs a label"
