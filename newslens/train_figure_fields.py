"""Figures, second experiment of session 15: fix the FIELDS of a record, not the detection of an amount.

Usage::

    python -m newslens.train_figure_fields --own      # how often the rules' own fields are right where they refused
    python -m newslens.train_figure_fields --fields   # leave-one-set-out accuracy of one model per field
    python -m newslens.train_figure_fields --layer    # leave-one-set-out CV of detection + field models, vs the rules

A measurement tool like newslens.train_figures (whose rule run and cache it reuses): the extractor does not call it.
Candidates come from :class:`newslens.extract.figures_model.CandidateRecorder`, which also reads the rules' own metric,
parties and period where ``FigureExtractor._figure`` refused an amount (``own``). Each field (parties, metric, year) is
chosen by its own logistic model over that field's options (:data:`FIELD_OPTIONS`), the rules' own value one feature
among others. Candidate kinds (per item, the matching of newslens.evaluate): ``tp`` a rule figure matched to a gold
figure; ``fp_value`` a rule figure matched to none whose value is a missed gold figure's; ``fp`` the other rule
figures; ``missed`` an amount the rules refused whose value is a missed gold figure's; ``refused`` the other amounts.
Held-out files are refused by name (newslens.train_figures.refuse_held_out). Deterministic.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

from .evaluate import figure_field_checks, match_figures, prf
from .extract.figures_model import FIELD_OPTIONS, encode, fit_logistic, option_record, predict
from .train_figures import ITERS, L2, MIN_COUNT, ROOT, SEED_LIKE, development_items

FIELDS = ("parties", "metric", "year")
DETECT_GRID = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01)
FIX_GRID = (0.2, 0.4, 0.6, 0.8, 1.01)
TRAIN_KINDS = ("tp", "fp_value", "missed")
ADD_KINDS = ("missed",)  # the field models of added records learn from refused missed figures only (see FINDINGS)


def annotate(items: list[dict]) -> None:
    """Set ``kind``, ``targets`` (the gold figures a candidate's record should become) and ``set`` (its gold file) on
    every candidate."""
    for it in items:
        for c in it["cands"]:
            c["set"] = it["file"]
        finals = [c for c in it["cands"] if c["status"] == "final"]
        m = match_figures(it["gold"], [c["record"] for c in finals])
        by_rec = {j: i for i, j in m.pairs}
        missed = [it["gold"][i] for i in m.missed]
        for j, c in enumerate(finals):
            if j in by_rec:
                c["kind"], c["targets"] = "tp", [it["gold"][by_rec[j]]]
            else:
                ts = [g for g in missed if figure_field_checks(g, c["record"])["value"]]
                c["kind"], c["targets"] = ("fp_value" if ts else "fp"), ts
        for c in it["cands"]:
            if c["status"] == "final":
                continue
            ts = [g for g in missed if c["record"] is not None and figure_field_checks(g, c["record"])["value"]]
            c["kind"], c["targets"] = ("missed" if ts else "refused"), ts


def set_vocab(rows: list[list[str]], sets: list, min_sets: int) -> dict[str, int]:
    """Features seen in at least ``min_sets`` different gold sets (not rows: one story's many option rows would let its
    own words in; the method audit of session 15), as column indexes in sorted order."""
    seen: dict[str, set] = {}
    for fs, st in zip(rows, sets):
        for x in fs:
            seen.setdefault(x, set()).add(st)
    return {x: i for i, x in enumerate(sorted(x for x, ss in seen.items() if len(ss) >= min_sets))}


def _usable(c: dict) -> bool:
    return c.get("fctx") is not None and c.get("own") is not None


def options(c: dict, field: str) -> list:
    return FIELD_OPTIONS[field](c["fctx"], c["own"], c["status"])


def option_labels(c: dict, field: str, opts: list) -> list[int]:
    """1 for an option that is right for one of the candidate's targets (``figure_field_checks`` of that field)."""
    return [int(any(figure_field_checks(g, option_record(field, v))[field] for g in c["targets"])) for v, _f in opts]


def own_value(c: dict, field: str):
    own = c["own"]
    if field == "parties":
        return (own.get("reporter"), own.get("partner"))
    if field == "metric":
        return own.get("metric")
    return own.get("period")


def own_checks(c: dict) -> dict[str, str]:
    """Per field, against the best-agreeing target: 'unreached' (``_figure`` returned before it computed the field),
    'none' (computed but empty: no metric, no period, a side missing), 'right' or 'wrong'. A pair with one side missing
    is 'half' when its side is one of the target's two."""
    reached = c["own"].get("reached") or []
    best = None
    for g in c["targets"]:
        ch = {f: figure_field_checks(g, option_record(f, own_value(c, f)))[f] for f in FIELDS}
        if best is None or sum(ch.values()) > sum(best.values()):
            best, best_g = ch, g
    out = {}
    for f, name in (("parties", "parties"), ("metric", "metric"), ("year", "period")):
        v = own_value(c, f)
        if name not in reached:
            out[f] = "unreached"
        elif best[f]:
            out[f] = "right"
        elif v is None or (f == "parties" and not all(v)):
            side = [x for x in (v or ()) if x]
            out[f] = "half" if f == "parties" and side and side[0] in (best_g.get("reporter_iso3"), best_g.get("partner_iso3")) \
                else "none"
        else:
            out[f] = "wrong"
    return out


class FieldModels:
    """One logistic model per field over its options; ``choose`` gives each field's best option and its score."""

    def __init__(self, cands: list[dict], l2: float = L2, iters: int = ITERS, min_count: int = MIN_COUNT):
        self.parts = {}
        for field in FIELDS:
            rows, ys, sets = [], [], []
            for c in cands:
                opts = options(c, field)
                labels = option_labels(c, field, opts)
                if not any(labels):  # no option is right: nothing to learn about choosing
                    continue
                rows += [f for _v, f in opts]
                ys += labels
                sets += [c.get("set")] * len(opts)
            vocab = set_vocab(rows, sets, min_count)
            idx, ptr = encode(rows, vocab)
            w = fit_logistic(idx, ptr, np.asarray(ys, dtype=float), len(vocab), l2=l2, iters=iters) if rows else np.zeros(0)
            self.parts[field] = (vocab, w)

    def scores(self, c: dict, field: str) -> list[tuple]:
        vocab, w = self.parts[field]
        opts = options(c, field)
        if not opts:
            return []
        idx, ptr = encode([f for _v, f in opts], vocab)
        p = predict(idx, ptr, w) if len(vocab) else np.full(len(opts), 0.5)
        return [(v, float(pi)) for (v, _f), pi in zip(opts, p)]

    def choose(self, c: dict) -> dict:
        """Per field (best value, its probability, the rules' own value's probability or None)."""
        out = {}
        for field in FIELDS:
            sc = self.scores(c, field)
            if not sc:
                out[field] = (None, 0.0, None)
                continue
            best = max(sc, key=lambda x: x[1])  # first of equals: options are built in a fixed order
            mine = own_value(c, field)
            own_p = next((p for v, p in sc if v == mine), None)
            out[field] = (best[0], best[1], own_p)
        return out


def record_of(c: dict, chosen: dict) -> dict:
    """The candidate's record with the chosen fields (value, evidence, offsets from the rules' record or amount)."""
    r = dict(c["record"])
    for field in FIELDS:
        if chosen[field][0] is not None or field == "year":
            r.update(option_record(field, chosen[field][0]))
    return r


def _whole(c: dict, rec: dict) -> bool:
    return any(all(figure_field_checks(g, rec).values()) for g in c["targets"])


def _field_right(c: dict, field: str, value) -> bool:
    return any(figure_field_checks(g, option_record(field, value))[field] for g in c["targets"])


def own_report(items: list[dict]) -> dict:
    """Step 1: the rules' own fields at refusal, for the refused amounts that are missed figures (and, for
    comparison, the false figures that carry a missed gold value)."""
    annotate(items)
    out = {}
    for kind in ("missed", "fp_value"):
        for scope, keep in (("all", lambda f: True), ("seed-like", lambda f: f in SEED_LIKE)):
            cs = [c for it in items if keep(it["file"]) for c in it["cands"] if c.get("kind") == kind and _usable(c)]
            acc = {f: {"right": 0, "wrong": 0, "none": 0, "half": 0, "unreached": 0} for f in FIELDS}
            whole = 0
            lines: dict[str, int] = {}
            for c in cs:
                ch = own_checks(c)
                for f in FIELDS:
                    acc[f][ch[f]] += 1
                whole += all(v == "right" for v in ch.values())
                key = str(c["own"].get("line"))
                lines[key] = lines.get(key, 0) + 1
            out[f"{kind}/{scope}"] = {"n": len(cs), "fields": acc, "whole_right": whole,
                                      "top_refusal_points": sorted(lines.items(), key=lambda x: -x[1])[:8]}
    return out


def fields_cv(items: list[dict], log=print, train_kinds=TRAIN_KINDS) -> dict:
    """Step 2: leave-one-set-out; field models trained on the other sets' candidates of ``train_kinds``; scored on the
    left-out set's missed amounts, fp_value figures and tp figures: per field accuracy, learned vs the rules' own, and
    whole records (the three fields right for one target)."""
    annotate(items)
    files = sorted({it["file"] for it in items})
    acc: dict = {}
    for f in files:
        test = [c for it in items if it["file"] == f for c in it["cands"] if c.get("kind") in ("missed", "fp_value", "tp")
                and _usable(c)]  # tp: does a rule figure the gold has stay whole-right under the learned fields?
        if not test:
            continue
        fm = FieldModels([c for it in items if it["file"] != f for c in it["cands"]
                          if c.get("kind") in train_kinds and _usable(c)])
        for c in test:
            ch = fm.choose(c)
            for scope in ("all", "seed-like") if f in SEED_LIKE else ("all",):
                a = acc.setdefault(f"{c['kind']}/{scope}", {"n": 0, "own": dict.fromkeys(FIELDS, 0),
                                                           "learned": dict.fromkeys(FIELDS, 0), "reachable": dict.fromkeys(FIELDS, 0),
                                                           "own_whole": 0, "learned_whole": 0, "reachable_whole": 0})
                a["n"] += 1
                rec = record_of(c, ch)
                own_ok = own_checks(c)
                for field in FIELDS:
                    a["own"][field] += own_ok[field] == "right"
                    a["learned"][field] += _field_right(c, field, ch[field][0])
                    a["reachable"][field] += any(option_labels(c, field, options(c, field)))
                a["own_whole"] += all(v == "right" for v in own_ok.values())
                a["learned_whole"] += _whole(c, rec)
                a["reachable_whole"] += any(all(any(figure_field_checks(g, option_record(fl, v))[fl]
                                                    for v, _x in options(c, fl)) for fl in FIELDS) for g in c["targets"])
        log(f"{f}: done")
    return acc


# ------------------------------------------------------------------------------ step 3: the whole layer


def _detect_rows(cands: list[dict]) -> list[tuple[list[str], float]]:
    return [(c["features"], float(c["kind"] == "missed")) for c in cands
            if c["status"] != "final" and c["record"] is not None and _usable(c)]


class Layer:
    """Detection (is a refused amount a missed figure) + field models (its record; and corrections of rule figures)."""

    def __init__(self, items: list[dict]):
        cands = [c for it in items for c in it["cands"]]
        rows = _detect_rows(cands)
        sets = [c.get("set") for c in cands if c["status"] != "final" and c["record"] is not None and _usable(c)]
        self.vocab = set_vocab([fs for fs, _y in rows], sets, MIN_COUNT)
        idx, ptr = encode([fs for fs, _y in rows], self.vocab)
        self.w = fit_logistic(idx, ptr, np.array([y for _f, y in rows]), len(self.vocab), l2=L2, iters=ITERS) \
            if rows else np.zeros(0)
        self.fields = FieldModels([c for c in cands if c.get("kind") in TRAIN_KINDS and _usable(c)])
        self.add_fields = FieldModels([c for c in cands if c.get("kind") in ADD_KINDS and _usable(c)])

    def detect(self, c: dict) -> float:
        idx, ptr = encode([c["features"]], self.vocab)
        return float(predict(idx, ptr, self.w)[0]) if len(self.vocab) else 0.0

    def proposals(self, it: dict) -> dict:
        """Per candidate index: ('add', p, record) for a refused amount; ('fix', margin, record) for a rule figure whose
        chosen fields differ from its own (margin: the smallest gain in probability over the rules' own value among the
        changed fields; a field whose own value is not among the options counts as gain 1)."""
        out = {}
        for i, c in enumerate(it["cands"]):
            if not _usable(c) or c["record"] is None:
                continue
            ch = (self.fields if c["status"] == "final" else self.add_fields).choose(c)
            rec = record_of(c, ch)
            if c["status"] == "final":
                gains = [ch[f][1] - (ch[f][2] if ch[f][2] is not None else 0.0) for f in FIELDS
                         if ch[f][0] is not None and ch[f][0] != own_value(c, f)]
                if gains:
                    out[i] = ("fix", min(gains), rec)
            else:
                out[i] = ("add", self.detect(c), rec)
        return out


def apply_layer(it: dict, props: dict, t_add: float, t_fix: float) -> list[dict]:
    """The rules' figures with fixes whose margin reaches ``t_fix`` and added records whose detection score reaches
    ``t_add`` (an added record equal to one already given is not added twice)."""
    out = []
    for i, c in enumerate(it["cands"]):
        if c["status"] != "final":
            continue
        p = props.get(i)
        out.append(p[2] if p and p[0] == "fix" and p[1] >= t_fix else c["record"])
    keys = {_key(r) for r in out} | {_same_amount(r) for r in out}
    for i, c in enumerate(it["cands"]):
        p = props.get(i)
        if c["status"] != "final" and p and p[0] == "add" and p[1] >= t_add \
                and _key(p[2]) not in keys and _same_amount(p[2]) not in keys:
            out.append(p[2])
            keys |= {_key(p[2]), _same_amount(p[2])}
    return out


def _same_amount(r: dict) -> tuple:
    """The same sum between the same two countries (the story repeating an amount): not added a second time."""
    return ("amount", frozenset((r.get("reporter_iso3"), r.get("partner_iso3"))), round(float(r.get("value") or 0), -3))


def _key(r: dict) -> tuple:
    return (frozenset((r.get("reporter_iso3"), r.get("partner_iso3"))), r.get("metric"),
            round(float(r.get("value") or 0), -3), str(r.get("period_start"))[:4])


def _score(items, props_of, t_add, t_fix, memo: dict | None = None) -> list[int]:
    """tp/fp/fn of the layer at (t_add, t_fix); ``memo`` keeps each item's counts per set of proposals applied."""
    tp = fp = fn = 0
    for it in items:
        props = props_of[it["id"], it["file"]]
        used = tuple(sorted(i for i, p in props.items() if p[1] >= (t_fix if p[0] == "fix" else t_add)))
        key = (it["id"], it["file"], used)
        if memo is None or key not in memo:
            m = match_figures(it["gold"], apply_layer(it, props, t_add, t_fix))
            counts = (m.tp, m.fp, m.fn)
            if memo is not None:
                memo[key] = counts
        else:
            counts = memo[key]
        tp, fp, fn = tp + counts[0], fp + counts[1], fn + counts[2]
    return [tp, fp, fn]


def _choose(items: list[dict], folds: int = 3) -> tuple[float, float]:
    """(t_add, t_fix) chosen on the training sets only: an inner split into ``folds`` groups of sets, each scored by a
    layer trained on the others (full matching); the best summed F1 wins, ties to the higher thresholds."""
    files = sorted({it["file"] for it in items})
    props_of = {}
    for g in [files[i::folds] for i in range(folds)]:
        layer = Layer([it for it in items if it["file"] not in g])
        for it in items:
            if it["file"] in g:
                props_of[it["id"], it["file"]] = layer.proposals(it)
    best = None
    memo: dict = {}
    for ta in sorted(DETECT_GRID, reverse=True):
        for tf in sorted(FIX_GRID, reverse=True):
            f1 = prf(*_score(items, props_of, ta, tf, memo))["f1"]
            if best is None or f1 > best[0] + 1e-9:
                best = (f1, ta, tf)
    return best[1], best[2]


def layer_cv(items: list[dict], log=print, fixed: tuple[float, float] | None = None) -> dict:
    """Step 3: leave-one-set-out CV of the layer; thresholds inside each fold (or ``fixed``)."""
    annotate(items)
    files = sorted({it["file"] for it in items})
    res = {}
    for f in files:
        train = [it for it in items if it["file"] != f]
        test = [it for it in items if it["file"] == f]
        ta, tf = fixed or _choose(train)
        layer = Layer(train)
        per = {}
        for it in test:
            g = it["group"] if it["group"] in ("kremlin", "text") else "others"
            acc = per.setdefault(g, {"rules": [0, 0, 0], "model": [0, 0, 0]})
            m = match_figures(it["gold"], it["rules"])
            acc["rules"] = [x + y for x, y in zip(acc["rules"], (m.tp, m.fp, m.fn))]
            props = {(it["id"], it["file"]): layer.proposals(it)}
            acc["model"] = [x + y for x, y in zip(acc["model"], _score([it], props, ta, tf))]
        res[f] = {"groups": per, "thresholds": (ta, tf)}
        log(f"{f}: {per} thr={(ta, tf)}")
    return res


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--own", action="store_true", help="the rules' own fields where they refused a missed figure")
    ap.add_argument("--fields", action="store_true", help="leave-one-set-out accuracy of the field models")
    ap.add_argument("--layer", action="store_true", help="leave-one-set-out CV of detection + field models")
    ap.add_argument("--train-kinds", default=",".join(TRAIN_KINDS), help="candidate kinds the field models learn from")
    ap.add_argument("--fixed", help="t_add,t_fix for --layer instead of choosing them inside the folds")
    ap.add_argument("--cache", default=str(ROOT / "tmp" / "figures_candidates.pkl"), help="as newslens.train_figures")
    ap.add_argument("--report", help="write the --layer table here too")
    ap.add_argument("files", nargs="*", help="gold files (default: every development file)")
    args = ap.parse_args(argv)
    items = development_items(args.files, args.cache)
    if args.own:
        print(json.dumps(own_report(items)))
    if args.fields:
        print(json.dumps(fields_cv(items, log=lambda s: print(s, file=sys.stderr),
                                   train_kinds=tuple(args.train_kinds.split(",")))))
    if args.layer:
        from .train_figures import cv_report
        fixed = tuple(float(x) for x in args.fixed.split(",")) if args.fixed else None
        rep = cv_report(layer_cv(items, log=lambda s: print(s, file=sys.stderr), fixed=fixed))
        rep = rep.replace("thresholds chosen inside the folds (keep, add)", "thresholds (add, fix)")
        print(rep)
        if args.report:
            Path(args.report).write_text(rep + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
