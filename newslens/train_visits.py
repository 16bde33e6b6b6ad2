"""Train the visit model: a logistic regression (numpy) over candidate (visitor, host) pairs.

Usage::

    python -m newslens.train_visits --out /tmp/visits_model.json
    python -m newslens.train_visits --cv            # leave-one-set-out cross-validation
    python -m newslens.train_visits --prerelease /tmp/pre_*.pkl --cv   # the same in the pre-release regime: each set
        # of PRERELEASE_COMMITS with the records of the commit it was first scored blind on
        # (dumps: benchmarks/prerelease_records.py; tests/gold/FINDINGS.md, fifteenth session, second experiment)

Reads the development gold files only (``dev_gold_files``); the held-out files are excluded by name
(``HELD_OUT``) and refused when passed explicitly.
"""
from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD_DIR = ROOT / "tests" / "gold"

# held-out gold: never read, never scored (tests/gold/HOLDOUT.md; session 15 common rules; s18: blind56-58 released to
# development, blind59 and blind60 held out)
HELD_OUT = frozenset({
    "blind43.jsonl", "blind50.jsonl", "blind51.jsonl", "blind59.jsonl", "blind60.jsonl",
    "visits_held.jsonl", "figures_held.jsonl", "visits_audit4.jsonl",
})
_HELD_RE = re.compile(r"blind(?:43|50|51|59|[6-9]\d)\.jsonl$|_held\.jsonl$|visits_audit4\.jsonl$", re.I)


class HeldOutError(ValueError):
    """A held-out gold file was passed to the trainer."""


def is_held_out(path) -> bool:
    name = Path(str(path)).name
    return name in HELD_OUT or _HELD_RE.search(name) is not None or "/held" in str(path).replace("\\", "/")


def refuse_held_out(paths) -> list[Path]:
    out = []
    for p in paths:
        if is_held_out(p):
            raise HeldOutError(f"{p}: a held-out gold file; the trainer reads development gold only")
        out.append(Path(p))
    return out


def dev_gold_files(root: Path = ROOT) -> list[Path]:
    """The development gold files with visits: tests/gold/*.jsonl and data/sample/gold/*.jsonl, held-out excluded."""
    files = sorted((root / "tests" / "gold").glob("*.jsonl")) + sorted((root / "data" / "sample" / "gold").glob("*.jsonl"))
    return [f for f in files if not is_held_out(f)]


# ------------------------------------------------------------------------------------------- data

import argparse
import datetime as dt
import json
import pickle
import subprocess
import sys
import time

import numpy as np

from newslens.extract.visit_model import (DATE_OPTIONS, STATUSES, CueFinder, VisitModel, article_candidates,
                                          date_key, date_options, is_kcna)

SEED = 15
MIN_COUNT = 3
L2 = 1e-4
ITERS = 150
T_ADD = 0.5  # a priori: the model's own decision boundary (never tuned on a scored set)
ADD_ONLY = True  # train the pair model on the candidates of pairs no rule gave
T_DROP = 0.0  # a priori: no rule record is dropped


def gold_key(g: dict) -> tuple[str, str]:
    """(visitor key, host) of a gold visit: visitor_id, else ``country:ISO3`` of a delegation."""
    vk = g.get("visitor_id") or f"country:{g.get('visitor_iso3')}"
    return vk, g.get("host_iso3")


def pair_gold_matches(golds: list[dict], vkey: str, visitor_iso3: str | None, host_iso3: str | None) -> list[int]:
    """Indexes of the gold visits a record of this visitor and host would match on those two fields, by
    newslens.evaluate's own check (a person's record matches a gold visit that gives only his country)."""
    from newslens.evaluate import visit_field_checks
    rec = {"visitor_id": vkey, "visitor_iso3": visitor_iso3 or None, "host_iso3": host_iso3}
    out = []
    for i, g in enumerate(golds):
        ok = visit_field_checks(g, rec)
        if ok["visitor"] and ok["host"]:
            out.append(i)
    return out


def load_items(files, extractor=None, log=None) -> list[dict]:
    """Run the rules over every item of ``files`` (as newslens.evaluate does) and keep what the model needs."""
    from newslens import evaluate as ev
    from newslens.extract import ArticleInput, Extractor
    from newslens.extract.text import sentence_spans

    files = refuse_held_out(files)
    ex = extractor or Extractor()
    orig = ex.mentions.find
    cap: dict = {}

    def find(text, *a, **k):  # the article's own mentions, as Extractor.extract finds them
        r = orig(text, *a, **k)
        if cap.get("text") is text and "m" not in cap:
            cap["m"] = r
        return r

    ex.mentions.find = find
    cleaner = ev._cleaner()
    out = []
    try:
        for f in files:
            for item in ev.load_gold([f]):
                src = ev.resolve_source(item)
                text, title = src.text, src.title
                if cleaner is not None:
                    c = cleaner(text, title=title, url=src.url)
                    text, title = c.text, getattr(c, "title", None) or title
                art = ArticleInput(article_id=src.article_id, title=title, text=text,
                                   published_date=src.published_date, url=src.url)
                cap.clear()
                cap["text"] = text
                model, ex.visit_model = getattr(ex, "visit_model", None), None  # the rules alone
                try:
                    res = ex.extract(art)
                finally:
                    ex.visit_model = model
                visits = [ev._plain(r) for r in ev.foreign_visits(res.get("visits", []))]
                out.append(dict(id=item["id"], file=Path(f).name, group=ev.source_group(item), article=art,
                                mentions=cap.get("m", []), sentences=sentence_spans(text), rule_visits=visits,
                                gold=item.get("visits", [])))
            if log:
                log(f"{Path(f).name}: {len(out)} items")
    finally:
        ex.mentions.find = orig
    return out


