"""Project layout rules: the core never imports streamlit; the README documents every table."""
from __future__ import annotations

import ast
from pathlib import Path

from newslens import schema

ROOT = Path(__file__).resolve().parents[1]


def test__core_package__never_imports_streamlit():
    offenders = []
    for path in (ROOT / "newslens").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            if any(n == "streamlit" or n.startswith("streamlit.") for n in names):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert offenders == [], f"newslens/ must not import streamlit: {offenders}"


def test__readme__data_dictionary_matches_schema():
    """The README's data dictionary is generated from newslens/schema.py; regenerate it with
    `python -m newslens schema --markdown` when a table changes."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert schema.data_dictionary_markdown() in readme


def test__top_level_layout():
    for name in ("dashboard.py", "pages", "components", "data", "tests", "requirements.txt", "README.md", "newslens", ".ci/run"):
        assert (ROOT / name).exists(), name


def test__requirements__pinned():
    lines = [ln.strip() for ln in (ROOT / "requirements.txt").read_text().splitlines() if ln.strip() and not ln.startswith("#")]
    assert lines and all("==" in ln for ln in lines), [ln for ln in lines if "==" not in ln]
    assert any(ln.startswith("streamlit==") for ln in lines)
