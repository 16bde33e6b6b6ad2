"""Fuzzing the readers (and once, the whole upload path): random and mutated CSV, JSON, zip, gzip,
HTML, text and GDELT-like input never raises; it gives records or reported problems.

Hypothesis runs derandomized with modest example counts, so the suite is deterministic and fast.
"""
from __future__ import annotations

import gzip
import io
import json
import tempfile
import zipfile
from pathlib import Path

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newslens.readers import Limits, ReadResult, read_inputs

FUZZ = settings(derandomize=True, deadline=None, max_examples=60, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
SMALL_LIMITS = Limits(max_file_bytes=2 * 1024**2, max_archive_bytes=4 * 1024**2, max_ratio=50, max_members=40, max_depth=2)
EXTENSIONS = [".txt", ".md", ".html", ".htm", ".csv", ".tsv", ".json", ".jsonl", ".ndjson", ".parquet", ".gz",
              ".zip", ".csv.gz", ".json.gz", ".export.CSV", "", ".bin", ".CSV", ".Zip"]

# Our own words: seeds the mutations start from.
SEED_CSV = ('title,text,date,source,url\n'
            '"Port talks","Officials from both sides met at the port to talk about a new ferry line, and agreed to meet again.",2019-05-02,Harbour Letter,https://example.org/a\n'
            'Bridge,"Engineers inspected the rail bridge on Friday; repairs start in June.",2019-06-14,Border Notes,\n').encode()
SEED_JSON = json.dumps([{"headline": "Grain shipment", "body": "A grain ship left the harbour on Monday bound for the north.",
                         "published": "2018-11-05", "outlet": "Harbour Letter"}]).encode()
SEED_HTML = (b"<html><head><title>Ferry line</title><meta property='article:published_time' content='2019-03-04'></head>"
             b"<body><article><h1>Ferry line</h1><p>A shipping firm said it would open a ferry line next spring.</p>"
             b"<script>var x = 1;</script></article></body></html>")


def gdelt_line(fields: list[str], width: int) -> str:
    cells = (fields + [""] * width)[:width]
    return "\t".join(cells)


def _mutate(data: bytes, ops: list[tuple[int, int, int]]) -> bytes:
    """Apply (kind, position, value) edits: flip a byte, insert a byte, delete a byte, or truncate."""
    buf = bytearray(data)
    for kind, pos, value in ops:
        if not buf:
            buf.append(value)
            continue
        i = pos % len(buf)
        if kind == 0:
            buf[i] = value
        elif kind == 1:
            buf.insert(i, value)
        elif kind == 2:
            del buf[i]
        else:
            del buf[i:]
    return bytes(buf)


mutations = st.lists(st.tuples(st.integers(0, 3), st.integers(0, 10**6), st.integers(0, 255)), max_size=12)
# Bytes that mean something to the parsers: quotes, separators, newlines, NUL, BOMs, brackets.
special_bytes = st.sampled_from([b'"', b",", b"\t", b"\n", b"\r", b"\x00", b"\xef\xbb\xbf", b"\xff\xfe", b"{", b"}",
                                 b"[", b"]", b"<", b">", b"\\", b"PK\x03\x04", b"\x1f\x8b", b"PAR1", b"\xc3", b"\x80"])
text_soup = st.lists(st.one_of(special_bytes, st.binary(max_size=40)), max_size=30).map(b"".join)


def _read_files(files: list[tuple[str, bytes]], limits: Limits = SMALL_LIMITS) -> ReadResult:
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for i, (suffix, blob) in enumerate(files):
            path = Path(tmp) / f"f{i}{suffix}"
            path.write_bytes(blob)
            paths.append(path)
        result = read_inputs(paths, limits=limits)
        _check(result, [str(p) for p in paths])
        return result


def _check(result: ReadResult, inputs: list[str]) -> None:
    """The contract: records hold strings or None; problems say where and why; every input is
    either read or reported."""
    assert isinstance(result, ReadResult)
    for record in result.records:
        assert isinstance(record.origin, str) and record.origin
        for value in (record.text, record.title, record.date, record.source, record.url, record.language):
            assert value is None or isinstance(value, str)
    for problem in result.problems:
        assert isinstance(problem.path, str) and isinstance(problem.reason, str) and problem.reason.strip()
        assert problem.rows is None or problem.rows >= 0
    for origin, frame in result.gdelt:
        assert isinstance(origin, str) and isinstance(frame, pd.DataFrame)
    accounted = {f["path"].split("!", 1)[0].split("#", 1)[0] for f in result.files_read} | \
        {p.path.split("!", 1)[0].split("#", 1)[0] for p in result.problems}
    for path in inputs:
        assert path in accounted, f"{path} was neither read nor reported"


@FUZZ
@given(files=st.lists(st.tuples(st.sampled_from(EXTENSIONS), st.one_of(st.binary(max_size=2_000), text_soup)),
                      min_size=1, max_size=4))
def test__fuzz__random_bytes_any_extension(files):
    _read_files(files)


@FUZZ
@given(ops=mutations, suffix=st.sampled_from([".csv", ".tsv", ".txt", ""]))
def test__fuzz__mutated_csv(ops, suffix):
    _read_files([(suffix, _mutate(SEED_CSV, ops))])


@FUZZ
@given(rows=st.lists(st.lists(st.text(max_size=30), min_size=1, max_size=6), min_size=1, max_size=8),
       sep=st.sampled_from([",", "\t", ";"]), header=st.lists(st.sampled_from(["title", "text", "body", "date", "url", "", "x", "text"]), min_size=1, max_size=6))
def test__fuzz__ragged_tables(rows, sep, header):
    body = "\n".join(sep.join(r) for r in [header, *rows])
    _read_files([(".csv", body.encode("utf-8", "surrogatepass"))])


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=40),
    lambda children: st.lists(children, max_size=5) | st.dictionaries(
        st.sampled_from(["title", "text", "body", "content", "date", "url", "source", "items", "x", "lang"]), children, max_size=6),
    max_leaves=30)


