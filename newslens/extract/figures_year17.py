"""Figures session 17 (s17-fy): the parts of a sum signed or paid as the story's news take that sum's year.

A loan, grant, credit or deal signed, released or paid as the story's news covers the publication year (the lead's
convention of session 12, tests/gold/README.md; ``figures._done_act_period``), and that year is deliberately not carried
on to later sentences. The gold files date the *parts* of such a sum like the sum itself, and the extractor left them
undated: three development sets written by different people (blind26 b26-021, blind46 b46-015 and b46-020), four
figures. Two shapes:

- the parts listed after a colon in the sum's own sentence: "The Interior Department has released $87.3 million to
  Palau: $65.2 million for the trust fund and $22.1 million in economic assistance";
- the sentence right after the sum opens on its breakdown: "The package includes a $5.3 billion credit line ...",
  "The biggest, a 50 billion yen budget-support loan, ...", "The deal comprises ...".

A part must be smaller than the sum and lie between the same two countries, and the rule only fills a period still
empty (a part with its own date, "a $1.5 billion loan signed in 2019", keeps it). Any other amount of the next sentence
("Since 1992, Japan has lent ...", "Last year China gave ...") is no breakdown and stays as before.

Also (parties, the same session): a market of a nation's goods takes that nation's exports ("The US remained the biggest
market for Indian goods, taking exports worth $77.5 billion": India exports), blind38 b38-029 and blind47 b47-024;
``goods_exporter_offset`` below.
"""
from __future__ import annotations

import re

# the sentence opens on the breakdown of the sum before: a determiner, up to two words, a noun for the sum, and a verb of
# containing ("The package includes", "The new financing comprised", "The deal is made up of"); or a ranked part ("The
# biggest, ...", "The largest of the three loans, ...")
_BREAKDOWN_LEAD_RE = re.compile(
    r"\s*+(?:The|This|That|Its|Their)\s++(?:[\w-]++\s++){0,2}?(?:package|deal|agreements?|financing|funding|loans?|"
    r"credits?|lines?|facilit(?:y|ies)|deposits?|arrangements?|aid|assistance|sum|total|amount|money|grants?|support)\s++(?:includes?|included|including|comprises?|"
    r"comprised|consists?\s++of|consisted\s++of|covers|covered|(?:is|was)\s++made\s++up\s++of|breaks?\s++down\s++into|"
    r"broke\s++down\s++into)\b|"
    r"\s*+(?:The|Its)\s++(?:single\s++)?(?:biggest|largest|main|smallest|first|second|third)\b"
    r"(?:\s++of\s++(?:the|them|these|those)\b[^,;:$€£¥₩\d]{0,40}+)?\s*+,", re.I)
# s17 review: a package told as an old one, a promise of more, another amount before the part, the list after a colon
_OLD_PACKAGE_RE = re.compile(r"\b(?:previous|earlier|old|older|past|former|first|last|prior|original|existing|outstanding)\b", re.I)
_MORE_RE = re.compile(r"\b(?:promises?|pledges?|further|additional|more|another|separate|other)\b", re.I)
_MONEY_RE = re.compile(r"[$€£¥₩]\s*\d|\b\d[\d.,]*\s*(?:million|billion|trillion|bn|mln|m)\b", re.I)
_COLON_LIST_START_RE = re.compile(r"\s*(?:(?:about|some|nearly|almost|over|around|roughly|up\s+to)\s+)?(?:[$€£¥₩]|US\$|\d)", re.I)
_CLAUSE_VERB_RE = re.compile(r"\b(?:has|have|had|is|are|was|were|will|would|invested|invests|lent|lends|owes|owed|gave|gives|"
                             r"paid|pays|said|says|added|meanwhile|separate|another|also)\b", re.I)
# a colon between the sum and its part, with no clause stop after it ("... $87.3 million to Palau: $65.2 million for")
# (a point inside a number, "$65.2 million", is no stop)
_COLON_GAP_RE = re.compile(r"(?:[^;:.]|\.(?=\d)){0,80}+:(?:[^;:.]|\.(?=\d)){0,160}+", re.S)


def _smaller(part: dict, whole: dict) -> bool:
    """The part's amount is below the whole's (in dollars, else in the same currency); unknown: False."""
    pu, wu = part.get("value_usd"), whole.get("value_usd")
    if pu is not None and wu is not None:
        return pu < wu
    if part.get("currency") and part.get("currency") == whole.get("currency"):
        return part["value"] < whole["value"]
    return False


