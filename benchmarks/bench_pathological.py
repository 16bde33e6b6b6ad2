"""Pathological inputs: the extractor's time on text built to make regular expressions backtrack.

    python benchmarks/bench_pathological.py            # every case, limit 5 s each
    python benchmarks/bench_pathological.py --limit 2
    python benchmarks/bench_pathological.py --only "s9 " --only roster   # the cases whose name contains either

Uploads are untrusted: a pasted page of dashes or abbreviations must not stall an ingest. Each case
is a few thousand characters (runs of capitals, dots, hyphens, spaces, amounts, names). Prints the
seconds per case and exits 1 when one takes longer than the limit (or is stopped at twice the limit).
"""
from __future__ import annotations

import argparse
import datetime as dt
import signal
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from newslens.extract import ArticleInput, Extractor  # noqa: E402

_SPACES = " " * 20000
_CAPS = " ".join(["Alpha"] * 4000)
_S9_COUNTRIES = ["Brazil", "Argentina", "Chile", "Peru", "Colombia", "Uruguay"]

CASES = {
    "run of capitals": "President Kim visited " + "A" * 300 + " 1.",
    "capitalised words": "The delegation visited " + " ".join(["Alpha"] * 80) + " and left.",
    "list of one city": "He toured " + ", ".join(["Moscow"] * 200) + ".",
    "run of spaces": "Putin arrived in" + " " * 5000 + "Seoul on Monday.",
    "long number": "Trade reached $" + "1" * 500 + " billion.",
    "dollar signs": "$" * 3000,
    "one long sentence": "Kim Jong Un met Putin in Vladivostok and " * 300 + ".",
    "many amounts": " ".join(["$5 billion,"] * 500),
    "months": " ".join(["in March, April, May and June"] * 200),
    "possessives": "The " + "'s ".join(["Korea"] * 500) + " visit.",
    "hyphenated run": "-".join(["Korea"] * 1000) + " visited Russia.",
    "abbreviation dots": "St." * 2000 + " visited Japan.",
    "parentheses": "(" * 2000 + "Putin visited Japan" + ")" * 2000,
    "quotes": '"' * 3000 + " Putin will visit Japan",
    "line breaks": "Putin\n" * 3000 + " visited Japan",
    "no-break spaces": "Putin\u00a0visited" + "\u00a0" * 3000 + "Japan.",
    "initials": "A. " * 2000 + "visited Japan.",
    "surname run": "Kim " * 2000 + "visited Japan.",
    "title run": "Foreign Minister " * 800 + "Lavrov visited Japan.",
    "country run": " ".join(["Russia"] * 2000) + " visited Japan.",
    "and-list": " and ".join(["Russia"] * 1000) + " delegations arrived here.",
    "of-chain": " of ".join(["Delegation"] * 1000) + " arrived in Pyongyang.",
    "weekday run": " ".join(["on Monday"] * 1000) + " Putin visited Japan.",
    "curly apostrophes": "\u2019" * 3000 + "s visit to Japan",
    "dateline-like run": "-".join(["KOREA"] * 1000) + ", June 19 (wire) - Putin visited",
    "name list": ", ".join(["Kim Jong Un"] * 800) + " visited Russia.",
    "spaces after an amount": "Japan will invest $5 billion in China" + " " * 20000 + ".",
    "tabs after an amount": "Japan will invest $5 billion in China" + " \t" * 10000 + ".",
    "spaces in brackets": "Trade reached 700 billion yuan ($9.6 billion" + " " * 20000 + ").",
    "long sentence, 900 legs": "Kim Jong Un met Putin in Vladivostok and " * 900 + ".",
    "this weekday, future": "He will fly to Tokyo this Monday and Seoul this weekend. " * 300,
    # review of figures round H (2026-11-27): gaps between two amounts, or a date and an amount, read by rules whose
    # "\s*,?\s*" split a run of spaces in every way before failing on the "x"
    "spaces before a base's date": "Japan's exports to China rose to $6 billion from $5 billion" + " " * 4000
                                   + "x in 2022, while imports rose to $3 billion.",
    "spaces before the other flow": "North Korean exports to China of $134 million" + " " * 20000
                                    + "x and imports of $1.39 billion were reported.",
    "spaces after a saying's date": "In March" + " " * 20000 + "x, after long and hard talks Japan said it would give "
                                    "Laos $5 million in aid.",
    "spaces before a second goal": "Japan aims to raise trade with China to $10 billion" + " " * 20000
                                   + "x, and trade with Korea to $2 billion.",
    "spaces before a bare second amount": "Trade with China was $10 billion" + " " * 20000
                                          + "x one two three four five six seven eight nine ten trade $2 billion.",
    # figures round I: rules that read between a metric word, a country or an amount and a later word
    "spaces before a later amount's head": "Imports from Peru rose to $5 billion, lifting two-way trade" + " " * 20000
                                           + "x to $7 billion.",
    "spaces before a dollar restatement": "Trade reached 1.7 trillion yuan in 2024; in dollar terms" + " " * 20000
                                          + "x the total rose to $240 billion.",
    "spaces before a ranked amount": "China is India's largest trading partner, ahead of the United States" + " " * 20000
                                     + "at $118 billion.",
    "spaces before a goal's clause": "Trade will reach the $20 billion mark" + " " * 20000
                                     + "x the two leaders have set as their goal.",
    "spaces before a goal's base": "Kenya and China aim to raise trade to $15 billion by 2030" + " " * 20000
                                   + "from $8 billion in 2023.",
    "spaces before a flow's agent": "Imports of Russian crude" + " " * 20000 + "by India reached $46 billion.",
    "spaces after a pronoun subject": "Recently it" + " " * 20000 + "struck a 10 billion yuan swap deal with Mongolia.",
    # figures round J: rules that read between a share, a pledge, a base or a peak and an amount
    "spaces before a share's whole": "China took 65% of Vietnam's fruit exports" + " " * 20000
                                     + "x, which earned $2.3 billion in total.",
    "words before a share's whole": "China took 65% of " + "Vietnam's fruit " * 3000 + "exports, which earned $2.3 billion.",
    "spaces after a pledge's recipient": "Seoul promised Moscow" + " " * 20000 + "x $3 billion in economic aid in January.",
    "capitals after a pledge verb": "Seoul promised " + "Moscow " * 4000 + "$3 billion in economic aid.",
    "spaces in a dated base": "Kenya aims to lift trade from $2 billion in 2023" + " " * 20000 + "x to $5 billion by 2027.",
    "spaces before a goal's year": "India and the UAE expect trade to hit $100 billion well before their" + " " * 20000
                                   + "x 2030 goal.",
    "spaces before a peak": "Trade fell to $3 billion. It remains below the" + " " * 20000 + "record of $5 billion.",
    "spaces in a stake sale": "A Chilean fund was selling its $4 billion" + " " * 20000 + "x stake in a Japanese bank.",
    "dashes before a capital": "Trade " + "- " * 10000 + "Investment by Japan in Peru reached $3 billion.",
    "spaces before a consequence": "Imports from Peru slipped to $3 billion," + " " * 20000
                                   + "x widening Japan's surplus with Peru.",
    # figures round K: a region's superlative, a data source, a record told as "the most ... ever", a change's base, a
    # clause lead after a semicolon, a yardstick year, the two-way total
    "spaces before a superlative": "India bought from Africa's" + " " * 20000 + "largest oil producer goods worth $3 billion.",
    "spaces before a data source": "Imports from Peru rose to $3 billion, Thai trade" + " " * 20000 + "figures show.",
    "spaces in a record clause": "Trade rose to $3 billion, the most" + " " * 20000 + "x has" + " " * 20000 + "ever bought.",
    "words in a record clause": "Trade rose to $3 billion, the most " + "Seoul " * 4000 + "has ever bought.",
    "spaces before a change's base": "Imports from Peru fell to $3 billion in 2019" + " " * 20000 + ", down" + " " * 20000
                                     + "from $4 billion.",
    "spaces after a semicolon lead": "Trade with Peru hit $3 billion in 2019;" + " " * 20000 + "a year" + " " * 20000
                                     + "later it was $2 billion.",
    "spaces before a yardstick year": "Trade with Peru hit $3 billion, 8 percent more" + " " * 20000 + "than in 2022.",
    "spaces in a previous year's": "Exports to Peru hit $3 billion, twice the previous" + " " * 20000 + "year's $1.5 billion.",
    "spaces in a two-way total": "Exports to Peru rose. The two-way" + " " * 20000 + "total of $3 billion was a record.",
    "spaces before a second predicate": "Trade with Peru stands at $62 billion" + " " * 20000
                                        + "and is moving towards the goal of $100 billion.",
    "spaces before a present stock": "Exports to Peru hit $2 billion in 2022; investment adds up to" + " " * 20000
                                     + "more than $13 billion.",
    "spaces in a preliminary source": "Trade with Peru grew. In January," + " " * 20000 + "on preliminary" + " " * 20000
                                      + "data, he put the 2023 figure at $54 billion.",
    "spaces after a bare pledge": "Britain gave $20 million to the fund, and Japan promised" + " " * 20000 + "$50 million"
                                  + " " * 20000 + "in aid to Kenya.",
    "commas after an of-which head": "Trade with Peru reached $65 billion in 2022, of which Chilean exports" + ", x" * 5000
                                     + " accounted for $39 billion.",
    "spaces before a source after the amount": "Egypt and the UAE signed an investment deal: $35 billion" + " " * 20000
                                               + "in" + " " * 20000 + "x from Abu Dhabi.",
    "spaces after of the total": "Qatar and Turkey signed a $10 billion deal. Of the" + " " * 20000 + "total, $4 billion is for ports.",
    "riyals with no country": "Trade rose to " + "304 billion riyals, " * 1000 + "officials said.",
    # Visits round 18: the regexes that read a named day, lone surnames, offices, pair talks and anaphors.
    # dates._NAMED_AFTER_DAY_RE / _THE_BEFORE_RE
    "named day, spaces": "They met at the August 1" + _SPACES + "Building on August 26.",
    "named day, capitals": "They met at the May 1 " + " ".join(["Alpha"] * 4000) + " Stadium.",
    # mentions._lone_surname / _OF_BODY_RE, ON_A_VISIT_RE
    "lone surname, spaces": "Petrov, head" + _SPACES + "of the Institute of Russia, on a visit to the DPRK said so.",
    "on a visit, spaces": "Ivan Petrov, head of the Fund on" + _SPACES + "a" + _SPACES + "visit to the DPRK, said so.",
    "He surname, spaces": "He" + _SPACES + "Lin, chief of the Bureau of China, on a visit to the DPRK, spoke.",
    # visits._CONTINUED_OPEN_RE name + office opening
    "continued name, capitals": "The leader got a gift from the visiting delegation of Norway. " + " ".join(["Alpha"] * 4000) + ", chief, handed it on Monday.",
    "continued name, spaces": "The leader got a gift from the visiting delegation of Norway. Ola" + _SPACES + "Berg, chief, handed it on Monday.",
    # visits._OFFICE_OF_RE, the meet-frame office filter
    "office of, spaces": "Kim Yong Nam had a talk with Ivan Sidorov, governor of" + _SPACES + "Amur Region of Russia, and his party on Monday.",
    # visits._OF_THE_BODY_RE / _body_named_before
    "body anaphor, many countries": ("The leader got a gift from the Fund of China. " + "Russia, " * 3000
                                     + "Wang Gang, secretary of the Fund on a visit to the DPRK, handed it on Monday."),
    "body anaphor, spaces": "The leader got a gift from the Fund of" + _SPACES + "China. Wang Gang, secretary of the Fund on a visit to the DPRK, spoke.",
    # visits._PAIR_TALKS_RE
    "pair talks, spaces": "The Russia-China" + _SPACES + "summit" + _SPACES + "talks in" + _SPACES + "Moscow were held on Monday.",
    "pair talks, hyphen chain": "-".join(["Russia", "China"] * 2000) + " summit talks in Moscow were held.",
    # visits: "visited the <part> of <site>" at home
    "part of a site, spaces": "Li Ming, minister of Trade of China, visited the" + _SPACES + "library of" + _SPACES + "Kim Il Sung University.",
    # visits: "It" after a sentence without a trip
    "it after a group, long": "The delegation of the Finnish League " + "wrote and " * 3000 + "talked. It visited the DPRK from Feb. 12 to 19.",
    # review of round J (figures): compounds, ISO codes, "recently released", a record of another subject
    "spelled compounds, long": "Exports to China reached " + "two hundred and " * 3000 + "fifty million dollars.",
    "half a, long": "Japan gave " + "half a quarter of a " * 3000 + "billion dollars in aid to Laos.",
    "iso code after years": "Trade of China and Peru " + "2023 COP 2024 SAR PLN 2023 " * 2000 + "grew.",
    "recently released, long": "Exports to China rose in 2023. Recently " + "released " * 5000 + "data show $5 billion.",
    "record after and the, long": "Peru's exports to China hit $5 billion " + "and the " * 5000 + "was the highest on record.",
    # review of figures round K (fixF): one sentence of thousands of amounts and countries, 100 KB each (14 s and over
    # 800 s before: per-amount scans of the whole sentence; now read in windows, the sentence's countries once)
    "riyals, 100 KB": "Saudi Arabia and Qatar traded " + "5 billion riyals and " * 4760,
    "fellow donors, 100 KB": "Japan gave Ukraine $5 billion in aid, " + "and Germany promised $3 billion, " * 3030,
    "amounts and commas, 100 KB": "Trade between Russia and China reached " + "$5 billion, " * 8300,
    "from chain, 100 KB": "Imports from China fell to $1 billion in 1998 " + "from $2 billion " * 6200,
    # Visits round 19.
    # dates._CAPITAL_AFTER_DAY_RE / _TIME_BEFORE_THE_RE
    "name day, spaces before the capital": "They came for the 28th April" + _SPACES + "Spring Festival on Monday.",
    "name day, spaces before the": "They came on" + _SPACES + "the 28th April Spring Festival.",
    "name days, many": "They came for " + "the 28th April Spring Festival and " * 3000 + "left.",
    # visits._ENVOY_TITLE_BEFORE_RE / _ENVOY_CALL_RE
    "envoy title, spaces": "Kim Yong Nam met Ambassador of" + _SPACES + "Chile Pedro Alvarez who paid a farewell call on him.",
    "envoy title, capitals": "Kim Yong Nam met ambassador of " + " ".join(["Alpha"] * 4000) + " Pedro Alvarez who paid a courtesy call on him.",
    "envoy calls, many": "Pedro Alvarez, ambassador of Chile, " + "paid a courtesy call and " * 3000 + "left.",
    # visits._BO_INCLUDING_LIST_RE (a group of countries including a list)
    "including list, spaces": "Teams of foreign countries and regions including" + _SPACES + "Peru, Chile and Spain arrived here.",
    "including list, capitals": "Teams of foreign countries and regions including " + " ".join(["Alpha"] * 4000) + " Peru arrived here.",
    "including list, commas": "Teams of foreign countries including " + ", ".join(["Peru"] * 3000) + " arrived here on Monday.",
    # visits._BARE_ARRIVAL_AFTER_RE / _ARRIVED_HERE_RE (an arrival with no place in a story of arrivals here)
    "bare arrival, spaces": "A Cuban team arrived here on Monday. Earlier, teams from Peru and Chile arrived" + _SPACES + "x.",
    "bare arrivals, many": "A Cuban team arrived here on Monday. " + "Earlier, teams from Peru and Chile arrived. " * 1500,
    # visits companions on a home outlet (the skipped branch)
    "suite, long": "President Li Wen of China arrived here on Monday. Accompanying him were " + ", ".join(["Zhao Ming, minister of Trade of China"] * 800) + ".",
    # Review fixes of rounds 18/19 (visits).
    # mentions._LONE_OFFICE_RE / _LONE_VERB_RE (a lone surname's office closed by a comma)
    "lone office, spaces": "Petrov, head of the" + _SPACES + "Institute of Russia on a visit to the DPRK said so.",
    "lone office, no comma": "Petrov, head of the Institute " + "of the Academy " * 3000 + "visited China.",
    "lone offices, many": "Petrov, head of the Institute of Russia, said so. " * 2000,
    # mentions korea_markers south_after / south_before (a bare Korea in a story about the North)
    "korea south, spaces": "North Korea fired a missile. Japan and" + _SPACES + "Korea will hold talks.",
    "korea south, many": "North Korea fired a missile. " + "Korea's exports and Korea and Japan and Korea " * 2000,
    "korea south, capitals": "Kim Jong Un inspected a plant. " + _CAPS + " and Korea met.",
    # dates name heads / _EVENT_AFTER_NAME_RE
    "name head, capitals": "They came for the May 19 " + _CAPS + " Festival summit.",
    "name head, of-chain": "They came for the May 19 Group " + "of Seven " * 3000 + "summit.",
    "name heads, many": "They came for " + "the May 19 Group of Seven summit and " * 2000 + "left.",
    "name head, spaces": "They came for the May 19 Group" + _SPACES + "of Seven summit.",
    # visits._NOT_HELD_RE / pair talks status
    "pair talks, not held spaces": "The Russia-China talks in Beijing were not" + _SPACES + "held.",
    "pair talks, many": "The Russia-China talks in Beijing were postponed. " * 2000,
    # visits barred regex (visit_barred.csv verbs and people)
    "barred, spaces": "Finland barred Russian" + _SPACES + "tourists from entering Finland.",
    "barred, many": "Finland barred Russian tourists from entering Finland's market. " * 2000,
    "barred, words": "Finland barred " + "Russian " * 4000 + "tourists from entering Finland.",
    # visits._BODY_OF_TAIL_RE / _CAPS_BEFORE_HEAD_RE (a body named before)
    "body before, many": "The leader received a gift from the Friendship Fund of China. " + "Wang Gang, secretary of the Fund on a visit to the DPRK, handed it over. " * 800,
    "body before, capitals": "The leader received a gift from the Cuban " + _CAPS + " Fund. Wang Gang, secretary of the Fund on a visit to the DPRK, handed it over on Monday.",
    # places: a long word in capitals
    "capitals town, many": "Kim Jong Il arrived in " + "VLADIVOSTOK and " * 3000 + "KHABAROVSK on Wednesday.",
    # fixP: places.unit_name_re (a city opening a military unit's name), mentions and PlaceFinder
    "unit name, capitals": "Kim Jong Un inspected the Seoul " + _CAPS + " Guards Tank Division on Monday.",
    "unit name, many": "Kim Jong Un inspected the Seoul Ryu Kyong Su 105 Guards Tank Division in Seoul. " * 1500,
    "unit name, spaces": "Kim Jong Un inspected the Seoul Ryu" + _SPACES + "Division on Monday.",
    # fixP: visits._CALLED_ON_RE, _stay_act_re / _stay_resident_re / _stay_thing_re, _effigy_of_re
    # (2,000 sentences again since fixV2: the titled-name scans of mentions.find are linear now)
    "called on, many": "Pak Ui Chun met Ambassador Sone Vilay who paid a courtesy call on him. " * 2000,
    "stay home, words": "A meeting was held in Vienna on Monday. Parties of countries such as Nepal, Peru and Denmark made "
                        + "public " * 4000 + "statements.",
    "stay home, many": "A contest was held in Sofia on Monday. Students of countries including China and Iran studying in "
                       "Bulgaria took part. " * 1000,
    "stay home, things": "A fair will be held in Rason on Aug. 20. " + "Products of " * 3000 + "countries including China and Russia will be shown.",
    "effigy, words": "A delegation visited the statues of " + "the great " * 3000 + "and President Kim Il Sung.",
    "effigy, many": "A delegation visited the statue of President Kim Il Sung on Monday. " * 2000,
    # --- fixV2 (visits) block: the review's two slow inputs, at full size ---
    # 1,500 titled names in one paragraph (mentions.find: quote counts, mention overlap, country before the title)
    "envoy calls, 1,500 titled names": " ".join(f"Ambassador of {c} Juan Perez{i} paid a courtesy call on Kim Yong Nam on Monday."
                                  for i, c in zip(range(1500), ["Ghana", "Kenya", "Norway", "Chile", "Peru", "Spain"] * 250)),
    # one 120 KB sentence dense with group nouns and countries (visits._NP_TAIL_RE read to the sentence end per group)
    "group nouns, one sentence": "A team arrived here on Monday. Teams of many countries including " + " ".join(
        f"{a} The Teams Of {b} Delegations Of" for a, b in zip(["Ghana", "Kenya", "Norway", "Chile", "Peru", "Spain"] * 500,
                                                             ["Italy", "Greece", "Turkey", "Egypt", "Iran", "Brazil"] * 500))
        + " arrived here.",
    # --- end fixV2 block ---
    # --- fixV3 (visits) block: the welcome offer, the past adjective, the report day, the continued list, "before them" ---
    "welcome offers, many": " ".join("Officials said Tokyo would welcome a visit to Japan by the Indian prime minister and "
                                      "the visit to Chile by officials." for _ in range(900)),
    "welcome, one sentence": "They would welcome the visit " + " and the visit to the border by relatives" * 2500 + " to Japan.",
    "recent recent recent": "Chavez said during his " + "recent " * 15000 + "visit to Cuba that ties would grow.",
    "report days, many": " ".join("A paper on Friday carried a travelogue on its delegation's visit to the DPRK, and in its "
                                   "statement on Monday issued a report about the visit to Vietnam." for _ in range(700)),
    "also lists, many": "Delegations left here on Monday. " + " ".join(
        "Also leaving here for home were delegations of bodies that took part in the festival of Peru and Chile."
        for _ in range(900)),
    "also, no verb": "Guests left here on Monday. Also leaving " + "here for home " * 7000 + ".",
    "before them, many": "A Malaysian delegation arrived here on Monday. " + " ".join(
        "A Polish delegation arrived here before them and in the past visited Vietnam." for _ in range(1300)),
    # --- fixV4 (visits) block: the guests "who came", the one honoured, "the delegation" told again ---
    "guests who came, many": " ".join("Kim Yong Nam held talks on Monday with representatives of the party of Laos who came "
                                      "to Pyongyang and visited Vietnam." for _ in range(900)),
    "guests who, one sentence": "Kim Yong Nam met the " + "visiting foreign " * 6000 + "delegates of Laos who came to Pyongyang.",
    "honoured, many": " ".join("On the death of leader Kim Jong Il crowds longing for President Kim Il Sung visited "
                               "Pyongyang on Sunday." for _ in range(1200)),
    "honoured, long titles": "Mourners yearning for " + "great dear " * 8000 + "Kim Jong Il visited Pyongyang.",
    "the delegation again, many": "A delegation of the Cuban party led by Ana Reyes visited Pyongyang on Monday. " + " ".join(
        "The delegation headed by her arrived here on Sunday. The delegation also visited the zoo." for _ in range(1200)),
    "gifts from guests, many": " ".join("Kim Jong Un received a gift and a floral basket from the head of a body of Peru on a "
                                        "visit to the DPRK." for _ in range(1300)),
    "gift, long list": "Kim Jong Il received " + "gifts and " * 9000 + "a gift from a guest on a visit to the DPRK.",
    # --- end fixV4 block ---
    # figures round L: a growth rate's yardstick, a change's base of any length, "the same period of", a part of the sum
    # before, a mark passed "for the first time", a flow owner after the pair's trade
    "yardstick, long": "Trade between Turkey and Russia reached $53 billion, up 6% " + "from the " * 8000 + "2022.",
    "yardstick chain": "Trade between Turkey and Russia reached $53 billion, " + "up 6% on 2022, " * 5000,
    "same period, long": "Exports to Iraq were $12 billion in the first half of 2023, from $13 billion in the " +
                         "same period of " * 5000 + "2022.",
    "first time, long": "Trade between Vietnam and India topped $15 billion " + "last year " * 6000 + "for the first time.",
    "of the total, many": "Japan pledged $10 billion in aid to Indonesia. " + " ".join(
        "Of that, $4 billion was for roads. Some $2 billion of the total went to ports." for _ in range(1200)),
    "flow owner, many": " ".join("Trade between Chile and China reached $60 billion in 2022. Chinese exports made up $21 "
                                 "billion." for _ in range(1200)),
    # --- end figures round L block ---
    # figures review L: a compared amount of another quantity, a quarter's sequential base, "over <year>", a flow with the
    # world, a part naming a country, a part's qualifier and leads, first-time wordings, the twelve months to a month
    "compared other, many": " ".join("China's exports to Russia were $110 billion in 2023, compared with $70 billion for its "
                                     "exports to India." for _ in range(1500)),
    "previous quarter, long": "Exports rose to $33 billion in the third quarter from $30 billion in the " +
                              "previous " * 8000 + "quarter.",
    "over year, chain": "Vietnam's exports to the US reached $97 billion, " + "after growing 6% over 2023, " * 5000,
    "worldwide, many": " ".join("Trade between Russia and China hit $240 billion in 2023. Russian oil exports worldwide "
                                "brought in $190 billion." for _ in range(1200)),
    "part for a country, many": "The United States pledged $3 billion in aid to Ukraine in 2023. " + " ".join(
        "Of the money, $500 million is earmarked for Moldova. About $2 billion of that will go to roads." for _ in range(1200)),
    "first time, wordings": "Trade " + "reached $85 billion in 2023, crossing the $80 billion mark " * 2000 +
                            "for the first time in its history.",
    "first time lead, spaces": "For the first time" + " " * 50000 + ", trade topped $50 billion.",
    "year ended, long": "Exports rose to $35 billion in the 12 months " + "that ended in " * 6000 + "March.",
    # --- end figures review L block ---
    # figures session 7: currency short forms, a counted group of partners, development money, a base's metric, "half a",
    # the year after a growth yardstick, a colon's detail, a goal's setting month, a traveller's origin, "revenue service"
    "s7 short currencies, many": " ".join("Trade between Oman and India reached RO 1.2 billion in 2023, and R600 billion, "
                                          "KD 2bn and Dhs 3 billion went elsewhere." for _ in range(1200)),
    "s7 counted group, long": "Trade between China and the other " + "four original " * 6000 + "members reached $70 billion.",
    "s7 development money, many": " ".join("Seoul released $300 million in concessional development funding to Ghana and "
                                           "$1 billion in help to Kenya." for _ in range(1200)),
    "s7 base metric, long gap": "Taiwan bought $40 billion of Japanese goods" + ", down" * 8000 + " from $52 billion in 2010.",
    "s7 half a, many": " ".join("Chile's exports to China hit half a billion dollars and half a million euros." for _ in range(1500)),
    "s7 yardstick year, many": " ".join("Vietnam's exports to the US reached $97 billion, up 12% from 2022." for _ in range(1500)),
    "s7 colon detail, long": "Korea runs a deficit in its trade with Peru: " + "imports from Peru " * 6000 + "came to $3 billion.",
    "s7 goal month, many": " ".join("Sisi visited in January, when both sides agreed to lift trade between India and Egypt "
                                    "to $12 billion." for _ in range(1200)),
    "s7 traveller origin, long": "Jaishankar, who flew in from " + "the Maldives and " * 6000 + "said India gave $4 billion.",
    "s7 revenue service, many": " ".join("Imports from India climbed to $11 billion last year, the revenue service said."
                                         for _ in range(1500)),
    # (the loans convention: figure_loans.csv words read in a window around each loan word)
    "s7 loans, many": " ".join("China's Export-Import Bank lent Zambia $1.2 billion, Japanese commercial banks lent Indonesia "
                               "$2 billion and Japan backed a $3 billion IMF loan to Sri Lanka." for _ in range(800)),
    "s7 loan words, long": "Turkey extended a $200 million " + "private commercial " * 6000 + "credit line to Somalia.",
    # ("approaching the all-time high of", "from $X in the peak year")
    "s7 neared peak, many": " ".join("Chile sold Japan goods worth $9 billion in 2022, approaching the all-time high of $10 "
                                     "billion set in 2011." for _ in range(1200)),
    "s7 peak year, many": " ".join("Trade between Qatar and Korea peaked at $20 billion in 2014. Imports fell to $8 billion "
                                   "from $15 billion in the peak year." for _ in range(1000)),
    "s7 peak year, long": "Imports fell to $8 billion from $15 billion in the " + "peak " * 10000 + "year.",
    # (third round: a pointing word for one side, a relative clause, a ranked market, money put into, an amount's own
    # country, "line of credit")
    "s7b pointing words, many": " ".join("Peru's output rose. Its exports to China reached $25 billion. The country's imports "
                                         "from Chile were $3 billion, and investment from the emirate in Rwanda $1 billion."
                                         for _ in range(800)),
    "s7b pointing word, long": "Ghana grew. The " + "big old " * 6000 + "country's exports to Mali were $2 billion.",
    "s7b subject word, long": "Oman grew. The sultanate " + "has said " * 6000 + "it will invest $5 billion in Kenya.",
    "s7b state words, long": "Kuwait grew. The " + "Big Gulf " * 6000 + "state will invest $5 billion in Jordan.",
    "s7b relative clause, long": "Kenya and Ethiopia, which with Somalia " + "share a border " * 6000
                                 + ", traded goods worth $600 million.",
    "s7b relative clauses, many": " ".join("Kenya, which borders Somalia, and Ethiopia, which with Eritrea fought, traded "
                                           "$600 million." for _ in range(1000)),
    "s7b ranked market, long": "Kenya's total exports rose to $7.5 billion, with Uganda its " + "single " * 8000
                               + "largest market.",
    "s7b put into, many": " ".join("Chinese firms poured about $4 billion into Zambia and pumped $1 billion of new money in "
                                   "Kenya." for _ in range(1200)),
    "s7b own partner, many": " ".join("Nepal bought $1.5 billion of goods from China and $8 billion from India, and $2 "
                                      "billion worth of cars to Kenya." for _ in range(1000)),
    "s7b lines of credit, many": " ".join("India opened lines of credit worth $1 billion for Mozambique and a line of credit "
                                          "of $2 billion to Kenya." for _ in range(1200)),
    # (fourth round: a country prefix in a hyphen compound, coordinated amounts sharing a date, a relative fiscal year,
    # a span ahead with no year; the headline's pair is measured with a title by the s7c tests)
    "s7c country prefixes, many": " ".join("Indo-Nepal trade grew to $8 billion and Sino-Argentine, Franco-Moroccan and "
                                           "Indo-Pacific trade $9 billion." for _ in range(1200)),
    "s7c prefixes, long": "Trade " + "Indo-Sino-Franco-" * 6000 + "German reached $5 billion.",
    "s7c coordinated, many": " ".join("Nepal imported $9 billion of goods from India and $2 billion from China in 2023."
                                      for _ in range(1200)),
    "s7c coordinated gap, long": "Nepal imported $9 billion" + " of goods" * 8000 + " and $2 billion from China in 2023.",
    "s7c coordinated tail, long": "Nepal imported $9 billion and $2 billion" + " from China" * 8000 + " in 2023.",
    "s7c relative fiscal, many": " ".join("India's exports to Nepal were $7 billion last fiscal year and $8 billion this "
                                          "financial year." for _ in range(1200)),
    "s7c span ahead, many": " ".join("Norway pledged $300 million in aid to Ethiopia over the next four years and $1 "
                                     "billion over six years." for _ in range(1200)),
    # (review of session 7: the lender-only multilateral row of figure_loans.csv, the money-amount "put/poured" row, the
    # coordinated-amount tail with "the", a year written after "in the record year")
    "s7r lender body, many": " ".join("China's $2 billion loan to Laos came as Vientiane sought an IMF bailout, and Kenya got a "
                                      "loan from the World Bank." for _ in range(1200)),
    "s7r lender body, long": "Japan extended a $1 billion loan " + "from the new " * 6000 + "World Bank.",
    "s7r poured amounts, many": " ".join("Qatar poured about $2 billion into Rwanda; exports sank 8 percent to $1 billion."
                                         for _ in range(1500)),
    "s7r poured, long": "Qatar poured " + "US$ " * 10000 + "1 billion into Rwanda.",
    "s7r coordinated the, long": "Kenya imported $4 billion from India and $1 billion from " + "the Big " * 6000 + "in 2022.",
    "s7r record year of, many": " ".join("Exports from Chile to China hit $38 billion in the record year of 2021." for _ in range(1500)),
    # --- end figures session 7 block ---
    # --- domestic trips block (newslens/extract/domestic.py): activity verbs, subjects, pronouns, titles, clauses ---
    "domestic tours, many": " ".join("Kim Jong Un gave on-site guidance to a farm in Hamhung on Monday. He looked round "
                                     "the hatchery." for _ in range(1500)),
    # (verbs visits.py reads too, "inspected ... and visited ..." 10,000 times in one sentence, took visits.py ~46 s until the review-NW fixes bounded its per-cue searches; see the "visits review NW" block)
    "domestic verbs, one sentence": "Kim Jong Un " + "looked round a unit and gave on-site guidance to a farm and " * 4000
                                    + "went round a mill.",
    "domestic long appositive": "Kim Jong Un, " + "first secretary of the party, " * 6000 + "inspected a unit.",
    "domestic many names": "Choe Yong Rim, " + "Pak To Chun, Kim Ki Nam, " * 4000 + "and others visited a farm.",
    "domestic pronouns": "Kim Jong Un visited a farm on Monday. " + "He also visited a mill in Hamhung. " * 3000,
    "domestic long titles": "The centenary of " + "dear respected " * 8000 + "Kim Jong Un visited a farm.",
    "domestic guided, long": "Kim Jong Un guided " + "a b " * 10000 + "exercise.",
    "domestic on the spot": "Premier Choe Yong Rim learned " + "about work " * 10000 + "on the spot.",
    "domestic dated verbs": " ".join(f"Kim Jong Un inspected KPA Unit {k} on May {k % 28 + 1}, 2011, and visited a farm."
                                     for k in range(1500)),
    # --- end domestic trips block ---
    # visits newswire round: _TRIP_LENGTH_RE, _FROM_WHERE_RE, _CANCELLED_TRIP_NOUN_RE, _PRESENCE_VERB_RE / _BESIDE_RE, the
    # stand-in regexes (visit_stand_in.csv), the event frame (visit_event_frame.csv), dates._ATTRIBUTION_RE, the onward-leg
    # cue rows and the role-verb rows of this round
    "nw2 trip lengths, many": " ".join("Fumio Kishida arrived in New Delhi on Monday for a three-day state visit. He will "
                                       "travel to Mumbai on Wednesday." for _ in range(800)),
    "nw2 day words, long": "Fumio Kishida arrived in New Delhi on a " + "three-day long " * 6000 + "visit.",
    "nw2 from where, many": " ".join("Narendra Modi arrived in Tokyo on Sunday from St. Petersburg, where he had attended "
                                     "a forum." for _ in range(1300)),
    "nw2 from where, long name": "Narendra Modi arrived in Tokyo on Sunday from " + "St. Big " * 6000 + ", where he sat.",
    "nw2 dropped stops, long list": "Joe Biden dropped planned stops in " + "Australia, " * 5000 + "and Japan.",
    "nw2 stand-ins, many": "Putin will skip the summit in Dubai next month. " + " ".join(
        "Sergei Lavrov will attend in his place; the Russian delegation will be headed by Mikhail Mishustin instead."
        for _ in range(1000)),
    "nw2 stand-in title, long": "Putin will skip the summit in Dubai. Russia will be represented by " + "Deputy " * 8000
                                + "Sergei Lavrov.",
    "nw2 stand-in verb, long": "Putin will skip the summit in Dubai. Sergei Lavrov, " + "an old hand " * 6000
                               + ", will lead the delegation.",
    "nw2 event frame, many": " ".join("Leaders of the Group of 20 meet in Rio de Janeiro on Monday. Xi Jinping will attend. "
                                      "Putin is not attending. Modi was also on the podium for the parade."
                                      for _ in range(900)),
    "nw2 beside, long": "Narendra Modi stood beside " + "Xi and " * 6000 + "at the parade in Beijing.",
    "nw2 dateline event": "MOSCOW, May 9 (Reuters) - " + " ".join(
        "Xi Jinping was also on the reviewing stand for the parade on Friday." for _ in range(1500)),
    "nw2 attribution, long": "Modi will skip the summit in Kazan on October 22-24, " + "officials said, " * 6000 + "on Monday.",
    "nw2 onward legs, many": " ".join("Blinken will fly to Manila on Tuesday and go on to Jakarta on Thursday and then "
                                      "flew on to Hanoi." for _ in range(1300)),
    "nw2 watch, long": "Lula will watch " + "the big " * 8000 + "parade in Moscow.",
    # --- end visits newswire round block ---
    # visits dates round: _ONE_TRIP_DAYS span merge, _NTH_DAY_OF_RE, _N_UNITS_AFTER_RE, _MOST_RECENTLY_RE, the open-time
    # phrases (visit_open_time.csv), the invitation-to-an-event pattern, the tense of the sentence after a trip
    "dates2 stages, many": " ".join(f"Narendra Modi arrived in Tokyo on May {k % 28 + 1}. He held talks on May {k % 28 + 2} "
                                    "and left on Friday." for k in range(800)),
    "dates2 nth day, long": "Modi met Kishida on Friday, on the second day of " + "the very " * 6000 + "three-day visit.",
    "dates2 nth day, many": " ".join("Modi met Kishida in Tokyo on Friday, on the second day of his three-day state visit."
                                     for _ in range(800)),
    "dates2 days after, long": "India said on Wednesday, a day after " + "Prime Minister " * 6000 + "Modi visited Japan.",
    "dates2 days after, many": " ".join("India said on Wednesday, two weeks after Modi visited Japan." for _ in range(1000)),
    "dates2 most recently": " ".join("Modi has visited Japan three times since May 2015, most recently in July 2018."
                                     for _ in range(800)),
    "dates2 open time, long": "Kim agreed to visit Seoul at an " + "early " * 8000 + "date, on Wednesday.",
    "dates2 invite event, long": "Modi invited Putin to Delhi for next year's " + "big " * 8000 + "summit.",
    "dates2 future next, many": " ".join("Modi and Kishida met in Tokyo. Modi will leave for Hanoi on Friday."
                                         for _ in range(800)),
    # --- end visits dates round block ---
    # visits review NW: _from_where_legs once per sentence (was records x matches x sentence length); one long sentence
    # of many cues (the sentence-prefix tests of _finish, _frame, _frame_one, _date and _onward_hosts read a window or
    # a cached first hit, not the rest of the sentence per cue)
    "nwfix from where, one sentence": "Vladimir Putin arrived in Turkey on Monday from Iran, where he had held talks, " +
                                      "and flew to Egypt from Iraq, where he had held talks, " * 1900 + "officials said.",
    "nwfix many cues, one sentence": "Kim Jong Il " + "inspected a unit and visited a farm and " * 2500 + "left.",
    "nwfix stand-ins, one sentence": "Putin will skip the summit in Dubai, " + "and the delegation, led by Sergei Lavrov, "
                                     "will attend instead, " * 1500 + "aides said.",
    "nwfix watched, many": "Crowds gathered in Seoul for the parade. " + " ".join(
        "Fumio Kishida watched the parade on television in Tokyo." for _ in range(1500)),
    # --- end visits review NW block ---
    # visits session 7: _dated_past_trips (_past_noun_re, _past_verb_re, _past_since_re, the when-clause pass),
    # _where_clause_days (_WHERE_PRONOUN_RE), the simple-present leg cue row, "is expected in" (dates.FUTURE_RE),
    # the from-where gap of 8 words
    "s7 past noun, long": "Macron arrived in Hanoi on Monday. Macron's previous " + "very " * 8000 + "visit was in March 2018.",
    "s7 past since, long": "Macron arrived in Hanoi on Monday, the first " + "French " * 8000 + "president since Hollande in 2016.",
    "s7 past since caps": "Macron arrived in Hanoi on Monday, the first visit since " + "Big " * 8000 + "in 2016.",
    "s7 past verb, many": " ".join("He first came in October 2015 and returned in September 2018." for _ in range(1500)),
    "s7 past years, one sentence": "Macron arrived in Hanoi on Monday, " + "his visit in 2011, " * 2500 + "aides said.",
    "s7 when clause, many": " ".join("Modi arrived in Jakarta on Tuesday, his first visit since May 2018, when he also "
                                     "stopped in Singapore and Malaysia." for _ in range(800)),
    "s7 where day, one sentence": "Macron met Meloni in Rome on Monday, " + "before flying to Malta, where he landed on "
                                  "Sunday, " * 1500 + "aides said.",
    "s7 present legs, many": " ".join("He flies to Jakarta on Wednesday and then to Manila on Friday." for _ in range(1500)),
    "s7 expected in, long": "He is expected in " + "the " * 8000 + "capital on Tuesday.",
    "s7 from where gap": "Modi travelled to Kyiv " + "by train " * 4000 + "from Poland, where he had met the president.",
    "s7 joint pair, many": " ".join("Emmanuel Macron and Olaf Scholz led their cabinets in Berlin on Monday during the visit."
                                   for _ in range(1200)),
    "s7 joint pair, long": "The visit accord was signed by Olaf Scholz and Emmanuel Macron " + "and then " * 8000 + "in Berlin.",
    # --- end visits session 7 block ---
    # visits session 7b: _presence (_pres_re, _PRES_GAP_RE, _PRES_PRONOUN_RE, _PRES_APPOS_RE), _legs (origin, participle,
    # "After", "next stop", "before flying to", _LEG_LIST_SEP_RE), _trip_nouns (_tn_by_re, _tn_poss_re, _tn_bare_re),
    # _not_trips (visit_not_trip.csv)
    "v7b presence, many": " ".join("Vladimir Putin held talks in Ankara on Friday and shook hands in Tokyo." for _ in range(1500)),
    "v7b presence obj long": "Vladimir Putin signed " + "the big " * 8000 + "in Ankara on Friday.",
    "v7b presence gap": "Vladimir Putin, " + "a leader " * 8000 + ", spoke in Ankara on Friday.",
    "v7b pronoun, many": "Barack Obama arrived in Berlin. " + " ".join("On Sunday he spoke in Prague." for _ in range(2000)),
    "v7b apposition, many": " ".join("Narendra Modi, in Paris this week, said so." for _ in range(2000)),
    "v7b origin, many": " ".join("Joe Biden arrived from Germany, where he met Olaf Scholz on Friday." for _ in range(1500)),
    "v7b participle list": "Shinzo Abe left for the Gulf on Saturday, visiting " + "Oman, " * 6000 + "and Qatar.",
    "v7b next stop list": "Xi Jinping's next stop after Moscow is " + "Tanzania, followed by " * 3000 + "Congo.",
    "v7b before flying, many": " ".join("Donald Trump attended the summit in Ottawa on Friday before flying to Singapore."
                                        for _ in range(1500)),
    "v7b after place, many": " ".join("After Vietnam, Barack Obama will fly on to Japan." for _ in range(2000)),
    "v7b trip noun mods": "A " + "long " * 8000 + "visit by Narendra Modi to Israel in July.",
    "v7b trip by, many": " ".join("A visit by Narendra Modi to Israel in July was the first." for _ in range(1500)),
    "v7b trips to list": "Viktor Orban returned after trips to " + "Kyiv, " * 6000 + "and Beijing.",
    "v7b not trips, many": " ".join("Xi Jinping met Joe Biden in Bali at a virtual summit on Monday, and denied reports that "
                                    "he would visit Japan." for _ in range(1000)),
    # --- end visits session 7b block ---
    # mentions session 7: untitled names ("Nigeria's Moses Blah", "Moses Blah of Liberia"), given names and shared
    # surnames alone, title anaphors ("the president"), unnamed office holders ("the presidents of A and B",
    # "Kuwait's emir", "his Egyptian counterpart")
    "mentions7 possessive names": " ".join("Liberia's Moses Blah met Nigeria's Alpha Beta Gamma." for _ in range(800)),
    "mentions7 name of country": " ".join("Moses Blah of Liberia and Alpha Beta of Nigeria met." for _ in range(800)),
    "mentions7 of-chain": "Alpha " * 3000 + "of Liberia arrived.",
    "mentions7 anaphors": "President Moses Blah of Liberia spoke. " + "The president said the president will fly. " * 1500,
    "mentions7 country list": "The presidents of " + ", ".join(["Kenya", "Rwanda", "Uganda"] * 700) + " and Chad met.",
    "mentions7 counterparts": " ".join("He hosted his Egyptian counterpart and Kuwait's emir." for _ in range(1000)),
    "mentions7 given names": "Prime Minister Abiy Ahmed spoke. " + " ".join(["Abiy", "Bush", "Laura Bush"] * 2000) + ".",
    # --- end mentions session 7 block ---
    # visits session 7c: the onward-leg pronoun (_onward_re), a pronoun under an unresolved office (_office_subject_re),
    # _host_not_traveller, the event's week or day (_EVENT_REL_BEFORE_RE, _EVENT_DAY_UNPLACED_RE), counterparts
    "v7c onward, many": "Shinzo Abe arrived in Delhi. " + " ".join(
        "Narendra Modi hosted him. He also met Rahul Roy before leaving for Dhaka." for _ in range(1200)),
    "v7c office he, many": "Naoto Kan met Premier Wen Jiabao in Tokyo. " + " ".join(
        "The premier said he would visit Seoul." for _ in range(2000)),
    "v7c host met, many": "DELHI - Shinzo Abe held talks in Delhi on Monday. " + " ".join(
        "He also met Prime Minister Ravi Rao before flying to Dhaka." for _ in range(1200)),
    "v7c next week's name": "Putin will attend next week's " + "Big " * 8000 + "summit in Tashkent.",
    "v7c unplaced days": "Putin will skip the summit in Kenya. " + " ".join(
        "The Sept. 4-6 meeting will open." for _ in range(2000)),
    "v7c counterparts, many": " ".join("President Xi Jinping met his Egyptian counterpart in Osaka." for _ in range(600)),
    # --- end visits session 7c block ---
    # visits session 7 review: long rosters and many travellers (`_also_attending`, `_legs`: bisect over sorted starts,
    # a set of told (person, host) pairs, a record index per sentence)
    "v7b also attending, roster": "Narendra Modi arrived in Tokyo on Monday. " + ", ".join(["Joe Biden", "Olaf Scholz", "Xi Jinping", "Emmanuel Macron"] * 1500) + " are also attending. " + "Xi is also attending. " * 6000,
    "v7b participle legs, many travellers": " ".join(f"{n} arrived in Oman on Monday, visiting Qatar and Kuwait." for n in ["Joe Biden", "Xi Jinping", "Olaf Scholz", "Narendra Modi"] * 1500),
    # --- end visits session 7 review block ---
    # mentions session 7 review: _title_anaphors beside many mentions (the cover mask, not a scan per anaphor), and
    # untitled names that need evidence of a person, counterparts that need the same office
    "mentions7 anaphors beside mentions": "President Joe Biden spoke. " + "Japan, Korea and China met; the president spoke. " * 6000,
    "mentions7 untitled names, evidence": " ".join("Liberia's Alpha Blah met Nigeria's Beta Gamma." for _ in range(1500)),
    "mentions7 counterparts after people": " ".join(
        "Turkish President Abdullah Gul hosted his Egyptian counterpart." for _ in range(1500)),
    # --- end mentions session 7 review block ---
    # mentions session 8: a dateline's guest (`_guest_of_dateline`: the mentions after each titled name by bisection,
    # the travel/partner/host cue regexes over at most 160 characters), a title inside a capitalised run (`_trim_name`),
    # an appositive closed by "while" (`_appositive_end`)
    "mentions8 dateline guests": "ACCRA (agency) - " + " ".join(
        "President Lars Eklund arrived in Accra with Ghana and Togo." for _ in range(1500)),
    "mentions8 dateline many countries": "ACCRA (agency) - " + " ".join(
        "President Lars Eklund of Ghana, Togo, Accra, Ghana and Benin." for _ in range(1500)),
    "mentions8 title in runs": " ".join(
        "Vanuatu President Tom Kalsakau, the current chairman of the forum, while Fiji watched." for _ in range(1200)),
    "mentions8 registry leaders": " ".join(
        "Chancellor Angela Merkel met King Salman and Castro, Sarkozy and Orban in Accra." for _ in range(1500)),
    # --- end mentions session 8 block ---
    # figures session 8: a company's stake or money put into a project abroad (_STAKE_FOR_AFTER_RE, _STAKE_BOUGHT_BEFORE_RE,
    # _PAY_BEFORE_RE, _PUT_INTO_BEFORE_RE, _INTO_AFTER_RE, _COORD_VP_GAP_RE), a nationality word naming a firm
    # (_NATIONAL_FIRM_AFTER_RE), a place set before a country (_APPOSED_PLACE_END_RE), the giver on the money
    # (_MONEY_NATION_GAP_RE, _MONEY_NOUN_AFTER_RE, _OFFERED_BY_AFTER_RE), "a pledge of" (_AID_PLEDGED_BEFORE_RE), coordinated
    # bases (_COORD_BASE_GAP_RE, compare_prep "compares with"), ranking rivals and hubs, moneyless leads (_REL_YEAR_WORD_RE,
    # _TRADE_WORD_RE)
    "s8 stakes, many": " ".join("COSCO bought a 30 percent stake in a port in Peru for $500 million and will pay a further "
                                "$100 million for another 10 percent." for _ in range(1200)),
    "s8 stake gap, long": "Toyota bought a " + "big " * 6000 + "stake in a mine in Chile for $1 billion.",
    "s8 stake for, long": "Toyota is paying $1 billion for a " + "large " * 6000 + "stake in Chile.",
    "s8 national firms, many": " ".join("The Chinese state-owned firm is paying $1 billion for a 20 percent stake, on top of "
                                       "$2 billion in loans offered by Beijing." for _ in range(1200)),
    "s8 firm words, long": "The Chinese " + "state-owned " * 6000 + "firm has poured $1 billion into a dam in Laos.",
    "s8 coordinated verbs, long": "Samsung bought a stake in Vietnam for $1 billion" + " and is" * 5000
                                  + " due to pay $2 billion for another 5 percent.",
    "s8 put into, long": "Samsung has poured " + "US$ " * 8000 + "2 billion into its factories in Vietnam.",
    "s8 money nation, long": "Kenya secured $2 billion in " + "soft " * 8000 + "Chinese loans.",
    "s8 offered by, long": "Laos got $1 billion in " + "new " * 8000 + "loans offered by China.",
    "s8 pledge noun, many": " ".join("Laos obtained a pledge of $600 million in Chinese loans and a promise of $2 billion."
                                     for _ in range(1500)),
    "s8 bases, many": " ".join("Exports to Oman reached $5 billion in 2023. The figure compares with $570 million in 2022 "
                               "and about $500 million in 2021." for _ in range(1200)),
    "s8 base gap, long": "Exports to Oman reached $5 billion, against $570 million in 2022" + " and" * 8000 + " $500 million.",
    "s8 ranking hubs, many": " ".join("Vietnam displaced Thailand as Cambodia's first trading partner. Trade with Vietnam came "
                                      "to $3 billion last year." for _ in range(1000)),
    "s8 lead years, many": " ".join("Ecuador's sales to Korea fell last year." for _ in range(3000)),
    "s8 apposed place, long": "LG is building a $3 billion plant outside " + "Wroclaw, " * 5000 + "Poland.",
    # (a firm's contract abroad: _CONTRACT_AFTER_RE, the firm subject before the amount)
    "s8 firm contracts, many": " ".join("Egyptian contractor Orascom won a $1.1 billion contract in Saudi Arabia, and the "
                                        "Turkish builder Limak a $700 million deal." for _ in range(1200)),
    "s8 contract gap, long": "Egyptian contractor Orascom won a " + "huge " * 6000 + "$1 billion contract in Oman.",
    # (money given to a country: _GIVE_MONEY_BEFORE_RE, _TO_RECIPIENT_AFTER_RE, _NOUN_END_RE)
    "s8 money given, many": " ".join("India will provide Rs 4,000 crore to Nepal for a road and give $3 million to Chinese "
                                     "contractors." for _ in range(1500)),
    "s8 money given, long": "Japan will give " + "$ " * 10000 + "300 million to " + "the " * 5000 + "Sri Lanka.",
    # --- end figures session 8 block ---
    # visits session 8: dates.PAST_RE (lower-case "-ed" only), the plan clause (`_plan_clause_ahead`, visit_agreed_plan.csv,
    # visit_irregular_past.csv), the "been to" / "made ... as <office> to" / "takes him to" cue rows, _TOUR_THAT_RE,
    # _SINCE_TRIP_BY_RE, _DURING_WHO_RE, the trip-noun gate, the group-told-again regexes of `_dedupe`, _PRESENT_LEAVES_RE and
    # _LEAVES_FOR_RE
    "v8 ed names, schedules": " ".join(["Mohamed Ahmed Zayed United Aligned"] * 800) + " flies to Paris on Thursday.",
    "v8 plan clause, many commas": "Egyptian President Mohamed Morsi flies to Rome on Saturday" + ", weeks after" * 3000 + ".",
    "v8 agreed, many": " ".join(["Macron and Xi agreed to hold talks in Rome in October."] * 800),
    "v8 been to, made as, takes him": " ".join(["Temer had already been to Beijing in June and made his first trip as "
                                                "president to Lisbon, on a tour that also takes him to Madrid."] * 800),
    "v8 first by since, long head": "Obama landed in Havana for the first visit by a " + "sitting " * 3000 + "president since Calvin Coolidge in 1928.",
    "v8 during stops": " ".join(["They signed a deal on Friday during Narendra Modi's one-day stop in Cairo."] * 1500),
    "v8 groups told again": "Pyongyang, March 3 (KCNA) -- " + " ".join(
        ["The Chinese delegation visited Mangyongdae on Wednesday. The delegation headed by Foreign Minister Wang Yi "
         "arrived here on Tuesday."] * 500),
    "v8 group words run": "The " + "Chinese " * 4000 + "delegation led by Wang Yi arrived here on Tuesday.",
    "v8 leaves for, many": " ".join(["Erdogan leaves Khartoum on Wednesday for Tunis, the last leg."] * 1500),
    "v8 leaves, no for": "Erdogan leaves Khartoum " + "on Wednesday " * 4000 + ".",
    # --- end visits session 8 block ---
    # mentions fix session 8: the dateline cue regexes (verb/noun/partner right before the country, "after a visit"
    # after it, the gap stop), a registered surname inside other full names (`_in_other_name`) and a registered name
    # that goes on (`_name_goes_on`: bin, numerals, ship prefixes)
    "mentions fix8 dateline cues": "ACCRA (agency) - President Kofi Mensah " + " ".join(
        "on his first official state visit to Ghana landed back in Accra after a long state visit to Togo with Ghana's"
        for _ in range(1200)),
    "mentions fix8 dateline long gaps": "ACCRA (agency) - President Kofi Mensah " + " ".join(
        "told aides that the Ghanaian envoy, his tour to on a her " for _ in range(300)) + " Ghana.",
    "mentions fix8 relatives and ships": " ".join(
        "Grace Mugabe, Amber Rudd-Zuma, HMS Queen Elizabeth, Mohammed bin Zayed bin Nayef, Benigno Aquino Jr. Sr. II "
        "and Queen Elizabeth The Queen Mother Hospital met Pope John Paul II." for _ in range(1200)),
    # --- end mentions fix session 8 block ---
    # kcna session 8: "will soon" plans, a statement's date after a trip, "his" after a person on the move, "visits to X
    # paid by Y", inverted departure lists, demonym lists, region-named hosts, blocked trips, quoted titles, Spanish
    # noun trips, a country as a trip noun's adjective
    "k8 soon plans": " ".join("A delegation of Laos will soon visit the DPRK and will soon pay a visit to Vietnam."
                              for _ in range(1500)),
    "k8 statement after trip": "Kim Jong Il made his visit to Laos in the statement " + "and the article " * 4000 + "on May 3.",
    "k8 his on the move": " ".join("Wen Jiabao wished Kim Jong Il passing through Jilin Province in the wake of his visit "
                                   "to Mongolia." for _ in range(1000)),
    "k8 visits paid by": "He said that the visits to " + "Russia and China, " * 3000 + " paid by Kim Jong Il were great.",
    "k8 inverted departures": "Leaving here today were " + ", ".join(
        "a delegation of the Korean Union led by Kim Chol, official of the DPRK to visit the Amur Region of Russia"
        for _ in range(800)) + ".",
    "k8 demonym lists": "Kenyan, Ethiopian, " * 3000 + "and Malian delegations arrived in Pyongyang on Sunday.",
    "k8 region hosts": "Kim Jong Il toured the Amur region of Russia" + " and the Jilin area of China" * 2000 + ".",
    "k8 blocked trips": "The authorities rejected the application " + "of the group " * 3000 + "for a visit to the DPRK. "
                        + " ".join("The ministry barred the group of south Korea from attending the meeting in Kaesong on "
                                   "June 14." for _ in range(1500)),
    "k8 quoted titles": "The Korean delegation on a visit to Laos held the meeting \"Glory to Kim Jong Il "
                        + "and Kim Jong Il " * 3000 + "on Friday.",
    "k8 spanish nouns": "La delegacion de la Asociacion de Amistad publico un articulo en el que se destacan los logros de la "
                        "nacion y la politica del Partido con motivo de la fecha. " + " ".join(
                            "El Dirigente Kim Jong Il durante su reciente visita a China de la que se habla en el diario."
                            for _ in range(1500)),
    "k8 country adjective trips": " ".join("Kim Jong Il came home after the historic Russia visit in August."
                                           for _ in range(1500)),
    "k8 gift bearers": " ".join("Kim Jong Il was presented with a gift by the Bureau of Russia. Vice-Director Ivan Petrov on a "
                                "visit to the DPRK handed " + "the gift and " * 20 + "it to an official." for _ in range(600)),
    "k8 said he": "The Committee praised Kim Jong Il. " + " ".join("It said that he visited Russia." for _ in range(1500)),
    "k8 demonym groups, spaces": "Kenyan and Malian" + _SPACES + "delegations arrived in Pyongyang on Sunday.",
    "k8 inverted list, spaces": "Leaving here today were a delegation to visit Russia" + _SPACES + "and the group to visit China.",
    # --- end kcna session 8 block ---
    # visits fix session 8: the role_plan "agreed to" row (its lookahead), the held wording of visit_agreed_plan.csv,
    # _BEEN_TO_RE / _BEEN_TO_NOT_RE / _BEEN_TO_IF_RE, _WHO_HEADED_RE and _GROUP_PHRASE_RE (`_dedupe`), the caption rows,
    # dates.PAST_RE (an opening participle), _SINCE_TRIP_BY_RE, the clause break in `_cancel`, _LEAVES_HOME_RE
    "vfix8 agreed then after, many": " ".join(["Modi and Xi agreed to meet in Brazil in November after they met in "
                                               "Johannesburg on Tuesday and held talks there as planned."] * 500),
    "vfix8 agreed, long pre": "Modi and Xi agreed to " + "meet and talk " * 3000 + "on the sidelines of the summit in Rome.",
    "vfix8 been to, if and whose": " ".join(["If Modi, whose wife's aides had been to Paris, could have been to Rome, "
                                             "he has been to The Hague."] * 800),
    "vfix8 been to, long if": "If Modi " + "and aides " * 4000 + "had been to Paris.",
    "vfix8 groups, kinds": "Pyongyang, March 3 (KCNA) -- " + " ".join(
        ["The Chinese sports delegation visited Mangyongdae on Wednesday. Wang Yi, who led the trade delegation "
         "headed by Li, arrived here on Tuesday."] * 500),
    "vfix8 group modifiers run": "The Chinese delegation arrived. The " + "official " * 4000 + "delegation led by Wang Yi arrived here.",
    "vfix8 captions, participles": " ".join(["Dressed in white, Modi flies to Rome on Tuesday, in this handout photo "
                                             "released by his office, and spent Monday in Delhi."] * 800),
    "vfix8 first of since, long": "Obama landed in Hanoi on his first trip of a " + "busy " * 3000 + "year since Bill Clinton in 2000.",
    "vfix8 stops cancelled, many": " ".join(["Sisi's stop in Aswan drew crowds, while Erdogan's stop in Cairo was cancelled."] * 800),
    "vfix8 stops, long clause": "Sisi's stop in Aswan" + ", while" * 4000 + " Erdogan's stop in Cairo was cancelled.",
    "vfix8 leaves for home, many": " ".join(["Erdogan leaves Khartoum on Friday for home, ending his tour."] * 1500),
    # --- end visits fix session 8 block ---
    # visits round 2 session 8: _BARE_DATELINE_RE, `_dateline_scene` (visit_scene_acts.csv), `_at_scene` (visit_scene_at.csv), the roster regexes of
    # `_rosters` (visit_roster.csv: head, before, after, gate), the event-anchor guard of `_event_roles`
    "v8b bare dateline, long head": "KATHMANDU " * 3000 + "- Modi addressed the assembly on Sunday.",
    "v8b scene, many acts": "HANOI - Japanese Prime Minister Shinzo Abe" + " addressed lawmakers and told students" * 2000 + ".",
    "v8b roster, long list": "Xi opened the summit in Beijing, joined by the presidents of " + ", ".join(
        ["Laos", "Cambodia", "Kenya", "Peru"] * 1000) + " and Chile.",
    "v8b rosters, many short": "The summit in Lima was attended by " + ", ".join(
        ["the leaders of Chile and Peru"] * 1500) + ".",
    "v8b possessive roster": " and ".join(["Chile's Gabriel Boric, Colombia's Gustavo Petro"] * 1000)
                             + " are among the leaders gathering in Brasilia.",
    "v8b staying away, many": " ".join(["Modi will not attend the summit in Kigali. The leaders of Nepal and Sri Lanka "
                                        "are also staying away from the gathering."] * 600),
    "v8b roster gate, possessives": " ".join(["Kenya's Ruto said Peru's Boluarte and Chile's Boric met."] * 1500),
    "v8b at talks, many": " ".join(["Putin offered Lukashenko a loan at talks in Sochi on Monday;"] * 1500),
    "v8b rosters, no host": "Modi skipped the summit. " + ", ".join(["the leaders of Chile and Peru stayed away from it"] * 1500) + ".",
    "v8b at words run": "Putin offered Lukashenko a loan at " + "the long " * 3000 + "talks in Sochi.",
    # --- end visits round 2 session 8 block ---
    # figures round 2 session 8: the giver of money given to a country (_GIVER_GAP_RE, _state_giver), deposits and swaps
    # (_NOT_AID_MONEY_RE), money repaid (_REPAY_BEFORE_RE), a pledge kept (_KEPT_PLEDGE_BEFORE_RE), a stake's host in its
    # object (_object_country), contracts before the amount (_CONTRACT_BEFORE_RE), a firm named after its country
    # (_NATIONAL_FIRM_AFTER_RE firm_suffix), "That compares with" (_ANAPHORIC_START_RE), a country's own flow in a lead
    # (_OWN_SALES_AFTER_RE), the cached firms of a sentence (_sentence_firms)
    "s8b givers, many": " ".join("Norway's foreign ministry has agreed to provide $60 million to Ethiopia, and the World Bank "
                                 "will disburse $900 million to Kenya as a deposit." for _ in range(1200)),
    "s8b giver gap, long": "Japan" + " will" * 6000 + " give $300 million to Sri Lanka.",
    "s8b giver apposition, long": "Japan, " + "the donor " * 4000 + ", will give $300 million to Sri Lanka.",
    "s8b giver body, long": "Japan's " + "finance " * 6000 + "ministry will give $300 million to Sri Lanka.",
    "s8b repaid, many": " ".join("Egypt repaid $1 billion in Saudi loans and honoured the pledge of $2 billion in aid to Sudan."
                                 for _ in range(1500)),
    "s8b repay gap, long": "Egypt repaid " + "old " * 8000 + "$1 billion in Saudi loans.",
    "s8b kept pledge, long": "Germany kept its " + "solemn " * 8000 + "pledge of $1 billion in aid to Moldova.",
    "s8b rival hosts, many": " ".join("Samsung paid $700 million for a 30 percent stake in a Seoul software house, outbidding "
                                      "an American fund, in Hungary's view." for _ in range(1200)),
    "s8b contracts before, many": " ".join("Rosatom, Russia's state nuclear company, signed deals worth $6 billion with Iraq, "
                                           "and Italian firms won contracts worth $3 billion." for _ in range(1200)),
    "s8b contract worth, long": "Italian firms won contracts worth " + "about " * 8000 + "$3 billion in Algeria.",
    "s8b firm suffix, long": "The state-owned China " + "Harbour " * 6000 + "Company won a $1 billion contract in Kenya.",
    "s8b compares, many": " ".join("Chile's copper exports to China hit $30 billion in 2023. That compares with $25 billion in "
                                   "2022 and $22 billion in 2021." for _ in range(800)),
    "s8b own sales, many": " ".join("Vietnam's rice sales slumped last year." for _ in range(3000)),
    "s8b own sales, long": "Vietnam's " + "rice " * 8000 + "sales slumped last year. Exports to Laos came to $2 billion.",
    # (part 2: _WHOLE_BEFORE_RE, _INTEREST_BEFORE_RE, _INTEREST_AFTER_RE, _IN_ALL_AFTER_RE with _YEAR_NUM_RE, _FIRST_MONTHS_RE,
    # _QUARTER_YEAR_RE, _YEAR_TO_DATE_RE, the provisional estimate row of figure_cues.csv, the multilateral "with" of
    # figure_loans.csv, a receiving subject)
    "s8b wholes, many": " ".join("COSCO has put $1.3 billion into the port in Peru, out of a planned $3.5 billion and out of a "
                                 "total of $9 billion." for _ in range(800)),
    "s8b interest, many": " ".join("Interest on Kenya's $1 billion loan from China amounts to $45 million a year in interest."
                                   for _ in range(1500)),
    "s8b interest on, long": "The interest on " + "the loan of " * 4000 + "Kenya amounts to $45 million.",
    "s8b in all, many": " ".join("India has extended credit worth $7 billion in all - $1 billion in 2010, $2 billion in 2016."
                                 for _ in range(1500)),
    "s8b months of, many": " ".join("Exports to Russia rose to $9 billion in 11 months of 2023 and $3 billion in Q3 2024, "
                                    "year-to-date, a provisional $2 billion." for _ in range(800)),
    "s8b receives, many": " ".join("Washington gave Egypt $1.3 billion in aid. Israel, the largest recipient, receives about "
                                   "$3.8 billion a year in aid." for _ in range(1000)),
    "s8b loan with, long": "Zambia negotiates a $1 billion loan " + "deal " * 3000 + "with the IMF.",
    "s8b purpose flows, many": " ".join("Egypt borrowed $3 billion from Saudi Arabia to pay for wheat imports, and "
                                        "Ghana $1 billion to finance its cocoa exports." for _ in range(1200)),
    "s8b signed date, many": " ".join("Jordan receives $1.5 billion a year in aid under a memorandum of understanding signed "
                                      "in 2018." for _ in range(1500)),
    "s8b bare flows, many": " ".join("The ministry said exports to Cambodia reached $1.5 billion; imports from Laos $2 billion."
                                     for _ in range(1500)),
    # --- end figures round 2 session 8 block ---
    # perf session 9: one long roster sentence of thousands of countries (one record each) and years, 20-200 KB (5-15 s
    # before: the overlap test of dates.find, the date of each record re-read over the whole sentence, "the delegation"
    # re-read per record in `_dedupe`, the registry scanned per country for its office holder, `_bo_visitor`'s tail
    # tests over the text from the verb)
    "s9p former presidents roster": "The former presidents of " + ", ".join(_S9_COUNTRIES * 400) + " attended the ceremony "
                                    "in Lima in " + ", ".join(str(1990 + k % 30) for k in range(1200)) + ".",
    "s9p visit verb, countries": "Lula visited " + ", ".join(_S9_COUNTRIES * 1200) + " and Mexico in 2003.",
    "s9p years": "Lula visited Peru in " + ", ".join(str(1960 + k % 60) for k in range(6000)) + " and 2021.",
    "s9p ex-officials of": "Ex-presidents of Brazil, Chile, Peru, former prime ministers of Spain, Italy, Japan, " * 500
                           + "arrived in Lima on Monday.",
    "s9p former officials named": "Former Brazilian President Lula da Silva, ex-Chilean President Michelle Bachelet, "
                                  "former Peruvian President Alejandro Toledo, " * 1000 + "and others visited Lima in 2019.",
    # --- end perf session 9 block ---
    # figures session 9: _CHANGE_TO_BEFORE_RE with _FAR_BASE_GAP_RE, _SUBORDINATE_GAP_RE, _COORD_PREDICATE_GAP_RE, the parts
    # after a total, _FIRST_QUARTERS_RE, _cut_ignore, the FDI, gap, poured, signed-deal and goods-went rows of
    # figure_cues.csv, _EQUIV_DASH_RE, the gapped list of givers, _PRONOUN_PARTNER_AFTER_RE, _PAST_BASE_LEAD_RE
    "s9 far bases, many": " ".join("Korean shipments to Bangladesh, mostly machinery, steel and fibres, dropped to $1.63 billion "
                                   "in 2023, the year of the strike, from $2.36 billion." for _ in range(60)),
    "s9 far base aside, long": "Korean shipments to Bangladesh dropped to $1.63 billion in 2023, " + "the year " * 3000
                               + "from $2.36 billion.",
    "s9 change to, long": "Korean shipments to Bangladesh dropped by " + "a third " * 4000 + "to $1.63 billion from $2 billion.",
    "s9 subordinate, many": " ".join("Trade with China fell to about $575 billion as U.S. imports of Chinese goods dropped."
                                     for _ in range(60)),
    "s9 subordinate, long": "Trade with China fell to about $575 billion as " + "U.S. " * 5000 + "imports dropped.",
    "s9 coordinated verbs, many": " ".join("The United States imported $505 billion worth of Chinese goods in 2017 and "
                                           "exported $130 billion, producing a gap of $375 billion." for _ in range(60)),
    "s9 coordinated verbs, long": "Japan bought $12 billion of " + "Australian " * 5000 + "coal and sold $3 billion.",
    "s9 parts, many": " ".join("India's trade with China reached $113.8 billion in 2022. Imports accounted for $98.5 billion; "
                               "exports were a mere $15.3 billion." for _ in range(60)),
    "s9 quarters, many": " ".join("China's trade with Japan fell in the first three quarters to $162 billion and in the first "
                                  "half of 2019 to $100 billion." for _ in range(60)),
    "s9 fdi, many": " ".join("Vietnam drew $4 billion of foreign direct investment from South Korea, and Singapore's FDI into "
                             "India fell to $11.8 billion." for _ in range(60)),
    "s9 gaps, many": " ".join("The gap between what Canada bought from China and what it sold there grew to $40 billion, and "
                              "Japan's trade gap with Australia, a shortfall of $28 billion, narrowed." for _ in range(60)),
    "s9 goods went, long": "Some $88 billion of Brazilian goods " + "went " * 5000 + "to China.",
    "s9 signed deal valued, long": "India signed an agreement " + "with France " * 3000 + "valued at 7.87 billion euros.",
    "s9 poured, many": " ".join("Chinese firms poured a record $46 billion into the United States." for _ in range(60)),
    "s9 dashes, many": " ".join("Modi announced a line of credit of one billion dollars - 10,000 crore Nepali rupees - for Nepal."
                                for _ in range(60)),
    "s9 dashes, long": "Japan pledged 100 billion yen " + "- " * 8000 + "$700 million to Ukraine.",
    "s9 gapped givers, many": " ".join("Saudi Arabia pledged $5 billion to Egypt, the United Arab Emirates $3 billion and Kuwait "
                                       "$4 billion, a combined $12 billion." for _ in range(60)),
    "s9 gapped, long": "Saudi Arabia pledged $5 billion to Egypt, " + "the " * 6000 + "Kuwait $4 billion.",
    "s9 pronoun partner, many": " ".join("Trade reached $773 billion: $419 billion of imports from Canada and $354 billion of "
                                         "exports to it." for _ in range(60)),
    "s9 past base, many": " ".join("Mongolia's exports to China are projected to top $13 billion this year after a record $12.5 "
                                   "billion in 2023." for _ in range(60)),
    # review of figures session 9: the gapped item's own recipient (_ITEM_END_RE), a colon part paid out (_ACTUAL_PART_RE,
    # _COLON_APART_RE), parts that add up to the total (_parts_sum), the narrowed FDI, goods and signed-deal rows
    "s9r gapped items, many": "Saudi Arabia pledged $5 billion to Egypt, " + ", ".join(
        f"Iran's ${i} million loan to Iraq" for i in range(1, 300)) + ".",  # linear; the start tree takes as long
    "s9r colon parts, many": "China has pledged $24 billion in aid to Pakistan: " + " and ".join(
        f"${i} million has already been disbursed" for i in range(1, 700)) + ".",
    "s9r parts sum, many": " ".join("Chile's trade with Japan came to $12 billion in 2022. Exports made up $8 billion and imports "
                                    "$4 billion." for _ in range(60)),
    "s9r fdi abroad, many": " ".join("Mexico received $36 billion in foreign direct investment from abroad in 2023." for _ in range(60)),
    "s9r deal with the IMF, long": "Egypt signed a loan agreement " + "with the IMF " * 3000 + "amounting to $3 billion.",
    # --- end figures session 9 block ---
    # --- session 9 rosters, status, indirect hosts (visit_rosters.py, visit_revisions.py, visit_hosts.py) ---
    "s9 roster of names, long": ", ".join(["Joe Biden", "and former US President Barack Obama"] * 700) + " were among the leaders "
                                "at the funeral in Tokyo on Tuesday.",
    "s9 roster titles, long": "Olaf Scholz and " + "Prime Minister " * 1500 + "Rishi Sunak were in Kyiv on Saturday.",
    "s9 pairs, many": " ".join("Xi Jinping and Narendra Modi held talks in Kazan on Tuesday." for _ in range(600)),
    "s9 called off list, long": "Pope Francis landed in Edmonton on Sunday. Knee trouble forced him to postpone the trip to "
                                + " and ".join(["Kenya", "South Sudan"] * 800) + " he was to have made.",
    "s9 declined, many": " ".join("Justin Trudeau declined an invitation to the summit in Tokyo next month." for _ in range(600)),
    "s9 epithets, many": " ".join("Joe Biden landed in the Hashemite kingdom on Monday. He reached the city-state on Tuesday "
                                  "for talks with Lawrence Wong." for _ in range(400)),
    "s9 inverted roster, long": "Among the leaders " + "in the city " * 1500 + "were Xi Jinping and Narendra Modi. "
                                + " ".join("Also in Kazan were Xi Jinping and Narendra Modi." for _ in range(500)),
    "s9 invited him, long": "Joe Biden met " + ", ".join(["Pope Francis"] * 1000) + " and invited him to visit the United States.",
    # --- visits session 9 (tour legs, binding) block: `_tour_route` and mentions `_described_names` ---
    "s9 tour route, many": " ".join("Chinese Premier Li Qiang arrived in Canberra on Sunday after stops in Fiji and Samoa. The tour "
                                    "also takes in New Zealand and Malaysia, and his next stop is Vietnam. He wound up a swing "
                                    "through Laos in Vientiane." for _ in range(400)),
    "s9 tour noun link, long": "Li Qiang arrived in Canberra on Sunday. The tour " + "of the old region " * 3000 + "that takes him to Fiji.",
    "s9 leg list, long": "Li Qiang arrived in Canberra on Sunday. The tour takes in Fiji" + ", Samoa" * 3000 + " and Tonga.",
    "s9 leg gap, long": "Li Qiang arrived in Canberra on Sunday. The tour takes in Fiji on " + "the way " * 4000 + "and Tonga.",
    "s9 where gap, many": "Li Qiang arrived in Canberra after stops in Fiji" + ", where he saw the reef" * 3000 + ", and Tonga.",
    "s9 leave, many": " ".join("Kishida left Hanoi on Monday for Jakarta, then to Manila on Tuesday and Dili on Friday."
                               for _ in range(800)),
    "s9 described names, many": " ".join("Xi Jinping met Maya Torvik in Beijing on Tuesday. The Norwegian prime minister said "
                                         "little. China's special envoy for Eurasian affairs, Li Hui, arrived in Kyiv."
                                         for _ in range(300)),
    "s9 bare names, long": " ".join(["Maya Torvik"] * 5000) + " arrived in Oslo. The Treasury secretary said little.",
    # visits session 9 review fixes: the owner of a tour ("his own tour", "a trip by X that took in"), and the guards of a
    # description's binding (an appositive name after it, the host's office, a delay in its sentence)
    "s9 review tour owners, many": " ".join("Antony Blinken arrived in Beijing on Wednesday. Wang Yi said his own tour takes in "
                                            "Brazil and Chile. The visit follows a trip by Japan's foreign minister that took "
                                            "in Vietnam. Following a visit to Moscow by Xi Jinping in March, Iran is next."
                                            for _ in range(400)),
    "s9 review by owner, long": "Li Qiang arrived in Canberra on Sunday. The trip " + "by Big " * 3000 + "took in Fiji.",
    "s9 review appositive, long": "Maya Torvik arrived in Tokyo. The Norwegian foreign minister, " + "Alpha " * 4000 + "said little.",
    "s9 review descriptions, many": " ".join("Maya Torvik arrived in Tokyo on Monday. The Norwegian prime minister said little, "
                                            "a visit by a Swedish trade minister that was delayed." for _ in range(600)),
    # session 9 review fixes (items 14, 15): many matches in one long sentence; dates, hosts and clauses once per sentence
    "s9 declined, one sentence": "Chinese Premier Li Qiang arrived in Berlin on Monday, " + " ".join(
        ["and German Chancellor Olaf Scholz declined an invitation to visit China,"] * 400) + " officials said.",
    "s9 still on, one sentence": "; ".join(["his visit to France remains on track"] * 1000) + ".",
    "s9 bare in, long": ", ".join(["Joe Biden and Xi Jinping were in agreement that talks in Geneva should go on"] * 600) + ".",
    # visits session 10: past stays, "since <Name> in <date>", the dateline's
    # "here", the schedule cue with a day before the destination, the apposition "also in P for the meetings"
    "s10 stays, many": " ".join("Viktor Orban had been in Kyiv on Tuesday; he was last in Moscow in May 2023."
                                for _ in range(1200)),
    "s10 since named, many": " ".join("Olaf Scholz held talks in Canberra on Sunday, the first European leader to travel to "
                                      "Australia since Dutch Prime Minister Mark Rutte in October 2018." for _ in range(300)),
    "s10 since, long": "Olaf Scholz held talks in Canberra, the first " + "Alpha " * 3000 + "since Beta Gamma in 2018.",
    "s10 here, long": "HANOI - Indian Prime Minister Narendra Modi signed " + "a deal " * 4000 + "here on Saturday.",
    "s10 schedule day, many": " ".join("Wang Yi leaves on Friday for the Comoros and goes next to Male." for _ in range(800)),
    "s10 appos for, many": " ".join("Rex Tillerson, also in Manila for the meetings, did not meet him." for _ in range(1200)),
    # figures session 10: a deal's noun far before many amounts; put-into tails; totals and potentials in one long sentence
    "s10 deal gap, long": "Siemens of Germany signed a rail contract with Egypt " + "and more " * 3000 + "valued at $8 billion.",
    "s10 deal amounts": " ".join("Iraq signed a contract with South Korea's Hyundai Engineering valued at $2.5 billion, "
                                 "and Russia signed a deal with Turkey worth $20 billion." for _ in range(400)),
    "s10 put into, many": ", ".join(["Norway put $1 billion into the UN-run fund for Afghanistan and into a joint fund with "
                                     "Japan"] * 500) + ".",
    "s10 totals, one sentence": "Thailand's exports to China rose 5%" + ", while total exports reached $285 billion" * 800 + ".",
    "s10 potential, long": "The potential " + "for trade " * 3000 + "between India and Pakistan is $37 billion.",
    "s10 support, many": " ".join("Canada will provide C$3 billion in financial, economic, military and humanitarian support "
                                  "to Ukraine, and Italy will pay Libya $5 billion over 25 years." for _ in range(400)),
    "s10 yardsticks": ", ".join(["Korea's exports to Peru came to $900 million last year, roughly flat on 2022, while imports "
                                 "fell to $2 billion within a few years"] * 200) + ".",
    "s10 participles": " ".join("The bill, signed by the president earlier this month, " + "signed in 2020, " * 50 +
                                "raises aid to Jordan to $1.45 billion." for _ in range(60)),
    # registry fix session 10: mentions._after_patronymic (a registry name right after "bin", "ould", ...)
    "s10 patronymic chains, many": " ".join("Sheikh Nasser bin Hamad bin Isa Al Khalifa met Haitham bin Tarik and Ahmed ould "
                                            "Abdallah bin bin ibn Hamad bin Khalifa Al Thani." for _ in range(600)),
    "s10 patronymic run, long": " bin ".join(["Hamad"] * 4000) + " bin Isa Al Khalifa arrived in Cairo.",
    # visits session 10 fix round: the subject/negation tests of the "here" lead, the pronoun's antecedent, the visit
    # clause before "since", the complement before an apposition
    "s10 fix here lead, long": "HANOI - Indian Prime Minister Narendra Modi was " + "quickly " * 3000 + "signed by " * 2000 + "here on Saturday.",
    "s10 fix pronoun, many": "Olaf Scholz spoke on Monday. " + " ".join("He had been in Rome on Tuesday, and he had been in Paris on Wednesday"
                                                                         for _ in range(600)) + ".",
    "s10 fix since visit, many": " ".join("Olaf Scholz arrived in Canberra on Sunday for a visit, the first by a German leader to "
                                          "the country since Helmut Kohl in 1997." for _ in range(400)),
    "s10 fix appos complement, many": " ".join("A spokesman for the aide of Rex Tillerson, in Manila for the talks, said so."
                                               for _ in range(1200)),
    # review of session 10: the gap from "potential" to an amount; "in ... support to" a name with a long tail; years
    # glued to later amounts
    "s10 potential gaps": ", ".join(["the potential for trade with Chile of Peru in Brazil to be about $4 billion, and "
                                     "despite its potential trade between India and Pakistan was $2 billion"] * 300) + ".",
    "s10 support tail": "Japan extended $400 million in economic support to Sri Lanka " + "and more aid " * 3000 + ".",
    "s10 owned years": "China's exports to Chile reached $5 billion in 2023" + ", up from 2022 levels of $4 billion" * 600 + ".",
    # registry session 11: the owner of an aide or relative ("X's spokesman ... flew"), the report verb between; a
    # passive "was met by" after a leg; a talk before the next leg; "who is in"; a royal style before a given name
    "s11 owned aide, long": "Vladimir Putin's special envoy " + "and senior aide " * 3000 + "flew to Ankara on Monday.",
    "s11 owned aide, many": " ".join("Narendra Modi's envoy arrived in Dhaka on Sunday and Xi Jinping's aide flew to Rome."
                                     for _ in range(500)),
    "s11 met by, long": "Wen Jiabao arrived in Luanda. Wen flew in from Brazzaville and was met " + "warmly " * 3000
                        + "by President Jose Eduardo dos Santos.",
    "s11 next leg, long": "Hu Jintao arrived here on Monday. Hu will hold talks with Manmohan Singh " + "before moving " * 2000
                          + "on to Pakistan on Thursday.",
    "s11 who is in, many": " ".join("A deal was signed during a visit by Samia Suluhu Hassan, who is in Seoul, through 2030."
                                    for _ in range(500)),
    "s11 royal openers, long": " ".join(["Sheikh Ahmad"] * 3000) + " Nawaf al-Ahmad al-Sabah arrived in Cairo.",
    # visits session 11 (newslens/extract/visit_long_wire.py): government-only hosts, "comes N months after",
    # undated scene trips, origin legs, each over a long sentence of its own trigger words
    "s11 government hosts": "MOSCOW (Reuters) - Kerry, who arrived on Tuesday, met Lavrov and accused "
                            + "and accused Beijing of cutting its ties with " * 800 + "Taipei.",
    "s11 comes after": "It comes two months after Shinzo Abe visited " + ", ".join(["Kenya"] * 1500) + " and Ethiopia.",
    "s11 origin legs": "Narendra Modi flew in from Tokyo, " + "came in from Hanoi, arrived from Seoul, " * 400 + "on Monday.",
    "s11 undated scene": "PARIS (Reuters) - Leaders met on Sunday. Olmert and Abbas held talks with the French leader"
                         + ", and Olmert said" * 1500 + ".",
    # figures session 11: deposits in central banks and "and will invest" tails; compensation with long gaps; years before
    # currency words; scaled range lows; dollar restatements and swap legs; money borrowed from a state lender
    "s11 deposits, many": " ".join("Qatar will deposit $1 billion in the National Bank of Rwanda and will invest a further "
                                   "$500 million, and Kuwait placed $2 billion with Turkey's central bank." for _ in range(400)),
    "s11 and invest gap, long": "Japan will lend Vietnam $1 billion " + "and more " * 3000 + "and will invest another $2 billion.",
    "s11 compensation, many": " ".join("Italy agreed to pay Libya $5 billion over 25 years as compensation, and Poland demands "
                                       "that Germany pay $1.3 trillion in war reparations." for _ in range(400)),
    "s11 pay gap, long": "Italy will pay " + "Alpha " * 3000 + "$5 billion in compensation to Libya.",
    "s11 year money, many": " ".join("The 1998 rouble default and the 1995 peso crisis cut trade to $5 billion."
                                     for _ in range(500)),
    "s11 ranges, many": " ".join("Qatar will invest between 10 billion and 15 billion dollars in Britain." for _ in range(500)),
    "s11 worth restated, long": "Turkey signed a currency swap of 12 billion lira" + " with more words" * 3000
                                + ", worth about $2 billion.",
    "s11 swap legs, many": " ".join("The two central banks of Argentina and China can exchange 70 billion yuan for 130 billion "
                                    "pesos, about $10 billion." for _ in range(500)),
    "s11 borrowed, many": " ".join("In 2014 the government borrowed $944 million from the Export-Import Bank of China, and "
                                   "Kenya borrowed $2 billion from Chinese banks." for _ in range(400)),
    "s11 borrower gap, long": "In " + "the year " * 3000 + "the government borrowed $1 billion from China.",
    # visits session 11, round 2 (newslens/extract/visit_summit.py): many rosters "among the leaders" in one long
    # sentence after a datelined gathering
    "s11 scene rosters": "BRUSSELS (Reuters) - Leaders gathered for a summit on Thursday. "
                         + "Olaf Scholz and Giorgia Meloni were among the leaders, " * 400 + "and so on.",
    # review of visits session 11: the traveller's own office, talks on a country, stance tails and "returned from"
    "s11 review office": "BERLIN (Reuters) - Merkel met him on Tuesday. "
                         + "Mauricio Macri, who took office in December, met Merkel, " * 600 + "and is on his first trip.",
    "s11 review talks": "Amos Hochstein arrived on Tuesday for talks on Lebanon, " * 800 + "meeting officials.",
    "s11 review summit tails": "BRUSSELS (Reuters) - " + "Leaders returned home on Thursday, " * 300 + "from a summit. "
                               + "Olaf Scholz and Giorgia Meloni were among the leaders at the forefront, " * 400 + "and so on.",
    # registry fix round, session 11: a passive visit ("was visited on Tuesday by"), its time phrase and agent; a trip
    # "there" after another trip in the sentence
    "s11 passive, long": "The Mobutu-era palace at Gbadolite was visited on " + "a long " * 3000 + "day by Belgian officials.",
    "s11 passive, many": " ".join("The Putin-era palace near Sochi was visited by Belgian officials in Sochi on Tuesday."
                                  for _ in range(500)),
    "s11 there, many": " ".join("Putin's aide flew to Ankara and Putin's trip there followed on Tuesday." for _ in range(500)),
    "s11 there, long": "Putin's aide flew to Ankara and Putin's trip there " + "quietly and slowly " * 2000 + "followed on Tuesday.",
    # the fix of session 11: claims scanned from the sentence start, wrongs and frozen money over the whole sentence, lists
    # of countries; one long sentence with many amounts
    "s11fix comp one sentence": ", ".join("Kuwait was paid $52 billion in war reparations by Iraq and Japan will pay China $1 "
                                          "billion in compensation for wartime atrocities to Korea and Taiwan"
                                          for _ in range(300)) + ".",
    "s11fix deposits one sentence": ", ".join("Kuwait, Qatar and the UAE deposited $6 billion with the Central Bank of Egypt "
                                              "and Egypt borrowed $3 billion from Kuwait, Saudi Arabia and the UAE under a swap"
                                              for _ in range(300)) + ".",
    "s11fix country list, long": "Egypt borrowed $3 billion from " + "Kuwait, Qatar, " * 1500 + "and the UAE.",
    # figures session 12: the done-act verb before an amount, a dateline of many cities, "between them" after an amount,
    # "in N years" after a superlative, a loan's lender "of" a country after the amount
    "s12 done act, many": " ".join("Kuwait has released $300 million in grants to Jordan and has already paid $2 billion to Iraq."
                                   for _ in range(500)),
    "s12 done act gap, long": "Kuwait has paid " + "Alpha beta " * 3000 + "$5 billion to Jordan.",
    "s12 dateline cities": "/".join(["CAIRO"] * 3000) + " (Reuters) - Kuwait promised Egypt $4 billion in aid.",
    "s12 givers, many": " ".join("Norway and Sweden pledged $60 million between them to Kenya together." for _ in range(500)),
    "s12 look back, long": "Japan will invest $5 billion in Kenya, the first " + "and biggest " * 3000 + "in 34 years.",
    "s12 lender of, many": " ".join("Nepal will receive a loan of 20 billion rupees, or about $150 million, from the Export-Import "
                                    "Bank of India." for _ in range(500)),
    "s12 lender gap, long": "Nepal will receive a loan of $150 million" + ", from from from" * 2000 + " the Export-Import Bank of India.",
    # figures session 12, review fixes: a signing before an amount, a total or spread after a done act, the lender's bank
    "s12f signed, many": " ".join("Kuwait and Jordan signed an agreement on Monday for a $250 million loan and a $50 million "
                                  "grant over two decades every year." for _ in range(200)),
    "s12f signed gap, long": "Kuwait signed loans " + "alpha beta " * 3000 + "$5 billion to Jordan a year.",
    "s12f look back NP, long": "Japan will invest $5 billion in Kenya, to build the longest " + "big " * 3000 + "in 34 years.",
    "s12f bank of, long": "Nepal will receive $150 million" + " loan" * 3000 + " from the Export-Import Bank of India.",
    "s12f together, many": "China will lend " + " ".join("Laos $5 million and Cambodia $3 million, $8 million together,"
                                                         for _ in range(400)) + " officials said.",
    # perf session 11, second round: the cancellation rule (`_cancel`) once per cue in one sentence of many cues
    "p2 never cancelled, one sentence": "Putin's visit to Tokyo in May went ahead, " + "and the trip was never cancelled, "
                                        * 2500 + "aides said.",
    # visits session 12 (visit_wire12.py): the lede's day for many undated trips and sentences naming the traveller; a
    # possessive topic after talks; noun participles in the clause of a plan
    "s12 lede day, many": "DOHA (Reuters) - Sergei Lavrov said on Sunday that ties were good.\n\n"
                          + " ".join("Lavrov met the emir in Doha and Lavrov spoke of Russia's role." for _ in range(800)),
    "s12 possessive, long": "Olaf Scholz held talks with Narendra Modi on " + "Russia's role and China's trade, " * 1500 + "in Delhi.",
    "s12 her, many": " ".join("Barack Obama met Queen Elizabeth in London. Her trip to Canada and his trip to Poland follow."
                              for _ in range(120)),
    "s12 appositive, many": " ".join("Sergei Ryabkov, a deputy to Sergei Lavrov, landed in Geneva and met an adviser to "
                                     "Xi Jinping." for _ in range(400)),
    "s12 appositive, long": "Sergei Ryabkov, a " + "very " * 4000 + "senior adviser to Sergei Lavrov, landed in Geneva.",
    "s12 attended, many": "LONDON (AP) - King Charles III was crowned on Saturday.\n\n" + " ".join(
        "Joe Biden, Emmanuel Macron and Justin Trudeau attended, as did Olaf Scholz." for _ in range(500)),
    "s12 attended, long list": "LONDON (AP) - King Charles III was crowned on Saturday.\n\n"
                               + "Joe Biden, Emmanuel Macron, " * 1500 + "and Justin Trudeau also attended.",
    "s12 participle, long": "Penny Wong flies to Jakarta on Thursday for " + "a meeting of donors called to help and " * 1500
                            + "a session convened by Indonesia.",
    # s12 fix (review): a dateline story with hundreds of sentences naming the traveller, each an undated trip (the
    # traveller's other days are read once per story); a pronoun after many women titled far back; many endings in a
    # perfect; many possessive direction forms
    "s12 lede day, sentences": "DOHA, May 9 (Reuters) - Robert Habeck said on Thursday that gas deals were near.\n\n"
                               + "Habeck met Qatari officials in the Qatari capital. " * 1200,
    "s12 her far, many": "Queen Rania spoke. " * 800 + "Angela Merkel met Theresa May in Berlin. She then flew to Paris.",
    "s12 ended ahead, many": "Xi Jinping will fly to Moscow on Monday " + "once he has concluded his visit to Minsk and " * 200
                             + "Kazan.",
    "s12 possessive form, long": "Xi met Tokayev in " + "China's north-western and " * 3000 + "region.",
    # s13 wire (visit_wire13.py): many guests met in one sentence with another's trip; a met person named again many
    # times; a long roster "along with" after "was among"; an aside of many words; many "Latin America"s
    "s13 met host, many": "Guaido flew to London for " + "talks with Prime Minister Boris Johnson, saw Josep Borrell in "
                          "Brussels and " * 300 + "went home.",  # (x600 takes 7 s: a quadratic of visits._sentence, not this rule)
    "s13 met named again, long": "Modi flew to London for talks with Keir Starmer, and " + "Starmer and " * 2000
                                 + "Modi travelled to Paris.",
    "s13 among along with, long": "BUENOS AIRES (AP) - Javier Milei was sworn in on Sunday.\n\nVolodymyr Zelensky was "
                                  "among the guests, along with " + "Viktor Orban, Gabriel Boric, " * 1500 + "and Felipe VI.",
    "s13 among aside, many": "BUENOS AIRES (AP) - Javier Milei was sworn in on Sunday.\n\n" + " ".join(
        "Viktor Orban, on a " + "very " * 15 + "long trip, was among the guests, along with Gabriel Boric." for _ in range(400)),
    "s13 led delegation, many": "MEXICO CITY (AP) - Lopez Obrador was sworn in on Saturday.\n\n" + " ".join(
        "Mike Pence, on a " + "long " * 12 + "trip, headed the U.S. delegation and Kamala Harris led the American side."
        for _ in range(400)),
    "s13 office last, many": "NEW DELHI (Reuters) - India and the Maldives signed a swap on Monday.\n\n" + " ".join(
        "Muizzu, who came to power last year on a " + "long " * 10 + "campaign, is on his first visit to India."
        for _ in range(400)),
    "s13 relative plan, many": "BUENOS AIRES (AP) - Javier Milei was sworn in on Sunday.\n\n" + " ".join(
        "Zelensky, who met Milei " + "very " * 20 + "briefly, is expected in Washington on Tuesday." for _ in range(400)),
    "s13 latin america, many": "Lula flew to Lima on his tour of " + "Latin America and South American " * 2000 + "states.",
    # s13: hyphenated amount adjectives, an amount before its document, an expiry date after it, a count back after a
    # superlative: many of each in one sentence and over many sentences
    "s13 hyphen amounts, long": "India signed " + "a 7.87-billion-euro, 64 trillion-won and $4.75-billion-" * 800 + "deal.",
    "s13 adjective deals, many": " ".join("Poland signed a $4.75 billion agreement with the United States, its biggest "
                                          "purchase in years, to replace the 2 billion euro pact that expired in May."
                                          for _ in range(200)),
    "s13 expiry, long": "Japan and India renewed their $75 billion swap line that " + "lapsed and " * 3000 + "expired in May.",
    "s13 count back, long": "Egypt signed a deal worth $2 billion, its biggest " + "such accord " * 3000 + "in years.",
    "s13 two objects, many": " ".join("Xi Jinping promised Kenya $1 billion in loans and Shinzo Abe offered the Philippines a "
                                      "40 billion yen loan." for _ in range(100)),
    "s13 two objects, long": "Xi Jinping promised " + "Kenya Uganda Tanzania " * 2000 + "$1 billion in loans.",
    "s13 visit pledge, many": " ".join("Ruto's trip to Tokyo yielded a pledge of $300 million in Japanese loans, and a visit "
                                       "to Beijing brought a promise of 2 billion yuan." for _ in range(100)),
    # s13 (visit_kcna13.py): a guests' lede then thousands of speakers, a speaker's endless description, a subject of
    # endless relatives, a long "and other foreigners" subject
    "s13 guest voices, many": "Foreigners on a visit to the DPRK toured the plant. "
                              + "Ana Silva, a member of the choir of Peru, said that it was fine. " * 1500,
    "s13 speaker description, long": "Foreigners on a visit to the DPRK toured the plant. Ana Silva Lopez Diaz, "
                                     + "a member of the Union of Peru, " * 1500 + "said that it was fine.",
    "s13 relatives, long": "Family members of " + "Li Ming, Chinese related to the war, and the family of " * 1500
                           + "Sun Tao laid bouquets before the statue on Friday.",
    "s13 other foreigners, long": "The director " + "of the Institute of Guinea " * 2000
                                  + "and other foreigners visited the statues on Friday.",
    "s13 talks venue, long": "Talks were held between the delegations of the WPK and " + "the Front in Laos and " * 1200
                             + "the Union in Myanmar on June 14.",
    "s13 listed guests, long": ", ".join(["a choir of Estonia"] * 1500) + " and other foreign guests expressed "
                               "condolences before the bier on Friday.",
    # s13 seed-like stories (figures_seed13.py): a long list of co-givers before "each"; a long "from" phrase before an
    # international body; a trip story with many "trade between the two countries" sentences
    "s13 co-givers, long": ", ".join(["Norway", "Sweden", "Denmark", "Finland"] * 600) + " and Iceland each pledged "
                           "$5 million, while " + "Japan and Canada each gave $2 million, " * 150 + "the fund said.",
    "s13 pooled from, long": "Greece is waiting for a 3 billion euro loan from its " + "euro zone " * 2000
                             + "partners and the IMF." + " Spain expects 2 billion euros from the IMF and" * 300 + " Italy.",
    "s13 two countries, many": "Joko Widodo arrived in Tokyo for talks with Fumio Kishida. " + " ".join(
        "Trade between the two countries reached $38 billion, below what either does with China." for _ in range(600)),
    # review of s13: the host's money told after a visit's pledge, an amount before a document with a lender, link lines
    "s13 visit pledge told, many": " ".join("Lula's visit to Beijing brought a promise of $5 billion in investment in Brazil "
                                            "and in Chinese loans from Beijing for Brazil." for _ in range(100)),
    "s13 lender document, long": "Egypt signed a $3 billion " + "new staff-level " * 3000 + "agreement with the IMF.",
    "s13 lender document, many": " ".join("Kenya agreed a 2-billion-dollar loan from the World Bank and a $1 billion deal with "
                                          "the Asian Development Bank." for _ in range(200)),
    "s13 link lines, many": "\n".join("More: Japan's 300-billion-yen loan to Vietnam; Related: India lends Nepal $5 million"
                                      for _ in range(300)),
    "s13 qualifier next amount, many": " ".join("China disbursed $2 billion to Kenya last year and pledged Kenya a further $1 "
                                                "billion." for _ in range(200)),
    # fix of session 13: a long run of countries after a trip story's sum; "said it would" after a long lead; a long
    # deadline lead before a goal; "apart from" pooled sums; a long "each ... , and X will lend Y" sentence
    "s13 fix two countries, names after": "Joko Widodo arrived in Tokyo for talks with Fumio Kishida. Bilateral trade "
                                          "reached $38 billion last year with " + "China, India and Brazil, " * 800 + ".",
    "s13 fix said it would, long lead": "In " + "Germany, in " * 2000 + "Germany said it would donate $2 million to Syria.",
    "s13 fix goal deadline, long": "By the end of 2023, and " + "despite the war and " * 2000
                                   + "Turkey and Ukraine aimed to lift trade to $10 billion.",
    "s13 fix pooled aside, many": "Japan gave Ukraine $4.5 billion, apart from money from the G7 partners and the EU. " * 400,
    "s13 fix co-givers later clause": "China and Russia each announced new measures, and " + "China and Russia " * 1500
                                      + "will lend Russia $5 billion.",
    # figures s14 (figures14.py): many actors with giving verbs before a far amount; a long "signed ... with" run
    # before a lender; many announcing verbs before amounts
    "s14 giver verbs, many": "Japan offered, and " * 2000 + "India extended a $5 billion loan to Kenya.",
    "s14 signed with, long": "Ghana signed a loan " + "deal and a loan " * 2000 + "with the U.S. Millennium Challenge "
                             "Corporation for $500 million.",
    # fixer s14: "from/by <country>" after an amount with a giving participle before it; many sums and mentions (the
    # passes take each row's mentions by bisection)
    "s14 fix from after amount, long": "Ruto flew home after offering a $1 billion loan " + "from the new " * 3000
                                       + "from China.",
    "s14 fix rows and mentions, many": "Russia lent Belarus $1 billion via Poland, and Japan offered Kenya a $2 "
                                       "billion loan from Japan. " * 300,
    "s14 announced pledges, many": " ".join("In May, Japan announced a $100 million loan to Jordan, and Norway announced "
                                            "it had paid $5 million to Chad." for _ in range(300)),
    # fixer s13: the whole-story scene check of guest voices (every sentence a scene in a town abroad), a long lede
    "s13 fixer story scenes, many": "Foreigners on a visit to the DPRK toured the plant on Monday. "
                                    + "Ana Silva, a member of the choir of Peru, said that it was fine in Lima and "
                                      "at the hall in Moscow. " * 1500,
    "s13 fixer long lede": "Foreigners " + "who were in the hall of the big city in the far land " * 2000
                           + "visited the plant on Monday. Ana Silva, a member of the choir of Peru, said that it was fine.",
    # s14 (visit_kcna14.py): a meeting with an endless subject of countries, many placed meetings in one sentence, a
    # gift sentence with thousands of "on a visit to the DPRK" givers, a giver's endless description
    "s14 meeting subject, long": "The " + "Japan, Peru and Chile " * 300 + "held talks in Lima on May 3.",
    "s14 placed meetings, many": "Japan and Peru agreed " + "at the talks held in Lima on May 3 and " * 300 + "more.",
    "s14 visiting givers, many": "Kim Jong Un received a gift " + "from the chief of the army of Laos on a visit to the "
                                 "DPRK and " * 60 + "others on Friday.",
    "s14 giver description, long": "The leader received a gift from the head " + "of the Union of Laos " * 1500
                                   + "on a visit to the DPRK.",
    "s14 present roster, long": "A symposium opened here on Monday. Present there were "
                                + "X, chairman of the Peru-DPRK Friendship Association, and his party, " * 600 + "and others.",
    "s14 rosters, many": "A symposium opened here on Monday. " + "Present there were a choir of Chile and a band of Peru. " * 600,
    # s14 fix: one coordinated list of 3,000 countries under a stay head noun, and 1,500 bare demonyms before a head
    "s14 roster one long list": "A reception was given here on Monday. Present there were officials of the embassies of "
                                + "China, Russia, " * 1500 + "and Laos.",
    "s14 roster demonym chain": "A reception was given here on Monday. Present there were "
                                + "Chinese, Russian, " * 750 + "and Cuban diplomats.",
    # s14 wire (visit_wire14.py): a lede whose subject's clause never ends, thousands of trip nouns that are no cue,
    # a host met in a list of thousands, a colon dateline before a long story
    "s14 lede trip, long": "NAIROBI — German Chancellor Olaf Scholz " + "walked with traders in the old market and " * 2000
                           + "on Friday, a brief visit.",
    "s14 lede nouns, many": "NAIROBI — German Chancellor Olaf Scholz said on Friday " + "his last visit and a planned trip, " * 2000
                            + "and more.",
    "s14 host met, many": "YANGON — Barack Obama flew in from Bangkok on Monday and met " + "President Thein Sein and "
                          "opposition leader Aung San Suu Kyi and " * 800 + "others.",
    "s14 departure, long": "CAIRO — Olaf Scholz met ministers on Tuesday. He " + "left on Tuesday night and leaves on "
                           "Friday evening and " * 2000 + "left on Tuesday for Amman.",
    "s14 colon dateline, long": "ISLAMABAD: Abu Dhabi Crown Prince Sheikh Mohamed bin Zayed paid a day-long visit to the "
                                "capital on Sunday. " + "Prime Minister Imran Khan received the guest at the airbase. " * 1500,
    # s14 fixer: a met host whose sentence names thousands of returns and venues; a departure sentence of thousands of
    # years and denials; a lede whose rest names thousands of venues
    "s14 fixer host returns, many": "TOKYO — Joe Biden met Prime Minister Fumio Kishida on Monday, " + "after the prime "
                                    "minister returned from talks in Paris and " * 800 + "more.",
    "s14 fixer departure years": "In 2019, Shinzo Abe left on Monday for Tehran " + "as in 2018 and rumours of 2017 " * 2000 + ".",
    "s14 fixer lede venues": "NEW DELHI — Antony Blinken met Subrahmanyam Jaishankar on Tuesday " + "at a meeting in the city "
                             "of Rio de Janeiro and " * 1500 + "more.",
    # s14 (visit_refusal14.py, figures_swap14.py): many refusals in one story, a long run of words before "invitation"
    # and before a trip noun, and many swap sentences with long gaps before the amount
    "s14 refusals, many": " ".join("Putin will not attend the summit in Lima, and Xi Jinping is skipping it; Modi declined "
                                   "the invitation." for _ in range(300)),
    "s14 refusal long gap": "Putin declined " + "the very " * 3000 + "invitation to Lima and will not attend.",
    "s14 planned trip long gap": "Putin will not attend. His planned " + "state " * 3000 + "visit to Lima was due to start.",
    "s14 swaps, many": " ".join("Chile and China signed a currency swap worth 22 billion yuan, from 10 billion yuan."
                                for _ in range(300)),
    "s14 swap long gap": "Chile and China agreed " + "in Lima " * 3000 + "to swap 22 billion yuan.",
    # s14 review fixes: arranged cues with long gaps ("as ... had said", "not ... after all", a trip noun before "was
    # confirmed"), a long run before "was expected to", swaps with long gaps before "swap", a stock and a negation
    "s14x arranged long gaps": "Putin will not travel to Lima as the " + "very " * 3000 + "Kremlin had said, and not "
    + "in Lima " * 3000 + "after all. The visit " + "of the very " * 3000 + "was confirmed. He " + "Big " * 3000
    + "was expected to speak.",
    # s16 K (visit_kcna16.py): thousands of "and his party" sentences, "on a visit" guests and visiting home
    # delegations; a subject, a guest description and a visiting body that never end
    "s16k party guests, many": "Ivan Petrov of Belarus and his party laid a wreath here on Monday. " * 1500,
    "s16k party subject, long": "The head " + "of the Union of Laos " * 1500 + "and his party left today.",
    "s16k on-visit guests, many": "A troupe of the theatre of China on a visit to the DPRK sang on Monday. " * 1000,
    # (200 guests: at 800 the start tree already takes 12 s on this sentence, in code older than session 16)
    "s16k on-visit guests, one sentence": "The leader received " + "a troupe of China on a visit to the DPRK and " * 200
                                          + "others on Monday.",
    "s16k visiting home delegations, one sentence": "The Lao minister met " + "the visiting delegation of the "
                                                    "Workers' Party of Korea and " * 800 + "others on Monday.",
    "s16k referred givers, long": "Kim Jong Un received a gift from La Voz of Bolivia. " + "It was handed over by "
                                  "the editor of the weekly " * 1500 + "on a visit to the DPRK on Friday.",
    # (review of s16-k) many givers in one handover sentence with many places "in <Name>"; many envoy sentences
    "s16k referred givers, one sentence of places": "Kim Jong Un received a gift from La Voz of Bolivia. It was handed "
                                                    "over " + "in Sucre by the editor on a visit to the DPRK and " * 300
                                                    + "others on Friday.",
    "s16k party guests after envoys": "The attendees included an envoy. " * 1500 + "Ivan Petrov of Belarus and his "
                                      "party laid a wreath here on Monday.",
    "s14x swap tie and stock, long": "China signed " + "with Chile " * 3000 + "a swap that stands at 22 billion yuan "
    + "and not " * 3000 + "signed swap 5 billion yuan" + " was unchanged" * 2000 + ".",
    # session 16 (visit_kremlin16.py; also run as a kremlin.ru transcript): long runs of the first-person trip nouns, a
    # label with no colon, offices, "to our country", choices, invitations and an addressed guest
    "s16 my visits run": "During my " + "state " * 3000 + "visit to China " + "my visit to " * 3000 + "Japan.",
    "s16 label without colon": "President " + "Of The " * 3000 + "Xi Jinping (retranslated) I am glad to visit Moscow.",
    "s16 offices run": "This is my visit to Russia " + "as President of China " * 2000 + "and I am glad.",
    # (not "Mr Abe's visit to our country " * 2000: the older rules take 25 s on it at the start of session 16 too)
    "s16 our country run": "Mr Abe's" + " official" * 3000 + " visit to our country is going well" + " to our country" * 3000 + ".",
    "s16 chose run": "Kim chose " * 3000 + "Russia for his first visit in 2013.",
    "s16 invite run": "I invite " * 3000 + "President Putin to come to China in May.",
    "s16 addressed run": "Mr Abe, " * 3000 + "your visit to Russia is welcome, " + "Mr Abe " * 3000 + ".",
    "s16 plan gap": "I plan to " + "take part in the forum and " * 2000 + "make a working visit to Beijing.",
    # (review fixes: a cue's clause read over many commas, a welcome's guest gap, blocker words after many cues)
    "s16 clause commas": "Two weeks ago" + ", in May" * 3000 + ", during my visit to China" + ", then" * 3000 + " it went well.",
    "s16 welcome gap": "Welcome to Moscow" + ", Mr" * 3000 + " Abe" + ", welcome to Kazan" * 2000 + ".",
    "s16 blocked cues": "My visit to Japan was good, " * 1500 + "if it would be postponed.",
    # s17: one sentence listing ~1,750 guests "on a visit" (a record each): per-record searches of the whole sentence
    # (the departure guard, the missions abroad check) and record-pair loops in the dedupe made 200 KB take 67 s on the
    # KCNA path; and ~3,200 "X's visit to our country" in one sentence (the praise search of the sentence's prefix)
    "s17 guests on a visit, 100 KB": "Among the guests were " + ", ".join(
        f"the delegation of the {c} Party on a visit to the DPRK"
        for c in ["Ghana", "Kenya", "Norway", "Chile", "Peru", "Spain", "Italy", "Egypt"] * 220) + ".",
    "s17 trip nouns, 100 KB": "Mr Abe's visit to our country, " * 3200 + "was useful.",
}


