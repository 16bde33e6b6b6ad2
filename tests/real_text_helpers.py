"""Shared helpers of the real-text visit tests (tests/test_visits_real_text_s19.py, ..._s20.py): run one story through
the extractor (checking its visit rows against the schema) and read its foreign visits as comparable keys."""
from __future__ import annotations

from newslens.extract import ArticleInput
from newslens.schema import conform

# a home outlet's address: its stories tell "here" (KCNA); the wire fixtures pass url=None
AGENCY = "http://www.kcna.co.jp/item/2012/201205/news10/x.htm"
DAY, MONTH = "day", "month"


def run(extractor, text, pub, url=AGENCY, article_id="story"):
    out = extractor.extract(ArticleInput(article_id, None, text, pub, url))
    conform(out["visits"], "visits")
    return out


def keys(rows):
    """(visitor country, host, status, first day, precision) of each foreign visit, sorted."""
    return sorted((v["visitor_iso3"], v["host_iso3"], v["status"], v["date_start"], v["date_precision"])
                  for v in rows if not v["is_domestic"])
