"""Visits, fixP round (precision on unseen KCNA, audit of 2012 / 2024 records): a city opening a military unit's name
is no place; south Korean-held islands are south Korean; the host's official called on at home makes no trip; lists
of countries whose people issued statements, live where the event is, or whose products are shown, did not travel;
the person a statue shows is not the visitor. Own-words sentences; names are made up."""
from __future__ import annotations

import datetime as dt

import pytest

from newslens.extract import ArticleInput

D = dt.date
KCNA = "http://www.kcna.co.jp/item/2012/201205/news10/x.html"  # a home outlet: "here" is Pyongyang
PUB = D(2012, 5, 10)


def records(extractor, text, pub=PUB, url=KCNA):
    """(visitor iso3, host, status, is_domestic) of each visit record, sorted."""
    out = extractor.extract(ArticleInput("tP", None, text, pub, url))
    return sorted({(v["visitor_iso3"], v["host_iso3"], v["status"], bool(v["is_domestic"])) for v in out["visits"]})


def foreign(extractor, text, pub=PUB, url=KCNA):
    return [r for r in records(extractor, text, pub, url) if not r[3]]


# -- kind 1: a city opening a military unit's name ("the Seoul ... Guards Tank Division") is not where anyone went


@pytest.mark.parametrize("text", [
    "Kim Jong Un inspected the Seoul Ryu Kyong Su 105 Guards Tank Division of the Korean People's Army on Tuesday.",
    "Kim Jong Un gave field guidance to the Seoul Choe Hyon 7th Guards Infantry Division of the KPA on Monday.",
    "Kim Jong Il visited the Tokyo Ri Su Bok 24 Artillery Regiment of the Korean People's Army in 1967.",
])
def test_city_opening_a_unit_name_is_no_trip_there(extractor, text):
    assert foreign(extractor, text) == []


def test_city_then_a_unit_elsewhere_keeps_the_trip(extractor):
    # negative: the city is the destination; the unit is named after it in another clause
    text = "A delegation of the Ministry of Defence of Laos left Pyongyang for Seoul on Monday."
    assert ("LAO", "KOR", "occurred", False) in records(extractor, text)


# -- kind 2: islands held by the South are south Korean territory


@pytest.mark.parametrize("text", [
    "Lee Myung Bak toured Yonphyong Island on Oct. 18.",
    "The south Korean president flew to Paekryong Island on Monday to inspect the marines.",
    "Lee Myung Bak made a visit to Baengnyeong Island on Tuesday.",
])
def test_islands_held_by_the_south_are_a_domestic_trip(extractor, text):
    assert records(extractor, text) == [("KOR", "KOR", "occurred", True)]


def test_a_south_korean_at_a_north_korean_island_stays_a_visit(extractor):
    # negative: a trip to the North named by its capital keeps its host
    assert ("KOR", "PRK", "occurred", False) in records(
        extractor, "Lee Myung Bak toured Pyongyang on Oct. 18.")


# -- kind 4: the host's official called on at home ("X met Y who paid a courtesy call on him") makes no trip


@pytest.mark.parametrize("text", [
    "DPRK Foreign Minister Pak Ui Chun Wednesday had a talk with new Lao Ambassador to the DPRK Sone Vilay who paid a "
    "courtesy call on him.",
    "Kim Yong Nam, president of the Presidium of the DPRK Supreme People's Assembly, met and had a talk with Olu "
    "Adeyemi, Nigerian ambassador to the DPRK, who paid a farewell visit to him on Thursday.",
])
def test_official_called_on_at_home_makes_no_trip(extractor, text):
    assert records(extractor, text) == []


def test_guest_calling_on_the_official_keeps_his_trip(extractor):
    # negative: a foreign minister's courtesy call is his trip; only the host official's own record goes
    text = ("Kim Yong Nam, president of the Presidium of the DPRK Supreme People's Assembly, met with Tevita Lomu, "
            "minister of Foreign Affairs of Fiji, and his party at the Mansudae Assembly Hall who paid a courtesy call "
            "on him Wednesday.")
    assert records(extractor, text) == [("FJI", "PRK", "occurred", False)]


# -- kinds 3, 6, 8: a list of countries whose people stayed where they are, or of things, made no trip to the event


@pytest.mark.parametrize("text", [
    "A solidarity meeting was held in Vienna on Monday. Parties and groups of many countries such as Nepal, Peru and "
    "Denmark issued statements backing the cause.",
    "A seminar took place in Vienna on Monday. Organizations of countries including Nepal, Peru and Denmark made "
    "public statements in its support.",
])
def test_statements_issued_at_home_are_no_trip_to_an_event(extractor, text):
    assert foreign(extractor, text) == []


@pytest.mark.parametrize("text", [
    "A mathematics contest took place in Bucharest on Monday. It brought together students of more than ten countries "
    "including China, Turkey and Iran studying in Romania.",
    "A chess tournament took place in Sofia on Sunday. It brought together players of countries including China, "
    "Turkey and Iran living in Bulgaria.",
])
def test_residents_of_the_host_country_are_no_travelling_teams(extractor, text):
    assert foreign(extractor, text) == []


@pytest.mark.parametrize("text", [
    "An international trade fair will be held in Rason from August 20. Exhibited at it will be products of companies "
    "of various countries and regions including China, Russia and France.",
    "An autumn fair will be held in Pyongyang from Sept. 24. Goods of firms of countries including China, Russia and "
    "France will be displayed there.",
])
def test_products_of_countries_at_a_fair_are_no_visits(extractor, text):
    assert foreign(extractor, text) == []


def test_teams_from_listed_countries_still_travel(extractor):
    # negative: players from listed countries at an event abroad keep their trips
    text = "A table tennis tournament opened in Beijing on Monday. It brought together players from countries including " \
           "Nepal, Mexico and India."
    assert foreign(extractor, text) == [("IND", "CHN", "occurred", False), ("MEX", "CHN", "occurred", False),
                                        ("NPL", "CHN", "occurred", False)]


# -- kind 5: the person a statue or portrait shows is not the visitor


@pytest.mark.parametrize("text", [
    "A delegation of the Laotian youth union headed by its chairman on Tuesday visited the statue of President Kim Il "
    "Sung at Mangyongdae.",
    "A delegation of the Lao women's union led by its vice-chairwoman on Monday visited the statues of President Kim Il "
    "Sung and leader Kim Jong Il on Mansu Hill.",
])
def test_the_statue_subject_is_not_the_visitor(extractor, text):
    out = extractor.extract(ArticleInput("tP", None, text, PUB, KCNA))
    assert all(v["visitor_id"] not in ("person:kim-il-sung", "person:kim-jong-il") for v in out["visits"])


def test_the_leader_himself_still_travels(extractor):
    # negative: the leader named as the subject keeps his trip
    out = extractor.extract(ArticleInput("tP", None, "President Kim Il Sung visited Moscow in 1984.", PUB, KCNA))
    assert [(v["visitor_id"], v["host_iso3"]) for v in out["visits"]] == [("person:kim-il-sung", "RUS")]
