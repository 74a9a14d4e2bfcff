"""Findings: what ``zhclean check`` reports, where, and how to recognise it again.

A finding points at a file, a line and a column. For a text or HTML file that is the line
and column inside the document (1-based, counted in characters). For JSONL the line is the
record's line in the file, so an editor jumps to the record; the document id and the
position inside the record's text go into the message.
"""
from __future__ import annotations

import bisect
import hashlib
import json
from collections import Counter
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

SNIPPET_CHARS = 40


@dataclass
class Finding:
    path: str
    line: int
    col: int
    code: str
    message: str
    severity: str = "error"
    doc_id: str = ""
    #: The text the finding is about (what a rule removed or flagged); part of the fingerprint.
    text: str = ""
    #: Line and column inside the document when ``line`` is a JSONL line.
    doc_line: int | None = None
    doc_col: int | None = None
    end_line: int | None = None
    end_col: int | None = None
    fingerprint: str = ""
    #: Corpus-level findings (S12x): the measured share or rate; compared with the
    #: baseline by value, so a share that rises after it was accepted fails again.
    value: float | None = None

    def location(self) -> str:
        return f"{self.path}:{self.line}:{self.col}"

    def render(self) -> str:
        where = ""
        if self.doc_line is not None:
            where = f" [{self.doc_id} {self.doc_line}:{self.doc_col}]"
        elif self.doc_id and self.code.startswith("S"):
            where = f" [{self.doc_id}]"
        return f"{self.location()}: {self.code} {self.message}{where}"

    def to_json(self) -> dict[str, Any]:
        # By hand, not dataclasses.asdict: that deep-copies every field and took 0.52 s of a
        # 20 MB check's output against 0.20 s. Fields in declaration order; None left out.
        return {k: v for k in _FINDING_FIELDS if (v := getattr(self, k)) is not None}


_FINDING_FIELDS = tuple(f.name for f in fields(Finding))


class LineIndex:
    """Offsets to 1-based (line, column) in one text, by binary search over line starts.

    >>> ix = LineIndex("ab\\ncd\\n")
    >>> ix.position(0), ix.position(3), ix.position(4)
    ((1, 1), (2, 1), (2, 2))
    """

    __slots__ = ("_starts",)

    def __init__(self, text: str):
        starts = [0]
        pos = text.find("\n")
        while pos != -1:
            starts.append(pos + 1)
            pos = text.find("\n", pos + 1)
        self._starts = starts

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self._starts, offset) - 1
        return line + 1, offset - self._starts[line] + 1


class OutputToInput:
    """Where offsets of the cleaned text lie in the input, given the audit trail.

    A position inside a replacement maps to the same distance into the text it replaced
    (script conversion replaces runs of characters one for one), clipped to its end. Built
    once per document; each look-up is a binary search, so mapping every flag of a page
    costs O(flags · log edits), not O(flags · edits).

    >>> m = OutputToInput([{"start": 0, "end": 3, "removed": "abc", "inserted": ""}])
    >>> m(0), m(2)
    (3, 5)
    >>> OutputToInput([{"start": 0, "end": 2, "removed": "學習", "inserted": "学习"}])(1)
    1
    """

    __slots__ = ("_out_starts", "_edits", "_deltas")

    def __init__(self, edits: Sequence[dict[str, Any]]):
        self._out_starts: list[int] = []
        self._deltas: list[int] = []  # output minus input offset before each edit
        self._edits = edits
        delta = 0
        for e in edits:
            self._out_starts.append(e["start"] + delta)
            self._deltas.append(delta)
            delta += len(e["inserted"]) - (e["end"] - e["start"])
        self._deltas.append(delta)

    def __call__(self, pos: int) -> int:
        i = bisect.bisect_right(self._out_starts, pos) - 1
        if i < 0:
            return pos
        e = self._edits[i]
        out_start = self._out_starts[i]
        if pos < out_start + len(e["inserted"]):
            return e["start"] + min(pos - out_start, e["end"] - e["start"])
        return pos - self._deltas[i + 1]


