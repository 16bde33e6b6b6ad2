"""Ingest benchmark: the KCNA 2011 year (11,226 stories) end to end, extraction included.

    python benchmarks/bench_ingest.py                     # KCNA 2011 from ../shared
    python benchmarks/bench_ingest.py --workers 1 FILE... # other inputs, one core

Prints articles per second and the peak resident memory of the whole process tree (main process
plus workers). Targets (issue 2 and 3): >= 200 articles/s on 2 cores, peak < 1 GB.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from memory import PeakMemory  # noqa: E402

from newslens.ingest import ingest  # noqa: E402


def main() -> int:
    shared = Path(os.environ.get("NEWSLENS_SHARED", ROOT.parent / "shared"))
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("inputs", nargs="*", default=[str(shared / "corpus" / "kcna" / "kcna_2011_en_fulltext.csv.gz")])
    ap.add_argument("--workers", type=int, default=None)
    ap.add_argument("--out", default=None, help="store folder to keep (default: a temporary folder)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        out = args.out or str(Path(tmp) / "store")
        with PeakMemory() as mem:
            t0 = time.perf_counter()
            report = ingest(args.inputs, out, workers=args.workers)
            wall = time.perf_counter() - t0
    n = report["counts"]["records_read"]
    print(f"inputs: {', '.join(args.inputs)}")
    print(f"records read: {n}; articles: {report['counts']['articles']}; tables: {report['tables']}")
    print(f"wall time: {wall:.1f} s; throughput: {n / wall:.0f} articles/s (workers={args.workers or 'default'}, cores={os.cpu_count()})")
    print(f"peak memory (process tree RSS): {mem.peak / 1024**2:.0f} MB")
    print(f"problems: {len(report['problems'])}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
