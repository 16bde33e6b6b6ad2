"""Visits session 11: long wire stories (newslens/extract/visit_long_wire.py, data/lexicons/visit_long_wire.csv)."""
from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from newslens.extract import ArticleInput
from newslens.extract.dates import DateSpan
from newslens.extract.visit_long_wire import LongWire
from newslens.schema import conform

D = dt.date


def newswire(extractor, text, pub):
    out = extractor.extract(ArticleInput("s11", None, text, pub, None))
    conform(out["visits"], "visits")
    return sorted((v["visitor_id"], v["host_iso3"], v["status"], v["date_start"], v["date_precision"])
                  for v in out["visits"])


# -- a capital or country named only as a government is no host ----------------------------------------------------
@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        # "who arrived on <day>, met X and <verb> <capital>": the capital is the government the guest spoke of
        ("MANILA (AP) — Vietnamese Prime Minister Nguyen Tan Dung, who arrived on Tuesday, met President Benigno "
         "Aquino and criticised Beijing over its oil rig.", D(2014, 5, 13),
         [("person:nguyen-tan-dung", "PHL", "occurred", D(2014, 5, 13), "day")]),
        ("TOKYO (Reuters) - Paraguayan President Santiago Pena, who landed on Monday, met Fumio Kishida and thanked "
         "the few countries that still recognise Taipei.", D(2023, 8, 15),
         [("person:santiago-pena", "JPN", "occurred", D(2023, 8, 14), "day")]),
        ("GENEVA (AFP) - German Foreign Minister Frank-Walter Steinmeier, who arrived on Wednesday, met Ban Ki-moon "
         "ahead of a conference on Yemen.", D(2015, 3, 11),
         [("person:frank-walter-steinmeier", "CHE", "occurred", D(2015, 3, 11), "day")]),
        ("ADDIS ABABA (AP) — Turkish President Recep Tayyip Erdogan, who arrived on Tuesday, met Hailemariam "
         "Desalegn and Riyadh's foreign minister.", D(2015, 3, 11),
         [("person:recep-tayyip-erdogan", "ETH", "occurred", D(2015, 3, 10), "day")]),
        ("CANBERRA (Reuters) - Solomon Islands Prime Minister Manasseh Sogavare, who arrived on Friday, met Scott "
         "Morrison days after his government cut its ties with Taipei.", D(2019, 9, 21),
         [("person:manasseh-sogavare", "AUS", "occurred", D(2019, 9, 20), "day")]),
        ("OTTAWA (Reuters) - Ukrainian President Petro Poroshenko, who arrived on Monday, met Justin Trudeau and "
         "called for sanctions against Moscow.", D(2017, 6, 20),
         [("person:petro-poroshenko", "CAN", "occurred", D(2017, 6, 19), "day")]),
        # near misses: the capital is also the place he went to; the dateline's own capital; a trip made "to
        # improve ties with" the host; a country's (not a city's) president greeting the guest
        ("U.S. Secretary of State John Kerry arrived in Moscow on Tuesday and accused Moscow of arming the rebels.",
         D(2014, 3, 4), [("person:john-kerry", "RUS", "occurred", D(2014, 3, 4), "day")]),
        ("MOSCOW (Reuters) - U.S. Secretary of State John Kerry, who arrived on Tuesday, accused Moscow of arming the "
         "rebels.", D(2014, 3, 4), [("person:john-kerry", "RUS", "occurred", D(2014, 3, 4), "day")]),
        ("Indian Prime Minister Narendra Modi arrived in Dhaka on Saturday to improve ties with Bangladesh.",
         D(2015, 6, 7), [("person:narendra-modi", "BGD", "occurred", D(2015, 6, 6), "day")]),
        ("Chinese President Xi Jinping arrived on Friday and was greeted by Fiji's president.", D(2014, 11, 21),
         [("person:xi-jinping", "FJI", "occurred", D(2014, 11, 21), "day")]),
    ],
)
def test__extract__a_capital_named_as_a_government_is_no_host(extractor, text, pub, expected):
    assert newswire(extractor, text, pub) == expected


