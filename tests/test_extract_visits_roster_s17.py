"""Rosters told the other way round (seventeenth session, newslens/extract/visit_rosters.py): "Present at the
inauguration were A and B", "The funeral in Tokyo was attended by A and B", "Leaders gathered in P ... Among them
were A and B", with the first member's titles after the verb. One trip each to the place of the event (the sentence's
own, else the trip or the gathering the sentence before tells); none for the host's own people, for envoys posted
there, for a video link, or for an old event whose year no date gives. Own words; real office holders."""
from __future__ import annotations

import datetime as dt

import pytest

from newslens.extract import ArticleInput, Extractor


@pytest.fixture
def ex(extractor) -> Extractor:
    return extractor  # the session's shared extractor (tests/conftest.py)


def trips(ex, text, day):
    out = ex.extract(ArticleInput(article_id="t", title="", text=text, published_date=day))
    return {(v["visitor_id"], v["host_iso3"], v["status"]) for v in out["visits"]}


JAN3 = dt.date(2023, 1, 3)
MAR20 = dt.date(2023, 3, 20)
BOTH = {("person:alberto-fernandez", "BRA", "occurred"), ("person:gabriel-boric", "BRA", "occurred")}


@pytest.mark.parametrize("text", [
    "Lula was sworn in as president of Brazil in Brasilia on Sunday. Present at the inauguration were Argentine "
    "President Alberto Fernandez and Chilean President Gabriel Boric.",
    "Lula was sworn in as president of Brazil on Sunday. The inauguration in Brasilia was attended by Argentine "
    "President Alberto Fernandez and Chilean President Gabriel Boric.",
    "Leaders from 20 countries gathered in Brasilia on Sunday for Lula's inauguration. Among them were Argentine "
    "President Alberto Fernandez and Chilean President Gabriel Boric.",
])
def test_every_member_of_an_inverted_roster_travels(ex, text):
    assert BOTH <= trips(ex, text, JAN3)


def test_the_hosts_own_people_and_the_guest(ex):
    got = trips(ex, "The state funeral in Tokyo on Tuesday was attended by Japanese Prime Minister Fumio Kishida and "
                    "US Vice President Kamala Harris.", dt.date(2022, 9, 30))
    assert ("person:kamala-harris", "JPN", "occurred") in got
    assert not any(v == "person:fumio-kishida" for v, _, _ in got)


def test_among_those_present_takes_the_place_told_before(ex):
    got = trips(ex, "The talks were held in Beijing on Monday. Among those present were Chinese Foreign Minister Qin "
                    "Gang and Russian Foreign Minister Sergei Lavrov.", MAR20)
    assert ("person:sergei-lavrov", "CHN", "occurred") in got
    assert not any(v == "person:qin-gang" for v, _, _ in got)


@pytest.mark.parametrize("text", [
    # a video link
    "Leaders gathered in Paris on Friday for the talks. Among them was Turkish President Recep Tayyip Erdogan, who "
    "joined by video link.",
    # the host's own people
    "Kim Jong Un held a meeting of the Politburo in Pyongyang on Sunday. Present at the meeting were Choe Ryong Hae "
    "and Pak Jong Chon.",
    # a crowd that is no gathering of leaders, and a sentence before with no gathering
    "Many leaders have visited Kyiv since the war began. Among them were Joe Biden and Rishi Sunak.",
    # an old event whose year no date reads (the first member is told by an older rule, with the story's month)
    "The 1990 summit in Helsinki was attended by George H. W. Bush and Mikhail Gorbachev.",
    # a plan is not an attendance
    "Xi Jinping will host a summit in Xi'an in May. The summit will be attended by Kazakh President Kassym-Jomart "
    "Tokayev.",
])
def test_no_trip(ex, text):
    got = trips(ex, text, MAR20)
    assert not any(s == "occurred" and v in ("person:recep-tayyip-erdogan", "person:joe-biden", "person:rishi-sunak",
                                              "person:mikhail-gorbachev", "person:kassym-jomart-tokayev")
                   for v, _, s in got), got
    assert not any(h == "PRK" for _, h, _ in got)


