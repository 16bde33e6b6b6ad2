"""The command line leaves no traceback when its reader goes away ("python -m newslens ingest ... | head -1")."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test__cli__closed_pipe_gives_no_traceback(tmp_path):
    brief = tmp_path / "brief.txt"
    brief.write_text("Seoul, May 3, 2012 - The Mongolian president arrived in Seoul on Thursday for talks.\n",
                     encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "newslens", "ingest", str(brief), "--out", str(tmp_path / "store"),
                             "--quiet", "--workers", "1"], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.close()  # the reader is gone before the summary is printed
    err = proc.stderr.read().decode()
    proc.wait(timeout=120)
    assert "Traceback" not in err and "BrokenPipeError" not in err, err
    assert (tmp_path / "store" / "visits.parquet").exists()  # the store stands
