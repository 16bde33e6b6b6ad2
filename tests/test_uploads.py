"""Uploads: safe names, caps, per-session workspaces and their sweeping, zipped stores in and out
(with hostile archives), and the Data page driven through AppTest (upload, report, switch, reopen)."""
from __future__ import annotations

import gzip
import io
import json
import os
import stat
import zipfile
from pathlib import Path

import pandas as pd
import pytest

from newslens import schema, uploads
from newslens.readers import Limits
from newslens.store import load_store
from tests.fixtures_store import build_fixture_store

ROOT = Path(__file__).resolve().parents[1]
DASHBOARD = ROOT / "dashboard.py"
DATA_PAGE_PATH = "pages/5_Data.py"

# Our own words: short pieces an analyst might upload.
PIECE_RAIL = "Engineers from both countries met in Rason on Friday to inspect the rebuilt rail bridge over the Tumen river."
PIECE_PORT = "A shipping company from Vladivostok said it would open a ferry line to the port of Rajin next spring."
PIECE_FARM = "Farm officials in the north reported a larger maize harvest than last year after a dry summer."


@pytest.fixture(autouse=True)
def _upload_root(tmp_path, monkeypatch):
    root = tmp_path / "uploads"
    monkeypatch.setenv(uploads.ROOT_ENV, str(root))
    monkeypatch.delenv(uploads.MAX_UPLOAD_MB_ENV, raising=False)
    monkeypatch.delenv("NEWSLENS_DATA", raising=False)
    return root


def _zip(members: dict[str, bytes | str], compression=zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=compression) as archive:
        for name, blob in members.items():
            archive.writestr(name, blob)
    return buf.getvalue()


# ---------------------------------------------------------------------------------------------
# Limits and names


@pytest.mark.parametrize("value, expected", [
    ("1", 1024**2), ("0.5", 512 * 1024), ("", 200 * 1024**2), ("abc", 200 * 1024**2), ("-3", 200 * 1024**2),
    ("0", 200 * 1024**2), ("nan", 200 * 1024**2), ("inf", 200 * 1024**2),
])
def test__max_upload_bytes__parses_env_value(value, expected):
    assert uploads.max_upload_bytes(value) == expected


def test__max_upload_bytes__reads_environment(monkeypatch):
    monkeypatch.setenv(uploads.MAX_UPLOAD_MB_ENV, "3")
    assert uploads.max_upload_bytes() == 3 * 1024**2


@pytest.mark.parametrize("sizes, cap, message", [
    ([], 100, "no files"),
    ([60, 50], 100, "110 bytes, over the 100 bytes limit"),
    ([1] * (uploads.MAX_FILES + 1), 10**9, "zip them first"),
])
def test__check_batch__refuses(sizes, cap, message):
    with pytest.raises(uploads.UploadError, match=message):
        uploads.check_batch(sizes, cap)


def test__check_batch__accepts_at_the_cap():
    uploads.check_batch([40, 60], 100)


@pytest.mark.parametrize("name, shown, suffix", [
    ("report.csv", "report.csv", ".csv"),
    ("Daily.CSV.GZ", "Daily.CSV.GZ", ".csv.gz"),
    ("20191024.export.CSV", "20191024.export.CSV", ".export.csv"),
    ("../../etc/passwd", "passwd", ""),
    ("C:\\Users\\me\\notes.txt", "notes.txt", ".txt"),
    ("evil.sh;rm -rf ~", "evil.sh;rm -rf ~", ""),
    ("<img src=x onerror=alert(1)>.html", "<img src=x onerror=alert(1)>.html", ".html"),
    ("tab\tand\x00nul\u202e.csv", "tabandnul.csv", ".csv"),
    (".hidden", ".hidden", ""),
    ("", "(unnamed file)", ""),
    ("v1.2 draft.json", "v1.2 draft.json", ".json"),
])
def test__display_name_and_safe_suffix(name, shown, suffix):
    assert (uploads.display_name(name), uploads.safe_suffix(name)) == (shown, suffix)


def test__display_name__truncates_long_names():
    assert len(uploads.display_name("x" * 500 + ".csv")) == 200


def test__session_token__keeps_uuid_hashes_anything_else():
    assert uploads.session_token("0f1e2d3c-aaaa-bbbb-cccc-123456789abc") == "0f1e2d3c-aaaa-bbbb-cccc-123456789abc"
    hashed = uploads.session_token("../../tmp/x")
    assert len(hashed) == 32 and "/" not in hashed and hashed != uploads.session_token("../../tmp/y")


