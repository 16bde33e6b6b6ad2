"""Visits session 22: shapes that six readers found in real stories and in the development gold (KCNA 2011 and 2012
trip stories, a record-first precision audit, stories with no record, the text-register errors of the development
gold, and wire passages written to probe the rules), each fixture written in our own words. A home outlet's address
only tells "here" (``AGENCY``); the wire fixtures pass none. See tests/gold/FINDINGS.md, twenty-second session."""
from __future__ import annotations

import datetime as dt

import pytest

from newslens.extract.text import sentence_spans
from tests.real_text_helpers import DAY, MONTH, keys, run

D = dt.date


def people(rows):
    """(visitor id, host, status) of each foreign visit, sorted."""
    return sorted((v["visitor_id"], v["host_iso3"], v["status"]) for v in rows if not v["is_domestic"])


# -- who travels ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative named in the appositive of the one who acts is not the traveller
        ("Kim Yo Jong, the younger sister of North Korean leader Kim Jong Un, met South Korean President Moon Jae-in "
         "in Seoul on Saturday.", [("person:kim-yo-jong", "KOR", "occurred")]),
        ("Kim Hong Gol, youngest son of former President Kim Dae Jung of South Korea, arrived in Pyongyang on Saturday.",
         [("person:kim-hong-gol", "PRK", "occurred")]),
        # the head of a world body travelling for it is no visit of his country; a former one travels for himself
        ("UN Secretary-General Antonio Guterres flew into Kyiv on Thursday, days after seeing Putin in Moscow.", []),
        ("Ban Ki-moon, the former UN chief, landed in Pyongyang on Thursday.", [("person:ban-ki-moon", "PRK", "occurred")]),
        # "the U.S. Joint Chiefs" is a body, not a person the next "his" could stand for
        ("Admiral Mike Mullen, who chaired the U.S. Joint Chiefs of Staff, spoke to reporters during his junket to "
         "South Korea last week.", [("person:mike-mullen", "KOR", "occurred")]),
        # a name with a particle before its last part, placed by the seat of the body he heads
        ("Alejandro Cao de Benos, president of the Korean Friendship Association headquartered in Spain, landed in "
         "Pyongyang on Monday.", [("person:alejandro-cao-de-benos", "PRK", "occurred")]),
    ],
)
def test__visits__who_travels_s22(extractor, text, expected):
    assert people(run(extractor, text, D(2022, 4, 30), None)["visits"]) == expected


def test__visits__an_is_a_korean_surname_before_two_short_names_s22(extractor):
    rows = run(extractor, "Pyongyang, June 4 (KCNA) -- Foreign Minister An Kuk Thae of the DPRK left here on Monday "
                          "for Beijing.", D(2012, 6, 4))["visits"]
    assert [(v["visitor_id"], v["host_iso3"]) for v in rows] == [("person:an-kuk-thae", "CHN")]
    rows = run(extractor, "Pyongyang, June 4 (KCNA) -- An Iraqi trade delegation arrived here on Monday.",
               D(2012, 6, 4))["visits"]
    assert keys(rows) == [("IRQ", "PRK", "occurred", D(2012, 6, 4), DAY)]


# -- what the talks are about is no place ---------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("WASHINGTON, March 3 (Yonhap) -- Foreign Minister Park Jin arrived here on Friday for talks with Secretary "
         "of State Antony Blinken on North Korea.", [("person:park-jin", "USA", "occurred")]),
        ("Foreign Minister Cho Tae-yul flew into Tokyo on Friday for talks on Ukraine and North Korea with his "
         "Japanese counterpart, Yoko Kamikawa.", [("person:cho-tae-yul", "JPN", "occurred")]),
        # a place of talks is still a place
        ("Foreign Minister Cho Tae-yul held talks with Yoko Kamikawa in Tokyo on Friday.",
         [("person:cho-tae-yul", "JPN", "occurred")]),
    ],
)
def test__visits__topic_country_is_no_venue_s22(extractor, text, expected):
    assert people(run(extractor, text, D(2023, 3, 4), None)["visits"]) == expected


