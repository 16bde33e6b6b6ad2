"""US states in the gazetteer (s16): a trip to Florida, Arizona or Texas is a trip to the United States.

Before, "visited Florida" resolved to the Cuban town of that name (GeoNames), "Arizona" to a town in Honduras,
and an unknown "Texas" left the visitor at home. Sentences are our own words.
"""
import datetime as dt

import pytest

from newslens.extract import ArticleInput, Extractor
from newslens.extract.registry import Registry

WIKI = "https://en.wikinews.org/wiki/Example"


@pytest.fixture(scope="module")
def extractor():
    return Extractor()


def _visits(extractor, text, day=dt.date(2019, 6, 14)):
    out = extractor.extract(ArticleInput("t", None, text, day, WIKI))["visits"]
    return {(v["visitor_id"] or v["visitor_iso3"], v["host_iso3"], bool(v["is_domestic"])) for v in out}


@pytest.mark.parametrize("state", ["Florida", "Arizona", "Texas", "Colorado", "Ohio", "New Jersey"])
def test_state_is_a_place_of_the_united_states(state):
    hit = Registry().place(state)
    assert hit is not None and hit[1] == "USA"


def test_a_story_naming_the_other_country_still_gets_its_town():
    assert Registry().place("Florida", {"CUB"})[1] == "CUB"


@pytest.mark.parametrize("text, visitor", [
    ("Brazil's president Jair Bolsonaro flew to Florida on Saturday for dinner with Donald Trump.", "person:jair-bolsonaro"),
    ("Canadian Prime Minister Justin Trudeau travelled to Arizona on Monday to tour a solar plant.", "person:justin-trudeau"),
    ("Japanese Prime Minister Shinzo Abe visited Texas on Tuesday to open a car factory.", "person:shinzo-abe"),
    ("Colombian President Ivan Duque travelled to Colorado last week to meet investors.", "person:ivan-duque"),
])
def test_foreign_leader_in_a_state_visits_the_united_states(extractor, text, visitor):
    got = _visits(extractor, text)
    assert (visitor, "USA", False) in got
    assert not any(h in ("CUB", "HND", "BRA", "JPN", "CAN") for _, h, _ in got)


def test_us_president_in_florida_is_at_home(extractor):
    got = _visits(extractor, "US President Donald Trump visited Florida on Friday to see the storm damage.")
    assert ("person:donald-trump", "CUB", False) not in got
    assert all(h == "USA" for _, h, _ in got)


def test_person_named_like_a_state_is_no_place(extractor):
    got = _visits(extractor, "Rome mayor Virginia Raggi met Chinese President Xi Jinping in Rome on Friday.")
    assert not any(h == "USA" for _, h, _ in got)
