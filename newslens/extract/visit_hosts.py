"""Hosts named indirectly (session 9): "landed in the Hashemite kingdom", "reached the city-state", "began his
India visit in Ahmedabad".

``indirect_hosts`` adds the trip of a sentence whose verb of arrival or opening ("arrived in", "landed in",
"reached", "flew to", "began his visit in") is followed by a descriptive name of a country
(``data/lexicons/visit_host_epithets.csv``) or by a country or place. A fixed epithet names its country ("the
Hashemite kingdom" is Jordan); a bare one ("the kingdom", "the island nation", "the emirate") is the country of the
person the sentence meets there ("for talks with Lawrence Wong"), else the last other country the two sentences
before named. The traveller is the person before the verb in the clause, or (a sentence opening with "He"/"She")
the traveller of the trip the sentence before told. Only adds: a visitor already sent to that host is left alone.
"""
from __future__ import annotations

import re

from .lexicons import alternation, lexicon_file, read_rows
from .regex_gate import literal_gate

_PLAN_RE = re.compile(r"\b(?:will|is\s+to|are\s+to|is\s+due\s+to|is\s+expected\s+to|plans\s+to|is\s+set\s+to)\s+(?:\w+\s+)?$", re.I)


class HostWords:
    """The compiled epithets and verbs."""

    def __init__(self, lexdir=None):
        rows = read_rows(lexicon_file(lexdir, "visit_host_epithets.csv"), ("kind", "word"), {"kind": ("fixed", "bare", "verb")})
        self.fixed = {re.sub(r"\s+", " ", r["word"].lower()): r["iso3"] for r in rows if r["kind"] == "fixed"}
        bare = [r["word"] for r in rows if r["kind"] == "bare"]
        verbs = alternation([r["word"] for r in rows if r["kind"] == "verb"])
        epithet = alternation(list(self.fixed) + bare)
        # "landed in the Hashemite kingdom", "reached the city-state", "began his long-delayed India visit in"
        self.verb_re = re.compile(
            rf"\b(?:(?P<verb>{verbs})|(?P<open>began|begins|started|starts|opened|opens)\s+(?:his|her|their|a|an|the)\s+"
            rf"(?:[\w'’-]+\s+){{0,4}}?(?:visit|tour|trip|pilgrimage|journey|stay)\s+(?:in|to|of))\s+"
            rf"(?:(?P<epithet>the\s+(?:{epithet}))\b)?", re.I)


def indirect_hosts(vx, text, sentences, mentions, records, published) -> None:
    from .visit_rosters import _host_after, _new_record
    from .visits import _per_sentence
    words = vx._host_words
    if not literal_gate(words, "verb_re").may_match(text):
        return  # perf s13: none of the verbs' words in the story, so no sentence has a hit
    per = _per_sentence(sentences, mentions)
    gate = literal_gate(words, "verb_re")
    ascii_low = text.lower() if text.isascii() else None  # perf s18: the gate by sentence too (exact)
    for si, (s, e) in enumerate(sentences):
        for hit in (words.verb_re.finditer(text, s, e) if gate.may_match_range(ascii_low, s, e) else ()):
            ments = per[si]
            epithet = hit.group("epithet")
            if epithet is None and hit.group("open") is None:
                continue  # (a plain "arrived in Doha" is told by the other rules)
            # the traveller: the person before the verb in its clause, else "He"/"She" opening the sentence
            c0 = s
            for m in re.finditer(r";|,\s+(?:and|but|while|as|after|before)\s|\b(?:when|after|before|as)\s", text[s:hit.start()]):
                c0 = s + m.end()
            who = next((m for m in reversed(ments) if m.kind == "person" and m.iso3 and c0 <= m.start < hit.start()), None)
            if who is None and re.match(r"\s*(?:He|She)\b", text[s:e]) and si:
                told = next((r for r in reversed(records) if r.sentence_index == si - 1 and r.visitor.kind == "person"
                             and not r.is_domestic), None)
                if told is not None:
                    who = told.visitor
            if who is None:
                continue
            host, place = None, None
            if epithet is not None:
                key = re.sub(r"\s+", " ", epithet.lower()[4:])
                host = words.fixed.get(key)
                if host is None:
                    # a bare "the kingdom": the country of the person met there, else the last other country named
                    partner = next((m for m in ments if m.kind == "person" and m.iso3 and m.start > hit.end()
                                    and m.iso3 != who.iso3), None)
                    if partner is not None:
                        host = partner.iso3
                    else:
                        lo = sentences[max(0, si - 2)][0]
                        named = [m for m in (mm for k in range(max(0, si - 2), si + 1) for mm in per[k])
                                 if m.kind == "country" and m.iso3 and m.iso3 != who.iso3 and m.alias_kind != "demonym"
                                 and lo <= m.start < hit.start()]
                        host = named[-1].iso3 if named else None
            else:
                stop = re.search(r"[;,]|\s+(?:and|but)\s", text[hit.end():e])
                host, place = _host_after(vx, text, hit.start(), hit.end() + stop.start() if stop else e, ments)
            if host is None or host == who.iso3 or any(
                    r.host_iso3 == host and not r.is_domestic and (r.visitor.actor_id == who.actor_id or r.visitor.iso3 == who.iso3
                                                                     and r.visitor.kind != "person") for r in records):
                continue
            status = "planned" if _PLAN_RE.search(text, max(s, hit.start() - 30), hit.start()) else "occurred"
            future = status == "planned"
            spans = [d for d in vx._undateline(vx.dates.find(text[s:e], published, offset=s, future=future))
                     if (d.end >= published if future else d.start <= published)]
            later = [d for d in spans if d.char_start >= hit.start()]
            date = later[0] if later else spans[-1] if spans else vx._month_of(published)
            rec = _new_record(who, host, status, s, e, si, place if place is not None and place.iso3 == host else None,
                              date, "indirect-host")
            if who.kind != "person":
                rec.visitor = who
            records.append(rec)
