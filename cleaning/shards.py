"""Cleaning a corpus as shards: the pieces a distributed engine runs on its workers.

An engine with workers on many machines (:mod:`zhclean.engine_ray`) splits a run in three
steps, each of them here and free of any engine so that it can be tested on its own:

1. :func:`file_rows`: one input file read by zhclean's own readers into rows, each row one
   reader item (document, HTML page not yet extracted, or input error) at its *position*
   ``(file, row)`` in the corpus;
2. :func:`unique_id_renames`: the ids the local run would give, made unique over the whole
   corpus in input order (only the ids travel to the driver);
3. :class:`ShardCleaner`: a callable class that builds one pipeline per worker, cleans a
   batch of rows into one output shard written with zhclean's own writers, validates the
   batch's records with a record validator, and returns the shard's :class:`ShardReport`.

Shards are named after their first position (``part-000003-000000120.jsonl``), so sorting
the names gives input order whatever order the workers finished in, and the records,
concatenated, are the local run's.
"""
from __future__ import annotations

import importlib
import pickle
import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Sequence

from .config import Config
from .model import Document, InputError
from .paths import is_url, local_or_url
from .pipeline import Pipeline
from .readers import Item, PendingHtml, ReadOptions, read_file
from .runner import BATCH_DOCS, Encoded, Summary, batched, clean_items, encoded
from .writers import open_writer

#: The suffix of each shard, by kind of output.
SHARD_SUFFIXES = {"jsonl": ".jsonl", "jsonl.gz": ".jsonl.gz", "parquet": ".parquet"}
#: Written last into a shard folder: the shards in input order and the run's summary, so a
#: folder without it is an unfinished run.
MANIFEST_NAME = "_zhclean_shards.json"


def file_rows(file_index: int, path: str, id_base: str, options: ReadOptions) -> Iterator[dict[str, Any]]:
    """The reader items of one input file as rows: ``file``, ``row``, ``id`` (None for an
    input error) and ``item`` (the pickled item, so nothing of it changes on the way)."""
    for row, item in enumerate(read_file(local_or_url(path), id_base, options)):  # type: ignore[arg-type]
        doc_id = item.id if isinstance(item, (Document, PendingHtml)) else None
        yield {"file": file_index, "row": row, "id": doc_id, "item": pickle.dumps(item, protocol=5)}


def unique_id_renames(positions_and_ids: Iterable[tuple[int, int, str | None]]) -> dict[tuple[int, int], str]:
    """The positions whose id the local run renames (``a`` → ``a#2``), given every
    ``(file, row, id)`` in input order; usually empty, so it is cheap to send to workers."""
    from .readers import _unique  # the one rule for unique ids, shared with read_corpus

    seen: set[int] = set()
    renames: dict[tuple[int, int], str] = {}
    for file_index, row, doc_id in positions_and_ids:
        if doc_id is None:
            continue
        new_id = _unique(doc_id, seen)
        if new_id != doc_id:
            renames[(file_index, row)] = new_id
    return renames


def shard_name(file_index: int, row: int, kind: str) -> str:
    """The name of the shard whose first row is at ``(file_index, row)``; names sort in input order."""
    return f"part-{file_index:06d}-{row:09d}{SHARD_SUFFIXES[kind]}"


def resolve_validator(ref: str | None) -> Callable[[Sequence[dict]], list] | None:
    """The function a ``"module:function"`` reference names (None for none)."""
    if not ref:
        return None
    module, _, name = ref.partition(":")
    return getattr(importlib.import_module(module), name)


@dataclass
class ShardReport:
    """What one shard holds: its name, the summary counts, input errors and schema failures."""

    shard: str
    documents: int = 0
    chars_in: int = 0
    chars_out: int = 0
    edits_by_rule: dict[str, int] = field(default_factory=dict)
    chars_removed_by_rule: dict[str, int] = field(default_factory=dict)
    flags_by_rule: dict[str, int] = field(default_factory=dict)
    #: ``[file, row, source, line, id, message]`` of each input error, in order
    errors: list[list[Any]] = field(default_factory=list)
    #: ``[code, id, message]`` of each record that broke the record schema
    schema_failures: list[list[Any]] = field(default_factory=list)
    #: seconds the worker spent on the shard (cleaning, writing, validating): the
    #: throughput per worker is ``chars_in / seconds`` summed over its shards
    seconds: float = 0.0

    def to_row(self) -> dict[str, Any]:
        """The report as one row of plain values (engines move tables, not objects)."""
        return {"report": pickle.dumps(asdict(self), protocol=5)}

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> "ShardReport":
        """The report :meth:`to_row` made."""
        return cls(**pickle.loads(row["report"]))


