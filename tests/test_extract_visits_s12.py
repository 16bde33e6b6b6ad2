"""Visits session 12: wire stories (newslens/extract/visit_wire12.py, data/lexicons/visit_wire12.csv)."""
from __future__ import annotations

import datetime as dt

import pytest

from newslens.extract import ArticleInput
from newslens.extract.visit_wire12 import Wire12Words, participle_is_modifier, topic_possessive
from newslens.schema import conform

D = dt.date


def newswire(extractor, text, pub):
    out = extractor.extract(ArticleInput("s12", None, text, pub, None))
    conform(out["visits"], "visits")
    return sorted((v["visitor_id"], v["host_iso3"], v["status"], v["date_start"], v["date_precision"])
                  for v in out["visits"] if not v["is_domestic"])


# -- an undated trip to the dateline's country whose traveller the lede names takes the lede's day ---------------------
@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        ("RIYADH, Oct 3 (Reuters) - Sergei Lavrov said on Tuesday that Moscow and Riyadh would keep oil output steady.\n\n"
         "Lavrov met Crown Prince Mohammed bin Salman in Riyadh, with a group of Russian bankers.", D(2023, 10, 3),
         [("person:sergei-lavrov", "SAU", "occurred", D(2023, 10, 3), "day")]),
        ("CANBERRA (AAP) - Chinese Foreign Minister Wang Yi on Wednesday called for a reset of trade ties.\n\n"
         "Wang Yi held talks with Penny Wong in Canberra and toured a wine exporter's stand.", D(2024, 3, 20),
         [("person:wang-yi", "AUS", "occurred", D(2024, 3, 20), "day")]),
        ("NAIROBI (Reuters) - German Chancellor Olaf Scholz promised on Thursday to hire more Kenyan nurses.\n\n"
         "Scholz and Foreign Minister Annalena Baerbock met President William Ruto in the Kenyan capital.", D(2023, 5, 5),
         [("person:annalena-baerbock", "KEN", "occurred", D(2023, 5, 4), "day"),
          ("person:olaf-scholz", "KEN", "occurred", D(2023, 5, 4), "day")]),
    ],
)
def test__extract__a_lede_traveller_undated_trip_takes_the_lede_day(extractor, text, pub, expected):
    assert newswire(extractor, text, pub) == expected


@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        # another day told for the traveller's stay: not the lede's (two days for one stay keep the month: tests/gold/README.md)
        ("RIYADH, Oct 3 (Reuters) - Sergei Lavrov said on Tuesday that Moscow and Riyadh would keep oil output steady.\n\n"
         "Lavrov, who landed on Monday, met Crown Prince Mohammed bin Salman in Riyadh.", D(2023, 10, 3),
         [("person:sergei-lavrov", "SAU", "occurred", D(2023, 10, 2), "day")]),
        ("RIYADH, Oct 3 (Reuters) - Sergei Lavrov said on Tuesday that Moscow and Riyadh would keep oil output steady.\n\n"
         "Lavrov met Crown Prince Mohammed bin Salman in Riyadh. On Monday Lavrov had toured a refinery.", D(2023, 10, 3),
         [("person:sergei-lavrov", "SAU", "occurred", D(2023, 10, 2), "day")]),  # (not the lede's Tuesday)
        # the lede names someone else: the traveller's trip keeps the month
        ("RIYADH, Oct 3 (Reuters) - Saudi Arabia said on Tuesday it would keep oil output steady.\n\n"
         "Sergei Lavrov met Crown Prince Mohammed bin Salman in Riyadh.", D(2023, 10, 3),
         [("person:sergei-lavrov", "SAU", "occurred", D(2023, 10, 1), "month")]),
        # a trip to another country than the dateline's is not the lede's to date
        ("RIYADH, Oct 3 (Reuters) - Sergei Lavrov said on Tuesday that Moscow and Riyadh would keep oil output steady.\n\n"
         "Lavrov met the emir in Doha, accompanied by bankers.", D(2023, 10, 3),
         [("person:sergei-lavrov", "QAT", "occurred", D(2023, 10, 1), "month")]),
    ],
)
def test__extract__a_lede_day_near_misses(extractor, text, pub, expected):
    assert newswire(extractor, text, pub) == expected


