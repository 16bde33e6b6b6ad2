"""Money figures, round H: general mechanisms for periods, parties, sums that are no bilateral figure, running totals,
company spending and qualifiers; each with three own-words paraphrases and a negative."""
from __future__ import annotations

import datetime as dt

import pytest

from newslens.extract import ArticleInput
from newslens.schema import conform

D = dt.date


def figures(extractor, text, pub, url=None):
    out = extractor.extract(ArticleInput("h1", None, text, pub, url))
    conform(out["figures"], "figures")
    return out["figures"]


def brief(f):
    """(metric, reporter, partner, value, first year of the period or None, qualifier)"""
    return (f["metric"], f["reporter_iso3"], f["partner_iso3"], round(f["value"]),
            f["period_start"].year if f["period_start"] else None, f["qualifier"])


def run(extractor, text, pub=D(2024, 2, 1)):
    return [brief(f) for f in figures(extractor, text, pub)]


# -- periods -------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    # a lead without an amount dates the story by its own period, not by the year of a since-clause
    ("Peru ran a trade surplus with China last year for the first time since the two signed a free-trade deal in 2009, "
     "customs data showed. Exports to China rose to $28 billion.",
     [("exports", "PER", "CHN", 28_000_000_000, 2023, "actual")]),
    ("Kenya's trade with India grew in 2023, the strongest year since the two countries set up a joint commission in 1981. "
     "Kenyan imports from India reached $3.1 billion.",
     [("imports", "KEN", "IND", 3_100_000_000, 2023, "actual")]),
    ("Ghana's exports to Switzerland rose last year for the first time since gold prices peaked in 2011, data showed. "
     "Shipments to Switzerland came to $4 billion.",
     [("exports", "GHA", "CHE", 4_000_000_000, 2023, "actual")]),
    # negative: the lead's own year stays
    ("Peru's exports to China rose in 2019. Shipments to China came to $13 billion.",
     [("exports", "PER", "CHN", 13_000_000_000, 2019, "actual")]),
])
def test__period__since_clause_year_is_no_story_period(extractor, text, expected):
    assert run(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the period carried to the next sentence is the lead's, not a comparison's
    ("Trade between Chile and Peru fell to $4.1 billion in 2023, down from the record $4.9 billion set a year earlier. "
     "Chilean exports to Peru dropped to $2.6 billion.",
     [("trade", "CHL", "PER", 4_100_000_000, 2023, "actual"), ("trade", "CHL", "PER", 4_900_000_000, 2022, "actual"),
      ("exports", "CHL", "PER", 2_600_000_000, 2023, "actual")]),
    ("Trade between Kenya and Uganda grew to $1.2 billion in 2022 from a revised $0.9 billion the year before. "
     "Kenyan exports to Uganda made up $0.8 billion.",
     [("trade", "KEN", "UGA", 1_200_000_000, 2022, "actual"), ("trade", "KEN", "UGA", 900_000_000, 2021, "actual"),
      ("exports", "KEN", "UGA", 800_000_000, 2022, "actual")]),
    ("Trade between Poland and Ukraine rose to $14 billion in 2023, versus a revised $11 billion in 2022. Polish exports to "
     "Ukraine reached $10 billion.",
     [("trade", "POL", "UKR", 14_000_000_000, 2023, "actual"), ("trade", "POL", "UKR", 11_000_000_000, 2022, "actual"),
      ("exports", "POL", "UKR", 10_000_000_000, 2023, "actual")]),
    # negative: with no comparison, the last period of the lead goes on
    ("Trade between Chile and Peru came to $4.1 billion in 2021. Chilean exports to Peru reached $2.6 billion.",
     [("trade", "CHL", "PER", 4_100_000_000, 2021, "actual"), ("exports", "CHL", "PER", 2_600_000_000, 2021, "actual")]),
])
def test__period__comparison_is_not_carried(extractor, text, expected):
    assert run(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the date right after a base of a change is that base's, not the period of a later clause
    ("Trade between Spain and Morocco reached a record $20 billion last year. Spanish exports to Morocco rose to $12 billion "
     "from $10 billion in 2022, while imports from Morocco edged up to $8 billion.",
     [("trade", "ESP", "MAR", 20_000_000_000, 2023, "actual"), ("exports", "ESP", "MAR", 12_000_000_000, 2023, "actual"),
      ("exports", "ESP", "MAR", 10_000_000_000, 2022, "actual"), ("imports", "ESP", "MAR", 8_000_000_000, 2023, "actual")]),
    ("Egypt's trade with Italy hit $6 billion last year. Egyptian imports from Italy grew to $4 billion, compared with "
     "$3.5 billion in 2022, while exports to Italy slipped to $2 billion.",
     [("trade", "EGY", "ITA", 6_000_000_000, 2023, "actual"), ("imports", "EGY", "ITA", 4_000_000_000, 2023, "actual"),
      ("imports", "EGY", "ITA", 3_500_000_000, 2022, "actual"), ("exports", "EGY", "ITA", 2_000_000_000, 2023, "actual")]),
    ("Malaysia's trade with Japan reached $40 billion last year. Malaysian exports to Japan fell to $18 billion from "
     "$21 billion in 2022, while imports from Japan held at $22 billion.",
     [("trade", "MYS", "JPN", 40_000_000_000, 2023, "actual"), ("exports", "MYS", "JPN", 18_000_000_000, 2023, "actual"),
      ("exports", "MYS", "JPN", 21_000_000_000, 2022, "actual"), ("imports", "MYS", "JPN", 22_000_000_000, 2023, "actual")]),
    # negative: a year of the clause's own ("in 2022, while ...") that is no base's still dates the clause after it
    ("Malaysia's exports to Japan came to $18 billion in 2022, while imports from Japan held at $22 billion.",
     [("exports", "MYS", "JPN", 18_000_000_000, 2022, "actual"), ("imports", "MYS", "JPN", 22_000_000_000, 2022, "actual")]),
])
def test__period__base_date_stays_with_the_base(extractor, text, expected):
    assert run(extractor, text) == expected


