"""Score the extractors against gold annotations: precision, recall and F1 for visits and figures.

Usage::

    python -m newslens.evaluate tests/gold/dev.jsonl [MORE.jsonl ...] [--details] [--json OUT]
    python -m newslens.evaluate tests/gold/blind18.jsonl --agree OTHER_ANNOTATOR.jsonl

``--agree`` scores a second annotator's file against the gold instead of the extractor
(inter-annotator agreement: the ceiling an extractor can reach on that gold).

Gold items are JSON Lines (format in docs/ARCHITECTURE.md, "Gold files"). Each item names its
source; the text is read from there at run time (``shared``: a row of a file under ../shared,
``sample``: a brief of data/sample/briefs/*.csv, ``text``: a sentence written in the item).

Matching rules (one-to-one within an item, maximum matching):

visit
    visitor: ``visitor_id`` equal; a gold visit that gives only ``visitor_iso3`` (a delegation of a
    country) matches a record of that visitor_iso3 (or visitor_id ``country:ISO3``).
    host_iso3 equal; status equal.
    date: gold ``YYYY`` / ``YYYY-MM`` / ``YYYY-MM-DD`` is a range; the record's
    [date_start, date_end] must overlap it and the record must be at least as precise as the gold
    (a year-only record does not match a gold month). A null (or absent) gold date means "the text
    gives no date": it matches only a record whose date_precision is ``unknown``.
    Records with ``is_domestic`` true are left out (the gold lists foreign visits only).
figure
    parties: {reporter_iso3, partner_iso3} as an unordered pair, ordered when the gold says
    ``"directed": true``; metric equal; value within 2% (gold ``value_usd`` against the record's
    value_usd, else gold ``value`` + ``currency`` against value + currency); the record's period
    [period_start, period_end] overlaps the gold ``year`` (null gold year: the record has no period).
    Qualifier and is_record are not part of the match: their accuracy on matched figures is
    reported apart, and the "strict" line counts a match only when the qualifier is right too.

Exit code 0 when the gold could be read (whatever the scores); 2 when a gold file or item is
unreadable or its source cannot be found; 3 when the extractor cannot be imported.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_BRIEFS = ROOT / "data" / "sample" / "briefs"
VALUE_TOLERANCE = 0.02
PRECISION_RANK = {"day": 3, "month": 2, "year": 1, "unknown": 0}
VISIT_FIELDS = ("visitor", "host", "status", "date")
FIGURE_FIELDS = ("parties", "metric", "value", "year")


class GoldError(ValueError):
    """A gold file or item cannot be read, or its source text cannot be found."""


# ---------------------------------------------------------------------------------------- dates


def gold_date_range(text: str | None) -> tuple[dt.date, dt.date, str] | None:
    """The days a gold date covers, and its precision; None for a null date.

    >>> gold_date_range("2011-08")
    (datetime.date(2011, 8, 1), datetime.date(2011, 8, 31), 'month')
    """
    if text is None:
        return None
    text = str(text).strip()
    parts = text.split("-")
    try:
        if len(parts) == 1:
            y = int(parts[0])
            return dt.date(y, 1, 1), dt.date(y, 12, 31), "year"
        if len(parts) == 2:
            y, m = int(parts[0]), int(parts[1])
            first = dt.date(y, m, 1)
            nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
            return first, nxt - dt.timedelta(days=1), "month"
        if len(parts) == 3:
            d = dt.date(int(parts[0]), int(parts[1]), int(parts[2]))
            return d, d, "day"
    except ValueError as exc:
        raise GoldError(f"bad gold date {text!r}: {exc}") from exc
    raise GoldError(f"bad gold date {text!r}: expected YYYY, YYYY-MM or YYYY-MM-DD")


def _as_date(value: Any) -> dt.date | None:
    """A record's date column (date, datetime, Timestamp, ISO string or missing) as a date."""
    if value is None:
        return None
    try:
        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return pd.Timestamp(value).date()
    except (ValueError, TypeError):
        return None


def _missing(value: Any) -> bool:
    if value is None:
        return True
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def _overlaps(start: dt.date | None, end: dt.date | None, lo: dt.date, hi: dt.date) -> bool:
    if start is None and end is None:
        return False
    start = start or end
    end = end or start
    return start <= hi and end >= lo


# -------------------------------------------------------------------------------------- matching


