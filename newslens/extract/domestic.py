"""Domestic trips: a person touring his own country (KCNA's field guidance and inspections; "Modi toured
flood-hit Assam" in wire copy), kept apart from foreign visits (``is_domestic`` True).

``DomesticTrips.process(...)`` takes the rows of visits.py. Foreign rows pass through untouched. The domestic
rows are candidates that are vetted here (kept, dropped or re-dated; never moved to another person), and the
activity frames of this module add the trips a story tells with its own verbs ("gave field guidance to",
"inspected", "made a field survey of", "went round"): a home person as the subject of an activity
predicate, the place when the gazetteer knows it, host = his own country. One record per trip: a new record
of the same visitor with an overlapping date merges into a kept candidate.

Every decision about domestic output is made here; the words live in data/lexicons/domestic_activity.csv.
"""
from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re

from .dates import DateResolver, DateSpan, _month_end
from .lexicons import lexicon_file, read_rows
from .places import PlaceFinder
from .regex_gate import literal_gate
from .registry import Registry
from .visits import Party, Record

KINDS = ("predicate", "title", "preposition", "blocker", "generic", "habitual", "abroad", "report", "guest_place", "opener", "role")
_PRONOUN_RE = re.compile(r"\b(?:He|he|She|she)\b")
_STOP_RE = re.compile(r"[.;:!?\"“”]")  # (a quotation mark too: a name inside a quoted title is no subject)
_LONGER_NAME_RE = re.compile(r"[ \t]+(?-i:[A-Z])[a-z]")
_POSS_AFTER_RE = re.compile(r"['’]s?\b")
_WHO_OPEN_RE = re.compile(r"\s*,?\s*who\s+(?:had\s+|has\s+)?$", re.I)
_AHEAD_RE = re.compile(r"\b(?:will|would|shall|to|plans?\s+to|is\s+to|are\s+to|not|never|n['’]t)\s+(?:[\w-]+\s+)?$", re.I)
_WITH_GUEST_RE = re.compile(r"\b(?:with|accompanying|accompanied\s+by)\s+(?:him|her|them|the\s+(?:[\w-]+\s+)?(?:guests?|delegations?|visitors?))\b",
                            re.I)
_THAT_BEFORE_RE = re.compile(r"\b(?:that|account\s+of)\s+(?:[\w'’.-]+\s+){0,12}$", re.I)
_TRIP_NOUN_RE = re.compile(r"\b(?:his|her)\s+(?:[\w-]+\s+){0,2}?(?:way\s+of\s+)?(?:field\s+guidance|on-site\s+guidance|"
                           r"inspection)\b", re.I)
_POSS_TRIP_RE = re.compile(r"(?:\s+of\s+(?:[\w.]+\s+){0,3}?[\w.]+)?['’]s\s+(?:[\w-]+\s+)?(?:trip|visit|tour|inspection)\s+to\b", re.I)
_ADVERB_GAP_RE = re.compile(r"\s*(?:[a-z]+ly\s+|also\s+|then\s+|first\s+|again\s+)*$")
_NEW_CONFIDENCE = 0.65
_GAP_MAX = 320  # characters between a subject's name and its verb
_GERUND_RE = re.compile(r"(?:giving|providing|offering|inspecting|visiting|touring|guiding)\b", re.I)
_JOINED_RE = re.compile(r"(?:\s*,\s*|\s+and\s+)(?:[\w'’.-]+\s+){0,4}?", re.I)
_DATE_NAME_AFTER_RE = re.compile(r"\s+(?!(?:and|to|in|at|on|when|while|he|she|they|we|it|the|a|an|this|that|last|next|of|for|with|"
                                 r"by|from|as|after|before|but|or|which|who|where|his|her|their|its|said|until|till|through|"
                                 r"de|del|y|en)\b)(?-i:[a-z])[a-z]+(?<!ed)\b", re.I)
