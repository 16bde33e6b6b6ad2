"""The single definition of every Newslens table: columns, dtypes, meaning and primary key.

Every writer calls :func:`conform` before it writes, so a table on disk always has exactly these
columns in this order with these dtypes. The README's data dictionary is generated from here
(``python -m newslens schema --markdown``) and a test checks that the two agree.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

SCHEMA_VERSION = 1

# Allowed values of the categorical columns; conform() rejects anything else.
DATE_ORIGINS = ("metadata", "url", "dateline", "unknown")
DATE_PRECISIONS = ("day", "month", "year", "unknown")
VISIT_STATUSES = ("invited", "planned", "occurred", "cancelled")
METRICS = ("trade", "exports", "imports", "investment", "aid", "other")
QUALIFIERS = ("actual", "estimate", "forecast", "target")
ACTOR_KINDS = ("person", "country", "organisation")


@dataclass(frozen=True)
class Column:
    name: str
    dtype: str  # a pandas dtype string: "string", "Int64", "Float64", "boolean", "datetime64[ns]"
    description: str
    allowed: tuple[str, ...] | None = None  # closed vocabulary, checked by conform()
    required: bool = False  # a missing value is an error


@dataclass(frozen=True)
class Table:
    name: str
    description: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...]
    indexes: tuple[str, ...] = field(default=())

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]

    def column(self, name: str) -> Column:
        for c in self.columns:
            if c.name == name:
                return c
        raise KeyError(f"table {self.name!r} has no column {name!r}")


S, I, F, B, D = "string", "Int64", "Float64", "boolean", "datetime64[ns]"

ARTICLES = Table(
    "articles",
    "One row per article read, after cleaning; syndicated copies point at the first copy.",
    (
        Column("article_id", S, "Stable id: a hash of the normalised URL, else of title and text. Same article, same id, run after run.", required=True),
        Column("url", S, "Address of the article, when the data gives one."),
        Column("title", S, "Headline, cleaned."),
        Column("source", S, "Publisher or outlet (The Moscow Times, KCNA, Wikinews ...)."),
        Column("wire", S, 'Agency credited at the end of the text, e.g. "Bloomberg" from "(Bloomberg, MT)".'),
        Column("published_date", D, "Publication date (no time of day); missing when unknown."),
        Column("date_origin", S, "Where published_date came from.", DATE_ORIGINS, required=True),
        Column("language", S, "ISO 639-1 code of the text, guessed when the data does not say."),
        Column("text", S, "Clean body text: NFKC, page chrome, appeals and wire credit removed."),
        Column("n_words", I, "Number of words in text."),
        Column("origin", S, 'File and row the article came from, e.g. "news.zip!2011/a.csv#14".', required=True),
        Column("content_hash", S, "Hash of the normalised title and text, used to find syndicated copies."),
        Column("duplicate_of", S, "article_id of the first copy of the same story; missing for originals."),
    ),
    ("article_id",),
)

MENTIONS = Table(
    "mentions",
    "One row per actor mention found in an article's text.",
    (
        Column("article_id", S, "Article the mention is in.", required=True),
        Column("actor_id", S, 'Actor mentioned, e.g. "country:KOR", "person:sergey-lavrov", "org:gazprom".', required=True),
        Column("actor_kind", S, "Kind of actor.", ACTOR_KINDS, required=True),
        Column("sentence_index", I, "0-based index of the sentence in the article text."),
        Column("char_start", I, "Offset of the first character of the mention in articles.text.", required=True),
        Column("char_end", I, "Offset one past the last character of the mention.", required=True),
        Column("surface", S, "The words as written."),
    ),
    ("article_id", "char_start", "actor_id"),
)

VISITS = Table(
    "visits",
    "One row per visit an article reports: who travels where, when, and what became of it.",
    (
        Column("visit_id", S, "Stable id of this record (article, visitor, host, status, offsets).", required=True),
        Column("article_id", S, "Article that reports the visit.", required=True),
        Column("event_id", S, "Id of the merged visit in visit_events."),
        Column("visitor_id", S, "Actor who travels (a person, else a country or organisation delegation)."),
        Column("visitor_name", S, "Display name of the visitor."),
        Column("visitor_iso3", S, "Country the visitor represents (ISO 3166-1 alpha-3)."),
        Column("host_iso3", S, "Country visited (ISO 3166-1 alpha-3)."),
        Column("host_actor_id", S, "Person who receives the visitor, when named."),
        Column("location_name", S, "Place of the visit (city), when named."),
        Column("lat", F, "Latitude of the place, or of the host country's capital when no place is named.", None),
        Column("lon", F, "Longitude, as lat."),
        Column("date_start", D, "First day of the visit or of the period it is dated to."),
        Column("date_end", D, "Last day of the visit or of the period it is dated to."),
        Column("date_precision", S, "How precise the date is: a day, a month, a year, or unknown.", DATE_PRECISIONS, required=True),
        Column("date_text", S, 'The words that gave the date, e.g. "in late June".'),
        Column("status", S, "What became of it.", VISIT_STATUSES, required=True),
        Column("is_domestic", B, "True for a leader touring his own country (kept apart from foreign visits)."),
        Column("evidence", S, "The sentence the record was read from."),
        Column("char_start", I, "Offset of the evidence sentence in articles.text."),
        Column("char_end", I, "Offset one past the end of the evidence sentence."),
        Column("confidence", F, "0 to 1: how sure the extractor is."),
        Column("cameo_code", S, 'CAMEO code as a string: "042" make a visit, "043" host a visit, "036" intent to meet, "125" reject a proposal to meet (cancelled; CAMEO 1.1b3 as GDELT uses it).'),
        Column("extractor", S, 'What produced the record: "rules" (text) or "gdelt" (an event export row).'),
        Column("source_url", S, "URL of the article (for GDELT rows, the SOURCEURL)."),
    ),
    ("visit_id",),
)

VISIT_EVENTS = Table(
    "visit_events",
    "Visit records of several articles merged into one visit: same visitor, host and domestic flag; day-dated records a day or two apart form one trip, and a month- or year-dated record joins one trip inside its window, never two (newslens/extract/events.py).",
    (
        Column("event_id", S, "Stable id of the merged visit.", required=True),
        Column("visitor_id", S, "Actor who travels."),
        Column("visitor_name", S, "Display name of the visitor."),
        Column("visitor_iso3", S, "Country the visitor represents."),
        Column("host_iso3", S, "Country visited."),
        Column("location_name", S, "Most often reported place."),
        Column("lat", F, "Latitude of location_name."),
        Column("lon", F, "Longitude of location_name."),
        Column("date_start", D, "Earliest start among the most precise records."),
        Column("date_end", D, "Latest end among the most precise records."),
        Column("date_precision", S, "Best precision among the records.", DATE_PRECISIONS, required=True),
        Column("status", S, "Latest reported status (by publication date).", VISIT_STATUSES, required=True),
        Column("status_history", S, 'Statuses in the order they were reported, e.g. "2011-06-30 planned; 2011-08-08 cancelled".'),
        Column("is_domestic", B, "True for a domestic trip."),
        Column("n_records", I, "Number of visit records merged."),
        Column("n_sources", I, "Number of distinct sources (outlets) that reported it."),
        Column("n_articles", I, "Number of distinct articles that reported it."),
        Column("article_ids", S, "The article_ids, separated by a space."),
        Column("first_reported", D, "Earliest publication date among the articles."),
        Column("last_reported", D, "Latest publication date among the articles."),
    ),
    ("event_id",),
)

FIGURES = Table(
    "figures",
    "One row per money figure an article reports: what it measures, between whom, for when.",
    (
        Column("figure_id", S, "Stable id of this record.", required=True),
        Column("article_id", S, "Article that reports the figure.", required=True),
        Column("metric", S, "What the amount measures.", METRICS, required=True),
        Column("reporter_iso3", S, 'Country whose trade, exports ... it is ("China\'s exports to North Korea": CHN).'),
        Column("partner_iso3", S, "The other country (PRK in the example)."),
        Column("value", F, "Amount in currency units (20e9 for $20 billion); for a range, its midpoint."),
        Column("value_low", F, "Low end of a range, else value."),
        Column("value_high", F, "High end of a range, else value."),
        Column("currency", S, "ISO 4217 code (USD, KRW, RUB, CNY, EUR ...)."),
        Column("value_usd", F, "Amount in US dollars when the amount is in dollars; missing otherwise."),
        Column("amount_text", S, 'The amount as written, e.g. "$20 billion".'),
        Column("period_start", D, "First day of the period the figure covers."),
        Column("period_end", D, "Last day of the period."),
        Column("period_text", S, 'Words that gave the period, e.g. "this year".'),
        Column("qualifier", S, "Actual, estimate, forecast or target.", QUALIFIERS, required=True),
        Column("is_record", B, 'Called a record ("a record $20 billion").'),
        Column("is_approximate", B, 'Hedged ("nearly", "about", "more than").'),
        Column("evidence", S, "The sentence the record was read from."),
        Column("char_start", I, "Offset of the amount in articles.text."),
        Column("char_end", I, "Offset one past the end of the amount."),
        Column("confidence", F, "0 to 1: how sure the extractor is."),
    ),
    ("figure_id",),
)

TOPICS = Table(
    "topics",
    "Topic scores per article, from the taxonomy in data/lexicons/topics.csv.",
    (
        Column("article_id", S, "Article scored.", required=True),
        Column("topic", S, "Topic id, e.g. diplomacy, trade, energy.", required=True),
        Column("score", F, "Share of the article's words that are triggers of this topic, scaled 0 to 1."),
        Column("triggers", S, "The trigger words found, separated by a space, most frequent first."),
    ),
    ("article_id", "topic"),
)

ACTORS = Table(
    "actors",
    "Every actor that can be mentioned: countries, people, organisations.",
    (
        Column("actor_id", S, 'Id: "country:ISO3", "person:slug", "org:slug".', required=True),
        Column("kind", S, "Kind of actor.", ACTOR_KINDS, required=True),
        Column("name", S, "Display name.", required=True),
        Column("iso3", S, "Country of the actor."),
        Column("role", S, 'For people, their best-known role, e.g. "President", "Foreign Minister".'),
        Column("term_start", D, "Start of the role, for people."),
        Column("term_end", D, "End of the role, for people; missing while in office."),
        Column("aliases", S, "Other names, separated by |."),
        Column("source", S, "Where the facts of this row come from."),
    ),
    ("actor_id",),
)

EVENTS = Table(
    "events",
    "GDELT event records, one per export row (only filled when GDELT files are ingested).",
    (
        Column("event_id", S, "GLOBALEVENTID.", required=True),
        Column("event_date", D, "SQLDATE."),
        Column("actor1_code", S, "Actor1Code."),
        Column("actor1_name", S, "Actor1Name."),
        Column("actor1_iso3", S, "Actor1CountryCode."),
        Column("actor2_code", S, "Actor2Code."),
        Column("actor2_name", S, "Actor2Name."),
        Column("actor2_iso3", S, "Actor2CountryCode."),
        Column("event_code", S, 'CAMEO EventCode as a string ("042").'),
        Column("event_root_code", S, "CAMEO EventRootCode as a string."),
        Column("goldstein", F, "GoldsteinScale."),
        Column("num_mentions", I, "NumMentions."),
        Column("avg_tone", F, "AvgTone."),
        Column("place_name", S, "ActionGeo_FullName."),
        Column("place_iso3", S, "ActionGeo_CountryCode converted from FIPS to ISO3 where known."),
        Column("lat", F, "ActionGeo_Lat."),
        Column("lon", F, "ActionGeo_Long."),
        Column("source_url", S, "SOURCEURL (missing in the 57-column back-file)."),
        Column("gdelt_version", S, '"1.0" or "2.0".'),
        Column("article_id", S, "Article row made for source_url."),
        Column("origin", S, "File and line the row came from."),
    ),
    ("event_id",),
)

TABLES: dict[str, Table] = {
    t.name: t for t in (ARTICLES, MENTIONS, VISITS, VISIT_EVENTS, FIGURES, TOPICS, ACTORS, EVENTS)
}


class SchemaError(ValueError):
    """A frame does not fit its table: the message names the table, column and offending values."""


def empty_frame(table: str | Table) -> pd.DataFrame:
    """A frame with no rows and the table's columns and dtypes."""
    t = TABLES[table] if isinstance(table, str) else table
    return pd.DataFrame({c.name: pd.Series([], dtype=c.dtype) for c in t.columns})


