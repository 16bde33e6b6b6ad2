"""Behaviour of the Trade and Actors pages: AppTest for widgets, headless Chromium for a chart click."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests.app_server import LAUNCH_ARGS, running_app
from tests.fixtures_store import build_fixture_store

ROOT = Path(__file__).resolve().parents[1]
DASHBOARD = str(ROOT / "dashboard.py")


@pytest.fixture(scope="module")
def fixture_store(tmp_path_factory) -> str:
    return str(build_fixture_store(tmp_path_factory.mktemp("trade_actors") / "store"))


@pytest.fixture()
def store_env(fixture_store, monkeypatch) -> str:
    monkeypatch.setenv("NEWSLENS_DATA", fixture_store)
    return fixture_store


def open_page(page: str, params: dict | None = None) -> AppTest:
    at = AppTest.from_file(DASHBOARD, default_timeout=60)
    for key, value in (params or {}).items():
        at.query_params[key] = value
    at.run()
    at.switch_page(page)
    at.run()
    assert [e.value for e in at.exception] == []
    return at


def texts(at: AppTest) -> str:
    return "\n".join([m.value for m in at.markdown] + [c.value for c in at.caption] + [i.value for i in at.info])


def chart_spec(at: AppTest, index: int = 0) -> str:
    """The figure JSON's title and trace names, one per line (AppTest sees charts only as raw specs)."""
    figure = json.loads(at.get("plotly_chart")[index].proto.spec)
    return "\n".join([figure["layout"]["title"]["text"]] + [trace.get("name", "") for trace in figure["data"]])


# Trade page

def test__trade__pairs_listed_and_first_pair_drawn(store_env):
    at = open_page("pages/2_Trade.py")
    pair = at.selectbox(key="trade_pair")
    assert pair.options == ["South Korea – Russia", "China – North Korea"]
    assert pair.value == "South Korea – Russia"
    spec = chart_spec(at)
    assert "Reported: forecast" in spec and "Official: COW Trade v4.0" in spec
    assert [e.value for e in at.error] == []


def test__trade__pair_from_the_url_and_metric_switch(store_env):
    at = open_page("pages/2_Trade.py", {"trade_pair": "China – North Korea"})
    assert at.selectbox(key="trade_pair").value == "China – North Korea"
    assert "China – North Korea: total trade" in chart_spec(at)
    at.radio(key="trade_metric").set_value("exports").run()
    assert "No exports figure is reported for China – North Korea" in texts(at)
    assert "China – North Korea: exports" in chart_spec(at)


def test__trade__swap_turns_exports_into_imports(store_env):
    at = open_page("pages/2_Trade.py")
    at.radio(key="trade_metric").set_value("exports").run()
    assert "No exports figure is reported for South Korea – Russia" in texts(at)
    at.toggle(key="trade_swap").set_value(True).run()
    assert "Russia – South Korea: exports" in chart_spec(at)
    assert "Reported: actual" in chart_spec(at)


def test__trade__picking_a_figure_shows_its_sentence_and_article(store_env):
    at = open_page("pages/2_Trade.py")
    picker = at.selectbox(key="trade_figure")
    assert picker.value is None
    label = "2011 · trade · $20 billion (forecast) · Harbour Wire"
    at.selectbox(key="trade_figure").select(picker.options[[o for o in picker.options].index(label)]).run()
    shown = texts(at)
    assert "**Evidence:**" in shown and "record \\$20 billion" in shown
    assert "#### Vladivostok meeting called off" in shown


def test__trade__gap_table_and_download(store_env):
    at = open_page("pages/2_Trade.py")
    table = at.dataframe[-1].value
    row = table.loc[table["period"] == "2011"].iloc[0]
    assert (row["reported_usd"], row["official_usd"]) == (20e9, 18809e6)
    assert round(row["gap_pct"], 2) == 6.33
    assert len(at.get("download_button")) >= 1


def test__trade__bad_upload_is_named_and_the_shipped_extract_used(store_env, tmp_path):
    """AppTest cannot upload; the page's reader is checked with the same call the upload makes."""
    from newslens import official

    with pytest.raises(official.OfficialDataError, match="mine.csv: columns"):
        official.read_official(b"a,b\n1,2\n", "mine.csv")
    at = open_page("pages/2_Trade.py")
    assert "shipped extract" in at.expander[0].label


def test__trade__no_figures_explains(store_env):
    at = open_page("pages/2_Trade.py", {"source": "Pyongyang Daily"})
    assert "No trade figure between two named countries matches these filters" in texts(at)
    assert len(at.get("plotly_chart")) == 0


def test__trade__pair_without_official_data_says_so(store_env, monkeypatch, tmp_path):
    """A reference file that lacks the pair: the chart keeps the points and the page says why no line."""
    from newslens import official

    ref = tmp_path / "ref.csv"
    ref.write_text("reporter_iso3,partner_iso3,year,exports_usd,imports_usd,trade_usd,source\nJPN,USA,2011,1,2,3,mine\n")
    monkeypatch.setattr(official, "DEFAULT_REFERENCE", ref)
    at = open_page("pages/2_Trade.py")
    assert "No official statistics for South Korea – Russia" in texts(at)
    assert "Reported: forecast" in chart_spec(at) and "Official:" not in chart_spec(at)


