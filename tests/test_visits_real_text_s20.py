"""Visits session 20: shapes that four readers found in real stories no rule read well (KCNA 2011, 2012 and
2023-24, the Kremlin sentences, Wikinews, all read in place), each fixture written in our own words. A home
outlet's address only tells "here" (``AGENCY``); the wire fixtures have none. See tests/gold/FINDINGS.md,
twentieth session."""
from __future__ import annotations

import datetime as dt

import pytest

from newslens.extract.dates import DateResolver
from tests.real_text_helpers import DAY, MONTH, keys, run

D = dt.date
KREMLIN = "http://en.kremlin.ru/events/president/transcripts/1"


@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        # a plural subject names one group per side, up to its verb: overseas Koreans by where they live
        ("Delegations of the Association of Koreans in Canada led by Pak Sun and the Federation of Koreans in "
         "Brazil headed by Ri Chol arrived here on Tuesday.",
         D(2012, 5, 8), [("BRA", "PRK", "occurred", D(2012, 5, 8), DAY), ("CAN", "PRK", "occurred", D(2012, 5, 8), DAY)]),
        ("Delegations of the Labour Party of Norway and the Socialist Party of Chile arrived here on Tuesday.",
         D(2012, 5, 8), [("CHL", "PRK", "occurred", D(2012, 5, 8), DAY), ("NOR", "PRK", "occurred", D(2012, 5, 8), DAY)]),
        # after an inverted verb, every country of the list, the middle ones too
        ("A delegation of Mongolia arrived here on Tuesday. Also arriving here that day were delegations of "
         "Italy, Poland and Finland.",
         D(2012, 5, 8), [("FIN", "PRK", "occurred", D(2012, 5, 8), DAY), ("ITA", "PRK", "occurred", D(2012, 5, 8), DAY),
                         ("MNG", "PRK", "occurred", D(2012, 5, 8), DAY), ("POL", "PRK", "occurred", D(2012, 5, 8), DAY)]),
        # a lower-case participle after "Meanwhile," is the same inversion
        ("Meanwhile, arriving to take part in the spring trade fair were delegations of Italy and Finland.",
         D(2012, 5, 8), [("FIN", "PRK", "occurred", D(2012, 5, 1), MONTH), ("ITA", "PRK", "occurred", D(2012, 5, 1), MONTH)]),
        # "Koreans in A and B": each country they live in
        ("Officials called at the hotel of the delegations of young Koreans in Canada and Brazil on Tuesday.",
         D(2012, 5, 8), [("BRA", "PRK", "occurred", D(2012, 5, 8), DAY), ("CAN", "PRK", "occurred", D(2012, 5, 8), DAY)]),
        # "They also met ...": the day the story told a few sentences before
        ("Senior officials called at the hotel of delegates to the youth festival on Tuesday. They praised the "
         "delegates. They spoke of the tasks ahead. Being told of their work, they were pleased. They also met the "
         "members of the delegation of young Koreans in Brazil.",
         D(2012, 5, 8), [("BRA", "PRK", "occurred", D(2012, 5, 8), DAY)]),
    ],
)
def test__visits__agency_shapes_s20(extractor, text, pub, expected):
    assert keys(run(extractor, text, pub)["visits"]) == expected


def test__visits__home_groups_leaving_are_no_arrivals_s20(extractor):
    # "Also leaving were a DPRK delegation ... of the DPRK-Syria committee": home groups going abroad, not Syrians
    text = ("A trade delegation led by Kim Pyong left here on Sunday to visit Cuba. Also leaving were a DPRK "
            "economic delegation led by Ri Sok, minister of Trade, to attend a meeting of the DPRK-Syria joint "
            "committee, and a delegation of the Ministry of Culture.")
    got = keys(run(extractor, text, D(2011, 7, 10))["visits"])
    assert ("PRK", "CUB", "occurred", D(2011, 7, 10), DAY) in got
    assert not any(v == "SYR" for v, *_ in got)
    # a foreign country first in a friendship body's name is that visitor's
    text = "Arriving here today were Omar Haddad, chairman of the Kuwait-DPRK Friendship Society, and his party."
    assert [v for v, *_ in keys(run(extractor, text, D(2011, 7, 10))["visits"])] == ["KWT"]


def test__visits__pronoun_after_unknown_named_subject_s20(extractor):
    # "He" after a sentence whose subject is a person nobody registered is that person, not the story's last leader
    text = ("The crown prince of Saudi Arabia, Mohammed bin Salman, said in an interview that he bore responsibility. "
            "Jamal Khashoggi, a Saudi writer, wrote for an American paper and lived in Virginia. "
            "He entered the consulate in Istanbul to fetch papers on October 2, 2018.")
    assert [v for v in run(extractor, text, D(2019, 9, 29), None)["visits"]
            if v["visitor_id"] == "person:mohammed-bin-salman"] == []


