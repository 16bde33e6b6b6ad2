"""Status from several statements (session 9): words that settle a trip's status after a rule has told it.

Three story-level passes over the records ``visits.py`` has made, on the words of
``data/lexicons/visit_status_revision.csv``:

- ``called_off``: a trip noun governed by a verb of calling off ("forced him to postpone the trip to Kenya",
  "scrapped a planned visit to Canada") makes the trip to the country after it cancelled, whoever the sentence's
  other cues made travel (an occurred or planned record of the sentence to that host is turned to cancelled).
- ``declined``: a person who "declined an invitation to a service in Belfast", "refused to attend", "decided not
  to travel to London" cancelled that trip (a record of the clause is turned, or one is added).
- ``pending``: a trip "still on the agenda", "still on", with "no date fixed": planned, undated when no date is
  fixed.
"""
from __future__ import annotations

import re

from .lexicons import alternation, lexicon_file, read_rows

_TRIP_NOUN = r"(?:trips?|visits?|journey|tour|travel|stop)"


class RevisionWords:
    """The compiled words of visit_status_revision.csv."""

    def __init__(self, lexdir=None):
        rows = read_rows(lexicon_file(lexdir, "visit_status_revision.csv"), ("kind", "word"),
                         {"kind": ("call_off", "decline", "pending", "undated")})
        w = {k: alternation([r["word"] for r in rows if r["kind"] == k]) for k in ("call_off", "decline", "pending", "undated")}
        # "postpone the trip to", "scrapped a planned visit to", "put off his journey to": right before the host
        self.call_off_re = re.compile(
            rf"\b(?:{w['call_off']})\s+(?:(?:his|her|their|its|the|a|an|this|that|next\s+week['’]s|next\s+month['’]s)\s+)?"
            rf"(?:[\w'’-]+\s+){{0,3}}?{_TRIP_NOUN}\s+(?:to|of)\s+(?:the\s+)?$", re.I)
        # "declined an invitation to (attend) a church service in", "refused to attend", "decided not to travel to"
        self.decline_re = re.compile(rf"\b(?:{w['decline']})\b", re.I)
        self.pending_re = re.compile(rf"\b(?:{w['pending']})\b", re.I)
        self.undated_re = re.compile(rf"\b(?:{w['undated']})\b", re.I)


def _host_spots(vx, text, s, e, ments, host):
    """Offsets where the sentence names ``host``: its country mentions (not demonyms) and its places."""
    spots = [m.start for m in ments if m.kind == "country" and m.iso3 == host and m.alias_kind != "demonym"]
    spans = [(m.start, m.end) for m in ments if m.kind == "country" and m.alias_kind != "capital"]
    spots += [p.start for p in vx.places.find(text, s, e, spans) if p.iso3 == host]
    return sorted(spots)


def _list_head(text, s, at):
    """The start of a list "Congo and South Sudan" that ends at ``at``: where "to" governs it."""
    k = at
    while True:
        m = re.search(r"(?:,\s*|\s+and\s+|,\s+and\s+)$", text[max(s, k - 8):k])
        if m is None:
            return k
        prev = re.search(r"(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,3}$", text[max(s, k - 8 - 40):k - len(m.group())])
        if prev is None:
            return k
        k = k - len(m.group()) - len(prev.group())


def called_off(vx, text, sentences, mentions, records, published) -> None:
    """A record whose host the sentence names right after "postpone the trip to" is cancelled (see the module)."""
    from .visits import _per_sentence
    words = vx._revision_words
    per = None
    for r in records:
        if r.status not in ("occurred", "planned") or r.is_domestic or r.earlier:
            continue
        s, e = r.sentence
        if not re.search(_TRIP_NOUN, text[s:e], re.I):
            continue
        if per is None:
            per = _per_sentence(sentences, mentions)
        ments = per[r.sentence_index] if r.sentence_index < len(per) else []
        for at in _host_spots(vx, text, s, e, ments, r.host_iso3):
            head = _list_head(text, s, at)
            if words.call_off_re.search(text, max(s, head - 90), head) is None:
                continue
            r.status = "cancelled"
            r.history.append("called-off")
            spans = [d for d in vx._undateline(vx.dates.find(text[s:e], published, offset=s)) if d.char_start > at]
            r.date = spans[0] if spans else vx._month_of(published)
            r.preset = True
            break


