"""Visits, fixV3 round (the precision audit's remaining date and status constructions): a past adjective before a
trip noun ("his recent visit") makes the trip made; "during his recent visit" takes the publication month; an offer
to welcome a visit is an invitation; the day a statement or travelogue was issued does not date the trip it tells of;
"in the past" leaves a trip undated; a list that goes on ("Also leaving here for home were ...") takes the day of the
list before it; "arrived here before them" is not the story's day. Own-words sentences; the groups are made up."""
from __future__ import annotations

import datetime as dt

import pytest

from newslens.extract import ArticleInput

D = dt.date
KCNA = "http://www.kcna.co.jp/item/2012/201206/news19/x.html"
WIRE = "https://www.reuters.com/world/x"


def rows(extractor, text, pub, url=WIRE):
    """(visitor iso3, host, status, date_start, precision) of each foreign record, sorted."""
    out = extractor.extract(ArticleInput("tV3", None, text, pub, url))["visits"]
    return sorted({(v["visitor_iso3"], v["host_iso3"], v["status"], str(v["date_start"]), v["date_precision"])
                   for v in out if not v["is_domestic"]})


# -- status: a past adjective before the trip noun ("his recent visit") is a trip made, whatever "would" follows

@pytest.mark.parametrize("text,expected", [
    ("Brazil's President Lula told reporters in a press conference during his recent trip to Angola that ties would "
     "grow.", ("BRA", "AGO", "occurred")),
    ("Chilean President Sebastian Pinera said on his last visit to Japan that exports would rise.",
     ("CHL", "JPN", "occurred")),
])
def test_recent_trip_is_made_not_planned(extractor, text, expected):
    got = {r[:3] for r in rows(extractor, text, D(2012, 1, 18))}
    assert got == {expected}


def test_planned_trip_stays_planned(extractor):
    got = {r[:3] for r in rows(extractor, "Chinese Premier Wen Jiabao will visit Vietnam next month, officials said.",
                               D(2012, 1, 18))}
    assert got == {("CHN", "VNM", "planned")}


# -- date: "during his recent visit" is a trip just ended (the publication month); "X's recent visit gave ..." is not

@pytest.mark.parametrize("text,host", [
    ("Venezuelan President Hugo Chavez said during his recent visit to Cuba that the region is free.", "CUB"),
    ("Brazil's President Lula told reporters in a press conference during his recent trip to Angola that ties would "
     "grow.", "AGO"),
    ("Mexican President Felipe Calderon, speaking during his recent visit to Peru, said the two nations would sign "
     "a trade pact.", "PER"),
])
def test_during_recent_visit_takes_publication_month(extractor, text, host):
    got = rows(extractor, text, D(2012, 1, 18))
    assert [(r[1], r[3], r[4]) for r in got] == [(host, "2012-01-01", "month")]


def test_recent_visit_as_background_stays_undated(extractor):
    got = rows(extractor, "Chinese Premier Wen Jiabao's recent visit to South Korea gave ties a further push, the "
                          "weekly said.", D(2012, 1, 18))
    assert [(r[1], r[4]) for r in got] == [("KOR", "unknown")]


# -- status: an offer to welcome a visit is an invitation, not a trip made

@pytest.mark.parametrize("text,expected", [
    ("Officials said Tokyo would welcome a visit to Japan by the Indian prime minister.", ("IND", "JPN", "invited")),
    ("The ministry said it would welcome a visit by officials and the visit to Cuba by a Venezuelan delegation.",
     ("VEN", "CUB", "invited")),
])
def test_welcome_a_visit_is_invited(extractor, text, expected):
    got = {r[:3] for r in rows(extractor, text, D(2012, 1, 18))}
    assert got == {expected}


def test_trip_made_next_to_welcome_stays_occurred(extractor):
    # ("welcome" not before the trip noun: the trip was made)
    text = "The Japanese delegation made a visit to the border and the visit to South Korea by those from Japan was a success."
    got = {r[:3] for r in rows(extractor, text, D(2012, 1, 18))}
    assert got == {("JPN", "KOR", "occurred")}


# -- date: the day a statement or travelogue was issued is not the day of the trip it tells of

