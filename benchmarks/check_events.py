"""Check visit_events against official trips: how many trips are one event, split, or chained.

    python benchmarks/check_events.py STORE                 # merge the store's visits with this tree
    python benchmarks/check_events.py STORE --ref main      # ... and with events.py of a git ref
    python benchmarks/check_events.py STORE --day-gap 1 --delegation-day-gap 1   # other gaps
    python benchmarks/check_events.py STORE --details       # one line per official trip

STORE is an ingested store folder (e.g. the KCNA 2011 year). The visits and articles are merged
again by ``merge_visits`` (the store's own visit_events are not read), so several rules can be
compared on the same records without ingesting again.

Official trips: the rows of foreign_leader_visits_to_us.csv (shared reference/visits) whose visitor
is a visitor of the store, plus the hand list OFFICIAL_TRIPS below (dates as the host's or visitor's
government announced them; KCNA's arrival and departure reports for visits to the DPRK).

A record belongs to a trip when it has the trip's visitor and host and its date window overlaps the
trip's days widened by one day on each side; a record whose window overlaps two trips of the pair
(a year record, say) belongs to none. Then, per trip, the events holding its records:
- good: exactly one event; fragmented: more than one; absent: none (the store never dates it);
and per event: chained when it holds records of two or more trips. For the many visitors with no
official list (country delegations: "country:CHN" -> PRK), day_events_over_14_days counts the
day-dated events longer than two weeks, which are most often separate trips glued together.
"""
from __future__ import annotations

import argparse
import importlib.util
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from newslens.extract import events as events_module  # noqa: E402

LONG_DAYS = 14

# (visitor_id, host_iso3, first day, last day, what)
OFFICIAL_TRIPS = [
    ("person:kim-jong-il", "RUS", "2001-07-26", "2001-08-18", "Kim Jong Il's train journey to Moscow"),
    ("person:kim-jong-il", "RUS", "2002-08-20", "2002-08-24", "Kim Jong Il in the Russian Far East"),
    ("person:kim-jong-il", "CHN", "2010-05-03", "2010-05-07", "Kim Jong Il to Beijing"),
    ("person:kim-jong-il", "CHN", "2010-08-26", "2010-08-30", "Kim Jong Il to Jilin and Changchun"),
    ("person:kim-jong-il", "CHN", "2011-05-20", "2011-05-26", "Kim Jong Il to north-east China, Yangzhou, Beijing"),
    ("person:kim-jong-il", "RUS", "2011-08-20", "2011-08-25", "Kim Jong Il to Siberia (Ulan-Ude summit)"),
    ("person:kim-jong-il", "CHN", "2011-08-25", "2011-08-27", "Kim Jong Il home through north-east China"),
    ("person:meng-jianzhu", "PRK", "2011-02-13", "2011-02-16", "Chinese Minister of Public Security"),
    ("person:zhang-zhijun", "PRK", "2011-02-20", "2011-02-22", "Chinese Vice-Minister of Foreign Affairs"),
    ("person:zhang-dejiang", "PRK", "2011-07-10", "2011-07-13", "Chinese friendship delegation, treaty anniversary"),
    ("person:choummaly-sayasone", "PRK", "2011-09-21", "2011-09-23", "Lao president, official goodwill visit"),
    ("person:oleg-kozhemyako", "PRK", "2011-10-17", "2011-10-21", "Governor of Amur Region"),
    ("person:li-keqiang", "PRK", "2011-10-23", "2011-10-25", "Chinese Vice-Premier, official goodwill visit"),
    ("person:hu-jintao", "KAZ", "2011-06-12", "2011-06-15", "Hu Jintao state visit and SCO summit"),
    ("person:hu-jintao", "UKR", "2011-06-18", "2011-06-20", "Hu Jintao state visit"),
]


def official_trips(visits: pd.DataFrame, shared: Path) -> pd.DataFrame:
    """The hand list plus the store's visitors in foreign_leader_visits_to_us.csv, one row per trip."""
    trips = pd.DataFrame(OFFICIAL_TRIPS, columns=["visitor_id", "host_iso3", "start", "end", "what"])
    us_file = shared / "reference" / "visits" / "foreign_leader_visits_to_us.csv"
    if us_file.exists():
        us = pd.read_csv(us_file)
        # only the people the store has travelling to the USA: other rows would only count as absent
        to_us = visits[visits["visitor_id"].astype(str).str.startswith("person:") & (visits["host_iso3"] == "USA")]
        names = to_us[["visitor_id", "visitor_name"]]
        for visitor_id, name in names.drop_duplicates("visitor_id").itertuples(index=False):
            rows = us[us["visitor"].str.contains(str(name), case=False, regex=False, na=False)]
            trips = pd.concat([trips, pd.DataFrame({
                "visitor_id": visitor_id, "host_iso3": "USA", "start": rows["start_date"], "end": rows["end_date"],
                "what": "foreign_leader_visits_to_us #" + rows["id"].astype(str)})], ignore_index=True)
    trips["start"], trips["end"] = pd.to_datetime(trips["start"]), pd.to_datetime(trips["end"])
    trips = trips.drop_duplicates(["visitor_id", "host_iso3", "start"]).reset_index(drop=True)
    trips["trip"] = range(len(trips))
    return trips


