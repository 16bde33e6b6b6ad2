"""Visits, session 8: general rules for held-out newswire. Own-words sentences about plausible events (none copied from
any gold or corpus story).

1. A name or a capitalised word that ends in "-ed" ("Mohamed", "Ahmed", "the Non-Aligned Movement", "United") is no
   past tense (dates.PAST_RE): a simple-present schedule ("flies to Tehran on Thursday") keeps its weekday ahead.
1b. A simple-present plan whose own clause holds a date and no past form is ahead, whatever the rest of the sentence
   tells ("..., officials said", "..., weeks after a tour that included Brazil").
2. "had been to <Place>" / "has already been to <Place>": the past perfect of being somewhere is a trip there
   (visit_cues.csv row of session 8).
3. "the first (state) visit by a <nationality> <role> since <Name> in D" with no place: the earlier trip is to the host
   of the sentence's trip.
4. "made his first foreign trip as president to <Place>" / "made his first trip abroad to <Place>".
5. "a tour that (also) takes him to A and B": planned legs, later than the day told before.
6. "agreed / decided to meet / hold talks in <Place> in <month>": a plan, dated ahead.
7. "X's one-day stop in <Place>" is a trip noun; "during X's <trip> in <Place>" takes the day of the act done during it.
8. Precision: a country's group told again ("The delegation ...") beside the trip of the person named as its head is
   that trip, not a second one.
9. "leaves <Place> on <day> for <Place>": the simple present of a schedule, planned and ahead.
"""
from __future__ import annotations

import datetime as dt

import pytest

from newslens.extract import ArticleInput

D = dt.date
WIRE = "https://www.reuters.com/world/x"


def visits(extractor, text, pub, url=WIRE):
    out = extractor.extract(ArticleInput("s8", "", text, pub, url))["visits"]
    return {(v["visitor_id"], v["host_iso3"], v["status"], str(v["date_start"]) if v["date_start"] else None,
             v["date_precision"]) for v in out if not v["is_domestic"]}


# -- 1. "-ed" names are no past tense

@pytest.mark.parametrize("text, pub, want", [
    # Monday 2013-04-08: "on Thursday" is the coming Thursday
    ("Egyptian President Mohamed Morsi flies to Ankara on Thursday for a meeting of regional leaders.",
     D(2013, 4, 8), ("person:mohamed-morsi", "TUR", "planned", "2013-04-11", "day")),
    ("Egyptian President Mohamed Morsi travels to New Delhi on Friday, aides of the Non-Aligned group said.",
     D(2013, 4, 8), ("person:mohamed-morsi", "IND", "planned", "2013-04-12", "day")),
    ("Egyptian President Mohamed Morsi goes to Khartoum on Thursday, a United Nations official said.",
     D(2013, 4, 8), ("person:mohamed-morsi", "SDN", "planned", "2013-04-11", "day")),
    # the name opening the sentence
    ("Mohamed Morsi, Egypt's president, flies to Ankara on Thursday.",
     D(2013, 4, 8), ("person:mohamed-morsi", "TUR", "planned", "2013-04-11", "day")),
])
def test_ed_name_is_no_past_tense(extractor, text, pub, want):
    assert want in visits(extractor, text, pub)


def test_real_past_form_keeps_the_day_behind(extractor):
    got = visits(extractor, "Egyptian President Mohamed Morsi flew to Ankara on Thursday for a meeting of regional "
                            "leaders.", D(2013, 4, 8))
    assert ("person:mohamed-morsi", "TUR", "occurred", "2013-04-04", "day") in got


# -- 2. "had been to <Place>"

@pytest.mark.parametrize("text, pub, want", [
    ("Brazilian President Michel Temer, who meets investors in Tokyo on Monday, had been to Beijing in September.",
     D(2017, 10, 16), ("person:michel-temer", "CHN", "occurred", "2017-09-01", "month")),
    ("Brazilian President Michel Temer had already been to Moscow in June for talks on fertiliser sales.",
     D(2017, 10, 16), ("person:michel-temer", "RUS", "occurred", "2017-06-01", "month")),
    ("Brazilian President Michel Temer has also been to Lisbon this year, his office said.",
     D(2017, 10, 16), ("person:michel-temer", "PRT", "occurred", "2017-01-01", "year")),
])
def test_had_been_to_a_place_is_a_trip(extractor, text, pub, want):
    assert want in visits(extractor, text, pub)


