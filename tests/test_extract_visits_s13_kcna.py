"""Visits session 13: foreign guests at home told by a state agency (newslens/extract/visit_kcna13.py,
data/lexicons/visit_kcna13.csv). Fixtures are in our own words; the agency's address only tells "here"."""
from __future__ import annotations

import datetime as dt

import pytest

from newslens.extract import ArticleInput
from newslens.extract.visit_kcna13 import Kcna13Words
from newslens.schema import conform

D = dt.date
AGENCY = "http://www.kcna.co.jp/item/2012/201209/news12/x.htm"


def agency(extractor, text, pub, url=AGENCY):
    out = extractor.extract(ArticleInput("s13k", None, text, pub, url))
    conform(out["visits"], "visits")
    return sorted((v["visitor_iso3"], v["host_iso3"], v["status"], v["date_start"], v["date_precision"])
                  for v in out["visits"] if not v["is_domestic"])


# -- a lede about a crowd of guests here, then their voices one by one ------------------------------------------------
@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        ("Public figures of various countries on a visit to the DPRK spoke highly of its achievements.\n"
         "Mariam Toure, a lecturer at the Teachers College of Mali, said that the new streets amazed her.\n"
         "Jorge Salas, secretary of the Friendship Club of Peru, noted that the country was advancing.",
         D(2013, 5, 14), [("MLI", "PRK", "occurred", D(2013, 5, 1), "month"),
                          ("PER", "PRK", "occurred", D(2013, 5, 1), "month")]),
        ("Many foreigners visited the flower show held on the occasion of the spring holiday.\n"
         "After the tour they left their impressions.\n"
         "Olga Petrenko, a soloist of the chamber orchestra of Belarus, stressed that the blooms were splendid.",
         D(2012, 4, 18), [("BLR", "PRK", "occurred", D(2012, 4, 1), "month")]),
        ("Foreign delegates visiting the DPRK toured the Grand People's Study House on Monday.\n"
         "Anil Kumar, head of the Indian Society for Friendship, told reporters: \"The library is vast.\"",
         D(2012, 10, 3), [("IND", "PRK", "occurred", D(2012, 10, 1), "day")]),
    ],
)
def test__extract__voices_of_guests_a_lede_puts_here(extractor, text, pub, expected):
    assert agency(extractor, text, pub) == expected


@pytest.mark.parametrize(
    ("text", "pub"),
    [
        # no trip in the lede: voices of foreigners at home praising from afar
        ("Personages of different countries praised the DPRK's space programme.\n"
         "Mariam Toure, a lecturer at the Teachers College of Mali, said that the launch was a success.", D(2013, 5, 14)),
        # the lede places the crowd abroad (an embassy in a foreign capital)
        ("Many foreigners visited the photo exhibition at the DPRK embassy in Hanoi.\n"
         "Nguyen Van Binh, a teacher of the Hanoi Pedagogical College of Vietnam, said that it moved him.", D(2012, 6, 2)),
        # a posted envoy and a home official are no guests
        ("Foreign guests on a visit to the DPRK attended the opening.\n"
         "Pablo Ortiz, ambassador of Cuba to the DPRK, said that the show was superb.\n"
         "Ri Chol Su, vice-chairman of the DPRK-Cuba Friendship Association, said that the ties were deep.", D(2012, 7, 9)),
        # a plan, not a stay
        ("Foreign delegations will visit the DPRK for the games next month.\n"
         "Hans Berger, president of the Chess Federation of Austria, said that he looked forward to it.", D(2012, 7, 9)),
        # a voice from abroad in a statement
        ("Foreign guests on a visit to the DPRK toured the museum.\n"
         "Ahmed Saleh, chairman of the Juche Study Group of Egypt, said in a statement that the exhibits were rich.",
         D(2012, 7, 9)),
    ],
)
def test__extract__voices_with_no_stay_here_give_no_visit(extractor, text, pub):
    assert agency(extractor, text, pub) == []


# -- "X and other foreigners visited ...": X is a guest ----------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        ("The deputy director of the Forestry Institute of Zambia and other foreigners toured the Central Botanical "
         "Garden on Sept. 20.", D(2012, 9, 21), [("ZMB", "PRK", "occurred", D(2012, 9, 20), "day")]),
        ("A team of engineers of the Hydropower Institute of Nepal and other foreign guests laid flowers before the "
         "monument in the capital.", D(2012, 3, 2), [("NPL", "PRK", "occurred", D(2012, 3, 1), "month")]),
        ("Members of a Mongolian choir and many other foreign visitors, among them overseas Koreans from Japan, "
         "called at the Mangyongdae Schoolchildren's Palace on Friday.", D(2012, 8, 6),
         [("MNG", "PRK", "occurred", D(2012, 8, 3), "day")]),
    ],
)
def test__extract__a_subject_joined_to_other_foreigners_is_a_guest(extractor, text, pub, expected):
    assert agency(extractor, text, pub) == expected


