"""Visits session 13: story-level checks for wire stories, run once every record of a story is known.

- ``met_host_not_traveller``: "He then flew to London for talks with Prime Minister Boris Johnson on Tuesday, saw
  Borrell in Brussels", "He arrived on Tuesday ... and was received by President Felix Tshisekedi": a person named
  right after words of meeting or receiving ("talks with", "to meet", "received by") whose own country is where
  another traveller of the same sentence goes (same status) is that trip's host: his records of the sentence (a trip
  to Brussels, a trip to Belgium) are dropped. A person so named who travels in a clause of his own keeps his trip
  when the record's mention of him is the subject's (the mention the record holds is the one tested).
- ``among_along_with``: "BUENOS AIRES - ... was sworn in on Sunday. / Ukrainian President Volodymyr Zelensky, on his
  first trip to Latin America, was among the foreign guests, along with Hungarian Prime Minister Viktor Orban and
  Spain's King Felipe VI": one person (or a list) who "was/were (also) among the <crowd>" (an aside between commas
  allowed when it names no place), and the list "along with" / "together with" right after the crowd, under a dateline
  abroad near a gathering (``visit_summit._sentence_fit``'s gate: an event word in the sentence or the two before, no
  call or video, no other year, no other place): each person not of the dateline's country went there (occurred).
  Not "will be among", "among the leaders expected", a crowd followed by a place of its own, an aside naming a
  place, the host's own people or a diplomat posted there.
- ``led_delegation``: "MEXICO CITY - ... was sworn in on Saturday. / Vice President Mike Pence headed the U.S.
  delegation", "U.S. Energy Secretary Jennifer Granholm led the American delegation": a person who led or headed his
  country's delegation, side or team (past tense), in a story under a dateline abroad near a gathering (the same gate
  as ``among_along_with``), went there (occurred). Not "will lead", not a delegation of another country than the
  person's, not the host's own people, not a place of its own after the noun ("led the delegation to Geneva").
- ``office_last_dates``: "Muizzu, who came to power last year on an 'India Out' campaign, is on his first bilateral
  visit to India": an occurred trip dated by "last year/month" told as the traveller's own office taken (the words
  of ``visit_long_wire.csv`` office, right after his name) whose main clause is present ("is on", "is in", "is
  visiting") takes the lede's day when it goes to the dateline's country, else the story's month. (Last session's
  office rule keeps a "last year" on purpose: a past trip may date from it; a present one may not.)
- ``relative_past_plan``: "Zelensky, who met Milei briefly after the ceremony, is expected in Washington on Tuesday":
  a past verb inside the traveller's relative clause between commas is no tense of the main clause; a trip told after
  "is/are (also) expected/due/set/scheduled in/at/to" is planned and dated ahead (the first day or date the main clause
  tells, else none), and a person named inside the relative clause ("who met Milei") makes no trip to that place.

Words are data: ``data/lexicons/visit_wire13.csv``.
"""
from __future__ import annotations

import bisect
import re
from collections import namedtuple

from .lexicons import lexicon_file, read_rows

_KINDS = ("meet_before", "own_move", "led_group")
_Named = namedtuple("_Named", "start end actor_id name iso3")  # a mention-like party for ``_new_record``
_YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")


