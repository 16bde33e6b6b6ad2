"""Topic scores per article from the taxonomy in data/lexicons/topics.csv (topic,trigger,weight)."""
from __future__ import annotations

import re
from collections import Counter

from .lexicons import lexicon_dir, read_rows

# 5 % of an article's words being triggers of a topic gives it the full score.
FULL_SCORE_SHARE = 0.05


class TopicScorer:
    """``score(article_id, title, text)`` -> topics rows, one per topic with at least one trigger."""

    def __init__(self, lexdir=None):
        lex = lexicon_dir() if lexdir is None else lexdir
        rows = read_rows(lex / "topics.csv", ("topic", "trigger", "weight"))
        self.unigrams: dict[str, list[tuple[str, float]]] = {}
        self.bigrams: dict[tuple[str, str], list[tuple[str, float]]] = {}
        for r in rows:
            words = r["trigger"].lower().split()
            weight = float(r["weight"])
            if not 0 < weight <= 1:
                raise ValueError(f"topics.csv: weight {weight} of {r['trigger']!r} must be in (0, 1]")
            if len(words) == 1:
                self.unigrams.setdefault(words[0], []).append((r["topic"], weight))
            elif len(words) == 2:
                self.bigrams.setdefault((words[0], words[1]), []).append((r["topic"], weight))
            else:
                raise ValueError(f"topics.csv: trigger {r['trigger']!r} has more than two words")
        self.topics = sorted({r["topic"] for r in rows})
        # perf s10: a word that opens no bigram needs no pair look-up
        self._bigram_firsts = frozenset(first for first, _second in self.bigrams)
        # perf s13: the words that open a trigger of either kind; the others are passed over with one set test
        self._trigger_firsts = frozenset(self.unigrams) | self._bigram_firsts
        self.word_re = re.compile(r"[a-z]+(?:-[a-z]+)*")

    def score(self, article_id: str, title: str | None, text: str) -> list[dict]:
        words = self.word_re.findall(f"{title or ''} {text}".lower())
        if not words:
            return []
        weight: Counter = Counter()
        hits: dict[str, Counter] = {}
        firsts = self._trigger_firsts
        for i, w in enumerate(words):
            if w not in firsts:
                continue
            for topic, wt in self.unigrams.get(w, ()):
                weight[topic] += wt
                hits.setdefault(topic, Counter())[w] += 1
            if i + 1 < len(words) and w in self._bigram_firsts:
                pair = (w, words[i + 1])
                for topic, wt in self.bigrams.get(pair, ()):
                    weight[topic] += wt
                    hits.setdefault(topic, Counter())[" ".join(pair)] += 1
        rows = []
        for topic in self.topics:
            if weight[topic] <= 0:
                continue
            share = weight[topic] / len(words)
            rows.append({
                "article_id": article_id,
                "topic": topic,
                "score": round(min(1.0, share / FULL_SCORE_SHARE), 4),
                "triggers": " ".join(t for t, _n in sorted(hits[topic].items(), key=lambda kv: (-kv[1], kv[0]))),
            })
        return rows
