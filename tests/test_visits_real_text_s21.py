"""Visits and figures session 21: shapes that six readers found in real stories the rules misread (KCNA 2011 and 2012,
the Wikinews years, the money sentences of the three KCNA files), each fixture written in our own words. A home
outlet's address only tells "here" (``AGENCY``); the wire fixtures have none. See tests/gold/FINDINGS.md,
twenty-first session."""
from __future__ import annotations

import datetime as dt

import pytest

from newslens.extract import ArticleInput
from newslens.extract.dates import DateResolver
from tests.real_text_helpers import DAY, MONTH, keys, run

D = dt.date


def people(rows):
    """(visitor id, host) of each foreign visit, sorted."""
    return sorted((v["visitor_id"], v["host_iso3"]) for v in rows if not v["is_domestic"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # guests a "They included ..." list names after a meeting here: persons with their own titles as well as groups
        ("Choe Pal, a vice-president of the assembly, met guests of the science congress at the Assembly Hall on "
         "Monday. They included the Lao delegation led by Bounmy Sisavath, Omar Keita, minister of Fisheries of Guinea, "
         "and Rosa Mendez, special envoy of the president of Nicaragua.",
         [("GIN", "PRK", "occurred", D(2012, 4, 16), DAY), ("LAO", "PRK", "occurred", D(2012, 4, 16), DAY),
          ("NIC", "PRK", "occurred", D(2012, 4, 16), DAY)]),
        # the head of a listed group is the group's, not a guest of his own; an envoy posted here is no guest
        ("Choe Pal met guests of the science congress at the Assembly Hall on Monday. They included the delegation of "
         "the Farmers Party of Benin headed by its President Jean Dossou and Pedro Ruiz, Cuban ambassador to the DPRK.",
         [("BEN", "PRK", "occurred", D(2012, 4, 16), DAY)]),
        # a listed guest of a country whose group the story already told is that group's member
        ("Choe Pal met and conversed with guests from Nepal on Monday. They were Hari Thapa, chairman of a study "
         "circle of Nepal, and a delegation of teachers.",
         [("NPL", "PRK", "occurred", D(2012, 4, 16), DAY)]),
        # a group named by a foreign body, after a visit to a site here
        ("Foreign guests visited the Revolutionary Museum on Monday. Among them were the delegation of the "
         "Communist Party of China led by Zhou Ping and a delegation of the Communist Party of Vietnam.",
         [("CHN", "PRK", "occurred", D(2012, 4, 16), DAY), ("VNM", "PRK", "occurred", D(2012, 4, 16), DAY)]),
    ],
)
def test__visits__guest_lists_s21(extractor, text, expected):
    assert keys(run(extractor, text, D(2012, 4, 17))["visits"]) == expected


def test__visits__body_group_with_a_verb_needs_its_place_s21(extractor):
    # "The rescue team of Chongryon visited the victims": Koreans in Japan at work there, no trip here
    text = "The Hiroshima rescue team of Chongryon visited the flood victims and is helping them rebuild."
    assert keys(run(extractor, text, D(2011, 5, 10))["visits"]) == []
    # but a home body's group met abroad, the place told, is the home country's trip
    text = ("Wang Li, secretary of the Tianjin Municipal Committee of the Communist Party of China, met and had a talk "
            "with the friendship group of the Workers' Party of Korea in Beijing on Wednesday.")
    assert keys(run(extractor, text, D(2011, 7, 7))["visits"]) == [("PRK", "CHN", "occurred", D(2011, 7, 6), DAY)]


