"""Hostile text in a real browser: a dataset whose titles, text, sources, URLs, names and places hold
HTML, script and ``javascript:`` payloads is browsed on every page (opened for everyone and uploaded
under a hostile file name); no dialog fires, no injected element or clickable ``javascript:`` link
exists, the payloads show as text, garbage URL parameters raise nothing, and CSV downloads have
their formula cells neutralised."""
from __future__ import annotations

import csv
import io
import json

import pytest

from newslens import uploads
from newslens.store import write_store
from tests.app_server import running_app
from tests.fixtures_store import fixture_tables
from tests.test_browser_upload import (ERRORS, LAUNCH_ARGS, click_nav, goto, new_page, screenshot_dir,
                                       shot, upload_files, wait_idle, warm_up)

pytestmark = pytest.mark.browser

SCRIPT = "<script>window.__pwned=1;alert('script')</script>"
IMG = "<img src=x onerror=\"window.__pwned=2;alert('img')\">"
SVG = "<svg onload=\"window.__pwned=3;alert('svg')\"></svg>"
JS_URL = "javascript:window.__pwned=4;alert('url')"
MD_LINK = "[read more](javascript:window.__pwned=5;alert('md'))"
ANCHOR = "<a href=\"javascript:window.__pwned=6;alert('a')\">details</a>"
FORMULA_TITLE = '=HYPERLINK("http://evil.example","open me")'
FORMULA_SOURCE = "+cmd|' /C calc'!A0"

PAGES = [("", "Newslens"), ("Visits", "Visits"), ("Trade", "Trade"), ("Actors", "Actors"), ("Articles", "Articles"),
         ("Data", "Data")]
GARBAGE_QUERIES = [
    "actor=%3Cscript%3Ealert(1)%3C%2Fscript%3E&topic=%3Cimg%20src%3Dx%20onerror%3Dalert(2)%3E&source=javascript%3Aalert(3)",
    "dates=not-a-date&dates=2011-13-45&dates=9999-99-99&min_conf=abc&scope=..%2F..%2Fetc&status=exploded&present=%00",
    "q=%3Cscript%3Ealert(4)%3C%2Fscript%3E&actors_top=-5&actors_top=1e309&newslens_store=%2Fetc&dataset=..%2F..",
    "min_conf=NaN&dates=2012-01-01&scope=all&scope=foreign&actor=" + "x" * 3000 + "&%E2%80%AE=%FF%FE",
]

# Finds what an injection would leave behind: dialogs are caught separately through page.on("dialog").
PROBE = """() => {
  const bad = [];
  if (window.__pwned !== undefined) bad.push('window.__pwned=' + window.__pwned);
  for (const s of document.querySelectorAll('script')) if (/__pwned|alert\\(/.test(s.textContent)) bad.push('script element');
  for (const e of document.querySelectorAll('img[src="x"], svg[onload], [onerror], [onload], [onmouseover]')) bad.push(e.outerHTML.slice(0, 80));
  for (const e of document.querySelectorAll('[href], [src], [action], [formaction]')) {
    for (const attr of ['href', 'src', 'action', 'formaction']) {
      const v = (e.getAttribute(attr) || '').replace(/[\\s\\u0000-\\u001f]/g, '').toLowerCase();
      if (v.startsWith('javascript:') || v.startsWith('data:text/html') || v.startsWith('vbscript:')) bad.push(attr + '=' + v.slice(0, 60));
    }
  }
  for (const f of document.querySelectorAll('iframe')) {
    try { if (f.contentWindow && f.contentWindow.__pwned !== undefined) bad.push('iframe pwned'); } catch (e) {}
  }
  return bad;
}"""


