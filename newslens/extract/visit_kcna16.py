"""Visits session 16 (K): two KCNA mechanisms found by frequency on the start tree's output over the 2011/2012
development stores (stories whose sentences say "on a visit to the DPRK" or "the visiting delegation of", and that
got no foreign record).

- ``referred_givers``: a gift story whose giver is told as on a visit here, with a description that names no country
  ("The gift was handed over ... by Abdullatif Oumran, general director of Al Baath on a visit to the DPRK" after "a
  gift by the Syrian newspaper Al Baath"; "Its deputy chairman ... on a visit to the DPRK conveyed the gift" after "a
  gift by Gazprom of Russia"): the giver belongs to the one foreign country the story names, when it names exactly
  one and no envoy or international body. (``visit_kcna14.visiting_givers`` reads only a description that names its
  country.)
- ``visiting_home_delegation``: an official of a foreign country who "met (and had a talk with) the visiting delegation
  of the Workers' Party of Korea" (or of any home body): the home delegation's occurred trip to that country, dated to
  the day the sentence tells, else the publication month. The host is the one foreign country named before the cue in
  the sentence, and the only foreign country (a venue included) the sentence names; the home body is a party or state
  body (no overseas Koreans, no group "from <home city>"); no pronoun fallback (review of s16-k).

- ``on_visit_guests``: outside gift stories, a group or person told "on a visit to the DPRK" (or "here") whose
  description names one foreign country ("An art group of the Gansu Provincial Song and Dance Theatre of China on a
  visit to the DPRK gave its performance on Monday", "a banquet in honor of the governor of Amur Region of the Russian
  Federation and his party on a visit to the DPRK"): an occurred visit of that country, dated as the sentence or the
  next one tells, else the publication month. (``visit_kcna14.visiting_givers`` reads gift sentences only.)

- ``party_guests``: a sentence that opens with "<foreign official> and his party" and goes on with what they did
  ("Vice Foreign Minister of Russia X and his party laid bouquets before the Liberation Tower on Friday", "X,
  president of the Associated Press of the United States, and his party left today"): the subject's one foreign
  country made an occurred visit here, when neither that sentence nor any before it puts a scene abroad. Since the
  review of s16-k: the verb is one of a closed list (arrived, left, toured, visited, laid, looked/went round), the story
  names exactly one foreign country, no envoy in any sentence but an attendee's, no home delegation abroad.

All run only for a story whose source has a home country (``visit_kcna13._home_story``). Words are data:
``data/lexicons/visit_kcna16.csv``.
"""
from __future__ import annotations

import re

from .lexicons import lexicon_file, read_rows
from .visit_kcna13 import (_FUTURE_RE, _HOME_WORD_RE, _UNREAL_RE, _Countries, _abroad, _after_dateline,
                           _foreign_iso, _foreign_scene, _guest_record, _home_story, _month_of, _other_year, _told_country)
from .regex_gate import RegexGate
from .visit_kcna14 import _GIVER_START_RE, _ON_VISIT_RE

_KINDS = ("intl_body", "visit_head")


class Kcna16Words:
    """The word lists of ``visit_kcna16.csv``, compiled."""

    def __init__(self, lexdir=None):
        rows = read_rows(lexicon_file(lexdir, "visit_kcna16.csv"), ("kind", "word"), {"kind": _KINDS})

        def alt(kind):
            words = sorted((re.escape(r["word"]) for r in rows if r["kind"] == kind), key=len, reverse=True)
            return "|".join(w.replace(r"\ ", r"\s+") for w in words) or "(?!)"

        # (case-sensitive: "International", "UN" are names, "world" or "un-" in lower case are not)
        self.intl_re = re.compile(rf"(?<![\w-])(?:{alt('intl_body')})(?![\w-])")
        # "the visiting delegation of", "the visiting group of" (the body's name follows "of")
        self.visiting_re = re.compile(rf"\bthe\s+visiting\s+(?:{alt('visit_head')})\s+of\s+", re.I)


# the cue of a home group told after an official abroad: the official is the sentence's subject, before the cue
_MET_BEFORE_RE = re.compile(r"\b(?:met|meeting|received|receiving|had\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:talk|talks|"
                            r"conversation)\s+with|talked\s+with|conversed\s+with|greeted)\b[^.;]{0,40}$", re.I)
