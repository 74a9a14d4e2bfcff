"""The audit trail a record carries, at every level: packing, reading back, rebuilding.

:class:`zhclean.trace.Trace` gives the changes of a document; this module turns them into
the record's ``edits`` (``full`` or ``compact``, docs/design.md) and reads any level back:
:func:`expand_edits` (a compact trail as full entries), :func:`trail_counts` (per-rule
counts), :func:`replay` (input to output) and :func:`rebuild_input` (output to input).
"""
from __future__ import annotations

import re
from itertools import accumulate, compress, islice
from operator import add, eq, ne, sub
from typing import Callable, Iterable, Iterator, Sequence


class EditError(ValueError):
    """A rule returned edits that are out of range or overlap, or a trail does not fit its text."""


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


# Packed spans are unsigned Base64 VLQ numbers, the encoding of source maps' "mappings"
# (which map output positions to input ones, as a trail does), without their sign bit:
# each digit carries 5 bits, least significant first, plus 32 while more digits follow.
_DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_VALUE = {d: i for i, d in enumerate(_DIGITS)}
#: Span markers: none for one character replaced by one; RUN: n by n; SPLICE: r by i.
RUN, SPLICE = ".", ":"


def _vlq(n: int) -> str:
    out = []
    while n >= 32:
        out.append(_DIGITS[32 | n & 31])
        n >>= 5
    out.append(_DIGITS[n])
    return "".join(out)


#: Every number of one or two digits (nearly every gap), looked up.
_VLQ = list(_DIGITS[:32]) + [_DIGITS[32 | n & 31] + _DIGITS[n >> 5] for n in range(32, 1024)]


def _number(n: int) -> str:
    return _VLQ[n] if n < 1024 else _vlq(n)


def encode_span(gap: int, n_removed: int, n_inserted: int) -> str:
    """One span of a packed entry: its distance from the previous span's end (input
    offsets), how many input characters it replaced and how many replaced them.

    >>> encode_span(12, 1, 1), encode_span(40, 1, 1), encode_span(3, 2, 2), encode_span(7, 4, 2)
    ('M', 'oB', '.DC', ':HEC')
    """
    if n_removed == n_inserted:
        return _number(gap) if n_removed == 1 else f"{RUN}{_number(gap)}{_number(n_removed)}"
    return f"{SPLICE}{_number(gap)}{_number(n_removed)}{_number(n_inserted)}"


# A number: continuation digits (values 32-63), then one final digit (0-31).
_N = "[g-z0-9+/]*[A-Za-f]"
#: One span: a bare number, RUN and two numbers, or SPLICE and three.
_SPAN = re.compile(f"({_N})|\\{RUN}({_N})({_N})|{SPLICE}({_N})({_N})({_N})")
_SPANS = re.compile(f"(?:{_SPAN.pattern})*")


def _value(number: str) -> int:
    value = shift = 0
    for digit in number:
        value |= (_VALUE[digit] & 31) << shift
        shift += 5
    return value


_NUMBERS = {number: n for n, number in enumerate(_VLQ)}


def _spans_of(spans: str) -> list[tuple[str, str, str, str, str, str]]:
    """The spans of a packed entry as regular-expression groups; ValueError if it is not one."""
    if type(spans) is not str:
        raise TypeError(f"spans must be a string of Base64 VLQ numbers, not {type(spans).__name__}")
    if not _SPANS.fullmatch(spans):
        raise ValueError(f"spans {spans[:40]!r}: not Base64 VLQ spans")
    return _SPAN.findall(spans)


def decode_spans(spans: str) -> Iterator[tuple[int, int, int]]:
    """``(gap, removed, inserted)`` of each span of a packed entry's ``spans``.

    >>> list(decode_spans("MoB.DC:HEC"))
    [(12, 1, 1), (40, 1, 1), (3, 2, 2), (7, 4, 2)]
    """
    get = _NUMBERS.get
    for one, run_gap, run, gap, removed, inserted in _spans_of(spans):
        if one:
            yield get(one) if one in _NUMBERS else _value(one), 1, 1
        elif run:
            n = get(run) if run in _NUMBERS else _value(run)
            yield get(run_gap) if run_gap in _NUMBERS else _value(run_gap), n, n
        else:
            yield tuple(get(x) if x in _NUMBERS else _value(x) for x in (gap, removed, inserted))


