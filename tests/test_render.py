"""components.render: Markdown escaping, highlight segments, spreadsheet-safe CSV, chart selections."""
from __future__ import annotations

import io

import pandas as pd
import pytest

from components.render import (escape_markdown, highlight_segments, highlighted_markdown, neutralise_formulas,
                               selected_ids, to_csv_bytes)


@pytest.mark.parametrize("text, expected", [
    ("plain words", "plain words"),
    ("**bold** _it_", r"\*\*bold\*\* \_it\_"),
    ("[link](javascript:alert(1))", r"\[link\]\(javascript\:alert\(1\)\)"),
    ("<script>alert(1)</script>", r"\<script\>alert\(1\)\</script\>"),
    ("$20 billion", r"\$20 billion"),
    (":red[alarm]", r"\:red\[alarm\]"),
    ("# heading", r"\# heading"),
    (None, ""),
])
def test__escape_markdown(text, expected):
    assert escape_markdown(text) == expected


def test__highlight_segments__short_spans_show_inside_sentences():
    text = "Kim met Lee in Ulan-Ude. Then he left."
    spans = [(0, 24, "evidence"), (0, 3, "actor"), (8, 11, "actor")]
    assert highlight_segments(text, spans) == [
        ("Kim", "actor"), (" met ", "evidence"), ("Lee", "actor"), (" in Ulan-Ude.", "evidence"), (" Then he left.", None)]


def test__highlight_segments__clips_spans_outside_the_text():
    assert highlight_segments("abc", [(-5, 1, "actor"), (2, 99, "date")]) == [("a", "actor"), ("b", None), ("c", "date")]


def test__highlighted_markdown__escapes_inside_and_outside_highlights():
    text = "Price *was* $5 [x](y)"
    md = highlighted_markdown(text, [(12, 14, "figure")])
    assert md == r"Price \*was\* :green-background[\$5] \[x\]\(y\)"


def test__highlighted_markdown__keeps_paragraphs_outside_highlights():
    md = highlighted_markdown("One.\n\nTwo.", [(0, 10, "visit")])
    assert md == ":orange-background[One\\.]  \n  \n:orange-background[Two\\.]"


def test__highlighted_markdown__evidence_is_bold_with_spaces_outside_the_stars():
    md = highlighted_markdown("Kim met Lee.", [(0, 12, "evidence"), (0, 3, "actor")])
    assert md == ":blue-background[Kim] :orange-background[**met Lee\\.**]"


@pytest.mark.parametrize("cell, expected", [
    ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
    ("+1", "'+1"), ("-2+3", "'-2+3"), ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"),
    ("ordinary", "ordinary"), ("a=b", "a=b"),
])
def test__neutralise_formulas__prefixes_risky_text(cell, expected):
    assert neutralise_formulas(pd.DataFrame({"t": [cell]}))["t"].tolist() == [expected]


def test__neutralise_formulas__leaves_numbers_dates_and_missing_values():
    frame = pd.DataFrame({"n": [-1.5, 2.0], "d": pd.to_datetime(["2011-08-24", None]),
                          "s": pd.array(["-x", None], dtype="string")})
    out = neutralise_formulas(frame)
    assert out["n"].tolist() == [-1.5, 2.0]
    assert out["d"].equals(frame["d"])
    assert out["s"].tolist() == ["'-x", pd.NA]
    assert frame["s"].tolist() == ["-x", pd.NA]  # the input is not changed


def test__to_csv_bytes__reads_back_with_formulas_neutralised():
    data = to_csv_bytes(pd.DataFrame({"evidence": ["=1+1", "Kim met Lee, then left."], "n": [1, 2]}))
    assert data.startswith("\ufeff".encode())
    back = pd.read_csv(io.BytesIO(data), encoding="utf-8-sig")
    assert back["evidence"].tolist() == ["'=1+1", "Kim met Lee, then left."]


@pytest.mark.parametrize("event, expected", [
    ({"selection": {"points": [{"customdata": ["v2"]}, {"customdata": ["v1"]}, {"customdata": ["v2"]}]}}, ["v2", "v1"]),
    ({"selection": {"points": [{"customdata": [None]}, {"x": 1}]}}, []),
    ({"selection": {"points": []}}, []),
    (None, []),
    ({}, []),
])
def test__selected_ids(event, expected):
    assert selected_ids(event) == expected
