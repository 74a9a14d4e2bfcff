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
    pipe = Pipeline()
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
