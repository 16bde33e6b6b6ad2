"""Visits session 14: the main trip a wire story tells in its lede, and the dateline's own leader met there.

- ``lede_trip``: "KYIV — Joe Biden walked through central Kyiv with Volodymyr Zelensky on Monday, an unannounced visit
  ...", "ISLAMABAD: Abu Dhabi Crown Prince Sheikh Mohamed bin Zayed paid a day-long visit to the capital on Sunday",
  "HA NOI — US President Barack Obama announced on Monday ..., after talks with President Tran Dai Quang at the
  Presidential Palace": the lede's subject (a person of another country than the dateline's, first after the
  dateline, as ``VisitExtractor._dateline_scene`` reads him) is in the dateline's country when the lede sentence
  names his own trip (a trip noun of ``visit_wire14.csv`` without "last", "next", "planned" ...) or a face-to-face
  meeting with a person of the dateline's country ("after talks with President X"). Occurred, dated by the lede's day;
  the story's month when the story tells a stay of several days ("a three-day visit") or an earlier day of the same
  trip ("arrived late on Sunday", "landed on Sunday night"), as the gold conventions date a trip told over two days
  (a stay alone, "the last day of a two-day visit", keeps the lede's day). Run last, after every other rule of the
  story, so a rule that dates the trip better ("touched down in Madrid on Tuesday") comes first. Not when the lede names a
  place or country of another country before the cue (an origin after "from" is no place of the act), not a plan,
  negation or cancellation between subject and cue, not a call or video link. A record of the same visitor to the
  dateline's country blocks it only when it is the same trip: told in the lede, or dated over the lede's day, or
  undated in a sentence that names no other year (a background trip "his first since January 2017, when he came"
  does not block it; last session's ``_dateline_scene`` stopped on any record to the country). A record of the same
  trip dated only by the story's month (a later sentence: "Speaking at Yangon University, Obama ...") takes the
  lede's day when the lede gives one and the story tells no longer stay.
- ``host_at_home_met``: "YANGON — Obama ... flying in from Bangkok for a six-hour stop in which he met President Thein
  Sein and opposition leader Aung San Suu Kyi", "ANKARA — ... as Sheikh Mohamed bin Zayed held talks with President
  Recep Tayyip Erdoğan": a person of the dateline's country named right after words of meeting or receiving (or listed
  right after one so named) in a sentence of a story that sends another visitor to that country is the trip's host at
  home: his records of that sentence to another country (the guest's origin, a place in the guest's title) are
  dropped. Last session's ``met_host_not_traveller`` needed the guest's trip in the same sentence; the dateline now
  tells where the host is. Not a person who travels in a clause of his own (", who later flew to"), not one named
  again as an actor in the sentence, not without a dateline.

Words are data: ``data/lexicons/visit_wire14.csv``.
"""
from __future__ import annotations

import re

from .lexicons import lexicon_file, read_rows
from .visit_scene_arrivals import fronted_place, scene_arrivals

_KINDS = ("trip_noun", "not_this", "lede_meet", "lede_not", "remote", "host_verb", "later_move")
_YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")
# an arrival told with its own day: "arrived late on Sunday", "who landed on Sunday night", "flew in on Thursday"
_ARRIVAL_DAY_RE = re.compile(
    r"\b(?:arrived|landed|flew\s+in|reached)\b[^.;]{0,60}?\b(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday)\b", re.I)
# a person listed right after one met: "met President X and opposition leader Y" (lowercase title words allowed)
_OWN_CLAUSE_RE = re.compile(r"\s*,\s+(?:who|whose)\b|\s*\((?:who|whose)\b")
_LIST_NEXT_RE = re.compile(r"\s*(?:,|,?\s+and)\s+(?:(?:the\s+)?[a-z][\w'’-]*\s+){0,3}(?:(?-i:[A-Z])[\w.'’-]*\s+){0,4}$")


def _words(rows, kind):
    return sorted((r"\s+".join(map(re.escape, r["word"].split())) for r in rows if r["kind"] == kind), key=len, reverse=True)


