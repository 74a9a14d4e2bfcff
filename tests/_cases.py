"""The texts of every YAML rule case (``tests/cases/*.yaml``), for tests that hold a
reading to its old form on real-looking lines."""
from __future__ import annotations

from pathlib import Path

import yaml

CASES = Path(__file__).resolve().parent / "cases"


def case_texts() -> list[str]:
    """Each case's ``text``, from every group of every file, in file order."""
    texts = []
    for path in sorted(CASES.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for group in data.values():
            if isinstance(group, list):
                texts += [str(case["text"]) for case in group if isinstance(case, dict) and "text" in case]
    return texts