# ---------------------------------------------------------------------------------------------
# Workspaces


def test__save_uploads__generated_names_keep_user_names_for_display(_upload_root):
    batch = uploads.new_batch(uploads.session_workspace("sess-a"))
    saved = uploads.save_uploads([("../../outside.csv", b"a"), ("same.txt", b"bb"), ("same.txt", b"ccc"), ("x", b"d")],
                                 batch, cap_bytes=100)
    names = [Path(p).name for p in saved.paths]
    assert names == ["u0001.csv", "u0002.txt", "u0003.txt", "u0004"]
    assert all(Path(p).parent == batch / "inputs" for p in saved.paths)
    assert list(saved.names.values()) == ["outside.csv", "same.txt", "same.txt", "x"]
    assert saved.total_bytes == 7
    assert not (_upload_root.parent / "outside.csv").exists()
    assert stat.S_IMODE(_upload_root.stat().st_mode) == 0o700


def test__save_uploads__over_the_cap_writes_nothing(_upload_root):
    batch = uploads.new_batch(uploads.session_workspace("sess-a"))
    with pytest.raises(uploads.UploadError, match="limit of one upload"):
        uploads.save_uploads([("a.csv", b"x" * 60), ("b.csv", b"y" * 60)], batch, cap_bytes=100)
    assert list((batch / "inputs").iterdir()) == []


def test__sweep_workspaces__removes_ended_and_stale_keeps_live_and_own(_upload_root, tmp_path):
    for sid in ("live", "ended", "stale", "mine"):
        uploads.session_workspace(sid)
    outside = tmp_path / "not-ours"
    outside.mkdir()
    (outside / "keep.txt").write_text("x")
    (_upload_root / "s-link").symlink_to(outside, target_is_directory=True)
    (_upload_root / "unrelated").mkdir()
    old = uploads.upload_root() / "s-stale"
    os.utime(old, (1_000, 1_000))
    removed = uploads.sweep_workspaces(live_tokens=["live", "stale"], keep=["mine"], max_age_seconds=3600)
    assert removed == ["s-ended", "s-stale"]
    assert sorted(p.name for p in _upload_root.iterdir()) == ["s-link", "s-live", "s-mine", "unrelated"]
    assert (outside / "keep.txt").exists()


def test__sweep_workspaces__unknown_sessions_only_age_decides(_upload_root):
    uploads.session_workspace("a")
    assert uploads.sweep_workspaces(live_tokens=None) == []
    assert uploads.sweep_workspaces(live_tokens=None, max_age_seconds=-1) == ["s-a"]


def test__live_checker__failure_means_unknown():
    def broken():
        raise RuntimeError("no runtime")
    assert uploads.live_checker(broken) is None
    assert uploads.live_checker(None) is None
    assert uploads.live_checker(lambda: ["x/y", "ok"]) == {uploads.session_token("x/y"), "ok"}


def test__remove_batches_and_batch_of(_upload_root):
    workspace = uploads.session_workspace("s1")
    first, second = uploads.new_batch(workspace), uploads.new_batch(workspace)
    assert uploads.batch_of(str(second / "store"), workspace) == second
    assert uploads.batch_of(str(_upload_root / "s-other" / "b-1" / "store"), workspace) is None
    assert uploads.batch_of(None, workspace) is None
    assert uploads.remove_batches(workspace, keep=second) == 1
    assert not first.exists() and second.exists()


# ---------------------------------------------------------------------------------------------
# Zipped stores


@pytest.fixture(scope="module")
def fixture_store(tmp_path_factory) -> Path:
    return build_fixture_store(tmp_path_factory.mktemp("fx") / "store")


def test__export_then_import__round_trips_every_table(fixture_store, tmp_path):
    blob = uploads.export_store_zip(fixture_store, label="fixture")
    with zipfile.ZipFile(io.BytesIO(blob)) as archive:
        names = sorted(archive.namelist())
        report = json.loads(archive.read("ingest_report.json"))
    assert names == sorted(uploads.STORE_FILES)
    assert "out" not in report and report["dataset"] == "fixture"
    assert uploads.store_zip_prefix(blob) == ""
    back = load_store(uploads.import_store_zip(blob, tmp_path / "back"))
    original = load_store(fixture_store)
    for name in schema.TABLES:
        pd.testing.assert_frame_equal(back.table(name), original.table(name))


