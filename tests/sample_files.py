"""Readers shared by the sample-data tests (test_sample_visits.py, test_sample_trade.py)."""
from __future__ import annotations

import csv
import datetime
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PEOPLE_CSV = ROOT / "data" / "actors" / "people.csv"
BRIEF_COLUMNS = ["brief_id", "title", "published_date", "source", "url", "text"]
FACT_COLUMNS = ["brief_id", "fact", "source_url", "checked"]


def read_csv(path: Path) -> tuple[list[str], list[dict]]:
    with path.open(newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        return list(reader.fieldnames or []), list(reader)


def read_rows(path: Path, columns: list[str]) -> list[dict]:
    """The rows of a sample CSV, after checking its header is exactly ``columns``."""
    found, rows = read_csv(path)
    assert found == columns, f"{path}: columns {found}, expected {columns}"
    return rows


def read_gold(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def people_ids() -> set[str]:
    _, rows = read_csv(PEOPLE_CSV)
    return {r["actor_id"] for r in rows}


def words(text: str) -> list[str]:
    """Lower-case word tokens; "Pyongyang's" gives "pyongyang", "s"."""
    return re.findall(r"[a-z0-9]+", text.lower())


def check_briefs(briefs: list[dict], prefix: str, at_least: int, at_most: int) -> None:
    """What every sample brief file must hold: ids ``<prefix>NNN``, unique, their number within
    bounds; valid dates 2000-2026; title, source and an http(s) URL; plain text (no markup)."""
    ids = [b["brief_id"] for b in briefs]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(rf"{prefix}\d{{3}}", i) for i in ids), ids
    assert at_least <= len(ids) <= at_most
    for b in briefs:
        day = datetime.date.fromisoformat(b["published_date"])
        assert datetime.date(2000, 1, 1) <= day <= datetime.date(2026, 12, 31), b["brief_id"]
        assert b["title"].strip() and b["source"].strip(), b["brief_id"]
        assert re.match(r"https?://\S+$", b["url"]), b["brief_id"]
        assert not re.search(r"[<>]", b["text"] + b["title"]), b["brief_id"]  # no markup in our own text
