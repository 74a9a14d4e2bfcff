"""``zhclean explain CODE FILE``: what one rule does to one page, and why.

The rule sees the page as it does inside ``zhclean clean``: every rule that runs before it
(HTML extraction included) has cleaned the text first, so the verdicts shown are the ones
the trail of a real run records. A line rule (most ``C`` rules) lists each line it deletes
with the evidence it scored (its cue family and the line's shape or place); any other rule
lists its changes, quoted.
"""
from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from .model import Document
from .pipeline import Pipeline
from .rule import Context, Rule


@dataclass(frozen=True)
class Verdict:
    """One thing the rule does: the text it takes (or changes) and why."""

    text: str
    reason: str


def explain_on_document(pipeline: Pipeline, code: str, doc: Document) -> tuple[Rule, list[Verdict]]:
    """The rule ``code`` of ``pipeline`` run on ``doc`` as ``pipeline`` would run it.

    Raises ``LookupError`` when the pipeline does not run that rule (its selection leaves
    it out).
    """
    codes = pipeline.codes
    if code not in codes:
        raise LookupError(code)
    turn = codes.index(code)
    rule = pipeline.rules[turn]
    text, meta = doc.text, dict(doc.meta)
    if turn:
        result = Pipeline(pipeline.config, rules=pipeline.rules[:turn]).clean(doc)
        text, meta = result.text, result.meta
    options: Any = pipeline._options[code]  # the rule's options as the pipeline merged them
    ctx = Context(doc_id=doc.id, meta=MappingProxyType(dict(meta)), options=options)
    explain = getattr(rule, "explain", None)
    if callable(explain):
        return rule, [Verdict(line, reason) for line, reason in explain(text, ctx)]
    result = rule.apply(text, ctx)
    verdicts = [Verdict(text[e.start:e.end], f"replaced by {e.replacement!r}" if e.replacement else "removed")
                for e in result.edits]
    verdicts += [Verdict(text[f.start:f.end], f"flag: {f.message}") for f in result.flags]
    return rule, verdicts
