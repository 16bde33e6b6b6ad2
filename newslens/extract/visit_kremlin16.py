"""Trips told in the first person in transcripts whose speaker is known (session 16, the Kremlin sentences).

A kremlin.ru transcript is the Russian president speaking unless a sentence says otherwise: "during my May visit
to Beijing" is the president's trip to China. Two tables drive it: ``transcript_sources.csv`` names corpora of
transcripts that carry no URL or outlet per row (their rows get one), and ``visit_kremlin16.csv`` holds the speaker
of a source and the cue words.
"""
from __future__ import annotations

import bisect
import datetime as dt
import fnmatch
import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice
from pathlib import Path, PurePath

from .dates import DateSpan, _month_end
from .lexicons import alternation, lexicon_file, read_rows
from .text import stable_id

__all__ = ["TranscriptTrips", "transcript_source"]


@lru_cache(maxsize=8)
def _sources(path: Path) -> tuple[dict, ...]:
    return tuple(read_rows(path, ("file_glob", "source")))


def transcript_source(file_path: str | None, lexicons: Path | None = None) -> dict | None:
    """The known transcript corpus a file belongs to, by its name: {"source", "url"} or None.

    >>> transcript_source("../shared/corpus/kremlin/putin_kremlin_sentences_mentioning_China.csv")["source"]
    'kremlin.ru'
    >>> transcript_source("news/kremlin_watch.csv") is None
    True
    """
    if not file_path:
        return None
    name = PurePath(str(file_path).replace("\\", "/")).name.lower()
    for row in _sources(lexicon_file(lexicons, "transcript_sources.csv")):
        if fnmatch.fnmatchcase(name, row["file_glob"].lower()):
            return {"source": row["source"], "url": row.get("url") or None}
    return None


# ------------------------------------------------------------------------------------------------ first-person trips

_MAX_CUES = 12  # cues read per sentence and pattern: a real sentence has one to three; a pasted run stays linear
_KINDS = ("speaker", "trip_noun", "trip_mod", "plan_mod", "past_mod", "plan_before", "self_role")
_APOS = "['\u2019]"
# "Wen Jiabao (retranslated): It is a pleasure ...": a speaker's label opens the sentence (kremlin.ru marks
# translated speech so); the label is words in capitals and joining words only, and ends at the first colon
_LABEL_RE = re.compile(r"(?P<label>[^:.!?]{3,260}?)(?:\(retranslated\))?\s*:\s+(?=[A-Z\u201c\"'])")
_LABEL_WORD_RE = re.compile(rf"[A-Z][\w{_APOS[1:-1]}.-]*|of|the|and|for|on|de|del|da|bin|al|van|von|\(retranslated\)")
_SECOND_THIRD_RE = re.compile(r"\b(?:you|your|yours|he|his|him|she|her|they|their)\b", re.I)
_FIRST_SINGULAR_RE = re.compile(r"\b(?:I|[Mm]y|me)\b")
_NEG_BEFORE_RE = re.compile(r"\b(?:not|never|no|cancel\w*|postpon\w*|call(?:ed|ing)?\s+off|without|instead\s+of|rather\s+than)\b[^,;]{0,40}$", re.I)
_JUST_RE = re.compile(r"\b(?:just|(?:a\s+(?:couple|few)\s+(?:of\s+)?|several\s+|two\s+|three\s+)days\s+ago)\b", re.I)
_IS_NEXT_RE = re.compile(r"\s*(?:\w+\s+){0,2}?(?:is|are)\b")  # "your visit to Russia (truly) is": under way
_INVITEE_HEAD_RE = re.compile(r"(?:[A-Z][\w.'’-]*\s+){0,3}")  # "I invite (President) Putin"
_PAST_DATE_WORD_RE = re.compile(r"\b(?:ago|last|earlier|previous|yesterday|past)\b", re.I)
_CLAUSE_VERB_RE = re.compile(r"\b(?:is|are|am|was|were|be|been|has|have|had|will|shall|would|can|could|may|must|should)\b|"
                             r"\b(?-i:[a-z])\w+ed\b", re.I)
_PRESENT_RE = re.compile(r"\b(?:this\s+is|it\s+is|I\s+am|I['\u2019]m|we\s+are)\s+(?:now\s+|currently\s+)?(?:(?:making|paying|on)\s+)?(?:my|our|a|an)\b", re.I)
_FUTURE_WORDS_RE = re.compile(r"\b(?:will|shall|going\s+to|plan\s+to|intend\s+to|due\s+to|expect\s+to|hope\s+to)\b", re.I)


@dataclass(frozen=True)
class TripCue:
    """One first-person trip cue in a sentence: where the host must start, its tense and the words that tell it."""

    start: int  # the cue's first character (article offsets)
    host_at: int  # the host mention must open here (after an optional "the")
    status: str  # occurred | planned
    mods: str = ""  # the words between "my" and the trip noun ("state", "May", "upcoming")
    present: bool = False  # "this is my sixth visit", "I am making a state visit": under way on the day
    host_iso3: str | None = None  # a host the cue itself gives ("to our country": the speaker's), not read at host_at
    needs_date: bool = False  # no record unless the sentence dates the trip (a choice told in a news story)


