"""Visits round 19: a home outlet's suite lists are one trip, an ambassador's courtesy or farewell call is no trip, the
South Headquarters of Pomminryon is a south Korean body, and a day-month between a mid-sentence "the" and a capitalised
word opens a name. Own-words sentences; names are made up."""
from __future__ import annotations

import datetime as dt

import pytest

from newslens.extract import ArticleInput
from newslens.extract.dates import DateResolver

D = dt.date
KCNA = "http://www.kcna.co.jp/item/2012/201204/news10/x.html"  # a home outlet: "here" is Pyongyang


def trips(extractor, text, pub, url=KCNA):
    """(visitor id, host, status, date_start, precision) of each foreign visit record, sorted."""
    out = extractor.extract(ArticleInput("t19", None, text, pub, url))
    return sorted({(v["visitor_id"], v["host_iso3"], v["status"], str(v["date_start"]), v["date_precision"])
                   for v in out["visits"] if not v["is_domestic"]})


# -- a home outlet lists a leader's suite as part of his one trip (the KCNA gold files record the trip once)


@pytest.mark.parametrize("text, pub, expected", [
    ("Vice-Premier Li Wenhua of China arrived here on Sunday for an official goodwill visit to the DPRK. Accompanying "
     "him were Zhao Ming, vice-minister of Commerce of China, and Sun Hao, deputy director of the Research Office of "
     "the State Council of China.", D(2012, 4, 10), [("person:li-wenhua", "PRK", "occurred", "2012-04-08", "day")]),
    ("Premier Choe Yong Rim left here on Friday to pay an official visit to Laos. He is accompanied by Pak Chol Ho, "
     "vice-premier of the DPRK, and Ri Nam Su, minister of Foreign Trade of the DPRK.", D(2011, 5, 20),
     [("person:choe-yong-rim", "LAO", "occurred", "2011-05-20", "day")]),
    ("President Bounnhang Vorachith of Laos arrived here on Tuesday. Accompanying him were Somsavat Lengsavad, deputy "
     "prime minister of Laos, and Alounkeo Kittikhoun, foreign minister of Laos, and other suite members.",
     D(2012, 10, 2), [("person:bounnhang-vorachith", "PRK", "occurred", "2012-10-02", "day")]),
])
def test__extract__home_outlet_suite_is_one_trip(extractor, text, pub, expected):
    assert trips(extractor, text, pub) == expected


def test__extract__newswire_companions_stay_visits(extractor):
    text = ("President Bounnhang Vorachith of Laos arrived in Beijing on Tuesday. He was accompanied by Alounkeo "
            "Kittikhoun, foreign minister of Laos.")
    assert trips(extractor, text, D(2012, 10, 2), url=None) == [
        ("person:alounkeo-kittikhoun", "CHN", "occurred", "2012-10-02", "day"),
        ("person:bounnhang-vorachith", "CHN", "occurred", "2012-10-02", "day")]


# -- an ambassador's courtesy or farewell call is a posted envoy at work, no trip


@pytest.mark.parametrize("text, pub", [
    ("Kim Yong Nam had a talk with Ambassador of Chile Pedro Alvarez on Wednesday when the latter paid a farewell call "
     "on him at the Mansudae Assembly Hall.", D(2011, 7, 6)),
    ("Ri Chol Man, DPRK ambassador to Peru, paid a courtesy call on the president of Peru on May 4.", D(2012, 5, 9)),
    ("Ambassador of Mali Amadou Toure paid a farewell visit to Kim Yong Nam at the Mansudae Assembly Hall on Monday.",
     D(2012, 6, 12)),
])
def test__extract__ambassador_courtesy_call_is_no_trip(extractor, text, pub):
    assert trips(extractor, text, pub) == []


@pytest.mark.parametrize("text, pub, expected", [
    ("A delegation of the Senate of Peru led by Senator Juan Soto paid a courtesy call on Kim Yong Nam at the Mansudae "
     "Assembly Hall on Wednesday.", D(2011, 6, 2), [("person:juan-soto", "PRK", "occurred", "2011-06-01", "day")]),
    ("Carlos Ruiz, roving ambassador of the Foreign Ministry of Mexico, paid a courtesy call on Pak Ui Chun on Tuesday.",
     D(2012, 5, 2), [("person:carlos-ruiz", "PRK", "occurred", "2012-05-01", "day")]),
])
def test__extract__courtesy_call_by_a_traveller_stays(extractor, text, pub, expected):
    assert trips(extractor, text, pub) == expected


