"""Perf session 13: the literal-word gate of long patterns (regex_gate.py), the metric gate of figures, the
Extractor built before the workers fork, and the cheaper memory sampler of the benchmarks. Each must give the
same answer as the path without it. No timings here (speed belongs to the benchmarks)."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from newslens import store
from newslens.extract import Extractor
from newslens.extract.regex_gate import RegexGate, needles_of
from newslens.ingest import CHUNK, ingest

ROOT = Path(__file__).resolve().parents[1]

# Our own words: sentences with and without trade words, digits, odd letters and cases.
SENTENCES = [
    "Exports of Peruvian copper to Japan rose to $4 billion in 2019.",
    "The delegation laid a wreath at the statue on 15 April 1998.",
    "A cultural troupe from Laos gave 3 performances in the capital.",
    "TRADE between Chile and Korea topped 10 billion dollars.",
    "Imported grain reached the port of Nampho on June 2.",
    "The two sides signed 4 agreements worth about $800 million on Tuesday.",
    "Bilateral commerce grew by 12 percent last year.",
    "The bank agreed a currency swap line of 5 billion yuan.",
    "Some 2,000 people attended the rally in the square.",
    "Turnover of goods between Minsk and Hanoi hit $300 million.",
    "Their sales to Egypt doubled to 2 billion euros.",
    "The trade deficit with Brazil narrowed to $1.1 billion.",
    "The ſales to Oman rose by 7 percent.",  # a long s: matches "sales" up to case, so never skipped
    "Energy trade with Qatar reached $9 billion in 2021.",
    "The ensemble performed 12 pieces at the theatre on Friday.",
    "Two-way total reached $61 billion, officials said.",
    "",
]


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


@pytest.mark.parametrize("pattern, needles", [
    (r"\b(?:export(?:s|ed)?|imports?)\s+(?:to|from)\b", {"export", "import"}),
    (r"(?i:Flew) to|landed in", {"flew", "landed in"}),  # (a group ends a run: the longer part)
    (r"\bvisit(?:ed|s)?\b", {"visit"}),
    (r"(?:toured|visited)?\s+(?:Japan|Korea)", {"japan", "korea"}),
])
def test__needles_of__the_words_every_match_holds(pattern, needles):
    assert needles_of(re.compile(pattern, re.I)) == needles


@pytest.mark.parametrize("pattern", [r"\d+", r"(?:visit)?\s+[A-Z]\w+", r"a|\w", r"(?<=x)"])
def test__needles_of__none_when_a_match_may_hold_no_literal(pattern):
    assert needles_of(re.compile(pattern)) is None
    assert RegexGate(re.compile(pattern)).may_match("anything at all")


def test__regex_gate__never_skips_a_text_the_pattern_matches(extractor):
    """The gate of the figures metric cues (and of each cue) against the pattern itself, sentence by sentence and
    inside slices (pos/endpos searches)."""
    patterns = [extractor.figures._metric_alternation()] + [rx for _v, rx, _w, _s in extractor.figures.metric]
    for rx in patterns:
        gate = RegexGate(rx)
        for text in SENTENCES:
            if not gate.may_match(text):
                assert rx.search(text) is None, (rx.pattern, text)
                assert all(rx.search(text, a, b) is None for a in range(0, len(text), 7) for b in (len(text), a + 20))


def test__regex_gate__non_ascii_text_is_always_tried():
    rx = re.compile(r"\bsales\b", re.I)
    assert rx.search("The ſales rose") is not None  # the long s folds to "s" under IGNORECASE
    assert RegexGate(rx).may_match("The ſales rose")
    assert not RegexGate(rx).may_match("The sale rose")


def test__has_metric__gated_gives_the_ungated_answer(extractor):
    fig = extractor.figures
    combined = fig._metric_alternation()
    ungated = [any(rx.search(s) for v, rx, w, _s in fig.metric if w >= 1 and v in ("trade", "exports", "imports", "other"))
               for s in SENTENCES]
    assert [fig._has_metric(s) for s in SENTENCES] == [combined.search(s) is not None for s in SENTENCES] == ungated
    assert ungated.count(True) >= 8 and ungated.count(False) >= 4  # both kinds are tested


def _stories(n: int) -> list[dict]:
    """n short own-words stories, a few of them trips and sums, each distinct."""
    cities = ["Hanoi", "Vientiane", "Havana", "Minsk", "Tehran", "Moscow", "Beijing", "Ulaanbaatar"]
    rows = []
    for i in range(n):
        city = cities[i % len(cities)]
        rows.append({
            "title": f"Delegation number {i} in {city}",
            "text": (f"Cuban Foreign Minister Bruno Rodriguez arrived in {city} on May {1 + i % 28} for talks with his "
                     f"hosts. Story {i}: trade between the two countries reached ${10 + i} million in 2010, and the "
                     f"visitors toured a factory there."),
            "date": f"2011-06-{1 + i % 28:02d}",
            "url": f"https://ex.org/2011/06/story-{i}",
        })
    return rows


def test__ingest__workers_share_an_extractor_built_before_the_fork(tmp_path):
    """The parallel path (the Extractor built in the calling process, then forked) writes the same tables as one
    process does."""
    src = tmp_path / "stories.csv"
    pd.DataFrame(_stories(2 * CHUNK + 5)).to_csv(src, index=False)
    ingest([src], tmp_path / "one", workers=1)
    ingest([src], tmp_path / "two", workers=2)
    one, two = store.load_store(tmp_path / "one"), store.load_store(tmp_path / "two")
    for name in ("articles", "mentions", "visits", "visit_events", "figures", "topics", "actors"):
        a, b = one.table(name), two.table(name)
        cols = list(a.columns)
        pd.testing.assert_frame_equal(a.astype(str).sort_values(cols).reset_index(drop=True),
                                      b.astype(str).sort_values(cols).reset_index(drop=True))
    assert len(one.table("visits")) > 0


def test__tree_rss_bytes__same_as_the_status_files():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from memory import tree_rss_bytes, tree_rss_bytes_status
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        for _ in range(20):  # a still process: both reads agree (retry while the interpreter is still starting)
            a, b = tree_rss_bytes(child.pid), tree_rss_bytes_status(child.pid)
            if a == b:
                break
        assert a == b and a > 0
    finally:
        child.kill()
        child.wait()


TITLE_TEXTS = [
    "Foreign Minister Pak Ui Chun met Chairman Wen of the committee; Vice-Minister Ri and ex-Minister Kim left.",
    "MINISTER Ri, minister Pak and the Ministers' club; Dr. Ahn and DR.Kim; Mr.Ri_2 and Premier Choe.",
    "Président Macron et Ministre Lavrov; the Emir of Qatar, Emír Tamim and crown Prince Salman.",
    "Kelvin-sign \u212aing Abdullah and the ſecretary-general; -Minister Ri; 3Minister; minister\u00e9 Ri.",
    "",
    "Ambassador Extraordinary and Plenipotentiary Kim Hyong Jun, General Secretary Kim Jong Il.",
]


def _title_matches_every_word(finder, text):
    """`_title_matches` as perf s12 wrote it: every word tried against the openers."""
    from newslens.extract.mentions import _WORD_OPEN_RE

    done = 0
    for w in _WORD_OPEN_RE.finditer(text):
        at = w.start()
        if at < done:
            continue
        run = w.group()
        if run.isascii() and run.lower() not in finder._title_openers:
            continue
        m = finder.title_re.match(text, at)
        if m is not None:
            done = m.end()
            yield m


def test__title_matches__the_same_as_trying_every_word(extractor):
    finder = extractor.mentions
    assert finder._title_openers is not None
    for text in TITLE_TEXTS + [" ".join(TITLE_TEXTS)]:
        new = [(m.start(), m.end(), m.group("name")) for m in finder._title_matches(text)]
        old = [(m.start(), m.end(), m.group("name")) for m in _title_matches_every_word(finder, text)]
        assert new == old, text
    assert any(finder._title_matches(TITLE_TEXTS[0]))


GATED_STORIES = [
    # own words: a declined trip, a trip to a described host, a domestic inspection, and stories with none of them
    "Brazilian President Lula da Silva declined an invitation to attend the summit in Moscow in May.",
    "Japanese Prime Minister Fumio Kishida landed in the island nation on Sunday for talks with Lawrence Wong.",
    "Kim Jong Il inspected the Ryongsong Machine Complex and gave field guidance to its workers on Tuesday.",
    "The Korean Children's Union held a meeting at the palace. Speakers praised the achievements of the year.",
    "A wreath was laid at the statue. The ceremony was attended by officials and workers of the city.",
    "Chilean Foreign Minister Alberto van Klaveren refused to travel to Caracas, aides said on Friday.",
]


def test__literal_gates__stories_give_the_rows_of_the_ungated_path(extractor, monkeypatch):
    """declined, indirect_hosts and the domestic pre-test skip a story only when no sentence can match: the rows
    are those of the path that tries every sentence."""
    import datetime as dt

    from newslens.extract import ArticleInput
    from newslens.extract import regex_gate

    def rows():
        out = []
        for i, text in enumerate(GATED_STORIES):
            got = extractor.extract(ArticleInput(f"g{i}", "Story", text, dt.date(2023, 6, 9), None))
            out.append({k: got[k] for k in ("visits", "mentions", "figures")})
        return out

    gated = rows()
    monkeypatch.setattr(regex_gate.RegexGate, "may_match", lambda self, text, low=None: True)
    assert rows() == gated
    assert sum(len(r["visits"]) for r in gated) >= 2


@pytest.mark.parametrize("owner, name", [("_revision_words", "decline_re"), ("_host_words", "verb_re")])
def test__literal_gates__visit_patterns_never_skip_a_match(extractor, owner, name):
    from newslens.extract.regex_gate import literal_gate

    words = getattr(extractor.visits, owner)
    gate, rx = literal_gate(words, name), getattr(words, name)
    assert gate.needles  # the gate has words to look for
    for text in GATED_STORIES + SENTENCES + TITLE_TEXTS:
        if not gate.may_match(text):
            assert rx.search(text) is None, text
    assert literal_gate(words, name) is gate  # made once


def test__literal_gates__domestic_predicate_never_skips_a_match(extractor):
    from newslens.extract.regex_gate import literal_gate

    gate, rx = literal_gate(extractor.domestic, "predicate_re"), extractor.domestic.predicate_re
    for text in GATED_STORIES + SENTENCES + TITLE_TEXTS:
        if not gate.may_match(text):
            assert rx.search(text) is None, text
    assert any(not gate.may_match(t) for t in GATED_STORIES) and any(gate.may_match(t) for t in GATED_STORIES)