def add_candidates(items: list[dict], extractor) -> None:
    """Fill each item's ``cands`` (features), ``labels`` and date options (in place)."""
    cf = CueFinder()
    for it in items:
        a = it["article"]
        home = extractor.visits._home(a.url)
        title_mentions = extractor.mentions.find(a.title, a.published_date) if a.title else []
        cands = article_candidates(a.text, it["sentences"], it["mentions"], extractor.places, cf,
                                   home[1] if home else None, a.url, it["rule_visits"], title_mentions)
        gold = {}
        for g in it["gold"]:
            gold.setdefault(gold_key(g), []).append(g)
        it["cands"] = cands
        # labels as newslens.evaluate matches visitor and host (method audit, s15: a person candidate of a country
        # whose gold visit gives only visitor_iso3 was labelled 0 though evaluate accepts it); a positive pair whose
        # key is not a gold key gets its matching gold visits under its own key (status and date tables read them)
        matches = [pair_gold_matches(it["gold"], c.vkey, c.visitor_iso3, c.host_iso3) for c in cands]
        for c, ix in zip(cands, matches):
            if ix and (c.vkey, c.host_iso3) not in gold:
                gold[(c.vkey, c.host_iso3)] = [it["gold"][i] for i in ix]
        it["labels"] = [1 if ix else 0 for ix in matches]
        # what the add model learns: the pairs of gold visits no rule record covers (visitor and host; a person's
        # record covers a gold delegation of his country, as newslens.evaluate matches them)
        from newslens.evaluate import match_visits
        missed = set(match_visits(it["gold"], it["rule_visits"], ignore=["status", "date"]).missed)
        it["add_labels"] = [1 if missed.intersection(ix) else 0 for ix in matches]
        it["kcna"] = is_kcna(a.text, a.url)
        it["gold_by_key"] = gold


# ------------------------------------------------------------------------------------------ model


def _gold_status(golds: list[dict]) -> str:
    sts = [g.get("status") for g in golds if g.get("status") in STATUSES]
    return sts[0] if sts else "occurred"


def fit_date_table(items: list[dict], dates) -> dict[str, str]:
    """For each (status, span in sentence, lede, source) key, the date option that matches the gold most often."""
    from newslens.evaluate import visit_field_checks
    counts: dict[str, dict[str, int]] = {}
    for it in items:
        pub = it["article"].published_date
        done = set()
        for c, lab in zip(it["cands"], it["labels"]):
            key = (c.vkey, c.host_iso3)
            if not lab or key in done:
                continue
            done.add(key)
            g = it["gold_by_key"][key][0]
            st = g.get("status") or "occurred"
            opts = date_options(c, it["article"].text, dates, pub, st)
            k = date_key(c, st, "near" in opts, it["kcna"])
            tab = counts.setdefault(k, {})
            for name in DATE_OPTIONS:
                if name in opts and visit_field_checks(g, _date_fields(opts[name]))["date"]:
                    tab[name] = tab.get(name, 0) + 1
    return {k: max(sorted(tab), key=lambda n: (tab[n], -DATE_OPTIONS.index(n))) for k, tab in sorted(counts.items()) if tab}


def _date_fields(opt) -> dict:
    if opt is None:
        return {"date_start": None, "date_end": None, "date_precision": "unknown", "date_text": None}
    start, end, precision, text = opt
    return {"date_start": start.isoformat(), "date_end": end.isoformat(), "date_precision": precision,
            "date_text": text or None}


