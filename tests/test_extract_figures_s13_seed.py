"""Figures, thirteenth session, seed-like stories (a trip and a sum in one newspaper story): sums several countries
each give to one pot, sums from a group of states together with an international body, and "trade between the two
countries" in a trip story read as the visitor's and the host's trade, and a goal with no deadline told after a past
level in an earlier clause (no year of its own), and a state's "said it would" before its deposit
(newslens/extract/figures_seed13.py).

Every sentence here was written for this file in our own words; none comes from a gold file, a training probe or a
corpus. Each group tests one rule: its positives failed before the rule (other wording, countries and sentence shape
than the seedlike13 items that motivated it), its near misses must keep their output. Tuples are (metric, reporter,
partner, value, currency, first year of the period or None, qualifier), a trade or other pair sorted; publication
2024-03-11.
"""
from __future__ import annotations

import datetime as dt

import pytest

from newslens.extract.figures_seed13 import _story_visit_pair, co_givers
from tests.figure_cases import B, M, case as _case, got, norm, want

CASES = [
    # -- co-givers: "X and Y each pledged": a sum of each of them to a pot, never money between them ----------------------
    _case('cogive-p1', 'Norway and Sweden each pledged $500 million at the Bonn meeting of the Adaptation Fund.', []),
    _case('cogive-p2', 'Japan, Canada and Australia each promised 200 million dollars, while Italy offered 90 million euros.',
          []),
    _case('cogive-p3', 'South Korea and New Zealand each contributed $20 million to the relief appeal on Thursday.', []),
    # near misses: a recipient named after the sum keeps the giver's row; no "each", no co-givers; a body and a country
    _case('cogive-n1', 'Germany and France each pledged 1 billion euros to Ukraine.',
          [('aid', 'DEU', 'UKR', 1 * B, 'EUR', None, 'forecast')]),
    _case('cogive-n2', 'Kenyan President William Ruto landed in Tokyo on Monday. The IMF and Japan each pledged $100 million '
                       'to Kenya last year.',
          [('aid', 'JPN', 'KEN', 100 * M, 'USD', None, 'forecast')]),
    _case('cogive-n3', 'Ireland expects a 2 billion euro loan from Britain, while talks with the IMF go on.',
          [('aid', 'GBR', 'IRL', 2 * B, 'EUR', None, 'forecast')]),
    # -- pooled: a sum from a group of states together with an international body is no two-country figure --------------
    _case('pooled-p1', 'Spain pressed Italy for help on Monday. Spain expects a 4 billion euro loan tranche from its euro '
                       'zone partners and the International Monetary Fund next month.', []),
    _case('pooled-p2', 'Cyprus asked Russia for support on Friday. Cyprus hopes for 10 billion euros in rescue loans from '
                       'euro area governments as well as the IMF.', []),
    _case('pooled-p3', "Argentina's minister met Brazilian officials on Friday. Argentina expects $4 billion in loans from "
                       'friendly governments and the World Bank by June.', []),
    # near misses: one state lends with a body named elsewhere in the sentence; two states lend together
    _case('pooled-n1', 'Egypt will get a $3 billion loan from Saudi Arabia and Kuwait, the IMF said.',
          [('aid', 'SAU', 'EGY', 3 * B, 'USD', None, 'forecast')]),
    # -- "the two countries" of a trip story: the visitor's country and the host, not a country named in passing ---------
    _case('trip-p1', 'Indonesian President Joko Widodo arrived in Tokyo on Monday for talks with Prime Minister Fumio '
                     'Kishida. Officials said trade between the two countries reached $38 billion last year, far below what '
                     'either does with China.',
          [('trade', 'IDN', 'JPN', 38 * B, 'USD', 2023, 'actual')]),
    _case('trip-p2', 'Nigerian President Bola Tinubu arrived in New Delhi on Friday for talks with Narendra Modi. Officials '
                     "said bilateral trade had climbed to $12 billion last year, still small next to India's trade with the "
                     'United States.',
          [('trade', 'IND', 'NGA', 12 * B, 'USD', 2023, 'actual')]),
    _case('trip-p3', 'Chilean President Gabriel Boric flew to Seoul on Monday and met President Yoon Suk Yeol. Trade between '
                     'the two countries reached $9 billion in 2023, about a third of what Chile sells to China.',
          [('trade', 'CHL', 'KOR', 9 * B, 'USD', 2023, 'actual')]),
    # near misses: the third country named before the sum in its own sentence; no pair words; two trips told as
    # often as each other (no story pair); a pair the sentence before named without the trip's other side
    _case('trip-n1', 'Japanese Prime Minister Fumio Kishida arrived in Hanoi on Saturday for talks with Pham Minh Chinh. '
                     "Vietnam's bilateral trade with China reached $170 billion last year, officials said.",
          [('trade', 'CHN', 'VNM', 170 * B, 'USD', 2023, 'actual')]),
    _case('trip-n2', "German Chancellor Olaf Scholz landed in Hanoi on Sunday. Vietnam's trade with China reached $170 "
                     'billion last year.',
          [('trade', 'CHN', 'VNM', 170 * B, 'USD', 2023, 'actual')]),
    _case('trip-n3', 'HANOI — Prime Minister Anthony Albanese signed a strategic partnership with Vietnam on Sunday and urged '
                     'China and the Philippines to calm tensions in the South China Sea. Albanese met Prime Minister Pham '
                     'Minh Chinh after Beijing warned Manila again. Two-way trade rose to $21 billion in 2023.',
          [('trade', 'AUS', 'VNM', 21 * B, 'USD', 2023, 'actual')]),
    # -- a goal with no deadline after a past level in an earlier clause takes no year from it ---------------------------
    _case('goal-p1', 'Trade between Chile and Peru reached $5 billion last year, and the two presidents set a goal of $8 '
                     'billion.',
          [('trade', 'CHL', 'PER', 5 * B, 'USD', 2023, 'actual'), ('trade', 'CHL', 'PER', 8 * B, 'USD', None, 'target')]),
    _case('goal-p2', 'Bilateral trade between Egypt and Kenya stood at $600 million in 2023; both sides agreed on a target '
                     'of $1 billion.',
          [('trade', 'EGY', 'KEN', 600 * M, 'USD', 2023, 'actual'), ('trade', 'EGY', 'KEN', 1 * B, 'USD', None, 'target')]),
    _case('goal-p3', 'Two-way trade between Vietnam and Brazil hit $7 billion last year, but the leaders want to raise it '
                     'to $10 billion.',
          [('trade', 'BRA', 'VNM', 7 * B, 'USD', 2023, 'actual'), ('trade', 'BRA', 'VNM', 10 * B, 'USD', None, 'target')]),
    # near misses: a deadline after the goal; a year in the goal's own clause; a past goal named as such
    _case('goal-n1', 'Trade between Chile and Peru reached $5 billion last year, and the two presidents set a goal of $8 '
                     'billion by 2026.',
          [('trade', 'CHL', 'PER', 5 * B, 'USD', 2023, 'actual'), ('trade', 'CHL', 'PER', 8 * B, 'USD', 2026, 'target')]),
    _case('goal-n2', 'In 2022 Chile and Peru set a trade goal of $8 billion, and trade reached $5 billion last year.',
          [('trade', 'CHL', 'PER', 8 * B, 'USD', 2022, 'target'), ('trade', 'CHL', 'PER', 5 * B, 'USD', 2023, 'actual')]),
    _case('goal-n3', "Chile and Peru missed last year's goal of $8 billion in trade.",
          [('trade', 'CHL', 'PER', 8 * B, 'USD', 2023, 'target')]),
    # -- a state's reported promise before its deposit: "X said it would place $N with the central bank of Y" -----------
    _case('said-p1', 'Qatar said it would place $2 billion with the Central Bank of Jordan.',
          [('other', 'JOR', 'QAT', 2 * B, 'USD', None, 'forecast')]),
    _case('said-p2', 'Kuwait announced on Monday that it will deposit $1 billion with the Central Bank of Egypt.',
          [('other', 'EGY', 'KWT', 1 * B, 'USD', None, 'forecast')]),
    _case('said-p3', 'Oman confirmed that it is to deposit $500 million with the Central Bank of Bahrain.',
          [('other', 'BHR', 'OMN', 500 * M, 'USD', None, 'forecast')]),
    # near misses: a refusal; a request; a demonym with officials (no state named as the subject)
    _case('said-n1', 'Saudi Arabia said it would not deposit $2 billion with the Central Bank of Lebanon.', []),
    _case('said-n2', 'Pakistan said it would seek a $3 billion deposit from the UAE.', []),
    _case('said-n3', 'Egyptian officials said it would deposit $1 billion with the Central Bank of Sudan.', []),
]


