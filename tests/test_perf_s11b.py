"""perf session 11, second round: the memo and bisections added for speed give the answers of the plain code (no
timing here)."""
from __future__ import annotations

import datetime as dt
import random

import pytest

from newslens.extract import ArticleInput, Extractor
from newslens.extract.mentions import Mention, MentionFinder, _indexed_between
from newslens.extract.visits import _CANCELLED_TRIP_NOUN_RE

_EXTRACTOR: list = []


def _extractor():
    if not _EXTRACTOR:
        _EXTRACTOR.append(Extractor())
    return _EXTRACTOR[0]


_TRIP_TEXTS = [
    "The minister's visit to Lima was called off, and his trips to Quito and stops in Cali were dropped.",
    "Subvisits to Oslo, avisit to Rome; Trips  to\tBern and legs in Porto, a tour to Minsk, journeys to Riga.",
    "He cancelled it. Tour to Baku, visit   to Kyiv, stop in Nice, leg in Lyon, then more visits to Accra.",
    "xvisit to Cairo and visit to",
]


def test__cancel_trip_noun__as_the_slice_search():
    """`_cancel_trip_noun(text, s, lo, hi, pos)` is ``_CANCELLED_TRIP_NOUN_RE.search(text[lo:hi], pos - lo)`` (same span
    and text) for every window, including a window that opens inside a word ("xvisit to", "Subvisits to": the slice
    sees a word boundary there) and one that closes before "to"."""
    vx = _extractor().visits
    rng = random.Random(112)
    for text in _TRIP_TEXTS:
        n = len(text)
        for _ in range(400):
            s = rng.randrange(0, n)
            lo = rng.randrange(s, n + 1)
            hi = rng.randrange(lo, n + 1)
            pos = lo if rng.random() < 0.5 else rng.randrange(lo, hi + 1)
            want = _CANCELLED_TRIP_NOUN_RE.search(text[lo:hi], pos - lo)
            got = vx._cancel_trip_noun(text, s, lo, hi, pos)
            assert (want is None) == (got is None), (text, s, lo, hi, pos)
            if want is not None:
                assert (want.span(), want.group()) == (got.span(), got.group()), (text, s, lo, hi, pos)


def test__cancel_trip_noun__memo_is_per_text():
    """The match starts kept for one text are not read for another text of the same sentence bounds."""
    vx = _extractor().visits
    first = "The trip was never cancelled, and the visit to Hanoi went ahead."
    second = "The trip was never cancelled, and the stay in Hanoi went ahead."
    assert vx._cancel_trip_noun(first, 0, 5, len(first), 5) is not None
    assert vx._cancel_trip_noun(second, 0, 5, len(second), 5) is None


def test__indexed_between__as_a_filter():
    """`_indexed_between` gives the items whose key lies in [low, high], in list order, for sorted (key, index)."""
    rng = random.Random(7)
    for _ in range(300):
        keys = [rng.randrange(0, 40) for _ in range(rng.randrange(0, 25))]
        found = [f"m{i}" for i in range(len(keys))]
        index = sorted((k, i) for i, k in enumerate(keys))
        low, high = rng.randrange(-5, 45), rng.randrange(-5, 45)
        want = [found[i] for i, k in enumerate(keys) if low <= k <= high]
        assert _indexed_between(found, index, low, high) == want


def _mention(start, end, kind, iso3, alias_kind="name"):
    return Mention(start, end, f"{kind}-{start}", kind, iso3, alias_kind, "x" * (end - start), "x")


def _random_found(rng, n):
    kinds = [("country", "name"), ("country", "capital"), ("country", "demonym"), ("organisation", "name"),
             ("person", "person")]
    found = []
    for _ in range(n):
        start = rng.randrange(0, 300)
        kind, alias_kind = rng.choice(kinds)
        found.append(_mention(start, start + rng.randrange(1, 12), kind, rng.choice(["GHA", "TGO", None]), alias_kind))
    rng.shuffle(found)  # (the scans read ``found`` in its own order, sorted or not)
    return found


def test__mention_scans__indexed_as_plain():
    """`_country_after`, `_country_before_department` and `_dateline_fits` with the sorted indexes give the plain
    loop's answer on unsorted mention lists (the first hit in list order where order matters)."""
    finder: MentionFinder = _extractor().mentions
    rng = random.Random(2026)
    text = ("ACCRA (agency) - US Treasury Secretary X met the envoy. Ghana's President Y, of the Accra party. "
            "Togo Commerce Minister Z arrived. ") * 3
    for _ in range(300):
        found = _random_found(rng, rng.randrange(0, 30))
        by_start = sorted((m.start, i) for i, m in enumerate(found))
        by_end = sorted((m.end, i) for i, m in enumerate(found) if m.kind == "country")
        country_by_start = [(st, i) for st, i in by_start if found[i].kind == "country"]
        name_end, limit = rng.randrange(0, 300), rng.randrange(0, 320)
        assert finder._country_after(found, name_end, limit, text, by_start) == \
            finder._country_after(found, name_end, limit, text)
        title_start = rng.randrange(0, 320)
        assert MentionFinder._country_before_department(text, found, title_start, by_end) == \
            MentionFinder._country_before_department(text, found, title_start)
        for iso3 in ("GHA", "TGO"):
            assert finder._dateline_fits(text, found, title_start, iso3, country_by_start) == \
                finder._dateline_fits(text, found, title_start, iso3)


_STORIES = [
    ("Putin's visit to Tokyo in May went ahead, and the trip was never cancelled, and the trip was never cancelled, "
     "aides said.", dt.date(2019, 5, 10)),
    ("Japanese Prime Minister Shinzo Abe postponed his trip to Iran. The visit to Tehran was called off on Monday, "
     "officials said, and the stop in Oman was never cancelled.", dt.date(2019, 6, 3)),
    ("ACCRA (agency) - President Lars Eklund arrived in Accra with Ghana and Togo. President Lars Eklund arrived in "
     "Accra with Ghana and Togo.", dt.date(2019, 5, 10)),
    ("Joe Biden arrived in Oman on Monday, visiting Qatar and Kuwait. Xi Jinping arrived in Oman on Monday, visiting "
     "Qatar and Kuwait. The two delegations met there.", dt.date(2019, 5, 10)),
]


@pytest.mark.parametrize("text, day", _STORIES)
def test__extract__indexed_scans_as_plain(text, day, monkeypatch):
    """A story's records are the same with the indexes as with the plain scans (the helpers forced to the plain
    slice search and full lists)."""
    ex = _extractor()
    fast = ex.extract(ArticleInput("t", "Title", text, day, None))
    vx = ex.visits
    monkeypatch.setattr(type(vx), "_cancel_trip_noun",
                        lambda self, text, s, lo, hi, pos: _CANCELLED_TRIP_NOUN_RE.search(text[lo:hi], pos - lo))
    monkeypatch.setattr("newslens.extract.mentions._indexed_between", lambda found, index, low, high: list(found))
    plain = ex.extract(ArticleInput("t", "Title", text, day, None))
    assert repr(fast) == repr(plain)