@FUZZ
@given(value=json_values, lines=st.booleans(), ops=mutations)
def test__fuzz__json_and_jsonl(value, lines, ops):
    if lines:
        items = value if isinstance(value, list) else [value]
        blob = "\n".join(json.dumps(v, allow_nan=True) for v in items).encode()
    else:
        blob = json.dumps(value, allow_nan=True).encode()
    _read_files([(".jsonl" if lines else ".json", blob), (".json", _mutate(SEED_JSON, ops))])


@FUZZ
@given(ops=mutations, soup=text_soup)
def test__fuzz__html(ops, soup):
    _read_files([(".html", _mutate(SEED_HTML, ops)), (".htm", b"<p>" + soup + b"</p>")])


member_names = st.sampled_from(["a.csv", "b.json", "c.txt", "d.html", "e.gz", "inner.zip", "../up.csv", "/abs.txt",
                                "C:/win.txt", "dir/", ".hidden/x.csv", "__MACOSX/y.csv", "deep/er/f.jsonl", "noext"])


@st.composite
def zips(draw):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=draw(st.sampled_from([zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED]))) as archive:
        for name in draw(st.lists(member_names, max_size=6, unique=True)):
            kind = draw(st.integers(0, 3))
            if kind == 0:
                blob = SEED_CSV
            elif kind == 1:
                blob = draw(st.binary(max_size=300))
            elif kind == 2:  # a nested zip
                inner = io.BytesIO()
                with zipfile.ZipFile(inner, "w") as nested:
                    nested.writestr("n.csv", SEED_CSV)
                    nested.writestr("m.zip", b"PK\x03\x04 not really")
                blob = inner.getvalue()
            else:  # highly compressible: a small bomb relative to the limits
                blob = b"\n" * draw(st.integers(0, 3 * 1024**2))
            archive.writestr(name, gzip.compress(blob) if name.endswith(".gz") else blob)
    return buf.getvalue()


@FUZZ
@given(archive=zips(), ops=st.lists(st.tuples(st.integers(0, 3), st.integers(0, 10**6), st.integers(0, 255)), max_size=4))
def test__fuzz__zip_archives(archive, ops):
    _read_files([(".zip", archive), (".zip", _mutate(archive, ops))])


@FUZZ
@given(payload=st.one_of(st.just(SEED_CSV), st.binary(max_size=500)), ops=mutations, inner=st.sampled_from([".csv.gz", ".json.gz", ".gz", ".txt.gz"]))
def test__fuzz__gzip(payload, ops, inner):
    blob = gzip.compress(payload)
    _read_files([(inner, blob), (inner, _mutate(blob, ops))])


@FUZZ
@given(rows=st.lists(st.tuples(st.sampled_from([57, 58, 61, 56, 60, 62, 1]),
                               st.lists(st.text(alphabet=st.characters(blacklist_characters="\t\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"), max_size=12), max_size=61),
                               st.integers(0, 10**9), st.integers(19790101, 20301231)),
                     min_size=1, max_size=12),
       suffix=st.sampled_from([".export.CSV", ".CSV", "", ".txt", ".tsv"]))