class Wire13Words:
    """The word lists of ``visit_wire13.csv``."""

    def __init__(self, lexdir=None):
        rows = read_rows(lexicon_file(lexdir, "visit_wire13.csv"), ("kind", "word"), {"kind": _KINDS})
        meet = sorted((r"\s+".join(map(re.escape, r["word"].split())) for r in rows if r["kind"] == "meet_before"),
                      key=len, reverse=True)
        # "talks with (the) (Italian Prime Minister) <name>": anchored with $ on a window of 80 characters before the
        # name; up to four capitalised title words between (a lowercase word breaks it: "met reporters before X")
        self.meet_before_re = re.compile(
            rf"\b(?:{'|'.join(meet) or '(?!)'})\s+(?:the\s+)?(?:(?-i:[A-Z])[\w.'’-]*\s+){{0,4}}$", re.I)
        moves = sorted((r"\s+".join(map(re.escape, r["word"].split())) for r in rows if r["kind"] == "own_move"),
                       key=len, reverse=True)
        # "received by President X, who later flew to Seoul": the met person travels in a relative clause of his own
        self.own_move_re = re.compile(
            rf"\s*,\s+who\s+(?:(?:later|then|also|soon|had|has|will|is|was|would|himself|herself|already)\s+){{0,3}}(?:{'|'.join(moves) or '(?!)'})\b", re.I)
        crowd = [r"\s+".join(map(re.escape, r["word"].split()))
                 for r in read_rows(lexicon_file(lexdir, "visit_person_roster.csv"), ("kind", "word")) if r["kind"] == "crowd"]
        crowd.sort(key=len, reverse=True)
        # right after a person or list: an optional aside between commas (no comma, colon or stop inside, at most 80
        # characters), "was/were (also) among the (up to three words) <crowd>", then an optional "along with"
        self.among_re = re.compile(
            r"(?:,\s+(?P<aside>[^,;:.]{1,80}),)?\s+(?P<be>was|were)\s+(?:also\s+)?among\s+(?:the\s+)?"
            rf"(?:[\w-]+\s+){{0,3}}?(?:{'|'.join(crowd) or '(?!)'})\b(?P<along>,?\s+(?:along|together)\s+with\s+)?", re.I)
        groups = sorted((r"\s+".join(map(re.escape, r["word"].split())) for r in rows if r["kind"] == "led_group"),
                        key=len, reverse=True)
        # "<person> led/headed the U.S. delegation": the verb right after the person (an aside between commas allowed),
        # then "the" and up to three words (the country's adjective or name) before the group's noun
        self.led_re = re.compile(
            r"(?:,[^,;:.]{1,80},)?\s+(?:also\s+)?(?:led|headed)\s+(?:the|a|his|her|its)\s+(?P<who>(?:[\w.'’-]+\s+){1,3}?)"
            rf"(?:{'|'.join(groups) or '(?!)'})\b", re.I)
        # between "along with" and the first person of its list: titles and possessives only ("Spain's King")
        self.lead_re = re.compile(r"(?:(?:the\s+)?(?-i:[A-Z])[\w.'’-]*\s+){0,4}")


def words_of(vx) -> Wire13Words:
    """The extractor's ``Wire13Words`` (built in its constructor; built here for a stand-in without one)."""
    words = getattr(vx, "_wire13_words", None)
    if words is None:
        words = Wire13Words(getattr(vx, "_lexdir", None))
        vx._wire13_words = words
    return words


def wire13_passes(vx, text, sentences, mentions, records, published) -> None:
    """The session's story-level passes, in order (see the module doc)."""
    if published is not None and " among " in text:
        among_along_with(vx, words_of(vx), text, sentences, mentions, records, published)
    if published is not None and records and ", who " in text:
        relative_past_plan(vx, text, records, sorted(mentions, key=lambda x: x.start), published)
    if published is not None and records and " last " in text:
        office_last_dates(vx, text, sentences, records, published)
    if published is not None and ("led the " in text or "headed the " in text):
        led_delegation(vx, words_of(vx), text, sentences, mentions, records, published)
    if len(records) > 1:
        met_host_not_traveller(words_of(vx), text, records)


def met_host_not_traveller(words: Wire13Words, text: str, records: list) -> None:
    """Drop the records of a person met or receiving in a sentence that tells another's trip to his country.

    >>> from types import SimpleNamespace as N
    >>> t = "He flew to London for talks with Prime Minister Boris Johnson, saw Borrell in Brussels."
    >>> guest = N(visitor=N(kind="person", iso3="VEN", actor_id="p:g", name="He", start=0, end=2), host_iso3="GBR",
    ...           status="occurred", sentence=(0, len(t)), is_domestic=False)
    >>> pm = N(visitor=N(kind="person", iso3="GBR", actor_id="p:bj", name="Boris Johnson", start=t.index("Boris"),
    ...                  end=t.index(",")),
    ...        host_iso3="BEL", status="occurred", sentence=(0, len(t)), is_domestic=False)
    >>> recs = [guest, pm]
    >>> met_host_not_traveller(Wire13Words(), t, recs)
    >>> [r.visitor.actor_id for r in recs]
    ['p:g']
    """
    # (perf: the trips of a sentence by (sentence, host, status), and one scan per person and sentence for his other
    # mentions, so a sentence of hundreds of guests and hosts stays near linear)
    trips: dict[tuple, list] = {}
    for o in records:
        if not o.is_domestic and o.visitor.iso3:
            trips.setdefault((o.sentence, o.host_iso3, o.status), []).append(o)
    acting: dict[tuple, bool] = {}
    drop = set()
    for r in records:
        v = r.visitor
        if r.is_domestic or v.kind != "person" or not v.iso3 or v.iso3 == r.host_iso3:
            continue
        guests = trips.get((r.sentence, v.iso3, r.status))
        if not guests:
            continue
        s, e = r.sentence
        if not words.meet_before_re.search(text, max(s, v.start - 80), v.start) or words.own_move_re.match(text, v.end, e):
            continue  # (not "received by Kishida, who later flew to Seoul": a clause of his own)
        if not any(o is not r and o.visitor.iso3 != v.iso3 and o.visitor.actor_id != v.actor_id
                   and not _CLAUSE_BREAK_RE.search(text, min(o.visitor.start, v.start), max(o.visitor.end, v.start))
                   for o in guests[:50]):
            continue
        if _own_trip_of_met(text, r, v, guests, e):
            continue  # (fix s13) "talks with Putin, who is expected in Beijing": his own trip, not the guest's meeting
        key = (r.sentence, v.actor_id)
        if key not in acting:
            acting[key] = _named_as_actor(words, text, s, e, v)
        if acting[key]:
            continue  # "... talks with Starmer, and Starmer and Modi then travelled to Paris": named again, acting
        drop.add(id(r))
    if drop:
        records[:] = [r for r in records if id(r) not in drop]


