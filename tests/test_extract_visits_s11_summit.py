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
