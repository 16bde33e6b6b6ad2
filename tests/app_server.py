"""One way to start the real dashboard for browser tests and benchmarks: ``running_app``.

    with running_app(workdir, {"NEWSLENS_DATA": store}) as app:
        page.goto(app.url + "/Visits")
        ...                       # app.pid: the server process, e.g. for its memory

No pytest here, so the scripts in benchmarks/ can use it too.
"""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import urllib.request
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parents[1]
# Headless Chromium as every browser test and benchmark launches it (/usr/bin/chromium, never a download).
LAUNCH_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass(frozen=True)
class App:
    url: str  # http://127.0.0.1:PORT
    pid: int  # the server process


@contextmanager
def running_app(workdir: Path, env: dict[str, str] | None = None, args: tuple[str, ...] = ()) -> Iterator[App]:
    """``streamlit run dashboard.py`` on 127.0.0.1 and a free port, logging to ``workdir``; stopped afterwards."""
    port = free_port()
    full_env = dict(os.environ, STREAMLIT_BROWSER_GATHER_USAGE_STATS="false", **(env or {}))
    log = open(Path(workdir) / f"server-{port}.log", "wb")
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "dashboard.py", "--server.headless", "true",
         "--server.address", "127.0.0.1", "--server.port", str(port),
         # No file watcher: colleagues edit sources while tests run, and a reload mid-run breaks pages.
         "--server.fileWatcherType", "none", *args],
        cwd=ROOT, env=full_env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(600):  # bounded: at most ~60 s
            if proc.poll() is not None:
                raise RuntimeError(f"streamlit exited with {proc.returncode}; see {log.name}")
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=0.1) as response:
                    if response.status == 200:
                        break
            except OSError:
                try:
                    proc.wait(timeout=0.1)
                except subprocess.TimeoutExpired:
                    pass
        else:
            raise RuntimeError("streamlit did not become healthy in 60 s")
        yield App(url, proc.pid)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=5)
        log.close()
