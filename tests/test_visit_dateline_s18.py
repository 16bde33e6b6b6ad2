"""Visits session 18: the lead under a wire dateline (newslens/extract/visits.py ``_dateline_scene``): a dateline closed
by a full stop ("MOMBASA, KENYA. "), a capital with an accent ("BOGOTÁ - "), a co-subject "and his Kenyan
counterpart X", and a story whose only trip word is the act in person ("laid the foundation stone"). Our own words."""
from __future__ import annotations

import datetime as dt

import pytest

from newslens.extract import ArticleInput
from newslens.schema import conform

PUB = dt.date(2019, 5, 12)  # a Sunday: "yesterday" is Saturday 11 May


def trips(extractor, text):
    out = extractor.extract(ArticleInput("s18w", None, text, PUB, None))
    conform(out["visits"], "visits")
    return sorted((v["visitor_id"], v["host_iso3"], v["status"], v["date_start"]) for v in out["visits"]
                  if not v["is_domestic"])


@pytest.mark.parametrize(
    "text",
    [
        "MOMBASA, KENYA. President Yoweri Museveni and his Kenyan counterpart Uhuru Kenyatta yesterday laid the "
        "foundation stone for a new oil jetty.",
        "MOMBASA - President Yoweri Museveni and his Kenyan counterpart Uhuru Kenyatta yesterday laid the foundation "
        "stone for a new oil jetty.",
        "MOMBASA, Kenya - President Yoweri Museveni yesterday laid the foundation stone for a new oil jetty.",
    ],
)
def test__dateline_scene__act_in_person_under_the_dateline(extractor, text):
    assert trips(extractor, text) == [("person:yoweri-museveni", "KEN", "occurred", dt.date(2019, 5, 11))]


def test__dateline_scene__accented_capital(extractor):
    text = "BOGOTÁ - President Lenin Moreno yesterday laid a wreath at the monument to Simon Bolivar."
    assert trips(extractor, text) == [("person:lenin-moreno", "COL", "occurred", dt.date(2019, 5, 11))]


@pytest.mark.parametrize(
    "text",
    [
        # the host's own leader under the dateline
        "MOMBASA, KENYA. President Uhuru Kenyatta yesterday laid the foundation stone for a new oil jetty.",
        # a head that is no place closed by a full stop
        "ANALYSIS. President Yoweri Museveni yesterday laid the foundation stone for a new oil jetty.",
        # the act by video
        "MOMBASA, KENYA. President Yoweri Museveni yesterday laid the foundation stone for a new oil jetty by video link.",
    ],
)
def test__dateline_scene__no_trip(extractor, text):
    assert trips(extractor, text) == []