# -- "It comes two months after X visited A": dated back from the story's day ----------------------------------------
@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        ("The trip comes three months after Japanese Prime Minister Shinzo Abe visited Kenya and Ethiopia.",
         D(2014, 6, 10),
         [("person:shinzo-abe", "ETH", "occurred", D(2014, 3, 1), "month"),
          ("person:shinzo-abe", "KEN", "occurred", D(2014, 3, 1), "month")]),
        ("It comes a year after Indian Prime Minister Narendra Modi toured Israel.", D(2018, 7, 5),
         [("person:narendra-modi", "ISR", "occurred", D(2017, 1, 1), "year")]),
        ("Her visit comes barely two months after German Chancellor Angela Merkel travelled to China.", D(2016, 8, 20),
         [("person:angela-merkel", "CHN", "occurred", D(2016, 6, 1), "month")]),
        # near misses: the clause after "after" is not the trip's; the months count from something else
        ("It comes two months after the ceasefire; Angela Merkel visited Kiev on Tuesday.", D(2015, 2, 12),
         [("person:angela-merkel", "UKR", "occurred", D(2015, 2, 10), "day")]),
        ("Japanese Prime Minister Shinzo Abe visited Kenya on Monday, two months after he took office.", D(2014, 1, 15),
         [("person:shinzo-abe", "KEN", "occurred", D(2014, 1, 13), "day")]),
    ],
)
def test__extract__comes_months_after_a_trip_dates_it_back(extractor, text, pub, expected):
    assert newswire(extractor, text, pub) == expected


# -- legs told by where the traveller came from (tests/gold/README.md, eleventh session) -----------------------------
@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        # the stop he came from: occurred, in the month of the arrival (the day told is the arrival's)
        ("Indian Prime Minister Narendra Modi flew in from Tokyo on Monday for talks with Australian Prime Minister "
         "Anthony Albanese in Canberra.", D(2012, 3, 8),
         [("person:narendra-modi", "AUS", "occurred", D(2012, 3, 5), "day"),
          ("person:narendra-modi", "JPN", "occurred", D(2012, 3, 1), "month")]),
        ("Swedish President Anna Berg came in from Hanoi late on Friday, aides said.", D(2012, 3, 8),
         [("person:anna-berg", "VNM", "occurred", D(2012, 3, 1), "month")]),
        ("Chinese Premier Li Qiang arrived in Bangkok on Tuesday from Hanoi, where he had held talks with Vietnamese "
         "leaders.", D(2024, 5, 14),
         [("person:li-qiang", "THA", "occurred", D(2024, 5, 14), "day"),
          ("person:li-qiang", "VNM", "occurred", D(2024, 5, 1), "month")]),
        # near misses: a "where" clause dates the stop itself; his own capital; a stop "via" a city
        ("Brazilian President Lula came to Lisbon from Madrid, where he met Spanish Prime Minister Pedro Sanchez on "
         "Tuesday.", D(2012, 3, 8),
         [("person:luiz-inacio-lula-da-silva", "ESP", "occurred", D(2012, 3, 6), "day"),
          ("person:luiz-inacio-lula-da-silva", "PRT", "occurred", D(2012, 3, 6), "day")]),
        ("Japanese Prime Minister Fumio Kishida arrived in Paris on Monday from Tokyo.", D(2012, 3, 8),
         [("person:fumio-kishida", "FRA", "occurred", D(2012, 3, 5), "day")]),
        ("Chinese President Xi Jinping arrived in Brasilia on Sunday via Madrid after a refuelling stop.", D(2012, 3, 8),
         [("person:xi-jinping", "BRA", "occurred", D(2012, 3, 4), "day")]),
    ],
)
def test__extract__the_stop_a_traveller_came_from_keeps_the_month(extractor, text, pub, expected):
    assert newswire(extractor, text, pub) == expected


