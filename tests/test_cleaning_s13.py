"""Cleaning, session 13: a link list's items ("Related:", "Read more", "Most read" and the headline lines under
them) are page furniture like the heading, so their amounts and trips never reach extraction. Texts in our own words."""
from __future__ import annotations

import datetime as dt

import pytest

from newslens.cleaning import clean_article, link_list_lines
from newslens.extract import ArticleInput, Extractor

STORY = """Envoys Meet on Rail Link

ANKARA - Turkey's foreign minister arrived in Baku on Tuesday for talks on a rail link with his Azerbaijani host.

Trade between Turkey and Azerbaijan reached $6 billion last year, the ministry said.

{furniture}

The minister flies home on Wednesday.
"""


@pytest.mark.parametrize("furniture, dropped", [
    ("Related:\nChina gives Cambodia $300 million in aid\nThailand says it will donate $1 million to Myanmar",
     ["Related:", "China gives Cambodia $300 million in aid", "Thailand says it will donate $1 million to Myanmar"]),
    ("Most read\n- Japan lends Vietnam 300 billion yen for metro\n- Editorial: A railway worth waiting for",
     ["Most read", "- Japan lends Vietnam 300 billion yen for metro", "- Editorial: A railway worth waiting for"]),
    ("More from the region:\n\nIndia, Japan sign $5 billion rail deal\n\nWill Qatar buy more Russian wheat?",
     ["More from the region:", "India, Japan sign $5 billion rail deal", "Will Qatar buy more Russian wheat?"]),
    ("Related: US, Philippines trade tops $20 billion", ["Related: US, Philippines trade tops $20 billion"]),
    ("See also\n\u2022 Kazakhstan pledges $100 million to water fund", ["See also", "\u2022 Kazakhstan pledges $100 million to water fund"]),
])
def test__link_list__heading_and_items_dropped_story_kept(furniture, dropped):
    c = clean_article(STORY.format(furniture=furniture), title="Envoys Meet on Rail Link")
    for line in dropped:
        assert line not in c.text
        assert ("chrome", line) in c.removed
    assert "reached $6 billion last year" in c.text
    assert c.text.rstrip().endswith("The minister flies home on Wednesday.")


@pytest.mark.parametrize("paras", [
    # the word only inside a sentence, or a heading-like word opening a body sentence
    ["Related talks were held in Seoul.", "China gives Cambodia $300 million in aid"],
    ["More than 200 delegates attended the forum in Hanoi", "Trade rose to $5 billion"],
    ["Popular anger grew as the minister flew to Paris.", "France pledged 10 million euros"],
    ["The latest round of talks ended in Doha on Monday.", "Qatar lends Egypt $1 billion"],
])
def test__near_miss__no_heading_nothing_dropped(paras):
    assert link_list_lines(paras) == set()


def test__near_miss__the_list_ends_at_the_first_body_sentence():
    paras = ["Related:", "Japan lends Vietnam $2 billion", "The minister then flew to Hanoi, where he met officials.",
             "Vietnam and Japan signed a $1 billion loan"]
    assert link_list_lines(paras) == {0, 1}


def test__near_miss__long_paragraph_after_heading_is_story():
    long = " ".join(["Officials said the two sides had discussed rail links, ports and power lines"] * 3)
    assert link_list_lines(["Read more", long]) == {0}


def test__extraction__related_headline_amounts_are_no_figures():
    text = STORY.format(furniture="Related:\nChina gives Cambodia $300 million in aid\nIndia, Japan sign $5 billion rail deal")
    c = clean_article(text, title="Envoys Meet on Rail Link")
    r = Extractor().extract(ArticleInput("x", c.title or "", c.text, dt.date(2024, 5, 1), "https://example.com/x"))
    pairs = {frozenset((f["reporter_iso3"], f["partner_iso3"])) for f in r["figures"]}
    assert frozenset(("TUR", "AZE")) in pairs
    assert not pairs & {frozenset(("CHN", "KHM")), frozenset(("IND", "JPN"))}


@pytest.mark.parametrize("line", [
    "Photo caption: China offered Pyongyang a 1-billion-yuan aid package last week.",
    "Photo: The two presidents at the airport on Monday.",
    "Caption: Japan's envoy signs a $2 billion loan in Manila.",
    "File photo: Saudi officials hand over a $5 billion cheque.",
])
def test__caption_line__dropped(line):
    c = clean_article(STORY.format(furniture=line), title="Envoys Meet on Rail Link")
    assert line not in c.text and "reached $6 billion last year" in c.text


@pytest.mark.parametrize("line", [
    "Photographs of the signing were released by the ministry on Monday.",
    "Pictures from the summit showed Japan's envoy in Manila.",
])
def test__caption_near_miss__story_sentences_kept(line):
    c = clean_article(STORY.format(furniture=line), title="Envoys Meet on Rail Link")
    assert line in c.text