def test__visits__roster_takes_the_day_of_the_lede_s21(extractor):
    # the event's day two sentences before the roster; two groups of one country, each with a head of its own
    text = ("A reception marking the treaty anniversary took place at the Culture Palace on Monday. The friendship "
            "committee arranged it. Present on invitation were a goodwill delegation of China headed by Lin Tao, "
            "vice-chairman of the State Council of China, a delegation of the Chinese People's Friendship Society "
            "headed by Gao Wen, its chairman, and the staff of the Chinese embassy here.")
    rows = run(extractor, text, D(2011, 7, 11))["visits"]
    assert keys(rows) == [("CHN", "PRK", "occurred", D(2011, 7, 11), DAY)] * 2
    assert [v["visitor_name"] for v in sorted(rows, key=lambda v: v["visitor_name"])] == ["Gao Wen", "Lin Tao"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Also present were", "Also attending it were": rosters of an event told here
        ("An academic symposium opened here on Tuesday. Also present were a delegation of Hamburg College of Germany "
         "and a delegation of Krakow University of Poland.",
         [("DEU", "PRK", "occurred", D(2012, 8, 21), DAY), ("POL", "PRK", "occurred", D(2012, 8, 21), DAY)]),
        ("A monument was unveiled in Rason City on Sunday. Present there were Ri Chol, vice-premier of the DPRK. "
         "Also attending it were officials of the Jilin Province of China and the consul general of China in Chongjin.",
         [("CHN", "PRK", "occurred", D(2012, 8, 19), DAY)]),
        # envoys posted here, "charge d' affaires" spelt with a space too, are no guests
        ("A reception for a regional day took place here on Tuesday. Attending it were Tan Sok, Cambodian ambassador, "
         "and Ali Rahman, Malaysian charge d' affaires ad interim, with their embassy staff.", []),
    ],
)
def test__visits__rosters_with_other_openers_s21(extractor, text, expected):
    assert keys(run(extractor, text, D(2012, 8, 21))["visits"]) == expected


def test__dates__this_morning_is_the_publication_day_s21():
    r = DateResolver()
    for words in ("this morning", "this afternoon", "this evening"):
        found = r.find(f"He arrived in the border city {words}.", D(2011, 8, 26))
        assert [(d.start, d.precision, d.text) for d in found] == [(D(2011, 8, 26), "day", words)]


def test__visits__this_morning_dates_the_arrival_s21(extractor):
    text = "Kim Jong Il arrived in Harbin City, Heilongjiang Province this morning."
    assert keys(run(extractor, text, D(2011, 8, 26))["visits"]) == [("PRK", "CHN", "occurred", D(2011, 8, 26), DAY)]


def test__visits__returned_from_a_country_s21(extractor):
    text = "A delegation of the Foreign Trade Bureau of the DPRK led by Pak Song returned from Mongolia on Thursday."
    assert keys(run(extractor, text, D(2012, 8, 30))["visits"]) == [("PRK", "MNG", "occurred", D(2012, 8, 30), DAY)]
    # returning from something that is no place is no trip
    assert keys(run(extractor, "The minister returned from consultations on Thursday.", D(2012, 8, 30))["visits"]) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "It is visiting ...": the group the sentence before named
        ("A song and dance troupe of the Sichuan Provincial Art Theatre of China gave a premiere here on Saturday. It "
         "is visiting the DPRK for the friendship month.", [("CHN", "PRK", "occurred", D(2011, 7, 9), DAY)]),
        # "They visited the DPRK ...": the group of the sentence before, its trip told after it was over
        ("The delegation of the Estonian Society for Friendship with Korea held a meeting in Tallinn on May 25. They "
         "visited the DPRK for the spring festival.", [("EST", "PRK", "occurred", D(2011, 7, 1), MONTH)]),
        # "They visited it": the DPRK mission in their own capital, no trip
        ("Delegations of Estonian political parties called at the DPRK mission in Tallinn. They visited it to convey "
         "greetings.", []),
    ],
)
def test__visits__group_pronouns_s21(extractor, text, expected):
    assert keys(run(extractor, text, D(2011, 7, 9))["visits"]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the place before "between": each side came to Switzerland (Geneva, not the town of Illinois the story's
        # countries would prefer)
        ("Senior-level talks took place in Geneva, Switzerland over Monday and Tuesday between the U.S. delegation "
         "and the DPRK delegation.",
         [("PRK", "CHE", "occurred", D(2011, 10, 24), DAY), ("USA", "CHE", "occurred", D(2011, 10, 24), DAY)]),
        ("The talks between the U.S. delegation and the DPRK delegation took place in Geneva on Monday.",
         [("PRK", "CHE", "occurred", D(2011, 10, 24), DAY), ("USA", "CHE", "occurred", D(2011, 10, 24), DAY)]),
        # the meeting's own relative clause tells the place
        ("The envoy said the summit between Medvedev, the Russian president, and Kim Jong Il, which was held in "
         "Ulan-Ude in August, had begun a new chapter.", [("PRK", "RUS", "occurred", D(2011, 8, 1), MONTH)]),
    ],
)
def test__visits__talks_between_with_their_place_s21(extractor, text, expected):
    assert keys(run(extractor, text, D(2011, 10, 27))["visits"]) == expected