# what ends the name of the visiting body: its leader ("headed by", "led by"), a clause, a date
_BODY_END_RE = re.compile(r"\s+(?:headed|led|which|who|on|at|in|during|and\s+(?:had|said|expressed))\b|[,;(]|\.\s")


def _day_of(vx, text, sentences, si, published, next_too=True):
    """The day the sentence tells (past, after the dateline), else a coarser time it tells ("This year the leader
    received X on a visit": undated, a year being too coarse to place the visit), else the next sentence's day, else
    the publication month."""
    coarse = None
    for k in (si, si + 1) if next_too else (si,):
        if k < len(sentences):
            ks, ke = sentences[k]
            ks = _after_dateline(text, ks)
            spans = [d for d in vx._undateline(vx.dates.find(text[ks:ke], published, future=False, offset=ks))
                     if d.start <= published]
            days = [d for d in spans if d.precision == "day"]
            if days:
                return days[0]
            if k == si and spans:
                coarse = spans[0]
            if coarse is not None:
                # (lead, s16) "This year ...": a year alone leaves the record undated; a year-wide window would merge
                # every visit of the pair that year into one visit event (events.merge_visits chains overlaps)
                return None if coarse.precision == "year" else coarse
    return _month_of(published)


def _barred(text, s, e, published) -> bool:
    """A denial, a wish, a plan or another year anywhere in the sentence: no trip told as done now."""
    return bool(_UNREAL_RE.search(text, s, e) or _FUTURE_RE.search(text, s, e) or _other_year(text, s, e, published)
                or _NOT_NOW_RE.search(text, s, e))


# (review of s16-k) a trip not told as done now: a past one ("some time ago", "had been", "in the 1950s", "once",
# "earlier", "decades"), a planned or called-off one ("was to be", "due", "put off", "postponed", "scheduled"), or no
# trip at all (a video link, a telephone talk, tourists, a memory: "recalled", "had met")
_NOT_NOW_RE = re.compile(r"\b(?:ago|had\s+been|(?:was|were)\s+(?:on|to\s+be)|due|put\s+off|postpone[ds]?|"
                         r"scheduled|decades?|(?:1[89]|20)\d0s|several\s+years|once|earlier|formerly|last\s+year|"
                         r"video|telephone|phone|tourists?|recalled|recalling|remembered|had\s+met|plans?|planned|"
                         r"will|would|intends?|expected)\b", re.I)


_IN_PLACE_RE = re.compile(r"\b(?:in|at)\s+(?-i:[A-Z])")


def _in_abroad(vx, text, countries, s, e, home) -> bool:
    """(review of s16-k) "in/at <a foreign place>" anywhere in [s, e): the scene is abroad ("held in Damascus")."""
    return any(_abroad(vx, text, countries, m.end() - 1, min(e, m.end() + 40), home)
               for m in _IN_PLACE_RE.finditer(text, s, e))



_ON_VISIT_GATE = RegexGate(_ON_VISIT_RE)  # perf s18: its literal words ("visit"), looked for first (exact)


def _dprk_visit_descs(text, s, e, start_re, ascii_low=None):
    """The "on a visit to the DPRK" (or "here") cues of ``text[s:e]``, each with where its guest's description starts
    (the last opener of ``start_re`` in the 300 characters before it) and the description's words. ``ascii_low``:
    ``text.lower()`` when ``text`` is ASCII (perf s18: a sentence without the cue's word is not scanned)."""
    if not _ON_VISIT_GATE.may_match_range(ascii_low, s, e):
        return
    for cue in _ON_VISIT_RE.finditer(text, s, e):
        to = cue.group("to")
        if to is not None and not (re.fullmatch(r"DPRK|D\.P\.R\.K\.?|country", to.split()[0])
                                   or re.match(r"Democratic\s+People", to)):
            continue  # (a visit elsewhere: "on a visit to China")
        wlo = max(s, cue.start() - 300)
        lo = ([wlo] + [g.end() for g in start_re.finditer(text, wlo, cue.start())])[-1]
        yield cue, lo, text[lo:cue.start()]

