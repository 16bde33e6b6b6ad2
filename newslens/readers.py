"""Readers: turn files, folders and archives of any supported format into raw article records.

Nothing here cleans or interprets text; it only finds records and says why a file could not be
read. A bad file becomes a :class:`Problem` (path + a reason a person understands) and never stops
the other files from loading.

Supported: folders (recursive), .txt/.md, .html/.htm, .csv/.tsv, .json/.jsonl, .parquet, any of
these gzipped (.gz), .zip archives of them, and GDELT 1.0/2.0 Events exports (tab-separated, no
header, 57/58/61 columns; detected from the content, whatever the file is called).
"""
from __future__ import annotations

import csv
import gzip
import io
import json
import os
import re
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Iterable, Iterator

import pandas as pd

TEXT_EXTS = {".txt", ".md"}
HTML_EXTS = {".html", ".htm"}
TABLE_EXTS = {".csv", ".tsv"}
JSON_EXTS = {".json", ".jsonl", ".ndjson"}
PARQUET_EXTS = {".parquet"}
GDELT_EXTS = {".export.csv"}
SUPPORTED = TEXT_EXTS | HTML_EXTS | TABLE_EXTS | JSON_EXTS | PARQUET_EXTS | {".zip", ".gz"}

# Candidate column names for each field, in order of preference (lower-cased, stripped).
COLUMN_ALIASES: dict[str, tuple[str, ...]] = {
    "title": ("title", "headline", "head", "name", "subject"),
    "text": ("text", "body", "content", "story", "article", "full_text", "fulltext", "maintext", "sentence"),
    "date": ("date", "published", "pub_date", "published_date", "publication_date", "datetime", "publish_date", "time", "timestamp", "date_published"),
    "source": ("source", "publisher", "outlet", "site", "source_name", "media", "domain"),
    "url": ("url", "link", "story_link", "href", "uri", "source_url", "article_url"),
    "language": ("language", "lang"),
}
FIELDS = tuple(COLUMN_ALIASES)


@dataclass(frozen=True)
class Limits:
    """Caps that keep hostile or accidental input from exhausting memory.

    max_file_bytes: a single file (or archive member) larger than this is skipped.
    max_archive_bytes: total uncompressed bytes read out of one archive.
    max_ratio: an archive member whose uncompressed/compressed ratio exceeds this is a bomb.
    max_members: archive members read per archive.
    max_depth: how deep archives may nest (a zip in a zip is depth 2).
    """

    max_file_bytes: int = 256 * 1024**2
    max_archive_bytes: int = 1024**3
    max_ratio: float = 200.0
    max_members: int = 50_000
    max_depth: int = 2


@dataclass
class RawRecord:
    """One article as found in the input, before cleaning. Values are strings or None."""

    origin: str
    text: str | None = None
    title: str | None = None
    date: str | None = None
    source: str | None = None
    url: str | None = None
    language: str | None = None
    is_html: bool = False
    is_file: bool = False  # the whole file is one article (txt/md/html): title may be inside the text
    path_hint: str = ""  # folder/file path, for a year hint when the text gives only month and day


@dataclass(frozen=True)
class Problem:
    path: str
    reason: str
    rows: int | None = None  # rows affected, when only part of a file was bad

    def as_dict(self) -> dict:
        d = {"path": self.path, "reason": self.reason}
        if self.rows is not None:
            d["rows"] = self.rows
        return d


@dataclass
class ReadResult:
    records: list[RawRecord] = field(default_factory=list)
    gdelt: list[tuple[str, pd.DataFrame]] = field(default_factory=list)  # (origin, raw string frame)
    problems: list[Problem] = field(default_factory=list)
    files_read: list[dict] = field(default_factory=list)  # {"path", "format", "records"}


class ReadError(Exception):
    """A whole file cannot be read; the message is the reason shown to the user."""


