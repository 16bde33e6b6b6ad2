"""The evaluator's matching rules, gold reading and command line, on hand-written records."""
from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import pytest

from newslens import evaluate
from newslens.evaluate import (GoldError, figure_field_checks, gold_date_range, load_gold, match_figures,
                               match_visits, prf, resolve_source, score, visit_field_checks)

GOLD_DIR = Path(__file__).parent / "gold"


def visit(**kw):
    """An extracted visit record with the usual defaults (Kim Jong Il in Russia, 24 Aug 2011)."""
    rec = {"visitor_id": "person:kim-jong-il", "visitor_iso3": "PRK", "host_iso3": "RUS", "status": "occurred",
           "date_start": "2011-08-24", "date_end": "2011-08-24", "date_precision": "day"}
    rec.update(kw)
    return rec


def figure(**kw):
    """An extracted figure record with the usual defaults (Russia-China trade, $83.5 billion, 2011)."""
    rec = {"reporter_iso3": "RUS", "partner_iso3": "CHN", "metric": "trade", "value": 83.5e9, "currency": "USD",
           "value_usd": 83.5e9, "period_start": "2011-01-01", "period_end": "2011-12-31", "qualifier": "actual"}
    rec.update(kw)
    return rec


GOLD_VISIT = {"visitor_id": "person:kim-jong-il", "host_iso3": "RUS", "status": "occurred", "date": "2011-08"}
GOLD_FIGURE = {"reporter_iso3": "RUS", "partner_iso3": "CHN", "metric": "trade", "value_usd": 83.5e9,
               "year": 2011, "qualifier": "actual"}


@pytest.mark.parametrize("text, expected", [
    ("2011", ("2011-01-01", "2011-12-31", "year")),
    ("2011-02", ("2011-02-01", "2011-02-28", "month")),
    ("2012-02", ("2012-02-01", "2012-02-29", "month")),
    ("2011-12", ("2011-12-01", "2011-12-31", "month")),
    ("2011-08-24", ("2011-08-24", "2011-08-24", "day")),
])
def test__gold_date_range__precisions(text, expected):
    lo, hi, precision = gold_date_range(text)
    assert (lo.isoformat(), hi.isoformat(), precision) == expected


@pytest.mark.parametrize("text", ["2011-13", "Aug 2011", "2011-08-24-1", "2011-02-30"])
def test__gold_date_range__rejects_bad_dates(text):
    with pytest.raises(GoldError):
        gold_date_range(text)


def test__gold_date_range__null_is_none():
    assert gold_date_range(None) is None


@pytest.mark.parametrize("record, expected", [
    (visit(), {"visitor": True, "host": True, "status": True, "date": True}),
    (visit(visitor_id="person:kim-jong-un"), {"visitor": False, "host": True, "status": True, "date": True}),
    (visit(host_iso3="CHN"), {"visitor": True, "host": False, "status": True, "date": True}),
    (visit(status="planned"), {"visitor": True, "host": True, "status": False, "date": True}),
    # a day in another month
    (visit(date_start="2011-09-02", date_end="2011-09-02"), {"visitor": True, "host": True, "status": True, "date": False}),
    # a range reaching into the gold month overlaps it
    (visit(date_start="2011-07-30", date_end="2011-08-02"), {"visitor": True, "host": True, "status": True, "date": True}),
    # date_end missing: the start alone is the date
    (visit(date_end=None), {"visitor": True, "host": True, "status": True, "date": True}),
    # a whole-month record matches a month gold
    (visit(date_start="2011-08-01", date_end="2011-08-31", date_precision="month"),
     {"visitor": True, "host": True, "status": True, "date": True}),
    # a year-only record is less precise than the gold month: no match although the ranges overlap
    (visit(date_start="2011-01-01", date_end="2011-12-31", date_precision="year"),
     {"visitor": True, "host": True, "status": True, "date": False}),
    (visit(date_start=None, date_end=None, date_precision="unknown"),
     {"visitor": True, "host": True, "status": True, "date": False}),
])
def test__visit_field_checks__each_field(record, expected):
    assert visit_field_checks(GOLD_VISIT, record) == expected


def test__visit_field_checks__null_gold_date_needs_an_undated_record():
    gold = dict(GOLD_VISIT, date=None, status="invited")
    undated = visit(status="invited", date_start=None, date_end=None, date_precision="unknown")
    dated = visit(status="invited")
    assert visit_field_checks(gold, undated)["date"] is True
    assert visit_field_checks(gold, dated)["date"] is False


