"""The generated rule reference matches the rules' docstrings."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"


def test_rules_reference_is_up_to_date():
    res = subprocess.run([sys.executable, str(DOCS / "generate.py"), "--check"], capture_output=True, text=True)
    assert res.returncode == 0, res.stderr + " (run `make docs`)"


def _doc_files():
    root = Path(__file__).resolve().parents[1]
    return [root / "README.md", *sorted((root / "docs").glob("*.md"))]


def test_docs_promise_nothing_that_does_not_exist():
    """No release exists: no ``pip install zhclean``, no pre-commit ``rev:`` tag, no package page."""
    import re

    promises = re.compile(r"pip install (-U )?zhclean\b|rev:\s*['\"]?v\d|pypi\.org/project/zhclean")
    found = [f"{p.name}:{n}: {line.strip()}" for p in _doc_files()
             for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1) if promises.search(line)]
    assert len(_doc_files()) > 1 and not found, "\n".join(found)


def test_sarif_information_uri_is_no_package_page():
    from zhclean.validation import formats

    assert "pypi.org" not in str(getattr(formats, "INFORMATION_URI", "") or "")