@pytest.mark.parametrize(("text", "pub", "expected"), [
    # a goal "over N years" gives no year (figures session 7, fourth round, the lead's convention decision; it was dated
    # by its horizon, counted from when it was set, before)
    ("In 2020 Japan set a goal of $20 billion in investment in Vietnam over five years.", D(2022, 3, 1),
     [("investment", "JPN", "VNM", 20_000_000_000, None, "target")]),
    ("Two years ago Turkey pledged to invest $5 billion in Kenya over a period of 10 years.", D(2023, 5, 1),
     [("investment", "TUR", "KEN", 5_000_000_000, None, "target")]),
    ("Qatar aims to invest $10 billion in Egypt over three years, officials said on Monday.", D(2024, 6, 3),
     [("investment", "QAT", "EGY", 10_000_000_000, None, "target")]),
    # negative: an actual sum "over five years" is no horizon
    ("Japan invested $20 billion in Vietnam over five years, officials said.", D(2024, 6, 3),
     [("investment", "JPN", "VNM", 20_000_000_000, None, "actual")]),
])
def test__period__goal_over_n_years_is_a_horizon(extractor, text, pub, expected):
    assert run(extractor, text, pub) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Turkey's trade with Iraq reached $14 billion in January-October this year.", (D(2023, 1, 1), D(2023, 10, 31))),
    ("Trade between Russia and Mongolia exceeded $1.4 billion in January-July this year.", (D(2023, 1, 1), D(2023, 7, 31))),
    ("India's imports from Russia stood at $40 billion in April-November last year.", (D(2022, 4, 1), D(2022, 11, 30))),
    # negative: one month named with "this year" stays one month
    ("Turkey's trade with Iraq reached $1.4 billion in July this year.", (D(2023, 7, 1), D(2023, 7, 31))),
])
def test__period__month_range_of_a_relative_year(extractor, text, expected):
    (f,) = figures(extractor, text, D(2023, 11, 20))
    assert (f["period_start"], f["period_end"]) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # fiscal years by the reporter's country (data/lexicons/fiscal_years.csv)
    ("U.S. aid to Egypt reached $1.4 billion in FY25.", (D(2024, 10, 1), D(2025, 9, 30))),
    ("India's exports to Nepal rose to $8 billion in fiscal 2024.", (D(2023, 4, 1), D(2024, 3, 31))),
    ("Japan's imports from Qatar came to 2 trillion yen in fiscal 2023.", (D(2023, 4, 1), D(2024, 3, 31))),
    ("Pakistan's imports from China reached $12 billion in 2022-23.", (D(2022, 7, 1), D(2023, 6, 30))),
    # negative: a country not listed: "2024-25" is April-March, "fiscal 2023" the calendar year
    ("Russia's trade with Iran reached $4 billion in 2022-23.", (D(2022, 4, 1), D(2023, 3, 31))),
    ("Russia's trade with Iran reached $4 billion in fiscal 2023.", (D(2023, 1, 1), D(2023, 12, 31))),
])
def test__period__fiscal_year_by_country(extractor, text, expected):
    (f,) = figures(extractor, text, D(2025, 6, 1))
    assert (f["period_start"], f["period_end"]) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a date before the subject of a reported plan dates the saying, not the money
    ("In March, Toyota said it would spend $2 billion on a new plant in Kentucky.",
     [("investment", "JPN", "USA", 2_000_000_000, None, "forecast")]),
    ("Last year, Hyundai said it will invest $1 billion in Indonesia.",
     [("investment", "KOR", "IDN", 1_000_000_000, None, "forecast")]),
    ("In May, Samsung announced it planned to invest $3 billion in Vietnam.",
     [("investment", "KOR", "VNM", 3_000_000_000, None, "forecast")]),
    # negative: a date of the money itself stays
    ("In 2022, Toyota invested $2 billion in Thailand.",
     [("investment", "JPN", "THA", 2_000_000_000, 2022, "actual")]),
])
def test__period__date_of_the_saying(extractor, text, expected):
    assert run(extractor, text) == expected


