"""Command line: ``python -m newslens ingest INPUT... --out DIR`` and ``python -m newslens schema``."""
import os
import sys

from newslens.cli import main

try:
    raise SystemExit(main())
except BrokenPipeError:
    # the reader of our output went away ("... | head -2"): no traceback; what was written (the store) stands.
    # Python's documented recipe: point stdout at devnull so the interpreter's final flush does not fail again.
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    raise SystemExit(1)
