"""A post's cells beside its text: which blocks of a cell are chrome and which are text.

A cell beside a post's text is usually chrome (user card, floor and date line, signature,
buttons). Some hold text under a line of chrome: Tieba prints a reply's tail line
(``来自Android客户端 2楼 date``) above the box of 楼中楼 comments, each comment ending in its own
``举报 | date 回复`` line. :func:`split_cell` and :func:`trailing_lines` tell the parts apart.
"""
from __future__ import annotations

import re
from typing import Any

from .measure import Measure

#: Tags a template cell may have: the blocks of a post, not the inline parts of its text.
CELL_TAGS = frozenset("div td th dt dd ul ol dl table section header footer aside".split())
#: A block of a cell without prose up to this many characters is chrome (a tail, a button row).
CELL_MAX_CHARS = 80


#: How deep a cell beside a post's text is split into its chrome and its text.
CELL_SPLIT_DEPTH = 3


def split_cell(cell: Any, m: Measure, depth: int) -> tuple[list[Any], list[Any]]:
    """A cell made of blocks only (Tieba: a tail line ``来自Android客户端 2楼 date`` above a
    box of 楼中楼 comments), split into its blocks without prose (chrome) and the text units
    with prose under it; a cell with text of its own is one unit."""
    kids = [c for c in cell if isinstance(c.tag, str)]
    if (depth <= 0 or not kids or (cell.text or "").strip()
            or any((c.tail or "").strip() or (c.tag not in CELL_TAGS and m.chars.get(c, 0) > 0) for c in kids)):
        return [], [cell] if m.prose.get(cell, 0) > 0 else []
    chrome: list[Any] = []
    kept: list[Any] = []
    for c in kids:
        if m.prose.get(c, 0) > 0:
            more, units = split_cell(c, m, depth - 1)
            chrome += more
            kept += units
        elif c.tag in CELL_TAGS and 0 < m.chars.get(c, 0) <= CELL_MAX_CHARS:
            chrome.append(c)
    return chrome, kept


def trailing_lines(unit: Any, m: Measure) -> list[Any]:
    """In a box of comments, each comment's last block when it holds no prose (``举报 | date
    回复`` under the 楼中楼 text), looked for in the blocks with prose down to
    :data:`CELL_SPLIT_DEPTH` levels."""
    found: list[Any] = []
    level = [unit]
    for _ in range(CELL_SPLIT_DEPTH + 1):
        below: list[Any] = []
        for node in level:
            kids = [c for c in node if isinstance(c.tag, str)]
            last = kids[-1] if len(kids) >= 2 else None
            if (last is not None and last.tag in CELL_TAGS and not (last.tail or "").strip()
                    and m.prose.get(last, 0) <= 0 and 0 < m.chars.get(last, 0) <= CELL_MAX_CHARS):
                found.append(last)
            below += [c for c in kids if m.prose.get(c, 0) > 0]
        level = below
    return found


#: Tags of the items of a box of replies under a post (not a text's paragraphs or inline parts).
REPLY_ITEM_TAGS = frozenset("li div dl dd tr table section article".split())
#: ... at least this many items of one kind, each with a sentence end.
REPLY_BOX_ITEMS = 2
_REPLY_SENTENCE = re.compile("[。！？!?]")


def reply_box(cell: Any, m: Measure) -> bool:
    """``cell`` (beside a post's text) holds a box of replies to the post: two or more items of
    one kind, each with prose and a sentence end (Discuz's 点评, the comments under an answer,
    楼中楼 items). A signature, a card or a button row holds no such run."""
    for el in cell.iter(*REPLY_ITEM_TAGS | {"ul", "ol"}):
        kinds: dict[tuple[str, str], int] = {}
        for c in el:
            if not isinstance(c.tag, str) or c.tag not in REPLY_ITEM_TAGS or m.prose.get(c, 0) <= 0:
                continue
            if not _REPLY_SENTENCE.search(c.text_content()):
                continue
            cls = (c.get("class") or "").split()
            kind = (c.tag, cls[0].rstrip("0123456789_-") if cls else "")
            kinds[kind] = kinds.get(kind, 0) + 1
        if any(n >= REPLY_BOX_ITEMS for n in kinds.values()):
            return True
    return False


