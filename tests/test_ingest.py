"""The ingest pipeline end to end: ids, date origins, dedupe, append, atomic writes, the report,
the command line, and the real corpora in ../shared."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from newslens import store
from newslens.ingest import article_id_for, ingest, mark_duplicates, normalise_url

ROOT = Path(__file__).resolve().parents[1]

# Our own words: two outlets carrying the same agency story, and an unrelated piece.
WIRE_STORY = (
    "The foreign ministers of Russia and South Korea met in Moscow on Wednesday and agreed to prepare a visit "
    "by the Korean president later in the year. They also discussed a gas pipeline that would cross North Korea, "
    "and said officials from the energy companies of both countries had already held several rounds of talks. "
    "Trade between the two countries grew strongly last year, the ministers said, without giving a figure."
)
OTHER_STORY = "A delegation of Chinese railway engineers arrived in Pyongyang on Monday for a week of talks on a new bridge over the Yalu river."


def _csv(path: Path, rows: list[dict]) -> Path:
    pd.DataFrame(rows).to_csv(path, index=False)
    return path


def test__normalise_url__and_ids_are_stable():
    assert normalise_url("https://www.Example.com/a/b/?utm_source=x#top") == "example.com/a/b"
    a = article_id_for("https://example.com/a/b", None, "text")
    assert a == article_id_for("http://www.example.com/a/b/", "other", "other text")
    assert article_id_for(None, "T", "Body one") != article_id_for(None, "T", "Body two")


def test__ingest__date_origins_and_report(tmp_path):
    inp = tmp_path / "in"
    inp.mkdir()
    _csv(inp / "a.csv", [
        {"title": "From metadata", "text": OTHER_STORY, "date": "2019-05-02", "url": "https://ex.org/2018/01/01/x"},
        {"title": "From the URL", "text": WIRE_STORY, "date": "", "url": "https://ex.org/2011/08/10/y"},
    ])
    (inp / "2012").mkdir()
    (inp / "2012" / "d.txt").write_text("Dateline piece\n\nMOSCOW, Aug. 8 (Itar-Tass) -- Officials from both sides met again to discuss the border railway project.")
    (inp / "u.txt").write_text("Undated piece\n\nOfficials met again to discuss the railway and said more talks would follow soon.")
    (inp / "empty.json").write_text("")
    report = ingest([inp], tmp_path / "store", workers=1)
    ds = store.load_store(tmp_path / "store")
    by_title = ds.articles.set_index("title")
    assert by_title.loc["From metadata", "date_origin"] == "metadata"
    assert by_title.loc["From metadata", "published_date"] == pd.Timestamp("2019-05-02")
    assert by_title.loc["From the URL", "date_origin"] == "url"
    assert by_title.loc["Dateline piece", "date_origin"] == "dateline"
    assert by_title.loc["Dateline piece", "published_date"] == pd.Timestamp("2012-08-08")
    assert by_title.loc["Undated piece", "date_origin"] == "unknown"
    assert pd.isna(by_title.loc["Undated piece", "published_date"])
    assert report["counts"]["articles"] == 4
    assert [p["path"].endswith("empty.json") for p in report["problems"]] == [True]
    assert json.loads((tmp_path / "store" / "ingest_report.json").read_text())["counts"]["articles"] == 4


def test__ingest__syndicated_copies_point_to_first(tmp_path):
    rows = [
        {"title": "Ministers meet", "text": WIRE_STORY, "date": "2011-08-04", "source": "Outlet B", "url": "https://b.example/2"},
        {"title": "Ministers meet in Moscow", "text": WIRE_STORY + " (AP)", "date": "2011-08-03", "source": "Outlet A", "url": "https://a.example/1"},
        {"title": "Ministers meet", "text": WIRE_STORY.replace("without giving a figure.", "without a figure."), "date": "2011-08-05", "source": "Outlet C", "url": "https://c.example/3"},
        {"title": "Bridge talks", "text": OTHER_STORY, "date": "2011-08-05", "source": "Outlet A", "url": "https://a.example/4"},
    ]
    _csv(tmp_path / "s.csv", rows)
    ingest([tmp_path / "s.csv"], tmp_path / "store", workers=1)
    arts = store.load_store(tmp_path / "store").articles.set_index("source")
    first = arts.loc["Outlet A"].query("title == 'Ministers meet in Moscow'")["article_id"].iloc[0]
    assert arts.loc["Outlet B", "duplicate_of"] == first
    assert arts.loc["Outlet C", "duplicate_of"] == first
    assert arts["duplicate_of"].notna().sum() == 2


def test__mark_duplicates__exact_and_near():
    frame = pd.DataFrame({
        "article_id": ["a", "b", "c"],
        "published_date": pd.to_datetime(["2020-01-02", "2020-01-01", None]),
        "content_hash": ["h1", "h1", "h2"],
        "text": [WIRE_STORY, WIRE_STORY, OTHER_STORY],
    })
    assert mark_duplicates(frame).astype(object).where(lambda s: s.notna(), None).tolist() == ["b", None, None]


def test__ingest__rerun_and_append_add_nothing(tmp_path):
    _csv(tmp_path / "one.csv", [{"title": "Ministers meet", "text": WIRE_STORY, "date": "2011-08-04"}])
    _csv(tmp_path / "two.csv", [{"title": "Bridge talks", "text": OTHER_STORY, "date": "2011-08-05"}])
    out = tmp_path / "store"
    ingest([tmp_path / "one.csv"], out, workers=1)
    ids_first = store.load_store(out).articles["article_id"].tolist()
    ingest([tmp_path / "one.csv"], out, workers=1)
    assert store.load_store(out).articles["article_id"].tolist() == ids_first
    r = ingest([tmp_path / "one.csv"], out, append=True, workers=1)
    assert r["counts"]["new_articles"] == 0 and r["counts"]["already_in_store"] == 1
    r = ingest([tmp_path / "two.csv"], out, append=True, workers=1)
    assert r["counts"]["new_articles"] == 1
    assert len(store.load_store(out).articles) == 2


def test__ingest__interrupted_write_keeps_previous_store(tmp_path):
    """A process killed while writing (simulated by os._exit in the middle of the Parquet files)
    leaves the previous store readable and unchanged."""
    _csv(tmp_path / "one.csv", [{"title": "Ministers meet", "text": WIRE_STORY, "date": "2011-08-04"}])
    _csv(tmp_path / "two.csv", [{"title": "Bridge talks", "text": OTHER_STORY, "date": "2011-08-05"}])
    out = tmp_path / "store"
    ingest([tmp_path / "one.csv"], out, workers=1)
    before = store.load_store(out).articles
    script = f"""
