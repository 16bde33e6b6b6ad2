"""Official bilateral trade statistics, and how reported figures compare with them.

Every reader returns one tidy frame, one row per reporter, partner, year and source::

    reporter_iso3 partner_iso3  year  exports_usd   imports_usd   trade_usd     source
    KOR           RUS           2011  7.954118e9    1.0855392e10  1.8809510e10  COW Trade v4.0 ...

``exports_usd``/``imports_usd`` are seen from the reporter's side; ``trade_usd`` is their sum.
Four layouts are read and told apart by their columns (:func:`detect_format`): the Correlates of
War dyadic file, a partner-by-year table such as South Korea's (kjayhan/kdiplo), a UN Comtrade
export, and this tidy layout itself (what ``data/reference/official_trade.csv`` holds).
"""
from __future__ import annotations

import io
import os
from functools import lru_cache
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
REFERENCE_DIR = ROOT / "data" / "reference"
DEFAULT_REFERENCE = REFERENCE_DIR / "official_trade.csv"
COW_CODES = REFERENCE_DIR / "cow_country_codes.csv"

OFFICIAL_COLUMNS = ["reporter_iso3", "partner_iso3", "year", "exports_usd", "imports_usd", "trade_usd", "source"]
# The pairs the shipped extract covers (each is stored from both sides where the data allow).
REFERENCE_PAIRS = (("RUS", "KOR"), ("CHN", "PRK"), ("RUS", "PRK"), ("RUS", "CHN"), ("KOR", "CHN"))

COW_SOURCE = "COW Trade v4.0 (Barbieri & Keshk 2016)"
KOSIS_SOURCE = "KOSIS via kjayhan/kdiplo"
KDIPLO_COW_SOURCE = "COW via kjayhan/kdiplo"
COMTRADE_SOURCE = "UN Comtrade"

# Columns that identify each layout; the first layout whose columns are all present wins.
_SIGNATURES = {
    "tidy": {"reporter_iso3", "partner_iso3", "year", "exports_usd", "imports_usd"},
    "cow": {"ccode1", "ccode2", "year", "flow1", "flow2"},
    "korea": {"iso3c", "year", "export", "import"},
    "comtrade": {"reporteriso", "partneriso", "primaryvalue"},
}


class OfficialDataError(ValueError):
    """A reference file cannot be read: the message names the file and what is wrong."""


def detect_format(columns) -> str:
    """Name the layout of a reference file from its column names.

    >>> detect_format(["ccode1", "ccode2", "year", "flow1", "flow2", "smoothflow1"])
    'cow'
    >>> detect_format(["refYear", "reporterISO", "partnerISO", "flowCode", "primaryValue"])
    'comtrade'

    Raises OfficialDataError (with the name ``"?"``) when no layout fits.
    """
    names = {str(c).strip() for c in columns}
    lowered = {n.lower() for n in names}
    for fmt, needed in _SIGNATURES.items():
        have = lowered if fmt == "comtrade" else names
        if needed <= have:
            return fmt
    raise OfficialDataError(
        "?: columns " + ", ".join(sorted(names)[:12]) + " fit no known layout; expected a COW dyadic file "
        "(ccode1, ccode2, year, flow1, flow2), a partner table (iso3c, year, export, import), a UN Comtrade "
        "export (refYear or period, reporterISO, partnerISO, flowCode or flowDesc, primaryValue) or "
        "the tidy layout (" + ", ".join(OFFICIAL_COLUMNS) + ")"
    )


def read_official(source, name: str | None = None) -> pd.DataFrame:
    """Read a reference file of official trade (path, bytes or file object) into the tidy frame.

    ``name`` labels the file in error messages (defaults to the path's file name). CSV, optionally
    gzip-compressed. Raises OfficialDataError naming the file and the problem.
    """
    if isinstance(source, (str, os.PathLike)):
        name = name or Path(source).name
    name = name or getattr(source, "name", None) or "uploaded file"
    raw = source
    if isinstance(source, (bytes, bytearray)):
        raw = io.BytesIO(source)
    compression = "gzip" if str(name).endswith(".gz") else "infer"
    try:
        frame = pd.read_csv(raw, compression=compression, low_memory=False)
    except FileNotFoundError as exc:
        raise OfficialDataError(f"{name}: no such file") from exc
    except (pd.errors.ParserError, pd.errors.EmptyDataError, UnicodeDecodeError, OSError, EOFError) as exc:
        raise OfficialDataError(f"{name}: not a readable CSV file ({exc})") from exc
    return parse_official(frame, name)