class TranscriptTrips:
    """``add(article_id, text, sentences, mentions, published, hint, url, visits)`` -> visits with the speaker's own
    trips of a transcript whose speaker is known ("during my May visit to Beijing": the Russian president -> CHN).

    A sentence says who speaks otherwise by a label ("Wang Qishan (retranslated): I am very glad to visit ...") or by
    naming the speaker's own office ("This is my sixth visit to Russia as President of China"); a label that names
    no registry person, or an office with no single holder that day, leaves the speaker unknown and the sentence out.
    A trip to a place in the speaker's own country is no foreign visit (left out).
    """

    def __init__(self, registry, dates, places, lex: Path | None = None):
        self.registry, self.dates, self.places = registry, dates, places
        self._spans: dict = {}
        self._terms: dict | None = None  # (iso3, role) -> [(actor_id, Term)], see _holders
        rows = read_rows(lexicon_file(lex, "visit_kremlin16.csv"), ("kind", "word"), {"kind": _KINDS})
        by = {k: [r for r in rows if r["kind"] == k] for k in _KINDS}
        self.speakers = [(r["word"].lower(), *r["value"].split(":", 1)) for r in by["speaker"]]
        words = {k: [r["word"] for r in by[k]] for k in _KINDS}
        self.plan_mods = frozenset(w.lower() for w in words["plan_mod"])
        self.past_mods = frozenset(w.lower() for w in words["past_mod"])
        months = "January|February|March|April|May|June|July|August|September|October|November|December"
        mod = rf"(?:{alternation(words['trip_mod'])}|{months}|\d{{4}})"
        noun = rf"(?:{alternation(words['trip_noun'])})s?"
        # "my recent state visit to", "our visit in", "my trips to": up to three allowed words, no other
        # (s20: "our visit to China last year" is the speaker's party's trip too: the one use in the corpus is Putin's)
        self.poss_re = re.compile(rf"\b(?P<who>[Mm]y|[Oo]ur)\s+(?P<mods>(?:{mod}\s+){{0,3}})(?P<noun>{noun})\s+(?:to|in)\s+(?:the\s+)?")
        self.plan_before_re = re.compile(rf"(?:{alternation(words['plan_before'])})\s+$", re.I)
        adv = r"(?:(?:just|already|recently|also|once|first|twice|last|then|both|all|again|personally)\s+){0,2}"  # (s20: two: "I have just recently visited")
        self.verb_res = (
            # "I visited China", "we have just visited China", "I have been to Beijing"
            (re.compile(rf"\bI\s+(?:have\s+|had\s+)?{adv}(?:visited|been\s+to|travelled\s+to|traveled\s+to|flew\s+to|went\s+to)\s+(?:the\s+)?"), "occurred"),
            # "when I was in China", "we were in Beijing last year"
            (re.compile(rf"\bI\s+was\s+{adv}in\s+(?:the\s+)?"), "occurred"),
            # "I will visit China", "we plan to travel to Beijing", "I am going to go to India"
            # (s20: and "I will pay a visit to China", "I will make an official trip to India")
            (re.compile(rf"\bI\s+(?:will|shall|am\s+going\s+to|plan\s+to|intend\s+to|am\s+due\s+to)\s+{adv}(?:visit|travel\s+to|go\s+to|fly\s+to|be\s+in|"
                        rf"(?:pay|make)\s+(?:a|an)\s+(?:{mod}\s+){{0,3}}(?:{noun})\s+to)\s+(?:the\s+)?"), "planned"),
            # "I accepted his invitation to visit China", "I immediately responded to the invitation to come to Japan"
            (re.compile(r"\bI\s+(?:have\s+)?(?:(?:immediately|gladly|readily|happily|already)\s+)?(?:accepted|responded\s+to|took\s+up)\s+(?:(?:his|her|the|your|their|this|an|kind)\s+){1,2}invitation\s+to\s+(?:visit|come\s+to|travel\s+to)\s+(?:the\s+)?"), "planned"),
            # "I plan to take part in the forum and to make a working visit to Beijing" (a bounded gap, no sentence end)
            (re.compile(rf"\bI\s+(?:plan|intend|am\s+going)\s+to\b[^.;!?]{{0,160}}?\b(?:make|pay)\s+(?:a|an)\s+(?:{mod}\s+){{0,3}}(?:{noun})\s+to\s+(?:the\s+)?"), "planned"),
            # "I am very glad to visit St Petersburg", "we are pleased to be in Hanoi"
            (re.compile(rf"\b(?:I\s+am|I{_APOS}m)\s+(?:(?:very|so|truly|most|really)\s+)?(?:glad|pleased|happy|delighted|honou?red)\s+to\s+(?:visit|be\s+in|be\s+here\s+in|come\s+to)\s+(?:the\s+)?"), "present"),
            # "I am making a state visit to Russia", "I am on an official visit to Vietnam"
            (re.compile(rf"\b(?:I\s+am|I{_APOS}m)\s+(?:now\s+|currently\s+)?(?:making|paying|on)\s+(?:a|an|my|our|this)\s+(?:{mod}\s+){{0,3}}(?:{noun})\s+to\s+(?:the\s+)?"), "present"),
        )
        roles = alternation(words["self_role"])
        self.role_of = {r["word"].lower(): r["value"] or r["word"] for r in by["self_role"]}
        # "as President of China", "after becoming the President of China", "as China's Premier"
        self.self_of_re = re.compile(rf"\b(?:as|becoming|become|became|elected)\s+(?:the\s+)?(?P<role>{roles})\s+of\s+(?:the\s+)?", re.I)
        self.self_pos_re = re.compile(r"\bas\s+(?:the\s+)?(?=[A-Z])", re.I)
        self.self_pos_role_re = re.compile(rf"\s*{_APOS}s\s+(?P<role>{roles})\b", re.I)
        # an addressed guest: "President Xi, your state visit to Russia ...", "Welcome to Russia, Mr Abe!"
        self.your_re = re.compile(rf"\b[Yy]our\s+(?P<mods>(?:{mod}\s+){{0,3}})(?:{alternation(words['trip_noun'])})\s+to\s+(?:the\s+)?")
        self.welcome_re = re.compile(r"\b[Ww]elcome\s+to\s+(?:the\s+)?")  # "Welcome to Ufa, Mr Modi" (see _welcome_cues)
        # a present invitation in the first person: "I invite President Putin to come to China this September"
        self.invite_re = re.compile(r"\bI\s+(?:(?:also|again|once\s+again|cordially|hereby)\s+)?(?:invite|am\s+inviting)\s+")
        self.invite_to_re = re.compile(r"\s+to\s+(?:(?:pay\s+(?:a|an)\s+(?:\w+\s+){0,2}visit|come)\s+to|visit)\s+(?:the\s+)?")
        # "Mr Xi's state visit to our country": a named traveller's trip to the speaker's country
        self.our_country_re = re.compile(rf"{_APOS}s\s+(?P<mods>(?:{mod}\s+){{0,3}})(?:{alternation(words['trip_noun'])})\s+to\s+(?:our|my)\s+country\b")
        # "X chose Russia for his first foreign visit", "he chose Beijing as the destination of his first trip"
        self.chose_re = re.compile(r"\b(?:chose|picked|selected)\s+(?:the\s+)?")
        self.chose_for_re = re.compile(rf"\s+(?:as|for)\s+(?:the\s+|a\s+)?(?:destination\s+(?:of|for)\s+)?(?:his|her)\s+(?:[\w-]+\s+){{0,3}}?(?:{alternation(words['trip_noun'])}|destination)\b")
        self.gate = re.compile(rf"\b(?:{alternation(words['trip_noun'])}|visit|been\s+to|travel|flew|went|go\s+to|was\s+in|were\s+in|be\s+in|be\s+here|come\s+to|invitation|invit|welcome|chose|picked|selected)", re.I)

    # -------------------------------------------------------------------------------------- speaker

    def default_speaker(self, hint: str | None, published: dt.date | None) -> tuple[str, str] | None:
        """The holder on the day of the office a source's transcripts speak for: (actor_id, iso3) or None."""
        if not hint or published is None:
            return None
        for word, iso3, role in self.speakers:
            if _names_site(hint, word):
                holders = self._holders(iso3, role, published)
                return (next(iter(holders)), iso3) if len(holders) == 1 else None
        return None

    def _holders(self, iso3: str, role: str, day: dt.date) -> set[str]:
        """``Registry.office_holders`` read from an index of the terms by country and role, built on first use (the
        registry's own scan of every person, once per sentence, cost more than the rest of the extraction)."""
        if self._terms is None:
            index: dict = {}
            for a in self.registry.actors.values():
                if a.kind == "person":
                    for t in a.terms:
                        index.setdefault(((t.iso3 or a.iso3), (t.role or "").lower()), []).append((a.actor_id, t))
            self._terms = index
        return {aid for aid, t in self._terms.get((iso3, role.lower()), ()) if t.covers(day)}

    def sentence_speaker(self, text: str, s: int, e: int, ments: list, published, default) -> tuple | None:
        """Who speaks in the sentence text[s:e]: a label's person, the holder of an office the speaker names as his
        own, else ``default``. None when the sentence names a speaker the registry cannot resolve."""
        lab = _LABEL_RE.match(text, s, e)
        if lab and all(_LABEL_WORD_RE.fullmatch(w) for w in lab.group("label").split()):
            people = [m for m in ments if m.kind == "person" and m.end <= lab.end("label")]
            return (people[0].actor_id, people[0].iso3) if people else None
        for iso3, role, lo, hi in self._self_roles(text, s, e, ments):
            if not self._own_role(text, s, e, lo, hi):
                continue
            holders = self._holders(iso3, role, published) if published else set()
            return (next(iter(holders)), iso3) if len(holders) == 1 else None
        return default

    @staticmethod
    def _own_role(text, s, e, lo, hi) -> bool:
        """Whether the office named at text[lo:hi] is the speaker's: "as President of China, I ..." (the office then
        "I"), or "my sixth visit to Russia as President of China" ("as" the office after a "my" in its own clause, with
        no other person word between). "I met Xi, who had just become President of China" is someone else's."""
        if re.match(r"\s*,?\s*I\b", text[hi:min(e, hi + 8)]):
            return True
        if not re.match(r"as\b", text[lo:lo + 3], re.I):
            return False
        seg = text[max(text.rfind(",", s, lo), text.rfind(";", s, lo), s - 1) + 1:lo]
        return re.search(r"\b[Mm]y\b", seg) is not None and _SECOND_THIRD_RE.search(seg) is None \
            and re.search(r"\b(?:who|whom|whose)\b", seg) is None

    def _self_roles(self, text, s, e, ments):
        countries = {m.start: m for m in ments if m.kind == "country"}  # (by start: a long run of offices stays linear)
        for m in islice(self.self_of_re.finditer(text, s, e), _MAX_CUES):
            c = countries.get(m.end())
            if c is not None:
                yield c.iso3, self.role_of.get(m.group("role").lower(), m.group("role")), m.start(), c.end
        for m in islice(self.self_pos_re.finditer(text, s, e), _MAX_CUES):
            c = countries.get(m.end())
            r = self.self_pos_role_re.match(text, c.end) if c is not None else None
            if r is not None:
                yield c.iso3, self.role_of.get(r.group("role").lower(), r.group("role")), m.start(), r.end()

    # -------------------------------------------------------------------------------------- cues

    def cues(self, text: str, s: int, e: int) -> list[TripCue]:
        out = []
        for m in islice(self.poss_re.finditer(text, s, e), _MAX_CUES):
            mods = m.group("mods").split()
            if m.group("who").lower() == "our" and m.group("noun").lower().endswith("s"):
                continue  # "our visits to China": the exchanges of two countries, not one trip of the speaker
            low = {w.lower() for w in mods}
            before = text[max(s, m.start() - 40):m.start()]
            if _NEG_BEFORE_RE.search(before):
                continue  # "I had to cancel my visit to", "not my visit to"
            if low & self.plan_mods or self.plan_before_re.search(before):
                status = "planned"
            elif low & self.past_mods:
                status = "occurred"
            else:
                status = "planned" if (self._future_clause(text, s, e, m.start(), m.end()) and _future_in_clause(text, s, e, m.start(), m.end())) else "occurred"
            present = _PRESENT_RE.search(text, max(s, m.start() - 20), m.start() + 3) is not None
            out.append(TripCue(m.start(), m.end(), status, " ".join(mods), present and status == "occurred"))
        for rx, status in self.verb_res:
            for m in islice(rx.finditer(text, s, e), _MAX_CUES):
                if _NEG_BEFORE_RE.search(text[max(s, m.start() - 40):m.start()]) or " not " in text[m.start():m.end()]:
                    continue
                present = status == "present"
                out.append(TripCue(m.start(), m.end(), "occurred" if present else status, "", present))
        return out

    @staticmethod
    def _future_clause(text, s, e, a, b) -> bool:
        """Whether the clause that governs the trip noun at text[a:b] is told in the future: its own comma-bounded
        clause, or, when that has no verb ("During my visit to China, we will sign ..."), the clause after it (or
        before it when it ends the sentence). "Two weeks ago" or "last year" in the sentence keeps it past."""
        if _PAST_DATE_WORD_RE.search(text, s, e):
            return False
        lo = max(text.rfind(",", s, a), text.rfind(";", s, a), s - 1) + 1
        ends = [k for k in (text.find(",", b, e), text.find(";", b, e)) if k >= 0]
        hi = min(ends, default=e)
        if _CLAUSE_VERB_RE.search(text, lo, hi) is None:
            if hi < e:
                nxt = [k for k in (text.find(",", hi + 1, e), text.find(";", hi + 1, e)) if k >= 0]
                lo, hi = hi + 1, min(nxt, default=e)
            elif lo > s:
                hi, lo = lo - 1, max(text.rfind(",", s, lo - 1), text.rfind(";", s, lo - 1), s - 1) + 1
        return _FUTURE_WORDS_RE.search(text, lo, hi) is not None

    # -------------------------------------------------------------------------------------- records

    def add(self, article_id: str, text: str, sentences, mentions, published, hint: str | None, url: str | None,
            visits: list[dict]) -> list[dict]:
        if not text:
            return visits
        default = self.default_speaker(hint, published)
        self._spans = {}  # the date expressions of a sentence, per tense (this article only)
        out = list(visits)
        if default is None:
            # (every rule here reads a transcript of a known speaker; news text is left to visits.py)
            # perf s18: told once, not per sentence after the gate's search: the loop below added nothing without one
            return out
        starts = [m.start for m in mentions]  # (mentions come in text order: a sentence's are one slice)
        for s, e in sentences:
            if not self.gate.search(text, s, e):
                continue
            ments = mentions[bisect.bisect_left(starts, s):bisect.bisect_left(starts, e)]
            cues = self.cues(text, s, e)
            if cues:
                speaker = self.sentence_speaker(text, s, e, ments, published, default)
                for cue in cues if speaker is not None else ():
                    if cue.status != "invited" and self._away(text, s, e, ments, speaker):
                        break  # "After Moscow, I will go to Tanzania": the speaker is a guest in his "own" country
                    cue = _vet(text, s, e, cue)
                    if cue is None or not self._trip_clause_ok(text, s, e, cue):
                        continue
                    row = self._record(article_id, text, s, e, cue, ments, speaker, published, url)
                    if row is not None and not any(_same(row, v) for v in out):
                        out.append(row)
            named = self.named_cues(text, s, e, ments, published, default)
            for traveller, cue in self.guest_cues(text, s, e, ments) + self._welcome_cues(text, s, e, ments, default) + named:
                cue = _vet(text, s, e, cue)
                if cue is None:
                    continue
                row = self._record(article_id, text, s, e, cue, ments, traveller, published, url)
                if row is not None and not any(_same_trip(row, v) for v in out):
                    out.append(row)
        return out

    def guest_cues(self, text: str, s: int, e: int, mentions) -> list[tuple[tuple[str, str], TripCue]]:
        """Trips of a named guest told to him or of him in the first person: (traveller, cue).

        "President Xi, your state visit to Russia is a landmark" and "Welcome to Ufa, Mr Modi!" need the guest named
        as the one addressed (a name set off by a comma at the sentence's start, with no verb before it, or at its
        end); "I invite President Putin to come to China in May" needs the invitee named right after "invite"."""
        if not any(w in text[s:e] for w in ("our", "elcome", "invit")):
            return []
        ments = [m for m in mentions if m.kind == "person"]
        if not ments:
            return []
        out = []
        guest = self._addressed(text, s, e, ments)
        if guest is not None:
            for m in islice(self.your_re.finditer(text, s, e), _MAX_CUES):
                mods = {w.lower() for w in m.group("mods").split()}
                before = text[max(s, m.start() - 40):m.start()]
                if _NEG_BEFORE_RE.search(before):
                    continue
                if mods & self.plan_mods or self.plan_before_re.search(before):
                    status = "planned"
                elif mods & self.past_mods:
                    status = "occurred"
                else:
                    status = "planned" if (self._future_clause(text, s, e, m.start(), m.end()) and _future_in_clause(text, s, e, m.start(), m.end())) else "occurred"
                present = status == "occurred" and _under_way(text, s, e, m.start(), m.end(), m.group("mods"))
                out.append((guest, TripCue(m.start(), m.end(), status, m.group("mods").strip(), False)))
                if present:  # "your visit to Russia is ...": under way
                    out[-1] = (guest, TripCue(m.start(), m.end(), status, m.group("mods").strip(), True))
        starts = [p.start for p in ments]
        for m in islice(self.invite_re.finditer(text, s, e), _MAX_CUES):
            k = bisect.bisect_left(starts, m.end())
            invitee = ments[k] if k < len(ments) and ments[k].start <= m.end() + 40 else None
            if invitee is not None and not _INVITEE_HEAD_RE.fullmatch(text, m.end(), invitee.start):
                invitee = None
            to = self.invite_to_re.match(text, invitee.end) if invitee is not None else None
            if to is not None and invitee.iso3:
                out.append(((invitee.actor_id, invitee.iso3), TripCue(m.start(), to.end(), "invited", "", False)))
        return out

    def named_cues(self, text: str, s: int, e: int, ments, published, default) -> list[tuple[tuple[str, str], TripCue]]:
        """Trips of a named traveller the older rules do not read: "Mr Xi's state visit to our country" in a transcript
        whose speaker is known (his country is the host), and "X chose Russia for his first foreign visit" (X, or "he"
        after X in the sentence, is the subject of "chose": a past trip); in a news story only with a date in the
        sentence ("chose Buenos Aires for her first trip abroad, on 31 January 2011"): an undated choice there is mostly
        the story's own trip, whose date is the lede's."""
        out = []
        people = [m for m in ments if m.kind == "person" and m.iso3]
        if not people:
            return out
        if default is not None and "country" in text[s:e]:
            speaker = None
            by_end = {p.end: p for p in people}
            for m in islice(self.our_country_re.finditer(text, s, e), _MAX_CUES):
                who = by_end.get(m.start())
                if who is None:
                    continue
                speaker = speaker or self.sentence_speaker(text, s, e, ments, published, default)
                if speaker is None or who.iso3 == speaker[1]:
                    continue
                if any(c.kind == "country" and c.iso3 not in (who.iso3, speaker[1]) for c in ments):
                    continue  # "Abe's visit to our country was a success for India": whose country is unsure
                mods = {w.lower() for w in m.group("mods").split()}
                if mods & self.plan_mods:
                    status = "planned"
                else:
                    status = "planned" if not mods & self.past_mods and (self._future_clause(text, s, e, m.start(), m.end()) and _future_in_clause(text, s, e, m.start(), m.end())) else "occurred"
                present = status == "occurred" and _under_way(text, s, e, m.start(), m.end(), m.group("mods"))
                out.append(((who.actor_id, who.iso3), TripCue(who.start, m.end(), status, m.group("mods").strip(), present, speaker[1])))
        ends = [p.end for p in people]
        chose = self.chose_re.finditer(text, s, e) if default is not None else ()  # (a transcript only: review s16)
        for m in islice(chose, _MAX_CUES):
            k = bisect.bisect_right(ends, m.start())
            if not k:
                continue
            subj = people[k - 1]
            gap = text[subj.end:m.start()]
            if not (re.fullmatch(r"\s*", gap) or re.search(r"[,;]\s*(?:he|she)\s+$", gap)):
                continue  # "X chose" or ", he chose" after X; not "X said the firm chose"
            if not re.fullmatch(r"\s*", gap) and len({p.actor_id for p in people[:k]}) != 1:
                continue  # "Obama spoke with Merkel; he chose Japan": "he" is one named person, or none
            host = self._host(text, m.end(), e, ments)
            if host is None:
                continue
            end = next((c.end for c in ments if c.start == m.end()), None) or (host[1].end if host[1] else None)
            if end is None or self.chose_for_re.match(text, end) is None:
                continue
            # (news: an undated choice is mostly the story's own trip, dated by its lede, which is not read here)
            out.append(((subj.actor_id, subj.iso3), TripCue(m.start(), m.end(), "occurred", needs_date=default is None)))
        return out

    @staticmethod
    def _addressed(text, s, e, ments) -> tuple[str, str] | None:
        """The registry person a sentence is addressed to: named at its start before a comma with no verb before
        ("President of China, dear friend Xi Jinping, ..."), or at its end after a comma ("..., Mr Abe!")."""
        first = ments[0]
        if re.match(r"\s*,", text[first.end:first.end + 2]) and first.iso3 \
                and _CLAUSE_VERB_RE.search(text, s, first.start) is None and not _FIRST_SINGULAR_RE.search(text, s, first.start):
            return first.actor_id, first.iso3
        last = ments[-1]
        if re.fullmatch(r"\s*[.!?]?\s*", text[last.end:e]) and re.search(r",\s*(?:[A-Z][\w.'’-]*\s+){0,4}$", text[s:last.start]) \
                and last.iso3:
            return last.actor_id, last.iso3
        return None

    def _welcome_cues(self, text, s, e, ments, default) -> list[tuple[tuple[str, str], TripCue]]:
        """'Welcome to Ufa, Mr Modi!' in a transcript: the welcome opens the sentence or a clause, the place is in the
        speaker's country and the guest is named right after it. Not 'a warm welcome to Kazakhstan' (a new member),
        not 'ready to welcome you to Sochi at any time' (an offer)."""
        if default is None or "elcome" not in text[s:e]:
            return []
        people = [m for m in ments if m.kind == "person" and m.iso3]
        out = []
        for m in islice(self.welcome_re.finditer(text, s, e), _MAX_CUES):
            lead = text[s:m.start()]
            if lead.strip() and not re.search(r"[,:;!]\s*$", lead):
                continue
            host = self._host(text, m.end(), e, ments)
            if host is None or host[0] != default[1]:
                continue
            end = host[1].end if host[1] is not None else next((c.end for c in ments if c.start == m.end()), None)
            guest = next((p for p in people if end is not None and p.start > end
                          and _WELCOME_GAP_RE.fullmatch(text, end, p.start)), None)
            if guest is not None and guest.iso3 != default[1]:
                out.append(((guest.actor_id, guest.iso3), TripCue(m.start(), m.end(), "occurred", "", True)))
        return out

    @staticmethod
    def _away(text, s, e, ments, speaker) -> bool:
        """'After Moscow, I will go to Tanzania': a place of the speaker's own country left behind; the speaker is a
        guest there (a visiting leader), not the site's own speaker: his first-person trips are left out."""
        return any(m.kind == "country" and m.iso3 == speaker[1] and m.alias_kind == "capital"
                   and re.match(r"\s*,", text[m.end:m.end + 3]) and _LEFT_BEHIND_RE.search(text[max(s, m.start - 12):m.start])
                   for m in ments)

    @staticmethod
    def _trip_clause_ok(text, s, e, cue) -> bool:
        """'(When) I was in X' is a trip only with a trip word in its clause ('during one of my visits', 'went') and
        no stay ('working for', 'as a student', 'for five years', 'in the 1980s')."""
        if not re.match(r"I\s+was\b", text[cue.start:cue.start + 6]):
            return True
        lo = max(max(text.rfind(c, s, cue.start) for c in _SEPS) + 1, s)  # (its own segment only)
        hi = min([k for k in (text.find(c, cue.host_at, e) for c in _SEPS) if k >= 0], default=e)
        return _TRIP_WORD_RE.search(text, lo, hi) is not None and _STAY_RE.search(text, s, e) is None

    def _host(self, text: str, at: int, e: int, ments):
        """The country or place that opens at ``at``: (iso3, Place | None); a possessive ("China's") is no host."""
        for m in ments:
            if m.start == at and m.kind == "country":
                if re.match(_APOS + "s\\b", text[m.end:m.end + 2]) or m.alias_kind == "demonym" or _THING_AFTER_RE.match(text, m.end):
                    return None  # "China's", "the Chinese pavilion", "the China stand": no place visited
                place = None
                if m.alias_kind == "capital":
                    found = self.places.find(text, m.start, m.end)
                    place = found[0] if found else None
                return m.iso3, place
        # (the place finder reads a name after its preposition: look from the cue's "to"/"in")
        found = [p for p in self.places.find(text, max(0, at - 12), min(e, at + 60)) if p.start == at]
        if found and not re.match(_APOS + "s\\b", text[found[0].end:found[0].end + 2]) and not _THING_AFTER_RE.match(text, found[0].end):
            return found[0].iso3, found[0]
        return None

    def _record(self, article_id, text, s, e, cue: TripCue, ments, speaker, published, url) -> dict | None:
        host = (cue.host_iso3, None) if cue.host_iso3 else self._host(text, cue.host_at, e, ments)
        if host is None or host[0] is None or host[0] == speaker[1]:
            return None  # no place named, or the speaker's own country (a domestic trip)
        iso3, place = host
        date = self._date(text, s, e, cue, published)
        if date is None and cue.needs_date:
            return None
        person = self.registry.actors.get(speaker[0])
        lat = lon = None
        if place is not None:
            lat, lon = place.lat, place.lon
        elif (cap := self.registry.capital(iso3)):
            lat, lon = cap[1], cap[2]
        return {
            "visit_id": stable_id(article_id, speaker[0], iso3, cue.status, s, e, "transcript16"),
            "article_id": article_id,
            "visitor_id": speaker[0],
            "visitor_name": getattr(person, "name", None),
            "visitor_iso3": speaker[1],
            "host_iso3": iso3,
            "host_actor_id": None,
            "location_name": place.name if place is not None else None,
            "lat": lat,
            "lon": lon,
            "date_start": date.start if date else None,
            "date_end": date.end if date else None,
            "date_precision": date.precision if date else "unknown",
            "date_text": date.text if date else None,
            "status": cue.status,
            "is_domestic": False,
            "evidence": text[s:e],
            "char_start": s,
            "char_end": e,
            "confidence": 0.7,
            "cameo_code": "042",
            "extractor": "rules",
            "source_url": url,
        }

    def _date(self, text, s, e, cue: TripCue, published) -> DateSpan | None:
        """The trip's date: a month named in the noun phrase ("my May visit"), else the date expression of the
        sentence nearest the cue (within 60 characters), else the day of a trip under way ("this is my sixth
        visit"), the month of one just ended ("that has just taken place") or about to start ("on the eve of my
        visit"); else none."""
        future = cue.status in ("planned", "invited")
        if cue.present and published is not None:
            return DateSpan(published, published, "day", "", s, s)
        for w in cue.mods.split():
            if w[:1].isupper() and not w.isdigit():
                found = self.dates.find(f"in {w}", published, future=future)
                if found:
                    return found[0]
        key = (s, e, future)
        spans = self._spans.get(key)
        if spans is None:  # (once per sentence and tense: a sentence with many cues is read once)
            spans = self._spans[key] = self.dates.find(text[s:e], published, future=future, offset=s)
        regions = _date_regions(text, s, e, cue.start, cue.host_at)  # (the cue's own clause, a verbless opening)
        near = [(min(abs(d.char_start - cue.host_at), abs(d.char_end - cue.start)), d) for d in spans
                if any(lo <= d.char_start and d.char_end <= hi for lo, hi in regions)]
        near = [(dist, d) for dist, d in near if dist <= 60 or d.char_start - s <= 3]  # (a date opening the sentence frames it)
        if near:
            return min(near, key=lambda x: x[0])[1]
        if published is None:
            return None
        before = text[max(s, cue.start - 40):cue.start]
        # "just" only on the cue's own verb ("I have just visited", "my visit ... that has just taken place"); "a few
        # days ago" only in the cue's own clause
        just = re.search(r"\bjust\b", text[cue.start:cue.host_at], re.I) or _JUST_AFTER_RE.match(text, cue.host_at, e)
        if not just:
            just = next((j for lo, hi in regions for j in [_JUST_RE.search(text, lo, hi)] if j and "ago" in j.group().lower()), None)
        if just or (cue.status == "planned" and self.plan_before_re.search(before)):
            if just and "ago" in just.group().lower():
                published -= dt.timedelta(days=3)  # "a few days ago": the month of three days before
            first = published.replace(day=1)
            return DateSpan(first, _month_end(published.year, published.month), "month", "", s, s)
        return None