def visit_field_checks(gold: dict, rec: dict) -> dict[str, bool]:
    """Which of the visit fields agree between a gold visit and an extracted record.

    >>> g = {"visitor_id": "person:kim-jong-il", "host_iso3": "RUS", "status": "occurred", "date": "2011-08"}
    >>> r = {"visitor_id": "person:kim-jong-il", "host_iso3": "RUS", "status": "planned",
    ...      "date_start": "2011-08-24", "date_end": "2011-08-24", "date_precision": "day"}
    >>> visit_field_checks(g, r)
    {'visitor': True, 'host': True, 'status': False, 'date': True}
    """
    if gold.get("visitor_id"):
        visitor = rec.get("visitor_id") == gold["visitor_id"]
    elif gold.get("visitor_iso3"):
        iso = gold["visitor_iso3"]
        visitor = rec.get("visitor_iso3") == iso or rec.get("visitor_id") == f"country:{iso}"
    else:
        visitor = True  # the gold does not say who travels
    host = rec.get("host_iso3") == gold.get("host_iso3")
    status = rec.get("status") == gold.get("status")
    rng = gold_date_range(gold.get("date"))
    precision = rec.get("date_precision") or "unknown"
    if rng is None:
        date_ok = precision == "unknown"
    else:
        lo, hi, gold_precision = rng
        date_ok = (
            PRECISION_RANK.get(precision, 0) >= PRECISION_RANK[gold_precision]
            and _overlaps(_as_date(rec.get("date_start")), _as_date(rec.get("date_end")), lo, hi)
        )
    return {"visitor": visitor, "host": host, "status": status, "date": date_ok}


def _close(a: Any, b: Any) -> bool:
    if _missing(a) or _missing(b):
        return False
    a, b = float(a), float(b)
    return abs(a - b) <= VALUE_TOLERANCE * max(abs(b), 1e-9)


def figure_field_checks(gold: dict, rec: dict) -> dict[str, bool]:
    """Which of the figure fields agree between a gold figure and an extracted record.

    >>> g = {"reporter_iso3": "RUS", "partner_iso3": "KOR", "metric": "trade", "value_usd": 2e10, "year": 2011}
    >>> r = {"reporter_iso3": "KOR", "partner_iso3": "RUS", "metric": "trade", "value_usd": 2.01e10,
    ...      "period_start": "2011-01-01", "period_end": "2011-12-31"}
    >>> figure_field_checks(g, r)
    {'parties': True, 'metric': True, 'value': True, 'year': True}
    """
    g_rep, g_par = gold.get("reporter_iso3"), gold.get("partner_iso3")
    r_rep, r_par = rec.get("reporter_iso3"), rec.get("partner_iso3")
    r_rep = None if _missing(r_rep) else r_rep
    r_par = None if _missing(r_par) else r_par
    if gold.get("directed"):
        parties = (r_rep, r_par) == (g_rep, g_par)
    else:
        parties = sorted([r_rep or "", r_par or ""]) == sorted([g_rep or "", g_par or ""])
    metric = rec.get("metric") == gold.get("metric")
    if gold.get("value_usd") is not None:
        value = _close(rec.get("value_usd"), gold["value_usd"])
    else:
        value = rec.get("currency") == gold.get("currency") and _close(rec.get("value"), gold.get("value"))
    for end in ("value_low", "value_high"):  # a gold range also pins its ends
        if value and gold.get(end) is not None:
            value = _close(rec.get(end), gold[end])
    year = gold.get("year")
    start, stop = _as_date(rec.get("period_start")), _as_date(rec.get("period_end"))
    if year is None:
        year_ok = start is None and stop is None
    else:
        y = int(year)
        year_ok = _overlaps(start, stop, dt.date(y, 1, 1), dt.date(y, 12, 31))
    return {"parties": parties, "metric": metric, "value": value, "year": year_ok}


@dataclass
class MatchResult:
    """Outcome of matching gold facts against extracted records of one or more items.

    ``pairs`` are (gold index, record index); ``missed`` gold indexes with no record (false
    negatives); ``spurious`` record indexes with no gold (false positives).
    """

    pairs: list[tuple[int, int]] = field(default_factory=list)
    missed: list[int] = field(default_factory=list)
    spurious: list[int] = field(default_factory=list)

    @property
    def tp(self) -> int:
        return len(self.pairs)

    @property
    def fp(self) -> int:
        return len(self.spurious)

    @property
    def fn(self) -> int:
        return len(self.missed)

    def counts(self) -> dict[str, int]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn}


