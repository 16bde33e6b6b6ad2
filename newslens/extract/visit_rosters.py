"""Rosters of named visitors (session 9): people listed together at one place, and the other side of a pair.

Two story-level passes over the trips ``visits.py`` has found, each only adding records:

- ``person_rosters``: a list of people ("Giorgia Meloni, Justin Trudeau and Belgian Prime Minister Alexander De
  Croo") with a word of presence after it ("were in Kyiv on Saturday", "were among the foreign dignitaries at the
  state funeral in Tokyo", "were also in the stadium", "also attended"): one trip each to the place named after
  the words, else (with "also" or "among") to the place of the trip the sentence before told.
- ``conjunct_visitors``: "A and B held talks in P" where a rule recorded only B: A travelled too, unless A is
  of the host country.

The words are data (``data/lexicons/visit_person_roster.csv``); a list member is a person mention, and the words
between two members may be only a comma or "and" and the next member's titles ("and US envoy", ", Japan's").
"""
from __future__ import annotations

import re

from .lexicons import alternation, lexicon_file, read_rows

_VIDEO_RE = re.compile(r"\b(?:video|virtual(?:ly)?|online|tele(?:phone|conference)|by\s+phone|phone\s+call)\b", re.I)
_CLAUSE_END_RE = re.compile(r"[;:]|,\s+(?:and|but|while|as|where|when|after|before)\s|\s+(?:and|but)\s+(?:he|she|they|the)\s", re.I)
_SUFFIX_RE = re.compile(r"(?:\s+(?:Jr|Sr|II|III|IV)\b\.?)?")
_SPACES_RE = re.compile(r"\s*")
# s23: a guest list that "included" its people (an inverted roster, and the story gate)
_LIST_INCLUDED = r"(?:guest\s+list|guests|mourners|dignitaries|attendees|invitees)\s+(?:also\s+)?included"


