"""perf session 11: the caches and bisections added for speed give the answers of the plain code (no timing here)."""
from __future__ import annotations

import datetime as dt
import random
import re
from types import SimpleNamespace

import pytest

from newslens.extract.places import _SpanCover
from newslens.extract.visit_rosters import _told, _ToldIndex
from newslens.extract.visits import _window


def test__span_cover__as_any():
    """`_SpanCover.covers(pos)` is ``any(cs <= pos < ce for cs, ce in spans)``, for overlapping, nested, unordered and
    empty spans."""
    rng = random.Random(11)
    for _ in range(200):
        spans = [(a, a + rng.randint(0, 12)) for a in (rng.randint(0, 80) for _ in range(rng.randint(0, 9)))]
        cover = _SpanCover(spans)
        for pos in range(-2, 100):
            assert cover.covers(pos) == any(cs <= pos < ce for cs, ce in spans), (spans, pos)


def _items(starts):
    return [SimpleNamespace(start=s, name=f"m{k}") for k, s in enumerate(starts)]


@pytest.mark.parametrize("starts", [[], [3], [1, 4, 4, 9, 20, 21], [9, 2, 15, 4], [5, 5, 5]])
def test__window__as_list_comprehension(starts):
    """`_window(items, lo, hi, cache)` is ``[x for x in items if lo <= x.start < hi]``, in the same order, for lists in
    order of start (bisection) and out of order (the plain filter), and again after the list grew."""
    items = _items(starts)
    cache: dict = {}
    for _ in range(2):
        for lo in range(-1, 24):
            for hi in range(-1, 24):
                assert _window(items, lo, hi, cache) == [x for x in items if lo <= x.start < hi], (starts, lo, hi)
        items.append(SimpleNamespace(start=22, name="late"))  # (the cache sees the new length)


def _record(actor_id, iso3, host, kind="person", is_domestic=False):
    return SimpleNamespace(host_iso3=host, is_domestic=is_domestic,
                           visitor=SimpleNamespace(actor_id=actor_id, iso3=iso3, kind=kind))


def test__told_index__as_told():
    """`_ToldIndex.told(m, host)` is `_told(records, m, host)`: a person sent there, a group of the person's country
    sent there (not a person of that country), domestic records never count; records added through `add` and
    records appended behind its back both count."""
    records = [_record("person:a", "FRA", "DEU"), _record("delegation:x", "ITA", "ESP", kind="group"),
               _record("person:b", "GBR", "USA", is_domestic=True), _record("person:c", "ITA", "POL")]
    index = _ToldIndex(records)
    people = [SimpleNamespace(actor_id=a, iso3=i) for a, i in
              [("person:a", "FRA"), ("person:z", "ITA"), ("person:b", "GBR"), ("person:c", "ITA"), (None, None)]]
    hosts = ["DEU", "ESP", "USA", "POL", "JPN", None]

    def same():
        for m in people:
            for host in hosts:
                assert index.told(m, host) == _told(records, m, host), (m, host)

    same()
    index.add(_record("person:z", "ITA", "JPN"))
    same()
    records.append(_record(None, None, None, kind="group"))  # (appended without the index)
    same()
    # (an Italian is told to Spain by the Italian group; a domestic record tells nothing; a Frenchman is not told there)
    assert index.told(people[3], "ESP") and not index.told(people[2], "USA") and not index.told(people[0], "ESP")


def test__tour_link__same_matches_as_the_old_pattern():
    """The tour phrases' link ("a tour of Africa that takes", "the trip, which took") reads what the old
    ``\\s*,?\\s+`` form read (possessive now: a long run of spaces is no longer split every way)."""
    from newslens.extract import Extractor

    vx = Extractor().visits
    old_link = r"(?:(?:\s+[\w'’-]+){0,6}?\s*,?\s+(?:that|which)|\s*,\s+which)?\s+"
    new_link = r"(?:(?:\s+[\w'’-]+){0,6}?(?:\s*+,)?\s++(?:that|which)|\s*,\s+which)?\s+"
    sentences = ["Her tour of the Gulf states, which takes her to Oman and Qatar, ends in Riyadh on Friday.",
                 "The trip  ,  which took the minister to Chile, began in Lima.",
                 "His swing through Asia that will take him to Japan includes stops in Seoul.",
                 "The voyage which brought them to Tonga covered Fiji.",
                 "A visit to Norway   , that is all, took him to Oslo.",
                 "The journey to the north ,which took   him to Hanoi and Laos, ended."]
    for rx in (vx._tr_take_re, vx._tr_include_re, vx._tr_start_re):
        assert new_link in rx.pattern
        old = re.compile(rx.pattern.replace(new_link, old_link), rx.flags)
        for text in sentences:
            assert [(m.span(), m.groupdict()) for m in rx.finditer(text)] == \
                   [(m.span(), m.groupdict()) for m in old.finditer(text)], text


