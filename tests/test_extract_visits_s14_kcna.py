"""Visits session 14: trips a state agency tells without a verb of travel (newslens/extract/visit_kcna14.py,
data/lexicons/visit_kcna14.csv). Fixtures are in our own words; the agency's address only tells "here"."""
from __future__ import annotations

import datetime as dt

import pytest

from newslens.extract import ArticleInput
from newslens.extract.visit_kcna14 import Kcna14Words
from newslens.schema import conform

D = dt.date
AGENCY = "http://www.kcna.co.jp/item/2012/201209/news12/x.htm"


def agency(extractor, text, pub, url=AGENCY):
    out = extractor.extract(ArticleInput("s14k", None, text, pub, url))
    conform(out["visits"], "visits")
    return sorted((v["visitor_iso3"], v["host_iso3"], v["status"], v["date_start"], v["date_precision"])
                  for v in out["visits"] if not v["is_domestic"])


def test__kcna14_words__lexicon_loads_every_kind():
    words = Kcna14Words()
    assert words.meeting_re.search("a confab") and words.recent_re.search("some days ago")
    assert words.side_re.match("governments") and words.gift_re.search("handed over")


# -- a meeting at a named place told only by who took part -------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        # the opening subject did something "at the talks held in <capital>"
        ("Cuba and Venezuela signed an energy accord at the ministerial talks held in Caracas on March 3.",
         D(2012, 3, 10), [("CUB", "VEN", "occurred", D(2012, 3, 3), "day")]),
        # the subject's chiefs "held a confab in <capital>": every side but the place's own
        ("On May 14, the defence chiefs of Australia, India and Japan held a confab in New Delhi to plan naval drills.",
         D(2024, 5, 20), [("AUS", "IND", "occurred", D(2024, 5, 14), "day"),
                          ("JPN", "IND", "occurred", D(2024, 5, 14), "day")]),
        # the meeting named by a country compound, "recently": the publication month
        ("A meeting of the Russia-China intergovernmental commission took place in Moscow recently, a paper said.",
         D(2012, 11, 5), [("CHN", "RUS", "occurred", D(2012, 11, 1), "month")]),
        # ahead: planned, on the day told
        ("The Thai and Cambodian governments will hold talks in Kuala Lumpur on October 8 to settle the border row.",
         D(2011, 9, 30), [("KHM", "MYS", "planned", D(2011, 10, 8), "day"),
                          ("THA", "MYS", "planned", D(2011, 10, 8), "day")]),
    ],
)
def test__meetings_abroad__each_side_from_elsewhere_went_there(extractor, text, pub, expected):
    assert agency(extractor, text, pub) == expected


@pytest.mark.parametrize(
    ("text", "pub"),
    [
        # the subject only speaks about a meeting of others (no "at the talks", no "held talks")
        ("China criticised the talks held in Washington on June 2 over arms sales.", D(2011, 6, 8)),
        # by video: nobody travelled
        ("Brazil and Argentina held talks in Buenos Aires by video link on April 4.", D(2012, 4, 9)),
        # denied
        ("Japan and the ROK did not hold any talks in Seoul on May 3, the ministry said.", D(2012, 5, 9)),
        # another year and no month: no time of its own
        ("Britain and France signed the treaty at the summit held in Paris in 2009.", D(2012, 2, 1)),
        # no time at all
        ("Egypt and Jordan agreed on water sharing at the talks held in Cairo.", D(2012, 2, 1)),
        # the only day told is the day a later clause reports it, not the meeting's
        ("The U.S. pushed the Chile-Peru defence talks that took place in Lima to sign a pact, a weekly said in an "
         "article on Jan. 12.", D(2011, 1, 17)),
        # only proposed, or urged on others
        ("Japan and the ROK proposed to hold talks in Beijing on May 3.", D(2012, 5, 9)),
        ("Egypt and Jordan urged Iraq to hold a summit in Amman on May 3.", D(2012, 5, 9)),
        # drills are no meeting
        ("The Chinese and Russian navies held drills in Vladivostok on July 3.", D(2012, 7, 10)),
    ],
)
def test__meetings_abroad__near_misses_give_nothing(extractor, text, pub):
    assert agency(extractor, text, pub) == []