def declined(vx, text, sentences, mentions, records, published) -> None:
    """"X declined an invitation to the summit in P", "X refused to attend", "X decided not to travel to P": X's trip
    to P is cancelled. X is the person named last before the words in their clause; P the country or place named
    after them in the clause (else, for "refused to attend" with no place, the host of the sentence's other trip)."""
    from .visit_rosters import _host_after, _new_record
    from .visits import _per_sentence
    words = vx._revision_words
    per = _per_sentence(sentences, mentions)
    for si, (s, e) in enumerate(sentences):
        for hit in words.decline_re.finditer(text, s, e):
            ments = per[si]
            c0 = s  # (the clause of the words: "Mourao represented Brazil ...; Bolsonaro refused to attend")
            for m in re.finditer(r";|,\s+(?:and|but|while|as)\s", text[s:hit.start()]):
                c0 = s + m.end()
            who = next((m for m in reversed(ments) if m.kind == "person" and m.iso3 and c0 <= m.start < hit.start()
                        and hit.start() - m.end <= 80), None)
            if who is None:
                continue
            stop = re.search(r";|\.\s", text[hit.end():e])
            hi = hit.end() + stop.start() if stop else e
            host, place = _host_after(vx, text, hit.end(), hi, ments)
            if host is None:
                m2 = re.match(r"\s+(?:the\s+)?", text[hit.end():hi])
                after_c = next((m for m in ments if m.kind == "country" and m.iso3 and hit.end() <= m.start < hi
                                and m.alias_kind != "demonym" and re.fullmatch(r"\s+(?:to\s+)?(?:visit\s+)?(?:the\s+)?",
                                                                           text[hit.end():m.start]) is not None), None)
                if after_c is not None:
                    host = after_c.iso3
                elif m2 is not None:
                    other = next((r for r in records if r.sentence_index == si and not r.is_domestic and r.visitor.iso3 != who.iso3), None)
                    host = other.host_iso3 if other is not None else None
            if host is None or host == who.iso3:
                continue
            mine = [r for r in records if r.sentence_index == si and r.host_iso3 == host and not r.is_domestic and (
                r.visitor.actor_id == who.actor_id or (r.visitor.kind != "person" and r.visitor.iso3 == who.iso3))]
            # the event's date: the first told after the words, else the last before them ("in May, when Park decided
            # not to attend the celebrations in Moscow")
            spans = vx._undateline(vx.dates.find(text[s:e], published, offset=s))
            later = [d for d in spans if d.char_start >= hit.start()]
            date = later[0] if later else spans[-1] if spans else None
            if mine:
                for r in mine:
                    if r.status != "cancelled":
                        r.status = "cancelled"
                        r.history.append("declined")
                continue
            if any(r.host_iso3 == host and r.status == "cancelled" and r.visitor.iso3 == who.iso3 for r in records):
                continue
            other = next((r for r in records if r.sentence_index == si and r.host_iso3 == host and r.date is not None), None)
            records.append(_new_record(who, host, "cancelled", s, e, si, place if place is not None and place.iso3 == host else None,
                                       date or (other.date if other is not None else vx._month_of(published)), "declined"))


def pending(vx, text, sentences, mentions, records, published) -> None:
    """A trip "still on the agenda" or "still on" is planned (not made); with "no date fixed", undated."""
    words = vx._revision_words
    for r in records:
        if r.is_domestic or r.earlier or r.status == "cancelled":
            continue
        s, e = r.sentence
        if words.pending_re.search(text, s, e) is None:
            continue
        if r.status != "planned":
            r.status = "planned"
            r.history.append("pending")
        if words.undated_re.search(text, s, e) is not None:
            r.date = None
            r.preset = True


# "He had been due to arrive on Friday", "She was to have landed on Monday": the day of a trip called off
_DUE_RE = re.compile(r"\b(?:had\s+been|was|were)\s+(?:due|scheduled|expected|set|slated)\s+to\s+(?:arrive|land|fly|travel|visit|"
                     r"begin|start|go|leave|attend)\b|\bwas\s+to\s+have\s+(?:arrived|landed|flown|travelled|traveled|visited|"
                     r"begun|started|gone|left|attended)\b", re.I)
# "no ministers or officials would attend the Games": a government staying away
_NONE_ATTEND_RE = re.compile(r"\bno\s+(?:[\w-]+\s+){0,2}?(?:ministers?|officials?|leaders?|delegations?|representatives?|envoys?)"
                             r"(?:\s+or\s+(?:[\w-]+\s+){0,2}?(?:ministers?|officials?|leaders?|delegations?|representatives?|envoys?))?"
                             r"\s+(?:would|will|are\s+to|were\s+to)\s+(?:attend|travel|go|be\s+sent)\b", re.I)
# "invited him to visit India": the invitee is the person the clause named before
_INVITED_PRONOUN_RE = re.compile(r"\binvited\s+(?:him|her)\s+to\s+(?:visit|come\s+to|travel\s+to|make\s+a\s+(?:state\s+)?visit\s+to)\s+"
                                 r"(?:the\s+)?$", re.I)
# the invitee's yes told in the words after the invitation: "and Modi said he looked forward to attending"
_LOOKS_FORWARD_RE = re.compile(r"\b(?:looked|looks|is\s+looking|was\s+looking)\s+forward\s+to\s+(?:attending|visiting|coming|the\s+(?:trip|visit))"
                               r"|\b(?:agreed|agrees)\s+to\s+attend\b|\bsaid\s+(?:he|she)\s+would\s+(?:attend|come|go)\b", re.I)


