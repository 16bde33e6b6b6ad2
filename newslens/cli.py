"""The command line. Every error about the call itself is one line on stderr and exit code 2."""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from newslens.readers import FIELDS, Limits


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, not argparse's usage block
        self.exit(2, f"{self.prog}: error: {message} (see --help)\n")


def _column(spec: str) -> tuple[str, str]:
    if "=" not in spec:
        raise argparse.ArgumentTypeError(f"--column takes FIELD=NAME, got {spec!r}")
    fld, name = spec.split("=", 1)
    if fld not in FIELDS:
        raise argparse.ArgumentTypeError(f"--column field {fld!r} is not one of {', '.join(FIELDS)}")
    if not name:
        raise argparse.ArgumentTypeError(f"--column {spec!r} names no column")
    return fld, name


def _positive_mb(value: str) -> int:
    try:
        mb = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"--max-file-mb takes a number, got {value!r}") from None
    if mb <= 0:
        raise argparse.ArgumentTypeError("--max-file-mb must be positive")
    return int(mb * 1024**2)


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="newslens", description="Turn article datasets into Newslens tables.")
    sub = p.add_subparsers(dest="command", required=True, parser_class=_Parser)
    ing = sub.add_parser("ingest", help="read articles and write a store (Parquet tables + ingest_report.json)")
    ing.add_argument("inputs", nargs="+", metavar="INPUT", help="files, folders or archives (txt, md, html, csv, tsv, json, jsonl, parquet, gz, zip, GDELT exports)")
    ing.add_argument("--out", required=True, metavar="DIR", help="store folder to write (replaced atomically)")
    ing.add_argument("--append", action="store_true", help="keep what DIR holds and add only new articles")
    ing.add_argument("--column", action="append", type=_column, default=[], metavar="FIELD=NAME", help="name the column holding a field (title, text, date, source, url, language)")
    ing.add_argument("--actors", action="append", default=[], metavar="CSV", help="extra people or organisations (columns of data/actors/people.csv or organisations.csv)")
    ing.add_argument("--workers", type=int, default=None, help="worker processes (default: 2, or fewer cores)")
    ing.add_argument("--max-file-mb", type=_positive_mb, default=None, metavar="MB", help="skip files larger than this (default 256)")
    ing.add_argument("--quiet", action="store_true", help="no progress bar")
    sch = sub.add_parser("schema", help="print the tables' data dictionary")
    sch.add_argument("--markdown", action="store_true", help="as Markdown (the README's data dictionary)")
    return p


class _Bar:
    """A one-line progress bar on stderr: 'extract [#####.....] 5120/11226 420/s'."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.t0 = time.perf_counter()
        self.last = 0.0

    def __call__(self, stage: str, done: int, total: int) -> None:
        if not self.enabled:
            return
        now = time.perf_counter()
        if done < total and now - self.last < 0.2:
            return
        self.last = now
        width = 30
        fill = int(width * done / total) if total else width
        rate = f" {done / (now - self.t0):.0f}/s" if stage == "extract" and now > self.t0 else ""
        sys.stderr.write(f"\r{stage:<8}[{'#' * fill}{'.' * (width - fill)}] {done}/{total}{rate}   ")
        if done >= total:
            sys.stderr.write("\n")
        sys.stderr.flush()


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "schema":
        from newslens import schema

        if args.markdown:
            print(schema.data_dictionary_markdown())
        else:
            for t in schema.TABLES.values():
                print(f"{t.name}: {', '.join(t.column_names)}")
        return 0
    missing = [i for i in args.inputs if not Path(i).exists()]
    if missing:
        print(f"newslens ingest: error: no such file or folder: {missing[0]}", file=sys.stderr)
        return 2
    if args.workers is not None and args.workers < 1:
        print("newslens ingest: error: --workers must be 1 or more", file=sys.stderr)
        return 2
    from newslens.ingest import IngestError, ingest

    limits = Limits(max_file_bytes=args.max_file_mb) if args.max_file_mb else Limits()
    try:
        report = ingest(
            args.inputs,
            args.out,
            columns=dict(args.column) or None,
            append=args.append,
            workers=args.workers,
            limits=limits,
            extra_actors=args.actors,
            progress=_Bar(not args.quiet and sys.stderr.isatty()),
        )
    except IngestError as exc:
        print(f"newslens ingest: error: {exc}", file=sys.stderr)
        return 2
    c = report["counts"]
    print(
        f"{c['articles']} articles ({c['new_articles']} new, {c['duplicates']} duplicates, {c['already_in_store']} already in store) "
        f"in {report['seconds']} s ({report['articles_per_second']} records/s); "
        + ", ".join(f"{n} {k}" for k, n in report["tables"].items() if k not in ("articles",))
    )
    print(f"dates: {json.dumps(c['date_origin'])}")
    if report["problems"]:
        print(f"{len(report['problems'])} problems (details in {Path(args.out) / 'ingest_report.json'}):")
        for p in report["problems"][:20]:
            print(f"  {p['path']}: {p['reason']}")
        if len(report["problems"]) > 20:
            print(f"  ... and {len(report['problems']) - 20} more")
    return 0
