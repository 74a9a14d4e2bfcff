"""The data model every part of zhclean shares: documents, edits, flags and rule results.

These are the ⚑ contracts of docs/design.md: a rule returns :class:`Edit` and :class:`Flag`
objects over the text it was given; the pipeline turns them into the audit trail and
the output record.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, NamedTuple


@dataclass
class Document:
    """One document of a corpus.

    ``id`` is unique within a run; ``source`` names where it came from (a path, a path with
    a line number, or a URL); ``meta`` carries what readers and rules learned about it.
    """

    id: str
    text: str
    source: str = ""
    meta: dict[str, Any] = field(default_factory=dict)
    #: 1-based line (JSONL) or row (Parquet) the document came from, for error messages.
    line: int | None = None


class Edit(NamedTuple):
    """Replace ``text[start:end]`` with ``replacement`` (``""`` deletes).

    A named tuple, not a dataclass: the character-level rules return one per changed
    mark (150,000 for 5 MB), and a tuple is made in half the time and goes into the
    trail as it is.
    """

    start: int
    end: int
    replacement: str = ""


@dataclass(frozen=True, slots=True)
class Flag:
    """Something a person should look at: a span, a message, maybe a suggestion.

    ``score`` is the rule's confidence in ``[0, 1]``. A flag that has a suggestion can be
    applied as an edit by ``--fix``.
    """

    start: int
    end: int
    message: str
    suggestion: str | None = None
    score: float | None = None


@dataclass(slots=True)
class RuleResult:
    """What one rule wants done to one text.

    ``edits`` must not overlap; the pipeline sorts them. ``meta`` is merged into the
    document's metadata without overwriting what an earlier reader or rule found.
    """

    edits: list[Edit] = field(default_factory=list)
    flags: list[Flag] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.edits or self.flags or self.meta)


@dataclass(frozen=True, slots=True)
class InputError:
    """A document that could not be read: where, and why.

    ``line`` is 1-based for line-oriented inputs (JSONL) and ``None`` for whole files.
    """

    source: str
    message: str
    line: int | None = None
    id: str | None = None

    def location(self) -> str:
        return f"{self.source}:{self.line}" if self.line is not None else self.source

    def __str__(self) -> str:
        return f"{self.location()}: {self.message}"
