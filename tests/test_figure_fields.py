"""Figures session 15, second experiment: the rules' own fields read where ``FigureExtractor._figure`` refuses an amount
(a profile hook that changes nothing), the per-field options and the field models (newslens/train_figure_fields.py).
Sentences are our own words."""
from __future__ import annotations

import datetime as dt
import sys

import pytest

from newslens import train_figure_fields as F
from newslens.extract import ArticleInput, Extractor
from newslens.extract.figures_model import (CandidateRecorder, metric_options, option_record, own_fields,
                                            own_fields_probe, pair_options, year_options)

PUB = dt.date(2021, 6, 1)
TEXTS = {
    "ghana": "Trade between Ghana and Brazil grew to $3 billion in 2020, the ministry said.",
    "stadium": "Ghana and Brazil met in Accra on Friday. The new stadium will cost about $2 billion to finish, an aide said.",
    "loan": "Ghana paid $5 million in interest on a Brazilian loan last year.",
    "budget": "Peru's annual budget stands at $40 billion, and Spain's minister welcomed it.",
}


@pytest.fixture(scope="module")
def pair_of_extractors():
    ex, plain = Extractor(), Extractor()
    return ex, CandidateRecorder(ex.figures), plain


def _run(ex, rec, key):
    rec.start()
    out = ex.extract(ArticleInput(key, None, TEXTS[key], PUB, None))
    return out["figures"], rec.candidates(out["figures"])


def test_own_fields_hook_leaves_the_rules_output_identical(pair_of_extractors):
    ex, rec, plain = pair_of_extractors
    for key in TEXTS:
        figs, _c = _run(ex, rec, key)
        assert figs == plain.extract(ArticleInput(key, None, TEXTS[key], PUB, None))["figures"], key
    assert sys.getprofile() is None  # the hook is set only during one call of _figure


def test_hook_restores_and_chains_a_profiler_already_set(pair_of_extractors):
    ex, rec, _plain = pair_of_extractors
    calls = []

    def mine(frame, event, arg):
        calls.append(event)

    sys.setprofile(mine)
    try:
        _run(ex, rec, "stadium")
        assert sys.getprofile() is mine
    finally:
        sys.setprofile(None)
    assert calls  # the earlier profiler still saw the calls


def test_probe_reads_locals_at_return():
    class Toy:
        def f(self, x):
            metric = "aid"
            if x:
                return None
            reporter, partner = "NOR", "MWI"
            return None

    t = Toy()
    probe = own_fields_probe(t.f)
    t.f(True)
    probe.stop()
    assert probe.locals == {"metric": "aid"} and probe.line == 3
    probe = own_fields_probe(t.f)
    t.f(False)
    probe.stop()
    assert probe.locals == {"metric": "aid", "reporter": "NOR", "partner": "MWI"}


def test_own_fields_from_locals_and_rows():
    own = own_fields({"metric": "trade", "reporter": "GHA", "partner": "BRA",
                      "period": None}, 500, None)
    assert own["reached"] == ["metric", "parties", "period"] and own["period"] is None and own["line"] == 500
    own = own_fields({"metric": None, "give_pair": ("JPN", "MOZ")}, 170, None)
    assert (own["reporter"], own["partner"]) == ("JPN", "MOZ") and own["reached"] == ["metric", "parties"]
    assert own_fields({}, 19, None)["reached"] == []
    row = {"metric": "exports", "reporter_iso3": "CHL", "partner_iso3": "KOR", "period_start": dt.date(2019, 1, 1),
           "period_end": dt.date(2019, 12, 31)}
    own = own_fields({}, None, row)
    assert own["metric"] == "exports" and own["period"] == (dt.date(2019, 1, 1), dt.date(2019, 12, 31))


