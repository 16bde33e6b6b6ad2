"""Money figures, round K: general mechanisms behind blind36's misses (regions described by a superlative, a statistics
source named "trade figures", records told as "the most ... has ever", described countries, bases of a comparison, clause
leads, month ranges without a year, sums in an ambiguous currency); each with three own-words paraphrases and a
negative."""
from __future__ import annotations

import datetime as dt

import pytest

from tests import figure_cases
from tests.figure_cases import B, M  # noqa: F401

D = dt.date


def run(extractor, text, pub=D(2024, 2, 1), with_record=False):
    return figure_cases.run(extractor, text, pub, with_record)


norm = figure_cases.norm


# -- parties: a region's superlative describes one country ("Africa's largest oil producer") --------------------------------
@pytest.mark.parametrize(("text", "pub", "expected"), [
    ("India's purchases from Nigeria rose to $10.2 billion in 2022, the most it has ever bought from Africa's largest "
     "oil producer.", D(2023, 3, 1), [("imports", "IND", "NGA", 10.2 * B, "USD", 2022, "actual")]),
    ("Exports from Germany to Brazil, Latin America's biggest economy, rose to 12 billion euros in 2021.", D(2022, 3, 1),
     [("exports", "DEU", "BRA", 12 * B, "EUR", 2021, "actual")]),
    ("Turkey's imports from Russia, Europe's largest gas supplier, reached $58 billion in 2022.", D(2023, 3, 1),
     [("imports", "TUR", "RUS", 58 * B, "USD", 2022, "actual")]),
    ("Japan's exports to Indonesia, Asia's fourth-largest economy by population, came to $17 billion in 2019.",
     D(2020, 3, 1), [("exports", "JPN", "IDN", 17 * B, "USD", 2019, "actual")]),
    # negative: trade with a region is no bilateral figure
    ("Kenya's trade with Africa's other economies rose to $5 billion in 2022.", D(2023, 3, 1), []),
    ("Egypt's exports to Africa rose to $6 billion in 2022, the most it has ever sold to the continent.", D(2023, 3, 1), []),
])
def test__parties__region_superlative_is_one_country(extractor, text, pub, expected):
    assert run(extractor, text, pub) == norm(expected)


# -- metric: "Korean trade figures show" names the source, not the metric --------------------------------------------------
@pytest.mark.parametrize(("text", "pub", "expected"), [
    ("Thailand's purchases from Malaysia rose to $14 billion in 2022, Thai trade figures show.", D(2023, 3, 1),
     [("imports", "THA", "MYS", 14 * B, "USD", 2022, "actual")]),
    ("Poland bought Norwegian goods worth 3 billion euros in 2021, according to Polish trade figures.",
     D(2022, 3, 1), [("imports", "POL", "NOR", 3 * B, "EUR", 2021, "actual")]),
    ("Egypt's purchases from Kenya reached $700 million in 2019, official trade figures released on Friday showed.",
     D(2020, 2, 1), [("imports", "EGY", "KEN", 700 * M, "USD", 2019, "actual")]),
    # negative: "trade figures of $X" is the trade
    ("Trade between Peru and Chile, by trade figures of $4 billion in 2022, grew fast.", D(2023, 3, 1),
     [("trade", "CHL", "PER", 4 * B, "USD", 2022, "actual")]),
])
def test__metric__trade_figures_as_a_source(extractor, text, pub, expected):
    assert run(extractor, text, pub) == norm(expected)


# -- record: "the most X has ever bought", "was also the highest on record", "the most in a series" -------------------------
@pytest.mark.parametrize(("text", "pub", "expected"), [
    ("Chile's purchases from Peru rose to $3.3 billion in 2022, the most Santiago has ever bought from its neighbour.",
     D(2023, 3, 1), [("imports", "CHL", "PER", 3.3 * B, "USD", 2022, "actual", True)]),
    ("Trade between Norway and Poland reached $9 billion in 2021, the most the two have ever traded.",
     D(2022, 3, 1), [("trade", "NOR", "POL", 9 * B, "USD", 2021, "actual", True)]),
    ("Trade between Kenya and India came to $4.1 billion in 2013, the highest in a series that goes back to 1990.",
     D(2014, 3, 1), [("trade", "IND", "KEN", 4.1 * B, "USD", 2013, "actual", True)]),
    # negative: "more than it had expected" is no record
    ("Vietnam's exports to Cambodia rose to $4 billion in 2022, more than Hanoi had expected.", D(2023, 3, 1),
     [("exports", "VNM", "KHM", 4 * B, "USD", 2022, "actual", False)]),
])
def test__record__the_most_ever(extractor, text, pub, expected):
    assert run(extractor, text, pub, with_record=True) == norm(expected)


