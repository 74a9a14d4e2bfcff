"""Offset bookkeeping: how the current text lines up with the input.

Rules see the text as earlier rules left it, and give offsets in *that* text. The
:class:`Trace` keeps a piecewise alignment between the current text and the input, so
that every change can be reported in input coordinates and the input rebuilt exactly.

The alignment is a list of segments covering the current text left to right. A segment
is either *verbatim* (a slice of the input, copied as is) or *changed* (a slice of the
input replaced by new text, with the codes of the rules that changed it). When a later
rule edits text that an earlier rule produced, the two changes merge into one changed
segment, so changed segments never overlap — in the input or in the output — and the
final audit trail is a plain list of non-overlapping replacements:

>>> t = Trace("ab  cd")
>>> _ = t.apply([(2, 4, " ")], "L301")
>>> t.text
'ab cd'
>>> t.edits()
[{'rule': 'L301', 'start': 2, 'end': 4, 'removed': '  ', 'inserted': ' '}]
>>> rebuild_input(t.text, t.edits())
'ab  cd'
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import accumulate, chain, compress, islice, repeat
from operator import add, eq, ge, itemgetter, le, lt, ne, sub
from typing import Callable, Iterable, Iterator, Sequence

from .flat import FlatChanges
from .trail import (EditError, compact_trail, decode_spans, encode_span, expand_edits, primary_rule, rebuild_input,
                    replay, trail_counts)


#: A change: ``(input start, input end, text now, rules)``.
_Change = tuple[int, int, str, tuple[str, ...]]

_first, _second, _third, _fourth = itemgetter(0), itemgetter(1), itemgetter(2), itemgetter(3)
_start_end = itemgetter(0, 1)
_last = itemgetter(-1)


def _merge_rules(a: tuple[str, ...], b: Iterable[str]) -> tuple[str, ...]:
    if not a:
        return tuple(b)
    out = list(a)
    for r in b:
        if r not in out:
            out.append(r)
    return tuple(out)


def _slow_check(ordered: Sequence[tuple[int, int, str]], length: int) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    for s, e, r in ordered:
        if not (0 <= s <= e <= length):
            raise EditError(f"edit [{s}, {e}) is outside the text (length {length})")
        if out and s < out[-1][1]:
            raise EditError(f"edit [{s}, {e}) overlaps edit [{out[-1][0]}, {out[-1][1]})")
        if out and s == out[-1][0] == out[-1][1]:
            ps, _pe, pr = out.pop()
            out.append((ps, e, pr + r))
            continue
        out.append((s, e, r))
    return out


def check_edits(edits: Sequence[tuple[int, int, str]], length: int) -> list[tuple[int, int, str]]:
    """Sort edits and make sure they are in range and do not overlap.

    Two insertions at one point, or an insertion at the start of a replacement, are
    combined in the order given.
    """
    # The checks run over whole columns in C (a rule may give tens of thousands of
    # one-character edits, nearly always in order already); only a batch that fails
    # them, or has two edits starting at one point (insertions to combine), takes the
    # loop that says what is wrong.
    ordered = edits if type(edits) is list else list(edits)
    if not ordered:
        return ordered
    starts = list(map(_first, ordered))
    if not all(map(lt, starts, islice(starts, 1, None))):
        ordered = sorted(ordered, key=_start_end)
        starts = list(map(_first, ordered))
        if any(map(eq, starts, islice(starts, 1, None))):
            return _slow_check(ordered, length)
    ends = list(map(_second, ordered))
    if starts[0] < 0 or ends[-1] > length or not all(map(le, starts, ends)) or \
            not all(map(le, ends, islice(starts, 1, None))):
        return _slow_check(ordered, length)
    return ordered


def _spliced(text: str, edits: list[tuple[int, int, str]]) -> str:
    """``text`` with checked, sorted ``edits`` applied."""
    pieces = []
    append = pieces.append
    pos = 0
    for s, e, r in edits:
        append(text[pos:s])
        append(r)
        pos = e
    append(text[pos:])
    return "".join(pieces)


class Trace(FlatChanges):
    """The current text and its alignment with the input.

    Only the changed segments are stored, in input order (the verbatim input between them
    is implied), as tuples ``(input start, input end, text now, rules)`` in blocks of at
    most about :attr:`block` changes, with each block's output-minus-input length beside
    it. Applying a rule's edits finds the blocks they touch by bisection over the blocks'
    output offsets and rewrites those blocks only: its cost follows the edits, not the
    changes made so far.

    Changes that keep the length and were made on verbatim input (N201's commas, N301's
    runs of characters: nine changes in ten on c5) are kept apart, as *flat* changes: one
    layer of columns per rule's batch (:meth:`_fold`). They move no offset, so the blocks
    alone map the current text to the input, and a layer is packed into the trail a
    column at a time. The changes of blocks and layers together are the ones the blocks
    alone would hold, tuple for tuple (tests/test_trace.py compares the two).
    """

    __slots__ = ("source", "text", "_blocks", "_shifts", "block", "_pending", "_layers", "flat")

    def __init__(self, source: str):
        self.source = source
        self.text = source
        self._blocks: list[list[_Change]] = []
        self._shifts: list[int] = []  # per block: length of its changes' text minus their input length
        #: Changes per block; tests set it low to exercise edits that span blocks. A sparse
        #: batch (L301, L302, N302: a few edits per block) loads and rewrites every block
        #: it touches, so smaller blocks cost it less: 32 aligns c5 5-7 % faster than 64
        #: (16 and 24 measure the same as 32; 128 is slower).
        self.block = 32
        #: Applied edits not yet aligned with the input: ``(edits, rule, text length then)``.
        self._pending: list[tuple[list[tuple[int, int, str]], str, int]] = []
        #: The flat changes, a layer per batch: ``(input starts, input ends, texts now, rules)``
        #: in input order. No flat change overlaps another or a change of the blocks.
        self._layers: list[tuple[list[int], list[int], list[str], tuple[str, ...]]] = []
        #: Whether edits may become flat changes; tests turn it off to compare.
        self.flat = True

    def apply(self, edits: Sequence[tuple[int, int, str]], rule: str) -> list[tuple[int, int, str]]:
        """Apply edits given in current-text coordinates; return them checked and sorted.

        The text changes at once; the alignment with the input is worked out when the
        trail is asked for (:meth:`changes`), all of a document's edits in one go while
        the code and the document's changes are in the CPU caches, and never for a run
        without a trail (``--trail none``).
        """
        edits = check_edits(edits, len(self.text))
        if not edits:
            return edits
        self._pending.append((edits, rule, len(self.text)))
        self.text = _spliced(self.text, edits)
        return edits

    def _align(self) -> None:
        """Fold the pending edits into the alignment, in the order they were applied."""
        for edits, rule, length in self._pending:
            if self.flat:
                self._fold(edits, rule, length)
            else:
                self._into_blocks(edits, rule, length)
        self._pending.clear()

    def _into_blocks(self, edits: list[tuple[int, int, str]], rule: str, length: int,
                     columns: tuple | None = None) -> None:
        """Merge edits (current offsets, in order) with the changes of the blocks
        (``columns``: theirs, from :meth:`_columns`, if at hand)."""
        if not edits:
            return
        if not self._blocks:  # nothing in the blocks: current offsets are input offsets
            rules = (rule,)
            self._store([(s, e, r, rules) for s, e, r in edits], self._blocks, self._shifts)
        elif len(edits) * 4 < sum(map(len, self._blocks)) or not self._insert_apart(edits, rule, length, columns):
            self._merge(edits, rule)

    def _columns(self, starts: list[int], ends: list[int], length: int
                 ) -> tuple[list[int], list[int], list[int], list[int], list[_Change] | None]:
        """Of the changes in the blocks that edits from ``starts`` to ``ends`` can reach:
        current-text starts and ends, output-minus-input offset before each, input ends;
        with one more start, offset and input end past the last, for edits after it; and
        the changes, when those are all of them (for :meth:`_insert_apart`), else None.

        Bisecting the current ends gives, for an offset, the first change ending after it.
        A few edits among many changes load only the blocks that hold those (the first
        block whose last change ends after the offset): the cost follows the edits.
        """
        blocks, shifts = self._blocks, self._shifts
        if len(starts) * 4 < len(blocks) * self.block:
            bases = list(accumulate(shifts, initial=0))
            last_ends = list(map(add, map(_second, map(_last, blocks)), islice(bases, 1, None)))
            picked = sorted(set(map(bisect_right, repeat(last_ends), chain(starts, ends))))
            if picked[-1] == len(blocks):
                picked.pop()
            chosen = [(blocks[b], bases[b]) for b in picked]
            every = None
        else:
            every = list(chain.from_iterable(blocks))
            chosen = [(every, 0)]
        c_starts: list[int] = []
        c_ends: list[int] = []
        c_before: list[int] = []
        c_in_ends: list[int] = []
        for changes, base in chosen:
            os, oe = list(map(_first, changes)), list(map(_second, changes))
            acc = list(accumulate(map(sub, map(len, map(_third, changes)), map(sub, oe, os)), initial=base))
            c_ends.extend(map(add, oe, islice(acc, 1, None)))
            acc.pop()  # now the offset before each change
            c_starts.extend(map(add, os, acc))
            c_before.extend(acc)
            c_in_ends.extend(oe)
        c_starts.append(length + 1)
        c_before.append(sum(shifts))
        c_in_ends.append(1 << 62)
        return c_starts, c_ends, c_before, c_in_ends, every

    def _store(self, changes: list[_Change], blocks: list[list[_Change]], shifts: list[int]) -> None:
        """Append ``changes`` to ``blocks`` as blocks of about equal size, at most :attr:`block`."""
        size = self.block
        n = len(changes)
        if blocks and len(blocks[-1]) + n <= size:
            # a few changes next to a small block join it, so that sparse edits do not
            # leave a trail of one-change blocks
            changes = blocks.pop() + changes
            shifts.pop()
            n = len(changes)
        parts = -(-n // size)
        step = -(-n // parts) if parts else 1
        for at in range(0, n, step):
            part = changes[at:at + step]
            blocks.append(part)
            shifts.append(sum(map(len, map(_third, part))) - sum(map(_second, part)) + sum(map(_first, part)))

    def _insert_apart(self, edits: list[tuple[int, int, str]], rule: str, length: int,
                      columns: tuple | None = None) -> bool:
        """Many edits, none touching changed text (a normalisation over a whole text):
        the new changes go between the old ones, worked out a column at a time in C.
        False, doing nothing, when an edit reaches a change: :meth:`_merge` does those."""
        if columns is not None and columns[4] is not None:  # the columns of every change, made already
            starts, ends, before, _, old = columns
        else:
            old = list(chain.from_iterable(self._blocks))
            os, oe = list(map(_first, old)), list(map(_second, old))
            before = list(accumulate(map(sub, map(len, map(_third, old)), map(sub, oe, os)), initial=0))
            ends = list(map(add, oe, islice(before, 1, None)))  # current-text end of each change
            starts = list(map(add, os, before))
            starts.append(length + 1)  # past the end of the text the edits were made on
        at = list(map(bisect_right, repeat(ends), map(_first, edits)))  # the first change ending after each edit
        if not all(map(ge, map(starts.__getitem__, at), map(_second, edits))):
            return False
        delta = list(map(before.__getitem__, at))
        made = zip(map(sub, map(_first, edits), delta), map(sub, map(_second, edits), delta), map(_third, edits),
                   repeat((rule,)))
        # both lists are in order: sorting by place is one merge of two runs (a new change
        # goes before the old one it was found in front of)
        both = old + list(made)
        places = list(range(1, 2 * len(old), 2)) + list(map((2).__mul__, at))
        self._blocks, self._shifts = [], []
        self._store(list(map(both.__getitem__, sorted(range(len(both)), key=places.__getitem__))),
                    self._blocks, self._shifts)
        return True

    def _merge(self, edits: list[tuple[int, int, str]], rule: str) -> None:
        blocks, shifts = self._blocks, self._shifts
        n_blocks = len(blocks)
        # Output offset minus input offset before each block, and where (in the current
        # text) each block's last change ends: untouched blocks are skipped by bisection.
        bases = list(accumulate(shifts, initial=0))
        last_ends = list(map(add, map(_second, map(_last, blocks)), islice(bases, 1, None)))
        out_blocks: list[list[_Change]] = []
        out_shifts: list[int] = []
        made: list[_Change] = []  # changes of the rewritten blocks, not yet stored
        # The loaded blocks: their changes with current-text start and end offsets. A
        # merged change that keeps text an edit after it may touch stays among them.
        loaded: list[_Change] = []
        starts: list[int] = []
        ends: list[int] = []
        i = 0  # next change of `loaded` not yet passed to `made`
        nxt = 0  # next block not loaded

        def load(b: int) -> None:
            block = blocks[b]
            os, oe = list(map(_first, block)), list(map(_second, block))
            acc = list(accumulate(map(sub, map(len, map(_third, block)), map(sub, oe, os)), initial=bases[b]))
            loaded.extend(block)
            starts.extend(map(add, os, acc))
            ends.extend(map(add, oe, islice(acc, 1, None)))

        rules_one = (rule,)
        for s, e, r in edits:
            if i == len(loaded) or ends[-1] <= s:
                # every loaded change ends at or before s: pass them on, then skip the
                # blocks that do too and load the one that holds s, if any
                made.extend(loaded[i:])
                del loaded[:], starts[:], ends[:]
                i = 0
                b = bisect_right(last_ends, s, nxt)
                if b > nxt:
                    if made:
                        self._store(made, out_blocks, out_shifts)
                        made = []
                    out_blocks.extend(blocks[nxt:b])
                    out_shifts.extend(shifts[nxt:b])
                nxt = b
                if b == n_blocks:  # no change ends after s: the edit is in the input's tail
                    delta = bases[-1]
                    made.append((s - delta, e - delta, r, rules_one))
                    continue
                load(b)
                nxt = b + 1
            j = bisect_right(ends, s, i)  # the first change that ends after s
            if j > i:
                made.extend(loaded[i:j])
            first = loaded[j]
            at = starts[j]
            if at >= e:  # the edit is in verbatim input just before `first`
                delta = at - first[0]
                made.append((s - delta, e - delta, r, rules_one))
                i = j
                continue
            # The edit overlaps changed text: all the changes it reaches merge into one.
            if at <= s:
                ostart, prefix = first[0], first[2][:s - at]
            else:
                ostart, prefix = s - at + first[0], ""
            rules = first[3]
            k = j + 1
            while True:
                if k == len(loaded):
                    if nxt < n_blocks and blocks[nxt][0][0] + bases[nxt] < e:
                        load(nxt)
                        nxt += 1
                        continue
                    break
                if starts[k] >= e:
                    break
                rules = _merge_rules(rules, loaded[k][3])
                k += 1
            last = loaded[k - 1]
            last_end = ends[k - 1]
            if last_end > e:
                text = prefix + r + last[2][e - starts[k - 1]:]
                # the merged change still holds old text after e, which a later edit of
                # this batch may touch: it takes the place of the last change it merged
                loaded[k - 1] = (ostart, last[1], text, _merge_rules(rules, rules_one))
                starts[k - 1] = last_end - len(text)
                i = k - 1
            else:
                made.append((ostart, last[1] + e - last_end, prefix + r, _merge_rules(rules, rules_one)))
                i = k
        made.extend(loaded[i:])
        if made:
            self._store(made, out_blocks, out_shifts)
        out_blocks.extend(blocks[nxt:])
        out_shifts.extend(shifts[nxt:])
        self._blocks, self._shifts = out_blocks, out_shifts

    def changes(self) -> Iterator[tuple[int, int, str, str, tuple[str, ...]]]:
        """Every change in input order: ``(start, end, removed, inserted, rules)``."""
        return zip(*self._columns_out())

    def _columns_out(self) -> tuple[list[int], list[int], list[str], list[str], list[tuple[str, ...]]]:
        """Every change in input order as columns: starts, ends, removed, inserted, rules.

        A change that restored the input (an edit undone by a later one) is left out: it
        stays in the alignment, where a later edit that reaches it merges with it.
        """
        if self._pending:
            self._align()
        starts, ends, texts, rules = self._merged()
        removed = list(map(self.source.__getitem__, map(slice, starts, ends)))
        if any(map(eq, removed, texts)):
            kept = list(map(ne, removed, texts))
            starts, ends, removed, texts, rules = (list(compress(column, kept))
                                                   for column in (starts, ends, removed, texts, rules))
        return starts, ends, removed, texts, rules

    def edits(self) -> list[dict]:
        """The audit trail: non-overlapping replacements in input coordinates."""
        if self._pending:
            self._align()
        source = self.source
        primary: dict[tuple[str, ...], str] = {}  # per rules, the rule the change is credited to
        b_starts: list[int] = []
        b_entries: list[dict] = []
        for start, end, text, rules in chain.from_iterable(self._blocks):
            removed = source[start:end]
            if removed == text:
                continue
            rule = primary.get(rules)
            if rule is None:
                rule = primary[rules] = primary_rule(rules)
            entry = {"rule": rule, "start": start, "end": end, "removed": removed, "inserted": text}
            if len(rules) > 1:
                entry["rules"] = list(rules)
            b_starts.append(start)
            b_entries.append(entry)
        layers = []
        for starts, ends, texts, rules in self._layers:
            removed = self._removed(starts, ends, sum(ends) - sum(starts) == len(starts))
            if any(map(eq, removed, texts)):  # an edit put back what the input had: no change
                kept = list(map(ne, removed, texts))
                starts, ends, texts, removed = (list(compress(column, kept)) for column in (starts, ends, texts, removed))
            rule = rules[0]
            layers.append((starts, [{"rule": rule, "start": start, "end": end, "removed": old, "inserted": new}
                                    for start, end, old, new in zip(starts, ends, removed, texts)]))
        if not layers:
            return b_entries
        if len(layers) == 1:
            l_starts, l_entries = layers[0]
            if not b_entries:
                return l_entries
            # each change of the blocks goes before the first flat change starting at or
            # after it (an insertion before a flat change at its place, as in the blocks)
            out: list[dict] = []
            pos = 0
            for entry, at in zip(b_entries, map(bisect_left, repeat(l_starts), b_starts)):
                if at > pos:
                    out += l_entries[pos:at]
                    pos = at
                out.append(entry)
            out += l_entries[pos:]
            return out
        keys = list(map(add, map(add, b_starts, b_starts), (entry["start"] < entry["end"] for entry in b_entries)))
        for l_starts, l_entries in layers:
            keys += map(add, map(add, l_starts, l_starts), repeat(1))
            b_entries += l_entries
        # by start; an insertion before a change starting at its place, and (the sort is
        # stable) insertions at one place in the blocks' order
        return list(map(b_entries.__getitem__, sorted(range(len(keys)), key=keys.__getitem__)))

    def compact_edits(self, compact: Callable[[str, str, str], bool],
                      by_rules: Callable[[tuple[str, ...]], bool | None] | None = None) -> list[dict]:
        """The audit trail with character-level changes packed: see :func:`compact_trail`.

        Each layer of flat changes whose rule packs them is one packed entry, made a column
        at a time (:func:`flat_spans`), when no other layer or change of the blocks has its
        rules (else the trail is packed change by change, all of it: the same entries).
        """
        if self._pending:
            self._align()
        layers = self._layers
        packed = self._packed_layers(compact, by_rules) if layers else None
        if packed is None:
            return compact_trail(self.changes(), compact, by_rules)
        source = self.source
        changes = [(start, end, source[start:end], text, rules) for start, end, text, rules
                   in chain.from_iterable(self._blocks) if source[start:end] != text]
        if not changes:
            packed.sort(key=_first)
            return list(map(_second, packed))
        firsts: list[int] = []
        entries = compact_trail(changes, compact, by_rules, firsts)
        # in the order of their first changes: what packing the whole trail change by change gives
        both = list(zip(firsts, entries))
        both += packed
        both.sort(key=_first)
        return list(map(_second, both))

# The trail's format lives in zhclean.trail; these names are imported from here too.
__all__ = ["Trace", "EditError", "check_edits", "primary_rule", "compact_trail", "encode_span", "decode_spans",
           "expand_edits", "trail_counts", "replay", "rebuild_input"]