# -- a country in the possessive before a common noun is the topic of talks, not their venue ---------------------------
@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        ("NEW DELHI (Reuters) - Olaf Scholz said on Saturday after talks with Narendra Modi that they differed on "
         "Russia's invasion.", D(2023, 2, 25),
         [("person:olaf-scholz", "IND", "occurred", D(2023, 2, 25), "day")]),
        ("Rishi Sunak held talks with Fumio Kishida on Monday in Hiroshima, focusing on China's military build-up.",
         D(2023, 5, 22), [("person:rishi-sunak", "JPN", "occurred", D(2023, 5, 22), "day")]),
        ("TOKYO (AP) - Antony Blinken held talks with Yoshimasa Hayashi on Tuesday on North Korea's missile launches.",
         D(2023, 7, 18), [("person:antony-blinken", "JPN", "occurred", D(2023, 7, 18), "day")]),
    ],
)
def test__extract__a_possessive_country_is_the_topic_of_talks(extractor, text, pub, expected):
    assert newswire(extractor, text, pub) == expected


@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        # a possessive before a place word, or a proper name, is still where they met
        ("Olaf Scholz held talks with Vladimir Putin on Tuesday in Russia's capital.", D(2022, 2, 15),
         [("person:olaf-scholz", "RUS", "occurred", D(2022, 2, 15), "day")]),
        ("Antony Blinken met Wang Yi on Sunday in China's southern city of Guangzhou.", D(2023, 6, 18),
         [("person:antony-blinken", "CHN", "occurred", D(2023, 6, 18), "day")]),
    ],
)
def test__extract__a_possessive_place_stays_the_venue(extractor, text, pub, expected):
    assert newswire(extractor, text, pub) == expected


def test__topic_possessive__place_nouns_and_proper_names():
    w = Wire12Words()
    text = "talks on Japan's role; in Japan's north; in Japan's Kansai region"
    ends = [i + len("Japan") for i in range(len(text)) if text.startswith("Japan", i)]
    assert [topic_possessive(w, text, e) for e in ends] == [True, False, False]


# -- a participle modifying a noun is no past tense of a plan -----------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        ("Penny Wong flies to Jakarta on Thursday for a special meeting of donors called to coordinate the relief effort.",
         D(2024, 1, 3), [("person:penny-wong", "IDN", "planned", D(2024, 1, 4), "day")]),
        ("Sergei Lavrov travels to Ankara on Friday for a conference of ministers convened by Turkey.",
         D(2022, 3, 8), [("person:sergei-lavrov", "TUR", "planned", D(2022, 3, 11), "day")]),
        ("David Cameron heads to Cairo on Monday for a summit organised by the Arab League.",
         D(2024, 2, 8), [("person:david-cameron", "EGY", "planned", D(2024, 2, 12), "day")]),
    ],
)
def test__extract__a_noun_participle_leaves_a_plan_ahead(extractor, text, pub, expected):
    assert newswire(extractor, text, pub) == expected


@pytest.mark.parametrize(
    ("text", "pub"),
    [
        # a finite past in the plan's clause still puts the plan's day in the past
        ("Penny Wong was expected to fly to Jakarta on Thursday for a meeting called to coordinate relief.",
         D(2024, 1, 3)),
        ("Sergei Lavrov had planned to travel to Ankara on Friday for talks convened by Turkey.", D(2022, 3, 8)),
    ],
)
def test__extract__a_finite_past_keeps_the_day_behind(extractor, text, pub):
    got = newswire(extractor, text, pub)
    assert all(d is None or d <= pub for _, _, _, d, _ in got)


def test__participle_is_modifier__pronoun_subject_is_finite():
    w = Wire12Words()
    s = "He called to say that Wong flies to Jakarta on Thursday"
    assert not participle_is_modifier(w, s, 0, len(s))
    s = "Wong flies to Jakarta on Thursday for talks hosted by the president"
    assert participle_is_modifier(w, s, 0, len(s))


# -- "will hold talks with X before flying on to Y": Y is the traveller's next leg, a plan; X makes no trip there ------
@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        ("Narendra Modi will hold talks with Scott Morrison before travelling on to Wellington.", D(2019, 11, 20),
         [("person:narendra-modi", "NZL", "planned", D(2019, 11, 1), "month")]),
        ("Luiz Inacio Lula da Silva will hold a summit with Xi Jinping before flying on to Abu Dhabi.", D(2023, 4, 12),
         [("person:luiz-inacio-lula-da-silva", "ARE", "planned", D(2023, 4, 1), "month")]),
        ("Wang Yi will meet Sergei Lavrov before travelling on to Ankara.", D(2023, 3, 20),
         [("person:wang-yi", "TUR", "planned", D(2023, 3, 1), "month")]),
    ],
)
def test__extract__an_onward_leg_after_planned_talks(extractor, text, pub, expected):
    assert newswire(extractor, text, pub) == expected


