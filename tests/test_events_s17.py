"""merge_visits (s17): day-clusters first, coarse records placed on one cluster, never bridging two."""
from __future__ import annotations

import pandas as pd
import pytest

from newslens.extract.events import merge_visits
from newslens.schema import conform


def record(visit_id, article_id, start=None, end=None, precision="unknown", status="occurred",
           visitor="person:kim-jong-il", host="CHN", domestic=False):
    return {"visit_id": visit_id, "article_id": article_id, "visitor_id": visitor, "visitor_name": visitor,
            "visitor_iso3": "PRK", "host_iso3": host, "location_name": None, "lat": None, "lon": None,
            "date_start": start, "date_end": end or start, "date_precision": precision, "status": status,
            "is_domestic": domestic, "char_start": 0}


def articles(published: dict[str, str]) -> pd.DataFrame:
    return pd.DataFrame({"article_id": list(published), "published_date": pd.to_datetime(list(published.values())),
                         "source": "KCNA"})


def events_of(rows, published) -> dict[str, set[str]]:
    """{event_id: {visit_id, ...}} after merging ``rows``."""
    out, events = merge_visits(conform(rows, "visits"), articles(published))
    assert set(out["event_id"]) == set(events["event_id"])
    return {e: set(g["visit_id"]) for e, g in out.groupby("event_id")}


def partition(rows, published) -> list[set[str]]:
    return sorted(events_of(rows, published).values(), key=sorted)


# Two trips to China in one year (20-26 May, 25-27 Aug), told day by day, with coarse records between.
TWO_TRIPS = [
    record("may20", "a1", "2011-05-20", None, "day"),
    record("may21", "a2", "2011-05-21", None, "day"),
    record("may22", "a3", "2011-05-22", "2011-05-26", "day"),
    record("aug25", "a4", "2011-08-25", None, "day"),
    record("aug26", "a5", "2011-08-26", "2011-08-27", "day"),
]
TWO_TRIPS_PUBLISHED = {"a1": "2011-05-20", "a2": "2011-05-21", "a3": "2011-05-27", "a4": "2011-08-25",
                       "a5": "2011-08-28", "c1": "2011-06-05", "c2": "2011-09-05", "c3": "2011-07-01"}


def test__merge_visits__month_and_year_records_do_not_join_two_trips():
    """A month record "in May" (told 5 Jun), a year record "this year" (told 5 Sep) and a July month
    record with no trip in it: still two trips, the year record on the August one (the last trip
    begun before it was told), the July record an event of its own."""
    rows = TWO_TRIPS + [record("in-may", "c1", "2011-05-01", "2011-05-31", "month"),
                        record("this-year", "c2", "2011-01-01", "2011-12-31", "year"),
                        record("in-july", "c3", "2011-07-01", "2011-07-31", "month")]
    assert partition(rows, TWO_TRIPS_PUBLISHED) == [
        {"aug25", "aug26", "this-year"}, {"in-july"}, {"in-may", "may20", "may21", "may22"}]


def test__merge_visits__a_trip_told_day_by_day_is_one_event():
    assert partition(TWO_TRIPS[:3], TWO_TRIPS_PUBLISHED) == [{"may20", "may21", "may22"}]


@pytest.mark.parametrize("visitor, want", [
    # a person reported on day 1 and day 3 made one trip ...
    ("person:kim-yong-nam", [{"dec06", "dec08"}, {"dec12"}]),
    # ... a country's "delegation" on day 1 and day 3 may be two delegations: consecutive days only
    ("country:CHN", [{"dec06"}, {"dec08"}, {"dec12"}]),
])
def test__merge_visits__a_gap_of_one_day_joins_only_a_person(visitor, want):
    rows = [record("dec06", "a1", "2011-12-06", None, "day", visitor=visitor),
            record("dec08", "a2", "2011-12-08", None, "day", visitor=visitor),
            record("dec12", "a3", "2011-12-12", None, "day", visitor=visitor)]
    assert partition(rows, {"a1": "2011-12-06", "a2": "2011-12-08", "a3": "2011-12-12"}) == want


def test__merge_visits__a_planned_month_record_joins_the_next_trip():
    """Two trips in one month; a plan for "this month" told on the 10th is about the one after it."""
    rows = [record("d03", "a1", "2011-10-03", None, "day"), record("d24", "a2", "2011-10-24", None, "day"),
            record("plan", "p1", "2011-10-01", "2011-10-31", "month", status="planned")]
    assert partition(rows, {"a1": "2011-10-03", "a2": "2011-10-24", "p1": "2011-10-10"}) == [
        {"d03"}, {"d24", "plan"}]


