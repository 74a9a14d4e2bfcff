"""What the candidate generators find, remembered line by line across documents.

Scraped pages repeat lines: a site's chrome that chrome removal left (a column name, a
contact line, a standard notice), boilerplate paragraphs, the same article copied to
many pages. The generators (the slip automaton, the reading matchers, the reading table)
are line-local: no variant, reading or word holds a line break, so what they find in a
line does not depend on the lines around it. :class:`LineMemo` keeps each line's hits
(offsets from the line's start) and searches only the lines it has not seen, joined
into one string so that a document costs one call per generator however many lines it
has. The result is the same list, in the same order, as searching the whole text.

What a line's hits are judged to be (:meth:`LineMemo.find_judged`: the exemptions and
window readings of :func:`.scoring.line_candidates`) is remembered with the line too;
the scores, which count words in the whole document, are worked out in every document.
"""
from __future__ import annotations

from bisect import bisect_right
from typing import Callable, Sequence

from .slips import Hit

#: Lines remembered per memo (oldest dropped first); a corpus's repeated lines recur far
#: more often than this many apart.
MAX_LINES = 1 << 15
#: And at most this many characters of them: a line is a paragraph (about 550 characters
#: on make_corpus pages, not the 60 of a chrome line), so lines alone let the memo grow
#: with the corpus (16 MB at 40 MB of input, on its way to 36 MB). A million hold three
#: batches of 32 pages: T102 finds what T101 searched in the same batch.
MAX_CHARS = 1 << 20
_NONE: tuple = ()


class LineMemo:
    """``search(text)`` -> a tuple of hit lists (one per generator), memoised per line."""

    __slots__ = ("search", "kinds", "max_lines", "max_chars", "lines", "chars", "judged")

    def __init__(self, search: Callable[[str], Sequence[list[Hit]]], kinds: int, max_lines: int = MAX_LINES,
                 max_chars: int = MAX_CHARS):
        self.search = search
        self.kinds = kinds
        self.max_lines = max_lines  # 0: remember nothing (every line searched, as without a memo)
        self.max_chars = max_chars
        self.lines: dict[str, tuple[tuple[Hit, ...], ...]] = {}
        self.chars = 0  # characters of the lines remembered
        #: Per line with hits, what a judge made of them (:meth:`find_judged`); emptied
        #: with the lines it was made from.
        self.judged: dict[str, tuple] = {}

    def clear(self) -> None:
        """Forget every line (a benchmark timing the search itself starts from here)."""
        self.lines.clear()
        self.judged.clear()
        self.chars = 0

    def find(self, text: str) -> list[Hit]:
        """The generators' hits in ``text``: every hit of the first, then of the second...,
        each in text order, exactly as ``search(text)`` concatenated would give them."""
        if not self.max_lines:
            return [h for hits in self.search(text) for h in hits]
        lines = text.split("\n")
        memo = self.lines
        found = [memo.get(line) for line in lines]
        if None in found:
            self._search_new(lines, found)
        out: list[Hit] = []
        for k in range(self.kinds):
            at = 0
            for line, per_kind in zip(lines, found):
                hits = per_kind[k] if per_kind else _NONE
                if hits:
                    out.extend([(s + at, e + at, vs) for s, e, vs in hits] if at else hits)
                at += len(line) + 1
        return out

    def find_judged(self, text: str, judge: Callable[[str, tuple], tuple]) -> list[tuple[int, tuple]]:
        """``(line start, judge(line, its hits per generator))`` for each line of ``text``
        with hits whose verdict is not empty, in text order; the verdicts are remembered per
        line, as the hits are. ``judge`` must be a pure function of the line and its hits,
        the same for every call on this memo."""
        lines = text.split("\n")
        memo = self.lines
        found = [memo.get(line) for line in lines]
        if None in found:
            self._search_new(lines, found)
        judged = self.judged
        out: list[tuple[int, tuple]] = []
        at = 0
        for line, per_kind in zip(lines, found):
            if per_kind:
                verdict = judged.get(line)
                if verdict is None:
                    if len(judged) >= self.max_lines:
                        judged.clear()  # rare: as many lines with hits as the memo holds lines
                    verdict = judged[line] = judge(line, per_kind)
                if verdict:
                    out.append((at, verdict))
            at += len(line) + 1
        return out

    def learn(self, texts: Sequence[str]) -> None:
        """Search now, in one string, the lines of ``texts`` not remembered yet, so that
        :meth:`find` on each of them later only looks its lines up.

        The engine runs a rule over a batch of documents one after another; searching
        their new lines in one call per generator, rather than one call per document,
        keeps each generator's tables in the CPU caches while it runs and pays each
        call's fixed cost (numpy's, the automata's) once a batch: T101 alone on c5's
        texts in batches of 32 took about half the time (0.50 -> 0.27 s CPU).
        """
        if not self.max_lines:
            return
        memo = self.lines
        lines = [line for text in texts for line in text.split("\n")]
        lines = [line for line in dict.fromkeys(lines) if line not in memo]
        if lines:
            self._search_new(lines, [None] * len(lines))

    def _search_new(self, lines: list[str], found: list) -> None:
        """Search the lines not remembered, in one string, and remember them."""
        new = list(dict.fromkeys(line for line, f in zip(lines, found) if f is None))
        starts, at = [], 0
        for line in new:
            starts.append(at)
            at += len(line) + 1
        per_line: list[list[list[Hit]] | None] = [None] * len(new)
        for k, hits in enumerate(self.search("\n".join(new))):
            for s, e, vs in hits:
                j = bisect_right(starts, s) - 1
                slot = per_line[j]
                if slot is None:
                    slot = per_line[j] = [[] for _ in range(self.kinds)]
                o = starts[j]
                slot[k].append((s - o, e - o, vs))
        memo = self.lines
        chars = self.chars + at
        kept = len(memo)
        if kept + len(new) > self.max_lines or chars > self.max_chars:
            # the oldest lines go, first in first out, found in one walk of the dict: a walk
            # per line dropped started from the holes the earlier drops left, each walk
            # longer than the last (0.58 s of T101's 3 s on 20 MB)
            dropped = []
            for oldest in memo:
                if not (kept + len(new) > self.max_lines or chars > self.max_chars):
                    break
                chars -= len(oldest) + 1
                kept -= 1
                dropped.append(oldest)
            judged = self.judged
            for oldest in dropped:
                del memo[oldest]
                judged.pop(oldest, None)
        self.chars = chars
        results = {}
        for line, slot in zip(new, per_line):
            results[line] = memo[line] = _NONE if slot is None else tuple(map(tuple, slot))
        for i, f in enumerate(found):
            if f is None:
                found[i] = results[lines[i]]
