"""Topic scores from the taxonomy in data/lexicons/topics.csv."""
from __future__ import annotations

import pytest

from newslens.extract.lexicons import LEXICON_DIR
from newslens.extract.topics import TopicScorer
from newslens.schema import TOPICS, conform


@pytest.fixture(scope="module")
def scorer() -> TopicScorer:
    return TopicScorer(LEXICON_DIR)


def test__score__energy_and_diplomacy(scorer):
    rows = scorer.score("a1", "Gas pipeline talks", "The ministers held talks on an oil pipeline, a natural gas pipeline and a power grid.")
    by_topic = {r["topic"]: r for r in rows}
    assert set(by_topic) >= {"energy", "diplomacy", "infrastructure"}
    assert by_topic["energy"]["triggers"].split(" ")[0] == "pipeline"  # most frequent first
    assert by_topic["energy"]["score"] == 1.0  # short texts saturate
    conform(rows, TOPICS)


def test__score__scores_are_shares_capped_at_one(scorer):
    rows = scorer.score("a1", None, "Sanctions, sanctions and more sanctions.")
    assert [(r["topic"], r["score"], r["triggers"]) for r in rows] == [("sanctions", 1.0, "sanctions")]
    long_text = "sanctions " + "word " * 199
    assert scorer.score("a2", None, long_text)[0]["score"] == pytest.approx((1 / 200) / 0.05)


def test__score__nothing_found(scorer):
    assert scorer.score("a1", None, "A quiet day with sunshine.") == []
    assert scorer.score("a1", None, "") == []


def test__scorer__every_issue_topic_is_in_the_taxonomy(scorer):
    assert {"diplomacy", "trade", "energy", "security", "nuclear", "sanctions", "infrastructure", "humanitarian",
            "media"} <= set(scorer.topics)


def test__scorer__rejects_a_bad_weight(tmp_path):
    (tmp_path / "topics.csv").write_text("topic,trigger,weight\ntrade,trade,3\n")
    with pytest.raises(ValueError, match="weight"):
        TopicScorer(tmp_path)
