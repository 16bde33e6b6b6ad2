"""Visits session 18: a trip's day told through a report's day ("X said Sunday, as Y flew to Z"; "announced Monday, a
day after Y arrived"), and a trip noun after a reported statement ("A will do B, Y announced in Z at the end of his
visit": the statement's future is not the trip's). newslens/extract/visits.py; sentences in our own words."""
from __future__ import annotations

import datetime as dt

import pytest

from newslens.extract import ArticleInput
from newslens.schema import conform

D = dt.date


def trips(extractor, text, pub):
    out = extractor.extract(ArticleInput("s18d", None, text, pub, None))
    conform(out["visits"], "visits")
    return sorted((v["visitor_id"], v["host_iso3"], v["status"], v["date_start"], v["date_precision"])
                  for v in out["visits"] if not v["is_domestic"])


@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        # the same moment as the report's day
        ("TOKYO - A Japanese consortium has won a contract to build a port in India, the ministry said Sunday, as "
         "Prime Minister Shinzo Abe flew to New Delhi for the signing.", D(2015, 12, 14),
         [("person:shinzo-abe", "IND", "occurred", D(2015, 12, 13), "day")]),
        # N days before the report's day
        ("PARIS - France will lend Tunisia 500 million euros, its finance minister said on Thursday, two days after "
         "President Beji Caid Essebsi arrived in Paris for talks.", D(2015, 4, 10),
         [("person:beji-caid-essebsi", "FRA", "occurred", D(2015, 4, 7), "day")]),
    ],
)
def test__visit_dates__report_day_anchors_the_trip(extractor, text, pub, expected):
    assert trips(extractor, text, pub) == expected


def test__visit_dates__a_report_day_alone_stays_out(extractor):
    # no "as" clause: the report's day is not the trip's (the rule before s18 holds)
    text = "President Shinzo Abe's trip to New Delhi was a success, the ministry said Sunday."
    got = trips(extractor, text, D(2015, 12, 14))
    assert not any(d == D(2015, 12, 13) for *_x, d, _p in got)


def test__visit_status__a_reported_plan_before_a_trip_noun_is_not_the_trips(extractor):
    text = ("Japan will extend a $50 million loan to Sri Lanka, Prime Minister Shinzo Abe announced in Colombo today at "
            "the end of his first official visit to the country.")
    assert trips(extractor, text, D(2014, 9, 7)) == [("person:shinzo-abe", "LKA", "occurred", D(2014, 9, 7), "day")]


@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        # "the 1,700th anniversary of" a council is no anniversary of the trip (not read as the 700th)
        ("Pope Leo XIV will fly to Beirut for the 1,700th anniversary of the first council on Sunday.", D(2025, 10, 7),
         [("person:pope-leo-xiv", "LBN", "planned", None, None)]),
    ],
)
def test__visit_dates__no_seven_hundredth_anniversary(extractor, text, pub, expected):
    got = trips(extractor, text, pub)
    for want in expected:
        assert any(g[:3] == want[:3] and (g[3] is None or g[3].year >= 2025) for g in got), got


@pytest.mark.parametrize(
    ("text", "pub"),
    [
        # money that "will go to help" people somewhere is no trip there
        ("The $200 million, Prime Minister Shinzo Abe told the committee, will go to help refugees in Iraq and Syria.",
         D(2015, 1, 18)),
        # an airline named after a country is no trip there
        ("WASHINGTON - Prime Minister Imran Khan, who flew in on a Qatar Airways flight on Saturday, met President "
         "Donald Trump at the White House.", D(2019, 7, 22)),
    ],
)
def test__visit_hosts__no_trip_to_a_purpose_or_an_airline(extractor, text, pub):
    got = trips(extractor, text, pub)
    assert not any(h in ("IRQ", "SYR", "QAT") for _v, h, *_x in got), got


def test__visit_status__a_visit_wrapped_up_is_made(extractor):
    text = ("KAMPALA - Prime Minister Narendra Modi told Uganda's parliament on Wednesday that Africa would be a "
            "priority, a day after wrapping up the first visit to Rwanda by an Indian prime minister.")
    got = trips(extractor, text, D(2018, 7, 26))
    assert any(v == "person:narendra-modi" and h == "RWA" and s == "occurred" for v, h, s, *_x in got), got