@pytest.mark.parametrize("text", [
    "Brazilian President Michel Temer had been to blame for the delay, critics said.",
    "Brazilian President Michel Temer has been to the point in his speeches this month.",
])
def test_been_to_without_a_place_is_no_trip(extractor, text):
    assert visits(extractor, text, D(2017, 10, 16)) == set()


# -- 1b. the tense of a simple-present plan is its own clause's

@pytest.mark.parametrize("text, want", [
    # Thursday 2019-03-14: "on Saturday" is the coming Saturday
    ("Indian Prime Minister Narendra Modi flies to Rome on Saturday for a papal audience, days after a summit that "
     "ended without a deal.", ("person:narendra-modi", "ITA", "planned", "2019-03-16", "day")),
    ("Indian Prime Minister Narendra Modi travels to Algiers on Saturday, weeks after talks in Tunis collapsed.",
     ("person:narendra-modi", "DZA", "planned", "2019-03-16", "day")),
    ("Indian Prime Minister Narendra Modi flies to Amman on Saturday, his office announced.",
     ("person:narendra-modi", "JOR", "planned", "2019-03-16", "day")),
])
def test_plan_tense_is_its_own_clause(extractor, text, want):
    assert want in visits(extractor, text, D(2019, 3, 14))


def test_plan_told_in_the_past_keeps_the_day_behind(extractor):
    got = visits(extractor, "Indian Prime Minister Narendra Modi was expected to travel to Amman on Saturday, "
                            "weeks after talks in Tunis.", D(2019, 3, 14))
    assert not any(r[1] == "JOR" and r[3] == "2019-03-16" for r in got)
    assert ("person:narendra-modi", "JOR", "planned", "2019-03-09", "day") in got  # (visits fix session 8: the exact row)


# -- 3. "the first visit by a <nationality> <role> since <Name> in D": the earlier trip is a record

@pytest.mark.parametrize("text, want", [
    ("U.S. President Barack Obama arrived in Hanoi on Sunday for the first state visit by an American president "
     "since Bill Clinton in 2000.", ("person:bill-clinton", "VNM", "occurred", "2000-01-01", "year")),
    ("Brazilian President Michel Temer arrived in Lisbon on Sunday, the first trip of a Brazilian leader since Lula "
     "in 2008.", ("person:luiz-inacio-lula-da-silva", "PRT", "occurred", "2008-01-01", "year")),
    ("Brazilian President Michel Temer landed in Lisbon on Sunday for the first visit by a sitting Brazilian "
     "president since Getulio Vargas in 1953.", ("country:BRA", "PRT", "occurred", "1953-01-01", "year")),
])
def test_first_visit_by_since_name_is_the_earlier_trip(extractor, text, want):
    assert want in visits(extractor, text, D(2016, 3, 21))


def test_first_since_a_date_alone_is_no_earlier_trip(extractor):
    got = visits(extractor, "Brazilian President Michel Temer arrived in Lisbon on Sunday, the first visit by a "
                            "Brazilian president since 2008.", D(2016, 3, 21))
    assert got == {("person:michel-temer", "PRT", "occurred", "2016-03-20", "day")}


# -- 4. "made his first foreign trip as president to <Place>"

@pytest.mark.parametrize("text, want", [
    ("Brazilian President Michel Temer, who made his first foreign trip as president to Buenos Aires in October, "
     "met investors on Monday.", ("person:michel-temer", "ARG", "occurred", "2015-10-01", "month")),
    ("Brazilian President Michel Temer made his first trip abroad to Lisbon in May 2015.",
     ("person:michel-temer", "PRT", "occurred", "2015-05-01", "month")),
    ("Brazilian President Michel Temer made a short visit as head of state to Asuncion in September.",
     ("person:michel-temer", "PRY", "occurred", "2015-09-01", "month")),
])
def test_made_a_trip_as_president_to(extractor, text, want):
    assert want in visits(extractor, text, D(2016, 3, 21))