# -- parties: "the Sultanate", "the island", "the mainland", "the isthmus"; "Korean exporters" -------------------------------
@pytest.mark.parametrize(("text", "pub", "expected"), [
    ("India's trade with Oman grew in 2022. Indian shipments to the Sultanate rose to $4.4 billion that year.",
     D(2023, 3, 1), [("exports", "IND", "OMN", 4.4 * B, "USD", 2022, "actual")]),
    ("Japan's trade with Taiwan grew in 2021. Japanese exports to the island came to $50 billion that year.",
     D(2022, 3, 1), [("exports", "JPN", "TWN", 50 * B, "USD", 2021, "actual")]),
    ("Hong Kong's trade with China grew in 2019. Hong Kong's imports from the mainland came to $200 billion that year.",
     D(2020, 3, 1), [("imports", "HKG", "CHN", 200 * B, "USD", 2019, "actual")]),
    ("Trade between Mexico and Panama grew in 2018. Mexico's imports from the isthmus totalled $90 million that year.",
     D(2019, 3, 1), [("imports", "MEX", "PAN", 90 * M, "USD", 2018, "actual")]),
    ("Trade between Kenya and South Korea grew in 2020. Korean exporters shipped goods worth $300 million to Kenya, "
     "while Kenyan sales to Korea reached $50 million.", D(2021, 3, 1),
     [("exports", "KOR", "KEN", 300 * M, "USD", 2020, "actual"), ("exports", "KEN", "KOR", 50 * M, "USD", 2020, "actual")]),
    # negative: an island with no country in the story names no partner
    ("Tourists spent $2 billion on the island in 2022.", D(2023, 3, 1), []),
])
def test__parties__described_country_without_an_adjective(extractor, text, pub, expected):
    assert run(extractor, text, pub) == norm(expected)


# -- metric: "the two-way total", "the combined $X" are the sum of both flows ---------------------------------------------
@pytest.mark.parametrize(("text", "pub", "expected"), [
    ("Chile's exports to Vietnam were $1.1 billion in 2021, while its imports from Vietnam came to $0.9 billion. The "
     "two-way total of $2 billion was a record.", D(2022, 3, 1),
     [("exports", "CHL", "VNM", 1.1 * B, "USD", 2021, "actual"), ("imports", "CHL", "VNM", 0.9 * B, "USD", 2021, "actual"),
      ("trade", "CHL", "VNM", 2 * B, "USD", 2021, "actual")]),
    ("Morocco's exports to Spain came to 9 billion euros in 2019, while its imports from Spain were 8 billion euros. "
     "The combined 17 billion euros made Spain its top partner.", D(2020, 3, 1),
     [("exports", "MAR", "ESP", 9 * B, "EUR", 2019, "actual"), ("imports", "MAR", "ESP", 8 * B, "EUR", 2019, "actual"),
      ("trade", "ESP", "MAR", 17 * B, "EUR", 2019, "actual")]),
    ("Kenya's exports to Uganda rose in 2020. The combined total of $900 million with Uganda was up 4 percent.",
     D(2021, 3, 1), [("trade", "KEN", "UGA", 900 * M, "USD", 2020, "actual")]),
    # negative: a combined sum of a country's own trade with the world names no partner
    ("The combined total of Peru's exports rose to $60 billion in 2022.", D(2023, 3, 1), []),
])
def test__metric__two_way_total(extractor, text, pub, expected):
    assert run(extractor, text, pub) == norm(expected)