_FINAL_DIGITS = str.maketrans(dict.fromkeys("ghijklmnopqrstuvwxyz0123456789+/" + RUN + SPLICE))


#: A splice's removed and inserted counts. In well-formed spans a SPLICE marker starts a
#: splice and nothing else (no number holds a marker), so this finds exactly the splices.
_SPLICE_COUNTS = re.compile(f"{SPLICE}{_N}({_N})({_N})")


def span_counts(spans: str, checked: bool = False) -> tuple[int, int]:
    """How many spans a packed entry has, and how many characters they removed, net.

    ``checked``: the spans are known to be well formed (this process's pipeline just made
    them), so they are not matched against the format again: that match was half the
    time of counting a run's trail for its summary (10 of 21 ms on c5).

    >>> span_counts("MoB.DC:HEC"), span_counts("MoB.DC:HEC", checked=True)
    ((4, 2), (4, 2))
    """
    if not checked and (type(spans) is not str or not _SPANS.fullmatch(spans)):
        _spans_of(spans)  # raises, saying why
    runs, splices = spans.count(RUN), spans.count(SPLICE)
    net = 0
    if splices:  # only splices change the length
        numbers = _NUMBERS
        for removed, inserted in _SPLICE_COUNTS.findall(spans):
            net += ((numbers[removed] if removed in numbers else _value(removed))
                    - (numbers[inserted] if inserted in numbers else _value(inserted)))
    # every number ends with one final digit; a run has two numbers and a splice three
    return len(spans.translate(_FINAL_DIGITS)) - runs - 2 * splices, net


_UNKNOWN = object()