def parse_official(frame: pd.DataFrame, name: str = "reference file") -> pd.DataFrame:
    """Turn an already-read frame of any known layout into the tidy frame (see module docstring)."""
    try:
        fmt = detect_format(frame.columns)
    except OfficialDataError as exc:
        raise OfficialDataError(str(exc).replace("?:", f"{name}:", 1)) from None
    reader = {"tidy": _from_tidy, "cow": from_cow, "korea": from_partner_table, "comtrade": from_comtrade}[fmt]
    tidy = reader(frame, name)
    if tidy.empty:
        raise OfficialDataError(f"{name}: read as {fmt} layout, but no row has both countries, a year and a value")
    return tidy


def _numeric(frame: pd.DataFrame, column: str, name: str) -> pd.Series:
    """The column as floats; text that is not a number raises (names the file, column and values)."""
    values = frame[column]
    as_text = values.astype("string").str.strip().str.replace(",", "", regex=False)
    as_text = as_text.mask(as_text.str.upper().isin(["", "NA", "NAN", "NULL", ".."]))
    out = pd.to_numeric(as_text, errors="coerce")
    bad = as_text.notna() & out.isna()
    if bad.any():
        examples = sorted(set(as_text[bad].astype(str)))[:3]
        raise OfficialDataError(f"{name}: column {column!r} has values that are not numbers: {examples}")
    return out.astype("float64")


def _finish(frame: pd.DataFrame) -> pd.DataFrame:
    """Sum duplicates, compute trade_usd, order and type the columns.

    Two codes that map to the same ISO3 in one year (COW's 255/260 Germany) are summed.
    """
    frame = frame.dropna(subset=["reporter_iso3", "partner_iso3", "year"])
    frame = frame[frame["exports_usd"].notna() | frame["imports_usd"].notna()]
    frame = frame[frame["reporter_iso3"] != frame["partner_iso3"]]
    keys = ["reporter_iso3", "partner_iso3", "year", "source"]
    grouped = frame.groupby(keys, as_index=False, sort=True)[["exports_usd", "imports_usd"]].sum(min_count=1)
    # A total needs both flows: with one missing, trade_usd stays missing rather than understated.
    grouped["trade_usd"] = grouped["exports_usd"] + grouped["imports_usd"]
    out = grouped[OFFICIAL_COLUMNS].copy()
    out["reporter_iso3"] = out["reporter_iso3"].astype("string")
    out["partner_iso3"] = out["partner_iso3"].astype("string")
    out["year"] = out["year"].astype("int64")
    for c in ("exports_usd", "imports_usd", "trade_usd"):
        out[c] = out[c].astype("float64")
    out["source"] = out["source"].astype("string")
    return out.sort_values(["reporter_iso3", "partner_iso3", "year", "source"]).reset_index(drop=True)


def _years(frame: pd.DataFrame, column: str, name: str) -> pd.Series:
    years = _numeric(frame, column, name)
    if years.dropna().mod(1).ne(0).any() or years.dropna().lt(1000).any() or years.dropna().gt(3000).any():
        raise OfficialDataError(f"{name}: column {column!r} should hold four-digit years")
    return years


def _from_tidy(frame: pd.DataFrame, name: str) -> pd.DataFrame:
    out = pd.DataFrame({
        "reporter_iso3": frame["reporter_iso3"].astype("string").str.strip().str.upper(),
        "partner_iso3": frame["partner_iso3"].astype("string").str.strip().str.upper(),
        "year": _years(frame, "year", name),
        "exports_usd": _numeric(frame, "exports_usd", name),
        "imports_usd": _numeric(frame, "imports_usd", name),
        "source": frame["source"].astype("string").fillna(name) if "source" in frame else name,
    })
    return _finish(out)


