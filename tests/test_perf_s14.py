"""Perf session 14: the boilerplate rows of the cleaner tried only when one of their literal words is in the paragraph
(cleaning._boilerplate_gated). Each gate must give the same answer as the path without it. No timings here."""
from __future__ import annotations

import pytest

from newslens import cleaning

# Our own words: story paragraphs, page furniture of every kind, odd cases and letters the gate must not lose.
PARAGRAPHS = [
    "The delegation left Pyongyang for Vientiane on Tuesday.",
    "Your support, however small, keeps our reporters in the field.",
    "YOUR SUPPORT matters to us.",
    "Sign up for our weekly briefing and get the news first.",
    "Our newsletter lands in your inbox every morning.",
    "Read more",
    "Read more about the harvest",
    "Share this article",
    "Share",
    "The share of rice in the harvest rose.",
    "Advertisement",
    "advertisement ",
    "Photo caption: The minister at the airport.",
    "Caption: a crowd at the stadium",
    "A photo of the leader hung in the hall.",
    "You have 3 free articles left this month.",
    "You have 12 free article credits.",
    "We use cookies to improve the site.",
    "Cookie settings",
    "All Rights Reserved 2011",
    "Related: Trade fair opens in Dalian",
    "Related articles",
    "Click here to subscribe today",
    "Subscribe now and save.",
    "Follow us on the social networks.",
    "Make a donation or become a member.",
    "A one-time gift or a monthly contribution helps.",
    "Support independent journalism.",
    "Remind me later",
    "Payment methods",
    "We need your help to keep going.",
    "Could we ask you a small favour to ask?",
    "Enjoy an ad-free experience.",
    "You have disabled all ads.",
    # not ASCII: always tried by every pattern (a Kelvin sign or a long s may match an ASCII letter up to case)
    "Support us today.",
    "Your ſupport is welcome — thank you.",
    "Advertiſement",
    "Photo: the Taedong River in spring ☀",
    "The premier visited Hanoi, Hà Nội, in May.",
    "",
    " ".join(["word"] * 130) + " support us",  # over 120 words: never furniture
]


def _plain(para: str) -> str | None:
    """The ungated form of boilerplate_kind (the start tree's loop)."""
    p = para.strip()
    if len(p.split()) > 120:
        return None
    for pat, kind in cleaning.boilerplate_patterns():
        if pat.search(p):
            return kind
    return None


@pytest.mark.parametrize("para", PARAGRAPHS)
def test__boilerplate_kind__gated_same_as_plain(para):
    assert cleaning.boilerplate_kind(para) == _plain(para)


def test__boilerplate_kind__the_gate_tries_furniture_and_skips_story():
    assert cleaning.boilerplate_kind("Your support, however small, keeps us going.") == "appeal"
    assert cleaning.boilerplate_kind("Photo caption: the minister.") == "chrome"
    assert cleaning.boilerplate_kind("The delegation left Pyongyang for Vientiane on Tuesday.") is None


def test__boilerplate_gated__every_row_has_needles_or_is_always_tried():
    rows = cleaning._boilerplate_gated(cleaning.boilerplate_patterns())
    assert len(rows) == len(cleaning.boilerplate_patterns())
    for pat, kind, needles in rows:
        assert needles is None or (needles and all(n == n.lower() and n.isascii() for n in needles))


def test__boilerplate_kind__a_new_pattern_set_gets_its_own_gates(monkeypatch):
    import re
    rows = ((re.compile(r"\bdonate\s+bitcoin\b", re.I), "appeal"), (re.compile(r"^\W+$"), "chrome"))
    monkeypatch.setattr(cleaning, "boilerplate_patterns", lambda: rows)
    assert cleaning.boilerplate_kind("Please DONATE   Bitcoin now.") == "appeal"
    assert cleaning.boilerplate_kind("* * *") == "chrome"  # no needle: always tried
    assert cleaning.boilerplate_kind("Donate to the fund.") is None