def referred_givers(vx, text, sentences, mentions, records, published) -> None:
    """A giver on a visit here whose description names no country: the story's one foreign country (module doc)."""
    home = _home_story(vx, text, mentions)
    if home is None or published is None or "visit" not in text:
        return
    if vx._kcna14.gift_re.search(text) is None:
        return
    words: Kcna16Words = vx._kcna16
    kcna13 = vx._kcna13
    countries = _Countries(mentions)
    foreign = {m.iso3 for m in countries.ordered if m.iso3 != home}
    if len(foreign) != 1 or kcna13.posted_re.search(text) or words.intl_re.search(text):
        return  # (the story names no foreign country or several, or an envoy, or an international body anywhere)
    iso = next(iter(foreign))
    if _told_country(records, home, iso):
        return
    ascii_low = text.lower() if text.isascii() else None  # (perf s18: for `_dprk_visit_descs`)
    for si, (s, e) in enumerate(sentences):
        abroad = barred = None
        # (the handover may be told without a gift word: "It was handed to X on Tuesday by Y on a visit to the DPRK")
        for cue, lo, desc in _dprk_visit_descs(text, s, e, _GIVER_START_RE, ascii_low):
            if not desc.strip(" ,") or countries.between(lo, cue.start()) or _HOME_WORD_RE.search(desc) \
                    or kcna13.home_org_re.search(desc):
                continue  # (a description naming a country is visit_kcna14's; a home one is the host's own)
            if barred is None:
                barred = _barred(text, s, e, published)  # (once per sentence)
            if barred:
                continue
            if _DESC_NOT_RE.search(desc):
                continue  # (review of s16-k: tourists, a country's songs)
            if abroad is None:
                abroad = _in_abroad(vx, text, countries, s, e, home)  # (once per sentence)
            if abroad:
                continue  # (review of s16-k: a handover told abroad, "held in Damascus"; tourists)
            date = _day_of(vx, text, sentences, si, published)
            records.append(_guest_record(vx, home, iso, desc.strip(" ,"), lo, cue.start(), si, date,
                                         "kcna16-referred-givers", mentions, sentence=sentences[si]))
            return  # (one visit per country per story)


def visiting_home_delegation(vx, text, sentences, mentions, records, published) -> None:
    """A foreign official met the visiting delegation of a home body: the home side's trip there (module doc)."""
    home = _home_story(vx, text, mentions)
    if home is None or published is None or "visiting" not in text:
        return
    words: Kcna16Words = vx._kcna16
    kcna13 = vx._kcna13
    countries = _Countries(mentions)
    for si, (s, e) in enumerate(sentences):
        s = _after_dateline(text, s)
        barred = None  # (read once per sentence, on the first cue: a sentence of many cues is not quadratic)
        for cue in words.visiting_re.finditer(text, s, e):
            end = _BODY_END_RE.search(text, cue.end(), min(e, cue.end() + 200))
            be = end.start() if end is not None else min(e, cue.end() + 200)
            body = text[cue.end():be]
            if not (_HOME_WORD_RE.search(body) or kcna13.home_org_re.search(body)):
                continue  # (a foreign body's visit here is told by other rules)
            if _foreign_iso(countries, cue.end(), be, home, text) is not None:
                continue  # ("of the Korea-Vietnam Friendship Association of Vietnam": a foreign body)
            if not _MET_BEFORE_RE.search(text, max(s, cue.start() - 80), cue.start()):
                continue  # (the official meets the delegation: "met", "had a talk with", "when meeting")
            if barred is None:
                barred = _barred(text, s, e, published)
            if barred or kcna13.posted_re.search(text, max(s, cue.start() - 300), cue.start()):
                continue  # (an envoy posted there is no host's official: "the DPRK ambassador met ...")
            if _HOME_BODY_NOT_RE.search(body) or not _HOME_STATE_RE.search(body) or _HERE_NOW_RE.search(text, s, e):
                continue  # (overseas Koreans, a children's or youth group from a home city; the official is here)
            host = _foreign_iso(countries, s, cue.start(), home, text)
            # (review of s16-k: no "He"/"She" fallback; a venue named in the sentence is the host, and every foreign
            # country the sentence names must be that one: "the Lao vice-president met ... in Beijing" is no record)
            named = {m.iso3 for m in countries.between(s, e) if m.iso3 != home}
            if host is None or named != {host} or _told_country(records, host, home):
                continue
            date = _day_of(vx, text, sentences, si, published, next_too=False)
            rec = _guest_record(vx, host, home, body.strip(" ,"), cue.start(), be, si, date,
                                "kcna16-visiting-home-delegation", sentence=sentences[si])
            records.append(rec)


