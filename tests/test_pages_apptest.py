"""Every page runs (AppTest), and the sidebar filters drive the numbers, from widgets and from the URL."""
from __future__ import annotations

from pathlib import Path

import pandas as pd

import pytest
from streamlit.testing.v1 import AppTest

from tests.fixtures_store import build_fixture_store

ROOT = Path(__file__).resolve().parents[1]
DASHBOARD = str(ROOT / "dashboard.py")
PAGES = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "pages").glob("*.py"))


@pytest.fixture(scope="module")
def fixture_store(tmp_path_factory) -> str:
    return str(build_fixture_store(tmp_path_factory.mktemp("apptest") / "store"))


@pytest.fixture()
def store_env(fixture_store, monkeypatch) -> str:
    monkeypatch.setenv("NEWSLENS_DATA", fixture_store)
    return fixture_store


def _open(page: str | None = None, params: dict | None = None) -> AppTest:
    at = AppTest.from_file(DASHBOARD, default_timeout=60)
    for key, value in (params or {}).items():
        at.query_params[key] = value
    at.run()
    if page:
        at.switch_page(page)
        at.run()
    return at


def _metrics(at: AppTest) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def _problems(at: AppTest) -> list[str]:
    return [e.value for e in at.exception] + [e.value for e in at.error]


@pytest.mark.parametrize("page", [None, *PAGES])
def test__every_page__runs_without_errors_on_the_fixture(store_env, page):
    at = _open(page)
    assert _problems(at) == []
    assert at.multiselect(key="status") is not None  # the shared sidebar filters are on every page


@pytest.mark.parametrize("page", [None, *PAGES])
def test__every_page__handles_a_filter_that_matches_nothing(store_env, page):
    at = _open(page, {"source": "Harbour Wire", "topic": "agriculture"})
    assert _problems(at) == []


@pytest.mark.parametrize("page", [None, *PAGES])
def test__every_page__handles_an_empty_dataset(tmp_path, monkeypatch, page):
    from newslens.store import write_store

    monkeypatch.setenv("NEWSLENS_DATA", str(write_store(tmp_path / "empty", {}, {})))
    at = _open(page)
    assert _problems(at) == []


def test__overview__key_figures_of_the_fixture(store_env):
    metrics = _metrics(_open())
    assert (metrics["Articles"], metrics["Visits"], metrics["Trade figures"]) == ("12", "7", "7")


def test__overview__a_url_parameter_selects_the_filter(store_env):
    at = _open(params={"status": "cancelled"})
    assert at.multiselect(key="status").value == ["cancelled"]
    assert _metrics(at)["Visits"] == "1"


def test__overview__changing_a_filter_changes_the_numbers(store_env):
    at = _open()
    at.multiselect(key="source").select("Harbour Wire").run()
    assert _metrics(at)["Articles"] == "4"
    at.radio(key="scope").set_value("domestic").run()
    assert _metrics(at)["Visits"] == "0"
    at.button[0].click().run()  # Reset filters
    assert _metrics(at)["Articles"] == "12"
    assert at.multiselect(key="source").value == []


def test__overview__actor_labels_carry_kind_and_counts(store_env):
    at = _open()
    actors = at.multiselect(key="actor")
    assert "Person: Kim Jong Il (6)" in actors.options
    assert actors.options.index("Country: Russia (7)") < actors.options.index("Person: Kim Jong Il (6)")
    actors.select("person:kim-jong-il").run()
    assert _metrics(at)["Articles"] == "6"


def test__filters__invalid_url_values_are_ignored_with_a_notice(store_env):
    at = _open(params={"status": "lost", "min_conf": "lots", "source": "Harbour Wire"})
    assert _problems(at) == []
    assert at.multiselect(key="status").value == []
    assert _metrics(at)["Articles"] == "4"
    notices = " ".join(t.value for t in at.toast)
    assert "'lost'" in notices and "'lots'" in notices


def test__filters__url_text_in_notices_is_escaped(store_env):
    at = _open(params={"source": "[click](javascript:alert(1))"})
    notices = " ".join(t.value for t in at.toast)
    assert r"\[click\]\(javascript\:alert\(1\)\)" in notices
    assert _metrics(at)["Articles"] == "12"


def test__filters__filter_state_survives_a_page_switch(store_env):
    at = _open(params={"source": "Harbour Wire"})
    at.switch_page("pages/1_Visits.py").run()
    assert at.multiselect(key="source").value == ["Harbour Wire"]
    assert "2 visit records" in " ".join(c.value for c in at.caption)


def test__presentation_mode__no_widgets_but_the_same_view(store_env):
    at = _open(params={"present": "1", "source": "Harbour Wire", "actor": "person:kim-jong-il"})
    assert _problems(at) == []
    assert len(at.multiselect) == 0 and len(at.slider) == 0
    assert _metrics(at)["Articles"] == "2"  # a01 and a02 name Kim Jong Il