def output_to_input(pos: int, edits: Sequence[dict[str, Any]]) -> int:
    """One offset of the cleaned text mapped into the input (see :class:`OutputToInput`).

    >>> output_to_input(2, [{"start": 0, "end": 3, "removed": "abc", "inserted": ""}])
    5
    """
    return OutputToInput(edits)(pos)


def snippet(s: str, limit: int = SNIPPET_CHARS) -> str:
    """A one-line quotation of ``s`` for messages: line breaks shown as ⏎, long text cut.

    >>> snippet("版权所有\\n浙ICP备14041666号", 8)
    '«版权所有⏎浙I…»'
    """
    one = s.replace("\r\n", "⏎").replace("\n", "⏎").replace("\r", "⏎").replace("\t", "⇥")
    if len(one) > limit:
        one = one[: limit - 1] + "…"
    return f"«{one}»"


def fingerprint(doc_id: str, code: str, text: str, occurrence: int) -> str:
    """Identity of a finding that survives line shifts: document, code, the text concerned,
    and which occurrence of that triple it is within the document."""
    norm = " ".join(text.split())
    key = "\x1f".join((doc_id, code, norm, str(occurrence)))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:24]


def assign_fingerprints(findings: Iterable[Finding]) -> None:
    seen: Counter = Counter()
    for f in findings:
        triple = (f.doc_id or f.path, f.code, " ".join(f.text.split()))
        f.fingerprint = fingerprint(triple[0], f.code, f.text, seen[triple])
        seen[triple] += 1


# Baselines -------------------------------------------------------------------------------

#: 2: corpus-level findings carry the accepted ``value``. Version 1 files are read; their
#: corpus-level entries, having no value, accept nothing (they hid rising shares for good).
BASELINE_VERSION = 2


class BaselineError(ValueError):
    """The baseline file cannot be read."""


def write_baseline(path: Path, findings: Sequence[Finding]) -> None:
    """Accepted findings, by fingerprint, with enough context to read the file by eye."""
    entries = []
    for f in sorted(findings, key=lambda f: (f.doc_id, f.code, f.fingerprint)):
        entry: dict[str, Any] = {"fingerprint": f.fingerprint, "code": f.code, "id": f.doc_id, "text": f.text[:80]}
        if f.value is not None:
            entry["value"] = f.value
        entries.append(entry)
    data = {"tool": "zhclean", "version": BASELINE_VERSION, "findings": entries}
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


class Baseline:
    """Accepted findings: fingerprints, and for corpus-level ones the value accepted."""

    def __init__(self, accepted: Mapping[str, float | None]):
        self._accepted = dict(accepted)

    def __len__(self) -> int:
        return len(self._accepted)

    def covers(self, finding: Finding) -> bool:
        """Whether the baseline accepts ``finding``: the same one, and for a corpus-level
        finding a measured value no higher than the one accepted."""
        if finding.fingerprint not in self._accepted:
            return False
        if finding.value is None:
            return True
        accepted = self._accepted[finding.fingerprint]
        return accepted is not None and finding.value <= accepted + 1e-9


def read_baseline(path: Path) -> Baseline:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BaselineError(f"{path}: no such baseline file (write one with --write-baseline)") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise BaselineError(f"{path}: not a zhclean baseline (invalid JSON: {exc})") from None
    except IsADirectoryError:
        raise BaselineError(f"{path}: is a folder; name the baseline file") from None
    if not isinstance(data, dict) or data.get("tool") != "zhclean" or not isinstance(data.get("findings"), list):
        raise BaselineError(f"{path}: not a zhclean baseline (expected {{\"tool\": \"zhclean\", \"findings\": [...]}})")
    accepted: dict[str, float | None] = {}
    for e in data["findings"]:
        if isinstance(e, dict) and isinstance(e.get("fingerprint"), str):
            value = e.get("value")
            accepted[e["fingerprint"]] = float(value) if isinstance(value, (int, float)) else None
    return Baseline(accepted)


@dataclass
class Outcome:
    """Everything one ``check`` run found, before formatting."""

    findings: list[Finding] = field(default_factory=list)
    input_errors: list[str] = field(default_factory=list)
    baselined: int = 0
    ignored_by_record: int = 0
    documents: int = 0

    def by_severity(self, level: str) -> list[Finding]:
        return [f for f in self.findings if f.severity == level]