def trip_of_records(visits: pd.DataFrame, trips: pd.DataFrame) -> pd.Series:
    """For each visit record, the number of the one official trip it belongs to, else -1."""
    day = pd.Timedelta(days=1)
    starts, ends = pd.to_datetime(visits["date_start"]), pd.to_datetime(visits["date_end"])
    ends = ends.fillna(starts)
    out = pd.Series(-1, index=visits.index)
    for pair, pair_trips in trips.groupby(["visitor_id", "host_iso3"]):
        mine = visits.index[(visits["visitor_id"] == pair[0]) & (visits["host_iso3"] == pair[1])
                            & ~visits["is_domestic"].fillna(False).astype(bool) & starts.notna()]
        for i in mine:
            hits = pair_trips[(pair_trips["start"] - day <= ends[i]) & (starts[i] <= pair_trips["end"] + day)]
            if len(hits) == 1:
                out[i] = hits["trip"].iloc[0]
    return out


def score(merged_visits: pd.DataFrame, merged_events: pd.DataFrame, trips: pd.DataFrame) -> tuple[dict, pd.DataFrame]:
    """(counts, per-trip table) for the two outputs of merge_visits."""
    trip = trip_of_records(merged_visits, trips)
    linked = pd.DataFrame({"trip": trip, "event_id": merged_visits["event_id"]})[trip >= 0]
    per_trip = linked.groupby("trip")["event_id"].nunique().reindex(trips["trip"], fill_value=0)
    per_event = linked.groupby("event_id")["trip"].nunique()
    table = trips.assign(n_records=linked.groupby("trip").size().reindex(trips["trip"], fill_value=0).values,
                         n_events=per_trip.values)
    # A proxy for chaining among visitors with no official list (country delegations): dated events
    # whose day span is longer than LONG_DAYS.
    spans = (merged_events["date_end"] - merged_events["date_start"]).dt.days + 1
    long_events = int(((merged_events["date_precision"] == "day") & (spans > LONG_DAYS)).sum())
    counts = {"trips": len(trips), "good": int((per_trip == 1).sum()), "fragmented": int((per_trip > 1).sum()),
              "absent": int((per_trip == 0).sum()), "chained_events": int((per_event > 1).sum()),
              "trips_in_chained_events": int(linked[linked["event_id"].isin(per_event.index[per_event > 1])]
                                             ["trip"].nunique()),
              f"day_events_over_{LONG_DAYS}_days": long_events}
    return counts, table


def load_ref_module(ref: str):
    """events.py of a git ref, imported as a stand-alone module (its relative imports made absolute)."""
    source = subprocess.run(["git", "show", f"{ref}:newslens/extract/events.py"], cwd=ROOT, check=True,
                            capture_output=True, text=True).stdout
    source = source.replace("from ..schema import", "from newslens.schema import").replace(
        "from .text import", "from newslens.extract.text import")
    path = Path(tempfile.mkdtemp()) / "events_ref.py"
    path.write_text(source, encoding="utf-8")
    spec = importlib.util.spec_from_file_location("events_ref", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main() -> int:
    shared = Path(os.environ.get("NEWSLENS_SHARED", ROOT.parent / "shared"))
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("store", help="store folder with visits.parquet and articles.parquet")
    ap.add_argument("--ref", default=None, help="also merge with newslens/extract/events.py of this git ref")
    ap.add_argument("--day-gap", type=int, default=events_module.DAY_GAP, help="for person visitors")
    ap.add_argument("--delegation-day-gap", type=int, default=events_module.DELEGATION_DAY_GAP,
                    help="for country and organisation visitors")
    ap.add_argument("--details", action="store_true", help="print one line per official trip")
    args = ap.parse_args()
    store = Path(args.store)
    visits = pd.read_parquet(store / "visits.parquet")
    articles = pd.read_parquet(store / "articles.parquet", columns=["article_id", "published_date", "source"])
    trips = official_trips(visits, shared)
    runs = []
    if args.ref:
        runs.append((args.ref, lambda: load_ref_module(args.ref).merge_visits(visits, articles)))
    runs.append((f"this tree (day_gap={args.day_gap}, delegation_day_gap={args.delegation_day_gap})",
                 lambda: events_module.merge_visits(visits, articles, day_gap=args.day_gap,
                                                    delegation_day_gap=args.delegation_day_gap)))
    print(f"{len(visits)} visit records, {len(trips)} official trips")
    for label, merge in runs:
        t0 = time.perf_counter()
        merged_visits, events = merge()
        seconds = time.perf_counter() - t0
        counts, table = score(merged_visits, events, trips)
        foreign = int((~events["is_domestic"].fillna(False).astype(bool)).sum())
        print(f"{label}: {len(events)} events ({foreign} foreign) in {seconds:.2f} s; " +
              ", ".join(f"{k} {v}" for k, v in counts.items()))
        if args.details:
            print(table[["visitor_id", "host_iso3", "start", "end", "n_records", "n_events", "what"]]
                  .to_string(index=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
