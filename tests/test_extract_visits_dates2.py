"""Visits, dates round 2: a visit record's date is the trip's dates. Dated stages of one trip (arrival, talks,
departure) give one span from the first to the last day; "on the k-th day of an n-day visit" gives the n days around
the day told; a sentence about a leg still ahead ("will leave on Friday") does not date the act told before it.
Own-words sentences about plausible events."""
from __future__ import annotations

import datetime as dt

import pytest

from newslens.extract import ArticleInput

D = dt.date
WIRE = "https://www.reuters.com/world/x"


def visits(extractor, text, pub, url=WIRE):
    out = extractor.extract(ArticleInput("dates2", "", text, pub, url))["visits"]
    return {(v["visitor_id"], v["host_iso3"], v["status"], str(v["date_start"]) if v["date_start"] else None,
             str(v["date_end"]) if v["date_end"] else None, v["date_precision"]) for v in out if not v["is_domestic"]}


# -- 1. one trip, one span

@pytest.mark.parametrize("text, pub, want", [
    ("Mongolian President Ukhnaa Khurelsukh arrived in Beijing on Monday for talks with Xi Jinping. On Tuesday the two "
     "leaders signed a trade accord. Khurelsukh left China on Wednesday.", D(2024, 10, 25),
     ("person:ukhnaa-khurelsukh", "CHN", "occurred", "2024-10-21", "2024-10-23", "day")),
    ("Brazilian President Luiz Inacio Lula da Silva met Xi Jinping in Beijing on Friday. Lula had arrived in Shanghai "
     "on Wednesday evening.", D(2023, 4, 15),
     ("person:luiz-inacio-lula-da-silva", "CHN", "occurred", "2023-04-12", "2023-04-14", "day")),
    ("Japanese Prime Minister Fumio Kishida held talks with President Yoon Suk Yeol in Seoul on March 17. Kishida had "
     "landed at Seoul's airport on March 16 for the first such visit in years.", D(2023, 3, 18),
     ("person:fumio-kishida", "KOR", "occurred", "2023-03-16", "2023-03-17", "day")),
])
def test_dated_stages_of_one_trip_make_one_span(extractor, text, pub, want):
    got = visits(extractor, text, pub)
    assert want in got, got
    assert len([g for g in got if g[:3] == want[:3]]) == 1, got


@pytest.mark.parametrize("text, pub, want", [
    # a separate later trip to the same host stays a trip of its own
    ("Russian President Vladimir Putin visited Beijing on May 16. He visited China again on October 17 for a forum on "
     "trade routes.", D(2024, 10, 25),
     {("person:vladimir-putin", "CHN", "occurred", "2024-05-16", "2024-05-16", "day"),
      ("person:vladimir-putin", "CHN", "occurred", "2024-10-17", "2024-10-17", "day")}),
    # another visitor's arrival day is not this visitor's
    ("Chinese Premier Li Qiang arrived in Seoul on Sunday for a trilateral summit. Japanese Prime Minister Fumio Kishida "
     "held talks with President Yoon Suk Yeol in Seoul on Monday.", D(2024, 10, 22),
     {("person:li-qiang", "KOR", "occurred", "2024-10-20", "2024-10-20", "day"),
      ("person:fumio-kishida", "KOR", "occurred", "2024-10-21", "2024-10-21", "day")}),
])
def test_separate_trips_and_other_visitors_keep_their_days(extractor, text, pub, want):
    assert want <= visits(extractor, text, pub)


# -- 2. "on the second day of a three-day visit"

@pytest.mark.parametrize("text, pub, want", [
    ("French President Emmanuel Macron met Xi Jinping in Guangzhou on Friday, on the second day of his three-day state "
     "visit to China.", D(2023, 4, 8),
     ("person:emmanuel-macron", "CHN", "occurred", "2023-04-06", "2023-04-08", "day")),
    ("Turkish President Recep Tayyip Erdogan toured a shipyard in Hanoi on Tuesday, on the last day of his two-day trip "
     "to Vietnam.", D(2024, 6, 12),
     ("person:recep-tayyip-erdogan", "VNM", "occurred", "2024-06-10", "2024-06-11", "day")),
    # no day in the sentence: the day the story told just before
    ("CANBERRA, July 14 -- Anthony Albanese and Cyril Ramaphosa agreed on Thursday to expand mining ties.\n\n"
     "The two leaders met at Parliament House on the third day of Ramaphosa's four-day state visit to Australia.",
     D(2023, 7, 14), ("person:cyril-ramaphosa", "AUS", "occurred", "2023-07-11", "2023-07-14", "day")),
])
def test_the_kth_day_of_an_n_day_visit(extractor, text, pub, want):
    assert want in visits(extractor, text, pub)


