"""L101: rejoin lines broken in the middle of a sentence."""
from __future__ import annotations

import re
from bisect import bisect_left

from zhclean.model import Edit, RuleResult
from zhclean.rule import Context, Rule, Stage

from ._layout import (
    ANY_SPACE, content_lines, ends_han, ends_open, ends_sentence, framed_by_dashes, is_tabular, starts_han, starts_open,
    visible_len,
)
from ._text import HAN_RE, SENTENCE_END
from ._wrap_widths import (
    _EDGE,
    _FIELD_LABEL,
    _PUNCTUATION,
    _WRAP_CHARS,
    AFTER_NUMBER, CELL_GAP, CONTENTS_ENTRY, ENTRY_REST, MIN_CUT_LINES, MIN_INDENTED, MIN_WRAP, STAMP_END, WRAP_SLACK,
    Layout,
    _digits_meet,
    _structural,
    columns,
    title_above,
)

#: Both lines this short and neither grammatically open: verse, a table column, a title block.
SHORT_LINE = 20
#: A line this short ending in a comma is a salutation or label (同志们，), even before prose.
SALUTATION_LINE = 12
#: A line at least this long, with a sentence end inside, is running prose.
PROSE_LINE = 40
#: A line this short without any sentence end reads as a heading.
TITLE_LINE = 30
_SENTENCE_STOPS = frozenset(SENTENCE_END) - frozenset("：:")


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
        spaced = ANY_SPACE.search(text) is not None
        self.visible = visible_len(text) if spaced else len(text)
        self.stops = not _SENTENCE_STOPS.isdisjoint(text)
        self.spaced = spaced or "|" in text or "│" in text
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
    # _joins's first test, asked before the paragraphs are built: a Para reads the whole of
    # its text (its stops, its width), and most pairs a chrome rule asks about end a sentence
    if ends_sentence(a[-_EDGE:]) or _structural(b[:_EDGE]):
        return False
    return _joins(Para(a), Para(b))


def _joins(a: Para, b: Para) -> bool:
    if ends_sentence(a.tail) or _structural(b.head):
        return False
    if starts_open(b.head):
        return True
    short_pair = a.visible <= SHORT_LINE and b.visible <= SHORT_LINE
    if ends_open(a.tail) and (starts_han(b.head) or b.head[:1].isdigit()) and not framed_by_dashes(a.head, a.tail):
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


def wrap_widths(lines: list[str]) -> tuple[int, ...]:
    """The widths, in columns, a document was hard-wrapped at: none, one or several.

    Once rejoined, its paragraphs vary in length, so a second run finds no width.

    >>> page = ("各级工会要把维护职工合法权益作为工作的出发点和落脚点，切实为职工办实事、解难事，"
    ...         "做到思想上尊重、感情上贴近、工作上依靠、生活上关心，团结动员广大职工建功新时代。")
    >>> wrap_widths([page[i:i + 20] for i in range(0, len(page), 20)] * 2)
    (40,)
    >>> wrap_widths([page[i:i + 20] for i in range(0, len(page), 20)] * 2 + [page[i:i + 17] for i in range(0, len(page), 17)])
    (34, 40)
    >>> wrap_widths(["工会干部要提高政治站位。", "学习加强了党性修养"] * 5)
    ()
    """
    return Layout(lines).widths


def _wrapped(a: Para, b: Para, full: bool, paragraph_mark: bool | None, first: bool = False) -> bool:
    """``a``'s last line fills a wrap width and stops mid-sentence (or, on a page that marks
    its paragraphs by indents or blank lines, anywhere the mark ``paragraph_mark`` is
    missing: then ``b`` must not read as a title or verse); ``b`` goes on."""
    if not full or paragraph_mark:
        return False
    if _latin_seam(a, b) or HAN_RE.search(a.text) is None:
        return False  # English or code: a line of code as wide as the wrap ends where it ends
    if _structural(b.head) or _heading_then_line(a, b, first):
        return False
    if _FIELD_LABEL.match(b.head) and _FIELD_LABEL.search(a.text):
        return False  # a record's fields, one a line (地址：… / 电话：…)
    if STAMP_END.search(a.tail):
        return False  # a comment or a post signed with its time (see STAMP_END)
    if ends_sentence(a.tail):
        # a stop at the margin ends a paragraph unless the page marks paragraphs otherwise
        if paragraph_mark is None or (b.visible <= TITLE_LINE and not b.stops) or b.visible <= SHORT_LINE:
            return False
    return (starts_han(b.head) or b.head[:1].isalnum() or b.head[:1] in "%％") and CELL_GAP.search(b.head) is None