# -- an undated trip to the dateline's country takes the lede's day (unit level: the pass alone) ---------------------
def _record(text, who, host, date=None):
    start = text.index(who)
    s0 = text.rfind(". ", 0, start) + 2 if ". " in text[:start] else 0
    e0 = text.find(".", start) + 1
    visitor = SimpleNamespace(start=start, end=start + len(who))
    return SimpleNamespace(visitor=visitor, host_iso3=host, status="occurred", date=date, sentence=(s0, e0),
                           is_domestic=False, earlier=False, place=None)


LEDE = DateSpan(D(2016, 9, 5), D(2016, 9, 5), "day", "on Monday")


@pytest.mark.parametrize(
    ("text", "who", "dated"),
    [
        ("Leaders met on Monday. Theresa May held talks with the Chinese leader before the final session.", "Theresa May", True),
        ("Leaders met on Monday. Talks ran late, and Justin Trudeau joined the host at the lake.", "Justin Trudeau", True),
        ("Leaders met on Monday. Matteo Renzi flew in overnight and saw the Chinese premier.", "Matteo Renzi", True),
        # near misses: his clause puts the trip in the past
        ("Leaders met on Monday. Recep Tayyip Erdogan has held talks with the Chinese leader many times.", "Recep Tayyip Erdogan", False),
        ("Leaders met on Monday. Tony Blair last saw the Chinese leader here in 2005.", "Tony Blair", False),
        ("Leaders met on Monday. Talks ran late; Gordon Brown had been to the city once.", "Gordon Brown", False),
    ],
)
def test__date_undated_scene_trips__the_lede_day_unless_past(text, who, dated):
    rec = _record(text, who, "CHN")
    LongWire().date_undated_scene_trips(text, [rec], [], "CHN", LEDE)
    assert (rec.date == LEDE) is dated


def test__date_undated_scene_trips__only_the_dateline_country():
    text = "Leaders met on Monday. Theresa May held talks with the Chinese leader before the final session."
    rec = _record(text, "Theresa May", "JPN")
    LongWire().date_undated_scene_trips(text, [rec], [], "CHN", LEDE)
    assert rec.date is None


# -- the date of an office taken is not the trip's -------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        # the lede's day when the trip goes to the dateline's country, else the month of the story
        ("BERLIN (Reuters) - Chancellor Angela Merkel received her guest at the chancellery on Tuesday. Argentine "
         "President Mauricio Macri, who took office in December, is on his first trip to Germany.", D(2016, 2, 17),
         [("person:mauricio-macri", "DEU", "occurred", D(2016, 2, 16), "day")]),
        ("TOKYO (AP) — Shinzo Abe hosted a dinner on Wednesday. Philippine President Rodrigo Duterte, sworn in on "
         "June 30, came to Japan for talks on maritime security.", D(2016, 10, 26),
         [("person:rodrigo-duterte", "JPN", "occurred", D(2016, 10, 26), "day")]),
        ("Brazilian President Jair Bolsonaro, inaugurated on Jan. 1, is making his first visit to Chile.", D(2019, 3, 23),
         [("person:jair-bolsonaro", "CHL", "occurred", D(2019, 3, 1), "month")]),
        # near misses: the trip has its own date; the office is told after the trip's date; a past trip's own year
        ("BERLIN (Reuters) - Chancellor Angela Merkel received her guest on Tuesday. Argentine President Mauricio "
         "Macri, who took office in December, visited Germany on Monday.", D(2016, 2, 17),
         [("person:mauricio-macri", "DEU", "occurred", D(2016, 2, 15), "day")]),
        ("Argentine President Mauricio Macri visited Germany in January, a month after he took office.", D(2016, 2, 17),
         [("person:mauricio-macri", "DEU", "occurred", D(2016, 1, 1), "month")]),
        ("Brazilian President Jair Bolsonaro, inaugurated on Jan. 1, visited Chile in 2017 as a congressman.",
         D(2019, 3, 23), [("person:jair-bolsonaro", "CHL", "occurred", D(2017, 1, 1), "year")]),
    ],
)
def test__extract__the_date_of_an_office_taken_is_not_the_trips(extractor, text, pub, expected):
    assert newswire(extractor, text, pub) == expected


