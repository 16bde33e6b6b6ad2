"""Visits, session 10: legs and stays told without a verb of travel. Own-words sentences about plausible events (none
copied from any gold, probe or corpus story).

1. (dropped: "arrived in A on Sunday from B" as a leg to B contradicts test_arrived_from_alone_is_no_stop of the
   newswire round; the section number is kept so the others match the report)
2. A past stay (visit_stays.py `past_stays`): "<person> had been in P on <day>", "<person> was last in P in <month>".
3. A dateline's subject acting "here" with a day, or on "the last day of a two-day state visit" (visit_stays.py
   `here_scene`) -> a trip to the dateline's country, dated by the lead.
4. A schedule with its day or "next" before the destination (visit_cues.csv): "leaves on Friday for the Comoros".
5. "the first/second ... since/after <Name> in <date>" (visit_stays.py `since_named`): the earlier trip of the one named.
6. The apposition "X, (also) in P for the meetings," (visits.py `_PRES_APPOS_FOR_RE`).
7. The lead's "at the start of a three-day visit" with a past act: a plan a later clause made ("before talks") is under
   way (visit_stays.py `here_scene`).
"""
from __future__ import annotations

import datetime as dt

import pytest

from newslens.extract import ArticleInput

D = dt.date
WIRE = "https://www.reuters.com/world/x"


def visits(extractor, text, pub, url=WIRE):
    out = extractor.extract(ArticleInput("s10", "", text, pub, url))["visits"]
    return {(v["visitor_id"], v["host_iso3"], v["status"], str(v["date_start"]) if v["date_start"] else None,
             v["date_precision"]) for v in out if not v["is_domestic"]}


def pairs(extractor, text, pub, url=WIRE):
    return {(v[0], v[1], v[2]) for v in visits(extractor, text, pub, url)}


# -- 2. past stays

@pytest.mark.parametrize("text, pub, want", [
    ("Olaf Scholz met Emmanuel Macron in Paris on Friday. Scholz had been in Warsaw on Wednesday to see the Polish "
     "president.", D(2022, 6, 10), ("person:olaf-scholz", "POL", "occurred", "2022-06-08", "day")),
    ("Jacinda Ardern held talks in Canberra on Thursday; she was last in Australia in June 2019.", D(2022, 7, 7),
     ("person:jacinda-ardern", "AUS", "occurred", "2019-06-01", "month")),
    ("Xi Jinping opened the forum in Beijing on Monday. Lee Hsien Loong, who spoke at the opening, had been in "
     "Shanghai on Saturday.", D(2019, 4, 29), ("person:lee-hsien-loong", "CHN", "occurred", "2019-04-27", "day")),
])
def test__past_stays(extractor, text, pub, want):
    assert want in visits(extractor, text, pub)


@pytest.mark.parametrize("text, pub, bad", [
    # a condition is no stay
    ("If Shehbaz Sharif had been in Beijing in May, the corridor deal would have been signed.", D(2022, 9, 1),
     ("person:shehbaz-sharif", "CHN")),
    # a posting, not a trip
    ("Sergei Lavrov had been in New York as an envoy in 1994, before his ministry years.", D(2023, 1, 23),
     ("person:sergei-lavrov", "USA")),
    # a possessive place: a state of affairs
    ("Recep Tayyip Erdogan had been in Germany's good graces in 2015.", D(2016, 3, 1),
     ("person:recep-tayyip-erdogan", "DEU")),
    # a stay with no date of its own tells no dated trip
    ("Narendra Modi had been in Tokyo before, aides said.", D(2018, 10, 29), ("person:narendra-modi", "JPN")),
])
def test__past_stays__near_misses(extractor, text, pub, bad):
    assert not any((v[0], v[1]) == bad for v in visits(extractor, text, pub))


# -- 3. the dateline's subject acting "here" / on the last day of a visit

