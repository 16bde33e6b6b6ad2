"""Uploads in a real browser: a zip goes in with progress and a report, the whole dashboard switches
to it for that session only, a second session keeps the shared dataset, the download reopens
elsewhere, and the workspace goes when the session ends.

Also home of the page helpers the other browser tests share (``new_page``, ``wait_idle``); the server
is started by tests/app_server.py.
"""
from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import pandas as pd
import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from newslens import uploads
from tests.app_server import LAUNCH_ARGS, running_app
from tests.fixtures_store import UPLOAD_ROWS, build_fixture_store

ROOT = Path(__file__).resolve().parents[1]
IDLE = '[data-testid="stApp"][data-test-script-state="notRunning"]'
ERRORS = '[data-testid="stException"], [data-testid="stAlertContentError"]'

pytestmark = pytest.mark.browser




def wait_idle(page, timeout_ms: int = 60_000) -> None:
    """Wait until the app is connected and no script runs."""
    page.wait_for_selector(IDLE, state="attached", timeout=timeout_ms)


def new_page(browser, url: str, path: str = "", width: int = 1400):
    """A page in a fresh browser context (its own Streamlit session) opened at ``path``."""
    context = browser.new_context(viewport={"width": width, "height": 1000}, accept_downloads=True)
    page = context.new_page()
    page.goto(f"{url}/{path.lstrip('/')}")
    wait_idle(page)
    return page


def warm_up(browser, url: str) -> None:
    """Open the main page once: the first session after start cannot deep-link to a page yet
    (Streamlit shows "Page not found" until st.navigation has run once)."""
    page = new_page(browser, url)
    page.wait_for_selector("h1", timeout=60_000)
    page.context.close()


def goto(page, url: str, path: str) -> None:
    page.goto(f"{url}/{path.lstrip('/')}")
    wait_idle(page)


def click_nav(page, title: str, heading: str | None = None) -> None:
    """Switch page through the sidebar (keeps the session, unlike page.goto); waits for its h1."""
    page.locator('[data-testid="stSidebarNav"] a', has_text=title).first.click()
    page.wait_for_selector(f'h1:has-text("{heading or title}")', timeout=60_000)
    wait_idle(page)


def active_label(page) -> str:
    """The Data page's "Active dataset: ..." line."""
    return page.locator('[data-testid="stMarkdownContainer"]:has-text("Active dataset:")').first.inner_text()


def shot(page, name: str, folder: Path) -> Path:
    path = folder / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def screenshot_dir(tmp: Path) -> Path:
    folder = Path(os.environ.get("NEWSLENS_SCREENSHOT_DIR", tmp))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def upload_zip() -> bytes:
    frame = pd.DataFrame(UPLOAD_ROWS, columns=["title", "date", "source", "text"])
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("reports/spring.csv", frame.to_csv(index=False))
        archive.writestr("reports/scan.bin", b"\x00\x01\x02\x03 not an article")
    return buf.getvalue()


def upload_files(page, paths: list[Path]) -> None:
    page.set_input_files('[data-testid="stFileUploaderDropzoneInput"]', [str(p) for p in paths])
    button = page.get_by_role("button", name="Build and open this dataset")
    button.wait_for(state="visible")
    page.wait_for_function("b => !b.disabled", arg=button.element_handle(), timeout=30_000)
    button.click()


@pytest.fixture(scope="module")
def app(tmp_path_factory, chromium_path):
    from playwright.sync_api import sync_playwright

    work = tmp_path_factory.mktemp("browser-upload")
    shared = build_fixture_store(work / "shared-store")
    upload_dir = work / "uploads"
    env = {"NEWSLENS_DATA": str(shared), uploads.ROOT_ENV: str(upload_dir)}
    with running_app(work, env, ("--server.disconnectedSessionTTL", "1")) as app, sync_playwright() as pw:
        url = app.url
        browser = pw.chromium.launch(executable_path=chromium_path, args=LAUNCH_ARGS)
        warm_up(browser, url)
        yield {"url": url, "browser": browser, "work": work, "uploads": upload_dir}
        browser.close()


def _articles_table_text(page, expected: str) -> str:
    """The cells of the page's first table, once a cell with ``expected`` is there (rows render lazily)."""
    table = page.locator('[data-testid="stDataFrame"]').first
    try:
        table.locator(f'td:has-text("{expected}")').first.wait_for(state="attached", timeout=60_000)
    except Exception:
        page.screenshot(path=str(Path(os.environ.get("NEWSLENS_SCREENSHOT_DIR", "/tmp")) / "missing-row.png"))
        raise
    return " | ".join(table.locator("td").all_inner_texts())