def _max_matching(n_gold: int, n_rec: int, ok: Callable[[int, int], bool]) -> MatchResult:
    """Maximum one-to-one matching (Kuhn's augmenting paths; items hold a handful of facts)."""
    edges = [[j for j in range(n_rec) if ok(i, j)] for i in range(n_gold)]
    owner: dict[int, int] = {}  # record index -> gold index

    def augment(i: int, seen: set[int]) -> bool:
        for j in edges[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(n_gold):
        augment(i, set())
    pairs = sorted((i, j) for j, i in owner.items())
    matched_gold = {i for i, _ in pairs}
    return MatchResult(
        pairs=pairs,
        missed=[i for i in range(n_gold) if i not in matched_gold],
        spurious=[j for j in range(n_rec) if j not in owner],
    )


def match_visits(gold: Sequence[dict], predicted: Sequence[dict], ignore: Iterable[str] = ()) -> MatchResult:
    """Match gold visits to extracted visit records of the same article.

    ``ignore`` names fields of :data:`VISIT_FIELDS` to leave out (for the per-field breakdown).
    Records flagged ``is_domestic`` should be removed by the caller (see :func:`foreign_visits`).

    >>> g = [{"visitor_iso3": "CHN", "host_iso3": "PRK", "status": "occurred", "date": "2011-05"}]
    >>> p = [{"visitor_iso3": "CHN", "host_iso3": "PRK", "status": "occurred",
    ...       "date_start": "2011-05-20", "date_precision": "day"}]
    >>> match_visits(g, p).counts()
    {'tp': 1, 'fp': 0, 'fn': 0}
    """
    skip = set(ignore)
    unknown = skip - set(VISIT_FIELDS)
    if unknown:
        raise ValueError(f"unknown visit fields {sorted(unknown)}; use {VISIT_FIELDS}")

    def ok(i: int, j: int) -> bool:
        checks = visit_field_checks(gold[i], predicted[j])
        return all(v for k, v in checks.items() if k not in skip)

    return _max_matching(len(gold), len(predicted), ok)


def match_figures(gold: Sequence[dict], predicted: Sequence[dict], ignore: Iterable[str] = ()) -> MatchResult:
    """Match gold figures to extracted figure records of the same article (rules in the module doc).

    >>> g = [{"reporter_iso3": "RUS", "partner_iso3": "CHN", "metric": "trade", "value_usd": 8.35e10, "year": 2011}]
    >>> p = [{"reporter_iso3": "CHN", "partner_iso3": "RUS", "metric": "trade", "value_usd": 8.35e10,
    ...       "period_start": "2011-01-01", "period_end": "2011-12-31", "qualifier": "actual"}]
    >>> match_figures(g, p).pairs
    [(0, 0)]
    """
    skip = set(ignore)
    unknown = skip - set(FIGURE_FIELDS)
    if unknown:
        raise ValueError(f"unknown figure fields {sorted(unknown)}; use {FIGURE_FIELDS}")

    def ok(i: int, j: int) -> bool:
        checks = figure_field_checks(gold[i], predicted[j])
        return all(v for k, v in checks.items() if k not in skip)

    return _max_matching(len(gold), len(predicted), ok)


def foreign_visits(records: Iterable[dict]) -> list[dict]:
    """The visit records that are not flagged domestic (the gold lists foreign visits only)."""
    return [r for r in records if _missing(r.get("is_domestic")) or not bool(r.get("is_domestic"))]


def prf(tp: int, fp: int, fn: int) -> dict[str, float | int]:
    """Precision, recall and F1 from counts (0.0 where undefined).

    >>> prf(3, 1, 2)
    {'tp': 3, 'fp': 1, 'fn': 2, 'precision': 0.75, 'recall': 0.6, 'f1': 0.667}
    """
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3)}


# ---------------------------------------------------------------------------------- gold reading


def shared_root() -> Path:
    """The ../shared folder: NEWSLENS_SHARED, else ``shared`` beside the checkout."""
    return Path(os.environ.get("NEWSLENS_SHARED", ROOT.parent / "shared")).resolve()


def load_gold(paths: Sequence[str | os.PathLike]) -> list[dict]:
    """Read gold items from JSON Lines files; each item gets ``_file`` and ``_line``.

    Raises GoldError naming the file and line for a missing file, bad JSON or a malformed item.
    """
    items: list[dict] = []
    seen: set[str] = set()
    for path in paths:
        p = Path(path)
        try:
            lines = p.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise GoldError(f"{p}: cannot read ({exc})") from exc
        for n, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
            except ValueError as exc:
                raise GoldError(f"{p}:{n}: not JSON ({exc})") from exc
            _check_item(item, f"{p}:{n}")
            if item["id"] in seen:
                raise GoldError(f"{p}:{n}: duplicate item id {item['id']!r}")
            seen.add(item["id"])
            item["_file"], item["_line"] = str(p), n
            items.append(item)
    return items