@pytest.mark.parametrize("text, pub, want", [
    ("HANOI - Indian Prime Minister Narendra Modi signed a defence credit line with his Vietnamese counterpart here on "
     "Saturday, pledging closer ties.", D(2016, 9, 4), ("person:narendra-modi", "VNM", "occurred", "2016-09-03", "day")),
    ("SANTIAGO, March 2 -- Spanish Prime Minister Pedro Sanchez praised Chile's pension reform here on Tuesday, "
     "calling it a model.", D(2021, 3, 2), ("person:pedro-sanchez", "CHL", "occurred", "2021-03-02", "day")),
    ("OTTAWA - Indian Prime Minister Narendra Modi promised uranium deals to Canadian business leaders on Wednesday, "
     "the last day of a three-day official visit.", D(2015, 4, 16),
     ("person:narendra-modi", "CAN", "occurred", "2015-04-15", "day")),
    ("CANBERRA - Indian Prime Minister Narendra Modi praised the uranium deal on Wednesday, on the second day of his "
     "three-day state visit.", D(2014, 11, 19), ("person:narendra-modi", "AUS", "occurred", "2014-11-19", "day")),
])
def test__here_scene(extractor, text, pub, want):
    assert want in visits(extractor, text, pub)


@pytest.mark.parametrize("text, pub, bad", [
    # a plan, not a stay
    ("HANOI - Indian Prime Minister Narendra Modi will sign a defence credit line here on Saturday.", D(2016, 9, 1),
     ("person:narendra-modi", "VNM", "occurred")),
    # by video link: from afar
    ("NAIROBI - Turkish President Recep Tayyip Erdogan addressed a business forum by video link here on Monday.",
     D(2022, 5, 9), ("person:recep-tayyip-erdogan", "KEN", "occurred")),
    # the dateline country's own leader is no visitor; the foreigner comes second and acts at home
    ("BERLIN - German Chancellor Olaf Scholz said here on Monday that Emmanuel Macron had called him.", D(2023, 2, 6),
     ("person:emmanuel-macron", "DEU", "occurred")),
    # someone else's report of the act
    ("ANKARA - Sergei Lavrov's spokeswoman said here on Monday that talks would resume.", D(2022, 3, 7),
     ("person:sergei-lavrov", "TUR", "occurred")),
])
def test__here_scene__near_misses(extractor, text, pub, bad):
    assert bad not in pairs(extractor, text, pub)


# -- 4. a schedule with its day or "next" before the destination (visit_cues.csv, session 10 row)

# (the session-10 row was removed in the fix round, review H8: it gave a thing's move, "the grain ship heads on Monday
# to Egypt", to the person named before it; its positives are gone, its near misses stay and the review's are added)

@pytest.mark.parametrize("text, pub", [
    # an institution, not a trip abroad
    ("Olaf Scholz met Emmanuel Macron in Paris on Friday. Scholz goes on Monday to the Bundestag.", D(2023, 5, 12)),
    # a lower-case object after "for": talks, not a destination of this row
    ("Olaf Scholz met Emmanuel Macron in Berlin on Friday. Scholz leaves on Monday for talks with his cabinet.",
     D(2023, 5, 12)),
    # not the traveller's move: a bill
    ("Olaf Scholz's budget bill goes on Monday to the Bundesrat.", D(2023, 5, 12)),
])
def test__cues__schedule_day_before_destination__near_misses(extractor, text, pub):
    assert {v for v in pairs(extractor, text, pub) if v[2] == "planned"} == set()


# -- 5. "the first/second ... since/after <Name> in <date>" (visit_stays.py `since_named`)

@pytest.mark.parametrize("text, pub, want", [
    ("LIMA - Spanish Prime Minister Mariano Rajoy met Peruvian leaders here on Thursday, the first Spanish head of "
     "government to visit Peru since Felipe Gonzalez in November 1991.", D(2016, 11, 3),
     ("ESP", "PER", "occurred", "1991-11-01")),
    ("Emmanuel Macron met Joe Biden in Washington on Thursday, the first European leader to come to the White House "
     "since Italy's Mario Draghi in May 2021.", D(2022, 4, 20), ("ITA", "USA", "occurred", "2021-05-01")),
    # (fix round, review H9: "the second ... to address business chiefs after X" is no longer read: only a visit)
    ("Justin Trudeau held talks in New Delhi on Tuesday, the second Canadian premier to visit India after Stephen "
     "Harper in November 2012.", D(2018, 2, 20), ("CAN", "IND", "occurred", "2012-11-01")),
    ("Olaf Scholz held talks in Canberra on Sunday, the first European leader to travel to Australia since Dutch Prime "
     "Minister Mark Rutte in October 2018.", D(2023, 9, 10), ("NLD", "AUS", "occurred", "2018-10-01")),
])
def test__since_named(extractor, text, pub, want):
    out = extractor.extract(ArticleInput("s10", "", text, pub, WIRE))["visits"]
    assert want in {(v["visitor_iso3"], v["host_iso3"], v["status"], str(v["date_start"])) for v in out}