#: A post's info line: a time of day (21:47) or a relative time (3分钟前, 昨天).
POST_TIME = _POST_TIME = re.compile(r"\d{1,2}[:：]\d{2}|\d+\s*(?:秒|分钟|小时|天)前|昨天|前天")
#: Tags an info line may be printed in.
INFO_TAGS = CELL_TAGS | frozenset("h1 h2 h3 h4 h5 h6 p li".split())
#: An info line holds at most this many characters (user name, stars, floor, date and time).
INFO_MAX_CHARS = 60
_SENTENCE = re.compile("[。！？!?；]")


def info_lines(parent: Any, posts: list[Any], m: Measure) -> list[Any]:
    """In a run of posts under ``parent``, the innermost blocks of a few characters without a
    sentence that hold a post time: each post's user-and-date line (``北方的狼 看过 2023-07-28
    21:47``), the date-and-buttons row between posts (``2023-05-11 13:14 引用 回复 第6楼``). The
    innermost block, so a one-line reply printed in a cell beside its date line stays; a post
    keeps some text, its lines go only when something is left."""
    found: list[Any] = []
    is_post = set(posts)
    for child in parent:
        if not isinstance(child.tag, str) or m.chars.get(child, 0) <= 0:
            continue
        own: list[Any] = []
        for el in child.iter(*INFO_TAGS):
            chars = m.chars.get(el, 0)
            if not 0 < chars <= INFO_MAX_CHARS or m.prose.get(el, 0) > 0 or (el is child and el in is_post):
                continue
            text = el.text_content()
            if _POST_TIME.search(text) and not _SENTENCE.search(text):
                own = [e for e in own if e not in set(el.iterancestors())]
                own.append(el)
        if own and (child not in is_post or m.chars.get(child, 0) - sum(m.chars.get(e, 0) for e in own) >= 2):
            found += own
    return found


#: A post's button or counter: 回复, 举报, 赞 343, 亮了(8), 2 条评论, 赞同 35, 转发 96.
_ACTION = re.compile(
    r"(?:\d+\s*)?(?:回复|引用|举报|赞同|赞|踩|反对|分享|收藏|转发|条评论|评论|点赞|有用|没用|删除|编辑|只看该作者|只看楼主|亮了|"
    r"推荐|打赏|喜欢|关注|私信|发消息|加好友|我也说一句|\+\s*引用)\s*[（(]?\s*\d*\s*[)）]?")
_ROW_GAPS = re.compile(r"[\s|｜·•/]+")
#: A row of buttons holds at most this many characters, and at least two buttons.
ACTION_ROW_MAX_CHARS = 40


def action_rows(block: Any, m: Measure) -> list[Any]:
    """On a board, the blocks made of two or more buttons and counters only (``回复 引用 举报``,
    ``转发 96 评论 6 赞 343``): a one-word reply (支持, 顶) is one word, never a row."""
    found: list[Any] = []
    taken: set[Any] = set()
    for el in block.iter(*INFO_TAGS):
        chars = m.chars.get(el, 0)
        if el is block or not 0 < chars <= ACTION_ROW_MAX_CHARS or m.prose.get(el, 0) > 0:
            continue
        if taken.intersection(el.iterancestors()):
            continue
        text = el.text_content()
        if len(_ACTION.findall(text)) >= 2 and not _ROW_GAPS.sub("", _ACTION.sub("", text)):
            found.append(el)
            taken.add(el)
    return found + [c for c in count_cells(block) if taken.isdisjoint(c.iterancestors())]


_COUNT_CELL_TAGS = frozenset("span em b i strong a".split())


def count_cells(block: Any) -> list[Any]:
    """The cells of bare counts that open a box, two or more side by side with nothing between
    them but spaces (百度知道's ``div.wgt-eva``: an answer's up and down votes, their thumbs
    drawn by the style sheet, before the prompt 你对这个回答的评价是？). A table's figures are its
    cells, and a post's figures stand among its words."""
    found: list[Any] = []
    for box in block.iter("div", "p", "li", "dd", "section", "footer"):
        if (box.text or "").strip():
            continue
        run = []
        for cell in box:
            if (cell.tag not in _COUNT_CELL_TAGS or len(cell) or not (cell.text or "").strip().isdigit()
                    or (cell.tail or "").strip()):
                break
            run.append(cell)
        if len(run) >= 2:
            found.extend(run)
    return found
