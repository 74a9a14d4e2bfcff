"""The cut title a document site puts first on a copy, read past the glue and the wraps
the site and the crawl leave on it (C401's title echo; moved out of docsite.py by h23
to keep modules small).

>>> from zhclean.rules._text import iter_lines
>>> _repeated_below(tuple(iter_lines("首页 | 机构概况\\n首页 | 机构概况\\n")), 0)
True
"""
from __future__ import annotations

import os
import re

from .._text import Line
from ..layout_rejoin import should_join
from ._page import Page
from ._titles import MIN_ECHO, first_text_lines, site_title_echo, title_like


def _title_echo(lines: tuple[Line, ...], pg: Page) -> int | None:
    """The first line when it only echoes the title below it (``site_title_echo``), read
    also with the head rejoined as L101 will join it and with a bracketed glue as a cut."""
    echo = site_title_echo(lines, pg.body, pg.zones.head_end)
    if echo is None:
        # the title may be hard-wrapped (z'') / ) here, joined by L101 later): a
        # second pass would see it whole and take its echo, so this pass does
        rejoined = _head_rejoined(lines)
        if rejoined is not None:
            echo = site_title_echo(rejoined, pg.body, pg.zones.head_end)
    if echo is None:
        # a glue in brackets no list holds (【7页】, （word版）, (完整版)): read as a cut
        glued = _bracket_glue_read_as_cut(lines)
        if glued is not None:
            echo = site_title_echo(glued, pg.body, pg.zones.head_end)
    return echo


_BRACKETS = re.compile(r"[【】\[\]()（）〔〕〖〗<>《》]")


def may_echo_below(lines: tuple[Line, ...], head) -> bool:
    """Whether a line of ``head`` (indexes of the page's first lines with text) can echo a
    line below it: every way :func:`~._titles.site_title_echo` finds an echo (a stem glued
    on, a site's name, a cut, the same title twice) needs a later line that opens with the
    echo's first ``MIN_ECHO`` characters (a shorter echo: the same line again). A cheap
    necessary condition in front of :func:`echo_past_taken`, whose own reading asks the
    record of every head line (lead, stop 45). A head line with a bracket in its opening
    (a glue read as a cut) always passes.

    >>> from zhclean.rules._text import iter_lines
    >>> ls = tuple(iter_lines("上传时间：2021-03-05\\n关于推进职工书屋建设（12页）\\n关于推进职工书屋建设的实施意见\\n"))
    >>> may_echo_below(ls, [0, 1, 2]), may_echo_below(ls[2:], [0])
    (True, False)
    """
    last: dict[str, int] = {}  # each opening (or a shorter line whole) and the last line with it
    for k, ln in enumerate(lines):
        t = ln.text.strip()
        if t:
            last[t[:MIN_ECHO]] = k
    for i in head:
        t = lines[i].text.strip()
        if _BRACKETS.search(t[:MIN_ECHO + 2]) or last.get(t[:MIN_ECHO], -1) > i:
            return True
    return False


def echo_past_taken(lines: tuple[Line, ...], pg: Page, taken) -> int | None:
    """The first line's echo of the title read with the lines C401 takes (``taken``: its
    notices, the site's record) left empty and the head reaching past them to the next body paragraph: a
    notice's item is a sentence, and it stopped the walk to the title, so only a second
    cleaning found the echo (h58: 关于…队伍 - 书香文库 / 〖精〗 / record / ——关于本资料—— /
    第一条 文档中的…为准。 / the title)."""
    taken = {i for i in taken if i < len(lines)}
    if not taken or min(taken) > pg.zones.head_end:
        return None
    first = first_text_lines(lines, 1)
    if first and first[0] not in taken and not any(i > first[0] for i in taken):
        return None  # nothing taken after the first line: the walk saw what it would see
    blank = list(lines)
    for i in taken:
        blank[i] = lines[i]._replace(text="")
    head_end = next((k for k in range(pg.zones.head_end, len(lines)) if pg.body[k] and k not in taken), len(lines))
    echo = site_title_echo(tuple(blank), pg.body, head_end)
    if echo is None:  # (and with a bracketed glue read as a cut, as _title_echo reads it)
        glued = _bracket_glue_read_as_cut(tuple(blank))
        echo = site_title_echo(glued, pg.body, head_end) if glued is not None else None
    return None if echo is None or echo in taken else echo


