"""Visits session 14: trips a state agency's own stories (KCNA) tell without a verb of travel, drawn from a cause table
of misses that recur across several real-KCNA gold sets (blind54, blind53, blind42, blind27, holdout).

- ``visiting_givers``: "received a gift from the chief of staff of the Laotian army on a visit to the DPRK", "was
  presented with a gift by the visiting delegation of the X Administration of China", "X, chairman of the British
  Association for Y who is heading the delegation on a visit to the DPRK, presented a gift": the giver described as
  on a visit here, whose description names one foreign country, made an occurred visit of that country, dated to the
  day the story tells (its sentence or the next: "handed it over ... on Friday"), else the publication month.

- ``present_rosters``: "Present there were X, chairman of the Kuwait-DPRK Friendship Association, and his party, Y,
  ... of the Nepal Communist Party", "Also present there were foreign delegations ... They are a delegation of Z
  University of Mongolia ...", "Among the guests were ...": at an event here, each piece of the roster that names one
  foreign country (a body named for the home country with its own country first, "solidarity with the Korean
  people", counts as foreign; "DPRK Vice-Premier", "the Korea-Nepal Friendship Association" are the home side;
  envoys, embassy staff and residents are no guests) made an occurred visit of that country, dated to the lede's day.
  Only when no sentence up to the roster puts a scene abroad and the event is placed here (the lede names a home place
  or "here", or a home official is present).

All run only for a story whose source has a home country (the agency's "here"; see ``visit_kcna13._home_story``).
Words are data: ``data/lexicons/visit_kcna14.csv``.
"""
from __future__ import annotations

import re

from .lexicons import lexicon_file, read_rows
from .regex_gate import literal_gate
from .visit_kcna13 import (_AGAINST_RE, _FIELD_AFTER_RE, _FUTURE_RE, _HOME_WORD_RE, _OVERSEAS_KOREANS_RE, _REMOTE_RE,
                           _RESIDENT_RE, _UNREAL_RE, _Countries, _abroad, _after_dateline, _foreign_iso, _foreign_scene,
                           _guest_record, _home_story, _lede_day, _month_of, _other_year, _told_country)

_KINDS = ("gift_word", "stay_head")


class Kcna14Words:
    """The word lists of ``visit_kcna14.csv``, compiled."""

    def __init__(self, lexdir=None):
        rows = read_rows(lexicon_file(lexdir, "visit_kcna14.csv"), ("kind", "word"), {"kind": _KINDS})

        def alt(kind):
            words = sorted((re.escape(r["word"]) for r in rows if r["kind"] == kind), key=len, reverse=True)
            return "|".join(w.replace(r"\ ", r"\s+") for w in words) or "(?!)"

        gift = alt("gift_word")
        self.gift_re = re.compile(rf"\b(?:{gift})\b", re.I)
        # (s14 fix) a roster head noun of people who are here for good, or are no guests at all ("officials of the
        # embassies of A, B and C", "Korean compatriots from A and B"): it covers every country of its list
        self.stay_head_re = re.compile(rf"\b(?:{alt('stay_head')})\b", re.I)


_WORD_RE = re.compile(r"[\w'’.]+|[,-]|\S")


# "on a visit to the DPRK", "on a visit to the country", "on a visit here"
_ON_VISIT_RE = re.compile(r"\s*,?\s+(?:who\s+(?:is|was)\s+)?on\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+)?visit\s+"
                          r"(?:to\s+(?:the\s+)?(?P<to>[\w.]+(?:\s+[\w.]+)?)|here)\b", re.I)
_VISITING_RE = re.compile(r"\bthe\s+visiting\s+(?=delegation|group|team|troupe|party)", re.I)
# where the giver's description starts: "from", "by", the sentence's opening
_GIVER_START_RE = re.compile(r"\b(?:from|by)\s+", re.I)


