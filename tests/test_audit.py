"""newslens.audit: verdicts on extracted records, re-scored on the current tree (own-words stories; the committed
audit files against ../shared)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from newslens.audit import format_report, load_audit, record_key, rescore
from newslens.evaluate import GoldError, resolve_source

AUDIT_DIR = Path(__file__).resolve().parent / "gold" / "audit"


class StubExtractor:
    """Gives fixed visit records per article id, so the bookkeeping is tested apart from the rules."""

    def __init__(self, by_id: dict[str, list[dict]]):
        self.by_id = by_id

    def extract(self, article):
        return {"visits": self.by_id.get(article.article_id, []), "figures": []}


def _rec(visitor, host, status="occurred", start=None, precision="unknown", domestic=False, **extra):
    return {"visitor_id": visitor, "visitor_iso3": visitor.removeprefix("country:") if visitor.startswith("country:") else "PRK",
            "host_iso3": host, "status": status, "date_start": start, "date_end": start, "date_precision": precision,
            "is_domestic": domestic, **extra}


def _item(item_id, records):
    return {"id": item_id, "source": {"kind": "text", "text": "A delegation arrived in the capital on Monday.",
                                      "published_date": "2012-05-09"}, "records": records}


def _write(tmp_path, items):
    path = tmp_path / "audit.jsonl"
    path.write_text("".join(json.dumps(i) + "\n" for i in items), encoding="utf-8")
    return path


def test__rescore__kept_gone_and_new_records_are_counted_apart(tmp_path):
    right = _rec("country:MNG", "PRK", start="2012-05-07", precision="day") | {"verdict": "right"}
    wrong = _rec("country:CHE", "PRK") | {"verdict": "wrong", "not_a_visit": True}
    lost = _rec("country:NPL", "PRK", start="2012-05", precision="month") | {"verdict": "right"}
    items = load_audit([_write(tmp_path, [_item("a1", [right, wrong, lost])])])
    now = [_rec("country:MNG", "PRK", start="2012-05-07", precision="day"),  # kept, judged right
           _rec("country:CHE", "PRK"),                                       # kept, judged wrong
           _rec("country:PER", "PRK")]                                       # new, not judged
    report = rescore(items, StubExtractor({"a1": now}))
    s = report["scopes"]["foreign"]
    assert (s["judged"], s["kept_right"], s["kept_wrong"], s["gone_right"], s["gone_wrong"], s["new"]) == (3, 1, 1, 1, 0, 1)
    assert (s["precision_judged"], s["precision_low"], s["precision_high"]) == (0.5, 0.333, 0.667)
    assert "lost ok" in format_report(report) and "country:PER" in format_report(report, listing=True)


def test__rescore__a_changed_field_makes_a_new_record_and_a_gone_one(tmp_path):
    judged = _rec("country:MNG", "PRK", start="2012-05-07", precision="day") | {"verdict": "wrong", "wrong_fields": ["date"]}
    items = load_audit([_write(tmp_path, [_item("a1", [judged])])])
    report = rescore(items, StubExtractor({"a1": [_rec("country:MNG", "PRK", start="2012-05", precision="month")]}))
    s = report["scopes"]["foreign"]
    assert (s["gone_wrong"], s["new"], s["kept_wrong"]) == (1, 1, 0)


def test__rescore__domestic_records_are_scored_apart(tmp_path):
    items = load_audit([_write(tmp_path, [_item("a1", [_rec("person:kim-jong-un", "PRK", domestic=True) | {"verdict": "right"}])])])
    report = rescore(items, StubExtractor({"a1": [_rec("person:kim-jong-un", "PRK", domestic=True)]}))
    assert report["scopes"]["domestic"]["kept_right"] == 1 and report["scopes"]["foreign"]["judged"] == 0


def test__record_key__dates_and_flags_compare_as_text():
    import datetime as dt
    a = _rec("country:MNG", "PRK", start=dt.date(2012, 5, 7), precision="day")
    b = _rec("country:MNG", "PRK", start="2012-05-07", precision="day", is_domestic=0)
    assert record_key(a) == record_key(b)


def test__load_audit__a_bad_verdict_names_file_and_line(tmp_path):
    bad = _item("a1", [_rec("country:MNG", "PRK") | {"verdict": "maybe"}])
    path = _write(tmp_path, [_item("a0", []), bad])
    with pytest.raises(GoldError, match=r"audit.jsonl:2 \(a1\): verdict must be"):
        load_audit([path])


def test__load_audit__a_broken_line_names_file_and_line(tmp_path):
    path = tmp_path / "audit.jsonl"
    path.write_text('{"id": "a0", "records": []}\n{not json\n', encoding="utf-8")
    with pytest.raises(GoldError, match=r"audit.jsonl:2: not JSON"):
        load_audit([path])


@pytest.mark.parametrize("path", sorted(AUDIT_DIR.glob("*.jsonl")), ids=lambda p: p.name)
def test__audit_files__every_story_resolves_and_no_text_is_stored(shared_dir, path):
    items = load_audit([path])
    assert items
    for item in items:
        assert set(item["source"]) == {"kind", "file", "where"} and item["source"]["kind"] == "shared"
        assert resolve_source(item, shared=shared_dir).text
        for rec in item["records"]:
            assert "evidence" not in rec and "reason" not in rec
