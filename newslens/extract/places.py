"""Places named in a sentence ("in Vladivostok", "to Ulan-Ude"), from the offline gazetteer."""
from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass

from .lexicons import alternation, lexicon_file, read_rows
from .registry import Registry

# A capitalised phrase after a preposition or a travel verb: the places a visit can be in.
_PLACE_RE = re.compile(
    r"\b(?:in|to|at|near|outside|off|into|from|visit(?:ed|ing|s)?|toured?|reached|entered|for|of|on(?=\s+[A-Z][\w'’-]*\s+[Ii]sland\b))\s+"
    r"(?:the\s+(?:city|port|town|village|resort|capital)\s+of\s+|the\s+)?"
    r"(?P<name>[A-Z][\w'’.-]*(?:[ \t\u00a0-](?:(?:de|da|do|del|es|al|el)[ \t\u00a0-])?[A-Z][\w'’-]*){0,2})")  # ("Rio de Janeiro")


# capitalised words that are towns somewhere but, in news, almost always an adjective, an office or a month
# ("set for March 16" is no trip to the English town of March; s18: "the Young Communist League" is no town of Uruguay)
COMMON_PLACE_WORDS = frozenset(
    """central national general supreme state union victory independence liberty unity friendship progress
    justice peace people party political public federal royal grand great new old first second third
    president premier chairman minister secretary director university hospital eastern western northern
    southern far middle mount lake port olympic olympics commonwealth
    asia europe africa america americas oceania eurasia
    kim january february march april may june july august september october november december
    summit young""".split())  # continents too: "the Olympic Council of Asia" is not the Philippine town of Asia
# s23: the head of a geographic name built with "of" ("Bay of Bengal", "Horn of Africa", "Gulf of Aden", "Sea of
# Japan", "Cape of Good Hope", "Strait of Hormuz"): alone, the gazetteer reads it as a town (Bay in the Philippines)
_GEO_HEADS = frozenset("bay horn gulf sea cape strait straits isle isles mouth".split())
_OF_NAME_RE = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")
# a place name followed by these is the first word of an institution's name
_ORG_NEXT_RE = re.compile(r"[ \t\u00a0]+(?:Committee|Commission|Council|Bank|Party|Agency|Cadres|Army|Ministry|Federation|"
                          r"Association|Union|Institute|Academy|Bureau|Assembly|Court|Corporation|Company|Group|Fund|"
                          r"Hotel|House|Hall|Restaurant|Club|Stadium|Theatre|Theater|Cinema|Gymnasium|League|Front|"
                          r"Movement|Society|Organi[sz]ation)\b")


def unit_name_re(lexdir=None) -> re.Pattern:
    """After a city's name: the rest of a military unit's name that opens with it, up to a head of unit_heads.csv
    ("Seoul| Ryu Kyong Su 105 Guards Tank Division", "Kaesong| 2nd Infantry Regiment"; audit kind 1 of the fixP
    round). Up to six capitalised words or numbers between (bounded, no backtracking over a sentence)."""
    heads = alternation([r["word"] for r in read_rows(lexicon_file(lexdir, "unit_heads.csv"), ("word",))])
    return re.compile(rf"(?:[ \t\u00a0]+(?:[A-Z][\w'’-]*|\d{{1,4}}(?:st|nd|rd|th)?)){{0,6}}?[ \t\u00a0]+(?:{heads})\b")


# visits round 2 of session 8: a landmark named after a town, then the city it stands in ("at the Miraflores palace in
# Caracas", "the Palermo hotel in Buenos Aires"): the name is the landmark's, the place is the city after it
_LANDMARK_IN_RE = re.compile(r"[ \t\u00a0]+(?:palace|residence|hotel|stadium|airport|compound|estate|mansion|castle|villa|"
                             r"guesthouse|guest\s+house|conference\s+cent(?:er|re)|convention\s+cent(?:er|re))\s+(?:in|at)\s+(?:the\s+)?[A-Z]")
_REGION_RE = re.compile(r"[ \t\u00a0]+(?:Region|Province|Oblast|Krai|District|County|Prefecture|Territory)\b", re.I)


@dataclass(frozen=True)
class Place:
    name: str
    iso3: str
    lat: float
    lon: float
    start: int
    end: int


class _SpanCover:
    """Whether a position falls inside one of many (start, end) spans, by bisection (perf s11: a sentence of 2,000
    countries and as many place names was 4 million comparisons). ``covers(pos)`` is
    ``any(cs <= pos < ce for cs, ce in spans)``: the largest end among the spans that start at or before ``pos``."""

    def __init__(self, spans):
        ordered = sorted(spans)
        self.starts = [cs for cs, _ce in ordered]
        self.max_end = list(itertools.accumulate((ce for _cs, ce in ordered), max))

    def covers(self, pos: int) -> bool:
        k = bisect.bisect_right(self.starts, pos)
        return k > 0 and self.max_end[k - 1] > pos


