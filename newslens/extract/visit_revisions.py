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

from .dates import has_past_form
from .lexicons import alternation, lexicon_file, read_rows
from .regex_gate import literal_gate

_TRIP_NOUN = r"(?:trips?|visits?|journey|tour|travel|stop)"


class RevisionWords:
    """The compiled words of visit_status_revision.csv."""

    def __init__(self, lexdir=None):
        rows = read_rows(lexicon_file(lexdir, "visit_status_revision.csv"), ("kind", "word"),
                         {"kind": ("call_off", "decline", "pending", "undated", "no_call_off")})
        w = {k: alternation([r["word"] for r in rows if r["kind"] == k])
             for k in ("call_off", "decline", "pending", "undated", "no_call_off")}
        # "postpone the trip to", "scrapped a planned visit to", "put off his journey to": right before the host
        self.call_off_re = re.compile(
            rf"\b(?:{w['call_off']})\s+(?:(?:his|her|their|its|the|a|an|this|that|next\s+week['’]s|next\s+month['’]s)\s+)?"
            rf"(?:[\w'’-]+\s+){{0,3}}?{_TRIP_NOUN}\s+(?:to|of)\s+(?:the\s+)?$", re.I)
        # "declined an invitation to (attend) a church service in", "refused to attend", "decided not to travel to"
        self.decline_re = re.compile(rf"\b(?:{w['decline']})\b", re.I)
        self.pending_re = re.compile(rf"\b(?:{w['pending']})\b", re.I)
        self.undated_re = re.compile(rf"\b(?:{w['undated']})\b", re.I)
        # (review fix) "decided against postponing", "did not cancel", "protesters demanded he cancel": within the
        # five words before the call-off verb (matched on a window of at most 80 characters)
        self.no_call_off_re = re.compile(rf"(?<![\w'’])(?:{w['no_call_off']})\s+(?:[\w'’-]+\s+){{0,5}}$", re.I)


def _host_spots(vx, text, s, e, ments, host):
    """Offsets where the sentence names ``host``: its country mentions (not demonyms) and its places."""
    spots = [m.start for m in ments if m.kind == "country" and m.iso3 == host and m.alias_kind != "demonym"]
    spans = [(m.start, m.end) for m in ments if m.kind == "country" and m.alias_kind != "capital"]
    spots += [p.start for p in vx.places.find(text, s, e, spans) if p.iso3 == host]
    return sorted(spots)


# (review fix) a trip the sentence says was made: its host right after "arrived in", "landed at", "visited"
_MADE_BEFORE_RE = re.compile(r"\b(?:arrived|arrives|arriving|landed|lands|touched\s+down|(?:is|was|were)\s+(?:already\s+)?"
                             r"(?:in|on\s+a\s+visit\s+to))\s+(?:in\s+|at\s+)?(?:the\s+)?$"
                             r"|\b(?:visited|toured|reached|flew\s+to|travell?ed\s+to|went\s+to|came\s+to|began\s+(?:his|her|their|a)\s+"
                             r"(?:[\w-]+\s+){0,2}?(?:visit|trip|tour)\s+(?:to|of)|(?:during|on)\s+(?:his|her|their)\s+(?:[\w-]+\s+){0,2}?"
                             r"(?:visit|trip|tour)\s+(?:to|of))\s+(?:the\s+)?$", re.I)
# the bounds of a clause inside a sentence
_CLAUSE_RE = re.compile(r";|,\s+(?:and|but|while|as|although|though|after|when|where|even\s+as)\s|\s+(?:and|but)\s+"
                        r"(?:he|she|they|it|his|her|their|the)\s", re.I)


