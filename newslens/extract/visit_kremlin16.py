"""Trips told in the first person in transcripts whose speaker is known (session 16, the Kremlin sentences).

A kremlin.ru transcript is the Russian president speaking unless a sentence says otherwise: "during my May visit
to Beijing" is the president's trip to China. Two tables drive it: ``transcript_sources.csv`` names corpora of
transcripts that carry no URL or outlet per row (their rows get one), and ``visit_kremlin16.csv`` holds the speaker
of a source and the cue words.
"""
from __future__ import annotations

import fnmatch
from functools import lru_cache
from pathlib import Path, PurePath

from .lexicons import lexicon_file, read_rows

__all__ = ["transcript_source"]


@lru_cache(maxsize=8)
def _sources(path: Path) -> tuple[dict, ...]:
    return tuple(read_rows(path, ("file_glob", "source")))


def transcript_source(file_path: str | None, lexicons: Path | None = None) -> dict | None:
    """The known transcript corpus a file belongs to, by its name: {"source", "url"} or None.

    >>> transcript_source("../shared/corpus/kremlin/putin_kremlin_sentences_mentioning_China.csv")["source"]
    'kremlin.ru'
    >>> transcript_source("news/kremlin_watch.csv") is None
    True
    """
    if not file_path:
        return None
    name = PurePath(str(file_path).replace("\\", "/")).name.lower()
    for row in _sources(lexicon_file(lexicons, "transcript_sources.csv")):
        if fnmatch.fnmatchcase(name, row["file_glob"].lower()):
            return {"source": row["source"], "url": row.get("url") or None}
    return None