def _check_item(item: Any, where: str) -> None:
    if not isinstance(item, dict) or not isinstance(item.get("id"), str):
        raise GoldError(f"{where}: an item must be an object with a string 'id'")
    src = item.get("source")
    if not isinstance(src, dict) or src.get("kind") not in ("shared", "sample", "text"):
        raise GoldError(f"{where}: source.kind must be shared, sample or text")
    if src["kind"] == "shared" and (not src.get("file") or ("where" not in src and "row" not in src and not src["file"].endswith(".txt"))):
        raise GoldError(f"{where}: a shared source needs 'file' and 'where' or 'row'")
    if src["kind"] == "sample" and not src.get("brief_id"):
        raise GoldError(f"{where}: a sample source needs 'brief_id'")
    if src["kind"] == "text" and not src.get("text"):
        raise GoldError(f"{where}: a text source needs 'text'")
    for key in ("visits", "figures"):
        if not isinstance(item.get(key, []), list):
            raise GoldError(f"{where}: {key} must be a list")
    for v in item.get("visits", []):
        if not v.get("host_iso3") or not v.get("status"):
            raise GoldError(f"{where}: a gold visit needs host_iso3 and status: {v}")
        gold_date_range(v.get("date"))
    for f in item.get("figures", []):
        if not f.get("metric") or (f.get("value_usd") is None and f.get("value") is None):
            raise GoldError(f"{where}: a gold figure needs metric and value_usd (or value + currency): {f}")


@dataclass(frozen=True)
class SourceText:
    """What the extractor is given for one gold item."""

    article_id: str
    title: str | None
    text: str
    published_date: dt.date | None
    url: str | None


@lru_cache(maxsize=16)
def _read_table(path: str) -> pd.DataFrame:
    return pd.read_csv(path, dtype=str, keep_default_na=False, compression="infer")


def _cell(value: Any) -> str | None:
    return None if value is None or (isinstance(value, str) and value == "") else str(value)


def _pick_row(frame: pd.DataFrame, src: dict, where: str) -> pd.Series:
    if "row" in src:
        row = int(src["row"])
        if not 0 <= row < len(frame):
            raise GoldError(f"{where}: row {row} outside 0..{len(frame) - 1}")
        selected = frame.iloc[[row]]
    else:
        selected = frame
    for column, value in (src.get("where") or {}).items():
        if column not in frame.columns:
            raise GoldError(f"{where}: no column {column!r} in {src['file']}")
        cells = selected[column]
        want = str(value)
        # dates in ../shared carry a time of day in some files ("2012-06-05 02:00:00")
        hit = (cells == want) | (cells.str.startswith(want + " ") if column == "date" else False)
        selected = selected[hit]
    if len(selected) != 1:
        raise GoldError(f"{where}: {src.get('where') or src.get('row')} selects {len(selected)} rows of {src['file']}, expected 1")
    return selected.iloc[0]


def resolve_source(item: dict, shared: Path | None = None, briefs_dir: Path | None = None) -> SourceText:
    """The title, text, date and URL the gold item refers to. Raises GoldError when not found.

    Per file kind (``shared``): KCNA rows give title, text, ``date`` (publication date) and
    ``index_link`` as the URL (a kcna.co.jp page: the source is KCNA, "here" is Pyongyang);
    kremlin rows give ``sentence`` as text and ``date`` (and the site as URL: transcript_sources.csv); Wikinews rows url/date/title/text;
    a ``.txt`` file is the whole text. ``title``, ``published_date`` and ``url`` in the source
    object override what the file gives (the seed article carries no date of its own).
    """
    src = item["source"]
    where = f"{item.get('_file', '?')}:{item.get('_line', '?')} ({item['id']})"
    kind = src["kind"]
    title = text = date = url = None
    if kind == "text":
        text = src["text"]
    elif kind == "sample":
        briefs_dir = briefs_dir or SAMPLE_BRIEFS
        for csv in sorted(briefs_dir.glob("*.csv")):
            frame = _read_table(str(csv))
            hit = frame[frame["brief_id"] == str(src["brief_id"])] if "brief_id" in frame.columns else frame.iloc[0:0]
            if len(hit):
                row = hit.iloc[0]
                title, text, date, url = (_cell(row.get(c)) for c in ("title", "text", "published_date", "url"))
                break
        else:
            raise GoldError(f"{where}: brief_id {src['brief_id']!r} not found in {briefs_dir}/*.csv")
    else:
        shared = shared or shared_root()
        path = shared / src["file"]
        if not path.is_file():
            raise GoldError(f"{where}: {path} does not exist (set NEWSLENS_SHARED to the shared folder)")
        if path.suffix == ".txt":
            text = path.read_text(encoding="utf-8")
        else:
            row = _pick_row(_read_table(str(path)), src, where)
            text = _cell(row.get("text")) or _cell(row.get("sentence"))
            title = _cell(row.get("title"))
            date = _cell(row.get("date"))
            url = _cell(row.get("url")) or _cell(row.get("index_link"))  # KCNA rows: the kcna.co.jp index page
            url = url or _transcript_url(src["file"])  # kremlin sentences: the site, whose speaker is known (s16)
            if text is None:
                raise GoldError(f"{where}: the selected row of {src['file']} has no text")
    title = src.get("title", title)
    url = src.get("url", url)
    date = src.get("published_date", date)
    published = _as_date(date[:10]) if date else None
    return SourceText(article_id=item["id"], title=title, text=text or "", published_date=published, url=url)