# -- the South Headquarters of Pomminryon is a south Korean body: its officers touring the North are visitors


@pytest.mark.parametrize("text, pub, expected", [
    ("Pak Sun Ho, chairman of the South Headquarters of Pomminryon, visited the Grand People's Study House on Monday.",
     D(2012, 5, 8), [("person:pak-sun-ho", "PRK", "occurred", "2012-05-07", "day")]),
    ("Kang Ok Ran, vice-chairwoman of the South Headquarters of the Pan-national Alliance for Korea's Reunification, "
     "toured the Mangyongdae Schoolchildren's Palace on April 23.", D(2012, 4, 25),
     [("person:kang-ok-ran", "PRK", "occurred", "2012-04-23", "day")]),
    ("Yun Tae Sik, secretary of the South Headquarters of the Pomminryon, arrived here on Wednesday to attend a joint "
     "meeting.", D(2012, 6, 14), [("person:yun-tae-sik", "PRK", "occurred", "2012-06-13", "day")]),
])
def test__extract__south_headquarters_officer_visits_the_north(extractor, text, pub, expected):
    assert trips(extractor, text, pub) == expected


def test__extract__north_headquarters_officer_is_at_home(extractor):
    text = "Choe Jin Su, chairman of the North Headquarters of Pomminryon, visited the Mangyongdae Schoolchildren's Palace on Wednesday."
    assert trips(extractor, text, D(2012, 6, 14)) == []


# -- a day-month between a mid-sentence "the" and any capitalised word opens a name, not a date


@pytest.mark.parametrize("text, pub, expected", [
    ("A Cuban art troupe arrived here to take part in the 28th April Spring Friendship Art Festival. A Malian dance "
     "troupe also arrived here on the same day.", D(2012, 4, 10),
     [("country:CUB", "PRK", "occurred", "2012-04-01", "month"), ("country:MLI", "PRK", "occurred", "2012-04-01", "month")]),
    ("A Vietnamese delegation arrived here to attend the celebrations of the 15th June Friendship Week.", D(2011, 6, 20),
     [("country:VNM", "PRK", "occurred", "2011-06-01", "month")]),
])
def test__extract__day_month_opening_a_name_is_no_date(extractor, text, pub, expected):
    assert trips(extractor, text, pub) == expected


@pytest.mark.parametrize("text, expected", [
    ("Guests came for the 28th April Spring Friendship Art Festival.", []),
    ("Workers of the March 8 Textile Mill met the guests.", []),
    ("Delegates gathered at the 12th May Youth Rally.", []),
    ("A Syrian delegation arrived here on the 12th March Pyongyang time.", [D(2012, 3, 12)]),  # a time: "on the"
    ("The May 9 Parade drew crowds.", [D(2012, 5, 9)]),  # opening the sentence: left a date (round 18)
    ("They met on the 28th April, 2011 Memorial.", [D(2011, 4, 28)]),  # a year: a date
])
def test__find__day_month_before_a_capitalised_word(text, expected):
    assert [d.start for d in DateResolver().find(text, D(2012, 9, 8))] == expected


# -- a group "of foreign countries and regions including A, B and C" is a group of each country listed