class Wire14Words:
    """The word lists of ``visit_wire14.csv``, compiled."""

    def __init__(self, lexdir=None):
        rows = read_rows(lexicon_file(lexdir, "visit_wire14.csv"), ("kind", "word"), {"kind": _KINDS})
        nouns, not_this = _words(rows, "trip_noun"), _words(rows, "not_this")
        # "an unannounced visit", "for a wartime visit", "paid a day-long visit", "his first visit": a determiner, up to
        # three words, the noun; the words before the noun are returned to test them against ``not_this``
        self.trip_noun_re = re.compile(
            rf"\b(?:an?|his|her|the|its|their)\s+(?P<pre>(?:[\w’'-]+\s+){{0,3}}?)(?:{'|'.join(nouns) or '(?!)'})\b", re.I)
        self.not_this_re = re.compile(rf"\b(?:{'|'.join(not_this) or '(?!)'})\b", re.I)
        self.meet_re = re.compile(
            rf"\b(?:{'|'.join(_words(rows, 'lede_meet')) or '(?!)'})\s+(?:the\s+)?(?:(?-i:[A-Z])[\w.'’-]*\s+){{0,4}}$", re.I)
        self.not_re = re.compile(rf"\b(?:{'|'.join(_words(rows, 'lede_not')) or '(?!)'})\b", re.I)
        self.remote_re = re.compile(rf"\b(?:{'|'.join(_words(rows, 'remote')) or '(?!)'})\b", re.I)
        self.host_verb_re = re.compile(rf"\s+(?:also\s+)?(?:{'|'.join(_words(rows, 'host_verb')) or '(?!)'})\b", re.I)
        # "... and later flew to Doha", "then left for Riyadh": his own move after the meeting, in the same sentence
        self.later_move_re = re.compile(
            rf"\b(?:and|then|before|later)\s+(?:(?:then|later|also|he|she)\s+){{0,2}}(?:{'|'.join(_words(rows, 'later_move')) or '(?!)'})\b", re.I)


def words_of(vx) -> Wire14Words:
    """The extractor's ``Wire14Words`` (built in its constructor; built here for a stand-in without one)."""
    words = getattr(vx, "_wire14_words", None)
    if words is None:
        words = Wire14Words(getattr(vx, "_lexdir", None))
        vx._wire14_words = words
    return words


# "ISLAMABAD: Abu Dhabi Crown Prince ...", "ABU DHABI // The UAE ...": a dateline closed by a colon or two slashes
# (South Asian and Gulf papers), at the head of the story only; the city in capitals, a capital letter after
_COLON_DATELINE_RE = re.compile(r"\A[ \t]*([A-Z][A-Z.'’-]+(?:[ \t][A-Z][A-Z.'’-]+){0,2})"
                                r"(?:,[ \t]+[A-Z][a-z][\w.'’]*(?:[ \t][A-Z][a-z][\w.'’]*)?)?"  # (s22: "MARY, Turkmenistan:")
                                r"(?::|[ \t]+//)[ \t]+(?=[A-Z\"“‘'])")


def colon_scene(vx, text):
    """The scene ``(Place, end of the dateline)`` of a story opened by "CITY:" or "CITY //", else None; the city must
    be a place of the registry ("NOTE:", "UPDATE:" are none).

    >>> from types import SimpleNamespace as N
    >>> vx = N(registry=N(place=lambda name: ("Islamabad", "PAK", 33.7, 73.1) if name == "Islamabad" else None))
    >>> colon_scene(vx, "ISLAMABAD: The prime minister said ...")[0].iso3
    'PAK'
    >>> colon_scene(vx, "UPDATE: The prime minister said ...") is None
    True
    """
    from .visits import Place

    m = _COLON_DATELINE_RE.match(text)
    hit = vx.registry.place(m.group(1).title()) if m is not None else None
    if hit is None:
        return None
    return Place(hit[0], hit[1], hit[2], hit[3], m.start(1), m.end(1)), m.end()


# "in Germany", "at the Kremlin": the subject's own country named as where he is (not "the first US president")
_LOCATIVE_RE = re.compile(r"\b(?:in|at|inside|to|back\s+to)\s+(?:the\s+)?$", re.I)


def _after_from(text, s, pos) -> bool:
    """Whether the name at ``pos`` is the origin of a leg ("flying in from Bangkok")."""
    return re.search(r"\bfrom\s+(?:the\s+)?$", text[max(s, pos - 10):pos]) is not None


def _sentence_index(sentences, pos):
    return next((i for i, (s, e) in enumerate(sentences) if s <= pos < e), None)


