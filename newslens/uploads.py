"""Uploads from the browser, the pure side: per-session workspaces, safe file names, size caps,
zipped stores in and out, and sweeping workspaces of sessions that have ended.

Layout on disk (``root`` is ``$NEWSLENS_UPLOAD_DIR`` or ``<tmp>/newslens-uploads``)::

    root/s-<session token>/                  one workspace per browser session (mode 0700)
    root/s-<token>/b-<random>/inputs/u0001.csv   uploaded bytes under generated names
    root/s-<token>/b-<random>/store/             the store built (or unzipped) from them

A user's file name is never used as a path: it is kept for display only, through ingest's
``names=`` mapping (real path -> shown name). Nothing here imports Streamlit; the page wiring is
components/upload.py.
"""
from __future__ import annotations

import io
import json
import os
import re
import secrets
import shutil
import stat
import tempfile
import time
import unicodedata
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Callable, Iterable

from newslens import schema
from newslens.readers import Limits, safe_member_name
from newslens.store import MANIFEST, REPORT, StoreError, load_store

ROOT_ENV = "NEWSLENS_UPLOAD_DIR"
MAX_UPLOAD_MB_ENV = "NEWSLENS_MAX_UPLOAD_MB"
DEFAULT_MAX_UPLOAD_MB = 200  # per upload batch; Streamlit's server.maxUploadSize caps each file
MAX_FILES = 2_000  # files per upload batch
DEFAULT_MAX_AGE_SECONDS = 12 * 3600  # a workspace untouched this long is removed even if its session lives
WORKSPACE_PREFIX = "s-"
BATCH_PREFIX = "b-"
STORE_FILES = frozenset({MANIFEST, REPORT} | {f"{name}.parquet" for name in schema.TABLES})

_SUFFIX = re.compile(r"\.[a-z0-9]{1,12}")
_TOKEN = re.compile(r"[A-Za-z0-9_-]{1,64}")


class UploadError(ValueError):
    """The upload as a whole is refused; the message is the reason shown to the user."""


@dataclass(frozen=True)
class SavedUpload:
    """Uploaded files written into a batch folder: the paths to ingest and their shown names."""

    paths: list[str]
    names: dict[str, str]  # real path -> the user's file name, for ingest(names=...)
    total_bytes: int


# ---------------------------------------------------------------------------------------------
# Limits


def max_upload_bytes(value: str | None = None, server_max_mb: float | None = None) -> int:
    """The byte cap of one upload batch from ``NEWSLENS_MAX_UPLOAD_MB`` (``value``; the environment
    when None). A missing, non-numeric or non-positive value gives the default of 200 MB.

    >>> max_upload_bytes("1.5")
    1572864
    >>> max_upload_bytes("lots") == 200 * 1024**2
    True
    """
    raw = os.environ.get(MAX_UPLOAD_MB_ENV) if value is None else value
    try:
        mb = float(raw) if raw not in (None, "") else float(DEFAULT_MAX_UPLOAD_MB)
    except ValueError:
        mb = float(DEFAULT_MAX_UPLOAD_MB)
    if not mb > 0 or mb != mb or mb == float("inf"):
        mb = float(DEFAULT_MAX_UPLOAD_MB)
    return int(mb * 1024**2)


def reader_limits(batch_bytes: int) -> Limits:
    """Reader caps for an upload of at most ``batch_bytes``: no file or archive may expand past
    20x the batch cap (and never past the readers' defaults)."""
    default = Limits()
    expand = max(batch_bytes * 20, 1024**2)
    return Limits(max_file_bytes=min(default.max_file_bytes, expand),
                  max_archive_bytes=min(default.max_archive_bytes, expand),
                  max_ratio=default.max_ratio, max_members=default.max_members, max_depth=default.max_depth)


def check_batch(sizes: Iterable[int], cap_bytes: int, max_files: int = MAX_FILES) -> None:
    """Raise UploadError when a batch of files of these sizes is over the caps.

    >>> check_batch([10, 20], cap_bytes=25)  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    ...
    newslens.uploads.UploadError: these files hold 30 bytes, over the 25 bytes limit of one upload (NEWSLENS_MAX_UPLOAD_MB)
    """
    sizes = list(sizes)
    if not sizes:
        raise UploadError("no files were uploaded")
    if len(sizes) > max_files:
        raise UploadError(f"{len(sizes)} files in one upload, over the limit of {max_files}; zip them first")
    total = sum(sizes)
    if total > cap_bytes:
        raise UploadError(f"these files hold {_size(total)}, over the {_size(cap_bytes)} limit of one upload ({MAX_UPLOAD_MB_ENV})")


