"""How a hard-wrapped page is laid out: its wrap widths, and which lines fill one (L101).

A page copied from a PDF or a fixed-width text file keeps its line wrapping; the widths
are found from the page itself (none, one or several), in columns. Used by
:mod:`.layout_rejoin`, which decides the joins.
"""
from __future__ import annotations

import re
from collections import Counter

from ._layout import ends_open, ends_sentence, is_structural, listed_lines, starts_han, starts_open

_EDGE = 40  # characters kept from each end of a paragraph: all its end tests look at




# A heading numbered in Roman numerals (Ⅱ、 IV. ⅲ．), in Unicode's numeral signs or in Latin
# capitals followed by Han text (an English line starting "I." is not a heading of this kind).
_ROMAN_MARKER = re.compile(r"[(（]?(?:[Ⅰ-Ⅻⅰ-ⅻ]|[IVX]{1,4}(?=\s*[、．.)）]\s*[^\x00-\x7f]))\s*[、．.)）]")


def _structural(s: str) -> bool:
    """Starts a list item, a numbered heading or a note (see ``is_structural``), Roman
    numerals included."""
    return is_structural(s) or s[:1] in _ROMAN_FIRST and _ROMAN_MARKER.match(s) is not None


_ROMAN_FIRST = frozenset("(（IVX") | frozenset(map(chr, range(ord("Ⅰ"), ord("Ⅻ") + 1))) | frozenset(
    map(chr, range(ord("ⅰ"), ord("ⅻ") + 1)))


_PUNCTUATION = re.compile(r"[，,、；;。！？!?“”]")

#: Fewest indented lines that show a page marks its paragraphs by indentation.
MIN_INDENTED = 3




#: Hard-wrapped text (PDF copies, fixed-width text files): lines this wide at least count.
#: Widths are in columns, as a fixed-width page lays them out: a Han character or a
#: full-width mark takes two, a digit or a Latin letter one.
MIN_WRAP = 32
#: A line this many columns either side of a wrap width filled its line: kinsoku moves a
#: character to the next line or hangs a mark on this one, proportional fonts shift a few.
WRAP_SLACK = 4
#: A neighbour of a full line wider than its width by more than this is not wrapped there.
NEIGHBOUR_SLACK = 6
#: Fewest full lines that show one wrap width (each stops mid-sentence and reads as
#: wrapped prose: see ``Layout._goes_on``). Three lines of one width are as often a list
#: of slogans or titles, each a whole clause.
MIN_WRAPPED_LINES = 4
#: Enough when one of them is plainly cut mid-sentence (see :func:`_cut_mid_sentence`).
MIN_CUT_LINES = 3
# Characters a line needs to reach MIN_WRAP columns even under a deep indent: a page with
# too few such open lines is not looked at for widths.
_WRAP_CHARS = MIN_WRAP // 2 - 6
#: Fewest for each further width, once the page is known to be wrapped.
MIN_MORE_WRAPPED_LINES = 2
#: Most widths one page is looked at for (a document put together from several sources).
MAX_WIDTHS = 6


def columns(line: str, indent: str = "") -> int:
    """Width of a line on a fixed-width page, inner spaces left out: two columns a
    character, one for ASCII; the line's ``indent`` counts too (an indented first line is
    as full as the others).

    A half-width mark N201 may widen (``,:;?!()``) counts two, as it may read once N201
    has run after L101: measured as one, a second clean would measure the page anew
    (工;&… one column wider) and could find a width the first did not.

    >>> columns("工会2023年"), columns("职工 书屋"), columns("工会", "　　"), columns("工会;职工")
    (10, 8, 8, 10)
    """
    visible = "".join(line.split())
    ascii_part = visible.encode("ascii", "ignore")
    width = 2 * len(visible) - len(ascii_part.translate(None, _HALF_WIDTH_MARKS))
    return width + 2 * len(indent) - len(indent.encode("ascii", "ignore")) if indent else width


_HALF_WIDTH_MARKS = b",:;?!()"  # N201's FULL_WIDTH: whether it widens one or not, it counts two


