"""C402's progress patterns searched as two (``_docsite_mark.split_anchored``): the
``^``-anchored alternatives matched at the start, the others searched. The verdict must be
the whole pattern's ``search`` on every line: the C402 cases, the viewer lines of generated
document-site pages, and every cut of them (a prefix, a suffix, words around them), where an
anchored alternative matching inside a line would tell the two apart.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
import yaml

from zhclean.rules.chrome import _docsite_mark as M
from zhclean.rules.chrome._fold import fold
from zhclean.rules.chrome.vocab import PROGRESS_LINE_RE
from zhclean.rules.chrome.vocab_progress import PROGRESS_SHAPES_RE

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import gen_chrome  # noqa: E402

SPLITS = [(PROGRESS_LINE_RE, M._LINE_AT_START, M._LINE_ANYWHERE),
          (PROGRESS_SHAPES_RE, M._SHAPES_AT_START, M._SHAPES_ANYWHERE)]


def probe_lines() -> list[str]:
    """The probe lines, folded as the viewer verdict reads them, and their cuts."""
    found: set[str] = set()
    for case_file in ("C402.yaml", "C401.yaml", "C403.yaml"):
        data = yaml.safe_load((ROOT / "tests" / "cases" / case_file).read_text(encoding="utf-8"))
        for group in data.values():
            if isinstance(group, list):
                for case in group:
                    found.update(str(case.get("text", "")).splitlines())
    for page in gen_chrome.make_pages("dev", seed=3, per_kind=30):
        if page["kind"] == "docsite":
            found.update(line for line, _label in page["lines"])
    seeds = sorted(fold(s.strip()) for s in found if 0 < len(s.strip()) <= 60)
    cuts: set[str] = set(seeds)
    for s in seeds:
        cuts.update(s[i:] for i in range(1, len(s)))
        cuts.update(s[:j] for j in range(1, len(s)))
        cuts.update({"注：" + s, s + "。", "第二" + s, s + "\n"})
    return sorted(cuts)


@pytest.fixture(scope="module")
def lines() -> list[str]:
    return probe_lines()


def test_branches_rejoin_to_the_pattern():
    for rx, _at_start, _anywhere in SPLITS:
        branches = M.top_level_branches(rx.pattern)
        assert "|".join(branches) == rx.pattern and len(branches) > 3
        for branch in branches:
            re.compile(branch)  # each alternative is a whole pattern: no bar split inside a group


def test_split_patterns_agree_with_the_search(lines):
    for rx, at_start, anywhere in SPLITS:
        found = [t for t in lines if rx.search(t)]
        # the lines hold progress lines, and cuts of them that match only inside them
        assert len(found) > 100
        assert any(not rx.match(t) for t in found)
        assert [t for t in lines if at_start.match(t) or anywhere.search(t)] == found


def test_the_viewer_verdict_is_unchanged(lines):
    def whole(t: str) -> bool:
        return bool(PROGRESS_LINE_RE.search(t) or M._PREVIEW_PAGES.match(t) or PROGRESS_SHAPES_RE.search(t))

    assert [t for t in lines if M._reads_as_progress(t)] == [t for t in lines if whole(t)]
