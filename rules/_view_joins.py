"""Which lines L101 joins, as the laid-out view (:mod:`._view`) asks: the runs of a
page's head and tail it joins (:func:`joined_runs`), swept as L101 sweeps, with the chains
that leave them, and a short page planned whole by L101 itself.

Split from :mod:`._view`, which makes the joined page from these runs.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Any, Sequence

from zhclean.rule import Context

from ._text import Line
from .chrome._kinds import body_paragraph_line
from .chrome._page import Page, Zones, zones
from ._layout import ends_sentence
from ._wrap_widths import _EDGE, _WRAP_CHARS, MIN_CUT_LINES, WRAP_SLACK, columns
from .layout_rejoin import RejoinLines, should_join

#: Lines longer than this are laid out each time, not remembered: the memos are for the
#: head and tail lines a page repeats from one version to the next, and a memo of long
#: lines would hold a corpus's paragraphs (32,768 of them at most).
MEMO_LONGEST = 400


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
        head_stop, tail_start = edge_ranges(pg)
        runs = (range(n),) if head_stop >= tail_start else (range(min(n, head_stop)), range(tail_start, n))
    return [[i for i in run if lines[i].text.strip()] for run in runs]


def _planned_whole(pg: Page) -> bool:
    """A page without a body paragraph at one of its body's ends, of at most
    :data:`PLANNED_PAGE` lines with text: L101 plans it whole. Counted as a second
    cleaning counts it: a page of up to twice that many that L101 joins to at most that
    many is planned whole too."""
    z = pg.zones
    return (z.head_end >= z.tail_start or not pg.body[z.head_end] or not pg.body[z.tail_start - 1]) \
        and _planned_size(pg)


#: Lines with text of a page without a body paragraph that the view has L101 plan whole
#: (wrap widths, page marks and all); a longer one is judged by its head and tail.
PLANNED_PAGE = 24


def _planned_size(pg: Page) -> bool:
    """At most :data:`PLANNED_PAGE` lines with text, or that many once L101 has joined
    those it joins on a page of at most twice that many (L101 is asked only there)."""
    with_text = [i for i, ln in enumerate(pg.lines) if ln.text.strip()]
    if len(with_text) <= PLANNED_PAGE:
        return True
    if len(with_text) > 2 * PLANNED_PAGE or pg.text is None:
        return False
    joined = sum(sum(1 for i in range(first, last + 1) if pg.lines[i].text.strip()) - 1 for first, last in _planned(pg, pg.text))
    return len(with_text) - joined <= PLANNED_PAGE


#: The last page :func:`_planned` planned, and its runs (the view asks more than once).
_planned_memo: list[Any] = [None, None]


def _planned(pg: Page, text: str) -> list[tuple[int, int]]:
    """:func:`_planned_runs` of the page's ``text``, remembered for the last page asked."""
    if _planned_memo[0] is not pg:
        _planned_memo[:] = [pg, _planned_runs(text, pg.lines)]
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


def _with_blank_runs(lines: Sequence[Line], runs: list[tuple[int, int]],
                     within: tuple[int, int] | None = None) -> list[tuple[int, int]]:
    """``runs`` (lines L101 joins) with the runs of blank lines L301 collapses: those
    opening the text go with the first line, any other run of two or more is one line.
    With ``within`` (``(head_stop, tail_start)``), only the runs of two or more that start
    above ``head_stop`` or at ``tail_start`` and below: a long page's head and tail."""
    covered = {k for first, last in runs for k in range(first, last + 1)}
    starts = {first: last for first, last in runs}
    out = dict(starts)
    n = len(lines)
    i = 0
    if within is not None and within[0] < within[1]:
        ranges = (range(0, within[0]), range(within[1], n))
    else:
        ranges = (range(n),)
    for span in ranges:
        i = span.start
        while i < span.stop:
            if i in covered or lines[i].text.strip():
                i += 1
                continue
            j = i
            while j + 1 < n and j + 1 not in covered and not lines[j + 1].text.strip():
                j += 1
            if i == 0 and j + 1 < n:
                # a long page keeps them: its versions open with one whenever C001 took
                # the first line, and a page of its own for each cost what the body's did
                if within is None:
                    out[0] = out.pop(j + 1, j + 1)
            elif i > 0 and j > i:
                out[i] = j
            i = j + 1
    return sorted(out.items())


def edge_ranges(pg: Page) -> tuple[int, int]:
    """``(head_stop, tail_start)``: the lines above ``head_stop`` and from ``tail_start``
    on are the head and the tail as :func:`judged_lines` reads them (with the body's
    :data:`EDGE_BODY_LINES` lines next to each)."""
    lines, z = pg.lines, pg.zones
    head_stop = min(_into_body(lines, z.head_end, 1), z.tail_start)
    tail_start = max(_into_body(lines, z.tail_start - 1, -1), z.head_end)
    return head_stop, tail_start


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
        return _planned(pg, text) if len(judged[0]) > 1 else []
    found: list[tuple[int, int]] = []
    lines = pg.lines
    z = pg.zones
    # the tail's run follows joins back into the body only when the body ends in a
    # paragraph: in a hard-wrapped body L101 joins by its wrap widths, not asked here
    back = z.head_end < z.tail_start and pg.body[z.tail_start - 1]
    runs = _chained(lines, [_swept([[i, i, lines[i].text.strip()] for i in idx]) for idx in judged if idx], back)
    edge_kept = False
    for paras in runs:
        for first, last, joined in paras:
            if last > first:
                if not _keeps_zones(pg, first, last, joined):
                    found.append((first, last))
                elif z.head_end < z.tail_start and (first <= z.head_end <= last or first <= z.tail_start - 1 <= last):
                    edge_kept = edge_kept or _may_run_on(lines, first, last)
    if pg.text is None:
        return found
    # a short page's head or tail line that fills a wrap width joins the next by the width
    # alone (…作 / 页 over 2019-0-2闻, …作为 / “9): L101's plan says so, and on a short page it
    # costs little (a date under the joined title went on a second cleaning only)
    wrapped_edge = is_short(pg) and _edge_at_width(lines, [i for idx in judged for i in idx
                                                           if i < z.head_end or i >= z.tail_start])
    if edge_kept or wrapped_edge:
        # on a page of any length: a wrap width is the whole page's (planned on pages of up
        # to 48 lines only, 10 of the 38 fuzz inputs open at stop 42 kept changing)
        found = _with_wrapped_edges(pg, found, edges_only=not wrapped_edge)
    return found


