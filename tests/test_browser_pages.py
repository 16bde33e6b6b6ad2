"""The real app in headless Chromium: every page draws without errors, filters survive navigation,
a timeline click opens the evidence, presentation mode hides the controls. Screenshots go to a tmp dir
(NEWSLENS_SHOTS=DIR keeps them)."""
from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from tests.app_server import LAUNCH_ARGS, running_app
from tests.fixtures_store import build_fixture_store

pytestmark = pytest.mark.browser
ROOT = Path(__file__).resolve().parents[1]
PAGES_WITHOUT_CHARTS = {"data"}  # the upload page shows forms and tables only


@pytest.fixture(scope="module")
def fixture_store(tmp_path_factory) -> Path:
    return build_fixture_store(tmp_path_factory.mktemp("browser") / "store")


@pytest.fixture(scope="module")
def app_url(tmp_path_factory, fixture_store, chromium_path):
    with running_app(tmp_path_factory.mktemp("log"), {"NEWSLENS_DATA": str(fixture_store)}) as app:
        yield app.url


@pytest.fixture(scope="module")
def browser(chromium_path):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=chromium_path, args=LAUNCH_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture()
def page(browser):
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    yield page
    page.close()


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    keep = os.environ.get("NEWSLENS_SHOTS")
    folder = Path(keep) if keep else tmp_path_factory.mktemp("shots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _settle(page) -> None:
    """Wait until Streamlit has finished the run (no running-man status widget)."""
    page.wait_for_selector("[data-testid=stApp]", timeout=60000)
    page.wait_for_selector("[data-testid=stSidebarNav] a, [data-testid=stMain] h1", timeout=60000)
    page.wait_for_function("() => !document.querySelector('[data-testid=stStatusWidget]')", timeout=60000)


def _wait_for_navigation(page) -> None:
    """Wait until the sidebar navigation of dashboard.py (st.navigation) and the filters are drawn.

    The filters register their URL parameters when their widgets mount; a page switch before that
    (a click within a second of loading, on a slow machine) would leave the parameters behind.
    """
    page.locator("[data-testid=stSidebarNav] a", has_text="Overview").wait_for(timeout=60000)
    page.locator("[data-testid=stSidebar] [data-testid=stSlider]").wait_for(timeout=60000)
    _settle(page)


def _nav(page) -> list[tuple[str, str]]:
    links = page.locator("[data-testid=stSidebarNav] a")
    # inner_text is "icon-ligature\n\nTitle" (material icons are font ligatures): keep the title
    return [(links.nth(i).inner_text().strip().splitlines()[-1], links.nth(i).get_attribute("href"))
            for i in range(links.count())]


def test__sidebar__lists_the_pages_in_order(app_url, page):
    page.goto(app_url)
    _wait_for_navigation(page)
    names = [name for name, _ in _nav(page)]
    assert names == ["Overview", "Visits", "Trade", "Actors", "Articles", "Data"]


def test__every_page__draws_without_errors_and_with_a_chart(app_url, page, shots):
    page.goto(app_url)
    _wait_for_navigation(page)
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    for i, (name, href) in enumerate(_nav(page)):
        page.goto(href if href.startswith("http") else app_url + "/" + href.lstrip("/"))
        _settle(page)
        slug = name.lower()
        if slug not in PAGES_WITHOUT_CHARTS:
            page.wait_for_selector(".js-plotly-plot, .vega-embed", timeout=60000)
        page.screenshot(path=str(shots / f"{i:02d}_{slug}.png"), full_page=True)
        assert page.locator("[data-testid=stException]").count() == 0, name
        assert page.locator("[data-testid=stAlertContentError]").count() == 0, name
    assert errors == []


def test__filters__survive_navigation_and_reach_the_share_link(app_url, page):
    page.goto(app_url + "/?source=Harbour+Wire&status=cancelled")
    _wait_for_navigation(page)
    page.locator("[data-testid=stSidebarNav] a", has_text="Visits").click()
    page.get_by_text("1 visit records by 1 visitors", exact=False).wait_for(timeout=60000)
    _settle(page)
    # the address bar keeps the filters on the new page (bound widgets), so copying it works too
    page.wait_for_function("() => { const q = new URLSearchParams(location.search); return location.pathname.endsWith"
                           "('/Visits') && q.get('status') === 'cancelled' && q.get('source') === 'Harbour Wire'; }",
                           timeout=60000)
    page.locator("[data-testid=stSidebarNav] a", has_text="Trade").click()
    page.wait_for_function("() => location.pathname.endsWith('/Trade') && new URLSearchParams(location.search)"
                           ".get('status') === 'cancelled'", timeout=60000)
    page.go_back()
    page.get_by_text("1 visit records by 1 visitors", exact=False).wait_for(timeout=60000)
    _settle(page)
    page.get_by_text("Share this view").click()
    link = page.locator("[data-testid=stSidebar] [data-testid=stCode]").first
    link.wait_for(timeout=60000)
    assert re.search(r"/Visits\?source=Harbour\+Wire&status=cancelled$", link.inner_text().replace("\n", ""))


def test__visits__clicking_a_point_opens_its_evidence(app_url, page, shots):
    page.goto(app_url + "/?status=occurred&source=Steppe+Review")
    _wait_for_navigation(page)
    page.locator("[data-testid=stSidebarNav] a", has_text="Visits").click()
    page.get_by_role("heading", name="Timeline").wait_for(timeout=60000)
    _settle(page)
    page.get_by_text("2 visit records by 2 visitors", exact=False).wait_for(timeout=60000)
    _settle(page)
    point = page.locator(".js-plotly-plot .scatterlayer .trace .points path").first
    point.wait_for(timeout=60000)
    box = point.bounding_box()
    x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    page.mouse.move(x, y)  # Plotly needs the hover before a click selects the point
    page.locator(".hoverlayer .hovertext").first.wait_for(timeout=60000)
    page.mouse.click(x, y)
    page.get_by_text("the sentence the visit was read from", exact=False).wait_for(timeout=60000)
    _settle(page)
    page.screenshot(path=str(shots / "visits_evidence.png"), full_page=True)
    main = page.locator("[data-testid=stMain]").inner_text()
    assert "Ulan-Ude talks close with pipeline pledge" in main  # the article of the only such record (a04)


def test__deep_link__opens_the_page_inside_the_frame(app_url, page):
    """A shared link to a page opens that page with the navigation and its filters (components/frame.py)."""
    page.goto(app_url + "/Visits?status=cancelled")
    _settle(page)
    page.get_by_role("heading", name="Timeline").wait_for(timeout=60000)
    assert [name for name, _ in _nav(page)][:2] == ["Overview", "Visits"]
    page.get_by_text("1 visit records by 1 visitors", exact=False).wait_for(timeout=60000)


def test__deep_link__is_right_as_the_first_request_of_a_fresh_server(fixture_store, tmp_path, page):
    """The first run of a server process starts in Streamlit's v1 multipage mode (pages/ exists); the frame
    switches to st.navigation and reruns, so even that first link gets the frame, its page and its filters."""
    with running_app(tmp_path, {"NEWSLENS_DATA": str(fixture_store)}) as app:
        url = app.url
        page.goto(url + "/Actors?actor=person:kim-jong-il&status=occurred")
        page.get_by_role("heading", name="Actors").wait_for(timeout=60000)
        _wait_for_navigation(page)
        assert [name for name, _ in _nav(page)] == ["Overview", "Visits", "Trade", "Actors", "Articles", "Data"]
        assert "actors: Kim Jong Il · status: occurred" in page.locator("[data-testid=stMain]").inner_text()
        assert re.search(r"actor=person(:|%3A)kim-jong-il", page.url) and "status=occurred" in page.url


def test__presentation_mode__hides_the_filter_widgets(app_url, page, shots):
    page.goto(app_url + "/?present=1&status=occurred")
    _settle(page)
    page.wait_for_selector("[data-testid=stMetric]", timeout=60000)
    assert page.locator("[data-testid=stMultiSelect]").count() == 0
    assert page.locator("[data-testid=stSlider]").count() == 0
    assert page.locator("[data-testid=stSidebarNav]").count() == 0  # one view, no page list
    page.screenshot(path=str(shots / "present.png"), full_page=True)
    assert "status: occurred" in page.locator("[data-testid=stMain]").inner_text()


def test__filters__the_back_button_restores_the_actors_too(app_url, page):
    """Bound filters follow the browser history by themselves; the actor ids (written by
    components/filters.py) must follow it as well."""
    page.goto(app_url + "/Visits?actor=country:RUS&status=occurred&dates=2011-08-01&dates=2012-03-31")
    _wait_for_navigation(page)
    summary = page.locator("[data-testid=stMain] [data-testid=stCaptionContainer]").first
    page.get_by_text("actors: Russia · published 2011-08-01 to 2012-03-31 · status: occurred").wait_for(timeout=60000)
    page.get_by_role("button", name="Reset filters").click()
    page.get_by_text("No filters", exact=False).wait_for(timeout=60000)
    page.wait_for_function("() => location.search === ''", timeout=60000)  # the dates left the URL too
    page.go_back()
    page.get_by_text("actors: Russia", exact=False).wait_for(timeout=60000)
    _settle(page)
    assert "actors: Russia" in summary.inner_text()
    assert re.search(r"actor=country(:|%3A)RUS", page.url)