def visiting_givers(vx, text, sentences, mentions, records, published) -> None:
    """The giver told as on a visit here: an occurred visit of his country (module doc)."""
    home = _home_story(vx, text, mentions)
    if home is None or published is None:
        return
    words: Kcna14Words = vx._kcna14
    # perf s18: the gift words' literal words looked for first, in the story and then in each sentence (exact)
    gate = literal_gate(words, "gift_re")
    ascii_low = text.lower() if text.isascii() else None
    if not gate.may_match_range(ascii_low, 0, len(text)) or words.gift_re.search(text) is None:
        return
    countries = _Countries(mentions)
    for si, (s, e) in enumerate(sentences):
        if not gate.may_match_range(ascii_low, s, e) or words.gift_re.search(text, s, e) is None:
            continue
        spans = []
        for cue in _ON_VISIT_RE.finditer(text, s, e):
            to = cue.group("to")
            if to is not None and not (re.fullmatch(r"DPRK|D\.P\.R\.K\.?|country", to.split()[0])
                                       or re.match(r"Democratic\s+People", to)):
                continue  # (a visit elsewhere: "on a visit to China")
            wlo = max(s, cue.start() - 300)  # (the giver's description: the last "from"/"by" in the 300 chars before)
            starts = [wlo] + [g.end() for g in _GIVER_START_RE.finditer(text, wlo, cue.start())]
            spans.append((starts[-1], cue.start(), cue))
        for vm in _VISITING_RE.finditer(text, s, e):
            stop = re.search(r"[,;(]|\s+(?:on|to|in|at|was|were|who|which)\b", text[vm.end():e])
            spans.append((vm.start(), vm.end() + (stop.start() if stop else e - vm.end()), None))
        if not spans or (_UNREAL_RE.search(text, s, e) or re.search(r"\b(?:will|would|shall|to\s+visit)\b", text[s:e])
                         or _other_year(text, s, e, published)):
            continue  # (a denial, a wish, a visit ahead or of another year anywhere in the sentence)
        date = None
        for lo, hi, cue in spans:
            desc = text[lo:hi]
            if _HOME_WORD_RE.search(desc) or vx._kcna13.home_org_re.search(desc) or vx._kcna13.posted_re.search(desc):
                continue
            iso = _foreign_iso(countries, lo, hi, home, text)
            if iso is None or _told_country(records, home, iso):
                continue
            if date is None:  # (once per sentence: its day, else the next sentence's, else the publication month)
                day = None
                # (s14 fix) the sentence's own day past the dateline, else the next sentence's ("handed over ... on
                # Friday"), and the dateline's day only when neither tells one
                for k, skip in ((si, True), (si + 1, True), (si, False)):
                    if k < len(sentences):
                        ks, ke = sentences[k]
                        if skip:
                            ks = _after_dateline(text, ks)
                        days = [d for d in vx._undateline(vx.dates.find(text[ks:ke], published, future=False,
                                                                        offset=ks))
                                if d.precision == "day" and d.start <= published]
                        if days:
                            day = days[0]
                            break
                date = day if day is not None else _month_of(published)
            records.append(_guest_record(vx, home, iso, desc.strip(" ,"), lo, hi, si, date, "kcna14-visiting-givers",
                                         mentions, sentence=sentences[si]))


# --- present at an event here: a roster of foreign guests ------------------------------------------------------------
# "Present there were", "Also present at the opening were", "Present there on invitation were", "Among the guests were"
# (s21: "Also present were ...", "Also attending it were ...": the place may go untold, as the sentence before gives it)
_PRESENT_RE = re.compile(r"\s*(?:Also\s+)?(?:(?:[Pp]resent|[Pp]articipating|[Aa]ttending)(?:\s+(?:there|it|at\s+(?:the\s+)?[^.;,]{1,80}?))?"
                         # (s22: "Present there from the Chinese side were X, secretary of ..., Y, vice-governor")
                         r"(?:\s+on\s+invitation)?(?P<side>\s+from\s+the\s+(?-i:[A-Z])[\w-]*\s+side)?\s+(?:were|was)|Among\s+the\s+(?:audience|guests|participants)\s+were|"
                         # (s21: the speakers of an event told here: "Congratulatory speeches were made by X, minister of
                         # ... of Guinea, Y, ...")
                         r"(?:[A-Z][\w-]*\s+)?(?:[Ss]peeches|[Aa]ddresses)\s+were\s+(?:made|delivered)\s+by)\s+")