# -- parties -------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    # a country owning the body that tells the figure is a source when the sentence names the two it is about
    ("Japan's trade agency JETRO estimated that Vietnam's trade with China reached $170 billion in 2023.",
     [("trade", "VNM", "CHN", 170_000_000_000, 2023, "estimate")]),
    ("Germany's statistics office said exports from Poland to France rose to $30 billion last year.",
     [("exports", "POL", "FRA", 30_000_000_000, 2023, "actual")]),
    ("South Korea's central bank data show that investment from China in Laos came to $1.2 billion in 2022.",
     [("investment", "CHN", "LAO", 1_200_000_000, 2022, "actual")]),
    # negative: the body's country is the only possible reporter
    ("Japan's finance ministry said exports to Vietnam rose to $25 billion last year.",
     [("exports", "JPN", "VNM", 25_000_000_000, 2023, "actual")]),
])
def test__parties__body_owner_is_a_source(extractor, text, expected):
    assert run(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "X estimated that ...": the estimate covers the breakdown of its clause; "exports of A and imports of B" are one
    # country's flows
    ("A Seoul think tank estimated that Laos's trade with Vietnam reached $2 billion in 2023, with Lao exports of "
     "$900 million and imports of $1.1 billion.",
     [("trade", "LAO", "VNM", 2_000_000_000, 2023, "estimate"), ("exports", "LAO", "VNM", 900_000_000, 2023, "estimate"),
      ("imports", "LAO", "VNM", 1_100_000_000, 2023, "estimate")]),
    ("Analysts calculated that Cuba's trade with Russia came to $500 million last year, with Cuban imports of $450 "
     "million and exports of $50 million.",
     [("trade", "CUB", "RUS", 500_000_000, 2023, "estimate"), ("imports", "CUB", "RUS", 450_000_000, 2023, "estimate"),
      ("exports", "CUB", "RUS", 50_000_000, 2023, "estimate")]),
    ("The ministry estimates that Bolivia's trade with Brazil hit $3 billion in 2023, with Bolivia's exports of $2 "
     "billion and imports of $1 billion.",
     [("trade", "BOL", "BRA", 3_000_000_000, 2023, "estimate"), ("exports", "BOL", "BRA", 2_000_000_000, 2023, "estimate"),
      ("imports", "BOL", "BRA", 1_000_000_000, 2023, "estimate")]),
    # negative: a clause of its own after "but" is no part of the estimate
    ("Analysts estimated that Cuba's trade with Russia came to $500 million last year, but customs data showed "
     "Cuba's imports from Russia at $450 million.",
     [("trade", "CUB", "RUS", 500_000_000, 2023, "estimate"), ("imports", "CUB", "RUS", 450_000_000, 2023, "actual")]),
])
def test__parties_and_qualifier__reckoned_breakdown(extractor, text, expected):
    assert run(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # two destinations of one country's exports: neither is the other's exporter
    ("SEOUL (wire-style) -- The United States was South Korea's top export market in 2023, trade ministry data showed, as "
     "demand in China weakened. Exports to the United States rose to $115 billion, while exports to China fell to $124 billion.",
     [("exports", "KOR", "USA", 115_000_000_000, 2023, "actual"), ("exports", "KOR", "CHN", 124_000_000_000, 2023, "actual")]),
    ("Germany was Poland's largest export market in 2023 as sales to France rose, data showed. Shipments to Germany "
     "reached $100 billion, while shipments to France came to $25 billion.",
     [("exports", "POL", "DEU", 100_000_000_000, 2023, "actual"), ("exports", "POL", "FRA", 25_000_000_000, 2023, "actual")]),
    ("China overtook Japan as Australia's biggest export market in 2009, and trade with Japan slowed. Exports to China "
     "reached $42 billion, while exports to Japan came to $38 billion.",
     [("exports", "AUS", "CHN", 42_000_000_000, 2009, "actual"), ("exports", "AUS", "JPN", 38_000_000_000, 2009, "actual")]),
    # negative: a partner named alone keeps the story's pair
    ("South Korea's exports rose in 2023. Exports to China came to $124 billion.",
     [("exports", "KOR", "CHN", 124_000_000_000, 2023, "actual")]),
])
def test__parties__destinations_are_no_exporter(extractor, text, expected):
    assert run(extractor, text) == expected


