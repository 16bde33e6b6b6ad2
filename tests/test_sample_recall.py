"""Acceptance: the extractors find >= 90% of the sample's gold visits and figures, right status and qualifier.

Runs the real Extractor over data/sample/briefs/*.csv and scores it against data/sample/gold/*.jsonl
with newslens.evaluate (the matching rules are in its module docstring). Precision is printed
(``pytest -s``) but not asserted: the acceptance bar is recall.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from newslens import evaluate

ROOT = Path(__file__).resolve().parents[1]
BRIEFS = ROOT / "data" / "sample" / "briefs"
GOLD = ROOT / "data" / "sample" / "gold"
MIN_RECALL = 0.90


@pytest.fixture(scope="module")
def sample_report() -> dict:
    from newslens.extract import Extractor

    gold_files = sorted(GOLD.glob("*.jsonl"))
    assert gold_files and sorted(BRIEFS.glob("*.csv")), f"the sample dataset is missing from {BRIEFS} / {GOLD}"

    items = evaluate.load_gold(gold_files)
    assert items, f"{GOLD} holds no gold items"
    assert all(i["source"]["kind"] == "sample" for i in items), "sample gold must point at sample briefs"
    report = evaluate.score(evaluate.run_extractor(items, Extractor(), briefs_dir=BRIEFS))
    print("\n" + evaluate.format_report(report, details=True))
    return report


def test__sample__no_extractor_errors(sample_report):
    errors = [(i["id"], i["error"]) for i in sample_report["items"] if i["error"]]
    assert not errors


def test__sample__visit_recall_with_status(sample_report):
    visits = sample_report["visits"]
    assert visits["tp"] + visits["fn"] > 0, "the sample gold has no visits"
    missed = [(i["id"], v) for i in sample_report["items"] for v in i["visit_fn"]]
    assert visits["recall"] >= MIN_RECALL, f"visit recall {visits['recall']} < {MIN_RECALL}; missed: {missed}"


def test__sample__figure_recall_with_qualifier(sample_report):
    strict = sample_report["figures_strict"]
    assert strict["tp"] + strict["fn"] > 0, "the sample gold has no figures"
    missed = [(i["id"], f) for i in sample_report["items"] for f in i["figure_fn"]]
    wrong = [(i["id"], w["gold"].get("qualifier"), w["record"].get("qualifier")) for i in sample_report["items"]
             for w in i["wrong_qualifier"]]
    assert strict["recall"] >= MIN_RECALL, (
        f"figure recall (right qualifier) {strict['recall']} < {MIN_RECALL}; missed: {missed}; wrong qualifier: {wrong}")
