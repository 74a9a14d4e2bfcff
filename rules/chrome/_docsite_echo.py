"""The cut title a document site puts first on a copy, read past the glue and the wraps
the site and the crawl leave on it (C401's title echo; moved out of docsite.py by h23
to keep modules small).

>>> from zhclean.rules._text import iter_lines
>>> _repeated_below(tuple(iter_lines("首页 | 机构概况\\n首页 | 机构概况\\n")), 0)
True
"""
from __future__ import annotations

import re

from .._text import Line
from ..layout_rejoin import should_join
from ._page import Page
from ._titles import first_text_lines, site_title_echo


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