# the next sentence that goes on with the list: "They are a delegation of ...", "Among them were ..."
_THEY_ARE_RE = re.compile(r"\s*(?:They\s+(?:are|were|included)|Among\s+them\s+(?:are|were))\s+")
# the pieces of a roster: ", " and " and " joints
_ROSTER_JOINT_RE = re.compile(r",\s+(?:and\s+)?|\s+and\s+")
# a home word that does not make the piece the home side: "the Pakistan-Korea Friendship Association" (a foreign
# body named for the home country, its own country first), "Solidarity with the Korean Women"
_HOME_AFTER_FOREIGN_RE = re.compile(r"\s*[-‐–]\s*$")
_HOME_OBJECT_RE = re.compile(r"\b(?:with|for|to)\s+(?:the\s+)?$", re.I)


# (review of s14) people here for good, not guests: "Chinese residents", "diplomatic envoys of Laos", "military attaches",
# "students from Mongolia studying at ...", "staff members of the embassy"
_ROSTER_RESIDENT_RE = re.compile(r"\b(?:(?<!korean\s)residents?|envoys?|diplomat\w*|attach[eé]s?|staff\s+members?|studying|"
                                 r"living|working)\b", re.I)


# (s14 fix) what is left of a roster piece made only of country names ("Russia", "the Chinese", "Cuba to the DPRK")
_BARE_REST_RE = re.compile(r"(?:\s|\b(?:the|to|in|here)\b|[.,])*(?:\bin\s+(?-i:[A-Z])[\w'’-]+[.,]?\s*)?", re.I)
# (s22: "... the consuls general of A and B in <city>": a post's city closes the list's last country)
_FLAGGED_RE = re.compile(r"[-‐–]flagged\b", re.I)
# a demonym naming a language ("Chinese-language students", "Japanese-speaking guides")
_LANGUAGE_AFTER_RE = re.compile(r"[-‐–](?:language|languages|speaking)\b", re.I)
# a country named as the object of a struggle ("fighters against the U.S. and Japan")
_AGAINST_WORD_RE = re.compile(r"\bagainst\s+(?:the\s+)?$", re.I)


def _roster_stay_pieces(vx, text, countries, pieces):
    """(s14 fix) The indexes of roster pieces that belong to one coordinated list under a head noun of people who are
    no guests: a piece of bare country names ("..., Russia and Laos") joins the piece before ("officials of the
    embassies of China"), a piece that ends with a demonym ("members of the Chinese", "Russian") joins the piece after
    ("Cuban embassies"). A list is dropped whole when its text holds a stay head (``stay_head`` in visit_kcna14.csv),
    a resident or posted word, a country after "against", or a demonym naming a language or field."""
    words: Kcna14Words = vx._kcna14
    n = len(pieces)
    link = [False] * n  # link[k]: piece k and piece k + 1 are one list
    for k, (a, b) in enumerate(pieces):
        ms = countries.between(a, b)
        if not ms:
            continue
        rest, pos = [], a
        for m in ms:
            rest.append(text[pos:m.start])
            pos = m.end
        rest.append(text[pos:b])
        bare = all(_BARE_REST_RE.fullmatch(r) for r in rest)
        ends_demonym = ms[-1].alias_kind == "demonym" and not text[ms[-1].end:b].strip(" ,.")
        if ends_demonym and k + 1 < n:
            link[k] = True
        elif bare and k > 0 and not ends_demonym:
            link[k - 1] = True
    stay = set()
    k = 0
    while k < n:
        j = k
        while j + 1 < n and link[j]:
            j += 1
        a, b = pieces[k][0], pieces[j][1]
        # (s18) overseas Koreans told by where they live are guests of that country, whatever noun names them ("the
        # General Association of Korean Residents in Japan", "Korean youth and students in Japan")
        seg = _OVERSEAS_KOREANS_RE.sub(" ", text[a:b])
        ms = countries.between(a, b)
        if (words.stay_head_re.search(seg) or _ROSTER_RESIDENT_RE.search(seg) or _RESIDENT_RE.search(seg)
                or vx._kcna13.posted_re.search(seg)
                or any(_AGAINST_WORD_RE.search(text[max(0, m.start - 14):m.start]) for m in ms)
                or any(m.alias_kind == "demonym" and (_LANGUAGE_AFTER_RE.match(text, m.end)
                                                      or _FIELD_AFTER_RE.match(text, m.end)) for m in ms)):
            stay.update(range(k, j + 1))
        k = j + 1
    return stay