def _may_run_on(lines: Sequence[Line], first: int, last: int) -> bool:
    """Whether L101's wrap width may join lines ``first`` to ``last`` (one paragraph as
    ``should_join`` sweeps them) to a line past either end: a width joins only a long line
    that stops mid-sentence to the next."""
    before = next((i for i in range(first - 1, -1, -1) if lines[i].text.strip()), None)
    return any(_long_open(lines[i].text.strip()) for i in (last, before) if i is not None)


def _long_open(t: str) -> bool:
    return len(t) >= _WRAP_CHARS and not ends_sentence(t[-_EDGE:])


def _edge_at_width(lines: Sequence[Line], edge: list[int]) -> bool:
    """Whether one of the ``edge`` lines (a head's or a tail's) is a long line that stops
    mid-sentence about as wide as :data:`MIN_CUT_LINES` such lines of the page, itself
    among them: the evidence L101's wrap width needs (a title, as wide as no other line,
    is joined only as ``should_join`` says)."""
    widths = sorted(columns(ln.text.strip()) for ln in lines if _long_open(ln.text.strip()))
    if len(widths) < MIN_CUT_LINES:
        return False
    for i in edge:
        t = lines[i].text.strip()
        if _long_open(t):
            w = columns(t)
            lo, hi = bisect_left(widths, w - 2 * WRAP_SLACK), bisect_right(widths, w + 2 * WRAP_SLACK)
            if hi - lo >= MIN_CUT_LINES:
                return True
    return False


def _with_wrapped_edges(pg: Page, found: list[tuple[int, int]], edges_only: bool = True) -> list[tuple[int, int]]:
    """``found`` with L101's own runs at the body's edges, on a page where a line joins an
    edge paragraph and keeps it one: a hard-wrapped page's wrap width joins full lines past
    it that ``should_join`` alone leaves (``…，“`` / ``“首页…`` / ``““`` / ``“新闻…`` / ``q``),
    and the longer line may be no paragraph (the tail moves up on a second cleaning).
    Without ``edges_only``, its runs in the head and the tail too (those in the body that
    keep the zones are left)."""
    z = pg.zones
    assert pg.text is not None
    for first, last in _planned(pg, pg.text):
        if edges_only and not (first <= z.head_end <= last or first <= z.tail_start - 1 <= last):
            continue
        joined = "".join(pg.lines[i].text.strip() for i in range(first, last + 1))
        if not _keeps_zones(pg, first, last, joined):
            found = [r for r in found if r[1] < first or r[0] > last] + [(first, last)]
    return sorted(found)


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


def _chained(lines: Sequence[Line], runs: list[list[list[Any]]], back: bool = False) -> list[list[list[Any]]]:
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
        if k == 0:
            paras = _chain_from(lines, paras, n)
        elif back and k == len(runs) - 1:
            paras = _chain_back(lines, paras)
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


def _chain_back(lines: Sequence[Line], paras: list[list[Any]]) -> list[list[Any]]:
    """The tail's swept ``paras`` with the body's lines before them that L101 joins to its
    first paragraph (``页新闻…`` / ``，`` / ``首页，…``), the :data:`CHAIN_LINES` lines
    with text before it swept with them (a chain reaching further back is left as the run
    had it)."""
    window: list[list[Any]] = []
    j = paras[0][0] - 1
    worded = 0
    while j >= 0 and worded <= CHAIN_LINES and len(window) <= 4 * CHAIN_LINES:
        t = lines[j].text.strip()
        if t:
            window.append([j, j, t])
            worded += _WORD.search(t) is not None
        j -= 1
    if not window:
        return paras
    window.reverse()
    head = paras[0][0]
    # L101 sweeps from the top: the body's lines join the tail's first line before the
    # tail's lines join each other (``o;首页…`` / ``“闻…`` / ``;首…``: the line above joins
    # the first two as they come, not the paragraph they make)
    own = [[i, i, lines[i].text.strip()] for i in range(head, paras[-1][1] + 1) if lines[i].text.strip()]
    if not _should_join(window[-1][2], paras[0][2]) and not _should_join(window[-1][2], own[0][2]) \
            and len(window) > 1 and not _should_join(window[-2][2], window[-1][2]):
        return paras
    swept = _swept(window + own)
    keep = next(m for m, p in enumerate(swept) if p[0] <= head <= p[1])
    if swept[keep][0] == head:
        return paras  # nothing joined to the tail's first paragraph
    if swept[keep][0] <= window[0][0] and j >= 0:
        return paras  # a longer chain (a hard-wrapped body): left as the run had it
    return swept[keep:]


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
