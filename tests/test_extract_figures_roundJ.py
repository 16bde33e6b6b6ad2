"""Money figures, round J: general mechanisms behind blind26's misses (spelled-out numbers, periods of a change's two
ends, world currencies, flows named by a verb of selling or buying, consequences after an amount, "Recently"
sentences); each with three own-words paraphrases and a negative."""
from __future__ import annotations

import datetime as dt

import pytest

from newslens.extract import ArticleInput
from tests import figure_cases
from tests.figure_cases import B, M  # noqa: F401

D = dt.date


def run(extractor, text, pub=D(2024, 2, 1)):
    return figure_cases.run(extractor, text, pub)


norm = figure_cases.norm


# -- value: a spelled-out number before a scale word -----------------------------------------------------------------------
@pytest.mark.parametrize(("text", "pub", "expected"), [
    ("Two-way trade between Chile and Japan came to some sixteen billion dollars last year.", D(2023, 3, 1),
     [("trade", "CHL", "JPN", 16 * B, "USD", 2022, "actual")]),
    ("Trade between Brazil and India reached twenty-five billion dollars in 2022.", D(2023, 3, 1),
     [("trade", "BRA", "IND", 25 * B, "USD", 2022, "actual")]),
    ("Peru's exports to Canada rose to forty two million dollars in 2019.", D(2020, 3, 1),
     [("exports", "PER", "CAN", 42 * M, "USD", 2019, "actual")]),
    ("Turkey's imports from Italy came to eighteen billion euros in 2021.", D(2022, 3, 1),
     [("imports", "TUR", "ITA", 18 * B, "EUR", 2021, "actual")]),
    ("Vietnam's exports to the U.S. were worth nearly a hundred billion dollars in 2023.", D(2024, 3, 1),
     [("exports", "VNM", "USA", 100 * B, "USD", 2023, "actual")]),
    ("Japan gave Laos two hundred million dollars in aid in 2023.", D(2024, 3, 1),
     [("aid", "JPN", "LAO", 200 * M, "USD", 2023, "actual")]),
    # negative: a spelled-out count of people is no amount
    ("Trade between Brazil and India matters to some fourteen million people in 2022.", D(2023, 3, 1), []),
    ("He said a billion people watched Peru play Chile in 2023.", D(2024, 3, 1), []),
])
def test__value__spelled_out_number(extractor, text, pub, expected):
    assert run(extractor, text, pub) == norm(expected)


# -- value: world currencies (codes, symbols and names) ----------------------------------------------------------------------
@pytest.mark.parametrize(("text", "pub", "expected"), [
    ("Exports from Malaysia to Japan made up RM61.2 billion in 2023, the trade ministry said.", D(2024, 3, 1),
     [("exports", "MYS", "JPN", 61.2 * B, "MYR", 2023, "actual")]),
    ("Nigeria's imports from China reached 3.2 trillion naira in 2023.", D(2024, 3, 1),
     [("imports", "NGA", "CHN", 3.2 * B * 1000, "NGN", 2023, "actual")]),
    ("Trade between Indonesia and Japan was worth Rp 450 trillion in 2022.", D(2023, 3, 1),
     [("trade", "IDN", "JPN", 450 * B * 1000, "IDR", 2022, "actual")]),
    ("Kazakhstan's exports to Turkey rose to 980 billion tenge last year.", D(2024, 3, 1),
     [("exports", "KAZ", "TUR", 980 * B, "KZT", 2023, "actual")]),
    ("Poland's imports from Ukraine climbed to PLN 21 billion in 2022.", D(2023, 3, 1),
     [("imports", "POL", "UKR", 21 * B, "PLN", 2022, "actual")]),
    # negative: a domestic budget in naira names no partner; a capitalised name after "dong" is no currency
    ("Nigeria's 2024 budget is 28.7 trillion naira, the finance minister said.", D(2024, 3, 1), []),
])
def test__value__world_currencies(extractor, text, pub, expected):
    assert run(extractor, text, pub) == norm(expected)


