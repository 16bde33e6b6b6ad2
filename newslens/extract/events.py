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
    # Plain per-column lists: the per-event work below is a few list operations instead of ~15
    # pandas calls on the wide frame (the KCNA 2011 year spent a minute there); same results.
    pub, starts, ends = v["_pub"].tolist(), v["_start"].tolist(), v["_end"].tolist()
    groups: list[list[int]] = []
    keys = v[["_visitor", "host_iso3", "_domestic"]]
    for _key, g in keys.groupby(["_visitor", "host_iso3", "_domestic"], sort=True, dropna=False):
        # as g[g["_start"].notna()].sort_values(["_start", "_end"]) (a stable multi-key sort)
        dated = sorted((i for i in g.index if not pd.isna(starts[i])), key=lambda i: (starts[i], ends[i]))
        clusters: list[list[int]] = []
        bounds: list[list] = []
        for idx in dated:
            if clusters and starts[idx] <= bounds[-1][1]:
                clusters[-1].append(idx)
                bounds[-1][1] = max(bounds[-1][1], ends[idx])
            else:
                clusters.append([idx])
                bounds.append([starts[idx], ends[idx]])
        undated = [i for i in g.index if pd.isna(starts[i])]
        if undated:
            if len(clusters) == 1:
                clusters[0].extend(undated)
            else:
                clusters.append(undated)
        groups.extend(clusters)
    col = {c: v[c].tolist() for c in ("article_id", "char_start", "visit_id", "date_precision", "status",
                                       "location_name", "lat", "lon", "visitor_id", "visitor_name",
                                       "visitor_iso3", "host_iso3", "_domestic", "_src")}
    event_ids: list = [pd.NA] * len(v)
    events = []
    for members in groups:
        # as sort_values(["_order", "article_id", "char_start"], kind="stable"), missing offsets last
        order = sorted(members, key=lambda i: (pd.Timestamp.max if pd.isna(pub[i]) else pub[i], col["article_id"][i],
                                               pd.isna(col["char_start"][i]),
                                               0 if pd.isna(col["char_start"][i]) else col["char_start"][i]))
        event_id = stable_id("event", *sorted(str(col["visit_id"][i]) for i in order))
        for i in members:
            event_ids[i] = event_id
        ranks = [0 if pd.isna(col["date_precision"][i]) else _RANK.get(col["date_precision"][i], 0) for i in order]
        best = max(ranks)
        precise = [i for i, r in zip(order, ranks) if r == best]
        history = "; ".join(
            f"{'' if pd.isna(pub[i]) else pub[i].date().isoformat()} {col['status'][i]}".strip() for i in order)
        places = [col["location_name"][i] for i in order if not pd.isna(col["location_name"][i])]
        if len(set(places)) > 1:
            loc = pd.Series(places, dtype=v["location_name"].dtype).value_counts().index[0]
        else:
            loc = places[0] if places else None
        at = order[0] if loc is None else next(
            i for i in order if not pd.isna(col["location_name"][i]) and col["location_name"][i] == loc)
        first = order[0]
        precise_starts = [starts[i] for i in precise if not pd.isna(starts[i])]
        precise_ends = [ends[i] for i in precise if not pd.isna(ends[i])]
        dated_pubs = [pub[i] for i in order if not pd.isna(pub[i])]
        events.append({
            "event_id": event_id,
            "visitor_id": col["visitor_id"][first],
            "visitor_name": col["visitor_name"][first],
            "visitor_iso3": col["visitor_iso3"][first],
            "host_iso3": col["host_iso3"][first],
            "location_name": loc,
            "lat": col["lat"][at],
            "lon": col["lon"][at],
            "date_start": (min(precise_starts) if precise_starts else pd.NaT) if best else pd.NaT,
            "date_end": (max(precise_ends) if precise_ends else pd.NaT) if best else pd.NaT,
            "date_precision": [k for k, r in _RANK.items() if r == best][0],
            "status": col["status"][order[-1]],
            "status_history": history,
            "is_domestic": bool(col["_domestic"][first]),
            "n_records": len(order),
            "n_sources": len({col["_src"][i] for i in order if not pd.isna(col["_src"][i])}),
            "n_articles": len({col["article_id"][i] for i in order}),
            "article_ids": " ".join(dict.fromkeys(str(col["article_id"][i]) for i in order)),
            "first_reported": min(dated_pubs) if dated_pubs else pd.NaT,
            "last_reported": max(dated_pubs) if dated_pubs else pd.NaT,
        })
    v["event_id"] = pd.Series(event_ids, index=v.index, dtype="object")
    out_visits = conform(v.drop(columns=[c for c in v.columns if c.startswith("_")]), "visits")
    return out_visits, conform(events, "visit_events")
