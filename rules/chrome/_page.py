"""The page model the chrome rules share: a page's lines, its body paragraphs, its zones.

Chrome lives at the head and the tail of a page. The *body* is the run of lines from the
first to the last "body paragraph" (a line with enough Han characters and prose
punctuation); the head is what comes before it and the tail what comes after. Rules act
freely only inside those zones and need an unmistakable pattern elsewhere.

A rule gets the page of its text with ``ctx.analysis(make_page, text)``: the pipeline
computes it once per version of the text and hands the same :class:`Page` to every rule
until an edit changes the text (see :meth:`zhclean.rule.Context.analysis`).

>>> text = "首页\\n当前位置：首页 > 新闻\\n市总工会召开全委会议\\n发布日期：2019-10-25\\n" + "正文很长，" * 10 + "。\\n编辑：张三"
>>> pg = make_page(text)
>>> pg.zones
Zones(head_end=4, tail_start=5)
>>> pg.lines[pg.title()].text
'市总工会召开全委会议'
"""
from __future__ import annotations

import operator
import re
from bisect import bisect_right
from typing import Iterator, NamedTuple, Sequence, overload

from .._text import Line, han_count, line_list
from ._docsite_kinds import disclaimer_blocks
from ._memo import LineMemo
from ._kinds import BODY_MIN_HAN, body_paragraph_line, is_body_paragraph, is_disclaimer_line, is_footer_notice, pub_items
from ._licence_numbers import without_licence_numbers
from ._titles import MAX_TITLE_LEN, find_title, header_anchors, site_title_echo, title_above_info
from .vocab import MEMBER_SHARE_RE


class Zones(NamedTuple):
    """Where the body starts and ends; the head is before it, the tail after it."""

    head_end: int  # index of the first body paragraph (len(lines) when there is none)
    tail_start: int  # index just past the last body paragraph (0 when there is none)

    def in_tail(self, i: int) -> bool:
        """Line ``i`` comes after the last body paragraph."""
        return i >= self.tail_start

    def in_zone(self, i: int) -> bool:
        """Line ``i`` is in the head or the tail, where chrome may stand."""
        return i < self.head_end or i >= self.tail_start


class BodyFlags(Sequence[bool]):
    """Which lines of a page are body paragraphs, each judged when first asked.

    The rules look at a page's head and tail, where chrome stands: the zones are the
    first and the last body paragraph, found from each end, and most rules ask about a
    few lines near the edges. The long paragraphs between them, which cost the most to
    judge (:func:`~._kinds.is_body_paragraph`), are judged only when a rule asks about
    them (or walks the whole sequence). A line shorter than a paragraph's Han count is
    known at once to be none. The verdicts are the same whenever they are asked.

    Once :meth:`unmark_titles_over_info` is called, a line's verdict also asks whether it
    is a long title over publication info (:func:`~._titles.title_above_info`), again
    only when the line is asked about.

    >>> flags = BodyFlags(split_lines("首页\\n" + "会议要求，各级工会要切实履行维权服务基本职责，认真做好困难职工帮扶工作。" + "\\n版权所有"))
    >>> flags[1], list(flags), flags[-2:], len(flags), flags.judged()
    (True, [False, True, False], [True, False], 3, [False, True, False])
    """

    __slots__ = ("_lines", "_flags", "_before")

    def __init__(self, lines: Sequence[Line]):
        self._lines = lines
        # None: not judged yet
        self._flags: list[bool | None] = [None if len(ln.text) >= BODY_MIN_HAN else False for ln in lines]
        #: the verdicts before titles over info were unmarked (None until they are)
        self._before: BodyFlags | None = None

    def __len__(self) -> int:
        return len(self._flags)

    @overload
    def __getitem__(self, i: int) -> bool: ...
    @overload
    def __getitem__(self, i: slice) -> list[bool]: ...

    def __getitem__(self, i):
        if type(i) is not int:  # a slice (rare): each of its lines
            if isinstance(i, slice):
                return [self[k] for k in range(*i.indices(len(self._flags)))]
            i = operator.index(i)
        flag = self._flags[i]
        if flag is None:
            flag = self._flags[i] = self._judge(i)
        return flag

    def _judge(self, i: int) -> bool:
        before = self._before
        if before is None:
            return body_paragraph_line(self._lines[i].text)
        # a long title reads like prose; unmarked when publication info stands under it.
        # A title is short and holds no 。, and nearly every body paragraph is long or
        # holds one: those are passed over before the title test is asked. The test reads
        # the verdicts before this pass, as a pass over the lines in order would.
        s = self._lines[i].text
        return before[i] and not ("。" not in s and len(s.strip()) <= MAX_TITLE_LEN
                                  and title_above_info(self._lines, before, i))

    def unmark_titles_over_info(self) -> None:
        """From now on, a long title that reads like prose but stands over publication
        info is no body paragraph (:func:`titles_over_info`, each line judged when asked)."""
        if self._before is not None:
            return
        before = BodyFlags.__new__(BodyFlags)
        before._lines, before._flags, before._before = self._lines, self._flags, None
        self._before = before
        # a line that is no paragraph is no title over info either: its verdict stands
        self._flags = [None if flag is not False else False for flag in before._flags]

    def judged(self) -> list[bool]:
        """Every line's verdict, all judged now in one pass (for a rule that walks them all)."""
        flags = self._flags
        if None in flags:
            for i, flag in enumerate(flags):
                if flag is None:
                    flags[i] = self._judge(i)
        return list(flags)  # type: ignore[arg-type]

    def __setitem__(self, i: int, flag: bool) -> None:
        self._flags[i] = flag

    def __iter__(self) -> Iterator[bool]:
        for i, flag in enumerate(self._flags):
            yield self[i] if flag is None else flag

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and list(self) == list(other)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"BodyFlags({list(self)!r})"


