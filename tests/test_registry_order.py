"""The actors table must not depend on Python's hash seed: two ingests of the same input give the same store.

Before the tenth session the aliases of a country or a person came out of a set, so their order (and the
stored ``aliases`` column) changed from run to run.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_SCRIPT = (
    "import hashlib; from newslens.extract.registry import Registry; "
    "print(hashlib.sha256(Registry().frame().to_csv().encode()).hexdigest())"
)


def _digest(seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    out = subprocess.run([sys.executable, "-c", _SCRIPT], cwd=ROOT, env=env, capture_output=True, text=True,
                         check=True)
    return out.stdout.strip()


def test_actors_table_is_the_same_under_two_hash_seeds():
    assert _digest("1") == _digest("2")

