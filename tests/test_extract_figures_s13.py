"""Figures, thirteenth session: amounts written as hyphenated adjectives ("a 7.87-billion-euro deal", "a 64 trillion-won
swap"), the value of a document written before it ("signed a $4.75 billion agreement with ..."), and the signing year of
such a document signed as the story's news.

Every sentence here was written for this file in our own words; none comes from a gold file, a training probe or a
corpus. Each group tests one rule: its positives failed before the rule (other wording, countries and sentence shape than
the blind49 items that motivated it), its near misses must keep their output. Tuples are (metric, reporter, partner,
value, currency, first year of the period or None, qualifier), a trade or other pair sorted; publication 2024-03-11.
"""
from __future__ import annotations

import pytest

from newslens.extract.figures import _unhyphen_amounts
from tests.figure_cases import B, M, case as _case, got, norm, want

CASES = [
    # -- an amount written as a hyphenated adjective, and the document it is the value of ------------------------------
    _case('hyph-p1', 'Chile signed a 1.2-billion-dollar water accord with Peru on Friday.',
          [('other', 'CHL', 'PER', 1.2 * B, 'USD', 2024, 'actual')]),
    _case('hyph-p2', 'Vietnam and Japan signed a 90-billion-yen agreement on Tuesday for a new metro line in Hanoi.',
          [('other', 'JPN', 'VNM', 90 * B, 'JPY', 2024, 'actual')]),
    _case('hyph-p3', 'Mongolia has signed a $650-million arrangement with Russia to rebuild its rail network.',
          [('other', 'MNG', 'RUS', 650 * M, 'USD', 2024, 'actual')]),
    _case('hyph-p4', 'Indonesia and South Korea renewed their 10.7 trillion-won currency swap last week.',
          [('other', 'IDN', 'KOR', 10.7e12, 'KRW', None, 'actual')]),
    _case('adj-p1', 'Morocco signed a $2 billion agreement with France on Monday to buy high-speed trains.',
          [('other', 'FRA', 'MAR', 2 * B, 'USD', 2024, 'actual')]),
    _case('adj-p2', 'The Czech Republic signed a 6 billion euro pact with the United States for fighter jets.',
          [('other', 'CZE', 'USA', 6 * B, 'EUR', 2024, 'actual')]),
    # near misses: a firm signing, a national budget, company results, a multilateral lender, an appeal, a hyphenated
    # number that is no money, a deal only planned
    _case('adj-n1', 'Airbus signed a $1.5 billion agreement with Portugal to supply cargo planes.', []),
    _case('adj-n2', 'Hyundai of South Korea signed a 900-million-euro accord with Egypt for a tram line.', []),
    _case('adj-n3', "Japan's parliament passed a 112-trillion-yen budget for next year, the government in Tokyo said.", []),
    _case('adj-n4', 'Hyundai posted a 4 trillion-won operating profit in the quarter as sales to the United States rose.', []),
    _case('adj-n5', 'Sri Lanka reached a $2.9 billion staff-level agreement with the IMF on Wednesday.', []),
    _case('adj-n6', 'Donate today: a $1-million-dollar goal keeps our reporting on China and Russia free.', []),
    _case('adj-n7', 'India, a 1.4-billion-strong nation, traded with Nepal for centuries.', []),
    _case('adj-n9', 'Japan signed a $1 billion agreement with the World Bank to fund roads in Kenya.', []),
    _case('adj-n10', 'Egypt signed a $3 billion agreement with the Asian Infrastructure Investment Bank, backed by China.', []),
    _case('adj-n8', 'Peru and Chile plan to sign a $1 billion agreement next year.', None,
          [('other', 'CHL', 'PER', 1 * B, 'USD', 2024, 'actual')]),
]


@pytest.mark.parametrize(("text", "expected", "absent", "pub"), CASES)
def test__figures_s13__hyphen_and_adjective_deals(extractor, text, expected, absent, pub):
    rows = got(extractor, text, pub)
    if expected is not None:
        assert rows == want(expected)
    for row in norm(list(absent)):
        assert row not in rows


