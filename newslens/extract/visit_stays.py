"""Stays told without a verb of travel (session 10): two story-level passes over the trips ``visits.py`` found, each
only adding a record (or dating an undated one).

- ``past_stays``: "<person> had been in <place> on/in <date>", "<person> was last in <place> <date>" (also after
  "he"/"she" for the last person named): the person was there, an occurred trip dated by the clause. Not in a
  condition ("if he had been in Kyiv"), not a posting ("had been in Moscow as ambassador", "since 2019"), not a
  possessive place ("had been in Germany's good books"), not the person's own country.
- ``here_scene``: the lead of a story filed from a dateline ("MANILA, Aug. 7 -- ", "BENGHAZI, Libya - ") whose
  subject, a person of another country, does something "here" with a day ("signed a treaty with X here on
  Saturday", "defended the tests at the forum here on Monday", "agreed here on Wednesday"), or is "on the last day
  of a two-day state visit": a trip to the dateline's country, dated by the lead. Not a plan ("will sign here"),
  nor an act from afar (video, telephone, letter). An undated trip of the same person to that country takes the
  lead's date.

The words are data (``data/lexicons/visit_stays.csv``).
"""
from __future__ import annotations

import re

from .lexicons import alternation, lexicon_file, read_rows

_IF_RE = re.compile(r"\b(?:if|unless|whether|as\s+if|wish(?:ed)?)\b[^.;]*$", re.I)
_CLAUSE_RE = re.compile(r"[.;:]|,\s+(?:and|but|while|where|when|who|which)\s|\s[—–]\s")
_REMOTE_RE = re.compile(r"\b(?:video|virtual(?:ly)?|online|tele(?:phone|conference)|phone|call|letter|message|remotely)\b", re.I)
_PLAN_RE = re.compile(r"\b(?:will|would|shall|to\s+be|is\s+to|are\s+to|plans?|planned|expected|due|set\s+to|hopes?)\b", re.I)
_PRONOUN_RE = re.compile(r"(?:^|(?<=[.;]\s)|(?<=,\s)|(?<=\band\s)|(?<=\bbut\s))(?:He|She|he|she)\s+$")
# session 10 fix round (review H1-H11)
# a stay under a denial, a rumour or a report: no stay told ("denied that X had been in Kyiv", "rumours that ...")
_HEARSAY_RE = re.compile(r"\b(?:den(?:y|ies|ied|ial)|rumou?r(?:s|ed)?|reports?|reported(?:ly)?|untrue|false|claim(?:s|ed)?|alleg\w*|"
                         r"speculat\w*|confirm(?:s|ed)?|unconfirmed|doubts?|questioned|insist\w*)\b[^.;]*$", re.I)
# a lead act that is no presence: a possibility, a negation, a cancellation, an absence, a passive with its agent
_HERE_NOT_RE = re.compile(r"\b(?:may|might|could|should|must|can|cannot|not|never|n['’]t|no\s+longer|cancel\w*|call(?:s|ed)?\s+off|"
                          r"postpon\w*|delay(?:s|ed|ing)?|put\s+off|scrap(?:s|ped|ping)?|absent|fail(?:s|ed|ing)?|skip(?:s|ped|ping)?|"
                          r"miss(?:es|ed|ing)?|declin(?:e|es|ed|ing)|refus(?:e|es|ed|ing)|"
                          r"withdr[ae]w\w*|pull(?:s|ed)?\s+out|effigy|(?:is|was|were|been|being|got)\s+(?:\w+ly\s+)?\w+(?:ed|en|wn|lt))\b", re.I)
# what a remote act is told with, beyond _REMOTE_RE ("via Zoom", "by videolink", "a satellite link")
_REMOTE2_RE = re.compile(r"\b(?:zoom|skype|videolink|video-link|satellite|webcast|livestream\w*|broadcast|televised|recorded|"
                         r"hologram|by\s+link|link[- ]up)\b|\bvia\b", re.I)
