"""Figures, twelfth session: the lead's convention for a transfer told as the story's news with no period of its own (the
publication year; totals, stocks and undeadlined pledges stay undated), one sum told in two currencies kept in the
currency written first with its dollar value, a dateline of two cities, money several givers put up "between them", and
"in N years" after a first or a superlative (a count back, no period), and a loan's state lender named "of" its country
after the amount.

Every sentence here was written for this file in our own words; none comes from a gold file, a training probe or a
corpus. Each group tests one rule: its positives failed before the rule (other wording, countries and sentence shape than
the blind46/48/49 items that motivated it), its near misses must keep their output. Tuples are (metric, reporter,
partner, value, currency, first year of the period or None, qualifier), a trade or other pair sorted; publication
2024-03-11.
"""
from __future__ import annotations

import pytest

from tests.figure_cases import B, M, PUB, case as _case, figures, got, norm, want

CASES = [
    # -- a one-off transfer told as done in the present perfect, no period of its own: the publication year --------------
    _case('done-p1', 'Kuwait has released $300 million in grants to Jordan, the Kuwaiti fund said on Sunday.',
          [('aid', 'KWT', 'JOR', 300 * M, 'USD', 2024, 'actual')]),
    _case('done-p2', 'The Netherlands has transferred 40 million euros in humanitarian aid to Sudan, its foreign ministry said.',
          [('aid', 'NLD', 'SDN', 40 * M, 'EUR', 2024, 'actual')]),
    _case('done-p3', 'Japan has disbursed 30 billion yen in budget support to Sri Lanka, according to the embassy.',
          [('aid', 'JPN', 'LKA', 30 * B, 'JPY', 2024, 'actual')]),
    _case('done-p4', 'Norway has now disbursed 500 million kroner in development aid to Ethiopia.',
          [('aid', 'NOR', 'ETH', 500 * M, 'NOK', 2024, 'actual')]),
    # near misses: a running total, a stock, a pledge, a date of its own, a simple past told as background, a swap line
    _case('done-n1', "Qatar has deposited $3 billion with Turkey's central bank so far.",
          [('other', 'QAT', 'TUR', 3 * B, 'USD', None, 'actual')]),
    _case('done-n2', 'Kuwait has already released $800 million in grants to Jordan.',
          [('aid', 'KWT', 'JOR', 800 * M, 'USD', None, 'actual')]),
    _case('done-n3', 'Saudi Arabia has deposited $2 billion with the Central Bank of Yemen in 2018.',
          [('other', 'SAU', 'YEM', 2 * B, 'USD', 2018, 'actual')]),
    _case('done-n4', "Qatar will deposit $3 billion with Turkey's central bank.",
          [('other', 'QAT', 'TUR', 3 * B, 'USD', None, 'forecast')]),
    _case('done-n5', 'Kuwait deposited $500 million with the Central Bank of Jordan, bringing its total to $2 billion.',
          None, [('other', 'JOR', 'KWT', 500 * M, 'USD', 2024, 'actual'),
                 ('other', 'JOR', 'KWT', 2 * B, 'USD', 2024, 'actual')]),
    _case('done-n6', 'Japan paid Burma $200 million in reparations under a 1954 treaty.',
          None, [('aid', 'JPN', 'MMR', 200 * M, 'USD', 2024, 'actual')]),
    _case('done-n7', 'China has transferred 10 billion yuan to Argentina under their currency swap.',
          None, [('other', 'ARG', 'CHN', 10 * B, 'CNY', 2024, 'actual')]),
    _case('done-n8', 'Japan has invested $3 billion in Kenya.',
          None, [('investment', 'JPN', 'KEN', 3 * B, 'USD', 2024, 'actual')]),
    # -- one sum in two currencies: the currency written first, with the dollar restatement as its dollar value ----------
    _case('twocur-p1', 'Japan will lend India 300 billion yen ($2 billion) for the Chennai metro.',
          [('aid', 'JPN', 'IND', 300 * B, 'JPY', None, 'forecast')]),
    _case('twocur-p2', 'Britain will give Kenya 80 million pounds, or about $100 million, in climate aid.',
          [('aid', 'GBR', 'KEN', 80 * M, 'GBP', None, 'forecast')]),
    _case('twocur-p3', 'Trade between Poland and South Korea rose to 9.6 billion euros (about $10.4 billion) in 2023.',
          [('trade', 'KOR', 'POL', 9.6 * B, 'EUR', 2023, 'actual')]),
    # near misses: dollars written first stay dollars; two different sums stay two
    _case('twocur-n1', 'Japan will lend India $2 billion (300 billion yen) for the Chennai metro.',
          [('aid', 'JPN', 'IND', 2 * B, 'USD', None, 'forecast')]),
    # -- a dateline of two cities ("CAIRO/DUBAI (Reuters) -"): filed from both, no party --------------------------------
    _case('dateline-p1', 'NAIROBI/ADDIS ABABA, May 3 (Reuters) - China will lend Kenya $500 million for the railway, officials '
                         'said.',
          [('aid', 'CHN', 'KEN', 500 * M, 'USD', None, 'forecast')]),
    _case('dateline-p2', 'PARIS/BERLIN (AFP) - Japan will give Ukraine $300 million in aid, officials said.',
          [('aid', 'JPN', 'UKR', 300 * M, 'USD', None, 'forecast')]),
    _case('dateline-p3', 'ANKARA/BAKU (Reuters) - Azerbaijan will lend Georgia $200 million for the railway.',
          [('aid', 'AZE', 'GEO', 200 * M, 'USD', None, 'forecast')]),
    # near misses: a dateline of one city; a body that names the dateline's countries itself
    _case('dateline-n1', 'SEOUL, Jan. 26 (Yonhap) -- Japan will give Ukraine $300 million in aid.',
          [('aid', 'JPN', 'UKR', 300 * M, 'USD', None, 'forecast')]),
    _case('dateline-n2', 'MOSCOW/BEIJING (Reuters) - Trade between Russia and China rose to $240 billion in 2023.',
          [('trade', 'CHN', 'RUS', 240 * B, 'USD', 2023, 'actual')]),
    # -- aid or investment several givers put up "between them" / "together": a sum over givers, no figure --------------
    _case('givers-p1', 'Norway and Sweden pledged $60 million between them to Kenya.', []),
    _case('givers-p2', 'Germany and France have given Ukraine 5 billion euros in aid among them this year.', []),
    _case('givers-p3', 'Japan and South Korea will invest $3 billion together in Indonesia.', []),
    # near misses: trade "between them" is the pair's own; "together" in a later clause of its own
    _case('givers-n1', 'The Netherlands and Belgium traded goods worth 120 billion euros between them in 2022.',
          [('trade', 'BEL', 'NLD', 120 * B, 'EUR', 2022, 'actual')]),
    _case('givers-n2', 'Canada will give Haiti $80 million in aid, and the two governments will work together on its '
                       'delivery.',
          [('aid', 'CAN', 'HTI', 80 * M, 'USD', None, 'forecast')]),
    # -- "the first ... in 34 years", "the highest in ten years": a count back after a first or a superlative, no period --
    _case('lookback-p1', 'Japan expects its trade with Vietnam to reach $80 billion, the highest in ten years.',
          [('trade', 'JPN', 'VNM', 80 * B, 'USD', None, 'forecast')]),
    _case('lookback-p2', 'Qatar will invest $5 billion in Egypt, its first pledge there in six years, officials said.',
          [('investment', 'QAT', 'EGY', 5 * B, 'USD', None, 'forecast')]),
    _case('lookback-p3', 'Kazakhstan will lend Kyrgyzstan $100 million, the first such loan in 20 years.',
          [('aid', 'KAZ', 'KGZ', 100 * M, 'USD', None, 'forecast')]),
    # near misses: a goal reached "in five years" keeps its year
    _case('lookback-n1', 'China plans to invest $20 billion in Kenya in five years.',
          [('investment', 'CHN', 'KEN', 20 * B, 'USD', 2029, 'forecast')]),
    _case('lookback-n2', 'South Korea aims to lift trade with India to $50 billion in ten years, the fastest growth of any '
                         'partner.',
          [('trade', 'IND', 'KOR', 50 * B, 'USD', 2034, 'target')]),
    # -- a loan "from the Export-Import Bank of <country>" after the amount: that country lends ---------------------------
    _case('lender-p1', 'Kenya is to get a concessional loan of 40 billion yen, or about $300 million, from the Export-Import '
                       'Bank of Japan.',
          [('aid', 'JPN', 'KEN', 40 * B, 'JPY', None, 'forecast')]),
    _case('lender-p2', 'Nepal will receive a concessional loan of 20 billion rupees, or about $150 million, from the '
                       'Export-Import Bank of India.',
          [('aid', 'IND', 'NPL', 20 * B, 'NPR', None, 'forecast')]),
    _case('lender-p3', 'Tonga is to get a 20-year concessional loan of $65 million from the Export-Import Bank of China.',
          [('aid', 'CHN', 'TON', 65 * M, 'USD', None, 'forecast')]),
    # near misses: a lender of another loan in a later clause; a lender named beside a grant of a third country
    _case('lender-n1', 'China will lend Sri Lanka $300 million, after Sri Lanka repaid a loan from the Export-Import Bank of '
                       'India.',
          [('aid', 'CHN', 'LKA', 300 * M, 'USD', None, 'forecast')]),
    _case('lender-n2', "India will give Nepal a $200 million grant, separate from the Export-Import Bank of India's credit "
                       "line.",
          [('aid', 'IND', 'NPL', 200 * M, 'USD', None, 'forecast')]),
    _case('twocur-n2', 'Japan will lend India 300 billion yen and give it $20 million in grants.',
          None, [('aid', 'JPN', 'IND', 20 * M, 'JPY', None, 'forecast'),
                 ('aid', 'JPN', 'IND', 300 * B, 'USD', None, 'forecast')]),
]


