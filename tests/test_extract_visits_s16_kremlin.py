"""Session 16: transcripts whose speaker is known (the kremlin.ru sentences). Fixtures are our own words."""
from __future__ import annotations

import datetime as dt

import pytest

from newslens.evaluate import resolve_source
from newslens.extract import ArticleInput
from newslens.extract.visit_kremlin16 import transcript_source
from newslens.ingest import prepare_article
from newslens.readers import read_inputs

KREMLIN_FILE = "putin_kremlin_sentences_mentioning_Japan.csv"  # a sibling of the China file, named as the corpus names them


# ------------------------------------------------------------------------------------------------ plumbing


@pytest.mark.parametrize("path, source", [
    ("corpus/kremlin/putin_kremlin_sentences_mentioning_China.csv", "kremlin.ru"),
    ("/data/x/PUTIN_KREMLIN_SENTENCES_mentioning_India.csv.gz", "kremlin.ru"),
    ("archive.zip/putin_kremlin_sentences_mentioning_Korea.csv", "kremlin.ru"),
    ("news/kremlin_watch.csv", None),                      # a file about the Kremlin is no transcript
    ("putin_speeches_notes.csv", None),
    (None, None),
])
def test__transcript_source__by_file_name(path, source):
    found = transcript_source(path)
    assert (found["source"] if found else None) == source


def test__resolve_source__transcript_row_gets_the_site(tmp_path):
    """A row of a known transcript corpus with no URL gets the site's address; other files get none."""
    (tmp_path / "corpus").mkdir()
    body = "source_doc_id,date,sentence,found_term\n7,2015-03-02 10:00:00,Our own made-up line about Japan.,japan\n"
    (tmp_path / "corpus" / KREMLIN_FILE).write_text(body)
    (tmp_path / "corpus" / "other.csv").write_text(body)
    item = {"id": "k", "source": {"kind": "shared", "file": f"corpus/{KREMLIN_FILE}", "row": 0}}
    assert resolve_source(item, shared=tmp_path).url == "http://en.kremlin.ru/"
    item["source"]["file"] = "corpus/other.csv"
    assert resolve_source(item, shared=tmp_path).url is None
    item["source"]["url"] = "http://example.org/own"             # the item's own URL wins
    assert resolve_source(item, shared=tmp_path).url == "http://example.org/own"


def test__prepare_article__transcript_rows_get_the_outlet_not_a_url(tmp_path):
    """Ingest: each row of the corpus gets the outlet (it tells who speaks); no shared URL that would merge row ids."""
    path = tmp_path / KREMLIN_FILE
    path.write_text("source_doc_id,date,sentence,found_term\n"
                    "7,2015-03-02 10:00:00,Our own made-up line about Japan.,japan\n"
                    "8,2015-03-03 10:00:00,Another made-up line about Japan.,japan\n")
    records = read_inputs([str(path)]).records
    articles = [prepare_article(r) for r in records]
    assert [(a["source"], a["url"]) for a in articles] == [("kremlin.ru", None), ("kremlin.ru", None)]
    assert articles[0]["article_id"] != articles[1]["article_id"]
    plain = tmp_path / "speeches.csv"
    plain.write_text(path.read_text())
    assert prepare_article(read_inputs([str(plain)]).records[0])["source"] is None
