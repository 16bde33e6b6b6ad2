"""Helpers shared by the own-words figure tests of rounds J and K and of the review of round J: each figure as a short
tuple, and the expected tuples normalised the same way, so a parametrised case reads as one line of facts."""
from __future__ import annotations

import datetime as dt

import pytest

from newslens.extract import ArticleInput, Extractor
from newslens.schema import conform

UNORDERED = ("trade", "other")  # metrics whose pair the gold matches unordered
B, M = 1_000_000_000, 1_000_000


def figures(extractor: Extractor, text: str, pub: dt.date) -> list[dict]:
    """the figure rows of one unnamed article, checked against the schema"""
    out = extractor.extract(ArticleInput("i1", None, text, pub, None))
    conform(out["figures"], "figures")
    return out["figures"]


def brief(f: dict) -> tuple:
    """(metric, reporter, partner, value, currency, first year of the period or None, qualifier); a trade or other pair sorted"""
    rep, par = f["reporter_iso3"], f["partner_iso3"]
    if f["metric"] in UNORDERED:
        rep, par = sorted((rep, par))
    return (f["metric"], rep, par, round(f["value"]), f["currency"],
            f["period_start"].year if f["period_start"] else None, f["qualifier"])


def run(extractor: Extractor, text: str, pub: dt.date, with_record: bool = False) -> list[tuple]:
    """brief() of every figure, with is_record appended when asked"""
    return [brief(f) + ((bool(f["is_record"]),) if with_record else ()) for f in figures(extractor, text, pub)]


def norm(expected: list[tuple]) -> list[tuple]:
    """the expected tuples with values rounded and a trade or other pair sorted, as brief() gives them"""
    return [(m, *sorted((r, p)), round(v), c, y, q, *rest) if m in UNORDERED else (m, r, p, round(v), c, y, q, *rest)
            for m, r, p, v, c, y, q, *rest in expected]


PUB = dt.date(2024, 3, 11)


def got(extractor: Extractor, text: str, pub: dt.date = PUB) -> list[tuple]:
    """the figures read from ``text``, as sorted tuples"""
    return sorted(run(extractor, text, pub))


def want(expected: list[tuple]) -> list[tuple]:
    return sorted(norm(expected))


def case(rule: str, text: str, expected: list[tuple], absent: tuple = (), pub: dt.date = PUB):
    """one parametrised case: the figures expected (all of them), or, with ``absent``, rows that must not be read"""
    return pytest.param(text, expected, absent, pub, id=rule)
