"""Gazetteer, session 8 final fix (review H2): an alternate name that is a city's own name in another form counts as
that city's own name. "Westminster" is the "City of Westminster", "Halle" is "Halle (Saale)", "Al Madinah" is
"Madinah", "Salt" is "As-Salt": such a form is not beaten by a smaller city that bears it as its official name. The
round-2 rule stays for true alternate names ("Islamabad", an old name of Chattogram, does not beat Pakistan's capital).
Own-words sentences about plausible events (none copied from any gold or corpus story).
"""
from __future__ import annotations

import datetime as dt

import pytest

from newslens.extract import ArticleInput
from newslens.extract.registry import Registry

D = dt.date


@pytest.fixture(scope="module")
def registry():
    return Registry()


@pytest.mark.parametrize("name, iso3", [
    # the review's misplaced names
    ("Westminster", "GBR"), ("Al Madinah", "SAU"), ("Al Bayda", "LBY"), ("Salt", "JOR"), ("Antioch", "TUR"),
    ("Saida", "LBN"), ("Halle", "DEU"), ("Hull", "GBR"),
    # what the round-2 rule fixed, kept
    ("Islamabad", "PAK"), ("Cancun", "MEX"), ("Bridgetown", "BRB"), ("Venice", "ITA"), ("Goa", "IND"),
    ("Medina", "SAU"), ("Odessa", "UKR"), ("Nazareth", "ISR"),
])
def test_place_country(registry, name, iso3):
    entry = registry.place(name)
    assert entry is not None and entry[1] == iso3, (name, entry)


def test_medina_is_madinah(registry):
    assert registry.place("Medina")[0] == "Madinah"


def trips(extractor, text, pub):
    out = extractor.extract(ArticleInput("s8final", "", text, pub, None))["visits"]
    return {(v["visitor_id"].split(":")[0], v["host_iso3"]) for v in out if not v["is_domestic"]}


@pytest.mark.parametrize("text, bad", [
    ("The Indian prime minister spoke to members of parliament in Westminster on Tuesday.", "USA"),
    ("The president of France landed in Al Bayda on Wednesday for talks with Libyan officials.", "YEM"),
    ("The king of Jordan opened a new school in Salt on Thursday.", "ESP"),
    ("The Turkish president toured a hospital in Antioch on Friday.", "USA"),
    ("The German chancellor opened a research centre in Halle on Tuesday.", "BEL"),
])
def test_no_trip_to_the_wrong_country(extractor, text, bad):
    assert all(host != bad for _, host in trips(extractor, text, D(2015, 6, 1))), trips(extractor, text, D(2015, 6, 1))
