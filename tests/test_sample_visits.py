"""Checks of the visits half of the embedded sample: data/sample/{briefs,facts,gold}/visits.*."""
from __future__ import annotations

import datetime
import re
from pathlib import Path

import pycountry
import pytest

from tests.sample_files import BRIEF_COLUMNS, FACT_COLUMNS, check_briefs, read_gold, read_rows, words
from tests.sample_files import people_ids as known_people

from newslens.schema import QUALIFIERS, VISIT_STATUSES

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "sample"
BRIEFS_CSV = SAMPLE / "briefs" / "visits.csv"
FACTS_CSV = SAMPLE / "facts" / "visits.csv"
GOLD_JSONL = SAMPLE / "gold" / "visits.jsonl"

# People the gold names who are not (yet) rows of data/actors/people.csv. Keep this list short:
# a new name here is a request to the owner of people.csv, and a name that has since been added
# must be removed (test__gold__pending_actors_are_really_missing fails otherwise).
PENDING_ACTORS: set[str] = set()

# Abbreviations that end with a full stop but do not end a sentence in these briefs.
ABBREVIATIONS = {"U.S.", "Sept.", "Oct.", "Aug.", "Jan.", "Feb.", "Dec.", "Nov.", "St.", "Mr.", "Dr."}



def split_sentences(text: str) -> list[str]:
    """Split wire text into sentences, keeping abbreviations such as "U.S." inside.

    >>> split_sentences("He met U.S. envoys on Sept. 5. They talked.")
    ['He met U.S. envoys on Sept. 5.', 'They talked.']
    """
    pieces = re.split(r"(?<=[.!?])\s+(?=[A-Z\"\u201c])", text.strip())
    sentences: list[str] = []
    for piece in pieces:
        if sentences and sentences[-1].split()[-1] in ABBREVIATIONS:
            sentences[-1] = f"{sentences[-1]} {piece}"
        else:
            sentences.append(piece)
    return sentences



@pytest.fixture(scope="module")
def briefs() -> list[dict]:
    return read_rows(BRIEFS_CSV, BRIEF_COLUMNS)


@pytest.fixture(scope="module")
def facts() -> list[dict]:
    return read_rows(FACTS_CSV, FACT_COLUMNS)


@pytest.fixture(scope="module")
def gold() -> list[dict]:
    return read_gold(GOLD_JSONL)


@pytest.fixture(scope="module")
def people_ids() -> set[str]:
    return known_people()


def test__split_sentences__keeps_abbreviations():
    assert split_sentences("Obama will attend the G20 in St. Petersburg on Sept. 5-6. He said so.") == [
        "Obama will attend the G20 in St. Petersburg on Sept. 5-6.",
        "He said so.",
    ]


def test__briefs__ids_dates_fields_and_plain_text(briefs):
    check_briefs(briefs, "v", 50, 70)


def test__briefs__two_to_six_sentences(briefs):
    for b in briefs:
        n = len(split_sentences(b["text"]))
        assert 2 <= n <= 6, (b["brief_id"], n)


def test__facts__every_brief_has_a_confirmed_fact(briefs, facts):
    brief_ids = {b["brief_id"] for b in briefs}
    assert {f["brief_id"] for f in facts} == brief_ids
    for f in facts:
        assert re.match(r"https?://\S+$", f["source_url"]), f
        assert f["fact"].strip() and f["checked"].strip(), f


def test__gold__one_item_per_brief(briefs, gold):
    assert sorted(g["source"]["brief_id"] for g in gold) == sorted(b["brief_id"] for b in briefs)
    assert all(g["source"]["kind"] == "sample" for g in gold)
    assert len({g["id"] for g in gold}) == len(gold)


# Briefs that report only a refusal with no trip arranged: by the gold convention (tests/gold/README.md) they give no
# visit, so they are the sample's negatives.
REFUSAL_ONLY = {"sample-v045"}


def test__gold__visits_valid(gold):
    iso3 = {c.alpha_3 for c in pycountry.countries}
    for g in gold:
        # every visits brief reports at least one visit, except a refusal-only brief, which reports none
        assert bool(g["visits"]) != (g["id"] in REFUSAL_ONLY), g["id"]
        for v in g["visits"]:
            assert v["status"] in VISIT_STATUSES, (g["id"], v)
            assert v["host_iso3"] in iso3, (g["id"], v)
            assert re.fullmatch(r"(person|country|org):[a-z0-9-]+|country:[A-Z]{3}", v["visitor_id"]), v
            if v["date"] is not None:
                assert re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", v["date"]), v
                datetime.date.fromisoformat((v["date"] + "-01-01")[:10])
        for fig in g.get("figures", []):
            assert fig["qualifier"] in QUALIFIERS, fig


def test__gold__statuses_all_present(gold):
    seen = {v["status"] for g in gold for v in g["visits"]}
    assert seen == set(VISIT_STATUSES)


def test__gold__people_known_to_registry(gold, people_ids):
    named = {v[k] for g in gold for v in g["visits"] for k in ("visitor_id", "host_actor_id")
             if v.get(k, "").startswith("person:")}
    assert named - people_ids <= PENDING_ACTORS, sorted(named - people_ids - PENDING_ACTORS)


def test__gold__pending_actors_are_really_missing(people_ids):
    assert not PENDING_ACTORS & people_ids, "remove these from PENDING_ACTORS: " + str(PENDING_ACTORS & people_ids)


def test__gold__people_and_places_are_in_the_text(briefs, gold):
    """Each gold visitor is named in its brief, and each place's first word appears in it."""
    text_of = {b["brief_id"]: " ".join(words(b["text"])) for b in briefs}
    for g in gold:
        text = text_of[g["source"]["brief_id"]]
        for v in g["visits"]:
            name = " ".join(v["visitor_id"].split(":", 1)[1].split("-"))
            assert name in text, (g["id"], name)
            if v.get("location_name"):
                assert words(v["location_name"])[0] in text.split(), (g["id"], v["location_name"])


def test__briefs__no_nine_words_from_the_seed(briefs, shared_dir):
    """Our retelling of the seed article shares no run of nine words with it."""
    seed = words((shared_dir / "corpus" / "seed" / "000_c944185dd7e147ec.txt").read_text(encoding="utf-8"))
    seed_grams = {tuple(seed[i:i + 9]) for i in range(len(seed) - 8)}
    for b in briefs:
        w = words(b["text"])
        shared = [" ".join(w[i:i + 9]) for i in range(len(w) - 8) if tuple(w[i:i + 9]) in seed_grams]
        assert not shared, (b["brief_id"], shared)