@lru_cache(maxsize=1)
def cow_codes() -> dict[int, str]:
    """COW state number -> ISO3, from data/reference/cow_country_codes.csv (codes without ISO3 left out).

    >>> cow_codes()[732], cow_codes()[365]
    ('KOR', 'RUS')
    """
    table = pd.read_csv(COW_CODES, dtype={"iso3": "string"}, keep_default_na=False)
    table = table[table["iso3"] != ""]
    return dict(zip(table["ccode"].astype(float), table["iso3"]))


def from_cow(frame: pd.DataFrame, name: str = "COW file") -> pd.DataFrame:
    """Read the COW dyadic (non-directed) trade file: each dyad-year gives a row from both sides.

    flow1 = imports of ccode1 from ccode2, flow2 = imports of ccode2 from ccode1, in current
    million USD. So from ccode1's side imports = flow1 and exports = flow2 (the partner's recorded
    imports, as COW builds it). Negative flows (COW's -9 for missing) count as missing. ISO3 comes
    from iso1/iso2 when present, else from the COW code table.
    """
    codes = cow_codes()
    ccode1 = _numeric(frame, "ccode1", name)
    ccode2 = _numeric(frame, "ccode2", name)
    if "iso1" in frame and "iso2" in frame:
        iso1 = frame["iso1"].astype("string").str.strip().str.upper()
        iso2 = frame["iso2"].astype("string").str.strip().str.upper()
    else:
        iso1 = ccode1.map(codes).astype("string")
        iso2 = ccode2.map(codes).astype("string")
    flow1 = _numeric(frame, "flow1", name)
    flow2 = _numeric(frame, "flow2", name)
    flow1 = flow1.where(flow1 >= 0) * 1e6
    flow2 = flow2.where(flow2 >= 0) * 1e6
    year = _years(frame, "year", name)
    side1 = pd.DataFrame({"reporter_iso3": iso1, "partner_iso3": iso2, "year": year,
                          "exports_usd": flow2, "imports_usd": flow1})
    side2 = pd.DataFrame({"reporter_iso3": iso2, "partner_iso3": iso1, "year": year,
                          "exports_usd": flow1, "imports_usd": flow2})
    both = pd.concat([side1, side2], ignore_index=True)
    both["source"] = COW_SOURCE
    return _finish(both)


def from_partner_table(frame: pd.DataFrame, name: str = "partner table", reporter: str = "KOR") -> pd.DataFrame:
    """Read a one-reporter partner-by-year table (``iso3c,country,year,export,import,...``).

    Values are current USD from the reporter's side (South Korea in kjayhan/kdiplo). Upstream, some
    partners (RUS, SRB, PSE) have ``export == import`` exactly in the KOSIS columns, which cannot be
    true; for such rows the ``export_cow``/``import_cow`` columns are used when both exist, and
    ``source`` says so; otherwise the export is kept, the import (a copy of it) and so the total
    are left missing, and ``source`` says so.
    """
    export = _numeric(frame, "export", name)
    imports = _numeric(frame, "import", name)
    suspect = export.notna() & export.eq(imports) & export.gt(0)
    has_cow = {"export_cow", "import_cow"} <= set(frame.columns)
    has_kosis = {"export_kosis", "import_kosis"} <= set(frame.columns)
    label = KOSIS_SOURCE if has_kosis or has_cow else f"{name} (reporter {reporter})"
    source = pd.Series(label, index=frame.index, dtype="string")
    if has_kosis and has_cow:
        # export/import are KOSIS when KOSIS has the year, else the COW fallback.
        from_cow_cols = _numeric(frame, "export_kosis", name).isna() & export.notna()
        source = source.mask(from_cow_cols, KDIPLO_COW_SOURCE)
    if has_cow:
        export_cow = _numeric(frame, "export_cow", name)
        import_cow = _numeric(frame, "import_cow", name)
        fallback = suspect & export_cow.notna() & import_cow.notna()
        export = export.mask(fallback, export_cow)
        imports = imports.mask(fallback, import_cow)
        source = source.mask(fallback, f"{KDIPLO_COW_SOURCE}; KOSIS export equals import")
        suspect = suspect & ~fallback
    imports = imports.mask(suspect)
    source = source.mask(suspect, source + "; import dropped: equals export")
    out = pd.DataFrame({
        "reporter_iso3": pd.Series(reporter, index=frame.index, dtype="string"),
        "partner_iso3": frame["iso3c"].astype("string").str.strip().str.upper(),
        "year": _years(frame, "year", name),
        "exports_usd": export,
        "imports_usd": imports,
        "source": source,
    })
    return _finish(out)