def _roster_iso(vx, text, countries, lo, hi, home):
    """The one foreign country a roster piece [lo, hi) names, else None: None when it names the home side ("DPRK
    Vice-Premier X", "the Korea-Cuba Friendship Association"), a posted envoy or a resident, or two countries."""
    words13 = vx._kcna13
    piece = text[lo:hi]
    if words13.posted_re.search(piece) or _RESIDENT_RE.search(piece) or _ROSTER_RESIDENT_RE.search(piece):
        return None
    ms = [m for m in countries.between(lo, hi)
          if not (m.alias_kind == "demonym" and _FIELD_AFTER_RE.match(text, m.end))
          and not _AGAINST_RE.search(text, max(0, m.start - 8), m.start)  # ("anti-Japanese fighters": a cause)
          and not _FLAGGED_RE.match(text, m.end)]  # (s22: "the Belize-flagged ship": the flag, not the crew's country)
    foreign = {m.iso3 for m in ms if m.iso3 != home}
    if len(foreign) != 1:
        return None
    # every home word must sit right after a foreign name ("Pakistan-Korea") or after "with/for/to (the)"
    for hw in [*_HOME_WORD_RE.finditer(text, lo, hi), *words13.home_org_re.finditer(text, lo, hi)]:
        before = text[max(lo, hw.start() - 30):hw.start()]
        if _FIELD_AFTER_RE.match(text, hw.end()):
            continue  # ("the Institute of Korean Language Studies of Australia": a field, not the home side)
        prev = next((m for m in reversed(ms) if m.end <= hw.start() and m.iso3 != home), None)
        if prev is not None and _HOME_AFTER_FOREIGN_RE.fullmatch(text[prev.end:hw.start()]):
            if prev.alias_kind == "demonym" and re.fullmatch(r"\w+(?:an|ese)", hw.group(0)):
                return None  # (s14 fix: "the Kazakh-Korean Cultural Centre": the home people living abroad)
            continue
        if _HOME_OBJECT_RE.search(before):
            continue
        return None
    return next(iter(foreign))


