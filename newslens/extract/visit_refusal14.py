"""Visits session 14: a refusal with no trip arranged gives no record (README convention, twelfth session).

"A leader who says he will not go somewhere, with no trip ever arranged ('said he would not travel to Japan for the
G20', 'will not attend the inauguration'), gives nothing; a trip arranged or announced and then dropped is
`cancelled`." Several rules of ``visits.py`` and ``visit_revisions.py`` turn a non-attendance into a `cancelled`
record; this story-level pass, run once every record is known, decides the status the convention's way:

- ``refusal_drops``: a `cancelled` record whose sentence tells a refusal or non-attendance (the ``refuse`` words of
  ``data/lexicons/visit_refusal14.csv``: "will not attend", "will skip", "is staying away", "declined the
  invitation", "decided against", "boycott", "sends X instead", "will take part by video") and no sign that the trip
  had been set (the ``arranged`` words: "was due to", "had been scheduled", "had planned to", "had accepted", "pulled
  out of", "called off", "postponed", "cancelled", "never took place", "backed out") is dropped, unless another
  sentence of the story that names the same traveller (or, for a country, the same host), or the sentence right
  before or after it when it names no other person, tells the trip was set, or the story holds a planned record of the same trip from another
  sentence.
  Only `cancelled` records are touched: the person sent instead ("Lavrov will go instead") keeps his trip, and a
  record a companion took from a dropped trip goes with it.
"""
from __future__ import annotations

import bisect
import re

from .lexicons import lexicon_file, read_rows

_KINDS = ("refuse", "arranged")


class RefusalWords:
    """The compiled patterns of ``visit_refusal14.csv``: one alternation per kind."""

    def __init__(self, lexdir=None):
        rows = read_rows(lexicon_file(lexdir, "visit_refusal14.csv"), ("kind", "pattern"), {"kind": _KINDS})
        for kind in _KINDS:
            pats = [r["pattern"] for r in rows if r["kind"] == kind]
            setattr(self, f"{kind}_re", re.compile("|".join(f"(?:{p})" for p in pats) or "(?!)", re.I))


def words_of(vx) -> RefusalWords:
    """The extractor's ``RefusalWords``, built with its other word lists in ``VisitExtractor.__init__``."""
    return vx._refusal14


def is_bare_refusal(words: RefusalWords, text: str, s: int, e: int) -> bool:
    """True when text[s:e] tells a refusal or non-attendance and no sign that a trip had been set.

    >>> w = RefusalWords()
    >>> t = "Prime Minister Ana Costa will not attend the summit in Lima, her office said."
    >>> is_bare_refusal(w, t, 0, len(t))
    True
    >>> t = "Prime Minister Ana Costa, who had been due to attend the summit in Lima, will not attend after all."
    >>> is_bare_refusal(w, t, 0, len(t))
    False
    >>> t = "Costa postponed her trip to Lima."
    >>> is_bare_refusal(w, t, 0, len(t))
    False
    """
    return words.refuse_re.search(text, s, e) is not None and words.arranged_re.search(text, s, e) is None


def refusal_drops(vx, text, sentences, mentions, records, published) -> None:
    """Drop the `cancelled` records told only as a refusal (see the module doc)."""
    if not records or not any(r.status == "cancelled" for r in records):
        return
    words = words_of(vx)
    if words.refuse_re.search(text) is None:
        return
    starts = [s for s, _e in sentences]

    ments = sorted(mentions, key=lambda m: m.start)
    m_starts = [m.start for m in ments]
    # indexes built once per story (a long story of many refusals stays linear; the reviewer's F6):
    # the sentences that tell a trip was set, the persons and countries each of them names, and the planned records by
    # traveller and host
    set_sis = sorted({bisect.bisect_right(starts, m.start()) - 1 for m in words.arranged_re.finditer(text)})
    set_sis = [si for si in set_sis if si >= 0]
    set_people: dict[int, set] = {}
    set_by_person: dict = {}
    set_by_country: dict = {}
    for si in set_sis:
        s, e = sentences[si]
        people = set()
        for m in ments[bisect.bisect_left(m_starts, s):bisect.bisect_left(m_starts, e)]:
            if getattr(m, "actor_id", None) is not None:
                set_by_person.setdefault(m.actor_id, set()).add(si)
            if m.kind == "person":
                people.add(m.actor_id)
            elif m.kind == "country":
                set_by_country.setdefault(m.iso3, set()).add(si)
        set_people[si] = people
    plans: dict = {}
    for o in records:
        if o.status == "planned":
            plans.setdefault((o.visitor.actor_id, o.host_iso3), []).append(o)

    def set_elsewhere(r, own: int) -> bool:
        """Another sentence that tells a trip was set names the traveller (or, for a country, it or the host), or is
        the sentence right before or after and names no other person."""
        if r.visitor.kind == "person":
            named = set_by_person.get(r.visitor.actor_id, set())
        else:
            named = set_by_country.get(r.visitor.iso3, set()) | set_by_country.get(r.host_iso3, set())
        if any(si != own for si in named):
            return True
        for si in (own - 1, own + 1):
            if si in set_people and not (set_people[si] - {r.visitor.actor_id}):
                return True
        return False

    dropped = []
    for r in records:
        if r.status != "cancelled" or r.is_domestic:
            continue
        s0, e0 = r.sentence
        if not is_bare_refusal(words, text, s0, e0):
            continue
        own = bisect.bisect_right(starts, s0) - 1
        # another sentence naming the traveller tells the trip was set: "Putin was due in Johannesburg. ... He will not
        # travel now" keeps its cancelled record
        if set_elsewhere(r, own):
            continue
        # a plan of the same trip (same days, or no days told) in another sentence ("Macron was due in Beijing on June
        # 20. He will not go now"); not another trip to the same country ("he will travel to Washington in July")
        if any(o is not r and o.sentence != r.sentence and (o.date is None or r.date is None or (
                o.date.start <= r.date.end and r.date.start <= o.date.end))
               for o in plans.get((r.visitor.actor_id, r.host_iso3), ())):
            continue
        dropped.append(r)
    if not dropped:
        return
    gone = {id(r) for r in dropped}
    # the same sentence's other record of the same traveller and host: "Moon will not travel to Japan for the opening"
    # tells no trip to Japan at all. A planned record goes only when both dates are told and equal; an occurred record
    # only when it has no date of its own or the same told dates ("arrived in India on Saturday ...; he will not travel
    # to Mumbai" keeps the trip; reviewer F2)
    told = {(r.sentence, r.visitor.actor_id, r.host_iso3): r.date for r in dropped}
    for r in records:
        key = (r.sentence, r.visitor.actor_id, r.host_iso3)
        if id(r) in gone or key not in told or r.status not in ("occurred", "planned"):
            continue
        d = told[key]
        same = d is not None and r.date is not None and (r.date.start, r.date.end) == (d.start, d.end)
        if same or (r.status == "occurred" and r.date is None):
            gone.add(id(r))
    records[:] = [r for r in records if id(r) not in gone and id(getattr(r, "companion_of", None)) not in gone]
