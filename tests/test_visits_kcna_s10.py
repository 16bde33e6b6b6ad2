"""Session 10 registry review R1-R3: guests named by office in a home outlet's capital story, an office holder's
envoy, and bare surnames that name other people. Own-words sentences (no gold, probe or corpus text).

R1: a home official (not a head) "met" a newly registered foreign head with no place. The session-8 rule "a minister
goes to a head of state" sent the home official abroad; in a story datelined in the home capital ("Pyongyang, ...
(KCNA) --") the foreigner is the guest. Choe Ryong Hae's registry role (President of the Presidium ...) is no head
role, unlike Pak Pong Ju's or Kim Jong Un's, and only the new rows made "the Georgian prime minister" a registered
head (a foreign minister never was one).
R2: "the Nepali king's envoy" is the king's envoy, not the king.
R3: lone "Kuczynski" and "Abela" are not the Peruvian president or the Maltese prime minister.
"""
from __future__ import annotations

import datetime as dt

import pytest

from newslens.extract import ArticleInput

D = dt.date
KCNA = "http://www.kcna.co.jp/item/x"
WIRE = "https://www.reuters.com/world/x"


def visits(extractor, text, pub, url=KCNA):
    r = extractor.extract(ArticleInput("s10k", "", text, pub, url))
    return {(v["visitor_id"], v["host_iso3"]) for v in r["visits"] if not v["is_domestic"]}


# -- R1: the foreign office holder is the guest of a capital-datelined home story

@pytest.mark.parametrize("text, pub, guest, host_person", [
    ("Pyongyang, June 12 (KCNA) -- Choe Ryong Hae met the Mongolian president on Wednesday.",
     D(2024, 6, 13), "person:ukhnaa-khurelsukh", "person:choe-ryong-hae"),
    ("Pyongyang, March 5 (KCNA) -- Foreign Minister Choe Son Hui met with the Lao prime minister on Monday.",
     D(2024, 3, 6), "person:sonexay-siphandone", "person:choe-son-hui"),
    ("Pyongyang, October 8 (KCNA) -- Choe Ryong Hae met the Georgian president and her party at the Mansudae "
     "Assembly Hall on Friday.", D(2021, 10, 9), "person:salome-zourabichvili", "person:choe-ryong-hae"),
    ("Pyongyang, August 20 (KCNA) -- Choe Ryong Hae met the Nepali prime minister on Tuesday.",
     D(2024, 8, 21), "person:khadga-prasad-sharma-oli", "person:choe-ryong-hae"),
])
def test_capital_dateline_makes_the_foreign_head_the_guest(extractor, text, pub, guest, host_person):
    got = visits(extractor, text, pub)
    assert (guest, "PRK") in got
    assert not any(v == host_person for v, _h in got)


@pytest.mark.parametrize("text, pub, want, not_want", [
    # a genuine trip abroad, told in the sentence: Choe went
    ("Pyongyang, June 12 (KCNA) -- Choe Ryong Hae, now on an official visit to Mongolia, met the Mongolian president "
     "in Ulaanbaatar on Wednesday.", D(2024, 6, 13), ("person:choe-ryong-hae", "MNG"),
     ("person:ukhnaa-khurelsukh", "PRK")),
    # the trip told in the sentence before: the meeting is on it
    ("Pyongyang, June 12 (KCNA) -- Choe Son Hui arrived in Ulaanbaatar on Tuesday. She met the Mongolian president "
     "on Wednesday.", D(2024, 6, 13), ("person:choe-son-hui", "MNG"), ("person:ukhnaa-khurelsukh", "PRK")),
    # not the lead: a later item of a capital-datelined review keeps the session-8 rule
    ("Pyongyang, June 12 (KCNA) -- Papers carried these items on Wednesday.\n- Foreign Minister Choe Son Hui met "
     "with the Mongolian president.", D(2024, 6, 13), ("person:choe-son-hui", "MNG"),
     ("person:ukhnaa-khurelsukh", "PRK")),
    # no capital dateline: the session-8 rule stands (a minister goes to the head)
    ("DPRK Foreign Minister Choe Son Hui met with the Mongolian president.", D(2024, 6, 13),
     ("person:choe-son-hui", "MNG"), ("person:ukhnaa-khurelsukh", "PRK")),
])
def test_trips_abroad_and_undated_stories_keep_the_home_official_as_traveller(extractor, text, pub, want, not_want):
    got = visits(extractor, text, pub)
    assert want in got
    assert not_want not in got


# -- R2: an office holder's envoy or delegation is not the office holder

KING_2005 = "person:gyanendra-bir-bikram-shah"


@pytest.mark.parametrize("text, pub, url, holder", [
    ("Pyongyang, May 31 (KCNA) -- Pak Pong Ju met the Nepali king's envoy on Tuesday.", D(2005, 6, 1), KCNA, KING_2005),
    ("Pyongyang, May 31 (KCNA) -- Kim Yong Nam received the Nepali king's special envoy on Monday.",
     D(2005, 6, 1), KCNA, KING_2005),
    ("The Mongolian president's personal representative arrived in Seoul on Thursday for talks on mining.",
     D(2024, 6, 14), WIRE, "person:ukhnaa-khurelsukh"),
    ("The Lao prime minister's delegation flew to Hanoi on Monday for the border talks.",
     D(2024, 3, 6), WIRE, "person:sonexay-siphandone"),
])
def test_the_holders_envoy_is_not_the_holder(extractor, text, pub, url, holder):
    got = visits(extractor, text, pub, url)
    assert not any(v == holder for v, _h in got)


@pytest.mark.parametrize("text, pub, want", [
    ("The Nepali king arrived in Beijing on Tuesday with his envoy for China.", D(2005, 6, 1),
     (KING_2005, "CHN")),
    ("The Mongolian president flew to Tokyo on Thursday; his envoy stayed home.", D(2024, 6, 14),
     ("person:ukhnaa-khurelsukh", "JPN")),
])
def test_the_holder_travelling_with_an_envoy_is_still_the_holder(extractor, text, pub, want):
    assert want in visits(extractor, text, pub, WIRE)


# -- R3: bare surnames of other people

@pytest.mark.parametrize("text, pub", [
    ("Polish historian Kuczynski arrived in Berlin on Tuesday to present his book on the shipyard strikes.",
     D(2017, 5, 2)),
    ("The Abela family from Zejtun flew to Australia on Tuesday to see their cousins.", D(2024, 5, 1)),
    ("Abela, a Maltese baker, flew to Sydney on Monday for a pastry fair.", D(2012, 5, 1)),
])
def test_bare_shared_surname_gives_no_trip(extractor, text, pub):
    assert visits(extractor, text, pub, WIRE) == set()


def test_full_names_still_travel(extractor):
    assert ("person:pedro-pablo-kuczynski", "DEU") in visits(
        extractor, "Pedro Pablo Kuczynski arrived in Berlin on Tuesday for talks with Merkel.", D(2017, 5, 2), WIRE)
    assert ("person:robert-abela", "ITA") in visits(
        extractor, "Robert Abela flew to Rome on Tuesday for talks on migration.", D(2024, 5, 1), WIRE)
