"""Reader comments inside a news article's block.

Many news pages print the readers' comments right under the article, in the same container
(``div.content > p … p, ul > li > div(handle) + div(text) …``), with class names that say
nothing. They are not the article (the html-gold README: the gold of a news page is its
article; daniel-zh-046's gold stops before its comments). A comment is a block whose first
cell is a short handle line (``瑞雪 对…的评论:``, ``网友甲``, ``张三 发表于 2012-01-10``) and
whose next cell is the text; :func:`reader_comments` finds a run of two or more siblings
built so after the article's prose. On a thread (posts.py) the posts are the text, and this
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
#: ... and says it is one: it ends with a colon, names a commenter or a reply, or is dated.
_HANDLE = re.compile(r"[:：]\s*$|网友|评论|发表于|回复|\d{1,2}:\d{2}|\d{4}[-/年]\d{1,2}")
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
        if c.tag not in _NOT_ITEMS and _comment_shaped(c, m):
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
    return [r for r in runs if len(r) >= MIN_COMMENTS]


def _comment_shaped(el: Any, m: Measure) -> bool:
    cells = _cells(el, m)
    if len(cells) < 2:
        return False
    handle = cells[0]
    chars = m.chars.get(handle, 0)
    return (0 < chars <= MAX_HANDLE_CHARS and m.prose.get(handle, 0) <= 0
            and bool(_HANDLE.search(handle.text_content())) and m.chars.get(cells[1], 0) > 0)


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