# -- legs, plans and claims -----------------------------------------------------------------------------------------

def test__visits__the_stop_an_arrival_came_from_s22(extractor):
    # the gold README's eleventh-session rule: the stop before, the arrival's month
    rows = run(extractor, "Prime Minister Shinzo Abe arrived in Bangkok from Hanoi on Tuesday.", D(2015, 6, 17),
               None)["visits"]
    assert keys(rows) == [("JPN", "THA", "occurred", D(2015, 6, 16), DAY), ("JPN", "VNM", "occurred", D(2015, 6, 1), MONTH)]
    # only the arrival's own traveller, and no leg from his own capital
    rows = run(extractor, "Modi held talks with President Jacob Zuma in Pretoria on Friday, a day after arriving from "
                          "Mozambique.", D(2016, 7, 9), None)["visits"]
    assert people(rows) == [("person:narendra-modi", "MOZ", "occurred"), ("person:narendra-modi", "ZAF", "occurred")]
    rows = run(extractor, "Kim Jong Un arrived in Vladivostok from Pyongyang on Tuesday.", D(2019, 4, 24), None)["visits"]
    assert people(rows) == [("person:kim-jong-un", "RUS", "occurred")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Blinken headed to London on Tuesday for a conference on Ukraine's recovery.",
         [("person:antony-blinken", "GBR", "occurred")]),
        ("National security adviser Chung Eui-yong of South Korea, back from Pyongyang, briefed reporters on Thursday.",
         [("person:chung-eui-yong", "PRK", "occurred")]),
        ("Modi was to leave for Vienna later on Tuesday.", [("person:narendra-modi", "AUT", "planned")]),
        ("Nelson Mandela is due later this week in Edinburgh.", [("person:nelson-mandela", "GBR", "planned")]),
        ("Prime Minister Narendra Modi left on Sunday night for a three-nation tour of Germany, Denmark and France.",
         [("person:narendra-modi", "DEU", "occurred"), ("person:narendra-modi", "DNK", "occurred"),
          ("person:narendra-modi", "FRA", "occurred")]),
        # a record claim is the trip's only verb; its clause's tense gives the status
        ("George W. Bush on Monday became the first sitting U.S. president to visit Mongolia.",
         [("person:george-w-bush", "MNG", "occurred")]),
        ("Morsi will become the first Egyptian leader to visit Iran when he attends the summit on Thursday.",
         [("person:mohamed-morsi", "IRN", "planned")]),
        # a trip cut short was made
        ("Philippine President Rodrigo Duterte cut short a visit to Russia on Tuesday and flew home.",
         [("person:rodrigo-duterte", "RUS", "occurred")]),
        # an accepted invitation with a time is a plan; one "at whatever time suits him" stays an invitation
        ("President Moon Jae-in has accepted Kim Jong Un's invitation to visit Pyongyang in the autumn.",
         [("person:moon-jae-in", "PRK", "planned")]),
        ("Kim Jong Il has accepted President Vladimir Putin's invitation to visit Moscow at whatever time suits him.",
         [("person:kim-jong-il", "RUS", "invited")]),
        # both the one who accompanied and the one accompanied made the trip
        ("Choe Son Hui, the foreign minister, accompanied Kim Jong Un to the Vostochny cosmodrome in Russia on "
         "Wednesday.", [("person:choe-son-hui", "RUS", "occurred"), ("person:kim-jong-un", "RUS", "occurred")]),
    ],
)
def test__visits__wire_legs_and_plans_s22(extractor, text, expected):
    assert people(run(extractor, text, D(2023, 9, 14), None)["visits"]) == expected


