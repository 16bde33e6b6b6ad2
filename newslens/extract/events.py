"""Merge visit records of several articles into visits events (schema "visit_events").

Records merge when they have the same visitor, host and domestic flag and their date windows
overlap. An undated record joins a dated event of the same visitor and host only when there is
exactly one such event; otherwise undated records of one pair form one event of their own.
"""
from __future__ import annotations

import pandas as pd

from ..schema import conform, empty_frame
from .text import stable_id

_RANK = {"day": 3, "month": 2, "year": 1, "unknown": 0}


def merge_visits(visits: pd.DataFrame, articles: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(visits with event_id filled, visit_events).

    ``articles`` needs article_id, and uses published_date and source when present. Both outputs
    are conformed to the schema.
    """
    if visits is None or len(visits) == 0:
        return conform(visits if visits is not None else empty_frame("visits"), "visits"), empty_frame("visit_events")
    v = visits.copy().reset_index(drop=True)
    meta = articles.drop_duplicates("article_id").set_index("article_id") if len(articles) else pd.DataFrame()
    pub = v["article_id"].map(meta["published_date"]) if "published_date" in meta else pd.Series(pd.NaT, index=v.index)
    src = v["article_id"].map(meta["source"]) if "source" in meta else pd.Series(pd.NA, index=v.index)
    v["_pub"] = pd.to_datetime(pub)
    v["_src"] = src
    v["_start"] = pd.to_datetime(v["date_start"])
    v["_end"] = pd.to_datetime(v["date_end"]).fillna(v["_start"])
    v["_domestic"] = v["is_domestic"].fillna(False).astype(bool) if "is_domestic" in v else False
    v["_visitor"] = v["visitor_id"].fillna("country:" + v["visitor_iso3"].fillna("?"))
    v["event_id"] = pd.NA
    groups: list[list[int]] = []
    for _key, g in v.groupby(["_visitor", "host_iso3", "_domestic"], sort=True, dropna=False):
        dated = g[g["_start"].notna()].sort_values(["_start", "_end"])
        clusters: list[list[int]] = []
        bounds: list[list] = []
        for idx, row in dated.iterrows():
            if clusters and row["_start"] <= bounds[-1][1]:
                clusters[-1].append(idx)
                bounds[-1][1] = max(bounds[-1][1], row["_end"])
            else:
                clusters.append([idx])
                bounds.append([row["_start"], row["_end"]])
        undated = list(g.index[g["_start"].isna()])
        if undated:
            if len(clusters) == 1:
                clusters[0].extend(undated)
            else:
                clusters.append(undated)
        groups.extend(clusters)
    events = []
    for members in groups:
        g = v.loc[members].copy()
        g["_order"] = g["_pub"].fillna(pd.Timestamp.max)
        g = g.sort_values(["_order", "article_id", "char_start"], kind="stable")
        event_id = stable_id("event", *sorted(g["visit_id"].astype(str)))
        v.loc[members, "event_id"] = event_id
        best = max(_RANK.get(p, 0) for p in g["date_precision"].fillna("unknown"))
        precise = g[g["date_precision"].fillna("unknown").map(lambda p: _RANK.get(p, 0)) == best]
        history = "; ".join(
            f"{'' if pd.isna(p) else p.date().isoformat()} {s}".strip() for p, s in zip(g["_pub"], g["status"]))
        places = g["location_name"].dropna()
        loc = places.value_counts().index[0] if len(places) else None
        at = g[g["location_name"] == loc].iloc[0] if loc is not None else g.iloc[0]
        first = g.iloc[0]
        events.append({
            "event_id": event_id,
            "visitor_id": first["visitor_id"],
            "visitor_name": first["visitor_name"],
            "visitor_iso3": first["visitor_iso3"],
            "host_iso3": first["host_iso3"],
            "location_name": loc,
            "lat": at["lat"],
            "lon": at["lon"],
            "date_start": precise["_start"].min() if best else pd.NaT,
            "date_end": precise["_end"].max() if best else pd.NaT,
            "date_precision": [k for k, r in _RANK.items() if r == best][0],
            "status": g.iloc[-1]["status"],
            "status_history": history,
            "is_domestic": bool(first["_domestic"]),
            "n_records": len(g),
            "n_sources": int(g["_src"].dropna().nunique()),
            "n_articles": int(g["article_id"].nunique()),
            "article_ids": " ".join(dict.fromkeys(g["article_id"].astype(str))),
            "first_reported": g["_pub"].min(),
            "last_reported": g["_pub"].max(),
        })
    out_visits = conform(v.drop(columns=[c for c in v.columns if c.startswith("_")]), "visits")
    return out_visits, conform(events, "visit_events")