def test__visits__hosts_of_a_home_leader_abroad_are_no_guests_s21(extractor):
    # the home leader's trip and its scene abroad in one sentence: the foreign officials there are his hosts
    text = ("Wu Peng, state councillor of China, hosted a dinner at the Songhua Guesthouse in Harbin City for Kim Jong "
            "Il touring Northeast China.")
    assert keys(run(extractor, text, D(2011, 8, 26))["visits"]) == [("PRK", "CHN", "occurred", D(2011, 8, 1), MONTH)]
    # a group that toured a place of its own country and then came here stays a guest
    text = "A Chinese art troupe which toured Shenyang arrived here on Wednesday."
    assert keys(run(extractor, text, D(2011, 8, 26))["visits"]) == [("CHN", "PRK", "occurred", D(2011, 8, 24), DAY)]


def test__visits__an_office_told_again_is_the_named_visitor_s21(extractor):
    text = ("Aleksei Borodavkin, a deputy foreign minister of Russia, toured the DPRK with aides from March 11 to 14. In "
            "the course of the stay the vice foreign minister of Russia called on the foreign minister.")
    assert people(run(extractor, text, D(2011, 3, 15))["visits"]) == [("person:aleksei-borodavkin", "PRK")]
    # with nobody named before, the office is its country's visitor
    rows = run(extractor, "The vice foreign minister of Russia arrived here on Monday.", D(2011, 3, 15))["visits"]
    assert keys(rows) == [("RUS", "PRK", "occurred", D(2011, 3, 14), DAY)]


def _figures(extractor, text, pub):
    out = extractor.extract(ArticleInput("story", None, text, pub, None))
    return sorted((f["reporter_iso3"], f["partner_iso3"], f["metric"], f["value"]) for f in out["figures"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a "from" before the exports word belongs to another verb: "its exports" are the subject's
        ("Japan bought $12.5 billion of goods from Qatar last year, while its exports to the emirate were about "
         "$1.1 billion.", [("JPN", "QAT", "exports", 1.1e9), ("JPN", "QAT", "imports", 12.5e9)]),
        ("Peru still buys far more from Japan than it sells: Japanese exports to Peru came to $900 million last year.",
         [("JPN", "PER", "exports", 9e8)]),
        # "with X exports of $Y" after a sum: X's own flow, its other side the sum's
        ("LIMA -- Trade between the two countries reached $500 million last year, with Japanese exports of $420 "
         "million and imports of $80 million. Peru's president was in Tokyo.",
         [("JPN", "PER", "exports", 4.2e8), ("JPN", "PER", "imports", 8e7), ("PER", "JPN", "trade", 5e8)]),
        ("Talks between Chile and Japan went well. Customs data showed turnover of $7 billion last year, with "
         "Japanese exports of about $2 billion.", [("CHL", "JPN", "trade", 7e9), ("JPN", "CHL", "exports", 2e9)]),
        # the one helped is the recipient; "in Norway's history" owns a noun, no partner
        ("OSLO -- Prime Minister Jonas Store on Monday committed 500 million dollars over three years to help Chile "
         "rebuild after the floods, the largest aid package in Norway's history.", [("NOR", "CHL", "aid", 5e8)]),
    ],
)
def test__figures__whose_flow_s21(extractor, text, expected):
    assert _figures(extractor, text, D(2023, 5, 16)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "While in <city> ..., <person> told ...": the subject after the comma was there
        ("While in New York City for the General Assembly, President Zelensky told reporters he felt no pressure.",
         [("person:volodymyr-zelensky", "USA")]),
        ("While in office, President Zelensky said he felt no pressure.", []),
        # a national envoy of a kind the titles list ("peace envoy") is his country's traveller
        ("US peace envoy Zalmay Khalilzad arrived in Doha on Saturday for another round of talks.",
         [("person:zalmay-khalilzad", "QAT")]),
        # the registry's short form of a ruler's name
        ("Sultan Qaboos flew to Belgium on Tuesday for medical checks.", [("person:qaboos-bin-said", "BEL")]),
    ],
)
def test__visits__wire_shapes_s21(extractor, text, expected):
    assert people(run(extractor, text, D(2019, 9, 30), None)["visits"]) == expected


