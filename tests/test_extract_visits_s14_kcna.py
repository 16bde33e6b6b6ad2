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
