"""Reader comments inside a news article's block.

Many news pages print the readers' comments right under the article, in the same container
(``div.content > p … p, ul > li > div(handle) + div(text) …``), with class names that say
nothing. They are not the article (the html-gold README: the gold of a news page is its
article; daniel-zh-046's gold stops before its comments). A comment is a block whose first
cell is a short handle line (``瑞雪 对…的评论:``, ``网友甲``, ``张三 发表于 2012-01-10``) and
whose next cell is the text; :func:`reader_comments` finds a run of two or more siblings
built so after the article's prose, two of whose handles at least name a commenter. Before
and after::

    <p>…article…</p><div><div>网友甲：</div><div>又要降温了</div></div><div><div>网友乙：</div>…
    → <p>…article…</p>
    <p>…article…</p><div><div><b>问：</b></div><div>职工参加技能竞赛需要…</div></div><div><div><b>答：</b></div>…
    → unchanged (问：/答： are the article's sections) On a thread (posts.py) the posts are the text, and this
is not called.
"""
from __future__ import annotations

import re
from typing import Any

from .measure import Measure

#: A run is at least this many comments, and at least this many of them hold prose.
MIN_COMMENTS = 2
#: A handle line is at most this long ...
MAX_HANDLE_CHARS = 30
#: ... and names a commenter: 网友/网名/用户 with a name, 对…的评论, 发表于, 张三 回复 李四, a floor
#: (3楼, #3, 沙发), IP属地. A bare 问： or 报名时间： ends with a colon too, and 2021年3月 heads a
#: timeline: those are the article's sections, so they only join a run (瑞雪: between two
#: 对…的评论: lines) and never make one.
_COMMENTER = re.compile(
    # a name after 网友/用户, not a label (用户须知：) or an interview's 网友提问：
    r"(?:网友|用户)(?!须知|名称|类型|范围|指南|协议|服务|权益|信息|需求|提问|问|留言|咨询|评论|反映|建议|来信|投诉)"
    r"\s*[^\s:：]|网名\s*[:：]?\s*[^\s:：]|"
    r"对.{1,30}的评论|的评论\s*[:：]?\s*$|(?:发表|评论|回复)于|IP\s*属地|"
    # 张三 回复 李四, not a message board's 回复内容：/回复单位：
    r"\S\s*回复\s*(?!内容|时间|日期|单位|部门|情况|意见|结果|状态|方式)[^\s:：]|^\s*回复\s*@|"
    r"(?:^|\s|第)\d{1,5}\s*楼(?:\s|[:：]|$)|#\d{1,5}(?:\s|$)|^\s*(?:沙发|板凳|地板|楼主)\s*[:：]?\s*$"
)
#: A commenter's stamp: a full date with its clock time (张三 2012-01-10 10:21) ...
_STAMP = re.compile(r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*\d{1,2}:\d{2}(?::\d{2})?")
#: ... beside a name, not beside an info line's labels (2012年01月12日 15:47来源：中广网).
_INFO_WORDS = re.compile(r"来源|作者|编辑|记者|时间|日期|浏览|阅读|点击")
#: A short line ending in a colon: a handle when commenters' handles stand around it.
_COLON_LINE = re.compile(r"[:：]\s*$")
#: What a first cell says: a commenter's handle, only a colon line, or neither.
STRONG, WEAK, NONE = 2, 1, 0
#: The article above the comments holds at least this much prose (a comment list alone is
#: not cut to nothing).
ARTICLE_MIN_PROSE = 200
#: Items that are rows of a table are data, never comments.
_NOT_ITEMS = frozenset(("tr", "td", "th", "tbody", "thead", "p", "span", "a", "b", "strong", "em", "font"))


def reader_comments(block: Any, m: Measure) -> list[Any]:
    """The comment blocks after the article inside ``block`` (outermost elements only)."""
    doomed: list[Any] = []
    taken: set[Any] = set()
    for parent in block.iter():
        if not isinstance(parent.tag, str) or parent in taken or len(parent) < MIN_COMMENTS:
            continue
        if any(a in taken for a in parent.iterancestors()):
            continue
        for run in _runs(parent, m):
            if sum(m.prose.get(c, 0) > 0 for c in run) < MIN_COMMENTS:
                continue
            if _prose_before(run[0], block, m) < ARTICLE_MIN_PROSE:
                continue
            # the list's later items of the same kind go too: a reply without a handle line
            # (``|| @某人: 阿弥陀佛``) is still one of the comments
            kind = (run[0].tag, run[0].get("class"))
            rest = [c for c in run[-1].itersiblings() if isinstance(c.tag, str) and (c.tag, c.get("class")) == kind]
            doomed.extend(run + [c for c in rest if c not in taken])
            taken.update(run + rest)
    return doomed


def _runs(parent: Any, m: Measure) -> list[list[Any]]:
    """Runs of consecutive comment-shaped children of one tag and class (empty ones between)."""
    runs: list[list[Any]] = []
    current: list[Any] = []
    kind = None
    for c in parent:
        if not isinstance(c.tag, str) or m.chars.get(c, 0) <= 0:
            continue
        k = (c.tag, c.get("class"))
        if c.tag not in _NOT_ITEMS and _handle_kind(c, m) != NONE:
            if k != kind and current:
                runs.append(current)
                current = []
            current.append(c)
            kind = k
        else:
            if current:
                runs.append(current)
            current, kind = [], None
    if current:
        runs.append(current)
    # a run is the commenters' only when at least two of its handles name one
    return [r for r in runs if sum(_handle_kind(c, m) == STRONG for c in r) >= MIN_COMMENTS]


def _handle_kind(el: Any, m: Measure) -> int:
    """Whether ``el`` is a handle cell then a text cell, and how surely the handle is one."""
    cells = _cells(el, m)
    if len(cells) < 2:
        return NONE
    handle = cells[0]
    chars = m.chars.get(handle, 0)
    if not (0 < chars <= MAX_HANDLE_CHARS and m.prose.get(handle, 0) <= 0 and m.chars.get(cells[1], 0) > 0):
        return NONE
    return handle_kind(handle.text_content())


def handle_kind(text: str) -> int:
    """``STRONG`` for a line that names a commenter (``网友甲``, ``瑞雪 对…的评论:``, ``张三 发表于
    2012-01-10``, ``张三 2012-01-10 10:21``), ``WEAK`` for another short line ending in a colon
    (``瑞雪:``, but also ``问：``, ``报名时间：``), else ``NONE`` (``2021年3月``, ``一、交通``)."""
    if _COMMENTER.search(text):
        return STRONG
    stamp = _STAMP.search(text)
    if stamp and not _INFO_WORDS.search(text) and re.search(r"[^\s\d:：\-/.年月日|｜]", _STAMP.sub("", text)):
        return STRONG
    return WEAK if _COLON_LINE.search(text) else NONE


def _cells(el: Any, m: Measure) -> list[Any]:
    """The non-empty children under the element's one-child wrappers (three levels at most)."""
    for _ in range(3):
        kids = [c for c in el if isinstance(c.tag, str) and m.chars.get(c, 0) > 0]
        if len(kids) != 1:
            return kids
        el = kids[0]
    return []


def _prose_before(el: Any, block: Any, m: Measure) -> int:
    """The prose of what comes before ``el`` inside ``block``."""
    total = 0
    node = el
    while node is not None and node is not block:
        prev = node.getprevious()
        while prev is not None:
            if isinstance(prev.tag, str):
                total += m.prose.get(prev, 0)
            prev = prev.getprevious()
        node = node.getparent()
    return total
