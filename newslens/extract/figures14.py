"""Which of a money figure's two countries gives it (figures session 14).

``orient_givers`` reads, for a loan, credit line, grant, deposit or investment row whose two countries are already
decided, the words that tell the giver, and puts the giver first (``reporter_iso3``) when the row has them the other
way round. It never changes the pair, the sum or anything else. The cues, first found wins; the words are in
data/lexicons/figure_givers14.csv:

- the giver's adjective on the money noun of the amount's own phrase: "a Russian loan of up to 4 billion euros",
  "a $1 billion Indian credit line", "$2 billion in U.S. financing", "a Saudi commitment to invest $600 billion";
- the lender a borrower signs with: "Ghana signed a $498 million grant agreement with the U.S. Millennium Challenge
  Corporation", "Ecuador signed financing agreements worth $7.5 billion with Chinese state banks";
- the subject of a giving verb before the amount: "India extended two credit lines worth $200 million", "Saudi Arabia's
  Public Investment Fund to invest ... $10 billion"; or of a giving participle after a time conjunction, the sentence's
  first actor: "Modi joined the celebrations on Thursday, a day after offering the island nation a $500 million line
  of credit".
"""
from __future__ import annotations

import bisect
import functools
import re

from .lexicons import lexicon_file, patterns_by_kind
from .text import stable_id

_DIRECTED_METRICS = ("aid", "investment", "other")
_CLAUSE_BREAK_RE = re.compile(r"[;:]|,\s*+(?:but|while|whereas)\b|\.\s")
_PHRASE_BREAK_RE = re.compile(r"[;:,()]|\b(?:and|but|while|to|for|from|with|by)\b", re.I)
_NP_REACH = 40  # characters before or after the amount that its own noun phrase may take
_VERB_REACH = 120  # characters between a giving verb and its amount
# between a money noun and its amount: "a Russian loan of up to 4 billion euros", "a Saudi commitment to invest about"
_NOUN_TO_AMOUNT_RE = re.compile(r"\s*+(?:(?:of|worth|totall?ing|amounting\s++to)\s++)?(?:(?:up\s++to|about|some|around|"
                                r"nearly|almost|roughly|more\s++than|over)\s++)?(?:US|C|A|NZ)?[$€£¥]?\s*+")


@functools.lru_cache(maxsize=8)
def _patterns(lexdir=None) -> dict[str, re.Pattern]:
    """kind -> compiled pattern (one alternation per kind) of figure_givers14.csv in ``lexdir``; None: the lexicon folder in
    force at first use (NEWSLENS_LEXICONS or the shipped one). A folder without the file falls back to the shipped one.
    Cached per folder: called for every figure row, it must not touch the disk each time."""
    return patterns_by_kind(str(lexicon_file(lexdir, "figure_givers14.csv")), _KINDS)


_KINDS = ("state_money", "adj_gap", "lender", "signed_with", "give_verb", "participle",
          "subject_gap", "route")


def _clause(sentence: str, a: int, b: int) -> tuple[int, int]:
    """[lo, hi) of the clause of the amount at [a, b): between the nearest ";", ":", ", but" or ". " on each side."""
    lo = 0
    for m in _CLAUSE_BREAK_RE.finditer(sentence, 0, a):
        lo = m.end()
    m = _CLAUSE_BREAK_RE.search(sentence, b)
    return lo, (m.start() if m else len(sentence))


def _adjective_giver(sentence: str, a: int, b: int, actors: list[tuple], sides, lexdir=None) -> str | None:
    """The country whose adjective names the amount's money noun: "a Russian loan of up to 4 billion euros" (before the
    amount, nothing but the noun phrase between), "a $1 billion Indian credit line", "$2 billion in U.S. financing"."""
    lo, hi = _clause(sentence, a, b)
    for start, end, iso3, kind, _alias in actors:
        if kind != "country" or iso3 not in sides or not (max(lo, a - _NP_REACH) <= start and end <= min(hi, b + _NP_REACH)):
            continue
        if start >= b:
            between = sentence[b:start]  # "$1 billion Indian credit line", "$2 billion in U.S. financing"
            if not re.fullmatch(r"\s*+(?:(?:in|of)\s++)?(?:new\s++)?", between):
                continue
        elif end <= a:
            noun = _money_after(sentence, end, lexdir)
            if noun is None or not _NOUN_TO_AMOUNT_RE.fullmatch(sentence, noun, a):
                continue  # "a Russian loan of up to 4 billion euros"; not "Russian banks and a $2 billion loan"
            return iso3
        else:
            continue
        noun = _money_after(sentence, end, lexdir)
        if noun is not None and not _AFTER_AMOUNT_NO_GIVER_RE.search(sentence, end, noun):
            # "$2 billion in U.S. financing"; not "$7 billion in Sri Lankan loans" (loans held, rolled over or written
            # off are loans TO the named country: no after-amount form for loans, credits or deposits)
            return iso3
    return None


