"""newslens.actor_profile: top actors, monthly mentions, co-occurrence and one actor's profile."""
from __future__ import annotations

import pandas as pd
import pytest

from newslens import actor_profile as profiles
from newslens.store import Dataset
from tests.fixtures_store import fixture_tables


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    return Dataset.from_tables(fixture_tables())


def small_mentions() -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """Three articles of our own:

        article  published   actors named
        x1       2020-01-05  A (twice), B
        x2       2020-01-20  A, C
        x3       2020-03-02  B, C, unknown person:d-e
    """
    mentions = pd.DataFrame({
        "article_id": ["x1", "x1", "x1", "x2", "x2", "x3", "x3", "x3"],
        "actor_id": ["country:AAA", "country:AAA", "person:b", "country:AAA", "org:c", "person:b", "org:c", "person:d-e"],
    })
    articles = pd.DataFrame({"article_id": ["x1", "x2", "x3"],
                             "published_date": pd.to_datetime(["2020-01-05", "2020-01-20", "2020-03-02"])})
    actors = pd.DataFrame({"actor_id": ["country:AAA", "person:b", "org:c"], "name": ["Aland", "Bo", "Cee Corp"],
                           "kind": ["country", "person", "organisation"], "iso3": ["AAA", "AAA", None]})
    return mentions, articles, actors


def test__top_actors__counts_articles_not_mentions():
    mentions, _articles, actors = small_mentions()
    top = profiles.top_actors(mentions, actors, n=3)
    assert top.values.tolist() == [["country:AAA", "Aland", "country", 2, 3], ["person:b", "Bo", "person", 2, 2],
                                   ["org:c", "Cee Corp", "organisation", 2, 2]]


def test__top_actors__unknown_actor_keeps_its_id_tail_and_kind_filter():
    mentions, _articles, actors = small_mentions()
    people = profiles.top_actors(mentions, actors, n=5, kinds=("person",))
    assert people[["name", "kind", "n_articles"]].values.tolist() == [["Bo", "person", 2], ["d-e", "person", 1]]


def test__top_actors__empty():
    _m, _a, actors = small_mentions()
    assert profiles.top_actors(pd.DataFrame({"article_id": [], "actor_id": []}), actors).empty


def test__mentions_over_time__articles_per_month_and_actor_with_zero_months():
    """February has no article: both actors get 0 there, and AAA (absent in March) 0 in March."""
    mentions, articles, actors = small_mentions()
    monthly = profiles.mentions_over_time(mentions, articles, actors, ["country:AAA", "org:c"])
    assert [(str(m.date()), a, n) for m, a, n in zip(monthly["period"], monthly["actor_id"], monthly["n_articles"])] == [
        ("2020-01-01", "country:AAA", 2), ("2020-01-01", "org:c", 1),
        ("2020-02-01", "country:AAA", 0), ("2020-02-01", "org:c", 0),
        ("2020-03-01", "country:AAA", 0), ("2020-03-01", "org:c", 1)]
    assert monthly.loc[monthly["actor_id"] == "org:c", "name"].iloc[0] == "Cee Corp"


def test__mentions_over_time__quarters_and_years():
    mentions, articles, actors = small_mentions()
    quarterly = profiles.mentions_over_time(mentions, articles, actors, ["country:AAA", "org:c"], "quarter")
    assert quarterly[["actor_id", "n_articles"]].values.tolist() == [["country:AAA", 2], ["org:c", 2]]
    assert {str(p.date()) for p in quarterly["period"]} == {"2020-01-01"}
    later = articles.assign(published_date=pd.to_datetime(["2018-05-05", "2020-01-20", "2020-03-02"]))
    yearly = profiles.mentions_over_time(mentions, later, actors, ["country:AAA"], "year")
    assert [(p.year, n) for p, n in zip(yearly["period"], yearly["n_articles"])] == [(2018, 1), (2019, 0), (2020, 1)]
    with pytest.raises(ValueError, match="week"):
        profiles.mentions_over_time(mentions, articles, actors, ["country:AAA"], "week")