def test_candidates_carry_own_fields_and_field_context(pair_of_extractors):
    ex, rec, _plain = pair_of_extractors
    _f, cands = _run(ex, rec, "ghana")
    c = cands[0]
    assert c["status"] == "final" and c["own"]["metric"] == "trade" and {c["own"]["reporter"], c["own"]["partner"]} == {"GHA", "BRA"}
    assert [iso for iso, _o in c["fctx"]["sent"]] == ["GHA", "BRA"] and all(o < 0 for _i, o in c["fctx"]["sent"])
    assert c["fctx"]["years"][0][0] == dt.date(2020, 1, 1)
    _f, cands = _run(ex, rec, "loan")  # an interest payment: refused before any field is computed
    refused = [c for c in cands if c["status"] == "refused"]
    assert refused and refused[0]["own"]["reached"] == []


FCTX = {"sent": [("GHA", -30), ("BRA", 12)], "art": ["GHA", "BRA", "USA"], "story": ("GHA", "BRA"), "last": None,
        "home": None, "years": [(dt.date(2020, 1, 1), dt.date(2020, 12, 31), 20)], "carry": None, "published": PUB,
        "cues": [("exports", 1.0, 8), ("trade", 0.5, 3)], "last_metric": "trade", "near": ["worth", "in"],
        "modal": False, "past": True}


def test_pair_options_both_orders_and_own_marked():
    own = {"reporter": "GHA", "partner": "BRA", "reached": ["metric", "parties"]}
    opts = dict(pair_options(FCTX, own))
    assert ("GHA", "BRA") in opts and ("BRA", "GHA") in opts and ("GHA", "USA") in opts
    assert all(x != y for x, y in opts)
    assert "p:own:exact" in opts["GHA", "BRA"] and "p:own:rev" in opts["BRA", "GHA"]
    assert "p:first:rep" in opts["GHA", "BRA"] and "p:first:par" in opts["BRA", "GHA"]
    assert "p:own:none" in dict(pair_options(FCTX, {"reached": []}))["GHA", "BRA"]
    assert pair_options({"sent": [("GHA", 3)]}, {}) == []  # one country: no pair


def test_metric_options_are_the_six_with_own_and_cue():
    opts = dict(metric_options(FCTX, {"metric": "trade", "reached": ["metric"]}))
    assert set(opts) == {"trade", "exports", "imports", "investment", "aid", "other"}
    assert "m:own:same" in opts["trade"] and "m:own:other" in opts["aid"]
    assert "m:cue1:True" in opts["exports"] and "m:cue1:False" in opts["trade"] and "m:last" in opts["trade"]
    assert "m:own:unreached" in dict(metric_options(FCTX, {"reached": []}))["aid"]


def test_year_options_merge_sources_and_offer_none():
    own = {"period": (dt.date(2020, 1, 1), dt.date(2020, 12, 31)), "reached": ["metric", "parties", "period"]}
    fctx = dict(FCTX, carry=(dt.date(2019, 1, 1), dt.date(2019, 12, 31)))
    opts = dict(year_options(fctx, own))
    y2020 = (dt.date(2020, 1, 1), dt.date(2020, 12, 31))
    assert set(opts) == {y2020, (dt.date(2019, 1, 1), dt.date(2019, 12, 31)), (dt.date(2021, 1, 1), dt.date(2021, 12, 31)), None}
    assert "y:own" in opts[y2020] and "y:sent1_after" in opts[y2020] and "y:nsrc:2" in opts[y2020]
    assert "y:carry" in opts[dt.date(2019, 1, 1), dt.date(2019, 12, 31)] and "y:none" in opts[None]


def test_vocabulary_counts_sets_not_rows():
    rows = [["w:a", "w:b"], ["w:a", "w:b"], ["w:a"], ["w:c"]]
    assert F.set_vocab(rows, ["s1", "s1", "s2", "s3"], 2) == {"w:a": 0}  # w:b twice, but in one set
    assert F.set_vocab(rows, ["s1", "s1", "s2", "s3"], 1) == {"w:a": 0, "w:b": 1, "w:c": 2}


