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


class EditError(ValueError):
    """A rule returned edits that are out of range or overlap."""


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

    __slots__ = ("source", "text", "_blocks", "_shifts", "block")


    def __init__(self, source: str):
        self.source = source
        self.text = source
        self._blocks: list[list[_Change]] = []
        self._shifts: list[int] = []  # per block: length of its changes' text minus their input length
        #: Changes per block (about the square root of a long text's changes); tests set
        #: it low to exercise edits that span blocks.
        self.block = 64

    def apply(self, edits: Sequence[tuple[int, int, str]], rule: str) -> list[tuple[int, int, str]]:
        """Apply edits given in current-text coordinates; return them checked and sorted."""
        edits = check_edits(edits, len(self.text))
        if not edits:
            return edits
        if not self._blocks:  # nothing changed yet: current offsets are input offsets
            rules = (rule,)
            self._store([(s, e, r, rules) for s, e, r in edits], self._blocks, self._shifts)
        elif len(edits) * 4 < sum(map(len, self._blocks)) or not self._insert_apart(edits, rule):
            self._merge(edits, rule)
        self.text = _spliced(self.text, edits)
        return edits

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

    def _insert_apart(self, edits: list[tuple[int, int, str]], rule: str) -> bool:
        """Many edits, none touching changed text (a normalisation over a whole text):
        the new changes go between the old ones, worked out a column at a time in C.
        False, doing nothing, when an edit reaches a change: :meth:`_merge` does those."""
        old = list(chain.from_iterable(self._blocks))
        os, oe = list(map(_first, old)), list(map(_second, old))
        before = list(accumulate(map(sub, map(len, map(_third, old)), map(sub, oe, os)), initial=0))
        ends = list(map(add, oe, islice(before, 1, None)))  # current-text end of each change
        starts = list(map(add, os, before))
        starts.append(len(self.text) + 1)
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
        source = self.source
        for start, end, text, rules in chain.from_iterable(self._blocks):
            removed = source[start:end]
            if removed != text:
                yield start, end, removed, text, rules

    def edits(self) -> list[dict]:
        """The audit trail: non-overlapping replacements in input coordinates."""
        out = []
        for start, end, removed, inserted, rules in self.changes():
            rec = {"rule": primary_rule(rules), "start": start, "end": end, "removed": removed, "inserted": inserted}
            if len(rules) > 1:
                rec["rules"] = list(rules)
            out.append(rec)
        return out

    def compact_edits(self, compact: Callable[[str, str, str], bool]) -> list[dict]:
        """The audit trail with character-level changes packed: see :func:`compact_trail`."""
        return compact_trail(self.changes(), compact)


def primary_rule(rules: Sequence[str]) -> str:
    """The rule an edit is credited to when several rules' changes merged into it.

    Normalisation rules (N) rewrite characters where they stand; a rule of any other
    family that took part removed or replaced the text itself (a chrome line that N301
    had converted to simplified script first is chrome, not script). So the primary is
    the first non-N rule in the order the rules ran, or the first rule when all are N.
    ``rules`` (the merged list, in running order) stays in the record beside it.

    >>> primary_rule(("N301", "C201"))
    'C201'
    >>> primary_rule(("N101", "N301"))
    'N101'
    """
    for rule in rules:
        if rule[:1] != "N":
            return rule
    return rules[0]


def compact_trail(changes: Iterable[tuple[int, int, str, str, tuple[str, ...]]],
                  compact: Callable[[str, str, str], bool]) -> list[dict]:
    """The audit trail with character-level changes packed, one entry per rule.

    ``changes`` are ``(start, end, removed, inserted, rules)`` in input order (as
    :meth:`Trace.changes` gives them); ``compact(rule, removed, inserted)`` says which
    single-rule changes to pack. Every other change stays a full entry (``rule``,
    ``start``, ``end``, ``removed``, ``inserted``). A packed entry is::

        {"rule": "N201", "spans": [12, 40, [3, 2], [7, 4, 2]], "old": ",,()\u3000\u3000\n\n"}

    Each span gives its distance from the end of the rule's previous span (input
    offsets), then how many input characters it replaced and how many output characters
    replaced them: a bare number means one and one, ``[gap, n]`` means n and n,
    ``[gap, removed, inserted]`` says both. ``old`` is the removed input text of all the
    spans, concatenated: nothing of the input is lost. The inserted text is not stored:
    it is in the output text, where the spans put it (:func:`expand_edits` reads it back).
    Spans of one rule that touch are one span. Pure insertions stay full entries.

    >>> changes = [(2, 3, ",", "，", ("N201",)), (3, 4, "(", "（", ("N201",)), (9, 12, "页脚 ", "", ("C201",))]
    >>> compact_trail(changes, lambda rule, removed, inserted: rule[0] == "N")
    [{'rule': 'N201', 'spans': [[2, 2]], 'old': ',('}, {'rule': 'C201', 'start': 9, 'end': 12, 'removed': '页脚 ', 'inserted': ''}]
    """
    out: list[dict] = []
    groups: dict[str, tuple[dict, list[str], list[int]]] = {}
    last_packed: str | None = None  # the rule of the previous change, if it was packed
    for start, end, removed, inserted, rules in changes:
        # A pure insertion stays a full entry: two insertions at one input offset are
        # told apart by their order in the trail, which packing would lose.
        if len(rules) != 1 or start == end or not compact(rules[0], removed, inserted):
            rec = {"rule": primary_rule(rules), "start": start, "end": end, "removed": removed,
                   "inserted": inserted}
            if len(rules) > 1:
                rec["rules"] = list(rules)
            out.append(rec)
            last_packed = None
            continue
        rule = rules[0]
        group = groups.get(rule)
        if group is None:
            group = groups[rule] = ({"rule": rule, "spans": [], "old": ""}, [], [0])
            out.append(group[0])
        rec, olds, last_end = group
        spans = rec["spans"]
        n_removed, n_inserted = end - start, len(inserted)
        gap = start - last_end[0]
        if gap == 0 and spans and last_packed == rule:
            # touches the previous span of this rule, with no other change between: one run
            prev = spans.pop()
            gap, r, i = (prev, 1, 1) if type(prev) is int else (prev[0], prev[1], prev[-1])
            n_removed, n_inserted = n_removed + r, n_inserted + i
        if n_removed == n_inserted == 1:
            spans.append(gap)
        elif n_removed == n_inserted:
            spans.append([gap, n_removed])
        else:
            spans.append([gap, n_removed, n_inserted])
        olds.append(removed)
        last_end[0] = end
        last_packed = rule
    for rec, olds, _ in groups.values():
        rec["old"] = "".join(olds)
    return out


