"""A small hand-written store (our own words) for dashboard, filter and page tests.

``build_fixture_store(path)`` writes 12 articles from three outlets with visits in all four
statuses (day, month and year precision; foreign and domestic), trade figures for three country
pairs with every qualifier, mentions, topics and actors. Offsets are computed from the text, so
every record points at its real sentence.

Facts used (dates, who visited whom, amounts) are public record; every sentence is ours.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pandas as pd

from newslens.store import write_store

# (article_id, source, published, title, text, topics)
ARTICLES = [
    ("a01", "Harbour Wire", "2011-06-30", "Summit in Vladivostok pencilled in for August",
     "Officials in Moscow said Kim Jong Il is expected to travel to Vladivostok in August. "
     "The Russian side hopes the meeting with Dmitry Medvedev will revive a gas pipeline plan.",
     {"diplomacy": 0.6, "energy": 0.3}),
    ("a02", "Harbour Wire", "2011-08-08", "Vladivostok meeting called off",
     "The planned meeting of Kim Jong Il in Vladivostok has been cancelled, diplomats said on Monday. "
     "Sergey Lavrov told reporters that trade between Russia and South Korea could reach a record $20 billion this year.",
     {"diplomacy": 0.5, "trade": 0.4}),
    ("a03", "Pyongyang Daily", "2011-08-24", "Leader meets Russian President in Ulan-Ude",
     "Kim Jong Il met Dmitry Medvedev in Ulan-Ude on 24 August 2011. "
     "The two leaders discussed a pipeline across the peninsula.",
     {"diplomacy": 0.7, "energy": 0.2}),
    ("a04", "Steppe Review", "2011-08-25", "Ulan-Ude talks close with pipeline pledge",
     "Kim Jong Il held talks with Dmitry Medvedev in Ulan-Ude on 24 August 2011, the Kremlin said. "
     "Both sides agreed to study a gas line through North Korea to South Korea.",
     {"diplomacy": 0.5, "energy": 0.5}),
    ("a05", "Pyongyang Daily", "2011-05-27", "Leader back from China",
     "Kim Jong Il returned home after a visit to China in May 2011. "
     "He toured factories in several Chinese cities.",
     {"diplomacy": 0.8}),
    ("a06", "Pyongyang Daily", "2011-10-03", "Leader inspects farm in Hamhung",
     "Kim Jong Il inspected a farm in Hamhung on 2 October 2011. "
     "He praised the harvest of the workers.",
     {"economy": 0.6}),
    ("a07", "Steppe Review", "2011-09-12", "Seoul invites Moscow to talks",
     "Lee Myung-bak invited Dmitry Medvedev to visit Seoul in 2012. "
     "Officials expect trade between Russia and South Korea to reach $25 billion by 2015.",
     {"diplomacy": 0.4, "trade": 0.5}),
    ("a08", "Harbour Wire", "2011-11-02", "Chinese trade with the North grows",
     "Trade between China and North Korea was about $5.6 billion in 2011, analysts estimate. "
     "Customs data showed the total was $3.5 billion in 2010.",
     {"trade": 0.9}),
    ("a09", "Steppe Review", "2012-01-15", "Beijing sets a trade goal",
     "China aims to lift trade with North Korea to $10 billion by 2015. "
     "Wen Jiabao met a delegation from Pyongyang in Beijing on 14 January 2012.",
     {"trade": 0.6, "diplomacy": 0.3}),
    ("a10", "Harbour Wire", "2012-03-20", "Russian exports to Seoul",
     "Russia's exports to South Korea were $10.3 billion in 2011, the ministry reported. "
     "A forecast puts them at $12 billion in 2012.",
     {"trade": 0.8}),
    ("a11", "Pyongyang Daily", "2012-04-02", "Delegation leaves for Moscow",
     "A North Korean delegation left for Moscow in April 2012. "
     "It is expected to meet Sergey Lavrov.",
     {"diplomacy": 0.7}),
    ("a12", "Steppe Review", "2012-05-05", "Weather and harvest notes",
     "Rain fell across the plains this week. "
     "Farmers said the spring sowing was on schedule.",
     {"agriculture": 0.7}),
]

ACTORS = [
    ("person:kim-jong-il", "person", "Kim Jong Il", "PRK", "Leader", "Kim Jong Il"),
    ("person:dmitry-medvedev", "person", "Dmitry Medvedev", "RUS", "President", "Dmitry Medvedev|Medvedev"),
    ("person:sergey-lavrov", "person", "Sergey Lavrov", "RUS", "Foreign Minister", "Sergey Lavrov|Lavrov"),
    ("person:lee-myung-bak", "person", "Lee Myung-bak", "KOR", "President", "Lee Myung-bak"),
    ("person:wen-jiabao", "person", "Wen Jiabao", "CHN", "Premier", "Wen Jiabao"),
    ("country:RUS", "country", "Russia", "RUS", None, "Russia|Russian|Moscow|Kremlin"),
    ("country:PRK", "country", "North Korea", "PRK", None, "North Korea|North Korean|Pyongyang"),
    ("country:KOR", "country", "South Korea", "KOR", None, "South Korea|Seoul"),
    ("country:CHN", "country", "China", "CHN", None, "China|Chinese|Beijing"),
    ("org:kremlin", "organisation", "The Kremlin", "RUS", None, "Kremlin"),
]

# (article, visitor_id, visitor_name, visitor_iso3, host_iso3, host_actor_id, place, lat, lon,
#  start, end, precision, date_text, status, domestic, evidence sentence number, confidence, event)
VISITS = [
    ("a01", "person:kim-jong-il", "Kim Jong Il", "PRK", "RUS", "person:dmitry-medvedev", "Vladivostok", 43.115, 131.886,
     "2011-08-01", "2011-08-31", "month", "in August", "planned", False, 0, 0.7, "e-vlad"),
    ("a02", "person:kim-jong-il", "Kim Jong Il", "PRK", "RUS", None, "Vladivostok", 43.115, 131.886,
     "2011-08-01", "2011-08-31", "month", None, "cancelled", False, 0, 0.8, "e-vlad"),
    ("a03", "person:kim-jong-il", "Kim Jong Il", "PRK", "RUS", "person:dmitry-medvedev", "Ulan-Ude", 51.834, 107.584,
     "2011-08-24", "2011-08-24", "day", "on 24 August 2011", "occurred", False, 0, 0.95, "e-ulan"),
    ("a04", "person:kim-jong-il", "Kim Jong Il", "PRK", "RUS", "person:dmitry-medvedev", "Ulan-Ude", 51.834, 107.584,
     "2011-08-24", "2011-08-24", "day", "on 24 August 2011", "occurred", False, 0, 0.9, "e-ulan"),
    ("a05", "person:kim-jong-il", "Kim Jong Il", "PRK", "CHN", None, None, 39.904, 116.407,
     "2011-05-01", "2011-05-31", "month", "in May 2011", "occurred", False, 0, 0.85, "e-china"),
    ("a06", "person:kim-jong-il", "Kim Jong Il", "PRK", "PRK", None, "Hamhung", 39.918, 127.536,
     "2011-10-02", "2011-10-02", "day", "on 2 October 2011", "occurred", True, 0, 0.9, "e-hamhung"),
    ("a07", "person:dmitry-medvedev", "Dmitry Medvedev", "RUS", "KOR", "person:lee-myung-bak", "Seoul", 37.566, 126.978,
     "2012-01-01", "2012-12-31", "year", "in 2012", "invited", False, 0, 0.6, "e-seoul"),
    ("a09", "country:PRK", "North Korean delegation", "PRK", "CHN", "person:wen-jiabao", "Beijing", 39.904, 116.407,
     "2012-01-14", "2012-01-14", "day", "on 14 January 2012", "occurred", False, 1, 0.75, "e-beijing"),
    ("a11", "country:PRK", "North Korean delegation", "PRK", "RUS", "person:sergey-lavrov", "Moscow", 55.756, 37.617,
     "2012-04-01", "2012-04-30", "month", "in April 2012", "occurred", False, 0, 0.4, "e-moscow"),
]

# (article, metric, reporter, partner, value, amount_text, period year, period_text, qualifier, record, approx, sentence, confidence)
FIGURES = [
    ("a02", "trade", "RUS", "KOR", 20e9, "$20 billion", 2011, "this year", "forecast", True, False, 1, 0.85),
    ("a07", "trade", "RUS", "KOR", 25e9, "$25 billion", 2015, "by 2015", "target", False, False, 1, 0.7),
    ("a08", "trade", "CHN", "PRK", 5.6e9, "$5.6 billion", 2011, "in 2011", "estimate", False, True, 0, 0.8),
    ("a08", "trade", "CHN", "PRK", 3.5e9, "$3.5 billion", 2010, "in 2010", "actual", False, False, 1, 0.9),
    ("a09", "trade", "CHN", "PRK", 10e9, "$10 billion", 2015, "by 2015", "target", False, False, 0, 0.75),
    ("a10", "exports", "RUS", "KOR", 10.3e9, "$10.3 billion", 2011, "in 2011", "actual", False, False, 0, 0.9),
    ("a10", "exports", "RUS", "KOR", 12e9, "$12 billion", 2012, "in 2012", "forecast", False, False, 1, 0.8),
]


def _sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence: our fixture sentences end with '. '."""
    spans, start = [], 0
    while start < len(text):
        stop = text.find(". ", start)
        end = len(text) if stop < 0 else stop + 1
        spans.append((start, end))
        start = end + 1 if stop >= 0 else len(text)
    return spans