def merge_reports(reports: Iterable[ShardReport]) -> tuple[Summary, list[InputError], list[list[Any]]]:
    """The run's :class:`Summary`, its input errors and its schema failures, in input order."""
    summary = Summary()
    errors: list[tuple[int, int, InputError]] = []
    failures: list[list[Any]] = []
    for rep in sorted(reports, key=lambda r: r.shard):
        summary.documents += rep.documents
        summary.chars_in += rep.chars_in
        summary.chars_out += rep.chars_out
        summary.edits_by_rule.update(Counter(rep.edits_by_rule))
        summary.chars_removed_by_rule.update(Counter(rep.chars_removed_by_rule))
        summary.flags_by_rule.update(Counter(rep.flags_by_rule))
        for file_index, row, source, line, doc_id, message in rep.errors:
            errors.append((file_index, row, InputError(source, message, line=line, id=doc_id)))
        failures.extend(rep.schema_failures)
    errors.sort(key=lambda e: (e[0], e[1]))
    summary.errors = len(errors)
    return summary, [e for _, _, e in errors], failures


def _count(report: ShardReport, outcome: Encoded) -> None:
    report.documents += 1
    report.chars_in += outcome.chars_in
    report.chars_out += outcome.chars_out
    for rule, (changes, removed) in outcome.edits.items():
        report.edits_by_rule[rule] = report.edits_by_rule.get(rule, 0) + changes
        report.chars_removed_by_rule[rule] = report.chars_removed_by_rule.get(rule, 0) + removed
    for rule, n in outcome.flags.items():
        report.flags_by_rule[rule] = report.flags_by_rule.get(rule, 0) + n


class ShardCleaner:
    """Clean a batch of :func:`file_rows` rows into one shard under ``output`` (a folder or
    folder URL). One pipeline per instance: an engine makes one instance per worker
    (a Ray actor) and calls it on batch after batch.

    ``validate`` names a record validator as ``"module:function"`` (the function takes a
    list of records and returns failures with ``code``, ``doc_id`` and ``message``); it is
    imported in the worker, so that the engine does not depend on the package that owns it.
    """

    def __init__(self, config: Config, output: str, kind: str, renames: dict[tuple[int, int], str] | None = None,
                 validate: str | None = None):
        self.pipeline = Pipeline(config)
        self.output = output.rstrip("/")
        self.kind = kind
        self.renames = renames or {}
        self.validate = resolve_validator(validate)

    def __call__(self, batch: Any) -> dict[str, list]:
        """Clean ``batch`` (a pyarrow Table, a DataFrame or a dict of lists with the columns of
        :func:`file_rows`) and return a one-row batch holding the shard's report."""
        rows = _rows_of(batch)
        if not rows:
            return {"report": []}
        report = self.clean_rows(rows)
        return {key: [value] for key, value in report.to_row().items()}

    def clean_rows(self, rows: list[dict[str, Any]]) -> ShardReport:
        """Clean, write and validate one shard of rows; its report."""
        started = time.perf_counter()
        first = rows[0]
        report = ShardReport(shard_name(int(first["file"]), int(first["row"]), self.kind))
        records: list[dict[str, Any]] = []
        target = f"{self.output}/{report.shard}"
        with open_writer(target if is_url(target) else Path(target)) as writer:
            for some in batched(rows, BATCH_DOCS):  # each batch cleaned rule by rule
                positions = [(int(row["file"]), int(row["row"])) for row in some]
                items: list[Item] = [pickle.loads(row["item"]) for row in some]
                for item, position in zip(items, positions):
                    if position in self.renames and isinstance(item, (Document, PendingHtml)):
                        item.id = self.renames[position]
                for position, outcome in zip(positions, clean_items(items, self.pipeline)):
                    self._take(report, writer, records, position, outcome)
        if self.validate is not None and records:
            for failure in self.validate(records):
                report.schema_failures.append([failure.code, failure.doc_id, failure.message])
        report.seconds = time.perf_counter() - started
        return report

    @staticmethod
    def _take(report: ShardReport, writer: Any, records: list[dict[str, Any]], position: tuple[int, int],
              outcome: Any) -> None:
        if isinstance(outcome, InputError):
            report.errors.append([*position, outcome.source, outcome.line, outcome.id, outcome.message])
            return
        _count(report, _encoded(outcome))
        writer.write(outcome)
        records.append(outcome)


def _encoded(record: dict[str, Any]) -> Encoded:
    return encoded(record, line=b"")  # the counts only; the writer encodes


def _rows_of(batch: Any) -> list[dict[str, Any]]:
    if hasattr(batch, "to_pylist"):  # pyarrow
        return batch.to_pylist()
    if hasattr(batch, "to_dict") and hasattr(batch, "columns"):  # pandas
        return batch.to_dict("records")
    keys = list(batch)
    return [dict(zip(keys, values)) for values in zip(*(batch[k] for k in keys))]


__all__ = ["MANIFEST_NAME", "SHARD_SUFFIXES", "ShardCleaner", "ShardReport", "file_rows", "merge_reports",
           "resolve_validator", "shard_name", "unique_id_renames"]