# == review s11 (V1-V5): the reviewer's sentences, each wrong before the fix, and own-words cases ====================
# V1: an office date is replaced only when the office is the traveller's own (", who took office in December,"), no
# year or "last" is told, it is within a year of the story, and the sentence gives no other date
@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        ("Modi made his first trip abroad to Bhutan after he was sworn in on May 26, 2014.", D(2024, 5, 1),
         [("person:narendra-modi", "BTN", "occurred", D(2014, 5, 26), "day")]),
        ("Shortly after he took office in January 2001, George W. Bush flew to Mexico to meet Vicente Fox.",
         D(2024, 5, 1), [("person:george-w-bush", "MEX", "occurred", D(2001, 1, 1), "month")]),
        ("Scholz went to Washington after he took office in December 2021, meeting Biden at the White House.",
         D(2024, 5, 1), [("person:olaf-scholz", "USA", "occurred", D(2021, 12, 1), "month")]),
        ("Macron last went to Warsaw to meet Tusk, who took office in December.", D(2024, 5, 1),
         [("person:emmanuel-macron", "POL", "occurred", D(2023, 12, 1), "month")]),
        ("Sunak travelled to Kyiv after taking office in October, pledging more air defence.", D(2023, 2, 15),
         [("person:rishi-sunak", "UKR", "occurred", D(2022, 10, 1), "month")]),
        ("Hours after being sworn in on Sunday, Milei flew to Israel.", D(2024, 2, 7),
         [("person:javier-milei", "ISR", "occurred", D(2024, 2, 4), "day")]),
        ("ABU DHABI (Reuters) - Indian Prime Minister Narendra Modi, visiting the UAE, inaugurated on Wednesday the "
         "first Hindu temple in Abu Dhabi.", D(2024, 5, 1),
         [("person:narendra-modi", "ARE", "occurred", D(2024, 5, 1), "day")]),
        # own words: the traveller's own office, but its year is told
        ("Kenyan President William Ruto, who took office in September 2022, is on his first trip to Japan.",
         D(2024, 2, 7), [("person:william-ruto", "JPN", "occurred", D(2022, 9, 1), "month")]),
    ],
)
def test__extract__review_s11_an_office_date_stays_unless_the_travellers_own_and_recent(extractor, text, pub, expected):
    assert newswire(extractor, text, pub) == expected


def test__extract__review_s11_another_persons_office_under_a_dateline(extractor):
    text = ("WARSAW (Reuters) - Tusk met Scholz on Tuesday. Macron visited Poland to see Tusk, who took office in "
            "December.")
    got = newswire(extractor, text, D(2024, 5, 1))
    assert ("person:emmanuel-macron", "POL", "occurred", D(2023, 12, 1), "month") in got


@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        # own words: the traveller's own office in the story's days, no other date: the story's month
        ("Chilean President Gabriel Boric, who took office in March, is making his first visit to Argentina.",
         D(2022, 4, 4), [("person:gabriel-boric", "ARG", "occurred", D(2022, 4, 1), "month")]),
        # another person's office date in the clause before the semicolon is not the trip's: the lede's day
        ("TOKYO (Reuters) - Fumio Kishida hosted talks on Wednesday. Kishida has not gone abroad since he took office "
         "in October; Philippine President Ferdinand Marcos Jr, sworn in on June 30, came to him.", D(2022, 11, 10),
         [("person:ferdinand-marcos-jr", "JPN", "occurred", D(2022, 11, 9), "day")]),
        ("Italian Prime Minister Giorgia Meloni, sworn in on Oct. 22, chose Brussels for her first trip to Belgium "
         "as premier.", D(2022, 11, 3), [("person:giorgia-meloni", "BEL", "occurred", D(2022, 11, 1), "month")]),
    ],
)
def test__extract__review_s11_own_recent_office_still_gives_the_story_month(extractor, text, pub, expected):
    assert newswire(extractor, text, pub) == expected


