"""perf session 9: the helpers that replaced whole-list or whole-sentence scans give the answers of the scans they replace."""
from __future__ import annotations

import datetime as dt
import itertools

import pytest

from newslens.extract import ArticleInput, Extractor
from newslens.extract.dates import _overlaps_taken
from newslens.extract.mentions import Mention, _first_person_at
from newslens.extract.visits import _BO_MEMBER_OF_END_RE, _BO_OWNER_OF_END_RE, _ends_with


def _overlaps_by_scan(taken, start, end):
    return any(start < e and s < end for s, e in taken)


@pytest.mark.parametrize("taken, start, end, expected", [
    ([], 3, 7, False),
    ([(3, 7), (9, 12)], 6, 9, True),
    ([(3, 7), (9, 12)], 7, 9, False),
    ([(3, 7), (9, 12)], 0, 3, False),
    ([(3, 7), (9, 12)], 11, 20, True),
    ([(3, 7), (9, 12)], 12, 20, False),
    ([(3, 7), (9, 12)], 2, 14, True),
    ([(5, 5), (5, 8)], 5, 6, True),
    ([(3, 7)], 5, 5, True),
    ([(3, 7)], 7, 7, False),
])
def test__overlaps_taken__cases(taken, start, end, expected):
    assert _overlaps_taken(taken, start, end) is expected
    assert _overlaps_by_scan(taken, start, end) is expected


def test__overlaps_taken__same_as_a_scan_on_every_small_case():
    spans = [(a, b) for a in range(6) for b in range(a, 7)]
    for start, end in spans:
        for k in range(3):
            for chosen in itertools.combinations(spans, k):
                taken = []
                for s, e in chosen:  # the kept spans, as dates.find keeps them: none overlapping one kept before
                    if not _overlaps_by_scan(taken, s, e):
                        taken.append((s, e))
                assert _overlaps_taken(sorted(taken), start, end) == _overlaps_by_scan(taken, start, end), (taken, start, end)


@pytest.mark.parametrize("text", [
    "visited the mourning station of the",
    "visited the station of",
    "visited stands at  ",
    "visited the camp run by",
    "visited the works, the office of\n the ",
    "visited the office,of ",
    "visited the officeof the ",
    "visited the party headquarters of",
    "visited as part of the",
    "visited as members of",
    "visited the office",
    "visited of the the the",
    "visited " + "of " * 50,
    "visited by" + " " * 300,
    "of ",
    "",
])
def test__ends_with__as_the_regex_on_the_slice(text):
    for lo in range(0, len(text) + 1, 3):
        for pattern, words in ((_BO_OWNER_OF_END_RE, 2), (_BO_MEMBER_OF_END_RE, 3)):
            expected = pattern.search(text[lo:]) is not None
            assert _ends_with(pattern, text, lo, len(text), words) is expected, (text, lo, pattern.pattern)


def _person(start, end, actor_id):
    return Mention(start, end, actor_id, "person", "BRA", "person", "x" * (end - start), actor_id, None)


def _country(start, end):
    return Mention(start, end, "country:BRA", "country", "BRA", "name", "x" * (end - start), "Brazil", None)


def test__first_person_at__the_first_in_list_order_not_in_text_order():
    found = [_country(0, 6), _person(20, 30, "person:b"), _person(10, 25, "person:a"), _person(40, 44, "person:c")]
    first = _first_person_at(found)
    assert found[first(22, 28)].actor_id == "person:b"  # both cover 22: the one listed first
    assert found[first(12, 18)].actor_id == "person:a"
    assert found[first(8, 12)].actor_id == "person:a"  # starts inside the span
    assert found[first(35, 41)].actor_id == "person:c"
    with pytest.raises(ValueError):
        first(0, 5)  # only a country there: no person (the callers ask only where the person mask is set)


def test__first_person_at__same_as_a_scan():
    found = [_person(3, 9, "p1"), _country(9, 12), _person(5, 7, "p2"), _person(12, 20, "p3"), _person(12, 14, "p4")]
    first = _first_person_at(found)
    for nstart in range(0, 22):
        for nend in range(nstart + 1, 23):
            scan = next((i for i, m in enumerate(found) if m.kind == "person"
                         and (m.start <= nstart < m.end or nstart <= m.start < nend)), None)
            if scan is None:
                continue
            assert first(nstart, nend) == scan, (nstart, nend)


@pytest.fixture(scope="module")
def extractor():
    return Extractor()


def _visits(extractor, text):
    out = extractor.extract(ArticleInput("perf-s9", None, text, dt.date(2019, 5, 10), None))
    return sorted((v["visitor_id"], v["host_iso3"], v["status"]) for v in out["visits"])


@pytest.mark.parametrize("head", ["The former presidents of", "Ex-presidents of", "The past prime ministers of"])
def test__roster__a_long_list_gives_the_records_of_a_short_one(extractor, head):
    """A roster of the same few countries said again and again gives the records of one telling (the memos per sentence
    and per cue keep the first answer)."""
    countries = ["Kenya", "Ghana", "Chile"]
    short = f"{head} {', '.join(countries[:-1])} and {countries[-1]} attended the ceremony in Lima in 1990."
    long = f"{head} {', '.join(countries * 40)} and {countries[-1]} attended the ceremony in Lima in " \
           + ", ".join(str(1990 + k % 5) for k in range(40)) + "."
    assert _visits(extractor, long) == _visits(extractor, short)
    assert _visits(extractor, short)  # (the test reads something: the roster is told)


def test__visit_verb__a_long_list_gives_the_trips_of_a_short_one(extractor):
    short = "Lula visited Kenya, Ghana, Chile, Peru and Mexico in 2003."
    long = "Lula visited " + ", ".join(["Kenya", "Ghana", "Chile", "Peru"] * 30) + " and Mexico in 2003."
    assert _visits(extractor, long) == _visits(extractor, short)
    assert len(_visits(extractor, short)) == 5
