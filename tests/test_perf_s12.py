"""perf session 12: the memos, joined patterns and shared leg lists added for speed give the answers of the plain code
(no timing here)."""
from __future__ import annotations

import datetime as dt
import re

import pytest

from newslens.extract import ArticleInput
from newslens.extract.dates import DateResolver, DateSpan

DAY = dt.date(2019, 5, 10)

DATE_SENTENCES = [
    "The minister flew to Hanoi on Monday and will go on to Manila next week.",
    "She visited Lima in March, a year ago, and returned home on May 2.",
    "At the time, the envoy was in Cairo.",
    "He will travel to Oslo on Thursday, the ministry said on Wednesday.",
    "No date words here at all.",
]


def test__date_find__memo_as_plain():
    """`DateResolver.find` with its memo gives the list and leaves the tense flag (`_past`) that the plain `_find` on a
    fresh resolver gives, for repeated and interleaved calls and for every `future` and `context`."""
    memo, plain = DateResolver(), DateResolver()
    context = DateSpan(dt.date(2019, 4, 1), dt.date(2019, 4, 30), "month", "April")
    calls = [(t, f, c, o) for t in DATE_SENTENCES for f in (None, True, False) for c in (None, context) for o in (0, 7)]
    for text, future, ctx, offset in calls + calls[::-1] + calls:
        got = memo.find(text, DAY, future=future, context=ctx, offset=offset)
        if not plain.quick.search(text):
            assert got == []
            continue
        resolved = plain.is_future(text) if future is None else future
        want = plain._find(text, DAY, resolved, ctx, offset)
        assert got == want, (text, future, ctx, offset)
        assert memo._past == plain._past, (text, future)
        got.append("mutated")  # (a caller's change to the list it got never reaches the memo)
        assert memo.find(text, DAY, future=future, context=ctx, offset=offset) == want


FIGURE_SENTENCES = [
    "Bilateral trade between Chile and Korea rose to 9 billion last year.",
    "Vietnam's exports to the bloc fell sharply in the first quarter.",
    "Imports from Canada reached a record, the statistics office said.",
    "The company sold two ships to a buyer in Greece.",
    "Turnover between the two countries is expected to double.",
    "The ministers discussed fishing rights and a new ferry line.",
    "Shipments of coffee to Japan grew for a third month.",
    "",
]


def test__has_metric__alternation_as_one_by_one(extractor):
    """`FigureExtractor._has_metric` (one joined pattern) is the search of each strong cue in turn."""
    fx = extractor.figures
    cues = [rx for v, rx, w, _s in fx.metric if w >= 1 and v in ("trade", "exports", "imports", "other")]
    assert fx._metric_alternation() is not False  # (the lexicon's cues join; the test checks the joined path)
    seen = set()
    for sentence in FIGURE_SENTENCES:
        want = any(rx.search(sentence) for rx in cues)
        seen.add(want)
        assert fx._has_metric(sentence) == want, sentence
    assert seen == {True, False}


def _story(extractor, text):
    """The visits extractor after one story, and that story's country mentions by start."""
    extractor.extract(ArticleInput("t", "Test", text, DAY, None))
    mentions = extractor.mentions.find(text, DAY)
    c_at = {m.start: m for m in mentions if m.kind == "country" and m.iso3 and m.alias_kind != "demonym"}
    return extractor.visits, c_at


def test__tr_clause_route__as_route_list(extractor):
    """`_tr_clause_route` (one walk per clause, shared by later leg starts) is `_tr_route_list` from every start, in any
    order of the starts."""
    text = ("Scholz flew to Madrid on Monday, then to Lisbon on Tuesday and Rabat on Wednesday, before going on to "
            "Tunis and Cairo; he also saw Athens.")
    vx, c_at = _story(extractor, text)
    hi = text.index(";")
    starts = sorted(c_at) + [0, 5, hi - 1]
    for order in (starts, starts[::-1]):
        routes: dict = {}
        for pos in order:
            assert vx._tr_clause_route(text, pos, hi, c_at, routes) == vx._tr_route_list(text, pos, hi, c_at), pos
    full = vx._tr_route_list(text, min(c_at), hi, c_at)
    assert len(full) >= 3  # (the fixture has a list of legs to share)