def _size(n: int) -> str:
    if n < 1024:
        return f"{n} bytes"
    if n < 1024**2:
        return f"{n / 1024:.1f} KB"
    return f"{n / 1024**2:.1f} MB"


# ---------------------------------------------------------------------------------------------
# Names


def display_name(name: object, limit: int = 200) -> str:
    """A user's file name made fit to show: the last path part, control characters removed,
    at most ``limit`` characters. Shown as text only, never used as a path.

    >>> display_name("../../etc/pass\\x00wd.csv")
    'passwd.csv'
    """
    text = unicodedata.normalize("NFC", str(name or ""))
    text = "".join(ch for ch in text if unicodedata.category(ch)[0] != "C")
    text = text.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1].strip()
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return text or "(unnamed file)"


def safe_suffix(name: str) -> str:
    """The (at most two) trailing extensions of ``name`` made of [a-z0-9], lower-cased: what the
    readers need to pick a format (".csv.gz", ".export.csv"), and nothing a path could abuse.

    >>> safe_suffix("Daily News.CSV.gz"), safe_suffix("../x/evil.sh;rm -rf"), safe_suffix("notes")
    ('.csv.gz', '', '')
    """
    base = display_name(name).lower()
    found: list[str] = []
    stem = base
    while len(found) < 2:
        dot = stem.rfind(".")
        if dot <= 0:
            break
        part = stem[dot:]
        if not _SUFFIX.fullmatch(part):
            break
        found.insert(0, part)
        stem = stem[:dot]
    return "".join(found)


def session_token(session_id: str) -> str:
    """A folder-safe token for a session id: the id itself when it is [A-Za-z0-9_-], else a hash.

    >>> session_token("3f2a-91"), len(session_token("../../x"))
    ('3f2a-91', 32)
    """
    if _TOKEN.fullmatch(session_id or ""):
        return session_id
    import hashlib

    return hashlib.sha256(str(session_id).encode("utf-8")).hexdigest()[:32]


# ---------------------------------------------------------------------------------------------
# Workspaces


def upload_root(root: str | os.PathLike | None = None) -> Path:
    """The folder holding every session's workspace, created private (0700) when missing."""
    path = Path(root or os.environ.get(ROOT_ENV) or Path(tempfile.gettempdir()) / "newslens-uploads")
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    # In a shared temp folder someone else could have made this folder (or a link) first.
    info = path.lstat()
    if stat.S_ISLNK(info.st_mode) or not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid():
        raise UploadError(f"the upload folder {path} is a link or belongs to another user; set {ROOT_ENV}")
    return path


def session_workspace(session_id: str, root: str | os.PathLike | None = None) -> Path:
    """The workspace of one session (created when missing); touching it marks it as in use."""
    path = upload_root(root) / f"{WORKSPACE_PREFIX}{session_token(session_id)}"
    path.mkdir(mode=0o700, exist_ok=True)
    os.utime(path)
    return path


def new_batch(workspace: Path) -> Path:
    """A fresh batch folder with an empty ``inputs/`` inside the workspace."""
    batch = workspace / f"{BATCH_PREFIX}{secrets.token_hex(8)}"
    (batch / "inputs").mkdir(mode=0o700, parents=True)
    return batch


def remove_batches(workspace: Path, keep: Path | None = None) -> int:
    """Delete the workspace's batch folders except ``keep``; return how many were removed."""
    removed = 0
    if not workspace.is_dir():
        return 0
    keep_resolved = keep.resolve() if keep is not None else None
    for child in workspace.iterdir():
        if child.name.startswith(BATCH_PREFIX) and not child.is_symlink() and child.is_dir():
            if keep_resolved is not None and child.resolve() == keep_resolved:
                continue
            shutil.rmtree(child, ignore_errors=True)
            removed += 1
    return removed


def batch_of(store_path: str | os.PathLike | None, workspace: Path) -> Path | None:
    """The batch folder of the workspace that holds ``store_path``, else None (e.g. another
    session's folder or a path that is not an upload)."""
    if not store_path:
        return None
    try:
        rel = Path(store_path).resolve().relative_to(workspace.resolve())
    except (ValueError, OSError):
        return None
    return workspace / rel.parts[0] if rel.parts and rel.parts[0].startswith(BATCH_PREFIX) else None


