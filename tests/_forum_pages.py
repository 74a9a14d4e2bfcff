"""What the thread tests share: the generators under benchmarks/ made importable, and each
generated page scored against its gold as extraction leaves it."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from zhclean.html import extract

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import gen_forum  # noqa: E402


def scored_pages(pages: list[dict[str, Any]]) -> list[tuple[dict[str, Any], dict[str, float]]]:
    """Each page beside its score (``gen_forum.score_page``: question, recall, chrome kept…)."""
    return [(p, gen_forum.score_page(p, extract(p["html"])[0])) for p in pages]


def mean(rows: list[float]) -> float:
    return sum(rows) / len(rows)
