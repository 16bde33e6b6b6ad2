"""Figures, eleventh session: a state's deposit in another country's central bank, compensation between states (the lead's
convention), money a state borrowed from another state's lender, a second "and will invest" predicate of the same giver, a year before a currency word, a range whose low end
has its own scale, and one sum restated in dollars later in its clause or told as a swap's two legs.

Every sentence here was written for this file in our own words; none comes from a gold file, a training probe or a
corpus. Each group tests one rule: its positives failed before the rule (other wording, countries and sentence shape than
the blind46/45 items that motivated it), its near misses must keep their output. Tuples are (metric, reporter, partner,
value, currency, first year of the period or None, qualifier), a trade or other pair sorted; publication 2024-03-11.
"""
from __future__ import annotations

import pytest

from tests.figure_cases import B, M, case as _case, got, norm, want

CASES = [
    # -- a state's deposit in another country's central bank: other, depositor -> the bank's country ------------------------
    _case('deposit-p1', 'Kuwait has deposited $2 billion with the Central Bank of Sudan, the Kuwaiti fund said.',
          [('other', 'KWT', 'SDN', 2 * B, 'USD', None, 'actual')]),
    _case('deposit-p2', "Qatar will place $3 billion on deposit at Turkey's central bank.",
          [('other', 'QAT', 'TUR', 3 * B, 'USD', None, 'forecast')]),
    _case('deposit-p3', 'China parked $1.5 billion in the State Bank of Pakistan last June.',
          [('other', 'CHN', 'PAK', 1.5 * B, 'USD', 2023, 'actual')]),
    _case('deposit-p4', 'The Saudi government will make a $2 billion deposit in the Central Bank of Yemen.',
          [('other', 'SAU', 'YEM', 2 * B, 'USD', None, 'forecast')]),
    # near misses: banks or savers as depositors, a country's own central bank, commercial banks
    _case('deposit-n1', "Russian banks deposited $2 billion with Turkey's central bank.", []),
    _case('deposit-n2', 'Turkey deposited $5 billion in its own central bank.', []),
    _case('deposit-n3', 'Saudi Arabia deposited $5 billion in Swiss banks last year.', []),
    _case('deposit-n4', 'Oman will deposit $300 million in the Central Bank of Oman.', []),
    _case('deposit-n5', "Saudi Arabia will not deposit $5 billion with Turkey's central bank this year.", []),
    # -- "... and will invest a further $X": the same giver and place as the money before ------------------------------------
    _case('andinvest-p1', 'Qatar will deposit $1 billion in the National Bank of Rwanda and will invest a further $500 million, '
                          'officials said.',
          [('other', 'QAT', 'RWA', 1 * B, 'USD', None, 'forecast'),
           ('investment', 'QAT', 'RWA', 500 * M, 'USD', None, 'forecast')]),
    _case('andinvest-p2', 'Japan will lend Vietnam $1 billion and will invest another $2 billion.',
          [('aid', 'JPN', 'VNM', 1 * B, 'USD', None, 'forecast'),
           ('investment', 'JPN', 'VNM', 2 * B, 'USD', None, 'forecast')]),
    _case('andinvest-p3', 'Kuwait placed $500 million with the Central Bank of Jordan and also invested $300 million.',
          [('other', 'KWT', 'JOR', 500 * M, 'USD', None, 'actual'),
           ('investment', 'KWT', 'JOR', 300 * M, 'USD', None, 'actual')]),
    # near misses: the second investment names its own country; another investor
    _case('andinvest-n1', 'Japan will lend Vietnam $1 billion and will invest another $2 billion in Laos.',
          [('aid', 'JPN', 'VNM', 1 * B, 'USD', None, 'forecast'),
           ('investment', 'JPN', 'LAO', 2 * B, 'USD', None, 'forecast')]),
    _case('andinvest-n2', 'Saudi Arabia will place $3 billion with the State Bank of Pakistan, and Chinese firms will invest a '
                          'further $2 billion.', None, [('investment', 'SAU', 'PAK', 2 * B, 'USD', None, 'forecast')]),
    # -- compensation between states (tests/gold/README.md): aid, payer -> recipient, a forecast while promised -------------
    _case('comp-p1', 'Germany will pay Namibia 1.1 billion euros in compensation over 30 years.',
          [('aid', 'DEU', 'NAM', 1.1 * B, 'EUR', None, 'forecast')]),
    _case('comp-p2', 'Japan paid $550 million in reparations to the Philippines under a 1956 agreement.',
          [('aid', 'JPN', 'PHL', 550 * M, 'USD', None, 'actual')]),
    _case('comp-p3', 'Italy agreed to pay Libya $5 billion over 25 years as compensation for its colonial rule.',
          [('aid', 'ITA', 'LBY', 5 * B, 'USD', None, 'forecast')]),
    _case('comp-p4', 'TRIPOLI - Italy and Libya signed a friendship treaty on Saturday. Under it, Italy will pay $5 billion '
                     'over 25 years in compensation for the colonial era.',
          [('aid', 'ITA', 'LBY', 5 * B, 'USD', None, 'forecast')]),
    _case('comp-p5', 'Japan will pay South Korea $300 million as compensation for wartime forced labour.',
          [('aid', 'JPN', 'KOR', 300 * M, 'USD', None, 'forecast')]),
    # near misses: no state pays, no state receives, a demand or a refusal, a bill for arms
    _case('comp-n1', 'The airline will pay Ukraine $80 million in compensation for the downed jet.', []),
    _case('comp-n2', 'Poland demands that Germany pay $1.3 trillion in war reparations.', []),
    _case('comp-n3', 'The government will pay farmers $2 billion in compensation for losses from Chinese tariffs.', []),
    _case('comp-n4', "Russia was ordered to pay Ukraine's Naftogaz $5 billion in compensation.", []),
    _case('comp-n5', 'Iraq has paid $52 billion in compensation to 1.5 million claimants.', []),
    _case('comp-n6', 'Turkey will pay Russia $2.5 billion for the missiles.', []),
    _case('comp-n7', 'Japan refused to pay South Korea $500 million in compensation.', []),
    _case('comp-n8', "Germany won't pay Poland 1 trillion euros in war reparations.", []),
    # -- a year before a currency word is no amount ------------------------------------------------------------------------
    _case('yearmoney-p1', "Russia's imports from China recovered after the 1998 rouble collapse, reaching $5 billion in 2000.",
          [('imports', 'RUS', 'CHN', 5 * B, 'USD', 2000, 'actual')]),
    _case('yearmoney-p2', "Argentina's exports to Brazil collapsed after the 2001 peso devaluation, to $5 billion in 2002.",
          [('exports', 'ARG', 'BRA', 5 * B, 'USD', 2002, 'actual')]),
    _case('yearmoney-p3', "The 1998 rouble default cut Russia's imports from Germany to $10 billion in 1999.",
          [('imports', 'RUS', 'DEU', 10 * B, 'USD', 1999, 'actual')]),
    _case('yearmoney-p4', 'A U.S. credit line carried Mexico through the 1995 peso crisis, and U.S. exports to Mexico fell to '
                          '$45 billion that year.', None, [('aid', 'USA', 'MEX', 1995, 'MXN', 1995, 'actual')]),
    # near misses: a number with a scale word is an amount, whatever its digits
    _case('yearmoney-n1', 'Exports from Russia to China reached 2015 billion rubles in 2023.',
          [('exports', 'RUS', 'CHN', 2015 * B, 'RUB', 2023, 'actual')]),
    _case('yearmoney-n2', "Turkey's imports from Russia came to 1998 million lira last year.",
          [('imports', 'TUR', 'RUS', 1998 * M, 'TRY', 2023, 'actual')]),
    # -- a range whose low end carries its own scale ----------------------------------------------------------------------
    _case('range-p1', 'Qatar will invest between 10 billion and 15 billion dollars in Britain over five years.',
          [('investment', 'QAT', 'GBR', 12.5 * B, 'USD', None, 'forecast')]),
    _case('range-p2', 'Trade between Chile and Peru was between 3 billion and 4 billion dollars in 2023.',
          [('trade', 'CHL', 'PER', 3.5 * B, 'USD', 2023, 'actual')]),
    _case('range-p3', 'Japan will give Thailand between 500 million and 800 million dollars in aid.',
          [('aid', 'JPN', 'THA', 650 * M, 'USD', None, 'forecast')]),
    _case('range-p4', 'Investment from Korea into Vietnam reached between 2 billion and 3 billion dollars last year.',
          [('investment', 'KOR', 'VNM', 2.5 * B, 'USD', 2023, 'actual')]),
    # near miss: a date between the two numbers makes two amounts
    _case('range-n1', 'Trade between Chile and Peru swung between 3 billion in 2019 and 4 billion dollars in 2023.', None,
          [('trade', 'CHL', 'PER', 3.5 * B, 'USD', None, 'actual'), ('trade', 'CHL', 'PER', 3.5 * B, 'USD', 2023, 'actual')]),
    # -- one sum restated in dollars later in its clause, or told as a swap's two legs -------------------------------------
    _case('equiv-p1', 'Turkey and Qatar signed a currency swap of 12 billion lira, worth about $2 billion, on Friday.',
          [('other', 'TUR', 'QAT', 2 * B, 'USD', None, 'actual')]),
    _case('equiv-p2', 'The central banks of Brazil and China signed a 190 billion yuan swap line, equivalent to $30 billion.',
          [('other', 'BRA', 'CHN', 30 * B, 'USD', None, 'actual')]),
    _case('equiv-p3', "Japan's central bank agreed a currency swap with Iceland worth 200 billion kronur, or about $1.5 billion.",
          [('other', 'JPN', 'ISL', 1.5 * B, 'USD', None, 'actual')]),
    _case('equiv-p4', 'Under their currency swap the central banks of Argentina and China can exchange 70 billion yuan for '
                      '130 billion pesos, about $10 billion.',
          [('other', 'ARG', 'CHN', 10 * B, 'USD', None, 'actual')]),
    # near misses: two flows joined by "and" or set against each other are two sums
    _case('equiv-n1', "China's exports to Brazil reached 90 billion yuan, and imports from Brazil were worth about $20 billion.",
          [('exports', 'CHN', 'BRA', 90 * B, 'CNY', None, 'actual'), ('imports', 'CHN', 'BRA', 20 * B, 'USD', None, 'actual')]),
    _case('equiv-n2', "China's exports to Brazil reached 90 billion yuan in 2023, compared with imports, worth about $20 billion.",
          [('exports', 'CHN', 'BRA', 90 * B, 'CNY', 2023, 'actual'), ('imports', 'CHN', 'BRA', 20 * B, 'USD', 2023, 'actual')]),
    # -- money a state borrowed from another state's lender: a state loan, aid lender -> borrower --------------------------
    _case('borrow-p1', 'Laos borrowed $500 million from China Development Bank to build the railway.',
          [('aid', 'CHN', 'LAO', 500 * M, 'USD', None, 'actual')]),
    _case('borrow-p2', "Kenya borrowed $3.2 billion from China's Export-Import Bank in 2014 for the line.",
          [('aid', 'CHN', 'KEN', 3.2 * B, 'USD', 2014, 'actual')]),
    _case('borrow-p3', 'VIENTIANE - Laos opened its railway to China on Friday. The government borrowed $1.5 billion from the '
                       'Export-Import Bank of China in 2016 to pay its share.',
          [('aid', 'CHN', 'LAO', 1.5 * B, 'USD', 2016, 'actual')]),
    _case('borrow-p4', 'Sri Lanka borrowed $1 billion from the government of Japan last year.',
          [('aid', 'JPN', 'LKA', 1 * B, 'USD', 2023, 'actual')]),
    _case('borrow-p5', 'Zambia borrowed $300 million from China in 2018.',
          [('aid', 'CHN', 'ZMB', 300 * M, 'USD', 2018, 'actual')]),
    # near misses: a multilateral lender, commercial banks, a firm as borrower, the borrower's own bank
    _case('borrow-n1', 'Egypt borrowed $3 billion from the IMF.', []),
    _case('borrow-n2', 'Kenya borrowed $2 billion from Chinese banks in 2019.', []),
    _case('borrow-n3', 'Chinese firms borrowed $5 billion from Japan.', []),
    _case('borrow-n4', 'Ghana borrowed $1 billion from the Bank of China.', []),
    _case('borrow-n5', 'Pakistan borrowed $2 billion from its own central bank.', []),
]


@pytest.mark.parametrize(("text", "expected", "absent", "pub"), CASES)
def test__figures_s11(extractor, text, expected, absent, pub):
    rows = got(extractor, text, pub)
    if expected is not None:
        assert rows == want(expected)
    for row in norm(list(absent)):
        assert row not in rows
