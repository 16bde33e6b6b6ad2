"""Session 14, status and swaps: a refusal with no trip arranged gives no record (newslens/extract/visit_refusal14.py,
data/lexicons/visit_refusal14.csv), and a currency swap signed as the story's news takes its signing year
(newslens/extract/figures_swap14.py).

Every sentence here was written for this file in our own words; none comes from a gold file, a training probe or a
corpus. Positives failed before the rule; near misses must keep their output.
"""
from __future__ import annotations

import datetime as dt

import pytest

from newslens.extract import ArticleInput
from newslens.schema import conform

D = dt.date


def trips(extractor, text, pub):
    """(visitor, host, status) of the story's foreign trips, sorted."""
    out = extractor.extract(ArticleInput("s14r", None, text, pub, None))
    conform(out["visits"], "visits")
    return sorted((v["visitor_id"], v["host_iso3"], v["status"]) for v in out["visits"] if not v["is_domestic"])


# -- a refusal or non-attendance with no trip arranged: no record (README, twelfth session) ----------------------------
@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        # "will not attend", no trip of his told as set
        ("JAKARTA (wire) - Indonesian President Joko Widodo will not attend the ASEAN summit in Melbourne next month, "
         "his spokesman said on Tuesday, citing the election campaign at home.", D(2024, 2, 6), []),
        # "is skipping ... will go instead": the refuser gives nothing, the one sent still travels
        ("BRASILIA (wire) - Brazil's President Luiz Inacio Lula da Silva is skipping the summit in Johannesburg this "
         "month, and Foreign Minister Mauro Vieira will go instead.", D(2023, 8, 2),
         [("person:mauro-vieira", "ZAF", "planned")]),
        # "declined an invitation": an invitation is no arranged trip
        ("OTTAWA (wire) - Prime Minister Justin Trudeau has declined an invitation to the coronation in Bangkok next "
         "month, his office said on Thursday.", D(2022, 10, 20), []),
        # the host's act is no arranged trip of the guest: "withdraw its invitation"
        ("JAKARTA (wire) - Russian President Vladimir Putin will not travel to Bali for the summit. Indonesia had "
         "resisted calls to withdraw its invitation to Putin.", D(2022, 11, 10), []),
        # "decided against travelling ... will take part by video"
        ("NEW DELHI (wire) - Prime Minister Narendra Modi decided against travelling to Canada for the June summit and "
         "will take part by video, officials said on Tuesday.", D(2024, 5, 14), []),
    ],
)
def test__extract__a_bare_refusal_gives_no_record(extractor, text, pub, expected):
    assert trips(extractor, text, pub) == expected


@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        # "who had been due to visit ... called off the trip": arranged, then dropped
        ("ANKARA (wire) - Turkish President Recep Tayyip Erdogan, who had been due to visit Germany next week, has "
         "called off the trip, his office said on Saturday.", D(2023, 6, 10),
         [("person:recep-tayyip-erdogan", "DEU", "cancelled")]),
        # "pulled out of": a prior commitment
        ("NAIROBI (wire) - Kenyan President William Ruto pulled out of the climate summit in Paris on Saturday, citing "
         "floods at home.", D(2023, 6, 10), [("person:william-ruto", "FRA", "cancelled")]),
        # a refusal word beside an accepted invitation
        ("CANBERRA (wire) - Prime Minister Anthony Albanese had accepted an invitation to the summit in Manila, but he "
         "will not attend now because of floods, his office said on Saturday.", D(2023, 6, 10),
         [("person:anthony-albanese", "PHL", "cancelled")]),
        # the trip set in the sentence before, the refusal after it ("He will not travel ... now")
        ("PARIS (wire) - Emmanuel Macron was due in Beijing on June 20 for talks with Xi. He will not travel to China "
         "now, his office said on Saturday.", D(2023, 6, 10), [("person:emmanuel-macron", "CHN", "cancelled")]),
        # a health reason: he was meant to go
        ("MOSCOW (wire) - The Kremlin said President Dmitry Medvedev would not attend next week's summit in Hanoi on "
         "doctors' advice.", D(2010, 10, 20), [("person:dmitry-medvedev", "VNM", "cancelled")]),
    ],
)
def test__extract__an_arranged_trip_dropped_stays_cancelled(extractor, text, pub, expected):
    assert trips(extractor, text, pub) == expected


# -- a currency swap signed, renewed or enlarged as the story's news: its signing year (publication 2024-03-11) --------
from tests.figure_cases import B, case as _case, got, want  # noqa: E402

SWAPS = [
    _case('swap-p1', 'Chile and China signed a currency swap worth 22 billion yuan on Friday.',
          [('other', 'CHL', 'CHN', 22 * B, 'CNY', 2024, 'actual')]),
    _case('swap-p2', 'The central banks of Mongolia and South Korea have renewed their currency swap of 3 trillion won '
          'for three more years.', [('other', 'MNG', 'KOR', 3000 * B, 'KRW', 2024, 'actual')]),
    _case('swap-p3', "LIMA - Peru's central bank said on Monday it had doubled its currency swap line with the People's "
          "Bank of China to 70 billion yuan.", [('other', 'PER', 'CHN', 70 * B, 'CNY', 2024, 'actual')]),
    _case('swap-p4', 'Kazakhstan and Russia renewed their currency swap arrangement on Tuesday. The arrangement is now '
          'worth 50 billion rubles.', [('other', 'KAZ', 'RUS', 50 * B, 'RUB', 2024, 'actual')]),
    # the text dates the signing: that year, not the publication's
    _case('swap-p5', 'Japan and Thailand signed a $3 billion currency swap in 2019.',
          [('other', 'JPN', 'THA', 3 * B, 'USD', 2019, 'actual')]),
    # near misses: a level with no signing, a swap under negotiation, the old size of an enlarged line
    _case('swap-n1', 'The swap line between Chile and China stands at 22 billion yuan.',
          [('other', 'CHL', 'CHN', 22 * B, 'CNY', None, 'actual')]),
    _case('swap-n2', 'Egypt and China are negotiating a currency swap of 18 billion yuan, officials said on Monday.',
          [('other', 'CHN', 'EGY', 18 * B, 'CNY', None, 'actual')]),
    _case('swap-n3', "Ghana's central bank said it had raised its currency swap with China to 12 billion yuan, from 6 "
          "billion yuan.", [('other', 'CHN', 'GHA', 12 * B, 'CNY', 2024, 'actual'),
                            ('other', 'CHN', 'GHA', 6 * B, 'CNY', None, 'actual')]),
    # a background signing ("recently"), an agreement only to negotiate
    _case('swap-n4', "Mongolia's trade with China grew fast. Recently it struck a 10 billion yuan swap agreement with "
          "Mongolia.", [('other', 'CHN', 'MNG', 10 * B, 'CNY', None, 'actual')]),
    _case('swap-n5', 'Chile and China agreed to negotiate a currency swap worth 22 billion yuan.',
          [('other', 'CHL', 'CHN', 22 * B, 'CNY', None, 'actual')]),
]


@pytest.mark.parametrize("text, expected, absent, pub", SWAPS)
def test__extract__a_swap_signed_as_the_news_takes_its_signing_year(extractor, text, expected, absent, pub):
    assert got(extractor, text, pub) == want(expected)
