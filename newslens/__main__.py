"""Command line: ``python -m newslens ingest INPUT... --out DIR`` and ``python -m newslens schema``."""
from newslens.cli import main

raise SystemExit(main())