def payload_tables() -> dict:
    """The fixture store with payloads in every free-text column the dashboard shows."""
    tables = fixture_tables()
    articles = tables["articles"]
    newest = articles.index[articles["article_id"] == "a12"][0]  # the Articles page opens on the newest
    articles.loc[newest, "title"] = f"Harvest {SCRIPT} {IMG}"
    articles.loc[newest, "url"] = JS_URL
    articles.loc[newest, "source"] = f"Steppe {SVG}"
    articles.loc[newest, "text"] = articles.loc[newest, "text"] + f" {SCRIPT} {MD_LINK} {ANCHOR} {IMG}"
    articles.loc[articles["article_id"] == "a11", "title"] = FORMULA_TITLE
    articles.loc[articles["article_id"] == "a10", "source"] = FORMULA_SOURCE
    articles.loc[articles["article_id"] == "a09", "url"] = "JaVaScRiPt:alert('mixed case')"
    for aid in ("a01", "a02", "a03"):  # texts end with the payload: offsets of earlier spans stay right
        articles.loc[articles["article_id"] == aid, "text"] += f" {IMG} {MD_LINK}"
    visits = tables["visits"]
    visits.loc[0, "visitor_name"] = f"Kim {IMG}"
    visits.loc[0, "location_name"] = f"Vladivostok {SVG}"
    visits["source_url"] = JS_URL
    events = tables["visit_events"]
    events.loc[0, "visitor_name"] = f"Kim {IMG}"
    events.loc[0, "location_name"] = f"Vladivostok {SVG}"
    figures = tables["figures"]
    figures.loc[0, "period_text"] = f"this year {SCRIPT}"
    topics = tables["topics"]
    topics.loc[0, "topic"] = f"trade {IMG}"
    actors = tables["actors"]
    actors.loc[actors["actor_id"] == "person:dmitry-medvedev", "name"] = f"Dmitry {SCRIPT} Medvedev"
    actors.loc[actors["actor_id"] == "person:sergey-lavrov", "role"] = f"Minister {IMG}"
    return tables


@pytest.fixture(scope="module")
def hostile_app(tmp_path_factory, chromium_path):
    from playwright.sync_api import sync_playwright

    work = tmp_path_factory.mktemp("browser-security")
    store = write_store(work / "hostile-store", payload_tables(), {"inputs": [IMG], "problems": [{"path": IMG, "reason": SCRIPT}]})
    env = {"NEWSLENS_DATA": str(store), uploads.ROOT_ENV: str(work / "uploads")}
    with running_app(work, env) as app, sync_playwright() as pw:
        url = app.url
        browser = pw.chromium.launch(executable_path=chromium_path, args=LAUNCH_ARGS)
        warm_up(browser, url)
        yield {"url": url, "browser": browser, "work": work, "store": store}
        browser.close()


def _watch(page) -> list[str]:
    dialogs: list[str] = []

    def on_dialog(dialog):
        dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    page.on("dialog", on_dialog)
    return dialogs


def _assert_inert(page, where: str) -> None:
    assert page.evaluate(PROBE) == [], where
    exceptions = page.locator('[data-testid="stException"]')
    assert exceptions.count() == 0, f"{where}: {exceptions.first.inner_text()[:600] if exceptions.count() else ''}"


def _click_everything_clickable_in_main(page) -> None:
    """Click every link the main area offers (bounded): none may run script."""
    links = page.locator('[data-testid="stMain"] a[href]')
    for i in range(min(links.count(), 30)):
        href = links.nth(i).get_attribute("href") or ""
        assert not href.strip().lower().startswith("javascript:"), href