def _same_trip(row: dict, other: dict) -> bool:
    """A record of the same traveller to the same country, at any stage: one visit per trip with its furthest stage."""
    return other.get("visitor_id") == row["visitor_id"] and other.get("host_iso3") == row["host_iso3"]


def _same(row: dict, other: dict) -> bool:
    """A record already made for this trip (another rule read the same sentence): same visitor, host and status."""
    return (other.get("visitor_id") == row["visitor_id"] and other.get("host_iso3") == row["host_iso3"]
            and other.get("status") == row["status"])


# ------------------------------------------------------------------------------- review fixes (s16-r, own words)

_THING_AFTER_RE = re.compile(r"\s+(?:pavilion|stand|booth|exhibit\w*|market|section|team|side|company|companies|embassy|"
                             r"delegation|partners?|colleagues|friends|products?|goods)\b", re.I)
_JUST_AFTER_RE = re.compile(r"[^,;:.!?]{0,40}?\b(?:that|which)\s+(?:has|have|had)\s+just\b", re.I)
_WELCOME_GAP_RE = re.compile(r"\s*,\s*(?:(?:[A-Z][\w.'\u2019-]*|dear|my)\s+){0,4}")
_LEFT_BEHIND_RE = re.compile(r"(?:^|[,;:]\s*)(?:[Aa]fter|[Ll]eaving)\s+$")
_TRIP_WORD_RE = re.compile(r"\b(?:visit\w*|trips?|went|travel\w*|journey\w*|tour)\b", re.I)
_STAY_RE = re.compile(r"\b(?:work\w*|liv(?:e|ed|ing)|studie[sd]|study\w*|student|served|serving|officer|posted|"
                      r"stationed|years|decades?|\d{4}s|\w+ties)\b", re.I)
