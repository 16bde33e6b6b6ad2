"""Resolve date expressions in news text against the publication date.

``DateResolver().find(sentence, published)`` returns every :class:`DateSpan` in the sentence:
"on Wednesday" published Monday 2011-08-08 -> 2011-08-03 (day); "in late June" -> 2011-06-21..30
(month); "the first seven months of 2019" -> 2019-01-01..2019-07-31 (month).
Past tense picks the most recent matching day or month (the publication day included); a future
tense ("will", "is to", "plans to") picks the next one. Relative expressions need a publication
date; without one only absolute dates ("July 2000", "in 2002") are returned.
"""
from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from dataclasses import dataclass, replace

from .lexicons import alternation, lexicon_file, read_rows

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": 4}

_MON = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_SP = r"[\s\u00a0]+"
_DASH = r"\s*(?:-|–|—|to|through|until)\s*"
# the year that ends a date, with KCNA's Juche year before it when given ("July 26-August 18, Juche 90 (2001)"): one
# tail shared by every pattern that ends in a year (fixV2, review of round 19 item 5; round 19 gave it to one pattern)
_YTAIL = rf"(?:Juche{_SP}\d{{1,3}}{_SP}\()?(?P<y>{_YEAR})\)?"

FUTURE_RE = re.compile(
    r"\b(?:will|would|shall|won't|is to|are to|is due to|are due to|is expected to|are expected to|is scheduled to|"
    r"are scheduled to|is set to|are set to|is going to|plans? to|planning to|intends? to|upcoming|next|"
    r"(?:is|are)\s+planned|planned\s+for|scheduled\s+for|due\s+(?:in|on|next)|"
    r"(?:is|are)\s+(?:\w+\s+)?(?:likely|expected|due|set|scheduled|going|poised)\s+to|later\s+this\s+(?:week|month|year)"
    # visits session 7: presence ahead told with "expected" ("is expected in Lima later in the week")
    r"|(?:is|are)\s+(?:also\s+)?expected\s+(?:in|at|back\s+in)"
    # s23: a schedule in the present with a day ahead ("the state visit begins on Friday", "the tour starts next week")
    r"|(?:begins|starts|kicks\s+off)\s+(?:on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|next|tomorrow))\b|'ll\b",
    re.I)
# Words that put a sentence in the past; without them a near day is read as coming ("The fair runs August 7-9").
# visits session 8: the "-ed" past form is a lower-case word: a name that ends in "ed" ("Mohamed", "Ahmed", "Zayed")
# or a capitalised "-ed" word of a name ("the Non-Aligned Movement", "the United Nations") is no past tense, and made
# "flies to Tehran on Thursday" resolve Thursday backwards (a sentence rarely opens with a past verb of its own)
# (visits fix session 8: but a participle opening the sentence is a past form: "Dressed in white, X travels to ..."
# or "Asked about the trip, X said ...": a capitalised "-ed" word first, with a preposition after it)
PAST_RE = re.compile(r"\b(?:was|were|had|did|said|told|(?-i:[a-z])\w*ed)\b"
                     r"|^\s*(?-i:[A-Z])[a-z]+ed(?=\s+(?:in|by|with|at|on|from|to|for|after|about|up|out|back|as|into)\b)", re.I)

# visits newswire round: the verbs of attribution ("X said", "officials confirmed"): the time of the telling
_ATTRIBUTION_RE = re.compile(r"said|told|announced|confirmed|reported|added|stated", re.I)


def has_past_form(text: str, lo: int = 0, hi: int | None = None) -> bool:
    """Whether text[lo:hi] holds a past form other than a verb of attribution ("said", "told", ...): those tell when
    the news was given, not when the event is."""
    return any(not _ATTRIBUTION_RE.fullmatch(p.group())
               for p in (PAST_RE.finditer(text, lo) if hi is None else PAST_RE.finditer(text, lo, hi)))