# -- period: news of late ("Recently", "Lately", "In recent months") does not take the period of the sentence before ------
@pytest.mark.parametrize(("text", "pub", "expected"), [
    ("Trade between Chile and Peru rose to $5 billion in 2022. Recently, Chile's exports to Peru reached $3 billion, "
     "officials said.", D(2023, 3, 1),
     [("trade", "CHL", "PER", 5 * B, "USD", 2022, "actual"), ("exports", "CHL", "PER", 3 * B, "USD", None, "actual")]),
    ("Egypt's imports from India were $4.1 billion last year. Lately Egypt's imports from India have run at $600 million.",
     D(2024, 3, 1),
     [("imports", "EGY", "IND", 4.1 * B, "USD", 2023, "actual"), ("imports", "EGY", "IND", 600 * M, "USD", None, "actual")]),
    ("Trade between Spain and Morocco reached 20 billion euros in 2021. In recent months Spanish investment in Morocco "
     "has reached 1.5 billion euros.", D(2022, 6, 1),
     [("trade", "ESP", "MAR", 20 * B, "EUR", 2021, "actual"), ("investment", "ESP", "MAR", 1.5 * B, "EUR", None, "actual")]),
    # negative: a sentence without such a word keeps the period carried from the one before
    ("Trade between Chile and Peru rose to $5 billion in 2022. Chile's exports to Peru reached $3 billion.", D(2023, 3, 1),
     [("trade", "CHL", "PER", 5 * B, "USD", 2022, "actual"), ("exports", "CHL", "PER", 3 * B, "USD", 2022, "actual")]),
])
def test__period__recent_news_takes_no_carried_period(extractor, text, pub, expected):
    assert run(extractor, text, pub) == norm(expected)


# -- metric: a dateline's dash joins no name ("LIMA -- Trade between ..." is no "Lima Trade" body) ---------------------------
@pytest.mark.parametrize(("text", "pub", "expected"), [
    ("LIMA -- Trade between Peru and Chile reached $7.2 billion in 2022, the central bank said.", D(2023, 3, 1),
     [("trade", "CHL", "PER", 7.2 * B, "USD", 2022, "actual")]),
    ("NAIROBI -- Aid from Japan to Kenya rose to $1.1 billion last year.", D(2023, 3, 1),
     [("aid", "JPN", "KEN", 1.1 * B, "USD", 2022, "actual")]),
    ("CAIRO - Investment by Saudi Arabia in Egypt reached $32 billion in 2022.", D(2023, 3, 1),
     [("investment", "SAU", "EGY", 32 * B, "USD", 2022, "actual")]),
    # negative: a metric word inside a body's name names no money
    ("Peru's debt to the Global Trade Fund reached $7.2 billion in 2022, the Chile office said.", D(2023, 3, 1), []),
])
def test__metric__dateline_dash_joins_no_name(extractor, text, pub, expected):
    assert run(extractor, text, pub) == norm(expected)


# -- period: "from $X a year earlier" in a sentence without a year: a year before the period carried from the lead ----------
@pytest.mark.parametrize(("text", "pub", "expected"), [
    ("Trade between Chile and Peru rose to $5 billion in 2020. Chile's exports to Peru rose to $3 billion from $2 billion "
     "a year earlier.", D(2023, 3, 1),
     [("trade", "CHL", "PER", 5 * B, "USD", 2020, "actual"), ("exports", "CHL", "PER", 3 * B, "USD", 2020, "actual"),
      ("exports", "CHL", "PER", 2 * B, "USD", 2019, "actual")]),
    ("Egypt's trade with India hit $6 billion in 2019. Egypt's imports from India grew to $4 billion, up from $3.5 billion "
     "the previous year.", D(2021, 3, 1),
     [("trade", "EGY", "IND", 6 * B, "USD", 2019, "actual"), ("imports", "EGY", "IND", 4 * B, "USD", 2019, "actual"),
      ("imports", "EGY", "IND", 3.5 * B, "USD", 2018, "actual")]),
    ("Trade between Ghana and China rose to $11 billion in 2021. Ghana's exports to China slipped to $2 billion from "
     "$2.4 billion a year before.", D(2023, 3, 1),
     [("trade", "CHN", "GHA", 11 * B, "USD", 2021, "actual"), ("exports", "GHA", "CHN", 2 * B, "USD", 2021, "actual"),
      ("exports", "GHA", "CHN", 2.4 * B, "USD", 2020, "actual")]),
    # negative: a year in the sentence itself still counts first
    ("Trade between Chile and Peru rose to $5 billion in 2020. Chile's exports to Peru rose to $3 billion in 2022 from "
     "$2 billion a year earlier.", D(2023, 3, 1),
     [("trade", "CHL", "PER", 5 * B, "USD", 2020, "actual"), ("exports", "CHL", "PER", 3 * B, "USD", 2022, "actual"),
      ("exports", "CHL", "PER", 2 * B, "USD", 2021, "actual")]),
])
def test__period__year_earlier_than_the_carried_year(extractor, text, pub, expected):
    assert run(extractor, text, pub) == norm(expected)


