"""Figures, eighth session, second round: the review of the first round (tests/gold/README.md "Loans", "Contracts").

Every sentence is written in our own words about other (real or plausible) events. Each positive, and each negative
marked "(was wrong)", failed on the tree before this round (the merged first round plus the README's contracts
decision); the other negatives keep their output.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.figure_cases import B, M, norm, run

D = dt.date
PUB = D(2024, 5, 20)


# Money given to a country is aid only when a country or its government gives it; the giver is the reporter
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param('The World Bank will disburse $900 million to Kenya next month, Germany\'s development minister said.',
                 [], id='g01'),  # (was wrong: a multilateral bank, a speaker's country)
    pytest.param('The African Development Bank will provide $400 million to Ghana, France\'s embassy said.',
                 [], id='g02'),  # (was wrong)
    pytest.param('Unilever will give $80 million to Nigeria\'s farmers, the British high commission said.',
                 [], id='g03'),  # (was wrong: a company)
    pytest.param('German visitors gave 4 billion euros to Greece\'s economy in 2023.', [], id='g04'),  # (was wrong)
    pytest.param("Peru's government will allocate $30 million to Peru's consulate in Madrid.", [], id='g05'),  # (was wrong)
    pytest.param('Kuwait gave $1 billion to Jordan\'s central bank as a deposit in 2021.',
                 [('other', 'JOR', 'KWT', 1 * B, 'USD', 2021, 'actual')], id='g06'),  # (was aid)
    # negatives that keep their output: a swap is other money; a country or its government gives
    pytest.param('The UAE will provide $2 billion to Pakistan under a currency swap.',
                 [('other', 'ARE', 'PAK', 2 * B, 'USD', None, 'forecast')], id='g07'),
    pytest.param("Norway's foreign ministry has agreed to provide $60 million to Ethiopia for drought relief.",
                 [('aid', 'NOR', 'ETH', 60 * M, 'USD', None, 'forecast')], id='g08'),
    pytest.param('The Turkish government gave $25 million to Syria in 2023.',
                 [('aid', 'TUR', 'SYR', 25 * M, 'USD', 2023, 'actual')], id='g09'),
])
def test__money_given_by_a_state(extractor, text, expected):
    assert run(extractor, text, PUB) == norm(expected)


# A stake's or plant's host comes from its own object phrase, not from a rival's nationality later in the sentence
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param('Samsung paid $700 million for a 30 percent stake in a Seoul software house, outbidding an American fund.',
                 [], id='h01'),  # (was wrong)
    pytest.param('Hyundai is building a $1 billion plant in Ulsan, beating a Japanese offer for the site.',
                 [], id='h02'),  # (was wrong)
    pytest.param('Infosys has poured $2 billion into its Mysore campus, more than any British rival.', [],
                 id='h03'),  # (was wrong)
    pytest.param('Toyota is building a $900 million plant in Kyushu, the Chinese news agency Xinhua reported.',
                 [], id='h04'),  # (was wrong)
    # negatives that keep their output: the host in the object phrase, after "in", or owning a noun
    pytest.param('The Spanish company paid 400 million euros for a 40 percent stake in a Mexican lender.',
                 [('investment', 'ESP', 'MEX', 400 * M, 'EUR', None, 'actual')], id='h05'),
    pytest.param('Hyundai is building a $2 billion plant near Chennai, the largest carmaker project in India.',
                 [('investment', 'KOR', 'IND', 2 * B, 'USD', None, 'forecast')], id='h06'),
    pytest.param('Panasonic is building a $4 billion battery plant in De Soto, Kansas.',
                 [('investment', 'JPN', 'USA', 4 * B, 'USD', None, 'forecast')], id='h07'),
])
def test__stake_host_in_the_object(extractor, text, expected):
    assert run(extractor, text, PUB) == norm(expected)


# Contracts (README "Contracts"): a firm's contract or deal abroad, state-owned or private, is no bilateral figure; a
# government's own deal is other money between the two
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param('Kepco, South Korea\'s state power utility, signed a $9 billion contract to build reactors in Poland.',
                 [], id='k01'),  # (was other)
    pytest.param('Turkish companies signed deals worth $6 billion with Iraq during the visit.', [], id='k02'),  # (was other)
    pytest.param('Italian firms won contracts worth 3 billion euros in Algeria last year.', [], id='k03'),  # (was other)
    pytest.param('The state-owned China Harbour Engineering Company won a $1 billion contract in Kenya.',
                 [], id='k04'),  # (was other)
    # negatives that keep their output: a government's own deal
    pytest.param('Poland signed a $9 billion deal with South Korea for tanks.',
                 [('other', 'KOR', 'POL', 9 * B, 'USD', 2024, 'actual')], id='k05'),  # signing year (s12 convention; s13)
    pytest.param('The Greek government signed a $3 billion contract with France for frigates.',
                 [('other', 'FRA', 'GRC', 3 * B, 'USD', 2024, 'actual')], id='k06'),  # signing year (s12 convention; s13)
])
def test__contracts_abroad(extractor, text, expected):
    assert run(extractor, text, PUB) == norm(expected)


# Money drawn or repaid; a pledge carried out
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param('Bangladesh has drawn $1.5 billion in loans offered by India since 2016.',
                 [('aid', 'IND', 'BGD', 1.5 * B, 'USD', None, 'actual')], id='d01'),  # (was forecast)
    pytest.param('Egypt repaid $1 billion in Saudi loans in 2022.', [], id='d02'),  # (was aid EGY->SAU)
    pytest.param('Germany honoured the pledge of 500 million euros in aid to Moldova in 2023.',
                 [('aid', 'DEU', 'MDA', 500 * M, 'EUR', 2023, 'actual')], id='d04'),  # (was forecast)
    pytest.param('Canada fulfilled its commitment of $200 million in aid to Haiti in 2022.',
                 [('aid', 'CAN', 'HTI', 200 * M, 'USD', 2022, 'actual')], id='d05'),  # (was forecast)
    # negatives that keep their output: a pledge still to be paid; money received; money paid back
    pytest.param('Zambia paid back $300 million of Chinese credit in 2023.', [], id='d03'),
    pytest.param('Canada announced a pledge of $200 million in aid to Haiti.',
                 [('aid', 'CAN', 'HTI', 200 * M, 'USD', None, 'forecast')], id='d06'),
    pytest.param('Nepal received $150 million in Indian loans in 2022.',
                 [('aid', 'IND', 'NPL', 150 * M, 'USD', 2022, 'actual')], id='d07'),
])
def test__drawn_repaid_kept(extractor, text, expected):
    assert run(extractor, text, PUB) == norm(expected)


# The first round's nationality word heading a company noun, with no listed company: a case that fails at 814a6b6 (the
# s8 file's c05 passed there by another path; review finding 7)
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param('The Turkish contractor has sunk $900 million into a new airport in Senegal.',
                 [('investment', 'TUR', 'SEN', 900 * M, 'USD', None, 'actual')], id='f01'),
    pytest.param('Vietnamese builders have poured $150 million into a port in Cambodia.',
                 [('investment', 'VNM', 'KHM', 150 * M, 'USD', None, 'actual')], id='f02'),
    # negative that keeps its output: a government's money at home
    pytest.param('The Korean government has poured $500 million into its own shipyards.', [], id='f03'),
])
def test__nationality_firm(extractor, text, expected):
    assert run(extractor, text, PUB) == norm(expected)


# "That compares with $X in 2022 and $Y in 2021": the story's figure set against its bases; a moneyless lead naming a
# country's own flow ("Korea's chip sales slumped last year") gives the story's year (review finding 6)
@pytest.mark.parametrize(("text", "pub", "expected"), [
    pytest.param("Chile's copper exports to China hit $30 billion in 2023. That compares with $25 billion in 2022 and "
                 "$22 billion in 2021.", D(2024, 3, 1),
                 [('exports', 'CHL', 'CHN', 30 * B, 'USD', 2023, 'actual'),
                  ('exports', 'CHL', 'CHN', 25 * B, 'USD', 2022, 'actual'),
                  ('exports', 'CHL', 'CHN', 22 * B, 'USD', 2021, 'actual')], id='y01'),
    pytest.param("Norway's salmon sales to Japan rose to $1.2 billion in 2023. This compares with $900 million in 2022.",
                 D(2024, 3, 1),
                 [('exports', 'NOR', 'JPN', 1.2 * B, 'USD', 2023, 'actual'),
                  ('exports', 'NOR', 'JPN', 900 * M, 'USD', 2022, 'actual')], id='y02'),
    pytest.param("HANOI - Vietnam's rice sales slumped last year. Vietnamese exports to the Philippines came to $2 billion.",
                 D(2024, 3, 1), [('exports', 'VNM', 'PHL', 2 * B, 'USD', 2023, 'actual')], id='y03'),
    pytest.param("ANKARA - Turkey's steel purchases rose last year. Turkish imports from Russia reached $4 billion.",
                 D(2024, 3, 1), [('imports', 'TUR', 'RUS', 4 * B, 'USD', 2023, 'actual')], id='y04'),
    # negatives that keep their output: a company's sales name no story year; a comparison with no base amount
    pytest.param("TOKYO - Sony's camera sales slumped last year. Japanese exports to Brazil came to $3 billion.",
                 D(2024, 3, 1), [('exports', 'JPN', 'BRA', 3 * B, 'USD', None, 'actual')], id='y05'),
    pytest.param("Chile's copper exports to China hit $30 billion in 2023. That compares with a record in 2021.",
                 D(2024, 3, 1), [('exports', 'CHL', 'CHN', 30 * B, 'USD', 2023, 'actual')], id='y06'),
])
def test__comparison_and_lead_year(extractor, text, pub, expected):
    assert run(extractor, text, pub) == norm(expected)


# Part 2 (the first round's causes left): the whole a part belongs to ("out of a planned $X"); a loan programme with a
# multilateral body; periods written "in N months of YEAR", "Q3 2024", "year-to-date"; "a provisional $X"
@pytest.mark.parametrize(("text", "pub", "expected"), [
    pytest.param('MAPUTO - Mozambique opened a gas terminal. The Italian firm Eni has put $2 billion into the '
                 'terminal, out of a planned $7 billion.', PUB,
                 [('investment', 'ITA', 'MOZ', 2 * B, 'USD', None, 'actual'),
                  ('investment', 'ITA', 'MOZ', 7 * B, 'USD', None, 'forecast')], id='w01'),
    pytest.param('Toyota has poured $900 million into its plants in Thailand out of a projected $2 billion.', PUB,
                 [('investment', 'JPN', 'THA', 900 * M, 'USD', None, 'actual'),
                  ('investment', 'JPN', 'THA', 2 * B, 'USD', None, 'forecast')], id='w02'),
    # negative that keeps its output: one country's exports out of its total to the world
    pytest.param("Vietnam's exports to Japan reached $24 billion in 2023 out of a total of $355 billion.", PUB,
                 [('exports', 'VNM', 'JPN', 24 * B, 'USD', 2023, 'actual')], id='w03'),
    pytest.param('LUSAKA - China will build a road in Zambia. Lusaka is also negotiating a $1.3 billion loan programme '
                 'with the IMF.', PUB, [], id='m01'),
    pytest.param('ISLAMABAD - Saudi Arabia will fund a refinery in Pakistan. Islamabad also agreed a $7 billion credit '
                 'facility with the International Monetary Fund.', PUB, [], id='m02'),
    # negative that keeps its output: a state's loan agreed with the borrower
    pytest.param('Japan will lend $500 million to Vietnam for a metro line.', PUB,
                 [('aid', 'JPN', 'VNM', 500 * M, 'USD', None, 'forecast')], id='m03'),
])
def test__wholes_and_multilateral_loans(extractor, text, pub, expected):
    assert run(extractor, text, pub) == norm(expected)


@pytest.mark.parametrize(("text", "pub", "span", "qualifier"), [
    pytest.param("Turkey's exports to Iraq reached $11 billion in eight months of 2023.", D(2024, 1, 10),
                 (D(2023, 1, 1), D(2023, 8, 31)), 'actual', id='t01'),
    pytest.param("Vietnam's trade with Laos hit $1.4 billion in nine months of this year.", D(2024, 10, 10),
                 (D(2024, 1, 1), D(2024, 9, 30)), 'actual', id='t02'),
    pytest.param("India's imports from Russia came to $14 billion in Q2 2024.", D(2024, 8, 10),
                 (D(2024, 4, 1), D(2024, 6, 30)), 'actual', id='t03'),
    pytest.param("Year-to-date shipments from Peru to China stand at $20 billion.", D(2024, 9, 1),
                 (D(2024, 1, 1), D(2024, 9, 1)), 'actual', id='t04'),
    pytest.param("Egypt's imports from Ukraine came to a preliminary $1.1 billion in 2023.", D(2024, 3, 1),
                 (D(2023, 1, 1), D(2023, 12, 31)), 'estimate', id='t05'),
    # negatives that keep their output: "the first N months" as before; a whole year
    pytest.param("Turkey's exports to Iraq reached $11 billion in the first eight months of 2023.", D(2024, 1, 10),
                 (D(2023, 1, 1), D(2023, 8, 31)), 'actual', id='t06'),
    pytest.param("India's imports from Russia came to $60 billion in 2023, up from 2022.", D(2024, 8, 10),
                 (D(2023, 1, 1), D(2023, 12, 31)), 'actual', id='t07'),
])
def test__periods_and_first_counts(extractor, text, pub, span, qualifier):
    from tests.figure_cases import figures
    rows = figures(extractor, text, pub)
    assert [((f["period_start"], f["period_end"]), f["qualifier"]) for f in rows] == [(span, qualifier)]


# Interest paid on a loan is not the loan; a sum "in all" over years listed after it has no year of its own; a country
# that "receives" aid is the recipient (the giver of the story's aid goes on)
@pytest.mark.parametrize(("text", "pub", "expected"), [
    pytest.param('Egypt pays $300 million a year in interest on its Russian loan.', PUB, [], id='i01'),
    pytest.param("The interest bill on Zambia's Chinese loans came to $200 million in 2022.", PUB, [], id='i02'),
    # negative that keeps its output: a loan with its interest rate
    pytest.param('China lent Zambia $2 billion in 2019 at an interest rate of 2 percent.', PUB,
                 [('aid', 'CHN', 'ZMB', 2 * B, 'USD', 2019, 'actual')], id='i03'),
    pytest.param("DHAKA - India's exports to Bangladesh reached $12 billion in fiscal 2021-22. India has extended three "
                 "lines of credit worth nearly $7 billion in all - $1 billion in 2010, $2 billion in 2016 and $4 billion "
                 "in 2017 - to Bangladesh.", PUB,
                 [('exports', 'IND', 'BGD', 12 * B, 'USD', 2021, 'actual'), ('aid', 'IND', 'BGD', 7 * B, 'USD', None, 'actual'),
                  ('aid', 'IND', 'BGD', 1 * B, 'USD', 2010, 'actual'), ('aid', 'IND', 'BGD', 2 * B, 'USD', 2016, 'actual'),
                  ('aid', 'IND', 'BGD', 4 * B, 'USD', 2017, 'actual')], id='a01'),
    # negative that keeps its output: "in total" with one year
    pytest.param('India has extended credit lines worth $7 billion in total to Nepal in 2017.', PUB,
                 [('aid', 'IND', 'NPL', 7 * B, 'USD', 2017, 'actual')], id='a02'),
    pytest.param('CAIRO - Washington has given Egypt roughly $1.3 billion a year in military aid since 1987. Jordan, '
                 'another close ally, receives about $1.5 billion a year in military aid.', PUB,
                 [('aid', 'USA', 'EGY', 1.3 * B, 'USD', 1987, 'actual'), ('aid', 'USA', 'JOR', 1.5 * B, 'USD', None, 'actual')],
                 id='r01'),
    pytest.param('AMMAN - Saudi Arabia has given Jordan $500 million in aid this year. Lebanon, its neighbour, receives '
                 'about $200 million a year in Saudi aid.', PUB,
                 [('aid', 'SAU', 'JOR', 500 * M, 'USD', 2024, 'actual'), ('aid', 'SAU', 'LBN', 200 * M, 'USD', None, 'actual')],
                 id='r02'),
    # the date of a document named after the money is not the money's ("under a memorandum signed in 2018")
    pytest.param('CAIRO - Washington has given Egypt roughly $1.3 billion a year in military aid since 1987. Jordan, '
                 'another close ally, receives about $1.5 billion a year in military aid under a memorandum of '
                 'understanding signed in 2018.', PUB,
                 [('aid', 'USA', 'EGY', 1.3 * B, 'USD', 1987, 'actual'), ('aid', 'USA', 'JOR', 1.5 * B, 'USD', None, 'actual')],
                 id='r04'),
    pytest.param('Norway gave $80 million in aid to Malawi under an agreement concluded in 2019.', PUB,
                 [('aid', 'NOR', 'MWI', 80 * M, 'USD', None, 'actual')], id='r05'),
    # negatives that keep their output: the money's own year; a deal that "was signed" in its year
    pytest.param('Norway gave $80 million in aid to Malawi in 2021 under an agreement concluded in 2019.', PUB,
                 [('aid', 'NOR', 'MWI', 80 * M, 'USD', 2021, 'actual')], id='r06'),
    pytest.param('The deal, worth $5 billion, was signed in 2016 by Russia and Turkey.', PUB,
                 [('other', 'RUS', 'TUR', 5 * B, 'USD', 2016, 'actual')], id='r07'),
    # negative that keeps its output: the recipient with its giver named
    pytest.param('Egypt received $1 billion in aid from Kuwait in 2022.', PUB,
                 [('aid', 'KWT', 'EGY', 1 * B, 'USD', 2022, 'actual')], id='r03'),
])
def test__interest_sums_and_recipients(extractor, text, pub, expected):
    assert run(extractor, text, pub) == norm(expected)


# An exporter no word names ("Exports to Chile rose ...", "the ministry said imports from Qatar ...") in a paper of one
# country is that country (the s7b xfails f01/f03 now pass); an owner named, or no outlet, keeps the old output
@pytest.mark.parametrize(("text", "url", "expected"), [
    pytest.param('Exports to Chile rose to $2.1 billion in 2023, the trade ministry said.', 'https://www.koreaherald.com/view/1',
                 [('exports', 'KOR', 'CHL', 2.1 * B, 'USD', 2023, 'actual')], id='o01'),
    pytest.param('The ministry said imports from Qatar reached $8 billion last year.', 'https://www.thehindu.com/business/2',
                 [('imports', 'IND', 'QAT', 8 * B, 'USD', 2023, 'actual')], id='o02'),
    # negatives that keep their output: no outlet; an owner named
    pytest.param('Exports to Chile rose to $2.1 billion in 2023, the trade ministry said.', None, [], id='o03'),
    pytest.param("Japan's exports to Chile rose to $2.1 billion in 2023.", 'https://www.koreaherald.com/view/3',
                 [('exports', 'JPN', 'CHL', 2.1 * B, 'USD', 2023, 'actual')], id='o04'),
])
def test__outlet_country_exports(extractor, text, url, expected):
    from newslens.extract import ArticleInput
    from tests.figure_cases import brief
    out = extractor.extract(ArticleInput("i1", None, text, D(2024, 3, 1), url))
    assert [brief(f) for f in out["figures"]] == norm(expected)


# A flow word that tells what money is for ("to pay for wheat imports") does not make the money that flow
@pytest.mark.parametrize(("text", "expected"), [
    # (session 11: money a state borrows from another state is that state's loan, aid lender -> borrower by the loans
    # convention; still no imports)
    pytest.param('Egypt borrowed $3 billion from Saudi Arabia to pay for wheat imports.',
                 [('aid', 'SAU', 'EGY', 3 * B, 'USD', None, 'actual')], id='u01'),
    pytest.param('Ghana secured $1 billion from China to finance cocoa exports.', [], id='u02'),
    # negatives that keep their output: the flow named before the amount
    pytest.param("Kenya's imports from China rose to $3 billion in 2023 to pay for machinery.",
                 [('imports', 'KEN', 'CHN', 3 * B, 'USD', 2023, 'actual')], id='u03'),
    pytest.param("Korea's exports to Vietnam reached $53 billion in 2023.",
                 [('exports', 'KOR', 'VNM', 53 * B, 'USD', 2023, 'actual')], id='u04'),
])
def test__purpose_flow_words(extractor, text, expected):
    assert run(extractor, text, PUB) == norm(expected)