# -- sums that are no bilateral figure -----------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("Vietnam's exports to the United States rose to $97 billion last year, and the overall trade surplus reached $28 billion.",
     [("exports", "VNM", "USA", 97_000_000_000, 2023, "actual")]),
    ("Turkey's imports from Russia hit $45 billion in 2023, while its total exports slipped to $255 billion.",
     [("imports", "TUR", "RUS", 45_000_000_000, 2023, "actual")]),
    ("Kenya's exports to Uganda fell to $800 million last year, and the country's overall trade deficit widened to $11 billion.",
     [("exports", "KEN", "UGA", 800_000_000, 2023, "actual")]),
    # negative: the two countries' total trade is theirs
    ("The two countries' total trade reached $9 billion last year, Kenya and Uganda said.",
     [("trade", "KEN", "UGA", 9_000_000_000, 2023, "actual")]),
])
def test__not_a_figure__one_country_with_the_world(extractor, text, expected):
    assert run(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Trade among the four countries exceeded $300 billion last year, while Japan's trade with Australia came to $60 billion.",
     [("trade", "JPN", "AUS", 60_000_000_000, 2023, "actual")]),
    ("Trilateral trade between China, Japan and South Korea topped $700 billion in 2023.", []),
    ("Three-way trade reached $1.8 trillion last year, and Canada's trade with Mexico hit $56 billion.",
     [("trade", "CAN", "MEX", 56_000_000_000, 2023, "actual")]),
    # negative: "the two countries" is a pair
    ("Trade between the two countries, China and Japan, exceeded $300 billion last year.",
     [("trade", "CHN", "JPN", 300_000_000_000, 2023, "actual")]),
])
def test__not_a_figure__summed_over_three_or_more(extractor, text, expected):
    assert run(extractor, text) == expected


