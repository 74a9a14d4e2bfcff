"""The texts of every YAML rule case (``tests/cases/*.yaml``), for tests that hold a
reading to its old form on real-looking lines, and those with generated pages added."""
from __future__ import annotations

import sys
from pathlib import Path

import yaml

CASES = Path(__file__).resolve().parent / "cases"
BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"


def case_texts() -> list[str]:
    """Each case's ``text``, from every group of every file, in file order."""
    texts = []
    for path in sorted(CASES.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for group in data.values():
            if isinstance(group, list):
                texts += [str(case["text"]) for case in group if isinstance(case, dict) and "text" in case]
    return texts


def case_and_generated_texts(seed: int = 3, per_kind: int = 20) -> list[str]:
    """:func:`case_texts` and the texts of the chrome and layout generators' dev pages
    (``benchmarks/gen_chrome.py``, ``gen_layout.py``): the lines a cheap test in front of
    a dear reading is held to."""
    if str(BENCHMARKS) not in sys.path:
        sys.path.insert(0, str(BENCHMARKS))
    import gen_chrome
    import gen_layout
    pages = gen_chrome.make_pages("dev", seed=seed, per_kind=per_kind) + gen_layout.make_pages("dev", seed=seed, per_kind=per_kind)
    return case_texts() + [page["text"] for page in pages]