def stands_as_title(pg: Page, i: int, sites) -> bool:
    """Line ``i`` reads as a title and no line after it before the first body paragraph
    does, other than the site's (``sites(j)``): the copy's title, with a record row of the
    site's under it (上传时间… / 文艺作品征集评选工作总结 / 可编辑版 / the body), never a
    row between the site's lines (h58)."""
    lines = pg.lines
    if not title_like(lines[i].text):
        return False
    for j in range(i + 1, len(lines)):
        t = lines[j].text.strip()
        if not t or sites(j):
            continue
        return bool(pg.body[j]) or not _could_be_the_title(t)
    return True


# a field (a label and its value, a row of them between bars, chevrons, tildes, wide spaces) or a
# numbered item under the title is the text's, no title
_FIELD_OR_ITEM = re.compile(r"[:：～~⟩|｜\t]|\S\s{2,}\S|^(?:\d{1,3}|[一二三四五六七八九十]{1,3}|[（(][\d一二三四五六七八九十]{1,3}[)）]|[①-⑳])")


def _could_be_the_title(t: str) -> bool:
    return title_like(t) and not _FIELD_OR_ITEM.search(t)


def echoed_by_first_line(lines: tuple[Line, ...], i: int) -> bool:
    """Line ``i`` opens as the page's first line with text does, by at least
    :data:`~._titles.MIN_ECHO` characters: the title a crawl's cut echo stands for
    (文明城市创建工作总结.doc 29页 over 文明城市创建工作总结), never a row of the site's (h58)."""
    first = first_text_lines(lines, 1)
    if not first or first[0] == i:
        return False
    a, b = lines[first[0]].text.strip(), lines[i].text.strip()
    return len(os.path.commonprefix([a, b])) >= MIN_ECHO


def _blanked(lines: tuple[Line, ...], i: int) -> tuple[Line, ...]:
    """``lines`` with line ``i`` left empty (indexes stay the page's)."""
    return lines[:i] + (lines[i]._replace(text=""),) + lines[i + 1:]


def _repeated_below(lines: tuple[Line, ...], i: int) -> bool:
    """The next line with text repeats line ``i`` word for word: removing one copy would
    make the next pass remove the next (首页 | 机构概况 | … three times)."""
    nxt = next((ln.text.strip() for ln in lines[i + 1:] if ln.text.strip()), None)
    return nxt == lines[i].text.strip()


# What a site glues on in brackets: a page count, a file's kind or edition, a sales word
# (not a title's own edition: 课程标准（2022年版）, （修订版）, （第二版）).
_BRACKET_GLUE = re.compile(r"\s*[(（【\[〔]\s*(?:共\s*)?(?:\d{1,4}\s*(?:页|[Pp])|[^()（）【】\[\]〔〕]{0,6}"
                           r"(?:word|Word|WORD|doc|DOC|pdf|PDF|ppt|PPT|电子|最新|打印|可编辑|下载|精品|免费|完整|高清|原创)版?)"
                           r"\s*[)）】\]〕]$")


def _bracket_glue_read_as_cut(lines: tuple[Line, ...]) -> tuple[Line, ...] | None:
    """``lines`` with the first line's bracketed glue (``…讲【7页】``, ``…总结（word版）``)
    written as the cut the title finder knows (``…``), or ``None`` when it has none."""
    first = first_text_lines(lines, 1)
    if not first:
        return None
    text = lines[first[0]].text
    m = _BRACKET_GLUE.search(text.rstrip())
    if not m or m.start() == 0:
        return None
    out = list(lines)
    out[first[0]] = lines[first[0]]._replace(text=text[:m.start()] + "…")
    return tuple(out)


# Lines with text at the head of a page read joined where L101 would join them.
REJOIN_HEAD_LINES = 6


def _head_rejoined(lines: tuple[Line, ...]) -> tuple[Line, ...] | None:
    """``lines`` with the first lines that hold text joined as L101 joins a sentence left
    open (``should_join``): each joined line keeps its offsets and holds the whole text,
    the lines it took are left empty, so indexes stay the page's. ``None`` when no line
    joins."""
    out = list(lines)
    joined = False
    idx = first_text_lines(lines, REJOIN_HEAD_LINES)
    k = 0
    while k < len(idx):
        i, text = idx[k], lines[idx[k]].text.strip()
        while k + 1 < len(idx) and should_join(text, lines[idx[k + 1]].text.strip()):
            k += 1
            joined = True
            text += lines[idx[k]].text.strip()
            out[idx[k]] = lines[idx[k]]._replace(text="")
        out[i] = lines[i]._replace(text=text)
        k += 1
    return tuple(out) if joined else None