def test__trade__nothing_to_draw_shows_notes_and_no_chart(store_env, monkeypatch, tmp_path):
    from newslens import official

    ref = tmp_path / "ref.csv"
    ref.write_text("reporter_iso3,partner_iso3,year,exports_usd,imports_usd,trade_usd,source\nJPN,USA,2011,1,2,3,mine\n")
    monkeypatch.setattr(official, "DEFAULT_REFERENCE", ref)
    at = open_page("pages/2_Trade.py", {"trade_pair": "China – North Korea", "trade_metric": "Imports"})
    assert "No official statistics for China – North Korea" in texts(at)
    assert "No imports figure is reported for China – North Korea; this pair has\\: trade" in texts(at)  # Markdown-escaped
    assert len(at.get("plotly_chart")) == 0


# Actors page

def test__actors__charts_profile_and_tabs(store_env):
    at = open_page("pages/3_Actors.py")
    assert len(at.get("vega_lite_chart")) == 3
    assert at.selectbox(key="actors_profile").value == "country:PRK"
    at.selectbox(key="actors_profile").set_value("person:sergey-lavrov").run()
    assert "**Sergey Lavrov** · Person · Russia · Foreign Minister" in texts(at)
    labels = [t.label for t in at.tabs]
    assert labels == ["Visits made (0)", "Visits hosted (1)", "Trade figures (4)", "Articles (2)"]


def test__actors__profile_from_the_url_and_top_slider(store_env):
    at = open_page("pages/3_Actors.py", {"actors_profile": "Person: Kim Jong Il", "actors_top": "3"})
    assert at.selectbox(key="actors_profile").value == "person:kim-jong-il"
    assert at.slider(key="actors_top").value == 3
    assert [t.label for t in at.tabs][0] == "Visits made (4)"


def test__actors__nothing_named_explains(store_env):
    at = open_page("pages/3_Actors.py", {"source": "Harbour Wire", "topic": "agriculture"})
    assert "No actor is named in the articles these filters keep" in texts(at)


# Real browser: a click on a point opens its evidence.

@pytest.fixture()
def trade_page(chromium_path, fixture_store, tmp_path):
    """The real app (fixture store) in headless Chromium, on the Trade page reached from the sidebar."""
    from playwright.sync_api import sync_playwright

    with running_app(tmp_path, {"NEWSLENS_DATA": fixture_store}) as app, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium_path, args=LAUNCH_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.goto(app.url + "/")
            _wait_for_frame(page)
            page.get_by_role("link", name="Trade").click()
            yield page
        finally:
            browser.close()


def _wait_for_frame(page) -> None:
    """Wait for the navigation of dashboard.py and the sidebar filters: a click before them may land on
    the first run's page list (a fresh server starts in v1 mode, components/frame.py) or drop the filters."""
    page.locator("[data-testid=stSidebarNav] a", has_text="Overview").wait_for(timeout=60000)
    page.locator("[data-testid=stSidebar] [data-testid=stSlider]").wait_for(timeout=60000)


@pytest.mark.browser
def test__browser__trade_point_click_shows_the_evidence(trade_page):
    page = trade_page
    page.wait_for_selector(".js-plotly-plot .scatterlayer .point")
    assert page.locator("[data-testid=stException]").count() == 0
    target = page.locator(".js-plotly-plot .scatterlayer .trace").nth(-2).locator(".point").first  # the target star
    target.scroll_into_view_if_needed()
    box = target.bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.wait_for_selector("text=Evidence:", timeout=30000)
    evidence = page.locator("[data-testid=stMarkdown]", has_text="Evidence:").inner_text()
    assert "$25 billion by 2015" in evidence
    page.wait_for_selector("h4:has-text('Seoul invites Moscow to talks')", timeout=30000)
    assert page.locator("[data-testid=stException]").count() == 0


@pytest.mark.browser
def test__browser__trade_reference_upload_good_and_bad(trade_page, tmp_path):
    """A Comtrade file of our own replaces the shipped line; a broken file is named in an error box."""
    good = tmp_path / "my_comtrade.csv"
    good.write_text("refYear,reporterISO,partnerISO,flowCode,primaryValue\n"
                    "2011,KOR,RUS,X,10000000000\n2011,KOR,RUS,M,11000000000\n")
    bad = tmp_path / "broken.csv"
    bad.write_text("when,what\n2011,lots\n")
    page = trade_page
    page.wait_for_selector(".js-plotly-plot .legendtext")
    page.get_by_text("Official statistics: the shipped extract, or your own file").click()
    page.locator("[data-testid=stFileUploaderDropzoneInput]").set_input_files(str(good))
    page.wait_for_selector(".legendtext:has-text('Official: UN Comtrade')", timeout=30000)
    page.wait_for_selector(".legendtext:has-text('COW Trade')", state="detached", timeout=30000)
    page.locator("[data-testid=stFileUploaderDropzoneInput]").set_input_files(str(bad))
    error = page.wait_for_selector("[data-testid=stAlertContentError]", timeout=30000)
    assert "broken.csv: columns what, when fit no known layout" in error.inner_text()
    page.wait_for_selector(".legendtext:has-text('Official: COW Trade')", timeout=30000)
