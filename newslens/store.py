"""The on-disk store: one Parquet file per table plus ingest_report.json, swapped in atomically.

Layout of a store folder::

    DIR/articles.parquet  DIR/visits.parquet  ...  one per table in newslens.schema.TABLES
    DIR/ingest_report.json                         what was read, skipped and why
    DIR/manifest.json                              schema version, row counts; written last

A store is written into a sibling temporary folder and renamed into place, so a killed ingest
leaves the previous store intact.
"""
from __future__ import annotations

import json
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pandas as pd

from newslens import schema

MANIFEST = "manifest.json"
REPORT = "ingest_report.json"


class StoreError(RuntimeError):
    """The folder is not a Newslens store, or one of its files cannot be read."""


@dataclass(frozen=True)
class Dataset:
    """All tables of one store, conformed to the schema. Treat the frames as read-only."""

    articles: pd.DataFrame
    mentions: pd.DataFrame
    visits: pd.DataFrame
    visit_events: pd.DataFrame
    figures: pd.DataFrame
    topics: pd.DataFrame
    actors: pd.DataFrame
    events: pd.DataFrame
    report: dict
    path: str = ""

    def table(self, name: str) -> pd.DataFrame:
        return getattr(self, name)

    @classmethod
    def from_tables(cls, tables: dict[str, pd.DataFrame], report: dict | None = None, path: str = "") -> "Dataset":
        frames = {n: schema.conform(tables[n], n) if n in tables else schema.empty_frame(n) for n in schema.TABLES}
        return cls(**frames, report=report or {}, path=path)


def write_store(out_dir: str | os.PathLike, tables: dict[str, pd.DataFrame], report: dict) -> Path:
    """Validate every table and write the store to ``out_dir`` atomically; return its path.

    Tables absent from ``tables`` are written empty. Raises SchemaError before touching ``out_dir``
    when a table does not fit the schema.
    """
    out = Path(out_dir).resolve()
    frames = {n: schema.conform(tables[n], n) if n in tables else schema.empty_frame(n) for n in schema.TABLES}
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.writing-", dir=out.parent))
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o777 & ~umask)  # mkdtemp makes it private; a store is as readable as any folder
    try:
        for name, frame in frames.items():
            frame.to_parquet(tmp / f"{name}.parquet", index=False)
        (tmp / REPORT).write_text(json.dumps(report, indent=2, default=str, ensure_ascii=False))
        manifest = {"schema_version": schema.SCHEMA_VERSION, "rows": {n: len(f) for n, f in frames.items()}}
        (tmp / MANIFEST).write_text(json.dumps(manifest, indent=2))
        old = None
        if out.exists():
            old = out.parent / f".{out.name}.old-{os.getpid()}"
            os.replace(out, old)
        os.replace(tmp, out)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return out


def _recover(path: Path) -> None:
    """If a writer died between its two renames, put the previous store back."""
    if path.exists():
        return
    olds = sorted(path.parent.glob(f".{path.name}.old-*"), key=lambda p: p.stat().st_mtime)
    if olds:
        os.replace(olds[-1], path)


def is_store(path: str | os.PathLike) -> bool:
    p = Path(path)
    _recover(p)
    return (p / MANIFEST).is_file()


def load_store(path: str | os.PathLike) -> Dataset:
    """Read every table of the store at ``path``. Raises StoreError with the reason when it cannot."""
    p = Path(path)
    _recover(p)
    if not (p / MANIFEST).is_file():
        raise StoreError(f"{p}: not a Newslens store (no {MANIFEST}); create one with `python -m newslens ingest INPUT --out {p}`")
    try:
        manifest = json.loads((p / MANIFEST).read_text())
    except (OSError, ValueError) as exc:
        raise StoreError(f"{p / MANIFEST}: unreadable ({exc})") from exc
    if manifest.get("schema_version") != schema.SCHEMA_VERSION:
        raise StoreError(f"{p}: schema version {manifest.get('schema_version')}, this Newslens reads {schema.SCHEMA_VERSION}; re-run ingest")
    tables = {}
    for name in schema.TABLES:
        f = p / f"{name}.parquet"
        if not f.is_file():
            tables[name] = schema.empty_frame(name)
            continue
        try:
            tables[name] = pd.read_parquet(f)
        except Exception as exc:  # pyarrow raises several types for a damaged file
            raise StoreError(f"{f}: unreadable Parquet ({exc})") from exc
    try:
        report = json.loads((p / REPORT).read_text()) if (p / REPORT).is_file() else {}
    except ValueError:
        report = {}
    return Dataset.from_tables(tables, report, str(p))


def connect(path: str | os.PathLike) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB connection with one view per table of the store at ``path``.

    e.g. connect("store").sql("select status, count(*) from visits group by 1").fetchall()
    """
    p = Path(path)
    con = duckdb.connect()
    for name in schema.TABLES:
        f = p / f"{name}.parquet"
        if f.is_file():
            quoted = str(f).replace("'", "''")
            con.execute(f"create view {name} as select * from read_parquet('{quoted}')")
    return con