def _latin_seam(a: Para, b: Para) -> bool:
    """English or code on both sides of the break: a join would need a space (a number cut
    in two needs none), and a line of code ends where it ends (``….test.data`` / ``def f():``)."""
    return a.tail[-1:].isascii() and b.head[:1].isascii() and not _digits_meet(a.tail, b.head)


def _entry_halves(a: Para, b: Para) -> bool:
    """``a`` and ``b`` can be the halves of a list entry the width cut: the first half is
    Chinese (a line of code or an address with no Han in it ends where it ends, however wide
    it is) and the seam is not between two English words."""
    return HAN_RE.search(a.text) is not None and not _latin_seam(a, b)


def _heading_then_line(a: Para, b: Para, first: bool) -> bool:
    """``a`` is one line that reads as a heading that happens to be as wide as the wrap: a
    list marker and no stop, no longer than a heading runs (a numbered paragraph's first
    line fills a wider wrap); the page's ``first`` line without punctuation ending in the name
    of a kind of document (…的通知, …心得体会: a title); a contents entry (``第二章 总则……5``);
    or ``b`` is a short line ending in a colon (a salutation, 各单位：) under a line without
    a stop."""
    if len(a.pieces) == 1 and (not a.stops and (_structural(a.head) and not _heading_rest(a, b)
                                                or first and _DOCUMENT_TITLE.search(a.tail))
                               or CONTENTS_ENTRY.search(a.tail)):
        return True
    return not a.stops and len(b.pieces) == 1 and b.visible <= SALUTATION_LINE * 2 and b.tail[-1:] in "：:"


#: Longest rest of a numbered heading cut at the width (…凝聚力 / 和战斗力).
HEADING_REST = 14


def _heading_rest(a: Para, b: Para) -> bool:
    """``b`` is the rest of a numbered heading the width cut: one short line without any
    punctuation (a paragraph after a heading runs on, or ends in a stop); longer, up to a
    title's length, where the heading stops on a comma (no heading ends there)."""
    longest = TITLE_LINE if a.tail[-1:] in "，," else HEADING_REST
    return len(b.pieces) == 1 and b.visible <= longest and _PUNCTUATION.search(b.text) is None \
        and not ends_sentence(b.tail)


# A title names the kind of document it heads (公文文种 and the like) and has no punctuation.
_DOCUMENT_KINDS = (r"(?:通知|通报|报告|请示|批复|意见|决定|决议|公告|通告|纪要|方案|规划|计划|要点|总结|讲话|发言|"
                   r"体会|心得|感想|办法|规定|细则|条例|章程|制度|守则|倡议书|申请书|汇报|思考|浅谈|研究|综述|简报|说明)[”》」]?$")
_DOCUMENT_TITLE = re.compile(r"^[^，,、；;。！？!?：:]*" + _DOCUMENT_KINDS)
_DOCUMENT_KIND = re.compile(_DOCUMENT_KINDS)  # the name alone, at the end


def _indent(text: str, content_start: int) -> str:
    # (the \r is looked for after the line's \n only: searched from the text's start it
    # made the rule quadratic on a text without one, 6.7 s for 640k characters of short lines)
    newline = text.rfind("\n", 0, content_start)
    return text[max(newline, text.rfind("\r", newline + 1, content_start)) + 1:content_start]


def _indented(text: str, content_start: int) -> bool:
    return content_start > 0 and text[content_start - 1] in " \t\u3000\u00a0"


def _marks_paragraphs_by_indent(indented: list[bool]) -> bool:
    count = sum(indented)
    return count >= MIN_INDENTED and count * 10 >= len(indented)


