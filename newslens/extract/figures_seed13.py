"""Figure checks for seed-like newspaper stories (a trip and a sum in one story; figures session 13).

Three small, separate decisions on rows ``figures.py`` has already made; the words are in
data/lexicons/figure_seed13.csv:

- ``drop_pooled_money``: a sum several countries each give to one pot ("Germany and France each pledged 1.5 billion
  euros") or a sum from a group of states together with an international body ("a loan tranche from its euro zone
  partners and the IMF") is no money between two countries.
- ``goal_year_of_other_clause``: a goal with no deadline told after a past level ("reached $7.4 billion last year, and
  the leaders set a goal of $10 billion") takes no year from the level's clause.
- ``visit_pair``: "trade between the two countries" in a story about a trip is trade between the visitor's country and
  the host, not with a third country the story names in passing ("a fraction of what either side does with the United
  States") or in another story line ("offered to bring the presidents of Ukraine and Russia together").
"""
from __future__ import annotations

import bisect
import functools
import re

from .lexicons import lexicon_file, patterns_by_kind
from .text import stable_id

_CLAUSE_STOP_RE = re.compile(r"[;:]")
_CLAUSE_JOIN_RE = re.compile(r"[,;]\s*+(?:and|but|while|whereas)\b|;")  # ", and the leaders set a goal of ..."
_COORD_GAP_RE = re.compile(r"\s*+,\s*+(?:and\s++)?(?:the\s++)?|\s++and\s++(?:the\s++)?")  # "France, Italy and the UK"


@functools.lru_cache(maxsize=8)
def _patterns(lexdir=None) -> dict[str, re.Pattern]:
    """kind -> compiled pattern (one alternation per kind) of figure_seed13.csv in ``lexdir``; None: the lexicon folder in
    force at first use (NEWSLENS_LEXICONS or the shipped one). A folder without the file falls back to the shipped one.
    Cached per folder: called for every figure row, it must not touch the disk each time."""
    return patterns_by_kind(str(lexicon_file(lexdir, "figure_seed13.csv")), _KINDS)


_KINDS = ("co_givers", "pooled_from", "pair_words", "pooled_aside", "each_gap", "state_give",
          "compare_words")


def _countries(mentions, lo: int, hi: int) -> list:
    """Country mentions (with an ISO3) inside text[lo:hi], in order."""
    if isinstance(mentions, _Index):
        return [m for m in mentions.between(lo, hi) if m.kind == "country" and m.end <= hi]
    return [m for m in mentions if m.kind == "country" and m.iso3 and lo <= m.start and m.end <= hi]


class _Index:
    """Mentions with an ISO3 sorted by start, read by span with bisect (fix of session 13: one pass over a story's
    mentions, not one per sentence or row)."""

    def __init__(self, mentions, kinds: tuple[str, ...] | None = None):
        self.items = sorted((m for m in mentions if m.iso3 and (kinds is None or m.kind in kinds)),
                            key=lambda m: m.start)
        self.starts = [m.start for m in self.items]

    def between(self, lo: int, hi: int) -> list:
        """the mentions starting in [lo, hi), in order"""
        return self.items[bisect.bisect_left(self.starts, lo):bisect.bisect_left(self.starts, hi)]


def co_givers(text: str, lo: int, hi: int, mentions, lexdir=None) -> set[str]:
    """ISO3s of the coordinated countries that "each" give in text[lo:hi] ("Germany, France and Britain each pledged"),
    at least two, else an empty set. Only names joined by commas and "and" right before "each" count."""
    groups = co_giver_groups(text, lo, hi, mentions, lexdir)
    return groups[0][0] if groups else set()