@pytest.mark.parametrize("text, pub, expected", [
    ("Teams of foreign countries and regions including Russia, China and Japan arrived here on Monday.", D(2011, 9, 5),
     [("country:CHN", "PRK", "occurred", "2011-09-05", "day"), ("country:JPN", "PRK", "occurred", "2011-09-05", "day"),
      ("country:RUS", "PRK", "occurred", "2011-09-05", "day")]),
    ("Teams of different countries and areas including Peru, Chile and Spain arrived here on Friday to attend the cup.",
     D(2012, 5, 11), [("country:CHL", "PRK", "occurred", "2012-05-11", "day"),
                      ("country:ESP", "PRK", "occurred", "2012-05-11", "day"),
                      ("country:PER", "PRK", "occurred", "2012-05-11", "day")]),
    ("Troupes of foreign countries and regions such as Mongolia, Laos and Nepal arrived here on Sunday for the festival.",
     D(2012, 4, 16), [("country:LAO", "PRK", "occurred", "2012-04-15", "day"),
                      ("country:MNG", "PRK", "occurred", "2012-04-15", "day"),
                      ("country:NPL", "PRK", "occurred", "2012-04-15", "day")]),
])
def test__extract__group_of_countries_including_a_list(extractor, text, pub, expected):
    assert trips(extractor, text, pub) == expected


def test__extract__envoys_of_countries_including_a_list_are_no_group(extractor):
    text = "Diplomatic envoys of foreign countries and regions including Russia, China and Japan visited the exhibition on Monday."
    assert trips(extractor, text, D(2011, 9, 5)) == []


# -- an arrival that names no place goes on a story of arrivals here ("Earlier arrivals included ...")


@pytest.mark.parametrize("text, pub, expected", [
    ("Teams of Peru and Chile arrived here on Monday to take part in the 9th World Championship. Earlier arrivals "
     "included teams from Russia, China and Japan.", D(2011, 9, 5),
     [("country:CHL", "PRK", "occurred", "2011-09-05", "day"), ("country:CHN", "PRK", "occurred", "2011-09-01", "month"),
      ("country:JPN", "PRK", "occurred", "2011-09-01", "month"), ("country:PER", "PRK", "occurred", "2011-09-05", "day"),
      ("country:RUS", "PRK", "occurred", "2011-09-01", "month")]),
    ("Teams of Peru and Chile arrived here on Monday to take part in the 9th World Championship. Earlier, teams from "
     "Norway, Nepal and Brazil arrived.", D(2011, 9, 5),
     [("country:BRA", "PRK", "occurred", "2011-09-01", "month"), ("country:CHL", "PRK", "occurred", "2011-09-05", "day"),
      ("country:NOR", "PRK", "occurred", "2011-09-01", "month"), ("country:NPL", "PRK", "occurred", "2011-09-01", "month"),
      ("country:PER", "PRK", "occurred", "2011-09-05", "day")]),
    ("A Syrian troupe arrived here on Friday for the festival. Earlier arrivals included troupes of Egypt, Iran and "
     "Algeria.", D(2012, 6, 2),
     [("country:DZA", "PRK", "occurred", "2012-06-01", "month"), ("country:EGY", "PRK", "occurred", "2012-06-01", "month"),
      ("country:IRN", "PRK", "occurred", "2012-06-01", "month"), ("country:SYR", "PRK", "occurred", "2012-06-01", "day")]),
])
def test__extract__bare_arrival_in_a_story_of_arrivals_here(extractor, text, pub, expected):
    assert trips(extractor, text, pub) == expected


@pytest.mark.parametrize("text, expected", [
    ("Earlier, teams from Norway, Nepal and Brazil arrived.", set()),  # no arrival here told before: no place
    ("A Cuban delegation arrived here on Monday. The era of peace has arrived.", {"country:CUB"}),
])
def test__extract__bare_arrival_needs_arrivals_here_before(extractor, text, expected):
    # (fixV2, review of round 19 item 11: the exact visitors, so that an empty output does not pass the second case)
    assert {v[0] for v in trips(extractor, text, D(2011, 9, 5))} == expected


# -- "chairman of the society": a body told by its lower-case head word is the body the story named before


