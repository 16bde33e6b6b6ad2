"""Visit records of long wire stories (visits session 11): checks made once every record of a story is known.

``VisitExtractor._long_wire_passes`` runs five passes over the records ``visits.py`` made, each reading the record's own
sentence (and the lede for its day):

- a host named only as a government ("accused Moscow of ...", "countries that recognise Beijing", "cut its ties with
  Taipei", "a conference on Lebanon", "Abu Dhabi's crown prince") is no place anyone went: the record goes;
- "It comes two months after Hu visited A, B and C": the trips of the clause after "after" are dated that many months
  (years) before the story's day, not on it;
- an occurred trip to the dateline's country told with no date ("Olmert and Abbas held talks with the French leader
  before the opening session") is dated by the day the lede gives, unless its clause puts it in the past;
- "Sirleaf, who took office in January, is on her first official visit": the date of the office taken is not the
  trip's (the lede's day for a trip to the dateline's country, else the story's month); only when the office is the
  traveller's own (right after the name), no year or "last" is told, it is within a year of the story and the
  traveller's clause gives no other date (review s11);
- a stop told by where the traveller came from ("came in from Hanoi late on Friday") keeps the month of the arrival,
  not the arrival's day (tests/gold/README.md, "Legs told by where the traveller came from"), unless a "where" clause
  dates the stop itself.

Patterns are data: ``data/lexicons/visit_long_wire.csv``.
"""
from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from types import SimpleNamespace

from .dates import DateSpan
from .lexicons import lexicon_file, read_rows

_KINDS = ("gov_before", "gov_after", "old_clause", "origin", "office", "gov_keep")
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
            "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
# "It comes two months after", "The visit comes barely a year after", "which follows three months after"
_AFTER_RE = re.compile(r"\b(?:comes?|follows?|takes\s+place)\s+(?:just\s+|only\s+|barely\s+|nearly\s+|almost\s+|about\s+|some\s+|"
                       r"less\s+than\s+|more\s+than\s+)?(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"
                       r"\s+(?P<unit>months?|years?)\s+after\s+", re.I)


def _clause_end_re(joiners: str) -> re.Pattern:
    """A clause's end: a semicolon, a comma before one of ``joiners``, or a spaced dash."""
    return re.compile(rf";|,\s+(?:{joiners})\s|\s[—–]\s")


# the end of the clause that names a traveller ("..., and Olmert told reporters the two sides had never been so close")
_CLAUSE_END_RE = _clause_end_re("and|but|while|whereas")
_PAST_VERB_RE = re.compile(r"\b(?:visited|toured|travell?ed|went|flew|made|paid|came|attended|held)\b", re.I)
# (review s11) the office phrase right after the traveller's name: "Macri, who took office in", "Duterte, sworn in on"
_OWN_OFFICE_RE = re.compile(r"\s*,\s*(?:who\s+)?(?:(?:was|had\s+been|has\s+been)\s+)?(?:took|taking|sworn|elected|inaugurated|"
                            r"came|assumed)\b[^,;]*$", re.I)