# -- metric: a flow told by a verb in -ing ("while selling $X to Y", "exporting", "buying") -------------------------------
@pytest.mark.parametrize(("text", "pub", "expected"), [
    ("In 2022 Chile imported $3 billion worth of Japanese goods, while selling $4 billion to Japan.", D(2023, 3, 1),
     [("imports", "CHL", "JPN", 3 * B, "USD", 2022, "actual"), ("exports", "CHL", "JPN", 4 * B, "USD", 2022, "actual")]),
    ("Last year Egypt bought 2.1 billion euros of Italian machinery, while selling 1.4 billion euros to Italy.",
     D(2024, 3, 1),
     [("imports", "EGY", "ITA", 2.1 * B, "EUR", 2023, "actual"), ("exports", "EGY", "ITA", 1.4 * B, "EUR", 2023, "actual")]),
    ("In 2021 Ghana imported $2 billion of Chinese goods, while exporting $1.5 billion to China.", D(2022, 3, 1),
     [("imports", "GHA", "CHN", 2 * B, "USD", 2021, "actual"), ("exports", "GHA", "CHN", 1.5 * B, "USD", 2021, "actual")]),
    # negative: selling a company is no export
    ("In 2022 a Chilean fund was selling its $4 billion stake in a Japanese bank, the fund's revenue said.", D(2023, 3, 1),
     []),
])
def test__metric__flow_verb_in_ing(extractor, text, pub, expected):
    assert run(extractor, text, pub) == norm(expected)


# -- parties: "<demonym> goods bought by <country>" (a flow's agent after a participle and "by") -----------------------------
@pytest.mark.parametrize(("text", "pub", "expected"), [
    ("Hungarian goods bought by Korea came to a modest $829 million in 2023.", D(2024, 3, 1),
     [("imports", "KOR", "HUN", 829 * M, "USD", 2023, "actual")]),
    ("Chilean copper bought by Japan came to $2.1 billion in 2022.", D(2023, 3, 1),
     [("imports", "JPN", "CHL", 2.1 * B, "USD", 2022, "actual")]),
    ("Turkish goods purchased by Iraq reached $13 billion last year.", D(2024, 3, 1),
     [("imports", "IRQ", "TUR", 13 * B, "USD", 2023, "actual")]),
    ("Goods exported by Vietnam to Laos were worth $1.2 billion in 2022.", D(2023, 3, 1),
     [("exports", "VNM", "LAO", 1.2 * B, "USD", 2022, "actual")]),
    # negative: a company after "by" is no country
    ("Korean cars sold by Hyundai in India came to $3 billion in 2023.", D(2024, 3, 1), []),
])
def test__parties__goods_bought_by_a_country(extractor, text, pub, expected):
    assert run(extractor, text, pub) == norm(expected)