@pytest.mark.parametrize("text, pub, bad_host, bad_year", [
    # an event after "since", not a person
    ("Olaf Scholz held talks in Canberra on Sunday, the first German chancellor to visit since the Sydney Olympics "
     "in 2000.", D(2023, 9, 10), "AUS", 2000),
    # "first ... after X": X is a time, not someone who went before
    ("Olaf Scholz held talks in Canberra on Sunday, the first German chancellor to visit after Helmut Kohl Day in "
     "1997.", D(2023, 9, 10), "AUS", 1997),
    # a date after "since"
    ("Olaf Scholz held talks in Canberra on Sunday, the first German leader to visit since January 2020.",
     D(2023, 9, 10), "AUS", 2020),
    # a country after "since", no person
    ("Olaf Scholz held talks in Canberra on Sunday, the first visit since Germany in 1997.", D(2023, 9, 10), "AUS", 1997),
    # the possessor of "X's predecessor Y" made no trip
    ("Narendra Modi held talks in Male on Saturday, the second Indian leader to address the Maldives parliament after "
     "Manmohan Singh's predecessor Atal Vajpayee in 2002.", D(2019, 6, 10), "MDV", 2002),
])
def test__since_named__near_misses(extractor, text, pub, bad_host, bad_year):
    out = extractor.extract(ArticleInput("s10", "", text, pub, WIRE))["visits"]
    assert not any(v["host_iso3"] == bad_host and v["date_start"] is not None and v["date_start"].year == bad_year
                   and v["visitor_id"] != "country:IND" for v in out)


# -- 6. the apposition "X, (also) in P for the meetings," (visits.py `_PRES_APPOS_RE`, `_PRES_APPOS_FOR_RE`)

@pytest.mark.parametrize("text, pub, want", [
    ("MANILA - Ri Yong Ho spoke at the forum on Monday. U.S. Secretary of State Rex Tillerson, also in Manila for the "
     "meetings, did not meet him.", D(2017, 8, 7), ("person:rex-tillerson", "PHL", "occurred")),
    ("Narendra Modi, in Davos for the World Economic Forum, met Swiss business leaders on Tuesday.", D(2018, 1, 24),
     ("person:narendra-modi", "CHE", "occurred")),
    ("Justin Trudeau, who is also in Tokyo for the state funeral, said little about trade.", D(2022, 9, 27),
     ("person:justin-trudeau", "JPN", "occurred")),
])
def test__presence__apposition_for_a_gathering(extractor, text, pub, want):
    assert want in pairs(extractor, text, pub)


@pytest.mark.parametrize("text, pub, bad", [
    # not a gathering: the first time there
    ("Justin Trudeau, in Davos for the first time, said trade would grow.", D(2018, 1, 24), ("person:justin-trudeau", "CHE")),
    # a possessive place: a view, no presence
    ("Justin Trudeau, in Beijing's view for the talks, was a hard bargainer.", D(2018, 1, 24), ("person:justin-trudeau", "CHN")),
])
def test__presence__apposition_for_a_gathering__near_misses(extractor, text, pub, bad):
    assert not any((v[0], v[1]) == bad for v in pairs(extractor, text, pub))


# -- 7. the lead's "at the start of a three-day visit" with a past act: a plan a later clause made is under way

