"""Visits session 11, second round: summit attendees under a dateline (newslens/extract/visit_summit.py,
data/lexicons/visit_summit.csv). Fixtures are written for Newslens; names and dates are facts or plausible."""
from __future__ import annotations

import datetime as dt

import pytest

from newslens.extract import ArticleInput
from newslens.schema import conform

D = dt.date


def newswire(extractor, text, pub):
    out = extractor.extract(ArticleInput("s11s", None, text, pub, None))
    conform(out["visits"], "visits")
    return sorted((v["visitor_id"], v["host_iso3"], v["status"], v["date_start"], v["date_precision"])
                  for v in out["visits"])


# -- "A, B and C were among the leaders" with no place, under a dateline whose story tells of a gathering there --------
@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        ("BRUSSELS (Reuters) - European leaders gathered in the Belgian capital on Thursday for a two-day summit on "
         "migration. Italian Prime Minister Giorgia Meloni, Polish Prime Minister Donald Tusk and Hungarian Prime "
         "Minister Viktor Orban were among the 27 leaders in the Europa building.", D(2024, 3, 21),
         [("person:donald-tusk", "BEL", "occurred", D(2024, 3, 21), "day"),
          ("person:giorgia-meloni", "BEL", "occurred", D(2024, 3, 21), "day"),
          ("person:viktor-orban", "BEL", "occurred", D(2024, 3, 21), "day")]),
        ("NAIROBI (AFP) - Kenya's new president was sworn in on Tuesday at a ceremony attended by thousands. Ugandan "
         "President Yoweri Museveni, Rwandan President Paul Kagame and Ethiopian Prime Minister Abiy Ahmed were among "
         "the guests at the stadium.", D(2022, 9, 13),
         [("person:abiy-ahmed", "KEN", "occurred", D(2022, 9, 13), "day"),
          ("person:paul-kagame", "KEN", "occurred", D(2022, 9, 13), "day"),
          ("person:yoweri-museveni", "KEN", "occurred", D(2022, 9, 13), "day")]),
        # the roster two sentences after the gathering, with no word of place after the crowd
        ("LIMA (AP) - Pacific Rim leaders opened their annual forum on Saturday. The talks turned to trade. Japanese "
         "Prime Minister Shinzo Abe and Chinese President Xi Jinping were among the leaders.", D(2016, 11, 19),
         [("person:shinzo-abe", "PER", "occurred", D(2016, 11, 19), "day"),
          ("person:xi-jinping", "PER", "occurred", D(2016, 11, 19), "day")]),
    ],
)
def test__extract__a_roster_among_the_leaders_goes_to_the_datelined_gathering(extractor, text, pub, expected):
    assert newswire(extractor, text, pub) == expected


@pytest.mark.parametrize(
    ("text", "pub"),
    [
        # words after the crowd that are not presence: they spoke of the summit, from wherever they were
        ("BRUSSELS (Reuters) - European leaders gathered in the Belgian capital on Thursday for a summit. Vladimir "
         "Putin and Recep Tayyip Erdogan were among the leaders who criticised the summit.", D(2024, 3, 21)),
        ("BRUSSELS (Reuters) - European leaders gathered on Thursday for a summit. Joe Biden and Fumio Kishida were "
         "among the leaders to congratulate the bloc.", D(2024, 3, 21)),
        # another year's gathering
        ("BRUSSELS (Reuters) - European leaders gathered on Thursday for a summit. Emmanuel Macron and Olaf Scholz "
         "were among the leaders at the 2019 summit.", D(2024, 3, 21)),
        # a video summit
        ("BRUSSELS (Reuters) - Leaders met by video link on Thursday for a summit. Emmanuel Macron and Olaf Scholz "
         "were among the leaders.", D(2024, 3, 21)),
        # a plan, not yet a presence
        ("BRUSSELS (Reuters) - Leaders will gather on Thursday for a summit. Emmanuel Macron and Olaf Scholz will be "
         "among the leaders.", D(2024, 3, 21)),
        # the gathering is told in another country than the dateline's
        ("BRUSSELS (Reuters) - Leaders gathered in Tokyo on Thursday for a summit. Emmanuel Macron and Olaf Scholz "
         "were among the leaders.", D(2024, 3, 21)),
        # the dateline country's own leaders host the gathering
        ("NEW DELHI (Reuters) - Leaders gathered on Thursday for the swearing-in at the summit hall. Narendra Modi and "
         "Amit Shah were among the guests.", D(2019, 5, 30)),
        # no gathering near the roster
        ("PARIS (AFP) - Prices rose again on Monday. Olaf Scholz and Pedro Sanchez were among the leaders.",
         D(2024, 3, 18)),
    ],
)
def test__extract__a_roster_near_miss_is_no_summit_trip(extractor, text, pub):
    assert newswire(extractor, text, pub) == []


# == review s11 (V4): a stance, a call, or a gathering elsewhere is no presence at the dateline =====================
@pytest.mark.parametrize(
    ("text", "pub"),
    [
        ("MOSCOW (Reuters) - The Kremlin on Tuesday denounced a summit of Western leaders. Scholz and Macron were "
         "among the leaders in favour of new sanctions.", D(2024, 5, 1)),
        ("NEW DELHI (Reuters) - Modi returned home on Tuesday from the BRICS summit. Xi Jinping and Vladimir Putin "
         "were among the leaders at the summit.", D(2024, 5, 1)),
        ("KYIV (Reuters) - Zelenskiy held a conference call with allies on Tuesday. Biden, Macron and Scholz were "
         "among the leaders on the call.", D(2024, 5, 1)),
        ("BRUSSELS (Reuters) - NATO leaders gathered on Tuesday for their summit. Erdogan and Lula were among the "
         "leaders at the forefront of calls for a ceasefire.", D(2024, 5, 1)),
        ("PARIS (Reuters) - Macron's government signed the deal on Tuesday. Biden and Sunak were among the leaders "
         "on record backing it.", D(2024, 5, 1)),
        ("BERLIN (Reuters) - Scholz attended the signing on Tuesday. Putin and Xi were among the leaders in "
         "opposition to the deal.", D(2024, 5, 1)),
        # own words: a phone call, and a gathering the host came back from
        ("TOKYO (Kyodo) - Kishida joined a phone call on Friday ahead of the G7 summit. Joe Biden and Justin Trudeau "
         "were among the leaders.", D(2024, 5, 1)),
        ("CANBERRA (AAP) - Albanese flew back on Monday from the Pacific forum. Joe Biden and Fumio Kishida were "
         "among the leaders at the forum.", D(2024, 5, 1)),
    ],
)
def test__extract__review_s11_no_presence_no_summit_trip(extractor, text, pub):
    assert newswire(extractor, text, pub) == []


@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        # own words: presence in a hall or at the ceremony, told with an article
        ("JAKARTA (Reuters) - Indonesia's new president was sworn in on Sunday at a ceremony attended by thousands. "
         "Malaysian Prime Minister Anwar Ibrahim and Australian Prime Minister Anthony Albanese were among the "
         "guests at the ceremony.", D(2024, 10, 21),
         [("person:anthony-albanese", "IDN", "occurred", D(2024, 10, 20), "day"),
          ("person:anwar-ibrahim", "IDN", "occurred", D(2024, 10, 20), "day")]),
    ],
)
def test__extract__review_s11_presence_at_the_gathering_still_counts(extractor, text, pub, expected):
    assert newswire(extractor, text, pub) == expected