class Design:
    """All candidates of the items as index arrays over one global feature list, built once, so that a
    cross-validation fold only selects rows and features (the fold's own vocabulary: features of at least
    MIN_COUNT of its training sets)."""

    def __init__(self, items: list[dict]):
        self.items = items
        self.sets = sorted({it["file"] for it in items})
        set_ix = {s: i for i, s in enumerate(self.sets)}
        names: dict[str, int] = {}
        feat, row, rset, ritem, y_add, y_pair, status, eligible = [], [], [], [], [], [], [], []
        n = 0
        for k, it in enumerate(items):
            for c, lab, add in zip(it["cands"], it["labels"], it["add_labels"]):
                for x in sorted(set(c.feats)):  # sorted: the same order whatever the hash seed (method audit)
                    j = names.setdefault(x, len(names))
                    feat.append(j)
                    row.append(n)
                rset.append(set_ix[it["file"]])
                ritem.append(k)
                y_add.append(add if ADD_ONLY else lab)  # the add model's target (the pair's gold label without ADD_ONLY)
                y_pair.append(lab)
                status.append(STATUSES.index(_gold_status(it["gold_by_key"][(c.vkey, c.host_iso3)])) if lab else -1)
                eligible.append(not (ADD_ONLY and "r_pair" in c.feats))
                n += 1
        self.names = sorted(names, key=names.get)
        self.feat = np.asarray(feat, dtype=np.int64)
        self.row = np.asarray(row, dtype=np.int64)
        self.rset = np.asarray(rset, dtype=np.int64)
        self.ritem = np.asarray(ritem, dtype=np.int64)
        self.y_add = np.asarray(y_add, dtype=np.float64)
        self.y_pair = np.asarray(y_pair, dtype=np.float64)
        self.status = np.asarray(status, dtype=np.int64)
        self.eligible = np.asarray(eligible, dtype=bool)
        self.n = n
        F, S = len(self.names), len(self.sets)
        self.presence = np.zeros((F, S), dtype=bool)
        self.presence[self.feat, self.rset[self.row]] = True

    def fold(self, train_sets: set, rows_mask) -> tuple:
        """Entries (feature, row) of the training rows whose feature passes the fold's vocabulary."""
        cols = [i for i, s in enumerate(self.sets) if s in train_sets]
        allowed = self.presence[:, cols].sum(axis=1) >= MIN_COUNT
        allowed[self.names.index("bias")] = True
        keep = rows_mask[self.row] & allowed[self.feat]
        return self.feat[keep], self.row[keep], allowed


def _adam_logreg(feat, row, n, F, y, sw, l2, iters, lr, bias_ix=None):
    w = np.zeros(F)
    m = np.zeros(F)
    v = np.zeros(F)
    reg = np.full(F, l2)
    if bias_ix is not None:
        reg[bias_ix] = 0.0
    b1, b2, eps = 0.9, 0.999, 1e-8
    for t in range(1, iters + 1):
        z = np.bincount(row, weights=w[feat], minlength=n)
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        g = np.bincount(feat, weights=((p - y) * sw)[row], minlength=F) + reg * w
        m = b1 * m + (1 - b1) * g
        v = b2 * v + (1 - b2) * g * g
        w -= lr * (m / (1 - b1 ** t)) / (np.sqrt(v / (1 - b2 ** t)) + eps)
    return w


def _adam_softmax(feat, row, n, F, Y, l2, iters, lr):
    K = Y.shape[1]
    W = np.zeros((F, K))
    m = np.zeros_like(W)
    v = np.zeros_like(W)
    b1, b2, eps = 0.9, 0.999, 1e-8
    for t in range(1, iters + 1):
        Z = np.stack([np.bincount(row, weights=W[feat, k], minlength=n) for k in range(K)], axis=1)
        Z -= Z.max(axis=1, keepdims=True)
        P = np.exp(Z)
        P /= P.sum(axis=1, keepdims=True)
        R = (P - Y) / max(n, 1)
        G = np.stack([np.bincount(feat, weights=R[row, k], minlength=F) for k in range(K)], axis=1) + l2 * W
        m = b1 * m + (1 - b1) * G
        v = b2 * v + (1 - b2) * G * G
        W -= lr * (m / (1 - b1 ** t)) / (np.sqrt(v / (1 - b2 ** t)) + eps)
    return W


def train_design(d: Design, train_sets: set, dates, t_add: float = T_ADD, t_drop: float = T_DROP) -> dict:
    """``train`` over a Design's rows of ``train_sets`` (same model, faster for cross-validation)."""
    in_train = np.isin(d.rset, [i for i, s in enumerate(d.sets) if s in train_sets])
    rows_mask = in_train & d.eligible
    feat, row, allowed = d.fold(train_sets, rows_mask)
    idx = np.flatnonzero(rows_mask)
    remap = np.full(d.n, -1, dtype=np.int64)
    remap[idx] = np.arange(len(idx))
    bias = d.names.index("bias")
    w = _adam_logreg(feat, remap[row], len(idx), len(d.names), d.y_add[idx], np.full(len(idx), 1.0 / max(len(idx), 1)),
                     L2, ITERS, 0.08, bias)
    weights = {d.names[j]: round(float(w[j]), 4) for j in np.flatnonzero(allowed) if abs(w[j]) >= 1e-3}
    smask = in_train & (d.status >= 0)
    sidx = np.flatnonzero(smask)
    sfeat, srow, sallowed = d.fold(train_sets, smask)
    sremap = np.full(d.n, -1, dtype=np.int64)
    sremap[sidx] = np.arange(len(sidx))
    Y = np.zeros((len(sidx), len(STATUSES)))
    Y[np.arange(len(sidx)), d.status[sidx]] = 1.0
    W = _adam_softmax(sfeat, sremap[srow], len(sidx), len(d.names), Y, 1e-3, 100, 0.08)
    status_weights = {c: {d.names[j]: round(float(W[j, k]), 4) for j in np.flatnonzero(sallowed) if abs(W[j, k]) >= 1e-3}
                      for k, c in enumerate(STATUSES)}
    tr_items = [it for it in d.items if it["file"] in train_sets]
    return {"weights": weights, "status_weights": status_weights, "date_table": fit_date_table(tr_items, dates),
            "t_add": t_add, "t_drop": t_drop}


