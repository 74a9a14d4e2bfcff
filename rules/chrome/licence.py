"""C101: ICP and 公网安备 licence numbers."""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right

from zhclean.model import Edit, RuleResult
from zhclean.rule import Context, Rule, Stage

from .._text import SENTENCE_END, delete_line, han_count
from ._kinds import is_bare_breadcrumb, is_breadcrumb_label_line, is_control_line
from ._licence_numbers import MAX_LICENCE_LINE, MAX_RAW_LICENCE_LINE, _ANCHOR, _SPAN_RE, _TO_SIMPLIFIED
from ._page import make_page
from .._view import laid_out_line
from .header import is_stray_trail_segment

# arrows too: a breadcrumb whose segments were all cut leaves its ``>``
_BRACKETS = re.compile(r"^[\s()（）\[\]【】|｜·•/、,，;；:：\-－—>»＞›→]*$")

#: The meta keys C101 fills: the first ICP number and the first 公网安备 number.
LICENCE_KEYS = frozenset({"icp", "police_record"})

#: Longest footer text that may share a line with a licence number before we treat the
#: line as prose and leave it alone.
MAX_COMPANION_HAN = 40
#: Letters or characters at most left beside the numbers that make the line debris, not a
#: companion item (号 cut from a number before it): the line goes whole, or C001 would
#: take the remnant as a menu item on a second cleaning.
MAX_DEBRIS = 2
_WORD_CHARS = re.compile(r"[^\W_]")


class _LineStarts:
    """The start offsets of a page's lines, read lazily so bisect costs log n per look-up."""

    def __init__(self, lines):
        self.lines = lines

    def __len__(self) -> int:
        return len(self.lines)

    def __getitem__(self, i: int) -> int:
        return self.lines[i].start


def _compact(number: str) -> str:
    return re.sub(r"\s+", "", number).translate(_TO_SIMPLIFIED)


def _past_marks(text: str, end: int, line_end: int) -> int:
    """Move a span's end past the combining marks (and spaces) that follow it.

    A mark after ``号`` or after a separating space belongs to that character; cut
    before it, it would open what is left of the line (``\u0301责任编辑：``), which the
    line rules then read differently on a second cleaning.
    """
    while end < line_end and (unicodedata.combining(text[end]) or text[end].isspace()):
        end += 1
    return end


def _left_line(text: str, line, spans: list[tuple[int, int]]) -> str:
    """What ``line`` reads once ``spans`` are cut: one space where an inner span was."""
    out, pos = [], line.start
    for s, e in spans:
        out.append(text[pos:s])
        if line.start < s and e < line.end:
            out.append(" ")
        pos = e
    out.append(text[pos:line.end])
    return "".join(out)


def _debris(rest: str) -> bool:
    """What a licence line leaves is a character or two and no sentence end (``号`` cut
    from the number before it); ``号？`` is the end of a sentence about the number.

    >>> _debris("号"), _debris(" 疋"), _debris("？"), _debris("联系我们")
    (True, True, False, False)
    """
    return len(_WORD_CHARS.findall(rest)) <= MAX_DEBRIS and not any(ch in rest for ch in SENTENCE_END)


