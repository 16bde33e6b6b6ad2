"""Load benchmark: N browser sessions at once on one Streamlit server, for a fixed time.

    python benchmarks/load_sessions.py                       # 5 sessions, 60 s, on data/sample/store
    python benchmarks/load_sessions.py --sessions 8 --seconds 120 --data STORE

Starts ``streamlit run dashboard.py`` on 127.0.0.1 (a free port, no file watcher) and drives headless Chromium
(Debian's /usr/bin/chromium, or NEWSLENS_CHROMIUM): every session opens its own page with its own
filters in the URL, then alternates sidebar page changes and filter changes; session 1 first
uploads its own dataset on the Data page and browses that. Every few actions a session closes
and a new one takes its place, so sessions come and go.

Rerun latency is the time from an action (page change or widget change) until the app's running
indicator is gone (``data-test-script-state`` back to ``notRunning``). Reports sessions, duration,
actions, median and p95 latency, errors, the server's peak memory (process-tree RSS from /proc),
its memory before the load and after every session has closed, and upload workspaces left over.
"""
from __future__ import annotations

import argparse
import asyncio
import io
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from memory import PeakMemory, tree_rss_bytes  # noqa: E402
from tests.app_server import LAUNCH_ARGS, running_app  # noqa: E402
from tests.fixtures_store import UPLOAD_ROWS  # noqa: E402

IDLE = '[data-testid="stApp"][data-test-script-state="notRunning"]'
PAGES = ["Overview", "Visits", "Trade", "Actors", "Articles"]  # sidebar names (dashboard.py lists them)
HEADINGS = {"Overview": "Newslens"}
SCOPES = ["foreign", "domestic", "all"]
# Each session starts on its own page with its own filters in the URL.
START_URLS = ["/", "/Visits?status=occurred&status=planned", "/Trade?scope=foreign", "/Actors?min_conf=0.5",
              "/Articles?q=trade", "/Visits?scope=domestic", "/?dates=2011-01-01&dates=2011-12-31"]
ACTIONS_PER_SESSION = 12  # then the session closes and a new one starts
SESSION_TTL = 3  # server.disconnectedSessionTTL for the run: closed sessions are dropped quickly

# Records every change of the app's script state with the page's clock.
OBSERVER = """
window.__nl = {log: []};
new MutationObserver(() => {
  const app = document.querySelector('[data-testid="stApp"]');
  if (!app) return;
  const state = app.getAttribute('data-test-script-state');
  const log = window.__nl.log;
  if (!log.length || log[log.length - 1].s !== state) log.push({s: state, t: performance.now()});
}).observe(document, {subtree: true, attributes: true, attributeFilter: ['data-test-script-state'], childList: true});
"""
RERUN_DONE = """t0 => {
  const log = window.__nl.log;
  const i = log.findIndex(e => e.t >= t0 && e.s === 'running');
  if (i < 0) return false;
  const j = log.findIndex((e, k) => k > i && e.s === 'notRunning');
  return j < 0 ? false : log[j].t - t0;
}"""


def upload_zip() -> bytes:
    """A small zip of articles in our own words, for the uploading session."""
    import pandas as pd

    rows = [*UPLOAD_ROWS, ("Minister invited to Seoul", "2019-07-02", "Harbour Letter",
                           "Sergey Lavrov was invited to visit Seoul in the autumn, the South Korean foreign ministry said.")]
    frame = pd.DataFrame(rows, columns=["title", "date", "source", "text"])
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("bench/articles.csv", frame.to_csv(index=False))
    return buf.getvalue()


class Stats:
    def __init__(self) -> None:
        self.latencies: list[float] = []
        self.no_rerun = 0
        self.errors: list[str] = []
        self.sessions = 0
        self.uploads = 0


async def wait_idle(page, timeout_ms: int = 60_000) -> None:
    await page.wait_for_selector(IDLE, state="attached", timeout=timeout_ms)