def _transcript_url(file: str) -> str | None:
    """The site of a known transcript corpus (data/lexicons/transcript_sources.csv) for its rows with no URL."""
    from newslens.extract.visit_kremlin16 import transcript_source

    known = transcript_source(file)
    return known["url"] if known else None


def _cleaner() -> Callable[[str, str | None, str | None], Any] | None:
    try:
        from newslens.cleaning import clean_article  # written by a colleague; may not exist yet
    except ImportError:
        return None
    return clean_article


# ------------------------------------------------------------------------------------ evaluation


def _plain(record: dict) -> dict:
    """A record with dates as ISO strings and missing values as None (for JSON and display)."""
    out = {}
    for k, v in record.items():
        if _missing(v):
            out[k] = None
        elif isinstance(v, (dt.date, pd.Timestamp)):
            out[k] = _as_date(v).isoformat()
        else:
            out[k] = v.item() if hasattr(v, "item") else v
    return out


@dataclass
class ItemResult:
    item_id: str
    title: str | None
    gold_visits: list[dict]
    gold_figures: list[dict]
    visits: list[dict]
    figures: list[dict]
    error: str | None = None
    group: str = ""  # where the item comes from, for the per-source lines: "kcna", "kremlin", "text" ...


def source_group(item: dict) -> str:
    """A short name for the item's source, e.g. "kcna" for corpus/kcna/..., "text", "sample".

    >>> source_group({"source": {"kind": "shared", "file": "corpus/kremlin/s.csv"}})
    'kremlin'
    """
    src = item["source"]
    if src["kind"] != "shared":
        return src["kind"]
    parts = Path(src["file"]).parts
    return parts[1] if len(parts) > 2 else parts[0]


def run_extractor(items: Sequence[dict], extractor: Any, shared: Path | None = None,
                  briefs_dir: Path | None = None, clean: bool = True,
                  make_article: Callable[..., Any] | None = None) -> list[ItemResult]:
    """Resolve each item's source and run ``extractor.extract`` on it.

    ``make_article`` builds the extractor's input from keyword arguments (default
    ``newslens.extract.ArticleInput``). Raises GoldError when an item's source cannot be found. An
    exception inside the extractor is kept as the item's ``error`` (its gold then counts as missed)
    so one bad item does not hide the rest.
    """
    if make_article is None:
        from newslens.extract import ArticleInput as make_article

    cleaner = _cleaner() if clean else None
    results = []
    for item in items:
        source = resolve_source(item, shared, briefs_dir)
        text, title = source.text, source.title
        error = None
        visits: list[dict] = []
        figures: list[dict] = []
        try:
            if cleaner is not None:
                cleaned = cleaner(text, title=title, url=source.url)
                text = cleaned.text
                title = getattr(cleaned, "title", None) or title
            out = extractor.extract(make_article(article_id=source.article_id, title=title, text=text,
                                                 published_date=source.published_date, url=source.url))
            visits = [_plain(r) for r in foreign_visits(out.get("visits", []))]
            figures = [_plain(r) for r in out.get("figures", [])]
        except Exception as exc:  # noqa: BLE001 - reported per item, the run goes on
            error = f"{type(exc).__name__}: {exc}"
        results.append(ItemResult(item["id"], title, item.get("visits", []), item.get("figures", []),
                                  visits, figures, error, source_group(item)))
    return results