def co_giver_groups(text: str, lo: int, hi: int, mentions, lexdir=None) -> list[tuple[set[str], int]]:
    """Every group of ``co_givers`` in text[lo:hi] with the offset right after its "each <give verb>" (figures fix of
    session 13: only the sum of that clause itself is the pot's, "X and Y each announced new steps, and X will lend Y
    $5 billion" is not)."""
    each = _patterns(lexdir)["co_givers"]
    names = _countries(mentions, lo, hi)
    out = []
    for i, last in enumerate(names):
        verb = each.match(text, last.end)
        if not verb:
            continue
        group = [last]
        for prev in reversed(names[:i]):
            if not _COORD_GAP_RE.fullmatch(text, prev.end, group[-1].start):
                break
            group.append(prev)
        isos = {m.iso3 for m in group}
        if len(isos) >= 2:
            out.append((isos, verb.end()))
    return out


def _pot_sum(text: str, verb_end: int, start: int, sides: set, each_gap: re.Pattern, mentions) -> bool:
    """True when the sum at ``start`` between two co-givers is their pot's: right after "each <give verb>" ("each
    pledged $500 million"), or in a later clause that names neither of them again ("..., while Britain had already
    announced 1.44 billion pounds" read as Germany-France). "..., and China will lend Russia $5 billion" names both and
    "each promised to raise trade between them to $5 billion" has no later clause: both stay (fix of session 13)."""
    if each_gap.fullmatch(text, verb_end, start):
        return True
    if not _CLAUSE_JOIN_RE.search(text, verb_end, start):
        return False
    return not sides <= {m.iso3 for m in _countries(mentions, verb_end, start)}


def _state_gives_before(text: str, lo: int, hi: int, mentions, lexdir=None) -> bool:
    """True when a country named in text[lo:hi] is the subject of a giving verb right after its name ("Saudi Arabia will
    lend", "China lent", "Japan has given"): the sum has a single state giver, not a pooled source."""
    give = _patterns(lexdir)["state_give"]
    return any(give.match(text, m.end) for m in _countries(mentions, lo, hi))


def drop_pooled_money(rows: list[dict], text: str, mentions, lexdir=None) -> list[dict]:
    """``rows`` without the sums that are no money between their two countries:

    - "Germany and France each pledged 1.5 billion euros, while Britain announced 1.44 billion pounds": the co-givers
      are no pair (any row of that sentence whose two sides are both co-givers goes); "Germany and France each pledged
      1.5 billion euros to Ukraine" keeps its Germany-Ukraine and France-Ukraine rows.
    - "a €31.5 billion loan tranche from its euro zone partners and the IMF": a group with an international body.
    """
    if not rows:
        return rows
    pat = _patterns(lexdir)
    pooled, aside, each_gap = pat["pooled_from"], pat["pooled_aside"], pat["each_gap"]
    mentions = _Index(mentions, ("country",))
    kept = []
    givers_of: dict[tuple[int, int], list] = {}  # one reading per sentence, however many sums it holds
    for row in rows:
        start, end, evidence = row.get("char_start"), row.get("char_end"), row.get("evidence") or ""
        if start is None or end is None or not evidence:
            kept.append(row)
            continue
        s = text.rfind(evidence, 0, start + len(evidence)) if evidence else -1
        if s < 0 or s + len(evidence) < end:
            kept.append(row)
            continue
        sides = {row.get("reporter_iso3"), row.get("partner_iso3")}
        span = (s, s + len(evidence))
        if span not in givers_of:
            givers_of[span] = co_giver_groups(text, *span, mentions, lexdir)
        if None not in sides and any(sides <= givers and verb_end <= start and _pot_sum(text, verb_end, start, sides,
                                                                                       each_gap, mentions)
                                     for givers, verb_end in givers_of[span]):
            continue  # the sum of the "each <give verb>" clause itself ("each pledged $500 million")
        if row.get("metric") in ("aid", "other", "investment"):
            source = pooled.match(text, end, s + len(evidence))
            if source and not aside.search(source.group()) and not _state_gives_before(text, s, start, mentions, lexdir):
                continue
        kept.append(row)
    return kept