# -- running totals and company spending ---------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("Britain said it would give Ukraine another $500 million in aid, bringing its total pledges to $4 billion.",
     [("aid", "GBR", "UKR", 500_000_000, None, "forecast"), ("aid", "GBR", "UKR", 4_000_000_000, None, "forecast")]),
    ("Toyota will invest $1.5 billion more in its plant in Kentucky, taking the total investment there to $7 billion.",
     [("investment", "JPN", "USA", 1_500_000_000, None, "forecast"),
      ("investment", "JPN", "USA", 7_000_000_000, None, "forecast")]),
    ("Hyundai Motor Group said it would invest $2 billion in Indonesia. The pledge comes on top of the $1.5 billion plant "
     "the group announced last year.",
     [("investment", "KOR", "IDN", 2_000_000_000, None, "forecast"),
      ("investment", "KOR", "IDN", 1_500_000_000, None, "forecast")]),
    # negative: a total of something else ("bringing the death toll to") is no running total of money
    ("Japan gave Nepal $10 million in aid last year, and the quake killed 300 more, bringing the death toll to 9,000.",
     [("aid", "JPN", "NPL", 10_000_000, 2023, "actual")]),
])
def test__running_total_is_the_same_money(extractor, text, expected):
    assert run(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("LG Chem said it would spend $3.2 billion on a cathode plant in Clarksville, Tennessee.",
     [("investment", "KOR", "USA", 3_200_000_000, None, "forecast")]),
    ("Panasonic plans to spend 600 billion yen, or about $4 billion, on a battery factory in De Soto, Kansas.",
     [("investment", "JPN", "USA", 600_000_000_000, None, "forecast")]),  # session 12: the currency written first, with its dollar value
    ("Toyota is spending $1.2 billion on a new facility in Thailand.",
     [("investment", "JPN", "THA", 1_200_000_000, None, "forecast")]),
    # negative: spending with no plant, and a state's spending at home, are no investment
    ("LG Chem said it would spend $3.2 billion on research in Korea next year.", []),
])
def test__metric__company_spending_on_a_plant_is_investment(extractor, text, expected):
    assert run(extractor, text) == expected


