"""Train the figures model (newslens/extract/figures_model.py) on the development gold, and measure it.

Usage::

    python -m newslens.train_figures --out /tmp/figures_model.json  # train on every development set
    python -m newslens.train_figures --cv [--report FILE]           # leave-one-set-out CV, rules vs rules+model
    python -m newslens.train_figures --recall                       # candidate recall of the pooled gold
    python -m newslens.train_figures --diagnose                     # is an amount a figure vs is its record right (CV)

Reads the development gold files only (tests/gold/*.jsonl and data/sample/gold/*.jsonl); the held-out files named in
:data:`HELD_OUT` are refused by name. Each run of the rules is cached (``--cache``, a pickle keyed by the gold files'
sizes and modification times and a hash of newslens/extract/*.py and data/lexicons/*.csv) so the model can be
iterated on without running the extractor again.
Deterministic: full-batch gradient descent from zeros, no randomness.
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import pickle
import subprocess
import sys
from pathlib import Path

import numpy as np

from .evaluate import _cleaner, _plain, load_gold, match_figures, figure_field_checks, prf, resolve_source, source_group
from .extract.figures_model import FiguresModel, CandidateRecorder, encode, fit_logistic, predict, variants_of

ROOT = Path(__file__).resolve().parents[1]
# held-out sets: never read, never scored (the gold README); refused by name
HELD_OUT = ("blind43", "blind50", "blind51", "blind59", "blind60", "visits_held", "figures_held",
            "visits_audit4")
SEED_LIKE = ("blind55", "seedlike13", "blind47", "blind48", "blind49", "blind46")
L2 = 3.0
ITERS = 200
MIN_COUNT = 2
KEEP_GRID = (0.0, 0.02, 0.05, 0.1, 0.15, 0.2, 0.3)
ADD_GRID = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01)


def refuse_held_out(path: str | os.PathLike) -> None:
    """Raise ValueError when ``path`` names a held-out gold file."""
    name = Path(path).stem.lower()
    if name in HELD_OUT or "held" in name.split("_"):
        raise ValueError(f"{path}: a held-out gold file; the figures model never reads it")


def dev_files() -> list[Path]:
    files = sorted((ROOT / "tests" / "gold").glob("*.jsonl")) + sorted((ROOT / "data" / "sample" / "gold").glob("*.jsonl"))
    return [p for p in files if p.stem.lower() not in HELD_OUT and "held" not in p.stem.lower().split("_")]


def _commit() -> str:
    try:
        return subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def collect(files: list[Path], cache: Path | None = None) -> list[dict]:
    """Run the rules once over the items of ``files``: per item its gold, the rules' figures and the candidates."""
    for f in files:
        refuse_held_out(f)
    code = hashlib.sha256(b"".join(p.read_bytes() for p in sorted((ROOT / "newslens" / "extract").glob("*.py")))
                          + b"".join(p.read_bytes() for p in sorted((ROOT / "data" / "lexicons").glob("*.csv"))))
    stamp = [(str(f), f.stat().st_size, f.stat().st_mtime) for f in files] + [code.hexdigest()]
    if cache is not None and cache.is_file():
        with cache.open("rb") as fh:
            data = pickle.load(fh)
        if data.get("stamp") == stamp:
            return data["items"]
    from .extract import ArticleInput, Extractor
    ex = Extractor()
    rec = CandidateRecorder(ex.figures)
    cleaner = _cleaner()
    out = []
    for item in load_gold([str(f) for f in files]):
        src = resolve_source(item)
        text, title = src.text, src.title
        if cleaner is not None:
            cleaned = cleaner(text, title=title, url=src.url)
            text, title = cleaned.text, getattr(cleaned, "title", None) or title
        rec.start()
        res = ex.extract(ArticleInput(article_id=src.article_id, title=title, text=text,
                                      published_date=src.published_date, url=src.url))
        figs = res["figures"]
        cands = rec.candidates(figs)
        out.append({"id": item["id"], "file": Path(item["_file"]).stem, "group": source_group(item),
                    "gold": item.get("figures", []), "rules": [_plain(r) for r in figs],
                    "cands": [{"status": c["status"], "record": _plain(c["record"]) if c["record"] else None,
                               "features": c["features"], "value": c["value"],
                               "variants": [(_plain(r), vf) for r, vf in c.get("variants", [])],
                               "own": c.get("own"), "fctx": c.get("fctx")} for c in cands]})
    if cache is not None:
        cache.parent.mkdir(parents=True, exist_ok=True)
        with cache.open("wb") as fh:
            pickle.dump({"stamp": stamp, "items": out}, fh)
    return out


