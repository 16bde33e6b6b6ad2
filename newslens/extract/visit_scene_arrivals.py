"""Visits session 23: arrivals with no place of their own, anywhere in a wire story filed under a dateline abroad.

``scene_arrivals`` is a story-level pass over the trips ``visits.py`` has found, only adding records: "AMMAN, Jordan -
... / Tillerson arrived from Kuwait, where on Tuesday he attended a meeting" and "KUALA LUMPUR (Reuters) - ... /
Erdogan, Iranian President Hassan Rouhani and Qatar's emir arrived for the talks": a person (or a list of people) who
arrived, landed, flew in or touched down, with no place after the verb in its clause but where he came from, what he
came for, a day or "here", went to the dateline's country (occurred), dated by the clause's day, else the story's month.

Not a trip: a person of the dateline's country, one the story already takes there, an arrival ahead ("will arrive",
"is due to arrive", "expected to land"), a denied one ("has not arrived"), one told with a place ("arrived in Cairo",
"landed at Heathrow", "flew in to Doha"), one home or back ("arrived home", "arrived back"), and one of a home outlet
(KCNA's "arrived here" is read by the other rules).
"""
from __future__ import annotations

import re

_ARRIVED_RE = re.compile(r"\b(?:arrived|landed|flew\s+in|touched\s+down)\b")
# a place of the arrival's own in its clause, or a way home
_OWN_PLACE_RE = re.compile(r"\b(?:in|at|into|to|on)\s+(?:the\s+)?(?-i:[A-Z])|\b(?:home|back|safely\s+in)\b", re.I)
_CLAUSE_END_RE = re.compile(r"[,;:.]|\s(?:and|but|while|where|after|before|to\s+(?:attend|meet|hold|take|join|sign))\s", re.I)
# the words between the arriving list and the verb: auxiliaries and adverbs of a past act
_GAP_RE = re.compile(r"\s+(?:(?:also|had|has|have|then|later|first|finally|earlier|already|just|both|all)\s+){0,2}")
_NOT_PAST_RE = re.compile(r"\b(?:will|would|shall|to|not|never|due|expected|scheduled|set)\s+(?:\w+\s+){0,2}$", re.I)
_POSTED_RE = re.compile(r"\b(?:ambassadors?|envoys?\s+(?:to|in)|charg[eé]|consuls?)\b[^,;]*$", re.I)


def scene_arrivals(vx, text, sentences, mentions, records, published) -> None:
    """Arrivals with no place of their own under a dateline abroad: one occurred trip each (see the module doc)."""
    scene = getattr(vx, "_scene", None)
    if scene is None or published is None or getattr(vx, "_home_now", None) or not _ARRIVED_RE.search(text):
        return
    wire = scene[0]
    if not wire.iso3:
        return
    from .visit_rosters import _chains, _new_record
    from .visits import _per_sentence
    gap_re = vx._roster_words.gap_re
    for si, ((s, e), ments) in enumerate(zip(sentences, _per_sentence(sentences, mentions))):
        if not any(m.kind == "person" for m in ments):
            continue
        for v in _ARRIVED_RE.finditer(text, s, e):
            chain = next((c for c in _chains(text, ments, gap_re) if c[-1].end <= v.start()
                          and _GAP_RE.fullmatch(text, c[-1].end, v.start())), None)
            if chain is None or _NOT_PAST_RE.search(text, max(s, v.start() - 30), v.start()):
                continue
            stop = _CLAUSE_END_RE.search(text, v.end(), e)
            hi = stop.start() if stop is not None else e
            if _OWN_PLACE_RE.search(text, v.end(), hi) and not re.match(r"\s+on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b",
                                                                           text[v.end():hi]):
                continue
            if re.search(r"\b(?:video|virtual|online)\b", text[s:e], re.I):
                continue
            days = [d for d in vx._undateline(vx.dates.find(text[v.end():hi], published, future=False, offset=v.end()))
                    if d.start <= published]
            # where he came from is the leg before ("arrived from Kuwait"); any other trip the sentence or the same days
            # give him is where he arrived ("SEOUL - ... / Shoigu flew in on Tuesday" to Pyongyang)
            fm = re.match(r"\s+(?:[\w-]+\s+){0,3}?from\s+(?:the\s+)?", text[v.end():hi])
            came_from = {c.iso3 for c in mentions if c.kind == "country" and fm is not None
                         and v.end() + fm.end() <= c.start < v.end() + fm.end() + 40}
            for m in chain:
                if any(r.visitor.actor_id == m.actor_id and not r.is_domestic and r.host_iso3 not in came_from | {wire.iso3}
                       and r.status == "occurred" and (r.sentence_index == si or (
                           r.date is not None and days and r.date.start <= days[0].end and days[0].start <= r.date.end))
                       for r in records):
                    continue
                date = days[0] if days else _lede_day(vx, text, sentences, mentions, m, published) or vx._month_of(published)
                if not m.iso3 or not m.actor_id or m.iso3 == wire.iso3 or _POSTED_RE.search(text, max(s, m.start - 40), m.start):
                    continue
                if any(r.host_iso3 == wire.iso3 and not r.is_domestic and r.visitor.actor_id == m.actor_id for r in records):
                    continue
                records.append(_new_record(m, wire.iso3, "occurred", s, e, si, wire, date, "scene-arrival"))