def test__extract__an_onward_leg_after_talks_held_stays_occurred(extractor):
    got = newswire(extractor, "Luiz Inacio Lula da Silva held talks with Xi Jinping in Beijing before flying on to Abu "
                              "Dhabi.", D(2023, 4, 16))
    assert got == [("person:luiz-inacio-lula-da-silva", "ARE", "occurred", D(2023, 4, 1), "month"),
                   ("person:luiz-inacio-lula-da-silva", "CHN", "occurred", D(2023, 4, 1), "month")]


def test__extract__talks_in_a_third_country_before_an_onward_leg(extractor):
    # the talks' own place keeps both sides' trips; the leg after it is the subject's
    got = newswire(extractor, "Luiz Inacio Lula da Silva will hold talks with Xi Jinping in Abu Dhabi before flying on "
                              "to Doha.", D(2023, 4, 12))
    assert ("person:luiz-inacio-lula-da-silva", "ARE", "planned", D(2023, 4, 1), "month") in got
    assert ("person:xi-jinping", "ARE", "planned", D(2023, 4, 1), "month") in got
    assert ("person:luiz-inacio-lula-da-silva", "QAT", "planned", D(2023, 4, 1), "month") in got


# -- "flew in from <home> on Monday for talks in <Place> with <host>": the guest's trip to the place the cue names ------
@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        ("Olaf Scholz arrived from Berlin on Sunday for talks in Beijing with Xi Jinping.", D(2023, 4, 16),
         [("person:olaf-scholz", "CHN", "occurred", D(2023, 4, 16), "day")]),
        ("Penny Wong flew in from Canberra on Tuesday for a joint press conference in Wellington with Nanaia Mahuta.",
         D(2023, 4, 16), [("person:penny-wong", "NZL", "occurred", D(2023, 4, 11), "day")]),
        ("Antony Blinken flew in from Tokyo on Monday for talks in Seoul with Park Jin.", D(2023, 3, 20),
         [("person:antony-blinken", "JPN", "occurred", D(2023, 3, 1), "month"),
          ("person:antony-blinken", "KOR", "occurred", D(2023, 3, 20), "day")]),
        # no talks partner named: the arrival itself ("flew in" with a place of talks after it)
        ("Sergei Lavrov flew in from Moscow late on Tuesday for a meeting in Ankara.", D(2023, 4, 16),
         [("person:sergei-lavrov", "TUR", "occurred", D(2023, 4, 11), "day")]),
        ("Wang Yi flew in from Beijing on Thursday for a conference in Jakarta.", D(2023, 3, 20),
         [("person:wang-yi", "IDN", "occurred", D(2023, 3, 16), "day")]),
    ],
)
def test__extract__talks_in_a_place_with_the_host(extractor, text, pub, expected):
    assert newswire(extractor, text, pub) == expected


@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        # the host at home makes no trip; a traveller back home makes none to his own country
        ("Xi Jinping held talks in Beijing with Olaf Scholz on Sunday.", D(2023, 4, 16), []),
        ("Scott Morrison held talks in Canberra with Jacinda Ardern on Friday.", D(2023, 4, 16), []),
        ("Xi Jinping flew in from Moscow on Wednesday for talks in Beijing.", D(2023, 4, 16),
         [("person:xi-jinping", "RUS", "occurred", D(2023, 4, 1), "month")]),
        # things, not people, flying in
        ("Supplies flew in from Germany on Friday for victims in Ankara, Olaf Scholz said.", D(2023, 4, 16), []),
    ],
)
def test__extract__talks_in_a_place_near_misses(extractor, text, pub, expected):
    assert newswire(extractor, text, pub) == expected


# -- "she"/"her" stands for the woman a title names, not the man the story named first (no gender column) ------------
@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        ("Scott Morrison hosted Ms Ardern in Sydney on Friday. Her trip to Fiji next week was confirmed by her office.",
         D(2019, 5, 10), [("person:jacinda-ardern", "AUS", "occurred", D(2019, 5, 10), "day"),
                          ("person:jacinda-ardern", "FJI", "planned", D(2019, 5, 13), "day")]),
        ("Joe Biden met Queen Elizabeth in London on Sunday. Her state visit to Germany next month was announced.",
         D(2015, 6, 10), [("person:elizabeth-ii", "DEU", "planned", D(2015, 7, 1), "month"),
                          ("person:joe-biden", "GBR", "occurred", D(2015, 6, 7), "day")]),
        ("Hu Jintao welcomed Mrs Clinton in Beijing on Saturday. She flies to Seoul on Sunday.", D(2012, 7, 10),
         [("person:hillary-clinton", "CHN", "occurred", D(2012, 7, 7), "day"),
          ("person:hillary-clinton", "KOR", "planned", D(2012, 7, 15), "day")]),
        # the mirror: "his" is not the queen's
        ("Queen Elizabeth hosted Barack Obama in London on Sunday. His trip to Poland follows on Tuesday.", D(2015, 6, 10),
         [("person:barack-obama", "GBR", "occurred", D(2015, 6, 7), "day"),
          ("person:barack-obama", "POL", "occurred", D(2015, 6, 9), "day")]),
    ],
)
def test__extract__a_pronoun_bound_by_a_womans_title(extractor, text, pub, expected):
    assert newswire(extractor, text, pub) == expected