EXPIRY_CASES = [
    # -- a date that tells when the document ran out is not the money's period ------------------------------------------
    _case('expiry-p1', 'Japan and Indonesia renewed their currency swap line worth $22 billion that expired in February.',
          None, [('other', 'IDN', 'JPN', 22 * B, 'USD', 2024, 'actual')]),
    _case('expiry-p2', 'Kenya and China signed a new credit line to replace the $3 billion loan from Beijing that matured in '
                       'January.',
          None, [('aid', 'KEN', 'CHN', 3 * B, 'USD', 2024, 'actual'), ('aid', 'CHN', 'KEN', 3 * B, 'USD', 2024, 'actual')]),
    _case('expiry-p3', 'India and Sri Lanka renewed their $400 million swap facility that lapsed in February.',
          None, [('other', 'IND', 'LKA', 400 * M, 'USD', 2024, 'actual')]),
    # near misses: a period of the money itself, before or after the amount, stays
    _case('expiry-n1', 'Trade between Kenya and Japan rose to $3 billion in 2019, before the accord expired.',
          [('trade', 'JPN', 'KEN', 3 * B, 'USD', 2019, 'actual')]),
    _case('expiry-n2', "Mexico's exports to Canada reached $12 billion in 2022, the year the old pact expired.",
          [('exports', 'MEX', 'CAN', 12 * B, 'USD', 2022, 'actual')]),
]


@pytest.mark.parametrize(("text", "expected", "absent", "pub"), EXPIRY_CASES)
def test__figures_s13__expiry_date_is_no_period(extractor, text, expected, absent, pub):
    rows = got(extractor, text, pub)
    if expected is not None:
        assert rows == want(expected)
    for row in norm(list(absent)):
        assert row not in rows


COUNTBACK_CASES = [
    # -- a signing's year holds when a superlative counts back over years after it ("its biggest ... in years") ----------
    _case('countback-p1', 'Japan signed a $500 million loan agreement with Kenya, its largest loan to the country in decades.',
          [('aid', 'JPN', 'KEN', 500 * M, 'USD', 2024, 'actual')]),
    _case('countback-p2', 'Egypt and Italy signed a deal worth 2 billion euros on Monday, the biggest such accord in years.',
          [('other', 'EGY', 'ITA', 2 * B, 'EUR', 2024, 'actual')]),
    _case('countback-p3', 'Peru signed a 900-million-dollar agreement with South Korea, its first arms purchase in ten years.',
          [('other', 'KOR', 'PER', 900 * M, 'USD', 2024, 'actual')]),
    # near misses: money spread over years keeps no period
    _case('countback-n1', 'Japan signed loans worth $500 million with Kenya over two decades.',
          None, [('aid', 'JPN', 'KEN', 500 * M, 'USD', 2024, 'actual')]),
    _case('countback-n2', 'Kuwait has disbursed $300 million in grants to Jordan every year since the war.',
          None, [('aid', 'KWT', 'JOR', 300 * M, 'USD', 2024, 'actual')]),
]


@pytest.mark.parametrize(("text", "expected", "absent", "pub"), COUNTBACK_CASES)
def test__figures_s13__count_back_is_no_spread(extractor, text, expected, absent, pub):
    rows = got(extractor, text, pub)
    if expected is not None:
        assert rows == want(expected)
    for row in norm(list(absent)):
        assert row not in rows


