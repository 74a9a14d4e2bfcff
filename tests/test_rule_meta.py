"""Declared meta: every rule says which ``meta`` keys it reads and writes, and keeps to it.

Rules talk to each other through the document's metadata (C201 looks at what C101 and
C102 recorded), so the running order matters and the keys are a contract. Two checks:

* statically, every key a rule ``reads`` is written by a rule that runs before it, or
  is one the readers set (:data:`READER_META_KEYS`);
* dynamically, over every YAML case and every sample run through all rules, no rule
  returns a key it did not declare in ``writes`` or looks up one it did not declare in
  ``reads``.
"""
from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Iterator

import pytest
import yaml

from zhclean import Config, Document, Pipeline, read_corpus
from zhclean.registry import all_rules

TESTS = Path(__file__).resolve().parent
CASES = TESTS / "cases"
CORPORA = [TESTS.parent / "samples", TESTS / "fixtures" / "html"]

#: Keys a document's metadata may hold before any rule runs, set by the readers:
#: ``format`` and ``encoding`` (readers.py, every file), and for HTML pages (html.py,
#: html_meta.py) the fields of the page's head and info line (``title``, ``site_name``,
#: ``published_at``, ``source``, ``author``, ``column``, ``keywords``, ``description``,
#: ``url``, ``doc_number``) and ``html``, the extraction's account. A JSONL record may
#: bring any key; these are the ones zhclean itself sets, and ``site``, the one a record
#: sets to name its site for C501 (zhclean.rules.chrome.site_boilerplate.site_key).
READER_META_KEYS = frozenset({
    "format", "encoding", "site",
    "html", "title", "site_name", "published_at", "source", "author", "column", "keywords", "description", "url",
    "doc_number",
})


def test_every_key_a_rule_reads_is_written_before_it():
    rules = all_rules()
    missing = []
    for i, cls in enumerate(rules):
        earlier = set().union(*(r.writes for r in rules[:i]))
        for key in sorted(cls.reads - earlier - READER_META_KEYS):
            missing.append(f"{cls.code} reads {key!r}, which no earlier rule writes")
    assert not missing, missing


def test_declarations_are_sets_of_names():
    for cls in all_rules():
        for attr in ("reads", "writes"):
            keys = getattr(cls, attr)
            assert isinstance(keys, frozenset) and all(isinstance(k, str) and k for k in keys), (cls.code, attr)


def test_the_footer_reads_what_the_licence_and_info_rules_write():
    """The one coupling through meta today, named so the static check is not vacuous."""
    by_code = {cls.code: cls for cls in all_rules()}
    assert by_code["C201"].reads <= by_code["C101"].writes | by_code["C102"].writes
    assert by_code["C201"].reads


class RecordingMeta(Mapping):
    """A read-only view of the document's meta that notes every key a rule asks for."""

    def __init__(self, meta: Mapping[str, Any]):
        self._meta = meta
        self.asked: set[str] = set()

    def __getitem__(self, key: str) -> Any:
        self.asked.add(key)
        return self._meta[key]

    def __contains__(self, key: object) -> bool:
        self.asked.add(str(key))
        return key in self._meta

    def __iter__(self) -> Iterator[str]:
        for key in self._meta:
            self.asked.add(key)
            yield key

    def __len__(self) -> int:
        return len(self._meta)


def _audit(pipe: Pipeline, breaches: set[str]) -> Pipeline:
    """Wrap every rule of ``pipe`` so undeclared reads and writes land in ``breaches``."""
    for rule in pipe.rules:
        cls, apply = type(rule), rule.apply

        def audited(text, ctx, cls=cls, apply=apply):
            recording = RecordingMeta(ctx.meta)
            result = apply(text, dataclasses.replace(ctx, meta=recording))
            breaches.update(f"{cls.code} writes {k!r}" for k in set(result.meta) - cls.writes)
            breaches.update(f"{cls.code} reads {k!r}" for k in recording.asked - cls.reads)
            return result

        rule.apply = audited
    return pipe


def _cases():
    for path in sorted(CASES.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for kind in ("changes", "keeps", "flags"):
            for case in data.get(kind) or []:
                yield data["rule"], case


@pytest.fixture(scope="module")
def audited_pipeline():
    breaches: set[str] = set()
    return _audit(Pipeline(select=["ALL"]), breaches), breaches


def test_no_rule_uses_an_undeclared_key_on_the_cases(audited_pipeline):
    pipe, breaches = audited_pipeline
    runs = 0
    for code, case in _cases():
        this = pipe
        if case.get("options"):
            this = _audit(Pipeline(Config(options={code: case["options"]}), select=["ALL"]), breaches)
        this.clean(Document(id="case", text=case["text"], meta=dict(case.get("doc_meta", {}))))
        runs += 1
    assert runs > 100
    assert not breaches, sorted(breaches)


def test_no_rule_uses_an_undeclared_key_on_the_samples(audited_pipeline):
    pipe, breaches = audited_pipeline
    docs = [item for item in read_corpus([str(p) for p in CORPORA]) if isinstance(item, Document)]
    assert len(docs) >= 5
    written: set[str] = set()
    for doc in docs:
        written |= set(pipe.clean(doc).meta)
    assert {"icp", "title", "script"} <= written  # the audit saw rules that write
    assert not breaches, sorted(breaches)
