"""Visit dates, session 17: date-assignment mechanisms that failed on real-text development sets (KCNA blind3, 12,
27, 32, 54), each seen in two or more independently written files. Fixtures are in our own words; the agency's
address only tells "here".

1. Guests listed at an event ("... were present on invitation", "Among them were also a visiting group of ...") came
   for that event: the day the nearest dated sentence before names, within the week before publication (was the
   publication month).
2. A trip told as the reference point of a development ("relations are developing after X's visit to Y", "growing
   strong thanks to X's visit to Y") is a past trip, not the news: undated when it has no date of its own (was the
   story's day or the publication month).
3. A trip a message, letter or lecture tells of afterwards keeps no date of the message ("sent a message of thanks
   ... during his visit to China", "gave a lecture on Sept. 21 on his visit to the DPRK").
"""
from __future__ import annotations

import datetime as dt

import pytest

from newslens.extract import ArticleInput
from newslens.schema import conform

D = dt.date
AGENCY = "http://www.kcna.co.jp/item/2012/201205/news17/x.htm"


def visits(extractor, text, pub, url=AGENCY):
    out = extractor.extract(ArticleInput("s17", None, text, pub, url))
    conform(out["visits"], "visits")
    return sorted((v["visitor_iso3"], v["host_iso3"], v["status"], v["date_start"], v["date_end"], v["date_precision"])
                  for v in out["visits"] if not v["is_domestic"])


THU = D(2012, 5, 17)  # a Thursday


# -- 1. guests present at an event the story dated just before ---------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        # "were present on invitation" after a sentence naming the event's weekday
        ("A ceremony marking the anniversary was held at the Friendship Hall on Tuesday. Cuban and Lao delegations "
         "visiting the DPRK were present on invitation.", THU,
         [("CUB", "PRK", "occurred", D(2012, 5, 15), D(2012, 5, 15), "day"),
          ("LAO", "PRK", "occurred", D(2012, 5, 15), D(2012, 5, 15), "day")]),
        # "Among them were also ..." continuing a list opened after the dated sentence
        ("A reception was given at the People's Palace of Culture on Wednesday. Among them were also a visiting "
         "delegation of the Nepalese students' union and a visiting group of Russian teachers.", THU,
         [("NPL", "PRK", "occurred", D(2012, 5, 16), D(2012, 5, 16), "day"),
          ("RUS", "PRK", "occurred", D(2012, 5, 16), D(2012, 5, 16), "day")]),
        # the dated sentence two back: the list sentence in between names no date
        ("Mourners paid tribute at the memorial hall on Monday. Wreaths were laid in silence. Among them were a "
         "visiting group of mourners from the Federation of Koreans in China.", D(2011, 12, 28),
         [("CHN", "PRK", "occurred", D(2011, 12, 26), D(2011, 12, 26), "day")]),
    ],
)
def test_attendance_list_takes_the_event_day(extractor, text, pub, expected):
    assert visits(extractor, text, pub) == expected


@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        # near miss: the day before is the day something was said, not an event's: the month stays
        ("The embassy said on Monday it would host a film show. A visiting Syrian delegation was present there.", THU,
         [("SYR", "PRK", "occurred", D(2012, 5, 1), D(2012, 5, 31), "month")]),
        # near miss: the event's day is more than a week old: the month stays
        ("A meeting took place on April 2 in Pyongyang. A visiting delegation of Vietnam was present on invitation.", THU,
         [("VNM", "PRK", "occurred", D(2012, 5, 1), D(2012, 5, 31), "month")]),
        # near miss: no day told before: the month stays
        ("A seminar was held at Kim Il Sung University. Delegations of China and Laos visiting the DPRK were present.",
         THU, [("LAO", "PRK", "occurred", D(2012, 5, 1), D(2012, 5, 31), "month")]),
        # near miss: a list that is no attendance keeps the arrival day it had
        ("The Indonesian delegation led by its chairman arrived here on May 12. A banquet was given in its honor on "
         "Monday. Present there were the members of the Indonesian delegation.", THU,
         [("IDN", "PRK", "occurred", D(2012, 5, 12), D(2012, 5, 12), "day")]),
    ],
)
def test_attendance_list_near_misses_keep_their_date(extractor, text, pub, expected):
    assert visits(extractor, text, pub) == expected


# -- 2. a past trip as the reference point of a development ------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        ("The envoy said relations between Laos and the DPRK are developing rapidly after Kim Jong Un's visit to "
         "Vietnam.", D(2024, 8, 14), [("PRK", "VNM", "occurred", None, None, "unknown")]),
        ("The friendship is growing stronger thanks to Kim Jong Il's visit to China, the speaker said.", D(2011, 6, 10),
         [("PRK", "CHN", "occurred", None, None, "unknown")]),
    ],
)
def test_reference_point_trip_is_undated(extractor, text, pub, expected):
    assert visits(extractor, text, pub) == expected


@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        # near miss: the trip has a month of its own
        ("The envoy said relations improved after Kim Jong Un's visit to Russia in June.", D(2024, 8, 14),
         [("PRK", "RUS", "occurred", D(2024, 6, 1), D(2024, 6, 30), "month")]),
        # near miss: travel news, the trip before is a leg the story dates
        ("Kim Jong Il returned to Pyongyang on Thursday after his visit to China.", D(2011, 6, 10),
         [("PRK", "CHN", "occurred", D(2011, 6, 9), D(2011, 6, 9), "day")]),
        ("Kim Jong Il passed through Northeast China following his visit to Russia, and Dai Bingguo saw him off on "
         "Friday.", D(2011, 8, 27), [("PRK", "RUS", "occurred", D(2011, 8, 26), D(2011, 8, 26), "day")]),
        ("Prime Minister Shinzo Abe flew home on Friday following his visit to Iran.", D(2019, 5, 2),
         [("JPN", "IRN", "occurred", D(2019, 4, 26), D(2019, 4, 26), "day")]),
    ],
)
def test_reference_point_near_misses_keep_their_date(extractor, text, pub, expected):
    assert visits(extractor, text, pub, url=None if pub.year == 2019 else AGENCY) == expected


# -- 3. a message or lecture told after the trip ----------------------------------------------------------------------
def test_message_of_thanks_leaves_the_trip_undated(extractor):
    text = ("Choe Yong Rim on Friday sent a message of thanks to Wen Jiabao for the hospitality accorded to him during "
            "his visit to China.")
    assert visits(extractor, text, D(2011, 10, 1)) == [("PRK", "CHN", "occurred", None, None, "unknown")]


def test_letter_handed_during_a_dated_arrival_keeps_the_arrival_day(extractor):
    # near miss: the trip is the news (arrived on Thursday); the letter handed during it does not undate it
    text = "The Lao president arrived here on Thursday. He handed a letter to Kim Yong Nam during his visit to the DPRK."
    assert visits(extractor, text, D(2011, 10, 1)) == [("LAO", "PRK", "occurred", D(2011, 9, 29), D(2011, 9, 29), "day")]