@pytest.mark.parametrize("dates, expected", [
    (["2011-01-05", "2014-12-01"], "month"), (["2011-01-05", "2019-12-01"], "quarter"),
    (["2000-06-11", "2025-10-23"], "year"), ([], "month")])
def test__default_grain(dates, expected):
    assert profiles.default_grain(pd.Series(pd.to_datetime(dates), dtype="datetime64[ns]")) == expected


def test__mentions_over_time__undated_articles_are_left_out():
    mentions, articles, actors = small_mentions()
    undated = articles.assign(published_date=pd.NaT)
    assert profiles.mentions_over_time(mentions, undated, actors, ["country:AAA"]).empty


def test__cooccurrence__full_symmetric_matrix_with_zeros():
    """A and B share x1; A and C share x2; B and C share x3; the diagonal counts each actor's articles."""
    mentions, _articles, actors = small_mentions()
    pairs = profiles.cooccurrence(mentions, actors, ["country:AAA", "person:b", "org:c", "person:d-e"])
    matrix = pairs.pivot(index="actor_a", columns="actor_b", values="n_articles")
    assert matrix.loc["country:AAA", "person:b"] == matrix.loc["person:b", "country:AAA"] == 1
    assert matrix.loc["country:AAA", "person:d-e"] == 0
    assert matrix.loc["country:AAA", "country:AAA"] == 2
    assert len(pairs) == 16
    assert pairs.loc[pairs["actor_a"] == "person:d-e", "name_a"].iloc[0] == "d-e"


def test__actor_profile__person(dataset):
    """Kim Jong Il: travels to Russia (planned, then cancelled, then the Ulan-Ude visit), China, and at home."""
    profile = profiles.actor_profile(dataset, "person:kim-jong-il")
    assert (profile.name, profile.kind, profile.iso3, profile.role) == ("Kim Jong Il", "person", "PRK", "Leader")
    assert sorted(profile.visits_made["event_id"]) == ["e-china", "e-hamhung", "e-ulan", "e-vlad"]
    assert profile.visits_hosted.empty
    assert set(profile.figures["partner_iso3"]) | set(profile.figures["reporter_iso3"]) >= {"PRK"}
    assert len(profile.figures) == 3
    assert profile.articles["article_id"].tolist() == ["a06", "a04", "a03", "a02", "a01", "a05"]  # newest first
    assert profiles.role_text(profile) == "Leader"


def test__actor_profile__host_person_and_country(dataset):
    medvedev = profiles.actor_profile(dataset, "person:dmitry-medvedev")
    assert sorted(medvedev.visits_hosted["event_id"]) == ["e-ulan", "e-vlad"]
    assert medvedev.visits_made["event_id"].tolist() == ["e-seoul"]
    russia = profiles.actor_profile(dataset, "country:RUS")
    assert sorted(russia.visits_hosted["event_id"]) == ["e-moscow", "e-ulan", "e-vlad"]
    assert russia.visits_made["event_id"].tolist() == ["e-seoul"]
    assert len(russia.figures) == 4


def test__actor_profile__unknown_actor_raises(dataset):
    with pytest.raises(KeyError, match="person:nobody"):
        profiles.actor_profile(dataset, "person:nobody")


def test__role_text__with_term():
    base = profiles.actor_profile(Dataset.from_tables(fixture_tables()), "person:sergey-lavrov")
    from dataclasses import replace

    termed = replace(base, term_start=pd.Timestamp("2004-03-09"), term_end=None)
    assert profiles.role_text(termed) == "Foreign Minister (2004-03-09 – in office)"
    ended = replace(base, term_start=pd.Timestamp("2008-05-07"), term_end=pd.Timestamp("2012-05-07"))
    assert profiles.role_text(ended) == "Foreign Minister (2008-05-07 – 2012-05-07)"