class PlaceFinder:
    def __init__(self, registry: Registry, lexdir=None):
        self.registry = registry
        self.unit_re = unit_name_re(lexdir)

    def find(self, text: str, start: int = 0, end: int | None = None,
             country_spans: list[tuple[int, int]] = (), prefer: frozenset | set = frozenset()) -> list[Place]:
        """Places in ``text[start:end]`` (offsets into ``text``); names covered by a country name
        (``country_spans``; capitals excluded by the caller) are not places."""
        out = []
        covered = None  # the country spans, for bisection (built on first use)
        for m in _PLACE_RE.finditer(text, start, len(text) if end is None else end):
            words = re.split(r"([ \t\u00a0-])", m.group("name").rstrip("."))
            # longest prefix that the gazetteer knows: "Ulan-Ude", "Kuala Lumpur", not "Moscow On"
            for k in range(len(words), 0, -1):
                cand = "".join(words[:k]).strip(" -")
                if not cand or cand[-1] in " -":
                    continue
                hit = self.registry.place(cand, prefer)
                if hit is None:
                    continue
                s = m.start("name")
                e = s + len(cand)
                if k < len(words) and m.group().startswith("for") and not re.match(
                        r"[ \t\u00a0-]+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|City|Province|Region|County|District|"
                        r"Municipal|People['’]s|Airport|International|Capital|Winter|Summer|Olympics?|Games|Harbou?r|Bay|"
                        r"Islands?)\b", text[e:e + 16]):
                    break  # session 9: "the memorial for Nelson Mandela": the first name of a person, not the town
                if cand.lower() in COMMON_PLACE_WORDS or (k < len(words) and _ORG_NEXT_RE.match(text, e)) or self.unit_re.match(text, e):
                    break  # "of the Central Committee", "Victory Street", "Union Army": not the town
                if k == 1 and cand.lower() in _GEO_HEADS and _OF_NAME_RE.match(text, e):
                    break  # s23: "the Bay of Bengal", "the Horn of Africa", "the Gulf of Aden": not the town of Bay
                if _LANDMARK_IN_RE.match(text, e):
                    break  # "the Miraflores palace in Caracas": the palace's name, not the Peruvian district
                if _REGION_RE.match(text, e) and hit[1] not in prefer:
                    break  # "Amur Region" is not the Indian town of Amur
                if cand.isupper() and 1 < len(cand) <= 4 and not hit[0].isupper():
                    break  # "at UN", "in the EU", "OAS": an acronym, not the Indian town of Un (a longer word in
                    # capitals is a place in headline copy: "VLADIVOSTOK", review of round 18, finding 9)
                if covered is None:
                    covered = _SpanCover(country_spans)
                if covered.covers(s):  # (was any(cs <= s < ce for cs, ce in country_spans); perf s11)
                    break  # "in Russia", "in Singapore": the country itself, not one of its cities
                if len(prefer) > 1:
                    hit = _trip_country_namesake(self.registry, text, cand, s, e, prefer) or hit
                out.append(Place(hit[0], hit[1], hit[2], hit[3], s, e))
                break
        return out


# (fix s13) "visited Guadalajara on Tuesday on the second day of a trip to Spain": among namesakes in the story's
# countries, the one whose country the sentence names after "to"/"in" (not "Mexico's president") decides first
_SENT_END_RE = re.compile(r"[.!?](?:\s|$)")


def _trip_country_namesake(registry, text: str, cand: str, s: int, e: int, prefer) -> tuple | None:
    """The namesake of ``cand`` in the one country of ``prefer`` that the place's sentence names after "to"/"in"."""
    from .text import fold

    entries = registry.places_all.get(fold(cand).lower(), {})
    isos = [iso for iso in entries if iso in prefer]
    if len(isos) < 2:
        return None
    lo = max((m.end() for m in _SENT_END_RE.finditer(text, max(0, s - 400), s)), default=max(0, s - 400))
    end = _SENT_END_RE.search(text, e, min(len(text), e + 400))
    hi = end.start() if end is not None else min(len(text), e + 400)
    named = []
    for iso in isos:
        actor = registry.actors.get(f"country:{iso}")
        if actor is None or not actor.name:
            continue
        if re.search(rf"\b(?:to|in)\s+(?:the\s+)?{re.escape(actor.name)}\b(?!['’]s)", text[lo:hi]):
            named.append(iso)
    return entries[named[0]] if len(named) == 1 else None