# -- not a figure: the whole after a share in percent ("took 65% of X's exports, which earned $2.3 billion") ---------------
@pytest.mark.parametrize(("text", "pub", "expected"), [
    ("China also took about 65% of Vietnam's fruit and vegetable exports, which earned US$2.3 billion in total.",
     D(2023, 9, 1), []),
    ("Japan bought 40 percent of Chile's copper exports, worth $9 billion in 2022.", D(2023, 3, 1), []),
    ("India took 30% of Iraq's oil exports, which were valued at about $25 billion last year.", D(2023, 3, 1), []),
    # negative: a change in percent is no share
    ("Japan's exports to Chile rose 40 percent to $9 billion in 2022.", D(2023, 3, 1),
     [("exports", "JPN", "CHL", 9 * B, "USD", 2022, "actual")]),
])
def test__not_a_figure__whole_after_a_share(extractor, text, pub, expected):
    assert run(extractor, text, pub) == norm(expected)


# -- metric: a consequence after the amount (", widening X's surplus", ", leaving X with a deficit") names no metric --------
@pytest.mark.parametrize(("text", "pub", "expected"), [
    ("Peru's imports from China rose to $12 billion in 2022, leaving Peru with a trade deficit with China.", D(2023, 3, 1),
     [("imports", "PER", "CHN", 12 * B, "USD", 2022, "actual")]),
    ("Chile's exports to India fell to $1.1 billion in 2021, narrowing its surplus with India.", D(2022, 3, 1),
     [("exports", "CHL", "IND", 1.1 * B, "USD", 2021, "actual")]),
    ("Japan's imports from Vietnam slipped to $3 billion in 2022, swelling Japan's surplus with Vietnam.", D(2023, 3, 1),
     [("imports", "JPN", "VNM", 3 * B, "USD", 2022, "actual")]),
    ("Shipments from Nigeria to India fell to $9 billion last year, creating a trade deficit for Nigeria.", D(2023, 3, 1),
     [("exports", "NGA", "IND", 9 * B, "USD", 2022, "actual")]),
    # negative: the balance itself, with a consequence after it
    ("Mexico's surplus with the United States widened to $150 billion in 2022, giving Mexico leverage.", D(2023, 3, 1),
     [("other", "MEX", "USA", 150 * B, "USD", 2022, "actual")]),
])
def test__metric__consequence_after_the_amount(extractor, text, pub, expected):
    assert run(extractor, text, pub) == norm(expected)


# -- period: the past day or month of an aid pledge is when it was pledged, not a period the money covers ------------------
@pytest.mark.parametrize(("text", "pub", "expected"), [
    ("Seoul promised Moscow $3 billion in economic aid in January.", D(1991, 4, 20),
     [("aid", "KOR", "RUS", 3 * B, "USD", None, "forecast")]),
    ("Tokyo pledged Manila 50 billion yen in development aid on Tuesday.", D(2023, 3, 1),
     [("aid", "JPN", "PHL", 50 * B, "JPY", None, "forecast")]),
    ("China pledged $50 million in aid to Nepal in March.", D(2016, 5, 1),
     [("aid", "CHN", "NPL", 50 * M, "USD", None, "forecast")]),
    # negative: aid given in a year covers that year; a pledge for a coming year keeps it
    ("Japan gave Kenya $2 billion in aid last year.", D(2016, 5, 1),
     [("aid", "JPN", "KEN", 2 * B, "USD", 2015, "actual")]),
    ("Seoul promised Moscow $3 billion in economic aid for 1992.", D(1991, 4, 20),
     [("aid", "KOR", "RUS", 3 * B, "USD", 1992, "forecast")]),
])
def test__period__date_of_an_aid_pledge(extractor, text, pub, expected):
    assert run(extractor, text, pub) == norm(expected)


# -- parties: a transit country ("routed through Hong Kong", "via Oman") is no side of the money ---------------------------
@pytest.mark.parametrize(("text", "pub", "expected"), [
    ("Iran and the United Arab Emirates signed a customs pact on Monday. Trade between the two countries, much of it "
     "routed via Oman, reached $20 billion in 2021.", D(2023, 8, 1),
     [("trade", "ARE", "IRN", 20 * B, "USD", 2021, "actual")]),
    ("Chile and Argentina opened a new border crossing on Friday. Bilateral trade, some of it passing through Bolivia, "
     "came to $7 billion in 2022.", D(2023, 8, 1),
     [("trade", "ARG", "CHL", 7 * B, "USD", 2022, "actual")]),
    ("Pakistan and Uzbekistan agreed on a rail link. Trade between the two sides, most of it moving through Afghanistan, "
     "was $400 million last year.", D(2023, 8, 1),
     [("trade", "PAK", "UZB", 400 * M, "USD", 2022, "actual")]),
    # negative: a partner after "to" stays one, whatever goes through a body
    ("Japan's aid to Yemen, paid through the United Nations, reached $50 million in 2022.", D(2023, 8, 1),
     [("aid", "JPN", "YEM", 50 * M, "USD", 2022, "actual")]),
])
def test__parties__transit_country_is_no_party(extractor, text, pub, expected):
    assert run(extractor, text, pub) == norm(expected)


