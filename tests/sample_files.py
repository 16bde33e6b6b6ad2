"""Readers shared by the sample-data tests (test_sample_visits.py, test_sample_trade.py)."""
from __future__ import annotations

import csv
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
