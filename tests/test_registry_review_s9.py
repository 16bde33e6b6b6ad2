"""Registry review, session 9: the new minister rows must not take other people's names.

A fact check of the added rows found the dates and offices clean but some aliases firing on other things: a mountain
range ("Qandil"), a Korean given name ("Hoon"), a separatist leader ("Gilani"), a namesake ("Kyrylo Tymoshenko"), an
ordinary word or firm ("Downer"); and shared surnames resolved to whichever registry holder was in office ("Singh",
"Fox", "Fischer"). The bare aliases are gone (a person named in full is still found, and the story's later lone
surname still follows the full name), and data/lexicons/surnames_not_dated.csv keeps the common shared surnames from
date resolution. Own-words sentences.
"""
from __future__ import annotations

import datetime as dt

import pytest

from newslens.extract import ArticleInput

D = dt.date


def people(extractor, text, pub):
    out = extractor.extract(ArticleInput("s9rr", "", text, pub, "https://www.reuters.com/world/x"))
    return {m["actor_id"] for m in out["mentions"] if m["actor_id"].startswith("person:")}


@pytest.mark.parametrize(("text", "pub", "wrong"), [
    ("Turkish jets struck militant positions in Qandil overnight, the army said.", D(2013, 1, 10), "person:hesham-qandil"),
    ("Suh Hoon flew to Washington on Monday. Hoon met the national security adviser at the White House.",
     D(2003, 6, 2), "person:geoff-hoon"),
    ("Gilani, the hardline separatist leader, called a strike in Srinagar.", D(2010, 7, 5), "person:yousaf-raza-gillani"),
    ("Kyrylo Tymoshenko, a deputy head of the presidential office, toured Kharkiv. Tymoshenko said repairs would take weeks.",
     D(2022, 9, 1), "person:yulia-tymoshenko"),
    ("Downer shares fell 4 percent after the engineering group cut its forecast.", D(2005, 2, 1),
     "person:alexander-downer"),
    ("Singh was shot dead outside a temple in British Columbia, police said.", D(2023, 6, 20), "person:rajnath-singh"),
    ("Fox said it would air the debate live from Cleveland.", D(2011, 8, 1), "person:liam-fox"),
    ("Fischer said the Fed would not rush to raise rates.", D(2015, 3, 3), "person:heinz-fischer"),
    ("Yunus Emre institutes opened two new branches abroad.", D(2025, 1, 9), "person:muhammad-yunus"),
])
def test_a_namesake_or_a_word_is_not_the_registered_minister(extractor, text, pub, wrong):
    assert wrong not in people(extractor, text, pub)


@pytest.mark.parametrize(("text", "pub", "right"), [
    ("Geoff Hoon arrived in Kabul on Tuesday. Hoon later met British troops in Helmand.", D(2004, 3, 2),
     "person:geoff-hoon"),
    ("Yousaf Raza Gillani flew to Beijing on Sunday.", D(2010, 7, 4), "person:yousaf-raza-gillani"),
    ("Rajnath Singh held talks in Moscow on Thursday.", D(2021, 9, 2), "person:rajnath-singh"),
    ("Liam Fox landed in Washington on Monday for defence talks.", D(2011, 3, 7), "person:liam-fox"),
    ("Alexander Downer arrived in Jakarta on Friday.", D(2004, 5, 7), "person:alexander-downer"),
])
def test_the_full_name_still_finds_the_minister(extractor, text, pub, right):
    assert right in people(extractor, text, pub)
