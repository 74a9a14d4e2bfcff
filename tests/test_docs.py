"""The generated rule reference matches the rules' docstrings."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"


def test_rules_reference_is_up_to_date():
    res = subprocess.run([sys.executable, str(DOCS / "generate.py"), "--check"], capture_output=True, text=True)
    assert res.returncode == 0, res.stderr + " (run `make docs`)"