def test__visits__summit_with_a_leader_has_no_place_s20(extractor):
    # attending a summit "with" a leader does not put it in the leader's country
    for text in ("Prime Minister Igor Matovic of Slovakia fell ill days after he attended a summit with the French leader, "
                 "President of France Emmanuel Macron.",
                 "Kishida will attend a summit with Biden."):
        assert run(extractor, text, D(2020, 12, 21), None)["visits"] == []
    # a place the words give still counts
    rows = run(extractor, "Kishida will attend a meeting with Biden at the White House next week.", D(2020, 12, 21), None)["visits"]
    assert [(v["visitor_id"], v["host_iso3"], v["status"]) for v in rows] == [("person:fumio-kishida", "USA", "planned")]


@pytest.mark.parametrize(
    "text",
    ["We are looking forward to the state visit of Xi Jinping to Russia.",
     "The state visit of Xi Jinping to Russia will take place in June.",
     "We are preparing the Chinese President's official visit to Russia."],
)
def test__visits__awaited_trip_noun_is_planned_s20(extractor, text):
    rows = run(extractor, text, D(2018, 4, 5), None)["visits"]
    assert [(v["visitor_id"], v["host_iso3"], v["status"]) for v in rows] == [("person:xi-jinping", "RUS", "planned")]


def test__visits__trip_noun_told_done_stays_occurred_s20(extractor):
    rows = run(extractor, "During the state visit of Xi Jinping to Russia last week, deals were signed.", D(2018, 4, 5), None)["visits"]
    assert [(v["visitor_id"], v["status"]) for v in rows] == [("person:xi-jinping", "occurred")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I have just recently visited the People's Republic of China.", ("CHN", "occurred", D(2018, 4, 1), MONTH)),
        ("In June, I will pay a visit to China.", ("CHN", "planned", D(2018, 6, 1), MONTH)),
        ("The deals we struck while on our visit to China last year are now being implemented.",
         ("CHN", "occurred", D(2017, 1, 1), "year")),
    ],
)
def test__visits__transcript_speaker_shapes_s20(extractor, text, expected):
    rows = run(extractor, text, D(2018, 4, 5), KREMLIN)["visits"]
    assert [(v["host_iso3"], v["status"], v["date_start"], v["date_precision"]) for v in rows
            if v["visitor_id"] == "person:vladimir-putin"] == [expected]


def test__dates__eve_of_a_day_s20():
    res = DateResolver()
    got = lambda text, pub: [d.start for d in res.find(text, pub)]  # noqa: E731
    assert got("He arrived in Moscow on the eve of May 9.", D(2015, 5, 8)) == [D(2015, 5, 8)]
    assert got("He will arrive on the eve of May 9.", D(2015, 5, 1)) == [D(2015, 5, 8)]
    assert got("He arrived on the eve of May 9.", D(2015, 5, 3)) == [D(2014, 5, 8)]
    assert got("He arrived on May 9.", D(2015, 5, 8)) == [D(2014, 5, 9)]  # (the day itself, as before)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Attending it were ...": the present-list of an event told here in the sentence before
        ("An exhibition of Mongolian paintings opened at the art gallery here on Friday. Attending it were Ri Chol, "
         "vice-minister of Culture, and the delegation of Mongolian artists headed by Bat Erdene.",
         [("MNG", "PRK", "occurred", D(2012, 4, 13), DAY)]),
        # overseas compatriots "on a visit to the homeland": the home outlet's country
        ("A group of Koreans in Brazil arrived in the homeland on Friday.", [("BRA", "PRK", "occurred", D(2012, 4, 13), DAY)]),
        ("Present there was a congratulatory group of Koreans in Brazil on a visit to the homeland.",
         [("BRA", "PRK", "occurred", D(2012, 4, 1), MONTH)]),
        # a trip told only as a condition is none
        ("Tokyo said it would refuse to let the association's official back in case he travels to the homeland.", []),
    ],
)
def test__visits__present_lists_and_homeland_s20(extractor, text, expected):
    assert keys(run(extractor, text, D(2012, 4, 13))["visits"]) == expected