class RosterWords:
    """The lexicon of the two passes, compiled once per extractor."""

    def __init__(self, lexdir=None):
        rows = read_rows(lexicon_file(lexdir, "visit_person_roster.csv"), ("kind", "word"))
        words = {k: [r["word"] for r in rows if r["kind"] == k] for k in ("title", "crowd", "presence", "verb", "host_verb")}
        title = alternation(words["title"])
        # the words between two members of a list: ", " / " and " / ", and ", then the next member's titles:
        # capitalised words ("US", "Japan's", "Belgian Prime Minister") and the lower-case title words of the lexicon
        self.gap_re = re.compile(
            rf"{_SUFFIX_RE.pattern}(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
            rf"(?:(?:(?-i:[A-Z])[\w.'’-]*|(?i:{title}))\s+){{0,6}}$")
        crowd = alternation(words["crowd"])
        presence = alternation(words["presence"])
        # after the list: "were (also) among the (foreign) dignitaries", "were in", "are in", "also attended"
        self.after_re = re.compile(
            rf"{_SUFFIX_RE.pattern}\s+(?:(?P<be>were|are|will\s+be|will\s+also\s+be)\s+(?P<also>also\s+|all\s+|both\s+)?"
            rf"(?:(?P<among>among\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}?(?:{crowd})\b)|(?P<pres>{presence})\b|(?=(?:in|at|on)\s))"
            rf"|(?P<also2>also\s+)?(?P<verb>{alternation(words['verb'])})\b"
            # "A and B joined Vladimir Putin in Kazan": at the place of the one they joined
            rf"|(?P<joined>joined)\s+(?:(?-i:[A-Z])[\w.'’-]*\s+){{1,4}}(?=(?:in|at)\s))", re.I)
        # inverted: "Also in Kazan on Tuesday were A and B", "Among the leaders in Kazan were A, B and C"; s17: "Present
        # at the funeral in Tokyo were A and B", "Among them was A" (the gathering told just before), "The inauguration
        # in Brasilia was attended by A and B"; the first member's titles may stand after the verb ("were Argentine
        # President A and ...")
        self.inverted_re = re.compile(
            rf"\s*(?:(?:Also\s+(?=(?:in|at)\s)|Among\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}?(?:{crowd})\b"
            rf"|(?:Also\s+)?(?i:present)\s+(?=(?:in|at)\s)|(?:Also\s+)?(?i:attending)\s+(?=(?:the|a|an|this|that)\s+(?:[\w'’-]+\s+){{0,3}}?(?:ceremony|summit|meeting|talks|"
            rf"funeral|inauguration|conference|forum|reception|banquet|celebrations?|parade|gathering|event|session|signing|"
            rf"dinner|wedding|coronation|opening|commemoration)\b))"
            rf"(?P<where>[^;:]{{0,120}}?)\s+(?:were|was)"
            rf"|(?P<them>Among\s+(?:them|those\s+(?:present|attending|there)))\s+(?:were|was)"
            rf"|(?P<where2>(?-i:[A-Z])[^;:]{{0,120}}?)\s+(?:was|were)\s+attended\s+by"
            # s23: "The guest list also included A and B", "Guests included A, B and C"
            rf"|(?P<list>(?:The\s+)?{_LIST_INCLUDED}))"
            rf"\s+(?:also\s+)?(?:(?:(?-i:[A-Z])[\w.'’-]*|(?i:{title}))\s+){{0,6}}$", re.I)
        # s23: the story gate of ``VisitExtractor.extract``: a story whose only trip words are a roster's ("Putin and Xi
        # were among the guests" under a dateline) is read
        self.gate_re = re.compile(rf"\bamong\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}?(?:{crowd})\b"
                                  rf"|\b(?:were|are)\s+(?:also\s+)?(?:{presence})\b"
                                  rf"|\b{_LIST_INCLUDED}\b", re.I)
        # "among the dignitaries expected in Tokyo": people awaited, not yet there
        self.expected_re = re.compile(r"\s+(?:who\s+are\s+|who\s+will\s+be\s+)?(?:expected|due|scheduled|invited|set\s+to)\b", re.I)
        # "A and B <verb>": the list is the clause's subject (a lower-case word follows it, not "who" or "of")
        self.subject_re = re.compile(r"\s+(?!(?:who|whom|whose|which|that|of|and|or|in|at|on|for|to|from)\b)(?:[a-z]+ly\s+)?(?-i:[a-z])[\w-]*\b")
        # (s18) "Obama welcomed the leaders of A, B and C to the White House": the list is the object of a host's verb
        self.host_object_re = re.compile(rf"\b(?:{alternation(words['host_verb'])})\s+(?:(?:the|his|her|their|visiting|"
                                         r"fellow)\s+)?(?:[\w-]+\s+){0,3}?$", re.I)


def _chains(text, ments, gap_re):
    """Runs of person mentions joined as a list, each a list of mentions in text order."""
    people = [m for m in ments if m.kind == "person" and m.iso3]
    chains, run = [], []
    for m in people:
        if run and gap_re.match(text, run[-1].end, m.start) is not None and m.start - run[-1].end <= 80:
            run.append(m)
            continue
        if run:
            chains.append(run)
        run = [m]
    if run:
        chains.append(run)
    return chains


def _party(m):
    from .visits import Party  # (visits.py imports this module)
    return Party(m.start, m.end, m.actor_id, m.name, m.iso3, "person")


def _new_record(m, host, status, s, e, si, place, date, how):
    from .visits import Record
    rec = Record(_party(m), host, status, "042" if status == "occurred" else "036", 0.6, (s, e), si, None, place)
    rec.date = date
    rec.preset = True
    rec.history.append(how)
    return rec


def _told(records, m, host):
    """Whether a record already sends the person (or, by country, the person's country) to ``host``."""
    return any(r.host_iso3 == host and not r.is_domestic and (
        r.visitor.actor_id == m.actor_id or (r.visitor.kind != "person" and r.visitor.iso3 == m.iso3)) for r in records)


