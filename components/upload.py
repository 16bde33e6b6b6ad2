"""The Data page's Streamlit side: upload files or a saved dataset, ingest with progress, show the
report, switch this session to the result, download it, and clean up after ended sessions.

An upload lives in this browser session only: its files and store sit in a workspace named after
the session id (newslens.uploads), the dashboard finds it through ``st.session_state`` (which no
other session can read) and loads it through session-scoped caches (components.data).

Streamlit 1.67 has no public "session ended" hook (session-scoped caches are cleared on every
disconnect, even one the browser recovers from), so ended sessions are found by asking the
server's session manager which sessions it still holds (connected, or kept for reconnecting) and
removing the workspaces of the others: on every run of the Data page and every minute from a
background thread once the page has been opened. Workspaces untouched for 12 hours go too.
"""
from __future__ import annotations

import logging
import shutil
import threading
import time
from pathlib import Path

import pandas as pd
import streamlit as st

from components import data
from newslens import uploads
from newslens.filters import FilterState
from newslens.ingest import IngestError, ingest
from newslens.store import load_store

_LOG = logging.getLogger(__name__)
RESULT_KEY = "newslens_upload_result"  # summary + problems of this session's last upload
SWEEP_SECONDS = 60
SUPPORTED = "txt, md, html, htm, csv, tsv, json, jsonl, parquet, gz, zip and GDELT Events exports"


# ---------------------------------------------------------------------------------------------
# Sessions and housekeeping


def session_id() -> str:
    """This browser session's id (stable across reruns and page changes)."""
    from streamlit.runtime.scriptrunner import get_script_run_ctx

    ctx = get_script_run_ctx(suppress_warning=True)
    if ctx is None:
        raise RuntimeError("components.upload needs a running Streamlit session")
    return ctx.session_id


def _known_session_ids() -> list[str]:
    """Ids of the sessions the server still holds: connected ones and those kept for reconnecting.

    Uses the runtime's session manager (internal API, checked at run time): raises when absent,
    and the caller then decides by workspace age alone.
    """
    from streamlit.runtime import Runtime

    manager = Runtime.instance()._session_mgr  # noqa: SLF001 - no public listing exists in 1.67
    return [info.session.id for info in manager.list_sessions()]


def sweep(keep_own: bool = True) -> list[str]:
    """Remove the workspaces of ended sessions (and stale ones); never this session's."""
    keep = [uploads.session_token(session_id())] if keep_own else []
    own = uploads.upload_root() / f"{uploads.WORKSPACE_PREFIX}{keep[0]}" if keep else None
    if own is not None and own.is_dir():
        own.touch()  # in use: the age limit counts from the last visit of the Data page
    live = uploads.live_checker(_known_session_ids)
    removed = uploads.sweep_workspaces(live_tokens=live, keep=keep)
    if removed:
        _LOG.info("removed %d upload workspaces of ended sessions", len(removed))
    return removed


def _sweep_forever(stop: threading.Event) -> None:
    while not stop.wait(SWEEP_SECONDS):
        try:
            uploads.sweep_workspaces(live_tokens=uploads.live_checker(_known_session_ids))
        except Exception:  # a failed sweep must not kill the thread; the next one retries
            _LOG.exception("upload workspace sweep failed")


@st.cache_resource(show_spinner=False)
def _janitor() -> threading.Event:
    """One background sweeper per server process (a global resource: it holds no user data)."""
    stop = threading.Event()
    threading.Thread(target=_sweep_forever, args=(stop,), name="newslens-upload-sweeper", daemon=True).start()
    return stop


def housekeeping() -> None:
    """Start the background sweeper once and sweep now; called at the top of the Data page."""
    _janitor()
    try:
        sweep()
    except uploads.UploadError as exc:
        st.error(f"Uploads are switched off: {exc}.")


# ---------------------------------------------------------------------------------------------
# The active dataset