def among_along_with(vx, words: Wire13Words, text, sentences, mentions, records, published) -> None:
    """People "among the <crowd>" (with an aside, or "along with" a list) under a dateline abroad: one occurred trip
    each (see the module doc)."""
    scene = vx._scene[0] if getattr(vx, "_scene", None) is not None else None
    if scene is None or not scene.iso3:
        return
    from .visit_rosters import _CLAUSE_END_RE, _chains, _host_after, _new_record, _told
    from .visit_summit import _sentence_fit
    from .visit_wire12 import words_posted
    from .visits import _per_sentence
    rw, sw, host = vx._roster_words, vx._summit_words, scene.iso3
    year = str(published.year)
    for si, ((s, e), ments) in enumerate(zip(sentences, _per_sentence(sentences, mentions))):
        if " among " not in text[s:e] or not any(m.kind == "person" for m in ments):
            continue
        starts = [m.start for m in ments]
        chains = _chains(text, ments, rw.gap_re)
        for ci, chain in enumerate(chains):
            m = words.among_re.match(text, chain[-1].end, e)
            if m is None:
                continue
            if m.group("aside") is not None:
                inside = ments[bisect.bisect_left(starts, m.start("aside")):bisect.bisect_left(starts, m.end("aside"))]
                if inside or _YEAR_RE.search(m.group("aside")):
                    continue  # ("X, who met Biden in Washington, was among ...": an aside of its own act)
            people = list(chain)
            pos = m.end()
            if m.group("along") is not None:
                more = next((c for c in chains[ci + 1:] if c[0].start >= pos), None)
                if more is not None and words.lead_re.fullmatch(text, pos, more[0].start) is not None:
                    people += more
                    pos = more[-1].end
            elif len(chain) > 1 and m.group("be").lower() == "were" and m.group("aside") is None:
                continue  # (a plain "A and B were among the leaders": ``visit_summit.scene_rosters`` tells it)
            if rw.expected_re.match(text, m.end()) or sw.not_tail_re.match(text, m.end(), e):
                continue  # "among the leaders expected", "among the leaders at the forefront of"
            if m.group("along") is None and sw.tail_re.match(text, pos, e) is None:
                continue  # "among the leaders who criticised the summit"
            if m.group("along") is not None and not _list_tail_ok(sw, text, pos, e):
                continue  # (fix s13) "along with Macron, who sent messages from their capitals": not there
            stop = _CLAUSE_END_RE.search(text, pos, min(e, pos + 200))
            clause_end = stop.start() if stop is not None else min(e, pos + 200)
            near = ments[bisect.bisect_left(starts, m.end()):bisect.bisect_left(starts, clause_end)]
            near = [x for x in near if x.kind != "person"]
            if _host_after(vx, text, m.end(), clause_end, near)[0] is not None:
                continue  # a place of its own ("among the guests in Rome"): the other rules' to tell
            date = _sentence_fit(vx, sw, text, sentences, si, mentions, host, year, published)
            if date is None:
                continue
            for p in people:
                if p.iso3 == host or _told(records, p, host) or words_posted(vx._wire12, text, p):
                    continue
                if _other_given_name(text, p):
                    continue  # (fix s13) "Jill Biden" is no registry "Joe Biden"
                records.append(_new_record(p, host, "occurred", s, e, si, scene, date, "scene-among"))


