"""Running a pipeline over a stream of documents, on one core or a pool of processes.

Output order equals input order, and the records are identical for any number of
workers: each document is cleaned independently by the same configured pipeline.
"""
from __future__ import annotations

import multiprocessing as mp
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator

from .config import Config
from .model import Document, InputError
from .pipeline import Pipeline, RuleFailure
from .readers import PendingHtml, materialise

Outcome = dict[str, Any] | InputError

_worker_pipeline: Pipeline | None = None


def _init_worker(config: Config) -> None:
    global _worker_pipeline
    _worker_pipeline = Pipeline(config)


def _clean_one(item: Document | InputError | PendingHtml, pipeline: Pipeline | None = None) -> Outcome:
    item = materialise(item)
    if isinstance(item, InputError):
        return item
    pipe = pipeline or _worker_pipeline
    assert pipe is not None
    try:
        return pipe.clean(item).to_record()
    except RuleFailure as exc:
        path = item.source.rsplit(":", 1)[0] if item.line is not None else item.source
        return InputError(path or item.id, f"{exc}; rerun with --ignore {exc.code} to skip the rule",
                          line=item.line, id=item.id)


def _clean_in_worker(item: Document | InputError | PendingHtml) -> Outcome:
    return _clean_one(item)


def clean_stream(items: Iterable[Document | InputError | PendingHtml], config: Config, workers: int = 1,
                 chunksize: int = 8) -> Iterator[Outcome]:
    """Clean every document; input errors pass through in their place."""
    if workers <= 1:
        pipe = Pipeline(config)
        for item in items:
            yield _clean_one(item, pipe)
        return
    ctx = mp.get_context("spawn") if mp.get_start_method(allow_none=True) == "spawn" else mp.get_context()
    with ctx.Pool(workers, initializer=_init_worker, initargs=(config,)) as pool:
        yield from pool.imap(_clean_in_worker, items, chunksize=chunksize)


@dataclass
class Summary:
    documents: int = 0
    errors: int = 0
    chars_in: int = 0
    chars_out: int = 0
    edits_by_rule: Counter = field(default_factory=Counter)
    chars_removed_by_rule: Counter = field(default_factory=Counter)
    flags_by_rule: Counter = field(default_factory=Counter)
    seconds: float = 0.0

    def add(self, outcome: Outcome) -> None:
        if isinstance(outcome, InputError):
            self.errors += 1
            return
        self.documents += 1
        self.chars_in += outcome["stats"]["chars_in"]
        self.chars_out += outcome["stats"]["chars_out"]
        for e in outcome["edits"]:
            self.edits_by_rule[e["rule"]] += 1
            self.chars_removed_by_rule[e["rule"]] += len(e["removed"]) - len(e["inserted"])
        for f in outcome["flags"]:
            self.flags_by_rule[f["rule"]] += 1

    def render(self, rule_names: dict[str, str] | None = None) -> str:
        rule_names = rule_names or {}
        rate = f", {self.chars_in / self.seconds / 1e3:,.0f}k chars/s" if self.seconds > 0 and self.chars_in else ""
        lines = [
            f"zhclean: {self.documents} documents cleaned, {self.errors} failed, in {self.seconds:.1f} s{rate}",
            f"  characters: {self.chars_in:,} in, {self.chars_out:,} out "
            f"({_pct(self.chars_in - self.chars_out, self.chars_in)} removed)",
        ]
        codes = sorted(set(self.edits_by_rule) | set(self.flags_by_rule))
        if codes:
            lines.append("  rule   edits  chars-removed  flags  name")
            for code in codes:
                lines.append(f"  {code:<5} {self.edits_by_rule[code]:>6} {self.chars_removed_by_rule[code]:>14} "
                             f"{self.flags_by_rule[code]:>6}  {rule_names.get(code, '')}")
        return "\n".join(lines)


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "0%"


def run(items: Iterable[Document | InputError], config: Config, sink: Callable[[dict[str, Any]], None],
        workers: int = 1, on_error: Callable[[InputError], None] | None = None,
        on_outcome: Callable[[Outcome], None] | None = None) -> Summary:
    """Clean ``items`` into ``sink``, collecting a :class:`Summary`."""
    summary = Summary()
    started = time.perf_counter()
    for outcome in clean_stream(items, config, workers=workers):
        summary.add(outcome)
        if isinstance(outcome, InputError):
            if on_error:
                on_error(outcome)
        else:
            sink(outcome)
        if on_outcome:
            on_outcome(outcome)
    summary.seconds = time.perf_counter() - started
    return summary