@pytest.mark.parametrize(("text", "expected", "absent", "pub"), CASES)
def test__figures_s13_seed(extractor, text, expected, absent, pub):
    rows = got(extractor, text, pub)
    if expected is not None:
        assert rows == want(expected)
    for row in norm(list(absent)):
        assert row not in rows


class _M:
    """a mention as figures_seed13 reads it"""

    def __init__(self, text, word, iso3, kind="country"):
        self.start = text.index(word)
        self.end, self.iso3, self.kind = self.start + len(word), iso3, kind


def test__co_givers__coordinated_names_only():
    """only the names joined by commas and "and" right before "each" are co-givers; "Denmark spoke" is not one"""
    text = "Denmark spoke first. Austria, Ireland and Malta each committed $30 million."
    mentions = [_M(text, w, i) for w, i in (("Denmark", "DNK"), ("Austria", "AUT"), ("Ireland", "IRL"), ("Malta", "MLT"))]
    assert co_givers(text, 0, len(text), mentions) == {"AUT", "IRL", "MLT"}
    assert co_givers("Malta each gave $1 million.", 0, 27, [_M("Malta each gave $1 million.", "Malta", "MLT")]) == set()


@pytest.mark.parametrize(("visits", "pair"), [
    ([("TUR", "UKR", "occurred"), ("UKR", "TUR", "occurred"), ("RUS", "TUR", "planned")], ("TUR", "UKR")),
    ([("AUS", "CHN", "occurred"), ("VNM", "CHN", "occurred")], None),  # a tie: no story pair
    ([("IND", "IND", "occurred"), ("IND", "CHN", "invited")], None),  # no foreign trip told as done
])
def test__story_visit_pair(visits, pair):
    rows = [{"visitor_iso3": a, "host_iso3": b, "status": s, "is_domestic": a == b} for a, b, s in visits]
    assert _story_visit_pair(rows)[0] == pair


