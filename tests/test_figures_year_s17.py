"""Figures, session 17 (s17-fy): the year of the parts of a sum signed or paid as the story's news
(newslens/extract/figures_year17.py).

Every sentence here was written for this file in our own words; none comes from a gold file or a corpus. Positives: a
sum told as the news (a signing, "has released", "has deposited") covers the publication year, and so do its parts listed
after a colon in its sentence or in a next sentence that opens on its breakdown ("The package includes", "The largest,
..."). Near misses keep the year the extractor gave before the rule: a part with its own date, an amount larger than the
sum, another pair of countries, a next sentence that is no breakdown, a breakdown two sentences away, a pledged or future
sum (no publication year to pass on), and a sum dated by the text rather than told as the news.
"""
from __future__ import annotations

import datetime as dt

import pytest

from newslens.extract.figures_year17 import breakdown_of_news_sum
from tests.figure_cases import figures

PUB = dt.date(2022, 9, 14)


def years(extractor, text: str, pub: dt.date = PUB) -> list[tuple]:
    """(metric, sorted pair, value in millions, first year or None) of every figure row, sorted"""
    out = []
    for f in figures(extractor, text, pub):
        pair = tuple(sorted((f["reporter_iso3"] or "", f["partner_iso3"] or "")))
        out.append((f["metric"], pair, round(f["value"] / 1e6), f["period_start"].year if f["period_start"] else None))
    return sorted(out)


POSITIVE = [
    pytest.param("Britain has released 60 million pounds in aid to Malawi: 45 million pounds for clinics in Malawi and "
                 "15 million pounds for school meals in Malawi.",
                 [("aid", ("GBR", "MWI"), 15, 2022), ("aid", ("GBR", "MWI"), 45, 2022), ("aid", ("GBR", "MWI"), 60, 2022)],
                 id="colon-parts"),
    pytest.param("France has signed loans worth 900 million euros with Morocco for three projects. The largest, a 500 "
                 "million euro French loan to Morocco for a tram line, carries a low rate.",
                 [("aid", ("FRA", "MAR"), 500, 2022), ("aid", ("FRA", "MAR"), 900, 2022)], id="largest-next-sentence"),
    pytest.param("Japan has signed loans worth 90 billion yen with Kenya for three projects. The biggest, a 60 billion yen "
                 "Japanese loan to Kenya for a port, carries a low rate.",
                 [("aid", ("JPN", "KEN"), 60000, 2022), ("aid", ("JPN", "KEN"), 90000, 2022)], id="biggest-next-sentence"),
    pytest.param("India has signed financing agreements worth $1.2 billion with Nepal. The package includes a $700 million "
                 "Indian loan to Nepal for power lines.",
                 [("aid", ("IND", "NPL"), 700, 2022), ("other", ("IND", "NPL"), 1200, 2022)], id="package-includes"),
]