# -- period: a change's base with no date of its own is the year before; a multiple's yardstick is not carried ----------
@pytest.mark.parametrize(("text", "pub", "expected"), [
    ("Brazil's exports to Egypt rose in 2016. Brazilian imports from Egypt fell to $100 million from $140 million as "
     "demand slowed.", D(2017, 3, 1),
     [("imports", "BRA", "EGY", 100 * M, "USD", 2016, "actual"), ("imports", "BRA", "EGY", 140 * M, "USD", 2015, "actual")]),
    ("Thai exports to Laos climbed to $4 billion in 2019 from $3.6 billion.", D(2020, 3, 1),
     [("exports", "THA", "LAO", 4 * B, "USD", 2019, "actual"), ("exports", "THA", "LAO", 3.6 * B, "USD", 2018, "actual")]),
    ("Ghana's cocoa sales to the Netherlands rose in 2004: exports to the Netherlands reached $900 million, more than twice "
     "the $400 million of 2003. Dutch exports to Ghana, in turn, rose to $300 million from $250 million.", D(2005, 3, 1),
     [("exports", "GHA", "NLD", 900 * M, "USD", 2004, "actual"), ("exports", "GHA", "NLD", 400 * M, "USD", 2003, "actual"),
      ("exports", "NLD", "GHA", 300 * M, "USD", 2004, "actual"), ("exports", "NLD", "GHA", 250 * M, "USD", 2003, "actual")]),
    ("Exports from Chile to India jumped to $3 billion in 2021, double the previous year's $1.5 billion.", D(2022, 3, 1),
     [("exports", "CHL", "IND", 3 * B, "USD", 2021, "actual"), ("exports", "CHL", "IND", 1.5 * B, "USD", 2020, "actual")]),
    # negative: a base with its own year keeps it
    ("Peru's exports to Japan rose to $2 billion in 2022 from $1.7 billion in 2020.", D(2023, 3, 1),
     [("exports", "PER", "JPN", 2 * B, "USD", 2022, "actual"), ("exports", "PER", "JPN", 1.7 * B, "USD", 2020, "actual")]),
])
def test__period__base_of_a_change_and_a_multiples_yardstick(extractor, text, pub, expected):
    assert run(extractor, text, pub) == norm(expected)


# -- period: "; a year later ..." leads its own clause; "more than in 2022" is a yardstick ---------------------------------
@pytest.mark.parametrize(("text", "pub", "expected"), [
    ("Trade between Iran and Iraq hit $12 billion in 2019; a year later it slipped to $9 billion.", D(2021, 3, 1),
     [("trade", "IRN", "IRQ", 12 * B, "USD", 2019, "actual"), ("trade", "IRN", "IRQ", 9 * B, "USD", 2020, "actual")]),
    ("Trade between Chile and Korea came to $9 billion in 2018; two years later turnover fell to about $8 billion.",
     D(2021, 3, 1), [("trade", "CHL", "KOR", 9 * B, "USD", 2018, "actual"), ("trade", "CHL", "KOR", 8 * B, "USD", 2020, "actual")]),
    ("Last year the two countries' trade reached $30 billion, 8 percent more than in 2022, Mexico and Canada said.",
     D(2024, 3, 1), [("trade", "CAN", "MEX", 30 * B, "USD", 2023, "actual")]),
    ("Last year Indonesia's exports to India rose to $25 billion, 10 percent higher than in 2021.", D(2023, 3, 1),
     [("exports", "IDN", "IND", 25 * B, "USD", 2022, "actual")]),
    # negative: a lead with its own date keeps that date
    ("Trade between Iran and Iraq hit $12 billion in 2019; a year later, in 2021, it was $9 billion.", D(2022, 3, 1),
     [("trade", "IRN", "IRQ", 12 * B, "USD", 2019, "actual"), ("trade", "IRN", "IRQ", 9 * B, "USD", 2021, "actual")]),
])
def test__period__clause_lead_and_yardstick_year(extractor, text, pub, expected):
    assert run(extractor, text, pub) == norm(expected)


# -- metric: ", of which <country> exports ... accounted for $Y": the later amount's head -----------------------------------
@pytest.mark.parametrize(("text", "pub", "expected"), [
    ("France is Morocco's largest trading partner: trade between the two countries amounted to some 14 billion euros in "
     "2021, of which Moroccan exports, mainly cars, accounted for 6 billion euros.", D(2022, 3, 1),
     [("trade", "FRA", "MAR", 14 * B, "EUR", 2021, "actual"), ("exports", "MAR", "FRA", 6 * B, "EUR", 2021, "actual")]),
    ("Korea is among Chile's top trading partners: trade between the two countries amounted to some 3.5 billion "
     "dollars in 2019, of which Chilean exports, mostly copper, accounted for $2.9 billion.", D(2020, 3, 1),
     [("trade", "CHL", "KOR", 3.5 * B, "USD", 2019, "actual"), ("exports", "CHL", "KOR", 2.9 * B, "USD", 2019, "actual")]),
    ("China is Brazil's largest trading partner: trade between the two countries amounted to some $11 billion in 2018, "
     "of which Brazilian exports, chiefly iron ore, accounted for $5 billion.", D(2019, 3, 1),
     [("trade", "BRA", "CHN", 11 * B, "USD", 2018, "actual"), ("exports", "BRA", "CHN", 5 * B, "USD", 2018, "actual")]),
    # negative: a composition with no amount of its own leaves the metric alone
    ("Trade between Spain and Morocco reached 22 billion euros in 2021, of which most was fuel.", D(2022, 3, 1),
     [("trade", "ESP", "MAR", 22 * B, "EUR", 2021, "actual")]),
])
def test__metric__of_which_heads_the_later_amount(extractor, text, pub, expected):
    assert run(extractor, text, pub) == norm(expected)