def _hash(*parts: object) -> str:
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:16]


def fixture_tables() -> dict[str, pd.DataFrame]:
    """The fixture as schema tables (not yet conformed)."""
    articles, topics, mentions = [], [], []
    texts = {}
    for article_id, source, published, title, text, topic_scores in ARTICLES:
        texts[article_id] = text
        articles.append({
            "article_id": article_id, "url": f"https://news.example.org/{article_id}", "title": title,
            "source": source, "published_date": pd.Timestamp(published), "date_origin": "metadata",
            "language": "en", "text": text, "n_words": len(text.split()), "origin": f"fixture.csv#{article_id}",
            "content_hash": _hash(title, text),
        })
        for topic, score in topic_scores.items():
            topics.append({"article_id": article_id, "topic": topic, "score": score, "triggers": topic})
        sentences = _sentences(text)
        for actor_id, kind, _name, _iso3, _role, aliases in ACTORS:
            for alias in sorted(aliases.split("|"), key=len, reverse=True):
                start = text.find(alias)
                while start >= 0:
                    end = start + len(alias)
                    covered = any(m["article_id"] == article_id and m["actor_id"] == actor_id
                                  and m["char_start"] <= start < m["char_end"] for m in mentions)
                    if not covered:
                        index = next(i for i, (s, e) in enumerate(sentences) if s <= start < e)
                        mentions.append({"article_id": article_id, "actor_id": actor_id, "actor_kind": kind,
                                         "sentence_index": index, "char_start": start, "char_end": end, "surface": alias})
                    start = text.find(alias, end)
    visits = []
    for (article_id, visitor_id, visitor_name, visitor_iso3, host_iso3, host_actor_id, place, lat, lon, start, end,
         precision, date_text, status, domestic, sentence, confidence, event_id) in VISITS:
        s, e = _sentences(texts[article_id])[sentence]
        visits.append({
            "visit_id": _hash(article_id, visitor_id, host_iso3, status, s), "article_id": article_id, "event_id": event_id,
            "visitor_id": visitor_id, "visitor_name": visitor_name, "visitor_iso3": visitor_iso3, "host_iso3": host_iso3,
            "host_actor_id": host_actor_id, "location_name": place, "lat": lat, "lon": lon,
            "date_start": pd.Timestamp(start), "date_end": pd.Timestamp(end), "date_precision": precision,
            "date_text": date_text, "status": status, "is_domestic": domestic, "evidence": texts[article_id][s:e],
            "char_start": s, "char_end": e, "confidence": confidence, "cameo_code": "042", "extractor": "rules",
            "source_url": f"https://news.example.org/{article_id}",
        })
    figures = []
    for (article_id, metric, reporter, partner, value, amount_text, year, period_text, qualifier, record, approx,
         sentence, confidence) in FIGURES:
        text = texts[article_id]
        s, e = _sentences(text)[sentence]
        amount_start = text.index(amount_text, s)
        figures.append({
            "figure_id": _hash(article_id, metric, reporter, partner, amount_start), "article_id": article_id,
            "metric": metric, "reporter_iso3": reporter, "partner_iso3": partner, "value": value, "value_low": value,
            "value_high": value, "currency": "USD", "value_usd": value, "amount_text": amount_text,
            "period_start": pd.Timestamp(year, 1, 1), "period_end": pd.Timestamp(year, 12, 31), "period_text": period_text,
            "qualifier": qualifier, "is_record": record, "is_approximate": approx, "evidence": text[s:e],
            "char_start": amount_start, "char_end": amount_start + len(amount_text), "confidence": confidence,
        })
    visit_events = _events(visits, {a[0]: (a[1], pd.Timestamp(a[2])) for a in ARTICLES})
    actors = [{"actor_id": a, "kind": k, "name": n, "iso3": i, "role": r, "aliases": al, "source": "fixture"}
              for a, k, n, i, r, al in ACTORS]
    return {"articles": pd.DataFrame(articles), "mentions": pd.DataFrame(mentions), "visits": pd.DataFrame(visits),
            "visit_events": visit_events, "figures": pd.DataFrame(figures), "topics": pd.DataFrame(topics),
            "actors": pd.DataFrame(actors)}