# -- qualifiers ----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("Romania promised a further $50 million for Moldova, on top of the $100 million Romania pledged in May.",
     [("aid", "ROU", "MDA", 50_000_000, None, "forecast"), ("aid", "ROU", "MDA", 100_000_000, None, "forecast")]),
    ("Japan will add $30 million in grant aid for Laos, on top of the $70 million it announced in June.",
     [("aid", "JPN", "LAO", 30_000_000, None, "forecast"), ("aid", "JPN", "LAO", 70_000_000, None, "forecast")]),
    ("Canada gave Haiti $20 million in aid, besides the $40 million that Canada committed last year.",
     [("aid", "CAN", "HTI", 20_000_000, None, "actual"), ("aid", "CAN", "HTI", 40_000_000, None, "forecast")]),
    # negative: aid given is actual
    ("Canada gave Haiti $20 million in aid in 2023.", [("aid", "CAN", "HTI", 20_000_000, 2023, "actual")]),
])
def test__qualifier__aid_pledged_in_a_clause_after_the_amount(extractor, text, expected):
    assert run(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Qatar has decided to invest $5 billion in Egypt, the cabinet said.",
     [("investment", "QAT", "EGY", 5_000_000_000, None, "target")]),
    ("The United Arab Emirates decided to invest $35 billion in Egypt's Mediterranean coast.",
     [("investment", "ARE", "EGY", 35_000_000_000, None, "target")]),
    ("Japan decides to invest $2 billion in India's rail network, the two governments said.",
     [("investment", "JPN", "IND", 2_000_000_000, None, "target")]),
    # negative: a company's decision is its plan, a forecast
    ("Toyota has decided to invest $2 billion in Thailand.",
     [("investment", "JPN", "THA", 2_000_000_000, None, "forecast")]),
])
def test__qualifier__state_decides_to_invest(extractor, text, expected):
    assert run(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # (a future clause after the base, ", and would review ...", is no part of the base's clause)
    ("Germany said it would provide $90 million in aid to Jordan this year, up from $70 million last year, and would "
     "review the sum in 2025.",
     [("aid", "DEU", "JOR", 90_000_000, 2024, "forecast"), ("aid", "DEU", "JOR", 70_000_000, 2023, "actual")]),
    ("Japan will send $40 million in food aid to Yemen in 2024, up from about $25 million in 2023, and more could follow.",
     [("aid", "JPN", "YEM", 40_000_000, 2024, "forecast"), ("aid", "JPN", "YEM", 25_000_000, 2023, "actual")]),
    ("Trade between Chile and India is expected to reach $5 billion this year, down from $5.5 billion last year, and "
     "should grow again next year.",
     [("trade", "CHL", "IND", 5_000_000_000, 2024, "forecast"), ("trade", "CHL", "IND", 5_500_000_000, 2023, "actual")]),
    # negative: a base that itself lies ahead keeps the forecast ("up from $70 million it will give in May")
    ("Germany will provide $90 million in aid to Jordan next year, up from the $70 million it will give this year.",
     [("aid", "DEU", "JOR", 90_000_000, 2025, "forecast"), ("aid", "DEU", "JOR", 70_000_000, 2024, "forecast")]),
])
def test__qualifier__base_of_a_change_is_actual(extractor, text, expected):
    assert run(extractor, text) == expected