class _ToldIndex:
    """`_told` for many people at once (perf s11): the (host, person) and (host, country of a group) pairs the
    non-domestic records send, kept in step with ``records`` (built again when the list grew without `add`), so a
    roster of 1,000 names against 1,000 records is not a million scans. ``told(m, host) == _told(records, m, host)``."""

    def __init__(self, records):
        self.records = records
        self.size = -1

    def _build(self):
        self.people: set = set()
        self.groups: set = set()
        self.size = 0
        for r in self.records:
            self._note(r)

    def _note(self, r):
        self.size += 1
        if not r.is_domestic:
            self.people.add((r.host_iso3, r.visitor.actor_id))
            if r.visitor.kind != "person":
                self.groups.add((r.host_iso3, r.visitor.iso3))

    def told(self, m, host) -> bool:
        if self.size != len(self.records):
            self._build()
        return (host, m.actor_id) in self.people or (host, m.iso3) in self.groups

    def add(self, rec) -> None:
        """Append ``rec`` to the records and note it."""
        if self.size != len(self.records):
            self._build()
        self.records.append(rec)
        self._note(rec)


def person_rosters(vx, text, sentences, mentions, records, published) -> None:
    """A list of people with a word of presence after it: one occurred trip each (see the module docstring).

    The host: a country or place named "in/at/on (the) P" after the words, in the clause; else, when the words say
    "also" or "among", the trip told in the two sentences before (its place and, without a date here, its date). A
    single person counts only with "also" or "among" ("Britain's Prince William was also among the guests" is in
    the words only when a list; a lone "X was in P" is told by the other rules). None for the host's own people,
    nor by video."""
    from .visits import _per_sentence
    words = vx._roster_words
    for si, ((s, e), ments) in enumerate(zip(sentences, _per_sentence(sentences, mentions))):
        if not any(m.kind == "person" for m in ments):
            continue
        for chain in _chains(text, ments, words.gap_re):
            lede = s  # s23: or the lede after a dateline ("JAKARTA (AP) - Among the leaders attending ... were A and B")
            if getattr(vx, "_scene", None) is not None and s <= vx._scene[1] < chain[0].start:
                lede = _SPACES_RE.match(text, vx._scene[1]).end()
            inv = words.inverted_re.match(text[:chain[0].start], lede) if chain[0].start - lede <= 200 else None
            if inv is not None:
                _inverted_roster(vx, text, s, e, si, chain, inv, ments, records, published)
                continue
            after = words.after_re.match(text, chain[-1].end, e)
            if after is None:
                continue
            pos = after.end()
            stop = _CLAUSE_END_RE.search(text, pos, e)
            clause_end = stop.start() if stop is not None else e
            if _VIDEO_RE.search(text, chain[0].start, clause_end):
                continue  # ("... were in Kyiv on Saturday, and Meloni chaired a G7 video call": another clause)
            # "are among the dignitaries expected in Tokyo", "will be among the guests": a plan
            status = "planned" if (words.expected_re.match(text, after.end())
                                   or (after.group("be") or "").lower().startswith("will")) else "occurred"
            also = bool(after.group("also") or after.group("also2") or after.group("among")
                        or re.match(r"\s+also\b", text[after.end():after.end() + 6]))
            if len(chain) < 2 and not also:
                continue
            if after.group("be") and not after.group("among") and not after.group("pres"):
                # the bare "were in/at/on": presence only with a place right after the preposition ("were in Kyiv",
                # not "were in agreement that talks in Geneva ...", "were in touch about the crisis in Lebanon")
                host, place = _place_right_after(vx, text, pos, clause_end, ments)
            else:
                host, place = _host_after(vx, text, pos, clause_end, ments)
            date = None
            if host is None and status == "occurred" and (after.group("pres") or after.group("among")) \
                    and vx._summit_words.tail_re.match(text, pos, e) is not None \
                    and vx._summit_words.not_tail_re.match(text, pos, e) is None:
                # s23: "A, B and C were in the front rows" under a dateline abroad whose lede tells a gathering
                gathering = _dateline_gathering(vx, text, si, published)
                if gathering is not None:
                    host, place, date = gathering
            if host is None and also:
                told = next((r for r in reversed(records) if si - 2 <= r.sentence_index <= si and r.status == "occurred"
                             and not r.is_domestic and not r.earlier), None)
                if told is not None:
                    host, place, date = told.host_iso3, told.place, told.date
            if host is None:
                continue
            future = status == "planned"
            spans = [d for d in vx._undateline(vx.dates.find(text[s:e], published, offset=s, future=future))
                     if (d.end >= published if future else d.start <= published)]
            if spans:
                date = spans[0] if len(spans) == 1 else next((d for d in spans if d.char_start >= chain[-1].end), spans[-1])
            elif date is None or future:
                date = vx._month_of(published)
            told_index = _ToldIndex(records)  # (perf s11)
            for m in chain:
                if m.iso3 == host or told_index.told(m, host):
                    continue
                told_index.add(_new_record(m, host, status, s, e, si, place if place is not None and place.iso3 == host else None,
                                           date, "person-roster"))


