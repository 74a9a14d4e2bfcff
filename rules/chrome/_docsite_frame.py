"""The copy's own frame: lines that stand where only a document site's lines stand.

Wording the lists do not hold is still the site's by its place on a copy the site marked:

* after the viewer's end of the copy (全文阅读已结束, 试读已结束, 还剩8页未读, 前5页免费预览)
  past the last body paragraph, every short line under it — buy buttons, ratings, tail
  notices, related copies — unless one of them is a sentence, a numbered item or a
  heading (then the copy's text goes on, and nothing goes);
* above the first paragraph, a short line between two of the site's lines (its cut title,
  record, notices, viewer), never the title and never a sentence.

C401 and C402 ask these with their own readers of the site's lines (``sites``,
``viewers``), so this module reads no line kind itself.

>>> from zhclean.rules.chrome._page import make_page
>>> p = "今年以来，社区工会紧紧围绕中心工作，充分发挥桥梁纽带作用，各项工作取得了新进展，职工满意度明显提升。"
>>> pg = make_page(f"社区工会工作总结\\n{p}\\n全文阅读已结束\\n觉得不错就打个分吧\\n")
>>> [i for i, _ in after_the_copys_end(pg, lambda t: t == "全文阅读已结束")]
[3]
"""
from __future__ import annotations

import re
from typing import Callable

from ._docsite_kinds import numbering, record_kind
from ._fold import fold
from ._page import Page

# a label and its value, or a date: the text's own fields
_TEXT_FIELD = re.compile(r"[\u4e00-\u9fff]{2,6}\s*[:：]\s*\S|(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}")
# The longest line read as the site's for standing between its lines above the title.
MAX_BETWEEN_LINE = 60
_SENTENCE_END = re.compile(r"[。！？!?]$")


def between_the_copys_lines(pg: Page, sites: Callable[[int], bool]):
    """Indexes of the short lines above a copy's first paragraph that stand between two
    of the site's lines (``sites(i)``: its cut title, record, notices, viewer)
    with no text of their own between: a record row or a notice heading in words no list
    holds (上传时间：… / <unknown> / 文档页数：…). Not the title (the last line before the
    first paragraph with text of its own), not a sentence; the caller asks that the copy
    be marked."""
    lines = pg.lines
    head = [i for i in range(min(pg.zones.head_end, len(lines))) if lines[i].text.strip()]
    if len(head) < 3:
        return
    title = pg.title()

    for k in range(1, len(head) - 1):
        i = head[k]
        t = lines[i].text.strip()
        if (i == title or pg.body[i] or len(t) > MAX_BETWEEN_LINE or _SENTENCE_END.search(t) or sites(i)
                or pg.body[head[k + 1]] or head[k + 1] == pg.zones.head_end):
            continue
        if sites(head[k - 1]) and sites(head[k + 1]) and not all(sites(j) for j in head[k + 1:]):
            yield i  # (the last line before the first paragraph with text of its own is the title)


# The viewer saying the copy's text has ended or stops here: reading (or the preview) is
# over, or the rest is left unread (全文阅读已结束, 试读到此为止, 已阅读到文档的结尾了,
# 还剩8页未读); not a share read so far (已阅读 35%: more of the copy may follow).
_END_OF_COPY = re.compile(
    r"^(?=.*(?:文档|全文|本文|试读|试看|预览|下载|资料)).*?(?:阅读|预览|试读|试看|浏览|读)[^，,。]{0,4}"
    r"(?:已?结束|完毕|到底|结尾|末尾|到此结束|为止)|(?:剩余|还剩|剩下|余下)\s*\d+\s*页"
    # or how much it lets one preview: 前5页免费预览, 仅展示前3页, 本文档预览页数为9页
    r"|(?:预览|试读|试看|展示|显示)\s*前\s*\d{1,4}\s*页|前\s*\d{1,4}\s*页\s*(?:免费)?\s*(?:预览|试读|试看)|(?:预览|试读)页数")