def train(items: list[dict], dates, t_add: float = T_ADD, t_drop: float = T_DROP) -> dict:
    """The model data (weights, status weights, date table, thresholds) from items with candidates
    (``add_candidates``): trained on all their sets."""
    d = Design(items)
    return train_design(d, set(d.sets), dates, t_add=t_add, t_drop=t_drop)


# ------------------------------------------------------------------------------------ combining


def combine(model: VisitModel, item: dict, dates, t_add: float | None = None, t_drop: float | None = None,
            rule_visits=None) -> list[dict]:
    """The rules' records of an item plus the pairs the model adds (and minus those it drops)."""
    from newslens.extract.visit_model import added_records
    rule_visits = item["rule_visits"] if rule_visits is None else rule_visits
    a = item["article"]
    return added_records(model, a.text, item["cands"], rule_visits, dates, a.published_date, item["kcna"],
                         a.article_id, a.url, t_add=t_add, t_drop=t_drop)


# --------------------------------------------------------------------------- cross-validation

T_GRID = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01)  # 1.01: add nothing (the rules alone)


def _kind(group: str) -> str:
    return group if group in ("kcna", "text") else "others"


def _score_items(model: VisitModel, items: list[dict], dates, t_add: float) -> list[int]:
    from newslens.evaluate import match_visits
    acc = [0, 0, 0]
    for it in items:
        recs = combine(model, it, dates, t_add=t_add, t_drop=0.0) if t_add <= 1 else it["rule_visits"]
        m = match_visits(it["gold"], recs)
        acc[0] += m.tp
        acc[1] += m.fp
        acc[2] += m.fn
    return acc


