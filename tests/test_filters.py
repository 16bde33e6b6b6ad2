"""newslens.filters: FilterState round-trips the URL; apply() keeps exactly the expected rows."""
from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newslens.filters import FilterState, apply
from newslens.schema import VISIT_STATUSES
from newslens.store import Dataset
from tests.fixtures_store import fixture_tables


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    return Dataset.from_tables(fixture_tables(), {}, "fixture")


# ---- URL round trip -------------------------------------------------------------------------

@pytest.mark.parametrize("state, params", [
    (FilterState(), {}),
    (FilterState(statuses=("occurred", "cancelled")), {"status": ["occurred", "cancelled"]}),
    (FilterState(actors=("person:kim-jong-il",), scope="foreign"), {"actor": ["person:kim-jong-il"], "scope": "foreign"}),
    (FilterState(date_from=dt.date(2011, 8, 1), date_to=dt.date(2011, 8, 31)), {"dates": ["2011-08-01", "2011-08-31"]}),
    (FilterState(date_from=dt.date(2011, 8, 1)), {"dates": ["2011-08-01", ""]}),
    (FilterState(min_confidence=0.75, sources=("Harbour Wire",), topics=("trade",)),
     {"min_conf": "0.75", "source": ["Harbour Wire"], "topic": ["trade"]}),
])
def test__to_query_params__and_back(state, params):
    assert state.to_query_params() == params
    assert FilterState.from_query_params(params) == (state, [])


@pytest.mark.parametrize("params, expected, n_warnings", [
    ({"status": ["occurred", "lost"]}, FilterState(statuses=("occurred",)), 1),
    ({"status": "OCCURRED"}, FilterState(), 1),  # exact values only, as the URL-bound widgets read them
    ({"scope": "abroad"}, FilterState(), 1),
    ({"min_conf": "high"}, FilterState(), 1),
    ({"min_conf": "1.5"}, FilterState(), 1),
    ({"dates": ["2011-13-01", "2011-12-31"]}, FilterState(date_to=dt.date(2011, 12, 31)), 1),
    ({"dates": ["2012-01-01", "2011-01-01"]}, FilterState(), 1),
    ({"dates": ["2011-01-01", "2011-02-01", "2011-03-01"]}, FilterState(date_from=dt.date(2011, 1, 1), date_to=dt.date(2011, 2, 1)), 1),
    ({"actor": ["country:RUS", "country:RUS", " "]}, FilterState(actors=("country:RUS",)), 0),
    ({"unrelated": "x"}, FilterState(), 0),
])
def test__from_query_params__drops_invalid_values_with_a_warning(params, expected, n_warnings):
    state, warnings = FilterState.from_query_params(params)
    assert state == expected
    assert len(warnings) == n_warnings, warnings


# input generation is timed by Hypothesis's health check: on a loaded CI machine it can exceed its budget, which says
# nothing about the property under test (speed is checked by the benchmarks, not by tests)
@settings(derandomize=True, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(st.sampled_from(["actor", "topic", "dates", "source", "status", "scope", "min_conf", "x"]),
                       st.one_of(st.text(max_size=12), st.lists(st.text(max_size=12), max_size=4))))
def test__from_query_params__never_raises(params):
    state, warnings = FilterState.from_query_params(params)
    assert isinstance(state, FilterState) and isinstance(warnings, list)
    assert FilterState.from_query_params(state.to_query_params()) == (state, [])


def test__filter_state__rejects_bad_values_when_built_in_code():
    with pytest.raises(ValueError):
        FilterState(scope="abroad")
    with pytest.raises(ValueError):
        FilterState(statuses=("lost",))
    with pytest.raises(ValueError):
        FilterState(min_confidence=2)


# ---- apply ----------------------------------------------------------------------------------

def _ids(frame: pd.DataFrame, column: str) -> list[str]:
    return sorted(frame[column].tolist())


def test__apply__default_state_returns_the_dataset_itself(dataset):
    assert apply(dataset, FilterState()) is dataset


@pytest.mark.parametrize("state, articles", [
    # published 2011-08-01..2011-08-31: a02 (08-08), a03 (08-24), a04 (08-25)
    (FilterState(date_from=dt.date(2011, 8, 1), date_to=dt.date(2011, 8, 31)), ["a02", "a03", "a04"]),
    (FilterState(date_from=dt.date(2012, 4, 2)), ["a11", "a12"]),
    (FilterState(date_to=dt.date(2011, 5, 27)), ["a05"]),
    (FilterState(sources=("Steppe Review",)), ["a04", "a07", "a09", "a12"]),
    (FilterState(topics=("energy",)), ["a01", "a03", "a04"]),
    (FilterState(topics=("agriculture", "economy")), ["a06", "a12"]),
    (FilterState(actors=("person:sergey-lavrov",)), ["a02", "a11"]),
    (FilterState(actors=("country:CHN",)), ["a05", "a08", "a09"]),
    (FilterState(actors=("person:wen-jiabao",), sources=("Harbour Wire",)), []),
    (FilterState(statuses=("cancelled",)), [f"a{i:02d}" for i in range(1, 13)]),  # status does not drop articles
])
def test__apply__keeps_articles(dataset, state, articles):
    assert _ids(apply(dataset, state).articles, "article_id") == articles


