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
from itertools import accumulate
from typing import Callable, Iterable, Iterator, Sequence


class EditError(ValueError):
    """A rule returned edits that are out of range or overlap."""


class _Seg:
    __slots__ = ("ostart", "oend", "text", "rules", "length")

    def __init__(self, ostart: int, oend: int, text: str | None = None, rules: tuple[str, ...] = ()):
        self.ostart = ostart
        self.oend = oend
        self.text = text  # None: verbatim input[ostart:oend]
        self.rules = rules
        #: length in the current text (segments never change once made)
        self.length = oend - ostart if text is None else len(text)


def _merge_rules(a: tuple[str, ...], b: Iterable[str]) -> tuple[str, ...]:
    if not a:
        return tuple(b)
    out = list(a)
    for r in b:
        if r not in out:
            out.append(r)
    return tuple(out)


def check_edits(edits: Sequence[tuple[int, int, str]], length: int) -> list[tuple[int, int, str]]:
    """Sort edits and make sure they are in range and do not overlap.

    Two insertions at one point, or an insertion at the start of a replacement, are
    combined in the order given.
    """
    ordered = sorted(edits, key=lambda e: (e[0], e[1]))
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


class Trace:
    """The current text and its alignment with the input."""

    __slots__ = ("source", "text", "_segs", "_lens")

    def __init__(self, source: str):
        self.source = source
        self.text = source
        self._segs: list[_Seg] = [_Seg(0, len(source))] if source else []
        # Current-text length of every segment, kept beside the segments so that finding
        # the segment an edit starts in is a bisect over their running sums (summed in C),
        # not a walk in Python over every segment made so far.
        self._lens: list[int] = [len(source)] if source else []

    def apply(self, edits: Sequence[tuple[int, int, str]], rule: str) -> list[tuple[int, int, str]]:
        """Apply edits given in current-text coordinates; return them checked and sorted."""
        edits = check_edits(edits, len(self.text))
        if not edits:
            return edits
        self._segs, self._lens = self._apply_to_segments(edits, rule)
        pieces: list[str] = []
        pos = 0
        for s, e, r in edits:
            pieces.append(self.text[pos:s])
            pieces.append(r)
            pos = e
        pieces.append(self.text[pos:])
        self.text = "".join(pieces)
        return edits

    def _apply_to_segments(self, edits: list[tuple[int, int, str]], rule: str) -> tuple[list[_Seg], list[int]]:
        src_len = len(self.source)
        segs, lens = self._segs, self._lens
        n = len(segs)
        starts = list(accumulate(lens, initial=0))  # old-text offset of each segment
        out: list[_Seg] = []
        out_lens: list[int] = []
        pushed: list[_Seg] = []
        k = 0  # index of the next segment of the old list
        original = False  # `seg` is segs[k - 1], untouched, starting at starts[k - 1]

        def next_seg() -> _Seg | None:
            nonlocal k, original
            if pushed:
                original = False
                return pushed.pop()
            if k < n:
                k += 1
                original = True
                return segs[k - 1]
            original = False
            return None

        out_append, lens_append = out.append, out_lens.append

        def keep(kept: _Seg) -> None:
            out.append(kept)
            out_lens.append(kept.length)

        seg = next_seg()
        cur = 0  # old-text offset where `seg` starts
        for s, e, repl in edits:
            # Segments that end at or before the edit stay as they are: a run of untouched
            # ones is jumped over by bisection and copied as one slice.
            while seg is not None and cur + seg.length <= s:
                if original:
                    j = bisect_right(starts, s, k - 1, n + 1) - 1  # the segment holding offset s (n: none)
                    out.extend(segs[k - 1:j])
                    out_lens.extend(lens[k - 1:j])
                    k = j
                    seg = next_seg()
                    cur = starts[j]
                else:
                    keep(seg)
                    cur += seg.length
                    seg = next_seg()
            if seg is None:
                keep(_Seg(src_len, src_len, repl, (rule,)))
                continue
            seg_end = cur + seg.length
            if seg.text is None and e <= seg_end:
                # The common case, an edit inside verbatim input: split it in place.
                base = seg.ostart - cur  # input offset of old-text offset 0 in this segment
                if s > cur:
                    out_append(_Seg(seg.ostart, base + s))
                    lens_append(s - cur)
                out_append(_Seg(base + s, base + e, repl, (rule,)))
                lens_append(len(repl))
                if e < seg_end or s == e:
                    seg, original = _Seg(base + e, seg.oend), False
                else:
                    seg = next_seg()
                cur = e
                continue
            rules: tuple[str, ...] = ()
            if seg.text is None:
                cut = s - cur
                if cut > 0:
                    keep(_Seg(seg.ostart, seg.ostart + cut))
                    seg, original = _Seg(seg.ostart + cut, seg.oend), False
                    cur = s
                prefix = ""
            else:
                prefix = seg.text[: s - cur]
            ostart = seg.ostart
            oend = ostart
            suffix = ""
            first = True
            while seg is not None and (cur < e or (first and seg.text is not None and cur < s)):
                first = False
                seg_end = cur + seg.length
                if seg.text is not None:
                    rules = _merge_rules(rules, seg.rules)
                    if seg_end > e:
                        suffix = seg.text[e - cur:]
                    oend = seg.oend
                    cur = seg_end
                    seg = next_seg()
                elif seg_end <= e:
                    oend = seg.oend
                    cur = seg_end
                    seg = next_seg()
                else:
                    cut = e - cur
                    oend = seg.ostart + cut
                    seg, original = _Seg(seg.ostart + cut, seg.oend), False
                    cur = e
                    break
            merged = _Seg(ostart, oend, prefix + repl + suffix, _merge_rules(rules, (rule,)))
            if suffix:
                # The merged segment still holds old text (the suffix) that a later edit of
                # this batch may touch: keep it as the current segment, placed so that its
                # suffix lines up with the old offsets it came from.
                if seg is not None:
                    pushed.append(seg)
                old_end = e + len(suffix)
                seg, original, cur = merged, False, old_end - len(merged.text)
            else:
                keep(merged)
        if seg is not None:
            keep(seg)
        for rest in reversed(pushed):
            keep(rest)
        out.extend(segs[k:])
        out_lens.extend(lens[k:])
        return out, out_lens

    def changes(self) -> Iterator[tuple[int, int, str, str, tuple[str, ...]]]:
        """Every change in input order: ``(start, end, removed, inserted, rules)``."""
        source = self.source
        for seg in self._segs:
            if seg.text is None:
                continue
            removed = source[seg.ostart:seg.oend]
            if removed != seg.text:
                yield seg.ostart, seg.oend, removed, seg.text, seg.rules

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


def _map_pos(edits: Sequence[tuple[int, int, str]], pos: int, left: bool) -> int:
    # Insertions exactly at a span's edge stay outside the span; a replacement that
    # overlaps the span pulls the edge out to the replacement's edge.
    delta = 0
    for s, e, r in edits:
        if left:
            if e <= pos:
                delta += len(r) - (e - s)
            elif s <= pos:
                return s + delta
            else:
                break
        else:
            if s == e == pos:
                break
            if e <= pos:
                delta += len(r) - (e - s)
            elif s < pos:
                return s + delta + len(r)
            else:
                break
    return pos + delta


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
