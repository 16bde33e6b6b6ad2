"""Readers: every format, column mapping, GDELT detection, and bad input becoming report rows."""
from __future__ import annotations

import gzip
import io
import json
import zipfile

import pandas as pd
import pytest

from newslens.readers import Limits, decode_bytes, detect_gdelt, map_columns, read_inputs, safe_member_name

STORY = "The two foreign ministers met in Seoul on Tuesday to discuss a rail link across the border."


def _write(tmp_path, name, data):
    p = tmp_path / name
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return p


@pytest.mark.parametrize(
    "columns, expected",
    [
        (["Headline", "Body", "pub_date"], {"title": "Headline", "text": "Body", "date": "pub_date"}),
        (["title", "story", "published", "outlet", "link"], {"title": "title", "text": "story", "date": "published", "source": "outlet", "url": "link"}),
        (["headline", "content", "datetime", "publisher", "story_link"], {"title": "headline", "text": "content", "date": "datetime", "source": "publisher", "url": "story_link"}),
    ],
)
def test__map_columns__aliases(columns, expected):
    assert map_columns(columns) == expected


def test__map_columns__explicit_wins(tmp_path):
    assert map_columns(["a", "b", "text"], {"text": "b"})["text"] == "b"


def test__read_inputs__csv_tsv_json_jsonl_parquet_txt_md_html(tmp_path):
    _write(tmp_path, "a.csv", f'title,body,date\nRail talks,"{STORY}",2019-05-02\n')
    _write(tmp_path, "b.tsv", f"headline\ttext\nRail talks 2\t{STORY} Again.\n")
    _write(tmp_path, "c.json", json.dumps([{"title": "J", "content": STORY + " J."}]))
    _write(tmp_path, "d.jsonl", json.dumps({"title": "L", "text": STORY + " L."}) + "\n" + json.dumps({"title": "M", "text": STORY + " M."}) + "\n")
    pd.DataFrame({"title": ["P"], "text": [STORY + " P."]}).to_parquet(tmp_path / "e.parquet")
    _write(tmp_path, "f.txt", "A headline\n\n" + STORY)
    _write(tmp_path, "g.md", "# Markdown headline\n\n" + STORY)
    _write(tmp_path, "h.html", f"<html><body><article><h1>H</h1><p>{STORY}</p></article></body></html>")
    res = read_inputs([tmp_path])
    assert res.problems == []
    assert len(res.records) == 9
    formats = sorted(f["format"] for f in res.files_read)
    assert formats == ["csv", "html", "json", "jsonl", "parquet", "text", "text", "tsv"]
    csv_rec = next(r for r in res.records if r.origin.endswith("a.csv#1"))
    assert (csv_rec.title, csv_rec.date) == ("Rail talks", "2019-05-02")


def test__read_inputs__gzip_and_zip_and_nested(tmp_path):
    inner = f"title,text\nZ,{STORY}\n".encode()
    _write(tmp_path, "a.csv.gz", gzip.compress(inner))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("folder/one.txt", "Headline one\n\n" + STORY)
        zf.writestr("two.csv.gz", gzip.compress(inner))
        inner_zip = io.BytesIO()
        with zipfile.ZipFile(inner_zip, "w") as z2:
            z2.writestr("three.txt", "Headline three\n\n" + STORY)
        zf.writestr("nested.zip", inner_zip.getvalue())
    _write(tmp_path, "bundle.zip", buf.getvalue())
    res = read_inputs([tmp_path])
    assert res.problems == []
    origins = sorted(r.origin for r in res.records)
    assert any(o.endswith("bundle.zip!folder/one.txt") for o in origins)
    assert any(o.endswith("bundle.zip!nested.zip!three.txt") for o in origins)
    assert len(res.records) == 4


@pytest.mark.parametrize(
    "name, data, reason",
    [
        ("empty.csv", b"", "empty file"),
        ("binary.txt", bytes(range(256)) * 40, "binary"),
        ("fake.zip", b"PK\x03\x04 this is not really a zip", "not a valid zip"),
        ("trunc.csv.gz", gzip.compress(b"title,text\nA,B\n" * 100)[:40], "gzip"),
        ("half.json", b'[{"title": "A", "text": "B"', "not valid JSON"),
        ("no_text.csv", b"foo,bar\n1,2\n", "no text column"),
        ("photo.jpg", b"\xff\xd8\xff\xe0 jpeg", "unsupported file type"),
    ],
)
def test__read_inputs__bad_file_is_reported_not_raised(tmp_path, name, data, reason):
    _write(tmp_path, "good.txt", "Good headline\n\n" + STORY)
    _write(tmp_path, name, data)
    res = read_inputs([tmp_path])
    assert len(res.records) == 1 and res.records[0].origin.endswith("good.txt")
    assert len(res.problems) == 1
    assert res.problems[0].path.endswith(name)
    assert reason in res.problems[0].reason