@pytest.mark.parametrize(
    "text",
    [
        # trips to a count of countries name none: no trip, and no tour at home either
        "Over his life Kim Il Sung made state and private trips to some 60 countries.",
        "The leader visited many countries.",
        # goods that arrive, and the country of a currency, are no travellers
        "Rice worth 3 million U.S. dollars donated by the Swedish government arrived in the DPRK.",
    ],
)
def test__visits__no_traveller_s21(extractor, text):
    assert run(extractor, text, D(2012, 4, 13))["visits"] == []



@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the speakers of an event told here are its guests
        ("The science congress opened at the Culture Palace here on Wednesday. Congratulatory speeches were made by "
         "Omar Keita, minister of Fisheries of Guinea, and Hari Thapa, former Nepalese prime minister.",
         [("GIN", "PRK", "occurred", D(2012, 4, 11), DAY), ("NPL", "PRK", "occurred", D(2012, 4, 11), DAY)]),
        # speeches at an event abroad: no guests here
        ("A flower show opened in Beijing on Wednesday. Speeches were made by Li Ping, a Chinese official, and Omar "
         "Keita, minister of Fisheries of Guinea.", []),
        # the side a roster names gives its groups their country: a home group at a signing abroad
        ("A fisheries accord was inked in Moscow on Monday. Present at the ceremony from the DPRK side were a "
         "fisheries delegation headed by Minister Pak Thae Won and the DPRK envoy posted in Moscow.",
         [("PRK", "RUS", "occurred", D(2012, 4, 9), DAY)]),
        # a guest interviewed as he left, the subject of the sentence (his group's country named before its body's
        # words, which may name the home country)
        ("Hiroshi Kato, head of the Japanese delegation of the Osaka Council for the Reunification of Korea, gave an "
         "interview to KCNA at his hotel on Monday before returning home.",
         [("JPN", "PRK", "occurred", D(2012, 4, 1), MONTH)]),
        ("Kim Ki Nam, secretary of the WPK, had an interview with KCNA on Monday before returning home.", []),
    ],
)
def test__visits__speakers_sides_and_leavers_s21(extractor, text, expected):
    assert keys(run(extractor, text, D(2012, 4, 12))["visits"]) == expected


def test__visits__the_groups_named_head_told_next_is_the_visitor_s21(extractor):
    # the group a lede tells unnamed, then its head named in the roster after it: one trip, the head's
    text = ("The party gave a dinner here on Monday for the delegation of the Farmers Party of Benin. Present on "
            "invitation were the members of the Farmers Party of Benin delegation led by its chairman Paul Agossou.")
    rows = run(extractor, text, D(2011, 9, 12))["visits"]
    assert [(v["visitor_id"], v["host_iso3"], v["date_start"]) for v in rows] == [
        ("person:paul-agossou", "PRK", D(2011, 9, 12))]


def test__visits__an_envoy_named_with_the_group_is_no_head_s21(extractor):
    # "the delegation led by Head X and Ambassador Y": the envoy posted here does not take the group's trip
    text = ("The party gave a dinner here on Monday for the visiting delegation of the Liaison Bureau of China. Present on "
            "invitation were members of the delegation led by Head Zhao Ming and Ambassador Qian Li and the staff of the "
            "Chinese embassy here.")
    for title in (None, "Dinner for Chinese Delegation"):
        out = extractor.extract(ArticleInput("story", title, text, D(2012, 7, 30), "http://www.kcna.co.jp/item/x.htm"))
        assert "person:qian-li" not in {v["visitor_id"] for v in out["visits"]}
        assert [v["visitor_iso3"] for v in out["visits"]] == ["CHN"]