@pytest.mark.parametrize("state, visit_articles", [
    (FilterState(statuses=("occurred",)), ["a03", "a04", "a05", "a06", "a09", "a11"]),
    (FilterState(statuses=("planned", "invited")), ["a01", "a07"]),
    (FilterState(scope="domestic"), ["a06"]),
    (FilterState(scope="foreign"), ["a01", "a02", "a03", "a04", "a05", "a07", "a09", "a11"]),
    (FilterState(min_confidence=0.85), ["a03", "a04", "a05", "a06"]),
    # Medvedev travels in a07 and receives Kim Jong Il in a01, a03 and a04.
    (FilterState(actors=("person:dmitry-medvedev",)), ["a01", "a03", "a04", "a07"]),
    # country:KOR is the host in a07 only; a02 and a10 mention South Korea but report no visit to it.
    (FilterState(actors=("country:KOR",)), ["a07"]),
    (FilterState(sources=("Pyongyang Daily",), statuses=("occurred",)), ["a03", "a05", "a06", "a11"]),
])
def test__apply__keeps_visits(dataset, state, visit_articles):
    assert _ids(apply(dataset, state).visits, "article_id") == visit_articles


def test__apply__restricts_every_article_table(dataset):
    out = apply(dataset, FilterState(sources=("Harbour Wire",)))
    kept = set(out.articles["article_id"])
    assert kept == {"a01", "a02", "a08", "a10"}
    for table in ("mentions", "visits", "figures", "topics"):
        assert set(out.table(table)["article_id"]) <= kept, table
    assert _ids(out.figures, "article_id") == ["a02", "a08", "a08", "a10", "a10"]
    assert len(out.actors) == len(dataset.actors)


def test__apply__min_confidence_also_drops_figures(dataset):
    out = apply(dataset, FilterState(min_confidence=0.85))
    assert sorted(out.figures["amount_text"]) == ["$10.3 billion", "$20 billion", "$3.5 billion"]


def test__apply__recounts_visit_events_from_kept_records(dataset):
    """e-vlad is planned (a01, Harbour Wire) then cancelled (a02, Harbour Wire).

    statuses=planned  ->  event_id | status  | n_records | article_ids
                          e-vlad   | planned | 1         | a01
    """
    out = apply(dataset, FilterState(statuses=("planned",)))
    expected = pd.DataFrame({"event_id": ["e-vlad"], "status": ["planned"], "n_records": [1], "n_articles": [1],
                             "n_sources": [1], "article_ids": ["a01"]})
    actual = out.visit_events[list(expected.columns)].astype(object)
    pd.testing.assert_frame_equal(actual, expected.astype(object))
    assert out.visit_events["first_reported"].tolist() == [pd.Timestamp("2011-06-30")]


def test__apply__visit_events_keep_their_counts_when_all_records_stay(dataset):
    """Ulan-Ude is reported by a03 (Pyongyang Daily) and a04 (Steppe Review): two sources."""
    out = apply(dataset, FilterState(statuses=("occurred",)))
    ulan = out.visit_events.set_index("event_id").loc["e-ulan"]
    assert (ulan["n_records"], ulan["n_sources"], ulan["article_ids"]) == (2, 2, "a03 a04")
    assert sorted(out.visit_events["event_id"]) == ["e-beijing", "e-china", "e-hamhung", "e-moscow", "e-ulan"]


def test__apply__one_source_of_a_merged_visit(dataset):
    out = apply(dataset, FilterState(sources=("Steppe Review",), statuses=("occurred",)))
    ulan = out.visit_events.set_index("event_id").loc["e-ulan"]
    assert (ulan["n_records"], ulan["n_sources"], ulan["article_ids"]) == (1, 1, "a04")


def test__apply__a_filter_matching_nothing_gives_empty_tables_with_the_schema(dataset):
    out = apply(dataset, FilterState(actors=("person:nobody",)))
    assert len(out.articles) == len(out.visits) == len(out.visit_events) == len(out.figures) == 0
    assert list(out.visit_events.columns) == list(dataset.visit_events.columns)
    assert out.visit_events.dtypes.equals(dataset.visit_events.dtypes)


def test__apply__does_not_change_its_input(dataset):
    before = {name: dataset.table(name).copy() for name in ("articles", "visits", "visit_events", "figures")}
    apply(dataset, FilterState(statuses=("planned",), sources=("Harbour Wire",), min_confidence=0.5))
    for name, frame in before.items():
        pd.testing.assert_frame_equal(dataset.table(name), frame)


def test__apply__undated_articles_leave_only_under_a_date_filter():
    tables = fixture_tables()
    tables["articles"].loc[0, "published_date"] = pd.NaT
    undated = Dataset.from_tables(tables)
    assert "a01" in set(apply(undated, FilterState(scope="foreign")).articles["article_id"])
    assert "a01" not in set(apply(undated, FilterState(date_to=dt.date(2030, 1, 1))).articles["article_id"])


def test__statuses_are_the_schema_vocabulary():
    assert FilterState(statuses=VISIT_STATUSES).statuses == VISIT_STATUSES


def test__apply__a_filter_keeping_every_article_keeps_the_article_tables(dataset):
    """All three sources chosen: nothing to restrict, the frames are passed on as they are."""
    out = apply(dataset, FilterState(sources=("Harbour Wire", "Pyongyang Daily", "Steppe Review"), scope="foreign"))
    assert out.articles is dataset.articles and out.mentions is dataset.mentions
    assert len(out.visits) == 8  # the domestic Hamhung trip is gone
