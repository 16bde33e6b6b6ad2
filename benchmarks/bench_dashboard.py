"""Dashboard speed on a real-size store: first paint, a filter change, peak server memory.

usage:
    python benchmarks/bench_dashboard.py                 # ingest KCNA 2011+2012 into /tmp/newslens_kcna_store once
    python benchmarks/bench_dashboard.py --store DIR     # any store folder

Measures, with targets:
  first paint   real `streamlit run` + headless Chromium: from page request to the first chart drawn  (< 3 s)
                (cold: the first visitor after start, who pays for loading the store; warm: the next
                visitors, median and worst of 5). Also reported: the browser's first contentful paint
                and the moment the key figures show.
  filter change AppTest: server time of the rerun after choosing a visit status / a source       (< 0.5 s)
  memory        peak resident memory (VmHWM) of the server after opening every page             (< 1.5 GB)
Needs ../shared (KCNA files) unless --store is given, and /usr/bin/chromium for the browser part.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.app_server import LAUNCH_ARGS, running_app  # noqa: E402

SHARED = Path(os.environ.get("NEWSLENS_SHARED", ROOT.parent / "shared"))
KCNA = [SHARED / "corpus/kcna/kcna_2011_en_fulltext.csv.gz", SHARED / "corpus/kcna/kcna_2012_en_fulltext.csv.gz"]
WARM_RUNS = 5  # visitors after the first one; the median and the worst are reported


def ensure_store(store: Path | None) -> Path:
    if store is not None:
        return store
    target = Path("/tmp/newslens_kcna_store")
    if not (target / "manifest.json").is_file():
        print(f"ingesting {', '.join(p.name for p in KCNA)} into {target} (once) …", flush=True)
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-m", "newslens", "ingest", *map(str, KCNA), "--out", str(target), "--quiet"],
                       cwd=ROOT, check=True)
        print(f"ingest took {time.perf_counter() - t0:.1f} s", flush=True)
    return target


def bench_apptest(store: Path) -> dict[str, float]:
    """Server-side times through AppTest (no browser): first run, filter changes, page switch."""
    from streamlit.testing.v1 import AppTest

    os.environ["NEWSLENS_DATA"] = str(store)
    times = {}
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=300)
    t0 = time.perf_counter(); at.run(); times["apptest_first_run_s"] = time.perf_counter() - t0
    assert not at.exception, [e.value for e in at.exception]
    t0 = time.perf_counter(); at.run(); times["apptest_rerun_s"] = time.perf_counter() - t0
    t0 = time.perf_counter(); at.multiselect(key="status").select("occurred").run()
    times["filter_change_status_s"] = time.perf_counter() - t0
    sources = at.multiselect(key="source").options
    if sources:
        t0 = time.perf_counter(); at.multiselect(key="source").select(sources[0]).run()
        times["filter_change_source_s"] = time.perf_counter() - t0
    t0 = time.perf_counter(); at.multiselect(key="status").unselect("occurred").run()
    times["filter_change_back_s"] = time.perf_counter() - t0
    for page in ("pages/1_Visits.py", "pages/4_Articles.py"):
        t0 = time.perf_counter(); at.switch_page(page).run()
        times[f"switch_to_{Path(page).stem}_s"] = time.perf_counter() - t0
        assert not at.exception, [e.value for e in at.exception]
    t0 = time.perf_counter(); at.radio(key="scope").set_value("foreign").run()
    times["filter_change_on_visits_s"] = time.perf_counter() - t0
    return times


def _vm_hwm(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024
    return 0


def bench_browser(store: Path, chromium: str) -> dict[str, float]:
    """Real server + headless Chromium: first paint (cold and warm) and peak server memory."""
    from playwright.sync_api import sync_playwright

    results = {}
    with tempfile.TemporaryDirectory() as logs, running_app(Path(logs), {"NEWSLENS_DATA": str(store)}) as app:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium, args=LAUNCH_ARGS)
            warm: dict[str, list[float]] = {}
            for run in range(1 + WARM_RUNS):  # the first visitor after the start, then WARM_RUNS more
                page = browser.new_page(viewport={"width": 1400, "height": 1000})
                t0 = time.perf_counter()
                page.goto(f"{app.url}/", wait_until="commit")
                page.wait_for_selector("[data-testid=stMetric]", timeout=120000)
                figures = time.perf_counter() - t0
                page.wait_for_selector(".js-plotly-plot", timeout=120000)
                chart = time.perf_counter() - t0
                # the browser's own first contentful paint, relative to the navigation start
                fcp = page.evaluate("(performance.getEntriesByName('first-contentful-paint')[0] || {}).startTime || 0") / 1000
                page.close()
                if run == 0:
                    results.update(first_contentful_paint_cold_s=fcp, key_figures_cold_s=figures, first_paint_cold_s=chart)
                else:
                    for name, value in (("first_contentful_paint", fcp), ("key_figures", figures), ("first_paint", chart)):
                        warm.setdefault(name, []).append(value)
            for name, values in warm.items():
                results[f"{name}_warm_median_s"] = statistics.median(values)
                results[f"{name}_warm_max_s"] = max(values)
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            for path in ("", "Visits", "Trade", "Actors", "Articles", "Data"):
                page.goto(f"{app.url}/{path}")
                page.wait_for_selector("[data-testid=stApp]", timeout=60000)
                page.wait_for_function("() => !document.querySelector('[data-testid=stStatusWidget]')", timeout=120000)
            browser.close()
        results["server_peak_rss_mb"] = _vm_hwm(app.pid) / 2**20
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--store", type=Path, help="store folder (default: ingest KCNA 2011+2012 once)")
    parser.add_argument("--chromium", default=os.environ.get("NEWSLENS_CHROMIUM", "/usr/bin/chromium"))
    parser.add_argument("--no-browser", action="store_true", help="AppTest timings only")
    args = parser.parse_args()
    store = ensure_store(args.store)
    from newslens.store import load_store

    dataset = load_store(store)
    print(f"store {store}: {len(dataset.articles):,} articles, {len(dataset.visits):,} visits, "
          f"{len(dataset.visit_events):,} visit events, {len(dataset.figures):,} figures, {len(dataset.mentions):,} mentions")
    del dataset
    for name, value in bench_apptest(store).items():
        print(f"{name:32s} {value:8.3f}")
    if not args.no_browser and Path(args.chromium).is_file():
        for name, value in bench_browser(store, args.chromium).items():
            print(f"{name:32s} {value:8.1f}" if name.endswith("_mb") else f"{name:32s} {value:8.3f}")


if __name__ == "__main__":
    main()
