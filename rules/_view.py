"""The laid-out view: a page's lines as the layout rules will leave them.

The chrome rules run before the layout rules (L101 rejoins lines broken mid-sentence,
L301 and L302 lay out spaces), so what a chrome rule sees is not what a second cleaning
sees: a title hard-wrapped in two, or two head lines L101 joins into a paragraph that
moves the page's zones. The view is the one place that asks the later rules what they
will do, instead of each chrome rule imitating them:

* :func:`laid_out_line`: a line's spaces as L301 and L302 leave them
  (:func:`._layout.laid_out`, built on L301's :func:`.whitespace.normalised_run` and
  L302's own patterns);
* :meth:`View.page`: the page with the lines L101 joins into one logical line joined
  (L101's own :func:`.layout_rejoin.should_join`, swept as L101 sweeps, until nothing
  more joins), and :meth:`View.delete`: the source span of a whole logical line.

It is a shared analysis, ``ctx.analysis(laid_out_view, text)``: computed once per version
of the text for every chrome rule, and lazily: the joins are looked for only in the
page's head and tail, where chrome is judged and where a join can move the zones; a
page without any join is the shared page itself, at no cost. A page without a body
paragraph of up to :data:`._view_joins.PLANNED_PAGE` lines (as L101 leaves it) is planned
whole by L101 itself, wrap widths and all; elsewhere L101's own plan of the page (its
wrap widths join full lines on a hard-wrapped page) is asked only where a join keeps an
edge paragraph one and a long open line may let a width run on (see
docs/reliability.md). The blank lines L301 collapses are laid out on the whole of a short
page, and in the head and tail of a longer one. The joins are found in :mod:`._view_joins`; when they move the
body's edges the view looks again at the new edges (:data:`VIEW_ROUNDS`).

>>> text = "市总工会召开全委会议部署下半年工作的\\n重点任务\\n发布日期：2019-10-25\\n" + "会议要求，各级工会要切实履行维权服务职责。" * 2
>>> from .chrome._page import make_page
>>> view = laid_out_view(text)
>>> pg = view.page(make_page(text))
>>> [ln.text for ln in pg.lines][:2], view.logical(0), view.span(0)
(['市总工会召开全委会议部署下半年工作的重点任务', '发布日期：2019-10-25'], (0, 1), (0, 24))
"""
from __future__ import annotations

import re
from typing import Sequence

from zhclean.model import Edit, RuleResult
from zhclean.rule import Context

from ._layout import laid_out
from ._text import Line, delete_line
from ._view_joins import (  # noqa: F401  (joined_runs, judged_lines, SHORT_PAGE: the view's API)
    CHAIN_LINES, EDGE_BODY_LINES, MEMO_LONGEST, SHORT_PAGE, edge_ranges, is_short, joined_runs, judged_lines,
    _planned_whole, _with_blank_runs,
)
from .chrome._memo import LineMemo
from .chrome._page import Page, make_page

#: A token a page scatters under its title (a comment count ``9``, ``A+``), not a line of text.
TINY_TOKEN = re.compile(r"[\dA-Za-z+\-－＋]{1,3}")
#: :func:`._layout.laid_out` of a line, remembered by the line's text (a pure function of
#: it, with no option: the same line gets the same answer on any page and in any pipeline;
#: bounded like every :class:`.chrome._memo.LineMemo`).
laid_out_line = LineMemo(laid_out, longest=MEMO_LONGEST)  # laid_out_line('\u3000\u3000字号：大 中 小') == '字号：大中小'


def laid_out_lines(lines: Sequence[Line], inside: range = range(0), longest: int = 0) -> tuple[Line, ...]:
    """``lines`` as L301 and L302 will leave them (:func:`laid_out_line`), each keeping
    its offsets; a line they leave as it is stays the same object, and so does a line
    ``inside`` the range (the body between a page's first and last paragraph) longer than
    ``longest``: a rule that never judges those is not made to lay them out."""
    return tuple(ln if (i in inside and len(ln.text) > longest) or (t := laid_out_line(ln.text)) == ln.text
                 else ln._replace(text=t) for i, ln in enumerate(lines))