def from_comtrade(frame: pd.DataFrame, name: str = "Comtrade file") -> pd.DataFrame:
    """Read a UN Comtrade export: one row per reporter, partner, period and flow.

    Year from ``refYear``, else the first four digits of ``period`` (monthly rows are summed per
    year). Flow from ``flowCode`` (X, M) or ``flowDesc`` (Export, Import); re-exports and other
    flows are ignored, as are partners that are not countries (World is ``W00``).
    """
    cols = {c.lower(): c for c in frame.columns}
    if "refyear" in cols:
        year = _years(frame, cols["refyear"], name)
    elif "period" in cols:
        year = _years(pd.DataFrame({"period": frame[cols["period"]].astype("string").str[:4]}), "period", name)
    else:
        raise OfficialDataError(f"{name}: a Comtrade file needs a refYear or period column")
    if "flowcode" in cols:
        flow = frame[cols["flowcode"]].astype("string").str.strip().str.upper()
    elif "flowdesc" in cols:
        flow = frame[cols["flowdesc"]].astype("string").str.strip().str.lower().map(
            {"export": "X", "import": "M"}).astype("string")
    else:
        raise OfficialDataError(f"{name}: a Comtrade file needs a flowCode (X/M) or flowDesc (Export/Import) column")
    value = _numeric(frame, cols["primaryvalue"], name)
    reporter = frame[cols["reporteriso"]].astype("string").str.strip().str.upper()
    partner = frame[cols["partneriso"]].astype("string").str.strip().str.upper()
    def flag(mask: pd.Series) -> pd.Series:  # missing counts as False
        return mask.fillna(False).astype(bool)

    is_country = flag(partner.str.fullmatch(r"[A-Z]{3}")) & flag(partner != "W00") & flag(reporter.str.fullmatch(r"[A-Z]{3}"))
    keep = flag(flow.isin(["X", "M"])) & is_country
    long = pd.DataFrame({"reporter_iso3": reporter, "partner_iso3": partner, "year": year,
                         "flow": flow, "value": value})[keep]
    if long.empty:
        raise OfficialDataError(f"{name}: no export (X) or import (M) rows between two countries")
    wide = long.pivot_table(index=["reporter_iso3", "partner_iso3", "year"], columns="flow", values="value",
                            aggfunc=lambda s: s.sum(min_count=1)).reset_index()
    out = pd.DataFrame({
        "reporter_iso3": wide["reporter_iso3"], "partner_iso3": wide["partner_iso3"], "year": wide["year"],
        "exports_usd": wide["X"] if "X" in wide else float("nan"),
        "imports_usd": wide["M"] if "M" in wide else float("nan"),
        "source": COMTRADE_SOURCE,
    })
    return _finish(out)


def build_reference_extract(shared_dir: str | os.PathLike, pairs=REFERENCE_PAIRS) -> pd.DataFrame:
    """The shipped extract ``data/reference/official_trade.csv``, rebuilt from the shared files.

    COW v4.0 gives every pair from both sides (to 2014); South Korea's partner table adds KOR's
    rows (KOSIS, to 2024; its COW fallback rows only for years the COW file lacks). Rebuild with::

        python -m newslens.official build ../shared data/reference/official_trade.csv
    """
    trade_dir = Path(shared_dir) / "reference" / "trade"
    cow = read_official(trade_dir / "cow_dyadic_trade_east_asia_russia_usa.csv")
    korea = read_official(trade_dir / "korea_trade_data.csv")
    # kdiplo's COW fallback rows repeat what the COW file itself gives for the same pair and year.
    cow_years = set(zip(cow["reporter_iso3"], cow["partner_iso3"], cow["year"]))
    repeated = korea["source"].str.startswith(KDIPLO_COW_SOURCE) & pd.Series(
        [k in cow_years for k in zip(korea["reporter_iso3"], korea["partner_iso3"], korea["year"])], index=korea.index)
    korea = korea.loc[~repeated]
    wanted = {frozenset(p) for p in pairs}
    both = pd.concat([cow, korea], ignore_index=True)
    in_pairs = pd.Series([frozenset((r, p)) in wanted for r, p in zip(both["reporter_iso3"], both["partner_iso3"])],
                         index=both.index, dtype=bool)
    return _finish(both.loc[in_pairs])