def sweep_workspaces(root: str | os.PathLike | None = None, live_tokens: Iterable[str] | None = None,
                     max_age_seconds: float = DEFAULT_MAX_AGE_SECONDS, now: float | None = None,
                     keep: Iterable[str] = ()) -> list[str]:
    """Remove workspaces whose session has ended or that were untouched for ``max_age_seconds``.

    ``live_tokens``: session tokens of the sessions the server still knows (None when that is
    unknown: then only age decides). ``keep``: tokens never removed (the caller's own session).
    Returns the names of the folders removed. Symlinks and files in ``root`` are left alone.
    """
    base = upload_root(root)
    now = time.time() if now is None else now
    live = set(live_tokens) if live_tokens is not None else None
    keep = set(keep)
    removed = []
    for child in sorted(base.iterdir()):
        if not child.name.startswith(WORKSPACE_PREFIX) or child.is_symlink() or not child.is_dir():
            continue
        token = child.name[len(WORKSPACE_PREFIX):]
        if token in keep:
            continue
        try:
            age = now - child.stat().st_mtime
        except OSError:
            continue
        ended = live is not None and token not in live
        if ended or age > max_age_seconds:
            shutil.rmtree(child, ignore_errors=True)
            removed.append(child.name)
    return removed


# ---------------------------------------------------------------------------------------------
# Writing uploaded bytes


def save_uploads(files: Iterable[tuple[str, bytes]], batch: Path, cap_bytes: int) -> SavedUpload:
    """Write (user's name, bytes) pairs into ``batch/inputs`` as u0001<ext>, u0002<ext> ...

    Checks the batch against ``cap_bytes`` before writing anything; raises UploadError.
    """
    files = list(files)
    check_batch([len(data) for _name, data in files], cap_bytes)
    inputs = batch / "inputs"
    inputs.mkdir(mode=0o700, parents=True, exist_ok=True)
    paths, names, total = [], {}, 0
    for i, (name, data) in enumerate(files, 1):
        path = inputs / f"u{i:04d}{safe_suffix(name)}"
        with open(path, "xb") as fh:  # "x": never overwrite, never follow an existing link
            fh.write(data)
        paths.append(str(path))
        names[str(path)] = display_name(name)
        total += len(data)
    return SavedUpload(paths, names, total)


# ---------------------------------------------------------------------------------------------
# Zipped stores


def export_store_zip(store_dir: str | os.PathLike, label: str | None = None) -> bytes:
    """The store at ``store_dir`` as zip bytes: one Parquet file per table, manifest.json and
    ingest_report.json at the top level. Server paths in the report are left out."""
    src = Path(store_dir)
    load_store(src)  # raises StoreError when the folder is not a valid store
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name in sorted(STORE_FILES):
            f = src / name
            if not f.is_file():
                continue
            if name == REPORT:
                try:
                    report = json.loads(f.read_text(encoding="utf-8"))
                except ValueError:
                    report = {}
                if isinstance(report, dict):
                    report.pop("out", None)
                    if label:
                        report["dataset"] = label
                archive.writestr(name, json.dumps(report, indent=2, ensure_ascii=False, default=str))
            else:
                archive.write(f, name)
    return buf.getvalue()