async def timed(page, action, stats: Stats, timeout_ms: int = 60_000) -> None:
    """Run ``action`` and record the time until the rerun it causes has finished."""
    t0 = await page.evaluate("performance.now()")
    await action()
    try:
        handle = await page.wait_for_function(RERUN_DONE, arg=t0, timeout=timeout_ms, polling=20)
        stats.latencies.append(float(await handle.json_value()) / 1000)
    except Exception as exc:  # no rerun seen in time: count it, do not guess a latency
        if "Timeout" in type(exc).__name__:
            stats.no_rerun += 1
        else:
            raise
    shown = page.locator('[data-testid="stException"]')
    if await shown.count():
        text = " ".join((await shown.first.inner_text()).split())[:300]
        stats.errors.append(f"exception on {page.url}: {text}")


async def open_session(browser, base: str, path: str, stats: Stats):
    context = await browser.new_context(viewport={"width": 1300, "height": 900})
    await context.add_init_script(OBSERVER)
    page = await context.new_page()
    start = time.perf_counter()
    await page.goto(base + path)
    await wait_idle(page)
    stats.latencies.append(time.perf_counter() - start)  # a first page load counts as one rerun
    stats.sessions += 1
    return context, page


async def upload(page, zip_path: Path, stats: Stats) -> None:
    await page.locator('[data-testid="stSidebarNav"] a', has_text="Data").first.click()
    await page.wait_for_selector('h1:has-text("Data")', timeout=60_000)
    await wait_idle(page)
    await page.set_input_files('[data-testid="stFileUploaderDropzoneInput"]', str(zip_path))
    button = page.get_by_role("button", name="Build and open this dataset")
    await page.wait_for_function("b => b && !b.disabled", arg=await button.element_handle(), timeout=60_000)
    await timed(page, button.click, stats, timeout_ms=180_000)
    await page.wait_for_selector("text=Last upload", timeout=180_000)
    stats.uploads += 1