class IcpLicence(Rule):
    """Remove ICP filing and 公网安备 numbers from page footers; keep them in ``meta``.

    **What it does.** Finds ICP filing or licence numbers (``浙ICP备14041666号``,
    ``京ICP证030173号``, ``粤ICP备2021012345号-1``) and public-security filing numbers
    (``沪公网安备 31010602000012号``), with their labels (``ICP备案号：``, ``网站备案：``).
    A line that holds nothing else is deleted; on a footer line shared with other
    items only the number and its label go. The first ICP number is kept as
    ``meta.icp``, the first public-security number as ``meta.police_record``.

    **Why.** Every mainland Chinese site prints them in its footer; in a corpus they are
    near-duplicate noise on every page, yet they identify the site, so they are worth
    keeping as metadata.

    A line left with nothing but brackets, a page control, a breadcrumb or a character
    or two (``号``) beside the numbers goes whole.

    **Leaves alone** a number mentioned inside a sentence (a line with sentence-final
    punctuation, or with more than 40 other Han characters): ``该网站未取得京ICP证即开展经营，被依法处罚。``

    **Anti-pattern**::

        工会地址:嵊州市领带园一路401号 联系电话:0575-83112057
        浙ICP备14041666号

    **Best practice**::

        工会地址:嵊州市领带园一路401号 联系电话:0575-83112057

    with ``meta.icp = "浙ICP备14041666号"``.
    """

    code = "C101"
    name = "chrome.licence-number"
    summary = "ICP and 公网安备 filing numbers in page footers (kept in meta)"
    stage = Stage.CHROME
    writes = LICENCE_KEYS

    def apply(self, text: str, ctx: Context) -> RuleResult:
        meta: dict[str, str] = {}
        edits: list[Edit] = []
        lines = None
        done_lines: set[int] = set()
        # the span pattern can start anywhere, so it runs only on lines that hold a number
        for anchor in _ANCHOR.finditer(text):
            lines = lines or ctx.analysis(make_page, text).lines
            k = bisect_right(_LineStarts(lines), anchor.start()) - 1
            if k in done_lines:
                continue
            done_lines.add(k)
            line = lines[k]
            if len(line.text) > MAX_LICENCE_LINE and (len(line.text) > MAX_RAW_LICENCE_LINE
                                                      or len(laid_out_line(line.text)) > MAX_LICENCE_LINE):
                continue  # a footer line is short; the span pattern is quadratic in runs of spaces
            spans = list(_SPAN_RE.finditer(text, line.start, line.end))
            if not spans:
                continue
            for m in spans:
                if m.group("icp"):
                    meta.setdefault("icp", _compact(m.group("icp")))
                if m.group("police"):
                    meta.setdefault("police_record", _compact(m.group("police")))
            edits.extend(self._line_edits(text, line, spans))
        return RuleResult(edits=edits, meta=meta)

    @staticmethod
    def _line_edits(text: str, line, matches) -> list[Edit]:
        spans = [(max(m.start(), line.start), min(m.end(), line.end)) for m in matches]
        # each span ends past the marks after it, but never inside the next one
        limits = [s for s, _ in spans[1:]] + [line.end]
        spans = [(s, max(e, min(_past_marks(text, e, line.end), limit))) for (s, e), limit in zip(spans, limits)]
        # numbers back to back (浙ICP备…号浙ICP备…号) are one cut: one space left between the
        # items around them, not one a number (two read as a wide gap, a tab, after L301)
        merged: list[tuple[int, int]] = []
        for s, e in spans:
            if merged and s <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
            else:
                merged.append((s, e))
        spans = merged
        rest = "".join(text[a:b] for a, b in zip([line.start] + [e for _, e in spans], [s for s, _ in spans] + [line.end]))
        # the line as it is left (a space where an inner number was) and as L301 lays it
        # out: what C002 and C003 see on a second cleaning
        left = laid_out_line(_left_line(text, line, spans))
        if _BRACKETS.match(rest) or _debris(rest) or is_control_line(left) or is_breadcrumb_label_line(left) \
                or is_bare_breadcrumb(left) or is_stray_trail_segment(left):
            # what is left is chrome an earlier rule would have taken (page controls, a
            # breadcrumb with or without its 当前位置 label: ``浙ICP备…号 首页 > 新闻``, or
            # one segment of a trail: ``> 新闻``): take the whole line, so a second
            # cleaning finds nothing more to do
            return [delete_line(line)]
        if any(ch in rest for ch in SENTENCE_END) or han_count(rest) > MAX_COMPANION_HAN:
            return []  # a sentence that mentions a licence: body text, keep it
        edits = []
        for s, e in spans:
            # keep one separating space between the items that remain on the line
            keep_space = s > line.start and e < line.end
            edits.append(Edit(s, e, " " if keep_space else ""))
        return edits