_MONTH_DAY_RE = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}")  # (no year, no weekday)
_NOUN_GAP_RE = re.compile(r"\b(?:his|her|their|its|the|a|an|this|that|these|those)\s+(?:[\w-]+\s+){0,2}$", re.I)
_PASSIVE_RE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+$", re.I)
_NEW_SUBJECT_RE = re.compile(r"\s*(?:the|a|an|these|those|this|they|we|i|it|you|their|its|our)\b", re.I)
_YEAR_RE = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
# s23: the object of a wire story's activity verb is a proper name ("visited Normandy", "arrived in Bavaria", "toured the
# Provence region"): without a place the gazetteer gives to his own country, it is no domestic trip
_PROPER_OBJECT_RE = re.compile(r"\s+(?:(?:in|at|to)\s+)?(?:the\s+)?(?-i:[A-Z])[\w'’-]+")


def _alt(rows, kind):
    return "|".join(f"(?:{r['pattern']})" for r in rows if r["kind"] == kind)


class DomesticTrips:
    """``process(article_id, text, sentences, mentions, published, url, home, rows)`` -> visits rows."""

    def __init__(self, registry: Registry, dates: DateResolver, places: PlaceFinder, visits, lexdir=None):
        self.registry = registry
        self.dates = dates
        self.places = places
        self.visits = visits  # (read-only: its _row builds the schema row)
        rows = read_rows(lexicon_file(lexdir, "domestic_activity.csv"), ("kind", "pattern"), {"kind": KINDS})
        self.predicate_re = re.compile(rf"\b(?:{_alt(rows, 'predicate')})", re.I)
        title = _alt(rows, "title")
        self.before_name_re = re.compile(rf"\b(?P<prep>{_alt(rows, 'preposition')})\s+(?:(?:{title})\s+)*$", re.I)
        self.opener_re = re.compile(rf"(?:^|[^\w'’-])(?:(?P<open>{_alt(rows, 'opener')})|(?P<low>(?!(?:{title})\s)[a-z][\w'’-]*))\s+(?:(?:{title})\s+)*$",
                                    re.I)
        self.role_subject_re = re.compile(rf"\s*(?:(?:The|A|Its|His|Her)\s+)?(?:[\w'’-]+\s+){{0,3}}?(?:{_alt(rows, 'role')})\b"
                                          rf"(?P<gap>[^.;:!?]{{0,200}})$", re.I)
        self.blocker_re = re.compile(rf"\b(?:{_alt(rows, 'blocker')})\b|\bwho\b", re.I)
        self.generic_re = re.compile(rf"\b(?:{_alt(rows, 'generic')})", re.I)
        self.habitual_re = re.compile(rf"\b(?:{_alt(rows, 'habitual')})\b", re.I)
        self.abroad_re = re.compile(rf"\s*(?:[\w'’-]+\s+){{0,2}}?(?:{_alt(rows, 'abroad')})\b")
        self.guest_place_re = re.compile(rf"\s*(?:{_alt(rows, 'guest_place')})", re.I)
        self.holidays = [(re.compile(rf"\b(?:{r['name']})", re.I), int(r["month"]), int(r["day"]))
                         for r in read_rows(lexicon_file(lexdir, "domestic_holidays.csv"), ("name", "month", "day"))]
        self.report_re = re.compile(rf"\b(?:{_alt(rows, 'report')})\b[^.;]{{0,80}}$", re.I)

    # -- entry --------------------------------------------------------------------------------
    def process(self, article_id: str, text: str, sentences: list[tuple[int, int]], mentions, published: dt.date | None,
                url: str | None, home: tuple[str, str] | None, rows: list[dict]) -> list[dict]:
        foreign = [r for r in rows if not r.get("is_domestic")]
        candidates = [r for r in rows if r.get("is_domestic")]
        persons = sorted((m for m in mentions if m.kind == "person" and m.iso3), key=lambda m: m.start)
        if not candidates and (not persons or not (literal_gate(self, "predicate_re").may_match(text)  # (perf s13)
                                                    and self.predicate_re.search(text))):
            return rows  # (a trip needs a placed person as its subject; the cheap test first)
        self._mentions = sorted(mentions, key=lambda m: m.start)
        self._mention_starts = [m.start for m in self._mentions]
        self._persons = persons
        self._person_starts = [m.start for m in persons]
        self._sentence_cache = {}
        self._trip_noun_at: dict[tuple[int, int], re.Match | None] = {}  # perf s9: (s, e) -> its trip noun, found once
        starts = [s for s, _e in sentences]
        new, stubs = self._frames(text, sentences, starts, persons, published, home, foreign)
        kept: list[dict] = []
        for row in candidates:
            fixed = self._vet(row, text, sentences, starts, persons, published, foreign,
                              sorted(kept + stubs, key=lambda k: k["char_start"]))
            if fixed is not None:
                kept.append(fixed)
        for rec in new:
            row = self.visits._row(article_id, text, rec, url)
            co = getattr(rec, "co", ()) or (row["visitor_id"],)
            same = next((k for k in kept if _overlap(k, row) and (k["visitor_id"] == row["visitor_id"] or (
                k["visitor_id"] in co and k["char_start"] == row["char_start"]))), None)
            if same is None:
                kept.append(row)
            elif same.get("location_name") is None and row.get("location_name"):
                same.update(location_name=row["location_name"], lat=row["lat"], lon=row["lon"])
        return foreign + kept  # (foreign rows untouched and in their order; then one domestic row per trip)

    # -- the subject of an activity -----------------------------------------------------------
    def _is_subject(self, text: str, s: int, m_start: int, m_end: int, verb_start: int) -> bool:
        """The name at [m_start, m_end) is the subject of the verb at ``verb_start``: not an object ("of/by/to
        President X"), not a possessor ("X's birth"), and nothing between them opens another clause."""
        if verb_start <= m_end or verb_start - m_end > _GAP_MAX:
            return False
        if " " not in text[m_start:m_end].strip() and _LONGER_NAME_RE.match(text, m_end):
            return False  # a lone surname that opens another person's full name ("Kim| Jong Suk")
        if self.before_name_re.search(text, max(s, m_start - 80), m_start):
            return False
        if self._object_before(text, s, m_start):
            return False  # "a mosaic depicting X", "portraits of smiling X": X is an object, not a subject
        if _POSS_AFTER_RE.match(text, m_end):
            return False
        gap = text[m_end:verb_start]
        if _STOP_RE.search(gap) or _NOUN_GAP_RE.search(gap) or _PASSIVE_RE.search(gap):
            return False  # "X on his successful visits to ...": a noun; "X ... are being visited": passive
        last = gap.rsplit(",", 1)[-1] if "," in gap else ""
        if _NEW_SUBJECT_RE.match(last):
            return False  # "Being briefed on X's feats, the visitors looked round": another subject
        if re.search(r"\b(?:they|we|you)\b", gap, re.I):
            return False
        who = _WHO_OPEN_RE.match(gap)
        if who:
            return True  # "leader X, who visited ...": the relative clause is his
        return not self.blocker_re.search(gap)

    # -- vetting visits.py's domestic rows ----------------------------------------------------
    def _vet(self, row, text, sentences, starts, persons, published, foreign, kept) -> dict | None:
        s, e = row["char_start"], row["char_end"]
        si = _index(starts, s)
        visitor = row["visitor_id"]
        evidence = None
        for v in itertools.islice(self.predicate_re.finditer(text, s, e), 40):  # (the first 40 verbs of a sentence)
            named, pron = self._subjects(text, s, v.start(), persons)
            recent = self._recent_visitor(pron, si, starts, kept) if pron >= 0 and not named else None
            she = pron >= 0 and text[pron] in "Ss"
            role = not named and pron < 0 and v.start() - s < 260 and self.role_subject_re.match(text[s:v.start()])
            if role and not self.blocker_re.search(role.group("gap")):
                evidence = v  # "The south Korean president flew to ...": the role opens the sentence (visits.py named him)
                break
            if visitor in named or (pron >= 0 and not named and (recent == visitor or (
                    recent is None and not she and (self._named_before(text, visitor, pron, si, starts, persons)
                                                    or self._named_near(text, visitor, pron, si, starts, persons))))):
                evidence = v
                break
        if evidence is None:
            # the noun form: "X's trip to Y", "on his way of field guidance" (the visitor named in the sentence)
            named = [m for m in self._persons_in(s, e) if m.actor_id == visitor]
            noun = None
            for m in named:
                poss = _POSS_TRIP_RE.match(text, m.end)
                if poss:
                    noun = poss
                    break
                if not self.before_name_re.search(text, max(s, m.start - 80), m.start):
                    if (s, e) not in self._trip_noun_at:  # (thousands of rows of one sentence: one search)
                        self._trip_noun_at[(s, e)] = _TRIP_NOUN_RE.search(text, s, e)
                    noun = self._trip_noun_at[(s, e)]
                    if noun:
                        break
            if noun is None:
                return None
            tail = noun.end()
        else:
            tail = evidence.end()
        clause_end = _clause_end(text, tail, e)
        if self._guest(text, s, clause_end, row.get("visitor_iso3"), tail):
            return None
        after = text[tail:clause_end]
        if self.generic_re.search(after[:120]):
            return None  # "inspected many units", "every nook and corner": a career, not a trip
        if self._abroad(after, row, persons, tail, clause_end):
            return None  # the trip named is abroad (visits.py's), or the home country itself ("visited the DPRK")
        if any(f["visitor_id"] == visitor and f["status"] == "occurred" and _overlap(f, row)
               and not row.get("location_name") for f in foreign):
            return None  # a stop of his trip abroad, told without a home place
        row = dict(row)
        self._redate(row, text, s, e, published, evidence)
        return row

    def _subjects(self, text, s, verb_start, persons):
        """The named subjects of the verb at ``verb_start`` (a coordinated list: "X, Y and other officials
        visited"), first named first; plus the position of a subject pronoun ("he visited") or -1."""
        if _AHEAD_RE.search(text, max(s, verb_start - 30), verb_start):
            return [], -1  # "will visit", "did not inspect"
        if _GERUND_RE.match(text, verb_start) and not re.search(r"\b(?:was|were|is|are)\s+$", text[max(s, verb_start - 12):verb_start]):
            return [], -1  # "a photo of X giving field guidance", "a mosaic: X inspecting a unit": a caption, no trip
        named = []
        window = [m for m in self._persons_in(max(s, verb_start - _GAP_MAX - 200), verb_start)
                  if s <= m.start and m.end <= verb_start]
        objects: list = []  # names read as objects ("depicting X"): a name joined to one by "and" or a comma is one too
        for m in window:
            if objects and _JOINED_RE.fullmatch(text, objects[-1].end, m.start):
                objects.append(m)
                continue
            if self._is_subject(text, s, m.start, m.end, verb_start):
                if m.actor_id not in named:
                    named.append(m.actor_id)
            elif self.before_name_re.search(text, max(s, m.start - 80), m.start) or self._object_before(text, s, m.start):
                objects.append(m)
        pron = -1
        for p in reversed(list(_PRONOUN_RE.finditer(text, max(s, verb_start - _GAP_MAX), verb_start))):
            gap = text[p.end():verb_start]
            if _ADVERB_GAP_RE.fullmatch(gap) or (len(gap) < 320 and gap.lstrip().startswith(",")
                                                 and gap.rstrip().endswith(",") and not _STOP_RE.search(gap)):
                pron = p.start()
            break
        return named, pron

    def _object_before(self, text, s, m_start) -> bool:
        op = self.opener_re.search(text, max(s, m_start - 80), m_start)
        return bool(op and op.group("low") and not op.group("open") and op.group("low")[0].islower())

    def _recent_visitor(self, pos, si, starts, records):
        """Whom "he" at ``pos`` stands for in a tour story: the visitor of a domestic trip told in the last
        five sentences."""
        recent = [k for k in records if k["char_start"] < pos and si - _index(starts, k["char_start"]) <= 5]
        return recent[-1]["visitor_id"] if recent else None

    def _named_before(self, text, visitor, pos, si, starts, persons) -> bool:
        """``visitor`` is the nearest name before ``pos`` that is not an object ("of/by/to X"): whom "he" stands for."""
        k = bisect.bisect_left(self._person_starts, pos)
        for m in reversed(persons[max(0, k - 50):k]):  # (the 50 nearest names: a story of 5,000 is not quadratic)
            if m.end <= pos and not self.before_name_re.search(text, max(0, m.start - 80), m.start):
                return m.actor_id == visitor
        return False

    def _named_near(self, text, visitor, pos, si, starts, persons) -> bool:
        """``visitor`` is named (not as an object) in this sentence or the three before ``pos``."""
        lo = starts[max(0, si - 3)]
        return any(m.actor_id == visitor and lo <= m.start < pos
                   and not self.before_name_re.search(text, max(0, m.start - 80), m.start)
                   for m in self._persons_in(lo, pos))

    def _guest(self, text, lo, hi, iso, v_end) -> bool:
        lo, hi = max(lo, v_end - _GAP_MAX - 200), min(hi, v_end + 200)
        """A host with a guest: "in company with / together with <a foreigner>", or a foreigner's lodging as the
        object ("visited the lodging of <a foreigner>"): only the guest travelled."""
        if _WITH_GUEST_RE.search(text, lo, hi) or self.guest_place_re.match(text, v_end):
            return True
        for m in self._mentions_in(lo, hi):
            if m.kind in ("person", "delegation", "country") and m.iso3 and m.iso3 != iso:
                if m.kind == "person" and m.start >= v_end and m.start - v_end < 120:
                    return True
                if re.search(r"\b(?:with|accompanied\s+by|accompanying|company\s+of)\s+(?:[\w'’.-]+\s+){0,6}$",
                             text[max(lo, m.start - 80):m.start], re.I):
                    return True
        return False

    def _abroad(self, after, row, persons, lo, hi) -> bool:
        if self.abroad_re.match(after):
            return True
        iso = row.get("visitor_iso3")
        head = after[:80]
        for m in self._country_mentions(lo, hi):
            if m.alias_kind == "capital" and m.iso3 == iso:
                continue  # "visited the Pyongyang Flour Factory": his own capital, a home place
            if m.iso3 != iso and ((m.start - lo < 60 and "," not in after[:m.start - lo])
                                  or re.search(r"\b(?:in|en|to|a)\s+(?:the\s+)?$", after[max(0, m.start - lo - 12):m.start - lo])):
                return True  # "toured two countries, China and ...", "visito a China": a country abroad
            if m.start - lo < 60 and re.match(r"\s*(?:to\s+)?(?:the\s+)?$", head[:max(0, m.start - lo)]):
                return True  # "visited the DPRK" / "toured China": a country as the destination
        return False

    def _country_mentions(self, lo, hi):
        return [m for m in self._mentions_in(lo, hi) if m.kind == "country"]

    def _mentions_in(self, lo, hi):
        return self._mentions[bisect.bisect_left(self._mention_starts, lo):bisect.bisect_left(self._mention_starts, hi)]

    def _persons_in(self, lo, hi):
        return self._persons[bisect.bisect_left(self._person_starts, lo):bisect.bisect_left(self._person_starts, hi)]

    def _redate(self, row, text, s, e, published, evidence) -> None:
        """Dates the conventions give: a report's date is not the trip's; a person gone from office (dead) before
        publication made no trip in the publication month; a repeated past activity has no single date."""
        if published is None:
            return
        sent = text[s:e]
        hol = self._holiday(sent, published)
        if hol is not None and (row["date_precision"] in ("unknown", "month")) and not row.get("date_text"):
            row.update(date_start=hol.start, date_end=hol.end, date_precision="day", date_text=hol.text)
            return
        pub_month = (row["date_precision"] == "month" and not row.get("date_text")
                     and row["date_start"] == dt.date(published.year, published.month, 1))
        if row["date_text"] and row["date_precision"] == "day":
            at = sent.find(row["date_text"])
            if at >= 0 and self.report_re.search(sent[:at]) and evidence is not None and evidence.start() - s > at:
                self._set_month(row, published)  # "media reported on Sept. 22 that he visited": dated by publication
                return
        year = _YEAR_RE.search(text, max(s, evidence.start() - 300), evidence.start()) if evidence is not None else None
        if pub_month and year and int(year.group(1)) < published.year:
            y = int(year.group(1))  # "in spring of 1961 he went to ...": the year the clause gives, not publication
            row.update(date_start=dt.date(y, 1, 1), date_end=dt.date(y, 12, 31), date_precision="year", date_text=year.group(1))
            return
        if (pub_month or row["date_precision"] == "unknown") and (self._gone(row["visitor_id"], published)
                                                                   or self.habitual_re.search(sent)):
            _undate(row)
            return
        if row["date_precision"] == "unknown" and evidence is not None and not row.get("date_text"):
            if not _THAT_BEFORE_RE.search(text, max(s, evidence.start() - 200), evidence.start()) and not self._old(sent):
                self._set_month(row, published)  # "X gave field guidance to Y": told as just made

    def _holiday(self, sent, published):
        if published is None:
            return None
        for rx, month, day in self.holidays:
            m = rx.search(sent)
            if m:
                d = dt.date(published.year, month, day)
                if d > published:
                    d = dt.date(published.year - 1, month, day)
                return DateSpan(d, d, "day", m.group())
        return None

    def _old(self, sent: str) -> bool:
        return bool(re.search(r"\b(?:once|years?\s+ago|in\s+those\s+days|in\s+his\s+lifetime|after\s+(?:the\s+)?liberation|"
                              r"during\s+the\s+war|in\s+the\s+past)\b", sent, re.I))

    def _gone(self, actor_id, published) -> bool:
        actor = self.registry.actors.get(actor_id)
        if actor is None or not actor.terms:
            return False
        ends = [t.end for t in actor.terms]
        return all(x is not None for x in ends) and max(ends) < published

    @staticmethod
    def _set_month(row, published):
        row.update(date_start=dt.date(published.year, published.month, 1),
                   date_end=_month_end(published.year, published.month), date_precision="month", date_text="")

    # -- the activity frames ------------------------------------------------------------------
    def _frames(self, text, sentences, starts, persons, published, home, foreign) -> tuple[list[Record], list[dict]]:
        """The activity trips of the story, and their row stubs (one per record, same order)."""
        out: list[Record] = []
        stubs: list[dict] = []
        home_iso = home[1] if home else None
        for si, (s, e) in enumerate(sentences):
            for v in self.predicate_re.finditer(text, s, e):
                named, pron = self._subjects(text, s, v.start(), persons)
                who = named[0] if named else (self._recent_visitor(pron, si, starts, stubs[-20:])
                                              if pron >= 0 else None)
                if who is None:
                    continue
                actor = self.registry.actors.get(who)
                m = next((p for p in reversed(self._persons_in(max(s, v.start() - _GAP_MAX - 200), v.start()))
                          if p.actor_id == who), None) or next((p for p in persons if p.actor_id == who), None)
                iso = (m.iso3 if m else None) or (actor.iso3 if actor else None)
                if iso is None:
                    continue
                clause_end = _clause_end(text, v.end(), e)
                after = text[v.end():clause_end]
                if self.generic_re.search(after[:120]) or self._guest(text, s, clause_end, iso, v.end()):
                    continue
                if self._abroad(after, {"visitor_iso3": iso}, persons, v.end(), clause_end):
                    continue
                places = [p for p in self.places.find(text, v.end(), clause_end, prefer=frozenset({iso}))]
                if any(p.iso3 != iso for p in places[:1]):
                    continue  # a place abroad: a foreign trip (visits.py's)
                if home_iso and iso != home_iso and not places:
                    continue  # a foreigner in a home outlet's story, no place of his own country named
                if not home_iso and not places and _PROPER_OBJECT_RE.match(after):
                    continue  # s23: "Xi visited Normandy": a place the gazetteer does not know, maybe abroad: no trip at home
                date = self._frame_date(text, s, e, v, published, who)
                if date is False:
                    continue
                fake = {"visitor_id": who, "date_start": date.start if date else None,
                        "date_end": date.end if date else None, "status": "occurred",
                        "date_precision": date.precision if date else "unknown"}
                if any(f["visitor_id"] == who and f["status"] == "occurred" and (_overlap(f, fake) or not date)
                       and not places for f in foreign):
                    continue  # a stop of his trip abroad
                if any(r["visitor_id"] == who and _overlap(r, fake) for r in stubs):
                    continue
                party = Party(m.start if m else v.start(), m.end if m else v.start(), who,
                              (m.name if m else actor.name) if (m or actor) else who, iso, "person")
                rec = Record(party, iso, "occurred", "042", _NEW_CONFIDENCE, (s, e), si, None,
                             places[0] if places else None, date, is_domestic=True)
                rec.co = tuple(named)  # (the coordinated subjects: "X, Y and other officials visited" is one trip)
                out.append(rec)
                stubs.append(self.visits_row_stub(rec))
        return out, stubs

    @staticmethod
    def visits_row_stub(r: Record) -> dict:
        d = r.date
        return {"visitor_id": r.visitor.actor_id, "char_start": r.sentence[0], "date_start": d.start if d else None,
                "date_end": d.end if d else None, "date_precision": d.precision if d else "unknown"}

    def _frame_date(self, text, s, e, v, published, who):
        """The date the sentence gives the activity; else the publication month (a trip told as just made);
        undated for a repeated or long-past activity or a person gone before publication."""
        sent = text[s:e]
        key = (s, e)
        if key not in self._sentence_cache:
            self._sentence_cache[key] = (self.dates.find(sent, published, future=False, offset=s) if published else [],
                                         self._holiday(sent, published),
                                         bool(self.habitual_re.search(sent) or self._old(sent)))
        spans, hol, habitual = self._sentence_cache[key]
        spans = [d for d in spans if abs(d.char_start - v.start()) < 400]
        good = []
        for d in spans:
            if d.precision == "day" and _MONTH_DAY_RE.fullmatch(d.text) and _DATE_NAME_AFTER_RE.match(text, d.char_end):
                continue  # "the August 3 consumer goods", "the June 25 war": a date in a name
            if self.report_re.search(text, max(s, d.char_start - 80), d.char_start) and d.char_start < v.start():
                continue  # "posted on Oct. 19 news that ...": the report's date
            good.append(d)
        if hol is not None:
            return hol
        if good:
            d = min(good, key=lambda d: abs(d.char_start - v.start()))
            return DateSpan(d.start, d.end, d.precision, d.text, d.char_start, d.char_end)
        year = _YEAR_RE.search(text, max(s, v.start() - 300), v.start())
        if published is not None and year and int(year.group(1)) < published.year:
            y = int(year.group(1))  # "in spring of 1961 he went to the factory": the year the clause gives
            return DateSpan(dt.date(y, 1, 1), dt.date(y, 12, 31), "year", year.group(1), year.start(), year.end())
        if published is None or self._gone(who, published) or habitual:
            return None
        return DateSpan(dt.date(published.year, published.month, 1), _month_end(published.year, published.month),
                        "month", "")


def _index(starts, pos) -> int:
    return max(0, bisect.bisect_right(starts, pos) - 1)


_CLAUSE_END_RE = re.compile(r"[;:]|,\s+(?:and|but|while|where|after|before|saying)\b")


def _clause_end(text, lo, hi) -> int:
    hi = min(hi, lo + 300)  # (a clause is read 300 characters at most: a sentence of 100,000 is not quadratic)
    m = _CLAUSE_END_RE.search(text, lo, hi)
    return m.start() if m else hi


def _undate(row):
    row.update(date_start=None, date_end=None, date_precision="unknown", date_text=None)


def _overlap(a: dict, b: dict) -> bool:
    if a.get("date_start") is None or b.get("date_start") is None:
        return a.get("date_start") is None and b.get("date_start") is None
    return a["date_start"] <= (b["date_end"] or b["date_start"]) and b["date_start"] <= (a["date_end"] or a["date_start"])