# what a document's own last lines are and the viewer's are not: a sentence ended with its
# stop, a numbered item or heading (① 加强宣传引导, 1. 报名对象：…)
_TEXT_AFTER_END = re.compile(r"[。！？!?]$")
MIN_SENTENCE_AFTER_END = 12
# the longest line taken after the copy's end (a notice's item, a related copy's title)
MAX_AFTER_END_LINE = 100
# a part or chapter heading of the text: 第一部分 基本情况, 第三章 工作要求
_PART_HEADING = re.compile(r"^第[一二三四五六七八九十百\d]{1,4}\s*(?:部分|章|节|篇|编)")


def after_the_copys_end(pg: Page, viewers: Callable[[str], bool]):
    """``(index, reason)`` of every line after the viewer's end of the copy: once the
    viewer says reading is over (全文阅读已结束, 试读已结束, 还剩8页未读), past the last body
    paragraph, what follows is the site's — its buy buttons, ratings, notices and lists —
    whatever its wording (``viewers(line)``: the line is the viewer's progress or furniture).
    A sentence, a numbered item or a heading among them means the copy's text goes on, and
    none goes."""
    lines = pg.lines
    # looked for from the end: the lines of the body before it need no verdict
    last_body = next((i for i in range(len(pg.body) - 1, -1, -1) if pg.body[i]), -1)
    end = next((i for i in range(last_body + 1, len(lines)) if lines[i].text.strip()
                and viewers(lines[i].text) and _END_OF_COPY.search(fold(lines[i].text))), None)
    if end is None or not pg.zones.in_tail(end):
        return
    after = [i for i in range(end + 1, len(lines)) if lines[i].text.strip()]
    for i in after:
        t = lines[i].text.strip()
        if (len(t) > MAX_AFTER_END_LINE or len(t) >= MIN_SENTENCE_AFTER_END and _TEXT_AFTER_END.search(t)
                or numbering(t) or _PART_HEADING.match(t)
                # (h23) or the text's own fields, no record of the site's: 参赛人数：64人 …
                or _TEXT_FIELD.search(t) and record_kind(t) is None):
            return  # the copy's text goes on: a sentence, a list, a heading, a field
    for i in after:
        yield i, "after the viewer's end of the copy"


# The longest line read as the site's for standing between its lines at the tail.
MAX_TAIL_BETWEEN_LINE = 40


def between_the_copys_tail_lines(pg: Page, sites: Callable[[int], bool]):
    """Indexes of the short lines after a copy's last paragraph that stand between two of
    the site's lines (``sites(i)``) with no text of their own between (h23): a tail row in
    words no list holds (下载本文档 / <unknown> / 相关文档). Not a sentence, not a numbered
    item; a signature or a date under the last paragraph stands beside the text, not
    between two of the site's lines. The caller asks that the copy be marked.

    >>> from zhclean.rules.chrome._page import make_page
    >>> p = "今年以来，社区工会紧紧围绕中心工作，充分发挥桥梁纽带作用，各项工作取得了新进展，职工满意度明显提升。"
    >>> pg = make_page(f"社区工会工作总结\\n{p}\\n全文阅读已结束\\n觉得不错就打个分\\n下载本文档\\n")
    >>> list(between_the_copys_tail_lines(pg, lambda i: pg.lines[i].text in ("全文阅读已结束", "下载本文档")))
    [3]
    """
    lines = pg.lines
    # looked for from the end: the lines of the body before it need no verdict
    last_body = next((i for i in range(len(pg.body) - 1, -1, -1) if pg.body[i]), -1)
    if last_body < 0:
        return
    tail = [i for i in range(last_body + 1, len(lines)) if lines[i].text.strip()]
    for k in range(1, len(tail) - 1):
        i = tail[k]
        t = lines[i].text.strip()
        # (nor a field of the text's: 会议时间：… 会议地点：…, 文件编号：… — the site's record
        # is C403's, read item by item)
        if (len(t) > MAX_TAIL_BETWEEN_LINE or _SENTENCE_END.search(t) or numbering(t) or sites(i)
                or _TEXT_FIELD.search(t)):
            continue
        if sites(tail[k - 1]) and sites(tail[k + 1]):
            yield i