@pytest.mark.parametrize("text, pub, want", [
    ("LONDON - Saudi Crown Prince Mohammed bin Salman was given lunch by the Queen on Wednesday at the start of a "
     "three-day visit, before talks with Theresa May at Downing Street.", D(2018, 3, 7),
     ("person:mohammed-bin-salman", "GBR", "occurred", "2018-03-07", "day")),
    ("TOKYO - Indian Prime Minister Narendra Modi toured a bullet-train plant on Saturday, the second day of a "
     "three-day visit, before talks with Shinzo Abe.", D(2016, 11, 12), ("person:narendra-modi", "JPN", "occurred", "2016-11-12", "day")),
    ("PARIS - Japanese Prime Minister Shinzo Abe laid a wreath on Monday at the start of a two-day visit, before talks "
     "with Emmanuel Macron.", D(2018, 10, 15), ("person:shinzo-abe", "FRA", "occurred", "2018-10-15", "day")),
])
def test__here_scene__under_way(extractor, text, pub, want):
    assert want in visits(extractor, text, pub)


@pytest.mark.parametrize("text, pub, bad", [
    ("LONDON - Saudi Crown Prince Mohammed bin Salman will be given lunch by the Queen on Wednesday at the start of a "
     "three-day visit, before talks with Theresa May.", D(2018, 3, 5), ("person:mohammed-bin-salman", "GBR", "occurred")),
    ("LONDON - Saudi Crown Prince Mohammed bin Salman is expected on Wednesday at the start of a three-day visit, "
     "before talks with Theresa May.", D(2018, 3, 5), ("person:mohammed-bin-salman", "GBR", "occurred")),
])
def test__here_scene__under_way__near_misses(extractor, text, pub, bad):
    assert bad not in pairs(extractor, text, pub)


@pytest.mark.parametrize("text", [
    # the name opens a clause of its own after the date (a reviewer's case of session 8, here with an unregistered name)
    "Olaf Scholz held talks in Canberra on Sunday, his first trip of the year since Dutch Prime Minister Mark Rutte in "
    "2018 urged him to go.",
    "Olaf Scholz held talks in Canberra on Sunday, the first German leader to visit since Austrian Chancellor Karl "
    "Nehammer in 2022 asked him to.",
])
def test__since_named__name_opens_a_clause(extractor, text):
    out = extractor.extract(ArticleInput("s10", "", text, D(2023, 9, 10), WIRE))["visits"]
    assert {v["host_iso3"] for v in out if v["date_start"] is not None and v["date_start"].year < 2023} == set()


# -- 8. fix round of session 10: the review's sentences (H1-H11, pub 2024-05-01), then own-words cases per fix

REVIEW_PUB = D(2024, 5, 1)