def _is_packed(rec: dict) -> bool:
    return "spans" in rec


def _unpacked_spans(rec: dict) -> Iterator[tuple[int, int, str, int]]:
    """``(start, end, removed, inserted length)`` of every span of a packed entry."""
    pos = at = 0
    old = rec["old"]
    for span in rec["spans"]:
        if type(span) is int:
            gap, n_removed, n_inserted = span, 1, 1
        elif len(span) == 2:
            gap, n_removed = span
            n_inserted = n_removed
        else:
            gap, n_removed, n_inserted = span
        start = pos + gap
        pos = start + n_removed
        yield start, pos, old[at:at + n_removed], n_inserted
        at += n_removed


def expand_edits(output: str, edits: Sequence[dict]) -> list[dict]:
    """A trail of any level as full entries in input order, inserted text read from
    ``output`` (the text the trail belongs to) where a packed entry left it out."""
    items: list[tuple[int, int, str, str | int, dict]] = []
    for rec in edits:
        if _is_packed(rec):
            items.extend((s, e, removed, n, rec) for s, e, removed, n in _unpacked_spans(rec))
        else:
            items.append((rec["start"], rec["end"], rec["removed"], rec["inserted"], rec))
    items.sort(key=lambda item: (item[0], item[1]))
    out, delta = [], 0
    for start, end, removed, inserted, rec in items:
        if type(inserted) is int:
            o_start = start + delta
            inserted = output[o_start:o_start + inserted]
            full = {"rule": rec["rule"], "start": start, "end": end, "removed": removed, "inserted": inserted}
        else:
            full = dict(rec)
        out.append(full)
        delta += len(inserted) - (end - start)
    return out


def trail_counts(edits: Iterable[dict]) -> dict[str, list[int]]:
    """Per rule: ``[changes, characters removed net]`` of a trail of any level."""
    counts: dict[str, list[int]] = {}
    for rec in edits:
        c = counts.setdefault(rec["rule"], [0, 0])
        if _is_packed(rec):
            for s, e, _removed, n_inserted in _unpacked_spans(rec):
                c[0] += 1
                c[1] += e - s - n_inserted
        else:
            c[0] += 1
            c[1] += len(rec["removed"]) - len(rec["inserted"])
    return counts


def replay(source: str, edits: Sequence[dict]) -> str:
    """Apply a full audit trail (input coordinates) to the input: gives the output text.

    A compact trail does not hold the text character-level changes inserted (it is in the
    output), so it cannot be replayed from the input alone: use :func:`rebuild_input`.
    """
    if any(_is_packed(rec) for rec in edits):
        raise EditError("a compact audit trail leaves inserted text in the output: replay needs trail='full'")
    pieces, pos = [], 0
    for rec in sorted(edits, key=lambda r: (r["start"], r["end"])):
        if source[rec["start"]:rec["end"]] != rec["removed"]:
            raise EditError(f"audit trail does not match the input at [{rec['start']}, {rec['end']})")
        pieces.append(source[pos:rec["start"]])
        pieces.append(rec["inserted"])
        pos = rec["end"]
    pieces.append(source[pos:])
    return "".join(pieces)


def rebuild_input(output: str, edits: Sequence[dict]) -> str:
    """Undo an audit trail, full or compact: from the output text and its edits, the exact input."""
    if any(_is_packed(rec) for rec in edits):
        edits = expand_edits(output, edits)
    pieces, out_pos, delta = [], 0, 0
    for rec in sorted(edits, key=lambda r: (r["start"], r["end"])):
        o_start = rec["start"] + delta
        o_end = o_start + len(rec["inserted"])
        if output[o_start:o_end] != rec["inserted"]:
            raise EditError(f"audit trail does not match the output at [{o_start}, {o_end})")
        pieces.append(output[out_pos:o_start])
        pieces.append(rec["removed"])
        out_pos = o_end
        delta += len(rec["inserted"]) - (rec["end"] - rec["start"])
    pieces.append(output[out_pos:])
    return "".join(pieces)


__all__ = ["Trace", "EditError", "check_edits", "primary_rule", "compact_trail", "expand_edits", "trail_counts", "replay",
           "rebuild_input"]