def test__visits__plural_sides_stop_at_the_destination_s20(extractor):
    rows = run(extractor, "Canada has sent delegations of Canadian farmers to Ghana and Kenya this year.", D(2012, 4, 13), None)["visits"]
    assert sorted((v["visitor_iso3"], v["host_iso3"]) for v in rows) == [("CAN", "GHA"), ("CAN", "KEN")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an unnamed official of a country travels for it (a one-person delegation)
        ("A Russian deputy foreign minister will visit India next week.", [("RUS", "IND", "planned")]),
        ("A senior Chinese official arrived in Hanoi on Monday.", [("CHN", "VNM", "occurred")]),
        ("A U.S. special envoy visited Japan and South Korea last week.", [("USA", "JPN", "occurred"), ("USA", "KOR", "occurred")]),
        # no trip, or the office only measures a trip told of someone named
        ("A Japanese official said Tokyo had not agreed to the figure.", []),
        ("Kim Jong Un and Donald Trump held the first meeting between a sitting U.S. president and a North Korean leader "
         "in Singapore on Tuesday.", [("PRK", "SGP", "occurred"), ("USA", "SGP", "occurred")]),
    ],
)
def test__visits__unnamed_official_s20(extractor, text, expected):
    rows = run(extractor, text, D(2024, 2, 22), None)["visits"]
    assert sorted((v["visitor_iso3"], v["host_iso3"], v["status"]) for v in rows) == expected


def test__visits__unnamed_official_is_the_named_one_s20(extractor):
    # "A Chinese premier last came to Fiji in April 2006, when Wen Jiabao opened ...": one trip, Wen's
    text = "A Chinese premier last came to Fiji in April 2006, when Wen Jiabao opened a forum in Nadi."
    rows = run(extractor, text, D(2014, 11, 22), None)["visits"]
    assert [(v["visitor_id"], v["host_iso3"]) for v in rows] == [("person:wen-jiabao", "FJI")]


def test__visits__pair_summit_named_by_its_city_s20(extractor):
    # "the A-B <City> summit held last June": the side not of the city's country came; "last June" said in July by a
    # home outlet is the June just gone
    text = "He said the deals of the DPRK-Russia Pyongyang summit, which took place last June, would be honoured."
    assert keys(run(extractor, text, D(2024, 7, 19))["visits"]) == [("RUS", "PRK", "occurred", D(2024, 6, 1), MONTH)]
    text = "He spoke of the China-Russia Moscow summit held in May."
    assert keys(run(extractor, text, D(2024, 7, 19), None)["visits"]) == [("CHN", "RUS", "occurred", D(2024, 5, 1), MONTH)]


def test__dates__last_month_by_outlet_s20(extractor):
    # "last April" said in May: the April just gone in a home outlet's story, the year before's in newswire prose
    text = "The delegation of Nepal visited Japan last April."
    assert keys(run(extractor, text, D(2012, 5, 11))["visits"]) == [("NPL", "JPN", "occurred", D(2012, 4, 1), MONTH)]
    assert keys(run(extractor, text, D(2012, 5, 11), None)["visits"]) == [("NPL", "JPN", "occurred", D(2011, 4, 1), MONTH)]


def test__visits__demonym_before_trip_noun_s20(extractor):
    # "during his German tour": the demonym right before the trip noun is its destination
    rows = run(extractor, "Lee Myung Bak said during his German tour on May 8 that the north should change.", D(2011, 5, 20))["visits"]
    assert [(v["visitor_id"], v["host_iso3"], v["date_start"]) for v in rows] == [("person:lee-myung-bak", "DEU", D(2011, 5, 8))]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # a line broken inside a sentence is one line: after a function word, or lower case on both sides
        ("Present were Pak Sun, Minister of the\nPeople's Security Forces Han Ri.", "Present were Pak Sun, Minister of "
         "the People's Security Forces Han Ri."),
        ("The paper carried in its March 3rd\nissue an article.", "The paper carried in its March 3rd issue an article."),
        # real breaks stay: a headline line, a list, a salutation
        ("Delegation Arrives\nA delegation arrived here.", "Delegation Arrives\n\nA delegation arrived here."),
        ("The winners were:\n1. Kim Chol,\n2. Ri Pak.", "The winners were:\n\n1. Kim Chol,\n\n2. Ri Pak."),
        ("The message said:\nDear friend", "The message said:\n\nDear friend"),
    ],
)
def test__cleaning__soft_wrapped_lines_s20(raw, expected):
    from newslens.cleaning import clean_article
    assert clean_article(raw).text == expected


