"""Money figures, round I: general mechanisms behind blind25's misses (cue ownership between amounts, anaphoric
subjects, rankings of partners, one sum in two currencies, ranges, periods of a part and of a comparison, parties named
by a possessive, a description or a parallel flow, swaps and capitalised aid names, sums over three countries, goals named
after the amount, causes after the amount); each with three own-words paraphrases and a negative."""
from __future__ import annotations

import datetime as dt

import pytest

from newslens.extract import ArticleInput
from newslens.schema import conform

D = dt.date
UNORDERED = ("trade", "other")  # metrics whose pair the gold matches unordered


def brief(f):
    """(metric, reporter, partner, value, first year of the period or None, qualifier); a trade or other pair sorted"""
    rep, par = f["reporter_iso3"], f["partner_iso3"]
    if f["metric"] in UNORDERED:
        rep, par = sorted((rep, par))
    return (f["metric"], rep, par, round(f["value"]), f["period_start"].year if f["period_start"] else None, f["qualifier"])


def run(extractor, text, pub=D(2024, 2, 1)):
    out = extractor.extract(ArticleInput("i1", None, text, pub, None))
    conform(out["figures"], "figures")
    return [brief(f) for f in out["figures"]]


def norm(expected):
    """the expected tuples with values rounded and a trade or other pair sorted, as brief() gives them"""
    return [(m, *sorted((r, p)), round(v), y, q) if m in UNORDERED else (m, r, p, round(v), y, q)
            for m, r, p, v, y, q in expected]


B, M = 1_000_000_000, 1_000_000


# -- metric: a cue after an amount that heads a later amount is that amount's --------------------------------------------
@pytest.mark.parametrize(("text", "pub", "expected"), [
    ("BANGKOK (wire-style) -- Thailand's exports to Japan, led by cars and hard drives, rose to $24.1 billion last year, "
     "bringing bilateral trade to $61.5 billion, the commerce ministry said.", D(2024, 2, 1),
     [("exports", "THA", "JPN", 24.1 * B, 2023, "actual"), ("trade", "JPN", "THA", 61.5 * B, 2023, "actual")]),
    ("Mexico's imports from Brazil also set a new high at 8.2 billion dollars in 2022, pushing two-way trade to a record "
     "14.6 billion dollars.", D(2023, 3, 1),
     [("imports", "MEX", "BRA", 8.2 * B, 2022, "actual"), ("trade", "BRA", "MEX", 14.6 * B, 2022, "actual")]),
    ("Trade between Norway and South Korea, boosted by ship orders, eased to $5.9 billion in 2023, with South Korea's "
     "purchases from Norway, mainly salmon and ships, making up $3.8 billion of that.", D(2024, 3, 1),
     [("trade", "KOR", "NOR", 5.9 * B, 2023, "actual"), ("imports", "KOR", "NOR", 3.8 * B, 2023, "actual")]),
    ("Trade between Canada and Mexico came to $9 billion in 1994, the year their pact took effect. It hit $41 billion in "
     "2021, when Canada's imports from Mexico alone came to $32 billion.", D(2022, 5, 1),
     [("trade", "CAN", "MEX", 9 * B, 1994, "actual"), ("trade", "CAN", "MEX", 41 * B, 2021, "actual"),
      ("imports", "CAN", "MEX", 32 * B, 2021, "actual")]),
    ("Trade between Thailand and Japan was $50 billion in 2015. It climbed to $61 billion in 2021 and, after a dip, stood "
     "at $58 billion in 2023, when Thailand's imports from Japan alone came to $32 billion.", D(2024, 3, 1),
     [("trade", "JPN", "THA", 50 * B, 2015, "actual"), ("trade", "JPN", "THA", 61 * B, 2021, "actual"),
      ("trade", "JPN", "THA", 58 * B, 2023, "actual"), ("imports", "THA", "JPN", 32 * B, 2023, "actual")]),
    # negatives: a cue after the amount with no later amount, and a flow coordinated with the next one
    ("Vietnam's exports to Germany rose to $11 billion in 2023, with exports of phones making up nearly half.", D(2024, 2, 1),
     [("exports", "VNM", "DEU", 11 * B, 2023, "actual")]),
    ("Japan's exports to India were $15 billion in 2022 and its imports from India $6 billion.", D(2023, 2, 1),
     [("exports", "JPN", "IND", 15 * B, 2022, "actual"), ("imports", "JPN", "IND", 6 * B, 2022, "actual")]),
])
def test__metric__cue_of_a_later_amount(extractor, text, pub, expected):
    assert run(extractor, text, pub) == norm(expected)