_AFTER_AMOUNT_NO_GIVER_RE = re.compile(r"\b(?:loans?|credits?|deposits?)\b", re.I)


def _money_after(sentence: str, end: int, lexdir=None) -> int | None:
    """The end of the money noun right after an adjective ending at ``end`` ("Russian| state loan"), else None."""
    pat = _patterns(lexdir)
    gap = pat["adj_gap"].match(sentence, end)
    if gap is None or gap.end() - end > 30:
        return None
    noun = pat["state_money"].match(sentence, gap.end())
    return noun.end() if noun else None


def _lender_giver(sentence: str, a: int, b: int, actors, sides, lexdir=None) -> str | None:
    """The country of the lender a loan, credit or grant is signed with: "Ghana signed a $498 million grant agreement
    with the U.S. Millennium Challenge Corporation" -> USA (a bare "with China" is no cue: either side signs)."""
    pat = _patterns(lexdir)
    for start, end, iso3, kind, _alias in actors:
        if kind != "country" or iso3 not in sides or start < b or start - b > 90:
            continue
        signed = pat["signed_with"].search(sentence, max(0, a - 80), start)
        if signed and pat["lender"].match(sentence, end):
            signer = [x for x in actors if x[1] <= signed.start() and x[3] == "country"]
            if signer and signer[-1][2] == iso3:
                return None  # "Ghana signed ... with the Ghanaian Development Bank": a home lender tells no side
            return iso3
    return None


# between an amount and a side named as its source: "a $1 billion loan from China", "$35 billion investment by the UAE"
_FROM_SIDE_RE = re.compile(r"[^;:.()]{0,60}?\b(?:from|by)\s++(?:the\s++)?", re.I)


def _subject_giver(sentence: str, a: int, b: int, actors, sides, lexdir=None) -> str | None:
    """The country (or the country of a leader) that is the subject of a giving verb whose object holds the amount:
    "India extended two credit lines worth $200 million", "Saudi Arabia's Public Investment Fund to invest ...";
    a giving participle after "after"/"before"/"while" takes the sentence's first actor as its subject."""
    pat = _patterns(lexdir)
    lo, _hi = _clause(sentence, a, b)
    before = [x for x in actors if lo <= x[0] and x[1] <= a]
    for start, end, iso3, kind, _alias in reversed(before):
        gap = pat["subject_gap"].match(sentence, end)
        verb = pat["give_verb"].match(sentence, gap.end()) if gap else None
        if verb is None:
            continue
        # the nearest giving verb before the amount decides, or nothing does
        between = sentence[verb.end():a]
        if len(between) > _VERB_REACH:
            return None
        if _PHRASE_BREAK_RE.search(between) and not re.search(r"\b(?:for|to)\s++(?:the\s++)?(?:[\w'’-]+\s++){0,3}?$",
                                                              between):
            # "India extended two credit lines worth $200 million"; "will provide Vietnam with a $500 million line"
            if not re.fullmatch(r"[^;:()]*?\bwith\s++(?:an?\s++|the\s++)?(?:[\w'’-]+\s++){0,3}?(?:US)?[$€£¥]?\s*+",
                                between):
                return None
        return iso3 if iso3 in sides else None
    if any(b <= x[0] <= b + 70 and _FROM_SIDE_RE.fullmatch(sentence, b, x[0]) for x in actors):
        # "after announcing a $1 billion loan from China": the giver is named after the amount, not the first actor
        return None
    part = None
    for part in pat["participle"].finditer(sentence, 0, a):
        pass
    if part is not None and not _CLAUSE_BREAK_RE.search(sentence, part.end(), a):
        # the first person or country named by its name (not a dateline's capital: "PORT LOUIS, March 12 - Modi ...")
        first = [x for x in actors if x[1] <= part.start() and (x[3] == "person" or x[4] == "name")]
        if first and first[0][0] < 60 and first[0][2] in sides:
            return first[0][2]
    return None


def giver_of(sentence: str, a: int, b: int, actors: list[tuple], sides: set[str], lexdir=None) -> str | None:
    """The side of ``sides`` that gives the amount at [a, b) of ``sentence``, or None when the words do not tell.
    ``actors``: (start, end, iso3, kind, alias_kind) of the sentence's country and person mentions, offsets into ``sentence``."""
    for cue in (_adjective_giver, _lender_giver, _subject_giver):
        giver = cue(sentence, a, b, actors, sides, lexdir)
        if giver is not None:
            return giver
    return None


class _MentionIndex:
    """Mentions sorted by start, to take those inside a span by bisection (not a scan of every mention per row)."""

    def __init__(self, mentions):
        self.items = sorted(mentions, key=lambda m: m.start)
        self.starts = [m.start for m in self.items]


def _mentions_in(index: _MentionIndex, s: int, e: int) -> list:
    """The mentions of ``index`` that lie within [s, e)."""
    i = bisect.bisect_left(index.starts, s)
    j = bisect.bisect_right(index.starts, e)
    return [m for m in index.items[i:j] if m.end <= e]


