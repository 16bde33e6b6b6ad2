"""Figures session 14: a bilateral currency swap signed, renewed or enlarged as the story's news takes its signing year.

The gold dates such a swap like any other deal signed as the news (tests/gold/README.md; the s14-g consistency pass):
the publication year, unless the text dates the signing ("last month", "in 2018": the ordinary period rules read those
first, and this rule only fills a period still empty). ``figures.py`` leaves every swap sentence undated
(``_done_act_period`` skips them: a swap line is a standing facility, no transfer); this module tells the one case
that is dated:

- the amount's sentence names a swap, and a verb of signing told as done governs it: "signed", "has renewed",
  "enlarged it to", "tripled the size of ... to", "agreed on Tuesday to swap up to", "agreed to restore the swap",
  within the 160 characters before the amount, or right after it in the passive ("a $2 billion swap was signed");
- or the sentence opens on the deal of the sentence before ("The arrangement is now worth", "The new line, worth")
  and the sentence before tells such a signing of a swap.

Never: a swap only promised or under negotiation ("will sign", "plan to renew", "agreed to negotiate", "talks on a
swap", "would sign"); a stock or level with no signing ("the swap line stands at"); the old size of a line ("from $5
billion", "replaces the 64 trillion-won arrangement"). Words are data: ``data/lexicons/figure_swap14.csv``.
"""
from __future__ import annotations

import datetime as dt
import re

from .lexicons import lexicon_file, read_rows

_KINDS = ("sign", "not_news", "old_size")


class SwapWords:
    """The compiled patterns of ``figure_swap14.csv``."""

    def __init__(self, lexdir=None):
        rows = read_rows(lexicon_file(lexdir, "figure_swap14.csv"), ("kind", "pattern"), {"kind": _KINDS})
        pats = {k: "|".join(f"(?:{r['pattern']})" for r in rows if r["kind"] == k) or "(?!)" for k in _KINDS}
        # a verb of signing told as done, anywhere in the 160 characters before the amount
        self.sign_re = re.compile(rf"\b(?:{pats['sign']})", re.I)
        # a modal, future or negotiation right before the verb ("will sign", "plans to renew", "agreed to negotiate")
        self.not_news_re = re.compile(rf"(?:{pats['not_news']})\s*+$", re.I)
        # the old size of a line, right before the amount ("from $5 billion", "replaces the ... arrangement of")
        self.old_size_re = re.compile(rf"\b(?:{pats['old_size']})\b[^.;$€£¥₩\d]{{0,40}}+$", re.I)


_SWAP_RE = re.compile(r"\bswaps?\b", re.I)
_PASSIVE_AFTER_RE = re.compile(r"[^.;$€£¥₩\d]{0,50}?\b(?:was|were|has\s++been|have\s++been)\s++"
                               r"(?:signed|renewed|extended|enlarged|expanded|agreed|concluded|sealed)\b", re.I)
_ANAPHOR_WORTH_RE = re.compile(r"\s*+(?:The|This|That|Its)\s++(?:[\w-]++\s++)?(?:deal|agreement|arrangement|accord|line|"
                               r"facility|swap|pact)\b,?\s++(?:(?:is|was|will\s++be|now)\s++){0,2}(?:worth|valued\s++at|"
                               r"totals?|amounts\s++to)\s++(?:(?:about|around|some|nearly|almost|up\s++to|roughly)\s++)?"
                               r"(?:US|U\.S\.|NZ|A|C|S|HK)?[$€£¥₩]?$", re.I)
_words: list = [None, None]


def _words_for(lexdir=None) -> SwapWords:
    if _words[0] is None or _words[1] != lexdir:
        _words[:] = [SwapWords(lexdir), lexdir]
    return _words[0]


# (reviewer F4) the signing verb must govern the swap: "swap" within 40 characters after it with no clause break
# (",", ";", " and "), or right before it ("the swap it renewed"); and no negation, denial or report between the start
# of its clause (at most 80 characters back) and the amount ("have not yet signed", "denied reports that ... had been
# enlarged"); a stock told at the amount ("stands at", "remains at") or after it ("was unchanged", "was not
# discussed") is never a signing
_SWAP_AFTER_VERB_RE = re.compile(r"(?:[^,;.]|(?<=\d)[.,](?=\d)){0,40}?\bswaps?\b", re.I)  # "10.7 trillion-won swap"
_SWAP_BEFORE_VERB_RE = re.compile(r"\bswaps?\b[^,;.]{0,25}$", re.I)
_NEGATED_RE = re.compile(r"\b(?:not|no|never|yet|denied|denies|deny|denying|reports?\s+that|rumou?rs?\s+that)\b|n['’]t\b",
                         re.I)
