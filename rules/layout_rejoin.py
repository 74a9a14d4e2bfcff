"""L101: rejoin lines broken in the middle of a sentence."""
from __future__ import annotations

import re
from collections import Counter

from zhclean.model import Edit, RuleResult
from zhclean.rule import Context, Rule, Stage

from ._layout import (
    ANY_SPACE,
    content_lines,
    ends_han,
    ends_open,
    ends_sentence,
    is_structural,
    is_tabular,
    starts_han,
    starts_open,
    visible_len,
)
from ._text import SENTENCE_END

#: Both lines this short and neither grammatically open: verse, a table column, a title block.
SHORT_LINE = 20
#: A line this short ending in a comma is a salutation or label (同志们，), even before prose.
SALUTATION_LINE = 12
#: A line at least this long, with a sentence end inside, is running prose.
PROSE_LINE = 40
#: A line this short without any sentence end reads as a heading.
TITLE_LINE = 30
_SENTENCE_STOPS = frozenset(SENTENCE_END) - frozenset("：:")


_EDGE = 40  # characters kept from each end of a paragraph: all its end tests look at


class Para:
    """A paragraph being assembled from lines, with what the join tests need kept up to
    date as lines are added, so that a long run of joins stays linear. Joining inserts
    nothing between the pieces, so lengths add up and "has a stop", "has a space" carry
    over exactly; "is a table" only ever turns true (a letter-spaced run can stop being
    one at the seam, never start), so it is cached once true and recomputed otherwise.
    """

    __slots__ = ("pieces", "parts", "head", "tail", "visible", "stops", "spaced", "_tabular", "indented")

    def __init__(self, text: str, pieces: tuple[tuple[int, int], ...] = (), indented: bool = False):
        self.indented = indented  # the first line started with spaces (a paragraph indent)
        self.pieces = list(pieces)
        self.parts = [text]
        self.head = text[:_EDGE]
        self.tail = text[-_EDGE:]
        self.visible = visible_len(text)
        self.stops = not _SENTENCE_STOPS.isdisjoint(text)
        self.spaced = ANY_SPACE.search(text) is not None or "|" in text or "│" in text
        self._tabular: bool | None = None if self.spaced else False

    @property
    def text(self) -> str:
        if len(self.parts) > 1:
            self.parts = ["".join(self.parts)]
        return self.parts[0]

    def tabular(self) -> bool:
        if self._tabular is None:
            self._tabular = is_tabular(self.text)
        return self._tabular

    def extend(self, other: Para) -> None:
        self.pieces.extend(other.pieces)
        self.parts.extend(other.parts)
        if len(self.head) < _EDGE:
            self.head = (self.head + other.head)[:_EDGE]
        self.tail = (self.tail + other.tail)[-_EDGE:]
        self.visible += other.visible
        self.stops = self.stops or other.stops
        self.spaced = self.spaced or other.spaced
        self._tabular = True if (self._tabular or other._tabular) else (None if self.spaced else False)


def should_join(a: str, b: str) -> bool:
    """Whether line ``b`` continues the sentence that line ``a`` leaves open.

    ``a`` is everything joined so far (a paragraph), ``b`` the next non-blank line, both
    stripped.

    >>> should_join("随着工作经验的积累和不断学习工会文件,我对工会工作", "的认识又有了提高。")
    True
    >>> should_join("作为工会干部,要努力提高洞察能力。要掌握工会工作的特点与规律,自觉贯彻执行工会工作方针和总体思路,全", "面履行工会的基本职能。")
    True
    >>> should_join("床前明月光，", "疑是地上霜。")
    False
    >>> should_join("第一,要不忘初心,坚守信仰,工会干部要提高政治站位", "习总书记曾经深刻阐述了不忘初心、继续前进的“八方面要求”。")
    False
    """
    return _joins(Para(a), Para(b))


def _joins(a: Para, b: Para) -> bool:
    if ends_sentence(a.tail) or is_structural(b.head):
        return False
    if starts_open(b.head):
        return True
    short_pair = a.visible <= SHORT_LINE and b.visible <= SHORT_LINE
    if ends_open(a.tail) and (starts_han(b.head) or b.head[:1].isdigit()):
        # a comma at the end of a short line is verse, a salutation or a label, not a break
        comma = a.tail[-1] in "，,、"
        return not (comma and (short_pair or a.visible <= SALUTATION_LINE))
    if short_pair or not (ends_han(a.tail) and starts_han(b.head)):
        return False
    # the weak case: running prose that stops on a Han character mid-sentence
    if a.visible < PROSE_LINE or not a.stops:
        return False
    if b.visible <= TITLE_LINE and not b.stops:
        return False  # reads as a heading
    return not (a.tabular() or b.tabular())


#: Hard-wrapped text (PDF copies, fixed-width text files): lines this long at least count.
MIN_WRAP = 16
#: A line this much shorter or longer than the wrap width filled its line (kinsoku moves a
#: mark to the next line; half-width digits and letters fit more characters in).
WRAP_SHORT, WRAP_LONG = 1, 3
#: Fewest full lines that show a document was wrapped at a fixed width.
MIN_WRAPPED_LINES = 5