# each near miss gives the same rows on the tree before the rule (3f04beb), measured
NEAR_MISS = [
    # the part names its own year: that year stays
    pytest.param("India has signed financing agreements worth $1.2 billion with Nepal. The package includes a $700 million "
                 "Indian loan to Nepal first agreed in 2019.",
                 [("aid", ("IND", "NPL"), 700, 2019), ("other", ("IND", "NPL"), 1200, 2022)], id="own-year"),
    # larger than the sum: no part of it
    pytest.param("India has signed financing agreements worth $1.2 billion with Nepal. The package includes a $3 billion "
                 "Indian loan to Nepal for power lines.",
                 [("aid", ("IND", "NPL"), 3000, None), ("other", ("IND", "NPL"), 1200, 2022)], id="larger-than-sum"),
    # a pledge, and a loan still to come, have no publication year to pass on
    pytest.param("India pledged $1.2 billion in loans to Nepal. The package includes a $700 million Indian loan to Nepal "
                 "for power lines.",
                 [("aid", ("IND", "NPL"), 700, None), ("aid", ("IND", "NPL"), 1200, None)], id="pledged-sum"),
    pytest.param("India will lend Nepal $1.2 billion next year. The package includes a $700 million Indian loan to Nepal "
                 "for power lines.",
                 [("aid", ("IND", "NPL"), 700, None), ("aid", ("IND", "NPL"), 1200, 2023)], id="future-sum"),
    # a sum the text dates: the ordinary carry, as before
    pytest.param("India lent Nepal $1.2 billion in 2020. The package includes a $700 million Indian loan to Nepal for "
                 "power lines.",
                 [("aid", ("IND", "NPL"), 700, 2020), ("aid", ("IND", "NPL"), 1200, 2020)], id="text-dated-sum"),
    # the breakdown two sentences after the sum
    pytest.param("France has signed loans worth 900 million euros with Morocco. The loans cover three projects. The "
                 "largest, a 500 million euro French loan to Morocco for a tram line, carries a low rate.",
                 [("aid", ("FRA", "MAR"), 500, None), ("aid", ("FRA", "MAR"), 900, 2022)], id="two-sentences-away"),
    # the next sentence opens on no breakdown: its own year, or none for a running total
    pytest.param("France has signed loans worth 900 million euros with Morocco. Last year France lent Morocco 500 million "
                 "euros for a tram line.",
                 [("aid", ("FRA", "MAR"), 500, 2021), ("aid", ("FRA", "MAR"), 900, 2022)], id="last-year-next"),
    pytest.param("France has signed loans worth 900 million euros with Morocco. In total, France has lent Morocco 4 "
                 "billion euros.",
                 [("aid", ("FRA", "MAR"), 900, 2022), ("aid", ("FRA", "MAR"), 4000, None)], id="running-total"),
    # after the colon: another pair, a dated amount, or a clause stop before the colon
    pytest.param("France has signed loans worth 900 million euros with Morocco: France also lent Tunisia 300 million "
                 "euros.",
                 [("aid", ("FRA", "MAR"), 900, 2022), ("aid", ("FRA", "TUN"), 300, None)], id="colon-other-pair"),
    pytest.param("Britain has released 60 million pounds in aid to Malawi, the minister said: Britain gave Malawi 20 "
                 "million pounds in 2019.",
                 [("aid", ("GBR", "MWI"), 20, 2019), ("aid", ("GBR", "MWI"), 60, 2022)], id="colon-dated"),
    pytest.param("Britain has released 60 million pounds in aid to Malawi; officials said: 45 million pounds for clinics "
                 "in Malawi.",
                 [("aid", ("GBR", "MWI"), 45, None), ("aid", ("GBR", "MWI"), 60, 2022)], id="colon-after-semicolon"),
]


@pytest.mark.parametrize("text, expected", POSITIVE)
def test_parts_of_a_news_sum_take_its_year(extractor, text, expected):
    assert years(extractor, text) == sorted(expected)


@pytest.mark.parametrize("text, expected", NEAR_MISS)
def test_near_misses_keep_their_year(extractor, text, expected):
    assert years(extractor, text) == sorted(expected)


WHOLE = (5, {"reporter_iso3": "KOR", "partner_iso3": "UZB", "value_usd": 900e6, "currency": "USD", "value": 900e6,
             "char_end": 60})


def _part(value: float, partner: str = "UZB", currency: str = "USD") -> dict:
    return {"reporter_iso3": "KOR", "partner_iso3": partner, "value": value, "currency": currency,
            "value_usd": value if currency == "USD" else None}


@pytest.mark.parametrize("sentence, index, part, expected", [
    ("The facility comprises a $400 million loan.", 6, _part(400e6), True),
    ("Its largest, a $400 million loan, opens in May.", 6, _part(400e6), True),
    ("The facility comprises a $400 million loan.", 7, _part(400e6), False),  # two sentences on
    ("The facility comprises a $400 million loan.", 6, _part(950e6), False),  # not smaller
    ("The facility comprises a $400 million loan.", 6, _part(400e6, "KEN"), False),  # another pair
    ("The facility comprises a 400 million euro loan.", 6, _part(400e6, currency="EUR"), False),  # no common unit
    ("Korea also lent Uzbekistan $400 million last year.", 6, _part(400e6), False),  # no breakdown lead
    ("The facility, Seoul said; includes $400 million.", 6, _part(400e6), False),  # no lead at the start
])
def test_breakdown_rule(sentence, index, part, expected):
    a = sentence.index("$") if "$" in sentence else sentence.index("400")
    assert breakdown_of_news_sum(sentence, 1000, a, index, part, WHOLE) is expected


def test_colon_in_the_sum_sentence():
    s = "Seoul has signed loans worth $900 million with Tashkent: $400 million for trains."
    whole = (5, dict(WHOLE[1], char_end=s.index(" with") + 1000))
    assert breakdown_of_news_sum(s, 1000, s.index("$400"), 5, _part(400e6), whole)
    s2 = "Seoul has signed loans worth $900 million with Tashkent. Officials: $400 million for trains."
    assert not breakdown_of_news_sum(s2, 1000, s2.index("$400"), 5, _part(400e6), whole)  # a sentence stop between


# -- parties: the goods' nationality exports when the subject is their market ------------------------------------------

def flows(extractor, text: str, pub: dt.date = dt.date(2019, 3, 1)) -> list[tuple]:
    """(metric, reporter, partner, value in billions, first year or None) of every figure row"""
    return [(f["metric"], f["reporter_iso3"], f["partner_iso3"], round(f["value"] / 1e9),
             f["period_start"].year if f["period_start"] else None) for f in figures(extractor, text, pub)]