# (review s11) where the clause of "comes N months after ..." ends
_AFTER_CLAUSE_END_RE = _clause_end_re("and|but|while|whereas|who|which|when")
_YEAR_WORD_RE = re.compile(r"\b(?:1[89]|20)\d\d\b|\blast\b", re.I)
# a date word of a sentence: another date than the office's is the trip's own
_DATE_WORD_RE = re.compile(r"\b(?:(?:1[89]|20)\d\d|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|"
                           r"tonight|January|February|March|April|May|June|July|August|September|October|November|December|"
                           r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b")


def _month_span(day: dt.date) -> DateSpan:
    return DateSpan(day.replace(day=1), day.replace(day=calendar.monthrange(day.year, day.month)[1]), "month", "")


def _months_before(day: dt.date, n: int) -> dt.date:
    k = day.year * 12 + (day.month - 1) - n
    return dt.date(k // 12, k % 12 + 1, 1)


class LongWire:
    """The compiled patterns of ``visit_long_wire.csv`` and the five passes."""

    def __init__(self, lexdir=None):
        rows = read_rows(lexicon_file(lexdir, "visit_long_wire.csv"), ("kind", "pattern"), {"kind": _KINDS})
        pats = {k: [r["pattern"] for r in rows if r["kind"] == k] for k in _KINDS}
        self.gov_before = [re.compile(p, re.I) for p in pats["gov_before"]]  # each anchored with $ over a short window
        self.gov_after = [re.compile(p, re.I) for p in pats["gov_after"]]
        self.old_clause = re.compile("|".join(f"(?:{p})" for p in pats["old_clause"]) or "(?!)", re.I)
        self.origin = [re.compile(p, re.I) for p in pats["origin"]]
        self.office = re.compile("|".join(f"(?:{p})" for p in pats["office"]) or "(?!)", re.I)
        self.gov_keep = [re.compile(p, re.I) for p in pats["gov_keep"]]  # (review s11, V5)

    # -- helpers ------------------------------------------------------------------------------
    @staticmethod
    def _index(mentions) -> dict[str, list[tuple[int, int, str]]]:
        """The country mentions by iso3, in text order: (start, end, kind), kind "city" for a capital, else "country"."""
        out: dict[str, list[tuple[int, int, str]]] = {}
        for m in mentions:
            if m.kind == "country" and m.iso3 and m.alias_kind != "demonym":
                out.setdefault(m.iso3, []).append((m.start, m.end, "city" if m.alias_kind == "capital" else "country"))
        for spans in out.values():
            spans.sort()
        return out

    @staticmethod
    def _host_spans(rec, index) -> list[tuple[int, int, str]]:
        """Where the record's host is named in its sentence: (start, end, kind)."""
        s0, e0 = rec.sentence
        spans = index.get(rec.host_iso3, ())
        k = bisect.bisect_left(spans, (s0, -1, ""))
        out = []
        while k < len(spans) and spans[k][0] < e0:
            out.append(spans[k])
            k += 1
        pl = rec.place
        if pl is not None and s0 <= pl.start < e0 and not any(a <= pl.start < b for a, b, _ in out):
            out.append((pl.start, pl.end, "city"))
        return out

    def _as_government(self, text, start, end, kind) -> bool:
        before = text[max(0, start - 80):start]
        if any(p.search(before) for p in self.gov_before):
            return True
        return kind == "city" and any(p.match(text, end, min(len(text), end + 40)) for p in self.gov_after)

    def _talks_trip(self, text, r, index) -> bool:
        """(review s11, V5) "Hochstein arrived on Tuesday for talks on Lebanon": every name of the host in the sentence
        follows a gov_keep phrase and the sentence names no other country or capital after the traveller, so the talks
        are the trip's ("arrived in Paris for talks on Lebanon" still drops Lebanon)."""
        if not self.gov_keep:
            return False
        s0, e0 = r.sentence
        spans = self._host_spans(SimpleNamespace(sentence=r.sentence, host_iso3=r.host_iso3, place=None), index)
        if not spans or not all(any(p.search(text[max(0, a - 80):a]) for p in self.gov_keep) for a, _, _ in spans):
            return False
        v = getattr(r, "visitor", None)
        lo = max(s0, v.end) if v is not None and s0 <= v.end <= e0 else s0  # ("U.S. envoy ...": his own country)
        for iso, other in index.items():
            if iso == r.host_iso3:
                continue
            k = bisect.bisect_left(other, (lo, -1, ""))
            if k < len(other) and other[k][0] < e0:
                return False
        return True

    # -- the passes -----------------------------------------------------------------------------
    def drop_government_hosts(self, text, records, mentions, scene_iso3) -> None:
        """Records whose host the sentence names only as a government go (a host the dateline gives stays)."""
        kept, index, gov_at, only_gov = [], self._index(mentions), {}, {}

        def is_gov(a, b, k):
            if a not in gov_at:
                gov_at[a] = self._as_government(text, a, b, k)
            return gov_at[a]

        for r in records:
            if r.host_iso3 and r.host_iso3 != scene_iso3 and r.status in ("occurred", "planned"):
                key = (r.host_iso3, r.sentence)
                if key not in only_gov:  # (the country's names in the sentence: judged once per host and sentence)
                    spans = self._host_spans(SimpleNamespace(sentence=r.sentence, host_iso3=r.host_iso3, place=None), index)
                    only_gov[key] = (bool(spans), all(is_gov(a, b, k) for a, b, k in spans))
                named, gov = only_gov[key]
                pl = r.place
                if pl is not None and r.sentence[0] <= pl.start < r.sentence[1] and not any(
                        a <= pl.start < b for a, b, _ in self._host_spans(SimpleNamespace(
                            sentence=(pl.start, pl.start + 1), host_iso3=r.host_iso3, place=None), index)):
                    named, gov = True, gov and is_gov(pl.start, pl.end, "city")
                if named and gov and not self._talks_trip(text, r, index):
                    continue
            kept.append(r)
        records[:] = kept

    @staticmethod
    def _in_after_clause(text, r, m, e0) -> bool:
        """(review s11, V2) The record is the trip of the "after" clause itself: its traveller and a past verb of
        travel lie before the clause ends (", and", ";", a dash, ", who"), and the record has no date of its own
        told in the sentence ("..., and Putin flew to Pyongyang on Tuesday" keeps Tuesday)."""
        stop = _AFTER_CLAUSE_END_RE.search(text, m.end(), e0)
        end = stop.start() if stop is not None else e0
        if not (r.visitor.end <= end) or not _PAST_VERB_RE.search(text, r.visitor.end, end):
            return False
        d = r.date
        return not (d is not None and d.char_end and r.sentence[0] <= d.char_start < r.sentence[1])

    def date_after_clauses(self, text, records, published) -> None:
        """ "It comes two months after President Hu visited Morocco, Nigeria and Kenya": those trips are dated two
        months before the story's day (month precision; years give the year)."""
        if published is None:
            return
        after_in: dict[tuple[int, int], list] = {}
        for r in records:
            if r.status != "occurred" or r.date is None or r.date.start < published - dt.timedelta(days=40):
                continue
            s0, e0 = r.sentence
            if r.sentence not in after_in:
                after_in[r.sentence] = list(_AFTER_RE.finditer(text, s0, e0)) if text.find(" after ", s0, e0) >= 0 else []
            for m in after_in[r.sentence]:
                if not (m.end() <= r.visitor.start < e0) or r.visitor.start - m.end() > 60:
                    continue
                clause_end = text.find(";", m.end(), e0)
                if not _PAST_VERB_RE.search(text, r.visitor.end, clause_end if clause_end > 0 else e0):
                    continue
                if not self._in_after_clause(text, r, m, e0):
                    continue
                n = _NUMBERS.get(m.group("n").lower()) or int(m.group("n"))
                if m.group("unit").lower().startswith("year"):
                    y = published.year - n
                    r.date = DateSpan(dt.date(y, 1, 1), dt.date(y, 12, 31), "year", m.group().strip())
                else:
                    r.date = _month_span(_months_before(published, n))
                r.preset = True
                break

    def date_undated_scene_trips(self, text, records, sentences, scene_iso3, lede_day) -> None:
        """An occurred trip to the dateline's country with no date takes the lede's day, unless the clause that
        names its traveller puts it in the past ("has visited", "last", a year)."""
        if scene_iso3 is None or lede_day is None:
            return
        for r in records:
            if r.status != "occurred" or r.host_iso3 != scene_iso3 or r.date is not None or r.is_domestic or r.earlier:
                continue
            s0, e0 = r.sentence
            at = min(max(r.visitor.start, s0), e0)
            lo = max(s0, text.rfind(";", s0, at) + 1)
            stop = _CLAUSE_END_RE.search(text, r.visitor.end if s0 <= r.visitor.end <= e0 else at, e0)
            clause = text[lo:stop.start() if stop else e0]
            if self.old_clause.search(clause):
                continue
            r.date = DateSpan(lede_day.start, lede_day.end, "day", lede_day.text)

    @staticmethod
    def _own_recent_office(text, r, d, published) -> bool:
        """(review s11, V1) The office is the traveller's own ("Macri, who took office in December, is ..."), its date
        is the story's own days (no year told, within a year of the story) and the sentence gives the trip no other
        date: "after he was sworn in on May 26, 2014", "Tusk, who took office" and a temple "inaugurated on
        Wednesday" keep their dates."""
        v = getattr(r, "visitor", None)
        if v is None or not (r.sentence[0] <= v.end <= d.char_start) or d.char_start - v.end > 60:
            return False
        if not _OWN_OFFICE_RE.match(text[v.end:d.char_start]):
            return False
        if published is None or _YEAR_WORD_RE.search(d.text or "") or d.start < published - dt.timedelta(days=366):
            return False
        s0, e0 = r.sentence
        lo = max(s0, text.rfind(";", s0, v.start) + 1)  # (the traveller's clause: "X took office in December; Y, ...")
        hi = text.find(";", d.char_end, e0)
        return not any(m.start() < d.char_start or m.start() >= d.char_end
                       for m in _DATE_WORD_RE.finditer(text, lo, hi if hi >= 0 else e0))

    def office_dates(self, text, records, scene_iso3, lede_day, published) -> None:
        """ "Sirleaf, who took office in January, is on her first official visit": the date of the office taken is not
        the trip's. An occurred trip dated by such a date takes the lede's day when it goes to the dateline's
        country, else the month of the story (the extractor's default for a trip told without a date)."""
        for r in records:
            d = r.date
            if r.status != "occurred" or d is None or not d.char_end or r.is_domestic:
                continue
            if not self.office.search(text, max(r.sentence[0], d.char_start - 40), d.char_start):
                continue
            if not self._own_recent_office(text, r, d, published):
                continue
            if lede_day is not None and r.host_iso3 == scene_iso3 and lede_day.start > d.end:
                r.date = DateSpan(lede_day.start, lede_day.end, "day", lede_day.text)
            else:
                r.date = _month_span(published) if published is not None else None

    def month_for_origin_legs(self, text, records, mentions) -> None:
        """A stop told by where the traveller came from keeps the month, not the day, of the arrival."""
        index, has_from, origin_at = None, {}, {}
        first_origin: dict = {}  # perf s12: (sentence, host, place in it) -> the first host name told as an origin
        for r in records:
            if r.status != "occurred" or r.date is None or r.date.precision != "day":
                continue
            s0, e0 = r.sentence
            if (s0, e0) not in has_from:
                has_from[(s0, e0)] = text.find(" from ", s0, e0) >= 0
            if not has_from[(s0, e0)]:
                continue
            index = self._index(mentions) if index is None else index
            pl = r.place
            key = (s0, e0, r.host_iso3, (pl.start, pl.end) if pl is not None and s0 <= pl.start < e0 else None)
            if key in first_origin:  # (perf s12: many records of one long sentence share its host's names)
                spans = first_origin[key]
            else:
                spans = []
                for sp in self._host_spans(r, index):
                    if sp[0] not in origin_at:  # (each name judged once: a long list names one host many times)
                        origin_at[sp[0]] = any(p.search(text, max(s0, sp[0] - 60), sp[0]) for p in self.origin)
                    if origin_at[sp[0]]:
                        spans.append(sp)
                        break
                first_origin[key] = spans
            if not spans:
                continue
            a, b, _ = spans[0]
            if r.date.char_start and r.date.char_start > b and re.search(r",\s+where\b", text[b:r.date.char_start]):
                continue  # ("from Madrid, where he met Sanchez on Tuesday": the stop's own day)
            r.date = _month_span(r.date.start)
