"""Running a pipeline over a stream of documents, on one core or a pool of processes.

Output order equals input order, and the records are identical for any number of
workers: each document is cleaned independently by the same configured pipeline. When
the output is a byte stream (JSONL), each process also encodes its own records and
counts them for the summary, so the parent only writes bytes in order: it never
unpickles, walks or re-encodes a record.
"""
from __future__ import annotations

import gc
import signal
import time
from collections import Counter
from itertools import islice
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator

from .config import Config
from .limits import DocumentTimeout
from .model import Document, InputError
from .pipeline import Pipeline, RuleFailure
from .readers import PendingHtml, materialise
from .trace import trail_counts
from .writers import encode_record


@dataclass(slots=True)
class Encoded:
    """A cleaned document as the bytes of its output line, with what the summary counts."""

    line: bytes
    chars_in: int
    chars_out: int
    #: rule -> [changes, characters removed net]
    edits: dict[str, list[int]]
    flags: dict[str, int]


Outcome = dict[str, Any] | Encoded | InputError

_worker_pipeline: Pipeline | None = None
_worker_encodes = False


#: Cleaned in the parent before the pool forks, so that what the rules load on first use
#: (lexicons, automata, tables) is loaded once and shared by the workers' copy-on-write
#: pages instead of loaded again in each of them.
WARM_UP_TEXT = ("关于做好2024年度职工之家建设工作的通知\n\n各基层工会：为进一步加强基层工会规范化建设，"
                "現將有關事項通知如下，請認真貫徹落實。\n\n一、工作目标：切实维护职工合法权益，"
                "（来源：市总工会）发布时间：2024-03-05 浏览次数：128\n\n上一篇：关于开展劳动竞赛的通知")


def _init_worker(config: Config | None, encode: bool = False) -> None:
    """A worker's set-up: its pipeline (inherited from the parent when ``config`` is None),
    and the parent's business left to the parent: it ends the pool (SIGTERM) and handles
    Ctrl-C, so a worker neither prints a traceback for either nor takes the CLI's handlers."""
    global _worker_pipeline, _worker_encodes
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    gc.set_threshold(STREAM_GC_THRESHOLD, *gc.get_threshold()[1:])
    if config is not None:
        _worker_pipeline = Pipeline(config)
    _worker_encodes = encode


def preloaded_pipeline(config: Config) -> Pipeline:
    """A pipeline whose rules have loaded what they load on first use: one document is
    cleaned (and thrown away) so that lazy resources are in memory before a fork."""
    pipe = Pipeline(config)
    try:
        pipe.clean(Document(id="warm-up", text=WARM_UP_TEXT))
    except Exception:  # noqa: BLE001 - only memory is at stake; a rule that fails fails again on real input
        pass
    return pipe


def encoded(record: dict[str, Any], line: bytes | None = None) -> Encoded:
    """``record`` encoded as its output line (or with ``line`` given), with its summary counts.
    The record is one a pipeline made: its trail's packed spans are not checked again."""
    flags: dict[str, int] = {}
    for f in record["flags"]:
        flags[f["rule"]] = flags.get(f["rule"], 0) + 1
    stats = record["stats"]
    edits = trail_counts(record.get("edits", ()), checked=True)
    html = record["meta"].get("html")
    for r in html.get("removed", ()) if isinstance(html, dict) else ():  # H1xx, removed as the page was read
        counts = edits.setdefault(r["rule"], [0, 0])
        counts[0] += 1
        counts[1] += r["chars"]
    return Encoded(encode_record(record) if line is None else line, stats["chars_in"], stats["chars_out"],
                   edits, flags)


#: Documents cleaned side by side, rule by rule (:meth:`Pipeline.clean_batch`): enough for
#: each rule's code and tables to stay in the CPU caches over many documents, few enough
#: to keep little text in memory. Measured on c5, best of 3 (docs/scale.md).
BATCH_DOCS = 32


#: The collector's first-generation threshold while a stream is cleaned (Python's default
#: is 700). Cleaning allocates many short-lived containers (edits, lines, spans) and no
#: cycles worth collecting early: at 700, collections took 0.18 s of 2.9 s CPU on c5,
#: mostly full collections walking the rules' tables; at 20,000, 0.014 s (timed with
#: ``gc.callbacks``, docs/scale.md).
STREAM_GC_THRESHOLD = 20_000