def test_posted_envoys_are_no_visitors(ex):
    got = trips(ex, "Leaders gathered in Seoul on Friday for the forum. Among the guests were Chinese Ambassador Xing "
                    "Haiming and Japanese Prime Minister Fumio Kishida.", MAR20)
    assert ("person:fumio-kishida", "KOR", "occurred") in got
    assert not any("xing" in (v or "") for v, _, _ in got)


# Review of the session's roster rule (/tmp/s17r1, 219 probes): the gathering the sentence before tells comes before
# an older trip of the story; "Among them" needs a gathering; a report's day is no day of the gathering.
FEB23 = dt.date(2023, 2, 23)


def records(ex, text, day):
    out = ex.extract(ArticleInput(article_id="t", title="", text=text, published_date=day))
    return {(v["visitor_id"], v["host_iso3"]): v for v in out["visits"]}


def test_the_gathering_just_before_beats_an_older_trip(ex):
    got = records(ex, "Biden visited Kyiv on Monday. A summit was held in Warsaw on Tuesday. Among those present were "
                      "Lithuanian President Gitanas Nauseda and Latvian President Egils Levits.", FEB23)
    assert ("person:gitanas-nauseda", "POL") in got and ("person:egils-levits", "POL") in got
    assert got[("person:gitanas-nauseda", "POL")]["date_start"] == dt.date(2023, 2, 21)
    assert not any(h == "UKR" for v, h in got if v != "person:joe-biden")
    got = records(ex, "Macron visited Beijing last week. Leaders met in Brussels on Thursday. Among those present were "
                      "Polish President Andrzej Duda.", dt.date(2023, 4, 14))
    assert ("person:andrzej-duda", "BEL") in got and ("person:andrzej-duda", "CHN") not in got


@pytest.mark.parametrize("text", [
    "Biden visited Kyiv on Monday, the White House said. Among them were Lithuanian President Gitanas Nauseda and "
    "Latvian President Egils Levits.",
    "Crowds gathered in Kyiv on Monday. Among them were Lithuanian President Gitanas Nauseda and Latvian President "
    "Egils Levits.",
    "A similar summit was held in Vilnius in 2019. Among those present this time were Lithuanian President Gitanas "
    "Nauseda and Latvian President Egils Levits.",
])
def test_among_them_with_no_gathering_of_leaders_before(ex, text):
    got = records(ex, text, FEB23)
    assert not any(v in ("person:gitanas-nauseda", "person:egils-levits") for v, _ in got), got


def test_a_reports_day_is_not_the_gatherings(ex):
    got = records(ex, "The Kremlin said on Monday that leaders had gathered in Minsk. Among them were Kazakh President "
                      "Kassym-Jomart Tokayev and Armenian Prime Minister Nikol Pashinyan.", MAR20)
    rec = got[("person:kassym-jomart-tokayev", "BLR")]
    assert rec["date_start"] != dt.date(2023, 3, 20) or rec["date_precision"] != "day"


def test_attending_the_event_were(ex):
    got = trips(ex, "Lula was sworn in as president of Brazil in Brasilia on Sunday. Attending the ceremony were "
                    "Argentine President Alberto Fernandez and Chilean President Gabriel Boric.", JAN3)
    assert BOTH <= got
    got = trips(ex, "Attending the school in Jakarta were Barack Obama and his sister.", MAR20)
    assert not any(v == "person:barack-obama" for v, _, _ in got)  # a school is no event of leaders


@pytest.mark.parametrize("text", [
    "The ceremony in Seoul on Monday was attended by US Ambassador Philip Goldberg.",
    "The reception in Moscow on Monday was attended by Chinese Ambassador Zhang Hanhui.",
])
def test_an_envoy_posted_there_attending_is_no_visitor(ex, text):
    assert not any(s == "occurred" for _, _, s in trips(ex, text, MAR20))
