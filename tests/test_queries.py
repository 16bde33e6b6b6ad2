"""newslens.queries: option lists, key figures, search and highlight spans over the fixture store."""
from __future__ import annotations

import pandas as pd
import pytest

from newslens import queries
from newslens.filters import FilterState, apply
from newslens.store import Dataset, load_store
from tests.fixtures_store import build_fixture_store, fixture_tables


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    return Dataset.from_tables(fixture_tables(), {}, "fixture")


def test__build_fixture_store__round_trips_through_the_store(tmp_path):
    loaded = load_store(build_fixture_store(tmp_path / "store"))
    assert (len(loaded.articles), len(loaded.visits), len(loaded.visit_events), len(loaded.figures)) == (12, 9, 7, 7)
    assert set(loaded.visits["status"]) == {"invited", "planned", "occurred", "cancelled"}
    assert set(loaded.visits["date_precision"]) == {"day", "month", "year"}
    assert set(loaded.figures["qualifier"]) == {"actual", "estimate", "forecast", "target"}
    assert loaded.visits["is_domestic"].tolist().count(True) == 1


def test__fixture__offsets_point_at_their_words(dataset):
    text = dict(zip(dataset.articles["article_id"], dataset.articles["text"]))
    for m in dataset.mentions.itertuples():
        assert text[m.article_id][m.char_start:m.char_end] == m.surface
    for v in dataset.visits.itertuples():
        assert text[v.article_id][v.char_start:v.char_end] == v.evidence
    for f in dataset.figures.itertuples():
        assert text[f.article_id][f.char_start:f.char_end] == f.amount_text


def test__actor_options__countries_first_then_most_named(dataset):
    options = queries.actor_options(dataset)
    assert options["kind"].tolist() == sorted(options["kind"], key=["country", "person", "organisation"].index)
    kim = options.set_index("actor_id").loc["person:kim-jong-il"]
    assert (kim["name"], kim["n_articles"]) == ("Kim Jong Il", 6)  # a01-a06 name him
    people = options.loc[options["kind"] == "person", "n_articles"].tolist()
    assert people == sorted(people, reverse=True)


def test__topic_and_source_options__count_articles(dataset):
    topics = queries.topic_options(dataset).set_index("topic")["n_articles"].to_dict()
    assert topics == {"diplomacy": 8, "trade": 5, "energy": 3, "agriculture": 1, "economy": 1}
    sources = queries.source_options(dataset).set_index("source")["n_articles"].to_dict()
    assert sources == {"Steppe Review": 4, "Pyongyang Daily": 4, "Harbour Wire": 4}


def test__key_figures__of_a_filtered_dataset(dataset):
    figures = queries.key_figures(apply(dataset, FilterState(sources=("Harbour Wire",))))
    assert (figures.n_articles, figures.n_visits, figures.n_visit_events, figures.n_figures) == (4, 2, 1, 5)
    assert figures.visits_by_status == {"invited": 0, "planned": 1, "occurred": 0, "cancelled": 1}
    assert (figures.first_date, figures.last_date) == (pd.Timestamp("2011-06-30"), pd.Timestamp("2012-03-20"))


def test__key_figures__of_an_empty_dataset():
    figures = queries.key_figures(Dataset.from_tables({}))
    assert (figures.n_articles, figures.first_date, figures.n_visits) == (0, None, 0)


@pytest.mark.parametrize("query, expected", [
    ("", 12),
    ("pipeline", 3),            # a01 text, a03 text, a04 title ("pipeline pledge")
    ("PIPELINE ulan-ude", 2),   # every word, any case
    ("$20", 1),                 # literal, not a regex
    ("(", 0),
    ("nothing-like-this", 0),
])
def test__search_articles__matches_every_word_in_title_or_text(dataset, query, expected):
    assert len(queries.search_articles(dataset, query)) == expected


def test__search_articles__newest_first_with_counts(dataset):
    found = queries.search_articles(dataset, "Ulan-Ude")
    assert found["article_id"].tolist() == ["a04", "a03"]
    assert found["n_visits"].tolist() == [1, 1]


def test__article_spans__actors_visit_sentence_amounts_and_dates(dataset):
    spans = queries.article_spans(dataset, "a02")
    text = dataset.articles.set_index("article_id").loc["a02", "text"]
    pieces = {(row.kind, text[row.char_start:row.char_end]) for row in spans.itertuples()}
    assert ("actor", "Kim Jong Il") in pieces
    assert ("actor", "Sergey Lavrov") in pieces
    assert ("figure", "$20 billion") in pieces
    assert ("date", "this year") in pieces
    assert ("visit", text[:text.index("Monday.") + len("Monday.")]) in pieces


def test__visit_tables__one_row_per_event_or_record(dataset):
    events = queries.visit_events_table(dataset)
    records = queries.visit_records_table(dataset)
    assert len(events) == 7 and len(records) == 9
    ulan = events.loc[events["event_id"] == "e-ulan"].iloc[0]
    assert (ulan["to"], ulan["sources"], ulan["place"]) == ("Russia", 2, "Ulan-Ude")
    assert records["title"].notna().all()


def test__country_names__fall_back_to_pycountry():
    tables = fixture_tables()
    tables["actors"] = tables["actors"].loc[tables["actors"]["kind"] != "country"]
    names = queries.country_names(Dataset.from_tables(tables))
    assert names["RUS"] == "Russian Federation"