def test__visit_field_checks__country_visitor_matches_any_person_of_that_country():
    gold = {"visitor_iso3": "CHN", "host_iso3": "PRK", "status": "occurred", "date": "2011-05-20"}
    person = visit(visitor_id="person:wang-jiarui", visitor_iso3="CHN", host_iso3="PRK",
                   date_start="2011-05-20", date_end="2011-05-20")
    country = visit(visitor_id="country:CHN", visitor_iso3=None, host_iso3="PRK",
                    date_start="2011-05-20", date_end="2011-05-20")
    other = dict(person, visitor_iso3="RUS", visitor_id="person:someone")
    assert visit_field_checks(gold, person)["visitor"] is True
    assert visit_field_checks(gold, country)["visitor"] is True
    assert visit_field_checks(gold, other)["visitor"] is False


def test__visit_field_checks__pandas_missing_values_are_missing():
    pd = pytest.importorskip("pandas")
    rec = visit(date_start=pd.NaT, date_end=pd.NaT, date_precision="unknown", visitor_iso3=pd.NA)
    gold = dict(GOLD_VISIT, date=None)
    assert visit_field_checks(gold, rec)["date"] is True


def test__match_visits__one_to_one_counts():
    """Two gold visits, three records: one exact, one with the wrong status, one duplicate.

    gold:    KJI->RUS occurred 2011-08 | KJI->CHN occurred 2011-08
    records: KJI->RUS occurred 08-24   | KJI->RUS occurred 08-24 (duplicate) | KJI->CHN planned 08-25
    -> tp 1 (RUS), fn 1 (CHN, status wrong), fp 2 (duplicate, planned CHN)
    """
    gold = [GOLD_VISIT, dict(GOLD_VISIT, host_iso3="CHN")]
    records = [visit(), visit(), visit(host_iso3="CHN", status="planned", date_start="2011-08-25", date_end="2011-08-25")]
    result = match_visits(gold, records)
    assert result.counts() == {"tp": 1, "fp": 2, "fn": 1}
    assert result.missed == [1]
    assert result.spurious == [1, 2] or result.spurious == [0, 2]
    relaxed = match_visits(gold, records, ignore=["status"])
    assert relaxed.counts() == {"tp": 2, "fp": 1, "fn": 0}


def test__match_visits__maximum_matching_not_greedy():
    """Record 0 fits both gold items, record 1 only the first; a greedy pass would pair gold 0 with
    record 0 and leave gold 1 unmatched. The maximum matching pairs (0, 1) and (1, 0)."""
    gold = [dict(GOLD_VISIT, date="2011"), dict(GOLD_VISIT, date="2011-08")]
    records = [visit(), visit(date_start="2011-03-01", date_end="2011-03-01")]
    result = match_visits(gold, records)
    assert result.pairs == [(0, 1), (1, 0)]
    assert result.counts() == {"tp": 2, "fp": 0, "fn": 0}


def test__match_visits__empty_gold_counts_every_record_false_positive():
    assert match_visits([], [visit(), visit(host_iso3="CHN")]).counts() == {"tp": 0, "fp": 2, "fn": 0}
    assert match_visits([], []).counts() == {"tp": 0, "fp": 0, "fn": 0}


def test__match_visits__unknown_field_to_ignore_raises():
    with pytest.raises(ValueError):
        match_visits([GOLD_VISIT], [visit()], ignore=["colour"])


def test__foreign_visits__drops_domestic_records():
    records = [visit(), visit(host_iso3="PRK", is_domestic=True), visit(is_domestic=False), visit(is_domestic=None)]
    assert len(evaluate.foreign_visits(records)) == 3


@pytest.mark.parametrize("record, expected", [
    (figure(), {"parties": True, "metric": True, "value": True, "year": True}),
    # parties unordered by default
    (figure(reporter_iso3="CHN", partner_iso3="RUS"), {"parties": True, "metric": True, "value": True, "year": True}),
    (figure(partner_iso3="KOR"), {"parties": False, "metric": True, "value": True, "year": True}),
    (figure(partner_iso3=None), {"parties": False, "metric": True, "value": True, "year": True}),
    (figure(metric="exports"), {"parties": True, "metric": False, "value": True, "year": True}),
    # within 2 %: 83.5e9 * 1.019 passes, * 1.03 does not
    (figure(value_usd=83.5e9 * 1.019), {"parties": True, "metric": True, "value": True, "year": True}),
    (figure(value_usd=83.5e9 * 1.03), {"parties": True, "metric": True, "value": False, "year": True}),
    (figure(value_usd=None), {"parties": True, "metric": True, "value": False, "year": True}),
    # a first-half period inside the gold year overlaps it; a period in another year does not
    (figure(period_start="2011-01-01", period_end="2011-06-30"), {"parties": True, "metric": True, "value": True, "year": True}),
    (figure(period_start="2012-01-01", period_end="2012-12-31"), {"parties": True, "metric": True, "value": True, "year": False}),
    (figure(period_start=None, period_end=None), {"parties": True, "metric": True, "value": True, "year": False}),
])
def test__figure_field_checks__each_field(record, expected):
    assert figure_field_checks(GOLD_FIGURE, record) == expected