class Layout:
    """The wrap widths of a page, and which of its lines fill one.

    A wrapped paragraph is a run of lines of about one width that stop mid-sentence, with
    punctuation inside or running on to a line that ends the sentence; the run's
    neighbours are no wider. Widths are taken greedily, the most common first, while each still has
    :data:`MIN_WRAPPED_LINES` such lines, so a page wrapped at 28 and 40 columns in turn
    finds both, and an unwrapped page (paragraphs far longer than any short line next to
    them) finds none. A line "fills" a width only where its neighbours fit it too, so a
    paragraph's last line that happens to match another block's width stays a line end.
    """

    __slots__ = ("widths", "_lines", "_cols", "_ends", "_full", "_listed", "_entry_cuts", "_fits")

    def __init__(self, lines: list[str], indents: list[str] | None = None, ends: list[bool] | None = None):
        cols = [columns(line, indent) for line, indent in zip(lines, indents)] if indents else [columns(line) for line in lines]
        self._cols, self._lines = cols, lines
        if ends is None:
            ends = [ends_sentence(line[-_EDGE:]) for line in lines]
        self._ends = ends
        self._listed = [False] * len(lines)
        self._entry_cuts: frozenset[int] = frozenset()
        self._fits: dict[int, list[bool]] = {}  # each width found: which lines fit it (as listed now)
        widths = self._find_widths()
        if widths:  # lines of a list only take evidence away: a page without a width keeps none
            # a list's entry fills the width only where the break plainly cuts it: inside a
            # number, or before a word's last character or two (…实施意 / 见)
            # only a line that fits a width found can fill one (the second pass finds no other)
            fits = [self._fits[w] for w in widths]
            listed = listed_lines(lines, [any(f) for f in zip(*fits)] if len(fits) > 1 else fits[0])
            self._entry_cuts = _entries_cut_in_two(lines, cols, widths)
            self._listed = [entry and not (i + 1 < len(lines) and _cut_inside_entry(lines[i], lines[i + 1]))
                            for i, entry in enumerate(listed)]
            self._fits = {}
            widths = self._find_widths()
        self.widths = tuple(sorted(widths))
        self._full: list[bool] | None = None
        if widths:
            fits = [self._fits[w] for w in widths]
            self._full = self._goes_on(fits[0] if len(fits) == 1 else [any(f) for f in zip(*fits)])

    def _find_widths(self) -> list[int]:
        cols, ends = self._cols, self._ends
        candidates = [i for i, c in enumerate(cols) if c >= MIN_WRAP and not ends[i] and i + 1 < len(cols)]
        counts = Counter(cols[i] for i in candidates)
        near = counts.copy()  # candidates about each width, before any is taken by another
        widths: list[int] = []
        for _ in range(MAX_WIDTHS):
            if not counts:
                break
            width = max(counts, key=lambda n: (sum(counts.get(n + d, 0) for d in range(-WRAP_SLACK, WRAP_SLACK + 1)), n))
            for d in range(-WRAP_SLACK, WRAP_SLACK + 1):
                counts.pop(width + d, None)
            if sum(near.get(width + d, 0) for d in range(-WRAP_SLACK, WRAP_SLACK + 1)) < (
                    MIN_MORE_WRAPPED_LINES if widths else MIN_CUT_LINES):
                continue  # too few lines about this width for its evidence: skip the page-long passes
            fit = self._fit_list(width)
            goes_on = self._goes_on(fit)
            evidence = [i for i in candidates if goes_on[i]]
            if len(evidence) >= (MIN_MORE_WRAPPED_LINES if widths else MIN_CUT_LINES if any(
                    self._plainly_wrapped(i, width) for i in evidence) else MIN_WRAPPED_LINES):
                widths.append(width)
                self._fits[width] = fit
        return widths

    def marks_by_blank(self, blank_after: list[bool]) -> bool:
        """Paragraphs end in a blank line and wrapped lines do not: the page's own marks."""
        full, ends = self._full or [], self._ends
        wraps = [blank_after[i] for i in range(len(full)) if full[i] and not ends[i]]
        ends_ = [blank_after[i] for i in range(len(full) - 1) if ends[i] and not full[i]]
        return (len(ends_) >= MIN_INDENTED and sum(ends_) * 10 >= 9 * len(ends_)
                and len(wraps) >= MIN_WRAPPED_LINES and sum(wraps) * 10 <= len(wraps))

    def _goes_on(self, fit: list[bool]) -> list[bool]:
        """Line ``i`` fills its width and reads as wrapped prose: it has punctuation inside,
        the break cuts a number, or the lines after it fill the width too until one ends
        the sentence. A list of titles as wide as each other has none of these."""
        ends, lines = self._ends, self._lines
        reaches_end = [False] * (len(fit) + 1)
        for i in range(len(fit) - 1, -1, -1):
            reaches_end[i] = ends[i] or (fit[i] and reaches_end[i + 1])
        return [fit[i] and i + 1 < len(fit) and (reaches_end[i + 1] or _PUNCTUATION.search(lines[i]) is not None
                                                 or _digits_meet(lines[i], lines[i + 1]))
                for i in range(len(fit))]

    def _plainly_wrapped(self, i: int, width: int) -> bool:
        """Full line ``i`` is plainly cut mid-sentence (see :func:`_cut_mid_sentence`), or
        the paragraph ends on the next line, well short of the width: a list of slogans
        or titles has no such last line."""
        return (_cut_mid_sentence(self._lines[i], self._lines[i + 1])
                or self._ends[i + 1] and self._cols[i + 1] < width - 2 * WRAP_SLACK)

    def _fit_list(self, width: int) -> list[bool]:
        """Whether each line fills ``width``: about as wide, and so are its neighbours (the
        line before may end a paragraph of another block; the next one goes on here)."""
        cols, ends, last = self._cols, self._ends, len(self._cols) - 1
        lo, hi, limit = width - WRAP_SLACK, width + WRAP_SLACK, width + NEIGHBOUR_SLACK
        listed = self._listed
        return [lo <= c <= hi and not listed[i] and (i == 0 or cols[i - 1] <= limit or ends[i - 1]) and (i == last or cols[i + 1] <= limit)
                for i, c in enumerate(cols)]

    def cuts_entry(self, i: int) -> bool:
        """Line ``i`` is the first half of a list entry the width cut in two."""
        return self._full is not None and i in self._entry_cuts

    def fills(self, i: int) -> bool:
        """Line ``i`` fills a wrap width of the page (or is the first half of a list entry
        the width cut in two)."""
        return self._full is not None and (self._full[i] or i in self._entry_cuts)