def label(items: list[dict]) -> None:
    """``y`` on each candidate: a rule figure matched to a gold figure; a proposed record that matches a gold figure
    the rules missed (the matching of newslens.evaluate)."""
    for it in items:
        finals = [c for c in it["cands"] if c["status"] == "final"]
        m = match_figures(it["gold"], [c["record"] for c in finals])
        matched_rec = {j for _i, j in m.pairs}
        missed = [it["gold"][i] for i in m.missed]
        for j, c in enumerate(finals):
            c["y"] = int(j in matched_rec)
        for c in it["cands"]:
            if c["status"] != "final":
                c["vy"] = [int(any(all(figure_field_checks(g, r).values()) for g in missed)) for r, _vf in variants_of(c)]


def candidate_recall(items: list[dict]) -> dict:
    """Of the pooled gold figures: matched by the rules; missed but some candidate has the right value (its proposed
    record right, or a field wrong); no candidate with the right value."""
    out = {"gold": 0, "rules": 0, "cand_full": 0, "cand_value_only": 0, "no_candidate": 0}
    for it in items:
        m = match_figures(it["gold"], it["rules"])
        out["gold"] += len(it["gold"])
        out["rules"] += m.tp
        for i in m.missed:
            g = it["gold"][i]
            checks = [figure_field_checks(g, r) for c in it["cands"] for r, _vf in
                      ([(c["record"], None)] if c["status"] == "final" else variants_of(c))]
            if any(all(ch.values()) for ch in checks):
                out["cand_full"] += 1
            elif any(ch["value"] for ch in checks):
                out["cand_value_only"] += 1
            else:
                out["no_candidate"] += 1
    return out


def _train(items: list[dict]) -> dict:
    model = {}
    for part in ("keep", "add"):
        if part == "keep":
            rows = [(c["features"], c["y"]) for it in items for c in it["cands"] if c["status"] == "final"]
        else:
            rows = [(c["features"] + vf, y) for it in items for c in it["cands"] if c["status"] != "final"
                    for (_r, vf), y in zip(variants_of(c), c["vy"])]
        counts: dict[str, int] = {}
        for fs, _y in rows:
            for f in set(fs):
                counts[f] = counts.get(f, 0) + 1
        vocab = {f: i for i, f in enumerate(sorted(f for f, n in counts.items() if n >= MIN_COUNT))}
        idx, ptr = encode([fs for fs, _y in rows], vocab)
        y = np.asarray([y for _fs, y in rows], dtype=float)
        w = fit_logistic(idx, ptr, y, len(vocab), l2=L2, iters=ITERS) if rows else np.zeros(0)
        model[part] = {"weights": {f: round(float(w[i]), 4) for f, i in vocab.items() if abs(w[i]) >= 1e-3},
                       "threshold": 0.5}
    return model


def _score_items(items: list[dict], model: FiguresModel | None) -> list[int]:
    tp = fp = fn = 0
    for it in items:
        recs = it["rules"] if model is None else model.decide(it["cands"])
        m = match_figures(it["gold"], recs)
        tp, fp, fn = tp + m.tp, fp + m.fp, fn + m.fn
    return [tp, fp, fn]


def _approx_counts(items: list[dict], model: dict) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, int]:
    """Per rule figure its keep probability and label; per turned-down amount its best variant's add probability and
    label (a quick count of tp/fp for a threshold grid; the reported scores use the full matching)."""
    fm = FiguresModel(model)
    kp, ky, ap, ay = [], [], [], []
    n_gold = 0
    for it in items:
        n_gold += len(it["gold"])
        for c in it["cands"]:
            if c["status"] == "final":
                kp.append(fm._score(fm.keep, c["features"]))
                ky.append(c["y"])
            else:
                best = None
                for (_r, vf), y in zip(variants_of(c), c["vy"]):
                    p = fm._score(fm.add, c["features"] + vf)
                    if best is None or p > best[0]:
                        best = (p, y)
                if best is not None:
                    ap.append(best[0])
                    ay.append(best[1])
    return np.array(kp), np.array(ky), np.array(ap), np.array(ay), n_gold