@pytest.mark.parametrize("tail, want", [(" is ready to host", True), (" and Japan, where", False),
                                        (" rounds off the tour", True), (" islands", False), ("", False)])
def test__tr_own_clause__as_regex(tail, want):
    """`_tr_own_clause` (kept per leg end) is the plain match of the verbs that open a clause of their own."""
    from newslens.extract.visits import VisitExtractor
    text = "He arrived in Tokyo" + tail
    end = len("He arrived in Tokyo")
    memo: dict = {}
    for _ in range(2):
        assert VisitExtractor._tr_own_clause(text, end, memo) is want
        assert (re.match(r"\s+(?:is|are|was|were|will|would|has|have|had|make|makes|rounds?)\b", text[end:end + 12])
                is not None) is want


def _visits(extractor, text):
    rows = extractor.extract(ArticleInput("t", "Test", text, DAY, None))["visits"]
    return sorted((r["visitor_id"], r["host_iso3"], r["status"], str(r["date_start"]), str(r["date_end"]),
                   r["date_precision"]) for r in rows)


def _month(iso):
    return ("occurred", iso, "2019-05-01", "2019-05-31", "month")


def test__long_sentences__records_of_the_plain_code(extractor):
    """Stories whose one sentence repeats a leg (the shapes of the slow pathological cases, a few times over) give the
    records the code gave before the speed-ups (`_tour_route`'s shared lists, the bisected parties and pronoun marks,
    `month_for_origin_legs`' memo): the repeats add no record and change no date."""
    where_day = "Scholz met Sanchez in Madrid on Monday, " + "before flying to Lisbon, where he landed on Tuesday, " * 4 \
        + "aides said."
    assert _visits(extractor, where_day) == [("person:olaf-scholz", "PRT", "occurred", "2019-05-07", "2019-05-07", "day")]
    from_where = "Pedro Sanchez arrived in Morocco on Monday from Algeria, where he had held talks, " \
        + "and flew to Tunisia from Libya, where he had held talks, " * 4 + "officials said."
    sanchez = "person:pedro-sanchez"
    assert _visits(extractor, from_where) == [
        (sanchez, "DZA", "occurred", "2019-05-01", "2019-05-31", "month"),
        (sanchez, "LBY", "occurred", "2019-05-01", "2019-05-31", "month"),
        (sanchez, "MAR", "occurred", "2019-05-06", "2019-05-06", "day"),
        (sanchez, "TUN", "occurred", "2019-05-06", "2019-05-06", "day")]
    legs = " ".join(f"{n} arrived in Peru on Friday, visiting Chile and Bolivia." for n in ["Joe Biden", "Olaf Scholz"] * 3)
    want = []
    for who in ("person:joe-biden", "person:olaf-scholz"):
        want += [(who, "BOL", "occurred", "2019-05-01", "2019-05-31", "month"),
                 (who, "CHL", "occurred", "2019-05-01", "2019-05-31", "month"),
                 (who, "PER", "occurred", "2019-05-10", "2019-05-10", "day")]
    assert _visits(extractor, legs) == want


def test__pronoun_marks__quote_after_the_subject(extractor):
    """`_parties`' test for a quote or colon between the subject and a pronoun (by bisection over the sentence's
    marks) reads the same marks as the plain search: a "when he" after the owner's trip keeps the owner."""
    text = 'Emmanuel Macron\'s first trip this year was to Ghana in March, when he met the president; "he said: it went ' \
           'well," aides added.'
    assert _visits(extractor, text) == [("person:emmanuel-macron", "GHA", "occurred", "2019-03-01", "2019-03-31", "month")]


