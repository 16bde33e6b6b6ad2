"""Merge visit records of several articles into visit events (schema "visit_events").

Records are merged per (visitor, host, domestic flag); a domestic tour never joins a foreign visit.
Within a pair the rule works from the most precise dates to the least, so a coarse window can be
placed on a trip but can never join two trips:

1. Day records (date_precision "day") form day-clusters: sorted by start, a record joins the
   current cluster when it starts no more than ``DAY_GAP`` (2) days after the cluster's end, so a
   trip reported on 20, 21, 22 May is one cluster, and so is one reported on day 1 and day 3 (6
   and 8 Dec). For a country or organisation visitor ("China delegation", which stands for any of
   that country's delegations) the gap is ``DELEGATION_DAY_GAP`` (1): consecutive days only.
2. A month record ("in May", "late June") joins one day-cluster whose span overlaps its window.
   A year record ("last year") joins one day-cluster or one month-group (step 3) that overlaps
   its window. A coarse record never widens the span of what it joins, so it cannot bridge two
   clusters. When several fit, the record's publication date chooses:
   - planned / invited (told before the trip): the first candidate starting on or after the
     publication date;
   - occurred (told after): the last candidate starting on or before the publication date;
   - otherwise (cancelled, or no candidate on the right side): the candidate nearest to the
     publication date (distance 0 when the date falls inside its span), the earlier on a tie;
   - no publication date: the earliest candidate.
3. Coarse records that fit nothing group with the records of the same precision whose windows
   overlap (same month; same year): one event per month or per year. A month-group is a
   candidate for the year records (step 2), so "May 2010" and "last year" (told in 2011) stay one
   event when nothing more precise is known.
4. Undated records join the pair's event when the pair has exactly one dated event; otherwise
   the pair's undated records form one event of their own. (Placing them by publication date,
   as in step 2, was not adopted: nothing in an undated record says which trip it means, and a
   later reference to a past trip would be assigned to the latest one.)

KCNA 2011 year (1,705 visit records; ``python benchmarks/check_events.py STORE --ref main``): 889
events before this rule, 877 with it; of 15 official trips dated in the store, 11 were one event
and 4 split over several, and one event held two trips (Kim Jong Il in China, May and August);
now 15 are one event and none is chained. The merge takes about 0.2 s.
"""
from __future__ import annotations

import pandas as pd

from ..schema import conform, empty_frame
from .text import stable_id

_RANK = {"day": 3, "month": 2, "year": 1, "unknown": 0}

# A day record joins a day-cluster when it starts at most this many days after the cluster's end:
# 1 takes consecutive days only, 2 also a trip reported on day 1 and day 3. A named person gets 2;
# a country or organisation visitor ("China delegation") stands for any of its delegations, and 2
# glued KCNA's week-long runs of different Chinese delegations together, so it gets 1.
# Measured with benchmarks/check_events.py on the KCNA 2011 year.
DAY_GAP = 2
DELEGATION_DAY_GAP = 1
_FORWARD = ("planned", "invited")  # statuses told before the trip


def merge_visits(visits: pd.DataFrame, articles: pd.DataFrame, *, day_gap: int = DAY_GAP,
                 delegation_day_gap: int = DELEGATION_DAY_GAP) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(visits with event_id filled, visit_events).

    ``articles`` needs article_id, and uses published_date and source when present. ``day_gap``
    (visitors "person:...") and ``delegation_day_gap`` (any other visitor) default to DAY_GAP and
    DELEGATION_DAY_GAP; benchmarks/check_events.py measures others. Both outputs are conformed to
    the schema.
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
    precisions, statuses = v["date_precision"].fillna("unknown").tolist(), v["status"].tolist()
    groups: list[list[int]] = []
    keys = v[["_visitor", "host_iso3", "_domestic"]]
    person_step, delegation_step = pd.Timedelta(days=day_gap), pd.Timedelta(days=delegation_day_gap)
    for key, g in keys.groupby(["_visitor", "host_iso3", "_domestic"], sort=True, dropna=False):
        step = person_step if str(key[0]).startswith("person:") else delegation_step
        groups.extend(_pair_groups(list(g.index), starts, ends, pub, precisions, statuses, step))
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


def _pair_groups(members: list[int], starts: list, ends: list, pub: list, precisions: list, statuses: list,
                 step: pd.Timedelta) -> list[list[int]]:
    """The records of one (visitor, host, domestic) pair split into events, as lists of row numbers.

    Implements steps 1-4 of the module docstring. Example: day records on 20-26 May and 25-27 Aug,
    a month record "in May" and a year record "this year" told on 5 Sep -> two events: 20-26 May
    with the May record, 25-27 Aug with the year record.
    """
    dated = sorted((i for i in members if not pd.isna(starts[i])), key=lambda i: (starts[i], ends[i]))
    # Each cluster: [span_start, span_end, rows]; the span grows only with the records that formed
    # the cluster (days, or the coarse records of a group), never with a coarse record placed on it.
    clusters: list[list] = []
    for i in (i for i in dated if precisions[i] == "day"):
        if clusters and starts[i] <= clusters[-1][1] + step:
            clusters[-1][1] = max(clusters[-1][1], ends[i])
            clusters[-1][2].append(i)
        else:
            clusters.append([starts[i], ends[i], [i]])
    for level in ("month", "year"):
        # A dated record of another precision ("unknown" with a window) is treated as a year record.
        coarse = [i for i in dated
                  if precisions[i] == level or (level == "year" and precisions[i] not in ("day", "month"))]
        unplaced = []
        for i in coarse:
            fits = [c for c in clusters if c[0] <= ends[i] and starts[i] <= c[1]]
            if fits:
                _choose(fits, statuses[i], pub[i])[2].append(i)
            else:
                unplaced.append(i)
        new: list[list] = []
        for i in unplaced:  # already sorted by start: plain overlap clustering of same-level windows
            if new and starts[i] <= new[-1][1]:
                new[-1][1] = max(new[-1][1], ends[i])
                new[-1][2].append(i)
            else:
                new.append([starts[i], ends[i], [i]])
        clusters = sorted(clusters + new, key=lambda c: (c[0], c[1]))
    groups = [c[2] for c in clusters]
    undated = [i for i in members if pd.isna(starts[i])]
    if undated:
        if len(groups) == 1:
            groups[0].extend(undated)
        else:
            groups.append(undated)
    return groups


def _choose(fits: list[list], status, published) -> list:
    """The one cluster (of ``fits``, sorted by start) a coarse record joins: see step 2 of the module docstring."""
    if pd.isna(published):
        return fits[0]
    if status in _FORWARD:
        after = [c for c in fits if c[0] >= published]
        if after:
            return after[0]
    elif status == "occurred":
        before = [c for c in fits if c[0] <= published]
        if before:
            return before[-1]
    # distance from the publication date to the span (0 inside it); min() keeps the earlier on a tie
    return min(fits, key=lambda c: max(c[0] - published, published - c[1], pd.Timedelta(0)))