# what may stand before the lead's subject: titles and their country words, capitalised ("U.S. Secretary of State")
_SUBJECT_LEAD_RE = re.compile(r"(?:(?:(?-i:[A-Z])[\w.'’-]*|of|the|and)\s+)*")
# the words of a posting or a life stage in the stay's clause, "as a young spy", "as a schoolboy"
_AS_LIFE_RE = re.compile(r"\bas\s+(?:a|an)\s+(?:young|teenage|junior)\b", re.I)


class StayWords:
    """The compiled words of the two passes (visit_stays.csv)."""

    def __init__(self, lexdir=None):
        rows = read_rows(lexicon_file(lexdir, "visit_stays.csv"), ("kind", "word"),
                         {"kind": ("stay", "posting", "visit_noun", "part", "event_word")})
        w = {k: alternation([r["word"] for r in rows if r["kind"] == k]).replace(" ", r"\s+")
             for k in ("stay", "posting", "visit_noun", "part", "event_word")}
        # "had been in", "was last in", "had last been in": then the place, capitalised
        self.stay_re = re.compile(rf"\b(?:{w['stay']})\s+in\s+(?:the\s+)?(?=(?-i:[A-Z]))", re.I)
        # what makes a stay a posting or a life there, not a trip ("as ambassador", "studying", "for years")
        self.posting_re = re.compile(rf"\b(?:{w['posting']})\b", re.I)
        # "here on Monday", "here today", "here late on Sunday": an act at the dateline, with its day
        self.here_re = re.compile(r"\bhere\s+(?:(?:late|early)\s+)?(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                                  r"Sunday)|today|yesterday|this\s+(?:morning|afternoon|evening|week))\b", re.I)
        # "the last day of a two-day state visit", "on the second day of his three-day official visit"
        self.visit_day_re = re.compile(rf"\b(?:{w['part']})\s+(?:day\s+)?of\s+(?:a|an|his|her|their)\s+(?:[\w-]+-day\s+)?"
                                       rf"(?:{w['visit_noun']})\b(?!\s+(?:to|by|from)\b)", re.I)


        # "the first <...> since|after <Name> in <date>": the name, up to five capitalised words (a country's "'s"
        # may open it: "Austria's Karl Nehammer"; "then-" or "former" before it)
        self.since_re = re.compile(
            r"\b(?P<nth>first|second|third|fourth|fifth|only)\b[^.;:()]{0,90}?\b(?P<link>since|after)\s+(?:then-|former\s+|late\s+)?"
            r"(?P<name>(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,4})", re.I)
        self.event_name_re = re.compile(rf"\b(?:{w['event_word']})\b", re.I)

    def gate(self, text) -> bool:
        """Whether a story with no other visit word may still tell a stay of these passes."""
        return bool(self.stay_re.search(text) or self.here_re.search(text) or self.visit_day_re.search(text))


# session 10 fix round (review H9): the clause before "since" must be a visit: "to visit", "to travel/come/go to", "to set
# foot in", "visit by", "trip to"
_SINCE_TRIP_RE = re.compile(r"\b(?:to\s+(?:visit|travel\s+to|come\s+to|go\s+to|fly\s+to|set\s+foot\s+in|make\s+(?:a|an)\s+"
                            r"(?:\w+\s+)?(?:visit|trip)\s+to|tour)|visit(?:\s+(?:by\s+[^,;]{1,60}?\s+)?to)?|trip\s+to|"
                            r"state\s+visit(?:\s+to)?)\b", re.I)


def _party(m):
    from .visits import Party
    return Party(m.start, m.end, m.actor_id, m.name, m.iso3, "person")