def test__visits__a_delay_before_the_trip_made_is_no_cancellation_s22(extractor):
    text = ("BELGRADE, Nov 10 - Edi Rama on Monday became the first Albanian leader to come to Serbia in decades. "
            "The trip had been set for Oct. 22 and was pushed back after a brawl at a football match.")
    assert people(run(extractor, text, D(2014, 11, 10), None)["visits"]) == [("person:edi-rama", "SRB", "occurred")]
    text = ("Lula landed in Shanghai late on Wednesday at the start of a state visit to China that was postponed last "
            "month when he fell ill.")
    assert people(run(extractor, text, D(2023, 4, 13), None)["visits"]) == [
        ("person:luiz-inacio-lula-da-silva", "CHN", "occurred")]


def test__visits__a_pronoun_before_the_first_name_keeps_the_subject_s22(extractor):
    # "On Sunday in Bangkok he called on King X": the king is the object, and the next "he" is still the traveller
    text = ("Barack Obama arrived in Yangon on Monday. On Sunday in Bangkok he called on King Bhumibol Adulyadej. "
            "After Yangon he was to fly to Phnom Penh later on Monday.")
    got = people(run(extractor, text, D(2012, 11, 19), None)["visits"])
    assert ("person:barack-obama", "KHM", "planned") in got
    assert not any(v == "person:bhumibol-adulyadej" for v, _, _ in got)


def test__visits__often_visited_is_undated_s22(extractor):
    rows = run(extractor, "In those years Lee Myung Bak frequently visited the U.S. to beg for support.",
               D(2012, 1, 5))["visits"]
    assert [(v["visitor_id"], v["host_iso3"], v["date_precision"]) for v in rows] == [
        ("person:lee-myung-bak", "USA", "unknown")]


# -- a home outlet's guests -----------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # mourners at the bier here
        ("Delegations of Laos expressed condolences to the bier of the leader on Monday.",
         [("LAO", "PRK", "occurred", D(2011, 12, 26), DAY)]),
        # a guest interviewed "before leaving Pyongyang"
        ("Jane Rowe, director of a British travel firm, gave an interview to KCNA on Friday before leaving Pyongyang.",
         [("GBR", "PRK", "occurred", D(2011, 12, 1), MONTH)]),
        # a list the inverted arrival opens, with each group's own name before its country
        ("Also arriving here on Monday were art troupes from abroad for the festival. They included the Folk Troupe "
         "Doina of Moldova, the Song Ensemble of Austria and the Youth Orchestra of Mongolia.",
         [("AUT", "PRK", "occurred", D(2011, 12, 26), DAY), ("MDA", "PRK", "occurred", D(2011, 12, 26), DAY),
          ("MNG", "PRK", "occurred", D(2011, 12, 26), DAY)]),
        ("A delegation of Laos arrived here on Monday. Earlier arrivals include the delegations from Syria and Peru.",
         [("LAO", "PRK", "occurred", D(2011, 12, 26), DAY), ("PER", "PRK", "occurred", D(2011, 12, 1), MONTH),
          ("SYR", "PRK", "occurred", D(2011, 12, 1), MONTH)]),
        # posted consuls general are no guests, whatever the list's last country is followed by
        ("A trade fair opened in Rason on Monday. Present there were city officials and the consuls general of Russia "
         "and China in Chongjin.", []),
        # a home troupe named by its city, abroad
        ("The Pyongyang Circus, on a visit to China, staged a show in Beijing on Monday.",
         [("PRK", "CHN", "occurred", D(2011, 12, 26), DAY)]),
        # a group's relative clause names where it was, not whose it is
        ("The delegation of the National Circus that performed at a festival in China came back home on Monday.",
         [("PRK", "CHN", "occurred", D(2011, 12, 26), DAY)]),
    ],
)
def test__visits__home_outlet_guests_s22(extractor, text, expected):
    assert keys(run(extractor, text, D(2011, 12, 27))["visits"]) == expected