def _choose_thresholds(items: list[dict], folds: int = 3) -> tuple[float, float]:
    """Thresholds chosen on the training sets only: an inner leave-sets-out split of them into ``folds`` groups, each
    scored by a model trained on the other groups; the (keep, add) pair with the best summed F1 wins."""
    files = sorted({it["file"] for it in items})
    groups = [files[i::folds] for i in range(folds)]
    parts = []
    for g in groups:
        inner_train = [it for it in items if it["file"] not in g]
        inner_test = [it for it in items if it["file"] in g]
        parts.append(_approx_counts(inner_test, _train(inner_train)))
    best = None
    for tk in KEEP_GRID:
        for ta in ADD_GRID:
            tp = fp = gold = 0
            for kp, ky, ap, ay, n_gold in parts:
                keep, add = kp >= tk, ap >= ta
                tp += int((ky * keep).sum() + (ay * add).sum())
                fp += int(((1 - ky) * keep).sum() + ((1 - ay) * add).sum())
                gold += n_gold
            f1 = prf(tp, fp, gold - tp)["f1"]
            if best is None or f1 > best[0] + 1e-9:
                best = (f1, tk, ta)
    return best[1], best[2]


def train(items: list[dict], inner: bool = True) -> dict:
    label(items)
    model = _train(items)
    tk, ta = _choose_thresholds(items) if inner else (0.05, 0.6)
    model["keep"]["threshold"], model["add"]["threshold"] = tk, ta
    return model


def cross_validate(items: list[dict], inner: bool = True, log=print) -> dict:
    label(items)
    files = sorted({it["file"] for it in items})
    res = {}
    for f in files:
        test = [it for it in items if it["file"] == f]  # sets without gold figures count too (the model may add there)
        model = train([it for it in items if it["file"] != f], inner=inner)
        fm = FiguresModel(model)
        per_group = {}
        for it in test:
            g = it["group"] if it["group"] in ("kremlin", "text") else "others"
            acc = per_group.setdefault(g, {"rules": [0, 0, 0], "model": [0, 0, 0]})
            acc["rules"] = [x + y for x, y in zip(acc["rules"], _score_items([it], None))]
            acc["model"] = [x + y for x, y in zip(acc["model"], _score_items([it], fm))]
        res[f] = {"groups": per_group, "thresholds": (model["keep"]["threshold"], model["add"]["threshold"])}
        log(f"{f}: {per_group} thr={res[f]['thresholds']}")
    return res


def diagnose(items: list[dict]) -> dict:
    """Where the model stops, leave-one-set-out: (1) is a turned-down amount a figure at all (its value is a gold
    figure's the rules missed)? ranking quality of an amount-level model; (2) for the amounts that are, is the best
    proposed variant the whole right record, and which fields does it get wrong?"""
    label(items)
    amounts = []
    for it in items:
        m = match_figures(it["gold"], it["rules"])
        missed = [it["gold"][i] for i in m.missed]
        for c in it["cands"]:
            if c["status"] != "final" and c["record"] is not None:
                gs = [g for g in missed if figure_field_checks(g, c["record"])["value"]]
                amounts.append((it["file"], c, gs))
    files = sorted({f for f, _c, _g in amounts})
    p_amount = np.zeros(len(amounts))
    y_amount = np.array([float(bool(gs)) for _f, _c, gs in amounts])
    right, wrong = 0, {"parties": 0, "metric": 0, "year": 0}
    for f in files:
        test = [i for i, (ff, _c, _g) in enumerate(amounts) if ff == f]
        train_rows = [(c["features"], float(bool(gs))) for ff, c, gs in amounts if ff != f]
        vocab = _vocab([fs for fs, _y in train_rows])
        idx, ptr = encode([fs for fs, _y in train_rows], vocab)
        w = fit_logistic(idx, ptr, np.array([y for _fs, y in train_rows]), len(vocab), l2=L2, iters=ITERS)
        idx, ptr = encode([amounts[i][1]["features"] for i in test], vocab)
        p_amount[test] = predict(idx, ptr, w)
        pos_train = [c for ff, c, gs in amounts if ff != f and gs]
        vrows = [(c["features"] + vf, y) for c in pos_train for (_r, vf), y in zip(variants_of(c), c["vy"])]
        vocab = _vocab([fs for fs, _y in vrows])
        idx, ptr = encode([fs for fs, _y in vrows], vocab)
        w = fit_logistic(idx, ptr, np.array([float(y) for _fs, y in vrows]), len(vocab), l2=L2, iters=ITERS)
        for i in test:
            _ff, c, gs = amounts[i]
            if not gs:
                continue
            vs = variants_of(c)
            idx, ptr = encode([c["features"] + vf for _r, vf in vs], vocab)
            best = int(np.argmax(predict(idx, ptr, w)))
            right += c["vy"][best]
            checks = max((figure_field_checks(g, vs[best][0]) for g in gs), key=lambda d: sum(d.values()))
            for k in wrong:
                wrong[k] += not checks[k]
    order = np.argsort(-p_amount, kind="stable")
    pos, neg = p_amount[y_amount == 1], p_amount[y_amount == 0]
    auc = float((pos[:, None] > neg[None, :]).mean() + 0.5 * (pos[:, None] == neg[None, :]).mean()) if len(pos) and len(neg) else None
    n_pos = int(y_amount.sum())
    return {"turned_down_amounts": len(amounts), "that_are_missed_figures": n_pos, "amount_auc": round(auc, 3) if auc else None,
            "amount_top": {k: int(y_amount[order[:k]].sum()) for k in (10, 20, 40, 80)},
            "reachable_records": int(sum(max(c["vy"] or [0]) for _f, c, gs in amounts if gs)),
            "best_variant_right": right, "best_variant_fields_wrong": wrong}


