"""A lexicon folder given to the extractor is the one every module reads (fifteenth session).

``Extractor(lexicons_dir=...)`` (and ``NEWSLENS_LEXICONS``) let a user or a test swap the word lists. The figure
modules of sessions 13 and 14 (``figures_seed13``, ``figures14``, ``figures_swap14``) used to read the shipped files
whatever folder the extractor was given, and the wire rounds' visit words were built on first use, after the workers
forked. Each test changes one file in a copy of the shipped folder and checks the extractor follows the copy.
The sentences are our own words.
"""
from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from newslens.extract import ArticleInput, Extractor
from newslens.extract import figures14, figures_seed13
from newslens.extract.lexicons import LEXICON_DIR

PUB = dt.date(2024, 3, 11)


def _folder_with(tmp_path: Path, name: str, kind: str) -> Path:
    """A copy of the shipped lexicon folder whose ``name`` has every ``kind`` row replaced by a never-matching one."""
    folder = tmp_path / "lexicons"
    shutil.copytree(LEXICON_DIR, folder)
    lines = (folder / name).read_text(encoding="utf-8").splitlines()
    kept = [line for line in lines if not line.startswith(f"{kind},")]
    assert len(kept) < len(lines), f"{name} has no {kind} rows"
    (folder / name).write_text("\n".join(kept + [f'{kind},"test: never matches",(?!)']) + "\n", encoding="utf-8")
    return folder


def _figures(extractor: Extractor, text: str) -> list[tuple]:
    out = extractor.extract(ArticleInput("lexdir-test", None, text, PUB))
    return [(f["metric"], f["reporter_iso3"], f["partner_iso3"], f["period_start"]) for f in out["figures"]]


def test__lexdir__route_words_come_from_the_given_folder(tmp_path):
    text = "Azerbaijani gas sales to Italy, pumped through Georgia and Turkey, were worth $4 billion in 2022."
    shipped = _figures(Extractor(), text)
    assert [f[:3] for f in shipped] == [("exports", "AZE", "ITA")]
    # with no route words, Turkey is no longer seen as a place passed through: the row keeps it as a side
    folder = _folder_with(tmp_path, "figure_givers14.csv", "route")
    assert [f[:3] for f in _figures(Extractor(lexicons_dir=folder), text)] != [f[:3] for f in shipped]
    assert [f[:3] for f in _figures(Extractor(), text)] == [f[:3] for f in shipped]  # the shipped folder is untouched


def test__lexdir__swap_signing_words_come_from_the_given_folder(tmp_path):
    text = "Peru and China signed a currency swap worth 35 billion yuan on Thursday."
    assert [f[3] for f in _figures(Extractor(), text)] == [dt.date(2024, 1, 1)]  # signed as the news: its year
    folder = _folder_with(tmp_path, "figure_swap14.csv", "sign")
    assert [f[3] for f in _figures(Extractor(lexicons_dir=folder), text)] == [None]


def test__lexdir__figure_patterns_are_compiled_per_file(tmp_path):
    folder = _folder_with(tmp_path, "figure_seed13.csv", "compare_words")
    assert figures_seed13._patterns(folder)["compare_words"].pattern == "(?:(?!))"
    assert figures_seed13._patterns()["compare_words"].pattern != "(?:(?!))"
    folder14 = _folder_with(tmp_path / "b", "figure_givers14.csv", "lender")
    assert figures14._patterns(folder14)["lender"].pattern == "(?:(?!))"
    assert figures14._patterns()["lender"].pattern != "(?:(?!))"


def test__lexdir__a_folder_without_the_file_falls_back_to_the_shipped_one(tmp_path):
    assert figures14._patterns(tmp_path)["route"].pattern == figures14._patterns()["route"].pattern


@pytest.mark.parametrize("attr", ["_wire13_words", "_wire14_words"])
def test__lexdir__wire_words_are_built_with_the_extractor(attr):
    ex = Extractor()
    assert getattr(ex.visits, attr, None) is not None  # built before any article (and before a worker fork)


def test__lexdir__wire14_words_come_from_the_given_folder(tmp_path):
    folder = _folder_with(tmp_path, "visit_wire14.csv", "remote")
    assert Extractor(lexicons_dir=folder).visits._wire14_words.remote_re.pattern != \
        Extractor().visits._wire14_words.remote_re.pattern
    assert "never" in Extractor(lexicons_dir=folder).visits._wire14_words.remote_re.pattern