@pytest.mark.parametrize(("text", "pub", "expected"), [
    # ", most of it X shipments", ", mostly X exports": what the sum is made of, not what it is
    ("Bilateral trade between Iran and Iraq came to $10 billion in 2022 and $12 billion in 2023, most of it Iranian gas and "
     "electricity sales to Iraq.", D(2024, 4, 1),
     [("trade", "IRN", "IRQ", 10 * B, 2022, "actual"), ("trade", "IRN", "IRQ", 12 * B, 2023, "actual")]),
    ("Kenya and Uganda traded goods worth $1.1 billion last year, mostly Kenyan exports of fuel and steel.", D(2024, 2, 1),
     [("trade", "KEN", "UGA", 1.1 * B, 2023, "actual")]),
    ("Commerce between Argentina and Bolivia reached $1.6 billion in 2019, much of it Bolivian gas shipments to Argentina.",
     D(2020, 3, 1),
     [("trade", "ARG", "BOL", 1.6 * B, 2019, "actual")]),
    # negative: the shipments named as the subject are the metric
    ("Bolivia's gas shipments to Argentina came to $1.2 billion in 2019.", D(2020, 3, 1),
     [("exports", "BOL", "ARG", 1.2 * B, 2019, "actual")]),
])
def test__metric__composition_aside_names_no_metric(extractor, text, pub, expected):
    assert run(extractor, text, pub) == norm(expected)


# -- metric: "It peaked at", "It stood at": the story's figure goes on ----------------------------------------------------
@pytest.mark.parametrize(("text", "pub", "expected"), [
    ("Trade between Egypt and Turkey rose to $6.6 billion in 2019. It peaked at $8.7 billion in 2022.", D(2023, 6, 1),
     [("trade", "EGY", "TUR", 6.6 * B, 2019, "actual"), ("trade", "EGY", "TUR", 8.7 * B, 2022, "actual")]),
    ("Malaysia's trade with India fell 3 percent last year, official data show. It stood at $19.5 billion, down from $20.1 "
     "billion in 2022.", D(2024, 2, 1),
     [("trade", "IND", "MYS", 19.5 * B, 2023, "actual"), ("trade", "IND", "MYS", 20.1 * B, 2022, "actual")]),
    ("Kazakhstan's commerce with China set a record in 2022, customs figures showed. It reached $31 billion.",
     D(2023, 1, 20),
     [("trade", "CHN", "KAZ", 31 * B, 2022, "actual")]),
    # negative: "It" with an amount that is no figure
    ("Trade between Egypt and Turkey rose to $6.6 billion in 2019. It cost Egypt $2 billion in lost tariffs.", D(2023, 6, 1),
     [("trade", "EGY", "TUR", 6.6 * B, 2019, "actual")]),
])
def test__metric__it_with_a_verb_of_level(extractor, text, pub, expected):
    assert run(extractor, text, pub) == norm(expected)


# -- parties: the partners of one country, ranked -------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "pub", "expected"), [
    ("Japan was Australia's second-largest trading partner in 2022, with two-way trade of A$102 billion, ahead of the "
     "United States at A$78 billion.", D(2023, 5, 1),
     [("trade", "AUS", "JPN", 102 * B, 2022, "actual"), ("trade", "AUS", "USA", 78 * B, 2022, "actual")]),
    ("Germany remained the Netherlands' top trade partner last year with total trade of 210 billion euros, followed by "
     "Belgium with 145 billion euros.", D(2024, 3, 1),
     [("trade", "DEU", "NLD", 210 * B, 2023, "actual"), ("trade", "BEL", "NLD", 145 * B, 2023, "actual")]),
    ("China is Brazil's largest trading partner, with bilateral commerce of $157 billion in 2023, far ahead of the United "
     "States at $75 billion and Argentina at $28 billion.", D(2024, 2, 1),
     [("trade", "BRA", "CHN", 157 * B, 2023, "actual"), ("trade", "BRA", "USA", 75 * B, 2023, "actual"),
      ("trade", "ARG", "BRA", 28 * B, 2023, "actual")]),
    ("Vietnam's top trading partner in 2023 was China, with two-way trade of $171 billion. The United States came second "
     "with $111 billion, and South Korea followed in third place with $76 billion.", D(2024, 1, 15),
     [("trade", "CHN", "VNM", 171 * B, 2023, "actual"), ("trade", "USA", "VNM", 111 * B, 2023, "actual"),
      ("trade", "KOR", "VNM", 76 * B, 2023, "actual")]),
    # negative: a ranking of producers, no country whose partners are ranked
    ("Indonesia is the world's largest palm oil producer, ahead of Malaysia with output worth $20 billion.", D(2024, 2, 1),
     []),
])
def test__parties__ranked_partners_of_one_country(extractor, text, pub, expected):
    assert run(extractor, text, pub) == norm(expected)


# -- qualifier: a moneyless lead that names preliminary figures ------------------------------------------------------------
@pytest.mark.parametrize(("text", "pub", "expected"), [
    ("Italy's trade with Turkey rose to a record in 2023, preliminary figures from the statistics office show. Italian "
     "exports to Turkey reached 14 billion euros, while imports from Turkey came to 11 billion euros.", D(2024, 2, 20),
     [("exports", "ITA", "TUR", 14 * B, 2023, "estimate"), ("imports", "ITA", "TUR", 11 * B, 2023, "estimate")]),
    ("Provisional customs data showed Indonesia's trade with India grew in 2023. Indonesian exports to India totalled $20 "
     "billion.", D(2024, 1, 20),
     [("exports", "IDN", "IND", 20 * B, 2023, "estimate")]),
    ("According to preliminary estimates, Poland's trade with Ukraine fell in 2023. Polish exports to Ukraine came to 12 "
     "billion euros.", D(2024, 2, 1),
     [("exports", "POL", "UKR", 12 * B, 2023, "estimate")]),
    # negative: a lead with a source that is no estimate
    ("Italy's trade with Turkey rose in 2023, the statistics office said. Italian exports to Turkey reached 14 billion "
     "euros.", D(2024, 2, 20),
     [("exports", "ITA", "TUR", 14 * B, 2023, "actual")]),
])
def test__qualifier__preliminary_lead_covers_the_figures_after_it(extractor, text, pub, expected):
    assert run(extractor, text, pub) == norm(expected)