# (kind, regex); all are tried and overlapping hits resolved longest first.
_PATTERNS: list[tuple[str, str]] = [
    ("day_range_cross", rf"(?P<m1>{_MON}){_SP}(?P<d1>{_DAY}){_DASH}(?P<m2>{_MON}){_SP}(?P<d2>{_DAY})(?:,?{_SP}{_YTAIL})?"),
    ("day_range", rf"(?P<m1>{_MON}){_SP}(?P<d1>{_DAY}){_DASH}(?P<d2>{_DAY})\b(?:,?{_SP}{_YTAIL})?"),
    ("day_range", rf"(?i:between){_SP}(?P<m1>{_MON}){_SP}(?P<d1>{_DAY}){_SP}and{_SP}(?P<d2>{_DAY})\b(?:,?{_SP}{_YTAIL})?"),
    ("day_range_dmy", rf"\b(?P<d1>{_DAY}){_DASH}(?P<d2>{_DAY}){_SP}(?P<m1>{_MON})(?:,?{_SP}{_YTAIL})?"),
    # ("July 30, Juche 98 (2009)": KCNA gives the Juche year with the common one in brackets)
    ("day_mdy", rf"(?:{_WD},?{_SP})?(?P<m1>{_MON}){_SP}(?P<d1>{_DAY})\b(?!\s*(?:-|–)\s*\d)(?:,?{_SP}{_YTAIL})?"),
    ("day_dmy", rf"\b(?P<d1>{_DAY}){_SP}(?P<m1>{_MON})(?:,?{_SP}{_YTAIL})?"),
    ("first_months", rf"(?i:the{_SP}first{_SP}(?P<n>\w+){_SP}months?)(?:{_SP}of{_SP}(?:{_YTAIL}|(?i:(?P<rel>this|last|the{_SP}current|the{_SP}previous){_SP}year)))?"),
    ("half", rf"(?i:the{_SP}(?P<ord>first|second){_SP}half)(?:{_SP}of{_SP}(?:{_YTAIL}|(?i:(?P<rel>this|last|the{_SP}current){_SP}year)))?"),
    ("quarter", rf"(?i:the{_SP}(?P<ord>first|second|third|fourth|last){_SP}quarter)(?:{_SP}of{_SP}(?:{_YTAIL}|(?i:(?P<rel>this|last){_SP}year)))?"),
    ("month_range", rf"(?P<m1>{_MON})\s*(?:-|–|—|to|through)\s*(?P<m2>{_MON})(?:,?{_SP}(?:of{_SP})?{_YTAIL})?"),
    ("month_range", rf"(?i:between){_SP}(?P<m1>{_MON}){_SP}and{_SP}(?P<m2>{_MON})(?:,?{_SP}(?:of{_SP})?{_YTAIL})?"),
    ("next_years", rf"(?i:(?:over|for|in|within|during){_SP}the{_SP}(?:next|coming){_SP}(?P<n>\w+){_SP}years)"),
    ("part_month", rf"(?i:(?P<part>early|mid|late|the{_SP}end{_SP}of|the{_SP}beginning{_SP}of|the{_SP}start{_SP}of|the{_SP}middle{_SP}of|the{_SP}first{_SP}half{_SP}of|the{_SP}second{_SP}half{_SP}of))[\s\u00a0-]+(?P<m1>{_MON})(?:,?{_SP}{_YTAIL})?"),
    ("part_year", rf"(?i:(?P<part>early|mid|late|the{_SP}end{_SP}of|the{_SP}beginning{_SP}of|the{_SP}start{_SP}of))[\s\u00a0-]+(?P<y>{_YEAR})\b"),
    ("month_year", rf"(?P<m1>{_MON})(?:,?{_SP}(?:of{_SP})?{_YTAIL})"),
    # "in March last year", "late June of last year", "September this year": the month of that year
    ("month_rel_year", rf"(?i:(?:(?:in|during|since|by|until|from|through|for|of)(?:{_SP}the)?{_SP})?(?:(?P<part>early|mid|late|the{_SP}end{_SP}of|the{_SP}beginning{_SP}of|the{_SP}start{_SP}of|the{_SP}middle{_SP}of)[\s\u00a0-]+)?)(?P<m1>{_MON})(?:,)?{_SP}(?i:(?:of{_SP})?(?P<rel>last|this|next|the{_SP}previous|the{_SP}same|the{_SP}current|the{_SP}following){_SP}year)\b"),
    # "initially planned for April" (a plan told as dropped or moved): the nearer April, before or after
    ("plan_month", rf"(?i:\b(?:initially|originally|previously|first)(?:{_SP}been)?{_SP}(?:planned|scheduled|set|slated|due|expected)(?:{_SP}to{_SP}(?:take{_SP}place|be{_SP}held))?{_SP}(?:for|in){_SP}(?:(?P<part>early|mid|late)[\s\u00a0-]+)?)(?P<m1>{_MON})\b(?!{_SP}\d)"),
    ("month", rf"(?i:\b(?:in|during|since|by|until|from|through|of|for|early|late|last|next|this)){_SP}(?P<m1>{_MON})\b(?!\.?{_SP}\d)"),
    ("year", rf"(?i:\b(?:in|during|since|by|until|for|of|from|through|throughout|before|after)){_SP}(?:the{_SP}year{_SP})?(?P<y>{_YEAR})\b(?![-–]\d)"),
    # round 19: "in Juche 47 (1958)", "in autumn of Juche 87 (1998)": KCNA's Juche year, the common one in brackets
    # (a year however far back: the bare-year limit is for numbers that may be no year)
    ("juche_year", rf"(?:(?i:(?:in|during|of|since|by|from|until|before|after){_SP})?(?i:(?:spring|summer|autumn|fall|winter){_SP}of{_SP})?)"
             rf"Juche{_SP}\d{{1,3}}{_SP}\((?P<y>{_YEAR})\)"),
    ("year_bare", rf"(?<![\w$.,-])(?P<y>{_YEAR})(?![\w%]|[.,]\d|-\d)"),
    # "this autumn", "next spring", "the summer of 2019": the year (a season is no month)
    ("season", rf"(?i:\b(?P<rel>this|next|last|coming|the{_SP}coming|the{_SP}past){_SP}(?P<season>spring|summer|autumn|fall|winter)\b)"),
    ("season", rf"(?i:\b(?P<season>spring|summer|autumn|fall|winter)(?:{_SP}of)?){_SP}(?P<y>{_YEAR})\b"),
    # visits session 7b: "in the autumn", "during the spring" (no year: the next one for a plan, else the last one);
    # "before the end of the year", "by the end of this year": the publication year
    ("season", rf"(?i:\b(?:in|during|for|by){_SP}the{_SP}(?:(?:early|late){_SP})?)(?P<season>(?-i:spring|summer|autumn|fall|winter))\b"
               rf"(?=\s*(?:[.,;:)]|$)|{_SP}(?:and|or|to|for|when|as|after|before|with|in|next|this|he|she|they|it|but|if|once|while|at|on|is|was|will|would)\b)"),
    ("year_end", rf"(?i:\b(?:before|by|until|towards?){_SP}the{_SP}end{_SP}of{_SP}(?:the|this){_SP}year\b)"),
    ("weekend", rf"(?i:(?P<rel>over{_SP}the|during{_SP}the|at{_SP}the|this|last|next|on{_SP}the|the{_SP}past){_SP}weekend)"),
    ("weekday", rf"(?i:(?P<rel>last|this|next|on|early|late)\s+)?(?P<wd>{_WD})\b"),
    # (s21: "arrived in Qiqihar City this morning": the publication day, as "today")
    ("deictic", rf"(?i:\b(?P<word>today|yesterday|tomorrow|tonight|this{_SP}(?:morning|afternoon|evening))\b)"),
    ("relative", rf"(?i:(?P<mod>earlier{_SP}|later{_SP})?(?P<rel>this|last|next|past|previous|coming|the{_SP}current|the{_SP}past|the{_SP}previous|the{_SP}coming){_SP}(?P<unit>week|month|year))\b"),
    # s13: "later in the year", "earlier in the month": the publication's own year, month or week
    ("relative", rf"(?i:(?P<mod>earlier{_SP}|later{_SP})in{_SP}(?P<rel>the){_SP}(?P<unit>week|month|year))\b"),
    ("at_the_time", r"(?i:\bat\s+the\s+time\b|\b(?:on\s+)?the\s+same\s+day\b)"),
    # s23: a holiday of fixed date, "on Christmas Day", "on New Year's Eve": that day of the year nearest the story
    # (the last one for a past event, the next one for a plan)
    ("holiday", rf"(?i:\b(?:on{_SP})?(?P<hol>Christmas{_SP}(?:Day|Eve)|New{_SP}Year['’]s{_SP}(?:Day|Eve)|Boxing{_SP}Day))\b"),
    # round 17: "two months later" (in a sentence about what is ahead), "three weeks ago", "in two months' time"
    ("offset", rf"(?i:\b(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{{1,2}}){_SP}(?P<unit>months?|weeks?|years?){_SP}(?P<dir>later|ago|from{_SP}now|hence)\b)"),
    ("offset", rf"(?i:\bin{_SP}(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{{1,2}}){_SP}(?P<unit>months?|weeks?|years?)(?:['’]?{_SP}time)?\b)"),
]