def _cast(series: pd.Series, col: Column, table: str) -> pd.Series:
    try:
        if col.dtype.startswith("datetime64"):
            out = pd.to_datetime(series, errors="raise")
            if getattr(out.dt, "tz", None) is not None:
                out = out.dt.tz_convert(None)
            return out.astype(col.dtype)
        if col.dtype == "boolean":
            return series.astype("boolean")
        if col.dtype == "string":
            return series.astype("string")
        return series.astype(col.dtype)
    except (ValueError, TypeError) as exc:
        raise SchemaError(f"{table}.{col.name}: cannot convert to {col.dtype}: {exc}") from exc


def conform(frame: pd.DataFrame | list[dict], table: str | Table) -> pd.DataFrame:
    """Return ``frame`` with exactly the table's columns, in order, with its dtypes.

    Missing columns are added empty; unknown columns raise; values outside a closed vocabulary,
    missing required values and duplicate primary keys raise :class:`SchemaError`.

    >>> conform([{"article_id": "a1", "topic": "trade", "score": 0.5}], "topics").dtypes["score"]
    Float64Dtype()
    """
    t = TABLES[table] if isinstance(table, str) else table
    if not isinstance(frame, pd.DataFrame):
        frame = pd.DataFrame(list(frame))
    extra = [c for c in frame.columns if c not in t.column_names]
    if extra:
        raise SchemaError(f"{t.name}: unknown columns {extra}; the schema has {t.column_names}")
    n = len(frame)
    out = {}
    for col in t.columns:
        if col.name in frame.columns:
            out[col.name] = _cast(frame[col.name].reset_index(drop=True), col, t.name)
        else:
            out[col.name] = pd.Series([pd.NA] * n if col.dtype != D else [pd.NaT] * n, dtype=col.dtype)
    result = pd.DataFrame(out)
    validate(result, t)
    return result