def due_day(vx, text, sentences, mentions, records, published) -> None:
    """A cancelled trip told without a date takes the day the next sentence says it was due ("Pope Francis has called
    off his trip to Dubai. He had been due to arrive on Friday.")."""
    for r in records:
        if r.status != "cancelled" or r.date is not None or r.is_domestic:
            continue
        si = r.sentence_index + 1
        if si >= len(sentences):
            continue
        s, e = sentences[si]
        if not re.match(r"\s*(?:He|She|They|The\s+(?:[\w-]+\s+){0,2}?(?:president|minister|pope|king|leader|premier|chancellor))\b",
                        text[s:e]) or _DUE_RE.search(text, s, e) is None:
            continue
        spans = vx._undateline(vx.dates.find(text[s:e], published, offset=s, future=True))
        if spans:
            r.date = spans[0]
            r.preset = True
            r.history.append("due-day")
        # ("He was to have arrived on Thursday": no arrival made; a rule that read one there is dropped)
        records[:] = [o for o in records if not (o.sentence_index == si and o.status == "occurred" and o.host_iso3 == r.host_iso3
                                                 and o.visitor.iso3 == r.visitor.iso3 and not o.is_domestic)]


def none_attend(vx, text, sentences, mentions, records, published) -> None:
    """"X told parliament that no ministers or officials would attend the Winter Olympics in Beijing": X's country
    stays away, a cancelled trip by country (a record of the sentence to that host is turned, its visitor the
    country)."""
    from .visit_rosters import _host_after
    from .visits import Party, _per_sentence
    per = None
    for r in list(records):
        if r.is_domestic or r.status == "cancelled" or r.visitor.kind != "person":
            continue
        s, e = r.sentence
        hit = _NONE_ATTEND_RE.search(text, s, e)
        if hit is None or not r.visitor.start < hit.start():
            continue
        if per is None:
            per = _per_sentence(sentences, mentions)
        host, _place = _host_after(vx, text, hit.end(), e, per[r.sentence_index])
        if host != r.host_iso3:
            continue
        actor = vx.registry.actors.get(f"country:{r.visitor.iso3}")
        r.visitor = Party(r.visitor.start, r.visitor.end, f"country:{r.visitor.iso3}",
                          actor.name if actor else r.visitor.iso3, r.visitor.iso3, "country")
        r.status = "cancelled"
        r.history.append("none-attend")


def invitations(vx, text, sentences, mentions, records, published) -> None:
    """"met Pope Francis ... and invited him to visit India": an invitation of the person the sentence named before the
    pronoun (not its subject); "invited Modi to the summit in P ..., and Modi said he looked forward to attending":
    the invitee's trip is agreed (planned)."""
    from .visit_rosters import _new_record
    from .visits import _per_sentence
    per = _per_sentence(sentences, mentions)
    for si, (s, e) in enumerate(sentences):
        if "invit" not in text[s:e].lower():
            continue
        ments = per[si]
        spans = [(m.start, m.end) for m in ments if m.kind == "country" and m.alias_kind != "capital"]
        # the countries and places named after "invited him to visit": "the United States", "Hamburg"
        named = [(m.start, m.iso3) for m in ments if m.kind == "country" and m.iso3 and m.alias_kind != "demonym"]
        if re.search(r"\binvited\s+(?:him|her)\b", text[s:e], re.I):
            named += [(p.start, p.iso3) for p in vx.places.find(text, s, e, spans)]
        for c_start, c_iso3 in sorted(set(named)):
            if _INVITED_PRONOUN_RE.search(text, max(s, c_start - 60), c_start) is None:
                continue
            people = [m for m in ments if m.kind == "person" and m.iso3 and m.end <= c_start]
            if len(people) < 2:
                continue
            who = people[-1]
            if who.iso3 == c_iso3 or any(r.visitor.actor_id == who.actor_id and r.host_iso3 == c_iso3 for r in records):
                continue
            records.append(_new_record(who, c_iso3, "invited", s, e, si, None, None, "invited-pronoun"))
        yes = _LOOKS_FORWARD_RE.search(text, s, e)
        if yes is None:
            continue
        inv = re.search(r"\binvit(?:ed|es|ing)\b", text[s:yes.start()], re.I)
        if inv is None:
            continue
        for r in records:
            if r.sentence_index == si and not r.is_domestic and r.status in ("occurred", "invited") and r.visitor.kind == "person" \
                    and s + inv.end() <= r.visitor.start < yes.start():
                r.status = "planned"
                r.history.append("accepted")
                if r.date is not None and r.date.end < published:
                    r.date = vx._month_of(published)