def breakdown_of_news_sum(sentence: str, s: int, a: int, index: int, part: dict, whole: tuple[int, dict] | None) -> bool:
    """Whether the amount at [a, ...) of ``sentence`` (starting at text offset ``s``), read as ``part`` (its metric,
    parties, value and currency), breaks down ``whole`` = (sentence index, row), a sum whose period is the publication
    year of a signing or transfer told as the news.

    >>> whole = (3, {"reporter_iso3": "USA", "partner_iso3": "PLW", "value_usd": 87.3e6, "currency": "USD",
    ...              "value": 87.3e6, "char_end": 40})
    >>> part = {"reporter_iso3": "USA", "partner_iso3": "PLW", "value_usd": 65.2e6, "currency": "USD", "value": 65.2e6}
    >>> s = "The department has released $87.3 million to Palau: $65.2 million for the fund."
    >>> breakdown_of_news_sum(s, 0, s.index("$65"), 3, part, whole)
    True
    >>> breakdown_of_news_sum("The package includes a $65.2 million grant.", 100, 23, 4, part, whole)
    True
    >>> breakdown_of_news_sum("Last year it gave $65.2 million.", 100, 18, 4, part, whole)
    False
    """
    if whole is None:
        return False
    w_index, row = whole
    if {part.get("reporter_iso3"), part.get("partner_iso3")} != {row.get("reporter_iso3"), row.get("partner_iso3")} \
            or None in (part.get("reporter_iso3"), part.get("partner_iso3")) or not _smaller(part, row):
        return False
    if w_index == index:
        w_end = row["char_end"] - s
        if not (0 <= w_end <= a and _COLON_GAP_RE.fullmatch(sentence, w_end, a) is not None):
            return False
        # s17 review: the part stands in a list right after the colon ("Palau: $65.2 million for the fund and $22.1
        # million in aid"), not in a clause of its own ("Malawi: Britain invested 20 million pounds", "a separate loan")
        colon = sentence.rfind(":", w_end, a)
        return _COLON_LIST_START_RE.match(sentence, colon + 1) is not None \
            and _CLAUSE_VERB_RE.search(sentence, colon + 1, a) is None
    if w_index == index - 1:
        lead = _BREAKDOWN_LEAD_RE.match(sentence)
        # the part is the first money after the lead, in the lead's clause; not a package told as an old one ("The
        # previous package included", "The biggest of the earlier loans"), nor a promise of more ("includes a promise
        # of a further $600 million")
        return lead is not None and lead.end() <= a and not any(c in sentence[lead.end():a] for c in ";:") \
            and _OLD_PACKAGE_RE.search(sentence, 0, lead.end()) is None and _MORE_RE.search(sentence, lead.end(), a) is None \
            and _MONEY_RE.search(sentence, lead.end(), a) is None
    return False


# -- the exporter named as the nationality of the goods a market buys (s17-fy, parties) ---------------------------------
# "The US remained the biggest market for Indian goods, taking exports worth $77.5 billion" (blind38 b38-029), "The United
# States remained by far the biggest buyer of German products, taking exports worth around 107 billion euros" (blind47
# b47-024): the subject is the market, the goods' nationality the exporter; the extractor read the subject as the
# exporter. Only within the amount's clause: no clause word or owner ("while its exports ...") between.
_MARKET_OF_GOODS_RE = re.compile(
    r"\b(?:markets?|buyers?|destinations?|customers?|importers?|purchasers?|clients?)\s++(?:for|of)\s++"
    r"(?P<adj>(?-i:[A-Z])[\w-]++)\s++(?:(?-i:[a-z][\w-]*+)\s++)?(?:goods|products|exports|wares|merchandise|shipments)\b",
    re.I)
_MARKET_GAP_BREAK_RE = re.compile(r"[;:()]|\b(?:while|whereas|but|and|its|their|his|her|which|who|from|to|into|with|though|"
                                  r"although|as|when|being|even|since|because)\b", re.I)
# s17 review: the amount is what the market takes, said by a verb of taking right after the market phrase ("..., taking
# exports worth"), and no other country or nationality stands between ("though American exports were ...")
_MARKET_TAKES_RE = re.compile(r"[\s,]*+(?:last\s+year\s*+,?\s*+|in\s+\d{4}\s*+,?\s*+)?(?:taking|absorbing|buying|importing|"
                              r"receiving|purchasing|with\s+purchases\s+of)\b", re.I)
_CAPITAL_WORD_RE = re.compile(r"\b(?-i:[A-Z])[\w-]+")


def goods_exporter_offset(sentence: str, a: int) -> int | None:
    """The offset in ``sentence`` of the goods' nationality when the amount at ``a`` is what a market of those goods takes
    ("the biggest market for Indian goods, taking exports worth $77.5 billion"), else None.

    >>> s = "The US remained the biggest market for Indian goods, taking exports worth $77.5 billion."
    >>> s[goods_exporter_offset(s, s.index("$")):][:6]
    'Indian'
    >>> s = "India is the biggest market for Chinese goods, while its exports to China were $15 billion."
    >>> goods_exporter_offset(s, s.index("$")) is None
    True
    """
    if "arket" not in sentence and "uyer" not in sentence and "estination" not in sentence and "ustomer" not in sentence \
            and "mporter" not in sentence and "urchaser" not in sentence and "lient" not in sentence:
        return None
    lo = max(0, a - 160)
    last = None
    for m in _MARKET_OF_GOODS_RE.finditer(sentence, lo, a):
        last = m
    if last is None or a - last.end() > 80 or _MARKET_GAP_BREAK_RE.search(sentence, last.end(), a) \
            or _MARKET_TAKES_RE.match(sentence, last.end(), a) is None or _CAPITAL_WORD_RE.search(sentence, last.end(), a):
        return None
    return last.start("adj")