def test__fuzz__gdelt_like_lines(rows, suffix):
    lines = [gdelt_line([str(event_id), str(day), *fields], width) for width, fields, event_id, day in rows]
    result = _read_files([(suffix, "\n".join(lines).encode("utf-8", "surrogatepass"))])
    for _origin, frame in result.gdelt:
        assert set(frame["gdelt_version"].dropna()) <= {"1.0", "2.0"}


def test__fuzz__whole_upload_path_on_garbage(tmp_path):
    """Through save_uploads and ingest, as the Data page does: garbage gives a report, not an exception."""
    from newslens import uploads
    from newslens.ingest import ingest
    from newslens.store import load_store

    data = st.lists(st.tuples(st.sampled_from(EXTENSIONS), st.one_of(text_soup, st.binary(max_size=600))), min_size=1, max_size=5)

    @settings(derandomize=True, deadline=None, max_examples=15, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
    @given(files=data, good=st.booleans())
    def run(files, good):
        named = [(f"upload{suffix}", blob) for suffix, blob in files]
        if good:
            named.append(("fine.csv", SEED_CSV))
        with tempfile.TemporaryDirectory(dir=tmp_path) as work:
            batch = uploads.new_batch(uploads.session_workspace("fuzz", root=work))
            saved = uploads.save_uploads(named, batch, cap_bytes=10 * 1024**2)
            report = ingest(saved.paths, batch / "store", names=saved.names, limits=SMALL_LIMITS, workers=1)
            dataset = load_store(batch / "store")
            assert len(dataset.articles) == report["counts"]["articles"]
            if good:
                assert {"Port talks", "Bridge"} <= set(dataset.articles["title"].dropna())
            for problem in report["problems"]:
                assert str(work) not in problem["path"]  # users see their own names, not server paths

    run()


# ---------------------------------------------------------------------------------------------
# Regressions found by the fuzzing above (fixed in newslens/readers.py)


def _corrupt_deflate(blob: bytes, start: int) -> bytes | None:
    """The first single-byte change after ``start`` that makes zlib itself fail (not a CRC check)."""
    import zlib

    for i in range(start, len(blob) - 8):
        bad = bytearray(blob)
        bad[i] ^= 0xFF
        try:
            zlib.decompressobj(-15).decompress(bytes(bad[start:]))
        except zlib.error:
            return bytes(bad)
    return None


def test__regression__empty_zip_is_reported():
    empty = io.BytesIO()
    with zipfile.ZipFile(empty, "w") as archive:
        archive.writestr("__MACOSX/._a.csv", b"junk")
    result = _read_files([(".zip", empty.getvalue())])
    assert [p.reason for p in result.problems] == ["the archive holds no files to read"]


def test__regression__corrupt_gzip_stream_is_reported_not_raised():
    blob = gzip.compress(SEED_CSV * 20)
    bad = _corrupt_deflate(blob, 10)  # gzip's deflate data starts after a 10-byte header
    assert bad is not None
    result = _read_files([(".csv.gz", bad)])
    assert len(result.problems) == 1 and result.problems[0].reason.startswith("not a valid gzip file or truncated")


def test__regression__corrupt_deflated_zip_member_is_reported_not_raised():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("a.csv", SEED_CSV * 20)
    blob = buf.getvalue()
    bad = _corrupt_deflate(blob, 30 + len("a.csv"))  # local header (30 bytes) + name, then the data
    assert bad is not None
    result = _read_files([(".zip", bad)])
    assert any("cannot extract" in p.reason for p in result.problems), result.problems


def test__regression__latin1_french_is_not_read_as_cp1250():
    from newslens.readers import decode_bytes

    french = "Le ministre est arrivé à Genève mercredi; la conférence sur l'énergie a commencé jeudi."
    text, encoding = decode_bytes(french.encode("latin-1"))
    assert text == french and encoding in ("cp1252", "latin_1")
    polish = "Minister powiedział, że spotkanie w Gdańsku było udane i że rozmowy będą kontynuowane."
    assert decode_bytes(polish.encode("cp1250"))[0] == polish
    russian = "Министры встретились в Москве и обсудили строительство моста через реку Туманную."
    assert decode_bytes(russian.encode("cp1251"))[0] == russian