def score(results: Sequence[ItemResult]) -> dict:
    """Aggregate scores over items: P/R/F1, per-field breakdown, qualifier accuracy, errors.

    Returns a plain dict (the ``--json`` output)::

        {"visits": {"tp":..,"fp":..,"fn":..,"precision":..,"recall":..,"f1":..},
         "visits_ignoring": {"date": {...}, ...}, "figures": {...}, "figures_strict": {...},
         "figures_ignoring": {...}, "qualifier": {"correct": n, "matched": m, "confusion": {...}},
         "is_record": {...}, "location": {...}, "host_actor": {...}, "items": [per item false positives/negatives]}
    """
    totals = {"visits": [0, 0, 0], "figures": [0, 0, 0], "figures_strict": [0, 0, 0]}
    v_ignore = {f: [0, 0, 0] for f in VISIT_FIELDS}
    f_ignore = {f: [0, 0, 0] for f in FIGURE_FIELDS}
    qual = {"correct": 0, "matched": 0, "confusion": {}}
    record = {"correct": 0, "checked": 0}
    location = {"correct": 0, "checked": 0}
    host_actor = {"correct": 0, "checked": 0}
    per_item = []
    by_group: dict[str, dict[str, list[int]]] = {}

    def add(acc: list[int], m: MatchResult) -> None:
        acc[0] += m.tp
        acc[1] += m.fp
        acc[2] += m.fn

    for r in results:
        mv = match_visits(r.gold_visits, r.visits)
        mf = match_figures(r.gold_figures, r.figures)
        add(totals["visits"], mv)
        add(totals["figures"], mf)
        group = by_group.setdefault(r.group or "?", {"visits": [0, 0, 0], "figures": [0, 0, 0]})
        add(group["visits"], mv)
        add(group["figures"], mf)
        for f in VISIT_FIELDS:
            add(v_ignore[f], match_visits(r.gold_visits, r.visits, ignore=[f]))
        for f in FIGURE_FIELDS:
            add(f_ignore[f], match_figures(r.gold_figures, r.figures, ignore=[f]))
        wrong_qualifier = []
        for gi, pi in mf.pairs:
            g, p = r.gold_figures[gi], r.figures[pi]
            good = p.get("qualifier") == g.get("qualifier")
            qual["matched"] += 1
            qual["correct"] += good
            key = f"{g.get('qualifier')}->{p.get('qualifier')}"
            qual["confusion"][key] = qual["confusion"].get(key, 0) + 1
            if not good:
                wrong_qualifier.append({"gold": g, "record": p})
            if "is_record" in g:
                record["checked"] += 1
                record["correct"] += bool(p.get("is_record")) == bool(g["is_record"])
        strict = sum(r.figures[pi].get("qualifier") == r.gold_figures[gi].get("qualifier") for gi, pi in mf.pairs)
        totals["figures_strict"][0] += strict
        totals["figures_strict"][1] += mf.fp + (mf.tp - strict)
        totals["figures_strict"][2] += mf.fn + (mf.tp - strict)
        for gi, pi in mv.pairs:
            g = r.gold_visits[gi]
            if g.get("location_name"):
                location["checked"] += 1
                got = (r.visits[pi].get("location_name") or "").casefold()
                location["correct"] += got == g["location_name"].casefold()
            if g.get("host_actor_id"):
                host_actor["checked"] += 1
                host_actor["correct"] += r.visits[pi].get("host_actor_id") == g["host_actor_id"]
        per_item.append({
            "id": r.item_id, "title": r.title, "error": r.error,
            "visit_fn": [r.gold_visits[i] for i in mv.missed],
            "visit_near": [nearest(r.gold_visits[i], r.visits, visit_field_checks) for i in mv.missed],
            "visit_fp": [r.visits[j] for j in mv.spurious],
            "figure_fn": [r.gold_figures[i] for i in mf.missed],
            "figure_near": [nearest(r.gold_figures[i], r.figures, figure_field_checks) for i in mf.missed],
            "figure_fp": [r.figures[j] for j in mf.spurious],
            "wrong_qualifier": wrong_qualifier,
        })
    return {
        "n_items": len(results),
        "n_errors": sum(r.error is not None for r in results),
        "visits": prf(*totals["visits"]),
        "visits_ignoring": {f: prf(*c) for f, c in v_ignore.items()},
        "figures": prf(*totals["figures"]),
        "figures_strict": prf(*totals["figures_strict"]),
        "figures_ignoring": {f: prf(*c) for f, c in f_ignore.items()},
        "qualifier": qual,
        "is_record": record,
        "location": location,
        "host_actor": host_actor,
        "by_source": {g: {k: prf(*c) for k, c in v.items()} for g, v in sorted(by_group.items())},
        "items": per_item,
    }


# ------------------------------------------------------------------------------ two annotators


def source_key(item: dict) -> str:
    """What an item points at, the same for two annotators' items on one text (ids may differ).

    >>> source_key({"source": {"kind": "text", "text": "A met B.", "published_date": "2011-01-02"}})
    'text|A met B.|2011-01-02'
    """
    src = item["source"]
    if src["kind"] == "text":
        return f"text|{src.get('text', '')}|{src.get('published_date') or ''}"
    if src["kind"] == "sample":
        return f"sample|{src.get('brief_id', '')}"
    where = json.dumps(src.get("where") or {}, sort_keys=True)
    return f"shared|{src.get('file', '')}|{src.get('row', '')}|{where}"