def wrap_width(lines: list[str]) -> int | None:
    """The width a document was hard-wrapped at, or ``None``.

    A wrapped document has many lines of about one length (half-width digits and
    punctuation shift the count a little) that stop mid-sentence, and hardly any longer
    line. Once rejoined, its paragraphs vary in length, so a second run finds no width.

    >>> page = ("各级工会要把维护职工合法权益作为工作的出发点和落脚点，切实为职工办实事、解难事，"
    ...         "做到思想上尊重、感情上贴近、工作上依靠、生活上关心，团结动员广大职工建功新时代。")
    >>> wrap_width([page[i:i + 20] for i in range(0, len(page), 20)] * 2)
    20
    >>> wrap_width(["工会干部要提高政治站位。", "学习加强了党性修养"] * 5) is None
    True
    """
    sized = [(visible_len(line), line) for line in lines]
    long = [(n, line) for n, line in sized if n >= MIN_WRAP]
    if len(long) < MIN_WRAPPED_LINES:
        return None
    counts = Counter(n for n, _ in long)
    width = max(counts, key=lambda n: (sum(counts.get(n + d, 0) for d in range(-WRAP_SHORT, WRAP_LONG + 1)), n))
    full = [line for n, line in long if _fills(n, width)]
    open_full = sum(not ends_sentence(line) for line in full)
    longer = sum(n > width + 3 * WRAP_LONG for n, _ in long)
    if open_full < MIN_WRAPPED_LINES or open_full * 2 < len(long) or longer * 20 > len(long):
        return None
    return width


def _fills(length: int, width: int) -> bool:
    return width - WRAP_SHORT <= length <= width + WRAP_LONG


def _wrapped(a_last_line: str, b: Para, width: int | None, indents: bool) -> bool:
    """``a_last_line`` filled the wrap width and stops mid-sentence (or, on a page whose
    paragraphs are indented, anywhere: ``b`` is not indented); ``b`` goes on."""
    if width is None or not _fills(visible_len(a_last_line), width):
        return False
    if a_last_line[-1:].isascii() and b.head[:1].isascii():
        return False  # English or numbers on both sides: a join would need a space
    if is_structural(b.head) or (indents and b.indented) or ends_sentence(a_last_line) and not indents:
        return False
    return (starts_han(b.head) or b.head[:1].isalnum()) and _CELL_GAP.search(b.head) is None


# Table cells in a wrapped page: runs of spaces or tabs, or bars (a single space is prose).
_CELL_GAP = re.compile(r"\S(?:[ \u3000]{2,}|\t|\s*[|│]\s*)\S")
#: Fewest indented lines that show a page marks its paragraphs by indentation.
MIN_INDENTED = 3


def _indented(text: str, content_start: int) -> bool:
    return content_start > 0 and text[content_start - 1] in " \t\u3000\u00a0"


def _marks_paragraphs_by_indent(paras: list[Para]) -> bool:
    indented = sum(p.indented for p in paras)
    return indented >= MIN_INDENTED and indented * 10 >= len(paras)


def _merge_sweep(text: str, paras: list[Para], width: int | None, indents: bool = False) -> tuple[list[Para], bool]:
    merged: list[Para] = []
    changed = False
    for para in paras:
        if merged:
            prev = merged[-1]
            start, end = prev.pieces[-1]
            if _joins(prev, para) or _wrapped(text[start:end], para, width, indents):
                prev.extend(para)
                changed = True
                continue
        merged.append(para)
    return merged, changed


class RejoinLines(Rule):
    """Rejoin a sentence that a line break (or a blank line) cut in two.

    **What it does.** Removes the line break, blank lines and indentation between two
    lines when the first leaves a sentence open and the second continues it: the first
    ends on a comma, an opening quote or a word such as 的; or the second starts with a
    comma, a closing mark or 们; or the first is running prose (a long line with a
    sentence end inside) that stops on a Han character and the second is not a heading.

    In a document hard-wrapped at a fixed width (a PDF copy, a text file: many lines of
    one length that stop mid-sentence), a line that fills the width and stops
    mid-sentence is joined to the next as well; if the page indents its paragraphs
    (``　　``), so is a full line ending with a stop when the next line is not indented.

    **Leaves alone** headings and list items (一、 （一） 1. ① 一是 第一,), lines ending in
    sentence-final punctuation or a colon, verse and other blocks of short lines, tables,
    and English (a join there would need a space).

    **Why.** Text copied from PDFs, Word documents and document-sharing sites keeps the
    page's line wrapping; a paragraph split in two becomes two paragraphs, and a word
    split across lines (全 / 面履行) becomes two non-words for search and typo checks.
    Lines are judged as they read once joined, so cleaning twice changes nothing.

    **Anti-pattern**::

        随着工作经验的积累和不断学习工会文件,我对工会工作

        的认识又有了提高。要开创工会工作新局面,就必须加强工会队伍建设。

    **Best practice**::

        随着工作经验的积累和不断学习工会文件,我对工会工作的认识又有了提高。要开创工会工作新局面,就必须加强工会队伍建设。
    """

    code = "L101"
    name = "layout.rejoin-lines"
    summary = "rejoin lines broken mid-sentence, keeping headings, lists, verse and tables"
    stage = Stage.LAYOUT

    def apply(self, text: str, ctx: Context) -> RuleResult:
        if "\n" not in text and "\r" not in text:
            return RuleResult()
        lines = content_lines(text)
        if all(ends_sentence(line.text[-_EDGE:]) for line in lines[:-1]):
            # no line leaves a sentence open: no seam joins, and no wrap width either
            # (it needs five full lines that stop mid-sentence)
            return RuleResult()
        width = wrap_width([line.text for line in lines])
        paras = [Para(line.text, line.pieces, _indented(text, line.pieces[0][0])) for line in lines]
        indents = width is not None and _marks_paragraphs_by_indent(paras)
        changed = True
        while changed:  # a join can make the joined paragraph read as prose: settle first
            paras, changed = _merge_sweep(text, paras, width, indents)
        edits = []
        for para in paras:
            for (_, end), (start, _) in zip(para.pieces, para.pieces[1:]):
                edits.append(Edit(end, start, ""))
        return RuleResult(edits=edits)