# -- qualifier: a passive "was put at" with no counting body is a reckoning ---------------------------------------------------
@pytest.mark.parametrize(("text", "pub", "expected"), [
    ("Russia's trade with South Korea was put at between $1.2 billion and $1.3 billion last year.", D(1992, 3, 10),
     [("trade", "KOR", "RUS", 1.25 * B, "USD", 1991, "estimate")]),
    ("Japan's investment in Vietnam is put at about $70 billion.", D(2023, 3, 1),
     [("investment", "JPN", "VNM", 70 * B, "USD", None, "estimate")]),
    ("Trade between Chile and Peru was put at $5 billion in 1990.", D(1991, 3, 1),
     [("trade", "CHL", "PER", 5 * B, "USD", 1990, "estimate")]),
    # negative: a body that counted puts the sum at a figure it read
    ("Korean customs data put trade between Chile and Korea at $4.41 billion last year.", D(1992, 3, 10),
     [("trade", "CHL", "KOR", 4.41 * B, "USD", 1991, "actual")]),
])
def test__qualifier__passive_put_at_is_an_estimate(extractor, text, pub, expected):
    assert run(extractor, text, pub) == norm(expected)


# -- qualifier: "pledged to lift trade from $X in <year> to $Y by <year>": a goal, its dated base is what is -----------------
@pytest.mark.parametrize(("text", "pub", "expected"), [
    ("When they met in May, the two presidents pledged to lift trade between Kazakhstan and China from just over "
     "$31 billion in 2022 to $40 billion by 2030.", D(2024, 3, 1),
     [("trade", "CHN", "KAZ", 31 * B, "USD", 2022, "actual"), ("trade", "CHN", "KAZ", 40 * B, "USD", 2030, "target")]),
    ("Egypt and Turkey want to raise trade from $7 billion in 2023 to $15 billion by 2028.", D(2024, 3, 1),
     [("trade", "EGY", "TUR", 7 * B, "USD", 2023, "actual"), ("trade", "EGY", "TUR", 15 * B, "USD", 2028, "target")]),
    ("Kenya aims to lift its exports to China from $200 million last year to $1 billion by 2027.", D(2024, 3, 1),
     [("exports", "KEN", "CHN", 200 * M, "USD", 2023, "actual"), ("exports", "KEN", "CHN", 1 * B, "USD", 2027, "target")]),
    ("Peru and Brazil vowed to raise trade from 4 billion dollars in 2021 to 10 billion dollars by 2026.", D(2022, 3, 1),
     [("trade", "BRA", "PER", 4 * B, "USD", 2021, "actual"), ("trade", "BRA", "PER", 10 * B, "USD", 2026, "target")]),
    # negative: a change that happened
    ("Trade between Egypt and Turkey rose from $7 billion in 2022 to $9 billion in 2023.", D(2024, 3, 1),
     [("trade", "EGY", "TUR", 7 * B, "USD", 2022, "actual"), ("trade", "EGY", "TUR", 9 * B, "USD", 2023, "actual")]),
])
def test__qualifier__pledged_goal_from_a_dated_base(extractor, text, pub, expected):
    assert run(extractor, text, pub) == norm(expected)