def gold_visit_as_record(visit: dict) -> dict:
    """A gold visit written as an extracted record, so a second annotator can be scored like an extractor.

    >>> r = gold_visit_as_record({"visitor_iso3": "CHN", "host_iso3": "PRK", "status": "occurred", "date": "2012-08"})
    >>> r["date_start"], r["date_end"], r["date_precision"]
    ('2012-08-01', '2012-08-31', 'month')
    """
    rec = {k: v for k, v in visit.items() if k != "date"}
    rng = gold_date_range(visit.get("date"))
    if rng is None:
        rec.update(date_start=None, date_end=None, date_precision="unknown")
    else:
        lo, hi, precision = rng
        rec.update(date_start=lo.isoformat(), date_end=hi.isoformat(), date_precision=precision)
    return rec


def gold_figure_as_record(figure: dict) -> dict:
    """A gold figure written as an extracted record (its ``year`` becomes a calendar-year period)."""
    rec = {k: v for k, v in figure.items() if k != "year"}
    year = figure.get("year")
    if year is None:
        rec.update(period_start=None, period_end=None)
    else:
        rec.update(period_start=f"{int(year):04d}-01-01", period_end=f"{int(year):04d}-12-31")
    return rec


def agreement_results(reference: Sequence[dict], other: Sequence[dict]) -> tuple[list[ItemResult], list[str]]:
    """Pair two annotators' items by source and score ``other`` as if it were extractor output.

    Returns the per-item results (only items both annotated) and the ids of reference items the
    other annotator did not cover. Inter-annotator agreement is the ceiling an extractor can
    reach on a gold file: facts two careful people record differently are not rule failures.
    """
    by_key = {source_key(it): it for it in other}
    results, missing = [], []
    for item in reference:
        twin = by_key.get(source_key(item))
        if twin is None:
            missing.append(item["id"])
            continue
        results.append(ItemResult(
            item["id"], item.get("source", {}).get("title") or (item.get("source", {}).get("where") or {}).get("title"),
            item.get("visits", []), item.get("figures", []),
            [gold_visit_as_record(v) for v in twin.get("visits", [])],
            [gold_figure_as_record(f) for f in twin.get("figures", [])],
            None, source_group(item)))
    return results, missing


def nearest(gold: dict, records: Sequence[dict], checks: Callable[[dict, dict], dict[str, bool]]) -> dict | None:
    """The record that agrees with a missed gold fact on most fields (at least half), and where it differs.

    >>> g = {"visitor_iso3": "CHN", "host_iso3": "PRK", "status": "occurred", "date": "2011-05-20"}
    >>> r = {"visitor_iso3": "CHN", "host_iso3": "PRK", "status": "planned", "date_precision": "unknown"}
    >>> nearest(g, [r], visit_field_checks)["differs"]
    ['status', 'date']
    """
    best, best_ok = None, 0
    for rec in records:
        result = checks(gold, rec)
        ok = sum(result.values())
        if ok > best_ok and ok * 2 >= len(result):
            best, best_ok = {"record": rec, "differs": [k for k, v in result.items() if not v]}, ok
    return best


def _near(near: dict | None, keys: Sequence[str]) -> str:
    if not near:
        return ""
    rec = near["record"]
    return (f"\n      nearest record differs in {', '.join(near['differs'])}: {_brief(rec, keys)}"
            f"\n      evidence: {rec.get('evidence')!r}")


def _fmt_row(name: str, s: dict) -> str:
    return f"{name:<32}{s['tp']:>5}{s['fp']:>5}{s['fn']:>5}{s['precision']:>8.3f}{s['recall']:>8.3f}{s['f1']:>8.3f}"


def _brief(d: dict, keys: Sequence[str]) -> str:
    return " ".join(f"{k}={d.get(k)}" for k in keys if d.get(k) is not None)


VISIT_KEYS = ("visitor_id", "visitor_iso3", "host_iso3", "status", "date", "date_start", "date_end",
              "date_precision", "location_name")
FIGURE_KEYS = ("reporter_iso3", "partner_iso3", "directed", "metric", "value_usd", "value", "currency",
               "year", "period_start", "period_end", "qualifier", "is_record")