def _merge_sweep(text: str, paras: list[Para], full_at: dict[int, bool], indents: bool = False,
                 blanks: bool = False, page_numbers: frozenset[int] = frozenset(),
                 at_start: bool = True, entry_at: set[int] | frozenset[int] = frozenset()) -> tuple[list[Para], bool]:
    """One pass joining each paragraph to the one before where it goes on; ``at_start``:
    ``paras`` begin the page (its first line may be a title); ``entry_at``: where the
    first halves of list entries the width cut in two start."""
    merged: list[Para] = []
    changed = False
    for para in paras:
        if merged and para.pieces[0][0] not in page_numbers:
            prev = merged[-1]
            number = None
            if prev.pieces[-1][0] in page_numbers and len(merged) > 1:
                # a page number the page break left in a sentence: join around it, and it goes
                number, prev = prev, merged[-2]
            last_start, last_end = prev.pieces[-1]
            full = full_at.get(last_start, False)
            if number is None:
                mark = (para.indented if indents else _blank_between(text, last_end, para.pieces[0][0]) if blanks
                        else None) if full else None
                title = at_start and len(merged) == 1 and title_above(prev, para)  # (…有什么要注意的 / its text)
                joins = not title and (
                    last_start in entry_at and _entry_halves(prev, para) or _joins(prev, para) or _word_rest(prev, para)
                    or _wrapped(prev, para, full, mark, at_start and len(merged) == 1)
                    or bool(full_at) and not full and _two_line_paragraph(
                        prev, para, True if at_start and len(merged) == 2 or not at_start and len(merged) == 1
                        else merged[-2] if len(merged) > 1 else None))
            else:
                mark = (para.indented if indents else _blank_between(text, last_end, para.pieces[0][0], 1) if blanks
                        else None)
                joins = not ends_sentence(prev.tail) and (
                    full and _wrapped(prev, para, full, mark, at_start and len(merged) == 2)
                    or (ends_open(prev.tail) or starts_open(para.head)) and _joins(prev, para))
            if joins:
                if number is not None:
                    merged.pop()
                prev.extend(para)
                changed = True
                continue
        merged.append(para)
    return merged, changed


def _runs(lines: list, ends: list[bool], full_at: dict[int, bool], page_numbers: frozenset[int]):
    """``(first, stop)`` of the runs of lines that may join, split where no join can cross:
    after a line that ends a sentence and fills no width, with no page number either side
    (both join tests stop there, whatever was joined before). Runs of one line are left
    out: most lines of web text end a sentence, and they cost nothing this way."""
    first = 0
    for i in range(len(lines) - 1):
        here, after = lines[i].pieces[0][0], lines[i + 1].pieces[0][0]
        if ends[i] and not full_at.get(here, False) and here not in page_numbers and after not in page_numbers:
            if i > first:
                yield first, i + 1
            first = i + 1
    if len(lines) - 1 > first:
        yield first, len(lines)


def _word_rest(a: Para, b: Para) -> bool:
    """``b`` is the last character or two of a title's last word, cut off by the margin
    (…》的通 / 知, …的实施 / 意见): together they end in the name of a kind of document,
    ``a`` alone does not."""
    return (len(b.pieces) == 1 and b.visible <= ENTRY_REST and b.text.isalpha() and ends_han(a.tail)
            and a.visible >= SALUTATION_LINE and _DOCUMENT_KIND.search(a.tail + b.text) is not None
            and _DOCUMENT_KIND.search(a.tail) is None)


def _two_line_paragraph(a: Para, b: Para, before: Para | bool | None) -> bool:
    """On a wrapped page, ``a`` and ``b`` are a paragraph of two lines at a width of its own
    (a page put together from sources wrapped differently shows it once): ``a`` is a long
    line of prose with clauses inside that stops on a Han character, after a paragraph's
    end, a numbered heading or the page's first line (``before``: that paragraph; True
    after the first line or one that ended a run of lines; None where ``a`` is the first
    line, a title); ``b``, shorter, goes on to the end of the sentence (not a colon: a
    salutation). The last entry of a list and the closing under it (…守护平安家园 /
    谢谢大家！) follow another entry."""
    if before is None or len(a.pieces) != 1 or len(b.pieces) != 1 or not (
            ends_han(a.tail) and (starts_han(b.head) or b.head[:1].isdigit())):
        return False
    if isinstance(before, Para) and not (ends_sentence(before.tail) or _structural(before.head) and not before.stops):
        return False
    if ends_sentence(a.tail) or b.tail[-1:] in "：:" or not ends_sentence(b.tail) or _structural(b.head) \
            or _PUNCTUATION.search(a.text) is None:
        return False
    if _structural(a.head) and not a.stops or a.tabular() or b.tabular():
        return False
    wide = columns(a.text)
    return wide >= MIN_WRAP and columns(b.text) < wide - 2 * WRAP_SLACK


def _blank_between(text: str, end: int, start: int, skipped_lines: int = 0) -> bool:
    """A blank line between ``end`` and ``start``, besides the breaks of ``skipped_lines``
    lines in between."""
    return text.count("\n", end, start) - skipped_lines > 1