def _vocab(rows: list[list[str]]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for fs in rows:
        for f in set(fs):
            counts[f] = counts.get(f, 0) + 1
    return {f: i for i, f in enumerate(sorted(f for f, n in counts.items() if n >= MIN_COUNT))}


def _fmt(name, r, m):
    pr, pm = prf(*r), prf(*m)
    return (f"{name:<12} rules {r[0]:5d} {r[1]:4d} {r[2]:4d} F1 {pr['f1']:.3f} | +model {m[0]:5d} {m[1]:4d} {m[2]:4d} "
            f"F1 {pm['f1']:.3f} ({pm['f1'] - pr['f1']:+.3f})")


def cv_report(res: dict) -> str:
    def total(files, groups=None):
        r, m = [0, 0, 0], [0, 0, 0]
        for f in files:
            for g, acc in res[f]["groups"].items():
                if groups is None or g in groups:
                    r = [x + y for x, y in zip(r, acc["rules"])]
                    m = [x + y for x, y in zip(m, acc["model"])]
        return r, m
    lines = [_fmt("overall", *total(res))]
    for g in ("kremlin", "text", "others"):
        lines.append(_fmt(g, *total(res, {g})))
    seed = [f for f in res if f in SEED_LIKE]
    lines.append(_fmt("seed-like", *total(seed)))
    for f in seed:
        lines.append(_fmt(f, *total([f])))
    top = sorted(res, key=lambda f: -sum(a["rules"][0] + a["rules"][2] for a in res[f]["groups"].values()))[:10]
    lines.append("top-10 sets by gold figures:")
    for f in top:
        lines.append(_fmt(f, *total([f])))
    thr = sorted({tuple(v["thresholds"]) for v in res.values()})
    lines.append(f"thresholds chosen inside the folds (keep, add): {thr}")
    return "\n".join(lines)


def development_items(paths, cache: str | None) -> list[dict]:
    """The items of the gold files ``paths`` (default: every development file), held-out names refused, with the rules'
    run read from (or written to) the pickle ``cache`` ('' or None: no cache)."""
    files = [Path(f) for f in paths] or dev_files()
    for f in files:
        refuse_held_out(f)
    return collect(files, Path(cache) if cache else None)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", help="write the model trained on every development set here")
    ap.add_argument("--cv", action="store_true", help="leave-one-set-out cross-validation")
    ap.add_argument("--recall", action="store_true", help="candidate recall of the pooled gold")
    ap.add_argument("--diagnose", action="store_true", help="amount-level vs record-level separability, leave-one-set-out")
    ap.add_argument("--cache", default=str(ROOT / "tmp" / "figures_candidates.pkl"),
                    help="pickle of the rules' run (reused while the gold files, extract code and lexicons are unchanged); "
                         "'' for none")
    ap.add_argument("--report", help="write the CV table here too")
    ap.add_argument("files", nargs="*", help="gold files (default: every development file)")
    args = ap.parse_args(argv)
    items = development_items(args.files, args.cache)
    if args.recall:
        print(json.dumps(candidate_recall(items)))
    if args.diagnose:
        print(json.dumps(diagnose(items)))
    if args.cv:
        res = cross_validate(items, log=lambda s: print(s, file=sys.stderr))
        rep = cv_report(res)
        print(rep)
        if args.report:
            Path(args.report).write_text(rep + "\n", encoding="utf-8")
    if args.out:
        model = train(items)
        n = len(items)
        model["header"] = {"trained_on": "development gold (newslens.train_figures)", "commit": _commit(),
                           "gold_files": sorted({it["file"] for it in items}), "items": n,
                           "candidates": sum(len(it["cands"]) for it in items),
                           "date": dt.date.today().isoformat(), "l2": L2, "iters": ITERS, "min_count": MIN_COUNT}
        out = Path(args.out)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(model, sort_keys=True, indent=0) + "\n", encoding="utf-8")
        print(f"wrote {out} ({out.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