# -- qualifier: a sum expected "before / ahead of their <year> goal" is the goal's sum -------------------------------------
@pytest.mark.parametrize(("text", "pub", "expected"), [
    ("India and the UAE said on Wednesday they expect two-way trade to hit USD 100 billion before their 2030 goal.",
     D(2024, 2, 14), [("trade", "ARE", "IND", 100 * B, "USD", 2030, "target")]),
    ("Chile and Japan expect trade to reach $20 billion well ahead of their 2028 target.", D(2024, 2, 14),
     [("trade", "CHL", "JPN", 20 * B, "USD", 2028, "target")]),
    ("Egypt's exports to Italy should top 5 billion euros before the 2026 deadline, officials said.", D(2024, 2, 14),
     [("exports", "EGY", "ITA", 5 * B, "EUR", 2026, "target")]),
    # negative: a sum already reached ahead of the goal is what is
    ("Trade between India and the UAE reached $100 billion in 2023, well ahead of their 2030 goal.", D(2024, 2, 14),
     [("trade", "ARE", "IND", 100 * B, "USD", 2023, "actual")]),
])
def test__qualifier__expected_before_the_goal_year(extractor, text, pub, expected):
    assert run(extractor, text, pub) == norm(expected)


# -- metric and period: "<Month>'s figure of $X" goes on with the story's money, for that month; "was the highest for any
# single month" is a record ----------------------------------------------------------------------------------------------
def _month_brief(f):
    return (f["metric"], f["reporter_iso3"], f["partner_iso3"], round(f["value"]), f["period_start"], f["period_end"],
            f["is_record"])


@pytest.mark.parametrize(("text", "pub", "expected"), [
    ("Egypt's exports to Italy reached 5 billion euros in January-October. September's figure of 600 million euros was "
     "the largest for any month.", D(2023, 12, 1),
     [("exports", "EGY", "ITA", 5 * B, D(2023, 1, 1), D(2023, 10, 31), False),
      ("exports", "EGY", "ITA", 600 * M, D(2023, 9, 1), D(2023, 9, 30), True)]),
    ("Turkey's imports from Russia rose to $40 billion in January-November. November's total of $4.1 billion, up 9 "
     "percent, was the highest for any single month.", D(2023, 12, 12),
     [("imports", "TUR", "RUS", 40 * B, D(2023, 1, 1), D(2023, 11, 30), False),
      ("imports", "TUR", "RUS", 4.1 * B, D(2023, 11, 1), D(2023, 11, 30), True)]),
    ("Japan's exports to Mexico came to 1.2 trillion yen in the first half. June's figure of 230 billion yen was the "
     "largest for any month.", D(2024, 7, 20),
     [("exports", "JPN", "MEX", 1.2 * B * 1000, D(2024, 1, 1), D(2024, 6, 30), False),
      ("exports", "JPN", "MEX", 230 * B, D(2024, 6, 1), D(2024, 6, 30), True)]),
    # negative: a month's figure of a count is no money
    ("Egypt's exports to Italy reached 5 billion euros in January-October. September's figure of 600 ships was the "
     "largest for any month.", D(2023, 12, 1),
     [("exports", "EGY", "ITA", 5 * B, D(2023, 1, 1), D(2023, 10, 31), False)]),
])
def test__metric__a_months_figure_goes_on_with_the_story(extractor, text, pub, expected):
    out = extractor.extract(ArticleInput("i5", None, text, pub, None))
    assert [_month_brief(f) for f in out["figures"]] == [(m, r, p, round(v), *rest) for m, r, p, v, *rest in expected]


# -- parties: "the northern neighbour" is the story's other country; "bought $X worth of <demonym> goods" comes from there ---
@pytest.mark.parametrize(("text", "pub", "expected"), [
    ("Vietnam's trade with China rose in 2022. The northern neighbour bought $35.79 billion worth of Vietnamese goods.",
     D(2023, 3, 1), [("imports", "CHN", "VNM", 35.79 * B, "USD", 2022, "actual")]),
    ("Japan's trade with Chile rose in 2022. The South American country bought $3 billion worth of Japanese cars.",
     D(2023, 3, 1), [("imports", "CHL", "JPN", 3 * B, "USD", 2022, "actual")]),
    ("Kenya's trade with Uganda rose in 2022. Its western neighbour bought $800 million worth of Kenyan goods.",
     D(2023, 3, 1), [("imports", "UGA", "KEN", 800 * M, "USD", 2022, "actual")]),
    # negative: a country after "worth of goods" is the buyer, not the origin
    ("Coal features prominently in the $8.54 billion worth of goods Korea bought from Canada in 2022.", D(2023, 3, 1),
     [("imports", "KOR", "CAN", 8.54 * B, "USD", 2022, "actual")]),
])
def test__parties__described_neighbour_buys_demonym_goods(extractor, text, pub, expected):
    assert run(extractor, text, pub) == norm(expected)