# A month-day after "the" and before a capitalised name of a building, body, award, text or festival is part of that
# name, no date: "at the August 1 Building", "the June 15 Joint Declaration", "the 28th April Spring Friendship Art
# Festival" (rounds 18/19). The name's head nouns are data (name_heads.csv, built in `DateResolver`); a lower-case event
# noun after the name makes the day a date again ("the May 19 Group of Seven summit": review of round 18, finding 8).
_NAMED_AFTER_DAY = r"[ \t\u00a0]+(?:[A-Z][\w'-]*[ \t\u00a0]+){{0,4}}?(?:{heads})\b"
_EVENT_AFTER_NAME_RE = re.compile(r"(?:[ \t\u00a0]+(?:of|for|and|the|[A-Z][\w'-]*)){0,6}[ \t\u00a0]+(?:summit|vote|election|talks|"
                                  r"session|conference|poll|polls|ballot|meeting|deadline|hearing|referendum)\b")
_THE_BEFORE_RE = re.compile(r"\bthe[ \t\u00a0]+$", re.I)

# s23: the fixed-date holidays of the "holiday" pattern: (month, day)
_HOLIDAYS = {"christmas day": (12, 25), "christmas eve": (12, 24), "new year's day": (1, 1), "new year's eve": (12, 31),
             "boxing day": (12, 26)}

