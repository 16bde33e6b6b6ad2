"""The one cached data-access module of the dashboard: which store is open, loaded once, filtered once.

Which dataset a session sees, first match wins:
1. ``st.session_state["newslens_store"]``: a store folder uploaded in this session (pages/5_Data.py);
   loaded and filtered through session-scoped caches, never visible to another session.
2. ``NEWSLENS_DATA`` (environment variable, else ``st.secrets["NEWSLENS_DATA"]``): a store folder or
   a zip of one; global caches.
3. The embedded sample ``data/sample/store``.

A path that cannot be read gives an ``st.error`` naming it and the reason, then the next choice.
Cached frames are shared: callers must not change them in place.
"""
from __future__ import annotations

import hashlib
import os
import tempfile
import zipfile
from pathlib import Path

import streamlit as st

from newslens import filters, queries
from newslens.filters import FilterState
from newslens.store import Dataset, StoreError, is_store, load_store

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_STORE = ROOT / "data" / "sample" / "store"
SESSION_KEY = "newslens_store"  # set by the Data page to an uploaded store folder
SESSION_LABEL_KEY = "newslens_store_label"  # optional display name of that upload


def _configured_path() -> str | None:
    """NEWSLENS_DATA from the environment, else from st.secrets; None when unset."""
    value = os.environ.get("NEWSLENS_DATA")
    if value:
        return value
    try:
        value = st.secrets.get("NEWSLENS_DATA")
    except Exception:  # no secrets.toml at all is the normal case
        value = None
    return str(value) if value else None


def _store_version(path: str) -> str:
    """A token that changes when the store at ``path`` is rewritten (manifest mtime and size)."""
    try:
        stat = (Path(path) / "manifest.json").stat()
        return f"{stat.st_mtime_ns}-{stat.st_size}"
    except OSError:
        return "missing"


def _unzip_store(zip_path: Path) -> Path:
    """Extract a zipped store once into the temp folder; return the folder holding manifest.json."""
    digest = hashlib.sha1(f"{zip_path.resolve()}|{zip_path.stat().st_mtime_ns}".encode()).hexdigest()[:12]
    target = Path(tempfile.gettempdir()) / f"newslens-zip-{digest}"
    if not target.exists():
        with zipfile.ZipFile(zip_path) as archive:
            for name in archive.namelist():
                if name.startswith("/") or ".." in Path(name).parts:
                    raise StoreError(f"{zip_path}: unsafe path {name!r} inside the zip")
            work = Path(tempfile.mkdtemp(prefix=f".{target.name}-", dir=target.parent))
            archive.extractall(work)
            os.replace(work, target)
    manifests = sorted(target.rglob("manifest.json"), key=lambda p: len(p.parts))
    if not manifests:
        raise StoreError(f"{zip_path}: the zip holds no Newslens store (no manifest.json)")
    return manifests[0].parent


def _resolve(path: str) -> Path:
    """The store folder ``path`` names (unzipping a .zip); raises StoreError with the reason."""
    p = Path(path).expanduser()
    if not p.exists():
        raise StoreError(f"{p}: no such file or folder")
    if p.is_file() and p.suffix.lower() == ".zip":
        try:
            return _unzip_store(p)
        except zipfile.BadZipFile as exc:
            raise StoreError(f"{p}: not a readable zip ({exc})") from exc
    if not is_store(p):
        raise StoreError(f"{p}: not a Newslens store (no manifest.json); create one with `python -m newslens ingest INPUT --out {p}`")
    return p


# The shared dataset (the sample or NEWSLENS_DATA: the same for every visitor, nobody's private
# data) is loaded once per server into st.cache_resource and read in place by every session, and
# so are its filtered views (keyed by the FilterState, which is what a link says, not anybody's
# data): a 20,000-article dataset is ~50 MB pickled, and st.cache_data would unpickle a fresh
# copy for every run (about a second, and one copy per concurrent session). Nothing may change
# these frames in place (tests/test_pages_apptest.py checks after every page). Query results and
# figures are small and use st.cache_data, which hands each caller its own copy. Functions ending
# in _session use st.cache_data with scope="session": an uploaded store and everything derived
# from it never reach another session (within one run each is unpickled once, see _run_memo).
@st.cache_resource(show_spinner="Loading the dataset…", max_entries=2)
def _load_shared(path: str, version: str) -> Dataset:
    return load_store(path)


@st.cache_data(show_spinner="Loading your dataset…", max_entries=2, scope="session")
def _load_session(path: str, version: str) -> Dataset:
    return load_store(path)


# Parameters starting with "_" are not hashed: they hand over the dataset lazily, so a cache hit
# never unpickles it.
@st.cache_resource(show_spinner=False, max_entries=6)
def _apply_shared(path: str, version: str, state: FilterState, _base) -> Dataset:
    return filters.apply(_base(), state)


@st.cache_data(show_spinner=False, max_entries=3, scope="session")
def _apply_session(path: str, version: str, state: FilterState, _base) -> Dataset:
    return filters.apply(_base(), state)


@st.cache_data(show_spinner=False, max_entries=256)
def _query_shared(path: str, version: str, state: FilterState, name: str, args: tuple, _get) -> object:
    return getattr(queries, name)(_get(), *args)


@st.cache_data(show_spinner=False, max_entries=64, scope="session")
def _query_session(path: str, version: str, state: FilterState, name: str, args: tuple, _get) -> object:
    return getattr(queries, name)(_get(), *args)


