"""``zhclean clean … --resume``: a killed run finishes where it stopped.

With ``--resume`` the JSONL output is written to ``.OUT.partial`` beside OUT, and a
journal ``.OUT.partial.resume.json`` says, at most half a second behind
(``ZHCLEAN_CHECKPOINT_SECONDS`` sets another interval), how many input
items (documents and input errors, in input order) are done, how many bytes of the
partial file they filled, the errors reported so far and the summary counts. Output order
is input order and records do not depend on the number of workers, so a later run with
the same command cuts the partial file back to the journal's length, skips that many
items (read, not cleaned) and appends the rest: the result is byte for byte the output of
an uninterrupted run, every document exactly once. A finished run renames the partial
file into place and removes the journal; a run with other inputs or settings (its
fingerprint differs) starts again instead of mixing two outputs.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import time
from collections import Counter
from pathlib import Path
from typing import Any, Iterable, Iterator

from .model import InputError
from .runner import Summary
from .writers import OutputError, encode_record, output_kind

#: Seconds between journal updates: what a kill can cost, in work to redo.
CHECKPOINT_SECONDS = 0.5
#: Sets another interval (seconds, 0 = after every item): a run that must leave a journal
#: early, such as a test that kills a run part-way on a fast machine.
CHECKPOINT_ENV = "ZHCLEAN_CHECKPOINT_SECONDS"


def checkpoint_seconds() -> float:
    given = os.environ.get(CHECKPOINT_ENV, "").strip()
    if not given:
        return CHECKPOINT_SECONDS
    try:
        seconds = float(given)
    except ValueError:
        seconds = -1.0
    if not 0 <= seconds < float("inf"):
        raise OutputError(f"{CHECKPOINT_ENV}={given!r}: give a number of seconds, 0 or more")
    return seconds


def fingerprint(*parts: object) -> str:
    """A digest of what decides a run's output (inputs, output, settings, version)."""
    return hashlib.blake2b(repr(parts).encode("utf-8", "backslashreplace"), digest_size=16).hexdigest()


class ResumableJsonl:
    """A JSONL writer whose partial file and journal survive a kill (see the module docstring)."""

    def __init__(self, target: Path, digest: str):
        if output_kind(target) != "jsonl":
            raise OutputError(f"{target}: --resume writes .jsonl outputs; name a .jsonl file")
        self.target = Path(target)
        self.target.parent.mkdir(parents=True, exist_ok=True)
        self.partial = self.target.with_name(f".{self.target.name}.partial")
        self.journal = self.target.with_name(f".{self.target.name}.partial.resume.json")
        self.digest = digest
        self.interval = checkpoint_seconds()
        state = self._load()
        self.skip = state["items"] if state else 0
        self.resumed_from = self.skip
        self.items = self.skip
        self.errors: list[dict[str, Any]] = state["errors"] if state else []
        #: The counts of the whole run, the killed part included.
        self.counts = _summary_from(state["summary"]) if state else Summary()
        if state:
            with open(self.partial, "r+b") as fh:
                fh.truncate(state["bytes"])  # what was written after the last checkpoint is redone
            self._fh = open(self.partial, "ab")
        else:
            self._fh = open(self.partial, "wb")
        self._last = time.monotonic()

    def _load(self) -> dict[str, Any] | None:
        try:
            state = json.loads(self.journal.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if state.get("fingerprint") != self.digest or not self.partial.is_file() \
                or self.partial.stat().st_size < state.get("bytes", 0):
            return None
        return state

    def write(self, record: dict[str, Any]) -> None:
        """Write one record."""
        self._fh.write(encode_record(record))

    def write_encoded(self, line: bytes) -> None:
        """Write a line :func:`zhclean.writers.encode_record` made."""
        self._fh.write(line)

    def done(self, outcome: Any) -> None:
        """One more item is finished: its record written, or its input error reported.
        Checkpoints now and then."""
        self.items += 1
        self.counts.add(outcome)
        if isinstance(outcome, InputError):
            self.errors.append(error_record(outcome))
        if time.monotonic() - self._last >= self.interval:
            self.checkpoint()

    def checkpoint(self) -> None:
        """Flush the partial file, then record how far it goes (journal replaced atomically,
        so a kill at any point leaves a journal no longer than the file)."""
        self._fh.flush()
        state = {"fingerprint": self.digest, "items": self.items, "bytes": self._fh.tell(), "errors": self.errors,
                 "summary": _summary_dict(self.counts)}
        tmp = self.journal.with_name(self.journal.name + ".tmp")
        tmp.write_text(json.dumps(state, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, self.journal)
        self._last = time.monotonic()

    def close(self) -> None:
        """The run finished: the partial file becomes OUT, the journal goes."""
        self._fh.close()
        os.replace(self.partial, self.target)
        self.journal.unlink(missing_ok=True)

    def keep(self) -> None:
        """The run was interrupted: checkpoint, and keep both files for ``--resume``."""
        self.checkpoint()
        self._fh.close()

    def discard(self) -> None:
        """The run failed (a full disk): remove the partial file and the journal."""
        self._fh.close()
        self.partial.unlink(missing_ok=True)
        self.journal.unlink(missing_ok=True)


    def __enter__(self) -> "ResumableJsonl":
        return self

    def __exit__(self, exc_type, exc, tb) -> bool:
        if exc_type is None:
            self.close()
        elif issubclass(exc_type, KeyboardInterrupt):  # Ctrl-C or kill: resumable
            self.keep()
        else:
            self.discard()
        return False


def error_record(err: InputError) -> dict[str, Any]:
    """An input error as ``--errors`` writes it."""
    return {"source": err.source, "line": err.line, "id": err.id, "message": err.message}


def _summary_dict(summary: Summary) -> dict[str, Any]:
    return {"documents": summary.documents, "errors": summary.errors, "chars_in": summary.chars_in,
            "chars_out": summary.chars_out, "edits_by_rule": dict(summary.edits_by_rule),
            "chars_removed_by_rule": dict(summary.chars_removed_by_rule),
            "flags_by_rule": dict(summary.flags_by_rule), "seconds": summary.seconds}


def _summary_from(data: dict[str, Any]) -> Summary:
    restored = Summary()
    restored.merge(Summary(**{k: Counter(v) if isinstance(v, dict) else v for k, v in data.items()}))
    return restored


def skipping(items: Iterable[Any], writer: ResumableJsonl) -> Iterator[Any]:
    """``items`` without the first ``writer.skip`` (done by the run that was killed); call it
    once per input run, in order, with the same writer: the count carries over."""
    for item in items:
        if writer.skip > 0:
            writer.skip -= 1
            continue
        yield item


def remove_stale_partials(target: Path, started: float) -> list[Path]:
    """Remove the partial files an earlier run killed with SIGKILL left beside ``target``
    (``.NAME.partial-*``, not changed since before this run ``started``, a ``time.time()``):
    a finished run leaves no partial files. The resumable ones (``.NAME.partial``) stay."""
    removed = []
    target = Path(target)
    for stale in target.parent.glob(f".{target.name}.partial-*"):
        try:
            if stale.stat().st_mtime < started:
                if stale.is_dir():  # a folder output's
                    shutil.rmtree(stale)
                else:
                    stale.unlink()
                removed.append(stale)
        except OSError:  # another run's, or gone already
            continue
    return removed