# words after a cue (to the end of the sentence) or before it in its clause that leave a trip undone or unsure
_BLOCK_AFTER_RE = re.compile(r"\b(?:postpon\w*|put\s+off|call(?:ed|ing)?\s+off|cancel\w*|scrapped|delayed|"
                             r"did\s+not\s+take\s+place|didn['\u2019]t\s+take\s+place|not\s+take\s+place|planned|"
                             r"scheduled|prepar\w*|would|could|might|wait\w*|overdue|possible|impossible|if|unless|"
                             r"only\s+(?:when|after)|no\s+further|begins?|starts?)\b", re.I)
_BLOCK_BEFORE_RE = re.compile(r"\b(?:if|unless|would|could|might|wait\w*|hope|hoping|whether|once)\b", re.I)
_PLANNED_AFTER_RE = re.compile(r"[^,;:.!?]{0,60}?\b(?:is|are)\s+(?:now\s+|already\s+)?(?:planned|scheduled|being\s+prepared)\b", re.I)
_REPORT_RE = re.compile(r"\b(?:said|says|told|tells|wrote|writes|put\s+it|added|asked|recalled|noted|stated|declared)\b")
_BY_SPEAKER_RE = re.compile(r"\b(?:I|[Ww]e)\s+(?:(?:have|had|already|just|also|once|often|repeatedly)\s+){0,2}$")
_QUOTES = ('"', "\u201c", "\u201d", "\u00ab", "\u00bb")
_NOW_RE = re.compile(r"\b(?:is|are)\s+(?:now\s+|currently\s+)?(?:taking\s+place|under\s*way|going|in\s+progress|happening)\b|"
                     r"\b(?:now|today|currently|this\s+visit)\b", re.I)