def _builder(qualified: str):
    """"components.charts.visits:visit_timeline" -> the function (cache keys must be plain values)."""
    import importlib

    module, _, function = qualified.partition(":")
    return getattr(importlib.import_module(module), function)


@st.cache_data(show_spinner=False, max_entries=64)
def _figure_shared(path: str, version: str, state: FilterState, builder: str, name: str, query_args: tuple,
                   args: tuple, _frame) -> object:
    return _builder(builder)(_frame(), *args)


@st.cache_data(show_spinner=False, max_entries=32, scope="session")
def _figure_session(path: str, version: str, state: FilterState, builder: str, name: str, query_args: tuple,
                    args: tuple, _frame) -> object:
    return _builder(builder)(_frame(), *args)


_RUN_MEMO_KEY = "_newslens_run_memo"


def _run_memo() -> dict:
    """Datasets already unpickled in this run, by (path, version, state); emptied by end_run()."""
    return st.session_state.setdefault(_RUN_MEMO_KEY, {})


def end_run() -> None:
    """Called by components/frame.py when a run ends (also after st.stop): drop this run's datasets."""
    st.session_state.pop(_RUN_MEMO_KEY, None)


def _source(report: bool = False) -> tuple[str, bool, str]:
    """(store folder, is the session's own upload, label) of the dataset this session sees.

    With ``report``, a path that cannot be opened is shown as an st.error (once per page run:
    only current_dataset() reports).
    """
    uploaded = st.session_state.get(SESSION_KEY)
    if uploaded:
        try:
            folder = _resolve(str(uploaded))
            label = st.session_state.get(SESSION_LABEL_KEY) or Path(str(uploaded)).name
            return str(folder), True, f"Your upload: {label}"
        except StoreError as exc:
            if report:
                st.error(f"The uploaded dataset at {uploaded} cannot be opened: {exc}. Showing the shared dataset instead.")
    configured = _configured_path()
    if configured:
        try:
            folder = _resolve(configured)
            return str(folder), False, f"NEWSLENS_DATA: {configured}"
        except StoreError as exc:
            if report:
                st.error(f"NEWSLENS_DATA={configured} cannot be opened: {exc}. Showing the embedded sample instead.")
    return str(SAMPLE_STORE), False, "Embedded sample (data/sample/store)"


def _empty() -> Dataset:
    return Dataset.from_tables({}, {}, "")


def _dataset(path: str, version: str, is_session: bool, state: FilterState) -> Dataset:
    """The dataset at ``path`` filtered by ``state``, unpickled at most once per run."""
    memo = _run_memo()
    key = (path, version, state)
    if key not in memo:
        if state.is_default:  # the unfiltered view is the loaded dataset, not a second cached copy
            memo[key] = _load_session(path, version) if is_session else _load_shared(path, version)
        else:
            base = lambda: _dataset(path, version, is_session, FilterState())  # noqa: E731
            apply_cached = _apply_session if is_session else _apply_shared
            memo[key] = apply_cached(path, version, state, base)
    return memo[key]


def current_dataset() -> Dataset:
    """The session's dataset (see the module docstring); an empty one when nothing can be read."""
    path, is_session, _label = _source(report=True)
    try:
        return _dataset(path, _store_version(path), is_session, FilterState())
    except StoreError as exc:
        if Path(path) == SAMPLE_STORE:
            st.info(f"No dataset to show yet: {exc}")
        else:
            st.error(f"{path} cannot be loaded: {exc}")
        return _empty()


def current_path() -> str:
    """The store folder the session's dataset is read from."""
    return _source()[0]


def dataset_label() -> str:
    """What the loaded dataset is, e.g. "Embedded sample (data/sample/store)"."""
    return _source()[2]


def filtered(state: FilterState) -> Dataset:
    """The current dataset filtered by ``state`` (cached per dataset and state)."""
    path, is_session, _label = _source()
    try:
        return _dataset(path, _store_version(path), is_session, state)
    except StoreError:
        return filters.apply(_empty(), state)


def query(name: str, state: FilterState, *args) -> object:
    """``newslens.queries.<name>(filtered(state), *args)``, cached per dataset, state and args.

    e.g. query("key_figures", FilterState())
    """
    if not hasattr(queries, name):
        raise AttributeError(f"newslens.queries has no function {name!r}")
    path, is_session, _label = _source()
    version = _store_version(path)
    cached = _query_session if is_session else _query_shared
    try:
        return cached(path, version, state, name, tuple(args), lambda: _dataset(path, version, is_session, state))
    except StoreError:
        return getattr(queries, name)(filters.apply(_empty(), state), *args)


def figure(builder, name: str, state: FilterState, *args, query_args: tuple = ()) -> object:
    """``builder(query(name, state, *query_args), *args)``, cached: built once per dataset, state and options.

    ``builder`` is a pure chart function of components.charts (passed by its qualified name to the
    cache); ``args`` must be hashable values (e.g. a frozen options dataclass).

    e.g. figure(visit_timeline, "visits_with_articles", state, TimelineOptions())
    """
    path, is_session, _label = _source()
    version = _store_version(path)
    cached = _figure_session if is_session else _figure_shared
    qualified = f"{builder.__module__}:{builder.__qualname__}"
    frame = lambda: query(name, state, *query_args)  # noqa: E731
    try:
        return cached(path, version, state, qualified, name, tuple(query_args), tuple(args), frame)
    except StoreError:
        return builder(frame(), *args)