# ";" or ":" between the guest and the met person: two clauses ("Sunak hosted Scholz in London; Scholz met Sunak in
# Brussels")
_CLAUSE_BREAK_RE = re.compile(r"[;:]")


def _named_as_actor(words: Wire13Words, text: str, s: int, e: int, v) -> bool:
    """Whether the person ``v`` (his surname) is named again in text[s:e] not right after words of meeting."""
    last = v.name.split()[-1] if v.name else ""
    if len(last) < 3:
        return False
    for m in re.finditer(rf"(?<![\w-]){re.escape(last)}(?![\w-])", text[s:e]):
        at = s + m.start()
        if v.start <= at < v.end:
            continue
        if not words.meet_before_re.search(text, max(s, at - 80), at):
            return True
    return False


def led_delegation(vx, words: Wire13Words, text, sentences, mentions, records, published) -> None:
    """A person who led his country's delegation under a dateline abroad near a gathering: one occurred trip (see the
    module doc)."""
    scene = vx._scene[0] if getattr(vx, "_scene", None) is not None else None
    if scene is None or not scene.iso3:
        return
    from .visit_rosters import _CLAUSE_END_RE, _host_after, _new_record, _told
    from .visit_summit import _sentence_fit
    from .visit_wire12 import words_posted
    from .visits import _per_sentence
    sw, host = vx._summit_words, scene.iso3
    year = str(published.year)
    for si, ((s, e), ments) in enumerate(zip(sentences, _per_sentence(sentences, mentions))):
        if ("led the " not in text[s:e] and "headed the " not in text[s:e]) or not any(m.kind == "person" for m in ments):
            continue
        for p in ments:
            if p.kind != "person" or p.iso3 == host:
                continue
            m = words.led_re.match(text, p.end, e)
            if m is None:
                continue
            who = [c for c in ments if c.kind == "country" and m.start("who") <= c.start < m.end("who")]
            if not who or any(c.iso3 != (p.iso3 or who[0].iso3) for c in who) or who[0].iso3 == host:
                continue  # ("led the delegation": whose is not told; "led the Ukrainian side": not his own country's)
            if words_posted(vx._wire12, text, p):
                continue  # (an ambassador posted there)
            if p.iso3 and _other_given_name(text, p):
                p = _Named(p.start, p.end, None, p.name, None)  # (fix s13) "Jill Biden" is no registry "Joe Biden"
            if not p.iso3:
                # a person the registry gives no country ("Energy Secretary Jennifer Granholm led the American
                # delegation"): the delegation of the country the words name
                p = _Named(p.start, p.end, f"country:{who[0].iso3}", f"{who[0].iso3} delegation", who[0].iso3)
            stop = _CLAUSE_END_RE.search(text, m.end(), min(e, m.end() + 200))
            clause_end = stop.start() if stop is not None else min(e, m.end() + 200)
            near = [x for x in ments if m.end() <= x.start < clause_end and x.kind != "person"]
            if _host_after(vx, text, m.end(), clause_end, near)[0] is not None:
                continue  # "led the U.S. delegation to Geneva": a place of its own, the other rules' to tell
            if _told(records, p, host):
                continue
            if any(not any(x.start == lm.start(1) and x.iso3 == host for x in ments)
                   for lm in _LOCATIVE_NAME_RE.finditer(text, s, p.start)):
                continue  # (fix s13) "Last year in Bali, Xi headed ...": a place named before the head
            if any(
                    x.kind != "person" and x.iso3 and x.iso3 != host and not m.start("who") <= x.start < m.end("who")
                    and _LOCATIVE_RE.search(text, max(s, x.start - 12), x.start) for x in ments):
                continue  # (fix s13) "At last year's conference in Dubai, Kerry headed ...": another place
            date = _sentence_fit(vx, sw, text, sentences, si, mentions, host, year, published)
            if date is None:
                continue
            past = [d for d in vx._undateline(vx.dates.find(text[s:e], published, future=False, offset=s))
                    if d.end is not None and (published - d.end).days > 20]
            if past:
                date = past[0]  # (fix s13) "headed the Polish delegation last year, but this year ...": that year
            rec = _new_record(p, host, "occurred", s, e, si, scene, date, "scene-led")
            if p.actor_id.startswith("country:"):
                rec.visitor.kind = "delegation"
            records.append(rec)


