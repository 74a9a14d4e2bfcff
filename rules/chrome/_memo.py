"""Verdicts on one line, remembered across the versions of a page.

Each chrome rule that deletes lines makes a new version of the text, and the page is
split again for the next rule (1,721 splits of 455 pages on a 5 MB corpus); most of its
lines are the same strings as before. A verdict that depends on the line alone — is it a
body paragraph, a document site's record, a title — is kept here and found again.

A memo is keyed by the line's text only, never by a document or a position, so documents
cleaned interleaved (a batch of documents rule by rule) share it safely: a line gets the
same verdict whichever page it stands on. It is bounded (:data:`LINE_MEMO_MAX`).

>>> calls = []
>>> memo = LineMemo(lambda s: calls.append(s) or len(s) > 2)
>>> memo("首页"), memo("首页"), memo("市总工会"), calls
(False, False, True, ['首页', '市总工会'])
>>> short = LineMemo(len, longest=3)
>>> short("首页"), short("市总工会"), sorted(short)
(2, 4, ['首页'])
"""
from __future__ import annotations

from typing import Callable, Dict, TypeVar

T = TypeVar("T")

#: Lines remembered per verdict; all are forgotten at once when it is reached.
LINE_MEMO_MAX = 1 << 15
#: Every memo, so a benchmark can start them all empty (``memo.clear()``).
MEMOS: list["LineMemo"] = []


class LineMemo(Dict[str, T]):
    """``judge(line)`` for a pure ``judge``, remembered for the last lines seen.

    The memo is the dict of its verdicts, and calling it looks the line up: a line seen
    before costs one look-up in C, no Python frame (the memos are asked about every line
    of every version of a page, some 150,000 times on a 5 MB corpus)."""

    __slots__ = ("judge", "longest")

    def __init__(self, judge: Callable[[str], T], longest: int | None = None):
        super().__init__()
        self.judge = judge
        #: lines longer than this are judged every time and not remembered (a memo that
        #: only matters for short lines would otherwise hold the page's paragraphs)
        self.longest = longest
        MEMOS.append(self)

    # ``memo(line)`` is ``memo[line]``; a line not seen yet reaches __missing__
    __call__ = dict.__getitem__

    def __missing__(self, line: str) -> T:
        if self.longest is not None and len(line) > self.longest:
            return self.judge(line)
        if len(self) >= LINE_MEMO_MAX:
            self.clear()
        verdict = self[line] = self.judge(line)
        return verdict

    @property
    def verdicts(self) -> "LineMemo[T]":
        """The memo itself, which is the dict of its verdicts (for callers that clear it)."""
        return self

    def __repr__(self) -> str:
        return f"LineMemo({getattr(self.judge, '__name__', self.judge)!r}, {len(self)} lines)"
