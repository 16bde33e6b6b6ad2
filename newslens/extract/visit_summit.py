"""Summit attendees under a dateline (visits session 11, second round).

``scene_rosters`` is a story-level pass over the trips ``visits.py`` has found, only adding records: a list of named
people "among the leaders / guests / dignitaries" with no place of its own ("Medvedev, Merkel and Sarkozy were among
about 40 leaders in the conference hall"), in a story written under a dateline abroad whose sentence or the two
before tell of a gathering ("Leaders gathered in the capital on Wednesday for their summit"). Each person not of the
dateline's country went there (occurred), dated by the day those sentences give (else the story's month).

Not a trip: a roster whose words after the crowd are not presence ("among the leaders who criticised the summit",
"among the leaders to congratulate"), a planned or invited roster ("will be among", "are expected"), one by video,
one in a sentence dated to another year than the story's ("among the leaders at the 2019 summit"), one whose
context sentences put the gathering in another country, and the dateline country's own people (the hosts).

The words are data (``data/lexicons/visit_summit.csv``); the roster is the one of ``visit_rosters.py``.
"""
from __future__ import annotations

import bisect
import re

from .lexicons import alternation, lexicon_file, read_rows
from .visit_rosters import _CLAUSE_END_RE, _VIDEO_RE, _chains, _host_after, _new_record, _told

_YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")


class SummitWords:
    """The lexicon of ``scene_rosters``, compiled once per extractor."""

    def __init__(self, lexdir=None):
        rows = read_rows(lexicon_file(lexdir, "visit_summit.csv"), ("kind", "word"))
        words = {k: alternation([r["word"] for r in rows if r["kind"] == k]) or "(?!)"
                 for k in ("event", "tail", "not_tail", "remote", "away")}  # (an empty list matches nothing)
        self.event_re = re.compile(rf"\b(?:{words['event']})\b", re.I)
        # (review s11, V4) "at/in/inside" only before an article: "at the stadium", not "in favour", "at odds"
        self.tail_re = re.compile(rf"\s*(?:[,.;:]|$)|\s+(?:{words['tail']})\b"
                                  rf"|\s+(?:at|in|inside)\s+(?:the|a|an|this|its|their)\s", re.I)
        self.not_tail_re = re.compile(rf"\s+(?:{words['not_tail']})\b", re.I)
        self.remote_re = re.compile(rf"\b(?:{words['remote']})\b", re.I)
        # "returned home on Tuesday from the BRICS summit": the gathering was elsewhere
        self.away_re = re.compile(rf"\b(?:{words['away']})\b[^.;]{{0,40}}?\bfrom\b", re.I)


def scene_rosters(vx, text, sentences, mentions, records, published) -> None:
    """A roster "among the <crowd>" with no place, under a dateline abroad, near a gathering: one occurred trip each
    to the dateline's country (see the module docstring)."""
    scene = vx._scene[0] if getattr(vx, "_scene", None) is not None else None
    if scene is None or not scene.iso3 or published is None:
        return
    from .visits import _per_sentence
    words, sw = vx._roster_words, vx._summit_words
    host = scene.iso3
    year = str(published.year)
    fit: dict = {}
    for si, ((s, e), ments) in enumerate(zip(sentences, _per_sentence(sentences, mentions))):
        if sum(1 for m in ments if m.kind == "person") < 2:
            continue
        starts = [m.start for m in ments]
        for chain in _chains(text, ments, words.gap_re):
            if len(chain) < 2:
                continue
            after = words.after_re.match(text, chain[-1].end, e)
            if after is None or not after.group("among") or (after.group("be") or "").lower() != "were":
                continue  # only "were (also) among the <crowd>": not "will be", not "are" (a plan or a list of the moment)
            pos = after.end()
            if words.expected_re.match(text, pos) or sw.tail_re.match(text, pos, e) is None:
                continue  # "among the leaders expected", "among the leaders who criticised"
            if sw.not_tail_re.match(text, pos, e):
                continue  # (review s11) "among the leaders at the forefront of calls for a ceasefire"
            window = min(e, pos + 200)  # (a place of its own comes right after the crowd)
            stop = _CLAUSE_END_RE.search(text, pos, window)
            clause_end = stop.start() if stop is not None else window
            near = ments[bisect.bisect_left(starts, pos):bisect.bisect_left(starts, clause_end)]
            if _host_after(vx, text, pos, clause_end, near)[0] is not None:
                continue  # a place of its own: visit_rosters.person_rosters tells it
            if si not in fit:  # the sentence's own checks, made once (a long sentence of many rosters)
                fit[si] = _sentence_fit(vx, sw, text, sentences, si, mentions, host, year, published)
            date = fit[si]
            if date is None:
                continue
            for m in chain:
                if m.iso3 == host or _told(records, m, host):
                    continue
                records.append(_new_record(m, host, "occurred", s, e, si, scene, date, "scene-roster"))


def _sentence_fit(vx, sw, text, sentences, si, mentions, host, year, published):
    """The date a roster of sentence ``si`` takes, or None when the sentence and the two before are no gathering at
    the dateline: no event word, a video meeting, another year named, or another country given as the place."""
    s, e = sentences[si]
    lo = sentences[max(0, si - 2)][0]
    if _VIDEO_RE.search(text, lo, e) or sw.event_re.search(text, lo, e) is None:
        return None
    if sw.remote_re.search(text, lo, e) or sw.away_re.search(text, lo, e):
        return None  # (review s11) a call is no gathering; "returned home from the summit" puts it elsewhere
    if any(y != year for y in _YEAR_RE.findall(text, s, e)):
        return None  # "were among the leaders at the 2019 summit": another gathering
    other, _ = _host_after(vx, text, lo, s, [m for m in mentions if lo <= m.start < s])
    if other is not None and other != host:
        return None  # the sentences before put the gathering elsewhere
    spans = [d for d in vx._undateline(vx.dates.find(text[lo:e], published, offset=lo, future=False))
             if d.start <= published]
    return spans[-1] if spans else vx._month_of(published)