# s14 fix H1: the trip noun is no trip of the subject's own when a reaction or memory verb, a reported clause or a
# relative clause of his stands before it ("welcomed a visit", "condemned a visit", "recalled his first visit", "said
# ... that his trip", "who made a historic visit"); H2: nor when a past time follows the noun ("his state visit last
# year", "a historic visit in 2016")
_NOT_OWN_BEFORE_RE = re.compile(
    r"\b(?:welcom\w*|condemn\w*|critici[sz]\w*|hail\w*|prais\w*|denounc\w*|protest\w*|slamm\w*|recall\w*|remember\w*|"
    r"decr[iy]\w*|oppos\w*|object\w*|that)\b", re.I)
_PAST_AFTER_RE = re.compile(
    r"[^.;,]{0,25}?\b(?:last\s+(?:week|month|year|spring|summer|autumn|fall|winter)|in\s+(?:19|20)\d\d|(?:19|20)\d\d|"
    r"years?\s+ago|as\s+(?:secretary|president|minister|premier|chancellor|vice))\b", re.I)
# "the first visit by a U.S. president": the subject's own office after "by a/an" (not "by a senior delegation")
_BY_ROLE_RE = re.compile(
    r"\s+by\s+an?\s+(?:[\w.’'-]+\s+){0,2}?(?:president|prime\s+minister|premier|chancellor|head\s+of\s+(?:state|government)|"
    r"(?:foreign|defen[cs]e)\s+minister|secretary\s+of\s+state|monarch|king|queen|pope|emperor)\b", re.I)
# H5: a venue abroad named in a sentence after a locative ("in Rio de Janeiro", "in the city of Kazan", "south of San
# Francisco"): the met person is there, not at home
_VENUE_BEFORE_RE = re.compile(
    r"\b(?:sidelines|summit|meeting|talks|conference|forum|gathering|estate|retreat|ceremony)\b[^.;,]{0,40}?"
    r"\b(?:in|at|near|(?:north|south|east|west)\s+of)\s+(?:the\s+(?:city|town|capital|resort)\s+of\s+)?$", re.I)
_OTHER_TIME_RE = re.compile(r"\b(?:after|before|since|when|while|until|ahead\s+of)\b", re.I)
# H6: the home leader's own trip abroad told in the sentence ("having returned on Sunday from a state visit to
# Washington", "after the crown prince's return from Paris", "returned from talks in Warsaw")
_RETURN_FROM_RE = re.compile(r"\b(?:return(?:ed|ing|s)?|back)\b[^.;]{0,30}?\bfrom\b", re.I)


def lede_cue(words: Wire14Words, text: str, first, e: int, wire_iso3: str, mentions) -> int | None:
    """Where the lede's cue of presence ends (a trip noun of the subject's own trip, or a meeting with a person of the
    dateline's country), else None.

    >>> from types import SimpleNamespace as N
    >>> t = "Joe Biden walked through Kyiv on Monday, an unannounced visit that was kept secret."
    >>> who = N(start=0, end=9, kind="person", iso3="USA")
    >>> lede_cue(Wire14Words(), t, who, len(t), "UKR", []) == t.index(" that")
    True
    >>> t = "Joe Biden said on Monday his last visit to Kyiv was a success."
    >>> lede_cue(Wire14Words(), t, who, len(t), "UKR", []) is None
    True
    """
    for m in words.trip_noun_re.finditer(text, first.end, e):
        if words.not_this_re.search(m.group("pre")) or re.search(r"['’]s?\s", m.group("pre")) or _YEAR_RE.search(m.group("pre")):
            continue  # (not "the Kenyan president's visit": another's trip; not "his 2015 visit": an earlier one)
        if _NOT_OWN_BEFORE_RE.search(text, first.end, m.start()) or _PAST_AFTER_RE.match(text, m.end(), m.end() + 40):
            continue  # (s14 fix H1/H2: "welcomed a visit ...", "said ... that his trip", "his state visit last year")
        if re.match(r"\s+(?:by|of)\s+(?!the\s+(?:country|capital|city)\b)", text[m.end():m.end() + 20]) and not _BY_ROLE_RE.match(
                text, m.end(), m.end() + 60):
            continue  # (not "welcomed a visit by Ruto", "the visit of the Kenyan president"; "the first visit by a U.S.
            #          president" is the subject's own)
        # "a visit to Poland": the place after "to" joins the cue, so the caller's place check sees it
        tail = re.match(r"\s+to\s+(?:[\w.'’-]+\s*){1,3}", text[m.end():m.end() + 40])
        return m.end() + (tail.end() if tail else 0)
    for p in mentions:
        if p.kind == "person" and p.iso3 == wire_iso3 and first.end < p.start < e:
            if words.meet_re.search(text, max(first.end, p.start - 60), p.start):
                return p.end
    return None