_NOT_FOUND = object()


class Page:
    """A page split once: its lines, which of them are body paragraphs, its zones, and
    (found on first use) the header anchors and the title.

    C001 and C102 both need the title and C001 the anchors too; the pipeline hands them
    the same page while neither changes the text, so each is found once."""

    __slots__ = ("lines", "body", "zones", "notices", "text", "_anchors", "_title", "_starts")

    def __init__(self, lines: tuple[Line, ...], body: Sequence[bool], zones: Zones,
                 notices: tuple[tuple[int, str], ...] = (), text: str | None = None):
        self.lines = lines
        #: the text the lines were split from (``None``: not known), for searches of the
        #: whole page in C (:meth:`lines_matching`)
        self.text = text
        self._starts: list[int] | None = None
        self.body = body
        self.zones = zones
        #: ``(index, reason)`` of the lines of a document site's notice blocks
        #: (:func:`~._docsite_kinds.disclaimer_blocks`); never body paragraphs
        self.notices = notices
        self._anchors: tuple[int | None, int | None] | None = None
        self._title: object = _NOT_FOUND

    def anchors(self) -> tuple[int | None, int | None]:
        """``(pub, crumb)``: the publication-info line and the breadcrumb above it
        (:func:`~._titles.header_anchors`)."""
        if self._anchors is None:
            self._anchors = header_anchors(self.lines, self.zones.head_end)
        return self._anchors

    def title(self) -> int | None:
        """Index of the page's title line (:func:`~._titles.find_title`), or ``None``."""
        if self._title is _NOT_FOUND:
            self._title = find_title(self.lines, self.zones.head_end, self.anchors(), self.notices)
        return self._title  # type: ignore[return-value]

    def lines_matching(self, pattern: re.Pattern[str]) -> list[int]:
        """Indexes of the lines in which ``pattern`` matches, in order, found by searching
        the page's text (one search in C per line found, none for the lines between).
        ``pattern`` must match at least one character and no line break. Without the
        text, every line is searched.

        >>> make_page("首页\\n上一篇：通知\\n正文\\n下一篇：公告").lines_matching(re.compile("上一篇|下一篇"))
        [1, 3]
        """
        lines, text = self.lines, self.text
        if not lines:
            return []
        if text is None:
            return [i for i, ln in enumerate(lines) if pattern.search(ln.text)]
        starts = self._starts
        if starts is None:
            starts = self._starts = [ln.start for ln in lines]
        found: list[int] = []
        m = pattern.search(text)
        while m is not None:
            i = bisect_right(starts, m.start()) - 1
            found.append(i)
            m = pattern.search(text, lines[i].next) if lines[i].next > m.start() else None
        return found


def split_lines(text: str) -> tuple[Line, ...]:
    """Every line of ``text`` with its offsets (every version of every page is split:
    1,721 splits of 455 pages on a 5 MB corpus, hence :func:`~.._text.line_list`).

    >>> [ln[:3] for ln in split_lines("甲\\n\\n乙丙")]
    [(0, 1, 2), (2, 2, 3), (3, 5, 5)]
    """
    return tuple(line_list(text))


def make_page(text: str) -> Page:
    """Split ``text`` into a :class:`Page`: the analysis the chrome rules share."""
    lines = split_lines(text)
    body = body_flags(lines)
    # a site's notice reads like prose; counted as body it would move the zones once
    # C401 deleted it, and a second pass would take more
    notices = tuple(disclaimer_blocks(lines, body))
    for i, _ in notices:
        body[i] = False
    first_zones = zones(lines, body)
    # a browser title (标题 + site name) may read as prose, but it is the head's first line
    echo = site_title_echo(lines, body, first_zones.head_end)
    if echo is not None:
        body[echo] = False
    body.unmark_titles_over_info()
    # the browser title and titles over info lines are only unmarked: the zones can only
    # narrow, and they are looked for from the first zones' ends inwards
    return Page(lines, body, _narrowed_zones(lines, body, first_zones), notices, text)


def _narrowed_zones(lines: Sequence[Line], body: BodyFlags, first: Zones) -> Zones:
    """:func:`zones` of ``body``, whose paragraphs are some of those ``first`` was found
    from: the first and the last of them are looked for from ``first``'s ends inwards."""
    lo, hi = first.head_end, first.tail_start
    if lo >= hi:  # no body paragraph: the zones came from the hard-wrapped runs
        return first
    head = next((i for i in range(lo, hi) if body[i]), None)
    if head is None:
        return zones(lines, body)
    tail = next(i for i in range(hi - 1, head - 1, -1) if body[i])
    return Zones(head, tail + 1)


