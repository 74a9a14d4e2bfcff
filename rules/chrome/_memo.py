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
>>> viewer = LineMemo(len, longest=3, beyond=0)
>>> viewer("市总工会"), viewer("市 总 工"), sorted(viewer)
(0, 5, [])
"""
from __future__ import annotations

from typing import Callable, Dict, TypeVar

T = TypeVar("T")

#: Lines remembered per verdict, and their characters; all are forgotten at once when
#: either is reached. Most verdicts are asked of short lines, but some of every line
#: (is_body_paragraph holds paragraphs of 440 characters on average), and by lines alone
#: the memos grew with the corpus (one process: 163 MB → 225 → 257 MB after 0, 18 and
#: 36 MB of make_corpus input). Half a million characters hold about a batch and a half
#: of 32 pages: the versions of a page a batch makes find each other's lines. (A forked
#: worker's private memory after 40 MB of input: 77 MB with a million, 68 MB with half;
#: the time, A/B on 20 MB: 1.015x, within the noise.)
LINE_MEMO_MAX = 1 << 13
LINE_MEMO_CHARS = 1 << 19
#: ``beyond``'s default: a long line is judged like any other.
_JUDGE = object()
#: Every memo, so a benchmark can start them all empty (``memo.clear()``).
MEMOS: list["LineMemo"] = []


class LineMemo(Dict[str, T]):
    """``judge(line)`` for a pure ``judge``, remembered for the last lines seen.

    The memo is the dict of its verdicts, and calling it looks the line up: a line seen
    before costs one look-up in C, no Python frame (the memos are asked about every line
    of every version of a page, some 150,000 times on a 5 MB corpus)."""

    __slots__ = ("judge", "longest", "beyond", "chars")

    def __init__(self, judge: Callable[[str], T], longest: int | None = None, beyond: object = _JUDGE):
        super().__init__()
        self.judge = judge
        #: lines longer than this are judged every time and not remembered (a memo that
        #: only matters for short lines would otherwise hold the page's paragraphs)
        self.longest = longest
        #: the verdict on every line with more than ``longest`` characters that are not
        #: whitespace, given without a call: for a judge whose every reading is of a line
        #: of at most ``longest`` characters once it drops or joins its spaces (laid out
        #: as L301 and L302 will leave it), a paragraph is turned away before it is laid out
        self.beyond = beyond
        self.chars = 0  # characters of the lines remembered
        MEMOS.append(self)

    # ``memo(line)`` is ``memo[line]``; a line not seen yet reaches __missing__
    __call__ = dict.__getitem__

    def __missing__(self, line: str) -> T:
        if self.longest is not None and len(line) > self.longest:
            if self.beyond is not _JUDGE and len("".join(line.split())) > self.longest:
                return self.beyond  # type: ignore[return-value]
            return self.judge(line)
        chars = self.chars + len(line)
        if len(self) >= LINE_MEMO_MAX or chars > LINE_MEMO_CHARS:
            self.clear()
            chars = len(line)
        self.chars = chars
        verdict = self[line] = self.judge(line)
        return verdict

    def clear(self) -> None:
        super().clear()
        self.chars = 0

    @property
    def verdicts(self) -> "LineMemo[T]":
        """The memo itself, which is the dict of its verdicts (for callers that clear it)."""
        return self

    def __repr__(self) -> str:
        return f"LineMemo({getattr(self.judge, '__name__', self.judge)!r}, {len(self)} lines)"
