"""Figures, eighth session: a company's money abroad read from a stake it buys, money it puts into a project, a
nationality word that names a firm ("the Chinese state-owned firm"), and a plant's host named once after the company.

The causes come from the misses of blind38/blind39 (spent as development sets in this session); every sentence here is
written in our own words about other (real or plausible) events. Each positive failed before the change (814a6b6),
except c05, g02, k02, p02, p03 and p04: regression guards of the same kinds that already passed there (the review of
the round, finding 7; tests/test_extract_figures_s8b.py holds cases of those rules that fail at 814a6b6); each negative
keeps its output. A probe of a kind that failed on blind38/39 and that the tree still gets wrong is a strict xfail naming
the mechanism left.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.figure_cases import B, M, norm, run

D = dt.date
PUB = D(2024, 5, 20)


@pytest.mark.parametrize(("text", "expected"), [
    # a stake bought abroad: "is paying $X for a N percent stake", "bought a stake ... for $X"
    pytest.param('The Japanese company is paying $1.6 billion for a 30 percent stake in a copper mine in Chile.',
                 [('investment', 'JPN', 'CHL', 1.6 * B, 'USD', None, 'actual')], id='c01'),
    pytest.param('Toyota bought a 20 percent stake in a battery maker in India in 2021 for $400 million.',
                 [('investment', 'JPN', 'IND', 400 * M, 'USD', 2021, 'actual')], id='c02'),
    # a second verb of the same company: "... and will pay a further $X for another N percent"
    pytest.param('Hyundai acquired a 25 percent stake in a steel mill in Indonesia for $500 million in 2022 and will pay '
                 'another $200 million for a further 15 percent.',
                 [('investment', 'KOR', 'IDN', 500 * M, 'USD', 2022, 'actual'),
                  ('investment', 'KOR', 'IDN', 200 * M, 'USD', None, 'forecast')], id='c03'),
    # money put into a project abroad
    pytest.param('Samsung has poured $2.5 billion into its smartphone factories in Vietnam.',
                 [('investment', 'KOR', 'VNM', 2.5 * B, 'USD', None, 'actual')], id='c04'),
    pytest.param('The Chinese state-owned group has pumped about $700 million into a hydropower dam in Laos.',
                 [('investment', 'CHN', 'LAO', 700 * M, 'USD', None, 'actual')], id='c05'),
    # a plant in a city, the host country named once later in the sentence
    pytest.param("LG is building a $3 billion battery plant outside Wroclaw, which Poland's government calls its biggest "
                 "foreign project.",
                 [('investment', 'KOR', 'POL', 3 * B, 'USD', None, 'forecast')], id='c06'),
    # negatives that keep their output: a stake sold; a government's stake; a stake at home; a city named after a place
    pytest.param('Samsung sold a 10 percent stake in its Vietnamese unit for $800 million.', [], id='n01'),
    pytest.param('The Indian government is paying $900 million for a 26 percent stake in a state refinery.', [], id='n02'),
    pytest.param('Toyota bought a 5 percent stake in a Japanese robotics start-up for $100 million.', [], id='n03'),
    pytest.param('Kia is building a $4 billion plant in Tbilisi, Georgia.',
                 [('investment', 'KOR', 'GEO', 4 * B, 'USD', None, 'forecast')], id='n04'),
    pytest.param('Chinese tourists spent $1.2 billion in Thailand in 2023.', [], id='n05'),
])
def test__company_money_abroad(extractor, text, expected):
    assert run(extractor, text, PUB) == norm(expected)


# Stories: the host country only in an earlier sentence or the dateline
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param('NAIROBI - Kenya opened a Chinese-built railway depot outside the capital on Monday. '
                 'COSCO has sunk $240 million into the depot and its yards, officials said.',
                 [('investment', 'CHN', 'KEN', 240 * M, 'USD', None, 'actual')], id='s01'),
    pytest.param('LISBON - Portugal handed a Chinese utility a quarter of its power grid operator on Friday. '
                 'The Chinese state-owned company is paying 390 million euros for a 25 percent stake, the finance '
                 'ministry said.',
                 [('investment', 'CHN', 'PRT', 390 * M, 'EUR', None, 'actual')], id='s02'),
    pytest.param('ATHENS - Greece signed over its second-biggest port to foreign owners on Tuesday. '
                 'COSCO Shipping bought a 67 percent stake in the port authority in 2016 for 368 million euros.',
                 [('investment', 'CHN', 'GRC', 368 * M, 'EUR', 2016, 'actual')], id='s03'),
])
def test__company_money_abroad_in_a_story(extractor, text, expected):
    assert run(extractor, text, PUB) == norm(expected)


# Probes of the other kinds that failed on blind38/39, in our own words
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param('Kenya secured a pledge of $2 billion in Chinese loans for its new railway, the treasury said.',
                 [('aid', 'CHN', 'KEN', 2 * B, 'USD', None, 'forecast')], id='p01'),
    pytest.param('Vietnamese exports to Japan rose to $24 billion in 2023 from $21 billion a year earlier.',
                 [('exports', 'VNM', 'JPN', 24 * B, 'USD', 2023, 'actual'),
                  ('exports', 'VNM', 'JPN', 21 * B, 'USD', 2022, 'actual')], id='p02'),
    pytest.param("Morocco's imports from France reached $7 billion in 2022.",
                 [('imports', 'MAR', 'FRA', 7 * B, 'USD', 2022, 'actual')], id='p03'),
    pytest.param('Japan pledged up to 500 billion yen in development aid to Kenya over five years.',
                 [('aid', 'JPN', 'KEN', 500 * B, 'JPY', None, 'forecast')], id='p04'),
    pytest.param('India will provide Rs 4,000 crore to Nepal for a new highway, the foreign ministry said.',
                 [('aid', 'IND', 'NPL', 40 * B, 'INR', None, 'forecast')], id='p05'),
])
def test__blind_kinds_probes(extractor, text, expected):
    assert run(extractor, text, PUB) == norm(expected)


# A ranking sentence ("A displaced B as C's first trading partner"): A and B are rivals, not a pair; C is the country
# whose trade the story follows, the reporter of an unnamed "trade with A" (blind38/39 causes, own words)
@pytest.mark.parametrize(("text", "pub", "expected"), [
    pytest.param("PHNOM PENH - Vietnam has overtaken Thailand as Cambodia's biggest trading partner in the region. "
                 "Trade between the two countries climbed to $3.5 billion in 2023.", D(2024, 3, 1),
                 [('trade', 'KHM', 'VNM', 3.5 * B, 'USD', 2023, 'actual')], id='h01'),
    pytest.param("ANALYSIS - Turkey has displaced Italy as Libya's first trading partner. Trade between the two "
                 "countries reached $4 billion in 2023.", D(2024, 3, 1),
                 [('trade', 'LBY', 'TUR', 4 * B, 'USD', 2023, 'actual')], id='h02'),
    pytest.param("MADRID - France overtook Germany last year as Spain's main export market. Exports to France rose to "
                 "55 billion euros in 2023, the ministry said.", D(2024, 3, 1),
                 [('exports', 'ESP', 'FRA', 55 * B, 'EUR', 2023, 'actual')], id='h03'),
    pytest.param("PARIS - Spain replaced Germany last year as France's top trading partner, ending a long run for Berlin. "
                 "Trade with Spain came to 90 billion euros in 2024, against 88 billion euros with Germany.", D(2025, 2, 18),
                 [('trade', 'ESP', 'FRA', 90 * B, 'EUR', 2024, 'actual'),
                  ('trade', 'DEU', 'FRA', 88 * B, 'EUR', 2024, 'actual')], id='h04'),
    # negatives that keep their output: a ranking with the pair named in the figure sentence; no ranking at all
    pytest.param("SANTIAGO - China displaced the United States a decade ago as Chile's leading trading partner. Trade "
                 "with China reached $58 billion in 2023, against $31 billion with the United States.", D(2024, 3, 1),
                 [('trade', 'CHL', 'CHN', 58 * B, 'USD', 2023, 'actual'),
                  ('trade', 'CHL', 'USA', 31 * B, 'USD', 2023, 'actual')], id='h05'),
    pytest.param("Kenya and Uganda signed a customs pact in 2022. Trade between the two countries rose to $5 billion "
                 "in 2023.", D(2024, 3, 1),
                 [('trade', 'KEN', 'UGA', 5 * B, 'USD', 2023, 'actual')], id='h06'),
])
def test__ranking_hub_and_rivals(extractor, text, pub, expected):
    assert run(extractor, text, pub) == norm(expected)


# The giver named on the money itself: its nationality ("$700 million in Indian soft loans") or "offered by X" after it;
# "a pledge of $X" is money still to come (blind38/39 causes, own words)
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param('Sri Lanka received $500 million in emergency credit lines offered by India.',
                 [('aid', 'IND', 'LKA', 500 * M, 'USD', None, 'actual')], id='g01'),
    pytest.param('Bangladesh obtained $700 million in Indian soft loans to build power lines.',
                 [('aid', 'IND', 'BGD', 700 * M, 'USD', None, 'actual')], id='g02'),
    pytest.param('Laos obtained a pledge of $600 million in Chinese loans for a second rail link.',
                 [('aid', 'CHN', 'LAO', 600 * M, 'USD', None, 'forecast')], id='g03'),
    # negatives that keep their output
    pytest.param('Egypt attracted $4 billion in Emirati investment in 2023.',
                 [('investment', 'ARE', 'EGY', 4 * B, 'USD', 2023, 'actual')], id='g04'),
    pytest.param('Ethiopia secured $3 billion in loans from China in 2019.',
                 [('aid', 'CHN', 'ETH', 3 * B, 'USD', 2019, 'actual')], id='g05'),
])
def test__giver_named_on_the_money(extractor, text, expected):
    assert run(extractor, text, PUB) == norm(expected)


# Comparison bases: "compares with $X in 2022 and $Y in 2021" are bases of the story's figure (the second one, after
# "and", too): read both, and carry neither year to the next sentence, which goes on with the story's own period
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("NAIROBI - Kenya's exports to Pakistan reached $620 million last year, according to the tea board. The "
                 "figure compares with $570 million in 2022 and about $500 million in 2021. Pakistani exports to Kenya, "
                 "mostly rice, rose to $210 million from $180 million.",
                 [('exports', 'KEN', 'PAK', 620 * M, 'USD', 2023, 'actual'),
                  ('exports', 'KEN', 'PAK', 570 * M, 'USD', 2022, 'actual'),
                  ('exports', 'KEN', 'PAK', 500 * M, 'USD', 2021, 'actual'),
                  ('exports', 'PAK', 'KEN', 210 * M, 'USD', 2023, 'actual'),
                  ('exports', 'PAK', 'KEN', 180 * M, 'USD', 2022, 'actual')], id='y01'),
    pytest.param("LIMA - Peru's exports to India reached $2.1 billion last year. That was against $1.8 billion in 2022 "
                 "and $1.5 billion in 2021. Indian exports to Peru rose to $900 million from $850 million.",
                 [('exports', 'PER', 'IND', 2.1 * B, 'USD', 2023, 'actual'),
                  ('exports', 'PER', 'IND', 1.8 * B, 'USD', 2022, 'actual'),
                  ('exports', 'PER', 'IND', 1.5 * B, 'USD', 2021, 'actual'),
                  ('exports', 'IND', 'PER', 900 * M, 'USD', 2023, 'actual'),
                  ('exports', 'IND', 'PER', 850 * M, 'USD', 2022, 'actual')], id='y02'),
    # negatives that keep their output: a year of the figure itself (not a base) is carried; two dated amounts of
    # their own joined by "and"
    pytest.param("Chile's exports to Japan reached $9 billion in 2021. Japanese exports to Chile rose to $2 billion.",
                 [('exports', 'CHL', 'JPN', 9 * B, 'USD', 2021, 'actual'),
                  ('exports', 'JPN', 'CHL', 2 * B, 'USD', 2021, 'actual')], id='y03'),
    pytest.param("Ghana's exports to India were $3 billion in 2021 and $3.5 billion in 2022. Indian exports to Ghana "
                 "rose to $1 billion.",
                 [('exports', 'GHA', 'IND', 3 * B, 'USD', 2021, 'actual'),
                  ('exports', 'GHA', 'IND', 3.5 * B, 'USD', 2022, 'actual'),
                  ('exports', 'IND', 'GHA', 1 * B, 'USD', 2022, 'actual')], id='y04'),
])
def test__comparison_bases_not_carried(extractor, text, expected):
    assert run(extractor, text, D(2024, 3, 5)) == norm(expected)


# A company's pledge beside state loans "offered by" the capital: the company's country is no home of the money just
# because its capital is named later (the firms' pledge is investment abroad; the loans are aid, still to be paid)
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("JAKARTA - Indonesia's investment minister said Japanese firms had pledged about $8 billion in investment, "
                 "on top of some $2 billion in yen loans offered by Tokyo.",
                 [('investment', 'JPN', 'IDN', 8 * B, 'USD', None, 'forecast'),
                  ('aid', 'JPN', 'IDN', 2 * B, 'USD', None, 'forecast')], id='j01'),
    pytest.param('Japanese firms pledged $8 billion in investment in Indonesia, on top of $2 billion in loans offered by Tokyo.',
                 [('investment', 'JPN', 'IDN', 8 * B, 'USD', None, 'forecast'),
                  ('aid', 'JPN', 'IDN', 2 * B, 'USD', None, 'forecast')], id='j02'),
    # negatives that keep their output: money at home
    pytest.param('Toyota will invest $1 billion in Japan this year.', [], id='j03'),
    pytest.param("Hyundai will invest $2 billion in its plants, South Korea's industry ministry said.", [], id='j04'),
])
def test__firms_pledge_beside_state_loans(extractor, text, expected):
    assert run(extractor, text, PUB) == norm(expected)


# A lead with no money and no digits ("Ecuador's sales to Korea fell last year.") names the story's year: the amounts
# after it take it, and "against $X the year before" is the year before it
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("QUITO - Ecuador's sales to Korea fell last year. Korean goods sold in Ecuador, mainly cars and phones, "
                 "were worth some US$300 mln, against US$350 mln the year before.",
                 [('exports', 'KOR', 'ECU', 300 * M, 'USD', 2023, 'actual'),
                  ('exports', 'KOR', 'ECU', 350 * M, 'USD', 2022, 'actual')], id='l01'),
    # negative that keeps its output: a lead year of no trade is not the figure's
    pytest.param("ACCRA - Ghana held an election last year. Chinese exports to Ghana came to $3 billion in 2022.",
                 [('exports', 'CHN', 'GHA', 3 * B, 'USD', 2022, 'actual')], id='l02'),
])
def test__moneyless_lead_year(extractor, text, expected):
    assert run(extractor, text, D(2024, 2, 21)) == norm(expected)


# A firm's contract abroad is no money between its country and the host (s7b's n01 now passes); a state's contract keeps
# its figure
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param('The Turkish builder Limak won a $700 million contract to expand the airport in Kuwait.', [], id='k01'),
    pytest.param('Hyundai Engineering secured a $2 billion deal to build a refinery in Iraq in 2023.', [], id='k02'),
    # negatives that keep their output: a state that signs or wins a contract
    pytest.param('Saudi Arabia signed a $1.1 billion arms contract with Egypt on Monday.',
                 [('other', 'EGY', 'SAU', 1.1 * B, 'USD', 2024, 'actual')], id='k03'),  # signing year (s12 convention; s13)
    pytest.param('Russia won a $2 billion contract to build a nuclear plant in Egypt.',
                 [('other', 'EGY', 'RUS', 2 * B, 'USD', None, 'actual')], id='k04'),
])
def test__firm_contract_abroad(extractor, text, expected):
    assert run(extractor, text, PUB) == norm(expected)


# Money itself given to a country ("will provide Rs 4,000 crore to Nepal", "provided 200 million euros to Jordan") is aid,
# with no aid word; goods worth money, a gift to a multilateral body or to a country's firms are not
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param('Japan will give $300 million to Sri Lanka to support its recovery.',
                 [('aid', 'JPN', 'LKA', 300 * M, 'USD', None, 'forecast')], id='v01'),
    pytest.param('Germany provided 200 million euros to Jordan in 2023 to support refugees.',
                 [('aid', 'DEU', 'JOR', 200 * M, 'EUR', 2023, 'actual')], id='v02'),
    pytest.param("Saudi Arabia will extend $1 billion to support Yemen's central bank, officials said.",
                 [('aid', 'SAU', 'YEM', 1 * B, 'USD', None, 'forecast')], id='v03'),
    # negatives that keep their output
    pytest.param('Russia will provide gas worth $2 billion to China next year.', [], id='v04'),
    pytest.param('Kenya will give $500 million to Chinese contractors building the railway.', [], id='v05'),
    pytest.param('China gave $50 million to the World Food Programme for Yemen.',
                 [('aid', 'CHN', 'YEM', 50 * M, 'USD', None, 'actual')], id='v06'),
])
def test__money_given_to_a_country(extractor, text, expected):
    assert run(extractor, text, PUB) == norm(expected)