def past_stays(vx, text, sentences, mentions, records, published) -> None:
    """"<person> had been in <place> on <date>": an occurred trip (see the module docstring)."""
    from .visits import _per_sentence
    from .visit_rosters import _new_record
    words = vx._stay_words
    per = _per_sentence(sentences, mentions)
    prev = None  # (the previous sentence's start and people: a pronoun's antecedent, `_pronoun_subject`)
    for si, ((s, e), ments) in enumerate(zip(sentences, per)):
        people = [m for m in ments if m.kind == "person" and m.iso3 and m.actor_id]
        for hit in words.stay_re.finditer(text, s, e):
            who = next((p for p in reversed(people) if p.end <= hit.start()), None)
            # (s23: or a relative clause right after the name, "X, who had himself been in Tokyo in March")
            if who is not None and not re.fullmatch(r"(?:\s*,\s+[^,.;()]{1,60}?,|\s*,\s*who)?\s+", text[who.end:hit.start()]):
                who = None
            plo = max(s, hit.start() - 16)  # (a window: "^" only at the sentence's start; linear on a long sentence)
            if who is None and _PRONOUN_RE.search(("" if plo == s else "\x00") + text[plo:hit.start()]):
                # "he/she": the one person named before it (this sentence, else the one before), its subject
                # (session 10 fix round, review H5: no gender is known, so two people named refuse the pronoun)
                who = _pronoun_subject(text, s, hit.start(), people, prev, ments)
            clause = text[max(s, hit.start() - 300):hit.start()]  # (the stay's own clause: a long sentence stays linear)
            if who is None or _IF_RE.search(clause) or _HEARSAY_RE.search(clause):
                continue  # (review H4: "denied that X had been in P", "rumours that ...")
            countries_at = {m.start: m for m in ments if m.kind == "country" and m.iso3 and m.alias_kind != "demonym"}
            host, place, end = vx._host_at(text, hit.end(), countries_at)
            if host is None or host == who.iso3 or re.match(r"['’]s?\b", text[end:end + 2]):
                continue
            if _us_state(text, hit.end(), end, host, who):
                continue  # (review H6: "Biden had been in Georgia": the US state)
            stop = _CLAUSE_RE.search(text, end, e)
            hi = stop.start() if stop else e
            if words.posting_re.search(text, end, hi) or _AS_LIFE_RE.search(text, end, hi):
                continue
            spans = [d for d in vx._undateline(vx.dates.find(text[end:hi], published, future=False, offset=end))
                     if d.start <= published and not re.search(r"\b(?:since|for|until)\s+$", text[max(end, d.char_start - 7):d.char_start])]
            date = spans[0] if spans else None
            if date is None and re.search(r"\b(?:later|earlier)\s+that\s+month\b|\bthe\s+same\s+month\b", text[end:hi], re.I):
                prior = [d for d in vx._undateline(vx.dates.find(text[s:hit.start()], published, future=False, offset=s))
                         if d.start <= published]
                date = vx._month_span(prior[-1].start) if prior else None
            if date is None:
                continue
            if any(r.host_iso3 == host and r.visitor.actor_id == who.actor_id and r.date is not None
                   and r.date.start <= date.end and date.start <= r.date.end for r in records):
                continue
            rec = _new_record(who, host, "occurred", s, e, si, place if place is not None and place.iso3 == host else None,
                              date, "past-stay")
            rec.earlier = True  # (kept apart from the story's trip to the same country: "..., she was last in P in D")
            records.append(rec)
        prev = (s, e, people, ments)


_STATE_COUNTRY = {"GEO": "Georgia"}  # (a US state that is also a country's name)


def _us_state(text, lo, hi, host, who) -> bool:
    """Session 10 fix round (review H6): "Georgia" after an American, or in a campaign, is the US state."""
    name = _STATE_COUNTRY.get(host)
    if name is None or name not in text[lo:hi]:
        return False
    return who.iso3 == "USA" or re.search(r"\b(?:campaign\w*|Senate|senator|governor|Atlanta|voters?|rally|primar(?:y|ies))\b",
                                          text[max(0, lo - 300):hi + 300]) is not None


_DAY_MONTH_RE = re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|"
                           r"June|July|August|September|October|November|December|He|She|It|They|The|A|An|In|On|At|But|And)")