# -- value: one sum in two currencies ------------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "pub", "expected"), [
    ("South Korea's imports from China came to 98 trillion won (about 560 billion yuan) in 2023, Seoul's customs office "
     "said.", D(2024, 1, 20),
     [("imports", "KOR", "CHN", 98_000 * B, 2023, "actual")]),
    ("India's exports to Britain were worth 950 billion rupees, or some 9.4 billion pounds, in 2022.", D(2023, 4, 1),
     [("exports", "IND", "GBR", 950 * B, 2022, "actual")]),
    ("Russia's trade with India hit 5.2 trillion rubles last year, the customs service said; in dollar terms, the turnover "
     "came to $65 billion.", D(2024, 2, 1),
     [("trade", "IND", "RUS", 5_200 * B, 2023, "actual")]),  # session 12: the currency written first, with its dollar value
    ("Japanese exports to South Korea fell to 6.8 trillion yen in 2023 -- in U.S. dollar terms, roughly $48 billion.",
     D(2024, 1, 25),
     [("exports", "JPN", "KOR", 6_800 * B, 2023, "actual")]),  # session 12: the currency written first, with its dollar value
    ("China's exports to Chile rose to 190 billion yuan in 2023 and in dollar terms reached about $27 billion.",
     D(2024, 1, 25),
     [("exports", "CHN", "CHL", 190 * B, 2023, "actual")]),  # session 12: the currency written first, with its dollar value
    # negative: two sums of two flows in two currencies
    ("Japan's exports to China reached 19 trillion yen in 2023, while its imports from China came to $180 billion.",
     D(2024, 1, 25),
     [("exports", "JPN", "CHN", 19_000 * B, 2023, "actual"), ("imports", "JPN", "CHN", 180 * B, 2023, "actual")]),
])
def test__value__one_sum_in_two_currencies(extractor, text, pub, expected):
    assert run(extractor, text, pub) == norm(expected)


# -- value: "range from X to Y" is a range, not a change ------------------------------------------------------------------
@pytest.mark.parametrize(("text", "pub", "expected"), [
    ("Estimates of Laos's trade with Thailand in 2022 ranged from $8 billion to $8.6 billion.", D(2023, 5, 1),
     [("trade", "LAO", "THA", 8.3 * B, 2022, "estimate")]),
    ("Bhutan's exports to India are worth anywhere from $700 million to $900 million a year, officials estimated.",
     D(2024, 2, 1),
     [("exports", "BTN", "IND", 800 * M, None, "estimate")]),
    ("Estimates of Chinese investment in Serbia range from 10 billion to 12 billion euros.", D(2024, 2, 1),
     [("investment", "CHN", "SRB", 11 * B, None, "estimate")]),
    # negative: a change from one level to another
    ("Chile's exports to Canada grew from $5 billion in 2020 to $7 billion in 2023.", D(2024, 2, 1),
     [("exports", "CHL", "CAN", 5 * B, 2020, "actual"), ("exports", "CHL", "CAN", 7 * B, 2023, "actual")]),
])
def test__value__a_range_of_estimates(extractor, text, pub, expected):
    assert run(extractor, text, pub) == norm(expected)


# -- period: the year of the whole a part belongs to; a comparison level is not carried ------------------------------------
@pytest.mark.parametrize(("text", "pub", "expected"), [
    ("Trade between Peru and China rose to $39 billion in 2023, about four times its 2010 level of $10 billion. China's "
     "purchases from Peru, mostly copper, accounted for $18 billion of the 2023 total.", D(2024, 3, 1),
     [("trade", "CHN", "PER", 39 * B, 2023, "actual"), ("trade", "CHN", "PER", 10 * B, 2010, "actual"),
      ("imports", "CHN", "PER", 18 * B, 2023, "actual")]),
    ("Commerce between Chile and Japan came to $12 billion in 2022, double its 2005 level of about $6 billion. Chilean "
     "exports to Japan were worth $9 billion.", D(2023, 4, 1),
     [("trade", "CHL", "JPN", 12 * B, 2022, "actual"), ("trade", "CHL", "JPN", 6 * B, 2005, "actual"),
      ("exports", "CHL", "JPN", 9 * B, 2022, "actual")]),
    ("Trade between Ghana and India reached $4.6 billion in 2021, three times its 2012 figure of $1.5 billion. India's "
     "purchases from Ghana made up $3.9 billion of the 2021 total.", D(2022, 6, 1),
     [("trade", "GHA", "IND", 4.6 * B, 2021, "actual"), ("trade", "GHA", "IND", 1.5 * B, 2012, "actual"),
      ("imports", "IND", "GHA", 3.9 * B, 2021, "actual")]),
    # negative: two years, each its own
    ("Trade between Peru and Chile was $4 billion in 2015 and $6 billion in 2023.", D(2024, 2, 1),
     [("trade", "CHL", "PER", 4 * B, 2015, "actual"), ("trade", "CHL", "PER", 6 * B, 2023, "actual")]),
])
def test__period__part_of_a_whole_and_comparison_level(extractor, text, pub, expected):
    assert run(extractor, text, pub) == norm(expected)


