"""Speed of the extractors on KCNA 2011 (11,226 stories), single process.

    python -m newslens.extract.bench [N]      # N articles (default all)

Reads ../shared/corpus/kcna/kcna_2011_en_fulltext.csv.gz (or $NEWSLENS_SHARED) in place.
"""
from __future__ import annotations

import datetime as dt
import os
import sys
import time
from pathlib import Path

import pandas as pd

from . import ArticleInput, Extractor

ROOT = Path(__file__).resolve().parents[2]


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    shared = Path(os.environ.get("NEWSLENS_SHARED", ROOT.parent / "shared"))
    path = shared / "corpus" / "kcna" / "kcna_2011_en_fulltext.csv.gz"
    if not path.is_file():
        print(f"{path} not found; set NEWSLENS_SHARED", file=sys.stderr)
        return 2
    frame = pd.read_csv(path)
    if argv:
        frame = frame.head(int(argv[0]))
    t0 = time.perf_counter()
    extractor = Extractor()
    t1 = time.perf_counter()
    counts = {"mentions": 0, "visits": 0, "figures": 0, "topics": 0}
    for i, row in enumerate(frame.itertuples()):
        title = row.title if isinstance(row.title, str) else None
        out = extractor.extract(ArticleInput(str(i), title, row.text, dt.date.fromisoformat(str(row.date)[:10]),
                                             row.index_link))
        for key in counts:
            counts[key] += len(out[key])
    t2 = time.perf_counter()
    n = len(frame)
    print(f"Extractor() {t1 - t0:.2f} s; {n} articles in {t2 - t1:.2f} s = {n / (t2 - t1):.0f} articles/s "
          f"({(t2 - t1) / n * 1000:.2f} ms/article) on one core; {counts}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