def _events(visits: list[dict], article_meta: dict[str, tuple[str, pd.Timestamp]]) -> pd.DataFrame:
    """Merge the fixture's visit records by their hand-assigned event_id."""
    rank = {"day": 0, "month": 1, "year": 2, "unknown": 3}
    rows = []
    for event_id in dict.fromkeys(v["event_id"] for v in visits):
        records = sorted((v for v in visits if v["event_id"] == event_id), key=lambda v: article_meta[v["article_id"]][1])
        best = min(rank[v["date_precision"]] for v in records)
        precise = [v for v in records if rank[v["date_precision"]] == best]
        first = records[0]
        published = [article_meta[v["article_id"]][1] for v in records]
        rows.append({
            "event_id": event_id, "visitor_id": first["visitor_id"], "visitor_name": first["visitor_name"],
            "visitor_iso3": first["visitor_iso3"], "host_iso3": first["host_iso3"],
            "location_name": precise[0]["location_name"], "lat": precise[0]["lat"], "lon": precise[0]["lon"],
            "date_start": min(v["date_start"] for v in precise), "date_end": max(v["date_end"] for v in precise),
            "date_precision": precise[0]["date_precision"], "status": records[-1]["status"],
            "status_history": "; ".join(f"{p.date()} {v['status']}" for p, v in zip(published, records)),
            "is_domestic": first["is_domestic"], "n_records": len(records),
            "n_sources": len({article_meta[v["article_id"]][0] for v in records}),
            "n_articles": len({v["article_id"] for v in records}),
            "article_ids": " ".join(dict.fromkeys(v["article_id"] for v in records)),
            "first_reported": min(published), "last_reported": max(published),
        })
    return pd.DataFrame(rows)


def build_fixture_store(path: str | Path) -> Path:
    """Write the fixture store to ``path`` (replacing it) and return its path."""
    report = {"inputs": ["fixture"], "articles": len(ARTICLES), "problems": [], "built": dt.date(2026, 1, 1).isoformat()}
    return write_store(path, fixture_tables(), report)


# Our own words: three short reports for uploads (browser tests, load benchmark).
UPLOAD_ROWS = [
    ("Ferry line to Rajin announced", "2019-03-04", "Harbour Letter",
     "A shipping company from Vladivostok said on Monday it would open a ferry line to the port of Rajin in May."),
    ("Premier visits Pyongyang", "2019-04-12", "Border Notes",
     "Dmitry Medvedev visited Pyongyang on 11 April 2019 and met officials to discuss a new bridge over the Tumen river."),
    ("Border trade figure", "2019-06-20", "Border Notes",
     "Trade between Russia and North Korea reached $34 million in 2018, customs officials said on Thursday."),
]


if __name__ == "__main__":
    import sys

    print(build_fixture_store(sys.argv[1] if len(sys.argv) > 1 else "/tmp/newslens_fixture_store"))