# -- parties: a possessive after an opening preposition owns the money ------------------------------------------------------
@pytest.mark.parametrize(("text", "pub", "expected"), [
    ("With Canada's exports to China down to $22 billion last year, Ottawa is courting India.", D(2024, 2, 1),
     [("exports", "CAN", "CHN", 22 * B, 2023, "actual")]),
    ("For Kenya's exports to Uganda, which reached $1 billion in 2023, the new rail link matters.", D(2024, 2, 1),
     [("exports", "KEN", "UGA", 1 * B, 2023, "actual")]),
    ("And with Peru's trade with China at $39 billion in 2023, copper dominates the agenda.", D(2024, 2, 1),
     [("trade", "CHN", "PER", 39 * B, 2023, "actual")]),
    # negative: a partner after "with" stays a partner
    ("Kenya's trade with Uganda reached $1 billion in 2023.", D(2024, 2, 1),
     [("trade", "KEN", "UGA", 1 * B, 2023, "actual")]),
])
def test__parties__possessive_after_a_preposition_owns(extractor, text, pub, expected):
    assert run(extractor, text, pub) == norm(expected)


# -- parties: "the West African nation", "the Gulf kingdom": the story's other country -----------------------------------
@pytest.mark.parametrize(("text", "pub", "expected"), [
    ("Brazil's trade with Nigeria fell last year. Brazilian exports to the West African nation came to $1.9 billion.",
     D(2024, 2, 1),
     [("exports", "BRA", "NGA", 1.9 * B, 2023, "actual")]),
    ("Saudi Arabia and Japan signed deals on Monday. Japan's imports from the Gulf kingdom reached $38 billion in 2022.",
     D(2023, 7, 1),
     [("imports", "JPN", "SAU", 38 * B, 2022, "actual")]),
    ("Poland has become a major buyer of arms from South Korea. South Korean shipments to the Central European country hit "
     "$9 billion in 2023.", D(2024, 2, 1),
     [("exports", "KOR", "POL", 9 * B, 2023, "actual")]),
    # negatives: a region is no country; a demonym inside the description names no party; a name with "Kingdom"
    ("Japan's imports from the Southeast Asian region reached $100 billion in 2022.", D(2023, 2, 1), []),
    ("Panama is building 16 hydropower plants. The central American country will see an investment of about $1 billion.",
     D(2011, 6, 1), []),
    ("India's exports to the United Kingdom rose to $13 billion in 2023.", D(2024, 2, 1),
     [("exports", "IND", "GBR", 13 * B, 2023, "actual")]),
])
def test__parties__described_country_is_the_storys_other(extractor, text, pub, expected):
    assert run(extractor, text, pub) == norm(expected)


# -- parties: another destination of the same flow keeps its exporter ---------------------------------------------------
@pytest.mark.parametrize(("text", "pub", "expected"), [
    ("Vietnam's exports to the United States outpaced those to China in 2023. Shipments to the United States totalled $97 "
     "billion, while exports to China reached $61 billion. In December alone, exports to the United States came to $9 "
     "billion.", D(2024, 1, 10),
     [("exports", "VNM", "USA", 97 * B, 2023, "actual"), ("exports", "VNM", "CHN", 61 * B, 2023, "actual"),
      ("exports", "VNM", "USA", 9 * B, 2023, "actual")]),
    ("Taiwan's exports to the United States overtook its shipments to China in April. Exports to China fell to $9 billion "
     "in April. Shipments to the United States rose to $10 billion.", D(2024, 5, 9),
     [("exports", "TWN", "CHN", 9 * B, 2024, "actual"), ("exports", "TWN", "USA", 10 * B, 2024, "actual")]),
    ("India's imports from Russia overtook those from Saudi Arabia last year. Imports from Saudi Arabia fell to $30 "
     "billion, and purchases from Russia rose to $46 billion. Imports from Russia in December alone came to $4 billion.",
     D(2024, 2, 1),
     [("imports", "IND", "SAU", 30 * B, 2023, "actual"), ("imports", "IND", "RUS", 46 * B, 2023, "actual"),
      ("imports", "IND", "RUS", 4 * B, 2023, "actual")]),
    # negative: an exporter named in the sentence
    ("Vietnam's exports to China rose in 2023. Chinese exports to the United States reached $500 billion.", D(2024, 2, 1),
     [("exports", "CHN", "USA", 500 * B, 2023, "actual")]),
])
def test__parties__parallel_destinations_share_the_exporter(extractor, text, pub, expected):
    assert run(extractor, text, pub) == norm(expected)