def test_a_day_in_the_sentence_offers_its_year():
    fctx = dict(FCTX, years=[(dt.date(2019, 3, 3), dt.date(2019, 3, 3), -12)])
    opts = dict(year_options(fctx, {"reached": []}))
    assert "y:sent1_before" in opts[dt.date(2019, 1, 1), dt.date(2019, 12, 31)]


def test_option_record_and_labels():
    gold = {"reporter_iso3": "GHA", "partner_iso3": "BRA", "metric": "trade", "value_usd": 3e9, "year": 2020}
    c = {"targets": [gold], "fctx": FCTX, "own": {"reached": []}, "status": "refused"}
    labels = F.option_labels(c, "parties", pair_options(FCTX, {}))
    right = [v for (v, _f), y in zip(pair_options(FCTX, {}), labels) if y]
    assert set(right) == {("GHA", "BRA"), ("BRA", "GHA")}  # trade: undirected
    directed = dict(gold, metric="exports", directed=True)
    c["targets"] = [directed]
    right = [v for (v, _f), y in zip(pair_options(FCTX, {}), F.option_labels(c, "parties", pair_options(FCTX, {}))) if y]
    assert right == [("GHA", "BRA")]
    assert option_record("year", None) == {"period_start": None, "period_end": None}
    assert option_record("metric", "aid", {"value": 1}) == {"value": 1, "metric": "aid"}


def test_field_models_learn_own_words_and_choose():
    """Three toy candidates whose gold is always the sentence's first cue metric, the pair in sentence order and the
    sentence's year; the models trained on them choose those for a fourth."""
    def cand(metric_cue, own_metric, gold_metric):
        gold = {"reporter_iso3": "GHA", "partner_iso3": "BRA", "metric": gold_metric, "value_usd": 1e9, "year": 2020,
                "directed": True}
        fctx = dict(FCTX, cues=[(metric_cue, 1.0, 4)])
        return {"fctx": fctx, "own": {"metric": own_metric, "reporter": None, "partner": None, "reached": ["metric"]},
                "status": "refused", "targets": [gold], "kind": "missed", "set": metric_cue,
                "record": {"value_usd": 1e9, "value": 1e9, "currency": "USD"}}
    train = [cand("exports", None, "exports"), cand("aid", "trade", "aid"), cand("investment", None, "investment"),
             cand("imports", "trade", "imports")]
    fm = F.FieldModels(train, l2=0.1, iters=200, min_count=1)
    test = cand("exports", "trade", "exports")
    ch = fm.choose(test)
    assert ch["metric"][0] == "exports" and ch["parties"][0] == ("GHA", "BRA")
    assert ch["year"][0] == (dt.date(2020, 1, 1), dt.date(2020, 12, 31))
    assert F._whole(test, F.record_of(test, ch))


def test_apply_layer_fixes_adds_and_does_not_double():
    rule = {"reporter_iso3": "GHA", "partner_iso3": "BRA", "metric": "trade", "value": 3e9, "period_start": None}
    fixed = dict(rule, metric="exports")
    added = {"reporter_iso3": "PER", "partner_iso3": "ESP", "metric": "aid", "value": 4e7, "period_start": None}
    it = {"cands": [{"status": "final", "record": rule}, {"status": "refused", "record": None},
                    {"status": "refused", "record": added}, {"status": "refused", "record": dict(added)}]}
    props = {0: ("fix", 0.5, fixed), 2: ("add", 0.8, added), 3: ("add", 0.9, dict(added))}
    assert F.apply_layer(it, props, 1.01, 1.01) == [rule]
    assert F.apply_layer(it, props, 0.7, 0.4) == [fixed, added]
    assert F.apply_layer(it, props, 0.85, 0.6) == [rule, added]
    # the rules' sum between the same two countries, told again with another metric or year: not added twice
    again = dict(rule, metric="aid", period_start="2020-01-01")
    it2 = {"cands": [{"status": "final", "record": rule}, {"status": "refused", "record": again}]}
    assert F.apply_layer(it2, {1: ("add", 0.9, again)}, 0.5, 1.01) == [rule]
