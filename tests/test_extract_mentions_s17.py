"""Mentions, seventeenth session: a country's name inside a longer place name ("New Jersey", "New Mexico", "Inner
Mongolia") is dropped before the titled names read the country in front of their title, so "New Jersey Governor X" is
no official of Jersey and his trip is no trip from Jersey. Jersey itself, named on its own, still counts. Own words;
invented officials."""
from __future__ import annotations

import datetime as dt

import pytest

from newslens.extract import ArticleInput, Extractor

DAY = dt.date(2019, 5, 10)


@pytest.fixture
def ex(extractor) -> Extractor:
    return extractor  # the session's shared extractor (tests/conftest.py)


def extract(ex, text):
    return ex.extract(ArticleInput(article_id="t", title="", text=text, published_date=DAY))


@pytest.mark.parametrize("text, wrong", [
    ("New Jersey Governor Tom Brandel visited Seoul on Monday.", "JEY"),
    ("New Mexico Governor Ana Ruiz flew to Mexico City on Tuesday.", "MEX"),
    ("Inner Mongolia Party Secretary Hu Lan visited Ulan Bator on Monday.", "MNG"),
])
def test_country_inside_a_place_name_gives_no_official(ex, text, wrong):
    out = extract(ex, text)
    place_end = text.index(" ", text.index(" ") + 1)  # the two-word place opening the sentence
    assert not any(m["actor_id"] == f"country:{wrong}" and m["char_start"] < place_end for m in out["mentions"])
    assert not any(v["visitor_iso3"] == wrong for v in out["visits"])


def test_the_country_named_on_its_own_still_counts(ex):
    out = extract(ex, "The Chief Minister of Jersey, Ian Corby, visited Paris on Monday.")
    assert any(m["actor_id"] == "country:JEY" for m in out["mentions"])
    out = extract(ex, "Governor Leon Hart of Mexico's Sonora state visited Washington on Monday.")
    assert any(m["actor_id"] == "country:MEX" for m in out["mentions"])
