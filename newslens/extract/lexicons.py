"""Load and validate the lexicon files of data/lexicons (patterns are data, not code)."""
from __future__ import annotations

import csv
import functools
import os
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LEXICON_DIR = ROOT / "data" / "lexicons"
ACTORS_DIR = ROOT / "data" / "actors"


class LexiconError(ValueError):
    """A lexicon file is missing, lacks a column, or holds a value the extractors cannot use."""


def lexicon_dir() -> Path:
    return Path(os.environ.get("NEWSLENS_LEXICONS", LEXICON_DIR))


def lexicon_file(folder: Path | None, name: str) -> Path:
    """The lexicon ``name`` in ``folder`` (default: ``lexicon_dir()``) when that folder has it, else the shipped one:
    a test's small fixture folder need not copy every file."""
    path = Path(folder if folder is not None else lexicon_dir()) / name
    return path if path.is_file() else LEXICON_DIR / name


def read_rows(path: Path, required: tuple[str, ...], allowed: dict[str, tuple[str, ...]] | None = None) -> list[dict]:
    """Rows of the CSV at ``path`` as dicts, stripped; '#'-comment lines and blank lines skipped.
    A ``pattern`` column, when last, takes the rest of the line (regexes hold commas).

    Raises LexiconError naming the file and line when a required column is missing or empty, or a
    value lies outside ``allowed[column]``, or a ``pattern`` column does not compile.
    """
    if not path.is_file():
        raise LexiconError(f"{path}: lexicon file missing")
    with path.open(encoding="utf-8", newline="") as fh:
        lines = [ln for ln in fh if ln.strip() and not ln.lstrip().startswith("#")]
    reader = csv.DictReader(lines)
    missing = [c for c in required if c not in (reader.fieldnames or [])]
    if missing:
        raise LexiconError(f"{path}: missing columns {missing}; has {reader.fieldnames}")
    rows = []
    last = (reader.fieldnames or [""])[-1]
    for n, row in enumerate(reader, start=2):
        extra = row.pop(None, None)
        if extra and last == "pattern":
            # a regex in the last column may hold commas ("{0,3}") without quoting
            row["pattern"] = ",".join([row["pattern"] or "", *extra])
        elif extra:
            raise LexiconError(f"{path} line {n}: {len(extra)} fields more than the header")
        row = {k: (v or "").strip() for k, v in row.items()}
        for c in required:
            if not row.get(c):
                raise LexiconError(f"{path} line {n}: empty {c!r}")
        for c, values in (allowed or {}).items():
            if row.get(c) and row[c] not in values:
                raise LexiconError(f"{path} line {n}: {c}={row[c]!r} not in {list(values)}")
        if "pattern" in row and row["pattern"]:
            try:
                re.compile(row["pattern"])
            except re.error as exc:
                raise LexiconError(f"{path} line {n}: bad pattern {row['pattern']!r}: {exc}") from exc
        rows.append(row)
    if not rows:
        raise LexiconError(f"{path}: no rows")
    return rows


def alternation(words: list[str]) -> str:
    """A regex alternation of literal words, longest first so the longest wins.

    perf s18: the words are grouped by their first letter, each group one alternative ("p(?:laced|aid)|l(?:aid)" for
    "placed|paid|laid"), so that the regex engine tries one alternative per first letter at each position, not every
    word (a long case-insensitive alternation was tried word by word at every word start). The matches are the same:
    words with another first letter never match where a word of the group does (up to case: the grouping is by the
    lower-cased letter), and inside a group the words keep their longest-first order. Callers embed the result as
    whole alternatives (inside a group, or next to "|"), so the grouping cannot change what surrounds it.

    >>> alternation(["placed", "laid", "pay", "L"])
    'p(?:laced|ay)|(?:laid|L)'
    """
    ordered = sorted(set(words), key=len, reverse=True)
    flat = "|".join(_escape_word(w) for w in ordered)
    if not all(w[:1].isascii() and w[:1].isalnum() for w in ordered):
        return flat  # (a word opening with another character, or an empty one: the list is left as it was)
    groups: dict[str, list[str]] = {}
    for w in ordered:
        groups.setdefault(w[0].lower(), []).append(w)
    parts = []
    for group in groups.values():
        if len(group) == 1:
            parts.append(_escape_word(group[0]))
        elif all(w[0] == group[0][0] for w in group):
            parts.append(re.escape(group[0][0]) + "(?:" + "|".join(_escape_word(w[1:]) for w in group) + ")")
        else:  # "Paid" and "paid": one group in their order, the first letter not factored (a case-sensitive caller)
            parts.append("(?:" + "|".join(_escape_word(w) for w in group) + ")")
    return "|".join(parts)


def _escape_word(word: str) -> str:
    return re.escape(word).replace(r"\ ", r"\s+")


@functools.lru_cache(maxsize=16)
def patterns_by_kind(path: str, kinds: tuple[str, ...]) -> dict[str, re.Pattern]:
    """kind -> one compiled, case-insensitive alternation of the ``pattern`` column of the ``kind,pattern`` CSV at
    ``path`` (``kind`` must be one of ``kinds``); compiled once per file."""
    rows = read_rows(Path(path), ("kind", "pattern"), {"kind": kinds})
    grouped: dict[str, list[str]] = {}
    for row in rows:
        grouped.setdefault(row["kind"], []).append(row["pattern"])
    return {k: re.compile("|".join(f"(?:{p})" for p in v), re.I) for k, v in grouped.items()}
