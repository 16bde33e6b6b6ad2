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

import pytest

from newslens.extract.figures_seed13 import _story_visit_pair, co_givers
from tests.figure_cases import B, M, PUB, case as _case, got, norm, want

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