# What a text must contain for a pattern to be worth running (a cheap first pass).
_NEEDS = {
    "day_range_cross": "mon", "day_range": "mon", "day_range_dmy": "mon", "day_mdy": "mon", "day_dmy": "mon",
    "first_months": "word", "half": "word", "quarter": "word", "month_range": "mon", "part_month": "mon",
    "part_year": "year", "month_year": "mon", "month_rel_year": "mon", "plan_month": "mon", "month": "mon", "next_years": "word", "year": "year",
    "year_bare": "year", "juche_year": "juche", "weekend": "word", "weekday": "wd", "deictic": "word", "relative": "word",
    "at_the_time": "word", "season": "word", "year_end": "word", "offset": "word", "holiday": "word",
}


def _overlaps_taken(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``[start, end)`` overlaps a span of ``taken`` (sorted (start, end) pairs that do not overlap one another):
    the same answer as testing each span, read at one place. Spans that do not overlap, sorted, end in order, so only
    the last one starting before ``end`` can reach past ``start``: taken [(3, 7), (9, 12)], (6, 9) -> True (3-7);
    (7, 9) -> False."""
    k = bisect.bisect_left(taken, (end,))
    return k > 0 and taken[k - 1][1] > start


@dataclass(frozen=True)
class DateSpan:
    """A resolved date expression: an inclusive day range and its precision."""

    start: dt.date
    end: dt.date
    precision: str  # day | month | year
    text: str
    char_start: int = 0
    char_end: int = 0


_EVE_OF_RE = re.compile(r"\b(?:the\s+)?eve\s+of\s+$", re.I)


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _part_of_month(year: int, mon: int, part: str | None) -> DateSpan:
    """The month, or the part of it a word names: "early June" 1-10, "mid-June" 11-20, "late June" 21-end,
    "the first half of June" 1-15, "the second half of June" 16-end; precision stays "month"."""
    first, last = dt.date(year, mon, 1), _month_end(year, mon)
    part = re.sub(r"\s+", " ", (part or "").lower())
    if part in ("early", "the beginning of", "the start of"):
        last = dt.date(year, mon, 10)
    elif part in ("mid", "the middle of"):
        first, last = dt.date(year, mon, 11), dt.date(year, mon, 20)
    elif part in ("late", "the end of"):
        first = dt.date(year, mon, 21)
    elif part == "the first half of":
        last = dt.date(year, mon, 15)
    elif part == "the second half of":
        first = dt.date(year, mon, 16)
    return DateSpan(first, last, "month", "")


def _int_day(s: str) -> int:
    return int(re.match(r"\d+", s).group())


class DateResolver:
    """Find and resolve date expressions; compiled once, cheap to call per sentence."""

    def __init__(self) -> None:
        self.patterns = [(kind, re.compile(rx), _NEEDS[kind]) for kind, rx in _PATTERNS]
        # s20: "last April" said in May: a home outlet (KCNA, read in place: all its uses in 2011-12) means the April just
        # gone; newswire prose the April of the year before (set per article by `Extractor.extract`)
        self.recent_last_month = False
        self.needs = {
            "mon": re.compile(_MON),
            "wd": re.compile(_WD),
            "year": re.compile(_YEAR),
            "juche": re.compile(r"Juche"),
            "word": re.compile(r"(?i:weekend|today|yesterday|tomorrow|tonight|this\s+(?:morning|afternoon|evening)|week|month|year|at\s+the\s+time|same\s+day|quarter|half|spring|summer|autumn|fall\b|winter|christmas|boxing\s+day)"),
        }
        self._past = True
        heads = read_rows(lexicon_file(None, "name_heads.csv"), ("word",))
        self.named_after_day = re.compile(_NAMED_AFTER_DAY.format(heads=alternation([r["word"] for r in heads])))
        self.quick = re.compile(
            rf"{_MON}|{_WD}|\d\d\d\d|(?i:weekend|today|yesterday|tomorrow|tonight|this\s+(?:morning|afternoon|evening)|week|month|year|at the time|same day|quarter|half|spring|summer|autumn|fall\b|winter|christmas|boxing day)")

    def is_future(self, sentence: str) -> bool:
        return FUTURE_RE.search(sentence) is not None

    def find(self, text: str, published: dt.date | None, future: bool | None = None,
             context: DateSpan | None = None, offset: int = 0) -> list[DateSpan]:
        """All date expressions in ``text`` (offsets + ``offset``), in text order, non-overlapping.

        ``future`` None means: detect from the wording of ``text``. ``context`` is the date of the
        previously mentioned event, which "at the time" refers to.
        """
        if not self.quick.search(text):
            return []
        if future is None:
            future = self.is_future(text)
        # perf s12: the visits rules read one sentence's dates two or three times (its cues, its dates, the back-off);
        # the answer and the tense flag it leaves are kept for the last few hundred calls
        memo = self.__dict__.setdefault("_find_memo", {})
        key = (text, published, future, context, offset, self.recent_last_month)
        hit = memo.get(key)
        if hit is not None:
            self._past = hit[1]
            return list(hit[0])
        out = self._find(text, published, future, context, offset)
        if len(memo) >= 512:
            memo.clear()
        memo[key] = (tuple(out), self._past)
        return out

    def _find(self, text: str, published: dt.date | None, future: bool, context: DateSpan | None,
              offset: int) -> list[DateSpan]:
        """`find` without the memo (``future`` resolved)."""
        # visits newswire round (item 4a): a reporting verb ("will skip the summit on July 6-7, Beijing said on Wednesday")
        # tells when the news was given, not the tense of the event: with a future wording it does not make it past
        # visits newswire round (item 4a): with a future wording the tense is the future verb's own clause ("will skip the
        # summit on July 6-7, the first time he has missed it, Beijing said"): the past words of other clauses and
        # the verbs of attribution tell when the news was given, not when the event is
        fut = FUTURE_RE.search(text)
        if fut is None:
            self._past = PAST_RE.search(text) is not None
        else:
            lo = max(text.rfind(",", 0, fut.start()), text.rfind(";", 0, fut.start())) + 1
            hi = min([k for k in (text.find(",", fut.end()), text.find(";", fut.end())) if k >= 0], default=len(text))
            self._past = has_past_form(text, lo, hi)
        present = {k for k, rx in self.needs.items() if rx.search(text)}
        hits: list[tuple[int, int, str, re.Match]] = []
        for kind, rx, need in self.patterns:
            if need not in present:
                continue
            for m in rx.finditer(text):
                hits.append((m.start(), m.end(), kind, m))
        hits.sort(key=lambda h: (-(h[1] - h[0]), h[0]))  # longest first
        out: list[DateSpan] = []
        offsets: set[int] = set()
        taken: list[tuple[int, int]] = []  # perf s9: the (start, end) of ``out``, sorted, for a bisect (thousands of years)
        for start, end, kind, m in hits:
            if _overlaps_taken(taken, start, end):
                continue
            if kind in ("day_mdy", "day_dmy") and not m.group("y") and _THE_BEFORE_RE.search(text, max(0, start - 5), start) \
                    and (name := self.named_after_day.match(text, end)) is not None \
                    and not _EVENT_AFTER_NAME_RE.match(text, name.end()):
                continue  # ("the August 1 Building": a name)
            span = self._resolve(kind, m, published, future, context)
            if span is None:
                continue
            if kind in ("day_mdy", "day_dmy") and span.start == span.end and _EVE_OF_RE.search(text, max(0, start - 16), start):
                # s20: "on the eve of May 9": the day before; told in the past in a story of May 8, that May 8
                eve = span.start - dt.timedelta(days=1)
                if not m.group("y") and published is not None and not future:
                    try:
                        this_year = dt.date(published.year, span.start.month, span.start.day) - dt.timedelta(days=1)
                    except ValueError:
                        this_year = None
                    if this_year is not None and this_year <= published:
                        eve = this_year
                span = DateSpan(eve, eve, "day", "")
            out.append(replace(span, text=m.group().strip(), char_start=start + offset, char_end=end + offset))
            bisect.insort(taken, (start, end))
            if kind == "offset":
                offsets.add(start + offset)
        out.sort(key=lambda d: d.char_start)
        if offsets:
            # "a year ago, in July 2000": the date the count is followed by says it better
            out = [d for k, d in enumerate(out) if not (d.char_start in offsets and k + 1 < len(out)
                                                        and out[k + 1].char_start - d.char_end <= 6)]
        return out

    # -- resolution -----------------------------------------------------------------------
    def _resolve(self, kind: str, m: re.Match, pub: dt.date | None, future: bool,
                 context: DateSpan | None) -> DateSpan | None:
        g = m.groupdict()
        year = int(g["y"]) if g.get("y") else None
        try:
            if kind in ("day_range", "day_range_dmy", "day_range_cross", "day_mdy", "day_dmy"):
                m1 = MONTHS[g["m1"].rstrip(".").lower()]
                m2 = MONTHS[g["m2"].rstrip(".").lower()] if g.get("m2") else m1
                d1 = _int_day(g["d1"])
                d2 = _int_day(g["d2"]) if g.get("d2") else d1
                if year is None:
                    if pub is None:
                        return None
                    year = self._year_for(pub, dt.date(2000, m1, d1), future, day_level=True)
                    ahead = dt.date(pub.year, m1, d1) - pub
                    if not future and not self._past and dt.timedelta(0) < ahead <= dt.timedelta(days=60):
                        year = pub.year  # present tense, a day soon after publication
                start, end = dt.date(year, m1, d1), dt.date(year, m2, d2)
                if end < start:
                    end = dt.date(year + 1, m2, d2)
                return DateSpan(start, end, "day", "")
            if kind in ("month_rel_year", "plan_month"):
                if pub is None:
                    return None
                mon = MONTHS[g["m1"].rstrip(".").lower()]
                if kind == "month_rel_year":
                    rel = re.sub(r"\s+", " ", g["rel"].lower())
                    # "last/this/next year" count from publication; "the previous/same/following year" from the
                    # story's last date when there is one ("in March 2015 ... in June the following year": 2016)
                    base = context.start.year if context is not None and rel.startswith("the ") else pub.year
                    year = base + {"last": -1, "the previous": -1, "next": 1, "the following": 1}.get(rel, 0)
                else:  # the nearer of the two: a plan told months later was in the past
                    back = (pub.month - mon) % 12
                    year = pub.year - (1 if mon > pub.month else 0) if back <= 6 else pub.year + (1 if mon < pub.month else 0)
                return _part_of_month(year, mon, g.get("part"))
            if kind in ("month", "month_year", "part_month"):
                mon = MONTHS[g["m1"].rstrip(".").lower()]
                if g["m1"] == "May" and kind == "month" and not m.group().lower().startswith(("in", "since", "by", "until", "early", "late", "last", "next", "this", "during", "from", "through", "for")):
                    return None
                if year is None:
                    if pub is None:
                        return None
                    prefix = m.group().split()[0].lower()
                    fut = future or prefix == "next"
                    year = self._year_for(pub, dt.date(2000, mon, 1), fut and prefix != "last", day_level=False)
                    if prefix == "last" and year == pub.year and 0 <= pub.month - mon <= (0 if self.recent_last_month else 1):
                        # "last July" said in July or August: the July of the year before (the one just gone
                        # would be "this month" / "last month"); a home outlet's "last July" in August is the one just gone
                        year -= 1
                return _part_of_month(year, mon, g.get("part"))
            if kind == "month_range":
                m1 = MONTHS[g["m1"].rstrip(".").lower()]
                m2 = MONTHS[g["m2"].rstrip(".").lower()]
                if year is None:
                    if pub is None:
                        return None
                    year = self._year_for(pub, dt.date(2000, m2, 1), future, day_level=False)
                y1 = year if m1 <= m2 else year - 1
                return DateSpan(dt.date(y1, m1, 1), _month_end(year, m2), "month", "")
            if kind in ("first_months", "half", "quarter"):
                year = year or self._rel_year(g.get("rel"), pub)
                if year is None:
                    if pub is None:
                        return None
                    year = pub.year
                if kind == "first_months":
                    n = NUMBERS.get(g["n"].lower()) or (int(g["n"]) if g["n"].isdigit() else None)
                    if not n or n > 12:
                        return None
                    return DateSpan(dt.date(year, 1, 1), _month_end(year, n), "month", "")
                if kind == "half":
                    h = ORDINALS[g["ord"].lower()]
                    return DateSpan(dt.date(year, 1 if h == 1 else 7, 1), _month_end(year, 6 if h == 1 else 12), "month", "")
                q = ORDINALS[g["ord"].lower()]
                return DateSpan(dt.date(year, 3 * q - 2, 1), _month_end(year, 3 * q), "month", "")
            if kind == "next_years":
                n = NUMBERS.get(g["n"].lower()) or (int(g["n"]) if g["n"].isdigit() else None)
                if not n or pub is None:
                    return None
                return DateSpan(dt.date(pub.year + n, 1, 1), dt.date(pub.year + n, 12, 31), "year", "")
            if kind == "part_year":
                part = re.sub(r"\s+", " ", g["part"].lower())
                if part in ("early", "the beginning of", "the start of"):
                    return DateSpan(dt.date(year, 1, 1), dt.date(year, 4, 30), "month", "")
                if part == "mid":
                    return DateSpan(dt.date(year, 5, 1), dt.date(year, 8, 31), "month", "")
                return DateSpan(dt.date(year, 9, 1), dt.date(year, 12, 31), "month", "")
            if kind in ("year", "year_bare", "juche_year"):
                if kind == "year_bare" and pub is not None and abs(year - pub.year) > 30:
                    return None
                return DateSpan(dt.date(year, 1, 1), dt.date(year, 12, 31), "year", "")
        except ValueError:
            return None  # "February 30"
        if kind == "year_end":
            return DateSpan(dt.date(pub.year, 1, 1), dt.date(pub.year, 12, 31), "year", "") if pub is not None else None
        if kind == "season":
            start_month = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}[g["season"].lower()]
            if year is None and g.get("rel") is None:  # ("in the autumn": the next one ahead, else the last one)
                if pub is None:
                    return None
                if future:
                    year = pub.year if start_month + 2 >= pub.month else pub.year + 1
                else:
                    year = pub.year if start_month <= pub.month else pub.year - 1
            if year is None:
                if pub is None:
                    return None
                rel = re.sub(r"\s+", " ", g["rel"].lower()).replace("the ", "")
                if rel in ("next", "coming"):
                    year = pub.year if start_month > pub.month else pub.year + 1
                elif rel in ("last", "past"):
                    year = pub.year if start_month + 2 < pub.month else pub.year - 1
                else:
                    year = pub.year
            return DateSpan(dt.date(year, 1, 1), dt.date(year, 12, 31), "year", "")
        if pub is None:
            return None
        if kind == "weekday":
            wd = WEEKDAYS[g["wd"].lower()]
            rel = (g.get("rel") or "").lower()
            if rel == "this":
                # "this Friday" / "this Monday": that day of the publication's week (Monday to Sunday), ahead or
                # past, whatever the tense ("decided not to travel for the opening this Friday", said on a Monday)
                day = pub + dt.timedelta(days=wd - pub.weekday())
                if future and day < pub:
                    day += dt.timedelta(days=7)  # ("will fly this Monday" said on a Sunday: tomorrow, not six days ago)
            elif rel == "next" or (future and rel != "last"):
                day = pub + dt.timedelta(days=(wd - pub.weekday()) % 7)
                if rel == "next" and day == pub:
                    day += dt.timedelta(days=7)
            else:
                day = pub - dt.timedelta(days=(pub.weekday() - wd) % 7)
                if rel == "last" and (pub - day).days < 2:
                    day -= dt.timedelta(days=7)  # ("last Thursday" said on a Friday: the week before; else "yesterday")
            return DateSpan(day, day, "day", "")
        if kind == "holiday":
            month, day_n = _HOLIDAYS[re.sub(r"\s+", " ", g["hol"].lower()).replace("’", "'")]
            day = dt.date(pub.year, month, day_n)
            if future and day < pub:
                day = dt.date(pub.year + 1, month, day_n)
            elif not future and day > pub:
                day = dt.date(pub.year - 1, month, day_n)
            return DateSpan(day, day, "day", "")
        if kind == "weekend":
            rel = re.sub(r"\s+", " ", g["rel"].lower())
            if rel == "this":
                sat = pub + dt.timedelta(days=5 - pub.weekday())  # (the weekend of the publication's week)
                if future and sat + dt.timedelta(days=1) < pub:
                    sat += dt.timedelta(days=7)
            elif rel == "next" or (future and rel not in ("last", "the past")):
                sat = pub + dt.timedelta(days=(5 - pub.weekday()) % 7)
            else:
                sat = pub - dt.timedelta(days=(pub.weekday() - 5) % 7)
            return DateSpan(sat, sat + dt.timedelta(days=1), "day", "")
        if kind == "deictic":
            word = g["word"].lower()
            shift = 0 if word.startswith("this") else {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[word]
            day = pub + dt.timedelta(days=shift)
            return DateSpan(day, day, "day", "")
        if kind == "relative":
            rel = re.sub(r"\s+", " ", g["rel"].lower()).replace("the ", "")
            if rel == "the" and (not future or (g.get("mod") or "").strip().lower() != "later"
                                 or g["unit"].lower() == "week"):
                return None  # (fix s13) "later in the year" after a past date is that year: only a plan's is ours
            step = {"this": 0, "current": 0, "the": 0, "last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}[rel]
            unit = g["unit"].lower()
            if unit == "year":
                y = pub.year + step
                return DateSpan(dt.date(y, 1, 1), dt.date(y, 12, 31), "year", "")
            if unit == "month":
                idx = pub.year * 12 + pub.month - 1 + step
                y, mo = divmod(idx, 12)
                return DateSpan(dt.date(y, mo + 1, 1), _month_end(y, mo + 1), "month", "")
            monday = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(days=7 * step)
            return DateSpan(monday, monday + dt.timedelta(days=6), "day", "")
        if kind == "offset":
            word = g["n"].lower()
            n = 1 if word in ("a", "an") else NUMBERS.get(word) or int(word)
            ahead = (g.get("dir") or "in").lower()
            if ahead == "ago":
                n = -n
            elif not future:
                return None  # ("returned home two months later": later than another event, not than the story)
            unit = g["unit"].lower().rstrip("s")
            if unit == "year":
                y = pub.year + n
                return DateSpan(dt.date(y, 1, 1), dt.date(y, 12, 31), "year", "")
            if unit == "week":
                day = pub + dt.timedelta(days=7 * n)
                return DateSpan(day.replace(day=1), _month_end(day.year, day.month), "month", "")
            idx = pub.year * 12 + pub.month - 1 + n
            y, mo = divmod(idx, 12)
            return DateSpan(dt.date(y, mo + 1, 1), _month_end(y, mo + 1), "month", "")
        if kind == "at_the_time":
            if context is None:
                return None
            return DateSpan(context.start, context.end, context.precision, "")
        return None

    @staticmethod
    def _year_for(pub: dt.date, probe: dt.date, future: bool, day_level: bool) -> int:
        """Year of a month (or month-day) given without one: the most recent not after ``pub``,
        or for the future the next not before it."""
        if day_level:
            this = (probe.month, probe.day)
            now = (pub.month, pub.day)
        else:
            this, now = probe.month, pub.month
        if future:
            return pub.year if this >= now else pub.year + 1
        return pub.year if this <= now else pub.year - 1

    @staticmethod
    def _rel_year(rel: str | None, pub: dt.date | None) -> int | None:
        if not rel or pub is None:
            return None
        rel = re.sub(r"\s+", " ", rel.lower())
        return pub.year - 1 if rel in ("last", "the previous") else pub.year