def store_zip_prefix(data: bytes) -> str | None:
    """The folder prefix ("" or "name/") under which ``data`` (zip bytes) holds a Newslens store
    (a manifest.json at the top or one folder down), else None. Never raises.

    >>> store_zip_prefix(b"not a zip") is None
    True
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = [i.filename for i in archive.infolist() if not i.is_dir()]
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError):
        return None
    candidates = []
    for name in names:
        parts = PurePosixPath(name.replace("\\", "/")).parts
        if parts and parts[-1] == MANIFEST and len(parts) <= 2 and not any(p.startswith((".", "__MACOSX")) for p in parts):
            candidates.append("" if len(parts) == 1 else parts[0] + "/")
    return min(candidates, key=len) if candidates else None


def import_store_zip(data: bytes, dest: str | os.PathLike, limits: Limits = Limits()) -> Path:
    """Unpack a zipped store into the new folder ``dest`` and validate it with load_store.

    Only the store's own files are extracted (manifest.json, ingest_report.json, <table>.parquet);
    each member is checked for unsafe paths, links, size and compression ratio before its bytes
    are read, and is read no further than its declared size. Raises UploadError with the reason;
    ``dest`` is removed again on failure.
    """
    prefix = store_zip_prefix(data)
    if prefix is None:
        raise UploadError("this zip holds no saved Newslens dataset (no manifest.json)")
    target = Path(dest)
    target.mkdir(mode=0o700, parents=True, exist_ok=False)
    try:
        _extract_store(data, prefix, target, limits)
        try:
            load_store(target)
        except StoreError as exc:
            raise UploadError(f"the saved dataset cannot be opened: {_strip_path(str(exc), target)}") from exc
    except BaseException:
        shutil.rmtree(target, ignore_errors=True)
        raise
    return target


def _extract_store(data: bytes, prefix: str, target: Path, limits: Limits) -> None:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        total = 0
        for info in archive.infolist():
            if info.is_dir():
                continue
            unsafe = safe_member_name(info.filename)
            if unsafe:
                raise UploadError(f"unsafe member {info.filename!r} in the zip: {unsafe}")
            name = info.filename.replace("\\", "/")
            if not name.startswith(prefix) or name[len(prefix):] not in STORE_FILES:
                continue  # not one of the store's files: never extracted
            mode = info.external_attr >> 16
            if stat.S_ISLNK(mode):
                raise UploadError(f"{info.filename!r} in the zip is a symbolic link")
            if info.file_size > limits.max_file_bytes:
                raise UploadError(f"{info.filename!r} expands to {_size(info.file_size)}, over the {_size(limits.max_file_bytes)} limit")
            if info.compress_size and info.file_size > 10 * 1024**2 and info.file_size / info.compress_size > limits.max_ratio:
                raise UploadError(f"{info.filename!r} has a compression ratio of {info.file_size / info.compress_size:.0f}:1 (a decompression bomb?)")
            total += info.file_size
            if total > limits.max_archive_bytes:
                raise UploadError(f"the zip expands to more than {_size(limits.max_archive_bytes)}")
            try:
                with archive.open(info) as fh:
                    member = fh.read(info.file_size + 1)
            except (zipfile.BadZipFile, RuntimeError, OSError, EOFError, ValueError, NotImplementedError, zlib.error) as exc:
                raise UploadError(f"{info.filename!r} cannot be extracted ({exc}); the zip is corrupt, truncated or encrypted") from exc
            if len(member) > info.file_size:
                raise UploadError(f"{info.filename!r} is larger than the zip header says")
            out = target / name[len(prefix):]
            with open(out, "xb") as fh:
                fh.write(member)


def _strip_path(message: str, folder: Path) -> str:
    """The message without the server folder in it (users need not see where we keep files)."""
    return message.replace(str(folder) + os.sep, "").replace(str(folder), "the dataset")


# ---------------------------------------------------------------------------------------------
# Progress and report


STAGES = {"read": (0.0, 0.10, "Reading files"), "extract": (0.10, 0.85, "Finding actors, visits and figures"),
          "dedupe": (0.85, 0.90, "Finding duplicates"), "merge": (0.90, 0.95, "Merging visits"),
          "write": (0.95, 1.0, "Writing the dataset")}


def progress_fraction(stage: str, done: int, total: int) -> tuple[float, str]:
    """Overall completion (0..1) and a caption for one progress call of ingest.

    >>> progress_fraction("extract", 50, 100)
    (0.475, 'Finding actors, visits and figures: 50 of 100 articles')
    """
    start, stop, words = STAGES.get(stage, (0.0, 1.0, stage))
    share = min(max(done / total, 0.0), 1.0) if total > 0 else 1.0 if done else 0.0
    caption = f"{words}: {done:,} of {total:,} articles" if stage == "extract" else words
    return round(start + (stop - start) * share, 4), caption


def problem_rows(report: dict) -> list[dict]:
    """The report's skipped files and rows as table rows {file, reason, rows}, file names as given.

    >>> problem_rows({"problems": [{"path": "a.csv", "reason": "empty file"}]})
    [{'file': 'a.csv', 'reason': 'empty file', 'rows': None}]
    """
    rows = []
    for problem in report.get("problems") or []:
        if isinstance(problem, dict):
            rows.append({"file": str(problem.get("path", "")), "reason": str(problem.get("reason", "")),
                         "rows": problem.get("rows")})
    return rows


def live_checker(list_ids: Callable[[], Iterable[str]] | None) -> set[str] | None:
    """Session tokens of the ids ``list_ids`` returns; None when it is missing or fails."""
    if list_ids is None:
        return None
    try:
        return {session_token(str(sid)) for sid in list_ids()}
    except Exception:  # the server's session registry is internal API; never break a page over it
        return None
