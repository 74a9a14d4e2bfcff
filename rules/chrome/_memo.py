"""Verdicts on one line, remembered across the versions of a page.

Each chrome rule that deletes lines makes a new version of the text, and the page is
split again for the next rule (1,721 splits of 455 pages on a 5 MB corpus); most of its
lines are the same strings as before. A verdict that depends on the line alone — is it a
body paragraph, a document site's record, a title — is kept here and found again.

>>> calls = []
>>> memo = LineMemo(lambda s: calls.append(s) or len(s) > 2)
>>> memo("首页"), memo("首页"), memo("市总工会"), calls
(False, False, True, ['首页', '市总工会'])
"""
from __future__ import annotations

from typing import Callable, Generic, TypeVar

T = TypeVar("T")

#: Lines remembered per verdict; all are forgotten at once when it is reached.
LINE_MEMO_MAX = 1 << 15
_MISSING = object()
#: Every memo, so a benchmark can start them all empty.
MEMOS: list["LineMemo"] = []


class LineMemo(Generic[T]):
    """``judge(line)`` for a pure ``judge``, remembered for the last lines seen."""

    __slots__ = ("judge", "verdicts")

    def __init__(self, judge: Callable[[str], T]):
        self.judge = judge
        self.verdicts: dict[str, T] = {}
        MEMOS.append(self)

    def __call__(self, line: str) -> T:
        verdict = self.verdicts.get(line, _MISSING)
        if verdict is _MISSING:
            if len(self.verdicts) >= LINE_MEMO_MAX:
                self.verdicts.clear()
            verdict = self.verdicts[line] = self.judge(line)
        return verdict  # type: ignore[return-value]