def body_flags(lines: Sequence[Line]) -> BodyFlags:
    """For every line, whether it is a body paragraph (:func:`~._kinds.is_body_paragraph`),
    judged when first asked (:class:`BodyFlags`).

    >>> list(body_flags(split_lines("首页\\n" + "会议要求，各级工会要切实履行维权服务基本职责，认真做好困难职工帮扶工作。")))
    [False, True]
    """
    return BodyFlags(lines)


def titles_over_info(lines: Sequence[Line], body: BodyFlags | list[bool]) -> bool:
    """Unmark the long titles that read like prose but stand over publication info
    (:func:`~._titles.title_above_info`), in ``body`` itself, all at once; whether any
    was. (:meth:`BodyFlags.unmark_titles_over_info` gives the same verdicts line by
    line, when they are asked.)

    A title is short and holds no 。, and nearly every body paragraph is long or holds
    one: those are passed over before the title test is asked."""
    changed = False
    for i, ln in enumerate(lines):
        s = ln.text
        if "。" not in s and len(s) >= BODY_MIN_HAN and len(s.strip()) <= MAX_TITLE_LEN and body[i] \
                and title_above_info(lines, body, i):
            body[i] = False
            changed = True
    return changed


# A hard-wrapped copy has no line long enough to read as a paragraph; runs of its
# prose fragments (three lines or more, each with this many Han characters) mark the body.
WRAPPED_MIN_HAN = 15
WRAPPED_MIN_RUN = 3


def zones(lines: Sequence[Line], body_flags: Sequence[bool] | None = None) -> Zones:
    """Where the body starts and ends.

    >>> zones(split_lines("首页\\n标题\\n工会工作要大胆实践，勇于创新，只有这样才能\\n增强工会组织的凝聚力，增强工会工作的\\n活力，这是我们多年来在实践中总结出的经验。\\n版权所有"))
    Zones(head_end=2, tail_start=5)
    """
    flags = body_flags if body_flags is not None else [is_body_paragraph(ln.text) for ln in lines]
    # the first and the last body paragraph, looked for from each end: the head and the
    # tail are short, the body between them long
    first = next((i for i, b in enumerate(flags) if b), None)
    if first is None:
        body = _wrapped_body(lines)
        if not body:
            return Zones(len(lines), len(lines))
        return Zones(body[0], body[-1] + 1)
    last = next(i for i in range(len(flags) - 1, first - 1, -1) if flags[i])
    return Zones(first, last + 1)


def _wrapped_body(lines: Sequence[Line]) -> list[int]:
    """Indexes of prose fragments that stand in runs of WRAPPED_MIN_RUN or more."""
    body: list[int] = []
    run: list[int] = []
    for i, ln in enumerate(lines):
        # a line shorter than a fragment's Han count is none: known without the memo
        if len(ln.text) >= WRAPPED_MIN_HAN and _prose_fragment_line(ln.text):
            run.append(i)
            continue
        if len(run) >= WRAPPED_MIN_RUN:
            body.extend(run)
        run = []
    if len(run) >= WRAPPED_MIN_RUN:
        body.extend(run)
    return body


def _is_prose_fragment(s: str) -> bool:
    return han_count(s) >= WRAPPED_MIN_HAN and not (
        is_footer_notice(s) or is_disclaimer_line(s) or MEMBER_SHARE_RE.search(s) or pub_items(s)
        or han_count(without_licence_numbers(s)) < WRAPPED_MIN_HAN)


_prose_fragment_line = LineMemo(_is_prose_fragment)
_PROSE_FRAGMENT = re.compile(r"[，。；！？,;]")


def list_run_end(pg: Page, start: int, wrapped: bool) -> int:
    """Index just past the list that follows a heading at ``start - 1``: every line up to
    the next body paragraph (a teaser paragraph ends the list, and stays). On a page with
    no body paragraphs (``wrapped``: hard-wrapped text) any line of prose ends it too."""
    lines, body = pg.lines, pg.body
    i = start
    while i < len(lines) and not body[i]:
        if wrapped and han_count(lines[i].text) >= 15 and _PROSE_FRAGMENT.search(lines[i].text):
            break
        i += 1
    return i


def body_shares(pg: Page) -> list[float]:
    """For every line ``i``, the share of the page's body-paragraph characters that come
    before it; on a page without body paragraphs (hard-wrapped text), the share of all
    its characters. One pass, so a rule may ask about every line."""
    body = pg.body.judged() if isinstance(pg.body, BodyFlags) else pg.body
    sizes = [len(ln.text) if b else 0 for ln, b in zip(pg.lines, body)]
    if not any(sizes):
        sizes = [len(ln.text) for ln in pg.lines]
    total = sum(sizes)
    shares, before = [], 0
    for size in sizes:
        shares.append(before / total if total else 1.0)
        before += size
    return shares
