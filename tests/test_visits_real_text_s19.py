"""Visits session 19: shapes found in real stories that no rule read (KCNA 2011-12 read in place, the Kremlin
sentences), each fixture written in our own words. A home outlet's address only tells "here" (``AGENCY``); the
wire fixtures have none. See tests/gold/FINDINGS.md, nineteenth session."""
from __future__ import annotations

import datetime as dt

import pytest

from newslens.extract import ArticleInput
from tests.real_text_helpers import AGENCY, DAY, MONTH, keys, run

D = dt.date


@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        # a foreign party's delegation told only by its organisation, the abbreviation's comma inside its name
        ("A delegation of the International Department of the C.C., the Communist Party of China headed by its "
         "director Wang Ming laid a wreath before the Friendship Tower on Wednesday.",
         D(2012, 5, 10), [("CHN", "PRK", "occurred", D(2012, 5, 9), DAY)]),
        # talks of two sides held here, the last side's abbreviation in brackets and "C.C," without its last dot
        ("Talks between the delegations of the International Department of the C.C., the Workers' Party of Korea "
         "(WPK) and the Foreign Department of the C.C, the Communist Party of China (CPC) were held here Thursday.",
         D(2012, 5, 10), [("CHN", "PRK", "occurred", D(2012, 5, 10), DAY)]),
        # a home body the registry does not know is the home side of the talks
        ("Talks took place between the delegations of the Presidium of the Democratic Front for the "
         "Reunification of Korea and the Presidium of the National Front of Laos in Pyongyang on Friday.",
         D(2012, 5, 11), [("LAO", "PRK", "occurred", D(2012, 5, 11), DAY)]),
        # "They were X, ...": the list of those who left here goes on in the next sentence
        ("Foreigners left here Sunday after the spring art festival., They were Jan Novak, secretary general of the "
         "International Institute of Friendship, and his party, the delegation of the Czech Society for Korean Studies "
         "led by Petr Dvorak.",
         D(2012, 5, 13), [("CZE", "PRK", "occurred", D(2012, 5, 13), DAY)]),
        # overseas Koreans by the country they live in, in such a list and as a meeting's guests
        ("Overseas Koreans left here Sunday after the celebrations., They were a delegation of Koreans in Canada "
         "led by Ri Chol Ho.",
         D(2012, 5, 13), [("CAN", "PRK", "occurred", D(2012, 5, 13), DAY)]),
        ("The delegation of Korean women in China and the delegation of Korean women in Russia met with a war "
         "veteran on Monday.",
         D(2012, 5, 14), [("CHN", "PRK", "occurred", D(2012, 5, 14), DAY),
                          ("RUS", "PRK", "occurred", D(2012, 5, 14), DAY)]),
        # an ex-ambassador holds no post here
        ("Lu Ming, Chinese ex-ambassador to the DPRK, and his party visited Mangyongdae on Monday.",
         D(2012, 5, 14), [("CHN", "PRK", "occurred", D(2012, 5, 14), DAY)]),
        # guests of several countries who arrived to take part in a seminar, no place told: here
        ("A delegation of the Friendship Society of Peru and a delegation of the Juche Study Group of Nepal arrived "
         "on May 3 to take part in the international seminar.",
         D(2012, 5, 3), [("NPL", "PRK", "occurred", D(2012, 5, 3), DAY),
                         ("PER", "PRK", "occurred", D(2012, 5, 3), DAY)]),
        # a floral basket from a visiting delegation
        ("The leader was sent a floral basket by the visiting delegation of the Laos Association for Friendship "
         "led by Bounmy Keo, its secretary, on the occasion of the holiday.",
         D(2012, 4, 16), [("LAO", "PRK", "occurred", D(2012, 4, 1), MONTH)]),
        # workers here "held a meeting with" a foreign delegation
        ("Farmers of the cooperative farm held a meeting with the members of the delegation of the Farmers Union "
         "of Mongolia on Tuesday.",
         D(2012, 5, 15), [("MNG", "PRK", "occurred", D(2012, 5, 15), DAY)]),
        # two governments' talks in a third country
        ("The DPRK and Japanese governments will hold talks in Hanoi on May 20 under an agreement.",
         D(2012, 5, 11), [("JPN", "VNM", "planned", D(2012, 5, 20), DAY),
                          ("PRK", "VNM", "planned", D(2012, 5, 20), DAY)]),
        # a tour named by its route from a foreign town
        ("A Shenyang-Mt. Kumgang tourist group arrived in Wonsan by a chartered plane on Friday.",
         D(2012, 5, 12), [("CHN", "PRK", "occurred", D(2012, 5, 11), DAY)]),
        # "Nippon" is Japanese
        ("A delegation of the Nippon Friendship Institute visited Mangyongdae on Monday.",
         D(2012, 5, 14), [("JPN", "PRK", "occurred", D(2012, 5, 14), DAY)]),
        # mourners of the association of Korean residents in Japan; a tribute at a home monument without "here"
        ("A delegation of mourners of the Association of Korean Residents in Japan paid respects to the portrait of "
         "the leader at the square on Monday.",
         D(2011, 12, 26), [("JPN", "PRK", "occurred", D(2011, 12, 26), DAY)]),
        # (the widow's party travels, for her country; not her late husband)
        ("Kim Mi Ok, widow of the former south Korean minister Ri Jong Su, and her party and Pak Song Hui, chairwoman "
         "of a shipping company, and her party Monday paid respects to the bier of the leader.",
         D(2011, 12, 26), [("KOR", "PRK", "occurred", D(2011, 12, 26), DAY)]),
        # a foreign military delegation at a performance
        ("The military delegation of the Vietnamese People's Army enjoyed a performance of the national ballet "
         "company on Wednesday.",
         D(2011, 11, 16), [("VNM", "PRK", "occurred", D(2011, 11, 16), DAY)]),
    ],
)
def test__visits__agency_shapes_s19(extractor, text, pub, expected):
    assert keys(run(extractor, text, pub)["visits"]) == expected


