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


# --- the literal-word gates of s14 in the extractor (party phrases, nationality anaphors, described names, headline
# delegations): the extractor's output with every gate forced open must be the gated output

import datetime as _dt  # noqa: E402

from newslens.extract import _DELEGATION_GATE, _DELEGATION_WORD, ArticleInput, Extractor  # noqa: E402
from newslens.extract.regex_gate import RegexGate, literal_gate  # noqa: E402

STORIES = [
    ("Delegation of Laotian Youth Union Arrives", "Pyongyang, May 3 (KCNA) -- A delegation of the Lao People's "
     "Revolutionary Youth Union led by its chairman arrived here on Tuesday. It was greeted at the airport by officials."),
    ("Trade between Koreas", "SEOUL, March 2 -- Trade between the two Koreas fell to $1.7 billion last year, the "
     "ministry said. Inter-Korean commerce had peaked in 2010."),
    (None, "Angela Merkel flew to Beijing on Monday. The German chancellor met Premier Li Keqiang and said trade "
     "with China reached 200 billion euros in 2019."),
    ("Talks in Hanoi", "Janet Yellen arrived in Hanoi on July 20. The Treasury secretary said the two countries "
     "would widen cooperation. The visit by a U.S. treasury secretary was the first in years."),
    ("Cross-Strait Links", "TAIPEI, June 5 -- Cross-strait trade between Taiwan and China rose 4 percent to $150 "
     "billion, officials said."),
    ("Kim Jong Il Inspects Farm", "Kim Jong Il inspected a cooperative farm in South Hwanghae Province. He praised "
     "the farmers for a rich harvest."),
    ("Orchestra Ends Tour", "The Mansudae Art Troupe of the DPRK returned home on Friday after a tour of China."),
    ("", "The Russian president arrived from Minsk. The king of Jordan met him later. The envoy left."),
]


def _extract_all(ex):
    out = []
    for i, (title, text) in enumerate(STORIES):
        out.append(ex.extract(ArticleInput(f"s{i}", title, text, _dt.date(2011, 5, 3), "http://www.kcna.co.jp/x")))
    return out


def test__extractor__the_gates_forced_open_give_the_same_records(monkeypatch):
    ex = Extractor()
    gated = _extract_all(ex)
    monkeypatch.setattr(RegexGate, "may_match", lambda self, text, low=None: True)
    assert _extract_all(ex) == gated


@pytest.mark.parametrize("owner, name, yes, no", [
    ("figures", "party_any", ["Trade between the two Koreas rose.", "INTER-KOREAN talks", "cross-strait ties"],
     ["Trade between China and Korea rose.", "The two Korean delegations met."]),
    ("mentions", "nationality_anaphor_re", ["Rain fell. The French president arrived from Hanoi."],
     ["The president of France arrived.", "Rain fell. The French minister arrived."]),
    ("mentions", "described_re", ["He met Ann Lee. The Treasury secretary said so."],
     ["He met Ann Lee in Seoul."]),
])
def test__literal_gate__no_needle_no_match(owner, name, yes, no):
    ex = _SHARED.setdefault("ex", Extractor())
    obj = getattr(ex, owner)
    rx, gate = getattr(obj, name), literal_gate(obj, name)
    for s in yes + no + [s.upper() for s in yes + no] + [s.lower() for s in yes + no]:
        if not gate.may_match(s):
            assert rx.search(s) is None, s
    for s in yes:
        assert gate.may_match(s) and rx.search(s) is not None, s
    for s in no:
        assert rx.search(s) is None, s


_SHARED: dict = {}


@pytest.mark.parametrize("title, hit", [
    ("Chinese Delegation Arrives", True), ("DPRK Art TROUPE Leaves", True), ("Kim Jong Il Inspects Farm", False),
    ("Vietnamese Orchestra Here", True), ("Teamwork Praised", True), ("Delegate Meets Premier", False),
])
def test__delegation_gate__same_as_the_pattern(title, hit):
    assert bool(_DELEGATION_WORD.search(title)) is hit
    assert (_DELEGATION_GATE.may_match(title) and _DELEGATION_WORD.search(title) is not None) is hit


# --- the memo of ingest._norm_words (the words of a text without a URL, read for its id and its content hash)

def test__norm_words__memo_gives_the_plain_answer():
    import re as _re

    from newslens import ingest as _ing

    texts = ["Kim Jong Il visited a farm.", "KIM jong-il Visited   a FARM!", "", "Ha Noi, Hà Nội", "Kim Jong Il visited a farm."]
    for t in texts * 3:
        assert _ing._norm_words(t) == " ".join(_re.findall(r"\w+", t.lower()))
    a = _ing.article_id_for(None, "Title", texts[0])
    assert a == _ing._hash("text", "title", "kim jong il visited a farm")
    assert _ing.content_hash_for(texts[1]) == _ing._hash("content", "kim jong il visited a farm")