def test__visits__list_after_embassy_tributes_is_no_trip_s20(extractor):
    # guests who called at the home country's embassies abroad, then "They laid ..." and "They included ...": no trip here
    text = ("Foreign guests made congratulatory calls at DPRK embassies in their own countries from April 12 to 15 on the "
            "occasion of the holiday., They laid floral baskets before pictures of the President and paid tribute to "
            "him.\n\nThey included the general secretary of the Communist Party of Bangladesh and the chairman of the "
            "Bangladesh Group for the Study of the Songun Policy.")
    assert keys(run(extractor, text, D(2012, 4, 20))["visits"]) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a tribute told in the passive: the giver after "by", and the list of givers after it
        ("Floral baskets were placed before the statues on Mansu Hill on Thursday by compatriots from abroad. They "
         "included a delegation of Koreans in Canada, delegations of the Union of Koreans in Brazil and "
         "the League of Koreans in Australia.",
         [("AUS", "PRK", "occurred", D(2011, 4, 14), DAY), ("BRA", "PRK", "occurred", D(2011, 4, 14), DAY),
          ("CAN", "PRK", "occurred", D(2011, 4, 14), DAY)]),
        ("Floral baskets were placed before the statues on Mansu Hill on Thursday by a delegation of Cuba.",
         [("CUB", "PRK", "occurred", D(2011, 4, 14), DAY)]),
        # sent, no giver here: the senders listed after it are no visitors; nor is a posted ambassador
        ("Wreaths in the names of parties of Chile were placed before the statues on Thursday. They included the Central "
         "Committee of the Communist Party of Chile.", []),
        ("They were placed before the bier in the hall on Thursday by Chan Dara, Cambodian ambassador to the DPRK.", []),
    ],
)
def test__visits__passive_tribute_s20(extractor, text, expected):
    assert keys(run(extractor, text, D(2011, 4, 14))["visits"]) == expected


def test__visits__next_list_member_is_no_destination_s20(extractor):
    text = ("Leaving here today were the delegation of the Culture Ministry of Laos led by Minister Bo Vong, the delegation "
            "of the Green Labour Party of Brazil led by Rui Costa.")
    got = keys(run(extractor, text, D(2011, 10, 15))["visits"])
    assert got == [("BRA", "PRK", "occurred", D(2011, 10, 15), DAY), ("LAO", "PRK", "occurred", D(2011, 10, 15), DAY)]


def test__visits__foreign_official_meets_home_delegation_s20(extractor):
    # "said this when meeting the DPRK delegation ..." with no place: the home outlet's delegation is abroad, in the
    # official's country; told "here", the official came
    text = ("Malaysian Deputy Prime Minister Tan Kok said relations would grow. He made the remarks when meeting the "
            "DPRK delegation headed by Vice-Minister Ri Chol on Monday.")
    assert keys(run(extractor, text, D(2011, 7, 27))["visits"]) == [("PRK", "MYS", "occurred", D(2011, 7, 25), DAY)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the spectators and the audience of an event told here; a guest "and his party" among them (not an envoy)
        ("Wrestlers of the DPRK and a Japanese college had bouts at the Indoor Stadium here on Thursday. Also watching "
         "the bouts were Taro Sato, president of the Sato Trading Co., Ltd. of Japan, and his party.",
         [("JPN", "PRK", "occurred", D(2012, 11, 15), DAY)]),
        ("Wrestlers of the DPRK and a Japanese college had bouts at the Indoor Stadium here on Thursday. Also watching "
         "the bouts were Jan Novak, Czech ambassador here, and his party.", []),
        ("A gala was held at the May Day Stadium here on Sunday. Among the audience were overseas compatriots, with a "
         "group of Koreans in Brazil, and diplomatic envoys.", [("BRA", "PRK", "occurred", D(2012, 11, 11), DAY)]),
    ],
)
def test__visits__spectators_and_audience_s20(extractor, text, expected):
    assert keys(run(extractor, text, D(2012, 11, 15))["visits"]) == expected


def test__visits__inverted_departure_destination_before_traveller_s20(extractor):
    # "Also leaving for China that day was a delegation headed by X": the destination comes before the traveller
    text = ("A trade delegation left here on Saturday for Cuba. Also leaving for China that day was a goodwill "
            "delegation headed by Kim Pak.")
    assert keys(run(extractor, text, D(2012, 7, 14))["visits"]) == [("PRK", "CHN", "occurred", D(2012, 7, 14), DAY),
                                                                    ("PRK", "CUB", "occurred", D(2012, 7, 14), DAY)]


def test__visits__festival_performers_s20(extractor):
    # the performers of a festival told here, the participant noun opening its sentence
    text = "The spring friendship art festival opened here on Saturday. Jugglers of Italy, Chile and Egypt presented numbers."
    assert keys(run(extractor, text, D(2012, 4, 15))["visits"]) == [
        ("CHL", "PRK", "occurred", D(2012, 4, 14), DAY), ("EGY", "PRK", "occurred", D(2012, 4, 14), DAY),
        ("ITA", "PRK", "occurred", D(2012, 4, 14), DAY)]


def test__visits__speaking_delegates_of_guests_here_s20(extractor):
    # a story of unnamed guests at a site here, then what the head of a country's delegation said
    text = ("Participants in an international science seminar toured the Grand People's Study House on Thursday. "
            "Anna Kowal, head of the delegation of the Warsaw Institute of Poland, said the tour impressed her. "
            "Li Ming, a guide of the house, explained the exhibits.")
    assert keys(run(extractor, text, D(2012, 8, 23))["visits"]) == [("POL", "PRK", "occurred", D(2012, 8, 23), DAY)]
