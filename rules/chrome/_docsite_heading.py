"""The short heading a document site sets over its record of a copy (h35).

Over its record lines a site may print a heading of its own making — 资料简介, 文档概览,
【资料档案】, 基本信息：— with no word of any family in it, so no list can know it. Its
place does: one short line, a heading's shape (two to eight letters, framed or with a
colon, no digit, no sentence mark, no numbering), directly above the first of the record
lines C403 takes at the head of the page, with nothing above it but lines that are not
body paragraphs. And the copy's title must stand below the record (the first line after
the record and the notices is short and no paragraph): a page that prints its title
first and its record under it (社区工会工作总结 over 上传时间：…) keeps that title.
"""
from __future__ import annotations

import re

from ._page import Page

# a heading's shape: a word in a frame or with its colon, no digit or sentence mark in it
_HEADING = re.compile(r"[【\[〔〖「『（(<《◆◇■□●○▶►※#▍\s]*(?P<word>[\u4e00-\u9fffA-Za-z]{2,8})"
                      r"[】\]〕〗」』）)>》\s]*[:：]?")
# (a numbered line heads a section of the text: 一、概况)
_NUMBERED = re.compile(r"[一二三四五六七八九十]+[、.．]|第[一二三四五六七八九十\d]+[章节条部分]")
# the copy's title below the record: short, no sentence's stop
MAX_TITLE_BELOW = 40
MAX_LINES_ABOVE = 2


def record_heading(pg: Page, taken: dict[int, str], notices: set[int]) -> int | None:
    """The index of the heading line over the head's record (``taken``: the lines C403
    takes; ``notices``: the site's notice lines), or ``None``."""
    text = [i for i in range(len(pg.lines)) if pg.lines[i].text.strip()]
    first = next((q for q, i in enumerate(text) if i in taken), None)
    if first is None or first == 0 or text[first] >= pg.zones.head_end:
        return None
    h = text[first - 1]
    t = pg.lines[h].text.strip()
    if pg.body[h] or h in notices or not _HEADING.fullmatch(t) or _NUMBERED.match(t):
        return None
    # (nothing above it but a line or two that are no paragraphs: the site's title, an echo)
    if first - 1 > MAX_LINES_ABOVE or any(pg.body[i] for i in text[:first - 1]):
        return None
    below = next((i for i in text[first:] if i not in taken and i not in notices), None)
    if below is None or pg.body[below]:
        return None
    b = pg.lines[below].text.strip()
    return h if len(b) <= MAX_TITLE_BELOW and not any(c in b for c in "。！？；") else None