def test__figure_field_checks__directed_gold_wants_the_order():
    gold = dict(GOLD_FIGURE, reporter_iso3="CHN", partner_iso3="PRK", metric="exports", directed=True)
    right = figure(reporter_iso3="CHN", partner_iso3="PRK", metric="exports")
    flipped = figure(reporter_iso3="PRK", partner_iso3="CHN", metric="exports")
    assert figure_field_checks(gold, right)["parties"] is True
    assert figure_field_checks(gold, flipped)["parties"] is False


def test__figure_field_checks__non_dollar_gold_compares_value_and_currency():
    gold = {"reporter_iso3": "RUS", "partner_iso3": "PRK", "metric": "trade", "value": 3.6e9, "currency": "RUB",
            "year": 2011, "qualifier": "actual"}
    rubles = figure(partner_iso3="PRK", value=3.6e9, currency="RUB", value_usd=None)
    yuan = figure(partner_iso3="PRK", value=3.6e9, currency="CNY", value_usd=None)
    assert figure_field_checks(gold, rubles)["value"] is True
    assert figure_field_checks(gold, yuan)["value"] is False


def test__figure_field_checks__range_gold_pins_both_ends():
    gold = dict(GOLD_FIGURE, value_usd=1.7e9, value_low=1.5e9, value_high=1.9e9)
    right = figure(value_usd=1.7e9, value_low=1.5e9, value_high=1.9e9)
    point = figure(value_usd=1.7e9, value_low=1.7e9, value_high=1.7e9)
    assert figure_field_checks(gold, right)["value"] is True
    assert figure_field_checks(gold, point)["value"] is False


def test__figure_field_checks__null_gold_year_needs_no_period():
    gold = dict(GOLD_FIGURE, year=None)
    assert figure_field_checks(gold, figure(period_start=None, period_end=None))["year"] is True
    assert figure_field_checks(gold, figure())["year"] is False


def test__match_figures__qualifier_is_not_part_of_the_match():
    result = match_figures([GOLD_FIGURE], [figure(qualifier="forecast")])
    assert result.counts() == {"tp": 1, "fp": 0, "fn": 0}


def test__prf__zero_safe():
    assert prf(0, 0, 0) == {"tp": 0, "fp": 0, "fn": 0, "precision": 0.0, "recall": 0.0, "f1": 0.0}
    assert prf(9, 1, 0)["precision"] == 0.9


def _result(item_id, gold_visits=(), gold_figures=(), visits=(), figures=()):
    return evaluate.ItemResult(item_id, None, list(gold_visits), list(gold_figures), list(visits), list(figures))


