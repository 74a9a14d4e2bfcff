"""A viewer's button word over the section that takes it up: the text's heading (moved out of ``docsite``).

A line such as 课件下载 over a paragraph that speaks of what it names (本节课的课件可在…下载)
heads its section; the readers of a copy's record and viewer leave it.
"""
from __future__ import annotations

import re

from ._fold import fold
from ._page import Page

# A button's words: what is left of a heading without them is what its section is about.
_ACTION_WORDS = re.compile(r"下载|预览|阅读|查看|购买|获取|领取|收藏|分享|打印|免费|立即|马上|一键|在线|全文|本文")
_ITEM_BREAK = re.compile(r"[\s|｜丨·•/／，,:：;；、()（）【】\[\]]")


def _heads_its_section(pg: Page, i: int) -> bool:
    """Line ``i`` is one item (课件下载) over a body paragraph that takes up what it names
    (本节课的课件可在…下载): the section's heading, not the viewer's button."""
    t = fold(pg.lines[i].text.strip())
    if not t or _ITEM_BREAK.search(t):
        return False
    topic = _ACTION_WORDS.sub("", t)
    nxt = next((k for k in range(i + 1, len(pg.lines)) if pg.lines[k].text.strip()), None)
    if len(topic) < 2 or nxt is None:
        return False
    below = fold(pg.lines[nxt].text.strip())
    # (a short page marks no paragraph as body: a sentence with its stop is one)
    return (pg.body[nxt] or len(below) >= MIN_SECTION_SENTENCE and below[-1] in "。！？!?") and topic[:2] in below


# A sentence under a heading, short as it may be (本节课的课件可在…下载，供教师参考。).
MIN_SECTION_SENTENCE = 10