def _lede_day(vx, text, sentences, mentions, m, published):
    """The one recent day the lede tells when it names the same person ("AMMAN - ... signed on Wednesday by Tillerson
    ... / Tillerson arrived from Kuwait"): the day of his stay there (the lede-day convention of the gold README)."""
    le = vx._scene[1]
    lede = next(((s, e) for s, e in sentences if s <= le < e), None)
    if lede is None or not any(p.actor_id == m.actor_id and lede[0] <= p.start < lede[1] for p in mentions if p.kind == "person"):
        return None
    days = [d for d in vx._undateline(vx.dates.find(text[lede[0]:lede[1]], published, future=False, offset=lede[0]))
            if d.precision == "day" and d.start <= published and (published - d.start).days <= 7]
    return days[0] if len(days) == 1 else None


# the story gate of a place fronted before the subject (also read by ``VisitExtractor.extract``): "In Tehran on Monday,
# X signed ...", "During talks in Bishkek, X and Y signed ..."
_FRONTED_GATE_RE = re.compile(r"(?:^|[.!?]\s+|\s-\s+)(?:(?:During|After|At|Following|Before)\s[^.,;]{0,60}?\s)?[Ii]n\s+[A-Z][^,.;]{0,40},\s")
# s23: a place fronted before the subject ("During talks in Tehran on Monday, Modi and Rouhani signed ...", "In Bishkek
# on Wednesday, Xi signed ...", "At a ceremony in Tehran, Modi unveiled ..."): the phrase, then the subject list and an
# act done in person
_FRONTED_RE = re.compile(
    r"\s*(?:(?:During|After|At|Following|Before)\s+(?:the\s+|a\s+|an\s+|their\s+|his\s+|her\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:talks|meeting|meetings|summit|ceremony|visit|news\s+conference|press\s+conference|banquet|dinner|lunch|forum)\s+)?"
    r"[Ii]n\s+(?P<where>(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,2})"
    r"(?:\s+(?:on|last|this|late|early)\s+\w+|\s+yesterday|\s+today)?\s*,\s+")
_FRONTED_ACT_RE = re.compile(r"\s+(?:also\s+|jointly\s+)?(?:signed|met|held|attended|visited|laid|toured|inaugurated|addressed|"
                             r"shook|witnessed|opened|unveiled|launched|reviewed|initialled|initialed|inspected)\b")


def fronted_place(vx, text, sentences, mentions, records, published) -> None:
    """A sentence that opens with a place phrase and then names who acted there in person: one occurred trip each to
    the place's country, for each person of another country, dated by the phrase (else the story's month). Not a home
    outlet's story, not an act ahead ("will sign"), not by video."""
    if published is None or getattr(vx, "_home_now", None) or not _FRONTED_GATE_RE.search(text):
        return
    from .visit_rosters import _chains, _new_record
    from .visits import _per_sentence
    gap_re = vx._roster_words.gap_re
    scene = getattr(vx, "_scene", None)
    for si, ((s, e), ments) in enumerate(zip(sentences, _per_sentence(sentences, mentions))):
        lo = scene[1] if scene is not None and s <= scene[1] < e else s
        fm = _FRONTED_RE.match(text, lo, e)
        if fm is None or re.search(r"\b(?:video|virtual|online|phone)\b", text[s:e], re.I):
            continue
        where = [c for c in ments if c.kind == "country" and c.iso3 and c.alias_kind != "demonym"
                 and fm.start("where") <= c.start < fm.end("where")]
        place = None
        if where:
            host = where[0].iso3
        else:
            place = next((p for p in vx.places.find(text, fm.start("where"), fm.end("where")) if p.start == fm.start("where")), None)
            if place is None or not place.iso3:
                continue
            host = place.iso3
        chain = next((c for c in _chains(text, ments, gap_re) if c[0].start >= fm.end()
                      and re.fullmatch(r"(?:(?:the\s+)?(?:(?-i:[A-Z])[\w.'’-]*|prime|minister|president|foreign|the)\s+){0,5}",
                                       text[fm.end():c[0].start], re.I)), None)
        if chain is None or not _FRONTED_ACT_RE.match(text, chain[-1].end, e):
            continue
        days = [d for d in vx._undateline(vx.dates.find(text[fm.start():fm.end()], published, future=False, offset=fm.start()))
                if d.start <= published]
        date = days[0] if days else vx._month_of(published)
        for m in chain:
            if not m.iso3 or not m.actor_id or m.iso3 == host:
                continue
            if any(r.host_iso3 == host and not r.is_domestic and r.visitor.actor_id == m.actor_id for r in records):
                continue
            records.append(_new_record(m, host, "occurred", s, e, si, place, date, "fronted-place"))
