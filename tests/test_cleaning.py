"""Cleaning: NFKC, chrome and appeals out, title and caption, wire credit, datelines, URL dates."""
from __future__ import annotations

import datetime as dt

import pytest

from newslens.cleaning import (
    boilerplate_kind,
    clean_article,
    date_from_url,
    guess_language,
    html_to_text,
    parse_date,
    read_dateline,
    split_credit,
)

# A capture in our own words, shaped like a news page: chrome, title, caption, story, credit, appeal.
CAPTURE = """Tired of ads?
We switched off advertising for a cleaner read. Your support keeps it that way.
Support us

Ministers Agree to Study Border Railway

Workers repairing a rail bridge near the frontier last spring.

The foreign ministers of two neighbouring states agreed in Seoul on Tuesday to study a railway across their border, officials said after a two-hour meeting.

Trade between the pair should climb to\u00a0$3 billion next year, one of them added.

(Reuters, KT)

Dear reader, we have a small favour to ask. Please consider a monthly contribution from $5.
Remind me later.
"""


def test__clean_article__capture_reduced_to_story():
    c = clean_article(CAPTURE, is_file=True)
    assert c.title == "Ministers Agree to Study Border Railway"
    assert c.text.startswith("The foreign ministers of two neighbouring states")
    assert c.text.endswith("one of them added.")
    assert "$5" not in c.text and "Support us" not in c.text and "repairing a rail bridge" not in c.text
    assert "\u00a0" not in c.text and "$3 billion" in c.text  # NFKC turned the no-break space into a space
    assert c.wire == "Reuters"
    kinds = [k for k, _ in c.removed]
    assert "caption" in kinds and "appeal" in kinds


def test__clean_article__title_given_is_not_repeated():
    c = clean_article("Rail deal signed\n\nThe two sides signed the deal on Friday in Beijing, officials said.", title="Rail deal signed")
    assert c.text == "The two sides signed the deal on Friday in Beijing, officials said."


def test__clean_article__lede_is_not_a_caption():
    text = "Headline here\n\nThe minister said on Monday he would travel.\n\n" + "More details followed in a long paragraph " * 5
    c = clean_article(text, is_file=True)
    assert c.text.startswith("The minister said on Monday")


@pytest.mark.parametrize(
    "para, kind",
    [
        ("Support us", "appeal"),
        ("Your support, no matter the size, keeps our reporters working.", "appeal"),
        ("Remind me later.", "chrome"),
        ("Read more", "chrome"),
        ("China sent a donation of rice to the North, the ministry said.", None),
        ("Both sides said they would support the pipeline project.", None),
    ],
)
def test__boilerplate_kind(para, kind):
    assert boilerplate_kind(para) == kind


@pytest.mark.parametrize(
    "paras, expected",
    [
        (["Story.", "(Bloomberg, MT)"], (["Story."], "Bloomberg", "MT")),
        (["Story.", "(Reuters)"], (["Story."], "Reuters", None)),
        (["The talks ended without a deal on Friday. (AP)"], (["The talks ended without a deal on Friday."], "Associated Press", None)),
        (["No credit here."], (["No credit here."], None, None)),
    ],
)
def test__split_credit(paras, expected):
    assert split_credit(paras) == expected


@pytest.mark.parametrize(
    "text, year, expected",
    [
        ("MOSCOW, Aug. 8 (Itar-Tass) -- Talks began.", 2011, dt.date(2011, 8, 8)),
        ("Pyongyang, December 24 (KCNA) -- A delegation left.", 2023, dt.date(2023, 12, 24)),
        ("SEOUL, March 3, 2019 (Yonhap) -- Ministers met.", None, dt.date(2019, 3, 3)),
        ("MOSCOW, Aug. 8 (Itar-Tass) -- no year known.", None, None),
        ("No dateline here.", 2011, None),
    ],
)
def test__read_dateline(text, year, expected):
    assert read_dateline(text, year) == expected


@pytest.mark.parametrize(
    "url, expected",
    [
        ("https://www.themoscowtimes.com/2011/08/08/lavrov-says-a8767", dt.date(2011, 8, 8)),
        ("https://example.org/news/2019-05-02-talks.html", dt.date(2019, 5, 2)),
        ("http://www.kcna.co.jp/item/2011/201101/news20110105.htm", dt.date(2011, 1, 5)),
        ("https://example.org/news/talks", None),
        (None, None),
    ],
)
def test__date_from_url(url, expected):
    assert date_from_url(url) == expected


@pytest.mark.parametrize(
    "value, expected",
    [("2012-05-15 18:00:00", dt.date(2012, 5, 15)), ("20191024", dt.date(2019, 10, 24)), ("May 2, 2019", dt.date(2019, 5, 2)), ("not a date", None), ("", None)],
)
def test__parse_date(value, expected):
    assert parse_date(value) == expected


def test__html_to_text__main_text_no_markup():
    html = """<html><head><title>Site | Talks</title><meta property="og:title" content="Talks resume">
    <meta property="article:published_time" content="2019-05-02T10:00:00Z"><link rel="canonical" href="https://ex.org/2019/05/02/talks"></head>
    <body><nav>Home News</nav><article><h1>Talks resume</h1><p>The envoys met <b>again</b> on Thursday.</p>
    <script>alert(1)</script><p>They agreed to meet next month.</p></article><footer>All rights reserved</footer></body></html>"""
    text, meta = html_to_text(html)
    assert text == "The envoys met again on Thursday.\n\nThey agreed to meet next month."
    assert meta["title"] == "Talks resume" and meta["date"].startswith("2019-05-02") and meta["url"].endswith("/talks")


def test__guess_language():
    assert guess_language("The minister said that the talks in the capital were held on Monday.") == "en"
    assert guess_language("Министр заявил, что переговоры прошли в понедельник.") == "ru"


def test__clean_article__seed(shared_dir):
    """The real seed capture: story only, title, wire and outlet, no appeal amounts."""
    raw = (shared_dir / "corpus" / "seed" / "000_c944185dd7e147ec.txt").read_text(encoding="utf-8")
    c = clean_article(raw, is_file=True)
    assert c.title == "Lavrov Says N. Korean Leader Always Welcome"
    assert c.text.startswith("North Korean leader Kim Jong Il has")
    assert "$10,000" not in c.text and "$2." not in c.text and "favor to ask" not in c.text
    assert "Read more" not in c.text and "\u00a0" not in c.text
    assert c.text.rstrip().endswith("he added.")
    assert (c.wire, c.outlet) == ("Bloomberg", "The Moscow Times")
    assert c.dateline_date is None
