"""Visits session 12: story-level checks for wire stories, run once every record of a story is known.

- ``lede_day_for_scene_trips``: "DOHA, March 20 - Habeck said on Sunday that ... / Habeck met the emir in the Qatari
  capital": an occurred trip to the dateline's country that only got the publication month (no date of its own) takes
  the day the lede tells, when its traveller (or a companion in the same sentence) is named in the lede and the story
  names no other past day in the sentences that name him (two days told for one stay keep the month:
  tests/gold/README.md).
- ``topic_possessive``: "sought common ground on Russia's invasion of Ukraine": a country in the possessive followed by
  a common noun that is no place ("invasion", "war", "role") is what was talked about, not where (used by
  ``VisitExtractor._country_in``).
- ``onward_leg_start`` / ``onward_leg_of_plan``: "Kibaki will hold talks with Koizumi before flying on to Seoul": the
  place after "before flying (on) to" is the traveller's next leg, not where the talks are (so Koizumi makes no trip to
  Seoul), and the leg told by "before/after" + -ing takes the tense of the plan it follows (a plan, not a trip made).
- ``female_referent``: "Obama met Queen Elizabeth in London. Her trip to Canada ...": "she"/"her" stands for the
  nearest person before it whom a woman's title names ("Queen", "Princess", "Mrs", "Ms", "Madam"), when the person the
  pronoun was bound to has no such title anywhere in the story (no gender column: titles only; none named, no change).
- ``appositive_role``: "Ali Larijani, a senior adviser to Ayatollah Ali Khamenei, met Berri in Beirut": the person named
  in another's appositive ("adviser to", "aide to", "son of") is not the one who travelled; the traveller named before
  the comma is (a staff member unregistered travels for the boss's country; a relative for no one).
- ``scene_attended``: "MEXICO CITY - X was sworn in on Saturday ... / Spain's King Felipe VI, Bolivia's Evo Morales and
  Cuba's Miguel Diaz-Canel also attended, as did Venezuela's Nicolas Maduro": a list of named people who "attended" (no
  object, or the gathering itself) in a story under a dateline abroad whose sentence or the two before tell of a
  gathering: each person not of the dateline's country went there (occurred), dated like ``visit_summit.scene_rosters``
  (the same gate: an event word, no call or video, no other year, no other place). Not "will attend", not a clause
  that names a place of its own.
- ``participle_is_modifier``: "flies to Jakarta on Thursday for a meeting of leaders called to coordinate relief": a
  past participle that modifies a noun ("called to", "convened by") is no past tense of the plan's clause.

Words are data: ``data/lexicons/visit_wire12.csv``.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re

from .dates import DateSpan
from .lexicons import lexicon_file, read_rows

_KINDS = ("place_noun", "modifier_participle", "female_title", "staff_role", "kin_role", "posted_title", "tie_role")
_WORD_RE = re.compile(r"['’]s\s+([a-z][\w-]*)")  # (lowercase only: "Russia's Far East" is a place)


class Wire12Words:
    """The word lists of ``visit_wire12.csv``."""

    def __init__(self, lexdir=None):
        rows = read_rows(lexicon_file(lexdir, "visit_wire12.csv"), ("kind", "word"), {"kind": _KINDS})
        self.place_nouns = frozenset(r["word"].lower() for r in rows if r["kind"] == "place_noun")
        participles = [re.escape(r["word"].lower()) for r in rows if r["kind"] == "modifier_participle"]
        # "<a noun> called to coordinate", "<a noun> convened by the UN", "<a noun> set up for": a reduced relative
        # (the word before is lowercase and no pronoun or auxiliary; the word after is "to <verb>", "by" or "for")
        self.modifier_re = re.compile(
            r"\b(?!(?:he|she|it|they|we|i|you|who|which|that|was|were|had|has|have|is|are|be|been)\s)(?-i:[a-z][\w-]*)\s+"
            rf"(?:{'|'.join(participles) or '(?!)'})\s+(?:to\s+(?-i:[a-z])|by\b|for\b)", re.I)
        titles = sorted((re.escape(r["word"]) for r in rows if r["kind"] == "female_title"), key=len, reverse=True)
        # a woman's title right before a name, or opening the name's own span ("Queen Elizabeth" as one alias)
        self.female_before_re = re.compile(rf"\b(?:{'|'.join(titles) or '(?!)'})\.?\s+(?:(?-i:[A-Z])[\w.'’-]*\s+){{0,2}}$")
        self.female_open_re = re.compile(rf"(?:{'|'.join(titles) or '(?!)'})\b")
        staff = [re.escape(r["word"]) for r in rows if r["kind"] == "staff_role"]
        kin = [re.escape(r["word"]) for r in rows if r["kind"] in ("kin_role", "tie_role")]  # (s12 fix: an ally is no staff)
        # ", a senior adviser to (President) ", ", the son of ": an appositive that ends right where a name begins (anchored
        # with $ on a window of 90 characters before the name); the group tells which kind
        self.role_before_re = re.compile(
            rf",\s+(?!(?:who|which|that|whose|and|but|while)\b)(?:(?:a|an|the|his|her|their)\s+)?(?:[\w-]+\s+){{0,4}}?(?-i:(?P<staff>{'|'.join(staff) or '(?!)'})|"
            rf"(?P<kin>{'|'.join(kin) or '(?!)'}))s?\s+(?:to|of|for)\s+(?:the\s+)?(?:(?-i:[A-Z])[\w.'’-]*\s+){{0,4}}$", re.I)
        posted = "|".join(re.escape(r["word"]) for r in rows if r["kind"] == "posted_title") or "(?!)"
        self.posted_re = re.compile(rf"\b(?:{posted})\b", re.I)
        # "Russian ambassador Alexander Matsegora", "the charge d'affaires, X": the title right before the name
        self.posted_before_re = re.compile(rf"\b(?:{posted})\b,?\s+(?:(?-i:[A-Z])[\w.'’-]*\s+){{0,2}}$", re.I)
        # the people of the story being read (``female_referent``); holds the text and mentions so their ids stay theirs
        self._people: dict = {}


def topic_possessive(words: Wire12Words, text: str, end: int) -> bool:
    """Whether the country name ending at ``end`` is a possessive before a common noun that names no place.

    >>> w = Wire12Words()
    >>> topic_possessive(w, "common ground on Russia's invasion of Ukraine", 23)
    True
    >>> topic_possessive(w, "arrived in Russia's Far East", 17)
    False
    >>> topic_possessive(w, "arrived in China's northeast", 16)
    False
    """
    m = _WORD_RE.match(text, end, min(len(text), end + 60))
    return m is not None and m.group(1).lower() not in words.place_nouns and not _PLACE_FORM_RE.fullmatch(m.group(1))


# s12 fix: compound and direction forms of a place noun ("Russia's second-largest city", "India's northeastern state",
# "Brazil's south-western region"): a place, not a topic
_PLACE_FORM_RE = re.compile(r"(?:[\w]+-)?(?:largest|biggest|most-populous|populous)|(?:north|south|east|west|central)[\w-]*"
                            r"|[\w-]*(?:eastern|western|northern|southern)", re.I)


# "before flying on to", "after travelling to", "before heading for": a non-finite leg after the clause's own act
# (not "before returning to India, where he landed on Sunday": a place the traveller has been, left to the other rules)
_ONWARD_ING_RE = re.compile(r"\b(?:before|after)\s+(?:then\s+)?(?:flying|heading|travell?ing|going|moving|continuing|leaving)"
                            r"\s+(?:on\s+|off\s+)?(?:to|for)\b", re.I)
_ONWARD_BEFORE_RE = re.compile(r"before\b", re.I)
# what ends the clause of a plan before the leg ("; he met Putin last week before flying to Seoul" is no plan's leg)
_BREAK_RE = re.compile(r"[;:.]|,\s+(?:and|but|while|whereas|who|which|where|when)\s|\s[—–]\s")


def onward_leg_start(text: str, lo: int, hi: int) -> int:
    """Where an onward leg ("before flying on to", "after travelling to") begins in text[lo:hi], else ``hi``.

    >>> s = "will hold talks with Koizumi before flying on to Seoul"
    >>> s[onward_leg_start(s, 0, len(s)):]
    'before flying on to Seoul'
    """
    m = _ONWARD_ING_RE.search(text, lo, hi)
    while m is not None and not _ONWARD_BEFORE_RE.match(text, m.start()):
        # s12 fix: "will hold talks with Xi after flying to Bali": the talks are where he flies to; only "before"
        # tells a leg after the talks
        m = _ONWARD_ING_RE.search(text, m.end(), hi)
    return m.start() if m else hi


def onward_leg_of_plan(text: str, s: int, a: int, b: int, prev_cue, quote) -> bool:
    """Whether the cue text[a:b] is a leg told by "before/after" + -ing right after a planned cue of the same clause
    (``prev_cue`` = (start, end, Cue) relative to the sentence start ``s``).

    >>> from types import SimpleNamespace as N
    >>> s = "Kibaki will hold talks with Koizumi before flying on to Seoul."
    >>> onward_leg_of_plan(s, 0, s.index("before"), s.index(" Seoul"), (7, 26, N(status="planned")), 0)
    True
    >>> s = "Kibaki will hold talks with Koizumi; he met Putin before flying on to Seoul."
    >>> onward_leg_of_plan(s, 0, s.index("before"), s.index(" Seoul"), (7, 26, N(status="planned")), 0)
    False
    """
    ps, pe, cue = prev_cue
    if quote or cue.status != "planned" or not _ONWARD_ING_RE.match(text, a, b):
        return False
    return _BREAK_RE.search(text, s + pe, a) is None


def female_referent(words: Wire12Words, text: str, mentions, pos: int, ref_actor_id: str, male: bool = False):
    """The mention "she"/"her" at ``pos`` stands for when the person it was bound to (``ref_actor_id``) is never titled as a
    woman in the story and someone named before ``pos`` is; else None. With ``male``, the mirror for "he"/"his"/"him":
    when the person it was bound to is titled as a woman, the nearest person before ``pos`` never so titled (else None).

    >>> from types import SimpleNamespace as M
    >>> t = "Barack Obama met Queen Elizabeth in London. Her trip"
    >>> ms = [M(start=0, end=12, actor_id="person:obama", kind="person"), M(start=23, end=32, actor_id="person:eliz", kind="person")]
    >>> female_referent(Wire12Words(), t, ms, t.index("Her"), "person:obama").actor_id
    'person:eliz'
    >>> female_referent(Wire12Words(), t, ms, t.index("Her"), "person:eliz") is None
    True
    """
    # (the story's people are read once per story, not once per pronoun: a story of thousands of pronouns stays linear)
    key = (id(text), id(mentions), len(mentions))
    cached = words._people.get("key")
    if cached != key:
        def titled(m) -> bool:
            return bool(words.female_before_re.search(text, max(0, m.start - 40), m.start)
                        or words.female_open_re.match(text, m.start, m.end))

        people = sorted((m for m in mentions if m.kind == "person" and m.actor_id), key=lambda m: m.end)
        women = [m for m in people if titled(m)]
        female_ids = frozenset(m.actor_id for m in women)
        men = [m for m in people if m.actor_id not in female_ids]
        words._people.clear()
        words._people.update(key=key, women=women, women_ends=[m.end for m in women], female_ids=female_ids, men=men,
                             men_ends=[m.end for m in men], text=text, mentions=mentions, people=people,
                             people_ends=[m.end for m in people])
    got = words._people
    if male:
        if ref_actor_id not in got["female_ids"]:
            return None
        k = bisect.bisect_right(got["men_ends"], pos)
        return _unambiguous(got, text, pos, ref_actor_id, got["men"][k - 1]) if k else None
    if not got["women"] or ref_actor_id in got["female_ids"]:
        return None
    k = bisect.bisect_right(got["women_ends"], pos)
    return _unambiguous(got, text, pos, ref_actor_id, got["women"][k - 1]) if k else None


_SENT_END_RE = re.compile(r"[.!?][\"”’']?\s+|\n")


def _unambiguous(got, text: str, pos: int, ref_actor_id: str, cand):
    """``cand`` when the sentence shape leaves the pronoun at ``pos`` no one else (s12 fix): ``cand`` is named in the
    pronoun's sentence or the one before, the pronoun's sentence names no one else before it ("Merkel said she ..."),
    and the two sentences name no one but ``cand``, the person the pronoun was bound to and women a title names (an
    untitled person may be a woman too: no gender column); else None."""
    lo = max(0, pos - 1500)
    ends = [m.end() for m in _SENT_END_RE.finditer(text, lo, pos)]
    own = ends[-1] if ends else lo
    start = ends[-2] if len(ends) > 1 else lo
    if cand.start < start:
        return None
    people, pe = got["people"], got["people_ends"]
    for m in people[bisect.bisect_right(pe, start):bisect.bisect_right(pe, pos)]:
        if m.start < start or m.actor_id == cand.actor_id:
            continue
        if m.start >= own:
            return None  # (someone named before the pronoun in its own sentence)
        if m.actor_id != ref_actor_id and m.actor_id not in got["female_ids"]:
            return None
    return cand


def appositive_role(words: Wire12Words, text: str, start: int, lo: int = 0):
    """("staff" | "kin", where the appositive's comma is) when the name at ``start`` ends another's appositive
    (", a senior adviser to President X"), else None.

    >>> w = Wire12Words()
    >>> t = "Ali Larijani, a senior adviser to Supreme Leader Ali Khamenei, met Berri"
    >>> appositive_role(w, t, t.index("Ali Kh"))
    ('staff', 12)
    >>> t = "Hunter Biden, the son of Joe Biden, arrived"
    >>> appositive_role(w, t, t.index("Joe"))
    ('kin', 12)
    >>> t = "Kushner met the adviser to Joe Biden"
    >>> appositive_role(w, t, t.index("Joe")) is None
    True
    """
    m = words.role_before_re.search(text, max(lo, start - 90), start)
    if m is None:
        return None
    return ("staff" if m.group("staff") else "kin"), m.start()


# "also attended", "attended the ceremony", "attended the inauguration on Saturday": the verb and what may follow it before
# the clause ends (the event's own noun phrase, a day); a place after it is left to the clause's place test
_ATTENDED_RE = re.compile(r"\s+(?:also\s+|too\s+)?attended(?:\s+(?:the|its|his|her|their)\s+(?:[\w'’-]+\s+){0,3}?"
                          r"(?P<event>[\w-]+))?(?=\s*(?:[,.;]|$)|\s+(?:on|as|too|also|along)\b)", re.I)
_AS_DID_RE = re.compile(r",?\s+as\s+did\s+", re.I)


def scene_attended(vx, text, sentences, mentions, records, published) -> None:
    """Named people who "attended" a gathering under a dateline abroad: one occurred trip each (see the module doc)."""
    scene = vx._scene[0] if getattr(vx, "_scene", None) is not None else None
    if scene is None or not scene.iso3 or published is None or "attended" not in text:
        return
    from .visit_rosters import _CLAUSE_END_RE, _chains, _host_after, _new_record, _told
    from .visit_summit import _sentence_fit
    from .visits import _per_sentence
    words, sw, host = vx._roster_words, vx._summit_words, scene.iso3
    year = str(published.year)
    if sentences and _lede_abroad(text, sentences[0], mentions, host):
        return
    for si, ((s, e), ments) in enumerate(zip(sentences, _per_sentence(sentences, mentions))):
        if "attended" not in text[s:e] or not any(m.kind == "person" for m in ments):
            continue
        for chain in _chains(text, ments, words.gap_re):
            verb = _ATTENDED_RE.match(text, chain[-1].end, e)
            if verb is None or (verb.group("event") and not sw.event_re.fullmatch(verb.group("event"))):
                continue  # ("attended a dinner for the press" is not the gathering; "attended the inauguration" is)
            if _CLAUSE_END_RE.search(text, s, chain[0].start) is not None:
                continue  # (the list opens its own clause: not "..., and X attended" after another's act)
            people = list(chain)
            pos = verb.end()
            also = _AS_DID_RE.match(text, pos, e)
            if also is not None:  # ", as did Venezuela's Nicolas Maduro"
                more = next((c for c in _chains(text, ments, words.gap_re) if c[0].start >= also.end()
                             and words.gap_re.match(text, also.end(), c[0].start) is None
                             and re.fullmatch(r"(?:(?-i:[A-Z])[\w.'’-]*\s+){0,4}", text[also.end():c[0].start])), None)
                if more is not None:
                    people += more
                    pos = more[-1].end
            stop = _CLAUSE_END_RE.search(text, pos, e)
            clause_end = stop.start() if stop is not None else e
            near = [m for m in ments if verb.start() <= m.start < clause_end]
            if _host_after(vx, text, verb.start(), clause_end, near)[0] is not None:
                continue  # a place of its own ("attended the summit in Brussels"): the other rules' to tell
            date = _sentence_fit(vx, sw, text, sentences, si, mentions, host, year, published)
            if date is None or (date.precision == "month" and not date.text):
                # (the lede's day when the sentences before give none: "sworn in ... on Saturday")
                lede = _lede_fit(vx, sw, text, sentences, si, mentions, host, year, published)
                date = lede if lede is not None and (date is None or lede.precision == "day") else date
            if date is None:
                continue
            for m in people:
                if m.iso3 == host or _told(records, m, host) or words_posted(vx._wire12, text, m):
                    continue  # (the host's own people; a trip told already; an ambassador posted there)
                records.append(_new_record(m, host, "occurred", s, e, si, scene, date, "scene-attended"))


def words_posted(words: Wire12Words, text: str, m) -> bool:
    """Whether the person mention ``m`` is named as a diplomat posted abroad ("Russian ambassador Alexander Matsegora",
    "the charge d'affaires X"): his presence at an event there is no trip."""
    return bool((m.role and words.posted_re.search(m.role)) or words.posted_before_re.search(text, max(0, m.start - 40), m.start))


def _lede_fit(vx, sw, text, sentences, si, mentions, host, year, published):
    """The gathering told by the lede rather than by the two sentences before (``visit_summit._sentence_fit``'s gate
    over the lede and sentence ``si`` only): the lede's date, else the story's month; None when the gate fails."""
    from .visit_rosters import _VIDEO_RE, _host_after
    if si == 0:
        return None
    (ls, le), (s, e) = sentences[0], sentences[si]
    if sw.event_re.search(text, ls, le) is None:
        return None
    for lo, hi in ((ls, le), (s, e)):
        if _VIDEO_RE.search(text, lo, hi) or sw.remote_re.search(text, lo, hi) or sw.away_re.search(text, lo, hi):
            return None
    if any(y != year for y in re.findall(r"\b(?:19|20)\d\d\b", text[s:e])):
        return None
    other, _ = _host_after(vx, text, ls, le, [m for m in mentions if ls <= m.start < le])
    if other is not None and other != host:
        return None
    spans = [d for d in vx._undateline(vx.dates.find(text[ls:le], published, offset=ls, future=False))
             if d.start <= published]
    return spans[-1] if spans else vx._month_of(published)


def participle_is_modifier(words: Wire12Words, text: str, lo: int, hi: int) -> bool:
    """Whether every past form PAST_RE finds in text[lo:hi] is a participle modifying a noun (see the module doc).

    >>> w = Wire12Words()
    >>> s = "flies to Jakarta on Thursday for a meeting of agencies called to coordinate the relief effort"
    >>> participle_is_modifier(w, s, 0, len(s))
    True
    >>> s = "was expected to fly to Jakarta on Thursday for a summit convened by the UN"
    >>> participle_is_modifier(w, s, 0, len(s))
    False
    >>> s = "He called to say he flies to Jakarta on Thursday"
    >>> participle_is_modifier(w, s, 0, len(s))
    False
    """
    from .dates import PAST_RE, _ATTRIBUTION_RE
    pasts = [p for p in PAST_RE.finditer(text, lo, hi) if not _ATTRIBUTION_RE.fullmatch(p.group())]
    if not pasts:
        return False
    mods = [(m.start(), m.end()) for m in words.modifier_re.finditer(text, lo, hi)]
    return all(any(a <= p.start() < b for a, b in mods) for p in pasts)


def lede_day_for_scene_trips(vx, text, sentences, mentions, records, published, scene_iso3, lede_day) -> None:
    """Occurred trips to the dateline's country dated only by the publication month take the lede's day (see the
    module doc). ``lede_day`` is the day the lede sentence tells within the week before publication."""
    if scene_iso3 is None or lede_day is None or published is None or not sentences:
        return
    s0, e0 = sentences[0]
    lede_people = {m.actor_id for m in mentions if m.kind == "person" and s0 <= m.start < e0 and m.actor_id}
    if not lede_people:
        return
    first = getattr(vx, "_title_month", None) or published.replace(day=1)

    def fallback(r) -> bool:
        d = r.date
        return (d is not None and d.precision == "month" and not d.text and d.start == first.replace(day=1)
                and r.status == "occurred" and r.host_iso3 == scene_iso3 and not r.earlier and not r.is_domestic
                )

    candidates = [r for r in records if fallback(r)]
    if not candidates:
        return
    week = dt.timedelta(days=7)

    days_of: dict[str, bool] = {}  # (s12 fix: once per traveller, not once per sentence group: linear in the story)

    def other_day(actor_id: str) -> bool:
        if actor_id not in days_of:
            days_of[actor_id] = _other_day(actor_id)
        return days_of[actor_id]

    def _other_day(actor_id: str) -> bool:
        """A past day of the week before publication, other than the lede's, in a sentence naming the traveller."""
        starts = sorted(m.start for m in mentions if m.actor_id == actor_id)
        for ss, se in sentences:
            k = bisect.bisect_left(starts, ss)
            if k == len(starts) or starts[k] >= se:
                continue  # (no mention of him in the sentence; linear in the story, not sentences x mentions)
            for d in vx._undateline(vx.dates.find(text[ss:se], published, future=False, offset=ss)):
                if (d.precision == "day" and d.start <= published and published - d.start <= week
                        and d.start != lede_day.start):
                    return True
        return False

    by_sentence: dict[tuple[int, int], list] = {}
    for r in candidates:
        by_sentence.setdefault(r.sentence, []).append(r)
    for sent, group in by_sentence.items():
        anchor = next((r for r in group if (r.visitor.person_id or r.visitor.actor_id) in lede_people), None)
        if anchor is None or other_day(anchor.visitor.person_id or anchor.visitor.actor_id):
            continue
        ss, se = sent
        # (a clause that puts the trip in the past: "has visited", "last year": visit_long_wire.csv old_clause)
        if vx._long_wire.old_clause.search(text, ss, se) or _EARLIER_RE.search(text, ss, se):
            continue  # (s12 fix: "had already met the emir", "on a trip before the war": earlier than the lede's day)
        if vx.dates.find(text[ss:se], published, future=False, offset=ss):
            continue  # (the sentence has a date of its own: not the lede's to give)
        for r in group:
            r.date = DateSpan(lede_day.start, lede_day.end, "day", lede_day.text)


# s12 fix: "once Xi has concluded his visit", "when he will have wrapped up his trip", "had ended a visit": an ending told
# by a perfect or a time clause is no past of its own (the rest of the sentence decides)
_ENDING_AHEAD_RE = re.compile(r"\b(?:has|have|had|'s|once|when|until|till)\s+(?:(?:already|just|also|been)\s+)?$", re.I)
_ENDING_VERB_RE = re.compile(r"(?:ended|concluded|wrapped)\b", re.I)


def ending_ahead(text: str, m) -> bool:
    """Whether the past-trip match ``m`` ("concluded his visit") is an ending verb after has/have/had/once/when.

    >>> r = re.compile(r"concluded his visit")
    >>> t = "once Xi has concluded his visit to Moscow"
    >>> ending_ahead(t, r.search(t))
    True
    >>> t = "a day after Xi concluded his visit to Moscow"
    >>> ending_ahead(t, r.search(t))
    False
    """
    if not _ENDING_VERB_RE.match(text, m.start()):
        return False
    lo = max(0, m.start() - 40)
    before = text[lo:m.start()]
    if _ENDING_AHEAD_RE.search(before):
        return True
    # "once Xi concluded", "when he wrapped up": the time clause's conjunction right before the subject
    return re.search(r"\b(?:once|when|until|till)\s+(?:he|she|they|(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2})\s+(?:will\s+)?$",
                     before, re.I) is not None


def _lede_abroad(text: str, lede, mentions, host: str) -> bool:
    """Whether the lede names a country other than the dateline's (s12 fix): "DUBAI - Iran's new president was sworn in",
    "SINGAPORE - Taiwan's Lai Ching-te took office": a regional hub's dateline, the ceremony in another country."""
    ls, le = lede
    # (a news agency's own country is no place of the story: "(AP)", "(Reuters)")
    return any(m.iso3 and m.iso3 != host and m.kind != "organisation" for m in mentions if ls <= m.start < le)


# a trip told as earlier than the story's news: a pluperfect ("had already met", "had held talks") or a trip put before
# an event ("on a trip before the war", "prior to the election")
_EARLIER_RE = re.compile(r"\bhad\s+(?:already\s+|earlier\s+|previously\s+|also\s+|just\s+)?(?:[a-z]+ed|met|been|held|made|paid|"
                         r"flown|gone|come|seen|spoken|had|led|taken|gone)\b|\b(?:before|prior\s+to)\s+(?:the|a|an|his|her|its|their)\s",
                         re.I)