# -- period: "11% more than a year earlier" after an amount is a growth rate's yardstick, not the amount's year ---------------
@pytest.mark.parametrize(("text", "pub", "expected"), [
    ("Trade between Turkey and Iran rose to $6 billion last year. In January-May the two countries traded goods worth "
     "$2.5 billion, 8% more than a year earlier.", D(2023, 7, 10),
     [("trade", "IRN", "TUR", 6 * B, "USD", 2022, "actual"), ("trade", "IRN", "TUR", 2.5 * B, "USD", 2023, "actual")]),
    ("Vietnam's exports to Laos reached $600 million in 2021. In January-March, Vietnam's exports to Laos came to "
     "$200 million, 5% up on a year earlier.", D(2022, 5, 2),
     [("exports", "VNM", "LAO", 600 * M, "USD", 2021, "actual"), ("exports", "VNM", "LAO", 200 * M, "USD", 2022, "actual")]),
    ("Poland's imports from Norway hit 5 billion euros in 2021. In March–September, Poland's imports from Norway were 3 "
     "billion euros, 4% more than a year earlier.", D(2022, 11, 1),
     [("imports", "POL", "NOR", 5 * B, "EUR", 2021, "actual"), ("imports", "POL", "NOR", 3 * B, "EUR", 2022, "actual")]),
    # negative: a base "from $Y a year earlier" is the year before
    ("Trade between Turkey and Iran came to $2 billion in 2021, up from $1.5 billion a year earlier.", D(2023, 7, 10),
     [("trade", "IRN", "TUR", 2 * B, "USD", 2021, "actual"), ("trade", "IRN", "TUR", 1.5 * B, "USD", 2020, "actual")]),
])
def test__period__growth_rate_yardstick_is_not_the_period(extractor, text, pub, expected):
    assert run(extractor, text, pub) == norm(expected)


# -- value: "riyals", "pesos", "dinars", "shillings": the currency of the article's country ---------------------------------
@pytest.mark.parametrize(("text", "pub", "expected"), [
    ("RIYADH -- Saudi Arabia's trade with India totalled 190 billion riyals in 2022.", D(2023, 3, 1),
     [("trade", "IND", "SAU", 190 * B, "SAR", 2022, "actual")]),
    ("Kuwait's imports from Japan rose to 1.2 billion dinars in 2019.", D(2020, 3, 1),
     [("imports", "KWT", "JPN", 1.2 * B, "KWD", 2019, "actual")]),
    ("Mexico's exports to Canada reached 500 billion pesos in 2021.", D(2022, 3, 1),
     [("exports", "MEX", "CAN", 500 * B, "MXN", 2021, "actual")]),
    ("Uganda's imports from Kenya came to 3 trillion shillings in 2020.", D(2021, 3, 1),
     [("imports", "UGA", "KEN", 3 * B * 1000, "UGX", 2020, "actual")]),
    # negative: with no country that uses the name, no amount (never dollars)
    ("Trade between Peru and Japan rose to 4 billion pesos in 2021.", D(2022, 3, 1), []),
])
def test__value__ambiguous_currency_name(extractor, text, pub, expected):
    assert run(extractor, text, pub) == norm(expected)