VISIT_PLEDGE_CASES = [
    # -- a visit "to X" that yielded a pledge of money: X pledges it to the visitor's country -----------------------------
    _case('visit-p1', "Ruto's trip to Tokyo yielded a pledge of $300 million in Japanese loans.",
          [('aid', 'JPN', 'KEN', 300 * M, 'USD', None, 'forecast')]),
    _case('visit-p2', "Lula's visit to Beijing brought a promise of $5 billion in Chinese investment in Brazil.", None,
          [('investment', 'BRA', 'CHN', 5 * B, 'USD', None, 'target'),
           ('investment', 'BRA', 'CHN', 5 * B, 'USD', None, 'forecast')]),
    _case('visit-p3', 'Sheikh Hasina came back from a trip to China that yielded a pledge of 2 billion yuan in grants, '
                      'less than many in Dhaka had hoped.',
          [('aid', 'CHN', 'BGD', 2 * B, 'CNY', None, 'forecast')]),
    # near misses: the giver named after the amount, a third country as the recipient, no visit phrase
    _case('visit-n1', 'The visit to Cairo yielded a pledge of $2 billion from Saudi Arabia to Egypt.',
          [('aid', 'SAU', 'EGY', 2 * B, 'USD', None, 'forecast')]),
    _case('visit-n2', "Macron's visit to Hanoi yielded a pledge of $2 billion in French aid to Laos.", None,
          [('aid', 'VNM', 'FRA', 2 * B, 'USD', None, 'forecast')]),
    _case('visit-n3', 'Kenya pledged $30 million in aid to Somalia during a visit to Mogadishu.',
          [('aid', 'KEN', 'SOM', 30 * M, 'USD', None, 'forecast')]),
]


@pytest.mark.parametrize(("text", "expected", "absent", "pub"), VISIT_PLEDGE_CASES)
def test__figures_s13__a_visit_yielded_the_hosts_pledge(extractor, text, expected, absent, pub):
    rows = got(extractor, text, pub)
    if expected is not None:
        assert rows == want(expected)
    for row in norm(list(absent)):
        assert row not in rows


DOUBLE_OBJECT_CASES = [
    # -- a leader or a state gives, promises or offers a country money: the subject's country gives, a pledge is a forecast
    _case('dobj-p1', 'Xi Jinping promised Kenya $1 billion in loans on Tuesday.',
          [('aid', 'CHN', 'KEN', 1 * B, 'USD', None, 'forecast')]),
    _case('dobj-p2', 'Shinzo Abe offered the Philippines 40 billion yen in loans during talks in Manila.',
          [('aid', 'JPN', 'PHL', 40 * B, 'JPY', None, 'forecast')]),
    _case('dobj-p3', 'Xi Jinping promised Kenya a $1 billion loan on Tuesday.',
          [('aid', 'CHN', 'KEN', 1 * B, 'USD', None, 'forecast')]),
    _case('dobj-p4', 'Narendra Modi offered Sri Lanka a $500 million credit line on Tuesday.',
          [('aid', 'IND', 'LKA', 500 * M, 'USD', None, 'forecast')]),
    # near misses: a subject in another clause, money handed over (no pledge), a recipient that is the subject's own
    _case('dobj-n1', 'Xi met William Ruto, who said Kenya offered China $1 billion in loans.', None,
          [('aid', 'CHN', 'KEN', 1 * B, 'USD', None, 'forecast')]),
    _case('dobj-n2', 'Japan gave Kenya $1 billion in loans last year.',
          [('aid', 'JPN', 'KEN', 1 * B, 'USD', 2023, 'actual')]),
    _case('dobj-n3', 'Cyril Ramaphosa promised South Africa 50 billion rand in new loans for its power grid.', []),
]


@pytest.mark.parametrize(("text", "expected", "absent", "pub"), DOUBLE_OBJECT_CASES)
def test__figures_s13__a_giver_with_two_objects(extractor, text, expected, absent, pub):
    rows = got(extractor, text, pub)
    if expected is not None:
        assert rows == want(expected)
    for row in norm(list(absent)):
        assert row not in rows


@pytest.mark.parametrize(("text", "expected"), [
    ("a 7.87-billion-euro loan", "a 7.87 billion euro loan"),
    ("a 64 trillion-won swap", "a 64 trillion won swap"),
    ("a $4.75-billion deal", "a $4.75 billion deal"),
    ("a 10-billion-strong crowd", "a 10-billion-strong crowd"),
    ("a 5-million-year-old fossil", "a 5-million-year-old fossil"),
])
def test__unhyphen_amounts__same_length(extractor, text, expected):
    import re
    currency = re.compile(r"euros?\b|won\b|dollars?\b|yen\b", re.I)
    assert _unhyphen_amounts(text, currency) == expected