def compact_trail(changes: Iterable[tuple[int, int, str, str, tuple[str, ...]]],
                  compact: Callable[[str, str, str], bool],
                  by_rules: Callable[[tuple[str, ...]], bool | None] | None = None,
                  firsts: list[int] | None = None) -> list[dict]:
    """The audit trail with character-level changes packed, one entry per rule (or per
    list of rules, for changes several rules merged).

    ``changes`` are ``(start, end, removed, inserted, rules)`` in input order (as
    :meth:`Trace.changes` gives them); ``compact(rule, removed, inserted)`` says which
    changes to pack: a change is packed when it says so for each of its rules. Every
    other change stays a full entry (``rule``, ``start``, ``end``, ``removed``,
    ``inserted``, and ``rules`` when several merged); full entries of the same rules
    that touch are one entry. A packed entry is::

        {"rule": "N201", "spans": "MoB.DC:HEC", "old": ",,()\u3000\u3000\n\n"}

    ``spans`` is the spans in input order, each its distance from the end of the previous
    one (input offsets), then how many input characters it replaced and how many output
    characters replaced them, as unsigned Base64 VLQ numbers (:func:`encode_span`): a
    bare number is one character replaced by one, ``.`` before two numbers (gap, n)
    means n by n, ``:`` before three (gap, removed, inserted) says both. ``old`` is the
    removed input text of all the spans, concatenated: nothing of the input is lost. The
    inserted text is not stored: it is in the output text, where the spans put it
    (:func:`expand_edits` reads it back). Spans of one entry that touch are one span.
    Pure insertions stay full entries. ``by_rules(rules)``, when given, says for a list of
    rules at once whether all their changes are packed (True, False), or None to ask
    ``compact`` of each change: a trail holds some 300 changes per 10 kB of text.
    ``firsts``, when given, receives for each entry where its first change is, as
    ``2 * start + (start < end)`` (an insertion comes before a change starting there):
    :meth:`Trace.compact_edits` places entries it packed otherwise among these.

    >>> changes = [(2, 3, ",", "，", ("N201",)), (3, 4, "(", "（", ("N201",)), (9, 11, "页脚", "", ("C201",)),
    ...            (11, 12, "\\n", "", ("C201",))]
    >>> compact_trail(changes, lambda rule, removed, inserted: rule[0] == "N")
    [{'rule': 'N201', 'spans': '.CC', 'old': ',('}, {'rule': 'C201', 'start': 9, 'end': 12, 'removed': '页脚\\n', 'inserted': ''}]
    """
    out: list[dict] = []
    # per rules: [entry, spans, olds, end of its last span, and that span's gap, removed, inserted]
    groups: dict[tuple[str, ...], list] = {}
    # per rules: whether their changes are packed whatever the text (True, False), or None:
    # ask ``compact`` of each change
    kinds: dict[tuple[str, ...], bool | None] = {}
    last_full: dict | None = None  # the previous change's entry, if full (and not an insertion)
    merged: tuple[list[str], list[str]] | None = None  # its texts, while changes merge into it
    full_rules: tuple[str, ...] | None = None
    # The group of the previous change, if it was packed, with its state in locals (a run
    # of one rule's changes, the common case, touches nothing else): written back to
    # ``groups`` when another change comes between.
    cur: tuple[str, ...] | None = None
    spans: list[str] = []
    olds: list[str] = []
    c_end = c_gap = c_removed = c_inserted = 0
    vlq = _VLQ
    for start, end, removed, inserted, rules in changes:
        kind = kinds.get(rules, _UNKNOWN)
        if kind is _UNKNOWN:
            kind = kinds[rules] = by_rules(rules) if by_rules is not None else None
        if kind is None:
            kind = (compact(rules[0], removed, inserted) if len(rules) == 1
                    else all(compact(rule, removed, inserted) for rule in rules))
        # A pure insertion stays a full entry: two insertions at one input offset are
        # told apart by their order in the trail, which packing would lose.
        if kind and start < end:
            n_removed = end - start
            if rules == cur:
                gap = start - c_end
                if gap == 0:  # touches the previous span of this entry: one run
                    c_removed += n_removed
                    c_inserted += len(inserted)
                    spans[-1] = encode_span(c_gap, c_removed, c_inserted)
                else:
                    n_inserted = len(inserted)
                    spans.append(vlq[gap] if n_removed == n_inserted == 1 and gap < 1024 else
                                 encode_span(gap, n_removed, n_inserted))
                    c_gap, c_removed, c_inserted = gap, n_removed, n_inserted
                olds.append(removed)
                c_end = end
                continue
            if cur is not None:
                groups[cur][3:] = c_end, c_gap, c_removed, c_inserted
            group = groups.get(rules)
            if group is None:
                rec = {"rule": primary_rule(rules), "spans": "", "old": ""}
                if len(rules) > 1:
                    rec["rules"] = list(rules)
                group = groups[rules] = [rec, [], [], 0, 0, 0, 0]
                out.append(rec)
                if firsts is not None:
                    firsts.append(2 * start + 1)
            spans, olds, c_end = group[1], group[2], group[3]
            gap, n_inserted = start - c_end, len(inserted)
            spans.append(vlq[gap] if n_removed == n_inserted == 1 and gap < 1024 else
                         encode_span(gap, n_removed, n_inserted))
            olds.append(removed)
            cur, c_end, c_gap, c_removed, c_inserted = rules, end, gap, n_removed, n_inserted
            if merged is not None:
                _join_merged(last_full, merged)
                merged = None
            last_full = None
            continue
        if cur is not None:
            groups[cur][3:] = c_end, c_gap, c_removed, c_inserted
            cur = None
        if last_full is not None and full_rules == rules and last_full["end"] == start < end:
            # touches the previous removal of the same rules: one entry (its texts are
            # joined once it is done; adding them up here was quadratic on a page whose
            # every line a rule deletes: 3 s for 53,000 lines)
            last_full["end"] = end
            if merged is None:
                merged = ([last_full["removed"]], [last_full["inserted"]])
            merged[0].append(removed)
            merged[1].append(inserted)
            continue
        if merged is not None:
            _join_merged(last_full, merged)
            merged = None
        rec = {"rule": primary_rule(rules), "start": start, "end": end, "removed": removed, "inserted": inserted}
        if len(rules) > 1:
            rec["rules"] = list(rules)
        out.append(rec)
        if firsts is not None:
            firsts.append(2 * start + (start < end))
        last_full, full_rules = (rec, rules) if start < end else (None, None)
    if merged is not None:
        _join_merged(last_full, merged)
    for rec, spans, olds, *_ in groups.values():
        rec["spans"] = "".join(spans)
        rec["old"] = "".join(olds)
    return out


