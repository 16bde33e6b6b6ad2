"""The ingest pipeline: inputs -> read -> clean -> dedupe -> extract -> merge -> store.

    e.g. report = ingest(["articles.zip"], "store")
    e.g. report["counts"]["articles"], report["problems"][:1]

Cleaning and extraction run in worker processes (both cores by default); reading, dedupe and
writing run in the calling process. Bad files become rows of the report, never exceptions.
"""
from __future__ import annotations

import datetime as dt
import functools
import hashlib
import os
import re
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from itertools import islice
from multiprocessing import get_context
from pathlib import Path
from typing import Callable, Iterable, Sequence

import pandas as pd

from newslens import cleaning, schema
from newslens.gdelt import gdelt_tables
from newslens.readers import Limits, Problem, RawRecord, read_inputs
from newslens.store import is_store, load_store, write_store

ProgressFn = Callable[[str, int, int], None]  # (stage, done, total)

CHUNK = 64  # articles per task sent to a worker: large enough to amortise pickling


class IngestError(ValueError):
    """The call itself is wrong (no inputs, output folder unusable): nothing was written."""


# ---------------------------------------------------------------------------------------------
# Ids


def normalise_url(url: str) -> str:
    """Lower-cased host, no scheme, no 'www.', no trailing slash, no fragment or tracking query.

    >>> normalise_url("https://www.Example.com/a/b/?utm_source=x#top")
    'example.com/a/b'
    """
    u = url.strip()
    u = re.sub(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", "", u)
    u = u.split("#", 1)[0]
    if "?" in u:
        base, query = u.split("?", 1)
        keep = [p for p in query.split("&") if p and not p.lower().startswith(("utm_", "fbclid", "gclid", "ref="))]
        u = base + ("?" + "&".join(keep) if keep else "")
    host, _, path = u.partition("/")
    host = host.lower()
    host = host[4:] if host.startswith("www.") else host
    path = re.sub(r"/{2,}", "/", path)
    return (host + "/" + path).rstrip("/")


def _hash(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


@functools.lru_cache(maxsize=4)  # perf s14: a story without a URL had its text's words found twice (id, content hash)
def _norm_words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def article_id_for(url: str | None, title: str | None, text: str) -> str:
    """Stable id: from the normalised URL when there is one, else from title and text."""
    if url:
        return _hash("url", normalise_url(url))
    return _hash("text", _norm_words(title or ""), _norm_words(text))


def content_hash_for(text: str) -> str:
    return _hash("content", _norm_words(text))


# ---------------------------------------------------------------------------------------------
# Per-article work (runs in worker processes)

_EXTRACTOR = None
_EXTRACTOR_KEY: tuple[str, ...] | None = None


def _init_worker(extra_actors: tuple[str, ...]) -> None:
    """Build this process's Extractor once per set of extra actor files."""
    global _EXTRACTOR, _EXTRACTOR_KEY
    if _EXTRACTOR is not None and _EXTRACTOR_KEY == extra_actors:
        return
    from newslens.extract import Extractor

    _EXTRACTOR = Extractor(extra_actors=list(extra_actors) or None)
    _EXTRACTOR_KEY = extra_actors


def _transcript_outlet(path_hint: str) -> str | None:
    """The outlet of a known transcript corpus by its file name (data/lexicons/transcript_sources.csv): it tells the
    extractor who speaks and where "here" is. No URL: one site address for every row would merge their ids."""
    from newslens.extract.visit_kremlin16 import transcript_source

    known = transcript_source(path_hint.split("#")[0] if path_hint else None)
    return known["source"] if known else None


def prepare_article(rec: RawRecord) -> dict | None:
    """Clean one raw record into an articles row (dict), or None when nothing is left."""
    year_hint = cleaning.year_from_path(rec.path_hint) or (cleaning.date_from_url(rec.url).year if cleaning.date_from_url(rec.url) else None)
    c = cleaning.clean_article(rec.text, rec.title, rec.url, is_html=rec.is_html, is_file=rec.is_file, year_hint=year_hint)
    if not c.text.strip():
        return None
    url = rec.url or c.html_url
    date, origin = None, "unknown"
    meta_date = cleaning.parse_date(rec.date) if rec.date else None
    if meta_date:
        date, origin = meta_date, "metadata"
    elif c.html_date and cleaning.parse_date(c.html_date):
        date, origin = cleaning.parse_date(c.html_date), "metadata"
    elif cleaning.date_from_url(url):
        date, origin = cleaning.date_from_url(url), "url"
    elif c.dateline_date:
        date, origin = c.dateline_date, "dateline"
    source = rec.source or (cleaning.outlet_for_domain(url) if url else None) or c.outlet
    source = source or _transcript_outlet(rec.path_hint)  # rows of a known transcript corpus (kremlin.ru, s16)
    return {
        "article_id": article_id_for(url, c.title, c.text),
        "url": url,
        "title": c.title,
        "source": source,
        "wire": c.wire,
        "published_date": date,
        "date_origin": origin,
        "language": rec.language or cleaning.guess_language(c.text),
        "text": c.text,
        "n_words": len(c.text.split()),
        "origin": rec.origin,
        "content_hash": content_hash_for(c.text),
        "duplicate_of": None,
        "_bad_date": bool(rec.date and not meta_date),
    }


def extract_rows(article: dict) -> dict[str, list[dict]]:
    """Run the extractors on one prepared article (needs _init_worker in this process)."""
    from newslens.extract import ArticleInput

    out = _EXTRACTOR.extract(
        ArticleInput(
            article_id=article["article_id"],
            title=article["title"] or "",
            text=article["text"],
            published_date=article["published_date"],
            url=article["url"],
            source=article["source"],
        )
    )
    return out


def _work(chunk: list[RawRecord]) -> list[tuple[dict | None, dict | None]]:
    results = []
    for rec in chunk:
        art = prepare_article(rec)
        results.append((art, extract_rows(art) if art else None))
    return results


# ---------------------------------------------------------------------------------------------
# Dedupe


_WORD_RE = re.compile(r"\w+")


def _shingles(text: str, k: int = 5) -> set[int]:
    words = _WORD_RE.findall(text.lower())
    return {hash(tuple(words[i : i + k])) for i in range(max(1, len(words) - k + 1))}


def mark_duplicates(articles: pd.DataFrame, threshold: float = 0.85) -> pd.Series:
    """duplicate_of for each article: the article_id of the first copy of the same story.

    Copies are found by equal normalised text (content_hash), and by near-equal text: articles
    whose first 40 words agree are compared by word 5-shingle Jaccard similarity >= threshold
    (syndicated copies with a different credit line or a trimmed ending). The first copy is the
    earliest published, then the first read. Rows are expected in reading order.
    """
    dup = pd.Series([None] * len(articles), index=articles.index, dtype="object")
    if articles.empty:
        return dup.astype("string")
    order = articles.assign(_pos=range(len(articles)))
    order = order.sort_values(["published_date", "_pos"], na_position="last", kind="stable")
    first_by_hash: dict[str, str] = {}
    by_lede: dict[str, list[list]] = {}  # lede -> [[article_id, text, shingles or None], ...]
    # (perf s12: only the columns read below are walked; the article text and the lede's first 40 words)
    for idx, row in zip(order.index, order[["article_id", "content_hash", "text"]].itertuples(index=False)):
        h = row.content_hash
        if not isinstance(h, str) or not row.text:
            continue  # GDELT source rows carry no text to compare
        if h in first_by_hash:
            dup[idx] = first_by_hash[h]
            continue
        words = list(islice(_WORD_RE.finditer(row.text[:600].lower()), 40)) if len(row.text) > 400 else ()
        lede = " ".join(m.group() for m in words) if len(words) >= 40 else None
        found = None
        if lede is not None:
            candidates = by_lede.setdefault(lede, [])
            if candidates:
                sh = _shingles(row.text)  # computed only when another story opens the same way
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


# ---------------------------------------------------------------------------------------------
# The pipeline


@dataclass
class _Progress:
    fn: ProgressFn | None

    def __call__(self, stage: str, done: int, total: int) -> None:
        if self.fn:
            self.fn(stage, done, total)


def ingest(
    inputs: Sequence[str | os.PathLike],
    out: str | os.PathLike,
    *,
    columns: dict[str, str] | None = None,
    append: bool = False,
    workers: int | None = None,
    limits: Limits = Limits(),
    extra_actors: Iterable[str] = (),
    progress: ProgressFn | None = None,
    names: dict[str, str] | None = None,
) -> dict:
    """Read ``inputs`` and write a store to ``out``; return the ingest report (also written as
    ``out/ingest_report.json``).

    ``append`` keeps what the store at ``out`` already holds and adds only new articles;
    without it the store is replaced by what the inputs give. Raises IngestError for unusable
    arguments (no inputs; ``out`` is a file or a non-empty folder that is not a store).
    """
    t0 = time.perf_counter()
    started = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    tell = _Progress(progress)
    if not inputs:
        raise IngestError("no inputs given")
    out_path = Path(out)
    if out_path.exists() and not out_path.is_dir():
        raise IngestError(f"--out {out_path} is a file, not a folder")
    if out_path.is_dir() and any(out_path.iterdir()) and not is_store(out_path):
        raise IngestError(f"--out {out_path} is a non-empty folder that is not a Newslens store; choose an empty or new folder")
    extra_actors = tuple(str(p) for p in extra_actors)
    for p in extra_actors:
        if not Path(p).is_file():
            raise IngestError(f"--actors {p}: no such file")

    tell("read", 0, 1)
    read = read_inputs(inputs, columns=columns, limits=limits, names=names)
    tell("read", 1, 1)
    problems: list[Problem] = list(read.problems)

    existing = load_store(out_path) if append and is_store(out_path) else None
    known_ids = set(existing.articles["article_id"]) if existing is not None else set()
    known_hash = dict(zip(existing.articles["article_id"], existing.articles["content_hash"])) if existing is not None else {}

    # Clean + extract, in parallel when it pays off.
    records = read.records
    total = len(records)
    results: list[tuple[dict | None, dict | None]] = []
    actors: pd.DataFrame | None = None
    n_workers = workers or min(2, os.cpu_count() or 1)
    tell("extract", 0, total)
    if total == 0:
        pass
    elif n_workers <= 1 or total < 2 * CHUNK:
        _init_worker(extra_actors)
        for i, rec in enumerate(records):
            results.extend(_work([rec]))
            if i % 16 == 0 or i == total - 1:
                tell("extract", i + 1, total)
    else:
        chunks = [records[i : i + CHUNK] for i in range(0, total, CHUNK)]
        # perf s13: the Extractor is built once here, before the fork (so its modules are imported once too), and the
        # forked workers share it (their `_init_worker` finds it built): one build of about 3 s of CPU, not one per worker
        _init_worker(extra_actors)
        with ProcessPoolExecutor(max_workers=n_workers, mp_context=get_context("fork"), initializer=_init_worker, initargs=(extra_actors,)) as pool:
            done = 0
            parts = pool.map(_work, chunks)  # (every chunk is submitted here)
            # perf s14: the actors table (the same registry the workers used) is made while the workers extract
            actors = _actors_task()
            for part in parts:
                results.extend(part)
                done += len(part)
                tell("extract", done, total)

    # Collect rows.
    art_rows: list[dict] = []
    extracted: dict[str, dict] = {}
    empty_after_clean, bad_dates, repeated, already, url_shared = [], 0, [], 0, 0
    seen: dict[str, str] = {}  # article_id -> content_hash
    for rec, (art, rows) in zip(records, results):
        if art is None:
            empty_after_clean.append(rec.origin)
            continue
        bad_dates += art.pop("_bad_date")
        aid = art["article_id"]
        first_hash = seen.get(aid, known_hash.get(aid))
        if first_hash is not None and first_hash != art["content_hash"]:
            # Same URL, different text (two captures or retellings of one page): keep both.
            aid = _hash("url+content", aid, art["content_hash"])
            art["article_id"] = aid
            rows = _with_article_id(rows or {}, aid)
            url_shared += 1
        if aid in known_ids:
            already += 1
            continue
        if aid in seen:
            repeated.append(rec.origin)
            continue
        seen[aid] = art["content_hash"]
        art_rows.append(art)
        extracted[aid] = rows or {}
    if repeated:
        problems.append(Problem(_summarise(repeated), f"{len(repeated)} records repeat an article already read in this run (same URL or same title and text) and were not added again", len(repeated)))
    if url_shared:
        problems.append(Problem("(urls)", f"{url_shared} records share a URL with another record but have different text; both were kept, with distinct ids", url_shared))
    if empty_after_clean:
        problems.append(Problem(_summarise(empty_after_clean), f"{len(empty_after_clean)} records had no text left after cleaning and were skipped", len(empty_after_clean)))
    if bad_dates:
        problems.append(Problem("(dates)", f"{bad_dates} records had a date value that is not a date; their date was taken from the URL or dateline, or left unknown", bad_dates))

    new_articles = pd.DataFrame(art_rows) if art_rows else schema.empty_frame("articles")
    gd = gdelt_tables(read.gdelt)
    for origin, reason in gd["problems"]:
        problems.append(Problem(origin, reason))
    gd_articles = gd["articles"]
    if len(gd_articles):
        gd_articles = gd_articles[~gd_articles["article_id"].isin(known_ids | set(seen))]

    frames: dict[str, list[pd.DataFrame]] = {n: [] for n in schema.TABLES}
    if existing is not None:
        for n in schema.TABLES:
            if n not in ("visit_events", "actors"):
                frames[n].append(existing.table(n))
    frames["articles"] += [schema.conform(new_articles, "articles"), schema.conform(gd_articles, "articles")]
    for n in ("mentions", "visits", "figures", "topics"):
        rows = [r for aid in extracted for r in extracted[aid].get(n, [])]
        if rows:
            frame = pd.DataFrame(rows).drop_duplicates(list(schema.TABLES[n].primary_key))
            frames[n].append(schema.conform(frame, n))
    frames["visits"].append(schema.conform(gd["visits"], "visits"))
    frames["events"].append(schema.conform(gd["events"], "events"))

    tables = {n: _concat(fs, n) for n, fs in frames.items()}
    tell("dedupe", 0, 1)
    articles = tables["articles"]
    articles = articles.drop_duplicates("article_id", keep="first").reset_index(drop=True)
    events_tbl = tables["events"].drop_duplicates("event_id", keep="first").reset_index(drop=True)
    articles["duplicate_of"] = mark_duplicates(articles)
    dup_ids = set(articles.loc[articles["duplicate_of"].notna(), "article_id"])
    # Extraction rows are kept for first copies only, so one story counts once.
    for n in ("mentions", "visits", "figures", "topics"):
        t = tables[n]
        tables[n] = t[~t["article_id"].isin(dup_ids)].drop_duplicates(list(schema.TABLES[n].primary_key)).reset_index(drop=True)
    tables["articles"] = articles
    tables["events"] = events_tbl
    tell("dedupe", 1, 1)

    tell("merge", 0, 1)
    from newslens.extract.events import merge_visits

    visits, visit_events = merge_visits(tables["visits"], articles)
    tables["visits"], tables["visit_events"] = visits, visit_events
    tables["actors"] = actors if actors is not None else _actors_table(extra_actors)
    tell("merge", 1, 1)

    seconds = time.perf_counter() - t0
    counts = {
        "records_read": total,
        "articles": len(articles),
        "new_articles": len(new_articles) + len(gd_articles),
        "duplicates": len(dup_ids),
        "repeated_in_input": len(repeated),
        "url_shared_with_different_text": url_shared,
        "already_in_store": already,
        "empty_after_cleaning": len(empty_after_clean),
        "gdelt_rows": int(len(gd["events"])),
        "date_origin": dict(Counter(articles["date_origin"].dropna())),
    }
    report = {
        "inputs": [str(names.get(str(p), p) if names else p) for p in inputs],
        "out": str(out_path),
        "append": append,
        "started": started,
        "seconds": round(seconds, 2),
        "articles_per_second": round(total / seconds, 1) if seconds > 0 else None,
        "files_read": read.files_read,
        "problems": [p.as_dict() for p in problems],
        "counts": counts,
        "tables": {n: len(t) for n, t in tables.items()},
    }
    tell("write", 0, 1)
    write_store(out_path, tables, report)
    tell("write", 1, 1)
    return report


def _with_article_id(rows: dict[str, list[dict]], aid: str) -> dict[str, list[dict]]:
    """Extraction rows re-pointed at a new article_id (ids derived from it are re-derived)."""
    out = {}
    for table, recs in rows.items():
        fixed = []
        for r in recs:
            r = dict(r, article_id=aid)
            for key in ("visit_id", "figure_id"):
                if r.get(key):
                    r[key] = _hash(key, aid, r[key])
            fixed.append(r)
        out[table] = fixed
    return out


def _actors_task() -> pd.DataFrame:
    return _EXTRACTOR.actors_frame()


def _actors_table(extra_actors: tuple[str, ...]) -> pd.DataFrame:
    _init_worker(extra_actors)
    return _EXTRACTOR.actors_frame()


def _concat(frames: list[pd.DataFrame], name: str) -> pd.DataFrame:
    frames = [f for f in frames if len(f)]
    if not frames:
        return schema.empty_frame(name)
    return pd.concat(frames, ignore_index=True)


def _summarise(origins: list[str]) -> str:
    files = sorted({o.split("#", 1)[0] for o in origins})
    return files[0] if len(files) == 1 else f"{files[0]} and {len(files) - 1} more"