@pytest.mark.parametrize(
    ("text", "pub"),
    [
        # a stance toward a country is no trip to it
        ("Kim Jong Il's visit to the anti-Japanese battle sites was a great event.", D(2011, 6, 6)),
        # a tribute abroad (no monument of the home outlet), and one at an embassy the sentence before names
        ("The king of Cambodia laid a wreath before the Independence Monument on Sunday.", D(2011, 11, 10)),
        ("Delegations of the Thai parliament made condolence calls at the DPRK embassy in Bangkok on Thursday.\n"
         "Its speaker and the members laid wreaths before the portrait of the leader and paid silent tribute.",
         D(2011, 12, 23)),
        # overseas Koreans at home abroad
        ("Officials of the Osaka headquarters of Chongryon and compatriots took part in the lecture.", D(2012, 2, 20)),
        ("Officials of Chongryon called at disaster-hit compatriots in Sendai on April 7 to convey the fund.", D(2011, 4, 9)),
    ],
)
def test__visits__agency_no_trip_s19(extractor, text, pub):
    assert keys(run(extractor, text, pub)["visits"]) == []


def test__visits__greeting_is_no_plan_s19(extractor):
    # a host's greeting names its guests: no trip to the first country named, and no plan
    text = "Colleagues, prime ministers of Japan and South Korea, friends, I would like to welcome you all to the forum."
    assert [v for v in run(extractor, text, D(2018, 9, 12), None)["visits"] if v["host_iso3"] == "JPN"] == []
    # "glad to meet with you here, in Goa": the meeting is now
    text = "Xi Jinping said: I am glad to meet with you here, in Goa, once again, President Putin."
    rows = run(extractor, text, D(2016, 10, 15), None)["visits"]
    assert rows and all(v["status"] == "occurred" and v["host_iso3"] == "IND" for v in rows)


