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
    """The extractor's ``RefusalWords``, built on first use (keeps ``visits.py``'s constructor untouched)."""
    words = getattr(vx, "_refusal14_words", None)
    if words is None:
        words = RefusalWords(getattr(vx, "_lexdir", None))
        vx._refusal14_words = words
    return words


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
    set_sis: list[int] | None = None  # the sentences that tell a trip was set, found once per story

    def names(si: int, r) -> bool:
        """The sentence names the record's traveller (a person by id; a country or group by its country) or its host."""
        s, e = sentences[si]
        lo = bisect.bisect_left(m_starts, s)
        hi = bisect.bisect_left(m_starts, e)
        for m in ments[lo:hi]:
            if r.visitor.kind == "person" and m.actor_id == r.visitor.actor_id:
                return True
            if r.visitor.kind != "person" and m.kind == "country" and m.iso3 in (r.visitor.iso3, r.host_iso3):
                return True
        return False

    def others(si: int, r) -> bool:
        """The sentence names a person other than the record's traveller (a sentence right before or after that names
        nobody else speaks of him: "He had been scheduled to visit Beijing")."""
        s, e = sentences[si]
        return any(m.kind == "person" and m.actor_id != r.visitor.actor_id
                   for m in ments[bisect.bisect_left(m_starts, s):bisect.bisect_left(m_starts, e)])

    ments = sorted(mentions, key=lambda m: m.start)
    m_starts = [m.start for m in ments]
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
        if set_sis is None:
            set_sis = sorted({bisect.bisect_right(starts, m.start()) - 1 for m in words.arranged_re.finditer(text)})
        if any(si != own and si >= 0 and (names(si, r) or (abs(si - own) == 1 and not others(si, r))) for si in set_sis):
            continue
        # a plan of the same trip (same days, or no days told) in another sentence ("Macron was due in Beijing on June
        # 20. He will not go now"); not another trip to the same country ("he will travel to Washington in July")
        if any(o is not r and o.status == "planned" and o.sentence != r.sentence and o.host_iso3 == r.host_iso3
               and o.visitor.actor_id == r.visitor.actor_id and (o.date is None or r.date is None or (
                   o.date.start <= r.date.end and r.date.start <= o.date.end)) for o in records):
            continue
        dropped.append(r)
    if not dropped:
        return
    gone = {id(r) for r in dropped}
    # the same sentence's other record of the same traveller and host, occurred or planned on the same days (or none):
    # "Moon will not travel to Japan for the opening" tells no trip to Japan at all
    told = {(r.sentence, r.visitor.actor_id, r.host_iso3): r.date for r in dropped}
    for r in records:
        key = (r.sentence, r.visitor.actor_id, r.host_iso3)
        if id(r) not in gone and r.status in ("occurred", "planned") and key in told and (
                r.date is None or told[key] is None or (r.date.start, r.date.end) == (told[key].start, told[key].end)):
            gone.add(id(r))
    records[:] = [r for r in records if id(r) not in gone and id(getattr(r, "companion_of", None)) not in gone]