# -- metric: a currency swap line; a capitalised development-aid name ------------------------------------------------------
@pytest.mark.parametrize(("text", "pub", "expected"), [
    ("The central banks of China and Argentina renewed their currency swap line, worth 130 billion yuan, for three years.",
     D(2023, 6, 1),  # s14: a swap renewed or signed as the news takes the signing year (the s14-g gold convention)
     [("other", "ARG", "CHN", 130 * B, 2023, "actual")]),
    ("India and the United Arab Emirates signed a currency swap agreement of about $2 billion on Monday.", D(2023, 6, 1),
     [("other", "ARE", "IND", 2 * B, 2023, "actual")]),
    ("Japan's swap arrangement with Indonesia was expanded to $22.76 billion in 2013.", D(2014, 1, 10),
     [("other", "IDN", "JPN", 22.76 * B, 2013, "actual")]),
    ("Japan's Official Development Assistance to Vietnam totalled 150 billion yen in 2022.", D(2023, 3, 1),
     [("aid", "JPN", "VNM", 150 * B, 2022, "actual")]),
    ("Germany provided Development Assistance of 1.2 billion euros to India in 2023, the embassy said.", D(2024, 2, 1),
     [("aid", "DEU", "IND", 1.2 * B, 2023, "actual")]),
    ("The Government of South Korea signed Official Development Assistance loans of 500 billion won for Uzbekistan.",
     D(2024, 2, 1),  # twelfth session: a loan signed as the news takes the signing year (the lead's convention)
     [("aid", "KOR", "UZB", 500 * B, 2024, "actual")]),
    # negatives: swapped goods, an aid law's budget
    ("The two banks swapped $2 billion of bonds on Friday.", D(2024, 2, 1), []),
    ("The Official Development Assistance Act passed in 2019 with a budget of $3 billion.", D(2024, 2, 1), []),
])
def test__metric__swap_line_and_named_aid(extractor, text, pub, expected):
    assert run(extractor, text, pub) == norm(expected)


# -- not a figure: trade among three named countries -----------------------------------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("Trade among Brazil, Argentina and Paraguay reached $60 billion in 2022.", []),
    ("Commerce among the United States, Mexico and Canada topped $1.5 trillion last year.", []),
    ("Investment flows among Japan, South Korea and China came to $40 billion in 2021.", []),
    # negative: a pair
    ("Trade between Brazil and Argentina reached $28 billion in 2022.", [("trade", "ARG", "BRA", 28 * B, 2022, "actual")]),
])
def test__not_a_figure__trade_among_three_named(extractor, text, expected):
    assert run(extractor, text) == norm(expected)


# -- qualifier: a goal named after the amount with no relative pronoun; "reach the $X" ----------------------------------
@pytest.mark.parametrize(("text", "pub", "expected"), [
    ("Trade between Kenya and China rose to $8 billion last year. At this pace, it will top the $10 billion level the two "
     "presidents set as their goal.", D(2024, 2, 1),
     [("trade", "CHN", "KEN", 8 * B, 2023, "actual"), ("trade", "CHN", "KEN", 10 * B, None, "target")]),
    ("Bilateral trade between Qatar and Turkey stood at $2.5 billion in 2022, well short of the $5 billion both leaders "
     "named as their objective.", D(2023, 3, 1),
     [("trade", "QAT", "TUR", 2.5 * B, 2022, "actual"), ("trade", "QAT", "TUR", 5 * B, None, "target")]),
    ("Argentina's trade with India hit $6.4 billion in 2022 and could reach the $10 billion figure the two sides agreed on "
     "as a goal.", D(2023, 3, 1),
     [("trade", "ARG", "IND", 6.4 * B, 2022, "actual"), ("trade", "ARG", "IND", 10 * B, None, "target")]),
    # negative: a level the pair saw before is no goal
    ("Trade between Kenya and China reached $8 billion last year, the level the two sides saw in 2019.", D(2024, 2, 1),
     [("trade", "CHN", "KEN", 8 * B, 2023, "actual")]),
])
def test__qualifier__goal_named_after_the_amount(extractor, text, pub, expected):
    assert run(extractor, text, pub) == norm(expected)


# -- not ignored: a price named in a cause clause after the amount ------------------------------------------------------
@pytest.mark.parametrize(("text", "pub", "expected"), [
    ("Japan's imports from Qatar jumped to $14 billion in 2022 as gas prices soared in Europe.", D(2023, 2, 1),
     [("imports", "JPN", "QAT", 14 * B, 2022, "actual")]),
    ("Chile's exports to China climbed to $38 billion in 2021 because copper prices hit records.", D(2022, 2, 1),
     [("exports", "CHL", "CHN", 38 * B, 2021, "actual")]),
    ("Australia's exports to India rose to A$42 billion in 2022 after coal prices spiked.", D(2023, 2, 1),
     [("exports", "AUS", "IND", 42 * B, 2022, "actual")]),
    # negative: the amount is the price
    ("Qatar's gas for Japan was priced at $14 billion in the new contract.", D(2023, 2, 1), []),
])
def test__not_ignored__price_in_a_cause_clause(extractor, text, pub, expected):
    assert run(extractor, text, pub) == norm(expected)