def active_dataset_panel() -> None:
    """Which dataset this session sees, with download and back-to-shared buttons for an upload."""
    uploaded = st.session_state.get(data.SESSION_KEY)
    st.markdown("**Active dataset:** " + _md_text(data.dataset_label()))
    figures = data.query("key_figures", FilterState())  # the Overview's numbers, unfiltered
    counts = {"Articles": figures.n_articles, "Visits": figures.n_visit_events,
              "Trade figures": figures.n_figures, "Actors named": figures.n_actors}
    for column, (name, value) in zip(st.columns(len(counts)), counts.items()):
        column.metric(name, f"{value:,}")
    if not uploaded:
        st.caption("Every page shows this dataset. Upload files below to explore your own, in this browser session only.")
        return
    path = data.current_path()
    left, right = st.columns(2)
    label = st.session_state.get(data.SESSION_LABEL_KEY) or "dataset"
    left.download_button("Download this dataset (zip)", data=lambda: uploads.export_store_zip(path, label),
                         file_name="newslens-dataset.zip", mime="application/zip", icon=":material/download:",
                         on_click="ignore", key="download_store", width="stretch",
                         help="The Parquet tables and the ingest report. Upload the zip here later to reopen it.")
    right.button("Back to the shared dataset", icon=":material/undo:", key="back_to_shared", width="stretch",
                 on_click=_back_to_shared)


def _back_to_shared() -> None:
    """on_click: close the session's upload; the run that follows shows the shared dataset, unfiltered."""
    from components import filters

    st.session_state[data.SESSION_KEY] = None
    st.session_state[data.SESSION_LABEL_KEY] = None
    st.session_state.pop(RESULT_KEY, None)
    uploads.remove_batches(uploads.session_workspace(session_id()))
    filters.request_reset()


def _md_text(text: str) -> str:
    from components.render import escape_markdown

    return escape_markdown(text)


# ---------------------------------------------------------------------------------------------
# Uploading


_BUILD_KEY = "_newslens_build_requested"


def upload_panel() -> None:
    """The uploader and its button; on click, build (or open) the dataset and switch to it."""
    cap = uploads.max_upload_bytes()
    per_file_mb = st.get_option("server.maxUploadSize")
    files = st.file_uploader(
        "Articles: files or zip archives, or a dataset zip downloaded from this page", accept_multiple_files=True,
        key="upload_files", help=f"Formats: {SUPPORTED}. Up to {per_file_mb} MB per file and "
                                 f"{cap / 1024**2:.0f} MB per upload ({uploads.MAX_UPLOAD_MB_ENV}).")
    # The click is kept as a flag set by on_click (not the button's return value), so that it
    # survives the rerun components/frame.py makes in the first run of a server process.
    st.button("Build and open this dataset", type="primary", icon=":material/play_arrow:", key="upload_go",
              disabled=not files, on_click=st.session_state.__setitem__, args=(_BUILD_KEY, True))
    if st.session_state.pop(_BUILD_KEY, False) and files:
        _process(files, cap)


def _process(files: list, cap: int) -> None:
    """Ingest (or unzip a saved store from) ``files`` into a new batch, then switch to it."""
    try:
        uploads.check_batch([f.size for f in files], cap)  # before any byte is read
    except uploads.UploadError as exc:
        st.error(f"Upload refused: {exc}.")
        return
    try:
        workspace = uploads.session_workspace(session_id())
    except uploads.UploadError as exc:
        st.error(f"Upload refused: {exc}.")
        return
    batch = uploads.new_batch(workspace)
    store_dir = batch / "store"
    started = time.perf_counter()
    try:
        pairs = [(f.name, f.getvalue()) for f in files]
        saved_stores = [name for name, blob in pairs if name.lower().endswith(".zip") and uploads.store_zip_prefix(blob) is not None]
        if saved_stores and len(pairs) > 1:
            raise uploads.UploadError(f"{uploads.display_name(saved_stores[0])} is a saved dataset: upload it on its own")
        if saved_stores:
            with st.spinner("Opening the saved dataset…"):
                uploads.import_store_zip(pairs[0][1], store_dir, uploads.reader_limits(cap))
            report = load_store(store_dir).report
            kind = "opened"
        else:
            report = _ingest_with_progress(pairs, batch, store_dir, cap)
            kind = "built"
    except uploads.UploadError as exc:
        shutil.rmtree(batch, ignore_errors=True)
        st.error(f"Upload refused: {exc}.")
        return
    except IngestError as exc:
        shutil.rmtree(batch, ignore_errors=True)
        st.error(f"Nothing could be built from these files: {exc}.")
        return
    except Exception:
        shutil.rmtree(batch, ignore_errors=True)
        _LOG.exception("upload failed")
        st.error("Building the dataset failed unexpectedly; the previous dataset is still open. "
                 "Try fewer files, or build it with `python -m newslens ingest` and upload the result.")
        return
    shutil.rmtree(batch / "inputs", ignore_errors=True)  # the store holds everything shown
    label = uploads.display_name(files[0].name) if len(files) == 1 else \
        f"{len(files)} files ({uploads.display_name(files[0].name)}, …)"
    st.session_state[data.SESSION_KEY] = str(store_dir)
    st.session_state[data.SESSION_LABEL_KEY] = label
    st.session_state[RESULT_KEY] = {"kind": kind, "label": label, "seconds": round(time.perf_counter() - started, 1),
                                    "counts": dict(report.get("counts") or {}), "tables": dict(report.get("tables") or {}),
                                    "problems": uploads.problem_rows(report)}
    uploads.remove_batches(workspace, keep=batch)
    switch_dataset_rerun()