def _outcome(item: Document, result: Any, encode: bool) -> Outcome:
    """What :func:`clean_stream` yields for one cleaned (or failed) document."""
    if isinstance(result, (DocumentTimeout, RuleFailure)):
        path = item.source.rsplit(":", 1)[0] if item.line is not None else item.source
        if isinstance(result, DocumentTimeout):  # set aside and reported, never written half-cleaned
            message = f"{result}; it was not written (raise --max-doc-seconds, or 0 for no limit)"
        else:
            message = f"{result}; rerun with --ignore {result.code} to skip the rule"
        return InputError(path or item.id, message, line=item.line, id=item.id)
    if isinstance(result, BaseException):  # not the document's fault: raised in its place
        return result  # type: ignore[return-value]
    record = result.to_record()
    return encoded(record) if encode else record


def _clean_batch(items: list[Document | InputError | PendingHtml], pipeline: Pipeline | None = None,
                 encode: bool = False) -> list[Outcome]:
    """Outcomes of ``items`` in order; an exception that is no document's fault (a bug) is
    left in its place, for :func:`clean_stream` to raise after the outcomes before it."""
    pipe = pipeline or _worker_pipeline
    assert pipe is not None
    # the selection chooses the H1xx steps
    ready = [materialise(item, pipe.codes, pipe.config.trail) for item in items]
    docs = [item for item in ready if not isinstance(item, InputError)]
    results = iter(pipe.clean_batch(docs, seconds=pipe.config.max_doc_seconds))
    return [item if isinstance(item, InputError) else _outcome(item, next(results), encode) for item in ready]


def _clean_one(item: Document | InputError | PendingHtml, pipeline: Pipeline | None = None,
               encode: bool = False) -> Outcome:
    outcome = _clean_batch([item], pipeline, encode)[0]
    if isinstance(outcome, BaseException):
        raise outcome
    return outcome


def clean_item(item: Document | InputError | PendingHtml, pipeline: Pipeline, encode: bool = False) -> Outcome:
    """One item cleaned by ``pipeline`` exactly as :func:`clean_stream` cleans it, for engines
    that keep their own pipeline per worker (the Ray actors of :mod:`zhclean.engine_ray`)."""
    return _clean_one(item, pipeline, encode)


def clean_items(items: list[Document | InputError | PendingHtml], pipeline: Pipeline,
                encode: bool = False) -> list[Outcome]:
    """Items cleaned by ``pipeline`` exactly as :func:`clean_stream` cleans them, as one
    batch (rule by rule, see :meth:`Pipeline.clean_batch`); a bug's exception is raised
    (after nothing is returned)."""
    outcomes = _clean_batch(items, pipeline, encode)
    for outcome in outcomes:
        if isinstance(outcome, BaseException):
            raise outcome
    return outcomes


def _clean_in_worker(items: list[Document | InputError | PendingHtml]) -> list[Outcome]:
    return _clean_batch(items, encode=_worker_encodes)