def test__import_store_zip__inside_one_folder_ignores_other_files(fixture_store, tmp_path):
    blob = uploads.export_store_zip(fixture_store)
    with zipfile.ZipFile(io.BytesIO(blob)) as archive:
        members = {f"saved/{n}": archive.read(n) for n in archive.namelist()}
    members["saved/notes.html"] = "<script>alert(1)</script>"
    members["__MACOSX/saved/._manifest.json"] = "junk"
    wrapped = _zip(members)
    assert uploads.store_zip_prefix(wrapped) == "saved/"
    target = uploads.import_store_zip(wrapped, tmp_path / "in")
    assert sorted(p.name for p in target.iterdir()) == sorted(uploads.STORE_FILES)
    assert len(load_store(target).articles) == 12


def _store_members(fixture_store: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(uploads.export_store_zip(fixture_store))) as archive:
        return {n: archive.read(n) for n in archive.namelist()}


def test__import_store_zip__refuses_path_traversal(fixture_store, tmp_path):
    members = _store_members(fixture_store)
    members["../../escaped.parquet"] = b"x"
    with pytest.raises(uploads.UploadError, match="outside the archive"):
        uploads.import_store_zip(_zip(members), tmp_path / "in")
    assert not (tmp_path / "in").exists()
    assert not (tmp_path.parent / "escaped.parquet").exists()


def test__import_store_zip__refuses_absolute_paths(fixture_store, tmp_path):
    members = _store_members(fixture_store)
    members["/tmp/abs.parquet"] = b"x"
    with pytest.raises(uploads.UploadError, match="absolute path"):
        uploads.import_store_zip(_zip(members), tmp_path / "in")


def test__import_store_zip__refuses_symlink_members(fixture_store, tmp_path):
    members = _store_members(fixture_store)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as archive:
        for name, blob in members.items():
            if name == "articles.parquet":
                info = zipfile.ZipInfo(name)
                info.external_attr = (stat.S_IFLNK | 0o777) << 16
                archive.writestr(info, "/etc/passwd")
            else:
                archive.writestr(name, blob)
    with pytest.raises(uploads.UploadError, match="symbolic link"):
        uploads.import_store_zip(buf.getvalue(), tmp_path / "in")


def test__import_store_zip__refuses_decompression_bomb(fixture_store, tmp_path):
    members = _store_members(fixture_store)
    members["articles.parquet"] = b"\0" * (12 * 1024**2)  # ~1000:1 once deflated
    with pytest.raises(uploads.UploadError, match="decompression bomb"):
        uploads.import_store_zip(_zip(members), tmp_path / "in")


def test__import_store_zip__refuses_members_over_the_size_caps(fixture_store, tmp_path):
    blob = uploads.export_store_zip(fixture_store)
    with pytest.raises(uploads.UploadError, match="over the"):
        uploads.import_store_zip(blob, tmp_path / "a", Limits(max_file_bytes=1_000))
    with pytest.raises(uploads.UploadError, match="expands to more than"):
        uploads.import_store_zip(blob, tmp_path / "b", Limits(max_archive_bytes=5_000))


def test__import_store_zip__damaged_parquet_is_refused_and_removed(fixture_store, tmp_path):
    members = _store_members(fixture_store)
    members["visits.parquet"] = b"PAR1 this is not parquet PAR1"
    with pytest.raises(uploads.UploadError, match="cannot be opened: visits.parquet: unreadable Parquet"):
        uploads.import_store_zip(_zip(members), tmp_path / "in")
    assert not (tmp_path / "in").exists()


def test__import_store_zip__wrong_schema_version(fixture_store, tmp_path):
    members = _store_members(fixture_store)
    members["manifest.json"] = json.dumps({"schema_version": 999, "rows": {}})
    with pytest.raises(uploads.UploadError, match="schema version 999"):
        uploads.import_store_zip(_zip(members), tmp_path / "in")


@pytest.mark.parametrize("blob", [b"", b"PK\x03\x04 truncated", b"plain text", _zip({"a.csv": "title,text\nx,y\n"})])
def test__import_store_zip__not_a_store(blob, tmp_path):
    assert uploads.store_zip_prefix(blob) is None
    with pytest.raises(uploads.UploadError, match="no saved Newslens dataset"):
        uploads.import_store_zip(blob, tmp_path / "in")