@pytest.mark.parametrize("text, pub, want", [
    # the days of a fair, not of the visit
    ("Kazakh President Kassym-Jomart Tokayev visited Tokyo on Tuesday, on the second day of the three-day trade fair "
     "there.", D(2024, 6, 12), ("person:kassym-jomart-tokayev", "JPN", "occurred", "2024-06-11", "2024-06-11", "day")),
    ("French President Emmanuel Macron met Xi Jinping in Guangzhou on Friday.", D(2023, 4, 8),
     ("person:emmanuel-macron", "CHN", "occurred", "2023-04-07", "2023-04-07", "day")),
])
def test_a_day_without_an_n_day_visit_stays_one_day(extractor, text, pub, want):
    assert want in visits(extractor, text, pub)


# -- 3. a leg ahead does not date the act told before it

@pytest.mark.parametrize("text, pub, visitor, host", [
    ("Macron and Albanese met in Canberra.\n\nMacron will leave for Wellington on Friday to attend a conference.",
     D(2017, 11, 9), "person:emmanuel-macron", "AUS"),
    ("Tokayev visited Ankara and met Erdogan there.\n\nTokayev will fly on to Baku on Friday.", D(2024, 10, 25),
     "person:kassym-jomart-tokayev", "TUR"),
])
def test_a_leg_ahead_does_not_date_the_visit_before_it(extractor, text, pub, visitor, host):
    got = [g for g in visits(extractor, text, pub) if g[:3] == (visitor, host, "occurred")]
    assert got and all(g[5] == "month" for g in got), got


def test_a_past_day_in_the_next_sentence_still_dates_the_visit(extractor):
    # negative of 3: the sentence after tells the same act on a past day
    got = visits(extractor, "Mongolian President Ukhnaa Khurelsukh visited Tokyo and met Prime Minister Fumio Kishida. "
                            "He laid a wreath at a memorial there on Wednesday.", D(2024, 10, 25))
    assert ("person:ukhnaa-khurelsukh", "JPN", "occurred", "2024-10-23", "2024-10-23", "day") in got, got


# -- 4. "a day after X met Y here", "two weeks after hosting X"

@pytest.mark.parametrize("text, pub, want", [
    ("Indonesia and Australia said on Thursday they would expand their trade pact, a day after Prime Minister Anthony "
     "Albanese met President Prabowo Subianto in Jakarta.", D(2024, 11, 15),
     ("person:anthony-albanese", "IDN", "occurred", "2024-11-13", "2024-11-13", "day")),
    ("Beijing announced the gas deal on Monday, three days after Russian President Vladimir Putin visited China.",
     D(2024, 5, 21), ("person:vladimir-putin", "CHN", "occurred", "2024-05-17", "2024-05-17", "day")),
    ("Erdogan arrived in Kazakhstan on Tuesday, two weeks after hosting Kazakh President Kassym-Jomart Tokayev on a "
     "state visit to Ankara.", D(2024, 10, 25),
     ("person:kassym-jomart-tokayev", "TUR", "occurred", "2024-10-01", "2024-10-31", "month")),
])
def test_a_trip_some_days_after_which_something_was_said(extractor, text, pub, want):
    assert want in visits(extractor, text, pub)


@pytest.mark.parametrize("text, pub, want", [
    # the trip's own clause gives its day
    ("Beijing announced the gas deal on Monday, a day after Russian President Vladimir Putin arrived in Beijing on "
     "May 16.", D(2024, 5, 21), ("person:vladimir-putin", "CHN", "occurred", "2024-05-16", "2024-05-16", "day")),
    ("Two days after the vote, Russian President Vladimir Putin visited Minsk on Friday.", D(2024, 5, 21),
     ("person:vladimir-putin", "BLR", "occurred", "2024-05-17", "2024-05-17", "day")),
    # "after" in another clause
    ("The ministers met again in Geneva two weeks after the talks, and Putin visited China.", D(2024, 5, 3),
     ("person:vladimir-putin", "CHN", "occurred", "2024-05-01", "2024-05-31", "month")),
])
def test_a_trip_with_its_own_date_keeps_it(extractor, text, pub, want):
    assert want in visits(extractor, text, pub)


# -- 5. an invitation to next year's / next month's event is dated by it

@pytest.mark.parametrize("text, want", [
    ("Modi invited Putin to New Delhi for next year's summit.",
     ("person:vladimir-putin", "IND", "invited", "2020-01-01", "2020-12-31", "year")),
    ("Xi invited Lula to Beijing for next month's forum.",
     ("person:luiz-inacio-lula-da-silva", "CHN", "invited", "2019-10-01", "2019-10-31", "month")),
    ("Putin invited Modi to Moscow for this year's victory parade.",
     ("person:narendra-modi", "RUS", "invited", "2019-01-01", "2019-12-31", "year")),
])
def test_an_invitation_to_an_event_of_next_year(extractor, text, want):
    assert want in visits(extractor, text, D(2019, 9, 5))