def test__score__totals_breakdown_and_qualifier():
    """Item a: visit matched, figure matched with the wrong qualifier. Item b: nothing to find, one
    spurious figure. -> visits 1/0/0; figures tp 1 fp 1; strict figures tp 0 (qualifier wrong)."""
    results = [
        _result("a", [GOLD_VISIT], [dict(GOLD_FIGURE, qualifier="forecast", is_record=True)],
                [visit()], [figure(is_record=False)]),
        _result("b", figures=[figure(evidence="A price of $5.")]),
    ]
    report = score(results)
    assert report["visits"] == {"tp": 1, "fp": 0, "fn": 0, "precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert (report["figures"]["tp"], report["figures"]["fp"], report["figures"]["fn"]) == (1, 1, 0)
    assert (report["figures_strict"]["tp"], report["figures_strict"]["fn"]) == (0, 1)
    assert report["qualifier"] == {"correct": 0, "matched": 1, "confusion": {"forecast->actual": 1}}
    assert report["is_record"] == {"correct": 0, "checked": 1}
    assert report["items"][1]["figure_fp"][0]["evidence"] == "A price of $5."
    text = evaluate.format_report(report, details=True)
    assert "QUALIFIER gold=forecast got=actual" in text
    assert "FP figure" in text and "A price of $5." in text


def test__score__per_field_breakdown_shows_what_to_fix():
    results = [_result("a", [GOLD_VISIT], visits=[visit(status="planned")])]
    report = score(results)
    assert report["visits"]["tp"] == 0
    assert report["visits_ignoring"]["status"]["tp"] == 1
    assert report["visits_ignoring"]["date"]["tp"] == 0


def test__score__location_accuracy_on_matched_visits():
    gold = dict(GOLD_VISIT, location_name="Ulan-Ude")
    results = [_result("a", [gold, dict(GOLD_VISIT, host_iso3="CHN", location_name="Dandong")],
                       visits=[visit(location_name="ulan-ude"), visit(host_iso3="CHN", location_name="Beijing")])]
    assert score(results)["location"] == {"correct": 1, "checked": 2}


def _write(tmp_path, lines):
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test__load_gold__reads_items_and_text_sources(tmp_path):
    item = {"id": "t1", "source": {"kind": "text", "text": "Our own sentence.", "published_date": "2011-08-08"},
            "visits": [GOLD_VISIT], "figures": []}
    items = load_gold([_write(tmp_path, [json.dumps(item), ""])])
    assert [i["id"] for i in items] == ["t1"]
    source = resolve_source(items[0])
    assert (source.text, source.published_date.isoformat(), source.title) == ("Our own sentence.", "2011-08-08", None)


@pytest.mark.parametrize("line, message", [
    ("{not json", "not JSON"),
    (json.dumps({"source": {"kind": "text", "text": "x"}}), "string 'id'"),
    (json.dumps({"id": "x", "source": {"kind": "web"}}), "source.kind"),
    (json.dumps({"id": "x", "source": {"kind": "text", "text": "x"}, "visits": [{"status": "occurred"}]}), "host_iso3"),
    (json.dumps({"id": "x", "source": {"kind": "text", "text": "x"}, "visits": [dict(GOLD_VISIT, date="August")]}), "bad gold date"),
    (json.dumps({"id": "x", "source": {"kind": "text", "text": "x"}, "figures": [{"metric": "trade"}]}), "value_usd"),
    (json.dumps({"id": "x", "source": {"kind": "shared", "file": "corpus/a.csv"}}), "'where' or 'row'"),
])
def test__load_gold__rejects_malformed_items(tmp_path, line, message):
    with pytest.raises(GoldError, match=message):
        load_gold([_write(tmp_path, [line])])


def test__load_gold__rejects_duplicate_ids_and_missing_files(tmp_path):
    line = json.dumps({"id": "x", "source": {"kind": "text", "text": "x"}})
    with pytest.raises(GoldError, match="duplicate"):
        load_gold([_write(tmp_path, [line, line])])
    with pytest.raises(GoldError, match="cannot read"):
        load_gold([tmp_path / "absent.jsonl"])


def test__resolve_source__shared_row_by_where_and_row(tmp_path):
    """A fake shared folder: a CSV with a date column carrying a time of day, as the kremlin file does."""
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "s.csv").write_text(
        "source_doc_id,date,sentence\n1,2012-06-05 02:00:00,First made-up line.\n2,2012-06-05 02:00:00,Second made-up line.\n")
    by_row = {"id": "r", "source": {"kind": "shared", "file": "corpus/s.csv", "row": 1, "where": {"source_doc_id": "2"}}}
    src = resolve_source(by_row, shared=tmp_path)
    assert (src.text, src.published_date.isoformat()) == ("Second made-up line.", "2012-06-05")
    by_where = {"id": "w", "source": {"kind": "shared", "file": "corpus/s.csv", "where": {"date": "2012-06-05", "source_doc_id": "1"}}}
    assert resolve_source(by_where, shared=tmp_path).text == "First made-up line."
    ambiguous = {"id": "a", "source": {"kind": "shared", "file": "corpus/s.csv", "where": {"date": "2012-06-05"}}}
    with pytest.raises(GoldError, match="selects 2 rows"):
        resolve_source(ambiguous, shared=tmp_path)
    wrong_check = {"id": "c", "source": {"kind": "shared", "file": "corpus/s.csv", "row": 0, "where": {"source_doc_id": "2"}}}
    with pytest.raises(GoldError, match="selects 0 rows"):
        resolve_source(wrong_check, shared=tmp_path)
    missing = {"id": "m", "source": {"kind": "shared", "file": "corpus/none.csv", "row": 0}}
    with pytest.raises(GoldError, match="does not exist"):
        resolve_source(missing, shared=tmp_path)


