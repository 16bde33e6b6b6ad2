"""Schema conformance and the Parquet store: dtypes, vocabularies, keys, atomic swap, recovery."""
from __future__ import annotations

import os

import pandas as pd
import pytest

from newslens import schema, store


def test__conform__adds_missing_columns_and_types():
    out = schema.conform([{"article_id": "a1", "topic": "trade", "score": 0.5}], "topics")
    assert list(out.columns) == ["article_id", "topic", "score", "triggers"]
    assert str(out["score"].dtype) == "Float64" and out["triggers"].isna().all()


@pytest.mark.parametrize(
    "rows, message",
    [
        ([{"article_id": "a", "topic": "t", "bogus": 1}], "unknown columns ['bogus']"),
        ([{"article_id": None, "topic": "t"}], "topics.article_id: required"),
        ([{"article_id": "a", "topic": "t"}, {"article_id": "a", "topic": "t"}], "duplicate primary key"),
    ],
)
def test__conform__rejects(rows, message):
    with pytest.raises(schema.SchemaError, match=message.replace("[", r"\[").replace("]", r"\]")):
        schema.conform(rows, "topics")


def test__conform__closed_vocabulary():
    row = {"visit_id": "v", "article_id": "a", "date_precision": "day", "status": "rumoured"}
    with pytest.raises(schema.SchemaError, match="visits.status: \\['rumoured'\\]"):
        schema.conform([row], "visits")


def test__every_table__empty_frame_conforms():
    for name in schema.TABLES:
        schema.validate(schema.empty_frame(name), name)


def test__store__roundtrip_and_duckdb(tmp_path):
    topics = pd.DataFrame([{"article_id": "a", "topic": "trade", "score": 0.4, "triggers": "trade"}])
    store.write_store(tmp_path / "s", {"topics": topics}, {"note": "x"})
    ds = store.load_store(tmp_path / "s")
    assert ds.topics["score"].tolist() == [0.4] and ds.report == {"note": "x"}
    assert len(ds.articles) == 0 and list(ds.articles.columns) == schema.ARTICLES.column_names
    assert store.connect(tmp_path / "s").sql("select count(*) from topics").fetchall() == [(1,)]


def test__store__invalid_table_never_touches_previous(tmp_path):
    store.write_store(tmp_path / "s", {}, {"v": 1})
    with pytest.raises(schema.SchemaError):
        store.write_store(tmp_path / "s", {"topics": pd.DataFrame([{"article_id": None, "topic": "x"}])}, {"v": 2})
    assert store.load_store(tmp_path / "s").report == {"v": 1}
    assert [p.name for p in tmp_path.iterdir()] == ["s"]


def test__store__recovers_from_death_between_renames(tmp_path):
    store.write_store(tmp_path / "s", {}, {"v": 1})
    os.replace(tmp_path / "s", tmp_path / ".s.old-123")  # the writer died after moving the old store aside
    assert store.load_store(tmp_path / "s").report == {"v": 1}


def test__load_store__clear_errors(tmp_path):
    with pytest.raises(store.StoreError, match="not a Newslens store"):
        store.load_store(tmp_path)
    store.write_store(tmp_path / "s", {}, {})
    (tmp_path / "s" / "visits.parquet").write_bytes(b"garbage")
    with pytest.raises(store.StoreError, match="visits.parquet: unreadable Parquet"):
        store.load_store(tmp_path / "s")