def test__upload_zip__progress_report_switch_isolation_download_and_cleanup(app, tmp_path):
    url, browser, shots = app["url"], app["browser"], screenshot_dir(tmp_path)
    zip_path = tmp_path / "spring reports.zip"
    zip_path.write_bytes(upload_zip())

    # Two sessions at once: B on the shared dataset, A uploading.
    page_b = new_page(browser, url, "Articles")
    assert "Weather and harvest notes" in _articles_table_text(page_b, "Weather and harvest notes")
    page_a = new_page(browser, url, "Data")
    assert "NEWSLENS_DATA" in active_label(page_a)
    upload_files(page_a, [zip_path])
    seen = set()
    summary = page_a.locator('[data-testid="stMarkdownContainer"]:has-text("Built the dataset")')
    for _ in range(4_000):  # bounded poll while the ingest runs: collect the progress captions shown
        bars = page_a.locator('[data-testid="stProgress"]')
        if bars.count():
            try:
                seen.add(bars.first.inner_text(timeout=500).strip())
            except PlaywrightTimeout:  # the bar went away between the count and the read
                pass
        if summary.count():
            break
        page_a.wait_for_timeout(25)
    summary.first.wait_for(timeout=120_000)
    wait_idle(page_a)
    assert seen, "no progress bar was shown during the ingest"
    assert any(caption.startswith("Finding actors, visits and figures") for caption in seen) or \
        {"Reading files", "Writing the dataset"} & seen, seen
    assert "Built the dataset spring reports.zip" in summary.first.inner_text()
    assert "3 articles" in summary.first.inner_text()
    page_a.wait_for_selector('[data-testid="stDataFrame"] td:has-text("scan.bin")', state="attached", timeout=30_000)
    report = " | ".join(page_a.locator('[data-testid="stDataFrame"] td').all_inner_texts())
    assert "spring reports.zip!reports/scan.bin" in report and "binary file" in report
    assert "Your upload: spring reports.zip" in active_label(page_a)
    assert page_a.locator(ERRORS).count() == 0
    shot(page_a, "upload-data-page", shots)

    # A's other pages now show A's data.
    click_nav(page_a, "Articles")
    text_a = _articles_table_text(page_a, "Premier visits Pyongyang")
    assert "Premier visits Pyongyang" in text_a and "Weather and harvest notes" not in text_a
    assert page_a.locator(ERRORS).count() == 0
    shot(page_a, "upload-articles", shots)
    click_nav(page_a, "Visits")
    page_a.wait_for_selector(".js-plotly-plot", timeout=60_000)
    assert page_a.locator(ERRORS).count() == 0
    assert "Your upload: spring reports.zip" in page_a.locator('[data-testid="stCaptionContainer"]:has-text("Dataset:")').first.inner_text()
    shot(page_a, "upload-visits", shots)

    # B, at the same time, still sees the shared dataset; a forged link cannot point it at A's files.
    store_a = next(app["uploads"].glob("s-*/b-*/store"))
    goto(page_b, url, f"Articles?newslens_store={store_a}&store={store_a}&dataset=../../{store_a.name}")
    text_b = _articles_table_text(page_b, "Weather and harvest notes")
    assert "Weather and harvest notes" in text_b and "Premier visits Pyongyang" not in text_b
    goto(page_b, url, "Data")
    assert "NEWSLENS_DATA" in active_label(page_b)
    assert page_b.locator('button:has-text("Download this dataset")').count() == 0
    assert len(list(app["uploads"].glob("s-*"))) == 1  # only A has a workspace
    shot(page_b, "second-session-data-page", shots)

    # A downloads its dataset; C reopens the zip without ingesting it.
    click_nav(page_a, "Data")
    with page_a.expect_download(timeout=60_000) as download_info:
        page_a.get_by_role("button", name="Download this dataset (zip)").click()
    saved = tmp_path / "saved.zip"
    download_info.value.save_as(saved)
    assert uploads.store_zip_prefix(saved.read_bytes()) == ""
    page_c = new_page(browser, url, "Data")
    upload_files(page_c, [saved])
    page_c.wait_for_selector("text=Opened the saved dataset", timeout=60_000)
    wait_idle(page_c)
    click_nav(page_c, "Articles")
    assert "Premier visits Pyongyang" in _articles_table_text(page_c, "Premier visits Pyongyang")
    page_c.context.close()

    # When A's session ends, the next Data page run elsewhere removes A's workspace.
    workspace_a = store_a.parents[1]
    assert workspace_a.is_dir()
    page_a.context.close()
    for _ in range(60):  # bounded: each round is a full page run in B
        goto(page_b, url, "Data")
        if not workspace_a.exists():
            break
    assert not workspace_a.exists()
    page_b.context.close()


def test__back_to_shared_dataset(app, tmp_path):
    url, browser = app["url"], app["browser"]
    zip_path = tmp_path / "one.zip"
    zip_path.write_bytes(upload_zip())
    page = new_page(browser, url, "Data")
    before = set(app["uploads"].glob("s-*/b-*"))
    upload_files(page, [zip_path])
    page.wait_for_selector("text=Last upload", timeout=120_000)
    wait_idle(page)
    workspace_batches = set(app["uploads"].glob("s-*/b-*")) - before  # this session's upload
    assert len(workspace_batches) == 1
    page.get_by_role("button", name="Back to the shared dataset").click()
    page.wait_for_selector('text=Upload files below to explore your own', timeout=60_000)
    wait_idle(page)
    assert "NEWSLENS_DATA" in active_label(page)
    assert not any(b.exists() for b in workspace_batches)
    click_nav(page, "Articles")
    assert "Weather and harvest notes" in _articles_table_text(page, "Weather and harvest notes")
    page.context.close()