def present_rosters(vx, text, sentences, mentions, records, published) -> None:
    """"Present there were X, chairman of the Kuwait-DPRK Friendship Association, ..., Y, a delegation of Z University
    of Mongolia ...": at an event here, each foreign country of the roster made an occurred visit, dated to the lede's
    day (else the publication month). Only when the lede names no place abroad and the event is placed here (the lede
    names a home place or "here") or the roster or the sentence before it names the home side ("DPRK Vice-Premier")."""
    home = _home_story(vx, text, mentions)
    if home is None or published is None or not sentences or ("resent" not in text and "Among" not in text and "ttending" not in text and "were made by" not in text
                                                              and "were delivered by" not in text):
        return
    rosters = [si for si, (s, e) in enumerate(sentences) if si and _PRESENT_RE.match(text, s, e) is not None]
    if not rosters:
        return
    countries = _Countries(mentions)
    s0, e0 = sentences[0]
    s0 = _after_dateline(text, s0)
    if _abroad(vx, text, countries, s0, e0, home) or _UNREAL_RE.search(text, s0, e0) or _FUTURE_RE.search(text, s0, e0):
        return  # (an event abroad, denied or ahead)
    # every sentence before a roster names no scene abroad ("Events took place in various countries ... They included
    # meetings in Switzerland and Bulgaria"): the index of the first that does
    abroad_at = next((k for k, (ks, ke) in enumerate(sentences[:rosters[-1] + 1])
                      if _foreign_scene(vx, text, countries, ks, ke, home)), len(sentences))
    lede_places = vx.places.find(text, s0, e0)
    placed_here = bool(re.search(r"\bhere\b", text[s0:e0])) or any(
        p.iso3 == home for p in lede_places) or any(
        m.iso3 == home and m.alias_kind == "capital" for m in countries.between(s0, e0)) or (
        # s22: a lede that names only a venue ("A recital was staged at the concert hall of the Music College on
        # Thursday"), no country and no place of the gazetteer: the home outlet's own ground
        re.search(r"\bat\s+(?:the\s+)?(?:[a-z]+\s+){0,3}?(?:of\s+(?:the\s+)?)?(?-i:[A-Z])", text[s0:e0]) is not None and not lede_places
        and not countries.between(s0, e0))
    day = _lede_day(vx, text, s0, e0, published)
    if day is None:  # ("opened here on Monday on the occasion of the birthday, February 16": the day told with "on")
        days = [d for d in vx._undateline(vx.dates.find(text[s0:e0], published, future=False, offset=s0))
                if d.precision == "day" and d.start <= published
                and re.search(r"\bon\s+$", text[max(s0, d.char_start - 4):d.char_start])]
        day = days[0] if len(days) == 1 else None
    date = day if day is not None else _month_of(published)
    for si in rosters:
        s, e = sentences[si]
        if si > abroad_at:
            continue
        pm = _PRESENT_RE.match(text, s, e)
        lo, hi = pm.end(), e
        if si + 1 < len(sentences) and _THEY_ARE_RE.match(text, *sentences[si + 1]):
            hi = sentences[si + 1][1]  # ("Also present there were foreign delegations ... They are a delegation of")
        ps, pe = sentences[si - 1]
        if not (placed_here or any(m.kind == "person" and m.iso3 == home and (lo <= m.start < hi or ps <= m.start < pe)
                                   for m in mentions)):
            continue  # (the event placed here: by the lede, else by a home official present)
        if _abroad(vx, text, countries, ps, pe, home) and not placed_here:
            continue  # (the sentence before puts the scene abroad)
        if _REMOTE_RE.search(text, s, hi) and not re.search(r"\bembass", text[s:hi]):
            continue  # (an online show, a letter; the embassy staff present are dropped piece by piece)
        start = lo
        pieces = []
        overseas = [(m.start(), m.end()) for m in _OVERSEAS_KOREANS_RE.finditer(text, lo, hi)]
        for cut in [*(c for c in _ROSTER_JOINT_RE.finditer(text, lo, hi)
                      if not any(a < c.start() < b for a, b in overseas)), None]:  # (s18: "Korean youth and students in")
            end = cut.start() if cut is not None else hi
            pieces.append((start, end))
            if cut is not None:
                start = cut.end()
        stay = _roster_stay_pieces(vx, text, countries, pieces)
        for k, (start, end) in enumerate(pieces):
            if k in stay:
                continue  # (s14 fix: one head noun of residents, envoys, compatriots ... covers its whole list)
            iso = _roster_iso(vx, text, countries, start, end, home)
            if iso is None and pm.group("side") and k == 0:
                # (s22) the side's country for the list's first piece, its head ("from the Chinese side were Li Wei, secretary
                # of a prefecture committee, ..."): one record of the side
                side = _roster_iso(vx, text, countries, pm.start("side"), pm.end("side"), home)
                iso = side if side is not None and not (vx._kcna13.posted_re.search(text, start, end) or _RESIDENT_RE.search(
                    text, start, end) or _HOME_WORD_RE.search(text, start, end)) else None
            if iso is not None and not _told_country(records, home, iso):
                records.append(_guest_record(vx, home, iso, text[start:end].strip(" ,."), start, end, si, date,
                                             "kcna14-present-rosters", mentions, sentence=sentences[si]))