def lede_trip(vx, text, sentences, mentions, records, published) -> None:
    """The main trip of the lede (see the module doc)."""
    from .visit_rosters import _new_record
    from .visit_stays import lead_subject

    words = words_of(vx)
    wire, le = vx._scene
    si = _sentence_index(sentences, le)
    if si is None:
        return
    s, e = sentences[si]
    first = next((m for m in mentions if m.kind == "person" and le <= m.start < e), None)
    if (first is None or not first.iso3 or not first.actor_id or first.iso3 == wire.iso3 or first.start - le > 60
            or any(m.kind in ("person", "country") and m.alias_kind != "demonym" and le <= m.start < first.start
                   and m.iso3 != first.iso3 for m in mentions)):
        return
    if first.iso3 == "CHN" and wire.iso3 in ("HKG", "MAC"):
        return  # (s14 fix H1: a Chinese leader in Hong Kong or Macau is at home)
    if not lead_subject(text, le, first) or words.remote_re.search(text, s, e):
        return
    cue_end = lede_cue(words, text, first, e, wire.iso3, mentions)
    if cue_end is None:
        return
    # the subject's own clause: up to "that"/"which" (what he said may be anything: "announced that Washington would")
    said = re.compile(r"\b(?:that|which|whether)\b").search(text, first.end, cue_end)
    own = (first.end, said.start() if said is not None else cue_end)
    if words.not_re.search(text, *own):
        return
    # no place or country of a third country in his clause or the cue, nor right after it ("from Bangkok" is the way
    # in; "the first sitting US president": his own country's name is no place of the act, but a city of it is)
    windows = [own, (max(own[1], cue_end - 60), min(e, cue_end + 30))]
    # s14 fix H5: a venue of a third country later in the sentence ("on the sidelines of a Group of 20 meeting in Rio
    # de Janeiro", "at a country estate south of San Francisco", "in the city of Kazan"): the meeting is there
    far = min(e, cue_end + 30)
    if far < e and any(
            iso3 and iso3 != wire.iso3 and _VENUE_BEFORE_RE.search(text, max(s, at - 90), at)
            and not _RETURN_FROM_RE.search(text, max(s, at - 70), at)  # (another's return "from talks in Warsaw")
            and not _OTHER_TIME_RE.search(text, cue_end, at)  # (another act: "a week after Modi attended a summit in Washington")
            for iso3, at in [(p.iso3, p.start) for p in vx.places.find(text, far, e)] + [
                (m.iso3, m.start) for m in mentions
                if m.kind == "country" and m.alias_kind != "demonym" and far <= m.start < e]):
        return
    country_spans = [(m.start, m.end) for m in mentions if m.kind == "country"]
    for a, b in windows:
        if any(p.iso3 and p.iso3 != wire.iso3 and not _after_from(text, s, p.start)
               for p in vx.places.find(text, a, b, country_spans)) or any(
                m.kind == "country" and m.iso3 not in (None, wire.iso3) and m.alias_kind != "demonym"
                and a <= m.start < b and not _after_from(text, s, m.start) and (m.iso3 != first.iso3 or m.alias_kind in (
                    "capital", "institution") or _LOCATIVE_RE.search(text, max(s, m.start - 12), m.start)) for m in mentions):
            return
    lede = text[s:e]
    spans = [d for d in vx._undateline(vx.dates.find(lede, published, future=False, offset=s)) if d.start <= published]
    day = next((d for d in spans if d.precision == "day" and (published - d.start).days <= 7), None)
    longer = any(
        m for m in _ARRIVAL_DAY_RE.finditer(text, s, sentences[min(si + 3, len(sentences) - 1)][1])
        if day is None or day.text.split()[-1].lower() not in m.group(0).lower())
    date = day if day is not None and not longer else vx._month_of(published)
    same = []
    for r in records:
        if r.visitor.actor_id != first.actor_id or r.host_iso3 != wire.iso3 or r.is_domestic:
            continue
        if r.sentence_index == si:
            return
        if r.date is None:
            rs, re_ = r.sentence
            if not any(int(y) != published.year for y in _YEAR_RE.findall(text, rs, re_)):
                return
            continue
        if r.date.start <= date.end and date.start <= r.date.end:
            same.append(r)
    if same:
        # the same trip told later with the story's month only: the lede's day is the finer reading
        if date.precision == "day":
            for r in same:
                if r.status == "occurred" and r.date.precision == "month" and not r.date.text:
                    r.date = date
        return
    records.append(_new_record(first, wire.iso3, "occurred", s, e, si, wire, date, "occurred"))