@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        # the titled woman is the pronoun's own referent already: no change
        ("Ms Ardern met Scott Morrison in Sydney on Friday. Her trip to Fiji next week was confirmed.", D(2019, 5, 10),
         [("person:jacinda-ardern", "AUS", "occurred", D(2019, 5, 10), "day"),
          ("person:jacinda-ardern", "FJI", "planned", D(2019, 5, 13), "day")]),
        # "he" after a man and a titled woman stays the man's
        ("Barack Obama met Queen Elizabeth in London on Sunday. He flies to Warsaw on Tuesday.", D(2015, 6, 10),
         [("person:barack-obama", "GBR", "occurred", D(2015, 6, 7), "day"),
          ("person:barack-obama", "POL", "planned", D(2015, 6, 16), "day")]),
    ],
)
def test__extract__a_pronoun_bound_by_a_womans_title_near_misses(extractor, text, pub, expected):
    assert newswire(extractor, text, pub) == expected


# -- "X, a senior adviser to Y, met ...": Y, named in X's appositive, is not the traveller -----------------------------
@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        # an unregistered staff member travels for the boss's country
        ("Sergei Ryabkov, a deputy to Sergei Lavrov, landed in Geneva on Sunday.", D(2023, 6, 27),
         [("country:RUS", "CHE", "occurred", D(2023, 6, 25), "day")]),
        ("Yevgeny Prigozhin, a close associate of Vladimir Putin, arrived in Minsk on Tuesday.", D(2023, 6, 27),
         [("country:RUS", "BLR", "occurred", D(2023, 6, 27), "day")]),
        ("Wang Huning, an aide to Xi Jinping, flew to Phnom Penh on Sunday.", D(2023, 6, 27),
         [("country:CHN", "KHM", "occurred", D(2023, 6, 25), "day")]),
        # the back-off reading of "met ... in <place>" gives the boss no trip either
        ("Ali Larijani, a senior adviser to Ayatollah Ali Khamenei, met Nabih Berri in Beirut on Friday.",
         D(2024, 11, 19), []),
    ],
)
def test__extract__the_boss_in_an_appositive_is_no_traveller(extractor, text, pub, expected):
    assert newswire(extractor, text, pub) == expected


@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        # the registered traveller before the comma stays the traveller (the old code gave Macron the trip)
        ("Olaf Scholz, a close ally of Emmanuel Macron, arrived in Rome on Tuesday.", D(2023, 6, 27),
         [("person:olaf-scholz", "ITA", "occurred", D(2023, 6, 27), "day")]),
        # the role as an object ("met an adviser to Y"): the subject travels, as before
        ("Antony Blinken met an adviser to Olaf Scholz in Berlin on Sunday.", D(2023, 6, 27),
         [("person:antony-blinken", "DEU", "occurred", D(2023, 6, 25), "day")]),
    ],
)
def test__extract__the_boss_in_an_appositive_near_misses(extractor, text, pub, expected):
    assert newswire(extractor, text, pub) == expected


def test__extract__a_relative_clause_is_no_appositive(extractor):
    got = newswire(extractor, "Sergei Lavrov, who met an adviser to Xi Jinping, landed in Geneva on Sunday.", D(2023, 6, 27))
    assert ("person:sergei-lavrov", "CHE", "occurred", D(2023, 6, 25), "day") in got
    assert not any(v == "country:CHN" for v, *_ in got)


