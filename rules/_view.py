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
page without any join is the shared page itself, at no cost. A short page without a body paragraph is planned whole by L101 itself, wrap
widths and all; elsewhere L101's wrap widths (joins of full lines on a hard-wrapped
page) are not asked: they need the whole page (see docs/reliability.md).

>>> text = "市总工会召开全委会议部署下半年工作的\\n重点任务\\n发布日期：2019-10-25\\n" + "会议要求，各级工会要切实履行维权服务职责。" * 2
>>> from .chrome._page import make_page
>>> view = laid_out_view(text)
>>> pg = view.page(make_page(text))
>>> [ln.text for ln in pg.lines][:2], view.logical(0), view.span(0)
(['市总工会召开全委会议部署下半年工作的重点任务', '发布日期：2019-10-25'], (0, 1), (0, 24))
"""
from __future__ import annotations

import re
from bisect import bisect_right
from typing import Any, Sequence

from zhclean.model import Edit, RuleResult
from zhclean.rule import Context

from ._layout import laid_out
from ._text import Line, delete_line
from .chrome._kinds import body_paragraph_line
from .chrome._memo import LineMemo
from .chrome._page import Page, Zones, make_page, zones
from .layout_rejoin import RejoinLines, should_join

#: A token a page scatters under its title (a comment count ``9``, ``A+``), not a line of text.
TINY_TOKEN = re.compile(r"[\dA-Za-z+\-－＋]{1,3}")
#: Lines longer than this are laid out each time, not remembered: the memos are for the
#: head and tail lines a page repeats from one version to the next, and a memo of long
#: lines would hold a corpus's paragraphs (32,768 of them at most).
MEMO_LONGEST = 400
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


def judged_lines(pg: Page) -> list[list[int]]:
    """The non-blank lines whose joins can change what a chrome rule decides, in runs that
    L101 may join across: the head, and the tail, each with the body's
    :data:`EDGE_BODY_LINES` lines next to it (a join there that moves the zones, by making
    a paragraph or unmaking the first or last one, is made: :func:`_keeps_zones`); every line of a page without a body
    paragraph, when it is short (its body, if any, is a run of wrapped fragments, and a
    join there may make a paragraph that moves the zones: see :data:`SHORT_PAGE`). A head or tail line that L101 joins to a body
    paragraph is left apart: deleted as chrome, it is gone on a second cleaning; kept, it
    is body then and stays (a page's ``—2—`` ending its last paragraph would otherwise
    carry 扫一扫在手机打开当前页 into it)."""
    lines, z = pg.lines, pg.zones
    n = len(lines)
    if _planned_whole(pg):
        runs: tuple[range, ...] = (range(n),)
    else:
        # the body's edge lines too: L101 joining one of them to its neighbour can make a
        # paragraph (or unmake one) and move the zones (:func:`_keeps_zones`)
        head_stop = min(_into_body(lines, z.head_end, 1), z.tail_start)
        tail_start = max(_into_body(lines, z.tail_start - 1, -1), z.head_end)
        runs = (range(n),) if head_stop >= tail_start else (range(min(n, head_stop)), range(tail_start, n))
    return [[i for i in run if lines[i].text.strip()] for run in runs]


def _planned_whole(pg: Page) -> bool:
    """A short page without a body paragraph at one of its body's ends: L101 plans it whole.
    Short as a second cleaning counts it: a page of up to twice :data:`SHORT_PAGE` lines
    that L101 joins to at most that many is short there, and planned whole."""
    z = pg.zones
    return (z.head_end >= z.tail_start or not pg.body[z.head_end] or not pg.body[z.tail_start - 1]) \
        and (is_short(pg) or _short_once_joined(pg))


def _short_once_joined(pg: Page) -> bool:
    """At most :data:`SHORT_PAGE` lines with text once L101 has joined those it joins, on
    a page of at most twice that many (L101 is asked only there)."""
    with_text = [i for i, ln in enumerate(pg.lines) if ln.text.strip()]
    if len(with_text) > 2 * SHORT_PAGE:
        return False
    joined = sum(sum(1 for i in range(first, last + 1) if pg.lines[i].text.strip()) - 1 for first, last in _planned(pg))
    return len(with_text) - joined <= SHORT_PAGE


#: The last page :func:`_planned` planned, and its runs (the view asks more than once).
_planned_memo: list[Any] = [None, None]


def _planned(pg: Page) -> list[tuple[int, int]]:
    """:func:`_planned_runs` of the page's text, remembered for the last page asked."""
    if _planned_memo[0] is not pg:
        _planned_memo[:] = [pg, _planned_runs(pg.text, pg.lines)]
    return _planned_memo[1]


#: Lines with text past each end of the body whose joins the view looks for (see
#: :func:`judged_lines`).
EDGE_BODY_LINES = 2


