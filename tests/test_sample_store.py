"""The shipped sample store is what ingesting data/sample/briefs gives today."""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from newslens import store
from newslens.ingest import ingest

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "sample"


def test__sample_store__up_to_date(tmp_path, monkeypatch):
    """Fails when briefs, registry, lexicons or extractors changed without rebuilding the store:
    python -m newslens ingest data/sample/briefs --out data/sample/store"""
    shipped = store.load_store(SAMPLE / "store")
    monkeypatch.chdir(ROOT)  # origins are recorded as given: build it the way the store was built
    ingest(["data/sample/briefs"], tmp_path / "fresh", workers=1)
    fresh = store.load_store(tmp_path / "fresh")
    for name, key in [("articles", "article_id"), ("visits", "visit_id"), ("figures", "figure_id"), ("visit_events", "event_id"), ("mentions", ["article_id", "char_start", "actor_id"]), ("topics", ["article_id", "topic"])]:
        a = shipped.table(name).sort_values(key).reset_index(drop=True)
        b = fresh.table(name).sort_values(key).reset_index(drop=True)
        pd.testing.assert_frame_equal(a, b, obj=f"sample store table {name}")


def test__sample_store__covers_what_the_dashboard_needs():
    ds = store.load_store(SAMPLE / "store")
    briefs = pd.concat([pd.read_csv(f, dtype=str) for f in sorted((SAMPLE / "briefs").glob("*.csv"))])
    assert len(ds.articles) == len(briefs) and 80 <= len(briefs) <= 150
    assert set(ds.visits["status"]) == {"invited", "planned", "occurred", "cancelled"}
    assert set(ds.figures["qualifier"]) == {"actual", "estimate", "forecast", "target"}
    pairs = ds.figures.dropna(subset=["reporter_iso3", "partner_iso3"])
    pairs = pairs.assign(pair=[" ".join(sorted(p)) for p in zip(pairs["reporter_iso3"], pairs["partner_iso3"])])
    years = pairs.groupby("pair")["period_start"].apply(lambda s: s.dt.year.nunique())
    assert (years >= 5).sum() >= 4, years  # several pairs over many years for the trade page
