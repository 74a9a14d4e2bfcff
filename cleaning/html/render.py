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
        tag = el.tag if isinstance(el.tag, str) else ""
        if closing:
            if tag == "pre":
                in_pre -= 1
            if tag in BLOCK_TAGS:
                out.append("\n")
                breaks_left -= 1
            elif tag in ("td", "th"):
                out.append(" ")
            if el is not block and el.tail:
                out.append(el.tail if in_pre else _inline(el.tail))
            continue
        if tag == "br":
            out.append("\n")
            if el.tail:
                out.append(el.tail if in_pre else _inline(el.tail))
            continue
        if tag in BLOCK_TAGS:
            out.append("\n")
        if tag == "pre":
            in_pre += 1
        if tag and el.text:
            out.append(el.text if in_pre else _inline(el.text))
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
