"""Whole-pipeline properties on a realistic generated corpus (../shared/bench/make_corpus.py).

The corpus mixes the five page layouts, both scripts, CRLF, NBSP, entities and mojibake, so it
exercises rule interactions that unit cases do not.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from zhclean import Document, Pipeline, rebuild_input
from zhclean.trace import expand_edits

MAKE_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "bench" / "make_corpus.py"
DOCS = 150


@pytest.fixture(scope="module")
def corpus():
    if not MAKE_CORPUS.exists():
        pytest.skip(f"{MAKE_CORPUS} is not beside the checkout")
    out = subprocess.run([sys.executable, str(MAKE_CORPUS), "--docs", str(DOCS), "--seed", "0", "-o", "-"],
                         capture_output=True, text=True, check=True).stdout
    return [json.loads(line) for line in out.splitlines() if line.strip()]


@pytest.fixture(scope="module")
def cleaned(corpus):
    pipe = Pipeline(trail="full")  # the exact rebuild contract, checked edit by edit
    return pipe, [(rec, pipe.clean(Document(id=rec["id"], text=rec["text"]))) for rec in corpus]


def test_trail_rebuilds_every_input(cleaned):
    _, results = cleaned
    for rec, res in results:
        assert rebuild_input(res.text, res.edits) == rec["text"], rec["id"]
        for f in res.flags:
            assert res.text[f["start"]:f["end"]] == f["text"], (rec["id"], f)


def test_cleaning_cleaned_text_changes_nothing(cleaned):
    pipe, results = cleaned
    changed = {}
    for rec, res in results:
        again = pipe.clean(Document(id=rec["id"], text=res.text, meta={}))
        if again.text != res.text:
            changed[rec["id"]] = [(e["rule"], e["removed"][:40], e["inserted"][:40]) for e in again.edits][:3]
    assert not changed, f"second pass still edits {len(changed)} of {len(results)} documents: {changed}"


def test_compact_trail_keeps_every_removal_and_rebuilds_every_input(corpus, cleaned):
    _, results = cleaned
    compact = Pipeline(trail="compact")
    full_bytes = compact_bytes = long_flags = 0
    for rec, full in results:
        res = compact.clean(Document(id=rec["id"], text=rec["text"]))
        assert (res.text, res.meta) == (full.text, full.meta), rec["id"]
        # flags agree, but a compact trail's flag quotes at most 80 characters of its span
        assert [dict(f, text=full.text[f["start"]:f["end"]]) if f.pop("text_truncated", False) else f
                for f in map(dict, res.flags)] == full.flags, rec["id"]
        assert all(len(f["text"]) <= 80 for f in res.flags), rec["id"]
        long_flags += sum(len(f["text"]) > 80 for f in full.flags)
        assert rebuild_input(res.text, res.edits) == rec["text"], rec["id"]
        # every change of the full trail is there with its rule and removed text; runs
        # of one rule that touch may be one entry
        expanded = expand_edits(res.text, res.edits)
        assert "".join(e["removed"] for e in expanded) == "".join(e["removed"] for e in full.edits)
        assert {e["rule"] for e in expanded} == {e["rule"] for e in full.edits}
        for e in full.edits:
            if not e["rule"].startswith(("N", "L")):  # chrome removals stay full entries, readable in place
                assert any(c.get("removed") is not None and c["rule"] == e["rule"] and c.get("rules") == e.get("rules")
                           and c["start"] <= e["start"] and e["end"] <= c["end"]
                           and c["removed"][e["start"] - c["start"]:e["end"] - c["start"]] == e["removed"]
                           for c in res.edits), (rec["id"], e)
        full_bytes += len(json.dumps(full.edits, ensure_ascii=False).encode())
        compact_bytes += len(json.dumps(res.edits, ensure_ascii=False).encode())
    assert compact_bytes < full_bytes / 4 and long_flags  # the cap was exercised
