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

from bisect import bisect_right
from itertools import accumulate, chain, islice, repeat
from operator import add, eq, ge, itemgetter, le, lt, sub
from typing import Callable, Iterable, Iterator, Sequence

from .trail import (EditError, compact_trail, decode_spans, encode_span, expand_edits, primary_rule, rebuild_input,
                    replay, trail_counts)


#: A change: ``(input start, input end, text now, rules)``.
_Change = tuple[int, int, str, tuple[str, ...]]

_first, _second, _third = itemgetter(0), itemgetter(1), itemgetter(2)
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


class Trace:
    """The current text and its alignment with the input.

    Only the changed segments are stored, in input order (the verbatim input between them
    is implied), as tuples ``(input start, input end, text now, rules)`` in blocks of at
    most about :attr:`block` changes, with each block's output-minus-input length beside
    it. Applying a rule's edits finds the blocks they touch by bisection over the blocks'
    output offsets and rewrites those blocks only: its cost follows the edits, not the
    changes made so far.
    """

    __slots__ = ("source", "text", "_blocks", "_shifts", "block", "_pending")


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
            if not self._blocks:  # nothing changed yet: current offsets are input offsets
                rules = (rule,)
                self._store([(s, e, r, rules) for s, e, r in edits], self._blocks, self._shifts)
            elif len(edits) * 4 < sum(map(len, self._blocks)) or not self._insert_apart(edits, rule, length):
                self._merge(edits, rule)
        self._pending.clear()

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

    def _insert_apart(self, edits: list[tuple[int, int, str]], rule: str, length: int) -> bool:
        """Many edits, none touching changed text (a normalisation over a whole text):
        the new changes go between the old ones, worked out a column at a time in C.
        False, doing nothing, when an edit reaches a change: :meth:`_merge` does those."""
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
        if self._pending:
            self._align()
        source = self.source
        for start, end, text, rules in chain.from_iterable(self._blocks):
            removed = source[start:end]
            if removed != text:
                yield start, end, removed, text, rules

    def edits(self) -> list[dict]:
        """The audit trail: non-overlapping replacements in input coordinates."""
        out = []
        append = out.append
        primary: dict[tuple[str, ...], str] = {}  # per rules, the rule the change is credited to
        for start, end, removed, inserted, rules in self.changes():
            rule = primary.get(rules)
            if rule is None:
                rule = primary[rules] = primary_rule(rules)
            if len(rules) > 1:
                append({"rule": rule, "start": start, "end": end, "removed": removed, "inserted": inserted,
                        "rules": list(rules)})
            else:
                append({"rule": rule, "start": start, "end": end, "removed": removed, "inserted": inserted})
        return out

    def compact_edits(self, compact: Callable[[str, str, str], bool],
                      by_rules: Callable[[tuple[str, ...]], bool | None] | None = None) -> list[dict]:
        """The audit trail with character-level changes packed: see :func:`compact_trail`."""
        return compact_trail(self.changes(), compact, by_rules)


# The trail's format lives in zhclean.trail; these names are imported from here too.
__all__ = ["Trace", "EditError", "check_edits", "primary_rule", "compact_trail", "encode_span", "decode_spans",
           "expand_edits", "trail_counts", "replay", "rebuild_input"]