def test__data__bad_newslens_data_names_the_path_and_falls_back(monkeypatch, tmp_path):
    missing = tmp_path / "no-such-store"
    monkeypatch.setenv("NEWSLENS_DATA", str(missing))
    at = _open()
    assert [e.value for e in at.exception] == []
    errors = " ".join(e.value for e in at.error)
    assert str(missing) in errors and "no such file or folder" in errors


def test__data__a_zipped_store_opens(fixture_store, monkeypatch, tmp_path):
    import shutil

    archive = shutil.make_archive(str(tmp_path / "store"), "zip", fixture_store)
    monkeypatch.setenv("NEWSLENS_DATA", archive)
    assert _metrics(_open())["Articles"] == "12"


def test__data__a_session_upload_wins_over_newslens_data(store_env, tmp_path):
    from newslens.store import load_store, write_store
    from tests.fixtures_store import fixture_tables

    tables = fixture_tables()
    tables["articles"] = tables["articles"].head(3)
    for name in ("mentions", "visits", "figures", "topics"):
        tables[name] = tables[name].loc[tables[name]["article_id"].isin(["a01", "a02", "a03"])]
    tables["visit_events"] = tables["visit_events"].loc[tables["visit_events"]["event_id"].isin(["e-vlad", "e-ulan"])]
    upload = write_store(tmp_path / "upload", tables, {})
    assert len(load_store(upload).articles) == 3
    at = AppTest.from_file(DASHBOARD, default_timeout=60)
    at.session_state["newslens_store"] = str(upload)
    at.run()
    assert _metrics(at)["Articles"] == "3"
    assert "Your upload" in " ".join(c.value for c in at.caption)


def test__visits__tables_switch_between_events_and_records(store_env):
    at = _open("pages/1_Visits.py")
    assert len(at.dataframe[0].value) == 7  # merged visits
    assert "sources" in at.dataframe[0].value.columns
    at.segmented_control(key="visits_table_view").set_value("Per-article records").run()
    assert len(at.dataframe[0].value) == 9
    assert "evidence" in at.dataframe[0].value.columns


def test__articles__search_follows_the_query_and_the_filters(store_env):
    at = _open("pages/4_Articles.py")
    at.text_input(key="q").set_value("pipeline").run()
    assert "3 articles" in " ".join(c.value for c in at.caption)
    at.multiselect(key="source").select("Pyongyang Daily").run()
    assert "1 articles" in " ".join(c.value for c in at.caption)


def test__articles__reader_escapes_article_text(tmp_path, monkeypatch):
    from newslens.store import write_store
    from tests.fixtures_store import fixture_tables

    tables = fixture_tables()
    tables["articles"].loc[0, "title"] = "<script>alert(1)</script> **bold**"
    tables["articles"].loc[0, "text"] = "Click [here](javascript:alert(1)) <img src=x onerror=alert(2)>."
    for name in ("mentions", "visits", "figures"):
        tables[name] = tables[name].loc[tables[name]["article_id"] != "a01"]
    tables["visit_events"] = tables["visit_events"].loc[tables["visit_events"]["event_id"] != "e-vlad"]
    monkeypatch.setenv("NEWSLENS_DATA", str(write_store(tmp_path / "hostile", tables, {})))
    at = _open("pages/4_Articles.py", {"q": "Click"})
    shown = " ".join(m.value for m in at.markdown)
    assert r"\<script\>alert\(1\)\</script\> \*\*bold\*\*" in shown
    assert r"\[here\]\(javascript\:alert\(1\)\)" in shown
    for element in at.markdown:
        assert not element.allow_html


def test__pages__order_and_frame():
    """dashboard.py lists every script of pages/ once, in file order after the Overview, under the
    name the file gives; every page takes the frame's dataset and filters (frame.current())."""
    import ast

    files = sorted(p.name for p in (ROOT / "pages").glob("*.py"))
    assert files == ["1_Visits.py", "2_Trade.py", "3_Actors.py", "4_Articles.py", "5_Data.py"]
    tree = ast.parse((ROOT / "dashboard.py").read_text())
    listed = [(n.args[0], next(k.value.value for k in n.keywords if k.arg == "title")) for n in ast.walk(tree)
              if isinstance(n, ast.Call) and getattr(n.func, "attr", "") == "Page"]
    assert [title for _target, title in listed] == ["Overview", "Visits", "Trade", "Actors", "Articles", "Data"]
    assert getattr(listed[0][0], "id", "") == "overview"
    assert [t.value for t, _title in listed[1:]] == [f"pages/{name}" for name in files]
    for name in files:
        page = ast.parse((ROOT / "pages" / name).read_text())
        calls = [n for n in ast.walk(page) if isinstance(n, ast.Call) and getattr(n.func, "attr", "") == "current"
                 and getattr(n.func.value, "id", "") == "frame"]
        assert len(calls) == 1, name