def test__resolve_source__sample_brief(tmp_path):
    (tmp_path / "visits.csv").write_text(
        "brief_id,title,published_date,source,url,text\nb1,A title,2019-04-25,Us,https://example.org/b1,Our words.\n")
    src = resolve_source({"id": "s", "source": {"kind": "sample", "brief_id": "b1"}}, briefs_dir=tmp_path)
    assert (src.title, src.text, src.url, src.published_date.isoformat()) == ("A title", "Our words.", "https://example.org/b1", "2019-04-25")
    with pytest.raises(GoldError, match="not found"):
        resolve_source({"id": "s", "source": {"kind": "sample", "brief_id": "zz"}}, briefs_dir=tmp_path)


def test__main__unreadable_gold_exits_non_zero(tmp_path, capsys):
    assert evaluate.main([str(tmp_path / "absent.jsonl")]) == 2
    assert "unreadable gold" in capsys.readouterr().err


class _FakeExtractor:
    """Returns fixed records whatever the text: the evaluator must score them, not trust them."""

    def extract(self, article):
        return {"visits": [visit(evidence=article.text)], "figures": [], "mentions": [], "topics": []}


def test__run_extractor__scores_what_the_extractor_returns(tmp_path):
    items = [{"id": "a", "source": {"kind": "text", "text": "Made-up text one.", "published_date": "2011-08-25"},
              "visits": [GOLD_VISIT], "figures": []},
             {"id": "b", "source": {"kind": "text", "text": "Made-up text two."}, "visits": [], "figures": []}]
    results = evaluate.run_extractor(items, _FakeExtractor(), clean=False, make_article=SimpleNamespace)
    report = score(results)
    assert (report["visits"]["tp"], report["visits"]["fp"], report["visits"]["fn"]) == (1, 1, 0)
    assert report["items"][1]["visit_fp"][0]["evidence"] == "Made-up text two."


def test__dev_gold__is_readable_and_large_enough():
    """The development gold set: at least 40 real items from ../shared plus our own sentences."""
    items = load_gold([GOLD_DIR / "dev.jsonl"])
    kinds = [i["source"]["kind"] for i in items]
    assert kinds.count("shared") >= 40
    assert kinds.count("text") >= 20
    statuses = {v["status"] for i in items for v in i["visits"]}
    assert statuses == {"invited", "planned", "occurred", "cancelled"}
    qualifiers = {f["qualifier"] for i in items for f in i["figures"]}
    assert qualifiers == {"actual", "estimate", "forecast", "target"}
    assert sum(1 for i in items if not i["visits"] and not i["figures"]) >= 10  # negatives


def test__fresh_gold__is_readable_and_ids_do_not_clash_with_dev():
    items = load_gold([GOLD_DIR / "dev.jsonl", GOLD_DIR / "fresh.jsonl"])
    fresh = [i for i in items if i["_file"].endswith("fresh.jsonl")]
    assert len(fresh) >= 30
    assert all(i["id"].startswith("fresh-") for i in fresh)


def test__gold__item_ids_are_unique_across_files():
    load_gold(sorted(GOLD_DIR.glob("*.jsonl")))  # raises GoldError on a duplicate id


@pytest.mark.parametrize("name", sorted(p.name for p in GOLD_DIR.glob("*.jsonl")))
def test__gold__every_shared_item_resolves(shared_dir, name):
    items = [i for i in load_gold([GOLD_DIR / name]) if i["source"]["kind"] == "shared"]
    for item in items:
        source = resolve_source(item, shared=shared_dir)
        assert source.text.strip(), item["id"]
        assert source.published_date is not None, item["id"]


def test__main__prints_table_and_writes_json(tmp_path, monkeypatch, capsys):
    """The command line with a stand-in extractor module: exit 0, a table, the JSON report."""
    import sys
    import types

    fake = types.ModuleType("newslens.extract")
    fake.Extractor = _FakeExtractor
    fake.ArticleInput = SimpleNamespace
    monkeypatch.setitem(sys.modules, "newslens.extract", fake)
    gold = {"id": "a", "source": {"kind": "text", "text": "Made-up text."}, "visits": [GOLD_VISIT], "figures": []}
    path = _write(tmp_path, [json.dumps(gold)])
    out = tmp_path / "report.json"
    assert evaluate.main([str(path), "--json", str(out), "--no-clean"]) == 0
    printed = capsys.readouterr().out
    assert "visits" in printed and "figures + right qualifier" in printed
    assert json.loads(out.read_text())["visits"]["tp"] == 1