def test__read_inputs__broken_csv_quoting_keeps_good_rows(tmp_path):
    text = 'title,text\nOne,"fine row"\nTwo,"broken "quote" here, and more,extra\nThree,"another fine row"\n'
    _write(tmp_path, "broken.csv", text)
    res = read_inputs([tmp_path])
    titles = [r.title for r in res.records]
    assert "One" in titles and "Three" in titles
    assert any("malformed rows skipped" in p.reason for p in res.problems)


def test__read_inputs__half_a_json_line(tmp_path):
    _write(tmp_path, "a.jsonl", json.dumps({"title": "A", "text": STORY}) + "\n" + '{"title": "B", "te')
    res = read_inputs([tmp_path])
    assert [r.title for r in res.records] == ["A"]
    assert "1 JSON lines could not be parsed (lines 2)" in res.problems[0].reason


def test__read_inputs__huge_single_line_is_read(tmp_path):
    line = ("word " * 1_100_000).strip()  # ~5.5 MB, no newline
    _write(tmp_path, "long.txt", "Long headline\n\n" + line)
    res = read_inputs([tmp_path])
    assert res.problems == [] and len(res.records[0].text) > 5_000_000


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "cp1251", "latin-1", "utf-8-sig"])
def test__decode_bytes__encodings(encoding):
    text = "Заголовок\n\nПереговоры прошли в Москве в среду, сообщили в министерстве." if encoding in ("utf-16", "utf-16-le", "cp1251", "utf-8-sig") else "Café talks in Zürich ended on Monday with a déclaration of intent."
    data = text.encode(encoding)
    decoded, _ = decode_bytes(data)
    assert decoded.strip("\ufeff") == text


def test__read_inputs__utf16_csv(tmp_path):
    _write(tmp_path, "u16.csv", f"title,text\nSixteen,{STORY}\n".encode("utf-16"))
    res = read_inputs([tmp_path])
    assert res.problems == [] and res.records[0].title == "Sixteen"


def test__read_inputs__size_limit(tmp_path):
    _write(tmp_path, "big.txt", "x" * 5000)
    res = read_inputs([tmp_path], limits=Limits(max_file_bytes=1000))
    assert res.records == [] and "over the" in res.problems[0].reason


def test__read_inputs__zip_bomb_and_traversal(tmp_path):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("../../evil.txt", "Evil headline\n\n" + STORY)
        zf.writestr("bomb.txt", "0" * (30 * 1024**2))
        zf.writestr("fine.txt", "Fine headline\n\n" + STORY)
    _write(tmp_path, "x.zip", buf.getvalue())
    res = read_inputs([tmp_path])
    assert [r.origin.split("!")[-1] for r in res.records] == ["fine.txt"]
    reasons = {p.path.split("!")[-1]: p.reason for p in res.problems}
    assert "outside the archive" in reasons["../../evil.txt"]
    assert "decompression bomb" in reasons["bomb.txt"]


@pytest.mark.parametrize("name, expected", [("a/b.txt", None), ("/etc/passwd", "absolute path in archive"), ("C:\\x.txt", "absolute path in archive"), ("a/../../b", "path goes outside the archive ('..')")])
def test__safe_member_name(name, expected):
    assert safe_member_name(name) == expected


def test__detect_gdelt__widths():
    row = lambda n: "\t".join(["123", "20191024"] + [""] * (n - 2))  # noqa: E731
    assert all(detect_gdelt(row(n)) for n in (57, 58, 61))
    assert not detect_gdelt(row(60))
    assert not detect_gdelt("title\ttext\nA\tB")


def test__read_inputs__missing_path_is_a_problem(tmp_path):
    res = read_inputs([tmp_path / "nope.csv"])
    assert res.problems[0].reason == "no such file or folder"


def test__read_inputs__folder_readme_is_skipped_but_named_file_is_read(tmp_path):
    _write(tmp_path, "README.md", "About this folder\n\nThese are our test articles, collected by hand.")
    _write(tmp_path, "a.txt", "A headline\n\n" + STORY)
    res = read_inputs([tmp_path])
    assert [r.origin.rsplit("/", 1)[-1] for r in res.records] == ["a.txt"]
    assert "documents the folder" in res.problems[0].reason
    assert len(read_inputs([tmp_path / "README.md"]).records) == 1