# -- fix of session 13: the reviewer's probes (ids as in its report; its sentences, published 2024-05-01) and own-words
# cases of each narrowed rule; every reviewer case failed on the branch before the fix ---------------------------------
FIX_PUB = dt.date(2024, 5, 1)

FIX_CASES = [
    # -- drop_pooled_money: a pooled source merely named beside a state's own sum ("apart from", "on top of") keeps the sum
    _case('pf01', 'Saudi Arabia will lend Egypt $5 billion, apart from funds from Western donors and the IMF.',
          [('aid', 'SAU', 'EGY', 5 * B, 'USD', None, 'forecast')], pub=FIX_PUB),
    _case('pf02', 'China lent Pakistan $2 billion last month, on top of a tranche from its Gulf allies and the IMF.',
          [('aid', 'CHN', 'PAK', 2 * B, 'USD', 2024, 'actual')], pub=FIX_PUB),
    _case('pf07', "Kuwait deposited $2 billion in Egypt's central bank, separate from commitments from Gulf states "
                  'and the IMF.',
          [('other', 'EGY', 'KWT', 2 * B, 'USD', None, 'actual')], pub=FIX_PUB),
    _case('pf10', 'Italy lent Tunisia 100 million euros last week, in addition to loans from European lenders and '
                  'the IMF.',
          [('aid', 'ITA', 'TUN', 100 * M, 'EUR', None, 'actual')], pub=FIX_PUB),
    _case('pf11', 'Qatar will invest $10 billion in Egypt, a boost after support from Gulf donors and the World Bank.',
          [('investment', 'QAT', 'EGY', 10 * B, 'USD', None, 'forecast')], pub=FIX_PUB),
    _case('pf13', 'Japan gave Ukraine $4.5 billion in 2023, in addition to money from the G7 partners and the EU.',
          [('aid', 'JPN', 'UKR', 4500 * M, 'USD', 2023, 'actual')], pub=FIX_PUB),
    _case('pf14', 'France lent Senegal 150 million euros, on top of funds from other donors and the World Bank.',
          [('aid', 'FRA', 'SEN', 150 * M, 'EUR', None, 'actual')], pub=FIX_PUB),
    _case('seed6', 'Philippine president begins Japan trip; record trade forecast\n\nTOKYO, Feb 8 - Philippine '
                   'President Ferdinand Marcos Jr. arrived in Tokyo on Wednesday for a five-day official visit at the '
                   'invitation of Prime Minister Fumio Kishida, his second trip to Japan.\nJapan pledged 600 billion '
                   'yen in aid and private investment for the Philippines, and officials expect bilateral trade to '
                   "hit a record $25 billion this year.\nJapan is the Philippines' biggest source of development aid. "
                   'Manila also gets funds from Western donors and the Asian Development Bank; Japan separately lent '
                   'the Philippines $800 million last year, apart from money from the World Bank and other lenders.\n'
                   'Marcos invited Kishida to visit Manila in 2024.\nPHOTO: Marcos and Kishida review an honour guard '
                   'in Tokyo, Feb. 9, 2023. Kyodo\nALSO READ: US, Philippines trade tops $20 billion | China gives '
                   'Cambodia $300 million\nHelp us keep reporting: a gift of $10 supports our newsroom.',
          # the ALSO READ line is a list of links: its amounts are no figures (session 13's link-line rule)
          [('aid', 'JPN', 'PHL', 800 * M, 'USD', 2023, 'actual'),
           ('aid', 'JPN', 'PHL', 600 * B, 'JPY', None, 'forecast'),
           ('trade', 'JPN', 'PHL', 25 * B, 'USD', 2024, 'forecast')], pub=FIX_PUB),
    _case('own-pooled-n1', 'Kuwait will lend Jordan $1 billion, besides loans from Arab lenders and the World Bank.',
          [('aid', 'KWT', 'JOR', 1 * B, 'USD', None, 'forecast')], pub=FIX_PUB),
    _case('own-pooled-n2', 'Germany granted Moldova 50 million euros, in addition to support from EU members and the EBRD.',
          [('aid', 'DEU', 'MDA', 50 * M, 'EUR', None, 'actual')], pub=FIX_PUB),
    _case('own-pooled-p1', 'Moldova hopes for a 600 million euro package from its European partners and the IMF this year.',
          [], pub=FIX_PUB),
    # -- co-givers: only the sum of the "each <give verb>" clause, or of a later clause naming neither of them, is the pot's
    _case('cg04', 'China and Russia each announced new measures on Monday, and China will lend Russia $5 billion to '
                  'finance a pipeline.',
          [('aid', 'CHN', 'RUS', 5 * B, 'USD', None, 'forecast')], pub=FIX_PUB),
    _case('cg08', 'Qatar and Turkey each promised to raise trade between them to $5 billion by 2026.',
          [('trade', 'QAT', 'TUR', 5 * B, 'USD', 2026, 'target')], pub=FIX_PUB),
    _case('long4', 'Japanese Prime Minister Fumio Kishida arrived in Hanoi on Saturday for talks with Pham Minh '
                   'Chinh. Bilateral trade reached $1 billion in 2000, officials in Hanoi said, while Japan and '
                   'Vietnam each pledged 1 million dollars to Laos. Bilateral trade reached $2 billion in 2001, '
                   'officials in Hanoi said, while Japan and Vietnam each pledged 2 million dollars to Laos. '
                   'Bilateral trade reached $3 billion in 2002, officials in Hanoi said, while Japan and Vietnam each '
                   'pledged 3 million dollars to Laos.',
          [('aid', 'JPN', 'LAO', 1 * M, 'USD', None, 'forecast'),
           ('aid', 'JPN', 'LAO', 2 * M, 'USD', None, 'forecast'),
           ('aid', 'JPN', 'LAO', 3 * M, 'USD', None, 'forecast'),
           ('trade', 'JPN', 'VNM', 1 * B, 'USD', 2000, 'actual'),
           ('trade', 'JPN', 'VNM', 2 * B, 'USD', 2001, 'actual'),
           ('trade', 'JPN', 'VNM', 3 * B, 'USD', 2002, 'actual')], pub=FIX_PUB),
    _case('own-cogive-n1', 'Norway and Denmark each signed a new pact last week, and Norway will give Denmark 40 million '
                           'euros for a cable.',
          [('aid', 'NOR', 'DNK', 40 * M, 'EUR', None, 'forecast')], pub=FIX_PUB),
    _case('own-cogive-n2', 'Chile and Argentina each pledged to lift trade between them to $30 billion by 2030.',
          [('trade', 'ARG', 'CHL', 30 * B, 'USD', 2030, 'target')], pub=FIX_PUB),
    _case('own-cogive-p1', 'Austria and Belgium each gave about $10 million to the refugee fund.',
          [], pub=FIX_PUB),
    _case('own-cogive-p2', 'Spain and Portugal each pledged 20 million euros, while Italy had already promised 15 million '
                           'euros at the June summit.',
          [('aid', 'ITA', 'PRT', 15 * M, 'EUR', None, 'forecast')], pub=FIX_PUB),
    # -- said_it_would: the country must be the subject itself, not the seat of a charity or a party
    _case('sw14', 'A charity based in Germany said it would donate $2 million to Syria.',
          [], pub=FIX_PUB),
    _case('sw34', 'The main opposition party in Turkey said it would give $1 million to Syria.',
          [], pub=FIX_PUB),
    _case('sw38', 'A Red Cross chapter in Switzerland announced on Monday that it will donate $5 million to Lebanon.',
          [], pub=FIX_PUB),
    _case('own-said-n1', 'A church group from Norway said it would donate $1 million to Somalia.',
          [], pub=FIX_PUB),
    _case('own-said-p1', 'On Monday, Oman said it would deposit $500 million with the Central Bank of Bahrain.',
          [('other', 'BHR', 'OMN', 500 * M, 'USD', None, 'forecast')], pub=FIX_PUB),
    # -- visit_pair: a third country (or its capital) named after the sum, outside a comparison, blocks the move
    _case('vp22', 'Japanese Prime Minister Fumio Kishida arrived in Hanoi on Saturday for talks with Pham Minh '
                  "Chinh. Bilateral trade of $170 billion last year made China Vietnam's largest trading partner.",
          [('trade', 'CHN', 'VNM', 170 * B, 'USD', 2023, 'actual')], pub=FIX_PUB),
    _case('vp23', 'Japanese Prime Minister Fumio Kishida arrived in Hanoi on Saturday for talks with Pham Minh '
                  'Chinh. Two-way trade hit $170 billion last year between Vietnam and China, customs data show.',
          [('trade', 'CHN', 'VNM', 170 * B, 'USD', 2023, 'actual')], pub=FIX_PUB),
    _case('vp24', 'Japanese Prime Minister Fumio Kishida arrived in Hanoi on Saturday for talks with Pham Minh '
                  'Chinh. Trade between the two countries reached $171 billion in 2023, making China the top partner '
                  'of Vietnam, officials in Beijing said.',
          [('trade', 'CHN', 'VNM', 171 * B, 'USD', 2023, 'actual')], pub=FIX_PUB),
    _case('vp25', 'Brazilian President Luiz Inacio Lula da Silva arrived in Beijing on Thursday for talks with Xi '
                  "Jinping. Bilateral trade reached $575 billion in 2023 with the United States, China's biggest "
                  'customer, Chinese data show.',
          [('trade', 'CHN', 'USA', 575 * B, 'USD', 2023, 'actual')], pub=FIX_PUB),
    _case('vp26', 'Japanese Prime Minister Fumio Kishida arrived in Hanoi on Saturday for talks with Pham Minh '
                  "Chinh. Vietnam's exports to the United States are booming. Bilateral trade hit $124 billion last "
                  'year with Washington, US data show.',
          [('trade', 'USA', 'VNM', 124 * B, 'USD', 2023, 'actual')], pub=FIX_PUB),
    _case('vp28', 'Indonesian President Joko Widodo arrived in Tokyo on Monday for talks with Fumio Kishida. '
                  "Indonesia's nickel exports have surged. Two-way trade reached $127 billion in 2023, with China "
                  'buying most of the nickel.',
          [('trade', 'CHN', 'IDN', 127 * B, 'USD', 2023, 'actual')], pub=FIX_PUB),
    _case('own-trip-n1', 'Italian Prime Minister Giorgia Meloni arrived in Cairo on Monday for talks with Abdel Fattah '
                         'al-Sisi. Two-way trade reached $9 billion last year between Egypt and Saudi Arabia, officials '
                         'said.',
          [('trade', 'EGY', 'SAU', 9 * B, 'USD', 2023, 'actual')], pub=FIX_PUB),
    _case('own-trip-n2', 'Italian Prime Minister Giorgia Meloni arrived in Cairo on Monday for talks with Abdel Fattah '
                         "al-Sisi. Bilateral trade of $9 billion last year made Saudi Arabia one of Egypt's biggest "
                         'partners.',
          [('trade', 'EGY', 'SAU', 9 * B, 'USD', 2023, 'actual')], pub=FIX_PUB),
    # -- goal_year_of_other_clause: a deadline before the sum ("By the end of 2023, and ...") is the goal's own year
    _case('gy19', 'For 2023, and in line with the five-year plan, India and Russia set a target of $50 billion in '
                  'trade.',
          [('trade', 'IND', 'RUS', 50 * B, 'USD', 2023, 'target')], pub=FIX_PUB),
    _case('gy20', 'By the end of 2023, and despite the war, Turkey and Ukraine aimed to lift trade to $10 billion.',
          [('trade', 'TUR', 'UKR', 10 * B, 'USD', 2023, 'target')], pub=FIX_PUB),
    _case('own-goal-n1', 'By the end of 2025, and in spite of the drought, Kenya and Uganda aimed to raise trade to $2 '
                         'billion.',
          [('trade', 'KEN', 'UGA', 2 * B, 'USD', 2025, 'target')], pub=FIX_PUB),
    _case('own-goal-n2', 'For 2024, and under the new pact, Peru and Chile set a target of $6 billion in trade.',
          [('trade', 'CHL', 'PER', 6 * B, 'USD', 2024, 'target')], pub=FIX_PUB),
]


@pytest.mark.parametrize(("text", "expected", "absent", "pub"), FIX_CASES)
def test__figures_s13_seed_fix(extractor, text, expected, absent, pub):
    assert got(extractor, text, pub) == want(expected)