def _entries_cut_in_two(lines: list[str], cols: list[int], widths: list[int]) -> frozenset[int]:
    """The lines of a list whose entries are wider than the page: each entry's first line
    fills a width and opens as the other entries do (关于…), its rest is shorter and opens
    otherwise (…作的实施意见). Entries come cut like this two or more in a row; a rest that
    opens with a field label (电话：…) is a line of the entry's own. A first line may end
    in a colon where its rest is the number it labels (…咨询电话（…）： / 0571-8…)."""
    at_width = [any(abs(c - w) <= WRAP_SLACK for w in widths) for c in cols]
    cut = [i for i in range(len(lines) - 1) if at_width[i] and not at_width[i + 1]
           and cols[i + 1] < cols[i] - 2 * WRAP_SLACK and lines[i][:2] != lines[i + 1][:2]
           and (not ends_sentence(lines[i][-_EDGE:]) or lines[i][-1:] in "：:" and lines[i + 1][:1].isdigit())
           and not _structural(lines[i + 1]) and _FIELD_LABEL.match(lines[i + 1]) is None]
    heads = set(cut)
    return frozenset(i for i in cut if any(j in heads and lines[j][:2] == lines[i][:2] for j in (i - 2, i + 2)))


_FIELD_LABEL = re.compile(r"[\u4e00-\u9fff]{2,4}[：:]")


def _cut_mid_sentence(a: str, b: str) -> bool:
    """The break between lines ``a`` and ``b`` cuts a sentence where no list item or
    slogan ends: after a comma or 的, before a closing mark, or inside a number."""
    return ends_open(a[-_EDGE:]) or starts_open(b[:_EDGE]) or _digits_meet(a, b)


#: Longest rest of a list entry cut at the width that reads as a word's end (意 / 见).
ENTRY_REST = 2


def _cut_inside_entry(a: str, b: str) -> bool:
    """The break cuts a list entry where none ends: inside a number, between a number and
    its unit (…大道107 / 号，电话：…), or before a word's last character or two."""
    return _digits_meet(a, b) or a[-1:].isdigit() and b[:1] in AFTER_NUMBER \
        or len(b) <= ENTRY_REST and starts_han(b) and not ends_sentence(b) and _PUNCTUATION.search(b) is None


#: What follows a number in the same phrase: measure words and units (12 / 个单位, 107 / 号).
AFTER_NUMBER = frozenset("个人万元年月日号时分秒次件项名户家亿千百十%％岁天周条位所座台辆吨米倍批期届版章节页")


def _digits_meet(a: str, b: str) -> bool:
    return a[-1:].isdigit() and (b[:1].isdigit() or b[:1] == "%")


#: A line that ends in a time of day: a comment or a post signed with its time (…蹲一个。 –
#: 江南烟雨 2024-8-15 18:11). A thread's lines are often as wide as each other, which reads
#: as a wrap width, but a margin seldom falls just after a time of day: no join there.
STAMP_END = re.compile(r"(?<![\d:：])\d{1,2}[:：]\d{2}(?:[:：]\d{2})?\s*$")
#: Table cells in a wrapped page: runs of spaces or tabs, or bars (a single space is prose).
CELL_GAP = re.compile(r"\S(?:[ \u3000]{2,}|\t|\s*[|│]\s*)\S")
#: A table of contents' entry: a leader of dots or an ellipsis, then a page number.
CONTENTS_ENTRY = re.compile(r"(?:…{2,}|(?:[．.·_-]\s*){3,})\s*\d{1,4}$")


def title_above(a, b) -> bool:
    """``a``, a page's first line, is a title above the text ``b`` begins, not a line the
    margin cut: one short line without punctuation (a question may end in 的, …有什么要注意的),
    before a line of prose longer than a title runs, with a stop in it (a title cut in two,
    …建设的 / 实施意见, goes on in a short line).

    ``a`` and ``b`` are the rejoin's paragraphs (``pieces``, ``visible``, ``text``, ``stops``)."""
    return (len(a.pieces) == 1 and a.visible <= TITLE_CHARS and _PUNCTUATION.search(a.text) is None
            and b.visible > TITLE_CHARS and b.stops)


#: The longest title :func:`title_above` reads as one.
TITLE_CHARS = 20