def switch_dataset_rerun() -> None:
    """Start the next run on the newly chosen dataset with default filters: the filters of the
    previous dataset (its actors, sources and date span) mean nothing in the new one."""
    from components import filters

    filters.request_reset()
    st.rerun()


def _ingest_with_progress(pairs: list[tuple[str, bytes]], batch: Path, store_dir: Path, cap: int) -> dict:
    saved = uploads.save_uploads(pairs, batch, cap)
    with st.status(f"Building a dataset from {len(pairs)} file{'s' if len(pairs) != 1 else ''}…", expanded=True) as status:
        bar = st.progress(0.0, text="Starting")

        def tell(stage: str, done: int, total: int) -> None:
            fraction, caption = uploads.progress_fraction(stage, done, total)
            bar.progress(fraction, text=caption)

        # One worker: forking the server process for a pool is not safe while it serves other sessions.
        report = ingest(saved.paths, store_dir, names=saved.names, limits=uploads.reader_limits(cap),
                        workers=1, progress=tell)
        counts = report.get("counts", {})
        status.update(label=f"Done: {counts.get('articles', 0):,} articles, {len(report.get('problems', []))} skipped or partly read "
                            f"({report.get('seconds', 0)} s)", state="complete", expanded=True)
    return report


# ---------------------------------------------------------------------------------------------
# The last upload's report


def report_panel() -> None:
    """What the last upload of this session gave: counts, then every skipped file or row with the reason."""
    result = st.session_state.get(RESULT_KEY)
    if not result:
        return
    st.subheader("Last upload")
    counts, tables = result.get("counts", {}), result.get("tables", {})
    verb = "Opened the saved dataset" if result.get("kind") == "opened" else "Built the dataset"
    st.markdown(f"{verb} {_md_text(result.get('label', ''))} in {result.get('seconds', 0)} s: "
                f"{tables.get('articles', counts.get('articles', 0)):,} articles, {tables.get('visits', 0):,} visit records, "
                f"{tables.get('figures', 0):,} trade figures"
                + (f", {counts.get('duplicates', 0):,} duplicates" if counts.get("duplicates") else "") + ".")
    problems = result.get("problems") or []
    if not problems:
        st.success("Every file was read.")
        return
    st.warning(f"{len(problems)} {'problem' if len(problems) == 1 else 'problems'}: files or rows skipped or only partly read.")
    table = pd.DataFrame({"file": [p["file"] for p in problems], "reason": [p["reason"] for p in problems],
                          "rows": ["" if p.get("rows") is None else str(p["rows"]) for p in problems]}, dtype="string")
    st.dataframe(table, hide_index=True, width="stretch", key="upload_problems",
                 column_config={"file": st.column_config.TextColumn("file", width="medium"),
                                "reason": st.column_config.TextColumn("reason", width="large"),
                                "rows": st.column_config.TextColumn("rows affected", width="small")})


def deployment_note() -> None:
    """How to open a dataset for every visitor instead (NEWSLENS_DATA)."""
    with st.expander("Opening a dataset for everyone (NEWSLENS_DATA)"):
        st.markdown(
            "Uploads are private to this browser session and disappear when it ends. To make a dataset the "
            "default for every visitor, build it with `python -m newslens ingest INPUT --out STORE` and start the app "
            "with the environment variable `NEWSLENS_DATA=STORE` (a store folder or a zip downloaded from this page), "
            "or on Streamlit Community Cloud add `NEWSLENS_DATA = \"STORE\"` to the app's secrets. "
            f"`{uploads.MAX_UPLOAD_MB_ENV}` caps one upload (default {uploads.DEFAULT_MAX_UPLOAD_MB} MB); "
            "`server.maxUploadSize` in `.streamlit/config.toml` caps each file.")