# -- qualifier: "stands at $X and is moving towards the goal of $Y"; "on course for" ------------------------------------------
@pytest.mark.parametrize(("text", "pub", "expected"), [
    ("Trade between India and Russia stands at $65 billion and is heading for the target of $100 billion.", D(2024, 3, 1),
     [("trade", "IND", "RUS", 65 * B, "USD", None, "actual"), ("trade", "IND", "RUS", 100 * B, "USD", None, "target")]),
    ("Trade between Egypt and China currently stands at $15 billion and is moving towards the goal of $20 billion.", D(2023, 3, 1),
     [("trade", "CHN", "EGY", 15 * B, "USD", None, "actual"), ("trade", "CHN", "EGY", 20 * B, "USD", None, "target")]),
    ("Exports from Vietnam to Japan are on track for $25 billion this year.", D(2024, 6, 1),
     [("exports", "VNM", "JPN", 25 * B, "USD", 2024, "forecast")]),
    ("Kenya and Ethiopia are on course for record trade of $900 million this year.", D(2023, 6, 1),
     [("trade", "ETH", "KEN", 900 * M, "USD", 2023, "forecast")]),
    # negative: an amount already reached stays actual
    ("Trade between Chile and Peru reached $5 billion in 2022.", D(2023, 3, 1),
     [("trade", "CHL", "PER", 5 * B, "USD", 2022, "actual")]),
])
def test__qualifier__second_predicate_and_on_course(extractor, text, pub, expected):
    assert run(extractor, text, pub) == norm(expected)


# -- "the 2021 figure", "Of the total,", "on preliminary data": the story's amount ------------------------------------------
@pytest.mark.parametrize(("text", "pub", "expected"), [
    ("Trade between Chile and Peru rose to $5 billion in 2022. In March, based on provisional figures, the ministry had "
     "put the 2021 figure at $4.1 billion.", D(2023, 3, 1),
     [("trade", "CHL", "PER", 5 * B, "USD", 2022, "actual"), ("trade", "CHL", "PER", 4.1 * B, "USD", 2021, "estimate")]),
    ("Trade between Ghana and Nigeria reached $1.2 billion in 2020. The 2019 figure had been $1.4 billion.", D(2021, 3, 1),
     [("trade", "GHA", "NGA", 1.2 * B, "USD", 2020, "actual"), ("trade", "GHA", "NGA", 1.4 * B, "USD", 2019, "actual")]),
    ("Japan pledged $2 billion in aid to Kenya. Of the total, $500 million went to roads.", D(2022, 3, 1),
     [("aid", "JPN", "KEN", 2 * B, "USD", None, "forecast"), ("aid", "JPN", "KEN", 500 * M, "USD", None, "actual")]),
    # negative: "the 2021 figure" with no money story before is no figure
    ("The 2021 figure of 40 million visitors was a record, Peru said.", D(2022, 3, 1), []),
])
def test__metric__the_years_figure_and_part_of_the_total(extractor, text, pub, expected):
    assert run(extractor, text, pub) == norm(expected)


# -- period: a present-tense stock in a clause of its own; a growth rate's "a year earlier" ---------------------------------
@pytest.mark.parametrize(("text", "pub", "expected"), [
    ("Japan's exports to Chile rose to $2 billion in 2022; its investment in Chile stands at $8 billion.", D(2023, 3, 1),
     [("exports", "JPN", "CHL", 2 * B, "USD", 2022, "actual"), ("investment", "JPN", "CHL", 8 * B, "USD", None, "actual")]),
    ("Korea's exports to Vietnam hit $61 billion in 2022; Korean investment in Vietnam adds up to more than $80 billion.",
     D(2023, 3, 1),
     [("exports", "KOR", "VNM", 61 * B, "USD", 2022, "actual"), ("investment", "KOR", "VNM", 80 * B, "USD", None, "actual")]),
    ("Trade between Russia and Iran rose to $5 billion last year. In January-June the two countries traded goods worth "
     "$3 billion, 11% more than a year earlier.", D(2023, 8, 1),
     [("trade", "IRN", "RUS", 5 * B, "USD", 2022, "actual"), ("trade", "IRN", "RUS", 3 * B, "USD", 2023, "actual")]),
    # negative: a stock with a year of its own keeps it; a base "a year earlier" is the year before
    ("Japan's exports to Chile rose to $2 billion in 2022; its investment in Chile stood at $8 billion in 2021.",
     D(2023, 3, 1),
     [("exports", "JPN", "CHL", 2 * B, "USD", 2022, "actual"), ("investment", "JPN", "CHL", 8 * B, "USD", 2021, "actual")]),
    ("Exports from Peru to China rose to $20 billion in 2022 from $18 billion a year earlier.", D(2023, 3, 1),
     [("exports", "PER", "CHN", 20 * B, "USD", 2022, "actual"), ("exports", "PER", "CHN", 18 * B, "USD", 2021, "actual")]),
])
def test__period__present_stock_and_growth_yardstick(extractor, text, pub, expected):
    assert run(extractor, text, pub) == norm(expected)