_NOT_NOW_RE = re.compile(r"\d{4}|\b(?:remember\w*|recall\w*|last|previous|past|ago|earlier|scheduled|planned|prepar\w*|will|"
                         r"shall|would|next|upcoming|coming|forthcoming|January|February|March|April|May|June|July|"
                         r"August|September|October|November|December)\b", re.I)
_SEPS = ",;:"
_SEPS_RE = re.compile("[" + re.escape(_SEPS) + "]")
_CLAUSE_SEGMENTS = 12  # (perf s17) how many verbless comma segments a clause may take in on each side
_DONE_AFTER_RE = re.compile(r"\b(?:took\s+place|was\s+held|happened|went\s+well|was\s+a\s+success)\b", re.I)
# a verb of a clause ("In May of last year" has none: the month is no modal)
_SEG_VERB_RE = re.compile(r"\b(?:is|are|am|was|were|be|been|has|have|had|will|shall|would|can|could|must|should)\b|"
                          r"\b(?-i:may)\b|\b(?-i:[a-z])\w+ed\b|\b(?:took|made|went|came|saw|met|said|told|gave|got|held|led|"
                          r"began|chose|spoke|wrote|became|brought|thought|felt|left|found|built|ran|won|sent|kept|knew|"
                          r"runs|goes|comes|takes|makes|gives|shows|remains|seems|meet|meets)\b", re.I)