def orient_givers(figures: list[dict], text: str, mentions, lexdir=None) -> list[dict]:
    """``figures`` with each loan, grant, credit, deposit or investment row's giver first, as ``giver_of`` reads it;
    rows with no cue, one side missing or the giver already first are left as they are."""
    index = _MentionIndex(mentions)
    for row in figures:
        reporter, partner = row.get("reporter_iso3"), row.get("partner_iso3")
        start, end, evidence = row.get("char_start"), row.get("char_end"), row.get("evidence") or ""
        if row.get("metric") not in _DIRECTED_METRICS or not reporter or not partner or reporter == partner \
                or start is None or end is None or not evidence:
            continue
        s = text.rfind(evidence, 0, start + len(evidence))
        if s < 0 or s + len(evidence) < end:
            continue
        e = s + len(evidence)
        actors = [(m.start - s, m.end - s, m.iso3, m.kind, m.alias_kind) for m in _mentions_in(index, s, e)
                  if m.kind in ("country", "person") and m.iso3]
        actors.sort()
        if giver_of(evidence, start - s, end - s, actors, {reporter, partner}, lexdir) != partner:
            continue
        row["reporter_iso3"], row["partner_iso3"] = partner, reporter
        if row.get("figure_id") is not None:
            row["figure_id"] = stable_id(row["article_id"], row["metric"], row["reporter_iso3"], row["partner_iso3"],
                                         row["value"], row["char_start"], row["char_end"])
    return figures


_LIST_GAP_RE = re.compile(r"\s*+(?:,\s*+(?:and\s++)?|and\s++)")  # "Uzbekistan and Kazakhstan", "Laos, Cambodia and"
_AFTER_ROUTE_NAME_RE = re.compile(r"['’]s\b|\s++(?-i:[A-Z])|\s++(?:bank|fund|agency|company|firm|state|government)\b",
                                  re.I)


def _route_only(sentence: str, names: list[tuple], iso3: str, lexdir=None) -> bool:
    """True when every mention of ``iso3`` among ``names`` (the sentence's country mentions, in order) is a place passed
    through: right after a route word, alone or in a list ("flying into Poland", "through Uzbekistan and Kazakhstan");
    a demonym, a capital, a possessive or a body named after it ("via the Turkish port", "through China's Exim Bank")
    is no route."""
    route = _patterns(lexdir)["route"]
    mine = [i for i, x in enumerate(names) if x[2] == iso3]
    if not mine:
        return False
    for i in mine:
        start, end, _iso3, _kind, alias = names[i]
        if alias not in ("name", "short") or _AFTER_ROUTE_NAME_RE.match(sentence, end):
            return False
        head = start
        j = i
        while j > 0 and _LIST_GAP_RE.fullmatch(sentence, names[j - 1][1], names[j][0]):
            j -= 1
            head = names[j][0]
        if not route.search(sentence, max(0, head - 40), head):
            return False
    return True


def drop_route_sides(figures: list[dict], text: str, mentions, lexdir=None) -> list[dict]:
    """``figures`` with no side that the sentence names only as a place passed through (``_route_only``): the side is
    the one other country the sentence names as no route ("Turkmen shipments to China, piped through Uzbekistan and
    Kazakhstan": China, not Kazakhstan), else the row goes ("Turkmen gas, piped through Uzbekistan, earned $2
    billion": no sum with Uzbekistan). "Into" names the place reached, not one passed through."""
    index = _MentionIndex(mentions)
    kept = []
    for row in figures:
        start, evidence = row.get("char_start"), row.get("evidence") or ""
        sides = (row.get("reporter_iso3"), row.get("partner_iso3"))
        s = text.rfind(evidence, 0, start + len(evidence)) if evidence and start is not None else -1
        if s < 0 or None in sides or not s <= start < s + len(evidence):
            kept.append(row)
            continue
        e = s + len(evidence)
        names = sorted((m.start - s, m.end - s, m.iso3, m.kind, m.alias_kind) for m in _mentions_in(index, s, e)
                       if m.kind == "country" and m.iso3)
        route = [k for k, side in enumerate(sides) if _route_only(evidence, names, side, lexdir)]
        if len(route) != 1:
            kept.append(row)
            continue
        k = route[0]
        others = {x[2] for x in names if x[2] not in sides and not _route_only(evidence, names, x[2], lexdir)}
        if len(others) > 1:
            kept.append(row)
            continue
        if not others:
            continue  # the only other side is a place passed through: no money between the two
        row["reporter_iso3" if k == 0 else "partner_iso3"] = others.pop()
        if row.get("figure_id") is not None:
            row["figure_id"] = stable_id(row["article_id"], row["metric"], row["reporter_iso3"], row["partner_iso3"],
                                         row["value"], row["char_start"], row["char_end"])
        kept.append(row)
    return kept
