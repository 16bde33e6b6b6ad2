"""The session-15 visit model: candidates, features, the weights the trainer writes, and its held-out guard.

Fixtures are our own sentences (people and dates are facts; the wording is ours).
"""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from newslens import train_visits as tv
from newslens.extract.text import sentence_spans
from newslens.extract.visit_model import (STATUSES, CueFinder, VisitModel, added_records,
                                          article_candidates)

STORY = ("Chinese President Xi Jinping flew to Moscow on Monday for three days of talks with Vladimir Putin. "
         "He will go on to Kazakhstan next week, officials said.")


def _cands(extractor, text=STORY, published=dt.date(2023, 3, 20), rule_visits=()):
    starts = [s for s, _e in sentence_spans(text)]
    mentions = extractor.mentions.find(text, published, starts)
    return article_candidates(text, sentence_spans(text), mentions, extractor.places, CueFinder(), None, None,
                              list(rule_visits))


def test_features_are_deterministic(extractor):
    a = [(c.vkey, c.host_iso3, c.hkind, list(c.feats)) for c in _cands(extractor)]
    b = [(c.vkey, c.host_iso3, c.hkind, list(c.feats)) for c in _cands(extractor)]
    assert a == b
    pairs = {(c.vkey, c.host_iso3) for c in _cands(extractor)}
    assert ("person:xi-jinping", "RUS") in pairs  # the traveller and the capital he flew to
    assert ("person:xi-jinping", "KAZ") in pairs  # "he" of the second sentence: the previous sentence's visitor
    assert not any(v == "person:xi-jinping" and h == "CHN" for v, h in pairs)  # never his own country


def test_features_name_cues_words_and_rules(extractor):
    rule = {"visitor_id": "person:xi-jinping", "visitor_iso3": "CHN", "host_iso3": "RUS", "status": "occurred",
            "char_start": 0, "char_end": 100}
    cands = _cands(extractor, rule_visits=[rule])
    moscow = next(c for c in cands if c.vkey == "person:xi-jinping" and c.host_iso3 == "RUS" and c.hkind == "capital")
    assert "r_pair" in moscow.feats and "r_st=occurred" in moscow.feats
    assert "b=flew" in moscow.feats and "ord=vh" in moscow.feats and "pos=lede" in moscow.feats
    assert any(f.startswith("cue=") for f in moscow.feats)
    kaz = next(c for c in cands if c.vkey == "person:xi-jinping" and c.host_iso3 == "KAZ")
    assert "r_nopair" in kaz.feats and "m=will" in kaz.feats


def test_written_model_loads_and_scores(tmp_path, extractor):
    """``--out`` writes the weights with a header naming what they were trained on; the file loads and scores."""
    gold = _gold_file(tmp_path / "s1.jsonl", [
        ("Vladimir Putin went to Beijing on Monday, while Emmanuel Macron stayed in Paris.",
         [{"visitor_id": "person:vladimir-putin", "host_iso3": "CHN", "status": "occurred", "date": None}]),
        ("Angela Merkel spoke of Japan at home in Berlin.", [])])
    out = tmp_path / "model.json"
    assert tv.main(["--gold", str(gold), "--out", str(out)]) == 0
    raw = json.loads(out.read_text(encoding="utf-8"))
    assert raw["header"]["items"] == 2 and raw["header"]["gold_files"]
    assert not any(tv.is_held_out(f) for f in raw["header"]["gold_files"])  # trained on the files it was given only
    assert out.stat().st_size < 1_000_000
    model = VisitModel.load(out)
    p = model.score(["bias", "hk=capital", "b=visited"])
    assert 0.0 < p < 1.0
    assert model.status(["m=will", "m=visit"]) in STATUSES