def _inverted_roster(vx, text, s, e, si, chain, inv, ments, records, published) -> None:
    """"Also in Kazan on Tuesday were A and B", "Among the leaders in Kazan were A, B and C": one trip each to the
    place before "were", else to the trip told in the two sentences before."""
    where = "where" if inv.group("where") is not None else "where2" if inv.group("where2") is not None else None
    host, place = _host_after(vx, text, inv.start(where), inv.end(where), ments) if where else (None, None)
    date = None
    if _VIDEO_RE.search(text, s, e):
        return  # ("Among them was X, who joined by video link")
    if host is None:
        # s17 (review): first the gathering the sentence just before tells ("A summit was held in Warsaw on Tuesday.
        # Among those present were ..."), before any trip of the two sentences before ("Biden visited Kyiv on Monday"
        # is not where "those present" were); "Among them" / "Among those present" refer only to such a gathering
        gathering = _gathering_before(vx, text, s, e, si, published) if si > 0 else None
        if gathering is None:
            gathering = _dateline_gathering(vx, text, si, published)
        if gathering is not None:
            host, place, date = gathering
        elif inv.group("them") or (where == "where" and not inv.group("where").strip()
                                   and re.match(r"\s*Among\s+those\b", inv.group(), re.I)):
            return  # ("Among those present were ..." after "Macron visited Beijing last week": not that trip)
        else:
            told = next((r for r in reversed(records) if si - 2 <= r.sentence_index <= si and r.status == "occurred"
                         and not r.is_domestic and not r.earlier), None)
            if told is None:
                return
            host, place, date = told.host_iso3, told.place, told.date
    spans = [d for d in vx._undateline(vx.dates.find(text[s:e], published, offset=s, future=False)) if d.start <= published]
    if not spans and published is not None and any(int(y) != published.year for y in _BARE_YEAR_RE.findall(text, s, e)):
        return  # s17: "The 1990 summit in Helsinki was attended by A and B": an old event whose year no date gives
    date = spans[0] if spans else date if date is not None else vx._month_of(published)
    told_index = _ToldIndex(records)  # (perf s11)
    for m in chain:
        if m.iso3 == host or told_index.told(m, host):
            continue
        if _POSTED_RE.search(text, max(s, m.start - 30), m.start):
            continue  # s17: "Among the guests were Chinese Ambassador X": an envoy posted here is no visitor
        told_index.add(_new_record(m, host, "occurred", s, e, si, place if place is not None and place.iso3 == host else None,
                                   date, "person-roster"))


def _dateline_gathering(vx, text, si, published):
    """s23: (host, place, date) of the gathering a story under a dateline abroad tells, for "Among the leaders attending
    the summit on Tuesday were A and B" with no place of its own: the dateline's country, when the sentence or the two
    before tell of a gathering (``visit_summit._sentence_fit``: an event word, no call or video, no other year, no
    other country as the place); else None."""
    scene = vx._scene[0] if getattr(vx, "_scene", None) is not None else None
    if scene is None or not scene.iso3 or published is None or vx._sentences is None:
        return None
    from .visit_summit import _sentence_fit
    date = _sentence_fit(vx, vx._summit_words, text, vx._sentences, si, vx._all_mentions, scene.iso3,
                         str(published.year), published)
    return (scene.iso3, scene, date) if date is not None else None