def write_reference(frame: pd.DataFrame, path: str | os.PathLike) -> None:
    """Write the tidy frame as CSV with values rounded to whole dollars (stable diffs)."""
    out = frame.copy()
    for c in ("exports_usd", "imports_usd", "trade_usd"):
        out[c] = out[c].round(0)
    out.to_csv(path, index=False, float_format="%.0f")


def load_reference(path: str | os.PathLike = DEFAULT_REFERENCE) -> pd.DataFrame:
    """The shipped extract (or another tidy file) as the tidy frame."""
    return read_official(path)


def official_series(official: pd.DataFrame, country_a: str, country_b: str) -> pd.DataFrame:
    """Official trade between A and B seen from A's side, one row per year and source.

    Rows reported by B are mirrored (B's exports are A's imports) for the years and sources that A
    does not report itself. Columns: year, exports_usd, imports_usd, trade_usd, source, seen_from.
    """
    direct = official[(official["reporter_iso3"] == country_a) & (official["partner_iso3"] == country_b)]
    mirror = official[(official["reporter_iso3"] == country_b) & (official["partner_iso3"] == country_a)]
    mirror = mirror.rename(columns={"exports_usd": "imports_usd", "imports_usd": "exports_usd"})
    direct = direct.assign(seen_from=country_a)
    mirror = mirror.assign(seen_from=country_b)
    have = set(zip(direct["year"], direct["source"]))
    mirror = mirror.loc[pd.Series([(y, s) not in have for y, s in zip(mirror["year"], mirror["source"])],
                                  index=mirror.index, dtype=bool)]
    cols = ["year", "exports_usd", "imports_usd", "trade_usd", "source", "seen_from"]
    out = pd.concat([direct[cols], mirror[cols]], ignore_index=True)
    return out.sort_values(["source", "year"]).reset_index(drop=True)


# Reported figures seen from one side of a pair: how each metric reads from A's side when the
# article states it from A's or from B's side ("B's exports to A" are A's imports).
_FROM_A = {"trade": "trade", "exports": "exports", "imports": "imports"}
_FROM_B = {"trade": "trade", "exports": "imports", "imports": "exports"}
TRADE_METRICS = ("trade", "exports", "imports")
OFFICIAL_VALUE = {"trade": "trade_usd", "exports": "exports_usd", "imports": "imports_usd"}


def _comparable(figures: pd.DataFrame) -> pd.DataFrame:
    """Figures that can sit on the trade chart: a trade metric, both countries and a dollar value."""
    mask = (figures["metric"].isin(TRADE_METRICS) & figures["reporter_iso3"].notna()
            & figures["partner_iso3"].notna() & figures["value_usd"].notna()
            & (figures["reporter_iso3"] != figures["partner_iso3"]))
    return figures.loc[mask.fillna(False).astype(bool)]


def pair_counts(figures: pd.DataFrame) -> pd.DataFrame:
    """Country pairs with reported trade figures, most figures first.

    Pairs are unordered and written in alphabetical order (RUS-KOR and KOR-RUS are one pair).
    Columns country_a, country_b, n_figures, n_articles, metrics (e.g. "exports, trade").
    """
    usable = _comparable(figures)
    cols = ["country_a", "country_b", "n_figures", "n_articles", "metrics"]
    if usable.empty:
        return pd.DataFrame({c: pd.Series([], dtype="int64" if c.startswith("n_") else "string") for c in cols})
    first = usable[["reporter_iso3", "partner_iso3"]].min(axis=1)
    second = usable[["reporter_iso3", "partner_iso3"]].max(axis=1)
    keyed = usable.assign(country_a=first, country_b=second)
    grouped = keyed.groupby(["country_a", "country_b"], as_index=False).agg(
        n_figures=("figure_id", "size"), n_articles=("article_id", "nunique"),
        metrics=("metric", lambda m: ", ".join(sorted(set(m)))))
    grouped = grouped.sort_values(["n_figures", "country_a", "country_b"], ascending=[False, True, True], kind="stable")
    return grouped[cols].astype({"country_a": "string", "country_b": "string", "n_figures": "int64",
                                 "n_articles": "int64", "metrics": "string"}).reset_index(drop=True)