def test__payloads_stay_inert_on_every_page(hostile_app, tmp_path):
    url, browser, shots = hostile_app["url"], hostile_app["browser"], screenshot_dir(tmp_path)
    page = new_page(browser, url)
    dialogs = _watch(page)
    for path, title in PAGES:
        goto(page, url, path)
        page.wait_for_selector(f'h1:has-text("{title}")', timeout=60_000)
        wait_idle(page)
        shot(page, f"hostile-{path or 'overview'}", shots)
        if path in ("", "Visits", "Trade"):
            page.wait_for_selector(".js-plotly-plot", timeout=60_000)
        _assert_inert(page, path or "overview")
        _click_everything_clickable_in_main(page)
        shot(page, f"hostile-{path or 'overview'}", shots)
    # The payloads are there, as text.
    goto(page, url, "Articles")
    page.wait_for_selector("h4", timeout=60_000)
    heading = page.locator("h4").first.inner_text()
    assert "<script>" in heading and "<img src=x" in heading
    body = page.locator('[data-testid="stMain"]').inner_text()
    assert "javascript:window.__pwned=6" in body  # the anchor's text, not a link
    assert JS_URL not in [a.get_attribute("href") for a in page.locator("a[href]").all()]
    # Hover and click the visits chart points and the article text: still nothing runs.
    goto(page, url, "Visits")
    page.wait_for_selector(".js-plotly-plot", timeout=60_000)
    for point in page.locator(".js-plotly-plot .point").all()[:10]:
        point.hover(force=True)
    _assert_inert(page, "visits after hovering")
    assert dialogs == []
    page.context.close()


@pytest.mark.parametrize("query", GARBAGE_QUERIES)
def test__garbage_url_parameters_raise_nothing_on_any_page(hostile_app, query):
    url, browser = hostile_app["url"], hostile_app["browser"]
    page = new_page(browser, url)
    dialogs = _watch(page)
    for path, title in PAGES:
        goto(page, url, f"{path}?{query}")
        page.wait_for_selector(f'h1:has-text("{title}")', timeout=60_000)
        wait_idle(page)
        _assert_inert(page, f"{path}?{query[:40]}")
        assert page.locator('[data-testid="stAlertContentError"]').count() == 0, path
    assert dialogs == []
    page.context.close()


def test__hostile_upload_name_and_report_show_as_text(hostile_app, tmp_path):
    url, browser = hostile_app["url"], hostile_app["browser"]
    hostile_zip = tmp_path / f"{IMG.replace('/', '')}.zip"
    hostile_zip.write_bytes(uploads.export_store_zip(hostile_app["store"]))
    bad_file = tmp_path / f"{SCRIPT.replace('/', '')}.csv"
    bad_file.write_bytes(b"")
    page = new_page(browser, url, "Data")
    dialogs = _watch(page)
    upload_files(page, [hostile_zip])
    page.wait_for_selector("text=Opened the saved dataset", timeout=60_000)
    wait_idle(page)
    assert "<img src=x" in page.locator('[data-testid="stMarkdownContainer"]:has-text("Active dataset:")').first.inner_text()
    _assert_inert(page, "data page after a hostile upload")
    for path, title in PAGES[:-1]:
        click_nav(page, "Overview" if not path else title, title)
        _assert_inert(page, f"uploaded {path}")
        assert page.locator(ERRORS).count() == 0
    # A second upload: a hostile file name that no reader takes shows in the report as text.
    click_nav(page, "Data")
    upload_files(page, [bad_file])
    page.wait_for_selector('[data-testid="stDataFrame"] td:has-text("empty file")', state="attached", timeout=120_000)
    wait_idle(page)
    cells = page.locator('[data-testid="stDataFrame"] td').all_inner_texts()
    assert any(c.startswith("<script>") for c in cells), cells
    _assert_inert(page, "report with a hostile file name")
    assert dialogs == []
    page.context.close()


def test__csv_download_neutralises_formulas(hostile_app, tmp_path):
    url, browser = hostile_app["url"], hostile_app["browser"]
    page = new_page(browser, url, "Articles")
    page.wait_for_selector('button:has-text("Download CSV")', timeout=60_000)
    with page.expect_download(timeout=60_000) as download_info:
        page.locator('button:has-text("Download CSV")').first.click()
    path = tmp_path / "articles.csv"
    download_info.value.save_as(path)
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"))))
    titles = {r["title"] for r in rows}
    sources = {r["source"] for r in rows}
    assert "'" + FORMULA_TITLE in titles and FORMULA_TITLE not in titles
    assert "'" + FORMULA_SOURCE in sources and FORMULA_SOURCE not in sources
    risky = [v for r in rows for v in r.values() if v and v[0] in "=+-@\t\r"]
    assert risky == [], risky
    json.dumps(rows)  # plain strings only
    page.context.close()