def _gathering_before(vx, text, s, e, si, published):
    """s17: (host, place, date) of a gathering of leaders the sentence before the roster tells: "Leaders gathered in
    Brasilia on Sunday", "A summit was held in Warsaw on Tuesday", "the summit in Tehran"; its place is the one the
    gathering is told in, not any place of that sentence ("a meeting marking the shelling of Yonphyong Island"). Its
    date is that sentence's one date unless it is the day of a report ("The Kremlin said on Monday that leaders had
    gathered in Minsk"). None when that sentence tells no such gathering, a crowd of people rather than leaders, a video
    link, or when the roster says it is another occasion ("Among those present this time were ...")."""
    ps, pe = vx._sentences[si - 1] if vx._sentences else (None, None)
    if ps is None or _VIDEO_RE.search(text, ps, pe) or _THIS_TIME_RE.search(text, s, e):
        return None
    g = _GATHERING_RE.search(text, ps, pe)
    if g is None or (g.group("crowd") and not _LEADERS_RE.search(text, ps, pe)):
        return None
    host, place = _host_after(vx, text, g.end() - 3, min(pe, g.end() + 40),
                              [m for m in vx._all_mentions if ps <= m.start < pe])
    if host is None:
        return None
    told = [d for d in vx._undateline(vx.dates.find(text[ps:pe], published, offset=ps, future=False))
            if d.start <= published and not _REPORT_DAY_RE.search(text, max(ps, d.char_start - 40), d.char_start)]
    return host, place, told[0] if len(told) == 1 else None


_PREP_RE = re.compile(r"(?:in|at|on)\s+(?:the\s+)?", re.I)
# s17 (review): a report's day ("said on Monday that leaders had gathered"), no day of the gathering
_REPORT_DAY_RE = re.compile(r"\b(?:said|says|reported|announced|told|stated|confirmed|added|wrote|recalled)\s+(?:[\w-]+\s+){0,2}$",
                            re.I)
# s17 (review): a gathering of people, not leaders ("Crowds gathered in Kyiv"), unless leaders are named as gathering
_LEADERS_RE = re.compile(r"\b(?:leaders|heads\s+of\s+(?:state|government)|presidents|prime\s+ministers|ministers|premiers|"
                         r"delegations|dignitaries|monarchs|royals)\b", re.I)
_THIS_TIME_RE = re.compile(r"\bthis\s+(?:time|year['’]s|week['’]s)\b|\bthe\s+(?:latest|new)\s+(?:summit|meeting|round)\b", re.I)
_BARE_YEAR_RE = re.compile(r"\b((?:19|20)\d\d)\b")
_POSTED_RE = re.compile(r"\b(?:ambassadors?|charg[eé]s?(?:\s+d['’]affaires)?|consuls?(?:-general)?|embassy)\b[^,;]*$", re.I)
# s17: a sentence telling a gathering of leaders, the place "Among them were ..." refers back to
_GATHERING_RE = re.compile(r"\b(?:(?P<crowd>gathered|gathering|converged|assembled|met)|summit|funeral|inauguration|swearing-in|"
                           r"sworn\s+in|coronation|ceremony|conference|forum|meeting|talks|(?:was|were)\s+held|took\s+place)\b"
                           r"(?:\s+(?!in\b|at\b)[\w'’-]+){0,4}?\s+(?:in|at)\s", re.I)


def _place_right_after(vx, text, lo, hi, ments):
    """The country or gazetteer place named right after "in/at/on (the)" at ``lo`` ("in Kyiv", "in the
    Philippines", "at the Apostolic Palace"); (iso3, place) or (None, None)."""
    prep = _PREP_RE.match(text, lo, hi)
    if prep is None:
        return None, None
    at = prep.end()
    heads = (at, lo + len(re.match(r"\w+\s+", text[lo:at]).group()))  # ("the Philippines" may start at "the")
    for m in ments:
        if m.kind == "country" and m.iso3 and m.start in heads and m.alias_kind != "demonym":
            spans = [(m.start, m.end)] if m.alias_kind != "capital" else []
            p = next((p for p in vx.places.find(text, lo, min(hi, at + 60), spans) if p.start == at), None)
            return m.iso3, p
    spans = [(m.start, m.end) for m in ments if m.kind == "country" and m.alias_kind != "capital" and at <= m.start < hi]
    p = next((p for p in vx.places.find(text, lo, min(hi, at + 60), spans) if p.start == at), None)
    return (p.iso3, p) if p is not None else (None, None)


