"""Rendering an element as text: one paragraph per line.

Block tags and ``<br>`` break lines; inside ``<pre>`` the text is kept as written,
elsewhere whitespace runs collapse and a line break between two Chinese characters goes
(a CMS wraps long lines of Chinese at any character).
"""
from __future__ import annotations

import html as htmllib
import re
from typing import Any

from .parse import BLOCK_TAGS

_CJK = "\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef"
_BREAK_BETWEEN_CJK = re.compile(rf"(?<=[{_CJK}])[ \t\u00a0]*[\r\n][\s]*(?=[{_CJK}])")
_WS_RUN = re.compile(r"[ \t\r\n\f\v\u00a0]+")
_LEFTOVER_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{2,7}|#[xX][0-9a-fA-F]{2,6});")
_LINE_STRIP = " \t\u00a0\u3000\u200b\ufeff"


def _inline(s: str) -> str:
    # most text nodes are a paragraph's text with nothing to collapse: a printable string
    # holds no line break, tab or NBSP (all non-printable), so only a run of spaces would change
    if s.isprintable() and "  " not in s:
        return s
    if "\n" in s or "\r" in s:
        s = _BREAK_BETWEEN_CJK.sub("", s)
    return _WS_RUN.sub(" ", s)


def render(block: Any, first: int | None = None) -> list[str]:
    """Text of ``block``, one paragraph per line; ``<br>`` and block tags break lines.

    ``first``: only the first lines are wanted (a title looked for above the article): the
    walk stops once it has printed a few more line breaks than that, instead of rendering a
    page of 100,000 links each time; the lines it gives are those a whole render begins with.
    """
    out: list[str] = []
    stack: list[tuple[Any, bool]] = [(block, False)]
    in_pre = 0
    # after breaks_left more line breaks, see whether enough lines are printed to stop
    breaks_left = check_every = (first + 8) if first else -1
    while stack:
        if breaks_left <= 0 and first:
            lines = _lines(out)
            if len(lines) > first:
                return lines[:first]
            check_every *= 2  # a page of empty blocks: the checks stay linear in all
            breaks_left = check_every
        el, closing = stack.pop()
        # each read of .tag, .text or .tail makes a new string from the tree's bytes: once each
        tag = el.tag
        if not isinstance(tag, str):
            tag = ""
        if closing:
            if tag == "pre":
                in_pre -= 1
            if tag in BLOCK_TAGS:
                out.append("\n")
                breaks_left -= 1
            elif tag in ("td", "th"):
                out.append(" ")
            if el is not block:
                tail = el.tail
                if tail:
                    out.append(tail if in_pre else _inline(tail))
            continue
        if tag == "br":
            out.append("\n")
            tail = el.tail
            if tail:
                out.append(tail if in_pre else _inline(tail))
            continue
        if tag in BLOCK_TAGS:
            out.append("\n")
        if tag == "pre":
            in_pre += 1
        if tag:
            text = el.text
            if text:
                out.append(text if in_pre else _inline(text))
        stack.append((el, True))
        # list() first: reversed() on an lxml element indexes children one by one, which
        # is quadratic on a parent with 100,000 paragraphs
        stack.extend((child, False) for child in reversed(list(el)))
    lines = _lines(out)
    return lines[:first] if first else lines


def _lines(out: list[str]) -> list[str]:
    lines = []
    for line in "".join(out).split("\n"):
        if "&" in line:
            line = _LEFTOVER_ENTITY.sub(lambda mm: htmllib.unescape(mm.group(0)), line).replace("\u00a0", " ")
        line = line.strip(_LINE_STRIP)
        if line:
            lines.append(line)
    return lines


#: A line this long (visible characters) is a paragraph: a page's second copy of the article
#: repeats paragraphs, a single repeated short line (a heading, 返回) is not a copy.
COPY_LINE_CHARS = 30
_SENTENCE_MARKS = re.compile("[，。！？；]")


def _is_paragraph(line: str) -> bool:
    # Chinese prose, not code: a tutorial may well print the same code lines twice
    return len("".join(line.split())) >= COPY_LINE_CHARS and bool(_SENTENCE_MARKS.search(line))


#: A run of repeated lines is a second copy when it holds this many paragraphs.
COPY_MIN_PARAGRAPHS = 2
#: ... and is at least this share of the text above it: a copy of the article, not a quote.
COPY_SHARE = 0.5


def split_repeated_copy(lines: list[str]) -> tuple[list[str], list[str]]:
    """The lines without a second copy of the article, and the copy's lines.

    Some pages print the article twice (a print version, a folded copy): the block holds
    both. A run of lines each already printed above, with :data:`COPY_MIN_PARAGRAPHS` or more
    paragraphs in it and half the text above it, goes; a paragraph quoted again (a pull
    quote, a reply quoting a post) stays.

    >>> p1, p2 = "本报讯（记者王硕）昨天，市环保局表示，北京监测子站的小时浓度数据将滚动发布。", "据了解，这是市环保局首次发布单站各项污染物小时实时浓度，方便市民查询了解。"
    >>> split_repeated_copy(["标题", p1, p2, "感谢访问", p1, p2])
    (['标题', '本报讯（记者王硕）昨天，市环保局表示，北京监测子站的小时浓度数据将滚动发布。', '据了解，这是市环保局首次发布单站各项污染物小时实时浓度，方便市民查询了解。', '感谢访问'], ['本报讯（记者王硕）昨天，市环保局表示，北京监测子站的小时浓度数据将滚动发布。', '据了解，这是市环保局首次发布单站各项污染物小时实时浓度，方便市民查询了解。'])
    """
    seen: set[str] = set()
    drop: set[int] = set()
    i = 0
    while i < len(lines):
        if lines[i] not in seen:
            seen.add(lines[i])
            i += 1
            continue
        j = i
        while j < len(lines) and lines[j] in seen:
            j += 1
        run = lines[i:j]
        run_chars = sum(map(len, run))
        # a copy repeats distinct paragraphs once; one paragraph over and over is the text itself
        if (len(set(run)) == len(run) and sum(map(_is_paragraph, run)) >= COPY_MIN_PARAGRAPHS
                and run_chars >= COPY_SHARE * sum(len(x) for x in lines[:i])):
            drop.update(range(i, j))
        i = j
    if not drop:
        return lines, []
    return [x for k, x in enumerate(lines) if k not in drop], [lines[k] for k in sorted(drop)]