def test_made_a_visit_as_someones_envoy_is_unchanged(extractor):
    # ("as Brazil's envoy": a capitalised word, an office of another's; not read as the trip's office)
    assert visits(extractor, "Brazilian President Michel Temer made a visit as Brazil's envoy to Lisbon in May 2015.",
                  D(2016, 3, 21)) == set()


# -- 5. "a tour that also takes him to A and B": planned legs, later than the day told before

@pytest.mark.parametrize("text, want", [
    ("Japanese Prime Minister Shinzo Abe arrived in Manila on Thursday, the first stop of a tour that also takes him "
     "to Indonesia and Vietnam.", {("person:shinzo-abe", "IDN", "planned", "2017-01-01", "month"),
                                  ("person:shinzo-abe", "VNM", "planned", "2017-01-01", "month")}),
    ("Japanese Prime Minister Shinzo Abe leaves for Sydney on Saturday on a swing which takes him to Jakarta as well.",
     {("person:shinzo-abe", "IDN", "planned", "2017-01-01", "month")}),
    ("Japanese Prime Minister Shinzo Abe arrived in Manila on Thursday, the first stop of a tour that also takes him "
     "to Indonesia on Sunday.", {("person:shinzo-abe", "IDN", "planned", "2017-01-15", "day")}),
])
def test_tour_that_takes_him_to(extractor, text, want):
    assert want <= visits(extractor, text, D(2017, 1, 13))


def test_takes_him_to_without_a_place_is_no_trip(extractor):
    got = visits(extractor, "The new policy takes him to the limits of his authority, Japanese Prime Minister Shinzo "
                            "Abe said on Thursday.", D(2017, 1, 13))
    assert got == set()


# -- 6. "agreed to meet / hold talks in <place> in <month>": a plan, dated ahead

@pytest.mark.parametrize("text, want", [
    ("French President Emmanuel Macron and Chinese President Xi Jinping agreed to hold a bilateral meeting on the "
     "sidelines of the G20 summit in Rome in October, the Elysee said.",
     ("person:emmanuel-macron", "ITA", "planned", "2021-10-01", "month")),
    ("French President Emmanuel Macron and Chinese President Xi Jinping decided to meet in Rome in October.",
     ("person:xi-jinping", "ITA", "planned", "2021-10-01", "month")),
    # (visits fix session 8: a month just gone is that month, not next year's: the review's "agreed to meet in New
    # York in September" told in October; "in January" told in April is next January)
    ("French President Emmanuel Macron and Chinese President Xi Jinping agreed to hold talks in Rome in March.",
     ("person:emmanuel-macron", "ITA", "planned", "2021-03-01", "month")),
    ("French President Emmanuel Macron and Chinese President Xi Jinping agreed to hold talks in Rome in January.",
     ("person:emmanuel-macron", "ITA", "planned", "2022-01-01", "month")),
])
def test_agreed_to_meet_is_a_plan_ahead(extractor, text, want):
    assert want in visits(extractor, text, D(2021, 4, 24))


def test_talks_held_stay_occurred(extractor):
    got = visits(extractor, "French President Emmanuel Macron and Chinese President Xi Jinping, who agreed to cut "
                            "tariffs, held talks in Rome in March.", D(2021, 4, 24))
    assert ("person:emmanuel-macron", "ITA", "occurred", "2021-03-01", "month") in got


# -- 7. "X's one-day stop in P" is a trip noun; "during X's <trip> in P" takes the day of the act done during it