# -- a giver told as on a visit here -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        # "received a gift from <description> on a visit to the DPRK"; the next sentence gives the day
        ("Kim Jong Un received a gift from the commander of the Cuban Revolutionary Navy on a visit to the DPRK.\n"
         "The gift was handed to an official concerned on Monday.",
         D(2012, 6, 12), [("CUB", "PRK", "occurred", D(2012, 6, 11), "day")]),
        # "by <description>, on a visit here, on <day>"
        ("Kim Jong Un was presented with a gift by the head of the Ugandan army band, on a visit here, on Wednesday.",
         D(2012, 8, 3), [("UGA", "PRK", "occurred", D(2012, 8, 1), "day")]),
        # "on his visit to the DPRK", no day told: the publication month
        ("The leader received a gift from the secretary general of the Socialist Party of Peru on his visit to the "
         "DPRK.",
         D(2011, 10, 15), [("PER", "PRK", "occurred", D(2011, 10, 1), "month")]),
    ],
)
def test__visiting_givers__the_givers_country_visits(extractor, text, pub, expected):
    assert agency(extractor, text, pub) == expected


@pytest.mark.parametrize(
    ("text", "pub"),
    [
        # a gift with no visit told: sent from abroad
        ("Kim Jong Un received a gift from the chief of staff of the Mongolian army.\n"
         "It was handed to an official concerned on Monday.", D(2012, 6, 12)),
        # a posted envoy hands it over
        ("The gift was handed over by the Ethiopian ambassador, on a visit to the DPRK's western coast, on Friday.",
         D(2012, 6, 16)),
        # a visit ahead
        ("The leader received a gift from Pedro Lima, a Brazilian lawmaker who will be on a visit to the DPRK soon.",
         D(2012, 6, 12)),
    ],
)
def test__visiting_givers__near_misses_give_nothing(extractor, text, pub):
    assert agency(extractor, text, pub) == []


# -- a roster of guests present at an event here -----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        # a body named for the home country with its own country first, and "Solidarity with the Korean People"
        ("A seminar on the Juche idea opened at the People's Palace of Culture in Pyongyang on Tuesday.\n"
         "Present there were Carlos Mendez, chairman of the Chile-DPRK Friendship Society, and his party, and Amina "
         "Diallo, secretary of the Senegalese Committee for Solidarity with the Korean People.",
         D(2012, 3, 21), [("CHL", "PRK", "occurred", D(2012, 3, 20), "day"),
                          ("SEN", "PRK", "occurred", D(2012, 3, 20), "day")]),
        # the list goes on in the next sentence: "They are ..."
        ("A scientific conference marking the anniversary of the technical college opened here on Monday.\n"
         "Also present there were foreign delegations who came for the conference. They are a delegation of the Hanoi "
         "University of Science of Vietnam led by its rector, and Dr. Ivan Petrov who is delegate of Tomsk State "
         "University of Russia.",
         D(2012, 10, 2), [("RUS", "PRK", "occurred", D(2012, 10, 1), "day"),
                          ("VNM", "PRK", "occurred", D(2012, 10, 1), "day")]),
        # "Among the guests were"
        ("A reception marking the national day was given here on Friday.\n"
         "Among the guests were a delegation of the Ministry of Agriculture of Ethiopia and a troupe of the National "
         "Ballet of Cambodia.",
         D(2012, 9, 1), [("ETH", "PRK", "occurred", D(2012, 8, 31), "day"),
                         ("KHM", "PRK", "occurred", D(2012, 8, 31), "day")]),
    ],
)
def test__present_rosters__each_foreign_guest_country_visits(extractor, text, pub, expected):
    assert agency(extractor, text, pub) == expected


@pytest.mark.parametrize(
    ("text", "pub"),
    [
        # the event is abroad (the lede's place)
        ("A seminar on the Juche idea was held in Lima on Tuesday.\n"
         "Present there were Carlos Mendez, chairman of the Chile-DPRK Friendship Society, and officials of the "
         "Peruvian Juche study group.", D(2012, 3, 21)),
        # an earlier sentence puts the events abroad
        ("Events marking the birthday took place in various countries last week.\n"
         "They included talks in Ghana and Mali.\n"
         "Present at the events were members of the Ghanaian Juche Study Group and the Mali-Korea Friendship "
         "Association.", D(2012, 3, 21)),
        # posted envoys, embassy staff and residents are no guests
        ("A photo show opened here on Monday.\n"
         "Present there were the Cuban ambassador to the DPRK, staff members of the Laotian embassy and Egyptian "
         "teachers living in Pyongyang.", D(2012, 3, 21)),
        # residents and envoys named by their people
        ("An exhibition opened here on Friday.\n"
         "Present there were Chinese residents, diplomatic envoys of Laos and military attaches of Russia.", D(2012, 3, 21)),
        # a home body named for a foreign country (home first), and "anti-Japanese" veterans
        ("A concert took place here on Sunday.\n"
         "Present there were Kim Yong Dae, chairman of the Korea-Nepal Friendship Association, and anti-Japanese war "
         "veterans.", D(2012, 3, 21)),
    ],
)
def test__present_rosters__near_misses_give_nothing(extractor, text, pub):
    assert agency(extractor, text, pub) == []