# -- review of round H (2026-11-27) --------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    # a body's country stays the reporter when the other countries are only destinations (sources) of its flows
    ("Vietnam's statistics office said exports to Japan climbed to $2 billion in 2023, while exports to South Korea "
     "slipped to $1.8 billion.",
     [("exports", "VNM", "JPN", 2_000_000_000, 2023, "actual"), ("exports", "VNM", "KOR", 1_800_000_000, 2023, "actual")]),
    ("Chile's customs data showed shipments to China rose to $4 billion last year, while shipments to Brazil fell to "
     "$600 million.",
     [("exports", "CHL", "CHN", 4_000_000_000, 2023, "actual"), ("exports", "CHL", "BRA", 600_000_000, 2023, "actual")]),
    ("India's commerce ministry said imports from Russia reached $5 billion in 2023, while imports from Iraq eased to "
     "$3 billion.",
     [("imports", "IND", "RUS", 5_000_000_000, 2023, "actual"), ("imports", "IND", "IRQ", 3_000_000_000, 2023, "actual")]),
    # negative: two countries paired by "between" are the parties, the body's country a source
    ("Japan's customs agency said trade between Vietnam and Thailand reached $20 billion last year.",
     [("trade", "VNM", "THA", 20_000_000_000, 2023, "actual")]),
])
def test__parties__body_owner_of_destinations_is_the_reporter(extractor, text, expected):
    assert run(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "spend ... on a site" is investment only for a company abroad: a state's or a visitor's spending is none
    ("Poland will spend $3 billion on a new army training site near the border, as relations with Belarus sour.", []),
    ("Japanese skiers spend about $200 million a year on the resort site in South Korea.", []),
    ("The Philippine government is spending $1 billion on a new naval facility, officials said, as tensions with China "
     "grow.", []),
    # negative: a company spending on a plant abroad invests
    ("Samsung is spending $2 billion on a new chip plant in Vietnam.",
     [("investment", "KOR", "VNM", 2_000_000_000, None, "forecast")]),
])
def test__metric__spending_without_a_company_is_no_investment(extractor, text, expected):
    assert run(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a fiscal year is the reporter's: a partner's fiscal year does not date a calendar-year country's figure
    ("Brazil's exports to India reached $6 billion in fiscal 2023.", (D(2023, 1, 1), D(2023, 12, 31))),
    ("Chile's imports from Australia came to $1 billion in FY24.", (D(2023, 4, 1), D(2024, 3, 31))),
    ("Russia's trade with Japan fell to $9 billion in fiscal 2023.", (D(2023, 1, 1), D(2023, 12, 31))),
    # negative: a listed reporter's own fiscal year
    ("Australia's exports to Chile came to $1 billion in FY24.", (D(2023, 7, 1), D(2024, 6, 30))),
])
def test__period__fiscal_year_is_the_reporters(extractor, text, expected):
    (f,) = figures(extractor, text, D(2025, 6, 1))
    assert (f["period_start"], f["period_end"]) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # each row of fiscal_years.csv not covered elsewhere; every expected span differs from an unlisted country's
    # ("fiscal 2024": the calendar year; "FY24": April 2023 - March 2024)
    ("India's exports to Nepal rose to $8 billion in fiscal 2024.", (D(2023, 4, 1), D(2024, 3, 31))),
    ("Britain's exports to India reached $15 billion in fiscal 2024.", (D(2023, 4, 1), D(2024, 3, 31))),
    ("Canada's imports from Mexico came to $30 billion in fiscal 2024.", (D(2023, 4, 1), D(2024, 3, 31))),
    ("Hong Kong's exports to Vietnam rose to $20 billion in fiscal 2024.", (D(2023, 4, 1), D(2024, 3, 31))),
    ("Australia's exports to Japan reached $60 billion in FY24.", (D(2023, 7, 1), D(2024, 6, 30))),
    ("New Zealand's exports to China hit $15 billion in FY24.", (D(2023, 7, 1), D(2024, 6, 30))),
    ("Egypt's imports from Russia came to $4 billion in FY24.", (D(2023, 7, 1), D(2024, 6, 30))),
    ("Bangladesh's exports to India rose to $2 billion in FY24.", (D(2023, 7, 1), D(2024, 6, 30))),
])
def test__period__fiscal_year_rows(extractor, text, expected):
    (f,) = figures(extractor, text, D(2025, 6, 1))
    assert (f["period_start"], f["period_end"]) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # each form of the "multi" cue of figure_cues.csv, investment too
    ("Trilateral investment between Japan, India and Australia reached $5 billion last year.", []),
    ("Four-way commerce among the United States, Japan, India and Australia came to $1 trillion in 2023, while India's "
     "trade with Japan reached $22 billion.",
     [("trade", "IND", "JPN", 22_000_000_000, 2023, "actual")]),
    ("Trade among these five nations, including China and Russia, exceeded $900 billion last year.", []),
    # negative: "three-way talks" sum no money
    ("The three-way talks ended as trade between Japan and India reached $22 billion last year.",
     [("trade", "JPN", "IND", 22_000_000_000, 2023, "actual")]),
])
def test__not_a_figure__each_form_of_a_sum_over_three(extractor, text, expected):
    assert run(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a state that "has decided to invest" commits, with a hedge or "a further" between
    ("Saudi Arabia has decided to invest up to $10 billion in Pakistan's oil sector.",
     [("investment", "SAU", "PAK", 10_000_000_000, None, "target")]),
    ("Kuwait has decided to invest a further $2 billion in Egypt, the cabinet said.",
     [("investment", "KWT", "EGY", 2_000_000_000, None, "target")]),
    ("Oman has decided to invest another $1 billion in Tanzania.",
     [("investment", "OMN", "TZA", 1_000_000_000, None, "target")]),
    # negative: a state that invested has paid
    ("Oman invested $1 billion in Tanzania in 2022.", [("investment", "OMN", "TZA", 1_000_000_000, 2022, "actual")]),
])
def test__qualifier__state_has_decided_to_invest(extractor, text, expected):
    assert run(extractor, text) == expected