def test__filters__switching_to_a_dataset_with_other_dates_shows_all_of_it(store_env, tmp_path):
    """Dates chosen on one dataset must not narrow another one to a single day."""
    from newslens.store import write_store
    from tests.fixtures_store import fixture_tables

    tables = fixture_tables()
    tables["articles"]["published_date"] = tables["articles"]["published_date"] + pd.DateOffset(years=8)
    later = write_store(tmp_path / "later", tables, {})
    at = _open(params={"dates": ["2011-08-01", "2011-08-31"]})
    assert _metrics(at)["Articles"] == "3"
    at.session_state["newslens_store"] = str(later)
    at.run()
    assert _metrics(at)["Articles"] == "12"


def test__filters__a_requested_reset_clears_bound_and_unbound_filters(store_env):
    """The Data page switches dataset after the widgets are drawn: filters.request_reset() + rerun."""
    from components.filters import _RESET_KEY

    at = _open(params={"source": "Harbour Wire", "status": "cancelled", "actor": "person:kim-jong-il"})
    assert _metrics(at)["Articles"] == "2"
    at.session_state[_RESET_KEY] = True
    at.run()
    assert _problems(at) == []
    assert _metrics(at)["Articles"] == "12"
    assert at.multiselect(key="source").value == [] and at.multiselect(key="actor").value == []


def test__pages__leave_the_shared_dataset_unchanged(store_env):
    """The shared dataset and its filtered views are objects in st.cache_resource, read in place by every
    session: no page may change their frames (components/data.py)."""
    from components import data
    from newslens.store import load_store

    for page in [None, *PAGES]:
        _open(page)
        _open(page, {"status": "occurred", "actor": "person:kim-jong-il"})
    from newslens import filters
    from newslens.filters import FilterState

    version = data._store_version(store_env)
    cached = data._load_shared(store_env, version)
    fresh = load_store(store_env)
    state = FilterState(statuses=("occurred",), actors=("person:kim-jong-il",))
    view = data._apply_shared(store_env, version, state, lambda: cached)
    for name in ("articles", "mentions", "visits", "visit_events", "figures", "topics", "actors"):
        pd.testing.assert_frame_equal(cached.table(name), fresh.table(name), obj=name)
        pd.testing.assert_frame_equal(view.table(name), filters.apply(fresh, state).table(name), obj=f"filtered {name}")


def test__pages__run_alone_say_how_to_start_the_dashboard(store_env, tmp_path):
    """`streamlit run pages/1_Visits.py` (no entrypoint, no frame): a clear message, no traceback."""
    import shutil

    copy = tmp_path / "app"
    shutil.copytree(ROOT / "components", copy / "components")
    shutil.copytree(ROOT / "newslens", copy / "newslens")
    shutil.copy(ROOT / "pages" / "1_Visits.py", copy / "visits.py")
    at = AppTest.from_file(str(copy / "visits.py"), default_timeout=60).run()
    assert [e.value for e in at.exception] == []
    assert "streamlit run dashboard.py" in " ".join(e.value for e in at.error)


def _date_widget(at: AppTest):
    return next(d for d in at.date_input if d.key == "dates")


def test__filters__reset_clears_dates_given_by_the_link(store_env):
    at = _open(params={"dates": ["2011-08-01", "2011-08-31"], "status": "occurred"})
    assert _metrics(at)["Articles"] == "3"
    at.button[0].click().run()  # Reset filters
    assert _metrics(at)["Articles"] == "12"
    assert "published" not in " ".join(c.value for c in at.caption)
    first, last = _date_widget(at).value
    assert (first.isoformat(), last.isoformat()) == ("2011-05-27", "2012-05-05")


@pytest.mark.parametrize("dates, expected, notice", [
    (["2011-10-01", "2011-06-01"], ("2011-05-27", "2012-05-05"), "after end"),  # reversed: ignored
    (["2011-09-01", "2013-01-01"], ("2011-09-01", "2012-05-05"), "the articles end on 2012-05-05"),
    (["2014-01-01", "2014-02-01"], ("2011-05-27", "2012-05-05"), "no article was published"),
])
def test__filters__link_dates_are_checked_against_the_articles(store_env, dates, expected, notice):
    at = _open(params={"dates": dates})
    assert _problems(at) == []
    first, last = _date_widget(at).value
    assert (first.isoformat(), last.isoformat()) == expected
    assert notice in " ".join(t.value for t in at.toast).replace("\\", "")


def test__share_panel__the_link_keeps_the_page_parameters(store_env):
    at = _open("pages/4_Articles.py", {"q": "Vladivostok", "topic": "trade"})
    at.session_state["share_view"] = True  # the expander opened
    at.run()
    links = [c.value for c in at.code]
    assert links and links[0].endswith("?topic=trade&q=Vladivostok")
    assert links[1].endswith("&present=1")