@pytest.mark.parametrize(
    ("text", "pub"),
    [
        # the home country's own people with other foreigners
        ("The vice-president of the Korean Committee for Cultural Relations and other foreign guests toured the plant.",
         D(2012, 9, 21)),
        # resident envoys
        ("The ambassador of Egypt and other foreign diplomats visited the exhibition.", D(2012, 9, 21)),
        ("The military attache of Syria and other foreign guests staying here visited the museum.", D(2012, 9, 21)),
        # the visit is to a place abroad
        ("A delegation of the Youth League of Laos and other foreign guests visited the DPRK embassy in Vientiane.",
         D(2012, 9, 21)),
        # no verb of going to a site: a message
        ("The chairman of the Workers' Party of Ireland and other foreigners sent greetings to the leader.", D(2012, 9, 21)),
    ],
)
def test__extract__other_foreigners_near_misses(extractor, text, pub):
    assert agency(extractor, text, pub) == []


def test__extract__no_home_no_guest_rules(extractor):
    """A story with no agency's "here" (no url): the crowd of guests has no host to go to."""
    text = ("Foreign guests on a visit to the country toured the museum.\n"
            "Ahmed Saleh, chairman of the Juche Study Group of Egypt, said that the exhibits were rich.")
    assert agency(extractor, text, D(2012, 7, 9), url=None) == []


def test__kcna13_words__group_and_joint_patterns():
    words = Kcna13Words()
    assert words.group_re.search("Personages of different countries, on a visit to the DPRK,")
    assert words.group_re.search("Many foreigners and overseas compatriots visited the venue")
    assert words.group_re.search("Foreign delegations arrived") is not None
    assert words.group_re.search("the foreign minister arrived") is None
    assert words.other_re.search("X of Guinea and other foreigners visited")
    assert words.other_re.search("X of Guinea and others visited") is None


# -- relatives of foreign veterans at a site here ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        ("Descendants of Li Minghua and Sun Tao, Chinese volunteers in the Korean war, paid tribute at the "
         "Friendship Tower on Saturday.", D(2012, 10, 29), [("CHN", "PRK", "occurred", D(2012, 10, 27), "day")]),
        ("Anna Kovacs, granddaughter of a Hungarian doctor who worked at a field hospital, and the family of Ivan "
         "Sokolov, a compatriot in Kazakhstan, laid bouquets before the statues on Monday.", D(2012, 7, 3),
         [("HUN", "PRK", "occurred", D(2012, 7, 2), "day"), ("KAZ", "PRK", "occurred", D(2012, 7, 2), "day")]),
        ("The family of a Mongolian pilot related to the anti-Japanese war visited the revolutionary museum.",
         D(2012, 8, 15), [("MNG", "PRK", "occurred", D(2012, 8, 1), "month")]),  # ("anti-Japanese": no Japan)
    ],
)
def test__extract__relatives_of_foreign_veterans_at_a_site_here(extractor, text, pub, expected):
    assert agency(extractor, text, pub) == expected


@pytest.mark.parametrize(
    ("text", "pub"),
    [
        # the relatives visit a site abroad
        ("Relatives of Chinese volunteers laid wreaths at the cemetery in Shenyang on Sunday.", D(2012, 10, 29)),
        # the home country's own families
        ("Family members of Korean war veterans visited the Victorious War Museum on Sunday.", D(2012, 7, 28)),
        # a plan
        ("Children of Vietnamese pilots will pay tribute at the monument next week.", D(2012, 7, 28)),
        # a cause, not a people: no country of the relatives
        ("Family members of fighters in the anti-Japanese struggle paid homage at the statues.", D(2012, 4, 15)),
        # relatives who are a posted envoy's
        ("The wife of the Cuban ambassador laid flowers before the statues.", D(2012, 4, 15)),
    ],
)
def test__extract__relatives_near_misses(extractor, text, pub):
    assert agency(extractor, text, pub) == []


