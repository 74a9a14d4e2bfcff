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

from typing import Iterable, Sequence


class EditError(ValueError):
    """A rule returned edits that are out of range or overlap."""


class _Seg:
    __slots__ = ("ostart", "oend", "text", "rules")

    def __init__(self, ostart: int, oend: int, text: str | None = None, rules: tuple[str, ...] = ()):
        self.ostart = ostart
        self.oend = oend
        self.text = text  # None: verbatim input[ostart:oend]
        self.rules = rules

    def length(self) -> int:
        return self.oend - self.ostart if self.text is None else len(self.text)


def _merge_rules(a: tuple[str, ...], b: Iterable[str]) -> tuple[str, ...]:
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

    __slots__ = ("source", "text", "_segs")

    def __init__(self, source: str):
        self.source = source
        self.text = source
        self._segs: list[_Seg] = [_Seg(0, len(source))] if source else []

    def apply(self, edits: Sequence[tuple[int, int, str]], rule: str) -> list[tuple[int, int, str]]:
        """Apply edits given in current-text coordinates; return them checked and sorted."""
        edits = check_edits(edits, len(self.text))
        if not edits:
            return edits
        self._segs = self._apply_to_segments(edits, rule)
        pieces: list[str] = []
        pos = 0
        for s, e, r in edits:
            pieces.append(self.text[pos:s])
            pieces.append(r)
            pos = e
        pieces.append(self.text[pos:])
        self.text = "".join(pieces)
        return edits

    def _apply_to_segments(self, edits: list[tuple[int, int, str]], rule: str) -> list[_Seg]:
        src_len = len(self.source)
        out: list[_Seg] = []
        segs = iter(self._segs)
        pushed: list[_Seg] = []

        def next_seg() -> _Seg | None:
            return pushed.pop() if pushed else next(segs, None)

        seg = next_seg()
        cur = 0  # current-text offset where `seg` starts
        for s, e, repl in edits:
            # Segments that end at or before the edit stay as they are.
            while seg is not None and cur + seg.length() <= s:
                out.append(seg)
                cur += seg.length()
                seg = next_seg()
            if seg is None:
                out.append(_Seg(src_len, src_len, repl, (rule,)))
                continue
            rules: tuple[str, ...] = ()
            if seg.text is None:
                k = s - cur
                if k > 0:
                    out.append(_Seg(seg.ostart, seg.ostart + k))
                    seg = _Seg(seg.ostart + k, seg.oend)
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
                seg_end = cur + seg.length()
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
                    k = e - cur
                    oend = seg.ostart + k
                    seg = _Seg(seg.ostart + k, seg.oend)
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
                seg, cur = merged, old_end - len(merged.text)
            else:
                out.append(merged)
        if seg is not None:
            out.append(seg)
        out.extend(reversed(pushed))
        out.extend(segs)
        return out

    def edits(self) -> list[dict]:
        """The audit trail: non-overlapping replacements in input coordinates."""
        out = []
        for seg in self._segs:
            if seg.text is None:
                continue
            removed = self.source[seg.ostart:seg.oend]
            if removed == seg.text:
                continue
            rec = {"rule": seg.rules[0], "start": seg.ostart, "end": seg.oend, "removed": removed, "inserted": seg.text}
            if len(seg.rules) > 1:
                rec["rules"] = list(seg.rules)
            out.append(rec)
        return out


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


def replay(source: str, edits: Sequence[dict]) -> str:
    """Apply an audit trail (input coordinates) to the input: gives the output text."""
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
    """Undo an audit trail: from the output text and its edits, the exact input."""
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


__all__ = ["Trace", "EditError", "check_edits", "replay", "rebuild_input"]