@pytest.mark.parametrize("text, pub, expected", [
    ("Kim Jong Un received a gift from the China Disabled Persons' Federation. The gift was handed over to an official "
     "on Thursday by Wang Li, vice-chairman of the federation, on a visit to the DPRK.", D(2012, 4, 12),
     [("person:wang-li", "PRK", "occurred", "2012-04-12", "day")]),
    ("Kim Jong Un received a gift from the Mexican Labor Union of Metal Workers. Juan Perez, secretary of the union on a "
     "visit to the DPRK, handed it over to an official on Wednesday.", D(2012, 3, 8),
     [("person:juan-perez", "PRK", "occurred", "2012-03-07", "day")]),
    ("Kim Jong Un received a gift from the Nepal Peace Society. Ram Thapa, chairman of the society, who is on a visit "
     "to the DPRK, handed it over to an official on Wednesday.", D(2012, 3, 8),
     [("person:ram-thapa", "PRK", "occurred", "2012-03-07", "day")]),
    ("Kim Jong Il was presented with a gift by the Workers' Party of Communists of Italy. Marco Rossi, director of the "
     "International Department of the Party on a visit to the DPRK, handed over the gift to Kim Yong Il on Wednesday.",
     D(2011, 6, 15), [("person:marco-rossi", "PRK", "occurred", "2011-06-15", "day")]),
])
def test__extract__body_told_by_its_head_word(extractor, text, pub, expected):
    assert trips(extractor, text, pub) == expected


def test__extract__home_body_told_by_its_head_word_is_no_visitor(extractor):
    text = ("Kim Jong Un received a gift from the Workers' Party of Korea committee. Ri Chol, chairman of the committee, "
            "handed it over to an official on Wednesday.")
    assert trips(extractor, text, D(2012, 3, 8)) == []


def test__extract__long_list_of_countries_including(extractor):
    names = ["Ghana", "Kenya", "Norway", "Chile", "Peru", "Spain", "Italy", "Greece", "Turkey", "Egypt", "Iran", "Brazil",
             "Mexico", "Cuba", "Laos", "Nepal", "Mongolia", "Finland", "Denmark", "Poland", "Austria", "Kazakhstan"]
    text = f"Teams of foreign countries and regions including {', '.join(names[:-1])} and {names[-1]} arrived here on Monday for the cup."
    got = trips(extractor, text, D(2011, 9, 5))
    assert len(got) == len(names) and all(v[1:] == ("PRK", "occurred", "2011-09-05", "day") for v in got)


# -- KCNA's Juche year with the common year in brackets dates a trip long past


@pytest.mark.parametrize("text, expected", [
    ("It is a vase given to him by a Lao delegation during its visit in Juche 64 (1975).", [(D(1975, 1, 1), "year")]),
    ("A Nepalese troupe was touring the country in spring of Juche 57 (1968).", [(D(1968, 1, 1), "year")]),
    ("He toured Cuba April 3-6, Juche 75 (1986) and met its leader.", [(D(1986, 4, 3), "day")]),
])
def test__find__juche_year_in_brackets(text, expected):
    assert [(d.start, d.precision) for d in DateResolver().find(text, D(2012, 3, 9))] == expected


def test__find__juche_year_without_brackets_is_no_date():
    assert DateResolver().find("The book was printed in Juche 75.", D(2012, 3, 9)) == []


def test__extract__gift_of_a_trip_in_a_juche_year(extractor):
    text = ("The tea set is a gift presented to Kim Il Sung by a Syrian delegation when it was visiting the DPRK in "
            "autumn of Juche 82 (1993).")
    assert trips(extractor, text, D(2011, 9, 23)) == [("country:SYR", "PRK", "occurred", "1993-01-01", "year")]


# -- "Inner Mongolia(n)" names a region of China, not Mongolia


@pytest.mark.parametrize("text, expected", [
    ("Kim Jong Il on Thursday visited the Inner Mongolian Autonomous Region of China on his way home.",
     [("person:kim-jong-il", "CHN", "occurred", "2011-08-25", "day")]),
    ("A Lao delegation toured the Inner Mongolia region of China on Friday.",
     [("country:LAO", "CHN", "occurred", "2011-08-26", "day")]),
    ("A DPRK art troupe left here for the Inner Mongolian Autonomous Region of China on Friday.",
     [("country:PRK", "CHN", "occurred", "2011-08-26", "day")]),
])
def test__extract__inner_mongolia_is_no_country(extractor, text, expected):
    assert trips(extractor, text, D(2011, 8, 26)) == expected


def test__extract__mongolian_still_mongolia(extractor):
    assert trips(extractor, "A Mongolian delegation arrived here on Thursday.", D(2011, 8, 26)) == [
        ("country:MNG", "PRK", "occurred", "2011-08-25", "day")]