@pytest.mark.parametrize("text", [
    "Xi invited Lula to Beijing for talks, officials said on Monday.",
    "Xi invited Lula to Beijing for a forum on trade, and the two sides will meet again next year.",
])
def test_an_invitation_with_no_time_of_its_own_stays_undated(extractor, text):
    got = [g for g in visits(extractor, text, D(2019, 9, 5)) if g[2] == "invited"]
    assert got and all(g[5] == "unknown" for g in got), got


# -- 6. "N times since X, most recently in Y": from the first to the latest

@pytest.mark.parametrize("text, want", [
    ("Modi has visited Moscow three times since May 2015, most recently in July 2018.",
     ("person:narendra-modi", "RUS", "occurred", "2015-05-01", "2018-07-31", "month")),
    ("Erdogan has travelled to Russia five times since January 2016, the latest in March 2019.",
     ("person:recep-tayyip-erdogan", "RUS", "occurred", "2016-01-01", "2019-03-31", "month")),
])
def test_trips_since_a_date_up_to_the_latest(extractor, text, want):
    assert want in visits(extractor, text, D(2019, 6, 20))


def test_trips_since_a_date_without_a_latest_keep_the_first(extractor):
    got = visits(extractor, "Erdogan has travelled to Russia five times since January 2016.", D(2019, 6, 20))
    assert ("person:recep-tayyip-erdogan", "RUS", "occurred", "2016-01-01", "2016-01-31", "month") in got, got


# -- 7. a plan "at an appropriate time" has no date; a date told later in the sentence is another event's

@pytest.mark.parametrize("text, pub, who, host", [
    ("North Korean leader Kim Jong Il has agreed to visit Seoul at an appropriate time, under an accord he signed with "
     "the South Korean president on Wednesday.", D(2000, 6, 15), "person:kim-jong-il", "KOR"),
    ("Chinese President Xi Jinping will visit Moscow at a mutually convenient time, the Kremlin said on Thursday after "
     "talks between the two foreign ministers on Tuesday.", D(2023, 3, 10), "person:xi-jinping", "RUS"),
    ("Prime Minister Narendra Modi will visit Japan at a later date, his office announced in a statement issued on "
     "Monday.", D(2024, 10, 25), "person:narendra-modi", "JPN"),
])
def test_a_plan_with_no_time_set_stays_undated(extractor, text, pub, who, host):
    assert (who, host, "planned", None, None, "unknown") in visits(extractor, text, pub)


@pytest.mark.parametrize("text, want", [
    ("Prime Minister Narendra Modi will visit Japan on November 20, his office announced on Monday.",
     ("person:narendra-modi", "JPN", "planned", "2024-11-20", "2024-11-20", "day")),
    ("Prime Minister Narendra Modi will visit Japan next month and will return at a later date for a second round.",
     ("person:narendra-modi", "JPN", "planned", "2024-11-01", "2024-11-30", "month")),
])
def test_a_plan_with_its_own_date_keeps_it(extractor, text, want):
    assert want in visits(extractor, text, D(2024, 10, 25))


# -- visit events: the span of one article joins the articles that told single days of the same trip

def test_visit_events_merge_single_days_and_a_span_of_one_trip(extractor):
    import pandas as pd

    from newslens.extract.events import merge_visits
    from newslens.schema import conform

    stories = [
        ("e1", D(2024, 10, 22), "Mongolian President Ukhnaa Khurelsukh arrived in Beijing on Monday for talks with "
                                "Xi Jinping."),
        ("e2", D(2024, 10, 24), "Mongolian President Ukhnaa Khurelsukh left China on Wednesday after talks with Xi "
                                "Jinping."),
        ("e3", D(2024, 10, 25), "Mongolian President Ukhnaa Khurelsukh arrived in Beijing on Monday for talks with Xi "
                                "Jinping. On Tuesday the two leaders signed a trade accord. Khurelsukh left China on "
                                "Wednesday."),
        ("e4", D(2024, 11, 29), "Mongolian President Ukhnaa Khurelsukh visited Beijing on November 28."),
    ]
    rows = []
    for aid, pub, text in stories:
        rows += [v for v in extractor.extract(ArticleInput(aid, "", text, pub, WIRE))["visits"]
                 if v["host_iso3"] == "CHN"]
    visits_frame = conform(rows, "visits")
    articles = pd.DataFrame({"article_id": [s[0] for s in stories],
                             "published_date": pd.to_datetime([s[1] for s in stories]), "source": ["Wire"] * 4})
    out, events = merge_visits(visits_frame, articles)
    by_article = dict(zip(out["article_id"], out["event_id"]))
    assert by_article["e1"] == by_article["e2"] == by_article["e3"] != by_article["e4"]
    trip = events[events["event_id"] == by_article["e3"]].iloc[0]
    assert (str(trip["date_start"].date()), str(trip["date_end"].date()), trip["date_precision"]) == (
        "2024-10-21", "2024-10-23", "day")