# (review of s16-k) a home body that is no state delegation from home: overseas Koreans, or a children's or youth group
# "from <home city>"
_HOME_BODY_NOT_RE = re.compile(r"\b(?:residents?|compatriots?|Chongryon|overseas|in\s+Japan|from)\b", re.I)
# (review of s16-k) only a party or state body of home: the party, the state, its parliament, army, cabinet, ministries
_HOME_STATE_RE = re.compile(r"\b(?:Workers'?\s+Party|WPK|DPRK|D\.P\.R\.K|Democratic\s+People's\s+Republic|"
                            r"Supreme\s+People's\s+Assembly|SPA|Korean\s+People's\s+Army|KPA|Cabinet|Ministry|"
                            r"Government)\b")
# the official is himself the guest here: "now on a visit here", "now in Pyongyang", "on a visit to the DPRK"
_HERE_NOW_RE = re.compile(r"\b(?:on\s+a\s+visit|now\s+in\s+Pyongyang|staying\s+here|here\s+now)\b", re.I)


# (review of s16-k) a description whose country may be a thing's ("a troupe singing Chinese folk songs", "a film
# about ..."), or tourists
_DESC_NOT_RE = re.compile(r"\b(?:singing|performing|playing|showing|depicting|featuring|about|songs?|films?|movies?|"
                          r"tourists?|works?)\b")


# where a guest's description starts before "on a visit to": "by", "from", "in honor of", "for", "with"
_GUEST_START_RE = re.compile(r"\b(?:from|by|in\s+hono(?:u)?r\s+of|for|with)\s+", re.I)


def on_visit_guests(vx, text, sentences, mentions, records, published) -> None:
    """A guest "on a visit to the DPRK" in any sentence whose description names one foreign country (module doc)."""
    home = _home_story(vx, text, mentions)
    if home is None or published is None or "on a" not in text and "on his" not in text and "on her" not in text \
            and "on their" not in text:
        return
    words: Kcna16Words = vx._kcna16
    kcna13 = vx._kcna13
    countries = _Countries(mentions)
    ascii_low = text.lower() if text.isascii() else None  # (perf s18: for `_dprk_visit_descs`)
    for si, (s, e) in enumerate(sentences):
        s = _after_dateline(text, s)
        barred = None
        for cue, lo, desc in _dprk_visit_descs(text, s, e, _GUEST_START_RE, ascii_low):
            if _HOME_WORD_RE.search(desc) or kcna13.home_org_re.search(desc) or kcna13.posted_re.search(desc) \
                    or words.intl_re.search(desc) or _DESC_NOT_RE.search(desc):
                continue  # (the host's own people, an envoy, an international body; a country's songs or film)
            if barred is None:
                barred = _barred(text, s, e, published)  # (once per sentence)
            if barred:
                continue  # (a denial, a plan, a past year)
            iso = _foreign_iso(countries, lo, cue.start(), home, text)
            if iso is None or _told_country(records, home, iso):
                continue
            date = _day_of(vx, text, sentences, si, published)
            records.append(_guest_record(vx, home, iso, desc.strip(" ,"), lo, cue.start(), si, date,
                                         "kcna16-on-visit-guests", mentions, sentence=sentences[si]))


# "<subject> and his party <verb>": the subject's companions word, then (after an optional comma) a lower-case verb
# (review of s16-k: the verb is one of a closed list of arrival, departure, tour and wreath verbs)
_PARTY_RE = re.compile(r",?\s+and\s+(?:his|her)\s+(?:party|companions?|entourage|suite)\s*,?\s+(?:also\s+)?"
                       r"(?-i:arrived|left|toured|visited|laid|looked\s+round|went\s+round)\b", re.I)
# (review of s16-k) no trip here: a message, a statement, an election, a link or call, a put-off trip
_PARTY_NOT_RE = re.compile(r"\b(?:message|messages|statement|election|elections|video|phone|telephone|put\s+off|won|"
                           r"hailed|letter|greetings)\b", re.I)
# (review of s16-k) a posted envoy anywhere in the story, or a home delegation abroad ("left here for", "arrived in
# Vientiane", "visit to Laos"): the story's "<official> and his party" may be the envoy or the greeter there
_PARTY_ENVOY_RE = re.compile(r"\b(?:envoy|envoys|ambassador|ambassadors|attach[eé]s?|embassy|embassies|consul|"
                             r"consulate|consul-general|charg[eé]|legation|mission)(?!\w)", re.I)