def batched(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    """``items`` in lists of ``size`` (the last one shorter)."""
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def _flattened(batches: Iterable[list[Outcome]]) -> Iterator[Outcome]:
    for outcomes in batches:
        for outcome in outcomes:
            if isinstance(outcome, BaseException):
                raise outcome
            yield outcome


def clean_stream(items: Iterable[Document | InputError | PendingHtml], config: Config, workers: int = 1,
                 batch: int = BATCH_DOCS, encode: bool = False) -> Iterator[Outcome]:
    """Clean every document; input errors pass through in their place.

    Documents are cleaned ``batch`` at a time, rule by rule (:meth:`Pipeline.clean_batch`);
    a worker cleans one batch per task. With ``encode``, documents come out as
    :class:`Encoded` lines instead of records.
    """
    batch = max(1, int(batch))
    previous = gc.get_threshold()
    gc.set_threshold(STREAM_GC_THRESHOLD, *previous[1:])  # forked workers inherit it
    try:
        yield from _cleaned_stream(items, config, workers, batch, encode)
    finally:
        gc.set_threshold(*previous)


def _cleaned_stream(items: Iterable[Document | InputError | PendingHtml], config: Config, workers: int,
                    batch: int, encode: bool) -> Iterator[Outcome]:
    if workers <= 1:
        pipe = Pipeline(config)
        yield from _flattened(_clean_batch(b, pipe, encode) for b in batched(items, batch))
        return
    import multiprocessing as mp  # here: a one-process run does not pay for importing it

    ctx = mp.get_context("spawn") if mp.get_start_method(allow_none=True) == "spawn" else mp.get_context()
    if ctx.get_start_method() != "fork":  # each worker builds its own pipeline
        with ctx.Pool(workers, initializer=_init_worker, initargs=(config, encode)) as pool:
            yield from _flattened(pool.imap(_clean_in_worker, batched(items, batch)))
        return
    global _worker_pipeline
    _worker_pipeline = preloaded_pipeline(config)
    # The workers inherit the pipeline. Frozen, its objects are out of the collector's
    # reach, which would otherwise write to each of them and so copy every page it visits.
    gc.collect()
    gc.freeze()
    try:
        with ctx.Pool(workers, initializer=_init_worker, initargs=(None, encode)) as pool:
            yield from _flattened(pool.imap(_clean_in_worker, batched(items, batch)))
    finally:
        gc.unfreeze()
        _worker_pipeline = None


@dataclass
class Summary:
    """What a run did: documents, characters, and per rule its changes and flags."""

    documents: int = 0
    errors: int = 0
    chars_in: int = 0
    chars_out: int = 0
    edits_by_rule: Counter = field(default_factory=Counter)
    chars_removed_by_rule: Counter = field(default_factory=Counter)
    flags_by_rule: Counter = field(default_factory=Counter)
    seconds: float = 0.0

    def add(self, outcome: Outcome) -> None:
        """Count one outcome: a record, an encoded line or an input error."""
        if isinstance(outcome, InputError):
            self.errors += 1
            return
        if not isinstance(outcome, Encoded):
            outcome = encoded(outcome, line=b"")  # counted, not encoded
        self.documents += 1
        self.chars_in += outcome.chars_in
        self.chars_out += outcome.chars_out
        for rule, (changes, removed) in outcome.edits.items():
            self.edits_by_rule[rule] += changes
            self.chars_removed_by_rule[rule] += removed
        for rule, n in outcome.flags.items():
            self.flags_by_rule[rule] += n

    def merge(self, other: "Summary") -> None:
        """Add another run's counts (``clean`` runs once per configuration of its inputs)."""
        self.documents += other.documents
        self.errors += other.errors
        self.chars_in += other.chars_in
        self.chars_out += other.chars_out
        self.edits_by_rule.update(other.edits_by_rule)
        self.chars_removed_by_rule.update(other.chars_removed_by_rule)
        self.flags_by_rule.update(other.flags_by_rule)
        self.seconds += other.seconds

    def statistics(self, rule_names: dict[str, str] | None = None) -> str:
        """``clean --statistics``: per rule, most characters removed first, then most flags.
        Characters count by each edit's primary rule (docs/design.md), so a chrome line that
        a script rule also touched counts for the chrome rule."""
        rule_names = rule_names or {}
        codes = sorted(set(self.edits_by_rule) | set(self.flags_by_rule),
                       key=lambda c: (-self.chars_removed_by_rule[c], -self.flags_by_rule[c], c))
        lines = [f"{'chars-removed':>13} {'edits':>7} {'flags':>6}  rule"]
        for code in codes:
            lines.append(f"{self.chars_removed_by_rule[code]:>13,} {self.edits_by_rule[code]:>7,} "
                         f"{self.flags_by_rule[code]:>6,}  {code} {rule_names.get(code, '')}".rstrip())
        return "\n".join(lines)

    def render(self, rule_names: dict[str, str] | None = None) -> str:
        """The summary printed after ``zhclean clean``."""
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
        on_outcome: Callable[[Outcome], None] | None = None,
        encoded_sink: Callable[[bytes], None] | None = None) -> Summary:
    """Clean ``items`` into ``sink``, collecting a :class:`Summary`.

    With ``encoded_sink`` (e.g. :meth:`JsonlWriter.write_encoded`), documents are encoded
    where they are cleaned and only their bytes reach it; ``sink`` is then not called and
    ``on_outcome`` sees :class:`Encoded` outcomes, not records.
    """
    summary = Summary()
    started = time.perf_counter()
    for outcome in clean_stream(items, config, workers=workers, encode=encoded_sink is not None):
        summary.add(outcome)
        if isinstance(outcome, InputError):
            if on_error:
                on_error(outcome)
        elif isinstance(outcome, Encoded):
            encoded_sink(outcome.line)  # type: ignore[misc]
        else:
            sink(outcome)
        if on_outcome:
            on_outcome(outcome)
    summary.seconds = time.perf_counter() - started
    return summary