@pytest.mark.parametrize(("text", "expected", "absent", "pub"), CASES)
def test__figures_s12(extractor, text, expected, absent, pub):
    rows = got(extractor, text, pub)
    if expected is not None:
        assert rows == want(expected)
    for row in norm(list(absent)):
        assert row not in rows


USD_CASES = [
    pytest.param('Japan will lend India 300 billion yen ($2 billion) for the Chennai metro.', 2 * B, id='usd-paren'),
    pytest.param('Britain will give Kenya 80 million pounds, or about $100 million, in climate aid.', 100 * M, id='usd-or'),
    pytest.param('Japan will lend India $2 billion (300 billion yen) for the Chennai metro.', 2 * B, id='usd-first'),
    pytest.param('Japan will lend India 300 billion yen for the Chennai metro.', None, id='usd-none'),
]


@pytest.mark.parametrize(("text", "value_usd"), USD_CASES)
def test__figures_s12__value_usd(extractor, text, value_usd):
    """the dollar value of a sum told in two currencies is the dollar one; a sum in one other currency has none"""
    (row,) = figures(extractor, text, PUB)
    assert (round(row["value_usd"]) if row["value_usd"] is not None else None) == value_usd


# -- review fixes (reviewer rf of session 12): every sentence below broke on the branch before the fix -------------------
REVIEW_CASES = [
    # a lender "of" its country only as a bank right after "from" in the loan's own phrase (F1)
    _case('rf-ln01', 'Japan will give Kenya $300 million in aid after a request from the government of Kenya.',
          [('aid', 'JPN', 'KEN', 300 * M, 'USD', None, 'forecast')]),
    _case('rf-ln02', 'China will lend Laos $500 million, officials from the finance ministry of Laos said.',
          [('aid', 'CHN', 'LAO', 500 * M, 'USD', None, 'forecast')]),
    _case('rf-ln03', 'Japan will provide Sri Lanka $100 million in grants following an appeal from the government of Sri Lanka.',
          [('aid', 'JPN', 'LKA', 100 * M, 'USD', None, 'forecast')]),
    _case('rf-ln05', 'China will lend the Philippines $500 million with support from the Development Bank of the Philippines.',
          [('aid', 'CHN', 'PHL', 500 * M, 'USD', None, 'forecast')]),
    _case('rf-ln13', 'Japan will lend Bangladesh $1 billion, according to a statement from the finance ministry of Bangladesh.',
          [('aid', 'JPN', 'BGD', 1 * B, 'USD', None, 'forecast')]),
    # "together"/"jointly"/"between them" drops a figure only after two or more givers coordinated (F2)
    _case('rf-gv01', 'China will invest $3 billion jointly in a refinery with Pakistan State Oil.',
          [('investment', 'CHN', 'PAK', 3 * B, 'USD', None, 'forecast')]),
    _case('rf-gv09', 'Japan will provide $60 million in aid jointly through UN agencies to Afghanistan.',
          [('aid', 'JPN', 'AFG', 60 * M, 'USD', None, 'forecast')]),
    _case('rf-gv12', 'France will give Senegal 100 million euros in aid jointly managed with the World Bank.',
          [('aid', 'FRA', 'SEN', 100 * M, 'EUR', None, 'forecast')]),
    # "in N years" counts back only in one noun phrase with a listed first, last or superlative (F3)
    _case('rf-lb01', 'China pledged $20 billion to invest in Kenya in five years.',
          [('investment', 'CHN', 'KEN', 20 * B, 'USD', 2029, 'target')]),
    _case('rf-lb02', "Japan will give Indonesia $2 billion to build the country's longest bridge in five years.",
          [('aid', 'JPN', 'IDN', 2 * B, 'USD', 2029, 'forecast')]),
    _case('rf-lb15', "China will lend Kenya $1 billion to build the railway's longest section in three years.",
          [('aid', 'CHN', 'KEN', 1 * B, 'USD', 2027, 'forecast')]),
    _case('rf-lb16', 'Japan will invest $3 billion in India, with the largest share to be spent in four years.',
          [('investment', 'JPN', 'IND', 3 * B, 'USD', 2028, 'forecast')]),
    # a done act's total, share, spread or a verb of another clause keeps no publication year (F4)
    _case('rf-da05', "Japan has disbursed more than $30 billion in development assistance to Indonesia, making it the "
                     "country's largest donor.", None, [('aid', 'JPN', 'IDN', 30 * B, 'USD', 2024, 'actual')]),
    _case('rf-da06', 'Germany has paid more than $90 billion in reparations to Israel and Holocaust survivors.',
          None, [('aid', 'DEU', 'ISR', 90 * B, 'USD', 2024, 'actual')]),
    _case('rf-da29', 'Washington has paid $1.3 billion in military aid to Egypt every year.',
          None, [('aid', 'USA', 'EGY', 1.3 * B, 'USD', 2024, 'actual')]),
    _case('rf-da35', 'India has disbursed more than half of a $1 billion credit line to Sri Lanka.',
          None, [('aid', 'IND', 'LKA', 1 * B, 'USD', 2024, 'actual')]),
    _case('rf-da46', 'Kuwait has released $300 million in grants to Jordan. Kuwait will also give Jordan $50 million in loans.',
          None, [('aid', 'KWT', 'JOR', 50 * M, 'USD', 2024, 'forecast'), ('aid', 'KWT', 'JOR', 50 * M, 'USD', 2024, 'actual')]),
    _case('rf-da56', 'The UAE has disbursed $20 billion in aid to Egypt over two decades.',
          None, [('aid', 'ARE', 'EGY', 20 * B, 'USD', 2024, 'actual')]),
    _case('rf-da59', 'Japan has disbursed $400 million to Kenya over the last decade.',
          None, [('aid', 'JPN', 'KEN', 400 * M, 'USD', 2024, 'actual')]),
    _case('rf-da65', 'The United States has disbursed $60 billion in aid to Ukraine, more than any other donor.',
          None, [('aid', 'USA', 'UKR', 60 * B, 'USD', 2024, 'actual')]),
    _case('rf-da66', 'The OECD has released a report saying Japan gave Kenya $300 million.',
          None, [('aid', 'JPN', 'KEN', 300 * M, 'USD', 2024, 'actual')]),
    _case('rf-da67', 'Kenya has paid its dues, and Japan gave it $300 million in grants.',
          None, [('aid', 'JPN', 'KEN', 300 * M, 'USD', 2024, 'actual')]),
    _case('rf-ln10', "China lent Angola $2 billion, money it raised from the Development Bank of Angola's bonds.",
          [('aid', 'CHN', 'AGO', 2 * B, 'USD', None, 'actual')]),
    _case('rf-gv08', 'China will lend Laos $500 million and Cambodia $300 million, $800 million together.',
          None, [('aid', 'CHN', 'KHM', 800 * M, 'USD', None, 'forecast')]),
    _case('rf-da-a-month', "Qatar has deposited $2 billion with Egypt's central bank, the fund said, a month after the floods.",
          [('other', 'QAT', 'EGY', 2 * B, 'USD', 2024, 'actual')]),
    # a loan, grant or deal signed as the story's news: the signing year (the lead's decision, commit 7654552)
    _case('sign-p1', 'Kuwait and Jordan signed an agreement on Monday for a $250 million soft loan to fund water projects.',
          [('aid', 'KWT', 'JOR', 250 * M, 'USD', 2024, 'actual')]),
    _case('sign-p2', 'Japan has signed loans worth 90 billion yen for Vietnam to build a metro.',
          [('aid', 'JPN', 'VNM', 90 * B, 'JPY', 2024, 'actual')]),
    _case('sign-p3', 'Turkey and Azerbaijan signed contracts worth 3 billion euros to build a gas pipeline.',
          [('other', 'AZE', 'TUR', 3 * B, 'EUR', 2024, 'actual')]),
    _case('sign-p4', 'Egypt and China have signed a deal worth $3 billion for a new rail line.',
          [('other', 'CHN', 'EGY', 3 * B, 'USD', 2024, 'actual')]),
    # near misses: a deal still to be signed, a document signed in a year of its own, a swap line
    _case('sign-n1', 'Japan and Kenya plan to sign a loan agreement worth $400 million next year.',
          None, [('aid', 'JPN', 'KEN', 400 * M, 'USD', 2024, 'actual'), ('aid', 'JPN', 'KEN', 400 * M, 'USD', 2024, 'forecast')]),
    _case('sign-n2', 'China and Argentina signed a currency swap line worth $18 billion.',
          None, [('aid', 'CHN', 'ARG', 18 * B, 'USD', 2024, 'actual')]),  # s14: the swap itself now takes 2024 (s14-g gold)
    # near misses that keep the convention's publication year
    _case('rf-keep-da33', 'Japan has disbursed $400 million to the Philippines and a $100 million grant to Vietnam.',
          None, [('aid', 'JPN', 'PHL', 400 * M, 'USD', None, 'actual')]),
    _case('rf-keep-da41', 'Beijing has transferred the first $500 million of a $2 billion loan to Kenya.',
          None, [('aid', 'CHN', 'KEN', 2 * B, 'USD', 2024, 'actual')]),
]


@pytest.mark.parametrize(("text", "expected", "absent", "pub"), REVIEW_CASES)
def test__figures_s12__review_fixes(extractor, text, expected, absent, pub):
    rows = got(extractor, text, pub)
    if expected is not None:
        assert rows == want(expected)
    for row in norm(list(absent)):
        assert row not in rows


SIGN_MORE_CASES = [
    # a signing's "more than", a comma before "worth", three words before the document's noun: still the signing year
    _case('sign-p5', 'Kuwait has signed loans worth more than $400 million with Jordan for schools.', None,
          [('aid', 'KWT', 'JOR', 400 * M, 'USD', None, 'actual')]),
    _case('sign-p6', 'Turkey and Azerbaijan signed a gas contract, worth 2 billion euros, for a new pipeline.',
          [('other', 'AZE', 'TUR', 2 * B, 'EUR', 2024, 'actual')]),
]


@pytest.mark.parametrize(("text", "expected", "absent", "pub"), SIGN_MORE_CASES)
def test__figures_s12__signing_more(extractor, text, expected, absent, pub):
    rows = got(extractor, text, pub)
    if expected is not None:
        assert rows == want(expected)
    for row in norm(list(absent)):
        assert row not in rows