# ---------------------------------------------------------------------------------------------
# Decoding


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode text of unknown encoding; return (text, encoding name).

    Tries byte-order marks (UTF-8, UTF-16), then strict UTF-8, then charset detection
    (cp1251, latin-1 ...). Raises ReadError for binary content.

    >>> decode_bytes("Переговоры прошли в Москве в среду, сообщили в министерстве.".encode("cp1251"))[1]
    'cp1251'
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "utf-16"
    head = data[:4096]
    if b"\x00" in head:
        # UTF-16 without a byte-order mark: decode it both ways and keep the one that reads as text.
        for enc in ("utf-16-le", "utf-16-be"):
            try:
                sample = head[: len(head) // 2 * 2].decode(enc)
            except UnicodeDecodeError:
                continue
            if sample and sum(ch.isprintable() or ch in "\r\n\t" for ch in sample) / len(sample) > 0.97 and sum(ch.isalpha() for ch in sample) > len(sample) * 0.3:
                return data.decode(enc, errors="replace"), enc
        raise ReadError("binary file, not text (it contains NUL bytes)")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is not None and best.encoding:
        enc = _prefer_western(data[:200_000], best.encoding)
        text = data.decode(enc, errors="replace")
        if _looks_binary(text):
            raise ReadError("binary file, not text")
        return text, enc
    return data.decode("latin-1"), "latin-1"


# Short French, German or Spanish text in latin-1 often scores as well in cp1250 or cp1257 as in
# cp1252, and charset detection then reads "à" as "ŕ". When every non-ASCII character of the
# cp1252 reading is a common Western European letter or sign, that reading is the one meant.
_WESTERN = set("àâäçéèêëîïôöùûüÿñáíóúãõåæøœìòßÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸÑÁÍÓÚÃÕÅÆØŒÌÒ«»–—‘’“”„…€°·")
_OTHER_LATIN_PAGES = {"cp1250", "cp1257", "iso8859_2", "iso8859_4", "iso8859_10", "iso8859_13", "iso8859_15",
                      "iso8859_16", "cp775", "hp_roman8", "mac_latin2", "cp850", "cp852", "cp858", "mac_roman", "mac_iceland"}


def _prefer_western(data: bytes, encoding: str) -> str:
    """``encoding``, or cp1252 when the detector chose another Latin code page for text that reads
    as plain Western European in cp1252.

    >>> _prefer_western("arrivé à Genève".encode("latin-1"), "cp1250")
    'cp1252'
    """
    if encoding not in _OTHER_LATIN_PAGES:
        return encoding
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return encoding
    extra = {ch for ch in text if ord(ch) > 127}
    return "cp1252" if extra and extra <= _WESTERN else encoding


def _looks_binary(text: str) -> bool:
    sample = text[:4000]
    if not sample:
        return False
    ctrl = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\r\n\t\f")
    return ctrl > len(sample) * 0.05


# ---------------------------------------------------------------------------------------------
# Column mapping


def map_columns(columns: Iterable[str], explicit: dict[str, str] | None = None) -> dict[str, str]:
    """Map our field names to the frame's column names.

    ``explicit`` (field -> column) wins; otherwise the first alias present, case-insensitively.

    >>> map_columns(["Headline", "Body", "pub_date"])
    {'title': 'Headline', 'text': 'Body', 'date': 'pub_date'}
    """
    cols = list(columns)
    lower = {str(c).strip().lower(): c for c in cols}
    mapping: dict[str, str] = {}
    for fld, col in (explicit or {}).items():
        if fld not in COLUMN_ALIASES:
            raise ValueError(f"unknown field {fld!r} in the column mapping; fields are {', '.join(FIELDS)}")
        if col not in cols:
            raise ReadError(f"column {col!r} named for {fld} is not in the file (columns: {', '.join(map(str, cols))})")
        mapping[fld] = col
    for fld, aliases in COLUMN_ALIASES.items():
        if fld in mapping:
            continue
        for alias in aliases:
            if alias in lower and lower[alias] not in mapping.values():
                mapping[fld] = lower[alias]
                break
    return mapping


def records_from_frame(frame: pd.DataFrame, origin: str, explicit: dict[str, str] | None, path_hint: str) -> list[RawRecord]:
    """One RawRecord per row of a table; raises ReadError when no text column can be found."""
    mapping = map_columns(frame.columns, explicit)
    if "text" not in mapping:
        raise ReadError(
            "no text column found (looked for " + ", ".join(COLUMN_ALIASES["text"]) + f"; columns are: {', '.join(map(str, frame.columns))}); "
            "name it with --column text=NAME"
        )
    cols = {fld: frame[col].tolist() for fld, col in mapping.items()}
    out = []
    for i in range(len(frame)):
        vals = {fld: _str_or_none(cols[fld][i]) for fld in mapping}
        out.append(RawRecord(origin=f"{origin}#{i + 1}", path_hint=path_hint, **vals))
    return out


def _str_or_none(v) -> str | None:
    if v is None:
        return None
    try:
        if pd.isna(v):
            return None
    except (TypeError, ValueError):
        pass
    s = str(v)
    return s if s.strip() else None


# ---------------------------------------------------------------------------------------------
# GDELT detection


_GDELT_WIDTHS = {57: "1.0", 58: "1.0", 61: "2.0"}


def detect_gdelt(text: str) -> bool:
    """True when the first lines look like a GDELT Events export: tab-separated, no header,
    57/58/61 fields, an integer event id and an 8-digit SQLDATE.

    >>> detect_gdelt("1\\t20191024" + "\\t" * 59)
    True
    """
    lines = [ln for ln in text[:20000].splitlines()[:5] if ln.strip()]
    if not lines:
        return False
    for ln in lines:
        parts = ln.split("\t")
        if len(parts) not in _GDELT_WIDTHS or not parts[0].isdigit() or not re.fullmatch(r"\d{8}", parts[1]):
            return False
    return True


def read_gdelt_text(text: str, origin: str) -> tuple[pd.DataFrame, int]:
    """Parse a GDELT export into a frame of strings with our column names; rows whose width is
    not 57/58/61 are dropped and counted. Returns (frame, n_bad_rows)."""
    names = _gdelt_names()
    v1 = [n for n, keep in names if keep]
    v2 = [n for n, _ in names]
    rows, bad = [], 0
    for line in text.splitlines():
        if not line.strip():
            continue
        parts = line.split("\t")
        n = len(parts)
        if n == 61:
            rec = dict(zip(v2, parts))
            rec["gdelt_version"] = "2.0"
        elif n in (57, 58):
            rec = dict(zip(v1, parts))
            rec["gdelt_version"] = "1.0"
        else:
            bad += 1
            continue
        rec["_line"] = str(len(rows) + bad + 1)
        rows.append(rec)
    frame = pd.DataFrame(rows, dtype="string")
    return frame, bad


_GDELT_NAMES: list[tuple[str, bool]] | None = None


def _gdelt_names() -> list[tuple[str, bool]]:
    global _GDELT_NAMES
    if _GDELT_NAMES is None:
        path = Path(__file__).resolve().parents[1] / "data" / "gdelt" / "events_columns.csv"
        with open(path, newline="") as f:
            _GDELT_NAMES = [(r["name"], r["in_v1"] == "1") for r in csv.DictReader(f)]
    return _GDELT_NAMES


# ---------------------------------------------------------------------------------------------
# Format readers: bytes in, records out


def _kind(name: str) -> str:
    low = name.lower()
    if low.endswith(".gz"):
        return "gz"
    suffix = PurePosixPath(low).suffix
    if suffix == ".zip":
        return "zip"
    if suffix in TEXT_EXTS:
        return "text"
    if suffix in HTML_EXTS:
        return "html"
    if suffix in TABLE_EXTS:
        return "table"
    if suffix in JSON_EXTS:
        return "json"
    if suffix in PARQUET_EXTS:
        return "parquet"
    return "unknown"


def _read_table_text(text: str, name: str, origin: str, explicit, path_hint, result: ReadResult) -> tuple[list[RawRecord], str]:
    if detect_gdelt(text):
        frame, bad = read_gdelt_text(text, origin)
        result.gdelt.append((origin, frame))
        if bad:
            result.problems.append(Problem(origin, f"{bad} GDELT rows had a column count other than 57, 58 or 61 and were skipped", bad))
        return [], f"gdelt {frame['gdelt_version'].iloc[0] if len(frame) else ''}".strip()
    sep = "\t" if name.lower().endswith(".tsv") or (text[:2000].count("\t") > text[:2000].count(",")) else ","
    n_skipped = 0
    try:
        frame = pd.read_csv(io.StringIO(text), sep=sep, dtype=str, keep_default_na=False, engine="c")
    except pd.errors.EmptyDataError as exc:
        raise ReadError("empty table (no header row)") from exc
    except (pd.errors.ParserError, ValueError):
        # Broken quoting or ragged rows: read row by row and keep the rows that have the header's width.
        frame, n_skipped = _read_ragged(text, sep)
    if n_skipped:
        result.problems.append(Problem(origin, f"{n_skipped} malformed rows skipped (broken quoting or wrong number of fields)", n_skipped))
    if frame.empty:
        raise ReadError("the table has a header but no rows")
    return records_from_frame(frame, origin, explicit, path_hint), "csv" if sep == "," else "tsv"


def _read_ragged(text: str, sep: str) -> tuple[pd.DataFrame, int]:
    """Rows of a damaged CSV that have as many fields as its header, and how many did not."""
    csv.field_size_limit(1 << 30)
    reader = csv.reader(io.StringIO(text), delimiter=sep)
    try:
        header = next(reader)
    except (StopIteration, csv.Error) as exc:
        raise ReadError("malformed table: no readable header row") from exc
    rows, bad = [], 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error:
            bad += 1
            continue
        if not row:
            continue
        if len(row) == len(header):
            rows.append(row)
        else:
            bad += 1
    return pd.DataFrame(rows, columns=header, dtype=str), bad


def _read_json_text(text: str, origin: str, explicit, path_hint, result: ReadResult) -> tuple[list[RawRecord], str]:
    stripped = text.strip()
    if not stripped:
        raise ReadError("empty file")
    items: list = []
    fmt = "json"
    try:
        doc = json.loads(stripped)
        if isinstance(doc, dict):
            lists = [v for v in doc.values() if isinstance(v, list) and v and all(isinstance(x, dict) for x in v)]
            if any(k in {f.lower() for f in doc} for k in ("text", "body", "content", "story")):
                items = [doc]
            elif lists:
                items = max(lists, key=len)
            else:
                raise ReadError("JSON object without article fields or a list of articles")
        elif isinstance(doc, list):
            items = [x for x in doc if isinstance(x, dict)]
            if len(items) < len(doc):
                result.problems.append(Problem(origin, f"{len(doc) - len(items)} list items are not JSON objects and were skipped", len(doc) - len(items)))
        else:
            raise ReadError("JSON value is neither an object nor a list of objects")
    except json.JSONDecodeError as whole_error:
        fmt = "jsonl"
        bad_lines = []
        for n, line in enumerate(stripped.splitlines(), 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError:
                bad_lines.append(n)
                continue
            if isinstance(obj, dict):
                items.append(obj)
            else:
                bad_lines.append(n)
        if not items:
            raise ReadError(f"not valid JSON or JSON Lines: {whole_error.msg} at line {whole_error.lineno} column {whole_error.colno}")
        if bad_lines:
            shown = ", ".join(map(str, bad_lines[:5])) + (" ..." if len(bad_lines) > 5 else "")
            result.problems.append(Problem(origin, f"{len(bad_lines)} JSON lines could not be parsed (lines {shown}) and were skipped", len(bad_lines)))
    if not items:
        raise ReadError("no articles in the JSON")
    frame = pd.DataFrame(items)
    frame.columns = [str(c) for c in frame.columns]
    return records_from_frame(frame, origin, explicit, path_hint), fmt


def _read_parquet_bytes(data: bytes, origin: str, explicit, path_hint) -> tuple[list[RawRecord], str]:
    try:
        frame = pd.read_parquet(io.BytesIO(data))
    except Exception as exc:  # pyarrow raises several exception types for damaged files
        raise ReadError(f"unreadable Parquet file: {_short(exc)}") from exc
    if frame.empty:
        raise ReadError("the Parquet file has no rows")
    return records_from_frame(frame, origin, explicit, path_hint), "parquet"


def _short(exc: BaseException, limit: int = 160) -> str:
    msg = " ".join(str(exc).split())
    return msg if len(msg) <= limit else msg[: limit - 3] + "..."


# ---------------------------------------------------------------------------------------------
# Walking inputs


# Files that document a data folder rather than hold articles (README.md beside a corpus).
DOC_FILE = re.compile(r"^(readme|licen[cs]e|copying|changelog|notice|authors|contributing)([._-].*)?$", re.IGNORECASE)


def iter_files(paths: Iterable[str | os.PathLike]) -> Iterator[tuple[Path, str | None]]:
    """Yield (path, problem) for every file under the given paths, folders recursively, in a
    stable order. Hidden files and folders (starting with '.') are skipped; README, LICENSE and
    similar files found in a folder are reported as skipped (name one explicitly to read it)."""
    for p in paths:
        path = Path(p)
        if path.is_dir():
            for sub in sorted(path.rglob("*")):
                rel = sub.relative_to(path)
                if any(part.startswith(".") for part in rel.parts) or not sub.is_file():
                    continue
                if DOC_FILE.match(sub.name):
                    yield sub, f"skipped: {sub.name} documents the folder, it is not an article (name it explicitly to read it)"
                    continue
                yield sub, None
        elif path.is_file():
            yield path, None
        else:
            yield path, "no such file or folder"


def read_inputs(
    paths: Iterable[str | os.PathLike],
    columns: dict[str, str] | None = None,
    limits: Limits = Limits(),
    names: dict[str, str] | None = None,
) -> ReadResult:
    """Read every input path; never raises for bad files (they become Problems).

    ``columns`` maps fields (title, text, date, source, url, language) to column names for
    tables whose headers are not recognised automatically. ``names`` maps a real path to the
    name shown in origins and the report (used for uploads stored under temporary names).
    """
    result = ReadResult()
    for path, missing in iter_files(paths):
        shown = (names or {}).get(str(path), str(path))
        if missing:
            result.problems.append(Problem(shown, missing))
            continue
        try:
            size = path.stat().st_size
            if size > limits.max_file_bytes:
                raise ReadError(f"file is {size / 1024**2:.0f} MB, over the {limits.max_file_bytes / 1024**2:.0f} MB limit")
            data = path.read_bytes()
        except ReadError as exc:
            result.problems.append(Problem(shown, str(exc)))
            continue
        except OSError as exc:
            result.problems.append(Problem(shown, f"cannot read the file: {exc.strerror or exc}"))
            continue
        _read_blob(data, path.name, shown, columns, limits, result, depth=1, path_hint=shown)
    return result


def _read_blob(data: bytes, name: str, origin: str, columns, limits: Limits, result: ReadResult, depth: int, path_hint: str) -> None:
    kind = _kind(name)
    before = len(result.records)
    try:
        if kind == "unknown":
            # Content sniffing rescues extension-less exports (GDELT files are often ".CSV" or none).
            if not data.strip():
                raise ReadError("empty file")
            text, _ = decode_bytes(data)
            if detect_gdelt(text):
                _read_table_text(text, name, origin, columns, path_hint, result)
                result.files_read.append({"path": origin, "format": "gdelt", "records": 0})
                return
            raise ReadError(f"unsupported file type {PurePosixPath(name).suffix or '(no extension)'}; supported: txt, md, html, csv, tsv, json, jsonl, parquet, gz, zip")
        if kind == "gz":
            inner = name[:-3]
            try:
                raw = _gunzip(data, limits)
            except (OSError, EOFError, gzip.BadGzipFile, zlib.error) as exc:
                raise ReadError(f"not a valid gzip file or truncated: {_short(exc)}") from exc
            _read_blob(raw, inner, origin, columns, limits, result, depth, path_hint)
            return
        if kind == "zip":
            _read_zip(data, origin, columns, limits, result, depth, path_hint)
            return
        if not data.strip():
            raise ReadError("empty file")
        if kind == "parquet":
            records, fmt = _read_parquet_bytes(data, origin, columns, path_hint)
        else:
            text, enc = decode_bytes(data)
            if kind == "table":
                records, fmt = _read_table_text(text, name, origin, columns, path_hint, result)
            elif kind == "json":
                records, fmt = _read_json_text(text, origin, columns, path_hint, result)
            else:
                if not text.strip():
                    raise ReadError("empty file")
                if detect_gdelt(text):
                    records, fmt = _read_table_text(text, name, origin, columns, path_hint, result)
                else:
                    records = [RawRecord(origin=origin, text=text, is_html=(kind == "html"), is_file=True, path_hint=path_hint)]
                    fmt = kind
        result.records.extend(records)
        result.files_read.append({"path": origin, "format": fmt, "records": len(result.records) - before})
    except ReadError as exc:
        result.problems.append(Problem(origin, str(exc)))
    except MemoryError:
        result.problems.append(Problem(origin, "too large to read into memory"))


def _gunzip(data: bytes, limits: Limits) -> bytes:
    out = io.BytesIO()
    with gzip.GzipFile(fileobj=io.BytesIO(data)) as gz:
        while True:
            chunk = gz.read(1 << 20)
            if not chunk:
                break
            out.write(chunk)
            if out.tell() > limits.max_file_bytes:
                raise ReadError(f"decompresses to more than the {limits.max_file_bytes / 1024**2:.0f} MB limit")
            if len(data) and out.tell() / len(data) > limits.max_ratio and out.tell() > 10 * 1024**2:
                raise ReadError(f"compression ratio over {limits.max_ratio:.0f}:1 (a decompression bomb?)")
    return out.getvalue()


def safe_member_name(name: str) -> str | None:
    """The reason an archive member name is unsafe (absolute path, '..', drive letter), else None.

    >>> safe_member_name("../../etc/passwd")
    "path goes outside the archive ('..')"
    """
    norm = name.replace("\\", "/")
    if norm.startswith("/") or re.match(r"^[A-Za-z]:", norm):
        return "absolute path in archive"
    if ".." in PurePosixPath(norm).parts:
        return "path goes outside the archive ('..')"
    return None


def _read_zip(data: bytes, origin: str, columns, limits: Limits, result: ReadResult, depth: int, path_hint: str) -> None:
    if depth > limits.max_depth:
        raise ReadError(f"archive nested deeper than {limits.max_depth} levels")
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError) as exc:
        raise ReadError(f"not a valid zip archive: {_short(exc)}") from exc
    total = 0
    n_members = 0
    n_unsafe = 0
    for info in infos:
        if info.is_dir():
            continue
        member_origin = f"{origin}!{info.filename}"
        bad = safe_member_name(info.filename)
        if bad:
            result.problems.append(Problem(member_origin, f"skipped: {bad}"))
            n_unsafe += 1
            continue
        parts = PurePosixPath(info.filename).parts
        if any(p.startswith(".") or p == "__MACOSX" for p in parts):
            continue
        n_members += 1
        if n_members > limits.max_members:
            result.problems.append(Problem(origin, f"archive has more than {limits.max_members} files; the rest were skipped"))
            break
        if info.file_size > limits.max_file_bytes:
            result.problems.append(Problem(member_origin, f"skipped: {info.file_size / 1024**2:.0f} MB uncompressed, over the {limits.max_file_bytes / 1024**2:.0f} MB limit"))
            continue
        if info.compress_size and info.file_size / info.compress_size > limits.max_ratio and info.file_size > 10 * 1024**2:
            result.problems.append(Problem(member_origin, f"skipped: compression ratio {info.file_size / info.compress_size:.0f}:1 looks like a decompression bomb"))
            continue
        if total + info.file_size > limits.max_archive_bytes:
            result.problems.append(Problem(member_origin, f"skipped: the archive expands to more than {limits.max_archive_bytes / 1024**2:.0f} MB"))
            continue
        try:
            with zf.open(info) as fh:
                # Read at most the declared size + 1 byte: a lying header cannot make us read more.
                member = fh.read(info.file_size + 1)
        except (zipfile.BadZipFile, RuntimeError, OSError, EOFError, ValueError, NotImplementedError, zlib.error) as exc:
            result.problems.append(Problem(member_origin, f"cannot extract: {_short(exc)} (corrupt, truncated or encrypted)"))
            continue
        if len(member) > info.file_size:
            result.problems.append(Problem(member_origin, "skipped: the member is larger than its header says"))
            continue
        total += len(member)
        _read_blob(member, PurePosixPath(info.filename).name, member_origin, columns, limits, result, depth + 1, f"{path_hint}/{info.filename}")
    if n_members == 0 and n_unsafe == 0:
        # An empty archive (or only folders, hidden files, __MACOSX) must still show up in the report.
        raise ReadError("the archive holds no files to read")