@pytest.mark.parametrize("text, bad", [
    # H1 here_scene: the lead's person is an owner, an object, a passive's subject, a complement
    ("KYIV, April 30 -- Putin's forces struck power plants here on Tuesday, killing three people.",
     ("person:vladimir-putin", "UKR")),
    ("GAZA, April 30 -- Netanyahu's tanks pushed deeper here on Tuesday, residents said.",
     ("person:benjamin-netanyahu", "PSE")),
    ("DOHA, April 30 -- Hamas officials met Blinken's envoy here on Tuesday.", ("person:antony-blinken", "QAT")),
    ("TOKYO, April 30 -- Protesters denounced Biden here on Tuesday.", ("person:joe-biden", "JPN")),
    ("PARIS, April 30 -- Scholz was sharply criticised here on Tuesday by French farmers.", ("person:olaf-scholz", "FRA")),
    ("CANBERRA, April 30 -- Xi's government lifted sanctions on wine here on Tuesday.", ("person:xi-jinping", "AUS")),
    ("TOKYO, April 30 -- Biden's ambassador opened a new consulate here on Tuesday.", ("person:joe-biden", "JPN")),
    ("MANILA, April 30 -- Xi was burned in effigy here on Tuesday by protesters outside the Chinese embassy.",
     ("person:xi-jinping", "PHL")),
    ("NEW YORK, April 30 -- Lawyers for Netanyahu argued here on Tuesday that the warrant was void.",
     ("person:benjamin-netanyahu", "USA")),
    ("BERLIN, April 30 -- Macron's book went on sale here on Tuesday.", ("person:emmanuel-macron", "DEU")),
    ("LONDON, April 30 -- Modi's rival was arrested here on Tuesday.", ("person:narendra-modi", "GBR")),
    # H2 here_scene: cancelled, postponed, possible, negated, absent, remote
    ("KYIV, April 30 -- Scholz cancelled a visit here on Tuesday because of security fears.", ("person:olaf-scholz", "UKR")),
    ("KYIV, April 30 -- Scholz postponed his trip here on Tuesday, a spokesman said.", ("person:olaf-scholz", "UKR")),
    ("KYIV, April 30 -- Scholz may arrive here on Tuesday, officials said.", ("person:olaf-scholz", "UKR")),
    ("KYIV, April 30 -- Scholz did not show up here on Tuesday, to the dismay of officials.", ("person:olaf-scholz", "UKR")),
    ("HANOI, April 30 -- Xi was absent here on Tuesday from the summit he had promised to attend.",
     ("person:xi-jinping", "VNM")),
    ("SEOUL, April 30 -- Kishida spoke to a forum here on Tuesday via Zoom.", ("person:fumio-kishida", "KOR")),
    # H3 here_scene: another person's visit
    ("PARIS, April 30 -- Biden, on the last day of a two-day visit by Macron to Washington, signed a deal.",
     ("person:joe-biden", "FRA")),
    # H4 past_stays: denied, rumoured
    ("The Kremlin denied that Blinken had been in Kyiv on Tuesday.", ("person:antony-blinken", "UKR")),
    ("Nobody could confirm rumours that Xi had been in Pyongyang in March.", ("person:xi-jinping", "PRK")),
    # H5 past_stays: the pronoun is not the last person named
    ("Scholz said he would call Putin. He had been in Beijing on April 16.", ("person:vladimir-putin", "CHN")),
    ("Macron met Scholz on Tuesday. She had been in Kyiv on Monday, Baerbock told reporters.", ("person:olaf-scholz", "UKR")),
    # H6 past_stays: the US state
    ("Biden had been in Georgia on Tuesday, campaigning for Senate candidates.", ("person:joe-biden", "GEO")),
    # H7 past_stays: postings and life stages
    ("Putin had been in Dresden in 1985 as a young KGB spy.", ("person:vladimir-putin", "DEU")),
    ("Lavrov had been in New York in 1985 as a diplomat at the Soviet mission.", ("person:sergei-lavrov", "USA")),
    ("Blinken had been in Paris in 1975 as a schoolboy.", ("person:antony-blinken", "FRA")),
    # H8 the schedule row (removed): a thing's move
    ("Erdogan said the grain ship heads on Monday to Egypt with 30,000 tonnes of wheat.", ("person:recep-tayyip-erdogan", "EGY")),
    ("Macron said the Olympic flame leaves on Tuesday for Greece aboard a three-masted ship.", ("person:emmanuel-macron", "GRC")),
    ("Blinken's letter goes today to Tehran, officials said.", ("person:antony-blinken", "IRN")),
    ("Macron's reform bill heads next to the Senate, and Scholz travels tomorrow to Warsaw.", ("person:emmanuel-macron", "DEU")),
    # H10 the apposition for a gathering: a spokesman for X
    ("A spokesman for Scholz, in Kyiv for the talks, said the deal was close.", ("person:olaf-scholz", "UKR")),
])
def test__fix_round__review_sentences(extractor, text, bad):
    assert not any((v[0], v[1]) == bad for v in pairs(extractor, text, REVIEW_PUB))


@pytest.mark.parametrize("text, bad_host, bad_year", [
    # H9 since_named: the clause before "since" is no visit to the host, or "since X in <another place>"
    ("Biden arrived in Kyiv on Monday, the first US president to visit a war zone since Barack Obama in Afghanistan in 2014.",
     "UKR", 2014),
    ("Scholz arrived in Beijing on Tuesday, the first German leader to face a confidence vote since Helmut Schmidt in 1982.",
     "CHN", 1982),
    ("Modi arrived in Kyiv on Friday, the first Indian leader to travel by train since Atal Bihari Vajpayee in 1999 to Lahore.",
     "UKR", 1999),
    ("Meloni arrived in Tunis on Tuesday, the first Italian leader to win praise from Kais Saied since Mario Draghi in 2021.",
     "TUN", 2021),
    # own words: a speech and a place elsewhere
    ("Olaf Scholz held talks in Canberra on Sunday, the first German leader to address parliament since Helmut Kohl in 1997.",
     "AUS", 1997),
    ("Olaf Scholz arrived in Canberra on Sunday, the first German leader to visit the Pacific since Helmut Kohl in Fiji in 1997.",
     "AUS", 1997),
])
def test__fix_round__since_named_is_a_visit(extractor, text, bad_host, bad_year):
    out = extractor.extract(ArticleInput("s10", "", text, REVIEW_PUB, WIRE))["visits"]
    assert not any(v["host_iso3"] == bad_host and v["date_start"] is not None and v["date_start"].year == bad_year for v in out)