import os, sys
sys.path.insert(0, {str(ROOT)!r})
import pandas as pd
from newslens.ingest import ingest
calls = []
real = pd.DataFrame.to_parquet
def dying(self, *a, **k):
    calls.append(1)
    if len(calls) == 3:
        os._exit(9)
    return real(self, *a, **k)
pd.DataFrame.to_parquet = dying
ingest([{str(tmp_path / 'two.csv')!r}], {str(out)!r}, workers=1)
"""
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 9, proc.stderr
    after = store.load_store(out).articles
    pd.testing.assert_frame_equal(before, after)


def test__cli__ingest_bad_input_exits_zero_with_report(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "good.txt").write_text("Bridge talks\n\n" + OTHER_STORY)
    (tmp_path / "in" / "bad.zip").write_bytes(b"PK\x03\x04 not a zip at all")
    (tmp_path / "in" / "blob.txt").write_bytes(bytes(range(256)) * 20)
    proc = subprocess.run([sys.executable, "-m", "newslens", "ingest", str(tmp_path / "in"), "--out", str(tmp_path / "store"), "--workers", "1"],
                          capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert "1 articles" in proc.stdout and "bad.zip: not a valid zip archive" in proc.stdout
    report = json.loads((tmp_path / "store" / "ingest_report.json").read_text())
    assert sorted(Path(p["path"]).name for p in report["problems"]) == ["bad.zip", "blob.txt"]


@pytest.mark.parametrize(
    "args, message",
    [
        (["ingest", "nope.csv", "--out", "x"], "no such file or folder: nope.csv"),
        (["ingest", "README.md"], "the following arguments are required: --out"),
        (["ingest", "README.md", "--out", "x", "--column", "bogus"], "--column takes FIELD=NAME"),
        (["frobnicate"], "invalid choice"),
        (["ingest", "README.md", "--out", "README.md"], "is a file, not a folder"),
    ],
)
def test__cli__invalid_arguments_one_line_nonzero(args, message):
    proc = subprocess.run([sys.executable, "-m", "newslens", *args], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0], proc.stderr


# ------------------------------------------------------------------------------------ real data


def test__seed__raw_article(shared_dir, tmp_path):
    report = ingest([shared_dir / "corpus" / "seed"], tmp_path / "store", workers=1)
    ds = store.load_store(tmp_path / "store")
    assert len(ds.articles) == 1, ds.articles[["origin", "title"]]
    a = ds.articles.iloc[0]
    assert a["title"] == "Lavrov Says N. Korean Leader Always Welcome"
    assert a["text"].startswith("North Korean leader Kim Jong Il has")
    assert "$10,000" not in a["text"] and "favor to ask" not in a["text"] and "just $2" not in a["text"]
    assert (a["source"], a["wire"]) == ("The Moscow Times", "Bloomberg")
    assert a["date_origin"] == "unknown" and pd.isna(a["published_date"])
    assert report["counts"]["articles"] == 1
    assert [p["reason"].split(":")[0] for p in report["problems"]] == ["skipped"]  # the folder's README.md


@pytest.mark.slow
def test__kcna_2011__all_stories_and_reingest(shared_dir, tmp_path):
    src = shared_dir / "corpus" / "kcna" / "kcna_2011_en_fulltext.csv.gz"
    n_rows = len(pd.read_csv(src, dtype=str, keep_default_na=False))
    assert n_rows == 11226
    out = tmp_path / "kcna"
    report = ingest([src], out)
    ds = store.load_store(out)
    assert len(ds.articles) == n_rows and report["counts"]["articles"] == n_rows
    assert (ds.articles["date_origin"] == "metadata").all()
    assert ds.articles["published_date"].min() == pd.Timestamp("2011-01-01")
    again = ingest([src], out, append=True)
    assert again["counts"]["new_articles"] == 0 and len(store.load_store(out).articles) == n_rows


def test__wikinews__row_counts(shared_dir, tmp_path):
    files = sorted((shared_dir / "corpus" / "wikinews").glob("wikinews_*.csv"))
    expected = sum(len(pd.read_csv(f, dtype=str, keep_default_na=False)) for f in files)
    assert expected == 295
    report = ingest(files, tmp_path / "wn", workers=2)
    ds = store.load_store(tmp_path / "wn")
    assert len(ds.articles) == expected and report["problems"] == []
    assert ds.articles["source"].eq("Wikinews").all()


def test__gdelt__both_samples_ingest(shared_dir, tmp_path):
    g = shared_dir / "corpus" / "gdelt"
    ingest([g / "gdelt2_events_20191024143000.export.CSV", g / "gdelt1_events_sample_20160728_reed9999.tsv"], tmp_path / "gd", workers=1)
    ds = store.load_store(tmp_path / "gd")
    assert len(ds.events) == 2111 + 710
    assert (ds.visits["extractor"] == "gdelt").all() and len(ds.visits) > 300
    assert ds.visits["article_id"].isin(ds.articles["article_id"]).all()


def test__ingest__same_url_different_text_keeps_both(tmp_path):
    _csv(tmp_path / "a.csv", [
        {"title": "One", "text": WIRE_STORY, "url": "https://ex.org/2011/08/08/story"},
        {"title": "Retold", "text": OTHER_STORY, "url": "https://ex.org/2011/08/08/story"},
        {"title": "One", "text": WIRE_STORY, "url": "https://ex.org/2011/08/08/story"},
    ])
    report = ingest([tmp_path / "a.csv"], tmp_path / "store", workers=1)
    arts = store.load_store(tmp_path / "store").articles
    assert sorted(arts["title"]) == ["One", "Retold"]
    assert report["counts"]["repeated_in_input"] == 1 and report["counts"]["url_shared_with_different_text"] == 1
    reasons = " ".join(p["reason"] for p in report["problems"])
    assert "repeat an article already read" in reasons and "different text; both were kept" in reasons
