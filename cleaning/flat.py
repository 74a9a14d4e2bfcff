"""Flat changes: edits that keep the length, made on verbatim input, kept apart from the blocks.

An edit that replaces n characters by n where no earlier rule changed the input (N201's
commas, N301's runs of characters, N302, L301's one-character spaces: nine changes in ten
on c5) moves no offset. :class:`~zhclean.trace.Trace` keeps such edits out of its blocks,
one *layer* of columns per rule's batch: ``(input starts, input ends, texts now, rules)``,
in input order, no flat change overlapping another or a change of the blocks. The blocks
alone then still map current offsets to the input; a later edit that reaches a flat
change moves it into the blocks first (:meth:`FlatChanges._promote`) and merges with it
there, so blocks and layers together hold exactly the changes the blocks alone would
(tests/test_trace.py compares the two). A layer is mapped to the input a slice of edits
per change of the blocks, checked against the other layers with two merged sorts, and
packed into the compact trail a column at a time (:func:`zhclean.trail.flat_spans`).
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import chain, compress, islice, repeat
from operator import add, eq, itemgetter, le, lt, ne, not_, or_, sub
from typing import Callable

from .trail import RUN, flat_spans, primary_rule

_Change = tuple[int, int, str, tuple[str, ...]]


_first, _second, _third, _fourth = itemgetter(0), itemgetter(1), itemgetter(2), itemgetter(3)
_start_end = itemgetter(0, 1)


def _apart_maybe(starts: list[int], ends: list[int], f_starts: list[int], f_ends: list[int]) -> bool:
    """True when no edit's reach (``starts``/``ends``, in order; some empty, some
    overlapping each other) can overlap a flat change (``f_starts``/``f_ends``); False
    when one may.

    An empty reach at p (an insertion) overlaps a change that holds p inside it, so in
    doubled offsets a reach [s, e) is [2s, 2e), or [2p, 2p + 1) when empty, and a change
    [a, b) is [2a + 1, 2b): non-empty intervals that overlap exactly when the originals
    do, for :func:`_apart` (which answers False for reaches that overlap each other).
    """
    if len(starts) * 8 < len(f_starts):
        return False  # a bisection for each edit is cheaper than the check
    doubled_starts = list(map(add, starts, starts))
    doubled_ends = list(map(add, map(add, ends, ends), map(eq, starts, ends)))
    flat_starts = list(map(add, map(add, f_starts, f_starts), repeat(1)))
    flat_ends = list(map(add, f_ends, f_ends))
    return _apart(doubled_starts, doubled_ends, flat_starts, flat_ends, sort_only=True)


def _apart(a_starts: list[int], a_ends: list[int], b_starts: list[int], b_ends: list[int],
           sort_only: bool = False) -> bool:
    """Whether no change of one list (non-empty, in order, not overlapping each other)
    overlaps one of the other."""
    if len(a_starts) > len(b_starts):
        a_starts, a_ends, b_starts, b_ends = b_starts, b_ends, a_starts, a_ends
    if len(a_starts) * 8 < len(b_starts) and not sort_only:  # a few among many: bisect for each of the few
        return not any(map(lt, map(bisect_right, repeat(b_ends), a_starts), map(bisect_left, repeat(b_starts), a_ends)))
    # Changes that do not overlap, in order of their starts, are in order of their ends
    # too, each ending at or before the next one's start; and changes that overlap cannot
    # be put so. Two sorts of two runs each, in C, are some eight times faster than a
    # bisection per change.
    starts, ends = sorted(a_starts + b_starts), sorted(a_ends + b_ends)
    return all(map(le, ends, islice(starts, 1, None)))


class FlatChanges:
    """The flat-change half of :class:`~zhclean.trace.Trace` (which holds ``source``,
    ``_blocks``, ``_layers`` and the block methods these call)."""

    __slots__ = ()

    def _fold(self, edits: list[tuple[int, int, str]], rule: str, length: int) -> None:
        """Align one rule's edits (current-text offsets, in order) with the input.

        An edit that keeps the length (n characters by n) and lands on verbatim input
        becomes a flat change, in a new layer: it merges with nothing, so it is the change
        the blocks would hold. A later edit that reaches a flat change moves it into the
        blocks first (:meth:`_promote`), to merge with it there. Every other edit goes into
        the blocks as before (:meth:`_into_blocks`).
        """
        layers = self._layers
        s, e, r = edits[0]
        if not layers and e - s != len(r):  # (nearly always) nothing to make flat, nothing flat to reach
            self._into_blocks(edits, rule, length)
            return
        starts, ends, texts = list(map(_first, edits)), list(map(_second, edits)), list(map(_third, edits))
        same = all(map(eq, map(sub, ends, starts), map(len, texts))) and "" not in texts
        if not (same or layers):
            self._into_blocks(edits, rule, length)
            return
        columns = None
        if self._blocks:
            columns = self._columns(starts, ends, length)
            reach_from, reach_to, off_verbatim = self._reach(starts, ends, columns)
        else:  # no change has moved an offset: current offsets are input offsets
            reach_from, reach_to, off_verbatim = starts, ends, []
        if same and not off_verbatim and all(_apart(reach_from, reach_to, l_starts, l_ends)
                                             for l_starts, l_ends, _, _ in layers):
            layers.append((reach_from, reach_to, texts, (rule,)))  # the common case: all flat
            return
        # Some edits go into the blocks; first the flat changes they reach
        n = len(edits)
        reached = [False] * n
        promote: list[tuple[int, int, int]] = []  # (layer, first, after): the flat changes some edit reaches
        for layer, (l_starts, l_ends, _, _) in enumerate(layers):
            if _apart_maybe(reach_from, reach_to, l_starts, l_ends):
                continue
            firsts = list(map(bisect_right, repeat(l_ends), reach_from))  # the first flat change ending after
            afters = list(map(bisect_left, repeat(l_starts), reach_to))  # the first starting at or after
            hits = list(map(lt, firsts, afters))
            if any(hits):
                reached = list(map(or_, reached, hits))
                promote.extend((layer, first, after) for first, after in compress(zip(firsts, afters), hits))
        if promote:
            self._promote(promote)
            columns = None  # of blocks that are no more
        if same:
            # the edits on verbatim input that reach nothing are a layer; the others all
            # merge with a change, so that the rule's new changes are all in the layer
            for i in off_verbatim:
                reached[i] = True
            flat = list(map(not_, reached))
            if any(flat):
                self._layers.append((list(compress(reach_from, flat)), list(compress(reach_to, flat)),
                                     list(compress(texts, flat)), (rule,)))
                edits = list(compress(edits, reached))
        self._into_blocks(edits, rule, length, columns)

    def _reach(self, starts: list[int], ends: list[int], columns: tuple
               ) -> tuple[list[int], list[int], list[int]]:
        """Where edits (current offsets, in order) reach in the input, from and to, and
        which of them reach into a change of the blocks (the others are on verbatim input,
        and their reach is their input offsets).

        The edits between two changes of the blocks move by one amount, so it goes a slice
        of edits at a time. A position inside a change's text maps anywhere in the
        change's input (no flat change starts or ends there): here to its end or before.
        """
        c_starts, c_ends, c_before, c_in_ends, _ = columns
        reach_from: list[int] = []
        reach_to: list[int] = []
        off: list[int] = []
        n, last = len(starts), len(c_ends)
        lo = 0
        while lo < n:
            k = bisect_right(c_ends, starts[lo])  # the first change ending after this edit's start
            hi = n if k == last else bisect_left(starts, c_ends[k], lo)  # ... and after those up to hi
            shift = c_before[k]
            if shift:
                reach_from += map(sub, starts[lo:hi], repeat(shift))
                reach_to += map(sub, ends[lo:hi], repeat(shift))
            else:
                reach_from += starts[lo:hi]
                reach_to += ends[lo:hi]
            if ends[hi - 1] > c_starts[k]:  # some of them reach into change k or further
                for i in range(bisect_right(ends, c_starts[k], lo, hi), hi):
                    off.append(i)
                    reach_from[i] = min(reach_from[i], c_in_ends[k])
                    k_end = bisect_right(c_ends, ends[i])
                    reach_to[i] = min(ends[i] - c_before[k_end], c_in_ends[k_end])
            lo = hi
        return reach_from, reach_to, off

    def _promote(self, reached: list[tuple[int, int, int]]) -> None:
        """Move the flat changes ``layer[first:after]`` of each ``(layer, first, after)`` into the blocks."""
        ranges: dict[int, list[tuple[int, int]]] = {}
        for layer, first, after in reached:
            ranges.setdefault(layer, []).append((first, after))
        moved: list[_Change] = []
        layers = []
        for layer, (l_starts, l_ends, l_texts, l_rules) in enumerate(self._layers):
            if layer in ranges:
                # the columns without the reached slices (the edits' reaches are in order,
                # and two edits may reach one flat change): a slice at a time
                columns: tuple[list, list, list] = ([], [], [])
                pos = 0
                for first, after in ranges[layer]:
                    first = max(first, pos)
                    if first >= after:
                        continue
                    moved.extend(zip(l_starts[first:after], l_ends[first:after], l_texts[first:after],
                                     repeat(l_rules)))
                    for kept, column in zip(columns, (l_starts, l_ends, l_texts)):
                        kept += column[pos:first]
                    pos = after
                for kept, column in zip(columns, (l_starts, l_ends, l_texts)):
                    kept += column[pos:]
                l_starts, l_ends, l_texts = columns
                if not l_starts:
                    continue
            layers.append((l_starts, l_ends, l_texts, l_rules))
        self._layers = layers
        # no flat change overlaps a change of the blocks, and a sort by (start, end) keeps
        # two insertions at one place in their order
        changes = sorted(chain(chain.from_iterable(self._blocks), moved), key=_start_end)
        self._blocks, self._shifts = [], []
        self._store(changes, self._blocks, self._shifts)

    def _merged(self) -> tuple[list[int], list[int], list[str], list[tuple[str, ...]]]:
        """The changes of the blocks and the layers together, in input order, as columns."""
        changes = list(chain.from_iterable(self._blocks))
        starts, ends = list(map(_first, changes)), list(map(_second, changes))
        texts, rules = list(map(_third, changes)), list(map(_fourth, changes))
        layers = self._layers
        if len(layers) == 1:
            l_starts, l_ends, l_texts, l_rules = layers[0]
            if not changes:
                return l_starts, l_ends, l_texts, [l_rules] * len(l_starts)
            # each change of the blocks goes before the first flat change starting at or
            # after it (an insertion before a flat change at its place, as in the blocks)
            out_starts: list[int] = []
            out_ends: list[int] = []
            out_texts: list[str] = []
            out_rules: list[tuple[str, ...]] = []
            pos = 0
            for i, at in enumerate(map(bisect_left, repeat(l_starts), starts)):
                if at > pos:
                    out_starts += l_starts[pos:at]
                    out_ends += l_ends[pos:at]
                    out_texts += l_texts[pos:at]
                    out_rules += repeat(l_rules, at - pos)
                    pos = at
                out_starts.append(starts[i])
                out_ends.append(ends[i])
                out_texts.append(texts[i])
                out_rules.append(rules[i])
            out_starts += l_starts[pos:]
            out_ends += l_ends[pos:]
            out_texts += l_texts[pos:]
            out_rules += repeat(l_rules, len(l_starts) - pos)
            return out_starts, out_ends, out_texts, out_rules
        if layers:
            for l_starts, l_ends, l_texts, l_rules in layers:
                starts += l_starts
                ends += l_ends
                texts += l_texts
                rules += repeat(l_rules, len(l_starts))
            # by start; an insertion before a change starting at its place, and (the sort
            # is stable) insertions at one place in the blocks' order
            keys = list(map(add, map(add, starts, starts), map(lt, starts, ends)))
            order = sorted(range(len(keys)), key=keys.__getitem__)
            starts, ends, texts, rules = (list(map(column.__getitem__, order)) for column in (starts, ends, texts, rules))
        return starts, ends, texts, rules

    def _removed(self, starts: list[int], ends: list[int], one_char: bool) -> list[str]:
        """The input text at each of ``starts``/``ends`` (``one_char``: one character each)."""
        if one_char:
            return list(map(self.source.__getitem__, starts))
        return list(map(self.source.__getitem__, map(slice, starts, ends)))

    def _packed_layers(self, compact: Callable[[str, str, str], bool],
                       by_rules: Callable[[tuple[str, ...]], bool | None] | None) -> list[tuple[int, dict]] | None:
        """A packed entry per layer, with where its first change is (as :func:`compact_trail`'s
        ``firsts``); None when the trail must be packed change by change."""
        groups = [layer[3] for layer in self._layers]
        if len(set(groups)) < len(groups) or not set(map(_fourth, chain.from_iterable(self._blocks))).isdisjoint(groups):
            return None  # a rule's changes in two places: one entry of both
        insertions = None
        out = []
        for starts, ends, texts, rules in self._layers:
            one_char = sum(ends) - sum(starts) == len(starts)
            removed = self._removed(starts, ends, one_char)
            if any(map(eq, removed, texts)):  # an edit put back what the input had: no change
                kept = list(map(ne, removed, texts))
                starts, ends, texts, removed = (list(compress(column, kept)) for column in (starts, ends, texts, removed))
                if not starts:
                    continue
            kind = by_rules(rules) if by_rules is not None else None
            if kind is None:
                kind = all(map(compact, repeat(rules[0]), removed, texts))
            if not kind:
                return None
            spans = flat_spans(starts, ends, one_char)
            if RUN in spans:
                # touching changes made one span: right unless an insertion came between them
                if insertions is None:
                    insertions = {start for start, end, _, _ in chain.from_iterable(self._blocks) if start == end}
                if insertions and not insertions.isdisjoint(compress(islice(starts, 1, None),
                                                                      map(eq, islice(starts, 1, None), ends))):
                    return None
            rec = {"rule": primary_rule(rules), "spans": spans, "old": "".join(removed)}
            out.append((2 * starts[0] + 1, rec))
        return out


