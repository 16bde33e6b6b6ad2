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

import functools
import re

from .lexicons import lexicon_file, read_rows
from .text import stable_id

_CLAUSE_STOP_RE = re.compile(r"[;:]")
_CLAUSE_JOIN_RE = re.compile(r"[,;]\s*+(?:and|but|while|whereas)\b|;")  # ", and the leaders set a goal of ..."
_COORD_GAP_RE = re.compile(r"\s*+,\s*+(?:and\s++)?(?:the\s++)?|\s++and\s++(?:the\s++)?")  # "France, Italy and the UK"


@functools.lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern]:
    """kind -> compiled pattern (one alternation per kind) of figure_seed13.csv."""
    rows = read_rows(lexicon_file(None, "figure_seed13.csv"), ("kind", "pattern"),
                     {"kind": ("co_givers", "pooled_from", "pair_words")})
    kinds: dict[str, list[str]] = {}
    for row in rows:
        kinds.setdefault(row["kind"], []).append(row["pattern"])
    return {k: re.compile("|".join(f"(?:{p})" for p in v), re.I) for k, v in kinds.items()}


def _countries(mentions, lo: int, hi: int) -> list:
    """Country mentions (with an ISO3) inside text[lo:hi], in order."""
    return [m for m in mentions if m.kind == "country" and m.iso3 and lo <= m.start and m.end <= hi]


def co_givers(text: str, lo: int, hi: int, mentions) -> set[str]:
    """ISO3s of the coordinated countries that "each" give in text[lo:hi] ("Germany, France and Britain each pledged"),
    at least two, else an empty set. Only names joined by commas and "and" right before "each" count."""
    each = _patterns()["co_givers"]
    names = _countries(mentions, lo, hi)
    for i, last in enumerate(names):
        if not each.match(text, last.end):
            continue
        group = [last]
        for prev in reversed(names[:i]):
            if not _COORD_GAP_RE.fullmatch(text, prev.end, group[-1].start):
                break
            group.append(prev)
        isos = {m.iso3 for m in group}
        if len(isos) >= 2:
            return isos
    return set()


def drop_pooled_money(rows: list[dict], text: str, mentions) -> list[dict]:
    """``rows`` without the sums that are no money between their two countries:

    - "Germany and France each pledged 1.5 billion euros, while Britain announced 1.44 billion pounds": the co-givers
      are no pair (any row of that sentence whose two sides are both co-givers goes); "Germany and France each pledged
      1.5 billion euros to Ukraine" keeps its Germany-Ukraine and France-Ukraine rows.
    - "a €31.5 billion loan tranche from its euro zone partners and the IMF": a group with an international body.
    """
    if not rows:
        return rows
    pooled = _patterns()["pooled_from"]
    kept = []
    givers_of: dict[tuple[int, int], set[str]] = {}  # one reading per sentence, however many sums it holds
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
            givers_of[span] = co_givers(text, *span, mentions)
        givers = givers_of[span]
        if None not in sides and givers and sides <= givers:
            continue
        if row.get("metric") in ("aid", "other", "investment") and pooled.match(text, end, s + len(evidence)):
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
    return _CLAUSE_JOIN_RE.search(sentence, period.char_end, a) is not None


_SAID_IT_WOULD_RE = re.compile(r"\s++(?:has\s++|had\s++)?(?:said|says|announced|confirmed|pledged|promised)\s++"
                               r"(?:(?:on|last)\s++[A-Z][a-z]++\s++)?(?:that\s++)?it\s++(?:would|will|was\s++to|is\s++to)\s++")


def said_it_would(sentence: str, start: int, verb: int) -> bool:
    """True when sentence[start:verb] is a reported promise of the country named right before ``start``: "the United
    Arab Emirates| said it would |place $3 billion with ...", "Kuwait| announced on Monday that it will |deposit ..."."""
    return _SAID_IT_WOULD_RE.fullmatch(sentence, start, verb) is not None


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


def visit_pair(figures: list[dict], visits: list[dict], text: str, mentions) -> list[dict]:
    """``figures`` with the trade rows told as "trade between the two countries" (or "bilateral trade") moved onto the
    story's trip pair when they share one country with it and their other country is named neither in the figure's
    sentence before the amount nor, together with the shared one, in the sentence before it without the host or visitor
    ("Russia and Türkiye ... Trade between the two countries": that pair is kept).

    Example: a story on Erdoğan in Kyiv that named Putin in its second sentence, "Trade between the two countries reached
    $7.4 billion last year" read as Turkey-Russia becomes Turkey-Ukraine.
    """
    pair, travellers = _story_visit_pair(visits) if figures else (None, set())
    if pair is None:
        return figures
    words = _patterns()["pair_words"]
    named = [m for m in mentions if m.iso3 and m.kind in ("country", "person")]
    out = []
    for row in figures:
        row = _moved(row, pair, travellers, words, named, text)
        out.append(row)
    return out


def _moved(row: dict, pair: tuple[str, str], travellers: set[str], words: re.Pattern, named, text: str) -> dict:
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
    if any(m.iso3 == other and s <= m.start < start for m in named):
        return row  # "Russia's trade with Türkiye, the two countries' ..."
    prev_s = max(text.rfind(". ", 0, s), text.rfind("\n", 0, s - 1))
    before = {m.iso3 for m in named if prev_s <= m.start < s}
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