# "came to power last year" / "took office last month": the date of the office (its text, whole)
_LAST_RE = re.compile(r"last\s+(?:year|month)", re.I)
# after the office's date: the rest of the relative clause, then the main clause in the present
_PRESENT_TRIP_RE = re.compile(r"[^,;.]{0,80},\s+(?:is|are)\s+(?:now\s+|currently\s+|also\s+)?(?:on(?!\s+record\b)|in|visiting|making|paying)\b",
                              re.I)


def office_last_dates(vx, text, sentences, records, published) -> None:
    """Occurred trips dated by "last year" of the traveller's office taken, in a present main clause (see the module
    doc): the lede's day (dateline's country) or the story's month."""
    import datetime as dt

    from .dates import DateSpan
    from .visit_long_wire import _OWN_OFFICE_RE, _month_span
    scene = vx._scene[0] if getattr(vx, "_scene", None) is not None else None
    lede_day = None
    for r in records:
        d, v = r.date, r.visitor
        if (r.status != "occurred" or r.is_domestic or d is None or not d.char_end or not d.text
                or not _LAST_RE.fullmatch(d.text.strip())):
            continue
        if not (r.sentence[0] <= v.end <= d.char_start) or d.char_start - v.end > 60:
            continue
        if not _OWN_OFFICE_RE.match(text[v.end:d.char_start]) or not vx._long_wire.office.search(
                text, max(r.sentence[0], d.char_start - 40), d.char_start):
            continue
        if not _PRESENT_TRIP_RE.match(text, d.char_end, r.sentence[1]):
            continue
        if scene is not None and scene.iso3 == r.host_iso3 and sentences and lede_day is None:
            s0, e0 = sentences[0]
            days = [x for x in vx._undateline(vx.dates.find(text[s0:e0], published, future=False, offset=s0))
                    if x.precision == "day" and dt.timedelta(0) <= published - x.start <= dt.timedelta(days=7)]
            lede_day = days[-1] if days else False
        if lede_day and scene is not None and scene.iso3 == r.host_iso3:
            r.date = DateSpan(lede_day.start, lede_day.end, "day", lede_day.text)
        else:
            r.date = _month_span(published)


# "<traveller>, who met Milei briefly after the ceremony, is expected in Washington": the relative clause (no comma,
# semicolon or stop inside, at most 120 characters), then a main clause of a plan
_REL_THEN_PLAN_RE = re.compile(r",\s+who\s+(?P<rel>[^,;.]{1,120}),\s+(?:is|are)\s+(?:also\s+|now\s+)?"
                               r"(?:expected|due|set|scheduled|slated)\s+(?:in|at|to|back\s+in)\b", re.I)


def _between(mentions, lo: int, hi: int) -> list:
    """The mentions starting in [lo, hi) (mentions sorted by start)."""
    starts = [m.start for m in mentions]
    return mentions[bisect.bisect_left(starts, lo):bisect.bisect_left(starts, hi)]


def relative_past_plan(vx, text, records, mentions, published) -> None:
    """Occurred trips told after a traveller's relative clause and a plan's main verb are planned (see the module doc)."""
    drop = set()
    for r in records:
        v = r.visitor
        if r.status != "occurred" or r.is_domestic or v.kind != "person" or r.earlier:
            continue
        s, e = r.sentence
        m = _REL_THEN_PLAN_RE.match(text, v.end, e)
        if m is None or (r.place is not None and not m.end() <= r.place.start < e):
            continue
        if not any(x.iso3 == r.host_iso3 and x.kind == "country" for x in _between(mentions, m.end(), e)) and (
                r.place is None or not m.end() <= r.place.start < e):
            continue  # (the host is named in the main clause: not "Harris, who flew in on Monday, is set to travel on
            # to South Korea" for her trip to Japan)
        if _ARRIVED_RE.search(m.group("rel")):
            continue  # (fix s13) "who landed at Andrews on Tuesday, is due at the White House": under way
        if any(x.iso3 == r.host_iso3 for x in _between(mentions, m.start("rel"), m.end("rel"))):
            continue  # (the relative clause names the place: "who arrived in Brunei on Sunday, is due in ...")
        ahead = [d for d in vx._undateline(vx.dates.find(text[m.end():e], published, future=True, offset=m.end()))
                 if d.end >= published]
        r.status = "planned"
        r.history.append("relative-past-plan")
        r.date = ahead[0] if ahead else None
        r.preset = True
        for o in records:  # the person the relative clause names ("who met Milei") is no traveller to that place
            if (o is not r and o.sentence == r.sentence and o.host_iso3 == r.host_iso3 and o.status == "occurred"
                    and m.start("rel") <= o.visitor.start < m.end("rel")):
                drop.add(id(o))
    if drop:
        records[:] = [r for r in records if id(r) not in drop]


