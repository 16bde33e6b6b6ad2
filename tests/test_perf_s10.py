"""perf session 10: the faster forms give the answers of the code they replace (no timing here)."""
from __future__ import annotations

import subprocess
import sys
import unicodedata

import pandas as pd
import pytest

from newslens.cleaning import normalise
from newslens.extract.events import merge_visits
from newslens.extract.topics import TopicScorer
from newslens.extract.visits import _DATELINE_RE, _dateline_spans
from newslens.schema import conform


def _visit(visit_id, article_id, status, start=None, end=None, precision="unknown", visitor="person:hu-jintao",
           host="DEU", place=None, lat=None, char_start=0):
    return {"visit_id": visit_id, "article_id": article_id, "visitor_id": visitor, "visitor_name": "Hu Jintao",
            "visitor_iso3": "CHN", "host_iso3": host, "location_name": place, "lat": lat, "lon": None,
            "date_start": start, "date_end": end or start, "date_precision": precision, "status": status,
            "is_domestic": False, "char_start": char_start}


_ARTICLES = pd.DataFrame({
    "article_id": ["b1", "b2", "b3"],
    "published_date": pd.to_datetime(["2010-03-02", None, "2010-03-01"]),
    "source": ["Wire B", None, "Wire B"],
})


def test__merge_visits__order_places_and_missing_values():
    """
    b3 (Mar 1)  planned,  Mar 4-6 (day),  Berlin,  offset 40  \\
    b1 (Mar 2)  occurred, Mar 5   (day),  Hamburg, offset 7    -> one event: ordered by publication, then
    b1 (Mar 2)  occurred, March   (month), no place, no offset /   article, then offset (a missing one last)
    b2 (undated article) occurred, undated                     -> joins the one dated event
    """
    visits = conform([
        _visit("w1", "b1", "occurred", "2010-03-05", None, "day", place="Hamburg", lat=53.5, char_start=7),
        _visit("w2", "b1", "occurred", "2010-03-01", "2010-03-31", "month", char_start=None),
        _visit("w3", "b3", "planned", "2010-03-04", "2010-03-06", "day", place="Berlin", lat=52.5, char_start=40),
        _visit("w4", "b2", "occurred", None, None, "unknown", char_start=3),
    ], "visits")
    out_visits, events = merge_visits(visits, _ARTICLES)
    assert out_visits["event_id"].nunique() == 1 and len(events) == 1
    event = events.iloc[0]
    # the tie between Berlin and Hamburg (one record each) goes to the place of the first record in order (b3's)
    assert (event["location_name"], event["lat"]) == ("Berlin", 52.5)
    assert event["status_history"] == "2010-03-01 planned; 2010-03-02 occurred; 2010-03-02 occurred; occurred"
    assert event["status"] == "occurred"
    assert (event["date_precision"], str(event["date_start"].date()), str(event["date_end"].date())) == (
        "day", "2010-03-04", "2010-03-06")
    assert (event["n_records"], event["n_sources"], event["n_articles"], event["article_ids"]) == (4, 1, 3, "b3 b1 b2")
    assert (str(event["first_reported"].date()), str(event["last_reported"].date())) == ("2010-03-01", "2010-03-02")


def test__merge_visits__two_dated_events_keep_undated_apart():
    """Two separate dated trips of one pair: the undated record makes an event of its own."""
    visits = conform([
        _visit("x1", "b1", "occurred", "2010-03-05", None, "day"),
        _visit("x2", "b3", "occurred", "2010-05-05", None, "day"),
        _visit("x3", "b2", "planned"),
        _visit("x4", "b1", "occurred", "2010-03-05", None, "day", host="FRA"),
    ], "visits")
    out_visits, events = merge_visits(visits, _ARTICLES)
    assert len(events) == 4
    assert out_visits["event_id"].nunique() == 4
    assert list(events["host_iso3"]) == ["DEU", "DEU", "DEU", "FRA"]
    assert list(events["n_records"]) == [1, 1, 1, 1]


def _controls_by_category(text: str) -> str:
    return "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch) != "Cc")


def test__normalise__control_characters_as_category_cc():
    every = "".join(chr(i) for i in range(0x00, 0x250))
    from newslens.cleaning import _CONTROL_RE
    assert _CONTROL_RE.sub("", every) == _controls_by_category(every)
    assert normalise("Talks\x00 were\x07 held\u0085 in\tSofia.\x9f") == "Talks were held in Sofia."


@pytest.mark.parametrize("text", [
    "HANOI, May 2 (wire) -- The minister arrived.\nA second line, May 3 (wire) -- not a dateline.",
    "A lead line.\nRABAT, Nov. 9 (AP) -- Talks opened.\n\nLIMA (wire) - More.\nQUITO, Ecuador, Jan 4 (wire) - end",
    "Text that mentions OSLO, June 1 (wire) -- inside a line only.",
    "MOSCOW, June 17. /TASS/. The envoy left.",
    "",
    "\n\n\n",
])
def test__dateline_spans__as_finditer(text):
    assert _dateline_spans(text) == [(m.start(), m.end()) for m in _DATELINE_RE.finditer(text)]


def test__stop_words__spacys_list_without_the_spacy_package():
    from spacy.lang.en.stop_words import STOP_WORDS as spacy_words

    from newslens.extract.mentions import STOP_WORDS
    assert STOP_WORDS == spacy_words
    code = "import sys, newslens.extract; print('spacy' in sys.modules)"
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "False"


def test__topics__bigrams_still_counted(tmp_path):
    (tmp_path / "topics.csv").write_text(
        "topic,trigger,weight,source\ntrade,trade,1,own\ntrade,free trade,0.5,own\nsecurity,arms control,1,own\n",
        encoding="utf-8")
    rows = TopicScorer(tmp_path).score("t1", "Arms control", "Free trade and arms control talks; trade grew.")
    assert [(r["topic"], r["triggers"]) for r in rows] == [("security", "arms control"), ("trade", "trade free trade")]


def test_list_heads_remembered_across_items_give_the_walk_s_answer():
    """visit_revisions._list_head (from the start of an item back to the head of its list) with its shared memo gives, for every item, the head the plain walk
    gives (the memo only stops the items of one long list being walked once each)."""
    import re

    from newslens.extract.visit_revisions import _list_head

    text = ("The minister had to postpone the trip to Congo, South Sudan, Chad and Niger, aides said; "
            "later trips to Peru and Chile, and Bolivia went ahead.")
    ends = [m.start() for m in re.finditer(r"(?<![\w])(?:Congo|South Sudan|Chad|Niger|Peru|Chile|Bolivia)\b", text)]
    plain = [_list_head(text, 0, at) for at in ends]
    heads = {}
    remembered = [_list_head(text, 0, at, heads) for at in reversed(ends)][::-1]
    assert remembered == plain
    assert plain[3] == text.index("Congo") and plain[-1] == text.index("Peru")