_STOCK_BEFORE_RE = re.compile(r"\b(?:stands?|stood|remains?|remained|is\s+still|was\s+still)\s+(?:at\s+)?"
                              r"(?:(?:about|around|some|nearly|almost|roughly)\s+)?(?:US|U\.S\.)?[$€£¥₩]?\s*$", re.I)
_STOCK_AFTER_RE = re.compile(r"[^.;]{0,60}?\b(?:(?:was|is|were|are|remains?|remained)\s+(?:left\s+)?unchanged|"
                             r"(?:was|were|is|are)\s+not\s+(?:discussed|raised|on\s+the\s+agenda|touched))\b", re.I)
_AND_RE = re.compile(r"\band\b", re.I)


def _signed_before(w: SwapWords, sentence: str, a: int) -> bool:
    """A verb of signing told as done in the 160 characters before offset ``a`` (not after a modal or a negotiation),
    governing the swap and not negated (reviewer F4)."""
    lo = max(0, a - 160)
    for m in w.sign_re.finditer(sentence, lo, a):
        if w.not_news_re.search(sentence, max(0, m.start() - 40), m.start()):
            continue
        after = _SWAP_AFTER_VERB_RE.match(sentence, m.end())
        tied = (after is not None and not _AND_RE.search(sentence, m.end(), after.end())) or (
            "swap" in m.group().lower()) or _SWAP_BEFORE_VERB_RE.search(sentence, max(0, m.start() - 40), m.start())
        if not tied:
            continue
        clause = max(sentence.rfind(";", 0, m.start()) + 1, m.start() - 80, 0)
        if _NEGATED_RE.search(sentence, clause, a):
            continue
        return True
    return False


def _news_signing(w: SwapWords, sentence: str, end: int | None = None) -> bool:
    """The sentence (up to ``end``) tells the signing of a swap as done."""
    end = len(sentence) if end is None else end
    return _SWAP_RE.search(sentence) is not None and _signed_before(w, sentence, end)


def swap_news_year(sentence: str, a: int, b: int, prev_sentence: str | None, published: dt.date | None,
                   lexdir=None) -> int | None:
    """The signing year (the publication year) of a swap amount at [a, b) signed as the story's news, else None.

    >>> pub = dt.date(2024, 3, 11)
    >>> s = "Chile and China signed a currency swap worth 22 billion yuan on Friday."
    >>> swap_news_year(s, s.index("22"), s.index(" yuan") + 5, None, pub)
    2024
    >>> s = "Chile and China will sign a currency swap worth 22 billion yuan next month."
    >>> swap_news_year(s, s.index("22"), s.index(" yuan") + 5, None, pub) is None
    True
    >>> s = "The swap line between Chile and China stands at 22 billion yuan."
    >>> swap_news_year(s, s.index("22"), s.index(" yuan") + 5, None, pub) is None
    True
    """
    if published is None:
        return None
    w = _words_for(lexdir)
    if w.old_size_re.search(sentence, max(0, a - 60), a):
        return None
    if _SWAP_RE.search(sentence) is not None:
        if _STOCK_BEFORE_RE.search(sentence, max(0, a - 40), a) or _STOCK_AFTER_RE.match(sentence, b):
            return None
        if _signed_before(w, sentence, a):
            return published.year
        if _PASSIVE_AFTER_RE.match(sentence, b) and not _NEGATED_RE.search(sentence):
            return published.year
        return None
    if prev_sentence and _ANAPHOR_WORTH_RE.match(sentence[:a]) and _news_signing(w, prev_sentence) \
            and not _PAST_SIGNING_RE.search(prev_sentence):
        return published.year
    return None


# (reviewer F5) the sentence before dates its signing in the past ("last year", "two years ago", "in 2021"): the
# follow-on amount ("The arrangement is now worth") takes no publication year
_PAST_SIGNING_RE = re.compile(r"\blast\s+(?:year|month|summer|autumn|fall|winter|spring|decade)\b|\bago\b|"
                              r"\b(?:in|since|of)\s+(?:(?:early|late|mid-?)\s*)?(?:19|20)\d\d\b|\bpreviously\b|"
                              r"\brecently\b|\bonce\b", re.I)