def _f1(acc) -> float:
    tp, fp, fn = acc
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def inner_threshold(d: Design, train_sets: set, dates, seed: int = SEED) -> float:
    """t_add chosen on the training sets only: a two-fold split of those sets (seeded), pooled F1 over the grid."""
    sets = sorted(train_sets)
    rng = np.random.default_rng(seed)
    half = set(rng.permutation(sets)[: len(sets) // 2].tolist())
    totals = {t: [0, 0, 0] for t in T_GRID}
    for fold in (True, False):
        tr_sets = {s for s in sets if (s in half) == fold}
        te = [it for it in d.items if it["file"] in train_sets and it["file"] not in tr_sets]
        model = VisitModel(train_design(d, tr_sets, dates))
        for t in T_GRID:
            acc = _score_items(model, te, dates, t)
            totals[t] = [a + b for a, b in zip(totals[t], acc)]
    return max(T_GRID, key=lambda t: (round(_f1(totals[t]), 4), t))


def loso_cv(items: list[dict], dates, nested: bool = True, log=None) -> dict:
    """Leave one gold set out: train on the other sets, score rules alone and rules + model on the set left out."""
    from newslens.evaluate import match_visits
    d = Design(items)
    sets = d.sets
    rows = []
    for k, name in enumerate(sets):
        t0 = time.time()
        tr_sets = set(sets) - {name}
        te = [it for it in items if it["file"] == name]
        t_add = inner_threshold(d, tr_sets, dates) if nested else T_ADD
        model = VisitModel(train_design(d, tr_sets, dates, t_add=t_add))
        for it in te:
            base = match_visits(it["gold"], it["rule_visits"])
            recs = combine(model, it, dates) if t_add <= 1 else it["rule_visits"]
            both = match_visits(it["gold"], recs)
            added = [r for r in recs if r.get("extractor") == "rules+model"]
            right, pair_right = added_right(it["gold"], recs)
            rows.append({"set": name, "id": it["id"], "kind": _kind(it["group"]), "t_add": t_add,
                         "rules": [base.tp, base.fp, base.fn], "model": [both.tp, both.fp, both.fn],
                         "added": len(added), "added_right": right, "added_pair_right": pair_right,
                         "n_gold": len(it["gold"])})
        if log:
            r = [x for x in rows if x["set"] == name]
            log(f"{k + 1}/{len(sets)} {name}: t_add={t_add} rules={_sum(r, 'rules')} "
                f"model={_sum(r, 'model')} ({time.time() - t0:.0f}s)")
    return {"rows": rows}


def added_right(gold: list[dict], recs: list[dict]) -> tuple[int, int]:
    """How many of the model's records (``extractor`` "rules+model") in ``recs`` a gold visit is matched to: on every
    field (a true positive), and on visitor and host only (status and date ignored), in the same matching
    newslens.evaluate scores with."""
    from newslens.evaluate import match_visits
    model_ix = {j for j, r in enumerate(recs) if r.get("extractor") == "rules+model"}
    full = sum(1 for _i, j in match_visits(gold, recs).pairs if j in model_ix)
    pair = sum(1 for _i, j in match_visits(gold, recs, ignore=["status", "date"]).pairs if j in model_ix)
    return full, pair


def _sum(rows, key) -> list[int]:
    acc = [0, 0, 0]
    for r in rows:
        acc = [a + b for a, b in zip(acc, r[key])]
    return acc


def cv_table(result: dict, top: int = 10) -> str:
    from newslens.evaluate import prf
    rows = result["rows"]
    lines = ["| scope | items | rules tp/fp/fn | P | R | F1 | rules+model tp/fp/fn | P | R | F1 | added |",
             "|---|---|---|---|---|---|---|---|---|---|---|"]

    def line(name, rs):
        a, b = prf(*_sum(rs, "rules")), prf(*_sum(rs, "model"))
        lines.append(f"| {name} | {len(rs)} | {a['tp']}/{a['fp']}/{a['fn']} | {a['precision']} | {a['recall']} | "
                     f"{a['f1']} | {b['tp']}/{b['fp']}/{b['fn']} | {b['precision']} | {b['recall']} | {b['f1']} | "
                     f"{sum(r['added'] for r in rs)} |")

    line("all", rows)
    for kind in ("kcna", "text", "others"):
        line(kind, [r for r in rows if r["kind"] == kind])
    sizes: dict = {}
    for r in rows:
        sizes[r["set"]] = sizes.get(r["set"], 0) + r["n_gold"]
    for name in sorted(sizes, key=lambda s: (-sizes[s], s))[:top]:
        line(name, [r for r in rows if r["set"] == name])
    ts = sorted({r["t_add"] for r in rows})
    lines.append(f"t_add chosen per left-out set (inner two-fold on the training sets): {ts}")
    return "\n".join(lines)


# ---------------------------------------------------------------- pre-release regime (session 15, second experiment)

# Each development set that was scored blind on a known commit before any rule was tuned on it, and that commit.
# Source: tests/gold/README.md, the set's row ("... on <commit>"): blind28, 30, 32-36 ".. on 79e4844" (round 19 /
# figures round J, before any tuning); blind40, 41, 42, 44 "on 814a6b6 (session start)"; blind45, 46 "on 3c7b0d8
# (session start)"; blind47 "on d01c343"; blind48, 49 "on 7fd2385"; blind52, 53 "on d38c036"; blind54, 55 "on 9d2de6e
# (session start)". blind29 (2 gold visits) is left out; sets whose row names no commit (blind27, 37, 38, 39 ...) too.
PRERELEASE_COMMITS = {
    "blind28.jsonl": "79e4844", "blind30.jsonl": "79e4844", "blind32.jsonl": "79e4844", "blind33.jsonl": "79e4844",
    "blind34.jsonl": "79e4844", "blind35.jsonl": "79e4844", "blind36.jsonl": "79e4844",
    "blind40.jsonl": "814a6b6", "blind41.jsonl": "814a6b6", "blind42.jsonl": "814a6b6", "blind44.jsonl": "814a6b6",
    "blind45.jsonl": "3c7b0d8", "blind46.jsonl": "3c7b0d8",
    "blind47.jsonl": "d01c343",
    "blind48.jsonl": "7fd2385", "blind49.jsonl": "7fd2385",
    "blind52.jsonl": "d38c036", "blind53.jsonl": "d38c036",
    "blind54.jsonl": "9d2de6e", "blind55.jsonl": "9d2de6e",
}


def prerelease_groups(commits: dict | None = None) -> dict[str, list[str]]:
    """The map turned around: commit -> the set files to run on it (sorted), held-out names refused."""
    out: dict[str, list[str]] = {}
    for name, c in sorted((commits if commits is not None else PRERELEASE_COMMITS).items()):
        if is_held_out(name):
            raise HeldOutError(f"{name}: a held-out gold file in the pre-release map")
        out.setdefault(c, []).append(name)
    return out


def merge_prerelease(dumps: list[dict], commits: dict | None = None) -> dict[str, dict[str, list]]:
    """{set file: {item id: records}} from the dumps of benchmarks/prerelease_records.py. A set must come from the
    commit the map names (a dump of another commit is an error); a set in two dumps is an error; held-out refused."""
    commits = commits if commits is not None else PRERELEASE_COMMITS
    out: dict[str, dict[str, list]] = {}
    for d in dumps:
        sha = d["commit"]
        for name, recs in d["files"].items():
            if is_held_out(name):
                raise HeldOutError(f"{name}: a held-out gold file in a pre-release dump")
            want = commits.get(name)
            if want is None or not sha.startswith(want):
                raise ValueError(f"{name}: dumped on {sha[:7]}, the map says {want}")
            if name in out:
                raise ValueError(f"{name}: in two dumps")
            out[name] = recs
    return out


def apply_prerelease(items: list[dict], records: dict[str, dict[str, list]]) -> list[dict]:
    """The items of the sets in ``records`` with their rule records replaced by the old commit's (the current ones
    kept as ``rule_visits_now``); items of other sets are left out. An item of such a set that the dump lacks is an
    error (KeyError), so a set is never half in one regime."""
    out = []
    for it in items:
        recs = records.get(it["file"])
        if recs is None:
            continue
        new = dict(it)
        new["rule_visits_now"] = it["rule_visits"]
        new["rule_visits"] = [dict(r) for r in recs[it["id"]]]
        out.append(new)
    return out


def load_prerelease_dumps(paths) -> dict[str, dict[str, list]]:
    dumps = []
    for p in paths:
        with open(p, "rb") as fh:
            dumps.append(pickle.load(fh))
    return merge_prerelease(dumps)


def rules_table(items: list[dict]) -> str:
    """Rules-alone visits per set (and the total) of items as they are (tp/fp/fn, F1)."""
    from newslens.evaluate import match_visits, prf
    per: dict = {}
    for it in items:
        m = match_visits(it["gold"], it["rule_visits"])
        a = per.setdefault(it["file"], [0, 0, 0])
        a[0] += m.tp
        a[1] += m.fp
        a[2] += m.fn
    lines = ["| set | commit | rules tp/fp/fn | F1 |", "|---|---|---|---|"]
    tot = [0, 0, 0]
    for name in sorted(per, key=lambda n: int(re.sub(r"\D", "", n) or 0)):
        a = prf(*per[name])
        tot = [x + y for x, y in zip(tot, per[name])]
        lines.append(f"| {name} | {PRERELEASE_COMMITS.get(name, 'now')} | {a['tp']}/{a['fp']}/{a['fn']} | {a['f1']} |")
    a = prf(*tot)
    lines.append(f"| all | | {a['tp']}/{a['fp']}/{a['fn']} | {a['f1']} |")
    return "\n".join(lines)


def added_table(result: dict) -> str:
    """How many records the model added, and how many of them are right (all fields / visitor and host), per kind."""
    rows = result["rows"]
    lines = ["| scope | added | right (all fields) | right visitor+host |", "|---|---|---|---|"]
    for name, rs in [("all", rows)] + [(k, [r for r in rows if r["kind"] == k]) for k in ("kcna", "text", "others")]:
        lines.append(f"| {name} | {sum(r['added'] for r in rs)} | {sum(r.get('added_right', 0) for r in rs)} | "
                     f"{sum(r.get('added_pair_right', 0) for r in rs)} |")
    return "\n".join(lines)


def apply_model(model: VisitModel, items: list[dict], dates, t_add: float) -> dict:
    """Rows as loso_cv gives them, for one trained model applied to ``items`` (no training on them here)."""
    from newslens.evaluate import match_visits
    rows = []
    for it in items:
        base = match_visits(it["gold"], it["rule_visits"])
        recs = combine(model, it, dates, t_add=t_add, t_drop=0.0) if t_add <= 1 else it["rule_visits"]
        both = match_visits(it["gold"], recs)
        right, pair_right = added_right(it["gold"], recs)
        rows.append({"set": it["file"], "id": it["id"], "kind": _kind(it["group"]), "t_add": t_add,
                     "rules": [base.tp, base.fp, base.fn], "model": [both.tp, both.fp, both.fn],
                     "added": sum(1 for r in recs if r.get("extractor") == "rules+model"), "added_right": right,
                     "added_pair_right": pair_right, "n_gold": len(it["gold"])})
    return {"rows": rows}


# ---------------------------------------------------------------------------------------- command


def _git_commit() -> str | None:
    try:
        return subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True,
                              check=True).stdout.strip() or None
    except (OSError, subprocess.CalledProcessError):
        return None


def model_file_data(data: dict, files, n_items: int, cv_note: str | None = None) -> dict:
    """The shipped model: a header saying what it was trained on, then the weights."""
    header = {
        "what": "newslens visit model (session 15): logistic regression over candidate (visitor, host) pairs, "
                "a status classifier and a date-choice table; read by newslens/extract/visit_model.py",
        "trained_with": "python -m newslens.train_visits --out /tmp/visits_model.json",
        "git_commit": _git_commit(),
        "gold_files": [str(Path(f).relative_to(ROOT)) if Path(f).is_absolute() and ROOT in Path(f).parents
                       else str(f) for f in files],
        "items": n_items,
        "date": dt.date.today().isoformat(),
        "held_out_excluded": sorted(HELD_OUT),
        "settings": {"min_sets": MIN_COUNT, "l2": L2, "iters": ITERS, "add_only": ADD_ONLY, "seed": SEED},
    }
    header["cross_validation"] = cv_note or CV_NOTE
    small = dict(data)  # weights under 0.01 left out of the file (they move no probability by more than a percent)
    small["weights"] = {k: v for k, v in data["weights"].items() if abs(v) >= 0.01}
    small["status_weights"] = {c: {k: v for k, v in w.items() if abs(v) >= 0.01} for c, w in data["status_weights"].items()}
    return {"header": header, **small}


CV_NOTE = ("leave-one-set-out over 58 development files (3,166 items), threshold chosen inside each fold: rules "
           "2540/237/880 F1 .820, rules+model 2542/238/878 F1 .820; a priori t_add 0.5: 2562/293/858 F1 .817. "
           "No gain: the model is not wired into the extractor (tests/gold/FINDINGS.md, fifteenth session).")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m newslens.train_visits", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", help="write the trained model here (JSON)")
    ap.add_argument("--gold", nargs="*", help="gold files (default: every development gold file)")
    ap.add_argument("--cv", action="store_true", help="leave-one-set-out cross-validation (nested threshold)")
    ap.add_argument("--cache", help="pickle of the items with the rules' records (made if missing)")
    ap.add_argument("--t-add", type=float, default=T_ADD, help="threshold written into the model")
    ap.add_argument("--prerelease", nargs="+", metavar="PKL",
                    help="pre-release regime: dumps of benchmarks/prerelease_records.py (the old commits' records of "
                         "the sets in PRERELEASE_COMMITS); --cv then runs on those sets with those records")
    ap.add_argument("--apply-current", action="store_true",
                    help="with --prerelease: train on all pre-release data and apply the model to the current rules' "
                         "records of every development set (the sets outside the map are out of sample)")
    ap.add_argument("--structure", action="store_true",
                    help="with --prerelease: add the structure features (structure_features) to every candidate")
    ap.add_argument("--apriori", action="store_true",
                    help=f"with --prerelease: also the cross-validation with t_add fixed at {T_ADD} (no inner folds)")
    ap.add_argument("--l2", type=float, help="the add model's L2 weight (default: the module's L2, 1e-4)")
    args = ap.parse_args(argv)
    if args.l2 is not None:
        global L2
        L2 = args.l2  # read by train_design at each fit
    files = refuse_held_out(args.gold) if args.gold else dev_gold_files()
    from newslens.extract import Extractor
    ex = Extractor()
    log = lambda s: print(s, file=sys.stderr, flush=True)  # noqa: E731
    if args.cache and Path(args.cache).is_file():
        with open(args.cache, "rb") as fh:
            items = pickle.load(fh)
        items = [it for it in items if not is_held_out(it["file"])]
    else:
        items = load_items(files, ex, log)
        if args.cache:
            with open(args.cache, "wb") as fh:
                pickle.dump(items, fh)
    if args.prerelease:
        return _main_prerelease(args, items, ex, log)
    add_candidates(items, ex)
    if args.cv:
        print(cv_table(loso_cv(items, ex.dates, nested=True, log=log)))
    if args.out:
        data = model_file_data(train(items, ex.dates, t_add=args.t_add), files, len(items))
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        with open(args.out, "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False, separators=(",", ":"), sort_keys=False)
            fh.write("\n")
        log(f"wrote {args.out}: {len(data['weights'])} weights")
    return 0


# Structure features (second experiment; the set fixed before its cross-validation run, nothing chosen on an outer
# fold): where the two mentions stand in the sentence's clauses and which verb class follows the visitor, rather than
# which words a story uses. Measurement only, like the rest of this module.
_CLAUSE_BREAK_RE = re.compile(r"[,;:()\"“”]|\b(?:while|whereas|but|although|after|before|when|which|who|where)\b",
                              re.I)
_VERB_CLASSES = (
    ("travel", frozenset("arrive arrived arrives arriving visit visited visits visiting flew fly flies flying travel "
                         "traveled travelled travels traveling travelling tour toured tours touring left leave leaves "
                         "leaving headed heads landed lands went goes go going departed departs returned stopped "
                         "attended attends attend attending".split())),
    ("meet", frozenset("met meet meets meeting held hold holds talks called calls".split())),
    ("host", frozenset("received receives receive welcomed welcomes hosted hosts hosting greeted greets invited "
                       "invites".split())),
    ("say", frozenset("said says told tells announced announces stated noted".split())),
)
_PREPS = frozenset("to in at for from with of into on near via by toward towards".split())


def _verb_class(words) -> str:
    for w in words:
        for name, vocab in _VERB_CLASSES:
            if w in vocab:
                return name
    return "none"


def structure_features(c, text: str, sentence_mentions, dateline_iso3: str | None) -> list[str]:
    """Features of a candidate's place in its sentence (pure; ``sentence_mentions``: the mentions of its sentence):
    ``x_clause`` same/cross (a comma, semicolon, bracket, quote or clause word between visitor and host),
    ``x_between_c`` other countries named between them (0, 1, 2+), ``x_vfirst`` whether the visitor is the
    sentence's first actor, ``x_vnext`` the verb class of the first class word within six words after the visitor
    (travel / meet / host / say / none), ``x_hprep`` the preposition just before the host, their conjunction
    ``x_vnext_hprep``, and ``x_h_dateline`` when the host is the dateline's country."""
    s, e = c.sentence
    f: list[str] = []
    real_v = c.vkind != "rule" and not c.vkind.startswith("prev/")
    real_h = c.hkind in ("country", "capital", "city")
    if real_v and real_h:
        lo, hi = (c.v_pos[1], c.h_pos[0]) if c.v_pos[0] <= c.h_pos[0] else (c.h_pos[1], c.v_pos[0])
        f.append(f"x_clause={'cross' if hi > lo and _CLAUSE_BREAK_RE.search(text[lo:hi]) else 'same'}")
        others = {m.iso3 for m in sentence_mentions if m.kind == "country" and m.iso3 and lo <= m.start < hi
                  and m.iso3 not in (c.visitor_iso3, c.host_iso3)}
        f.append(f"x_between_c={min(len(others), 2)}")
    vnext = prep = None
    if real_v:
        actors = [m.start for m in sentence_mentions
                  if m.kind == "person" or (m.kind == "country" and getattr(m, "alias_kind", None) in
                                            ("name", "short", "abbrev", "demonym", "institution"))]
        f.append(f"x_vfirst={bool(actors) and min(actors) == c.v_pos[0]}")
        vnext = _verb_class(re.findall(r"[a-z]+", text[c.v_pos[1]:min(e, c.v_pos[1] + 80)].lower())[:6])
        f.append(f"x_vnext={vnext}")
    if real_h:
        before = re.findall(r"[a-z]+", text[max(s, c.h_pos[0] - 25):c.h_pos[0]].lower())
        prep = before[-1] if before and before[-1] in _PREPS else "other"
        f.append(f"x_hprep={prep}")
    if vnext is not None and prep is not None:
        f.append(f"x_vnext_hprep={vnext}_{prep}")
    if dateline_iso3 and c.host_iso3 == dateline_iso3:
        f.append("x_h_dateline")
    return f


def add_structure_features(items: list[dict]) -> None:
    """Append ``structure_features`` to every candidate of items that have candidates (in place)."""
    import bisect
    for it in items:
        sents = it["sentences"]
        starts = [a for a, _b in sents]
        by_sent: dict[int, list] = {}
        for m in it["mentions"]:
            k = bisect.bisect_right(starts, m.start) - 1
            if 0 <= k < len(sents) and m.start < sents[k][1]:
                by_sent.setdefault(k, []).append(m)
        dl = next((c.host_iso3 for c in it["cands"] if c.hkind == "dateline"), None)
        for c in it["cands"]:
            c.feats = list(c.feats) + structure_features(c, it["article"].text, by_sent.get(c.si, []), dl)


def _main_prerelease(args, items: list[dict], ex, log) -> int:
    pre = apply_prerelease(items, load_prerelease_dumps(args.prerelease))
    missing = sorted(set(PRERELEASE_COMMITS) - {it["file"] for it in pre})
    log(f"pre-release regime: {len(pre)} items of {len({it['file'] for it in pre})} sets"
        + (f" (not loaded: {missing})" if missing else ""))
    print("## rules alone, pre-release regime (each set on its commit)\n")
    print(rules_table(pre))
    add_candidates(pre, ex)
    if args.structure:
        add_structure_features(pre)
    if args.cv:
        res = loso_cv(pre, ex.dates, nested=True, log=log)
        print("\n## leave-one-set-out, pre-release regime (t_add chosen inside each fold)\n")
        print(cv_table(res, top=25))
        print()
        print(added_table(res))
        if args.out:
            with open(args.out + ".cv.json", "w", encoding="utf-8") as fh:
                json.dump(res, fh)
    if args.apriori:
        res = loso_cv(pre, ex.dates, nested=False, log=log)
        print(f"\n## leave-one-set-out, pre-release regime, t_add fixed a priori at {T_ADD}\n")
        print(cv_table(res, top=0).rsplit("\n", 1)[0])
        print()
        print(added_table(res))
    if args.apply_current:
        d = Design(pre)
        t_add = inner_threshold(d, set(d.sets), ex.dates)
        model = VisitModel(train_design(d, set(d.sets), ex.dates, t_add=t_add))
        log(f"model on all pre-release data: t_add {t_add} (inner two-fold), {len(model.weights)} weights")
        add_candidates(items, ex)
        if args.structure:
            add_structure_features(items)
        inside = [it for it in items if it["file"] in PRERELEASE_COMMITS]
        outside = [it for it in items if it["file"] not in PRERELEASE_COMMITS]
        for t in sorted({t_add, T_ADD}):
            for name, part in (("sets outside the map (out of sample)", outside),
                               ("the pre-release sets, current records (their text was trained on)", inside)):
                res = apply_model(model, part, ex.dates, t)
                print(f"\n## current rules + model trained on all pre-release data, t_add {t}: {name}\n")
                print(cv_table(res, top=0).rsplit("\n", 1)[0])
                print()
                print(added_table(res))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
