"""Lexicon files load, and bad files fail with a message that names the file and line."""
from __future__ import annotations

import pickle

import pytest

from newslens.extract import Extractor
from newslens.extract.lexicons import LEXICON_DIR, LexiconError, read_rows
from newslens.extract.visits import load_cues


def test__read_rows__regex_with_commas_in_the_last_column(tmp_path):
    p = tmp_path / "cues.csv"
    p.write_text("# a comment\nkind,pattern\nx,a{1,3}b\n")
    assert read_rows(p, ("kind", "pattern")) == [{"kind": "x", "pattern": "a{1,3}b"}]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("kind\nx\n", "missing columns"),
        ("kind,pattern\nx,(unclosed\n", "line 2: bad pattern"),
        ("kind,pattern\n,abc\n", "line 2: empty 'kind'"),
        ("kind,pattern\n", "no rows"),
    ],
)
def test__read_rows__errors(tmp_path, content, message):
    p = tmp_path / "bad.csv"
    p.write_text(content)
    with pytest.raises(LexiconError, match=message):
        read_rows(p, ("kind", "pattern"))


def test__read_rows__closed_vocabulary(tmp_path):
    p = tmp_path / "visit_cues.csv"
    p.write_text("frame,status,cameo,confidence,keywords,pattern\ntravel,maybe,042,0.5,x,x\n")
    with pytest.raises(LexiconError, match="status='maybe'"):
        load_cues(tmp_path)


def test__read_rows__missing_file(tmp_path):
    with pytest.raises(LexiconError, match="missing"):
        read_rows(tmp_path / "nope.csv", ("a",))


def test__shipped_lexicons_load():
    cues = load_cues(LEXICON_DIR)
    assert {c.frame for c in cues} >= {"travel", "meet", "host", "invite_noun", "cancel"}
    assert {c.cameo for c in cues} == {"042", "043", "036", "125"}


def test__extractor_pickles_and_actors_frame():
    ex = Extractor()
    clone = pickle.loads(pickle.dumps(ex))
    assert clone.actors_frame().equals(ex.actors_frame())
    frame = ex.actors_frame()
    assert {"country:PRK", "country:KOR", "country:RUS"} <= set(frame["actor_id"])
    assert frame["actor_id"].is_unique


@pytest.mark.parametrize(("name", "required", "allowed"), [
    ("sentence_adverbs.csv", ("word",), None),
    ("name_heads.csv", ("word",), None),
    ("body_heads.csv", ("word",), None),
    ("visit_barred.csv", ("kind", "word"), {"kind": ("verb", "not_people")}),
])
def test__word_lists_moved_out_of_the_code_load(name, required, allowed):
    """The word lists of visits rounds 18/19 moved to data/lexicons (review of round 18, item 12): one word a row,
    lower-case where the code compares lower-case words, no duplicates."""
    rows = read_rows(LEXICON_DIR / name, required, allowed)
    words = [(r.get("kind"), r["word"]) for r in rows]
    assert len(words) == len(set(words)), name
    if name != "name_heads.csv":  # (name heads are capitalised: "Stadium", "Declaration")
        assert all(w == w.lower() for _, w in words), name