def test__sentences__a_line_break_inside_a_list_is_no_sentence_end_s22():
    text = ("Present were a delegation of the Study Group of the J\n\nuche Idea of Peru led by X, a delegation of Chile,"
            "\n\nMaria Lopez of Spain.\n\nArriving on the same day were others.\nTitle\nBody.")
    got = [text[a:b] for a, b in sentence_spans(text)]
    assert got[0].endswith("Maria Lopez of Spain.") and got[0].startswith("Present were")
    assert got[1:] == ["Arriving on the same day were others.", "Title", "Body."]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lede that names only a venue sets the event on the home outlet's ground
        ("A joint recital was staged at the concert hall of the Music College on Monday. Among the audience were "
         "city officials and the Danish cultural delegation headed by Lars Holm.",
         [("DNK", "PRK", "occurred", D(2012, 5, 14), DAY)]),
        # "from the Chinese side were X, ...": the side's country for its head
        ("The new road was opened to traffic in Rason City of the DPRK on Monday. Present from the Chinese side "
         "were Li Wei, secretary of a prefecture committee, and other officials.",
         [("CHN", "PRK", "occurred", D(2012, 5, 14), DAY)]),
        # but a venue abroad is no home ground
        ("A concert was given at the Bolshoi Theatre in Moscow on Monday. Present there was a delegation of Norway.",
         [("NOR", "RUS", "occurred", D(2012, 5, 14), DAY)]),
    ],
)
def test__visits__home_outlet_rosters_s22(extractor, text, expected):
    assert keys(run(extractor, text, D(2012, 5, 15))["visits"]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a word said in person in a place abroad
        ("Japan has given Ukraine $12 billion since the war began, Foreign Minister Yoko Kamikawa said in Kyiv on "
         "Monday.", [("person:yoko-kamikawa", "UKR", "occurred")]),
        ("Xi Jinping told Putin in Moscow on Tuesday that China was ready to help.", [("person:xi-jinping", "RUS", "occurred")]),
        # at home, or an envoy posted there: no trip
        ("Lavrov said in Moscow on Thursday that the talks would go on.", []),
        ("U.S. Ambassador Nicholas Burns said in Beijing on Monday that exchanges should grow.", []),
        # a cancel verb governs the trip nouns that follow it, not only the first
        ("Joe Biden has scrapped a planned stop in Papua New Guinea and a visit to Australia, the White House said on "
         "Tuesday.", [("person:joe-biden", "AUS", "cancelled"), ("person:joe-biden", "PNG", "cancelled")]),
        # an accepted invitation with no time stays an invitation (the sample gold's convention)
        ("Vladimir Putin accepted Kim Jong Un's invitation to visit North Korea.", [("person:vladimir-putin", "PRK", "invited")]),
    ],
)
def test__visits__said_in_a_place_and_cancel_lists_s22(extractor, text, expected):
    assert people(run(extractor, text, D(2024, 9, 10), None)["visits"]) == expected


def test__visits__a_cancelled_stop_is_not_dated_by_the_statement_s22(extractor):
    rows = run(extractor, "Joe Biden has scrapped a planned stop in Papua New Guinea, the White House said on Tuesday.",
               D(2023, 5, 17), None)["visits"]
    assert [(v["host_iso3"], v["status"], v["date_start"]) for v in rows] == [("PNG", "cancelled", None)]


def test__visits__a_cancel_list_ends_at_the_next_verb_s22(extractor):
    # "cancelled a visit to A and met B in C": C is no destination the cancel's trip noun lists
    got = people(run(extractor, "Joe Biden cancelled a visit to Australia and met Anthony Albanese in Hiroshima.",
                     D(2023, 5, 21), None)["visits"])
    assert ("person:joe-biden", "AUS", "cancelled") in got and ("person:joe-biden", "JPN", "occurred") in got
    got = people(run(extractor, "Xi Jinping postponed his trip to Indonesia and Australia.", D(2023, 5, 21), None)["visits"])
    assert got == [("person:xi-jinping", "AUS", "cancelled"), ("person:xi-jinping", "IDN", "cancelled")]