def _into_body(lines: Sequence[Line], edge: int, step: int) -> int:
    """The index :data:`EDGE_BODY_LINES` lines with text into the body from ``edge`` (the
    first body line for ``step`` 1, the last for -1), or as far as the page goes."""
    i, k, n = edge, 0, len(lines)
    while 0 <= i < n:
        if lines[i].text.strip():
            k += 1
            if k == EDGE_BODY_LINES:
                break
        i += step
    return max(0, min(n, i + 1 if step == 1 else i))  # an end: past it, or at it


#: Lines with text of a page without a body paragraph that the view plans whole (with L101's
#: own planner, wrap widths and all). A longer one is often a hard-wrapped document whose
#: fragments are its body: planned whole on every version it would cost the chrome stage
#: a fifth more, and its head and tail are judged as for any page.
SHORT_PAGE = 12


def is_short(pg: Page) -> bool:
    """At most :data:`SHORT_PAGE` lines with text."""
    k = 0
    for ln in pg.lines:
        if ln.text.strip():
            k += 1
            if k > SHORT_PAGE:
                return False
    return True


def _with_blank_runs(lines: Sequence[Line], runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``runs`` (lines L101 joins) with the runs of blank lines L301 collapses: those
    opening the text go with the first line, any other run of two or more is one line."""
    covered = {k for first, last in runs for k in range(first, last + 1)}
    starts = {first: last for first, last in runs}
    out = dict(starts)
    n = len(lines)
    i = 0
    while i < n:
        if i in covered or lines[i].text.strip():
            i += 1
            continue
        j = i
        while j + 1 < n and j + 1 not in covered and not lines[j + 1].text.strip():
            j += 1
        if i == 0 and j + 1 < n:
            out[0] = out.pop(j + 1, j + 1)
        elif i > 0 and j > i:
            out[i] = j
        i = j + 1
    return sorted(out.items())


_JOIN_MEMO_MAX = 1 << 14
#: L101's ``should_join`` of a pair of short lines: pure, optionless, bounded in count and
#: in line length (see :data:`MEMO_LONGEST`).
_join_memo: dict[tuple[str, str], bool] = {}


def _should_join(a: str, b: str) -> bool:
    """L101's ``should_join``, remembered by the pair (the head of a page is the same
    strings from one version of the page to the next)."""
    key = (a, b)
    try:
        return _join_memo[key]
    except KeyError:
        verdict = should_join(a, b)
        if len(a) + len(b) <= MEMO_LONGEST:
            if len(_join_memo) >= _JOIN_MEMO_MAX:
                _join_memo.clear()
            _join_memo[key] = verdict
        return verdict


def joined_runs(text: str, pg: Page) -> list[tuple[int, int]]:
    """``(first, last)`` of each run of lines that L101 joins into one, among the lines of
    :func:`judged_lines` (blank lines between them are part of the run). In a head or a
    tail, each paragraph is joined to the next while ``should_join`` says so, sweep after
    sweep, as L101 does (a join can make a paragraph read as prose). A page without a
    body paragraph is planned by L101 itself, whole: it is often hard-wrapped, and a wrap
    width joins full lines that ``should_join`` alone would leave (a partial join would
    make a page neither pass sees)."""
    judged = judged_lines(pg)
    if _planned_whole(pg):
        return _planned(pg) if len(judged[0]) > 1 else []
    found: list[tuple[int, int]] = []
    lines = pg.lines
    runs = _chained(lines, [_swept([[i, i, lines[i].text.strip()] for i in idx]) for idx in judged if idx])
    for paras in runs:
        found.extend((first, last) for first, last, joined in paras
                     if last > first and not _keeps_zones(pg, first, last, joined))
    return found


def _swept(paras: list[list[Any]]) -> list[list[Any]]:
    """``paras`` (``[first, last, text]``) with each joined to the next while
    ``should_join`` says so, sweep after sweep, as L101 does."""
    changed = len(paras) > 1
    while changed:
        changed = False
        merged: list[list[Any]] = [paras[0]]
        for p in paras[1:]:
            prev = merged[-1]
            if _should_join(prev[2], p[2]):
                prev[1], prev[2] = p[1], prev[2] + p[2]
                changed = True
            else:
                merged.append(p)
        paras = merged
    return paras


#: Lines with a word past a judged run's end that a chain of joins leaving the run may
#: take in (see :func:`_chained`): bounded, so a hard-wrapped body is not swept whole.
CHAIN_LINES = 8
_WORD = re.compile(r"\w")


def _chained(lines: Sequence[Line], runs: list[list[list[Any]]]) -> list[list[list[Any]]]:
    """The swept ``runs`` with the joins that leave the first one (the head's) followed:
    when the paragraph at its end joins what follows, L101 makes that part of it, and the
    joined paragraph, not its first piece, is what a second cleaning judges
    (``首页新闻…，`` / ``“`` / ``“新闻…`` reads as one line there, no longer a body
    paragraph). What follows is swept with it as L101 sweeps the page: a line that joins
    the next first (``“`` / ``“首页…``) may then join the head's paragraph as one. A chain
    that ends within :data:`CHAIN_LINES` lines is followed; a longer one is not (part of
    it would be a page neither cleaning sees). Runs that meet are one run."""
    out: list[list[list[Any]]] = []
    n = len(lines)
    for k, paras in enumerate(runs):
        # from the head's run only: a tail's run reaching back into a hard-wrapped body
        # meets L101's wrap widths, which the view does not ask (see the module)
        if k == 0:
            paras = _chain_from(lines, paras, n)
        if out and paras[0][0] <= out[-1][-1][1]:
            # the runs meet: one run, swept again from its lines
            both = sorted({i for run in (out[-1], paras) for first, last, _ in run
                           for i in range(first, last + 1) if lines[i].text.strip()})
            out[-1] = _swept([[i, i, lines[i].text.strip()] for i in both])
            continue
        out.append(paras)
    return out


def _chain_from(lines: Sequence[Line], paras: list[list[Any]], n: int) -> list[list[Any]]:
    """The head's swept ``paras`` with the lines after them that L101 joins to its last
    paragraph, the next :data:`CHAIN_LINES` lines with text swept with them (a later one
    joined is as far as the view looks: ``paras`` as they were)."""
    window: list[list[Any]] = []
    j = paras[-1][1] + 1
    worded = 0  # lines with a word: a line of marks alone (``“``) is no hard-wrapped body
    while j < n and worded <= CHAIN_LINES and len(window) <= 4 * CHAIN_LINES:
        t = lines[j].text.strip()
        if t:
            window.append([j, j, t])
            worded += _WORD.search(t) is not None
        j += 1
    if not window:
        return paras
    tail_start = paras[-1][0]
    if not _should_join(paras[-1][2], window[0][2]) and len(window) > 1 \
            and not _should_join(window[0][2], window[1][2]):
        return paras  # neither the line after the head nor its own next line joins: no chain
    swept = _swept([[a, b, t] for a, b, t in paras] + window)
    keep = next(m for m, p in enumerate(swept) if p[0] <= tail_start <= p[1])
    if swept[keep][1] == paras[-1][1]:
        return paras  # nothing joined to the head's last paragraph
    if swept[keep][1] >= window[-1][1] and j < n:
        return paras  # a longer chain (a hard-wrapped body): left as the run had it
    return swept[:keep + 1]


def _keeps_zones(pg: Page, first: int, last: int, joined: str) -> bool:
    """Whether L101's join of lines ``first`` to ``last`` (``joined``), which reaches into
    the body, leaves the zones where they are, so the view need not make a page for it:
    it does not touch the first or the last body paragraph, or it keeps that one a
    paragraph (a head or tail line joined to it is body on a second cleaning, and kept or
    deleted now, gone from the edge then); on a page whose body is only hard-wrapped
    fragments, it does not make a paragraph."""
    z = pg.zones
    if last < z.head_end or first >= z.tail_start or z.head_end >= z.tail_start:
        return False  # a join in the head or the tail, or on a page without a body
    if not pg.body[z.head_end]:  # the zones came from the wrapped fragments
        return not body_paragraph_line(joined) and _keeps_wrapped_zones(pg, first, last, joined)
    touches = first <= z.head_end <= last or first <= z.tail_start - 1 <= last
    return not touches or body_paragraph_line(joined)


def _keeps_wrapped_zones(pg: Page, first: int, last: int, joined: str) -> bool:
    """Whether the zones a page's hard-wrapped fragments make stay where they are once
    lines ``first`` to ``last`` are one (``joined``): the fragments joined are fewer, and
    a run of them too short to be a body is none (a second cleaning finds no body)."""
    lines = pg.lines
    one = [*lines[:first], lines[first]._replace(text=joined), *lines[last + 1:]]
    z, now = pg.zones, zones(one, [False] * len(one))

    def moved(i: int) -> int:  # line ``i``'s index once the lines are one
        return i if i <= first else first if i <= last else i - (last - first)

    return now == Zones(moved(z.head_end), moved(z.tail_start - 1) + 1)


_REJOIN = RejoinLines()


def _planned_runs(text: str, lines: Sequence[Line]) -> list[tuple[int, int]]:
    """The runs of lines L101 joins in ``text``, from the edits it would make (each
    removes what lies between one line's content and the next's)."""
    starts = [ln.start for ln in lines]
    first = list(range(len(lines)))
    for edit in _REJOIN.apply(text, Context()).edits:
        a, b = bisect_right(starts, edit.start) - 1, bisect_right(starts, edit.end) - 1
        for k in range(a + 1, b + 1):
            first[k] = first[a]
    runs: list[tuple[int, int]] = []
    for k, f in enumerate(first):
        if f != k:
            runs[-1] = (runs[-1][0], k)
        else:
            runs.append((k, k))
    return [r for r in runs if r[1] > r[0]]


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
            if is_short(pg) or _planned_whole(pg):
                # L301 removes the blank lines opening a text and keeps one of each run of
                # them; a longer page is judged with them, as the page model reads past
                # them (a page of its own for every version of a long page cost 5 %)
                runs = _with_blank_runs(lines, runs)
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