def _pronoun_subject(text, s, at, people, prev, ments):
    """Session 10 fix round (review H5): the antecedent of "he/she" at `at`: the only person named before it in this
    sentence, else the only person of the previous sentence; that person must open its sentence (titles before it at
    most: the subject). Two people named, or an object, refuse it (no gender is known)."""
    here = [p for p in people if p.end <= at]
    if here:
        lo, hi, cands, near = s, at, here, ments
    elif prev is not None and prev[2]:
        lo, hi, cands, near = prev
    else:
        return None
    ids = {p.actor_id for p in cands}
    if len(ids) != 1:
        return None
    p = cands[0]
    if _SUBJECT_LEAD_RE.fullmatch(text[lo:p.start].lstrip()) is None or re.match(r"\s*['’]s?\b", text[p.end:p.end + 3]):
        return None
    # (a name the registry lacks is another candidate: "Scholz phoned Zelenskiy. He had been in ...")
    if hi - p.end > 300:
        return None  # (far from its antecedent: refused, and a sentence of many stays stays linear)
    for w in re.finditer(r"\b(?-i:[A-Z])[\w'’-]+", text[p.end:hi]):
        at_w = p.end + w.start()
        if _DAY_MONTH_RE.fullmatch(w.group()) is None and not any(m.start <= at_w < m.end for m in near):
            return None
    return p


def here_scene(vx, text, sentences, mentions, records, published) -> None:
    """The lead's subject acting "here" at the dateline (see the module docstring)."""
    from .visits import _sentence_at
    from .visit_rosters import _new_record
    scene = getattr(vx, "_scene", None)
    if scene is None:
        return
    wire, le = scene
    si = _sentence_at(sentences, le)
    if si is None:
        return
    s, e = sentences[si]
    words = vx._stay_words
    first = next((m for m in mentions if m.kind == "person" and le <= m.start < e), None)
    if (first is None or not first.iso3 or not first.actor_id or first.iso3 == wire.iso3 or first.start - le > 60
            or any(m.kind in ("person", "country") and m.alias_kind != "demonym" and le <= m.start < first.start
                   and m.iso3 != first.iso3 for m in mentions)):
        return
    cue = words.here_re.search(text, first.end, e) or words.visit_day_re.search(text, first.end, e)
    if cue is None:
        return
    lead = text[first.end:cue.start()]
    if _PLAN_RE.search(lead) or _REMOTE_RE.search(text, s, e):
        return
    if not _here_subject(text, le, first, cue, words) or _REMOTE2_RE.search(text, s, e):
        return  # (session 10 fix round, review H1-H3: the person must be the act's subject, the act real and there)
    # (the subject's own clause: no other person's verb in between, "X said Y met Z here on Monday")
    if re.search(r"\b(?:said|says|told|announced|reported)\b", lead, re.I):
        return
    # no other country or foreign place named as where the act was ("signed here on Monday a deal reached in Paris"
    # is still here; "said in Moscow ... here" is not the lead's scene)
    if any(m.kind == "country" and m.iso3 not in (None, wire.iso3) and m.alias_kind not in ("demonym",)
           and first.end <= m.start < cue.start() and re.search(r"\b(?:in|at|to|from)\s+(?:the\s+)?$", text[max(s, m.start - 8):m.start])
           for m in mentions):
        return
    spans = [d for d in vx._undateline(vx.dates.find(text[s:e], published, future=False, offset=s)) if d.start <= published]
    near = [d for d in spans if d.char_start >= cue.start() - 40]
    date = near[0] if near else spans[0] if spans else vx._month_of(published)
    mine = [r for r in records if r.visitor.actor_id == first.actor_id and r.host_iso3 == wire.iso3 and not r.is_domestic]
    if cue.re is words.visit_day_re:
        # "was given lunch by the Queen on Wednesday at the start of a three-day visit, before talks with the prime
        # minister": the visit is under way; a plan a later clause of the lead made of it ("before talks") is the trip
        for r in mine:
            if r.status == "planned" and r.sentence_index == si and r.date is not None and r.date.start <= published \
                    and date.start <= r.date.end and r.date.start <= date.end:
                r.status = "occurred"
                r.history.append("here-scene: under way")
    undated = [r for r in mine if r.date is None and r.status == "occurred"]
    for r in undated:
        r.date = date
        r.preset = True
    # (an earlier trip to the same country the story tells, "last came to Libya in October 2004", is another trip)
    if undated or any(r.date is not None and r.date.start <= date.end and date.start <= r.date.end for r in mine) \
            or any(r.status != "occurred" and not r.earlier for r in mine):
        return
    records.append(_new_record(first, wire.iso3, "occurred", s, e, si, wire, date, "here-scene"))