def test__backoff__one_foreign_record_per_sentence_index(extractor):
    """`_backoff`'s "no foreign record in this sentence yet" (read from its index of the records, then the records it
    added since) still lets a clause's subject country travel when no other rule placed anyone in the sentence, on a
    home outlet's story of several arrivals, and gives the records the plain scan gave."""
    url = "http://www.kcna.co.jp/item/2011/201105/news10/20110510-01ee.html"
    text = ("Pyongyang, May 9 (KCNA) -- Chairman of the Lao Women's Union and her party arrived here on Monday. "
            "The secretary-general of the Nepalese Writers' Association and his companion arrived here the same day. "
            "A delegation of the Vietnamese Ministry of Culture arrived here on Monday. "
            "They were greeted at the airport by officials.")
    rows = extractor.extract(ArticleInput("t", "Test", text, dt.date(2011, 5, 10), url))["visits"]
    got = sorted((r["visitor_id"], r["host_iso3"], r["status"], str(r["date_start"]), r["date_precision"]) for r in rows)
    assert got == [("country:NPL", "PRK", "occurred", "2011-05-09", "day"),
                   ("country:VNM", "PRK", "occurred", "2011-05-09", "day")]


# perf s12, second round: `_title_matches` tries the title pattern only at words that open a title or an honorific
TITLE_TEXTS = [
    "Foreign Minister Sergei Lavrov met Vice-President Joe Biden and Mr. Kim Yong Nam in Moscow.",
    "FOREIGN MINISTER Yang Jiechi and premier Wen Jiabao; the prime  minister\u00a0Naoto Kan spoke.",
    "Ex-President Jimmy Carter, pre-Minister Alex Bell and co-Chairman Lee Hoi Chang were named.",
    "The ſecretary-General Ban Ki Moon and Kelvin \u212aing Abdullah went to Riyadh.",
    "Presidents Goodluck Jonathan of Nigeria and Boni Yayi of Benin, Dr. Ali Bongo, Ministers A B.",
    "President" + " President" * 40 + " Lee Myung Bak",
    "",
]


def test__title_matches__as_finditer(extractor):
    """The prefiltered matches are those of ``title_re.finditer`` (spans and groups), with hyphenated, upper-case,
    non-ASCII and repeated titles."""
    mf = extractor.mentions
    assert mf._title_openers is not None and "president" in mf._title_openers
    for text in TITLE_TEXTS:
        want = [(m.span(), m.groupdict()) for m in mf.title_re.finditer(text)]
        got = [(m.span(), m.groupdict()) for m in mf._title_matches(text)]
        assert got == want, text
    assert any(mf.title_re.finditer(TITLE_TEXTS[0]))


def test__opening_words__none_when_a_title_opens_without_a_word():
    from newslens.extract.mentions import _opening_words
    assert _opening_words(["Foreign Minister", "Mr.", "vice-president"]) == frozenset({"foreign", "mr", "vice"})
    assert _opening_words(["Minister", "-acting"]) is None
    assert _opening_words(["Minister", "ſenator"]) is None


def test__index_cands__the_aliases_whose_words_can_match(extractor):
    """`_index_cands` keeps, in the bucket's order, every registry alias of a key that `_scan`'s word test can pass
    (one-word aliases, and those whose second word follows), for common and rare keys and at the text's end; after
    an alias is added to a bucket the memo is rebuilt."""
    mf = extractor.mentions
    index = mf.registry.index
    for key in ("the", "kim", "south", "korea", "united", "de"):
        bucket = index.get(key, [])
        for nxt in [None, "zzz"] + sorted({a.key[1] for a in bucket if len(a.key) > 1})[:30]:
            want = [a for a in bucket if len(a.key) == 1 or (nxt is not None and a.key[1] == nxt)]
            assert mf._index_cands(key, nxt) == want, (key, nxt)
    assert mf._index_cands("no-such-word-here", "x") == []
    from newslens.extract.registry import Registry
    reg = Registry()
    from newslens.extract.mentions import MentionFinder
    finder = MentionFinder(reg)
    before = list(finder._index_cands("the", "gambia"))
    reg.add_alias("The Zorblat Islands", "ZZZ", "country", "name")
    after = finder._index_cands("the", "zorblat")
    assert [a.surface for a in after if a.actor_id == "ZZZ"] == ["The Zorblat Islands"]
    assert all(a.key[1] != "zorblat" for a in before)