class _Stopped(Exception):
    pass


_KCNA_URL = "http://www.kcna.co.jp/item/2011/201108/news24/20110824-01ee.html"
_KREMLIN_URL = "http://en.kremlin.ru/"  # session 16: the transcript rules run only where the speaker is known


def _stop(_signum, _frame):
    raise _Stopped


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=float, default=5.0, help="seconds allowed per case (default 5)")
    parser.add_argument("--only", action="append", default=[], metavar="TEXT",
                        help="run only the cases whose name contains TEXT (repeatable)")
    args = parser.parse_args(argv)
    cases = {n: t for n, t in CASES.items() if not args.only or any(o in n for o in args.only)}
    if not cases:
        print(f"no case name contains {' or '.join(map(repr, args.only))}", file=sys.stderr)
        return 2
    extractor = Extractor()
    signal.signal(signal.SIGALRM, _stop)
    slow = []
    for name, text in cases.items():
        # Once as an unknown outlet and once as KCNA, whose outlet hint switches on its own rules.
        articles = [ArticleInput("bench", "Pathological input", text, dt.date(2019, 5, 10), url)
                    for url in (None, _KCNA_URL) + ((_KREMLIN_URL,) if name.startswith(("s16", "s17")) else ())]
        signal.setitimer(signal.ITIMER_REAL, 2 * args.limit)
        start = time.perf_counter()
        try:
            seconds = 0.0
            for article in articles:
                start = time.perf_counter()
                extractor.extract(article)
                seconds = max(seconds, time.perf_counter() - start)
            shown = f"{seconds:7.3f} s"
        except _Stopped:
            seconds = 2 * args.limit
            shown = f"stopped after {seconds:.0f} s"
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
        print(f"{name:20s} {len(text):6d} chars {shown}")
        if seconds > args.limit:
            slow.append(name)
    if slow:
        print(f"over {args.limit:g} s: {', '.join(slow)}")
        return 1
    print(f"all {len(cases)} cases under {args.limit:g} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
