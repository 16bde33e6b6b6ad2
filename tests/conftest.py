"""Shared fixtures: where ../shared is, and the rule that its absence skips (or fails in CI)."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def shared_path() -> Path:
    return Path(os.environ.get("NEWSLENS_SHARED", ROOT.parent / "shared")).resolve()


def _require(what: str, present: bool, reason: str) -> None:
    if present:
        return
    if os.environ.get("NEWSLENS_REQUIRE_SHARED") == "1":
        pytest.fail(f"{what} is required in CI (NEWSLENS_REQUIRE_SHARED=1): {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The ../shared folder of real third-party data; skips when absent (fails in CI)."""
    p = shared_path()
    _require("../shared", (p / "corpus").is_dir(), f"real data folder {p} is absent; set NEWSLENS_SHARED")
    return p


@pytest.fixture(scope="session")
def chromium_path() -> str:
    """Debian's Chromium for browser tests; skips when absent (fails in CI)."""
    exe = os.environ.get("NEWSLENS_CHROMIUM", "/usr/bin/chromium")
    ok = Path(exe).is_file()
    try:
        import playwright  # noqa: F401
    except ImportError:
        ok = False
    _require("Chromium", ok, f"{exe} or the playwright package is missing (apt-get install -y chromium)")
    return exe


@pytest.fixture(scope="session")
def extractor():
    """One extractor for every extraction test: building it reads the registry and lexicons (about half a second), and
    sharing it across modules also checks that no story's state leaks into the next."""
    from newslens.extract import Extractor

    return Extractor()