class _Sentences:
    """What the revision passes read of a sentence, found once per sentence and looked up after (review fix: no
    per-record or per-match rescans of a long sentence)."""

    def __init__(self, vx, text, sentences, mentions, published):
        from .visits import _per_sentence
        self.vx, self.text, self.sentences, self.published = vx, text, sentences, published
        self.per = _per_sentence(sentences, mentions)
        self._spots, self._dates, self._bounds = {}, {}, {}
        self._made = {}  # (sentence, host) -> made: records of one host in one long sentence ask once

    def ments(self, si):
        return self.per[si] if si < len(self.per) else []

    def spots(self, si):
        """(offset, iso3) of every country (not demonym) and gazetteer place the sentence names, in text order."""
        if si not in self._spots:
            s, e = self.sentences[si]
            ments = self.ments(si)
            out = [(m.start, m.iso3) for m in ments if m.kind == "country" and m.iso3 and m.alias_kind != "demonym"]
            spans = [(m.start, m.end) for m in ments if m.kind == "country" and m.alias_kind != "capital"]
            out += [(p.start, p.iso3) for p in self.vx.places.find(self.text, s, e, spans)]
            self._spots[si] = sorted(out)
        return self._spots[si]

    def host_spots(self, si, host):
        return [at for at, iso3 in self.spots(si) if iso3 == host]

    def dates(self, si, future=None):
        key = (si, future)
        if key not in self._dates:
            s, e = self.sentences[si]
            found = self.vx.dates.find(self.text[s:e], self.published, offset=s) if future is None else \
                self.vx.dates.find(self.text[s:e], self.published, offset=s, future=future)
            self._dates[key] = self.vx._undateline(found)
        return self._dates[key]

    def bounds(self, si):
        """(start, end) of the words that part the sentence's clauses, in text order."""
        if si not in self._bounds:
            s, e = self.sentences[si]
            self._bounds[si] = [(m.start(), m.end()) for m in _CLAUSE_RE.finditer(self.text, s, e)]
        return self._bounds[si]

    def clause(self, si, at):
        """(start, end) of the clause holding offset ``at``."""
        import bisect
        b = self.bounds(si)
        s, e = self.sentences[si]
        k = bisect.bisect_right(b, (at, at))
        lo = b[k - 1][1] if k > 0 and b[k - 1][1] <= at else s
        if k > 0 and b[k - 1][1] > at:  # (at inside a parting word)
            lo = b[k - 2][1] if k > 1 else s
        hi = next((bs for bs, _be in b[k:k + 2] if bs >= at), e)
        return lo, hi

    def made(self, si, host):
        """Whether the sentence says the trip to ``host`` was made ("arrived in Beijing", "visited Kenya")."""
        if (si, host) not in self._made:
            s, _e = self.sentences[si]
            self._made[(si, host)] = any(_MADE_BEFORE_RE.search(self.text, max(s, at - 70), at) is not None
                                         for at in self.host_spots(si, host))
        return self._made[(si, host)]


def _list_head(text, s, at, heads=None):
    """The start of a list "Congo and South Sudan" that ends at ``at``: where "to" governs it.

    ``heads`` (a dict shared by the calls on one text) remembers the head found from every item walked over, so the
    items of one long list are walked once in all, not once each (a list of 6,000 names took minutes)."""
    k = at
    walked = []
    while True:
        if heads is not None and (s, k) in heads:
            k = heads[(s, k)]
            break
        walked.append(k)
        m = re.search(r"(?:,\s*|\s+and\s+|,\s+and\s+)$", text[max(s, k - 8):k])
        if m is None:
            break
        prev = re.search(r"(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,3}$", text[max(s, k - 8 - 40):k - len(m.group())])
        if prev is None:
            break
        k = k - len(m.group()) - len(prev.group())
    if heads is not None:
        for x in walked:
            heads[(s, x)] = k
    return k


def called_off(vx, text, sentences, mentions, records, published) -> None:
    """A record whose host the sentence names right after "postpone the trip to" is cancelled (see the module).

    Review fixes: not when the words before the verb negate it or are another's demand ("decided against postponing",
    "protesters demanded he cancel"); never a trip the sentence says was made ("arrived in Kenya"), nor one another
    sentence of the story tells as made (no cancelled twin of a made trip)."""
    words = vx._revision_words
    facts = None
    made_elsewhere = {}
    for r in records:
        if r.status == "occurred" and not r.is_domestic and not r.earlier:
            made_elsewhere.setdefault((r.visitor.actor_id, r.host_iso3), set()).add(r.sentence_index)
    trip_in = {}
    heads, called_at = {}, {}
    for r in records:
        if r.status not in ("occurred", "planned") or r.is_domestic or r.earlier:
            continue
        s, e = r.sentence
        if r.sentence_index not in trip_in:
            trip_in[r.sentence_index] = re.search(_TRIP_NOUN, text[s:e], re.I) is not None
        if not trip_in[r.sentence_index]:
            continue
        if made_elsewhere.get((r.visitor.actor_id, r.host_iso3), set()) - {r.sentence_index}:
            continue
        if facts is None:
            facts = _Sentences(vx, text, sentences, mentions, published)
        si = r.sentence_index
        if si >= len(sentences) or facts.made(si, r.host_iso3):
            continue
        key = (si, r.host_iso3)
        if key not in called_at:  # the first spot of the host that "postpone the trip to" governs, once per sentence
            called_at[key] = None
            for at in facts.host_spots(si, r.host_iso3):
                head = _list_head(text, s, at, heads)
                hit = words.call_off_re.search(text, max(s, head - 90), head)
                if hit is None or words.no_call_off_re.search(text, max(s, hit.start() - 80), hit.start()) is not None:
                    continue
                called_at[key] = at
                break
        for at in [called_at[key]] if called_at[key] is not None else []:
            r.status = "cancelled"
            r.history.append("called-off")
            spans = [d for d in facts.dates(si) if d.char_start > at]
            r.date = spans[0] if spans else vx._month_of(published)
            r.preset = True
            break