def validate(frame: pd.DataFrame, table: str | Table) -> None:
    """Raise :class:`SchemaError` when ``frame`` breaks the table's rules; return None otherwise."""
    t = TABLES[table] if isinstance(table, str) else table
    if list(frame.columns) != t.column_names:
        raise SchemaError(f"{t.name}: columns {list(frame.columns)} differ from the schema {t.column_names}")
    for col in t.columns:
        s = frame[col.name]
        if str(s.dtype) != col.dtype:
            raise SchemaError(f"{t.name}.{col.name}: dtype {s.dtype}, expected {col.dtype}")
        if col.required and s.isna().any():
            rows = list(s.index[s.isna()][:5])
            raise SchemaError(f"{t.name}.{col.name}: required, but missing in rows {rows}")
        if col.allowed is not None:
            bad = s.dropna()[~s.dropna().isin(col.allowed)]
            if len(bad):
                raise SchemaError(f"{t.name}.{col.name}: {sorted(set(bad))[:5]} not in {list(col.allowed)}")
    if len(frame) and frame.duplicated(list(t.primary_key)).any():
        dup = frame.loc[frame.duplicated(list(t.primary_key), keep=False), list(t.primary_key)].head(3)
        raise SchemaError(f"{t.name}: duplicate primary key {list(t.primary_key)}: {dup.to_dict('records')}")


def data_dictionary_markdown() -> str:
    """The README's data dictionary: one section per table, one row per column."""
    parts = []
    for t in TABLES.values():
        parts.append(f"### `{t.name}`\n\n{t.description} Primary key: `{', '.join(t.primary_key)}`.\n")
        parts.append("| column | type | meaning |\n|---|---|---|")
        for c in t.columns:
            meaning = c.description
            if c.allowed:
                meaning += " One of: " + ", ".join(f"`{a}`" for a in c.allowed) + "."
            parts.append(f"| `{c.name}` | {c.dtype} | {meaning.replace('|', '&#124;')} |")
        parts.append("")
    return "\n".join(parts)