def test__route_list__memo_gives_the_fresh_walk():
    """`_tr_route_list` with its step memo (kept across calls for one text and one set of countries) gives, from any
    start and bound, the list a fresh walk gives (a new countries dict empties the memo)."""
    from newslens.extract import ArticleInput, Extractor

    ex = Extractor()
    text = "The tour takes him to Kenya, Uganda and Rwanda on Monday, then to Malawi on Tuesday and Zambia, officials said."
    ments = ex.mentions.find(text, dt.date(2019, 5, 10))
    ex.extract(ArticleInput("t", "Test", text, dt.date(2019, 5, 10), None))  # (sets the story state)
    vx = ex.visits
    c_at = {m.start: m for m in ments if m.kind == "country" and m.iso3 and m.alias_kind != "demonym"}
    calls = [(pos, hi) for pos in sorted(c_at, reverse=True) for hi in (len(text), text.index(" on Tuesday"), 60)]
    shared = [vx._tr_route_list(text, pos, hi, c_at) for pos, hi in calls]
    fresh = [vx._tr_route_list(text, pos, hi, dict(c_at)) for pos, hi in calls]
    assert shared == fresh
    assert [leg[0] for leg in shared[-3]] == ["KEN", "UGA", "RWA", "MWI", "ZMB"]


# Stories in our own words whose records the start tree of session 11 gave (commit 50acd20): the per-sentence caches
# of `_date` ("since ..." dates), the step memo of the tour legs, the roster index and the none-attend search.
_STORIES = [
    ("Premier Anna Lind of Sweden arrived in Hanoi on Tuesday, the first Swedish premier to visit since Goran Persson "
     "came in May 2005, and she will travel to Laos on Friday and then to Cambodia on Sunday, officials said.",
     dt.date(2011, 3, 1),
     [["person:anna-lind", "VNM", "occurred", "2011-03-01", "2011-03-01", "Hanoi"],
      ["person:anna-lind", "KHM", "occurred", "2011-02-27", "2011-02-27", None],
      ["person:goran-persson", "LAO", "planned", "2011-03-04", "2011-03-04", None],
      ["person:goran-persson", "KHM", "occurred", "2005-05-01", "2005-05-31", None]]),
    ("Emmanuel Macron met Giorgia Meloni in Rome on Monday, before flying to Malta, where he landed on Sunday, "
     "before flying to Cyprus, where he landed on Tuesday, aides said. The tour also takes him to Greece and Turkey, "
     "and the trip includes stops in Bulgaria and Romania.",
     dt.date(2019, 5, 10),
     [["person:emmanuel-macron", "ITA", "occurred", "2019-05-06", "2019-05-06", "Rome"],
      ["person:emmanuel-macron", "CYP", "occurred", "2019-05-07", "2019-05-07", None],
      ["person:emmanuel-macron", "GRC", "planned", "2019-05-01", "2019-05-31", None],
      ["person:emmanuel-macron", "TUR", "planned", "2019-05-01", "2019-05-31", None],
      ["person:emmanuel-macron", "MLT", "occurred", "2019-05-01", "2019-05-31", None],
      ["person:emmanuel-macron", "BGR", "planned", "2019-05-01", "2019-05-31", None],
      ["person:emmanuel-macron", "ROU", "planned", "2019-05-01", "2019-05-31", None]]),
    ("Joe Biden and Olaf Scholz held talks in Warsaw on Monday. Emmanuel Macron, Olaf Scholz and Mario Draghi were "
     "in Kyiv on Thursday, and Narendra Modi and Xi Jinping were also among the guests.",
     dt.date(2022, 6, 17),
     [["person:joe-biden", "POL", "occurred", "2022-06-13", "2022-06-13", "Warsaw"],
      ["person:olaf-scholz", "POL", "occurred", "2022-06-13", "2022-06-13", "Warsaw"],
      ["person:emmanuel-macron", "UKR", "occurred", "2022-06-16", "2022-06-16", "Kyiv"],
      ["person:olaf-scholz", "UKR", "occurred", "2022-06-16", "2022-06-16", "Kyiv"],
      ["person:mario-draghi", "UKR", "occurred", "2022-06-16", "2022-06-16", "Kyiv"],
      ["person:narendra-modi", "UKR", "occurred", "2022-06-16", "2022-06-16", "Kyiv"],
      ["person:xi-jinping", "UKR", "occurred", "2022-06-16", "2022-06-16", "Kyiv"]]),
    ("Scott Morrison told parliament that no ministers or officials would attend the Winter Olympics in Beijing, "
     "and Scott Morrison said the decision stood.",
     dt.date(2021, 12, 8),
     [["country:AUS", "CHN", "cancelled", "None", "None", "Beijing"]]),
]


@pytest.mark.parametrize("text,day,expected", _STORIES)
def test__extract__records_of_the_start_tree(text, day, expected):
    """The visit rows of each story are those the code before the session-11 caches gave (same order)."""
    from newslens.extract import ArticleInput

    out = _extractor().extract(ArticleInput("t", "Test", text, day, None))
    got = [[v["visitor_id"], v["host_iso3"], v["status"], str(v["date_start"]), str(v["date_end"]), v.get("location_name")]
           for v in out["visits"]]
    assert got == expected


_EXTRACTOR = []


def _extractor():
    from newslens.extract import Extractor

    if not _EXTRACTOR:
        _EXTRACTOR.append(Extractor())
    return _EXTRACTOR[0]