# -- metric: a capitalised metric word inside a proper name names nothing ------------------------------------------------
@pytest.mark.parametrize(("text", "pub", "expected"), [
    ("Japan's exports to Kenya, mostly cars, came to $1.1 billion in 2023, said the Africa Trade Research Institute.",
     D(2024, 3, 1),
     [("exports", "JPN", "KEN", 1.1 * B, 2023, "actual")]),
    ("India's imports from Bhutan, chiefly hydropower, were $1.5 billion in 2022, data from the Asia Investment Monitor "
     "showed.", D(2023, 3, 1),
     [("imports", "IND", "BTN", 1.5 * B, 2022, "actual")]),
    ("Vietnam's exports to Laos, led by fuel and steel, reached $600 million last year, the Mekong Trade Centre said.",
     D(2024, 3, 1),
     [("exports", "VNM", "LAO", 600 * M, 2023, "actual")]),
    # negative: a metric word opening the sentence
    ("Trade between Chile and Peru rose to $4 billion in 2023.", D(2024, 3, 1),
     [("trade", "CHL", "PER", 4 * B, 2023, "actual")]),
])
def test__metric__word_inside_a_proper_name(extractor, text, pub, expected):
    assert run(extractor, text, pub) == norm(expected)


# -- parties and metric: "The deal is worth ...", "the swap line between the two countries": the money and pair named before
@pytest.mark.parametrize(("text", "pub", "expected"), [
    ("China and Argentina's central banks met in Buenos Aires on Monday. The swap line between the two countries was first "
     "set at 70 billion yuan in 2009.", D(2023, 6, 5),
     [("other", "ARG", "CHN", 70 * B, 2009, "actual")]),
    ("Moscow and Beijing signed a 30-year gas supply contract on Wednesday. The deal is worth $400 billion, officials said.",
     D(2014, 5, 21),
     [("other", "CHN", "RUS", 400 * B, None, "actual")]),
    ("Japan and India renewed their currency swap arrangement on Friday. The arrangement is now worth $75 billion.",
     D(2022, 2, 28),  # s14: a swap signed as the news takes the signing year (s14-g gold)
     [("other", "IND", "JPN", 75 * B, 2022, "actual")]),
    ("South Korea and the United Arab Emirates signed a currency swap agreement in 2013. The agreement was worth 5.8 trillion "
     "won.", D(2016, 3, 1),
     [("other", "ARE", "KOR", 5_800 * B, 2013, "actual")]),
    # negative: no country named
    ("The two firms signed a supply contract on Monday. The deal is worth $5 billion.", D(2024, 2, 1), []),
])
def test__parties__deal_named_in_the_sentence_before(extractor, text, pub, expected):
    assert run(extractor, text, pub) == norm(expected)


# -- parties: the agent of a flow after "by" ------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "pub", "expected"), [
    ("Investment by Japanese companies in India totalled $4.9 billion in 2022.", D(2023, 4, 1),
     [("investment", "JPN", "IND", 4.9 * B, 2022, "actual")]),
    ("Purchases by China of Australian coal fell to A$2 billion last year.", D(2024, 2, 1),
     [("imports", "CHN", "AUS", 2 * B, 2023, "actual")]),
    ("Imports of Russian crude by India surged to $46.5 billion in 2023.", D(2024, 2, 1),
     [("imports", "IND", "RUS", 46.5 * B, 2023, "actual")]),
    ("Aid disbursed by Germany to Jordan reached 800 million euros in 2022.", D(2023, 5, 1),
     [("aid", "DEU", "JOR", 800 * M, 2022, "actual")]),
    # negative: a body that reports the figure is no agent
    ("North Korea's exports to China, as reported by South Korea's trade agency, fell to $200 million in 2023.",
     D(2024, 5, 1),
     [("exports", "PRK", "CHN", 200 * M, 2023, "actual")]),
])
def test__parties__agent_of_a_flow_after_by(extractor, text, pub, expected):
    assert run(extractor, text, pub) == norm(expected)


# -- metric: "those to the United States": the flow of the clause before --------------------------------------------------
@pytest.mark.parametrize(("text", "pub", "expected"), [
    ("South Korea's exports rose for a fifth straight month in February. Shipments to China gained 2.3 percent to $9.8 "
     "billion, while those to the United States rose 11.4 percent to $9.6 billion.", D(2024, 3, 1),
     [("exports", "KOR", "CHN", 9.8 * B, 2024, "actual"), ("exports", "KOR", "USA", 9.6 * B, 2024, "actual")]),
    ("Thailand's imports from Japan fell to $24 billion last year, and those from China climbed to $70 billion.",
     D(2024, 2, 1),
     [("imports", "THA", "JPN", 24 * B, 2023, "actual"), ("imports", "THA", "CHN", 70 * B, 2023, "actual")]),
    ("Mexican exports to the United States rose to $475 billion in 2023, far above those to Canada at $11 billion.",
     D(2024, 2, 1),
     [("exports", "MEX", "USA", 475 * B, 2023, "actual"), ("exports", "MEX", "CAN", 11 * B, 2023, "actual")]),
    # negative: "those" that are people
    ("Japan's exports to China fell to $120 billion in 2023, and those in charge blamed the yen.", D(2024, 2, 1),
     [("exports", "JPN", "CHN", 120 * B, 2023, "actual")]),
])
def test__metric__those_to_another_partner(extractor, text, pub, expected):
    assert run(extractor, text, pub) == norm(expected)