def _names_site(hint: str, word: str) -> bool:
    """Whether a URL/outlet hint names the site ``word`` ("kremlin.ru"): a URL's host is the site or one of its
    subdomains (en.kremlin.ru), an outlet name is the site itself. Not a site named inside another URL's path."""
    word = word.lower()
    for tok in hint.lower().split():
        host = re.sub(r"^[a-z][a-z0-9+.-]*://", "", tok).split("/", 1)[0].split(":", 1)[0] if "/" in tok else tok
        if host == word or host.endswith("." + word):
            return True
    return False


def _clause_bounds(text, s, e, a, b) -> tuple[int, int]:
    """The clause of a cue at text[a:b]: its comma/semicolon/colon segment, with the verbless segments next to it
    ("Two weeks ago, during my visit to China, the fund ...": "Two weeks ago" belongs to it)."""
    # (perf s17: the separators of the sentence found once, then walked by bisection; a 100 KB sentence of verbless
    # comma segments searched the rest of the sentence for each separator kind at every step)
    seps = [m.start() for m in _SEPS_RE.finditer(text, s, e)]

    def last_before(x: int) -> int:  # the last separator in [s, x), else s - 1
        i = bisect.bisect_left(seps, x) - 1
        return seps[i] if i >= 0 else s - 1

    def first_from(x: int) -> int:  # the first separator in [x, e), else e
        i = bisect.bisect_left(seps, x)
        return seps[i] if i < len(seps) else e

    lo = max(last_before(a) + 1, s)
    hi = first_from(b)
    # at most _CLAUSE_SEGMENTS verbless segments each way: real clauses have a few; a run of hundreds is a list
    for _ in range(_CLAUSE_SEGMENTS):
        if lo <= s:
            break
        plo = max(last_before(lo - 1) + 1, s)
        if _SEG_VERB_RE.search(text, plo, lo - 1):
            break
        lo = plo
    for _ in range(_CLAUSE_SEGMENTS):
        if hi >= e:
            break
        nhi = first_from(hi + 1)
        if _SEG_VERB_RE.search(text, hi + 1, nhi):
            break
        hi = nhi
    return lo, hi


