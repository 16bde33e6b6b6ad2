"""merge_visits: records of one visit across articles become one visit event."""
from __future__ import annotations

import pandas as pd

from newslens.extract.events import merge_visits
from newslens.schema import conform


def visit(visit_id, article_id, status, start=None, end=None, precision="unknown", visitor="person:kim-jong-il",
          host="RUS", place=None, char_start=0):
    return {"visit_id": visit_id, "article_id": article_id, "visitor_id": visitor, "visitor_name": "Kim Jong Il",
            "visitor_iso3": "PRK", "host_iso3": host, "location_name": place, "lat": None, "lon": None,
            "date_start": start, "date_end": end or start, "date_precision": precision, "status": status,
            "is_domestic": False, "char_start": char_start}


ARTICLES = pd.DataFrame({
    "article_id": ["a1", "a2", "a3", "a4"],
    "published_date": pd.to_datetime(["2011-06-30", "2011-08-08", "2011-08-25", "2011-08-09"]),
    "source": ["Wire A", "The Moscow Times", "KCNA", "Wire A"],
})


def test__merge_visits__same_trip_across_articles():
    """
    a1 (Jun 30) planned, late June, Vladivostok   \\
    a2 (Aug 8)  cancelled, late June, Vladivostok  -> one event, cancelled, 2 sources
    a3 (Aug 25) occurred, Aug 24, Ulan-Ude         -> another event
    """
    visits = conform([
        visit("v1", "a1", "planned", "2011-06-21", "2011-06-30", "month", place="Vladivostok"),
        visit("v2", "a2", "cancelled", "2011-06-21", "2011-06-30", "month", place="Vladivostok"),
        visit("v3", "a3", "occurred", "2011-08-24", None, "day", place="Ulan-Ude"),
    ], "visits")
    out_visits, events = merge_visits(visits, ARTICLES)
    assert out_visits["event_id"].notna().all()
    assert out_visits.loc[0, "event_id"] == out_visits.loc[1, "event_id"] != out_visits.loc[2, "event_id"]
    june = events[events["event_id"] == out_visits.loc[0, "event_id"]].iloc[0]
    assert (june["status"], june["status_history"], june["n_sources"], june["n_articles"], june["n_records"]) == (
        "cancelled", "2011-06-30 planned; 2011-08-08 cancelled", 2, 2, 2)
    assert (june["location_name"], june["date_precision"], str(june["date_start"].date())) == (
        "Vladivostok", "month", "2011-06-21")
    assert str(june["first_reported"].date()) == "2011-06-30" and str(june["last_reported"].date()) == "2011-08-08"


def test__merge_visits__undated_joins_the_only_dated_event():
    visits = conform([
        visit("v1", "a1", "planned"),
        visit("v2", "a3", "occurred", "2011-08-24", None, "day"),
    ], "visits")
    out_visits, events = merge_visits(visits, ARTICLES)
    assert out_visits["event_id"].nunique() == 1
    assert events.iloc[0]["status"] == "occurred" and events.iloc[0]["date_precision"] == "day"


def test__merge_visits__undated_stays_apart_when_ambiguous():
    visits = conform([
        visit("v1", "a4", "invited"),
        visit("v2", "a1", "planned", "2011-06-21", "2011-06-30", "month"),
        visit("v3", "a3", "occurred", "2011-08-24", None, "day"),
    ], "visits")
    out_visits, events = merge_visits(visits, ARTICLES)
    assert out_visits["event_id"].nunique() == 3
    assert sorted(events["status"]) == ["invited", "occurred", "planned"]


def test__merge_visits__other_host_or_visitor_is_another_event():
    visits = conform([
        visit("v1", "a1", "occurred", "2011-05-20", None, "day", host="CHN"),
        visit("v2", "a2", "occurred", "2011-05-20", None, "day", host="RUS"),
        visit("v3", "a2", "occurred", "2011-05-20", None, "day", visitor="person:someone-else"),
    ], "visits")
    _out, events = merge_visits(visits, ARTICLES)
    assert len(events) == 3


def test__merge_visits__stable_ids_and_empty_input():
    visits = conform([visit("v1", "a1", "planned", "2011-06-21", "2011-06-30", "month")], "visits")
    first = merge_visits(visits, ARTICLES)[1]["event_id"].tolist()
    assert first == merge_visits(visits, ARTICLES)[1]["event_id"].tolist()
    empty_visits, empty_events = merge_visits(conform([], "visits"), ARTICLES)
    assert len(empty_visits) == 0 and len(empty_events) == 0
    assert list(empty_events.columns)[0] == "event_id"