def format_report(report: dict, details: bool = False) -> str:
    """The text printed by the command line."""
    lines = [f"items: {report['n_items']}   extractor errors: {report['n_errors']}", "",
             f"{'':<32}{'tp':>5}{'fp':>5}{'fn':>5}{'P':>8}{'R':>8}{'F1':>8}",
             _fmt_row("visits", report["visits"])]
    lines += [_fmt_row(f"  ignoring {f}", s) for f, s in report["visits_ignoring"].items()]
    lines.append(_fmt_row("figures", report["figures"]))
    lines.append(_fmt_row("figures + right qualifier", report["figures_strict"]))
    lines += [_fmt_row(f"  ignoring {f}", s) for f, s in report["figures_ignoring"].items()]
    if len(report.get("by_source", {})) > 1:
        lines.append("")
        for g, v in report["by_source"].items():
            lines.append(_fmt_row(f"{g}: visits", v["visits"]))
            lines.append(_fmt_row(f"{g}: figures", v["figures"]))
    q, rec, loc, host = report["qualifier"], report["is_record"], report["location"], report["host_actor"]
    lines.append("")
    lines.append(f"qualifier right on matched figures: {q['correct']}/{q['matched']}  "
                 + "  ".join(f"{k}:{v}" for k, v in sorted(q["confusion"].items())))
    lines.append(f"is_record right on matched figures: {rec['correct']}/{rec['checked']}")
    lines.append(f"location_name right on matched visits: {loc['correct']}/{loc['checked']}")
    lines.append(f"host_actor_id right on matched visits: {host['correct']}/{host['checked']}")
    for it in report["items"]:
        if it["error"]:
            lines.append(f"ERROR {it['id']}: {it['error']}")
    if details:
        lines.append("")
        for it in report["items"]:
            rows = []
            rows += [f"  FN visit  {_brief(g, VISIT_KEYS)}{_near(n, VISIT_KEYS)}"
                     for g, n in zip(it["visit_fn"], it["visit_near"])]
            rows += [f"  FP visit  {_brief(p, VISIT_KEYS)}\n      evidence: {p.get('evidence')!r}" for p in it["visit_fp"]]
            rows += [f"  FN figure {_brief(g, FIGURE_KEYS)}{_near(n, FIGURE_KEYS)}"
                     for g, n in zip(it["figure_fn"], it["figure_near"])]
            rows += [f"  FP figure {_brief(p, FIGURE_KEYS)} amount={p.get('amount_text')!r}\n      evidence: {p.get('evidence')!r}"
                     for p in it["figure_fp"]]
            rows += [f"  QUALIFIER gold={w['gold'].get('qualifier')} got={w['record'].get('qualifier')}"
                     f"\n      evidence: {w['record'].get('evidence')!r}" for w in it["wrong_qualifier"]]
            if rows:
                lines.append(f"[{it['id']}] {it['title'] or ''}")
                lines += rows
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m newslens.evaluate", description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", nargs="+", help="gold JSON Lines files")
    parser.add_argument("--details", action="store_true", help="list every false positive and negative")
    parser.add_argument("--json", metavar="OUT", help="also write the full report as JSON")
    parser.add_argument("--no-clean", action="store_true", help="do not run newslens.cleaning before extraction")
    parser.add_argument("--agree", metavar="OTHER",
                        help="score a second annotator's gold file OTHER against the gold (inter-annotator "
                             "agreement) instead of running the extractor; items are paired by source")
    args = parser.parse_args(argv)
    if args.json and Path(args.json).suffix.lower() == ".jsonl" and Path(args.json).exists():
        # "--json $(ls tests/gold/*.jsonl)" makes the first gold file OUT: never write the report over a gold file
        print(f"--json {args.json}: that is an existing JSON Lines file (a gold file?); the report would overwrite it. "
              "Give a new path for the report, such as report.json.", file=sys.stderr)
        return 2
    if args.agree:
        try:
            items = load_gold(args.gold)
            other = load_gold([args.agree])
        except GoldError as exc:
            print(f"unreadable gold: {exc}", file=sys.stderr)
            return 2
        results, missing = agreement_results(items, other)
        report = score(results)
        print(f"agreement of {args.agree} with {', '.join(args.gold)}: {len(results)} items paired, "
              f"{len(missing)} not annotated by the other file")
        print(format_report(report, details=args.details))
        if args.json:
            Path(args.json).write_text(json.dumps(report, indent=2, default=str, ensure_ascii=False))
        return 0
    try:
        items = load_gold(args.gold)
        for item in items:  # fail early, before the extractor is built, on a gold item we cannot locate
            resolve_source(item)
    except GoldError as exc:
        print(f"unreadable gold: {exc}", file=sys.stderr)
        return 2
    try:
        from newslens.extract import Extractor
        extractor = Extractor()
    except Exception as exc:  # noqa: BLE001 - any failure here means there is nothing to score
        print(f"cannot build the extractor: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 3
    results = run_extractor(items, extractor, clean=not args.no_clean)
    report = score(results)
    print(format_report(report, details=args.details))
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=2, default=str, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