# V2: "comes N months after" dates back only the trip of the clause itself, never a trip with a date of its own
@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        ("Putin's visit to Pyongyang comes 24 years after he last went there in 2000, and Putin flew to Pyongyang on "
         "Tuesday.", D(2024, 6, 19), [("person:vladimir-putin", "PRK", "occurred", D(2024, 6, 18), "day")]),
        ("MADRID (Reuters) - The visit comes two months after Sanchez was in Beijing, and Xi flew to Madrid on "
         "Tuesday for talks.", D(2024, 5, 1), [("person:xi-jinping", "ESP", "occurred", D(2024, 4, 30), "day")]),
        ("Biden's trip comes a year after he visited Ukraine, and Biden flew to Kyiv on Tuesday.", D(2024, 5, 1),
         [("person:joe-biden", "UKR", "occurred", D(2024, 4, 30), "day")]),
        ("KYIV (Reuters) - It comes three months after the summit, and Sunak travelled to Kyiv on Tuesday.",
         D(2024, 5, 1), [("person:rishi-sunak", "UKR", "occurred", D(2024, 4, 30), "day")]),
        # own words: a trip of its own after "but" keeps its day
        ("The meeting comes six months after the talks collapsed, but Lula flew to Caracas on Friday.", D(2024, 5, 1),
         [("person:luiz-inacio-lula-da-silva", "VEN", "occurred", D(2024, 4, 26), "day")]),
    ],
)
def test__extract__review_s11_comes_after_keeps_a_trip_of_its_own(extractor, text, pub, expected):
    assert newswire(extractor, text, pub) == expected


# V3: a trip told in a relative clause with a past verb is past: no lede day
@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Turkish officials met Russian diplomats on Monday. Putin, who visited Turkey before the pandemic, is "
         "expected to come again.", "Putin"),
        ("Erdogan hosted Zelenskiy on Monday. Putin, who visited Turkey after the jet was downed, did not attend.",
         "Putin"),
        ("Erdogan hosted Zelenskiy on Monday. Putin, who came to Turkey before the war, did not attend.", "Putin"),
        ("Officials met on Monday. Xi, who toured India before the border clash, has not returned.", "Xi"),
        ("Leaders met on Monday. Matteo Renzi, who flew in overnight, saw the Chinese premier.", "Matteo Renzi"),
    ],
)
def test__date_undated_scene_trips__review_s11_a_relative_clause_trip_is_past(text, who):
    rec = _record(text, who, "CHN")
    LongWire().date_undated_scene_trips(text, [rec], [], "CHN", LEDE)
    assert rec.date is None


# V5: "arrived for talks on Lebanon" with no other country named after the traveller: the talks are the trip's
@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        ("U.S. envoy Amos Hochstein arrived on Tuesday for talks on Lebanon, meeting Lebanese officials in the capital.",
         D(2024, 5, 1), [("person:amos-hochstein", "LBN", "occurred", D(2024, 4, 30), "day")]),
        # near misses: the talks are held in another capital; a conference is no trip
        ("French Foreign Minister Stephane Sejourne arrived in Paris on Tuesday for talks on Lebanon with Arab "
         "ministers.", D(2024, 5, 1), []),
        ("German Chancellor Olaf Scholz hosted a conference on Lebanon in Berlin on Tuesday.", D(2024, 5, 1), []),
    ],
)
def test__extract__review_s11_talks_on_a_country_the_traveller_came_to(extractor, text, pub, expected):
    assert newswire(extractor, text, pub) == expected