@pytest.mark.parametrize("text, want", [
    ("Indian Prime Minister Narendra Modi's brief stop in Abu Dhabi on Saturday produced a rupee deal.",
     ("person:narendra-modi", "ARE", "occurred", "2023-07-15", "day")),
    ("The talks came after a stop by Indian Prime Minister Narendra Modi in Cairo in June.",
     ("person:narendra-modi", "EGY", "occurred", "2023-06-01", "month")),
    ("Egypt and India signed a grain accord on Saturday, during Indian Prime Minister Narendra Modi's one-day stop in "
     "Cairo on his way home from Athens.", ("person:narendra-modi", "EGY", "occurred", "2023-07-15", "day")),
    ("Greece and India signed a shipping accord on Friday during a brief visit by Indian Prime Minister Narendra Modi "
     "to Athens.", ("person:narendra-modi", "GRC", "occurred", "2023-07-14", "day")),
])
def test_stop_is_a_trip_noun_and_during_takes_the_acts_day(extractor, text, want):
    assert want in visits(extractor, text, D(2023, 7, 16))


def test_a_stop_to_fighting_is_no_trip(extractor):
    assert visits(extractor, "Egypt called for a stop to the fighting in Gaza, Indian Prime Minister Narendra Modi "
                             "said on Saturday.", D(2023, 7, 16)) == set()


# -- 8. precision: a country's group told again ("The delegation ...") beside the trip of the person named as its head

KCNA = "http://www.kcna.co.jp/item/2014/201403/news03/20140303-01ee.html"


def ids(extractor, text, pub=D(2014, 3, 3)):
    out = extractor.extract(ArticleInput("s8k", "", text, pub, KCNA))["visits"]
    return sorted(v["visitor_id"] for v in out if not v["is_domestic"])


@pytest.mark.parametrize("text", [
    "Pyongyang, March 3 (KCNA) -- The Chinese government delegation visited the Mangyongdae Schoolchildren's Palace "
    "on Wednesday.\nThe delegation headed by Chinese Foreign Minister Wang Yi is on a visit to the DPRK.",
    "Pyongyang, March 3 (KCNA) -- The Chinese friendship troupe laid a floral basket before the statue of President Kim "
    "Il Sung on Wednesday.\nThe troupe led by Chinese Foreign Minister Wang Yi arrived here on Tuesday.",
])
def test_group_told_again_is_its_heads_trip(extractor, text):
    assert ids(extractor, text) == ["person:wang-yi"]


@pytest.mark.parametrize("text", [
    # a new group ("A ... troupe"), not the one headed by the person named after
    "Pyongyang, March 3 (KCNA) -- A Chinese art troupe laid a floral basket before the statue of President Kim Il Sung "
    "on Wednesday.\nThe delegation led by Chinese Foreign Minister Wang Yi arrived here on Wednesday.",
    # "Also ... was the delegation led by X": a second group
    "Pyongyang, March 3 (KCNA) -- The Chinese film delegation arrived here on Wednesday.\nAlso arriving here on "
    "Wednesday was the delegation led by Chinese Foreign Minister Wang Yi.",
])
def test_another_group_keeps_its_own_record(extractor, text):
    assert "country:CHN" in ids(extractor, text)


# -- 9. "leaves <Place> on <day> for <Place>": the simple present of a schedule, planned and ahead

@pytest.mark.parametrize("text, want", [
    ("Turkish President Recep Tayyip Erdogan leaves Khartoum on Wednesday for Tunis, the last leg.",
     ("person:recep-tayyip-erdogan", "TUN", "planned", "2017-12-27", "day")),
    ("Turkish President Recep Tayyip Erdogan departs Khartoum on Thursday for Algiers, where he will hold talks.",
     ("person:recep-tayyip-erdogan", "DZA", "planned", "2017-12-28", "day")),
    ("Turkish President Recep Tayyip Erdogan, who arrived on Sunday, leaves Khartoum on Wednesday for Tunis.",
     ("person:recep-tayyip-erdogan", "TUN", "planned", "2017-12-27", "day")),
])
def test_leaves_for_in_the_present_is_a_plan(extractor, text, want):
    assert want in visits(extractor, text, D(2017, 12, 26))


def test_left_for_stays_a_trip_made(extractor):
    got = visits(extractor, "Turkish President Recep Tayyip Erdogan left Khartoum on Monday for Tunis.", D(2017, 12, 26))
    assert ("person:recep-tayyip-erdogan", "TUN", "occurred", "2017-12-25", "day") in got