# -- parties: "it" in a story about a third country is that country, not the outlet's --------------------------------------
KCNA_URL = "http://www.kcna.co.jp/item/2012/201203/news30/20120330-11ee.html"


@pytest.mark.parametrize(("text", "expected"), [
    ("China has been cutting its reliance on the U.S. dollar. Recently it struck a 10 billion yuan swap agreement with "
     "Mongolia.", [("other", "CHN", "MNG", 10 * B, None, "actual")]),
    ("India is courting Central Asia. Last year it signed a currency swap agreement worth $1 billion with Kazakhstan.",
     [("other", "IND", "KAZ", 1 * B, 2011, "actual")]),
    ("Russia keeps building ties with Asia. In 2011 they signed a swap line worth 150 billion yuan with China.",
     [("other", "CHN", "RUS", 150 * B, 2011, "actual")]),
    # negatives: "our" is the outlet's country; "it" that is the amount
    ("Our trade with China reached $5 billion last year.", [("trade", "CHN", "PRK", 5 * B, 2011, "actual")]),
    ("Our trade with Italy came to 25 billion dollars last year, and with Spain it was 9.",
     [("trade", "ITA", "PRK", 25 * B, 2011, "actual"), ("trade", "ESP", "PRK", 9 * B, 2011, "actual")]),
])
def test__parties__third_person_subject_is_no_outlet(extractor, text, expected):
    out = extractor.extract(ArticleInput("i2", None, text, D(2012, 3, 30), KCNA_URL))
    assert [brief(f) for f in out["figures"]] == norm(expected)


# -- qualifier: money "to be set up", "to be disbursed" is still to come -------------------------------------------------
@pytest.mark.parametrize(("text", "pub", "expected"), [
    ("Qatar's $10 billion investment in Egyptian property, to be paid in instalments, was approved on Monday.",
     D(2024, 2, 1),
     [("investment", "QAT", "EGY", 10 * B, None, "forecast")]),
    # (the three loans below are state loans: metric aid since figures session 7, the lead's loans convention)
    ("Japan signed a $500 million loan to Sri Lanka on Friday, to be disbursed in three tranches.", D(2024, 2, 1),
     [("aid", "JPN", "LKA", 500 * M, None, "forecast")]),
    ("China's $2 billion loan to Laos, to be released in stages, was signed in Vientiane.", D(2024, 2, 1),
     [("aid", "CHN", "LAO", 2 * B, None, "forecast")]),
    # negative: money paid out
    ("Japan's $500 million loan to Sri Lanka, paid out in 2020, was the largest.", D(2024, 2, 1),
     [("aid", "JPN", "LKA", 500 * M, 2020, "actual")]),
])
def test__qualifier__money_still_to_be_paid(extractor, text, pub, expected):
    assert run(extractor, text, pub) == norm(expected)


# -- period: "from 1945 to 1949" spans its years ---------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("The military aid granted by the United States to South Korea from 1945 to 1949 totaled at least $1 billion.",
     [("aid", "USA", "KOR", D(1945, 1, 1), D(1949, 12, 31))]),
    ("Japan lent Indonesia $12 billion from 1990 to 2000.", [("aid", "JPN", "IDN", D(1990, 1, 1), D(2000, 12, 31))]),
    ("China invested $5 billion in Laos from 2015 through 2020.",
     [("investment", "CHN", "LAO", D(2015, 1, 1), D(2020, 12, 31))]),
    # negative: a change from one year's level to another's
    ("Chile's exports to Canada grew from $5 billion in 2020 to $7 billion in 2023.",
     [("exports", "CHL", "CAN", D(2020, 1, 1), D(2020, 12, 31)), ("exports", "CHL", "CAN", D(2023, 1, 1), D(2023, 12, 31))]),
])
def test__period__from_year_to_year(extractor, text, expected):
    out = extractor.extract(ArticleInput("i3", None, text, D(2024, 2, 1), None))
    assert [(f["metric"], f["reporter_iso3"], f["partner_iso3"], f["period_start"], f["period_end"])
            for f in out["figures"]] == expected


# -- parties: two partners named after the amount as a yardstick are no sum of its partners -------------------------------
@pytest.mark.parametrize(("text", "pub", "expected"), [
    ("Taiwan's exports to the U.S. surged 78% to $11.1 billion in August, outpacing exports to China and Hong Kong for the "
     "first time.", D(2024, 9, 9),
     [("exports", "TWN", "USA", 11.1 * B, 2024, "actual")]),
    ("Mexico's exports to the United States reached $475 billion in 2023, more than its shipments to Canada and Japan "
     "combined.", D(2024, 2, 9),
     [("exports", "MEX", "USA", 475 * B, 2023, "actual")]),
    ("Chile's trade with China rose to $60 billion last year, well above its trade with Japan and Korea.", D(2024, 2, 9),
     [("trade", "CHL", "CHN", 60 * B, 2023, "actual")]),
    # negative: two partners of one sum
    ("Mongolia's trade with China and Russia reached $15 billion in 2023.", D(2024, 2, 9), []),
])
def test__parties__partners_named_after_the_amount_are_a_yardstick(extractor, text, pub, expected):
    assert run(extractor, text, pub) == norm(expected)