async def session_loop(index: int, browser, base: str, deadline: float, stats: Stats, zip_path: Path) -> None:
    generation = 0
    while time.monotonic() < deadline:
        path = START_URLS[(index + generation) % len(START_URLS)]
        try:
            context, page = await open_session(browser, base, path, stats)
        except Exception as exc:
            stats.errors.append(f"session {index}: open failed: {type(exc).__name__}: {str(exc)[:120]}")
            continue
        try:
            if index == 1:
                await upload(page, zip_path, stats)
            for step in range(ACTIONS_PER_SESSION):
                if time.monotonic() >= deadline:
                    break
                if step % 2 == 0:
                    title = PAGES[(index + step // 2 + generation) % len(PAGES)]
                    link = page.locator('[data-testid="stSidebarNav"] a', has_text=title).first
                    await timed(page, link.click, stats)
                    await page.wait_for_selector(f'h1:has-text("{HEADINGS.get(title, title)}")', timeout=60_000)
                else:
                    scope = SCOPES[(index + step) % len(SCOPES)]
                    radio = page.locator('[data-testid="stSidebar"] label', has_text=scope).first
                    if await radio.count() == 0:
                        continue
                    if await radio.locator("input").is_checked():
                        scope = SCOPES[(index + step + 1) % len(SCOPES)]
                        radio = page.locator('[data-testid="stSidebar"] label', has_text=scope).first
                    await timed(page, radio.click, stats)
        except Exception as exc:
            stats.errors.append(f"session {index}: {type(exc).__name__}: {str(exc).splitlines()[0][:160]}")
        finally:
            await context.close()
        generation += 1


async def run(args, base: str, server_pid: int, upload_dir: Path, work: Path) -> dict:
    from playwright.async_api import async_playwright

    zip_path = work / "bench upload.zip"
    zip_path.write_bytes(upload_zip())
    stats = Stats()
    async with async_playwright() as pw:
        browser = await pw.chromium.launch(executable_path=args.chromium, args=LAUNCH_ARGS)
        warm = await browser.new_page()  # the first session cannot deep-link yet; open / once
        await warm.goto(base + "/")
        await wait_idle(warm)
        await warm.wait_for_selector("h1", timeout=60_000)
        await warm.context.close()
        await asyncio.sleep(SESSION_TTL + 1)
        baseline = tree_rss_bytes(server_pid)
        with PeakMemory(server_pid, interval=0.2) as peak:
            t0 = time.monotonic()
            deadline = t0 + args.seconds
            await asyncio.gather(*(session_loop(i, browser, base, deadline, stats, zip_path) for i in range(args.sessions)))
            duration = time.monotonic() - t0
        # Every session is closed now; wait for the server to drop them, then open one Data page
        # (which sweeps the upload workspaces of ended sessions) and measure what is left.
        await asyncio.sleep(SESSION_TTL + 2)
        context = await browser.new_context()
        page = await context.new_page()
        await page.goto(base + "/Data")
        await wait_idle(page)
        await context.close()
        await asyncio.sleep(SESSION_TTL + 2)
        after = [tree_rss_bytes(server_pid)]
        for _ in range(5):  # a few samples: the figure is the settled value, not a spike
            await asyncio.sleep(1)
            after.append(tree_rss_bytes(server_pid))
        await browser.close()
    lat = sorted(stats.latencies)
    workspaces = [p.name for p in upload_dir.glob("s-*")] if upload_dir.exists() else []
    return {
        "sessions_concurrent": args.sessions, "sessions_total": stats.sessions, "duration_s": round(duration, 1),
        "reruns_measured": len(lat), "uploads": stats.uploads,
        "latency_median_s": round(statistics.median(lat), 3) if lat else None,
        "latency_p95_s": round(lat[min(len(lat) - 1, int(0.95 * len(lat)))], 3) if lat else None,
        "latency_max_s": round(lat[-1], 3) if lat else None,
        "actions_without_rerun": stats.no_rerun, "errors": len(stats.errors), "error_samples": stats.errors[:5],
        "server_rss_before_mb": round(baseline / 1024**2), "server_rss_peak_mb": round(peak.peak / 1024**2),
        "server_rss_after_close_mb": round(min(after) / 1024**2), "upload_workspaces_left": len(workspaces),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sessions", type=int, default=5, help="simultaneous browser sessions (default 5)")
    ap.add_argument("--seconds", type=float, default=60, help="how long the load runs (default 60)")
    ap.add_argument("--data", default=None, help="store the app opens (default data/sample/store, else a small fixture store)")
    ap.add_argument("--chromium", default=os.environ.get("NEWSLENS_CHROMIUM", "/usr/bin/chromium"))
    args = ap.parse_args()
    if args.sessions < 1 or args.seconds <= 0:
        ap.error("--sessions must be >= 1 and --seconds > 0")
    work = Path(tempfile.mkdtemp(prefix="newslens-load-"))
    try:
        data = args.data
        if data is None:
            sample = ROOT / "data" / "sample" / "store"
            if (sample / "manifest.json").is_file():
                data = str(sample)
            else:
                from tests.fixtures_store import build_fixture_store

                data = str(build_fixture_store(work / "fixture-store"))
        upload_dir = work / "uploads"
        env = {"NEWSLENS_DATA": data, "NEWSLENS_UPLOAD_DIR": str(upload_dir)}
        with running_app(work, env, ("--server.disconnectedSessionTTL", str(SESSION_TTL))) as app:
            result = asyncio.run(run(args, app.url, app.pid, upload_dir, work))
        result["data"] = data
        print(json.dumps(result, indent=2))
        if result["errors"]:
            log = next(work.glob("server-*.log")).read_text(errors="replace").splitlines()
            print("server log, last lines with errors:", *[ln for ln in log if "Error" in ln or "Exception" in ln][-10:], sep="\n  ")
        print(f"{result['sessions_concurrent']} concurrent sessions ({result['sessions_total']} opened) for "
              f"{result['duration_s']} s: {result['reruns_measured']} reruns, median {result['latency_median_s']} s, "
              f"p95 {result['latency_p95_s']} s, {result['errors']} errors; server RSS {result['server_rss_before_mb']} MB "
              f"before, {result['server_rss_peak_mb']} MB peak, {result['server_rss_after_close_mb']} MB after all "
              f"sessions closed; {result['upload_workspaces_left']} upload workspaces left")
        return 0 if result["errors"] == 0 else 1
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