# -- "a day after X ended a two-day visit to Y": a trip made, whatever future the rest of the sentence tells ----------
@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        ("Saudi Arabia will invest $20 billion in Pakistan, two days after Mohammed bin Salman ended his visit to "
         "Islamabad.", D(2019, 6, 24), [("person:mohammed-bin-salman", "PAK", "occurred", D(2019, 6, 22), "day")]),
        ("Japan will lend India $1 billion, officials said, after Shinzo Abe wrapped up a three-day trip to New Delhi.",
         D(2019, 6, 24), [("person:shinzo-abe", "IND", "occurred", D(2019, 6, 1), "month")]),
        ("Kenya will get new loans, a day after Xi Jinping concluded a state visit to Nairobi.", D(2019, 6, 24),
         [("person:xi-jinping", "KEN", "occurred", D(2019, 6, 23), "day")]),
    ],
)
def test__extract__an_ended_visit_is_a_trip_made(extractor, text, pub, expected):
    assert newswire(extractor, text, pub) == expected


@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        ("Vladimir Putin will end his visit to Ankara on Tuesday.", D(2019, 6, 24),
         [("person:vladimir-putin", "TUR", "planned", D(2019, 6, 25), "day")]),
        ("Vladimir Putin is expected to conclude a visit to Ankara on Tuesday.", D(2019, 6, 24),
         [("person:vladimir-putin", "TUR", "planned", D(2019, 6, 25), "day")]),
    ],
)
def test__extract__an_ending_ahead_stays_a_plan(extractor, text, pub, expected):
    assert newswire(extractor, text, pub) == expected


# -- "X, Y and Z (also) attended[, as did W]" under a dateline abroad whose lede tells a ceremony ---------------------
@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        ("LONDON (Reuters) - Queen Elizabeth's state funeral was held at Westminster Abbey on Monday.\n\n"
         "Joe Biden, Emmanuel Macron and Justin Trudeau attended the funeral.", D(2022, 9, 19),
         [("person:emmanuel-macron", "GBR", "occurred", D(2022, 9, 19), "day"),
          ("person:joe-biden", "GBR", "occurred", D(2022, 9, 19), "day"),
          ("person:justin-trudeau", "GBR", "occurred", D(2022, 9, 19), "day")]),
        ("LONDON (AP) - King Charles III was crowned at Westminster Abbey on Saturday.\n\n"
         "Jill Biden and Emmanuel Macron attended, as did Justin Trudeau.", D(2023, 5, 6),
         [("person:emmanuel-macron", "GBR", "occurred", D(2023, 5, 6), "day"),
          ("person:justin-trudeau", "GBR", "occurred", D(2023, 5, 6), "day")]),
        # the ceremony told in the lede, three sentences before the list
        ("BRASILIA (AP) - Luiz Inacio Lula da Silva was sworn in as president on Sunday.\n\nHe promised to end hunger. "
         "Crowds filled the esplanade. Argentina's Alberto Fernandez and Chile's Gabriel Boric also attended.",
         D(2023, 1, 1), [("person:alberto-fernandez", "BRA", "occurred", D(2023, 1, 1), "day"),
                         ("person:gabriel-boric", "BRA", "occurred", D(2023, 1, 1), "day")]),
    ],
)
def test__extract__guests_who_attended_a_ceremony_at_the_dateline(extractor, text, pub, expected):
    assert newswire(extractor, text, pub) == expected


@pytest.mark.parametrize(
    ("text", "pub"),
    [
        # another occasion with a place of its own; a plan; another year; no ceremony at all; the host's own leader
        ("LONDON (AP) - King Charles III was crowned at Westminster Abbey on Saturday.\n\n"
         "Emmanuel Macron attended a dinner for reporters in Paris.", D(2023, 5, 6)),
        ("LONDON (AP) - King Charles III was crowned at Westminster Abbey on Saturday.\n\n"
         "Emmanuel Macron will attend the next ceremony.", D(2023, 5, 6)),
        ("LONDON (AP) - King Charles III was crowned at Westminster Abbey on Saturday.\n\n"
         "Emmanuel Macron attended the 2019 summit in Biarritz.", D(2023, 5, 6)),
        ("LONDON (AP) - The Bank of England raised rates on Saturday.\n\nEmmanuel Macron attended.", D(2023, 5, 6)),
        ("LONDON (AP) - King Charles III was crowned at Westminster Abbey on Saturday.\n\nRishi Sunak attended.",
         D(2023, 5, 6)),
        # a diplomat posted there
        ("PYONGYANG (AP) - The two sides signed a protocol at a ceremony on Monday.\n\n"
         "Russian ambassador Alexander Matsegora attended.", D(2015, 4, 28)),
    ],
)
def test__extract__guests_who_attended_near_misses(extractor, text, pub):
    assert not any(h in ("GBR", "PRK") and s == "occurred" for _, h, s, _, _ in newswire(extractor, text, pub))
