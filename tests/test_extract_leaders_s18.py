"""Visits session 18: "the leaders of A, B and C" resolved to each country's leader on the day (data/actors/
leader_offices.csv, newslens/extract/registry.py ``Registry.leader``), and the other members of a list that is the
object of a host's verb ("welcomed the leaders of A, B and C to the White House"; newslens/extract/visit_rosters.py
``conjunct_visitors``, lexicon kind ``host_verb``). Sentences are our own words; the office holders are public facts."""
from __future__ import annotations

import datetime as dt

import pytest

from newslens.extract import ArticleInput
from newslens.extract.registry import Registry
from newslens.schema import conform

D = dt.date


def visits(extractor, text, pub):
    out = extractor.extract(ArticleInput("s18l", None, text, pub, None))
    conform(out["visits"], "visits")
    return sorted((v["visitor_id"], v["host_iso3"], v["status"]) for v in out["visits"] if not v["is_domestic"])


@pytest.mark.parametrize(
    ("iso3", "day", "expected"),
    [
        ("ITA", D(2019, 6, 1), "person:giuseppe-conte"),  # a row: the Prime Minister leads
        ("DEU", D(2019, 6, 1), "person:angela-merkel"),  # a row: the Chancellor
        ("FRA", D(2019, 6, 1), "person:emmanuel-macron"),  # a row: the President
        ("TUR", D(2013, 6, 1), "person:recep-tayyip-erdogan"),  # the Prime Minister led until August 2014 ...
        ("TUR", D(2016, 6, 1), "person:recep-tayyip-erdogan"),  # ... the President since (the same man)
        ("USA", D(2019, 6, 1), "person:donald-trump"),  # no row: the one holder of a leading office
        ("POL", D(2019, 6, 1), None),  # no row on purpose, two leading offices: no one
        ("ITA", None, None),  # no day
    ],
)
def test__registry__leader_on_the_day(iso3, day, expected):
    assert Registry().leader(iso3, day) == expected


def test__extract__leaders_of_a_list_are_people(extractor):
    text = ("ROME - The leaders of Germany, France and Spain met Prime Minister Giuseppe Conte in Rome on Thursday to "
            "discuss the budget.")
    got = visits(extractor, text, D(2019, 6, 14))
    assert ("person:angela-merkel", "ITA", "occurred") in got
    assert ("person:emmanuel-macron", "ITA", "occurred") in got
    assert ("person:pedro-sanchez", "ITA", "occurred") in got
    assert not any(v.startswith("country:") for v, _h, _s in got)


def test__extract__leaders_of_a_country_with_no_leader_office_stay_the_country(extractor):
    text = "The leaders of Poland and Lithuania will attend the summit in Madrid next month."
    got = visits(extractor, text, D(2022, 5, 20))
    assert ("country:POL", "ESP", "planned") in got
    assert ("country:LTU", "ESP", "planned") in got


def test__extract__host_verb_object_list_sends_every_member(extractor):
    text = ("WASHINGTON - President Donald Trump welcomed the leaders of Estonia, Latvia and Lithuania to the White House "
            "on Tuesday for talks on defence.")
    got = visits(extractor, text, D(2018, 4, 3))
    hosts = {(v, h) for v, h, s in got if s == "occurred"}
    assert {h for _v, h in hosts} == {"USA"}
    assert {v[-3:] if v.startswith("country:") else v for v, _h in hosts} >= {"person:juri-ratas", "person:maris-kucinskis", "LTU"}
    assert len(hosts) == 3


def test__extract__host_verb_list_keeps_the_hosts_own_people_out(extractor):
    text = ("TOKYO - Prime Minister Shinzo Abe and Foreign Minister Taro Kono received President Moon Jae-in and "
            "Chinese Premier Li Keqiang in Tokyo on Wednesday.")
    got = visits(extractor, text, D(2018, 5, 9))
    assert not any(v in ("person:shinzo-abe", "person:taro-kono") for v, _h, _s in got)