# -- parties: the country of the statistics body that tells a flow with no trader named -----------------------------------
@pytest.mark.parametrize(("text", "pub", "expected"), [
    ("Chinese customs data showed imports of Russian goods reached $129 billion in 2023.", D(2024, 1, 15),
     [("imports", "CHN", "RUS", 129 * B, 2023, "actual")]),
    ("Shipments to Vietnam climbed to $4.1 billion in March, the Korea Customs Service said.", D(2024, 4, 2),
     [("exports", "KOR", "VNM", 4.1 * B, 2024, "actual")]),
    ("According to China's General Administration of Customs, exports to North Korea totalled $2 billion last year.",
     D(2024, 1, 20),
     [("exports", "CHN", "PRK", 2 * B, 2023, "actual")]),
    # negative: a body of no country
    ("Exports to Vietnam climbed to $4 billion last year, a U.N. statistics agency said.", D(2024, 1, 20), []),
])
def test__parties__statistics_body_tells_its_countrys_flow(extractor, text, pub, expected):
    assert run(extractor, text, pub) == norm(expected)


# -- parties: "imports of Russian goods": a demonym after "imports of" is where the goods come from -----------------------
@pytest.mark.parametrize(("text", "pub", "expected"), [
    ("Japan's imports of Australian coal fell to $20 billion in 2023.", D(2024, 2, 1),
     [("imports", "JPN", "AUS", 20 * B, 2023, "actual")]),
    ("India's purchases of Russian oil reached $46 billion last year.", D(2024, 2, 1),
     [("imports", "IND", "RUS", 46 * B, 2023, "actual")]),
    ("Imports of Chilean copper by China rose to $30 billion in 2022.", D(2023, 2, 1),
     [("imports", "CHN", "CHL", 30 * B, 2022, "actual")]),
    # negative: a demonym after "exports of" is the exporter
    ("Exports of Chilean copper to China reached $38 billion in 2022.", D(2023, 2, 1),
     [("exports", "CHL", "CHN", 38 * B, 2022, "actual")]),
])
def test__parties__origin_after_imports_of(extractor, text, pub, expected):
    assert run(extractor, text, pub) == norm(expected)


# -- period: aid given "since February 2022" is a total from then to publication ------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("Washington has given Kyiv more than $75 billion in aid since February 2022.",
     [("aid", "USA", "UKR", D(2022, 1, 1), D(2024, 12, 31))]),
    ("Japan has provided Bangladesh with $24 billion in development aid since March 1972.",
     [("aid", "JPN", "BGD", D(1972, 1, 1), D(2024, 12, 31))]),
    ("South Korean firms have invested $80 billion in Vietnam since December 1992.",
     [("investment", "KOR", "VNM", D(1992, 1, 1), D(2024, 12, 31))]),
    # negative: trade that has grown since a month is no total over the span
    ("Trade between Poland and Ukraine has grown to $14 billion since February 2022.",
     [("trade", "POL", "UKR", None, None)]),
])
def test__period__total_given_since_a_month(extractor, text, expected):
    out = extractor.extract(ArticleInput("i4", None, text, D(2024, 3, 1), None))
    assert [(f["metric"], *(sorted((f["reporter_iso3"], f["partner_iso3"])) if f["metric"] == "trade"
                            else (f["reporter_iso3"], f["partner_iso3"])), f["period_start"], f["period_end"])
            for f in out["figures"]] == expected


# -- qualifier: the base of a goal after its date is what is ----------------------------------------------------------------
@pytest.mark.parametrize(("text", "pub", "expected"), [
    ("South Korea and Vietnam hope to lift bilateral trade to $150 billion by 2030 from $80 billion in 2023.", D(2024, 3, 1),
     [("trade", "KOR", "VNM", 150 * B, 2030, "target"), ("trade", "KOR", "VNM", 80 * B, 2023, "actual")]),
    ("Egypt and Turkey aim to raise trade to $15 billion by 2028 from about $7 billion last year.", D(2024, 3, 1),
     [("trade", "EGY", "TUR", 15 * B, 2028, "target"), ("trade", "EGY", "TUR", 7 * B, 2023, "actual")]),
    ("Kenya wants its exports to China to grow to $1 billion in 2026 from $200 million in 2023.", D(2024, 3, 1),
     [("exports", "KEN", "CHN", 1 * B, 2026, "target"), ("exports", "KEN", "CHN", 200 * M, 2023, "actual")]),
    # negative: a change that happened
    ("Trade between Egypt and Turkey rose to $10 billion in 2023 from $8 billion in 2022.", D(2024, 3, 1),
     [("trade", "EGY", "TUR", 10 * B, 2023, "actual"), ("trade", "EGY", "TUR", 8 * B, 2022, "actual")]),
])
def test__qualifier__base_of_a_goal_after_its_date(extractor, text, pub, expected):
    assert run(extractor, text, pub) == norm(expected)