def _number_belongs(before: str, number: str, after: str) -> bool:
    """A number on a line of its own reads as part of the sentence around it, not as a
    page number: it finishes the number the line before ends in (…电话：8487932 / 9),
    that line ends in a word that takes a number (总数为 / 120), or the line after opens
    with a measure word or a unit (共 / 12 / 个单位)."""
    return (_digits_meet(before, number) or before[-1:] in _BEFORE_NUMBER or after[:1] in AFTER_NUMBER
            or number[-1:] in "%％")


_BEFORE_NUMBER = frozenset("为共达约第计有是至到超近逾余占")


def _page_number_lines(lines: list) -> frozenset[int]:
    """Where the lines that are only a page number start (not a number that belongs to
    the sentence around it: see :func:`_number_belongs`)."""
    return frozenset(line.pieces[0][0] for i, line in enumerate(lines)
                     if len(line.text) <= _PAGE_NUMBER_CHARS and _PAGE_NUMBER_LINE.fullmatch(line.text)
                     and not _number_belongs(lines[i - 1].text if i else "", line.text,
                                             lines[i + 1].text if i + 1 < len(lines) else ""))


_PAGE_NUMBER_CHARS = 16  # longest line the shapes below take (第 123 页, - 12 -)


#: A line that is only a page number, framed or not (3, [3], （3）, - 3 -, ·3·, 3/12, 第3页):
#: inside a sentence a page break cut, page furniture whatever other text shares its shape.
_PAGE_NUMBER_LINE = re.compile(
    r"(?:[-－—–~～·•\[【［〔(（]{1,2}\s*)?(?:\d{1,3}(?:\s*[/／]\s*\d{1,3})?|第\s*\d{1,3}\s*页|[Pp]age\s*\d{1,3})"
    r"(?:\s*[-－—–~～·•\]】］〕)）]{1,2})?")