# -- parties: a bare pledge after a fellow donor's clause names no recipient; a "foreign direct investment deal" is bilateral --
@pytest.mark.parametrize(("text", "pub", "expected"), [
    ("France doubled its contribution to the fund, and Canada promised $40 million.", D(2023, 3, 1), []),
    ("Britain gave $20 million to the Global Fund, and Japan pledged $50 million.", D(2022, 3, 1), []),
    ("Norway raised its contribution to the facility, and Germany had earlier promised 100 million euros.", D(2021, 3, 1), []),
    ("Qatar and Egypt on Monday signed a foreign direct investment deal worth $5 billion.", D(2024, 3, 1),
     [("investment", "QAT", "EGY", 5 * B, "USD", None, "actual")]),
    ("Saudi Arabia signed a foreign direct investment agreement with Pakistan worth $10 billion on Tuesday.", D(2024, 3, 1),
     [("investment", "SAU", "PAK", 10 * B, "USD", None, "actual")]),
    ("The UAE signed the largest foreign direct investment deal in Turkey's history: $8 billion from Abu Dhabi.",
     D(2024, 3, 1), [("investment", "ARE", "TUR", 8 * B, "USD", None, "actual")]),
    # negative: a pledge with its recipient keeps it; foreign investment with no partner stays out
    ("After the floods, Japan pledged $50 million to Kenya.", D(2022, 3, 1),
     [("aid", "JPN", "KEN", 50 * M, "USD", None, "forecast")]),
    ("Egypt attracted foreign direct investment of $10 billion in 2023.", D(2024, 3, 1), []),
])
def test__parties__fellow_donor_and_investment_deal(extractor, text, pub, expected):
    assert run(extractor, text, pub) == norm(expected)


# -- parties: "$X from Riyadh" names the source; "Of the total, $Y ..." is a part of the sum before, between the same two ---
@pytest.mark.parametrize(("text", "pub", "expected"), [
    ("Egypt and Saudi Arabia signed an investment deal: $5 billion from Riyadh to build a city.", D(2024, 3, 1),
     [("investment", "SAU", "EGY", 5 * B, "USD", None, "actual")]),
    ("Kenya and Japan signed a deal: $300 million in aid from Japan for roads.", D(2024, 3, 1),
     [("aid", "JPN", "KEN", 300 * M, "USD", None, "actual")]),
    ("Oman and India signed an investment agreement under which $2 billion from India will fund a port.", D(2024, 3, 1),
     [("investment", "IND", "OMN", 2 * B, "USD", None, "forecast")]),
    ("Qatar and Turkey signed an investment deal worth $10 billion. Of the total, $4 billion pays for ports at Izmir, and "
     "$6 billion of Qatari deposits will be converted into investment in energy.", D(2024, 3, 1),
     [("investment", "QAT", "TUR", 10 * B, "USD", None, "actual"), ("investment", "QAT", "TUR", 4 * B, "USD", None, "actual"),
      ("investment", "QAT", "TUR", 6 * B, "USD", None, "forecast")]),
    ("Kuwait and Jordan signed an investment deal worth $3 billion. Of the total, $1 billion pays for land at Aqaba, and "
     "$2 billion of Kuwaiti deposits will be turned into investment in housing.", D(2024, 3, 1),
     [("investment", "KWT", "JOR", 3 * B, "USD", None, "actual"), ("investment", "KWT", "JOR", 1 * B, "USD", None, "actual"),
      ("investment", "KWT", "JOR", 2 * B, "USD", None, "forecast")]),
    # negative: a change's base "from $1 billion" is no source; "Of the total" with no sum before names nobody
    ("Japan's investment in Peru rose to $2 billion in 2022 from $1 billion in 2021.", D(2023, 3, 1),
     [("investment", "JPN", "PER", 2 * B, "USD", 2022, "actual"), ("investment", "JPN", "PER", 1 * B, "USD", 2021, "actual")]),
    ("Of the total, $2 billion was spent at home, the ministry said.", D(2023, 3, 1), []),
])
def test__parties__source_after_the_amount_and_part_of_the_total(extractor, text, pub, expected):
    assert run(extractor, text, pub) == norm(expected)