@pytest.mark.parametrize("text, expected", [
    pytest.param("Japan remained the biggest market for Thai goods, taking exports worth $25 billion last year.",
                 [("exports", "THA", "JPN", 25, 2018)], id="market-taking"),
    pytest.param("Canada was once again the largest buyer of American products, absorbing exports worth $300 billion "
                 "in 2018.", [("exports", "USA", "CAN", 300, 2018)], id="buyer-absorbing"),
    # near misses, the same rows as before the rule: the flow's own owner in another clause, the market phrase as an
    # appositive of the exporter's own flow, a clause word between
    pytest.param("India is the biggest market for Chinese goods, while its exports to China were $15 billion in 2018.",
                 [("exports", "IND", "CHN", 15, 2018)], id="while-its-exports"),
    pytest.param("Korea's exports to China, the biggest market for Korean goods, reached $150 billion in 2018.",
                 [("exports", "KOR", "CHN", 150, 2018)], id="appositive-own-goods"),
    pytest.param("China is the biggest buyer of Korean chips, and Korea's exports to China were $150 billion in 2018.",
                 [("exports", "KOR", "CHN", 150, 2018)], id="and-clause"),
    pytest.param("Exports to the United States, the biggest buyer of Indian goods, reached $52 billion in 2018.",
                 [("exports", "IND", "USA", 52, 2018)], id="exports-to-market"),
    pytest.param("Japan remained the biggest market for Thai goods; Thai exports to China were $30 billion last year.",
                 [("exports", "THA", "CHN", 30, 2018)], id="semicolon"),
])
def test_market_of_goods(extractor, text, expected):
    assert flows(extractor, text) == expected


# -- review of s17-fy (/tmp/s17r2, 149 probes, 17 worse before the fix): each keeps the rows of the tree before the rule --

@pytest.mark.parametrize("text, year_of_part", [
    # a package told as an old one, a promise of more, another amount between the lead and the part
    ("India has signed financing agreements worth $1.2 billion with Nepal. The previous package included a $700 million "
     "Indian loan to Nepal.", None),
    ("India has signed financing agreements worth $1.2 billion with Nepal. Their earlier deal comprised a $700 million "
     "Indian loan to Nepal.", None),
    ("India has signed financing agreements worth $1.2 billion with Nepal. The package includes a promise of a further "
     "$600 million Indian loan to Nepal.", None),
    ("Japan has signed loans worth 90 billion yen with Kenya for three projects. The biggest of the earlier loans, a 60 "
     "billion yen Japanese loan to Kenya for a port, was signed a decade ago.", None),
])
def test_old_packages_and_promises_are_no_parts(extractor, text, year_of_part):
    from newslens.extract import ArticleInput
    # (the headline names the two countries, as a story's would: the 60 billion yen part is read only with it)
    title = "Japan Kenya" if "Kenya" in text else "India Nepal"
    out = extractor.extract(ArticleInput("i1", title, text, dt.date(2024, 3, 12), None))
    rows = [(f["metric"], round(f["value"] / 1e6), f["period_start"].year if f["period_start"] else None)
            for f in out["figures"]]
    part = [(m, v, y) for m, v, y in rows if v in (700, 600, 60000)]
    assert part and all(y == year_of_part for _, _, y in part), rows


@pytest.mark.parametrize("text", [
    "Britain has released 60 million pounds in aid to Malawi: Britain invested 20 million pounds in Malawi's mines, "
    "officials added.",
    "Britain has released 60 million pounds in aid to Malawi: British firms, meanwhile, have invested 40 million pounds "
    "in Malawi.",
])
def test_a_clause_after_the_colon_is_no_part(extractor, text):
    rows = years(extractor, text, dt.date(2024, 3, 12))
    assert [r for r in rows if r[2] in (20, 40)] and all(r[3] is None for r in rows if r[2] in (20, 40)), rows


@pytest.mark.parametrize("text, expected", [
    ("The biggest market for Chinese goods is the US, though American exports were only $150 billion last year.",
     ("USA", "CHN")),
    ("The US remained the biggest market for Mexican goods, even as American exports hit $320 billion last year.",
     ("USA", "MEX")),
    ("Mexico is the biggest buyer of US goods after Canada, Mexican exports being $475 billion last year.",
     ("MEX", "USA")),
])
def test_another_exporter_named_between_keeps_its_flow(extractor, text, expected):
    got = [(f["reporter_iso3"], f["partner_iso3"]) for f in figures(extractor, text, dt.date(2024, 3, 12))
           if f["metric"] == "exports"]
    assert got == [expected]