def test__visits__host_clause_ends_at_semicolon_s19(extractor):
    text = "China hosts the summit this year; Putin will travel to China in June."
    assert keys(run(extractor, text, D(2018, 4, 5), None)["visits"]) == [
        ("RUS", "CHN", "planned", D(2018, 6, 1), MONTH)]


def test__figures__plural_aids_s19(extractor):
    text = "The U.S. plans to offer again military aids worth 2 billion U.S. dollars to Ukraine."
    figs = run(extractor, text, D(2024, 9, 29))["figures"]
    assert [(f["reporter_iso3"], f["partner_iso3"], f["metric"], f["value_usd"]) for f in figs] == [
        ("USA", "UKR", "aid", 2e9)]


def test__visits__gerund_after_preposition_s19(extractor):
    # "by visiting the ... regions of Russia": the one named before travelled; Russia is no visitor
    text = ("She said that the chairman Kim Jong Il had strengthened the ties with Moscow by visiting the Far East "
            "regions of Russia.")
    rows = run(extractor, text, D(2011, 10, 8))["visits"]
    assert [(v["visitor_id"], v["host_iso3"]) for v in rows if not v["is_domestic"]] == [("person:kim-jong-il", "RUS")]


def test__visits__headline_destination_once_s19(extractor):
    # the headline's destination is the lead's; a foreign group told leaving later in the story left the home country
    text = ("A teachers' delegation headed by Ri Chol Su left here today to visit China.\n"
            "The delegation for the Relations with Asia of the European Parliament headed by its chairman Erik Lund "
            "left here on the same day.")
    out = extractor.extract(ArticleInput("s19h", "Teachers' Delegation Leaves for China", text, D(2011, 11, 1), AGENCY))
    got = sorted((v["visitor_id"], v["host_iso3"]) for v in out["visits"] if not v["is_domestic"])
    assert not any(host == "CHN" and "lund" in who for who, host in got)
    assert any(host == "CHN" and "lund" not in who for who, host in got)  # (the lead's trip stays)


def test__visits__agreement_signed_here_s19(extractor):
    # an agreement "between A and B was signed here": the side not of the home outlet's country came
    text = "An agreement on building a road bridge between the DPRK and China was signed here on Thursday."
    assert keys(run(extractor, text, D(2012, 5, 10))["visits"]) == [("CHN", "PRK", "occurred", D(2012, 5, 10), DAY)]
    # no home outlet: "here" is nowhere known
    assert keys(run(extractor, text, D(2012, 5, 10), None)["visits"]) == []


def test__visits__the_demonym_leader_s19(extractor):
    # "the Chinese leader": the country's leader on the day (data/actors/leader_offices.csv)
    rows = run(extractor, "The Chinese leader arrived in Moscow on Friday.", D(2013, 3, 22), None)["visits"]
    assert [(v["visitor_id"], v["host_iso3"]) for v in rows] == [("person:xi-jinping", "RUS")]


def test__visits__opener_with_verb_before_his_trip_s19(extractor):
    # "After wrapping up his visit to China, X ...": the trip is the subject's, told before his name
    rows = run(extractor, "After wrapping up his visit to China on Sunday, Putin flew to Tokyo.", D(2019, 5, 30), None)["visits"]
    assert ("person:vladimir-putin", "CHN", "occurred") in {(v["visitor_id"], v["host_iso3"], v["status"]) for v in rows}


def test__visits__backoff_group_takes_its_named_head_s19(extractor):
    # a group "headed by its President X" at a home monument: X's trip (one record), as "led by" reads elsewhere
    text = ("The friendship delegation of the China Association for Cultural Exchange headed by its President Wen "
            "Jiabao laid a wreath before the Friendship Tower on Sunday.")
    rows = run(extractor, text, D(2014, 5, 12))["visits"]
    assert [(v["visitor_id"], v["host_iso3"], v["date_start"]) for v in rows if not v["is_domestic"]] == [
        ("person:wen-jiabao", "PRK", D(2014, 5, 11))]
