"""Dump an OLD commit's visit records for gold files (the pre-release regime of newslens.train_visits --prerelease).

Run it with the old tree's code, from a detached worktree of that commit (``../shared`` beside it, ``.venv`` inside)::

    git -C /work/main worktree add --detach /tmp/s15/old/9d2de6e 9d2de6e
    cd /tmp/s15/old/9d2de6e && .venv/bin/python /path/to/benchmarks/prerelease_records.py \\
        --root . --out /tmp/s15/m2/pre_9d2de6e.pkl /path/to/tests/gold/blind54.jsonl /path/to/tests/gold/blind55.jsonl

It imports ``newslens`` from ``--root`` (the old tree) and calls that tree's own ``evaluate.load_gold`` and
``evaluate.run_extractor`` (the same source resolving, cleaning and foreign filter its ``newslens.evaluate`` scored the
set with; the function exists unchanged in every commit of the map), then pickles
``{"commit": sha, "files": {file name: {item id: [plain foreign visit records]}}, "scores": {file name: [tp, fp, fn]}}``
(``scores``: the old tree's own ``match_visits`` on the gold file passed, for checking against the README row).
Held-out gold files are refused by name (the same names as newslens.train_visits.HELD_OUT).
"""
from __future__ import annotations

import argparse
import pickle
import re
import subprocess
import sys
import time
from pathlib import Path

_HELD_RE = re.compile(r"blind(?:43|50|51|5[6-9]|[6-9]\d)\.jsonl$|_held\.jsonl$|visits_audit4\.jsonl$", re.I)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--root", required=True, help="the old commit's worktree (its newslens is imported)")
    ap.add_argument("--out", required=True, help="pickle to write")
    ap.add_argument("gold", nargs="+")
    args = ap.parse_args(argv)
    for g in args.gold:
        if _HELD_RE.search(Path(g).name) or "/held" in g:
            raise SystemExit(f"{g}: held-out gold, refused")
    root = Path(args.root).resolve()
    sys.path.insert(0, str(root))
    from newslens import evaluate as ev
    from newslens.extract import Extractor
    assert Path(ev.__file__).resolve().is_relative_to(root), ev.__file__
    sha = subprocess.run(["git", "rev-parse", "HEAD"], cwd=root, capture_output=True, text=True).stdout.strip()
    ex = Extractor()
    out = {"commit": sha, "files": {}, "scores": {}, "errors": {}}
    for g in args.gold:
        t0 = time.time()
        items = ev.load_gold([g])
        results = ev.run_extractor(items, ex)
        name = Path(g).name
        out["files"][name] = {r.item_id: r.visits for r in results}
        out["errors"][name] = {r.item_id: r.error for r in results if r.error}
        acc = [0, 0, 0]
        for r in results:
            m = ev.match_visits(r.gold_visits, r.visits)
            acc = [acc[0] + m.tp, acc[1] + m.fp, acc[2] + m.fn]
        out["scores"][name] = acc
        print(f"{sha[:7]} {name}: {len(results)} items, visits tp/fp/fn {acc}, errors {len(out['errors'][name])} "
              f"({time.time() - t0:.0f}s)", file=sys.stderr, flush=True)
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    with open(args.out, "wb") as fh:
        pickle.dump(out, fh)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