class RejoinLines(Rule):
    """Rejoin a sentence that a line break (or a blank line) cut in two.

    **What it does.** Removes the line break, blank lines and indentation between two
    lines when the first leaves a sentence open and the second continues it: the first
    ends on a comma, an opening quote or a word such as 的; or the second starts with a
    comma, a closing mark or 们; or the first is running prose (a long line with a
    sentence end inside) that stops on a Han character and the second is not a heading.

    In a document hard-wrapped at fixed widths (a PDF copy, a text file, a copy put
    together from several: runs of lines of one width in columns that stop mid-sentence
    and end in a sentence end), a line that fills its block's width and stops
    mid-sentence is joined to the next as well. The page's widths are found first: none,
    one or several, each a character or two either way. If the page marks its paragraphs
    (an indent ``　　``, or blank lines between paragraphs and none inside), a full line
    ending with a stop is joined too where the mark is missing. A page number left inside
    a sentence (a line that is only ``3``, ``[3]``, ``（3）``…) goes with the break it
    sits in; a list entry wider than the page has its two halves joined.

    **Leaves alone** headings and list items (一、 （一） 1. ① Ⅱ、 一是 第一,), lines ending in
    sentence-final punctuation or a colon, a mark set off by dashes (—— 试读结束 ——), verse
    and other blocks of short lines, tables,
    and English (a join there would need a space); on a wrapped page also a numbered
    heading without a stop however long, a title (…的通知) or a contents entry that
    happens to be as wide as the wrap, the lines of a list (entries sharing an opening,
    an ending, a name or a field label; slogans or verse of parallel clauses; entries
    ending in numbers), and a stop at the margin on a page without paragraph marks.

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
        gaps, widths_possible = _planned_gaps(text)
        rounds = 1
        while gaps and widths_possible and rounds < MAX_ROUNDS:
            # the joined page is measured again, as a second clean would measure it: lines
            # that filled no width among the broken ones may fill one among the joined
            # (planned again only where it shows widths: other joins settle in one plan)
            joined, back = _without(text, gaps)
            more, widths_possible = _planned_gaps(joined, wrapped_only=True)
            if not more:
                break
            gaps = sorted(gaps + [(back(a), back(b)) for a, b in more])
            rounds += 1
        return RuleResult(edits=[Edit(a, b, "") for a, b in gaps])


#: Most times a page is planned: once, then again on the joined page while widths are found.
MAX_ROUNDS = 3


def _without(text: str, gaps: list[tuple[int, int]]):
    """``text`` with the ``gaps`` (sorted, apart) deleted, and the map from a position in
    it back to one in ``text``."""
    parts, starts, removed, last, gone = [], [], [], 0, 0
    for a, b in gaps:
        parts.append(text[last:a])
        starts.append(a - gone)
        gone += b - a
        removed.append(gone)
        last = b
    parts.append(text[last:])
    return "".join(parts), lambda pos: pos + (removed[bisect_left(starts, pos) - 1] if bisect_left(starts, pos) else 0)


def _planned_gaps(text: str, wrapped_only: bool = False) -> tuple[list[tuple[int, int]], bool]:
    """The spans L101 deletes to join lines (a break and the blank lines and indent about
    it, or a page number's line with them), and whether the page has wrap widths; with
    ``wrapped_only``, none on a page without widths. The flag says whether the joined
    page may show widths: three long lines that stop mid-sentence within a width's slack
    (the least any width needs)."""
    lines = content_lines(text)
    ends = [ends_sentence(line.text[-_EDGE:]) for line in lines]
    if all(ends[:-1]):
        # no line leaves a sentence open: no seam joins, and no wrap width either
        # (it needs full lines that stop mid-sentence)
        return [], False
    page_numbers = _page_number_lines(lines)
    # the widths are read off the text without its stray page numbers (a page's last
    # line runs on to the next page's first)
    laid = [line for line in lines if line.pieces[0][0] not in page_numbers] if page_numbers else lines
    full_at: dict[int, bool] = {}
    entry_at: set[int] = set()
    blanks = indents = False
    if sum(len(line.text) >= _WRAP_CHARS and not end and line.pieces[0][0] not in page_numbers
           for line, end in zip(lines, ends)) >= MIN_CUT_LINES:
        laid_ends = [end for line, end in zip(lines, ends) if line.pieces[0][0] not in page_numbers] if page_numbers else ends
        layout = Layout([line.text for line in laid], [_indent(text, line.pieces[0][0]) for line in laid], laid_ends)
        if layout.widths:
            full_at = {line.pieces[0][0]: layout.fills(i) for i, line in enumerate(laid)}
            entry_at = {line.pieces[0][0] for i, line in enumerate(laid) if layout.cuts_entry(i)}
            between = [sum(a.pieces[-1][1] < n < b.pieces[0][0] for n in page_numbers) if page_numbers else 0
                       for a, b in zip(laid, laid[1:])]
            blanks = layout.marks_by_blank([_blank_between(text, a.pieces[-1][1], b.pieces[0][0], k)
                                            for a, b, k in zip(laid, laid[1:], between)] + [False])
            indents = _marks_paragraphs_by_indent([_indented(text, line.pieces[0][0]) for line in laid])
    if wrapped_only and not full_at:
        return [], False
    gaps: list[tuple[int, int]] = []
    open_widths: list[tuple[int, bool]] = []  # the joined page's long lines that stop mid-sentence
    for first, stop in _runs(lines, ends, full_at, page_numbers):
        paras = [Para(line.text, line.pieces, _indented(text, line.pieces[0][0])) for line in lines[first:stop]]
        changed = True
        while changed:  # a join can make the joined paragraph read as prose: settle first
            paras, changed = _merge_sweep(text, paras, full_at, indents, blanks, page_numbers, first == 0, entry_at)
        opened = -1  # the last paragraph of the run in open_widths
        for k, para in enumerate(paras):
            gaps += [(end, start) for (_, end), (start, _) in zip(para.pieces, para.pieces[1:])]
            if 2 * para.visible + _INDENT_COLUMNS >= MIN_WRAP and not ends_sentence(para.tail):
                open_widths.append((columns(para.text), len(para.pieces) > 1))
                opened = k
            elif opened == k - 1 >= 0 and len(para.pieces) > 1 and ends_sentence(para.tail):
                # a join ended the sentence under a long open line (…新闻首 / q / ; → q;): that
                # line now runs on to a sentence end, a width's evidence, as if joined itself
                open_widths[-1] = (open_widths[-1][0], True)
    if not gaps or full_at:
        return gaps, bool(full_at)
    # no width: the joined page may show one only where a joined line is among three long
    # open lines about one width (an indent may add to a line's width: the window allows one)
    open_widths.sort()
    return gaps, any(open_widths[k + MIN_CUT_LINES - 1][0] - open_widths[k][0] <= 2 * WRAP_SLACK + _INDENT_COLUMNS
                     and any(joined for _, joined in open_widths[k:k + MIN_CUT_LINES])
                     for k in range(len(open_widths) - MIN_CUT_LINES + 1))


_INDENT_COLUMNS = 8  # a deep paragraph indent (four full-width spaces)