class View:
    """The laid-out view of one version of a text; see the module's docstring.

    :meth:`page` gives the page a chrome rule judges; its line ``j`` stands for the
    source lines :meth:`logical` ``(j)`` of the text.
    """

    __slots__ = ("text", "_page", "_source", "_runs")

    def __init__(self, text: str):
        self.text = text
        self._page: Page | None = None
        self._source: Sequence[Line] = ()  # the source lines (the shared page's)
        self._runs: list[tuple[int, int]] | None = None  # view line -> source lines; None: one to one

    def page(self, pg: Page) -> Page:
        """The page of the text with L101's joins made and, on a short one, the blank lines
        L301 removes gone, given the shared page ``pg`` of the same text (``ctx.analysis(make_page,
        text)``): ``pg`` itself when there are none."""
        if self._page is None:
            self._source = lines = pg.lines
            runs = joined_runs(self.text, pg)
            # L301 removes the blank lines opening a text and keeps one of each run of
            # them; a longer page has them laid out in its head and tail only, where chrome
            # is judged (a title over seven blank lines and a date line, on a page of 30
            # lines: C102 took the date only on a second cleaning). The body keeps them: a
            # page of its own for every version of a long page cost 5 %.
            runs = _with_blank_runs(lines, runs, None if is_short(pg) or _planned_whole(pg) else edge_ranges(pg))
            if not runs:
                self._page = pg
            else:
                page, source = _joined_page(self.text, lines, runs)
                if not _planned_whole(pg):
                    page, source = _rejoined_at_new_edges(self.text, lines, pg, page, source)
                self._page, self._runs = page, source
        return self._page

    def logical(self, j: int) -> tuple[int, int]:
        """``(first, last)``: the source lines that view line ``j`` stands for."""
        if self._runs is None:
            return j, j
        return self._runs[j]

    def span(self, j: int) -> tuple[int, int]:
        """Source offsets of view line ``j``, its last line break included."""
        first, last = self.logical(j)
        return self._source[first].start, self._source[last].next

    def delete(self, j: int) -> Edit:
        """The edit that deletes view line ``j``: the whole logical line, every piece."""
        start, end = self.span(j)
        return Edit(start, end, "")

    def source_line(self, j: int) -> Line | None:
        """The one source line view line ``j`` is, or ``None`` when it joins several (an
        edit inside it cannot be placed in the source)."""
        first, last = self.logical(j)
        return self._source[first] if first == last else None


#: Times the view looks again for joins at the body's edges once its joins moved them.
VIEW_ROUNDS = 3


def _rejoined_at_new_edges(text: str, lines: Sequence[Line], pg: Page, page: Page,
                           source: list[tuple[int, int]]) -> tuple[Page, list[tuple[int, int]]]:
    """The view's ``page`` (its lines' ``source``) with the joins L101 makes at the edges
    its own joins moved the body's zones to: a tail line joined into the last paragraph
    unmakes it, and the paragraph above, now the last, may be joined to the line under it
    (``…，`` / ``首页 > 新闻…``), which a second cleaning judges as one line."""
    edges = (pg.zones.head_end, pg.zones.tail_start)
    for _ in range(VIEW_ROUNDS - 1):
        z, n = page.zones, len(source)
        head = source[z.head_end][0] if z.head_end < n else len(lines)
        tail = source[z.tail_start - 1][1] + 1 if z.tail_start > 0 else 0
        if (head, tail) == edges:
            break  # the edges stayed: their lines were looked at
        edges = (head, tail)
        assert page.text is not None  # a joined page is made from its text
        more = [(a, b) for a, b in joined_runs(page.text, page) if b > a]
        if not more:
            break
        starts = {a: b for a, b in more}
        runs: list[tuple[int, int]] = []
        j = 0
        while j < n:
            last = starts.get(j, j)
            first_src, last_src = source[j][0], source[last][1]
            if last_src > first_src:
                runs.append((first_src, last_src))
            j = last + 1
        page, source = _joined_page(text, lines, runs)
    return page, source


class AsIs:
    """A page's own lines as the view's lines, one to one (:class:`View`'s interface)."""

    __slots__ = ("lines",)

    def __init__(self, pg: Page):
        self.lines = pg.lines

    def delete(self, i: int) -> Edit:
        return delete_line(self.lines[i])

    def source_line(self, i: int) -> Line | None:
        return self.lines[i]


def _joined_page(text: str, lines: Sequence[Line], runs: list[tuple[int, int]]) -> tuple[Page, list[tuple[int, int]]]:
    """The page of ``text`` with each run's lines joined as L101 joins them (what lies
    between one piece's content and the next's removed), and each view line's source."""
    parts: list[str] = []
    source: list[tuple[int, int]] = []
    pos = 0
    i = 0
    starts = {first: last for first, last in runs}
    n = len(lines)
    while i < n:
        last = starts.get(i, i)
        source.append((i, last))
        if last > i:
            pieces = [k for k in range(i, last + 1) if lines[k].text.strip()]
            if not pieces:  # a run of blank lines: the first stays
                parts.append(text[pos:lines[i].next])
                pos = lines[last].next
            elif i == 0 and pieces[0] > 0:  # the blank lines opening the text go
                pos = _content_start(lines[pieces[0]])
            for a, b in zip(pieces, pieces[1:]):
                end_a = lines[a].start + len(lines[a].text.rstrip())
                start_b = _content_start(lines[b])
                parts.append(text[pos:end_a])
                pos = start_b
        i = last + 1
    parts.append(text[pos:])
    page = make_page("".join(parts))
    assert len(page.lines) == len(source), (len(page.lines), len(source))
    return page, source