# -- record: a peak the story measures against ("below the record of $X", "short of its peak of $X") -----------------------
@pytest.mark.parametrize(("text", "pub", "expected"), [
    ("Trade between Indonesia and South Korea climbed to $25.95 billion in 2022. Indonesian shipments to Korea rose to "
     "$15.74 billion. Even so, the two countries remain below the record of $30.78 billion they reached in 2011.",
     D(2023, 2, 1),
     [("trade", "IDN", "KOR", 25.95 * B, 2022, False), ("exports", "IDN", "KOR", 15.74 * B, 2022, False),
      ("trade", "IDN", "KOR", 30.78 * B, 2011, True)]),
    ("Chile's exports to China rose to $38 billion in 2022. That is still short of their peak of $41 billion in 2021.",
     D(2023, 2, 1),
     [("exports", "CHL", "CHN", 38 * B, 2022, False), ("exports", "CHL", "CHN", 41 * B, 2021, True)]),
    ("Trade between Ghana and India slipped to $4 billion last year. It remains below the record of $5.5 billion set in "
     "2019.", D(2024, 2, 1),
     [("trade", "GHA", "IND", 4 * B, 2023, False), ("trade", "GHA", "IND", 5.5 * B, 2019, True)]),
    # negative: a record of another kind of number
    ("Trade between Ghana and India slipped to $4 billion last year. Ghana's inflation remains below the record of 54 "
     "percent set in 2022.", D(2024, 2, 1), [("trade", "GHA", "IND", 4 * B, 2023, False)]),
])
def test__record__peak_measured_against(extractor, text, pub, expected):
    out = extractor.extract(ArticleInput("i6", None, text, pub, None))
    got = [(f["metric"], *((sorted((f["reporter_iso3"], f["partner_iso3"]))) if f["metric"] == "trade"
                           else (f["reporter_iso3"], f["partner_iso3"])), round(f["value"]),
            f["period_start"].year if f["period_start"] else None, f["is_record"]) for f in out["figures"]]
    assert got == [(m, *(sorted((r, p)) if m == "trade" else (r, p)), round(v), y, rec) for m, r, p, v, y, rec in expected]


# -- parties: "South Africa's" is a country's possessive, not the bloc "Africa's" ----------------------------------------
@pytest.mark.parametrize(("text", "pub", "expected"), [
    ("South Africa's trade with Nigeria came to 90 billion rand in 2022.", D(2023, 6, 1),
     [("trade", "NGA", "ZAF", 90 * B, "ZAR", 2022, "actual")]),
    ("South Africa's imports from Germany rose to 12 billion euros last year.", D(2024, 3, 1),
     [("imports", "ZAF", "DEU", 12 * B, "EUR", 2023, "actual")]),
    ("South Africa's investment in Kenya reached $1.1 billion in 2021.", D(2022, 3, 1),
     [("investment", "ZAF", "KEN", 1.1 * B, "USD", 2021, "actual")]),
    # negative: trade with a continent is no bilateral figure
    ("China's trade with Africa came to $280 billion in 2022.", D(2023, 6, 1), []),
])
def test__parties__south_africa_is_no_bloc(extractor, text, pub, expected):
    assert run(extractor, text, pub) == norm(expected)


def test__metric__selling_out_is_no_sale(extractor):
    """negative of the -ing flow verbs: "selling out the interests of the nation" (an idiom) sells nothing abroad"""
    text = ("He put up the watchwords 'no nukes, opening and 3000 dollars' under the patronage of the U.S., selling out "
            "the interests of the nation to South Korea.")
    assert run(extractor, text, D(2011, 5, 1)) == []