# a sentence that only names an attendee ("Attending there was the Russian ambassador"): not the subject's envoy
_ATTENDEE_OPEN_RE = re.compile(r"[\s,]*(?:Attending|Accompanying|Present|Also\s+present|On\s+hand|Among\s+the\s+attendees)\b")
_PARTY_STORY_NOT_RE = re.compile(r"\b(?:left\s+(?:here|Pyongyang)\s+for|arrived\s+in\s+(?!Pyongyang\b|"
                                 r"the\s+DPRK\b|here\b)|visits?\s+(?!to\b)(?-i:[A-Z])|visit\s+to\s+(?!the\s+DPRK\b|"
                                 r"DPRK\b|Pyongyang\b|the\s+Democratic\b|this\s+country\b|the\s+country\b|Korea\b))", re.I)
# what a subject (titles, names, "of <body>") does not hold: a lower-case past verb, a participle, an object pronoun
_SUBJECT_NOT_RE = re.compile(r"\b(?-i:[a-z]+ed|according|giving|him|her|them|us|me)\b")
# a roster or a clause that does not open with the subject: "They included", "Among them were", "Present there"
_NOT_SUBJECT_OPEN_RE = re.compile(r"\s*(?:They|Among|Present|Also|Attending|Those|It|This|These)\b")


def party_guests(vx, text, sentences, mentions, records, published) -> None:
    """"<foreign official> and his party <did something>" opening a sentence here: his country's visit (module doc)."""
    home = _home_story(vx, text, mentions)
    if home is None or published is None or " party" not in text and " companion" not in text \
            and " entourage" not in text and " suite" not in text:
        return
    words: Kcna16Words = vx._kcna16
    kcna13 = vx._kcna13
    countries = _Countries(mentions)
    if _PARTY_STORY_NOT_RE.search(text) or len({m.iso3 for m in countries.ordered if m.iso3 != home}) != 1:
        return
    for s, e in sentences:  # (an envoy in any sentence but an attendee's: "Attending there was the ambassador")
        if _PARTY_ENVOY_RE.search(text, s, e) and not _ATTENDEE_OPEN_RE.match(text, _after_dateline(text, s)):
            return  # (review of s16-k: an envoy or a home delegation abroad anywhere; exactly one foreign country named)
    abroad_seen, read_to = False, 0  # (a scene abroad told so far: read sentence by sentence, once)
    for si, (s, e) in enumerate(sentences):
        if not abroad_seen and e > read_to:
            abroad_seen = _foreign_scene(vx, text, countries, read_to, e, home)
            read_to = e
        if abroad_seen:
            return  # (every later sentence of the story follows a scene abroad)
        s = _after_dateline(text, s)
        cue = _PARTY_RE.search(text, s, min(e, s + 250))
        if cue is None or _NOT_SUBJECT_OPEN_RE.match(text, s):
            continue
        subject = text[s:cue.start()]
        if _HOME_WORD_RE.search(subject) or kcna13.home_org_re.search(subject) or kcna13.posted_re.search(text, s, e) \
                or words.intl_re.search(subject) or _barred(text, s, e, published):
            continue  # (the host's own people; an envoy or a call at an embassy or mission anywhere in the sentence, an
            # international body; a denial, a plan, a past year)
        if _SUBJECT_NOT_RE.search(subject) or _PARTY_NOT_RE.search(text, s, e):
            continue  # (not a subject but a clause: "Kim thanked X for according him and his party warm hospitality")
        iso = _foreign_iso(countries, s, cue.start(), home, text)
        if iso is None or _told_country(records, home, iso):
            continue
        if _abroad(vx, text, countries, cue.end(), e, home):
            continue  # (a place abroad after the verb: not here)
        date = _day_of(vx, text, sentences, si, published)
        lo, hi = _named_person(mentions, s, cue.start(), iso) or (s, cue.start())
        records.append(_guest_record(vx, home, iso, subject.strip(" ,"), lo, hi, si, date,
                                     "kcna16-party-guests", mentions, sentence=sentences[si]))


def _named_person(mentions, lo, hi, iso):
    """The span of the one registry person named in [lo, hi) with no other country than ``iso`` ("First Deputy Foreign
    Minister of Russia Andrey Denisov": Denisov), else None."""
    people = [m for m in mentions if m.kind == "person" and lo <= m.start < hi and m.iso3 in (None, iso)]
    return (people[0].start, people[0].end) if len(people) == 1 else None