@pytest.mark.parametrize("text, pub, want", [
    # H11: the apposition's trip is dated by the sentence, not the publication month
    ("In June 2019, Xi, in Moscow for the talks, signed a pact with Putin.", REVIEW_PUB,
     ("person:xi-jinping", "RUS", "occurred", "2019-06-01", "month")),
    ("Blinken, also in Rome for the funeral, met Zelenskiy on Saturday.", REVIEW_PUB,
     ("person:antony-blinken", "ITA", "occurred", "2024-04-27", "day")),
    ("Blinken, also in Rome for the talks, met Zelenskiy on Saturday.", REVIEW_PUB,
     ("person:antony-blinken", "ITA", "occurred", "2024-04-27", "day")),
    # own words
    ("In March 2019, Justin Trudeau, in Brussels for the summit, met European leaders.", D(2019, 6, 1),
     ("person:justin-trudeau", "BEL", "occurred", "2019-03-01", "month")),
    ("Pedro Sanchez, in Lisbon for the conference, spoke on Thursday about water.", D(2023, 3, 4),
     ("person:pedro-sanchez", "PRT", "occurred", "2023-03-02", "day")),
])
def test__fix_round__apposition_dated_by_its_sentence(extractor, text, pub, want):
    assert want in visits(extractor, text, pub)


@pytest.mark.parametrize("text, pub, bad", [
    # own words (H10): the person is someone's complement
    ("An aide to Justin Trudeau, in Tokyo for the state funeral, said little about trade.", D(2022, 9, 27),
     ("person:justin-trudeau", "JPN")),
    ("The daughter of Pedro Sanchez, in Lisbon for the conference, spoke on Thursday.", D(2023, 3, 4),
     ("person:pedro-sanchez", "PRT")),
])
def test__fix_round__apposition_complement__near_misses(extractor, text, pub, bad):
    assert not any((v[0], v[1]) == bad for v in pairs(extractor, text, pub))


@pytest.mark.parametrize("text, pub, want", [
    # own words: here_scene still reads a titled subject doing a real act here (H1-H3 fixes keep these)
    ("NAIROBI, June 2 -- French President Emmanuel Macron opened a solar plant here on Friday with Kenyan ministers.",
     D(2023, 6, 2), ("person:emmanuel-macron", "KEN", "occurred")),
    ("OSLO - Canadian Prime Minister Justin Trudeau toured a fish farm here on Tuesday.", D(2023, 5, 17),
     ("person:justin-trudeau", "NOR", "occurred")),
    ("BRASILIA - Pedro Sanchez discussed the trade pact with Lula here on Thursday.", D(2023, 4, 27),
     ("person:pedro-sanchez", "BRA", "occurred")),
    # ("missile" is no "missed")
    ("SEOUL - Japanese Prime Minister Fumio Kishida discussed missile defence with Yoon Suk Yeol here on Sunday.",
     D(2023, 5, 8), ("person:fumio-kishida", "KOR", "occurred")),
])
def test__fix_round__here_scene(extractor, text, pub, want):
    assert want in pairs(extractor, text, pub)