def lead_subject(text, le, first) -> bool:
    """Session 10 fix round (review H1): whether the lead's first person (at `first`, the lead opening at `le`) is its
    subject: only titles and names before it ("Indian Prime Minister Narendra Modi"; not "Protesters denounced Biden",
    "Lawyers for Netanyahu"), and not an owner ("Putin's forces", "Biden's ambassador")."""
    pre = text[le:first.start].lstrip(" \t\n-—–,:")
    if _SUBJECT_LEAD_RE.fullmatch(pre) is None or re.search(r"\b(?:of|for|and)\s+$", pre):
        return False
    return re.match(r"\s*['’]s?\b", text[first.end:first.end + 3]) is None


def _here_subject(text, le, first, cue, words) -> bool:
    """Session 10 fix round (review H1-H3): whether the lead's first person is the subject of a real act done there.
    Only titles and names before it ("Indian Prime Minister Narendra Modi"; not "Protesters denounced Biden", "Lawyers
    for Netanyahu"); not an owner ("Putin's forces", "Macron's book"); no possibility, negation, cancellation or absence
    in the lead ("may arrive", "cancelled a visit", "was absent"); no passive with its agent ("was criticised here by
    farmers"; the "N-day visit" cue keeps its passives: "was given lunch by the Queen at the start of a visit")."""
    if not lead_subject(text, le, first):
        return False
    lead = text[first.end:cue.start()]
    if cue.re is words.here_re:
        if _HERE_NOT_RE.search(lead) or re.match(r"[^.;]{0,40}?\bby\s+(?!video|phone|telephone)", text[cue.end():cue.end() + 60]):
            return False
    elif re.search(r"\b(?:may|might|could|should|must|not|never|n['’]t|cancel\w*|postpon\w*|absent|skip(?:s|ped|ping)?|effigy)\b", lead, re.I):
        return False
    return True