def goal_year_of_other_clause(sentence: str, period, a: int, published) -> bool:
    """True when the period found for a goal at ``a`` (an offset in ``sentence``) is a past period told in an earlier
    clause: "Trade reached $7.4 billion last year, and the two leaders set a goal of $10 billion": last year is the
    level's year, and a goal with no deadline has none. A deadline after the sum ("... of $10 billion by 2026") and a
    year in the goal's own clause ("In 2022 they set a goal of $8 billion") are not this."""
    if published is None or period.char_end is None or period.char_end > a or period.end >= published:
        return False
    if _DEADLINE_START_RE.match(period.text) or _DEADLINE_LEAD_RE.search(sentence, max(0, period.char_start - 24),
                                                                        period.char_start) \
            or not _LEVEL_BEFORE_RE.search(sentence, 0, period.char_start):
        return False  # "By the end of 2023, and despite the war, ... aimed to lift trade to $10 billion": a deadline
    return _CLAUSE_JOIN_RE.search(sentence, period.char_end, a) is not None


# fix of session 13: the period must be a past level's ("reached $7.4 billion last year, and ..."): a number or a level
# verb told before it, and no deadline word ("By the end of 2023, and despite the war, ... aimed to lift trade to $10
# billion")
_DEADLINE_LEAD_RE = re.compile(r"\b(?:by|for|until|till|before|through|within|no\s++later\s++than)\s++"
                               r"(?:the\s++(?:end|close|start|middle)\s++of\s++)?$", re.I)
# "By the end of 2023" read as one span
_DEADLINE_START_RE = re.compile(r"(?:by|for|until|till|before|through|within)\b", re.I)
_LEVEL_BEFORE_RE = re.compile(r"\d|\b(?:fell|rose|reached|stood|topped|hit|grew|climbed|dropped|declined|totall?ed|"
                              r"amounted|surged|slumped|jumped|slipped)\b", re.I)


_SAID_IT_WOULD_RE = re.compile(r"\s++(?:has\s++|had\s++)?(?:said|says|announced|confirmed|pledged|promised)\s++"
                               r"(?:(?:on|last)\s++[A-Z][a-z]++\s++)?(?:that\s++)?it\s++(?:would|will|was\s++to|is\s++to)\s++")


# what may stand before a country that is itself the subject of "said it would": nothing, a clause start, "the", "the
# government of" (fix of session 13: "A charity based in Germany said it would donate" is the charity's promise)
_SUBJECT_LEAD_RE = re.compile(r"(?:^|[,;:\u2014\u2013]\s*+|\b(?:and|but|while|meanwhile|then|after|as|when|since|"
                              r"because|that|where)\s++)(?:the\s++)?"
                              r"(?:(?:government|authorities|cabinet|state|kingdom|republic)\s++of\s++"
                              r"(?:the\s++)?)?$", re.I)


def said_it_would(sentence: str, start: int, verb: int, name_start: int | None = None) -> bool:
    """True when sentence[start:verb] is a reported promise of the country named right before ``start``: "the United
    Arab Emirates| said it would |place $3 billion with ...", "Kuwait| announced on Monday that it will |deposit ...".
    With ``name_start`` (where the country's name begins) the country must be the subject itself: "A charity based in
    Germany said it would" and "The main opposition party in Turkey said it would" are not the state's promise."""
    if _SAID_IT_WOULD_RE.fullmatch(sentence, start, verb) is None:
        return False
    return name_start is None or _SUBJECT_LEAD_RE.search(sentence, max(0, name_start - 60), name_start) is not None


def _story_visit_pair(visits: list[dict]) -> tuple[tuple[str, str] | None, set[str]]:
    """The story's trip pair (visitor country, host): the pair of countries most trips told as done join, when no other
    pair is joined as often; and the countries of all those trips. (None, ...) when there is no trip or a tie
    ("Albanese met Pham Minh Chinh after Beijing warned Manila" read as two trips to China: no pair)."""
    counts: dict[frozenset, list] = {}
    travellers: set[str] = set()
    for v in visits:
        a, b = v.get("visitor_iso3"), v.get("host_iso3")
        if a and b and a != b and not v.get("is_domestic") and v.get("status") == "occurred":
            counts.setdefault(frozenset((a, b)), [0, (a, b)])[0] += 1
            travellers |= {a, b}
    ranked = sorted(counts.values(), key=lambda x: -x[0])
    if not ranked or (len(ranked) > 1 and ranked[1][0] == ranked[0][0]):
        return None, travellers
    return ranked[0][1], travellers