@pytest.mark.parametrize("text, pub, bad", [
    # own words: an owner, an object, a complement, a possibility, a remote act
    ("ROME - Ukrainian President Volodymyr Zelensky's envoy met business leaders here on Monday.", D(2023, 5, 15),
     ("person:volodymyr-zelensky", "ITA")),
    ("ANKARA - Students booed Olaf Scholz here on Sunday.", D(2023, 5, 15), ("person:olaf-scholz", "TUR")),
    ("OSLO - A cousin of Justin Trudeau married a Norwegian diplomat here on Saturday.", D(2023, 5, 15),
     ("person:justin-trudeau", "NOR")),
    ("OSLO - Justin Trudeau could open the fish-farm fair here on Monday, organisers said.", D(2023, 5, 15),
     ("person:justin-trudeau", "NOR")),
    ("LIMA - Pedro Sanchez addressed the forum here on Monday via a satellite hook-up.", D(2023, 5, 15),
     ("person:pedro-sanchez", "PER")),
    ("LIMA - Pedro Sanchez called off his visit here on Monday.", D(2023, 5, 15), ("person:pedro-sanchez", "PER")),
])
def test__fix_round__here_scene__near_misses(extractor, text, pub, bad):
    assert not any((v[0], v[1], v[2]) == bad + ("occurred",) for v in pairs(extractor, text, pub))


@pytest.mark.parametrize("text, pub, want", [
    # own words: past stays the fixes keep (one person named before the pronoun; a plain stay)
    ("Emmanuel Macron opened the summit on Friday. He had been in Beijing on Wednesday.", D(2023, 4, 8),
     ("person:emmanuel-macron", "CHN", "occurred")),
    ("Pedro Sanchez spoke in Madrid on Monday; he was last in Morocco in February.", D(2023, 5, 10),
     ("person:pedro-sanchez", "MAR", "occurred")),
    ("Justin Trudeau had been in Kyiv on Saturday, officials said.", D(2023, 6, 12),
     ("person:justin-trudeau", "UKR", "occurred")),
])
def test__fix_round__past_stays(extractor, text, pub, want):
    assert want in pairs(extractor, text, pub)


@pytest.mark.parametrize("text, pub, bad", [
    # own words: a report dismissed, two people before the pronoun, a state, a life stage
    ("The ministry dismissed reports that Pedro Sanchez had been in Rabat on Monday.", D(2023, 5, 10),
     ("person:pedro-sanchez", "MAR")),
    ("Olaf Scholz met Emmanuel Macron on Friday. He had been in Rome on Thursday.", D(2023, 5, 13),
     ("person:olaf-scholz", "ITA")),
    ("Olaf Scholz met Emmanuel Macron on Friday. He had been in Rome on Thursday.", D(2023, 5, 13),
     ("person:emmanuel-macron", "ITA")),
    ("Joe Biden had been in Georgia on Saturday to rally voters in Atlanta.", D(2022, 11, 7), ("person:joe-biden", "GEO")),
    ("Emmanuel Macron had been in Nigeria in 2000 as a young intern at the embassy.", D(2023, 5, 10),
     ("person:emmanuel-macron", "NGA")),
])
def test__fix_round__past_stays__near_misses(extractor, text, pub, bad):
    assert not any((v[0], v[1]) == bad for v in pairs(extractor, text, pub))


@pytest.mark.parametrize("text, pub, want", [
    # own words: since_named keeps a visit to the same place
    ("Olaf Scholz arrived in Canberra on Sunday, the first German leader to set foot in Australia since Helmut Kohl in "
     "November 1997.", D(2023, 9, 10), ("DEU", "AUS", "occurred", "1997-11-01")),
    ("Justin Trudeau landed in Hanoi on Monday, the first visit by a Canadian leader since Stephen Harper in November "
     "2006.", D(2023, 5, 15), ("CAN", "VNM", "occurred", "2006-11-01")),
    # "a two-day trip, the first by <someone> to <host> since": the elided visit
    ("Pedro Sanchez arrived in Rabat on Wednesday for a two-day trip, the first by a Spanish premier to the kingdom "
     "since Felipe Gonzalez in November 1991.", D(2023, 2, 2), ("ESP", "MAR", "occurred", "1991-11-01")),
])
def test__fix_round__since_named(extractor, text, pub, want):
    out = extractor.extract(ArticleInput("s10", "", text, pub, WIRE))["visits"]
    assert want in {(v["visitor_iso3"], v["host_iso3"], v["status"], str(v["date_start"])) for v in out}