@pytest.mark.parametrize("text", [
    "A Chinese newspaper on Thursday published a diary by members of the Japanese delegation who came back home after "
    "visiting the DPRK.",
    "A spokesman for the Lawyers Association on Monday issued a statement about the detention of the members of the "
    "Canadian delegation who returned home after visiting the DPRK.",
])
def test_report_day_does_not_date_the_trip(extractor, text):
    got = rows(extractor, text, D(2012, 6, 18), KCNA)
    assert len(got) == 1 and got[0][2] == "occurred"
    assert got[0][3] not in ("2012-06-14", "2012-06-18")  # (not the day of the diary or the statement)


def test_arrival_day_still_dates_the_trip(extractor):
    got = rows(extractor, "The Japanese delegation on Friday arrived in Vietnam after visiting Laos.", D(2012, 6, 18), KCNA)
    assert ("JPN", "VNM", "occurred", "2012-06-15", "day") in got


# -- date: "visiting X in the past" is an old trip, its date untold

@pytest.mark.parametrize("text", [
    "Brazilian President Dilma Rousseff said she had fond memories of visiting Vietnam in the past.",
    "Brazilian President Dilma Rousseff noted she was proud of visiting Vietnam in the past.",
])
def test_in_the_past_leaves_trip_undated(extractor, text):
    got = rows(extractor, text, D(2012, 6, 18))
    assert [(r[1], r[4]) for r in got] == [("VNM", "unknown")]


def test_in_the_past_with_more_after_it(extractor):
    got = rows(extractor, "Brazilian President Dilma Rousseff said she had enjoyed visiting Japan in the past and hoped "
                          "to return.", D(2012, 6, 18))
    assert [(r[1], r[4]) for r in got] == [("JPN", "unknown")]


def test_trip_under_way_takes_publication_month(extractor):
    got = rows(extractor, "Brazilian President Dilma Rousseff said she was visiting Vietnam to deepen ties.", D(2012, 6, 18))
    assert [(r[1], r[3], r[4]) for r in got] == [("VNM", "2012-06-01", "month")]


# -- date: a list that goes on ("Also leaving here for home were ...") takes the day of the list before it

@pytest.mark.parametrize("text,iso", [
    ("Delegations of friendship groups from several countries left here on Monday after the festival.\n\n"
     "Also departing here for home were delegations of various bodies that attended the congress.\n\n"
     "They included a delegation of the Peru-Korea Friendship Society and the chairman of the Chile Solidarity "
     "Committee.", "CHL"),
    ("Delegations of friendship groups from several countries left here on Monday after the festival.\n\n"
     "Also leaving here for home were delegations of organizations that took part in the seminar.\n\n"
     "They included a delegation of the Japanese study committee and the general secretary of the Socialist Party "
     "of Mexico.", "JPN"),
])
def test_also_leaving_list_takes_the_day_before(extractor, text, iso):
    got = rows(extractor, text, D(2012, 6, 19), KCNA)
    assert (iso, "PRK", "occurred", "2012-06-18", "day") in got


def test_list_with_its_own_date_keeps_it(extractor):
    text = ("Delegations of friendship groups from several countries left here on Monday after the festival.\n\n"
            "A delegation of the Peru-Korea Friendship Society also left here last week.")
    got = rows(extractor, text, D(2012, 6, 19), KCNA)
    assert [(r[0], r[3], r[4]) for r in got] == [("PER", "2012-06-11", "day")]


# -- date: "arrived here before them" is before the day the story told: the month, not that day and not undated

@pytest.mark.parametrize("text,iso", [
    ("A Malaysian delegation arrived here on Monday to attend the fair.\n\nA Polish delegation arrived here before them.",
     "POL"),
    ("A Malaysian delegation arrived here on Monday for the exhibition.\n\nA Cuban art troupe arrived here before them.",
     "CUB"),
])
def test_arrived_before_them_is_the_month(extractor, text, iso):
    got = rows(extractor, text, D(2012, 6, 19), KCNA)
    assert (iso, "PRK", "occurred", "2012-06-01", "month") in got


def test_arrived_on_the_same_day_keeps_the_day(extractor):
    text = "A Malaysian delegation arrived here on Monday for the exhibition.\n\nA Polish delegation arrived here on the same day."
    got = rows(extractor, text, D(2012, 6, 19), KCNA)
    assert ("POL", "PRK", "occurred", "2012-06-18", "day") in got