def visit_pair(figures: list[dict], visits: list[dict], text: str, mentions, lexdir=None) -> list[dict]:
    """``figures`` with the trade rows told as "trade between the two countries" (or "bilateral trade") moved onto the
    story's trip pair when they share one country with it and their other country is named neither in the figure's
    sentence before the amount nor, together with the shared one, in the sentence before it without the host or visitor
    ("Russia and Türkiye ... Trade between the two countries": that pair is kept). Fix of session 13: a third country
    (or its capital) named after the sum in the same sentence keeps the pair too ("... made China Vietnam's largest
    partner", "with Washington"), unless a comparison word comes before it ("far below what either does with China").

    Example: a story on Erdoğan in Kyiv that named Putin in its second sentence, "Trade between the two countries reached
    $7.4 billion last year" read as Turkey-Russia becomes Turkey-Ukraine.
    """
    pair, travellers = _story_visit_pair(visits) if figures else (None, set())
    if pair is None:
        return figures
    words = _patterns(lexdir)["pair_words"]
    named = _Index(mentions, ("country", "person"))
    after = _Index(mentions)  # any place with a country, after the sum: "with Washington" (session 13 fix)
    out = []
    for row in figures:
        row = _moved(row, pair, travellers, words, named, text, after, lexdir)
        out.append(row)
    return out


def _moved(row: dict, pair: tuple[str, str], travellers: set[str], words: re.Pattern, named, text: str,
           after, lexdir=None) -> dict:
    """``row`` on the trip pair when the rule of ``visit_pair`` holds, else ``row`` itself."""
    reporter, partner = row.get("reporter_iso3"), row.get("partner_iso3")
    if row.get("metric") != "trade" or not reporter or not partner or {reporter, partner} == set(pair):
        return row
    shared = [c for c in (reporter, partner) if c in pair]
    if len(shared) != 1:
        return row
    other = partner if reporter == shared[0] else reporter
    if other in travellers:
        return row  # a country that travels or hosts in the story is one of its sides, not a passing name
    evidence, start = row.get("evidence") or "", row.get("char_start")
    s = text.rfind(evidence, 0, start + len(evidence)) if evidence and start is not None else -1
    if s < 0:
        return row
    lead = text[s:start]
    if not words.search(lead) or _CLAUSE_STOP_RE.search(lead[words.search(lead).end():]):
        return row
    if any(m.iso3 == other for m in named.between(s, start)):
        return row  # "Russia's trade with Türkiye, the two countries' ..."
    stop = s + len(evidence)
    compare = _patterns(lexdir)["compare_words"]
    if any(m.iso3 == other and not compare.search(text, start, m.start) for m in after.between(start, stop)):
        return row  # session 13 fix: "$170 billion last year made China Vietnam's largest partner", "with Washington"
    prev_s = max(text.rfind(". ", 0, s), text.rfind("\n", 0, s - 1))
    before = {m.iso3 for m in named.between(prev_s, s)}
    host_side = pair[1] if shared[0] == pair[0] else pair[0]
    if other in before and shared[0] in before and host_side not in before:
        return row  # the sentence before paired them without the trip's other side
    row = dict(row)
    if reporter == other:
        row["reporter_iso3"] = host_side
    else:
        row["partner_iso3"] = host_side
    if row.get("figure_id") is not None:
        row["figure_id"] = stable_id(row["article_id"], row["metric"], row["reporter_iso3"], row["partner_iso3"],
                                     row["value"], row["char_start"], row["char_end"])
    return row