# ---- fixes after review (s13) ----
# an arrival told in the traveller's relative clause: the trip is under way ("who flew in overnight")
_ARRIVED_RE = re.compile(r"\b(?:landed|arrived|touched\s+down|(?:flew|flown|came|jetted)\s+in(?:to)?)\b", re.I)
# a place named after a locative preposition ("in Dubai", "At ... in Bali"), within 12 characters before it
_LOCATIVE_RE = re.compile(r"\b(?:in|at|to|from)\s+(?:the\s+)?$", re.I)
# after an "along with" list: a relative clause that tells an arrival keeps the list there; any other does not
_REL_AFTER_LIST_RE = re.compile(r"\s*,\s+who\s+(?P<rel>[^,;.]{1,120})")
# words after a met person that make the next trip his own: "the two leaders then travelled together to Kyiv"
_TOGETHER_RE = re.compile(r"\b(?:together|the\s+two|both)\b", re.I)


def _list_tail_ok(sw, text: str, pos: int, e: int) -> bool:
    """Whether the words after an "along with" list leave the list at the gathering."""
    rel = _REL_AFTER_LIST_RE.match(text, pos, e)
    if rel is not None:
        return _ARRIVED_RE.search(rel.group("rel")) is not None
    return sw.tail_re.match(text, pos, e) is not None


def _other_given_name(text: str, p) -> bool:
    """Whether the mention is a registry person's surname after another given name ("Jill Biden" for "Joe Biden")."""
    name = (p.name or "").split()
    said = [w for w in text[p.start:p.end].split() if _TITLE_WORD_RE.fullmatch(w.strip(".,")) is None]
    if len(name) < 2 or not said:
        return False
    own = {w.lower().strip(".,") for w in name}
    if len(said) >= 2:
        return said[0][:1].isupper() and said[0].lower().strip(".,") not in own and said[-1].lower() == name[-1].lower()
    before = _GIVEN_BEFORE_RE.search(text, max(0, p.start - 30), p.start)
    return (before is not None and before.group(1).lower() not in own
            and _TITLE_WORD_RE.fullmatch(before.group(1)) is None)


# the capitalised word right before a surname mention, and the title words that are no given name
_GIVEN_BEFORE_RE = re.compile(r"(?<![\w.'’-])((?-i:[A-Z])[a-z]+)\s+$")
_TITLE_WORD_RE = re.compile(
    r"(?i:President|Prime|Minister|Chancellor|Secretary|King|Queen|Prince|Princess|Emperor|Empress|General|Vice|"
    r"Senator|Governor|Premier|Envoy|Ambassador|Mr|Mrs|Ms|Dr|Sheikh|Pope|Leader|Chairman|Chief|Foreign|Defence|"
    r"Defense|State|Lady|Speaker|Mayor|Commissioner|Admiral|Marshal|Crown|Sultan|Emir|Counsellor|Councillor|"
    r"Adviser|Advisor|Representative|Former|Then|Acting|Deputy|First|Sir|Dame|Lord|Sen|Rep|Gen|Col)")
# a place after a locative preposition in the clause before a delegation's head ("At the conference in Dubai, X ...")
_LOCATIVE_NAME_RE = re.compile(r"\b(?:[Ii]n|[Aa]t)\s+(?:the\s+)?((?-i:[A-Z])[\w'’-]+)")


def _own_trip_of_met(text: str, r, v, guests, e: int) -> bool:
    """Whether the met person's record ``r`` tells a trip of his own, not the guest's meeting: a relative clause of
    his that names the place ("Putin, who is expected in Beijing") or "together"/"the two" before the place."""
    place = getattr(r, "place", None)
    if place is not None and place.start >= v.end:
        rel = _REL_AFTER_LIST_RE.match(text, v.end, e)
        if rel is not None and rel.start("rel") <= place.start < rel.end("rel"):
            return True
        if _TOGETHER_RE.search(text, v.end, place.start):
            return True
    return False