def test__import_store_zip__truncated_store_zip(fixture_store, tmp_path):
    blob = uploads.export_store_zip(fixture_store)
    with pytest.raises(uploads.UploadError):
        uploads.import_store_zip(blob[: len(blob) // 2] + blob[-2000:], tmp_path / "in")


# ---------------------------------------------------------------------------------------------
# Progress and report rows


def test__progress_fraction__rises_through_the_stages():
    calls = [("read", 0, 1), ("read", 1, 1), ("extract", 0, 10), ("extract", 5, 10), ("extract", 10, 10),
             ("dedupe", 0, 1), ("dedupe", 1, 1), ("merge", 1, 1), ("write", 0, 1), ("write", 1, 1)]
    fractions = [uploads.progress_fraction(*c)[0] for c in calls]
    assert fractions == sorted(fractions) and fractions[0] == 0.0 and fractions[-1] == 1.0
    assert uploads.progress_fraction("extract", 0, 0) == (0.1, "Finding actors, visits and figures: 0 of 0 articles")


def test__problem_rows__keeps_names_as_given():
    report = {"problems": [{"path": "<b>x</b>.csv", "reason": "empty file"}, {"path": "y", "reason": "bad", "rows": 3}, "junk"]}
    assert uploads.problem_rows(report) == [{"file": "<b>x</b>.csv", "reason": "empty file", "rows": None},
                                            {"file": "y", "reason": "bad", "rows": 3}]


# ---------------------------------------------------------------------------------------------
# The Data page through AppTest


def _app():
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(DASHBOARD), default_timeout=120)  # the entrypoint, then the Data page
    at.run()
    at.switch_page(DATA_PAGE_PATH).run()
    assert not at.exception, at.exception
    return at


def _upload(at, files: list[tuple[str, bytes]]):
    at.file_uploader(key="upload_files").set_value([(n, b, "application/octet-stream") for n, b in files])
    at.run()
    at.button(key="upload_go").click().run()
    assert not at.exception, at.exception
    return at


def _articles_zip() -> bytes:
    table = pd.DataFrame({"title": ["Bridge inspected", "Ferry line planned"], "text": [PIECE_RAIL, PIECE_PORT],
                          "date": ["2019-04-12", "2019-05-03"], "source": ["Border Notes", "Harbour Letter"]})
    return _zip({
        "news/pieces.csv": table.to_csv(index=False),
        "news/farm.txt": "Harvest report\n\n" + PIECE_FARM,
        "news/broken.json": "{ this is not json",
        "news/picture.png": b"\x89PNG\r\n\x1a\n\x00\x00binary",
        "../escape.txt": "should never be read",
        "news/bomb.txt": b"a" * (12 * 1024**2),
    })


def test__data_page__upload_zip_builds_reports_and_switches_session(_upload_root):
    at = _upload(_app(), [("field notes.zip", _articles_zip())])
    assert not at.error, [e.value for e in at.error]
    store_dir = Path(at.session_state["newslens_store"])
    assert store_dir.is_relative_to(_upload_root) and store_dir.name == "store"
    assert at.session_state["newslens_store_label"] == "field notes.zip"
    dataset = load_store(store_dir)
    assert sorted(dataset.articles["title"]) == ["Bridge inspected", "Ferry line planned", "Harvest report"]
    assert all(o.startswith("field notes.zip!news/") for o in dataset.articles["origin"])
    result = at.session_state["newslens_upload_result"]
    reasons = {p["file"]: p["reason"] for p in result["problems"]}
    assert set(reasons) == {"field notes.zip!news/broken.json", "field notes.zip!news/picture.png",
                            "field notes.zip!../escape.txt", "field notes.zip!news/bomb.txt"}
    assert "outside the archive" in reasons["field notes.zip!../escape.txt"]
    assert "decompression bomb" in reasons["field notes.zip!news/bomb.txt"]
    assert "binary file" in reasons["field notes.zip!news/picture.png"]
    assert not (store_dir.parent / "inputs").exists()  # raw uploads are not kept
    shown = at.dataframe[0].value
    assert sorted(shown["file"]) == sorted(reasons)
    assert "Your upload" in at.markdown[0].value
    assert at.get("download_button")  # the download of the new dataset is offered


def test__data_page__encodings_are_detected(_upload_root):
    files = [
        ("utf8.txt", "Встреча в Москве\n\nМинистры встретились в Москве и обсудили строительство моста через реку.".encode("utf-8")),
        ("utf16.txt", "Réunion à Séoul\n\nLes ministres se sont réunis à Séoul pour parler du chemin de fer.".encode("utf-16")),
        ("cp1251.txt", "Переговоры в Пхеньяне\n\nДелегация прибыла в Пхеньян и провела переговоры о торговле и портах.".encode("cp1251")),
        ("latin1.txt", "Visite à Genève\n\nLe ministre est arrivé à Genève mercredi pour une conférence sur l'énergie.".encode("latin-1")),
    ]
    at = _upload(_app(), files)
    titles = sorted(load_store(at.session_state["newslens_store"]).articles["title"])
    assert titles == ["Réunion à Séoul", "Visite à Genève", "Встреча в Москве", "Переговоры в Пхеньяне"]
    assert at.session_state["newslens_upload_result"]["problems"] == []


def test__data_page__batch_over_the_cap_is_refused(_upload_root, monkeypatch):
    monkeypatch.setenv(uploads.MAX_UPLOAD_MB_ENV, "0.001")  # about 1 KB
    at = _upload(_app(), [("a.txt", b"x" * 800), ("b.txt", b"y" * 800)])
    assert any("over the 1.0 KB limit of one upload" in e.value for e in at.error)
    assert not at.session_state["newslens_store"] if "newslens_store" in at.session_state else True
    assert not any(p.name.startswith("b-") for ws in _upload_root.glob("s-*") for p in ws.iterdir())


def test__data_page__gzipped_upload_and_nothing_readable(_upload_root):
    at = _upload(_app(), [("one.csv.gz", gzip.compress(f"title,text\nFerry,{PIECE_PORT}\n".encode()))])
    assert list(load_store(at.session_state["newslens_store"]).articles["title"]) == ["Ferry"]
    at = _upload(_app(), [("empty.csv", b""), ("image.png", b"\x89PNG")])
    result = at.session_state["newslens_upload_result"]
    assert result["tables"]["articles"] == 0
    assert {p["file"] for p in result["problems"]} == {"empty.csv", "image.png"}


def test__data_page__saved_zip_reopens_without_ingest(_upload_root, fixture_store, monkeypatch):
    import components.upload

    def no_ingest(*args, **kwargs):
        raise AssertionError("a saved dataset must not be ingested again")

    monkeypatch.setattr(components.upload, "ingest", no_ingest)
    at = _upload(_app(), [("my dataset.zip", uploads.export_store_zip(fixture_store))])
    assert not at.error, [e.value for e in at.error]
    assert at.session_state["newslens_upload_result"]["kind"] == "opened"
    assert len(load_store(at.session_state["newslens_store"]).articles) == 12
    at = _upload(_app(), [("my dataset.zip", uploads.export_store_zip(fixture_store)), ("x.csv", b"title,text\na,b\n")])
    assert any("is a saved dataset: upload it on its own" in e.value for e in at.error)


def test__data_page__back_to_shared_removes_the_upload(_upload_root, fixture_store):
    at = _upload(_app(), [("saved.zip", uploads.export_store_zip(fixture_store))])
    store_dir = Path(at.session_state["newslens_store"])
    assert store_dir.is_dir()
    at.button(key="back_to_shared").click().run()
    assert not at.session_state["newslens_store"]
    assert not store_dir.exists()
    assert "Your upload" not in at.markdown[0].value


def test__data_page__sessions_do_not_share_uploads(_upload_root, fixture_store):
    first = _upload(_app(), [("saved.zip", uploads.export_store_zip(fixture_store))])
    second = _app()
    assert "newslens_store" not in second.session_state or not second.session_state["newslens_store"]
    assert "Your upload" not in second.markdown[0].value
    # (AppTest gives every session the same id: separate workspaces are proven in a real browser,
    # tests/test_browser_upload.py; here the second run's sweep must still leave the upload alone.)
    assert Path(first.session_state["newslens_store"]).is_dir()


def test__upload_root__refuses_a_planted_link(tmp_path):
    target = tmp_path / "elsewhere"
    target.mkdir()
    planted = tmp_path / "planted"
    planted.symlink_to(target, target_is_directory=True)
    with pytest.raises(uploads.UploadError, match="is a link or belongs to another user"):
        uploads.upload_root(planted)