def host_at_home_met(vx, text, records) -> None:
    """Drop the records of the dateline country's own person met at home by a guest (see the module doc).

    >>> from types import SimpleNamespace as N
    >>> t = "Obama flew in from Bangkok and met President Thein Sein and opposition leader Aung San Suu Kyi."
    >>> def rec(who, iso3, host, a, b):
    ...     return N(visitor=N(kind="person", iso3=iso3, actor_id=who, name=who, start=a, end=b), host_iso3=host,
    ...              status="occurred", sentence=(0, len(t)), is_domestic=False)
    >>> recs = [rec("obama", "USA", "THA", 0, 5), rec("obama", "USA", "MMR", 0, 5),
    ...         rec("ts", "MMR", "THA", t.index("Thein"), t.index(" and opp")),
    ...         rec("assk", "MMR", "THA", t.index("Aung"), len(t) - 1)]
    >>> vx = N(_scene=(N(iso3="MMR"), 0), _lexdir=None)
    >>> host_at_home_met(vx, t, recs)
    >>> [(r.visitor.actor_id, r.host_iso3) for r in recs]
    [('obama', 'THA'), ('obama', 'MMR')]
    """
    from .visit_wire13 import _named_as_actor, words_of as words13

    scene = getattr(vx, "_scene", None)
    if scene is None or not scene[0].iso3:
        return
    home = scene[0].iso3
    if not any(r.host_iso3 == home and not r.is_domestic and r.visitor.iso3 and r.visitor.iso3 != home
               and r.status in ("occurred", "planned") for r in records):
        return
    w13 = words14 = None
    drop, acting = set(), {}
    for r in records:
        v = r.visitor
        if r.is_domestic or v.kind != "person" or v.iso3 != home or r.host_iso3 == home:
            continue
        if w13 is None:
            w13, words14 = words13(vx), words_of(vx)
            ends: dict[int, list] = {}  # the home people of the records, by where their names end
            for o in records:
                if o.visitor.kind == "person" and o.visitor.iso3 == home:
                    ends.setdefault(o.visitor.end, []).append(o.visitor)
        s, e = r.sentence
        met = bool(w13.meet_before_re.search(text, max(s, v.start - 80), v.start))
        hosting = not met and words14.host_verb_re.match(text, v.end, e) is not None  # "X received the guest"
        if not met:
            # "met President X and opposition leader Y": Y follows a person met (that person's record or name)
            lm = _LIST_NEXT_RE.search(text, max(s, v.start - 80), v.start)
            if lm is not None:
                prev = ends.get(lm.start()) or ends.get(lm.start() - 1) or ()
                met = any(w13.meet_before_re.search(text, max(s, p.start - 80), p.start) for p in prev)
        # (not "met General Secretary X, who made a landmark visit to the White House": a clause of his own)
        if not (met or hosting) or _OWN_CLAUSE_RE.match(text, v.end, e) or words14.later_move_re.search(text, v.end, e):
            continue
        if _abroad_in_sentence(vx, text, s, e, r.host_iso3, v, hosting):
            continue  # (s14 fix H5/H6: a venue abroad or his own return from there is told in the sentence)
        if met:
            key = (r.sentence, v.actor_id)  # (perf: one scan per person and sentence, as in visit_wire13)
            if key not in acting:
                acting[key] = _named_as_actor(w13, text, s, e, v)
            if acting[key]:
                continue
        drop.add(id(r))
    if drop:
        records[:] = [r for r in records if id(r) not in drop]