def test__merge_visits__an_occurred_month_record_joins_the_last_trip_before_it():
    rows = [record("d03", "a1", "2011-10-03", None, "day"), record("d24", "a2", "2011-10-24", None, "day"),
            record("done", "o1", "2011-10-01", "2011-10-31", "month")]
    assert partition(rows, {"a1": "2011-10-03", "a2": "2011-10-24", "o1": "2011-10-20"}) == [
        {"d03", "done"}, {"d24"}]


def test__merge_visits__a_cancelled_record_joins_the_nearest_trip():
    rows = [record("d03", "a1", "2011-10-03", None, "day"), record("d24", "a2", "2011-10-24", None, "day"),
            record("off", "x1", "2011-10-01", "2011-10-31", "month", status="cancelled")]
    assert partition(rows, {"a1": "2011-10-03", "a2": "2011-10-24", "x1": "2011-10-21"}) == [
        {"d03"}, {"d24", "off"}]


def test__merge_visits__coarse_records_with_no_day_cluster_group_by_month_then_year():
    """May 2010 twice and a year record of 2010: one event (the year record on the only month
    group); June 2010 alone would be a second month group, and the year record then takes the
    group nearest its publication (as an occurred record: the last begun before it)."""
    published = {"m1": "2011-01-25", "m2": "2011-03-01", "y1": "2011-02-01", "j1": "2011-04-01"}
    rows = [record("may-a", "m1", "2010-05-01", "2010-05-31", "month"),
            record("may-b", "m2", "2010-05-01", "2010-05-31", "month"),
            record("last-year", "y1", "2010-01-01", "2010-12-31", "year")]
    assert partition(rows, published) == [{"last-year", "may-a", "may-b"}]
    rows.append(record("june", "j1", "2010-06-01", "2010-06-30", "month"))
    assert partition(rows, published) == [{"june", "last-year"}, {"may-a", "may-b"}]


def test__merge_visits__year_records_alone_make_one_event_per_year():
    rows = [record("y10a", "a1", "2010-01-01", "2010-12-31", "year"),
            record("y10b", "a2", "2010-01-01", "2010-12-31", "year"),
            record("y11", "a3", "2011-01-01", "2011-12-31", "year")]
    assert partition(rows, {"a1": "2011-01-05", "a2": "2011-02-05", "a3": "2011-03-05"}) == [
        {"y10a", "y10b"}, {"y11"}]


def test__merge_visits__coarse_record_does_not_widen_the_trip():
    """The event keeps the dates of its day records, and a later day record still starts a new trip."""
    rows = [record("may20", "a1", "2011-05-20", None, "day"),
            record("in-may", "c1", "2011-05-01", "2011-05-31", "month"),
            record("may30", "a2", "2011-05-30", None, "day")]
    out, events = merge_visits(conform(rows, "visits"), articles({"a1": "2011-05-20", "c1": "2011-05-21",
                                                                  "a2": "2011-05-30"}))
    assert len(events) == 2
    first = events.set_index("event_id").loc[out.set_index("visit_id").loc["may20", "event_id"]]
    assert (str(first["date_start"].date()), str(first["date_end"].date()), first["n_records"]) == (
        "2011-05-20", "2011-05-20", 2)


def test__merge_visits__undated_records_join_only_a_single_event():
    one = [record("may20", "a1", "2011-05-20", None, "day"), record("undated", "u1")]
    assert partition(one, {"a1": "2011-05-20", "u1": "2011-06-01"}) == [{"may20", "undated"}]
    two = TWO_TRIPS + [record("undated", "u1"), record("undated-2", "u2")]
    assert partition(two, {**TWO_TRIPS_PUBLISHED, "u1": "2011-06-01", "u2": "2011-09-01"}) == [
        {"aug25", "aug26"}, {"may20", "may21", "may22"}, {"undated", "undated-2"}]


def test__merge_visits__domestic_trips_stay_apart_from_foreign_ones():
    rows = [record("abroad", "a1", "2011-05-20", None, "day", host="PRK"),
            record("at-home", "a2", "2011-05-20", None, "day", host="PRK", domestic=True),
            record("at-home-next", "a3", "2011-05-21", None, "day", host="PRK", domestic=True)]
    assert partition(rows, {"a1": "2011-05-20", "a2": "2011-05-20", "a3": "2011-05-21"}) == [
        {"abroad"}, {"at-home", "at-home-next"}]