def _host_after(vx, text, lo, hi, ments):
    """The country a clause places its people in: "in Kyiv", "at the state funeral in Tokyo", "on the Indonesian
    island", "at the Apostolic Palace" (a place of the gazetteer); (iso3, place) or (None, None)."""
    country_spans = [(m.start, m.end) for m in ments if m.kind == "country" and m.alias_kind != "capital"]
    best = None
    for m in ments:
        if m.kind != "country" or not m.iso3 or not lo <= m.start < hi:
            continue
        before = text[max(lo - 2, m.start - 12):m.start]
        if m.alias_kind == "demonym":
            if re.match(r"\s+(?:island|islands|capital|city|port|resort|coast|border\s+town)\b", text[m.end:m.end + 14], re.I) \
                    and re.search(r"\b(?:in|at|on|to)\s+the\s+$", before, re.I):
                best = (m.start, m.iso3, None)
                break
            continue
        if re.search(r"\b(?:in|at|on)\s+(?:the\s+)?$", before, re.I):
            best = (m.start, m.iso3, None)
            break
    for p in vx.places.find(text, lo, hi, country_spans):
        # (s17: a capital read as its country, "in Brasilia", keeps the city as the place, for the map)
        if best is None or p.start < best[0] or (p.start == best[0] and p.iso3 == best[1]):
            best = (p.start, p.iso3, p)
        break
    return (best[1], best[2]) if best is not None else (None, None)


def conjunct_visitors(vx, text, sentences, mentions, records, published) -> None:
    """"A and B held talks in Muscat": a rule recorded B's trip; A, listed with B as the clause's subject, travelled
    there too (same host, status, date and place), unless A is of the host country or already has a record to it.
    (s18) So did the others of a list that is the object of a host's verb: "Obama welcomed the leaders of A, B and C
    to the White House" (the list words of visit_person_roster.csv, kind host_verb)."""
    from .visits import _per_sentence
    words = vx._roster_words
    by_si: dict[int, list] = {}
    for r in records:
        if not r.is_domestic and not r.earlier and r.visitor.kind == "person":
            by_si.setdefault(r.sentence_index, []).append(r)
    if not by_si:
        return
    per = _per_sentence(sentences, mentions)
    for si, recs in by_si.items():
        if si >= len(sentences):
            continue
        s, e = sentences[si]
        if _VIDEO_RE.search(text, s, e):
            continue
        for chain in _chains(text, per[si], words.gap_re):
            if len(chain) < 2 or (words.subject_re.match(text, chain[-1].end, e) is None
                                  and words.host_object_re.search(text, max(s, chain[0].start - 60), chain[0].start) is None):
                continue  # (s18: or the object of a host's verb, "welcomed the leaders of A, B and C to Washington")
            starts = {m.start for m in chain}
            # perf s11: `_told` from an index, and for each host only the people of the chain that may still be sent
            # there (one of the host's country, or already sent there, stays so: records only grow here), so 2,000
            # records of one roster are not 2,000 walks of the whole chain; what is added, and in what order, is unchanged
            told_index = _ToldIndex(records)
            pending: dict = {}
            for r in recs:
                if r.visitor.start not in starts:
                    continue
                keep = []
                for m in pending.get(r.host_iso3, chain):
                    if m.iso3 == r.host_iso3 or told_index.told(m, r.host_iso3):
                        continue
                    if m.start == r.visitor.start or (r.host_person is not None and r.host_person.actor_id == m.actor_id):
                        keep.append(m)
                        continue
                    rec = _new_record(m, r.host_iso3, r.status, s, e, si, r.place, r.date, "conjunct")
                    told_index.add(rec)
                    if not told_index.told(m, r.host_iso3):
                        keep.append(m)
                pending[r.host_iso3] = keep