def _abroad_in_sentence(vx, text, s, e, iso3, v, hosting) -> bool:
    """Whether the sentence names a place of ``iso3`` as a venue ("in Rio de Janeiro") or as where the person ``v``
    came back from: "having returned on Sunday from a state visit to Washington" (the hosting subject's own), "after
    the crown prince's return from Paris", "after the prime minister returned from talks in Warsaw" (the words before
    the return are his title)."""
    if getattr(vx, "places", None) is None:
        return False
    places = [p for p in vx.places.find(text, s, e, []) if p.iso3 == iso3]
    for p in places:
        rm = None
        for m in _RETURN_FROM_RE.finditer(text, max(s, p.start - 70), p.start):
            rm = m
        if rm is None:
            if _VENUE_BEFORE_RE.search(text, max(s, p.start - 90), p.start):
                return True
            continue
        before = text[max(s, rm.start() - 30):rm.start()]
        if re.search(r"\bhaving\s+$", before):
            if hosting:
                return True
            continue
        who = [w for w in re.findall(r"[a-z]+", re.sub(r"['’]s\b", "", before.lower()).split(",")[-1])[-3:]
               if w not in ("the", "a", "an", "after", "before", "day", "days", "week", "since", "his", "her", "and")]
        own = text[max(s, v.start - 40):v.end].lower()
        if who and all(re.search(rf"\b{w}\b", own) for w in who) and not re.search(
                rf"\b{who[-1]}\b", text[max(s, v.start - 40):max(s, v.start - 40) + own.rfind(" and ") + 1].lower() if " and " in own else ""):
            return True
    return False


# s14 fix H7: the departure rows of visit_cues.csv ("Abe left on Monday for Tehran", "Li leaves on Friday for Canberra")
_DEPART_RE = re.compile(r"\b(?:left|leaves|departs)\s+[^.;]{0,40}?\bfor\s+(?:the\s+)?(?-i:[A-Z])", re.I)
# a denial or a rumour of the departure ("denied that", "denied reports that", "Rumours that ... were false")
_DEPART_DENIED_RE = re.compile(r"\b(?:den(?:ied|ies|y)|dismiss(?:ed|es)|rumou?rs?|speculation|(?:were|was|is|are)\s+(?:false|untrue|baseless))\b", re.I)


def departure_guard(vx, text, records, published) -> None:
    """Records told by a departure ("X left on Monday for P"): none when the sentence denies it or calls it a rumour;
    the sentence's own earlier year ("In 2019, X left on Monday for P", "In June 2018 ...") dates it, not the weekday
    read from the publication date."""
    drop = set()
    # One search per sentence, not per record: a sentence listing hundreds of guests gives hundreds of records, and
    # searching the whole sentence again for each made a 200 KB list quadratic (s17).
    departure: dict[tuple[int, int], tuple] = {}
    for r in records:
        if r.is_domestic or r.status not in ("occurred", "planned") or getattr(r, "earlier", False):
            continue
        s, e = r.sentence
        if (s, e) not in departure:
            found = _DEPART_RE.search(text, s, e)
            departure[(s, e)] = (found, found is not None and _DEPART_DENIED_RE.search(text, s, e) is not None,
                                 found is not None and published is not None
                                 and any(int(y) != published.year for y in _YEAR_RE.findall(text, s, e)))
        dm, denied, other_year = departure[(s, e)]
        if dm is None or not (s <= r.visitor.start < dm.start()):
            continue
        if denied:
            drop.add(id(r))
            continue
        if not other_year:
            continue
        told = [d for d in vx.dates.find(text[s:e], published, future=False, offset=s)
                if d.start.year != published.year and d.precision in ("month", "year", "day")]
        if told:
            r.date = told[0]
            r.preset = True
        else:
            drop.add(id(r))
    if drop:
        records[:] = [r for r in records if id(r) not in drop]


def wire14_passes(vx, text, sentences, mentions, records, published) -> None:
    """The session's story-level passes, in order (see the module doc)."""
    if records:
        departure_guard(vx, text, records, published)
    if published is not None and not getattr(vx, "_home_now", None) and getattr(vx, "_scene", None) is not None:
        lede_trip(vx, text, sentences, mentions, records, published)  # last: only when no earlier rule told the trip
        scene_arrivals(vx, text, sentences, mentions, records, published)  # s23 (visit_scene_arrivals.py)
    fronted_place(vx, text, sentences, mentions, records, published)  # s23 (visit_scene_arrivals.py)
    if records and getattr(vx, "_scene", None) is not None:
        host_at_home_met(vx, text, records)
