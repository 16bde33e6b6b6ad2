"""Visits session 16 (K): mechanisms found by frequency on real, unannotated KCNA stories (the month "May" read as
a guess word; newslens/extract/visit_kcna16.py). Fixtures are in our own words; the agency's address only tells
"here"."""
from __future__ import annotations

import datetime as dt

import pytest

from newslens.extract import ArticleInput
from newslens.schema import conform

D = dt.date
AGENCY = "http://www.kcna.co.jp/item/2012/201205/news17/x.htm"


def agency(extractor, text, pub, url=AGENCY):
    out = extractor.extract(ArticleInput("s16k", None, text, pub, url))
    conform(out["visits"], "visits")
    return sorted((v["visitor_iso3"], v["host_iso3"], v["status"], v["date_start"], v["date_precision"])
                  for v in out["visits"] if not v["is_domestic"])


# -- the month "May" before the verb is no modal "may" (back-off guess words, visit_clauses.csv) ----------------------
@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        # a subject the registry does not know, the day between subject and verb
        ("Ri Chol Man on May 14 met and had a talk with the Ethiopian army delegation.",
         D(2012, 5, 15), [("ETH", "PRK", "occurred", D(2012, 5, 14), "day")]),
        # the date opens the sentence
        ("On May 3 So Kwang Dok received the visiting Peruvian trade union delegation.",
         D(2011, 5, 4), [("PER", "PRK", "occurred", D(2011, 5, 3), "day")]),
        # an arrival, the day told as "May 19" after a group subject
        ("The Mongolian women's delegation on May 19 arrived here by train.",
         D(2012, 5, 20), [("MNG", "PRK", "occurred", D(2012, 5, 19), "day")]),
        # a departure home
        ("A delegation of the Nepalese peasants' union on May 21 left here for home.",
         D(2012, 5, 22), [("NPL", "PRK", "occurred", D(2012, 5, 21), "day")]),
    ],
)
def test__backoff__month_may_is_no_guess(extractor, text, pub, expected):
    assert agency(extractor, text, pub) == expected


@pytest.mark.parametrize(
    ("text", "pub"),
    [
        # the modal "may": a guess, no trip
        ("The Ethiopian army delegation may meet Ri Chol Man later this week.", D(2012, 5, 15)),
        ("Ri Chol Man said a Peruvian trade union delegation may come here in autumn.", D(2011, 5, 4)),
    ],
)
def test__backoff__modal_may_still_a_guess(extractor, text, pub):
    assert agency(extractor, text, pub) == []