def pair_figures(figures: pd.DataFrame, articles: pd.DataFrame, country_a: str, country_b: str) -> pd.DataFrame:
    """The figures reported between A and B, seen from A's side, with their article.

    Adds ``metric_a`` (trade, exports or imports as A sees it), ``period_mid`` (middle of the
    period, else the publication date), ``year`` (the period's year when it lies within one year,
    else missing), and the article's title, source, published_date and url.
    """
    usable = _comparable(figures)
    ab = (usable["reporter_iso3"] == country_a) & (usable["partner_iso3"] == country_b)
    ba = (usable["reporter_iso3"] == country_b) & (usable["partner_iso3"] == country_a)
    out = usable.loc[(ab | ba).astype(bool)].copy()
    out["metric_a"] = out["metric"].map(_FROM_A).where(ab[out.index], out["metric"].map(_FROM_B)).astype("string")
    meta = articles[["article_id", "title", "source", "published_date", "url"]]
    out = out.merge(meta, on="article_id", how="left")
    start, end = out["period_start"], out["period_end"].fillna(out["period_start"])
    mid = start + (end - start) / 2
    out["period_mid"] = mid.fillna(out["published_date"]).dt.normalize()
    same_year = start.notna() & (start.dt.year == end.dt.year)
    out["year"] = start.dt.year.where(same_year).astype("Int64")
    return out.sort_values(["period_mid", "published_date", "figure_id"], kind="stable").reset_index(drop=True)


def compare_with_official(points: pd.DataFrame, series: pd.DataFrame) -> pd.DataFrame:
    """One row per reported figure and official source of the same year and metric.

    ``points`` is :func:`pair_figures` output, ``series`` :func:`official_series` output.
    Adds official_source, official_usd, gap_usd (reported minus official) and gap_pct (gap as a
    percentage of official). A figure without a single-year period, or without an official value
    for its year, gets one row with these columns missing.

    >>> # reported $20 bn for 2011 vs official $18.8 bn -> gap_usd 1.2e9, gap_pct 6.38
    """
    rows = []
    for point in points.itertuples(index=False):
        matches = series.iloc[0:0]
        if pd.notna(point.year) and point.metric_a in OFFICIAL_VALUE:
            matches = series.loc[(series["year"] == int(point.year))]
            matches = matches.loc[matches[OFFICIAL_VALUE[point.metric_a]].notna()]
        base = point._asdict()
        if matches.empty:
            rows.append({**base, "official_source": pd.NA, "official_usd": float("nan")})
        for m in matches.itertuples(index=False):
            rows.append({**base, "official_source": m.source, "official_usd": float(getattr(m, OFFICIAL_VALUE[point.metric_a]))})
    columns = list(points.columns) + ["official_source", "official_usd", "gap_usd", "gap_pct"]
    if not rows:
        return pd.DataFrame({c: points[c] if c in points else pd.Series([], dtype="float64") for c in columns})
    out = pd.DataFrame(rows)
    out["official_source"] = out["official_source"].astype("string")
    out["official_usd"] = out["official_usd"].astype("float64")
    out["gap_usd"] = out["value_usd"].astype("float64") - out["official_usd"]
    official = out["official_usd"].where(out["official_usd"] != 0)
    out["gap_pct"] = (out["gap_usd"] / official * 100).round(2)
    return out[columns]


def main(argv: list[str] | None = None) -> int:
    """``python -m newslens.official build SHARED_DIR OUT.csv``: rebuild the shipped extract."""
    import sys

    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) != 3 or args[0] != "build":
        print(main.__doc__)
        return 2
    frame = build_reference_extract(args[1])
    write_reference(frame, args[2])
    print(f"wrote {len(frame)} rows to {args[2]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
