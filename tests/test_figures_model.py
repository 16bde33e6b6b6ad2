"""The figures model of session 15 (newslens/extract/figures_model.py, newslens/train_figures.py): candidates seen
without changing the rules, deterministic features, the shipped weights, the trainer, and the held-out files refused.
Sentences are our own words."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import numpy as np
import pytest

from newslens import train_figures as T
from newslens.extract import ArticleInput, Extractor
from newslens.extract.figures_model import CandidateRecorder, FiguresModel, encode, fit_logistic, predict

PUB = dt.date(2020, 3, 1)
TEXTS = {
    "peru": "Trade between Peru and Japan rose to $4 billion in 2019, customs data showed.",
    "kenya": "Exports from Kenya to Italy reached $900 million in 2018, officials said.",
    "norway": "Norway handed Malawi a grant worth 30 million dollars for clinics.",
    "chile": "Chile's copper sales to Korea earned 2 billion dollars, though analysts called it modest.",
    "airport": "Peru and Japan held talks on Monday. The new airport will cost about $3 billion to build, the minister said.",
    "budget": "Kenya's national budget stands at $30 billion this year, and Italy's envoy praised it.",
}


@pytest.fixture(scope="module")
def recorded():
    """A fresh extractor (the shared one stays unwrapped) with a recorder, and one without, for comparison."""
    ex = Extractor()
    plain = Extractor()
    return ex, CandidateRecorder(ex.figures), plain


def _run(ex, rec, key):
    rec.start()
    out = ex.extract(ArticleInput(key, None, TEXTS[key], PUB, None))
    return out["figures"], rec.candidates(out["figures"])


def test_recorder_does_not_change_the_rules(recorded):
    ex, rec, plain = recorded
    for key in TEXTS:
        figs, _c = _run(ex, rec, key)
        ref = plain.extract(ArticleInput(key, None, TEXTS[key], PUB, None))["figures"]
        assert figs == ref, key


def test_candidates_cover_rule_figures_and_turned_down_amounts(recorded):
    ex, rec, _plain = recorded
    figs, cands = _run(ex, rec, "peru")
    assert [c["status"] for c in cands] == ["final"] and cands[0]["record"] is figs[0]
    figs, cands = _run(ex, rec, "airport")
    assert figs == [] and [c["status"] for c in cands] == ["refused"]
    variants = cands[0]["variants"]
    # every metric is offered, the sentence's pair in both orders, and "no year" among the periods
    assert {r["metric"] for r, _f in variants} == {"trade", "exports", "imports", "investment", "aid", "other"}
    assert {(r["reporter_iso3"], r["partner_iso3"]) for r, _f in variants} == {("PER", "JPN"), ("JPN", "PER")}
    assert any(r["period_start"] is None for r, _f in variants)
    assert all(r["evidence"] and r["value"] == 3e9 for r, _f in variants)


def test_features_are_deterministic(recorded):
    ex, rec, _plain = recorded
    for key in ("peru", "airport", "budget"):
        _f, first = _run(ex, rec, key)
        _f, second = _run(ex, rec, key)
        assert [c["features"] for c in first] == [c["features"] for c in second]
        assert [[vf for _r, vf in c.get("variants", [])] for c in first] == \
            [[vf for _r, vf in c.get("variants", [])] for c in second]
    _f, cands = _run(ex, rec, "kenya")
    feats = cands[0]["features"]
    assert "status:final" in feats and "l1:reached" in feats and "metric:exports" in feats and "nsent_c:2" in feats


def test_written_model_loads_and_scores(recorded, tmp_path):
    """``--out`` writes the weights with a header naming what they were trained on; the file loads and scores."""
    ex, rec, _plain = recorded
    gold = tmp_path / "ownwords.jsonl"
    gold.write_text("".join(json.dumps({"id": k, "source": {"kind": "text", "text": TEXTS[k], "published_date": "2020-03-01"},
                                        "visits": [], "figures": f}) + "\n" for k, f in [
        ("peru", [{"reporter_iso3": "PER", "partner_iso3": "JPN", "metric": "trade", "value_usd": 4e9, "year": 2019}]),
        ("budget", [])]), encoding="utf-8")
    out = tmp_path / "model.json"
    assert T.main(["--cache", "", "--out", str(out), str(gold)]) == 0
    assert out.stat().st_size < 1_000_000
    model = FiguresModel.load(out)
    head = model.data["header"]
    assert head["items"] == 2 and head["gold_files"] and head["commit"]
    assert not set(head["gold_files"]) & set(T.HELD_OUT)
    for part in (model.keep, model.add):
        assert 0.0 <= part["threshold"] <= 1.01
    _f, cands = _run(ex, rec, "peru")
    p = model._score(model.keep, cands[0]["features"])
    assert 0.0 < p < 1.0
    out_rows = model.decide(cands)
    assert all(r["evidence"] for r in out_rows)


def test_logistic_regression_separates_and_is_deterministic():
    rows = [["bias", "w:reached"], ["bias", "w:reached", "w:trade"], ["bias", "w:donate"], ["bias", "w:donate", "w:click"]]
    vocab = {f: i for i, f in enumerate(sorted({f for r in rows for f in r}))}
    idx, ptr = encode(rows, vocab)
    y = np.array([1.0, 1.0, 0.0, 0.0])
    w1 = fit_logistic(idx, ptr, y, len(vocab), l2=0.1, iters=200)
    w2 = fit_logistic(idx, ptr, y, len(vocab), l2=0.1, iters=200)
    assert np.array_equal(w1, w2)
    p = predict(idx, ptr, w1)
    assert p[:2].min() > 0.5 > p[2:].max()


def test_trainer_on_own_words_fixture_separates(tmp_path, monkeypatch):
    """Gold that takes the trade, export and aid figures and refuses the copper and budget ones: the keep model, trained
    on that, scores every kept figure above every refused one."""
    gold = [
        ("peru", [{"reporter_iso3": "PER", "partner_iso3": "JPN", "metric": "trade", "value_usd": 4e9, "year": 2019}]),
        ("kenya", [{"reporter_iso3": "KEN", "partner_iso3": "ITA", "metric": "exports", "value_usd": 9e8, "year": 2018}]),
        ("norway", [{"reporter_iso3": "NOR", "partner_iso3": "MWI", "metric": "aid", "value_usd": 3e7, "year": None}]),
        ("chile", []),
        ("budget", []),
    ]
    path = tmp_path / "ownwords.jsonl"
    path.write_text("".join(json.dumps({"id": k, "source": {"kind": "text", "text": TEXTS[k], "published_date": "2020-03-01"},
                                        "visits": [], "figures": f}) + "\n" for k, f in gold), encoding="utf-8")
    items = T.collect([path], cache=None)
    T.label(items)
    monkeypatch.setattr(T, "MIN_COUNT", 1)
    monkeypatch.setattr(T, "L2", 0.1)
    model = FiguresModel(T._train(items))
    scored = [(model._score(model.keep, c["features"]), c["y"]) for it in items for c in it["cands"] if c["status"] == "final"]
    pos = [p for p, y in scored if y]
    neg = [p for p, y in scored if not y]
    assert len(pos) == 3 and neg and min(pos) > max(neg)


def test_added_figure_has_evidence_and_confidence(recorded):
    ex, rec, _plain = recorded
    _f, cands = _run(ex, rec, "airport")
    model = FiguresModel({"keep": {"weights": {}, "threshold": 0.0},
                          "add": {"weights": {"bias": 2.0, "vm:other": 1.0, "ord:as": 0.5, "yh:none": 0.5}, "threshold": 0.5}})
    out = model.decide(cands)
    assert len(out) == 1
    r = out[0]
    assert r["evidence"] == "The new airport will cost about $3 billion to build, the minister said."
    assert 0.5 <= r["confidence"] <= 1.0 and r["metric"] == "other" and r["period_start"] is None
    # a model whose add threshold no variant reaches (no weights: p = 0.5) leaves the rules' (empty) output
    assert FiguresModel({"keep": {"weights": {}, "threshold": 0.0}, "add": {"weights": {}, "threshold": 0.6}}).decide(cands) == []


@pytest.mark.parametrize("name", ["tests/gold/blind43.jsonl", "tests/gold/blind50.jsonl", "tests/gold/blind51.jsonl",
                                  "tests/gold/blind59.jsonl", "tests/gold/blind60.jsonl",
                                  "tests/gold/probes/figures_held.jsonl", "tests/gold/probes/visits_held.jsonl",
                                  "tests/gold/audit/visits_audit4.jsonl"])
def test_held_out_names_are_refused(name):
    with pytest.raises(ValueError, match="held-out"):
        T.refuse_held_out(name)
    with pytest.raises(ValueError, match="held-out"):  # refused before the file is opened
        T.collect([Path("/nonexistent") / Path(name).name], cache=None)


def test_development_files_leave_the_held_out_sets_out():
    names = {p.stem for p in T.dev_files()}
    assert "blind55" in names and "seedlike13" in names and "holdout" in names
    assert not names & set(T.HELD_OUT)
    T.refuse_held_out("tests/gold/blind55.jsonl")  # a development set is accepted