# -- talks of the home country's delegation at a venue abroad -----------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        ("Talks were held between the delegations of the Workers' Party of Korea and the People's Front for "
         "Renewal in Mozambique on March 3.", D(2012, 3, 6), [("PRK", "MOZ", "occurred", D(2012, 3, 3), "day")]),
        ("Talks between the delegations of the Korean People's Army and the armed forces of the host country took "
         "place in Kampala on Thursday.", D(2012, 11, 10), [("PRK", "UGA", "occurred", D(2012, 11, 8), "day")]),
        ("Talks between delegations of the central committees of the DFRK and the Patriotic Front were held in "
         "Harare.", D(2012, 2, 14), [("PRK", "ZWE", "occurred", D(2012, 2, 1), "month")]),
    ],
)
def test__extract__home_delegation_talks_at_a_venue_abroad(extractor, text, pub, expected):
    assert agency(extractor, text, pub) == expected


@pytest.mark.parametrize(
    ("text", "pub"),
    [
        # neither side is the home country's
        ("Talks between the delegations of the Socialist Party and the Popular Front were held in Havana.",
         D(2012, 2, 14)),
        # talks to come, not held
        ("Talks between the delegations of the WPK and the Patriotic Front will be held in Harare.", D(2012, 2, 14)),
        # overseas compatriots named last: no venue abroad for the home side
        ("Talks between the delegations of the WPK and the association of Koreans in Brazil were held.",
         D(2012, 2, 14)),
    ],
)
def test__extract__talks_abroad_near_misses(extractor, text, pub):
    assert [v for v in agency(extractor, text, pub) if v[0] == "PRK" and v[2] == "occurred"] == []


# -- a list of guests before "and other foreign guests", mourners at the bier ------------------------------------------
@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        ("A choir of Estonia, a team of traders of a firm in Fujian Province, China and other foreign guests "
         "expressed condolences before the memorial portrait on Monday.", D(2011, 12, 28),
         [("CHN", "PRK", "occurred", D(2011, 12, 26), "day"), ("EST", "PRK", "occurred", D(2011, 12, 26), "day")]),
        ("A delegation of the UN Children's Fund office in the DPRK, a shipping agent of Greece and other foreign "
         "guests visited the memorial hall on Tuesday.", D(2011, 12, 28),
         [("GRC", "PRK", "occurred", D(2011, 12, 27), "day")]),  # (the office in the DPRK is resident: skipped)
        ("Relatives of a Cuban doctor expressed condolences before the bier on Wednesday.", D(2011, 12, 29),
         [("CUB", "PRK", "occurred", D(2011, 12, 28), "day")]),
    ],
)
def test__extract__listed_guests_and_mourners_at_the_bier(extractor, text, pub, expected):
    assert agency(extractor, text, pub) == expected


@pytest.mark.parametrize(
    ("text", "pub"),
    [
        # condolences sent, not offered at the bier
        ("Relatives of a Cuban doctor expressed condolences over the demise in a message on Wednesday.", D(2011, 12, 29)),
        # every listed guest resident or of the home country
        ("A delegation of the UN Children's Fund office in the DPRK, officials of the Korean Red Cross and other "
         "foreign guests visited the memorial hall on Tuesday.", D(2011, 12, 28)),
        # the mourning place abroad
        ("A choir of Estonia and other foreign guests expressed condolences before the portrait at the DPRK embassy "
         "in Tallinn.", D(2011, 12, 28)),
    ],
)
def test__extract__listed_guests_near_misses(extractor, text, pub):
    assert agency(extractor, text, pub) == []


@pytest.mark.parametrize(
    ("text", "pub"),
    [
        # a home scholar of a foreign language speaks among the guests
        ("Foreign guests on a visit to the DPRK toured the university.\n"
         "Han Song Ok, a lecturer at the Spanish language faculty, said that the students worked hard.", D(2012, 6, 4)),
        ("Many foreigners visited the exhibition.\n"
         "Jo Myong Su, head of the Mexican studies section of Kim Il Sung University, said that visitors came daily.",
         D(2012, 6, 4)),
        # a dateline abroad: the site is there, not here
        ("Vientiane, May 5 (KCNA) -- The vice-chairman of the Youth Union of Laos and other foreign guests laid flowers "
         "before the bust on Friday.", D(2012, 5, 5)),
    ],
)
def test__extract__home_speakers_and_datelines_abroad_give_no_guest(extractor, text, pub):
    assert agency(extractor, text, pub) == []


def test__extract__a_home_dateline_is_no_part_of_the_subject(extractor):
    """"Pyongyang, May 5 (KCNA) -- X of Laos and other foreign guests ...": the home dateline opens the story, and the
    subject starts after it (the capital in the dateline is no home institution of the guest)."""
    text = ("Pyongyang, May 5 (KCNA) -- The vice-chairman of the Youth Union of Laos and other foreign guests laid "
            "flowers before the bust on Friday.")
    assert agency(extractor, text, D(2012, 5, 5)) == [("LAO", "PRK", "occurred", D(2012, 5, 4), "day")]
