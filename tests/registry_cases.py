"""Helpers shared by the registry-people tests of the ninth and tenth sessions: one wire story through the
extractor, and what it says of trips and of registered people."""
from __future__ import annotations

from pathlib import Path

from newslens.extract import ArticleInput

WIRE = "https://www.reuters.com/world/x"
PEOPLE = Path(__file__).resolve().parents[1] / "data" / "actors" / "people.csv"


def run(extractor, text, pub, article_id="reg"):
    return extractor.extract(ArticleInput(article_id, "", text, pub, WIRE))


def visits(extractor, text, pub):
    """(visitor_id, host, status) of every foreign trip the story gives"""
    return {(v["visitor_id"], v["host_iso3"], v["status"]) for v in run(extractor, text, pub)["visits"]
            if not v["is_domestic"]}


def people(extractor, text, pub):
    """the registry (and article-local) people the story names"""
    return {m["actor_id"] for m in run(extractor, text, pub)["mentions"] if m["actor_id"].startswith("person:")}