class NonBlank:
    """Positions of a page's non-blank lines, so "the line above" and "two lines around"
    skip blank lines in constant time however many there are."""

    def __init__(self, lines: Sequence[Line]):
        self.indexes = [i for i, ln in enumerate(lines) if ln.text.strip()]
        self.rank = {i: r for r, i in enumerate(self.indexes)}
        self._prev: list[int] = []
        last = -1
        for i, ln in enumerate(lines):
            self._prev.append(last)
            if ln.text.strip() and not TINY_TOKEN.fullmatch(ln.text.strip()):
                last = i

    def previous(self, i: int) -> int:
        """Index of the last non-blank line before ``i`` (-1 when there is none), passing
        over tiny tokens a page scatters under its title (a comment count ``9``, ``A+``)."""
        return self._prev[i]

    def around(self, i: int, steps: int) -> list[int]:
        """The ``steps`` non-blank lines on each side of the non-blank line ``i``."""
        r = self.rank[i]
        return self.indexes[max(0, r - steps):r] + self.indexes[r + 1:r + 1 + steps]


def _content_start(line: Line) -> int:
    return line.start + len(line.text) - len(line.text.lstrip())


def laid_out_view(text: str) -> View:
    """The :class:`View` of ``text``: the shared analysis (``ctx.analysis(laid_out_view, text)``)."""
    return View(text)


def deletions_union(edits: Sequence[Edit]) -> list[Edit]:
    """Deletions (edits with an empty replacement) merged where they overlap or touch, in
    order: what a rule deletes judging the page as it stands and as the view joins it.

    >>> deletions_union([Edit(5, 9, ""), Edit(0, 3, ""), Edit(3, 6, "")])
    [Edit(start=0, end=9, replacement='')]
    """
    merged: list[Edit] = []
    for e in sorted(edits, key=lambda e: (e.start, -e.end)):
        if merged and e.start <= merged[-1].end:
            if e.end > merged[-1].end:
                merged[-1] = Edit(merged[-1].start, e.end, "")
        else:
            merged.append(e)
    return merged


class OnView:
    """Mixin for a line rule (:class:`.chrome._line_rule.LineRule`) that judges the page
    as it stands and, where L101 joins lines of its head or tail, the view's page too,
    deleting whole logical lines there: what it deletes on either is deleted (a line
    that is chrome alone goes before L101 can join it; one that is chrome once joined
    goes with every piece, as a second cleaning would take it). Put it first among the
    bases."""

    def apply(self, text: str, ctx: Context) -> RuleResult:
        if self.triggers and not self.may_apply(text):  # type: ignore[attr-defined]
            return RuleResult()
        raw = ctx.analysis(make_page, text)
        view = ctx.analysis(laid_out_view, text)
        pg = view.page(raw)
        meta = self.page_meta(pg, ctx)  # type: ignore[attr-defined]
        edits = []
        for page, delete in ((pg, view.delete), (raw, lambda i: delete_line(raw.lines[i])))[:1 if pg is raw else 2]:
            for j, _reason in self.chrome_lines(page, ctx):  # type: ignore[attr-defined]
                edits.append(delete(j))
                for key, value in self.line_meta(page.lines[j]).items():  # type: ignore[attr-defined]
                    meta.setdefault(key, value)
        return RuleResult(edits=edits if pg is raw else deletions_union(edits), meta=meta)

    def explain(self, text: str, ctx: Context | None = None) -> list[tuple[str, str]]:
        """The lines this rule deletes from ``text``, each with the reason (the view's
        lines first, where it joins any)."""
        if not self.may_apply(text):  # type: ignore[attr-defined]
            return []
        ctx = ctx or Context()
        raw = ctx.analysis(make_page, text)
        pg = ctx.analysis(laid_out_view, text).page(raw)
        found = [(pg.lines[j].text, reason) for j, reason in self.chrome_lines(pg, ctx)]  # type: ignore[attr-defined]
        if pg is not raw:
            found += [(raw.lines[i].text, reason) for i, reason in self.chrome_lines(raw, ctx)  # type: ignore[attr-defined]
                      if (raw.lines[i].text, reason) not in found]
        return found