def test__scan__mentions_as_without_the_memo(extractor):
    """`find` gives the same mentions with `_index_cands` and with the full buckets (the plain code)."""
    import datetime as dt
    mf = extractor.mentions
    texts = ["The Gambia and the Netherlands sent envoys; Kim Jong Il met Kim Yong Nam and the UN chief in the DPRK.",
             "South Korea, the United States and the United Arab Emirates; the", "Kim"]
    got = [mf.find(t, dt.date(2011, 5, 1)) for t in texts]
    plain = type(mf)._index_cands
    try:
        type(mf)._index_cands = lambda self, key, nxt: list(self.registry.index.get(key, []))
        want = [mf.find(t, dt.date(2011, 5, 1)) for t in texts]
    finally:
        type(mf)._index_cands = plain
    assert got == want
    assert any(m.actor_id for m in got[0])


def test__cues_with__the_cues_of_the_present_keywords(extractor):
    """`_cues_with` gives the cues of ``self.cues``, in order, that share a keyword with the present set (the plain
    loop's set test), for empty, single, many and unknown keyword sets."""
    v = extractor.visits
    words = sorted({k for c in v.cues for k in c.keywords})
    for present in [set(), {"visited"}, {"arrived", "left"}, set(words[::3]), set(words), {"no-such-keyword"}]:
        want = [c for c in v.cues if not present.isdisjoint(c.keywords)]
        assert v._cues_with(present) == want, present
    assert v._cues_with({"visited"})


def _mark_duplicates_plain(articles, threshold=0.85):
    """The pre-s12 `mark_duplicates` (all columns walked, every word of the first 600 characters found)."""
    import pandas as pd
    from newslens.ingest import _shingles
    dup = pd.Series([None] * len(articles), index=articles.index, dtype="object")
    if articles.empty:
        return dup.astype("string")
    order = articles.assign(_pos=range(len(articles)))
    order = order.sort_values(["published_date", "_pos"], na_position="last", kind="stable")
    first_by_hash, by_lede = {}, {}
    for idx, row in zip(order.index, order.itertuples(index=False)):
        h = row.content_hash
        if not isinstance(h, str) or not row.text:
            continue
        if h in first_by_hash:
            dup[idx] = first_by_hash[h]
            continue
        words = re.findall(r"\w+", row.text[:600].lower())
        lede = " ".join(words[:40]) if len(words) >= 40 and len(row.text) > 400 else None
        found = None
        if lede is not None:
            candidates = by_lede.setdefault(lede, [])
            if candidates:
                sh = _shingles(row.text)
                for cand in candidates:
                    if cand[2] is None:
                        cand[2] = _shingles(cand[1])
                    if len(sh & cand[2]) / max(1, len(sh | cand[2])) >= threshold:
                        found = cand[0]
                        break
            if not found:
                candidates.append([row.article_id, row.text, None])
        if found:
            dup[idx] = found
        first_by_hash[h] = found or row.article_id
    return dup.astype("string")


def test__mark_duplicates__as_plain():
    """Copies by hash and by lede + shingles, a short text (< 400 characters), a lede of exactly 40 words in 600
    characters, a trimmed copy, an unrelated story, a GDELT row without text: the same marks as the plain code."""
    import pandas as pd
    from newslens.ingest import mark_duplicates
    lede = " ".join(f"word{i}" for i in range(40))
    long_a = lede + " " + " ".join(f"tail{i}" for i in range(200))
    long_b = lede + " " + " ".join(f"tail{i}" for i in range(190)) + " credit line"
    long_c = lede + " " + " ".join(f"other{i}" for i in range(200))
    forty = " ".join(f"w{i:02d}xxxxxxxxxx" for i in range(40)) + " " + "y" * 200
    rows = [("a1", "h1", long_a, "2011-01-02"), ("a2", "h2", long_b, "2011-01-03"), ("a3", "h1", long_a, "2011-01-01"),
            ("a4", "h4", long_c, "2011-01-04"), ("a5", "h5", "Short story of a few words.", "2011-01-02"),
            ("a6", "h6", forty, "2011-01-05"), ("a7", "h7", forty + " more", "2011-01-06"), ("a8", None, "", None),
            ("a9", "h9", long_b, None)]
    frame = pd.DataFrame(rows, columns=["article_id", "content_hash", "text", "published_date"])
    frame["title"] = "t"
    got, want = mark_duplicates(frame), _mark_duplicates_plain(frame)
    pd.testing.assert_series_equal(got, want)
    assert got.notna().sum() >= 3
