"""Every person a gold file names as a visitor is one the extractor can name the same way.

A gold `visitor_id` that is neither a registry id nor the slug of a name the item's text gives can never be matched:
the blind37 annotator, who could not read the registry, wrote `person:sergey-lavrov` where the registry says
`person:sergei-lavrov`, and four right records would have counted as misses. People outside the registry (found by a
title, "Premier Choe Thae Bok") are named by the slug of the name the text gives; a registry person must be named by
the registry id, whatever spelling the text uses.
"""
from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest

from newslens.evaluate import load_gold, resolve_source

ROOT = Path(__file__).resolve().parents[1]
GOLD_FILES = sorted([*ROOT.glob("tests/gold/*.jsonl"), *ROOT.glob("tests/gold/agreement/*.jsonl"),
                     *ROOT.glob("data/sample/gold/*.jsonl")])


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def _registry() -> tuple[set[str], dict[str, str]]:
    """Registry person ids, and the slug of every name and alias -> the id it belongs to."""
    people = pd.read_csv(ROOT / "data" / "actors" / "people.csv", dtype=str, keep_default_na=False)
    ids = set(people.actor_id)
    alias = {}
    for row in people.itertuples():
        for name in [row.name, *row.aliases.split("|")]:
            if name.strip() and " " in name.strip():  # (full names only: a lone surname is no id)
                alias.setdefault(_slug(name), row.actor_id)
    return ids, alias


def _problem(pid: str, text: str, ids: set[str], alias: dict[str, str]) -> str | None:
    if pid in ids:
        return None
    slug = pid.split(":", 1)[1]
    if slug in alias:
        return f"{pid} is registry person {alias[slug]}: use that id"
    if slug not in _slug(text):
        return f"{pid} is not in the registry and the item's text gives no such name"
    return None


def _person_ids(item: dict) -> list[str]:
    return [v["visitor_id"] for v in item.get("visits", []) if str(v.get("visitor_id") or "").startswith("person:")]


def test__gold_visitor_ids__own_words_items_name_registry_or_text_people():
    ids, alias = _registry()
    bad = []
    for item in load_gold(GOLD_FILES):
        if item["source"]["kind"] == "shared":
            continue
        src = resolve_source(item)
        text = f"{src.title or ''} {src.text}"
        bad += [f"{item['id']}: {p}" for pid in _person_ids(item) if (p := _problem(pid, text, ids, alias))]
    assert not bad, "\n".join(bad)


def test__gold_visitor_ids__shared_items_name_registry_or_text_people(shared_dir):
    ids, alias = _registry()
    bad = []
    for item in load_gold(GOLD_FILES):
        if item["source"]["kind"] != "shared" or not _person_ids(item):
            continue
        src = resolve_source(item, shared_dir)
        text = f"{src.title or ''} {src.text}"
        bad += [f"{item['id']}: {p}" for pid in _person_ids(item) if (p := _problem(pid, text, ids, alias))]
    assert not bad, "\n".join(bad)


@pytest.mark.parametrize("pid, text, ok", [
    ("person:sergei-lavrov", "Sergey Lavrov arrived.", True),          # a registry id, whatever the spelling
    ("person:sergey-lavrov", "Sergey Lavrov arrived.", False),         # an alias of a registry person
    ("person:choe-thae-bok", "Premier Choe Thae Bok left.", True),     # outside the registry, named as the text names him
    ("person:choe-tae-bok", "Premier Choe Thae Bok left.", False),     # a slug the text does not give
])
def test__gold_visitor_id_rule(pid, text, ok):
    ids, alias = _registry()
    assert (_problem(pid, text, ids, alias) is None) is ok