def test_added_record_has_evidence_confidence_and_extractor(extractor):
    sure = VisitModel({"weights": {"bias": 4.0}, "status_weights": {}, "t_add": 0.5})
    cands = _cands(extractor)
    text = STORY
    out = added_records(sure, text, cands, [], extractor.dates, dt.date(2023, 3, 20), False, "a1", None)
    xi_rus = [r for r in out if r["visitor_id"] == "person:xi-jinping" and r["host_iso3"] == "RUS"]
    assert len(xi_rus) == 1
    r = xi_rus[0]
    assert r["extractor"] == "rules+model"
    assert r["evidence"] == text[r["char_start"]:r["char_end"]] and "Moscow" in r["evidence"]
    assert 0.5 <= r["confidence"] <= 1.0 and r["visit_id"]
    # a pair the rules already gave is not added again, and a doubtful model adds nothing
    rule = dict(r, extractor="rules")
    again = added_records(sure, text, cands, [rule], extractor.dates, None, False, "a1", None)
    assert sum(1 for x in again if x["visitor_id"] == "person:xi-jinping" and x["host_iso3"] == "RUS") == 1
    unsure = VisitModel({"weights": {"bias": -4.0}, "status_weights": {}, "t_add": 0.5})
    assert added_records(unsure, text, cands, [rule], extractor.dates, None, False, "a1", None) == [rule]


def _gold_file(path: Path, rows) -> Path:
    with open(path, "w", encoding="utf-8") as fh:
        for i, (text, visits) in enumerate(rows):
            fh.write(json.dumps({"id": f"{path.stem}-{i}", "source": {"kind": "text", "text": text,
                                                                      "published_date": "2019-05-06"},
                                 "visits": visits, "figures": []}) + "\n")
    return path


def test_trainer_separates_its_own_positives(tmp_path, extractor, monkeypatch):
    v = lambda who, iso: {"visitor_id": who, "host_iso3": iso, "status": "occurred", "date": None}  # noqa: E731
    files = [
        _gold_file(tmp_path / "s1.jsonl", [
            ("Vladimir Putin went to Beijing, while Emmanuel Macron stayed in Paris.", [v("person:vladimir-putin", "CHN")]),
            ("Angela Merkel spoke of Japan at home in Berlin.", [])]),
        _gold_file(tmp_path / "s2.jsonl", [
            ("Shinzo Abe went to Delhi; Donald Trump talked about India in Washington.", [v("person:shinzo-abe", "IND")]),
            ("Moon Jae-in spoke of Russia at home in Seoul.", [])]),
        _gold_file(tmp_path / "s3.jsonl", [
            ("Narendra Modi went to Tokyo, and Justin Trudeau praised Japan in Ottawa.", [v("person:narendra-modi", "JPN")]),
            ("Xi Jinping spoke of Canada at home in Beijing.", [])]),
    ]
    monkeypatch.setattr(tv, "ADD_ONLY", False)
    monkeypatch.setattr(tv, "MIN_COUNT", 2)
    items = tv.load_items(files, extractor)
    tv.add_candidates(items, extractor)
    assert sum(sum(it["labels"]) for it in items) >= 3
    model = VisitModel(tv.train(items, extractor.dates))
    pos = [model.score(c.feats) for it in items for c, y in zip(it["cands"], it["labels"]) if y]
    neg = [model.score(c.feats) for it in items for c, y in zip(it["cands"], it["labels"]) if not y]
    assert neg and min(pos) > max(neg)


@pytest.mark.parametrize("name", ["tests/gold/blind59.jsonl", "tests/gold/blind60.jsonl", "blind43.jsonl",
                                  "tests/gold/probes/visits_held.jsonl", "tests/gold/audit/visits_audit4.jsonl",
                                  "/tmp/s15/held/x.jsonl"])
def test_trainer_refuses_held_out_files(name):
    with pytest.raises(tv.HeldOutError):
        tv.refuse_held_out([name])
    with pytest.raises(tv.HeldOutError):
        tv.main(["--gold", name, "--out", "/dev/null"])


def test_development_files_exclude_held_out():
    names = {f.name for f in tv.dev_gold_files()}
    assert "blind55.jsonl" in names and "dev.jsonl" in names and "blind57.jsonl" in names  # (s18: 56-58 released)
    assert not names & {"blind43.jsonl", "blind50.jsonl", "blind51.jsonl", "blind59.jsonl", "blind60.jsonl"}