def _date_regions(text, s, e, a, b) -> list[tuple[int, int]]:
    """Where a cue's date may stand: its own clause, and a verbless opening of the sentence ("In March this year,")."""
    out = [_clause_bounds(text, s, e, a, b)]
    first = min([k for k in (text.find(c, s, e) for c in _SEPS) if k >= 0], default=e)
    if _SEG_VERB_RE.search(text, s, first) is None:
        out.append((s, first))
    return out


def _under_way(text, s, e, a, b, mods: str) -> bool:
    """'Your visit to Russia is taking place now', 'Mr Xi's visit to our country is going well': a guest's trip under
    way on the day. Not 'your 2013 visit is remembered', 'your last visit', 'is scheduled for May'."""
    if _NOT_NOW_RE.search(mods):
        return False
    lo, hi = _clause_bounds(text, s, e, a, b)
    lo = max(text.rfind(".", s, a) + 1, lo)
    return _NOW_RE.search(text, lo, hi) is not None and _NOT_NOW_RE.search(text, lo, hi) is None


def _vet(text, s, e, cue: TripCue) -> TripCue | None:
    """A cue checked against its sentence: no record inside quotation marks or after another speaker's "said"/"put it
    to me"; none when its clause or the rest of the sentence leaves the trip undone or unsure (postponed, called off,
    would, if, waiting for, overdue ...); "my visit to Japan is planned for December" is a plan."""
    sent = text[s:e]
    if any(q in sent for q in _QUOTES):
        return None
    for r in _REPORT_RE.finditer(text, s, e):
        if not _BY_SPEAKER_RE.search(text, max(s, r.start() - 30), r.start()):
            return None  # "as Mr Obama put it to me", "..., Mr Abe said": another speaker's words
    lo, _hi = _clause_bounds(text, s, e, cue.start, cue.host_at)
    if _BLOCK_BEFORE_RE.search(text, lo, cue.start) or _NEG_BEFORE_RE.search(text[max(s, cue.start - 40):cue.start]):
        return None
    semi = text.find(";", cue.host_at, e)
    tail_end = semi if semi >= 0 else e
    planned = _PLANNED_AFTER_RE.match(text, cue.host_at, tail_end)
    rest_from = planned.end() if planned else cue.host_at
    if _BLOCK_AFTER_RE.search(text, rest_from, tail_end) or re.search(r"\bnot\b|n['\u2019]t\b", text[cue.host_at:tail_end]):
        return None
    if cue.status == "planned" and _DONE_AFTER_RE.search(text, cue.host_at, tail_end):
        return None  # "I accepted the invitation to visit Japan, and the trip took place in December": told later
    if planned and cue.status == "occurred":
        return TripCue(cue.start, cue.host_at, "planned", cue.mods, False, cue.host_iso3, cue.needs_date)
    return cue


def _future_in_clause(text, s, e, a, b) -> bool:
    """A "will" in the trip's own clause, a colon being a clause end too: "your visit to Russia is a landmark: our
    trade will reach ..." tells no plan of the visit."""
    lo, hi = _clause_bounds(text, s, e, a, b)
    if _SEG_VERB_RE.search(text, lo, hi) is None:
        return True  # ("During my visit to China, we will sign ...": the older reading of a verbless clause stands)
    return _FUTURE_WORDS_RE.search(text, lo, hi) is not None