def test__main__refuses_to_write_the_report_over_a_gold_file(tmp_path, capsys):
    """'--json $(ls gold/*.jsonl)' takes the first gold file as OUT: exit 2 with a message, the file untouched."""
    gold = {"id": "a", "source": {"kind": "text", "text": "Made-up text."}, "visits": [GOLD_VISIT], "figures": []}
    first = _write(tmp_path, [json.dumps(gold)])
    second = tmp_path / "second.jsonl"
    second.write_text(json.dumps(gold) + "\n")
    before = first.read_bytes()
    assert evaluate.main(["--json", str(first), str(second), "--no-clean"]) == 2
    assert "existing JSON Lines file" in capsys.readouterr().err
    assert first.read_bytes() == before


def test__score__missed_fact_shows_the_nearest_record():
    results = [_result("a", [GOLD_VISIT], visits=[visit(status="planned", evidence="He will go.")])]
    item = score(results)["items"][0]
    assert item["visit_near"][0]["differs"] == ["status"]
    text = evaluate.format_report(score(results), details=True)
    assert "nearest record differs in status" in text and "He will go." in text


def test__nearest__needs_half_the_fields():
    far = visit(visitor_id="person:x", host_iso3="CHN", status="planned")
    assert evaluate.nearest(GOLD_VISIT, [far], visit_field_checks) is None
    assert evaluate.nearest(GOLD_VISIT, [], visit_field_checks) is None


def test__agree__scores_a_second_annotator_like_an_extractor(tmp_path, capsys):
    """Two annotators' files paired by source (their ids differ): agreements, disagreements, items one skipped."""
    text_a = {"kind": "text", "text": "Made-up text about a trip.", "published_date": "2011-08-25"}
    text_b = {"kind": "text", "text": "Another made-up text.", "published_date": "2011-08-26"}
    text_c = {"kind": "text", "text": "A third text only the first annotator read."}
    first = [{"id": "x1", "source": text_a, "visits": [GOLD_VISIT], "figures": [GOLD_FIGURE]},
             {"id": "x2", "source": text_b, "visits": [dict(GOLD_VISIT, date="2011-08-25")], "figures": []},
             {"id": "x3", "source": text_c, "visits": [], "figures": []}]
    second = [{"id": "y2", "source": text_b, "visits": [dict(GOLD_VISIT, date="2011-08")], "figures": []},
              {"id": "y1", "source": text_a, "visits": [dict(GOLD_VISIT, date="2011-08-24")],
               "figures": [dict(GOLD_FIGURE, year=2012)]}]
    ref, other = _write(tmp_path, [json.dumps(i) for i in first]), tmp_path / "other.jsonl"
    other.write_text("\n".join(json.dumps(i) for i in second) + "\n")
    out = tmp_path / "agree.json"
    assert evaluate.main([str(ref), "--agree", str(other), "--json", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "2 items paired, 1 not annotated by the other file" in printed
    report = json.loads(out.read_text())
    # x1: a day inside the gold month agrees; x2: a month is less precise than the gold day -> disagree
    assert (report["visits"]["tp"], report["visits"]["fp"], report["visits"]["fn"]) == (1, 1, 1)
    # the figure's year differs: one false positive and one false negative
    assert (report["figures"]["tp"], report["figures"]["fp"], report["figures"]["fn"]) == (0, 1, 1)


def test__agree__unreadable_other_file_exits_non_zero(tmp_path, capsys):
    ref = _write(tmp_path, [json.dumps({"id": "a", "source": {"kind": "text", "text": "T."}, "visits": []})])
    assert evaluate.main([str(ref), "--agree", str(tmp_path / "absent.jsonl")]) == 2
    assert "unreadable gold" in capsys.readouterr().err


@pytest.mark.parametrize("name", sorted(p.name for p in (GOLD_DIR / "agreement").glob("*.jsonl")))
def test__agreement_files__pair_every_item_of_their_gold(name):
    """tests/gold/agreement/NAME is a second annotator's blind reading of tests/gold/NAME: same sources."""
    reference = load_gold([GOLD_DIR / name])
    other = load_gold([GOLD_DIR / "agreement" / name])
    results, missing = evaluate.agreement_results(reference, other)
    assert not missing and len(results) == len(reference) == len(other)