def _join_merged(rec: dict, merged: tuple[list[str], list[str]]) -> None:
    rec["removed"], rec["inserted"] = "".join(merged[0]), "".join(merged[1])


#: The number of a gap, by the step from one start to the next of one-character spans.
_VLQ_STEP = [""] + _VLQ[:1024]


def flat_spans(starts: list[int], ends: list[int], one_char: bool = False) -> str:
    """The ``spans`` of a packed entry whose changes each replaced n characters by n
    (n >= 1), at ``starts``/``ends`` in input order; touching changes are one span, as
    :func:`compact_trail` makes them. Worked out a column at a time: a whole-text
    normalisation (N201, N301) packs some 200 such changes per document. ``one_char``:
    every change replaced one character.
    """
    if one_char:
        # one character each: each gap is the distance between two starts, less one
        steps = list(map(sub, islice(starts, 1, None), starts))
        if 1 not in steps and (not steps or max(steps) <= 1024) and starts[0] < 1024:  # no run, short gaps
            return _VLQ[starts[0]] + "".join(map(_VLQ_STEP.__getitem__, steps))
    sizes = list(map(sub, ends, starts))
    if any(map(eq, islice(starts, 1, None), ends)):  # runs: each span from its first change to its last
        heads = [0]
        heads += compress(range(1, len(starts)), map(ne, islice(starts, 1, None), ends))
        nexts = heads[1:]
        nexts.append(len(starts))
        done = list(accumulate(sizes, initial=0))
        sizes = list(map(sub, map(done.__getitem__, nexts), map(done.__getitem__, heads)))
        starts = list(map(starts.__getitem__, heads))
        ends = list(map(add, starts, sizes))
    ends_before = [0]
    ends_before += islice(ends, len(ends) - 1)
    gaps = list(map(sub, starts, ends_before))
    if max(gaps) < 1024:
        vlq = _VLQ
        if sizes.count(1) == len(sizes):  # one character by one, as nearly always
            return "".join(map(vlq.__getitem__, gaps))
        if max(sizes) < 1024:
            return "".join([vlq[gap] if size == 1 else f"{RUN}{vlq[gap]}{vlq[size]}"
                            for gap, size in zip(gaps, sizes)])
    return "".join(map(encode_span, gaps, sizes, sizes))


def _is_packed(rec: dict) -> bool:
    return "spans" in rec


def _unpacked_spans(rec: dict) -> Iterator[tuple[int, int, str, int]]:
    """``(start, end, removed, inserted length)`` of every span of a packed entry."""
    pos = at = 0
    old = rec["old"]
    for gap, n_removed, n_inserted in decode_spans(rec["spans"]):
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
            if "rules" in rec:
                full["rules"] = list(rec["rules"])
        else:
            full = dict(rec)
        out.append(full)
        delta += len(inserted) - (end - start)
    return out


def trail_counts(edits: Iterable[dict], checked: bool = False) -> dict[str, list[int]]:
    """Per rule: ``[changes, characters removed net]`` of a trail of any level;
    ``checked``: its packed spans are known to be well formed (see :func:`span_counts`)."""
    counts: dict[str, list[int]] = {}
    for rec in edits:
        c = counts.setdefault(rec["rule"], [0, 0])
        if _is_packed(rec):
            n, net = span_counts(rec["spans"], checked)
            c[0] += n
            c[1] += net
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


__all__ = ["EditError", "primary_rule", "encode_span", "decode_spans", "compact_trail", "flat_spans", "expand_edits",
           "trail_counts", "replay", "rebuild_input"]