def since_named(vx, text, sentences, mentions, records, published) -> None:
    """"the first EU leader to come to Moscow since Austria's Karl Nehammer in April 2022", "the second Indonesian leader
    to do so after Susilo Bambang Yudhoyono in March 2010": the one named after "since" (after "after", only with an
    ordinal above "first") made the same trip earlier. The visitor: a registry person named there (when no record already
    sends that person there at that date), else the country of the words that open the name ("Austria's", "Austrian
    Chancellor"), else of the nationality word before "since" ("Indonesian leader"). The host: a place named after
    "to visit / to come to" before "since", else the story's trip told in that sentence. Dated by the date right after
    the name (required, before publication). Not for an event ("since World War II", "after the 2004 tsunami")."""
    from .visits import _per_sentence
    from .visit_rosters import _new_record
    words = vx._stay_words
    per = _per_sentence(sentences, mentions)
    for si, (s, e) in enumerate(sentences):
        if " since " not in text[s:e] and " after " not in text[s:e]:
            continue
        mentions = per[si]  # (this sentence's mentions only: a long story of many matches stays linear)
        for m in words.since_re.finditer(text, s, e):
            if m.group("link").lower() == "after" and m.group("nth").lower() in ("first", "only"):
                continue
            name_lo, name_hi = m.start("name"), m.end("name")
            if words.event_name_re.search(m.group("name")) or re.search(r"['’]s?$", m.group("name")):
                continue  # (an event; or "since Singh's predecessor X": the possessor made no trip)
            goes = _SINCE_TRIP_RE.search(text, m.start(), m.start("link"))
            if goes is None and re.match(r"\s+by\b", text[m.end("nth"):m.end("nth") + 4]) \
                    and re.search(r"\b(?:visit|trip)\b[^.;:]{0,40}[,—–-]\s*(?:the|his|her|its)\s+$", text[max(s, m.start() - 120):m.start()]):
                goes = re.compile(r"\w+").match(text, m.start("nth"))  # ("a state visit to the DPRK, the first by China's top leader since")
            if goes is None:
                continue  # (session 10 fix round, review H9: the comparison must be a visit, not a vote or praise)
            person = next((p for p in mentions if p.kind == "person" and p.actor_id and p.iso3 and name_lo <= p.start < name_hi), None)
            opener = next((c for c in mentions if c.kind == "country" and c.iso3 and c.start == name_lo), None)
            visitor = opener.iso3 if opener is not None and (opener.alias_kind == "demonym" or re.match(r"['’]s\b", text[opener.end:opener.end + 2])) else None
            if opener is not None and visitor is None:
                continue  # ("since Austria in 2022": a country, not a person)
            head = [c for c in mentions if c.kind == "country" and c.iso3 and c.alias_kind == "demonym" and m.start() <= c.start < m.start("link")]
            if person is not None:
                visitor = person.iso3
            if visitor is None:
                if not head or len(m.group("name").split()) < 2:
                    continue
                visitor = head[-1].iso3
            spans = [d for d in vx._undateline(vx.dates.find(text[name_hi:min(e, name_hi + 40)], published, future=False,
                                                             offset=name_hi)) if d.start <= published]
            date = spans[0] if spans and spans[0].char_start - name_hi <= 30 else None
            if date is None or not re.match(r"\s*(?:[,.;:)]|$|(?:and|when|who|which|before|to|for)\b)", text[date.char_end:e]):
                continue  # ("since Bill Clinton in 2000 urged him to go": the name opens a clause of its own)
            if re.search(r"\b(?:in|to|at)\s+(?:the\s+)?(?-i:[A-Z])", text[name_hi:date.char_start]) \
                    or re.match(r"\s*(?:to|in|at)\s+(?:the\s+)?(?-i:[A-Z])", text[date.char_end:e]):
                continue  # (review H9: "since Obama in Afghanistan in 2014", "since X in 1999 to Lahore": another place)
            # (review H9: what "to visit" takes before "since" must be the host or nothing: not "a war zone")
            obj = text[goes.end():m.start("link")]
            if not re.fullmatch(r"\s*(?:by\s+[^,;]{1,60}?\s+)?(?:(?:to\s+|in\s+)?(?:the\s+)?(?-i:[A-Z])[^,;]*?|there|it|the\s+(?:country|city|capital|island|kingdom|"
                                r"republic|region))?\s*(?:,\s*)?", obj):
                continue
            dest = next((c for c in mentions if c.kind == "country" and c.iso3 and c.alias_kind != "demonym"
                         and m.start() <= c.start < m.start("link")
                         and re.search(r"\b(?:to|visit|in)\s+(?:the\s+)?$", text[max(s, c.start - 12):c.start])), None)
            host = dest.iso3 if dest is not None else None
            if host is None:
                trip = next((r for r in reversed(records) if r.sentence_index == si and not r.earlier and not r.is_domestic
                             and r.status == "occurred"), None)
                host = trip.host_iso3 if trip is not None else None
            if host is None or host == visitor:
                continue
            if any(r.host_iso3 == host and r.visitor.iso3 == visitor and r.date is not None
                   and r.date.start <= date.end and date.start <= r.date.end for r in records):
                continue
            from .visits import Party
            who = _party(person) if person is not None else Party(name_lo, name_hi, f"country:{visitor}", visitor, visitor, "country")
            rec = _new_record(who, host, "occurred", s, e, si, None, date, "since-named")
            rec.visitor = who
            rec.earlier = True
            records.append(rec)