def declined(vx, text, sentences, mentions, records, published) -> None:
    """"X declined an invitation to the summit in P", "X refused to attend", "X decided not to travel to P": X's trip
    to P is cancelled. X is the person named last before the words in their clause; P the country or place named
    after them in the clause (else, for "refused to attend" with no place, the host of the sentence's other trip).

    (Review fix: a sentence's clauses, people and dates are found once per sentence and the host is sought in at most
    200 characters after the words, so a long sentence of many matches stays linear.)"""
    import bisect
    from .visit_rosters import _host_after, _new_record
    words = vx._revision_words
    if not literal_gate(words, "decline_re").may_match(text):
        return  # perf s13: none of the pattern's words in the story (9 KCNA stories in 10), so no sentence matches
    facts = None
    for si, (s, e) in enumerate(sentences):
        hits = list(words.decline_re.finditer(text, s, e))
        if not hits:
            continue
        if facts is None:
            facts = _Sentences(vx, text, sentences, mentions, published)
        ments = facts.ments(si)
        starts = [m.start for m in ments]
        people = [m for m in ments if m.kind == "person" and m.iso3]
        p_starts = [m.start for m in people]
        # the clause starts: "Mourao represented Brazil ...; Bolsonaro refused to attend"
        c_ends = [s] + [s + m.end() for m in re.finditer(r";|,\s+(?:and|but|while|as)\s", text[s:e])]
        stops = [s + m.start() for m in re.finditer(r";|\.\s", text[s:e])]
        for hit in hits:
            c0 = c_ends[bisect.bisect_right(c_ends, hit.start()) - 1]
            k = bisect.bisect_left(p_starts, hit.start()) - 1
            who = people[k] if k >= 0 and c0 <= people[k].start and hit.start() - people[k].end <= 80 else None
            if who is None:
                continue
            j = bisect.bisect_left(stops, hit.end())
            hi = min(stops[j] if j < len(stops) else e, hit.end() + 200)
            window = ments[bisect.bisect_left(starts, hit.end()):bisect.bisect_left(starts, hi)]
            host, place = _host_after(vx, text, hit.end(), hi, window)
            if host is None:
                m2 = re.match(r"\s+(?:the\s+)?", text[hit.end():hi])
                after_c = next((m for m in window if m.kind == "country" and m.iso3 and hit.end() <= m.start < hi
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
            spans = facts.dates(si)
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


_TRIP_NAMED_RE = re.compile(r"\b(?:the|his|her|their|this|that|its)\s+(?:[\w-]+\s+){0,3}?(?:summit|visit|trip|tour|journey|meeting|talks)\b", re.I)


def pending(vx, text, sentences, mentions, records, published) -> None:
    """A trip "still on the agenda" or "still on" is planned (not made); with "no date fixed", undated.

    Review fixes: the words change only the trip of their own clause: a record whose host that clause names
    ("his visit to France remains on track"), or, when the clause names no host but "the summit"/"the visit", the
    sentence's only trip; never a trip the sentence says was made ("arrived in Beijing ..., and said the summit was
    still on"). The words are found once per sentence."""
    words = vx._revision_words
    facts = None
    hits_of = {}
    recs_of = {}
    for r in records:
        if not r.is_domestic and not r.earlier:
            recs_of.setdefault(r.sentence_index, []).append(r)
    for r in records:
        if r.is_domestic or r.earlier or r.status == "cancelled":
            continue
        si = r.sentence_index
        if si >= len(sentences):
            continue
        if si not in hits_of:
            s, e = sentences[si]
            hits_of[si] = [(h.start(), h.end()) for h in words.pending_re.finditer(text, s, e)]
        if not hits_of[si]:
            continue
        if facts is None:
            facts = _Sentences(vx, text, sentences, mentions, published)
        if facts.made(si, r.host_iso3):
            continue
        spots = facts.host_spots(si, r.host_iso3)
        mine = False
        for hs, _he in hits_of[si]:
            lo, hi = facts.clause(si, hs)
            if any(lo <= at < hi for at in spots):
                mine = True
                break
            if not any(lo <= at < hi for at, _iso3 in facts.spots(si)) and _TRIP_NAMED_RE.search(text, lo, hi) is not None \
                    and len(recs_of.get(si, [])) == 1 and (r.status == "planned" or not has_past_form(text, *sentences[si])):
                mine = True
                break
        if not mine:
            continue
        if r.status != "planned":
            r.status = "planned"
            r.history.append("pending")
        s, e = sentences[si]
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
    hits: dict = {}  # perf s11: each sentence searched once, not once per record of it
    for r in list(records):
        if r.is_domestic or r.status == "cancelled" or r.visitor.kind != "person":
            continue
        s, e = r.sentence
        if (s, e) not in hits:
            hits[(s, e)] = _NONE_ATTEND_RE.search(text, s, e)
        hit = hits[(s, e)]
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
